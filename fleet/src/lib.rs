//! The Stripe connector's triggers for many connections on many workers, coordinated by
//! PostgreSQL alone.
//!
//! - **Connections** hold one Stripe account's API key, encrypted at rest with
//!   XChaCha20-Poly1305 under a key-encryption key from the environment
//!   ([`KeyEncryptionKey`], `STRIPE_FLEET_KEK`), and a throttle rule (100 calls in any 60 s by
//!   default) that every worker's calls on that connection share.
//! - **Subscriptions** are one trigger of one connection with its checkpoint, the library's
//!   [`PollState`](stripe_connector::PollState) as JSON.
//! - **Workers** ([`Worker`]), any number of them, claim due subscriptions with leases
//!   (`FOR UPDATE SKIP LOCKED`, a deadline, a fencing token), poll a slice of each (at most
//!   [`SLICE_CALLS`] calls, then the subscription goes back in the queue behind those due
//!   before it), and write the new objects into `deliveries` with the new checkpoint in one
//!   statement that only the holder of the lease can commit: each object is delivered exactly
//!   once, whichever worker dies. A lease is renewed while its calls succeed; before each call
//!   the poll checks it, and it stops calling Stripe the moment it is lost. Failed polls back
//!   off ([`Backoff`]); a key Stripe refuses (401) parks its connection until
//!   [`Fleet::replace_key`].
//! - **Each connection's throttle** is counted in the table `calls`: every call reserves a
//!   slot, and a call woken too late for its slot reserves again instead of sending late.
//! - **Consumers** ([`Consumer`]) read the deliveries in order per subscription and
//!   acknowledge them, woken by `LISTEN`/`NOTIFY`. Workers prune the deliveries every consumer
//!   acknowledged once they are older than the retention age ([`Fleet::prune`]).
//! - **Instant triggers**: a connection can have a webhook endpoint
//!   ([`Fleet::create_endpoint`]), its signing secret sealed like the key. One [`Inbox`] receives
//!   the webhooks of every connection, verifies each with its own connection's secret and
//!   delivers the object at once; one reconciliation of `/v1/events` per connection, for all of
//!   its triggers, claimed by workers with leases like a subscription, delivers what the
//!   webhooks missed; the subscriptions' lists are then polled only now and then
//!   ([`WorkerSettings::poll_with_webhooks`]). Whichever path finds an object first, each
//!   subscription gets it once.
//! - **Operations**: pause, resume and remove subscriptions, remove connections, rotate the
//!   key-encryption key ([`Fleet::rotate_kek`]), see where everything stands
//!   ([`Fleet::status`]) and the workers' metrics ([`Fleet::encode_metrics`]).
//!
//! ```no_run
//! use stripe_connector::Start;
//! use stripe_connector_fleet::{Database, Fleet, KeyEncryptionKey, TriggerKind};
//!
//! # async fn run() -> Result<(), stripe_connector_fleet::Error> {
//! let fleet = Fleet::open(Database::new("postgres://postgres@127.0.0.1/test", "stripe_fleet")?, 8).await?;
//! let kek = KeyEncryptionKey::from_env()?;
//! fleet.add_connection(&kek, "acme", "sk_test_…", "https://api.stripe.com", Some(stripe_connector::connector::THROTTLE)).await?;
//! fleet.subscribe("acme", TriggerKind::from_name("customer")?, Start::Beginning).await?;
//! # Ok(()) }
//! ```
//!
//! The tables live in a schema of their own (`stripe_fleet` by default), created and brought
//! up to date by versioned migrations whenever a fleet is opened.

mod announce;
mod backoff;
mod commit;
mod connections;
mod database;
mod deliveries;
mod endpoints;
mod error;
mod inbox;
mod lease;
mod limiter;
mod listen;
mod manage;
mod metrics;
mod migrations;
mod reconcile;
mod retention;
mod secret;
mod slice;
mod status;
mod subscriptions;
mod trigger;
mod worker;

use std::sync::Arc;

use deadpool_postgres::Pool;

use crate::metrics::Metrics;

pub use backoff::Backoff;
pub use connections::ConnectionInfo;
pub use database::{DEFAULT_SCHEMA, Database};
pub use deliveries::{Consumer, Delivery};
pub use endpoints::{EndpointInfo, endpoint_url, event_types};
pub use error::Error;
pub use inbox::{Inbox, Refusal};
pub use manage::Removed;
pub use metrics::METRICS_CONTENT_TYPE;
pub use retention::{PRUNE_BATCH, Pruned};
pub use secret::{KEK_VARIABLE, KeyEncryptionKey};
pub use status::{ConnectionStatus, Status, SubscriptionStatus, WebhooksStatus};
pub use subscriptions::SubscriptionInfo;
pub use trigger::TriggerKind;
pub use worker::{
    ABANDON_AFTER_LEASES, DEFAULT_POLL_WITH_WEBHOOKS, DEFAULT_RECONCILE, DEFAULT_RETENTION, Event,
    OnEvent, SLICE_CALLS, Worker, WorkerSettings,
};

/// The fleet's database, open: a pool of clients on its schema, migrated to the latest version.
/// Cheap to clone: clones share the pool.
#[derive(Clone, Debug)]
pub struct Fleet {
    database: Database,
    pool: Pool,
    metrics: Arc<Metrics>,
}

impl Fleet {
    /// Opens `database` with a pool of at most `pool_size` clients, and migrates its schema.
    pub async fn open(database: Database, pool_size: usize) -> Result<Self, Error> {
        let pool = database.pool(pool_size)?;
        let fleet = Self {
            database,
            pool,
            metrics: Arc::default(),
        };
        fleet.migrate().await?;
        Ok(fleet)
    }

    /// Brings the schema up to the latest version; returns the versions applied now (none when
    /// it was up to date). [`open`](Self::open) does this already.
    pub async fn migrate(&self) -> Result<Vec<i32>, Error> {
        let mut client = self.pool.get().await?;
        migrations::migrate(&mut client, &self.database.schema).await
    }
}
