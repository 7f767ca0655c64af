//! A stateful fake of Stripe API 2019-10-08, served over real HTTP on loopback.
//!
//! Each API key is an account of its own, as on Stripe: a key sees only the objects created
//! with it, so one fake serves many connections without their objects mixing.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let fake = fake_stripe::start().await?;
//! let base = fake.base_url(); // e.g. http://127.0.0.1:40123
//! fake.clock().set_time(1_570_000_000);
//! fake.set_faults(fake_stripe::Faults { server_error_rate: 0.2, ..Default::default() });
//! fake.set_faults(fake_stripe::Faults::at_rate(0.2)); // 20% of requests faulted, in four ways
//! # Ok(()) }
//! ```
//!
//! For tests of what happens over time, it also seeds an old account's past
//! ([`FakeStripe::seed_history`]: years of history, hundreds of objects in one second) and logs
//! every request as a JSON line ([`FakeStripe::log_requests`]). Neither happens unless asked for.
//!
//! A command that serves the fake can take the `fake-stripe` binary's flags by flattening
//! [`FaultArgs`] and [`SetupArgs`] into its clap arguments.

mod args;
mod auth;
mod clock;
mod counters;
mod errors;
mod examples;
mod expand;
mod faults;
mod form;
mod history;
mod idempotency;
mod list;
mod params;
mod request_log;
mod resources;
mod schema;
mod server;
mod store;
mod validate;
mod webhooks;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use axum::Router;

use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub use args::{FaultArgs, SetupArgs};
pub use clock::Clock;
pub use examples::{LISTS, example_form};
pub use faults::Faults;
pub use history::{History, SeedError, Seeded};
pub use request_log::key_fingerprint;
pub use webhooks::WebhookFaults;

use server::Shared;

/// A running fake Stripe. Dropping it stops accepting connections.
pub struct FakeStripe {
    addr: SocketAddr,
    shared: Arc<Shared>,
    router: Router,
    task: JoinHandle<()>,
}

/// Starts a fake on a free port of 127.0.0.1, serving on a spawned tokio task.
pub async fn start() -> std::io::Result<FakeStripe> {
    start_on(SocketAddr::from(([127, 0, 0, 1], 0))).await
}

/// Starts a fake on `addr` (port 0 picks a free port), serving on a spawned tokio task.
/// The fault RNG is seeded with 0; see [`FakeStripe::reseed`].
pub async fn start_on(addr: SocketAddr) -> std::io::Result<FakeStripe> {
    let listener = TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let clock = Clock::default();
    let shared = Arc::new(Shared {
        store: store::Store::default(),
        webhooks: webhooks::Webhooks::new(clock.clone()),
        clock,
        faults: faults::FaultState::new(0),
        idempotency: idempotency::Idempotency::default(),
        counters: counters::Counters::default(),
        request_log: request_log::RequestLog::default(),
    });
    let router = resources::router(shared.clone());
    let task = tokio::spawn(server::serve(listener, shared.clone(), router.clone()));
    Ok(FakeStripe {
        addr,
        shared,
        router,
        task,
    })
}

impl FakeStripe {
    /// The base URL to point clients at, e.g. `http://127.0.0.1:40123` (no trailing slash).
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The address the fake listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The fake's clock, which stamps `created` (and invoice items' `date`).
    pub fn clock(&self) -> &Clock {
        &self.shared.clock
    }

    /// Freezes the clock at `unix_seconds`; shorthand for `clock().set_time(..)`.
    pub fn set_time(&self, unix_seconds: i64) {
        self.shared.clock.set_time(unix_seconds);
    }

    /// Moves the clock by `secs` and freezes it; shorthand for `clock().advance(..)`.
    pub fn advance(&self, secs: i64) {
        self.shared.clock.advance(secs);
    }

    /// The current fault settings.
    pub fn faults(&self) -> Faults {
        self.shared.faults.get()
    }

    /// Replaces the fault settings; they apply to the requests that arrive from now on.
    pub fn set_faults(&self, faults: Faults) {
        self.shared.faults.set(faults);
    }

    /// Turns every fault off.
    pub fn clear_faults(&self) {
        self.shared.faults.set(Faults::default());
    }

    /// The faults of the delivery of webhooks.
    pub fn webhook_faults(&self) -> WebhookFaults {
        self.shared.webhooks.faults()
    }

    /// Replaces the faults of the delivery of webhooks, for the events created from now on.
    pub fn set_webhook_faults(&self, faults: WebhookFaults) {
        self.shared.webhooks.set_faults(faults);
    }

    /// Sets the wait before a failed webhook's first retry (1 s unless set; the next two wait 5
    /// and 25 times as long).
    pub fn set_webhook_retry(&self, wait: std::time::Duration) {
        self.shared.webhooks.set_first_retry(wait);
    }

    /// Re-seeds the fault RNG, making the following fault decisions reproducible.
    pub fn reseed(&self, seed: u64) {
        self.shared.faults.reseed(seed);
    }

    /// How many HTTP requests the fake has received since it started: every one, including
    /// those answered or dropped by an injected fault and those refused (bad key, unknown URL).
    pub fn requests(&self) -> u64 {
        self.shared.counters.requests()
    }

    /// How many of [`requests`](Self::requests) were a GET to a list endpoint (`/v1/charges`,
    /// `/v1/customers`, `/v1/invoiceitems`, `/v1/orders` or `/v1/products`, without an id),
    /// whatever their answer: the calls a trigger makes to poll.
    pub fn list_requests(&self) -> u64 {
        self.shared.counters.list_requests()
    }

    /// Creates the past of the account of `api_key`: `history.objects` objects of each kind the
    /// fake serves, created over `history.years` years up to the clock's now, `in_one_second`
    /// of them in the account's first second. Each is made by the same handler as an API
    /// creation, as of its time, so its `created` (an invoice item's `date`) is in the past;
    /// the clock does not move, and requests served meanwhile are unaffected. Invoice items go
    /// to the account's first customer. Returns the objects, kind by kind, oldest first.
    ///
    /// Fails, creating nothing, when the key is not one the fake accepts, `years` is 0 or
    /// `in_one_second` exceeds `objects`.
    pub async fn seed_history(
        &self,
        api_key: &str,
        history: &History,
    ) -> Result<Vec<Seeded>, SeedError> {
        history::seed(&self.router, self.shared.clock.now(), api_key, history).await
    }

    /// Logs every request received from now on to the file at `path` (appended, created if
    /// missing), one JSON line each: arrival time (unix seconds, to the microsecond), a
    /// fingerprint of the API key ([`key_fingerprint`]; never the key), method, path, query,
    /// status (`null` when a fault closed the connection without an answer) and the client's
    /// address.
    pub fn log_requests(&self, path: impl AsRef<Path>) -> std::io::Result<()> {
        self.shared.request_log.open(Some(path.as_ref()))
    }

    /// Stops logging requests.
    pub fn stop_logging_requests(&self) {
        // Closing a file cannot fail in a way worth reporting here.
        let _ = self.shared.request_log.open(None);
    }

    /// Stops accepting connections (also done on drop).
    pub fn shutdown(&self) {
        self.task.abort();
    }
}

impl Drop for FakeStripe {
    fn drop(&mut self) {
        self.task.abort();
    }
}
