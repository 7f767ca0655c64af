//! Connections: one Stripe account's API key, encrypted at rest, its base URL, its throttle
//! rule and whether it is parked (Stripe refused its key); and the [`Connection`] a worker
//! makes of one.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use deadpool_postgres::Pool;
use stripe_connector::{ApiKey, Connection, metadata};

use crate::limiter::{SharedThrottle, UnleasedLimiter};
use crate::secret::{KEK_VARIABLE, Sealed};
use crate::{Error, Fleet, KeyEncryptionKey, Metrics};

/// What a connection is, as listed: never its key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConnectionInfo {
    /// Its id in the table.
    pub id: i64,
    /// The name it was added with.
    pub name: String,
    /// Where its calls go.
    pub base_url: String,
    /// The kind of its key, such as `sk_test_`.
    pub key_kind: String,
    /// Its throttle, or `None` when off.
    pub throttle: Option<metadata::Throttle>,
    /// Why it is parked, when it is: Stripe refused its key (401), and no worker polls its
    /// subscriptions until the key is replaced with [`Fleet::replace_key`].
    pub parked: Option<String>,
}

/// A connection as a worker opened it: its calls are paced by each poll's own limiter.
#[derive(Clone, Debug)]
pub(crate) struct Opened {
    /// The connection, with the key decrypted and no limiter of its own.
    pub(crate) stripe: Connection,
    /// Its shared throttle, when it has one.
    pub(crate) throttle: Option<SharedThrottle>,
    /// Which of its keys this is.
    pub(crate) key_serial: i32,
}

impl Opened {
    /// The connection with its calls under its shared throttle, for calls made without a
    /// lease.
    pub(crate) fn unleased(&self) -> Connection {
        match &self.throttle {
            Some(throttle) => self
                .stripe
                .with_limiter(Arc::new(UnleasedLimiter(throttle.clone()))),
            None => self.stripe.clone(),
        }
    }
}

impl Fleet {
    /// Adds a connection named `name` with `api_key`, encrypted under `kek`, calling
    /// `base_url` under `throttle` (`None`: no throttle, for a local fake only); returns its id.
    ///
    /// The key and the URL are checked first, as a [`Connection`] checks them.
    pub async fn add_connection(
        &self,
        kek: &KeyEncryptionKey,
        name: &str,
        api_key: &str,
        base_url: &str,
        throttle: Option<metadata::Throttle>,
    ) -> Result<i64, Error> {
        check_name(name)?;
        Connection::builder(api_key).base_url(base_url).build()?;
        ApiKey::new(api_key)?;
        // A valid key starts with its kind: `sk_test_`, `rk_live_`...
        let kind = api_key.get(..8).unwrap_or_default();
        let sealed = kek.seal(name, api_key)?;
        let (calls, period) = match throttle {
            Some(rule) => (i32::try_from(rule.calls).unwrap_or(i32::MAX), rule.period),
            None => (0, Duration::from_secs(1)),
        };
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                "INSERT INTO connections (name, base_url, key_nonce, key_ciphertext, key_kind, \
                 throttle_calls, throttle_period)
                 VALUES ($1, $2, $3, $4, $5, $6, $7::float8 * interval '1 second')
                 ON CONFLICT (name) DO NOTHING RETURNING id",
                &[
                    &name,
                    &base_url.trim_end_matches('/'),
                    &sealed.nonce,
                    &sealed.ciphertext,
                    &kind,
                    &calls,
                    &period.as_secs_f64(),
                ],
            )
            .await?;
        match row {
            Some(row) => Ok(row.get(0)),
            None => Err(self.exists_already(name).await),
        }
    }

    /// The refusal of a second connection named `name`: what exists, and how to change it.
    async fn exists_already(&self, name: &str) -> Error {
        let existing = self.connections().await.ok().and_then(|all| {
            all.into_iter().find(|c| c.name == name).map(|c| {
                format!(
                    " (id {}, calling {}, a {} key)",
                    c.id, c.base_url, c.key_kind
                )
            })
        });
        Error::Input(format!(
            "a connection named {name:?} exists already{}; replace its key with `fleet \
             replace-key {name}`, remove it with `fleet remove-connection {name}`, or pick \
             another name",
            existing.unwrap_or_default()
        ))
    }

    /// Every connection, by id.
    pub async fn connections(&self) -> Result<Vec<ConnectionInfo>, Error> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT id, name, base_url, key_kind, throttle_calls, \
                 extract(epoch FROM throttle_period)::float8, parked FROM connections ORDER BY id",
                &[],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|row| ConnectionInfo {
                id: row.get(0),
                name: row.get(1),
                base_url: row.get(2),
                key_kind: row.get(3),
                throttle: rule(row.get(4), row.get(5)),
                parked: row.get(6),
            })
            .collect())
    }

    /// Replaces the API key of the connection named `name` with `api_key`, encrypted under
    /// `kek`, and unparks it: its subscriptions are polled again, with the new key.
    pub async fn replace_key(
        &self,
        kek: &KeyEncryptionKey,
        name: &str,
        api_key: &str,
    ) -> Result<(), Error> {
        ApiKey::new(api_key)?;
        let kind = api_key.get(..8).unwrap_or_default();
        let sealed = kek.seal(name, api_key)?;
        let client = self.pool.get().await?;
        let replaced = client
            .execute(
                "UPDATE connections SET key_nonce = $2, key_ciphertext = $3, key_kind = $4, \
                 key_serial = key_serial + 1, parked = NULL WHERE name = $1",
                &[&name, &sealed.nonce, &sealed.ciphertext, &kind],
            )
            .await?;
        match replaced {
            0 => Err(Error::Input(format!(
                "no connection named {name:?}; add it with `fleet add-connection`"
            ))),
            _ => Ok(()),
        }
    }

    /// Checks that `kek` opens every stored API key: a worker started with another
    /// key-encryption key would fail every poll. The error names the first connection whose
    /// key it does not open.
    pub async fn check_kek(&self, kek: &KeyEncryptionKey) -> Result<(), Error> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT name, key_nonce, key_ciphertext FROM connections ORDER BY id",
                &[],
            )
            .await?;
        for row in rows {
            let name: String = row.get(0);
            let sealed = Sealed {
                nonce: row.get(1),
                ciphertext: row.get(2),
            };
            kek.open(&name, &sealed).map_err(|_| {
                Error::Secret(format!(
                    "{KEK_VARIABLE} does not open the stored API key of connection {name:?}: it \
                     is not the key-encryption key the connections were sealed with (after \
                     `fleet rotate-kek`, the new one); start with that one"
                ))
            })?;
        }
        Ok(())
    }
}

