//! Webhook endpoints for triggers: one created for the event types of a trigger, with its
//! signing secret (which Stripe shows only then), listed to find it again, and deleted when no
//! longer wanted.

use crate::metadata::Trigger;
use crate::webhook::SigningSecret;
use crate::{Connection, Error, types};

/// A webhook endpoint just created: its id, to delete it, and its signing secret.
#[derive(Debug)]
pub struct CreatedEndpoint {
    /// The endpoint's id, such as `we_1FdJ2xKZ4lZ5cQdS`.
    pub id: String,
    /// Its signing secret.
    pub secret: SigningSecret,
}

/// Creates an endpoint at `url` for the event types of trigger `T`
/// ([`TriggerInfo::events`](crate::metadata::TriggerInfo::events)).
pub async fn create_endpoint<T: Trigger>(
    stripe: &Connection,
    url: &str,
) -> Result<CreatedEndpoint, Error> {
    create_endpoint_for(stripe, url, T::INFO.events).await
}

/// Creates an endpoint at `url` for the event types `events`: for several triggers at once,
/// the union of theirs.
pub async fn create_endpoint_for(
    stripe: &Connection,
    url: &str,
    events: &[&str],
) -> Result<CreatedEndpoint, Error> {
    let events: Vec<String> = events.iter().map(|e| e.to_string()).collect();
    let body = types::CreateWebhookEndpointParams::builder()
        .url(url)
        .enabled_events(events);
    let call = stripe.client().create_webhook_endpoint().body(body).send();
    let endpoint = crate::actions::finish(call.await).await?;
    let unexpected = |detail: &str| Error::UnexpectedResponse {
        status: Some(200),
        request_id: None,
        detail: detail.to_string(),
        excerpt: endpoint.id.clone(),
    };
    let secret = endpoint
        .secret
        .as_deref()
        .ok_or_else(|| unexpected("a new webhook endpoint without its `secret`"))?;
    let secret = SigningSecret::new(secret)
        .map_err(|_| unexpected("the new endpoint's `secret` is not `whsec_…`"))?;
    Ok(CreatedEndpoint {
        id: endpoint.id.clone(),
        secret,
    })
}

/// Deletes the webhook endpoint `id`.
pub async fn delete_endpoint(stripe: &Connection, id: &str) -> Result<(), Error> {
    let call = stripe
        .client()
        .delete_webhook_endpoint()
        .webhook_endpoint(id)
        .send();
    crate::actions::finish(call.await).await.map(drop)
}

/// Every webhook endpoint of the account, oldest last (Stripe's order), page after page: to
/// find again an endpoint created earlier, by its id or its URL.
pub async fn list_endpoints(stripe: &Connection) -> Result<Vec<types::WebhookEndpoint>, Error> {
    let limit = std::num::NonZeroU64::new(100).unwrap_or(std::num::NonZeroU64::MIN);
    let mut all: Vec<types::WebhookEndpoint> = Vec::new();
    loop {
        let mut call = stripe.client().list_webhook_endpoints().limit(limit);
        if let Some(last) = all.last() {
            call = call.starting_after(last.id.clone());
        }
        let page = crate::actions::finish(call.send().await).await?;
        all.extend(page.data);
        if !page.has_more {
            return Ok(all);
        }
    }
}
