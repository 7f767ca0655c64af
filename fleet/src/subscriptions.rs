//! Subscriptions: one trigger of one connection, with its checkpoint, as the workers share them.

use stripe_connector::{PollState, Start, Timestamp};
use tokio_postgres::types::Json;

use crate::{Error, Fleet, TriggerKind};

/// What a subscription is and how far it has come, as listed.
#[derive(Clone, Debug, PartialEq)]
pub struct SubscriptionInfo {
    /// Its id in the table.
    pub id: i64,
    /// The name of its connection.
    pub connection: String,
    /// Its trigger.
    pub trigger: TriggerKind,
    /// How many objects it has delivered.
    pub delivered: i64,
    /// How many polls it has committed.
    pub polls: i64,
    /// The creation time up to which objects have been delivered, once it has started.
    pub watermark: Option<Timestamp>,
    /// Why its last poll failed, if it did.
    pub last_error: Option<String>,
    /// How many of its polls failed in a row: the next waits for the worker's backoff.
    pub failures: i32,
    /// Why its connection is parked, when it is: it is not polled until the key is replaced.
    pub parked: Option<String>,
    /// Whether it is paused ([`Fleet::pause`]): it is not polled until resumed.
    pub paused: bool,
}

impl Fleet {
    /// Subscribes the connection named `connection` to `trigger`, starting at `start` (used
    /// only by a new subscription); returns its id. Subscribing again returns the same id.
    pub async fn subscribe(
        &self,
        connection: &str,
        trigger: TriggerKind,
        start: Start,
    ) -> Result<i64, Error> {
        let state = match start {
            Start::Now => None,
            Start::Beginning => Some(Json(PollState::from_beginning())),
            Start::At(time) => Some(Json(PollState::from_time(time))),
        };
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                "WITH owner AS (SELECT id FROM connections WHERE name = $1),
                 added AS (
                     INSERT INTO subscriptions (connection_id, trigger, state)
                     SELECT id, $2, $3 FROM owner
                     ON CONFLICT (connection_id, trigger) DO NOTHING RETURNING id
                 )
                 SELECT id FROM added
                 UNION ALL
                 SELECT s.id FROM subscriptions s JOIN owner ON s.connection_id = owner.id
                 WHERE s.trigger = $2",
                &[&connection, &trigger.name(), &state],
            )
            .await?;
        let row = row.ok_or_else(|| {
            Error::Input(format!(
                "no connection named {connection:?}; add it first with `fleet add-connection`"
            ))
        })?;
        Ok(row.get(0))
    }

    /// Every subscription, by id.
    pub async fn subscriptions(&self) -> Result<Vec<SubscriptionInfo>, Error> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT s.id, c.name, s.trigger, s.delivered, s.polls, s.state, s.last_error,
                        s.failures, c.parked, s.paused_at IS NOT NULL
                 FROM subscriptions s JOIN connections c ON c.id = s.connection_id ORDER BY s.id",
                &[],
            )
            .await?;
        rows.iter()
            .map(|row| {
                let state: Option<Json<PollState>> = row.try_get(5)?;
                Ok(SubscriptionInfo {
                    id: row.get(0),
                    connection: row.get(1),
                    trigger: TriggerKind::from_name(row.get(2))?,
                    delivered: row.get(3),
                    polls: row.get(4),
                    watermark: state.map(|Json(state)| state.watermark()),
                    last_error: row.get(6),
                    failures: row.get(7),
                    parked: row.get(8),
                    paused: row.get(9),
                })
            })
            .collect()
    }
}
