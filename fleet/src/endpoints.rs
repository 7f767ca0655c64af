//! Webhook endpoints: one per connection, for the event types of every trigger of the spec, its
//! signing secret sealed at rest like the API key, with the cursor of the reconciliation of the
//! connection's events. Created at Stripe ([`Fleet::create_endpoint`]) or given
//! ([`Fleet::set_endpoint_secret`]), and removed ([`Fleet::remove_endpoint`]).

use stripe_connector::connector::REGISTRY;
use stripe_connector::webhook::SigningSecret;
use stripe_connector::{Connection, EventCursor, endpoints, newest_event_of};
use tokio_postgres::types::Json;

use crate::connections;
use crate::secret::{Sealed, Secret};
use crate::{Error, Fleet, KeyEncryptionKey};

/// A connection's webhook endpoint, as listed: never its secret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointInfo {
    /// The connection's name.
    pub connection: String,
    /// Stripe's id of the endpoint (`we_…`), when the fleet created it.
    pub stripe_id: Option<String>,
    /// Where Stripe sends the connection's webhooks, when the fleet created the endpoint.
    pub url: Option<String>,
}

/// The event types of every trigger of the spec, each once: what a connection's endpoint
/// receives and its reconciliation reads.
pub fn event_types() -> Vec<&'static str> {
    let mut types: Vec<&'static str> = Vec::new();
    for trigger in REGISTRY {
        for event in trigger.info.events {
            if !types.contains(event) {
                types.push(event);
            }
        }
    }
    types
}

/// Where the endpoint of connection `name` receives, under the listener's public URL `base`:
/// `base/<name>`, the name percent-encoded.
pub fn endpoint_url(base: &str, name: &str) -> String {
    let mut url = base.trim_end_matches('/').to_string();
    url.push('/');
    for byte in name.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                url.push(char::from(byte));
            }
            _ => url.push_str(&format!("%{byte:02X}")),
        }
    }
    url
}

impl Fleet {
    /// Creates a webhook endpoint at Stripe for connection `name` at `base/<name>` (see
    /// [`endpoint_url`]) for the event types of every trigger ([`event_types`]), and keeps it,
    /// its signing secret sealed under `kek`, with a reconciliation that starts after the newest
    /// event that exists now. Refused when the connection has an endpoint already (remove it
    /// first).
    ///
    /// From then on the connection's subscriptions get their objects from the webhooks and the
    /// reconciliation, and their lists are polled only now and then
    /// ([`WorkerSettings::poll_with_webhooks`](crate::WorkerSettings::poll_with_webhooks)).
    pub async fn create_endpoint(
        &self,
        kek: &KeyEncryptionKey,
        name: &str,
        base: &str,
    ) -> Result<EndpointInfo, Error> {
        self.refuse_second_endpoint(name).await?;
        let stripe = self.open_by_name(kek, name).await?;
        let types = event_types();
        let cursor = newest_event_of(&stripe, &types).await?;
        let url = endpoint_url(base, name);
        let created = endpoints::create_endpoint_for(&stripe, &url, &types).await?;
        let endpoint = Endpoint {
            stripe_id: Some(created.id.clone()),
            url: Some(url.clone()),
            secret: &created.secret,
            cursor,
        };
        if let Err(error) = self.store_endpoint(kek, name, endpoint).await {
            // Not left behind at Stripe, unknown to the fleet.
            let _ = endpoints::delete_endpoint(&stripe, &created.id).await;
            return Err(error);
        }
        Ok(EndpointInfo {
            connection: name.to_string(),
            stripe_id: Some(created.id),
            url: Some(url),
        })
    }

    /// Keeps `secret`, the signing secret of an endpoint made elsewhere that sends the
    /// connection's events to a listener of the fleet at `base/<name>`, sealed under `kek`,
    /// with a reconciliation that starts after the newest event that exists now.
    pub async fn set_endpoint_secret(
        &self,
        kek: &KeyEncryptionKey,
        name: &str,
        secret: &SigningSecret,
    ) -> Result<EndpointInfo, Error> {
        self.refuse_second_endpoint(name).await?;
        let stripe = self.open_by_name(kek, name).await?;
        let cursor = newest_event_of(&stripe, &event_types()).await?;
        let endpoint = Endpoint {
            stripe_id: None,
            url: None,
            secret,
            cursor,
        };
        self.store_endpoint(kek, name, endpoint).await?;
        Ok(EndpointInfo {
            connection: name.to_string(),
            stripe_id: None,
            url: None,
        })
    }

