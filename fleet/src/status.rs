//! [`Fleet::status`]: how far behind each subscription is, how much of each connection's
//! throttle is used and how its webhooks' reconciliation stands, from the tables alone, for `fleet status` and the workers' metrics.

use serde::Serialize;
use stripe_connector::PollState;
use tokio_postgres::types::Json;

use crate::{Error, Fleet, TriggerKind};

/// Each subscription's progress, against the database's clock.
const SUBSCRIPTIONS: &str = "
    SELECT s.id, c.name, s.trigger, s.state, extract(epoch FROM now())::float8,
           s.delivered - coalesce((SELECT min(k.acked) FROM cursors k
                                   WHERE k.subscription_id = s.id), 0),
           s.paused_at IS NOT NULL, c.parked IS NOT NULL, s.last_error,
           extract(epoch FROM now() - s.failing_since)::float8, s.failures, s.delivered
    FROM subscriptions s JOIN connections c ON c.id = s.connection_id ORDER BY s.id";

/// Each connection's calls reserved in the last 60 s (the throttle keeps one rule period of
/// them), its rule, and its webhook endpoint's reconciliation if it has one.
const CONNECTIONS: &str = "
    SELECT c.id, c.name, c.throttle_calls, extract(epoch FROM c.throttle_period)::float8,
           c.parked, (SELECT count(*) FROM calls k WHERE k.connection_id = c.id
                      AND k.at > clock_timestamp() - interval '60 seconds'
                      AND k.at <= clock_timestamp()),
           e.connection_id IS NOT NULL, e.stripe_id,
           extract(epoch FROM now() - e.reconciled_at)::float8, e.last_error, e.failures
    FROM connections c LEFT JOIN endpoints e ON e.connection_id = c.id ORDER BY c.id";

/// Where the fleet stands.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Status {
    /// Every connection, by id.
    pub connections: Vec<ConnectionStatus>,
    /// Every subscription, by id.
    pub subscriptions: Vec<SubscriptionStatus>,
}

/// How much of a connection's throttle is used.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ConnectionStatus {
    /// Its id.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// Calls started in the last 60 s by every worker (within the rule's period when that is
    /// shorter: the throttle keeps no older ones).
    pub calls_last_60s: i64,
    /// The rule's calls per period; 0 when it has no throttle.
    pub rule_calls: i32,
    /// The rule's period in seconds.
    pub rule_period_seconds: f64,
    /// Why it is parked, when it is.
    pub parked: Option<String>,
    /// Its webhook endpoint and the reconciliation of its events, when it has one.
    pub webhooks: Option<WebhooksStatus>,
}

/// How a connection's webhook endpoint and the reconciliation of its events stand.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WebhooksStatus {
    /// Stripe's id of the endpoint, when the fleet created it.
    pub endpoint: Option<String>,
    /// Seconds since its events were last reconciled; `None` before the first time.
    pub reconciled_seconds_ago: Option<f64>,
    /// Why the last reconciliation failed, if it did.
    pub last_error: Option<String>,
    /// How many reconciliations failed in a row.
    pub failures: i32,
}

/// How far behind a subscription is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SubscriptionStatus {
    /// Its id.
    pub id: i64,
    /// Its connection's name.
    pub connection: String,
    /// Its trigger, by the spec's name.
    pub trigger: &'static str,
    /// Seconds since the creation time up to which objects are delivered (its watermark);
    /// `None` before its first poll.
    pub watermark_age_seconds: Option<f64>,
    /// How many objects it delivered.
    pub delivered: i64,
    /// How many of them a consumer has not acknowledged yet (the slowest consumer's; all of
    /// them while no consumer has acknowledged any).
    pub unacknowledged: i64,
    /// Whether it is paused.
    pub paused: bool,
    /// Whether its connection is parked.
    pub parked: bool,
    /// Why its last poll failed, if it did.
    pub last_error: Option<String>,
    /// Seconds since its polls began to fail in a row, while they fail.
    pub failing_for_seconds: Option<f64>,
    /// How many of its polls failed in a row.
    pub failures: i32,
}

impl Fleet {
    /// Where every connection and subscription stands.
    pub async fn status(&self) -> Result<Status, Error> {
        let client = self.pool.get().await?;
        let rows = client.query(CONNECTIONS, &[]).await?;
        self.metrics.round_trip();
        let connections = rows
            .iter()
            .map(|row| ConnectionStatus {
                id: row.get(0),
                name: row.get(1),
                rule_calls: row.get(2),
                rule_period_seconds: row.get(3),
                parked: row.get(4),
                calls_last_60s: row.get(5),
                webhooks: row.get::<_, bool>(6).then(|| WebhooksStatus {
                    endpoint: row.get(7),
                    reconciled_seconds_ago: row.get(8),
                    last_error: row.get(9),
                    failures: row.get(10),
                }),
            })
            .collect();
        let rows = client.query(SUBSCRIPTIONS, &[]).await?;
        self.metrics.round_trip();
        let subscriptions = rows
            .iter()
            .map(|row| {
                let state: Option<Json<PollState>> = row.try_get(3)?;
                let now: f64 = row.get(4);
                let age = state.map(|Json(state)| now - i64::from(state.watermark()) as f64);
                Ok(SubscriptionStatus {
                    id: row.get(0),
                    connection: row.get(1),
                    trigger: TriggerKind::from_name(row.get(2))?.name(),
                    watermark_age_seconds: age.map(|age| age.max(0.0)),
                    unacknowledged: row.get(5),
                    paused: row.get(6),
                    parked: row.get(7),
                    last_error: row.get(8),
                    failing_for_seconds: row.get(9),
                    failures: row.get(10),
                    delivered: row.get(11),
                })
            })
            .collect::<Result<_, Error>>()?;
        Ok(Status {
            connections,
            subscriptions,
        })
    }
}
