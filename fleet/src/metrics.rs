//! [`Metrics`]: what a fleet's workers count, in Prometheus' text format (0.0.4) through the
//! `prometheus-client` crate: polls, deliveries, webhooks, reconciliations, failures by kind,
//! fenced commits, throttle waits, database round trips, and each subscription's lag, read from the tables when the
//! metrics are encoded.

use std::sync::atomic::AtomicU64;

use prometheus_client::encoding::{EncodeLabelSet, prometheus_text};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

use crate::worker::Event;
use crate::{Error, Fleet, Status};

/// The `Content-Type` of [`Fleet::encode_metrics`]'s text.
pub const METRICS_CONTENT_TYPE: &str = prometheus_text::CONTENT_TYPE;

/// A failure's kind, as a label.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Kind {
    kind: &'static str,
}

/// A subscription, as labels.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Subscription {
    subscription: String,
    connection: String,
    trigger: &'static str,
}

/// The counters of one process's fleet (every [`Fleet`] clone shares them).
#[derive(Debug)]
pub(crate) struct Metrics {
    registry: Registry,
    polls: Counter,
    deliveries: Counter,
    failures: Family<Kind, Counter>,
    fenced: Counter,
    throttle_waits: Counter,
    throttle_wait_seconds: Counter<f64, AtomicU64>,
    round_trips: Counter,
    pruned: Counter,
    webhooks: Counter,
    reconciliations: Counter,
    watermark_age: Family<Subscription, Gauge<f64, AtomicU64>>,
    unacknowledged: Family<Subscription, Gauge>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut metrics = Self {
            registry: Registry::with_prefix("stripe_fleet"),
            polls: Counter::default(),
            deliveries: Counter::default(),
            failures: Family::default(),
            fenced: Counter::default(),
            throttle_waits: Counter::default(),
            throttle_wait_seconds: Counter::default(),
            round_trips: Counter::default(),
            pruned: Counter::default(),
            webhooks: Counter::default(),
            reconciliations: Counter::default(),
            watermark_age: Family::default(),
            unacknowledged: Family::default(),
        };
        metrics.register();
        metrics
    }
}

impl Metrics {
    fn register(&mut self) {
        let r = &mut self.registry;
        r.register(
            "polls",
            "Poll steps, one Stripe list call each",
            self.polls.clone(),
        );
        r.register(
            "deliveries",
            "Objects delivered (committed into the table deliveries)",
            self.deliveries.clone(),
        );
        r.register(
            "failures",
            "Failed polls and worker steps, by kind",
            self.failures.clone(),
        );
        r.register(
            "fenced_commits",
            "Commits refused because another worker took the subscription over",
            self.fenced.clone(),
        );
        r.register(
            "throttle_waits",
            "Calls that waited for a slot under their connection's throttle",
            self.throttle_waits.clone(),
        );
        r.register(
            "throttle_wait_seconds",
            "Seconds calls waited for their throttle slots",
            self.throttle_wait_seconds.clone(),
        );
        r.register(
            "database_round_trips",
            "Statements sent to PostgreSQL by the worker",
            self.round_trips.clone(),
        );
        r.register(
            "pruned_deliveries",
            "Acknowledged deliveries deleted past the retention age",
            self.pruned.clone(),
        );
        r.register(
            "webhooks",
            "Webhooks verified and committed by this process's inbox",
            self.webhooks.clone(),
        );
        r.register(
            "reconciliations",
            "Reconciliations of a connection's events committed",
            self.reconciliations.clone(),
        );
        r.register(
            "watermark_age_seconds",
            "Seconds since the creation time up to which each subscription has delivered",
            self.watermark_age.clone(),
        );
        r.register(
            "unacknowledged",
            "Objects each subscription delivered that its slowest consumer has not acknowledged",
            self.unacknowledged.clone(),
        );
    }

    /// One statement sent to PostgreSQL.
    pub(crate) fn round_trip(&self) {
        self.round_trips.inc();
    }

    /// One poll step (a Stripe call) begun.
    pub(crate) fn poll(&self) {
        self.polls.inc();
    }

    /// A call waited `seconds` for its throttle slot.
    pub(crate) fn throttle_wait(&self, seconds: f64) {
        self.throttle_waits.inc();
        self.throttle_wait_seconds.inc_by(seconds);
    }

    /// A webhook verified and committed, which delivered `delivered` objects.
    pub(crate) fn webhook(&self, delivered: u64) {
        self.webhooks.inc();
        self.deliveries.inc_by(delivered);
    }

    /// Counts what a worker did.
    pub(crate) fn event(&self, event: &Event) {
        match event {
            Event::Committed { delivered, .. } => {
                self.deliveries
                    .inc_by(u64::try_from(*delivered).unwrap_or(u64::MAX));
            }
            Event::Reconciled { delivered, .. } => {
                self.reconciliations.inc();
                self.deliveries.inc_by(*delivered);
            }
            Event::Fenced { .. } => {
                self.fenced.inc();
            }
            Event::Pruned(pruned) => {
                self.pruned.inc_by(pruned.deleted);
            }
            Event::Failed { error, .. } => {
                self.failures
                    .get_or_create(&Kind {
                        kind: failure_kind(error),
                    })
                    .inc();
            }
        }
    }

    /// Sets each subscription's lag from `status`; subscriptions gone are forgotten.
    fn lag(&self, status: &Status) {
        self.watermark_age.clear();
        self.unacknowledged.clear();
        for s in &status.subscriptions {
            let labels = Subscription {
                subscription: s.id.to_string(),
                connection: s.connection.clone(),
                trigger: s.trigger,
            };
            if let Some(age) = s.watermark_age_seconds {
                self.watermark_age.get_or_create(&labels).set(age);
            }
            self.unacknowledged
                .get_or_create(&labels)
                .set(s.unacknowledged);
        }
    }
}

impl Fleet {
    /// This process's metrics in Prometheus' text format, each subscription's lag read from the
    /// tables now.
    pub async fn encode_metrics(&self) -> Result<String, Error> {
        let status = self.status().await?;
        self.metrics.lag(&status);
        let mut text = String::new();
        prometheus_text::encode(&mut text, &self.metrics.registry)
            .map_err(|_| Error::Input("the metrics could not be encoded".to_string()))?;
        Ok(text)
    }
}

/// The kind of a failure, as its label says it.
fn failure_kind(error: &Error) -> &'static str {
    match error {
        Error::Database(_) | Error::Pool(_) => "database",
        Error::Input(_) => "input",
        Error::Secret(_) => "secret",
        Error::Corrupt(_) => "corrupt",
        Error::Stripe(stripe_connector::Error::NotSent(_)) => "lease_lost",
        Error::Stripe(stripe_connector::Error::Transport(_)) => "stripe_unreachable",
        Error::Stripe(e) => match e.status() {
            Some(401) => "stripe_refused_key",
            Some(429) => "stripe_rate_limited",
            Some(500..=599) => "stripe_server_error",
            _ => "stripe_other",
        },
    }
}
