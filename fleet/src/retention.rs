//! Retention: deliveries that every consumer acknowledged and that are older than the
//! retention age are deleted, in batches of a bounded number of rows, one statement (so one
//! short transaction) each. A commit only inserts deliveries after the last position and locks
//! its subscription's row, which pruning never locks, so pruning holds a commit up by at most
//! one batch's work on the table's indexes.
//!
//! A delivery counts as acknowledged once every consumer with a cursor on its subscription
//! (one that has acknowledged any of its deliveries) has acknowledged it; deliveries no
//! consumer has acknowledged are kept, however old.

use std::time::Duration;

use tokio::time::Instant;

use crate::{Error, Fleet};

/// The most rows one pruning statement deletes.
pub const PRUNE_BATCH: i64 = 1_000;

/// Deletes at most `$2` deliveries acknowledged by every consumer of their subscription and
/// delivered more than `$1` seconds ago; rows another pruner holds are skipped.
const PRUNE: &str = "
    WITH acked AS (
        SELECT subscription_id, min(acked) AS upto FROM cursors GROUP BY subscription_id
    ), doomed AS (
        SELECT d.subscription_id, d.position FROM acked
        CROSS JOIN LATERAL (
            SELECT d.subscription_id, d.position FROM deliveries d
            WHERE d.subscription_id = acked.subscription_id AND d.position <= acked.upto
              AND d.delivered_at < clock_timestamp() - $1 * interval '1 second'
            ORDER BY d.position LIMIT $2
            FOR UPDATE SKIP LOCKED
        ) d
        LIMIT $2
    )
    DELETE FROM deliveries d USING doomed
    WHERE d.subscription_id = doomed.subscription_id AND d.position = doomed.position";

/// What one pruning did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pruned {
    /// Rows deleted.
    pub deleted: u64,
    /// Statements run, each deleting at most its batch.
    pub batches: u32,
    /// The longest statement.
    pub longest: Duration,
}

impl Fleet {
    /// Deletes the deliveries acknowledged by every consumer and delivered more than
    /// `retention` ago, `batch` rows (at least one) per statement, until none is left.
    pub async fn prune(&self, retention: Duration, batch: i64) -> Result<Pruned, Error> {
        let client = self.pool.get().await?;
        let statement = client.prepare_cached(PRUNE).await?;
        let batch = batch.max(1);
        let mut pruned = Pruned::default();
        loop {
            let started = Instant::now();
            let deleted = client
                .execute(&statement, &[&retention.as_secs_f64(), &batch])
                .await?;
            self.metrics.round_trip();
            pruned.batches += 1;
            pruned.deleted += deleted;
            pruned.longest = pruned.longest.max(started.elapsed());
            if deleted < u64::try_from(batch).unwrap_or(u64::MAX) {
                return Ok(pruned);
            }
        }
    }
}
