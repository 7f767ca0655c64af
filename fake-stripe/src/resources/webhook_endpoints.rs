//! `/v1/webhook_endpoints`: create (the answer holds the signing `secret`, the only time it is
//! shown), list, retrieve and delete. The fake delivers to loopback only, so a `url` must be
//! `http://` to `localhost` or an address of 127.0.0.0/8.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::Uri;
use serde_json::{Value, json};

use super::common::invalid_value;
use crate::errors::{ApiError, ApiResult};
use crate::list::{self, ListSpec};
use crate::params::{Params, require};
use crate::server::Shared;
use crate::store::{Kind, deleted_stub, new_id, random_alnum};
use crate::webhooks::Endpoint;

/// The endpoints of the account being served that listen to `event_type`.
pub fn listening(app: &Shared, event_type: &str) -> Vec<Endpoint> {
    app.store
        .with_collection(Kind::WebhookEndpoint, |endpoints| {
            endpoints
                .range((i64::MIN, 0), (i64::MAX, u64::MAX))
                .filter(|e| e["status"] == "enabled")
                .filter(|e| {
                    let events = e["enabled_events"].as_array();
                    events.is_some_and(|all| all.iter().any(|t| t == "*" || t == event_type))
                })
                .filter_map(|e| Endpoint::new(e["url"].as_str()?, e["secret"].as_str()?))
                .collect()
        })
}

/// Whether `url` is one the fake can deliver to: `http://` to loopback.
fn loopback(url: &str) -> bool {
    let Ok(uri) = url.parse::<Uri>() else {
        return false;
    };
    let host = uri.host().unwrap_or_default();
    uri.scheme_str() == Some("http")
        && (host == "localhost"
            || host
                .parse::<std::net::Ipv4Addr>()
                .is_ok_and(|ip| ip.is_loopback()))
}

/// The endpoint as Stripe shows it after its creation: without its secret.
fn shown(mut endpoint: Value) -> Value {
    if let Some(fields) = endpoint.as_object_mut() {
        fields.remove("secret");
    }
    endpoint
}

/// `POST /v1/webhook_endpoints`
pub async fn create(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    params.check_allowed(&["url", "enabled_events", "api_version", "connect"])?;
    let url = require(params.str("url")?, "url")?;
    if !loopback(&url) {
        return Err(invalid_value(
            "url",
            format!(
                "Invalid URL: {url}. The fake delivers webhooks to http://localhost or http://127.x.x.x only."
            ),
        ));
    }
    let events = require(params.str_list("enabled_events")?, "enabled_events")?;
    if events.is_empty() {
        return Err(ApiError::missing_param("enabled_events"));
    }
    let now = app.clock.now();
    let endpoint = json!({
        "id": new_id(Kind::WebhookEndpoint),
        "object": "webhook_endpoint",
        "api_version": params.str("api_version")?,
        "application": null,
        "created": now,
        "enabled_events": events,
        "livemode": false,
        "secret": format!("whsec_{}", random_alnum(32)),
        "status": "enabled",
        "url": url,
    });
    app.store
        .insert(Kind::WebhookEndpoint, now, endpoint)
        .map(Json)
}

/// `GET /v1/webhook_endpoints`
pub async fn list(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    let spec = ListSpec {
        kind: Kind::WebhookEndpoint,
        filters: &[],
        ignored: &[],
    };
    let mut page = list::list(&app.store, &spec, &params)?;
    if let Some(data) = page["data"].as_array_mut() {
        for endpoint in data.iter_mut() {
            *endpoint = shown(endpoint.take());
        }
    }
    Ok(Json(page))
}

/// `GET /v1/webhook_endpoints/{id}`
pub async fn retrieve(
    State(app): State<Arc<Shared>>,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult<Json<Value>> {
    params.check_allowed(&[])?;
    app.store
        .fetch(Kind::WebhookEndpoint, &id, Some("id"))
        .map(|endpoint| Json(shown(endpoint)))
}

/// `DELETE /v1/webhook_endpoints/{id}`
pub async fn delete(
    State(app): State<Arc<Shared>>,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult<Json<Value>> {
    params.check_allowed(&[])?;
    match app.store.remove(Kind::WebhookEndpoint, &id) {
        true => Ok(Json(deleted_stub(Kind::WebhookEndpoint, &id))),
        false => Err(ApiError::missing_resource(
            "webhook_endpoint",
            &id,
            Some("id"),
        )),
    }
}
