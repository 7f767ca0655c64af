//! The API's routes and their handlers, one module per resource.

mod charges;
mod common;
mod customers;
mod invoiceitems;
mod orders;
mod products;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use crate::server::{Shared, unrecognized};

/// The router of every endpoint the fake serves.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/v1/products", post(products::create).get(products::list))
        .route(
            "/v1/products/{id}",
            post(products::update).get(products::retrieve),
        )
        .route(
            "/v1/customers",
            post(customers::create).get(customers::list),
        )
        .route(
            "/v1/customers/{id}",
            post(customers::update)
                .get(customers::retrieve)
                .delete(customers::delete),
        )
        .route("/v1/charges", post(charges::create).get(charges::list))
        .route("/v1/charges/{id}", get(charges::retrieve))
        .route(
            "/v1/invoiceitems",
            post(invoiceitems::create).get(invoiceitems::list),
        )
        .route("/v1/invoiceitems/{id}", get(invoiceitems::retrieve))
        .route("/v1/orders", post(orders::create).get(orders::list))
        .route("/v1/orders/{id}", get(orders::retrieve))
        .fallback(unrecognized)
        .method_not_allowed_fallback(unrecognized)
        .with_state(shared)
}
