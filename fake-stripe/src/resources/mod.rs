//! The API's routes and their handlers, one module per resource.

mod charges;
mod common;
mod customer_sources;
mod customers;
mod events;
mod invoiceitems;
mod orders;
mod products;
mod webhook_endpoints;

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::routing::{MethodRouter, get, post};
use axum::{Json, Router};
use serde_json::Value;

use crate::errors::ApiResult;
use crate::params::Params;
use crate::server::{Shared, unrecognized};
use crate::store::Kind;

/// The router of every endpoint the fake serves.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/v1/products", post(products::create).get(products::list))
        .route(
            "/v1/products/{id}",
            post(products::update).merge(retrieve(Kind::Product)),
        )
        .route(
            "/v1/customers",
            post(customers::create).get(customers::list),
        )
        .route(
            "/v1/customers/{id}",
            post(customers::update)
                .merge(retrieve(Kind::Customer))
                .delete(customers::delete),
        )
        .route("/v1/charges", post(charges::create).get(charges::list))
        .route("/v1/charges/{id}", retrieve(Kind::Charge))
        .route(
            "/v1/invoiceitems",
            post(invoiceitems::create).get(invoiceitems::list),
        )
        .route("/v1/invoiceitems/{id}", retrieve(Kind::InvoiceItem))
        .route("/v1/orders", post(orders::create).get(orders::list))
        .route("/v1/orders/{id}", retrieve(Kind::Order))
        .route("/v1/events", get(events::list))
        .route("/v1/events/{id}", get(events::retrieve))
        .route(
            "/v1/webhook_endpoints",
            post(webhook_endpoints::create).get(webhook_endpoints::list),
        )
        .route(
            "/v1/webhook_endpoints/{id}",
            get(webhook_endpoints::retrieve).delete(webhook_endpoints::delete),
        )
        .fallback(unrecognized)
        .method_not_allowed_fallback(unrecognized)
        .with_state(shared)
}

/// `GET /v1/<resource>/{id}`: the object of `kind` with that id, the stub Stripe keeps answering
/// for a deleted one (customers are the only deletable kind here), or Stripe's 404.
fn retrieve(kind: Kind) -> MethodRouter<Arc<Shared>> {
    get(
        move |State(app): State<Arc<Shared>>, Path(id): Path<String>, params: Params| async move {
            fetch(kind, &app, &id, &params)
        },
    )
}

fn fetch(kind: Kind, app: &Shared, id: &str, params: &Params) -> ApiResult<Json<Value>> {
    params.check_allowed(&[])?;
    if let Some(stub) = app.store.deleted(kind, id) {
        return Ok(Json(stub));
    }
    app.store
        .fetch(kind, id, Some("id"))
        .and_then(|v| common::reply(app, params, kind, v))
}
