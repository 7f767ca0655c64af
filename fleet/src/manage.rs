//! Changing a running fleet: pausing and resuming subscriptions, removing subscriptions and
//! connections (refused while a consumer has not acknowledged their deliveries, unless forced),
//! and re-sealing every stored API key under a new key-encryption key.

use deadpool_postgres::Transaction;

use crate::secret::{Sealed, Secret};
use crate::{Error, Fleet, KeyEncryptionKey};

/// A consumer's unacknowledged deliveries among subscriptions `$1`: the first such consumer,
/// its subscription and how many it has not acknowledged.
const UNACKNOWLEDGED_BY: &str = "
    SELECT k.consumer, s.id, s.delivered - k.acked
    FROM cursors k JOIN subscriptions s ON s.id = k.subscription_id
    WHERE s.id = ANY($1) AND k.acked < s.delivered
    ORDER BY k.consumer, s.id LIMIT 1";

/// What a removal took away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Removed {
    /// How many subscriptions.
    pub subscriptions: usize,
    /// How many deliveries, acknowledged or not.
    pub deliveries: i64,
}

impl Fleet {
    /// Pauses subscription `id`: no worker claims it until [`resume`](Self::resume). A poll of
    /// it under way loses its lease: it makes no further call and commits nothing.
    pub async fn pause(&self, id: i64) -> Result<(), Error> {
        self.set_paused(
            id,
            "UPDATE subscriptions SET paused_at = coalesce(paused_at, now()), lease_token = NULL,
                 leased_by = NULL WHERE id = $1",
        )
        .await
    }

    /// Resumes subscription `id`: it is due at once.
    pub async fn resume(&self, id: i64) -> Result<(), Error> {
        self.set_paused(
            id,
            "UPDATE subscriptions SET paused_at = NULL, due_at = least(due_at, now())
             WHERE id = $1 AND paused_at IS NOT NULL",
        )
        .await
    }

    async fn set_paused(&self, id: i64, statement: &str) -> Result<(), Error> {
        let client = self.pool.get().await?;
        if client.execute(statement, &[&id]).await? == 0 {
            let exists = client
                .query_opt("SELECT 1 FROM subscriptions WHERE id = $1", &[&id])
                .await?;
            if exists.is_none() {
                return Err(no_subscription(id));
            }
        }
        Ok(())
    }

    /// Removes subscription `id` with its deliveries and its consumers' cursors; refused, naming
    /// the consumer, while one has not acknowledged all its deliveries, unless `force`.
    pub async fn remove_subscription(&self, id: i64, force: bool) -> Result<Removed, Error> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        let removed = remove_subscription(&transaction, id, force).await;
        finish(transaction, removed).await
    }

    /// Removes the connection named `name` with its subscriptions and their deliveries; refused,
    /// naming the consumer, while one has not acknowledged all their deliveries, unless `force`,
    /// and refused while it has a webhook endpoint ([`Fleet::remove_endpoint`] first).
    pub async fn remove_connection(&self, name: &str, force: bool) -> Result<Removed, Error> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        let removed = remove_connection(&transaction, name, force).await;
        finish(transaction, removed).await
    }

    /// Re-seals every stored API key and webhook signing secret under `new`, opening each with
    /// `old`, in one transaction: all of them or none. Returns how many connections. Workers
    /// started after it need `new`; a worker still running keeps the keys it has opened, and
    /// any it opens with `old` fails, naming the connection.
    pub async fn rotate_kek(
        &self,
        old: &KeyEncryptionKey,
        new: &KeyEncryptionKey,
    ) -> Result<usize, Error> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        let resealed = reseal(&transaction, old, new).await;
        finish(transaction, resealed).await
    }
}

/// Ends `transaction`: commits it after `done` succeeded, rolls it back otherwise. Explicitly,
/// not on drop, so that no lock outlives the call.
async fn finish<T>(transaction: Transaction<'_>, done: Result<T, Error>) -> Result<T, Error> {
    match done {
        Ok(value) => {
            transaction.commit().await?;
            Ok(value)
        }
        Err(error) => {
            transaction.rollback().await?;
            Err(error)
        }
    }
}

/// Removes subscription `id` in `transaction`.
async fn remove_subscription(
    transaction: &Transaction<'_>,
    id: i64,
    force: bool,
) -> Result<Removed, Error> {
    let ids: Vec<i64> = transaction
        .query(
            "SELECT id FROM subscriptions WHERE id = $1 FOR UPDATE",
            &[&id],
        )
        .await?
        .iter()
        .map(|row| row.get(0))
        .collect();
    if ids.is_empty() {
        return Err(no_subscription(id));
    }
    remove(transaction, &ids, force).await
}