    /// The webhook endpoint of connection `name`, if it has one.
    pub async fn endpoint(&self, name: &str) -> Result<Option<EndpointInfo>, Error> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                "SELECT e.stripe_id, e.url FROM endpoints e JOIN connections c \
                 ON c.id = e.connection_id WHERE c.name = $1",
                &[&name],
            )
            .await?;
        Ok(row.map(|row| EndpointInfo {
            connection: name.to_string(),
            stripe_id: row.get(0),
            url: row.get(1),
        }))
    }

    /// Removes the webhook endpoint of connection `name`: deletes it at Stripe when the fleet
    /// created it (one already gone is no error), forgets it, and makes the connection's
    /// subscriptions due at once, to be polled again every interval. `None` when it had none.
    pub async fn remove_endpoint(
        &self,
        kek: &KeyEncryptionKey,
        name: &str,
    ) -> Result<Option<EndpointInfo>, Error> {
        let Some(endpoint) = self.endpoint(name).await? else {
            return Ok(None);
        };
        if let Some(id) = &endpoint.stripe_id {
            let stripe = self.open_by_name(kek, name).await?;
            match endpoints::delete_endpoint(&stripe, id).await {
                Err(error) if error.status() != Some(404) => return Err(error.into()),
                _ => {}
            }
        }
        let client = self.pool.get().await?;
        client
            .execute(
                "WITH gone AS (DELETE FROM endpoints e USING connections c \
                     WHERE c.id = e.connection_id AND c.name = $1 RETURNING e.connection_id) \
                 UPDATE subscriptions s SET due_at = least(s.due_at, now()) \
                 FROM gone WHERE s.connection_id = gone.connection_id AND s.leased_by IS NULL",
                &[&name],
            )
            .await?;
        Ok(Some(endpoint))
    }

    /// Refuses a second endpoint for connection `name`.
    async fn refuse_second_endpoint(&self, name: &str) -> Result<(), Error> {
        match self.endpoint(name).await? {
            None => Ok(()),
            Some(endpoint) => Err(Error::Input(format!(
                "connection {name:?} has a webhook endpoint already ({}); remove it with \
                 `fleet remove-endpoint {name}` first",
                endpoint.stripe_id.as_deref().unwrap_or("made elsewhere")
            ))),
        }
    }

    /// Connection `name`, opened with its key, its calls under its shared throttle: they hold
    /// no lease, and count against the rule like the workers' calls.
    async fn open_by_name(&self, kek: &KeyEncryptionKey, name: &str) -> Result<Connection, Error> {
        let id = self.connection_id(name).await?;
        Ok(connections::open(&self.pool, &self.metrics, kek, id)
            .await?
            .unleased())
    }

    /// Stores `endpoint` for connection `name`.
    async fn store_endpoint(
        &self,
        kek: &KeyEncryptionKey,
        name: &str,
        endpoint: Endpoint<'_>,
    ) -> Result<(), Error> {
        let sealed = kek.seal_as(&Secret::SigningSecret(name), endpoint.secret.expose())?;
        let client = self.pool.get().await?;
        let stored = client
            .execute(
                "INSERT INTO endpoints (connection_id, stripe_id, url, secret_nonce, \
                     secret_ciphertext, events_cursor) \
                 SELECT id, $2, $3, $4, $5, $6 FROM connections WHERE name = $1 \
                 ON CONFLICT (connection_id) DO NOTHING",
                &[
                    &name,
                    &endpoint.stripe_id,
                    &endpoint.url,
                    &sealed.nonce,
                    &sealed.ciphertext,
                    &Json(&endpoint.cursor),
                ],
            )
            .await?;
        match stored {
            1 => Ok(()),
            _ => Err(self
                .refuse_second_endpoint(name)
                .await
                .err()
                .unwrap_or_else(|| Error::Input(format!("no connection named {name:?}")))),
        }
    }
}

/// An endpoint to store.
struct Endpoint<'a> {
    stripe_id: Option<String>,
    url: Option<String>,
    secret: &'a SigningSecret,
    cursor: EventCursor,
}

/// The signing secret of connection `name` as stored (`nonce`, `ciphertext`), opened with `kek`.
pub(crate) fn open_secret(
    kek: &KeyEncryptionKey,
    name: &str,
    nonce: Vec<u8>,
    ciphertext: Vec<u8>,
) -> Result<SigningSecret, Error> {
    let sealed = Sealed { nonce, ciphertext };
    let text = kek.open_as(&Secret::SigningSecret(name), &sealed)?;
    SigningSecret::new(text).map_err(|e| Error::Secret(format!("connection {name:?}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_triggers_events_are_received_once() {
        let types = event_types();
        for trigger in REGISTRY {
            for event in trigger.info.events {
                assert_eq!(types.iter().filter(|t| *t == event).count(), 1, "{event}");
            }
        }
    }

    #[test]
    fn an_endpoints_url_names_its_connection_encoded() {
        assert_eq!(
            endpoint_url("https://hooks.example.com/stripe/", "acme"),
            "https://hooks.example.com/stripe/acme"
        );
        assert_eq!(
            endpoint_url("http://127.0.0.1:8080", "a/b?c#d%"),
            "http://127.0.0.1:8080/a%2Fb%3Fc%23d%25"
        );
    }
}
