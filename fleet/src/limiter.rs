//! [`SharedThrottle`]: one connection's throttle counted in PostgreSQL, so that every worker's
//! calls on that connection share one window, first come first served.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use deadpool_postgres::Pool;
use stripe_connector::{Limiter, Refused};

use crate::Error;

/// How long to wait before trying again when the database cannot be reached.
const UNREACHABLE_BACKOFF: Duration = Duration::from_millis(500);

/// The throttle of one connection, shared by every worker through the table `calls`.
///
/// Each call reserves its start time with one statement (`reserve_call`): the connection's row
/// lock queues the callers of all workers in arrival order, and the database's clock alone says
/// when the window has room. The caller then waits until its reserved time. When the database
/// cannot be reached the call waits and tries again: no call leaves uncounted.
#[derive(Clone)]
pub(crate) struct SharedThrottle {
    pool: Pool,
    connection: i64,
}

impl std::fmt::Debug for SharedThrottle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedThrottle")
            .field("connection", &self.connection)
            .finish_non_exhaustive()
    }
}

impl SharedThrottle {
    /// The throttle of the connection with id `connection`.
    pub(crate) fn new(pool: Pool, connection: i64) -> Self {
        Self { pool, connection }
    }

    /// Reserves the next start time; how long from now it is.
    async fn reserve(&self) -> Result<Duration, Error> {
        let client = self.pool.get().await?;
        let statement = client.prepare_cached("SELECT reserve_call($1)").await?;
        let seconds: f64 = client
            .query_one(&statement, &[&self.connection])
            .await?
            .get(0);
        Ok(Duration::try_from_secs_f64(seconds).unwrap_or_default())
    }
}

impl Limiter for SharedThrottle {
    fn acquire(&self) -> Pin<Box<dyn Future<Output = Result<(), Refused>> + Send + '_>> {
        Box::pin(async move {
            loop {
                match self.reserve().await {
                    Ok(wait) => {
                        tokio::time::sleep(wait).await;
                        return Ok(());
                    }
                    Err(error) => {
                        tracing::warn!(connection = self.connection, %error, "cannot reserve a call; trying again");
                        tokio::time::sleep(UNREACHABLE_BACKOFF).await;
                    }
                }
            }
        })
    }
}
