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

/// The commit of a poll (see `commit_poll` in the migrations): the objects that are new to the
/// subscription, its state and what becomes of the lease, in one transaction, fenced by the
/// lease's token.
const COMMIT: &str = "SELECT * FROM commit_poll($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";

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
/// `held`, then does `then` with the lease; with how many of the objects were new (delivered
/// now rather than earlier by another path).
pub(crate) async fn commit(
    target: &Target<'_>,
    held: &Held,
    objects: Vec<JsonObject>,
    state: Option<&PollState>,
    then: Then<'_>,
) -> Result<(Committed, usize), Error> {
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
                &held.subscription(),
                &held.token,
                &state.map(Json),
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
    let held_still: bool = row.get(0);
    let in_time: Option<bool> = row.get(1);
    let written: i64 = row.get(2);
    let committed = match (held_still, keep && in_time == Some(true)) {
        (false, _) => {
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
    };
    Ok((committed, usize::try_from(written).unwrap_or_default()))
}
