//! The fake's settable clock: real time until set, then frozen at the set value; and the time
//! a backdated creation ([`backdated`]) sees instead, for seeding an account's past.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

/// A shared clock in unix seconds. It follows real time until [`Clock::set_time`] or
/// [`Clock::advance`] freezes it; [`Clock::resume_real_time`] unfreezes it.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    frozen: Arc<Mutex<Option<i64>>>,
}

tokio::task_local! {
    /// The time the handlers of a backdated creation see as now.
    static BACKDATED: i64;
}

/// Runs `create` (a request to the router) as if the clock said `unix_seconds`: every handler
/// it reaches stamps that time. Only this task sees it; the clock itself does not move, so
/// requests served meanwhile see the real time.
pub(crate) async fn backdated<F: Future>(unix_seconds: i64, create: F) -> F::Output {
    BACKDATED.scope(unix_seconds, create).await
}

fn real_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

impl Clock {
    /// The current time in unix seconds.
    pub fn now(&self) -> i64 {
        if let Ok(past) = BACKDATED.try_with(|past| *past) {
            return past;
        }
        self.frozen
            .lock()
            .expect("clock lock")
            .unwrap_or_else(real_now)
    }

    /// Freezes the clock at `unix_seconds`.
    pub fn set_time(&self, unix_seconds: i64) {
        *self.frozen.lock().expect("clock lock") = Some(unix_seconds);
    }

    /// Moves the clock by `secs` (may be negative) and freezes it there.
    pub fn advance(&self, secs: i64) {
        let mut f = self.frozen.lock().expect("clock lock");
        *f = Some(f.unwrap_or_else(real_now) + secs);
    }

    /// Lets the clock follow real time again.
    pub fn resume_real_time(&self) {
        *self.frozen.lock().expect("clock lock") = None;
    }
}
