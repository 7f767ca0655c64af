//! The commit of a poll's progress: the new objects into `deliveries` and the new checkpoint
//! into the subscription, in one statement, fenced by the lease's token, with a notification
//! for the consumers sent when it commits. A commit either keeps the lease (it renews it, while
//! its deadline has not passed) or ends it (the subscription is due again after a given time,
//! with the failure that ended the poll, if one did).

use std::time::Duration;

use deadpool_postgres::Pool;
use serde_json::Value;
use stripe_connector::PollState;
use tokio::time::Instant;
use tokio_postgres::types::Json;

use crate::lease::Held;
use crate::{Error, Metrics};
use stripe_connector::JsonObject;

/// Moves subscription `$1` to state `$3` (unchanged when NULL) if it still holds lease `$2`, counts its `$4` new
/// objects, and then: while `$5` (keep the lease) and the lease's deadline has not passed,
/// extends the lease to `$6` seconds from now; otherwise releases it, due again `$7` seconds
/// from now, with the error `$8` (NULL: none, and the count of failures starts again; else
/// one more failure). Writes the objects (`$9` ids, `$10` creation times, `$11` JSON) after the
/// last delivery, as delivered by worker `$12`, and notifies channel `$13` when there are any.
///
/// One statement, so one transaction: all of it or none. The lock on the subscription's row
/// comes first and orders the commits of a subscription, so positions follow commit order.
const COMMIT: &str = "
    WITH held AS (
        SELECT id, delivered AS base, due_at > clock_timestamp() AS in_time
        FROM subscriptions WHERE id = $1 AND lease_token = $2
        FOR UPDATE
    ), fenced AS (
        UPDATE subscriptions s
        SET state = coalesce($3, s.state), delivered = s.delivered + $4,
            due_at = clock_timestamp() + CASE WHEN $5 AND held.in_time THEN $6::float8
                                              ELSE $7::float8 END * interval '1 second',
            leased_by = CASE WHEN $5 AND held.in_time THEN s.leased_by END,
            failures = CASE WHEN $8::text IS NULL THEN 0 ELSE s.failures + 1 END,
            last_error = $8::text,
            failing_since = CASE WHEN $8::text IS NULL THEN NULL
                                 ELSE coalesce(s.failing_since, clock_timestamp()) END,
            polls = s.polls + 1, polled_at = clock_timestamp()
        FROM held WHERE s.id = held.id
        RETURNING s.id, held.base, held.in_time
    ), written AS (
        INSERT INTO deliveries (subscription_id, position, object_id, created, object, delivered_by)
        SELECT fenced.id, fenced.base + item.n, item.object_id, item.created, item.object, $12
        FROM fenced,
             unnest($9::text[], $10::int8[], $11::jsonb[]) WITH ORDINALITY
                 AS item(object_id, created, object, n)
        RETURNING 1
    ), woken AS (
        SELECT pg_notify($13, fenced.id::text) FROM fenced WHERE $4 > 0
    )
    SELECT (SELECT count(*) FROM fenced), (SELECT bool_and(in_time) FROM fenced),
           (SELECT count(*) FROM written), (SELECT count(*) FROM woken)";

/// What a commit does with the lease.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Then<'a> {
    /// Keeps it, renewed, to poll on.
    Keep,
    /// Releases it: the subscription is due again after this long, after a failure if one is
    /// given.
    Release {
        /// When the next poll is due, from now.
        due_in: Duration,
        /// Why the poll failed, if it did.
        failure: Option<&'a str>,
    },
}

/// How a commit ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Committed {
    /// The objects and the checkpoint are written, and the lease is still held.
    Kept,
    /// The objects and the checkpoint are written, and the lease is released (asked for, or
    /// found past its deadline).
    Released,
    /// Another worker holds the subscription now: nothing was written.
    Fenced,
}

/// Where one commit goes and what it says besides the objects.
pub(crate) struct Target<'a> {
    pub(crate) pool: &'a Pool,
    pub(crate) metrics: &'a Metrics,
    pub(crate) worker: &'a str,
    /// The channel consumers listen on.
    pub(crate) channel: &'a str,
}

/// Commits `objects` and `state` (`None`: the state stays as it is) for the poll holding
/// `held`, then does `then` with the lease.
pub(crate) async fn commit(
    target: &Target<'_>,
    held: &Held,
    objects: Vec<JsonObject>,
    state: Option<&PollState>,
    then: Then<'_>,
) -> Result<Committed, Error> {
    let count = objects.len();
    let mut ids = Vec::with_capacity(count);
    let mut created = Vec::with_capacity(count);
    let mut jsons: Vec<Value> = Vec::with_capacity(count);
    for object in objects {
        ids.push(object.id);
        created.push(object.created.unix_seconds());
        jsons.push(object.json);
    }
    let (keep, due_in, failure) = match then {
        Then::Keep => (true, Duration::ZERO, None),
        Then::Release { due_in, failure } => (false, due_in, failure),
    };
    let client = target.pool.get().await?;
    let statement = client.prepare_cached(COMMIT).await?;
    let asked_at = Instant::now();
    let row = client
        .query_one(
            &statement,
            &[
                &held.subscription,
                &held.token,
                &state.map(Json),
                &i64::try_from(count).unwrap_or(i64::MAX),
                &keep,
                &held.lease.as_secs_f64(),
                &due_in.as_secs_f64(),
                &failure,
                &ids,
                &created,
                &jsons,
                &target.worker,
                &target.channel,
            ],
        )
        .await?;
    target.metrics.round_trip();
    let fenced: i64 = row.get(0);
    let in_time: Option<bool> = row.get(1);
    Ok(match (fenced, keep && in_time == Some(true)) {
        (0, _) => {
            held.lost();
            Committed::Fenced
        }
        (_, true) => {
            held.extended(asked_at, held.lease);
            Committed::Kept
        }
        (_, false) => {
            held.lost();
            Committed::Released
        }
    })
}
