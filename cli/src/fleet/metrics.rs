//! `fleet worker --metrics ADDRESS`: the worker's metrics in Prometheus' text format at
//! `/metrics`, served by axum (already the command line's HTTP server for `listen`).

use std::net::SocketAddr;

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use stripe_connector_fleet::{Fleet, METRICS_CONTENT_TYPE};
use tokio::task::JoinHandle;

use crate::fail::Failure;

/// The server, stopped when dropped.
pub struct Serving(JoinHandle<()>);

impl Drop for Serving {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Serves `fleet`'s metrics at `address` until the result is dropped; says where on stderr.
pub async fn serve(fleet: Fleet, address: SocketAddr, worker: &str) -> Result<Serving, Failure> {
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|e| Failure::Local(format!("--metrics {address}: cannot listen there: {e}")))?;
    let bound = listener
        .local_addr()
        .map_err(|e| Failure::Local(format!("--metrics {address}: {e}")))?;
    eprintln!("fleet worker {worker}: metrics at http://{bound}/metrics");
    let app = Router::new().route("/metrics", get(move || metrics(fleet.clone())));
    Ok(Serving(tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, app).await {
            eprintln!("fleet worker: the metrics server stopped: {error}");
        }
    })))
}

/// The metrics now, or 503 with the reason when the database does not answer.
async fn metrics(fleet: Fleet) -> Response {
    match fleet.encode_metrics().await {
        Ok(text) => ([(header::CONTENT_TYPE, METRICS_CONTENT_TYPE)], text).into_response(),
        Err(error) => (StatusCode::SERVICE_UNAVAILABLE, error.to_string()).into_response(),
    }
}
