//! [`PollLimiter`]: what each call of one poll waits in before it is sent. It refuses the call
//! once the poll's lease is lost, and reserves the call's start under the connection's throttle,
//! counted in PostgreSQL so that every worker's calls on that connection share one window.
//!
//! Calls made without a lease ([`UnleasedLimiter`]) reserve under the same throttle.
//!
//! A reservation is used on time or not at all: a call that wakes later than its slot by more
//! than the tolerance (a worker frozen between the reservation and the slot) moves its
//! reservation to a new slot instead of sending late, and checks its lease again after waking.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use deadpool_postgres::Pool;
use stripe_connector::{Limiter, Refused};
use tokio::time::Instant;

use crate::lease::Held;
use crate::{Error, Metrics};

/// How long to wait before trying again when the database cannot be reached.
const UNREACHABLE_BACKOFF: Duration = Duration::from_millis(500);

/// One connection's throttle, shared by every worker through the table `calls`.
#[derive(Clone)]
pub(crate) struct SharedThrottle {
    pool: Pool,
    metrics: Arc<Metrics>,
    connection: i64,
}

impl std::fmt::Debug for SharedThrottle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedThrottle")
            .field("connection", &self.connection)
            .finish_non_exhaustive()
    }
}

/// A start time reserved for one call.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Slot {
    /// The slot as the database wrote it: what a move names.
    at: SystemTime,
    /// When the call may start by the local clock: the answer's arrival plus the wait the
    /// database answered, never before the slot.
    start: Instant,
    /// When the call may start at the latest: the request's sending plus the wait (never
    /// after the slot) plus the tolerance. A round trip longer than the tolerance leaves no
    /// time at all, and the call reserves again.
    latest: Instant,
}

impl Slot {
    /// The slot the database answered, `wait` seconds after its clock read it, to a request
    /// sent at `asked_at` and answered at `answered_at`; `None` when it answered none.
    pub(crate) fn answered(
        asked_at: Instant,
        answered_at: Instant,
        wait: Option<f64>,
        tolerance: Option<f64>,
        at: Option<SystemTime>,
    ) -> Option<Self> {
        let seconds = |s: f64| Duration::try_from_secs_f64(s).unwrap_or_default();
        let (wait, tolerance) = (seconds(wait?), seconds(tolerance?));
        Some(Self {
            at: at?,
            start: answered_at + wait,
            latest: asked_at + wait + tolerance,
        })
    }
}

impl SharedThrottle {
    /// The throttle of the connection with id `connection`.
    pub(crate) fn new(pool: Pool, metrics: Arc<Metrics>, connection: i64) -> Self {
        Self {
            pool,
            metrics,
            connection,
        }
    }

    /// Reserves the next start time for a call of the poll holding `held`, extending its lease
    /// when the poll has progressed, moving `moved` if given. `None` when the lease is lost.
    async fn reserve(&self, held: &Held, moved: Option<Slot>) -> Result<Option<Slot>, Error> {
        let client = self.pool.get().await?;
        let statement = client
            .prepare_cached("SELECT * FROM reserve_slot($1, $2, $3, $4, $5)")
            .await?;
        let renew = held.take_progress().then_some(held.lease.as_secs_f64());
        let asked_at = Instant::now();
        let row = client
            .query_one(
                &statement,
                &[
                    &self.connection,
                    &held.subscription(),
                    &held.token,
                    &renew,
                    &moved.map(|slot| slot.at),
                ],
            )
            .await?;
        self.metrics.round_trip();
        let answered_at = Instant::now();
        let slot = Slot::answered(asked_at, answered_at, row.get(0), row.get(1), row.get(2));
        let (Some(slot), Some(left)) = (slot, row.get::<_, Option<f64>>(3)) else {
            held.lost();
            return Ok(None);
        };
        held.extended(
            asked_at,
            Duration::try_from_secs_f64(left).unwrap_or_default(),
        );
        Ok(Some(slot))
    }

    /// Reserves the next start time for a call made without a lease, moving `moved` if given;
    /// a call whose slot cannot be reserved is refused, never sent uncounted.
    async fn reserve_unleased(&self, moved: Option<Slot>) -> Result<Slot, Refused> {
        let refused = |error: Error| {
            Refused(format!(
                "cannot reserve a call under the connection's throttle: {error}"
            ))
        };
        let client = self.pool.get().await.map_err(|e| refused(e.into()))?;
        let asked_at = Instant::now();
        let row = client
            .query_one(
                "SELECT * FROM reserve_unleased_slot($1, $2)",
                &[&self.connection, &moved.map(|slot| slot.at)],
            )
            .await
            .map_err(|e| refused(e.into()))?;
        self.metrics.round_trip();
        Slot::answered(asked_at, Instant::now(), row.get(0), row.get(1), row.get(2))
            .ok_or_else(|| Refused("the database reserved no slot for the call".to_string()))
    }

