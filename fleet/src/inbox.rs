//! [`Inbox`]: the webhooks of every connection with an endpoint, received by one listener.
//! Each is verified with its own connection's signing secret, and the object it announces is
//! delivered at once to the connection's subscriptions of the triggers that announce its type,
//! once each, whichever of the webhook, the reconciliation or a poll found it first. The fleet
//! has no server: a program serves [`Inbox::receive`] on the HTTP stack it likes (the command
//! line's `fleet worker --webhooks` with axum).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use stripe_connector::webhook::{Verifier, WebhookError};
use tokio::time::Instant;

use crate::announce::Announcements;
use crate::endpoints::open_secret;
use crate::{Error, Fleet, KeyEncryptionKey};

/// How long a connection's signing secret is used before it is read again: how soon a replaced
/// or removed endpoint is noticed.
const KEEP_SECRET: Duration = Duration::from_secs(60);

/// How long after reading a secret a webhook that matches none of its signatures makes it read
/// again (the endpoint may have been replaced), so that forgeries cannot make every request a
/// database read.
const REREAD_AFTER: Duration = Duration::from_secs(1);

/// Delivers the objects of the webhooks of every connection with an endpoint.
pub struct Inbox {
    fleet: Fleet,
    kek: KeyEncryptionKey,
    name: String,
    known: Mutex<HashMap<String, Arc<Known>>>,
}

/// A connection's signing secret, read at `read_at`.
struct Known {
    connection: i64,
    verifier: Verifier,
    read_at: Instant,
}

/// Why a webhook was not accepted. None of them contains a signing secret.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// No connection of that name has a webhook endpoint (404).
    #[error("no connection named {0:?} has a webhook endpoint")]
    UnknownConnection(String),
    /// The webhook is not one its connection's endpoint signed, or not an event (400).
    #[error("connection {connection:?}: {source}")]
    Refused {
        /// The connection the webhook was sent for.
        connection: String,
        /// Why it was refused.
        #[source]
        source: WebhookError,
    },
    /// Its object could not be delivered (503: Stripe sends it again, and the reconciliation
    /// finds it anyway).
    #[error("connection {connection:?}: not delivered: {source}")]
    Failed {
        /// The connection the webhook was sent for.
        connection: String,
        /// What failed.
        #[source]
        source: Error,
    },
}

impl Refusal {
    /// The HTTP status to answer with.
    pub fn status(&self) -> u16 {
        match self {
            Self::UnknownConnection(_) => 404,
            Self::Refused { .. } => 400,
            Self::Failed { .. } => 503,
        }
    }
}

impl Inbox {
    /// The inbox of `fleet`, opening signing secrets with `kek`; its deliveries are marked as
    /// delivered by `name`.
    pub fn new(fleet: Fleet, kek: KeyEncryptionKey, name: impl Into<String>) -> Self {
        Self {
            fleet,
            kek,
            name: name.into(),
            known: Mutex::new(HashMap::new()),
        }
    }

    /// Receives a webhook for connection `connection` (the last segment of the endpoint's URL)
    /// with the `Stripe-Signature` header `signature` and the body `payload`: verifies it with
    /// that connection's signing secret and delivers the object it announces. Returns how many
    /// deliveries it made (0 for an event no subscription wants, or an object delivered
    /// already). Answer Stripe with 2xx only when this returns `Ok`: the object is committed.
    pub async fn receive(
        &self,
        connection: &str,
        signature: Option<&str>,
        payload: &[u8],
    ) -> Result<u64, Refusal> {
        let refused = |source| Refusal::Refused {
            connection: connection.to_string(),
            source,
        };
        let failed = |source| Refusal::Failed {
            connection: connection.to_string(),
            source,
        };
        let mut known = self.known(connection, false).await?;
        let mut verified = known.verifier.verify(signature, payload);
        if matches!(verified, Err(WebhookError::NoMatchingSignature))
            && known.read_at.elapsed() >= REREAD_AFTER
        {
            known = self.known(connection, true).await?;
            verified = known.verifier.verify(signature, payload);
        }
        let event = verified.map_err(refused)?;
        let mut announced = Announcements::default();
        announced.add(&event).map_err(refused)?;
        let delivered = match announced.len() {
            0 => 0,
            _ => self
                .deliver(known.connection, announced)
                .await
                .map_err(failed)?,
        };
        self.fleet.metrics.webhook(delivered);
        Ok(delivered)
    }

    /// The signing secret of `connection`, read from the database when not known, too old, or
    /// `again`.
    async fn known(&self, connection: &str, again: bool) -> Result<Arc<Known>, Refusal> {
        let cached = self.cache().get(connection).cloned();
        if let Some(known) = cached
            && !again
            && known.read_at.elapsed() < KEEP_SECRET
        {
            return Ok(known);
        }
        let failed = |source| Refusal::Failed {
            connection: connection.to_string(),
            source,
        };
        let Some(known) = self.read(connection).await.map_err(failed)? else {
            self.cache().remove(connection);
            return Err(Refusal::UnknownConnection(connection.to_string()));
        };
        let known = Arc::new(known);
        self.cache().insert(connection.to_string(), known.clone());
        Ok(known)
    }

    /// The id and signing secret of connection `name`, if it has an endpoint.
    async fn read(&self, name: &str) -> Result<Option<Known>, Error> {
        let client = self.fleet.pool.get().await?;
        let row = client
            .query_opt(
                "SELECT c.id, e.secret_nonce, e.secret_ciphertext FROM endpoints e \
                 JOIN connections c ON c.id = e.connection_id WHERE c.name = $1",
                &[&name],
            )
            .await?;
        self.fleet.metrics.round_trip();
        let Some(row) = row else {
            return Ok(None);
        };
        let secret = open_secret(&self.kek, name, row.get(1), row.get(2))?;
        Ok(Some(Known {
            connection: row.get(0),
            verifier: Verifier::new(secret),
            read_at: Instant::now(),
        }))
    }

    /// Delivers `announced` to connection `connection`'s subscriptions.
    async fn deliver(&self, connection: i64, announced: Announcements) -> Result<u64, Error> {
        let client = self.fleet.pool.get().await?;
        let statement = client
            .prepare_cached("SELECT deliver_new($1, $2, $3, $4, $5, $6, $7)")
            .await?;
        let row = client
            .query_one(
                &statement,
                &[
                    &connection,
                    &announced.triggers,
                    &announced.ids,
                    &announced.created,
                    &announced.objects,
                    &self.name,
                    &self.fleet.database.channel(),
                ],
            )
            .await?;
        self.fleet.metrics.round_trip();
        let delivered: i64 = row.get(0);
        Ok(u64::try_from(delivered).unwrap_or_default())
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<Known>>> {
        self.known.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl std::fmt::Debug for Inbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inbox")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}
