//! The commit of a poll: the new objects into `deliveries` and the new checkpoint into the
//! subscription, in one statement, fenced by the lease's token, with a notification for the
//! consumers sent when it commits.

use std::time::Duration;

use deadpool_postgres::Pool;
use serde_json::Value;
use tokio_postgres::types::Json;

use crate::Error;
use crate::lease::Lease;
use crate::trigger::Found;

/// Moves subscription `$1` to state `$3` if it still holds lease `$2`, counts its `$4` new
/// objects, schedules its next poll `$5` seconds from now and releases the lease; writes the
/// objects (`$6` ids, `$7` creation times, `$8` JSON) after its last delivery, as delivered by
/// worker `$9`; and notifies channel `$10` when there are any. One statement, so one
/// transaction: all of it or none. The update comes first, and its row lock orders the commits
/// of a subscription, so positions follow commit order.
const COMMIT: &str = "
    WITH fenced AS (
        UPDATE subscriptions
        SET state = $3, delivered = delivered + $4,
            due_at = clock_timestamp() + $5::float8 * interval '1 second',
            leased_by = NULL, polls = polls + 1, polled_at = clock_timestamp(), last_error = NULL
        WHERE id = $1 AND lease_token = $2
        RETURNING id, delivered - $4 AS base
    ), written AS (
        INSERT INTO deliveries (subscription_id, position, object_id, created, object, delivered_by)
        SELECT fenced.id, fenced.base + item.n, item.object_id, item.created, item.object, $9
        FROM fenced,
             unnest($6::text[], $7::int8[], $8::jsonb[]) WITH ORDINALITY
                 AS item(object_id, created, object, n)
        RETURNING 1
    ), woken AS (
        SELECT pg_notify($10, fenced.id::text) FROM fenced WHERE $4 > 0
    )
    SELECT (SELECT count(*) FROM fenced), (SELECT count(*) FROM written),
           (SELECT count(*) FROM woken)";

/// Releases subscription `$1` after a failed poll if it still holds lease `$2`: due again `$3`
/// seconds from now, with the error `$4`.
const RELEASE: &str = "
    UPDATE subscriptions
    SET due_at = clock_timestamp() + $3::float8 * interval '1 second', leased_by = NULL,
        last_error = $4
    WHERE id = $1 AND lease_token = $2";

/// How a commit ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Committed {
    /// The objects and the checkpoint are written.
    Written {
        /// How many objects were delivered.
        delivered: usize,
    },
    /// Another worker holds the subscription now: nothing was written.
    Fenced,
}

/// Commits what the poll under `lease` found, by `worker`; the next poll is due `next` from
/// now. `channel` is where consumers listen.
pub(crate) async fn commit(
    pool: &Pool,
    lease: &Lease,
    found: Found,
    worker: &str,
    next: Duration,
    channel: &str,
) -> Result<Committed, Error> {
    let count = found.objects.len();
    let mut ids = Vec::with_capacity(count);
    let mut created = Vec::with_capacity(count);
    let mut objects: Vec<Value> = Vec::with_capacity(count);
    for object in found.objects {
        ids.push(object.id);
        created.push(object.created);
        objects.push(object.json);
    }
    let client = pool.get().await?;
    let statement = client.prepare_cached(COMMIT).await?;
    let row = client
        .query_one(
            &statement,
            &[
                &lease.subscription,
                &lease.token,
                &Json(&found.state),
                &i64::try_from(count).unwrap_or(i64::MAX),
                &next.as_secs_f64(),
                &ids,
                &created,
                &objects,
                &worker,
                &channel,
            ],
        )
        .await?;
    let fenced: i64 = row.get(0);
    Ok(match fenced {
        0 => Committed::Fenced,
        _ => Committed::Written { delivered: count },
    })
}

/// Releases `lease` after a failed poll, to be polled again `retry` from now; returns whether
/// this worker still held it (`false`: another worker has claimed it since).
pub(crate) async fn release(
    pool: &Pool,
    lease: &Lease,
    retry: Duration,
    error: &str,
) -> Result<bool, Error> {
    let client = pool.get().await?;
    let statement = client.prepare_cached(RELEASE).await?;
    let released = client
        .execute(
            &statement,
            &[
                &lease.subscription,
                &lease.token,
                &retry.as_secs_f64(),
                &error,
            ],
        )
        .await?;
    Ok(released > 0)
}