impl Fleet {
    /// The id of the connection named `name`.
    pub(crate) async fn connection_id(&self, name: &str) -> Result<i64, Error> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt("SELECT id FROM connections WHERE name = $1", &[&name])
            .await?;
        self.metrics.round_trip();
        row.map(|row| row.get(0))
            .ok_or_else(|| Error::Input(format!("no connection named {name:?}")))
    }
}

/// Parks the connection with id `id` because Stripe refused its key (`why`): no worker claims
/// its subscriptions until the key is replaced.
pub(crate) async fn park(
    pool: &Pool,
    metrics: &Metrics,
    id: i64,
    key_serial: i32,
    why: &str,
) -> Result<(), Error> {
    let client = pool.get().await?;
    client
        .execute(
            "UPDATE connections SET parked = $3 WHERE id = $1 AND key_serial = $2",
            &[&id, &key_serial, &why],
        )
        .await?;
    metrics.round_trip();
    Ok(())
}

/// The connection with id `id`: its key decrypted, and its shared throttle when it has one.
pub(crate) async fn open(
    pool: &Pool,
    metrics: &Arc<Metrics>,
    kek: &KeyEncryptionKey,
    id: i64,
) -> Result<Opened, Error> {
    let client = pool.get().await?;
    let row = client
        .query_opt(
            "SELECT name, base_url, key_nonce, key_ciphertext, throttle_calls, key_serial \
             FROM connections WHERE id = $1",
            &[&id],
        )
        .await?
        .ok_or_else(|| Error::Input(format!("no connection with id {id}")))?;
    metrics.round_trip();
    drop(client);
    let name: String = row.get(0);
    let base_url: String = row.get(1);
    let sealed = Sealed {
        nonce: row.get(2),
        ciphertext: row.get(3),
    };
    let calls: i32 = row.get(4);
    let key = kek.open(&name, &sealed)?;
    let stripe = Connection::builder(key)
        .base_url(base_url)
        .throttle(None)
        .build()?;
    Ok(Opened {
        stripe,
        throttle: (calls > 0).then(|| SharedThrottle::new(pool.clone(), metrics.clone(), id)),
        key_serial: row.get(5),
    })
}

/// Every connection's id and current key serial: what a worker's opened connections are
/// checked against.
pub(crate) async fn serials(pool: &Pool, metrics: &Metrics) -> Result<HashMap<i64, i32>, Error> {
    let client = pool.get().await?;
    let rows = client
        .query("SELECT id, key_serial FROM connections", &[])
        .await?;
    metrics.round_trip();
    Ok(rows.iter().map(|row| (row.get(0), row.get(1))).collect())
}

/// A throttle rule from its columns; 0 calls is none.
fn rule(calls: i32, period_seconds: f64) -> Option<metadata::Throttle> {
    let calls = u32::try_from(calls).ok().filter(|calls| *calls > 0)?;
    Some(metadata::Throttle {
        calls,
        period: Duration::try_from_secs_f64(period_seconds).ok()?,
    })
}

/// A connection's name: 1 to 100 visible characters.
fn check_name(name: &str) -> Result<(), Error> {
    if !name.is_empty() && name.len() <= 100 && name.chars().all(|c| c.is_ascii_graphic()) {
        Ok(())
    } else {
        Err(Error::Input(format!(
            "the connection name {name:?} must be 1 to 100 visible ASCII characters, without spaces"
        )))
    }
}
