//! Request counters: how many requests the fake has received, and how many of them listed a
//! resource. Atomics, so counting costs next to nothing on every request.

use std::sync::atomic::{AtomicU64, Ordering};

use axum::http::Method;

/// The paths whose GET lists a resource; with an id after them, a GET retrieves one object.
const LIST_PATHS: [&str; 5] = [
    "/v1/charges",
    "/v1/customers",
    "/v1/invoiceitems",
    "/v1/orders",
    "/v1/products",
];

/// Requests received since the fake started.
#[derive(Debug, Default)]
pub struct Counters {
    requests: AtomicU64,
    list_requests: AtomicU64,
}

impl Counters {
    /// Counts one request, before anything else happens to it (faults included).
    pub fn count(&self, method: &Method, path: &str) {
        self.requests.fetch_add(1, Ordering::Relaxed);
        if method == Method::GET && LIST_PATHS.contains(&path) {
            self.list_requests.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Every request received.
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    /// The GET requests to a list endpoint.
    pub fn list_requests(&self) -> u64 {
        self.list_requests.load(Ordering::Relaxed)
    }
}
