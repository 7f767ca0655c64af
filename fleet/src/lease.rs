//! Leases: a worker claims due subscriptions with `FOR UPDATE SKIP LOCKED`, each with a
//! deadline and a fencing token from a sequence; a commit must present the token, so a worker
//! that paused past its lease commits nothing once another has claimed the subscription.
//!
//! [`Held`] is what a poll knows of its lease while it works: a local deadline that is never
//! later than the database's (each is counted from before the statement that set it), and
//! whether the poll has made progress since the lease was last extended.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use deadpool_postgres::Pool;
use stripe_connector::{PollState, Refused};
use tokio::time::Instant;
use tokio_postgres::types::Json;

use crate::limiter::Slot;
use crate::{Error, Metrics, TriggerKind};

/// Claims at most `$1` due subscriptions for `$2` seconds for worker `$3`, and reserves the
/// first call of each (see `claim_due` in the migrations); tells of each whether its connection
/// has a webhook endpoint.
const CLAIM: &str = "
    SELECT d.*, EXISTS (SELECT 1 FROM endpoints e WHERE e.connection_id = d.connection_id)
    FROM claim_due($1, $2, $3) d";

/// Seconds until the next subscription that is not paused, of a connection that is not parked,
/// falls due (negative when one is due already).
const NEXT_DUE: &str = "
    SELECT extract(epoch FROM min(s.due_at) - clock_timestamp())::float8
    FROM subscriptions s JOIN connections c ON c.id = s.connection_id
    WHERE c.parked IS NULL AND s.paused_at IS NULL";

/// A subscription claimed by a worker until its deadline.
#[derive(Debug)]
pub(crate) struct Lease {
    pub(crate) subscription: i64,
    pub(crate) connection: i64,
    pub(crate) trigger: TriggerKind,
    pub(crate) state: Option<PollState>,
    /// The fencing token: the commit presents it.
    pub(crate) token: i64,
    /// How many polls of the subscription failed in a row before this one.
    pub(crate) failures: i32,
    /// Which key of the connection is current: a worker's opened key with another is stale.
    pub(crate) key_serial: i32,
    /// When the claim was asked for: the lease runs at least `lease` from then.
    pub(crate) claimed_at: Instant,
    /// The slot the claim reserved for the first call, when the connection has a throttle.
    pub(crate) first_slot: Option<Slot>,
    /// Whether the connection has a webhook endpoint: its objects come from webhooks and a
    /// reconciliation, and the list is polled only now and then.
    pub(crate) webhooks: bool,
}

/// Claims at most `limit` due subscriptions for `worker`, each for `lease`.
pub(crate) async fn claim(
    pool: &Pool,
    metrics: &Metrics,
    worker: &str,
    limit: usize,
    lease: Duration,
) -> Result<Vec<Lease>, Error> {
    let client = pool.get().await?;
    let statement = client.prepare_cached(CLAIM).await?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let claimed_at = Instant::now();
    let rows = client
        .query(&statement, &[&limit, &lease.as_secs_f64(), &worker])
        .await?;
    metrics.round_trip();
    let answered_at = Instant::now();
    rows.iter()
        .map(|row| {
            let state: Option<Json<PollState>> = row.try_get(3)?;
            Ok(Lease {
                subscription: row.get(0),
                connection: row.get(1),
                trigger: TriggerKind::from_name(row.get(2))?,
                state: state.map(|Json(state)| state),
                token: row.get(4),
                failures: row.get(5),
                key_serial: row.get(6),
                claimed_at,
                first_slot: Slot::answered(
                    claimed_at,
                    answered_at,
                    row.get(7),
                    row.get(8),
                    row.get(9),
                ),
                webhooks: row.get(10),
            })
        })
        .collect()
}

