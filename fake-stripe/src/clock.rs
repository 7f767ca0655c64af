//! The fake's settable clock: real time until set, then frozen at the set value.

use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

/// A shared clock in unix seconds. It follows real time until [`Clock::set_time`] or
/// [`Clock::advance`] freezes it; [`Clock::resume_real_time`] unfreezes it.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    frozen: Arc<Mutex<Option<i64>>>,
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