/// Removes the connection named `name` and its subscriptions in `transaction`.
async fn remove_connection(
    transaction: &Transaction<'_>,
    name: &str,
    force: bool,
) -> Result<Removed, Error> {
    let connection = transaction
        .query_opt(
            "SELECT id FROM connections WHERE name = $1 FOR UPDATE",
            &[&name],
        )
        .await?
        .ok_or_else(|| {
            Error::Input(format!(
                "no connection named {name:?}; list them with `fleet connections`"
            ))
        })?;
    let connection: i64 = connection.get(0);
    let endpoint = transaction
        .query_opt(
            "SELECT coalesce(stripe_id, 'made elsewhere') FROM endpoints WHERE connection_id = $1",
            &[&connection],
        )
        .await?;
    if let Some(endpoint) = endpoint {
        let id: String = endpoint.get(0);
        return Err(Error::Input(format!(
            "connection {name:?} has a webhook endpoint ({id}); remove it with `fleet \
             remove-endpoint {name}` first, so that it is not left behind at Stripe"
        )));
    }
    let ids: Vec<i64> = transaction
        .query(
            "SELECT id FROM subscriptions WHERE connection_id = $1 ORDER BY id FOR UPDATE",
            &[&connection],
        )
        .await?
        .iter()
        .map(|row| row.get(0))
        .collect();
    let removed = remove(transaction, &ids, force).await?;
    transaction
        .execute("DELETE FROM connections WHERE id = $1", &[&connection])
        .await?;
    Ok(removed)
}

/// Re-seals every stored key under `new` in `transaction`; how many.
async fn reseal(
    transaction: &Transaction<'_>,
    old: &KeyEncryptionKey,
    new: &KeyEncryptionKey,
) -> Result<usize, Error> {
    let rows = transaction
        .query(
            "SELECT id, name, key_nonce, key_ciphertext FROM connections ORDER BY id FOR UPDATE",
            &[],
        )
        .await?;
    for row in &rows {
        let (id, name): (i64, String) = (row.get(0), row.get(1));
        let sealed = Sealed {
            nonce: row.get(2),
            ciphertext: row.get(3),
        };
        let resealed = new.seal(&name, &old.open(&name, &sealed)?)?;
        transaction
            .execute(
                "UPDATE connections SET key_nonce = $2, key_ciphertext = $3 WHERE id = $1",
                &[&id, &resealed.nonce, &resealed.ciphertext],
            )
            .await?;
        reseal_secret(transaction, old, new, id, &name).await?;
    }
    Ok(rows.len())
}

/// Re-seals the webhook signing secret of connection `id`, named `name`, if it has one.
async fn reseal_secret(
    transaction: &Transaction<'_>,
    old: &KeyEncryptionKey,
    new: &KeyEncryptionKey,
    id: i64,
    name: &str,
) -> Result<(), Error> {
    let Some(row) = transaction
        .query_opt(
            "SELECT secret_nonce, secret_ciphertext FROM endpoints WHERE connection_id = $1 \
             FOR UPDATE",
            &[&id],
        )
        .await?
    else {
        return Ok(());
    };
    let what = Secret::SigningSecret(name);
    let sealed = Sealed {
        nonce: row.get(0),
        ciphertext: row.get(1),
    };
    let resealed = new.seal_as(&what, &old.open_as(&what, &sealed)?)?;
    transaction
        .execute(
            "UPDATE endpoints SET secret_nonce = $2, secret_ciphertext = $3 \
             WHERE connection_id = $1",
            &[&id, &resealed.nonce, &resealed.ciphertext],
        )
        .await?;
    Ok(())
}

/// Removes subscriptions `ids`, locked by the caller's transaction, with their deliveries.
async fn remove(transaction: &Transaction<'_>, ids: &[i64], force: bool) -> Result<Removed, Error> {
    if !force && let Some(row) = transaction.query_opt(UNACKNOWLEDGED_BY, &[&ids]).await? {
        let (consumer, id, waiting): (String, i64, i64) = (row.get(0), row.get(1), row.get(2));
        return Err(Error::Input(format!(
            "consumer {consumer:?} has not acknowledged {waiting} deliveries of subscription \
             {id}; read them with `fleet deliveries --consumer {consumer}`, or remove anyway \
             with --force"
        )));
    }
    let deliveries: i64 = transaction
        .query_one(
            "SELECT count(*) FROM deliveries WHERE subscription_id = ANY($1)",
            &[&ids],
        )
        .await?
        .get(0);
    transaction
        .execute("DELETE FROM subscriptions WHERE id = ANY($1)", &[&ids])
        .await?;
    Ok(Removed {
        subscriptions: ids.len(),
        deliveries,
    })
}

/// The refusal of a subscription id that names none.
fn no_subscription(id: i64) -> Error {
    Error::Input(format!(
        "no subscription with id {id}; list them with `fleet subscriptions`"
    ))
}
