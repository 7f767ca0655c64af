//! `/v1/products`: create, update, list; retrieve is shared (`super::retrieve`).

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use serde_json::{Value, json};

use super::common::{self, invalid_value};
use crate::errors::ApiResult;
use crate::list::{self, ListSpec};
use crate::params::{Params, require};
use crate::server::Shared;
use crate::store::{Kind, new_id};

const UPDATABLE: &[&str] = &[
    "active",
    "attributes",
    "caption",
    "deactivate_on",
    "description",
    "images",
    "metadata",
    "name",
    "package_dimensions",
    "shippable",
    "statement_descriptor",
    "unit_label",
    "url",
];

/// Applies the parameters both create and update take.
fn apply(params: &Params, obj: &mut Value) -> ApiResult<()> {
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
    for list in ["attributes", "deactivate_on", "images"] {
        if let Some(v) = params.str_list(list)? {
            if list == "images" && v.len() > 8 {
                return Err(invalid_value(
                    "images",
                    "You may only specify up to 8 images.",
                ));
            }
            obj[list] = json!(v);
        }
    }
    if let Some(dims) = common::hash(
        params,
        "package_dimensions",
        &["height", "length", "weight", "width"],
    )? {
        obj["package_dimensions"] = dims;
    }
    common::set_metadata(params, obj)
}

/// `POST /v1/products`
pub async fn create(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    let mut allowed = UPDATABLE.to_vec();
    allowed.extend(["id", "type"]);
    params.check_allowed(&allowed)?;
    require(params.str("name")?, "name")?;
    let kind = require(
        common::one_of(&params, "type", &["good", "service"])?,
        "type",
    )?;
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
    apply(&params, &mut obj)?;
    app.store
        .insert(Kind::Product, now, obj)
        .map(|v| common::reply(&app, &params, v))
}

/// `POST /v1/products/{id}`
pub async fn update(
    State(app): State<Arc<Shared>>,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult<Json<Value>> {
    params.check_allowed(UPDATABLE)?;
    let now = app.clock.now();
    app.store
        .update(Kind::Product, &id, |obj| {
            apply(&params, obj)?;
            obj["updated"] = json!(now);
            Ok(())
        })
        .map(|v| common::reply(&app, &params, v))
}

/// `GET /v1/products`
pub async fn list(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    let spec = ListSpec {
        kind: Kind::Product,
        filters: &[("type", "type"), ("url", "url")],
        ignored: &["active", "ids", "shippable"],
    };
    list::list(&app.store, &spec, &params).map(|v| common::reply(&app, &params, v))
}
