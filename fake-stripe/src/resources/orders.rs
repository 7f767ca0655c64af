//! `/v1/orders` (legacy Orders): create from items and list; retrieve is shared (`super::retrieve`).
//! An order's amount is the sum of its items' amounts.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use serde_json::{Value, json};

use super::common::{self, invalid_value};
use crate::errors::{ApiError, ApiResult};
use crate::form::Node;
use crate::list::{self, ListSpec};
use crate::params::{Params, require};
use crate::server::Shared;
use crate::store::{Kind, new_id};

const CREATE: &[&str] = &[
    "coupon", "currency", "customer", "email", "items", "metadata", "shipping",
];

const ITEM_KEYS: &[&str] = &[
    "amount",
    "currency",
    "description",
    "parent",
    "quantity",
    "type",
];

fn item_int(item: &Value, name: &str) -> ApiResult<Option<i64>> {
    match &item[name] {
        Value::String(s) => s.parse().map(Some).map_err(|_| {
            ApiError::invalid(
                "parameter_invalid_integer",
                Some(name),
                format!("Invalid integer: {s}"),
            )
        }),
        _ => Ok(None),
    }
}

/// Reads `items[n][...]` into order items in the order's currency.
fn items(params: &Params, currency: &str) -> ApiResult<Vec<Value>> {
    let Some(node) = params.get("items") else {
        return Ok(Vec::new());
    };
    if node == &Node::Str(String::new()) {
        return Ok(Vec::new());
    }
    let list = node.as_list().ok_or_else(|| {
        ApiError::invalid("parameter_invalid_array", Some("items"), "Invalid array")
    })?;
    let mut out = Vec::new();
    for (i, item) in list.into_iter().enumerate() {
        let name = format!("items[{i}]");
        let raw = common::node_hash(item, &name, ITEM_KEYS)?;
        let amount = item_int(&raw, "amount").map_err(|mut e| {
            e.param = Some(format!("{name}[amount]"));
            e
        })?;
        let quantity = item_int(&raw, "quantity").map_err(|mut e| {
            e.param = Some(format!("{name}[quantity]"));
            e
        })?;
        let kind = raw["type"].as_str().unwrap_or("sku");
        if !["sku", "tax", "shipping", "discount"].contains(&kind) {
            return Err(invalid_value(
                &format!("{name}[type]"),
                "Invalid type: must be one of sku, tax, shipping, discount",
            ));
        }
        out.push(json!({
            "object": "order_item",
            "amount": amount.unwrap_or(0),
            "currency": raw["currency"].as_str().map(str::to_ascii_lowercase).unwrap_or_else(|| currency.to_owned()),
            // never null on Stripe: an item sent without one is named after its type or SKU
            "description": raw["description"].as_str().or(raw["parent"].as_str()).unwrap_or(kind),
            "parent": raw["parent"],
            "quantity": quantity,
            "type": kind,
        }));
    }
    Ok(out)
}

/// `POST /v1/orders`
pub async fn create(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    params.check_allowed(CREATE)?;
    crate::expand::check(&params, Kind::Order)?;
    let currency = require(common::currency(&params, "currency")?, "currency")?;
    let items = items(&params, &currency)?;
    let customer = common::existing(&app.store, Kind::Customer, &params, "customer")?;
    if let Some(c) = params.str("coupon")? {
        return Err(ApiError::missing_resource("coupon", &c, Some("coupon")));
    }
    let amount: i64 = items
        .iter()
        .map(|i| i["amount"].as_i64().unwrap_or(0))
        .sum();
    let id = new_id(Kind::Order);
    let now = app.clock.now();
    let mut obj = json!({
        "id": id,
        "object": "order",
        "amount": amount,
        "amount_returned": null,
        "application": null,
        "application_fee": null,
        "charge": null,
        "created": now,
        "currency": currency,
        "customer": customer.as_ref().map(|c| c["id"].clone()),
        "email": customer.as_ref().map(|c| c["email"].clone()),
        "items": items,
        "livemode": false,
        "metadata": {},
        "returns": {"object": "list", "data": [], "has_more": false, "total_count": 0, "url": format!("/v1/order_returns?order={id}")},
        "selected_shipping_method": null,
        "shipping": null,
        "shipping_methods": null,
        "status": "created",
        "status_transitions": {"canceled": null, "fulfiled": null, "paid": null, "returned": null},
        "updated": now,
    });
    if let Some(e) = common::email(&params, "email")? {
        obj["email"] = json!(e);
    }
    if let Some(s) = common::shipping(&params)? {
        obj["shipping"] = s;
    }
    common::set_metadata(&params, &mut obj)?;
    app.store
        .insert(Kind::Order, now, obj)
        .inspect(|created| super::events::created(&app, Kind::Order, created))
        .and_then(|v| common::reply(&app, &params, Kind::Order, v))
}

/// `GET /v1/orders`
pub async fn list(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    let spec = ListSpec {
        kind: Kind::Order,
        filters: &[("customer", "customer"), ("status", "status")],
        ignored: &["ids", "status_transitions", "upstream_ids"],
    };
    list::list(&app.store, &spec, &params)
        .and_then(|v| common::reply(&app, &params, Kind::Order, v))
}
