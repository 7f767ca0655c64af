//! The reconciliation of a connection's events: one read of `/v1/events` for every trigger of
//! the connection at once, which delivers what its webhooks missed (a listener down, a dropped
//! request). A worker claims due reconciliations with leases, as it claims subscriptions; the
//! calls wait in the connection's shared throttle. It reads a page of 100 events at a time and
//! commits the objects of each page with the cursor after it in one statement fenced by the
//! lease's token, which extends the lease while pages follow and sets the next due time after
//! the last: a backlog longer to read than a lease is caught up in parts, and a reconciliation
//! that another worker took over writes nothing.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use stripe_connector::{EventCursor, EventsRead, events_of_at_most};
use tokio::time::Instant;
use tokio_postgres::types::Json;

use crate::announce::Announcements;
use crate::commit::Target;
use crate::connections::Opened;
use crate::endpoints::event_types;
use crate::lease::{Held, Holding};
use crate::limiter::PollLimiter;
use crate::{Backoff, Error, Metrics};

/// Claims at most `$1` due reconciliations for `$2` seconds for worker `$3`.
const CLAIM: &str = "SELECT * FROM claim_reconciliations($1, $2, $3)";

/// Seconds until the next reconciliation of a connection that is not parked falls due
/// (negative when one is due already).
const NEXT_DUE: &str = "
    SELECT extract(epoch FROM min(e.due_at) - clock_timestamp())::float8
    FROM endpoints e JOIN connections c ON c.id = e.connection_id
    WHERE c.parked IS NULL";

/// Commits a reconciliation (see `commit_reconciliation` in the migrations).
const COMMIT: &str =
    "SELECT commit_reconciliation($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";

/// Commits a part of a reconciliation that goes on (see `commit_reconciliation_part`).
const COMMIT_PART: &str =
    "SELECT * FROM commit_reconciliation_part($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";

/// How much a reconciliation reads before it commits: one page of 100 events.
const ONE_PAGE: NonZeroU32 = NonZeroU32::MIN;

/// A connection's reconciliation claimed by a worker until its deadline.
#[derive(Debug)]
pub(crate) struct Claimed {
    pub(crate) connection: i64,
    cursor: EventCursor,
    token: i64,
    failures: i32,
    pub(crate) key_serial: i32,
    claimed_at: Instant,
}

/// How a worker's reconciliations go.
pub(crate) struct Rules {
    /// How long a lease lasts.
    pub(crate) lease: Duration,
    /// How long after a reconciliation the next is due.
    pub(crate) interval: Duration,
    /// How long the next waits after failures.
    pub(crate) backoff: Backoff,
    /// How long the read may take before it is abandoned.
    pub(crate) abandon_after: Duration,
}

/// How a reconciliation ended.
#[derive(Debug)]
pub(crate) enum Reconciled {
    /// Its objects and cursor are committed: this many objects were new.
    Delivered(u64),
    /// Another worker holds the reconciliation now: nothing was written.
    Fenced,
    /// The read failed; the next one backs off.
    Failed(Error),
}

/// Claims at most `limit` due reconciliations for `worker`, each for `lease`.
pub(crate) async fn claim(
    pool: &deadpool_postgres::Pool,
    metrics: &Metrics,
    worker: &str,
    limit: usize,
    lease: Duration,
) -> Result<Vec<Claimed>, Error> {
    let client = pool.get().await?;
    let statement = client.prepare_cached(CLAIM).await?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let claimed_at = Instant::now();
    let rows = client
        .query(&statement, &[&limit, &lease.as_secs_f64(), &worker])
        .await?;
    metrics.round_trip();
    rows.iter()
        .map(|row| {
            let Json(cursor): Json<EventCursor> = row
                .try_get(1)
                .map_err(|e| Error::Corrupt(format!("the events cursor does not read: {e}")))?;
            Ok(Claimed {
                connection: row.get(0),
                cursor,
                token: row.get(2),
                failures: row.get(3),
                key_serial: row.get(4),
                claimed_at,
            })
        })
        .collect()
}

/// How long until the next reconciliation falls due (zero when one is due); `None` when no
/// connection has an endpoint.
pub(crate) async fn next_due(
    pool: &deadpool_postgres::Pool,
    metrics: &Metrics,
) -> Result<Option<Duration>, Error> {
    let client = pool.get().await?;
    let statement = client.prepare_cached(NEXT_DUE).await?;
    let seconds: Option<f64> = client.query_one(&statement, &[]).await?.get(0);
    metrics.round_trip();
    Ok(seconds.map(|s| Duration::try_from_secs_f64(s).unwrap_or_default()))
}

