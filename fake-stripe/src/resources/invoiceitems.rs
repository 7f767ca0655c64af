//! `/v1/invoiceitems`: create (for an existing customer) and list; retrieve is shared (`super::retrieve`).

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use serde_json::{Value, json};

use super::common;
use crate::errors::{ApiError, ApiResult};
use crate::list::{self, ListSpec};
use crate::params::{Params, require};
use crate::server::Shared;
use crate::store::{Kind, new_id};

const CREATE: &[&str] = &[
    "amount",
    "currency",
    "customer",
    "description",
    "discountable",
    "invoice",
    "metadata",
    "period",
    "quantity",
    "subscription",
    "tax_rates",
    "unit_amount",
    "unit_amount_decimal",
];

/// An integer inside a hash parameter such as `period[start]`.
fn hash_int(v: &Value, name: &str) -> ApiResult<Option<i64>> {
    match v.as_str() {
        None => Ok(None),
        Some(s) => s.parse().map(Some).map_err(|_| {
            ApiError::invalid(
                "parameter_invalid_integer",
                Some(name),
                format!("Invalid integer: {s}"),
            )
        }),
    }
}

/// `POST /v1/invoiceitems`
pub async fn create(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    params.check_allowed(CREATE)?;
    crate::expand::check(&params, Kind::InvoiceItem)?;
    let customer = require(params.str("customer")?, "customer")?;
    let currency = require(common::currency(&params, "currency")?, "currency")?;
    let quantity = params.int("quantity")?.unwrap_or(1);
    let unit_amount = params.int("unit_amount")?;
    let amount = match (params.int("amount")?, unit_amount) {
        (Some(a), _) => a,
        (None, Some(u)) => u * quantity,
        (None, None) => return Err(ApiError::missing_param("amount")),
    };
    let unit = unit_amount.unwrap_or(if quantity != 0 {
        amount / quantity
    } else {
        amount
    });
    app.store
        .fetch(Kind::Customer, &customer, Some("customer"))?;
    for (name, what) in [("invoice", "invoice"), ("subscription", "subscription")] {
        if let Some(id) = params.str(name)? {
            return Err(ApiError::missing_resource(what, &id, Some(name)));
        }
    }
    if let Some(rates) = params.str_list("tax_rates")?
        && let Some(first) = rates.first()
    {
        return Err(ApiError::missing_resource(
            "tax rate",
            first,
            Some("tax_rates"),
        ));
    }
    let now = app.clock.now();
    let period = common::hash(&params, "period", &["end", "start"])?.unwrap_or(Value::Null);
    let start = hash_int(&period["start"], "period[start]")?.unwrap_or(now);
    let end = hash_int(&period["end"], "period[end]")?.unwrap_or(now);
    let mut obj = json!({
        "id": new_id(Kind::InvoiceItem),
        "object": "invoiceitem",
        "amount": amount,
        "currency": currency,
        "customer": customer,
        "date": now,
        "description": null,
        "discountable": params.bool("discountable")?.unwrap_or(true),
        "invoice": null,
        "livemode": false,
        "metadata": {},
        "period": {"end": end, "start": start},
        "plan": null,
        "proration": false,
        "quantity": quantity,
        "subscription": null,
        "tax_rates": [],
        "unified_proration": false,
        "unit_amount": unit,
        "unit_amount_decimal": unit.to_string(),
    });
    common::set_strings(&params, &mut obj, &["description"])?;
    common::set_metadata(&params, &mut obj)?;
    app.store
        .insert(Kind::InvoiceItem, now, obj)
        .inspect(|created| super::events::created(&app, Kind::InvoiceItem, created))
        .and_then(|v| common::reply(&app, &params, Kind::InvoiceItem, v))
}

/// `GET /v1/invoiceitems`
pub async fn list(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    let spec = ListSpec {
        kind: Kind::InvoiceItem,
        filters: &[("customer", "customer")],
        ignored: &["invoice", "pending"],
    };
    list::list(&app.store, &spec, &params)
        .and_then(|v| common::reply(&app, &params, Kind::InvoiceItem, v))
}
