//! `/v1/customers`: create, update, delete, list; retrieve is shared (`super::retrieve`). Create
//! and update take every parameter Stripe 2019-10-08 lists for them ([`crate::schema`]); the
//! payment sources are `super::customer_sources`' job.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use serde_json::{Value, json};

use super::common::{self, invalid_value};
use super::customer_sources;
use crate::errors::{ApiError, ApiResult};
use crate::expand;
use crate::list::{self, ListSpec};
use crate::params::Params;
use crate::schema::{CUSTOMER_CREATE, CUSTOMER_UPDATE, Field};
use crate::server::Shared;
use crate::store::{Kind, deleted_stub, new_id, random_alnum};
use crate::validate;

const ADDRESS_KEYS: &[&str] = &["city", "country", "line1", "line2", "postal_code", "state"];

/// A `shipping` parameter as the customer's `shipping` (with `carrier` and `tracking_number`).
fn shipping(value: Value) -> Value {
    if value.is_null() {
        return value;
    }
    let mut s = validate::with_keys(
        value,
        &["address", "carrier", "name", "phone", "tracking_number"],
    );
    s["address"] = validate::with_keys(s["address"].take(), ADDRESS_KEYS);
    s
}

/// Merges `invoice_settings[...]` into the customer's: `custom_fields=` unsets the custom fields,
/// an empty `footer` or `default_payment_method` unsets that one.
fn invoice_settings(given: Value, settings: &mut Value) {
    let Value::Object(given) = given else {
        return;
    };
    for (k, v) in given {
        settings[k.as_str()] = match v {
            Value::String(s) if s.is_empty() => Value::Null,
            other => other,
        };
    }
}

/// The customer's `tax_ids` list entries for `tax_id_data[n][type|value]`.
fn tax_ids(data: Value, customer: &str, now: i64) -> Vec<Value> {
    let Value::Array(data) = data else {
        return Vec::new();
    };
    data.into_iter()
        .map(|d| {
            json!({
                "id": format!("txi_{}", random_alnum(24)),
                "object": "tax_id",
                "country": null,
                "created": now,
                "customer": customer,
                "livemode": false,
                "type": d["type"],
                "value": d["value"],
                "verification": {"status": "pending", "verified_address": null, "verified_name": null},
            })
        })
        .collect()
}

/// Applies the parameters create and update share, checked against `fields` beforehand.
fn apply(params: &Params, fields: &[Field], obj: &mut Value, now: i64) -> ApiResult<()> {
    common::set_strings(params, obj, &["description", "name", "phone"])?;
    if let Some(e) = common::email(params, "email")? {
        obj["email"] = json!(e);
    }
    for name in ["balance", "account_balance"] {
        if let Some(b) = params.int(name)? {
            obj["balance"] = json!(b);
            obj["account_balance"] = json!(b);
        }
    }
    if let Some(p) = params.str("invoice_prefix")? {
        if !(3..=12).contains(&p.len()) || !p.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(invalid_value(
                "invoice_prefix",
                "Invoice prefix must be 3 to 12 uppercase letters or numbers.",
            ));
        }
        obj["invoice_prefix"] = json!(p.to_ascii_uppercase());
    }
    if let Some(t) = params.nullable_str("tax_exempt")? {
        obj["tax_exempt"] = json!(t);
    }
    if let Some(l) = validate::param(params, fields, "preferred_locales") {
        obj["preferred_locales"] = l;
    }
    if let Some(a) = validate::param(params, fields, "address") {
        obj["address"] = validate::with_keys(a, ADDRESS_KEYS);
    }
    if let Some(s) = validate::param(params, fields, "shipping") {
        obj["shipping"] = shipping(s);
    }
    if let Some(s) = validate::param(params, fields, "invoice_settings") {
        invoice_settings(s, &mut obj["invoice_settings"]);
    }
    if let Some(t) = validate::param(params, fields, "tax_info") {
        obj["tax_info"] = validate::with_keys(t, &["tax_id", "type"]);
        obj["tax_info_verification"] = json!({"status": "unverified", "verified_name": null});
    }
    if let Some(data) = validate::param(params, fields, "tax_id_data") {
        let id = obj["id"].as_str().unwrap_or_default().to_owned();
        let ids = tax_ids(data, &id, now);
        obj["tax_ids"]["total_count"] = json!(ids.len());
        obj["tax_ids"]["data"] = Value::Array(ids);
    }
    if let Some(c) = params.str("coupon")?.filter(|c| !c.is_empty()) {
        return Err(ApiError::missing_resource("coupon", &c, Some("coupon")));
    }
    if let Some(pm) = params
        .str("payment_method")?
        .filter(|p| !p.starts_with("pm_"))
    {
        return Err(ApiError::missing_resource(
            "PaymentMethod",
            &pm,
            Some("payment_method"),
        ));
    }
    customer_sources::apply(params, fields, obj)?;
    common::set_metadata(params, obj)
}

