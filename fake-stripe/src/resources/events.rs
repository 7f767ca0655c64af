//! `/v1/events`: an event for each object the fake creates (`customer.created`, a charge's
//! `charge.succeeded` / `charge.failed` / `charge.pending` by its status...), kept 30 days by the
//! fake's clock, listed with Stripe's filters (`type` with `*` wildcards, `types[]`,
//! `created[...]`, paging) and retrieved by id; each is handed to the webhooks on creation. An
//! event past retention is gone as on Stripe: not listed, not retrieved, and no cursor (404).

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use serde_json::{Value, json};

use crate::errors::{ApiError, ApiResult};
use crate::list::{self, ListSpec};
use crate::params::Params;
use crate::server::Shared;
use crate::store::{Kind, new_id};

/// How long Stripe keeps events: 30 days.
pub const RETENTION_SECONDS: i64 = 30 * 86_400;

/// The API version the fake renders events in.
const API_VERSION: &str = "2019-10-08";

/// Records the event that announces `object`, a new object of `kind`, and hands it to the
/// account's webhook endpoints.
pub fn created(app: &Shared, kind: Kind, object: &Value) {
    let event_type = match (kind, object["status"].as_str()) {
        (Kind::Charge, Some(status)) => format!("charge.{status}"),
        _ => format!("{}.created", kind.object()),
    };
    emit(app, &event_type, object);
}

/// Records an event of `event_type` about `object` and hands it to the webhook endpoints
/// that listen to that type.
pub fn emit(app: &Shared, event_type: &str, object: &Value) {
    let now = app.clock.now();
    let endpoints = super::webhook_endpoints::listening(app, event_type);
    let event = json!({
        "id": new_id(Kind::Event),
        "object": "event",
        "api_version": API_VERSION,
        "created": now,
        "data": {"object": object},
        "livemode": false,
        "pending_webhooks": endpoints.len(),
        "request": {"id": null, "idempotency_key": null},
        "type": event_type,
    });
    // Ids hold 24 random characters: one taken already is as good as impossible.
    if let Ok(event) = app.store.insert(Kind::Event, now, event) {
        app.webhooks.deliver(&event, endpoints);
    }
}

/// Whether `event` is still kept at `now`.
fn retained(event: &Value, now: i64) -> bool {
    event["created"].as_i64().unwrap_or(i64::MIN) > now - RETENTION_SECONDS
}

/// Whether `event_type` matches `pattern`, in which `*` stands for any text (`charge.*`).
fn type_matches(pattern: &str, event_type: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = event_type.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else {
        return rest.is_empty();
    };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.ends_with(last)
}

/// `GET /v1/events`
pub async fn list(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    let spec = ListSpec {
        kind: Kind::Event,
        filters: &[],
        ignored: &["type", "types", "delivery_success"],
    };
    let single = params.str("type")?;
    let many = params.str_list("types")?;
    if single.is_some() && many.is_some() {
        return Err(ApiError::invalid(
            "parameters_exclusive",
            Some("types"),
            "You may only specify one of these parameters: type, types.",
        ));
    }
    if many.as_ref().is_some_and(|types| types.len() > 20) {
        return Err(ApiError::invalid(
            "parameter_invalid_array",
            Some("types"),
            "You may specify at most 20 types.",
        ));
    }
    let now = app.clock.now();
    for cursor in ["starting_after", "ending_before"] {
        if let Some(id) = params.str(cursor)? {
            let expired = app
                .store
                .get(Kind::Event, &id)
                .is_some_and(|e| !retained(&e, now));
            if expired {
                return Err(ApiError::missing_resource("event", &id, Some(cursor)));
            }
        }
    }
    let keep = |event: &Value| {
        let event_type = event["type"].as_str().unwrap_or_default();
        retained(event, now)
            && single
                .as_deref()
                .is_none_or(|t| type_matches(t, event_type))
            && many
                .as_ref()
                .is_none_or(|types| types.iter().any(|t| t == event_type))
    };
    list::list_where(&app.store, &spec, &params, &keep).map(Json)
}

/// `GET /v1/events/{id}`
pub async fn retrieve(
    State(app): State<Arc<Shared>>,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult<Json<Value>> {
    params.check_allowed(&[])?;
    let now = app.clock.now();
    app.store
        .get(Kind::Event, &id)
        .filter(|event| retained(event, now))
        .map(Json)
        .ok_or_else(|| ApiError::missing_resource("event", &id, Some("id")))
}

#[cfg(test)]
mod tests {
    use super::type_matches;

    #[test]
    fn wildcards_stand_for_any_text() {
        for (pattern, event_type, matches) in [
            ("charge.succeeded", "charge.succeeded", true),
            ("charge.succeeded", "charge.failed", false),
            ("charge.*", "charge.failed", true),
            ("charge.*", "charge.dispute.created", true),
            ("charge.*", "customer.created", false),
            ("*.created", "customer.created", true),
            ("*", "order.created", true),
            ("customer.*.created", "customer.source.created", true),
            ("customer.*.created", "customer.created", false),
            ("charge", "charge.failed", false),
        ] {
            assert_eq!(
                type_matches(pattern, event_type),
                matches,
                "{pattern} {event_type}"
            );
        }
    }
}
