//! `/v1/products`: create, update, list; retrieve is shared (`super::retrieve`). Create and
//! update take every parameter Stripe 2019-10-08 lists for them ([`crate::schema`]).

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use serde_json::{Value, json};

use super::common::{self, invalid_value};
use crate::errors::ApiResult;
use crate::expand;
use crate::list::{self, ListSpec};
use crate::params::{Params, require};
use crate::schema::{Field, PRODUCT_CREATE, PRODUCT_UPDATE};
use crate::server::Shared;
use crate::store::{Kind, new_id};
use crate::validate;

/// Applies the parameters both create and update take, checked against `fields` beforehand:
/// an empty string unsets a field (`description=` is `null`, `images=` the empty list,
/// `package_dimensions=` `null`) where Stripe allows it.
fn apply(params: &Params, fields: &[Field], obj: &mut Value) -> ApiResult<()> {
    if let Some(name) = params.str("name")? {
        if name.is_empty() {
            return Err(invalid_value("name", "You must supply a non-empty name."));
        }
        obj["name"] = json!(name);
    }
    common::set_strings(
        params,
        obj,
        &[
            "caption",
            "description",
            "statement_descriptor",
            "unit_label",
            "url",
        ],
    )?;
    common::set_bools(params, obj, &["active", "shippable"])?;
    for (list, limit) in [
        ("attributes", 5),
        ("deactivate_on", usize::MAX),
        ("images", 8),
    ] {
        match validate::param(params, fields, list) {
            Some(Value::Array(v)) if v.len() > limit => {
                return Err(invalid_value(
                    list,
                    format!("You may only specify up to {limit} {list}."),
                ));
            }
            Some(Value::Null) => obj[list] = json!([]),
            Some(v) => obj[list] = v,
            None => {}
        }
    }
    if let Some(dims) = validate::param(params, fields, "package_dimensions") {
        obj["package_dimensions"] = dims;
    }
    common::set_metadata(params, obj)
}

/// `POST /v1/products`
pub async fn create(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    validate::check(&params, PRODUCT_CREATE)?;
    expand::check(&params, Kind::Product)?;
    let kind = require(params.str("type")?, "type")?;
    let id = match params.str("id")? {
        Some(id) if !id.is_empty() => id,
        _ => new_id(Kind::Product),
    };
    let now = app.clock.now();
    let mut obj = json!({
        "id": id,
        "object": "product",
        "active": true,
        "attributes": [],
        "caption": null,
        "created": now,
        "deactivate_on": [],
        "description": null,
        "images": [],
        "livemode": false,
        "metadata": {},
        "name": null,
        "package_dimensions": null,
        "shippable": if kind == "good" { json!(true) } else { Value::Null },
        "statement_descriptor": null,
        "type": kind,
        "unit_label": null,
        "updated": now,
        "url": null,
    });
    apply(&params, PRODUCT_CREATE, &mut obj)?;
    app.store
        .insert(Kind::Product, now, obj)
        .inspect(|created| super::events::created(&app, Kind::Product, created))
        .and_then(|v| common::reply(&app, &params, Kind::Product, v))
}

/// `POST /v1/products/{id}`
pub async fn update(
    State(app): State<Arc<Shared>>,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult<Json<Value>> {
    validate::check(&params, PRODUCT_UPDATE)?;
    expand::check(&params, Kind::Product)?;
    let now = app.clock.now();
    app.store
        .update(Kind::Product, &id, |obj| {
            apply(&params, PRODUCT_UPDATE, obj)?;
            obj["updated"] = json!(now);
            Ok(())
        })
        .and_then(|v| common::reply(&app, &params, Kind::Product, v))
}

/// `GET /v1/products`
pub async fn list(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    let spec = ListSpec {
        kind: Kind::Product,
        filters: &[("type", "type"), ("url", "url")],
        ignored: &["active", "ids", "shippable"],
    };
    list::list(&app.store, &spec, &params)
        .and_then(|v| common::reply(&app, &params, Kind::Product, v))
}