fn sublist(id: &str, what: &str) -> Value {
    json!({
        "object": "list",
        "data": [],
        "has_more": false,
        "total_count": 0,
        "url": format!("/v1/customers/{id}/{what}"),
    })
}

/// `POST /v1/customers`
pub async fn create(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    validate::check(&params, CUSTOMER_CREATE)?;
    expand::check(&params, Kind::Customer)?;
    let id = new_id(Kind::Customer);
    let now = app.clock.now();
    let mut obj = json!({
        "id": id,
        "object": "customer",
        "account_balance": 0,
        "address": null,
        "balance": 0,
        "created": now,
        "currency": null,
        "default_source": null,
        "delinquent": false,
        "description": null,
        "discount": null,
        "email": null,
        "invoice_prefix": random_alnum(8).to_ascii_uppercase(),
        "invoice_settings": {"custom_fields": null, "default_payment_method": null, "footer": null},
        "livemode": false,
        "metadata": {},
        "name": null,
        "phone": null,
        "preferred_locales": [],
        "shipping": null,
        "sources": sublist(&id, "sources"),
        "subscriptions": sublist(&id, "subscriptions"),
        "tax_exempt": "none",
        "tax_ids": sublist(&id, "tax_ids"),
        "tax_info": null,
        "tax_info_verification": null,
    });
    apply(&params, CUSTOMER_CREATE, &mut obj, now)?;
    app.store
        .insert(Kind::Customer, now, obj)
        .inspect(|created| super::events::created(&app, Kind::Customer, created))
        .and_then(|v| common::reply(&app, &params, Kind::Customer, v))
}

/// `POST /v1/customers/{id}`
pub async fn update(
    State(app): State<Arc<Shared>>,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult<Json<Value>> {
    validate::check(&params, CUSTOMER_UPDATE)?;
    expand::check(&params, Kind::Customer)?;
    let now = app.clock.now();
    app.store
        .update(Kind::Customer, &id, |obj| {
            apply(&params, CUSTOMER_UPDATE, obj, now)
        })
        .and_then(|v| common::reply(&app, &params, Kind::Customer, v))
}

/// `DELETE /v1/customers/{id}`
pub async fn delete(
    State(app): State<Arc<Shared>>,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult<Json<Value>> {
    params.check_allowed(&[])?;
    if app.store.remove(Kind::Customer, &id) {
        Ok(Json(deleted_stub(Kind::Customer, &id)))
    } else {
        Err(ApiError::missing_resource("customer", &id, Some("id")))
    }
}

/// `GET /v1/customers`
pub async fn list(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    let spec = ListSpec {
        kind: Kind::Customer,
        filters: &[("email", "email")],
        ignored: &[],
    };
    list::list(&app.store, &spec, &params)
        .and_then(|v| common::reply(&app, &params, Kind::Customer, v))
}
