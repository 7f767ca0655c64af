//! `/v1/customers`: create, update, delete, list; retrieve is shared (`super::retrieve`).

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use serde_json::{Value, json};

use super::common::{self, invalid_value};
use crate::errors::{ApiError, ApiResult};
use crate::list::{self, ListSpec};
use crate::params::Params;
use crate::server::Shared;
use crate::store::{Kind, deleted_stub, new_id, random_alnum};

const CREATE: &[&str] = &[
    "account_balance",
    "address",
    "balance",
    "coupon",
    "description",
    "email",
    "invoice_prefix",
    "invoice_settings",
    "metadata",
    "name",
    "payment_method",
    "phone",
    "preferred_locales",
    "shipping",
    "source",
    "tax_exempt",
    "tax_id_data",
    "tax_info",
];

const UPDATE: &[&str] = &[
    "account_balance",
    "address",
    "balance",
    "bank_account",
    "card",
    "coupon",
    "default_alipay_account",
    "default_bank_account",
    "default_card",
    "default_source",
    "description",
    "email",
    "invoice_prefix",
    "invoice_settings",
    "metadata",
    "name",
    "phone",
    "preferred_locales",
    "shipping",
    "source",
    "tax_exempt",
    "tax_info",
    "trial_end",
];

/// Applies the parameters create and update share.
fn apply(params: &Params, obj: &mut Value) -> ApiResult<()> {
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
    if let Some(t) = common::one_of(params, "tax_exempt", &["none", "exempt", "reverse"])? {
        obj["tax_exempt"] = json!(t);
    }
    if let Some(l) = params.str_list("preferred_locales")? {
        obj["preferred_locales"] = json!(l);
    }
    if let Some(a) = common::address(params, "address")? {
        obj["address"] = a;
    }
    if let Some(s) = common::shipping(params, false)? {
        obj["shipping"] = s;
    }
    if let Some(s) = common::hash(
        params,
        "invoice_settings",
        &["custom_fields", "default_payment_method", "footer"],
    )? {
        obj["invoice_settings"] = if s.is_null() {
            json!({"custom_fields": null, "default_payment_method": null, "footer": null})
        } else {
            s
        };
    }
    if params.str("coupon")?.is_some_and(|c| !c.is_empty()) {
        let c = params.str("coupon")?.unwrap_or_default();
        return Err(ApiError::missing_resource("coupon", &c, Some("coupon")));
    }
    if let Some(source) = params.str("source")? {
        let card = common::test_card(&source)
            .ok_or_else(|| ApiError::missing_resource("source", &source, Some("source")))?;
        let customer = obj["id"].as_str().unwrap_or_default().to_owned();
        let card = common::card_object(&card, &customer);
        obj["default_source"] = card["id"].clone();
        obj["sources"]["data"] = json!([card]);
        obj["sources"]["total_count"] = json!(1);
    }
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
    params.check_allowed(CREATE)?;
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
    apply(&params, &mut obj)?;
    app.store
        .insert(Kind::Customer, now, obj)
        .map(|v| common::reply(&app, &params, v))
}

/// `POST /v1/customers/{id}`
pub async fn update(
    State(app): State<Arc<Shared>>,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult<Json<Value>> {
    params.check_allowed(UPDATE)?;
    app.store
        .update(Kind::Customer, &id, |obj| apply(&params, obj))
        .map(|v| common::reply(&app, &params, v))
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
    list::list(&app.store, &spec, &params).map(|v| common::reply(&app, &params, v))
}
