//! Consumers: each reads the deliveries in order per subscription from where it acknowledged,
//! and acknowledges them; [`Consumer::follow`] waits for new ones on `LISTEN`/`NOTIFY` without
//! polling the table, and checks the table now and then in case a notification was missed.

use std::future::Future;
use std::time::Duration;

use serde_json::Value;

use crate::listen::Listener;
use crate::{Error, Fleet, TriggerKind};

/// One object delivered to a subscription.
#[derive(Clone, Debug, PartialEq)]
pub struct Delivery {
    /// The subscription it was delivered to.
    pub subscription: i64,
    /// Its place in that subscription's deliveries, from 1 and without gaps.
    pub position: i64,
    /// The name of the connection.
    pub connection: String,
    /// The trigger that delivered it.
    pub trigger: TriggerKind,
    /// Stripe's id of the object.
    pub object_id: String,
    /// When Stripe created it, in seconds since the Unix epoch.
    pub created: i64,
    /// The object, as JSON.
    pub object: Value,
}

/// The deliveries after each subscription's cursor of consumer `$1` (of subscription `$2`
/// only, when given), at most `$3`, in order per subscription.
const UNACKNOWLEDGED: &str = "
    SELECT d.subscription_id, d.position, c.name, s.trigger, d.object_id, d.created, d.object
    FROM subscriptions s
    JOIN connections c ON c.id = s.connection_id
    LEFT JOIN cursors k ON k.consumer = $1 AND k.subscription_id = s.id
    CROSS JOIN LATERAL (
        SELECT * FROM deliveries d
        WHERE d.subscription_id = s.id AND d.position > coalesce(k.acked, 0)
        ORDER BY d.position LIMIT $3
    ) d
    WHERE s.delivered > coalesce(k.acked, 0) AND ($2::int8 IS NULL OR s.id = $2)
    ORDER BY d.subscription_id, d.position
    LIMIT $3";

/// Moves consumer `$1`'s cursors of subscriptions `$2` to positions `$3`, never back.
const ACKNOWLEDGE: &str = "
    INSERT INTO cursors (consumer, subscription_id, acked)
    SELECT $1, subscription, position FROM unnest($2::int8[], $3::int8[]) AS a(subscription, position)
    ON CONFLICT (consumer, subscription_id)
    DO UPDATE SET acked = greatest(cursors.acked, excluded.acked)";

/// A named reader of the deliveries, with a cursor per subscription in the table `cursors`.
pub struct Consumer {
    fleet: Fleet,
    name: String,
    subscription: Option<i64>,
}

impl Consumer {
    /// The consumer named `name`, reading every subscription's deliveries, or only those of
    /// `subscription`.
    pub fn new(fleet: Fleet, name: &str, subscription: Option<i64>) -> Self {
        Self {
            fleet,
            name: name.to_string(),
            subscription,
        }
    }

    /// At most `limit` deliveries not acknowledged yet, in order per subscription; empty when
    /// there are none. Without an acknowledgement, the next call returns them again.
    pub async fn next_batch(&self, limit: usize) -> Result<Vec<Delivery>, Error> {
        let client = self.fleet.pool.get().await?;
        let statement = client.prepare_cached(UNACKNOWLEDGED).await?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = client
            .query(&statement, &[&self.name, &self.subscription, &limit])
            .await?;
        rows.iter()
            .map(|row| {
                Ok(Delivery {
                    subscription: row.get(0),
                    position: row.get(1),
                    connection: row.get(2),
                    trigger: TriggerKind::from_name(row.get(3))?,
                    object_id: row.get(4),
                    created: row.get(5),
                    object: row.get(6),
                })
            })
            .collect()
    }

    /// Acknowledges `batch`, as returned by [`next_batch`](Self::next_batch): none of it is
    /// returned again to this consumer.
    pub async fn ack(&self, batch: &[Delivery]) -> Result<(), Error> {
        self.acknowledge(last_positions(batch)).await
    }

    /// Acknowledges the deliveries of `subscription` up to `position`, included; the cursor
    /// never moves back.
    pub async fn ack_up_to(&self, subscription: i64, position: i64) -> Result<(), Error> {
        self.acknowledge(vec![(subscription, position)]).await
    }

    /// Moves the cursor of each subscription to its position.
    async fn acknowledge(&self, cursors: Vec<(i64, i64)>) -> Result<(), Error> {
        let (subscriptions, positions): (Vec<i64>, Vec<i64>) = cursors.into_iter().unzip();
        let client = self.fleet.pool.get().await?;
        let statement = client.prepare_cached(ACKNOWLEDGE).await?;
        client
            .execute(&statement, &[&self.name, &subscriptions, &positions])
            .await?;
        Ok(())
    }

    /// Hands each batch of at most `limit` new deliveries to `handler` and acknowledges it when
    /// the handler returns `Ok`, waiting for new ones on `LISTEN`/`NOTIFY` in between, and
    /// checking the table at least every `recheck` in case a notification was lost. Returns
    /// the handler's first error, leaving that batch unacknowledged.
    pub async fn follow<E, H, F>(
        &self,
        limit: usize,
        recheck: Duration,
        mut handler: H,
    ) -> Result<(), E>
    where
        E: From<Error>,
        H: FnMut(Vec<Delivery>) -> F,
        F: Future<Output = Result<(), E>>,
    {
        let mut listener = Listener::start(&self.fleet.database).await?;
        loop {
            let batch = self.next_batch(limit).await?;
            if batch.is_empty() {
                listener.wait(recheck).await;
                if !listener.is_listening() {
                    listener = Listener::start(&self.fleet.database).await?;
                }
                continue;
            }
            let cursors = last_positions(&batch);
            handler(batch).await?;
            self.acknowledge(cursors).await?;
        }
    }
}

/// The last position of each subscription in `batch`, which lists them in order.
fn last_positions(batch: &[Delivery]) -> Vec<(i64, i64)> {
    let mut last: Vec<(i64, i64)> = Vec::new();
    for delivery in batch {
        match last.last_mut() {
            Some((subscription, position)) if *subscription == delivery.subscription => {
                *position = (*position).max(delivery.position);
            }
            _ => last.push((delivery.subscription, delivery.position)),
        }
    }
    last
}