/// Reads the events after `claimed`'s cursor through `opened` a page at a time, and commits the
/// objects they announce to the connection's subscriptions with the cursor after them: each page
/// but the last as a part that keeps the lease ([`commit_part`]), the last with the next due
/// time.
pub(crate) async fn run(
    rules: &Rules,
    target: &Target<'_>,
    claimed: &Claimed,
    opened: &Opened,
) -> Reconciled {
    let holding = Holding::Events(claimed.connection);
    let held = Arc::new(Held::on(
        holding,
        claimed.token,
        claimed.claimed_at,
        rules.lease,
    ));
    let limiter = PollLimiter::new(held.clone(), opened.throttle.clone(), None);
    let stripe = opened.stripe.with_limiter(Arc::new(limiter));
    let types = event_types();
    let mut cursor = claimed.cursor.clone();
    let mut delivered = 0;
    loop {
        target.metrics.poll();
        let read = tokio::time::timeout(
            rules.abandon_after,
            events_of_at_most(&stripe, &types, &cursor, ONE_PAGE),
        )
        .await;
        let read = match read {
            Ok(read) => read.map_err(Error::from).and_then(announcements),
            Err(_) => Err(Error::Input(format!(
                "reading the events took longer than {:?}; lengthen the lease",
                rules.abandon_after
            ))),
        };
        let (read, announced) = match read {
            Ok(read) => read,
            Err(error) => return failed(rules, target, claimed, error).await,
        };
        if !read.more {
            let done = Done {
                cursor: Some(&read.cursor),
                due_in: rules.interval,
                failure: None,
                expired: read.expired,
            };
            return match commit(target, claimed, done, announced).await {
                Ok(Some(last)) => Reconciled::Delivered(delivered + last),
                Ok(None) => Reconciled::Fenced,
                Err(error) => Reconciled::Failed(error),
            };
        }
        match commit_part(target, claimed, &held, &read.cursor, announced).await {
            Ok(Some(part)) => delivered += part,
            Ok(None) => return Reconciled::Fenced,
            Err(error) => return Reconciled::Failed(error),
        }
        cursor = read.cursor;
    }
}

/// Ends the reconciliation `claimed` with `error`: the cursor stays where the last part left
/// it, and the next one backs off.
async fn failed(rules: &Rules, target: &Target<'_>, claimed: &Claimed, error: Error) -> Reconciled {
    let message = error.to_string();
    let done = Done {
        cursor: None,
        due_in: rules.backoff.after(claimed.failures.saturating_add(1)),
        failure: Some(&message),
        expired: false,
    };
    match commit(target, claimed, done, Announcements::default()).await {
        Ok(None) => Reconciled::Fenced,
        Ok(Some(_)) => Reconciled::Failed(error),
        Err(commit_error) => Reconciled::Failed(commit_error),
    }
}

/// The objects the events of `read` announce.
fn announcements(
    read: EventsRead<stripe_connector::types::Event>,
) -> Result<(EventsRead<stripe_connector::types::Event>, Announcements), Error> {
    let mut announced = Announcements::default();
    for event in &read.items {
        announced
            .add(event)
            .map_err(|e| Error::Corrupt(format!("event {}: {e}", event.id)))?;
    }
    Ok((read, announced))
}

/// How a reconciliation ends.
struct Done<'a> {
    /// The new cursor (`None`: unchanged).
    cursor: Option<&'a EventCursor>,
    /// When the next is due, from now.
    due_in: Duration,
    /// Why it failed, if it did.
    failure: Option<&'a str>,
    /// Whether Stripe no longer kept the events after the old cursor.
    expired: bool,
}

/// Commits `announced` and `done` for the reconciliation `claimed`: how many objects were new,
/// or `None` when another worker holds it.
async fn commit(
    target: &Target<'_>,
    claimed: &Claimed,
    done: Done<'_>,
    announced: Announcements,
) -> Result<Option<u64>, Error> {
    let client = target.pool.get().await?;
    let statement = client.prepare_cached(COMMIT).await?;
    let row = client
        .query_one(
            &statement,
            &[
                &claimed.connection,
                &claimed.token,
                &done.cursor.map(Json),
                &done.due_in.as_secs_f64(),
                &done.failure,
                &done.expired,
                &announced.triggers,
                &announced.ids,
                &announced.created,
                &announced.objects,
                &target.worker,
                &target.channel,
            ],
        )
        .await?;
    target.metrics.round_trip();
    let delivered: Option<i64> = row.get(0);
    Ok(delivered.map(|n| u64::try_from(n).unwrap_or_default()))
}

/// Commits the part of reconciliation `claimed` that ends at `cursor`, with the objects
/// `announced`, and extends its lease: how many objects were new, or `None` when another worker
/// holds it.
async fn commit_part(
    target: &Target<'_>,
    claimed: &Claimed,
    held: &Held,
    cursor: &EventCursor,
    announced: Announcements,
) -> Result<Option<u64>, Error> {
    let client = target.pool.get().await?;
    let statement = client.prepare_cached(COMMIT_PART).await?;
    let asked_at = Instant::now();
    let row = client
        .query_one(
            &statement,
            &[
                &claimed.connection,
                &claimed.token,
                &Json(cursor),
                &held.lease.as_secs_f64(),
                &announced.triggers,
                &announced.ids,
                &announced.created,
                &announced.objects,
                &target.worker,
                &target.channel,
            ],
        )
        .await?;
    target.metrics.round_trip();
    let (Some(delivered), Some(left)) =
        (row.get::<_, Option<i64>>(0), row.get::<_, Option<f64>>(1))
    else {
        held.lost();
        return Ok(None);
    };
    held.extended(
        asked_at,
        Duration::try_from_secs_f64(left).unwrap_or_default(),
    );
    Ok(Some(u64::try_from(delivered).unwrap_or_default()))
}