/// How long until the next subscription falls due (zero when one is due); `None` when there is
/// no subscription at all.
pub(crate) async fn next_due(pool: &Pool, metrics: &Metrics) -> Result<Option<Duration>, Error> {
    let client = pool.get().await?;
    let statement = client.prepare_cached(NEXT_DUE).await?;
    let seconds: Option<f64> = client.query_one(&statement, &[]).await?.get(0);
    metrics.round_trip();
    Ok(seconds.map(|s| Duration::try_from_secs_f64(s).unwrap_or_default()))
}

/// What a lease is on: a subscription's polls, or the reconciliation of a connection's events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holding {
    /// The subscription with this id.
    Subscription(i64),
    /// The endpoint of the connection with this id.
    Events(i64),
}

impl std::fmt::Display for Holding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Subscription(id) => write!(f, "subscription {id}"),
            Self::Events(connection) => write!(f, "the events of connection {connection}"),
        }
    }
}

/// What a poll or a reconciliation knows of its lease, shared with the limiter its calls wait
/// in.
#[derive(Debug)]
pub(crate) struct Held {
    pub(crate) holding: Holding,
    pub(crate) token: i64,
    /// How long a lease or a renewal lasts.
    pub(crate) lease: Duration,
    /// Never later than the database's deadline; `None` once the lease is known lost.
    deadline: Mutex<Option<Instant>>,
    /// Whether a call succeeded since the lease was last extended.
    progress: AtomicBool,
}

impl Held {
    /// The lease of `lease`, which lasts `duration` from its claim.
    pub(crate) fn new(lease: &Lease, duration: Duration) -> Self {
        let holding = Holding::Subscription(lease.subscription);
        Self::on(holding, lease.token, lease.claimed_at, duration)
    }

    /// The lease with `token` on `holding`, claimed at `claimed_at` for `duration`.
    pub(crate) fn on(
        holding: Holding,
        token: i64,
        claimed_at: Instant,
        duration: Duration,
    ) -> Self {
        Self {
            holding,
            token,
            lease: duration,
            deadline: Mutex::new(Some(claimed_at + duration)),
            progress: AtomicBool::new(false),
        }
    }

    /// The subscription leased, if the lease is on one.
    pub(crate) fn subscription(&self) -> Option<i64> {
        match self.holding {
            Holding::Subscription(id) => Some(id),
            Holding::Events(_) => None,
        }
    }

    /// `Ok` while the lease is held by the local clock; the refusal of a call otherwise.
    pub(crate) fn check(&self) -> Result<(), Refused> {
        match *self.deadline() {
            Some(deadline) if Instant::now() < deadline => Ok(()),
            Some(_) => Err(Refused(format!(
                "the lease of {} ran out before this call",
                self.holding
            ))),
            None => Err(Refused(format!(
                "the lease of {} is lost: another worker holds it, or its deadline passed",
                self.holding
            ))),
        }
    }

    /// How long the lease has left by the local clock (zero once lost).
    pub(crate) fn left(&self) -> Duration {
        self.deadline().map_or(Duration::ZERO, |deadline| {
            deadline.saturating_duration_since(Instant::now())
        })
    }

    /// The database extended the lease to `left` after `asked_at`, when the statement that
    /// did it was sent.
    pub(crate) fn extended(&self, asked_at: Instant, left: Duration) {
        let mut deadline = self.deadline();
        if let Some(current) = deadline.as_mut() {
            *current = (*current).max(asked_at + left);
        }
    }

    /// The database says the lease is lost.
    pub(crate) fn lost(&self) {
        *self.deadline() = None;
    }

    /// Notes a call that succeeded: the next reservation extends the lease.
    pub(crate) fn progressed(&self) {
        self.progress.store(true, Ordering::Relaxed);
    }

    /// Whether a call succeeded since the last extension; forgets it.
    pub(crate) fn take_progress(&self) -> bool {
        self.progress.swap(false, Ordering::Relaxed)
    }

    fn deadline(&self) -> std::sync::MutexGuard<'_, Option<Instant>> {
        self.deadline.lock().unwrap_or_else(|e| e.into_inner())
    }
}
