//! Leases: a worker claims due subscriptions with `FOR UPDATE SKIP LOCKED`, each with a
//! deadline and a fencing token from a sequence; a commit must present the token, so a worker
//! that paused past its lease commits nothing once another has claimed the subscription.

use std::time::Duration;

use deadpool_postgres::Pool;
use stripe_connector::PollState;
use tokio_postgres::types::Json;

use crate::{Error, TriggerKind};

/// Claims at most `$1` due subscriptions, oldest due first, for worker `$3`, for `$2` seconds:
/// their `due_at` becomes the lease's deadline, so that they fall due again, for any worker,
/// when it runs out.
const CLAIM: &str = "
    WITH due AS (
        SELECT id FROM subscriptions
        WHERE due_at <= clock_timestamp()
        ORDER BY due_at
        LIMIT $1
        FOR UPDATE SKIP LOCKED
    )
    UPDATE subscriptions s
    SET due_at = clock_timestamp() + $2::float8 * interval '1 second',
        lease_token = nextval('lease_tokens'),
        leased_by = $3
    FROM due WHERE s.id = due.id
    RETURNING s.id, s.connection_id, s.trigger, s.state, s.lease_token";

/// Seconds until the next subscription falls due (negative when one is due already).
const NEXT_DUE: &str =
    "SELECT extract(epoch FROM min(due_at) - clock_timestamp())::float8 FROM subscriptions";

/// A subscription claimed by a worker until its deadline.
#[derive(Debug)]
pub(crate) struct Lease {
    pub(crate) subscription: i64,
    pub(crate) connection: i64,
    pub(crate) trigger: TriggerKind,
    pub(crate) state: Option<PollState>,
    /// The fencing token: the commit presents it.
    pub(crate) token: i64,
}

/// Claims at most `limit` due subscriptions for `worker`, each for `lease`.
pub(crate) async fn claim(
    pool: &Pool,
    worker: &str,
    limit: usize,
    lease: Duration,
) -> Result<Vec<Lease>, Error> {
    let client = pool.get().await?;
    let statement = client.prepare_cached(CLAIM).await?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = client
        .query(&statement, &[&limit, &lease.as_secs_f64(), &worker])
        .await?;
    rows.iter()
        .map(|row| {
            let state: Option<Json<PollState>> = row.try_get(3)?;
            Ok(Lease {
                subscription: row.get(0),
                connection: row.get(1),
                trigger: TriggerKind::from_name(row.get(2))?,
                state: state.map(|Json(state)| state),
                token: row.get(4),
            })
        })
        .collect()
}

/// How long until the next subscription falls due (zero when one is due); `None` when there is
/// no subscription at all.
pub(crate) async fn next_due(pool: &Pool) -> Result<Option<Duration>, Error> {
    let client = pool.get().await?;
    let statement = client.prepare_cached(NEXT_DUE).await?;
    let seconds: Option<f64> = client.query_one(&statement, &[]).await?.get(0);
    Ok(seconds.map(|s| Duration::try_from_secs_f64(s).unwrap_or_default()))
}