    /// Reserves, trying again while the database cannot be reached: no call leaves uncounted.
    async fn reserve_patiently(&self, held: &Held, moved: Option<Slot>) -> Result<Slot, Refused> {
        loop {
            held.check()?;
            match self.reserve(held, moved).await {
                Ok(Some(slot)) => return Ok(slot),
                Ok(None) => return Err(lost(held)),
                Err(error) => {
                    tracing::warn!(connection = self.connection, %error, "cannot reserve a call; trying again");
                    tokio::time::sleep(UNREACHABLE_BACKOFF).await;
                }
            }
        }
    }
}

/// The refusal of a call whose lease the database says is lost.
fn lost(held: &Held) -> Refused {
    held.check()
        .err()
        .unwrap_or_else(|| Refused(format!("the lease of {} is lost", held.holding)))
}

/// The limiter of one poll's calls: its lease, and its connection's throttle when it has one.
#[derive(Debug)]
pub(crate) struct PollLimiter {
    held: Arc<Held>,
    throttle: Option<SharedThrottle>,
    /// The slot the claim reserved, for the first call.
    first_slot: std::sync::Mutex<Option<Slot>>,
}

impl PollLimiter {
    /// The limiter of the poll holding `held`, under `throttle` when the connection has one;
    /// its first call takes `first_slot`, reserved by the claim, when given.
    pub(crate) fn new(
        held: Arc<Held>,
        throttle: Option<SharedThrottle>,
        first_slot: Option<Slot>,
    ) -> Self {
        Self {
            held,
            throttle,
            first_slot: std::sync::Mutex::new(first_slot),
        }
    }

    /// The slot reserved by the claim, once.
    fn take_first_slot(&self) -> Option<Slot> {
        self.first_slot
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }

    /// Waits for a slot under `throttle` and uses it on time; the poll's first call takes the
    /// slot its claim reserved.
    async fn wait_for_slot(&self, throttle: &SharedThrottle) -> Result<(), Refused> {
        let reserve = |moved| throttle.reserve_patiently(&self.held, moved);
        use_on_time(throttle, self.take_first_slot(), reserve, || {
            self.held.check()
        })
        .await
    }
}

/// Waits for `reserved`, or for a slot `reserve` reserves (moving the slot it is given, one
/// woken for too late), and uses it on time: when it woke too late, it reserves again instead.
/// `check` runs on every waking, before the call may go.
async fn use_on_time<F, Fut>(
    throttle: &SharedThrottle,
    mut reserved: Option<Slot>,
    mut reserve: F,
    check: impl Fn() -> Result<(), Refused>,
) -> Result<(), Refused>
where
    F: FnMut(Option<Slot>) -> Fut,
    Fut: Future<Output = Result<Slot, Refused>>,
{
    let mut moved = None;
    loop {
        let slot = match reserved.take() {
            Some(slot) => slot,
            None => reserve(moved).await?,
        };
        let wait = slot.start.saturating_duration_since(Instant::now());
        if !wait.is_zero() {
            throttle.metrics.throttle_wait(wait.as_secs_f64());
        }
        tokio::time::sleep_until(slot.start).await;
        check()?;
        if Instant::now() <= slot.latest {
            return Ok(());
        }
        tracing::warn!(
            connection = throttle.connection,
            late_ms = Instant::now()
                .saturating_duration_since(slot.latest)
                .as_millis() as u64,
            "woke too late for a reserved slot; reserving again instead of sending late"
        );
        moved = Some(slot);
    }
}

impl Limiter for PollLimiter {
    fn acquire(&self) -> Pin<Box<dyn Future<Output = Result<(), Refused>> + Send + '_>> {
        Box::pin(async move {
            self.held.check()?;
            match &self.throttle {
                Some(throttle) => self.wait_for_slot(throttle).await,
                None => Ok(()),
            }
        })
    }
}

/// The limiter of calls made without a lease (reading the events and making or deleting a
/// webhook endpoint, from the command line): the connection's shared throttle alone.
#[derive(Debug)]
pub(crate) struct UnleasedLimiter(pub(crate) SharedThrottle);

impl Limiter for UnleasedLimiter {
    fn acquire(&self) -> Pin<Box<dyn Future<Output = Result<(), Refused>> + Send + '_>> {
        let reserve = |moved| self.0.reserve_unleased(moved);
        Box::pin(use_on_time(&self.0, None, reserve, || Ok(())))
    }
}
