//! [`Throttle`]: at most N calls in any sliding window, callers served first come, first served.

use std::collections::VecDeque;

use tokio::sync::Mutex;
use tokio::time::{Instant, sleep_until};

use crate::metadata;

/// The original connector's rule: at most `calls` calls per connection in **any** window of
/// `period` (100 per 60 s by default, from the spec's `info.x-connector.throttle`).
///
/// It keeps the start times of the last `calls` calls. A caller waits while the window is full,
/// until the oldest of them leaves it. Waiting callers queue on a fair lock, so they are served
/// in arrival order; a caller whose future is dropped leaves the queue and takes no place.
#[derive(Debug)]
pub struct Throttle {
    rule: metadata::Throttle,
    recent: Mutex<VecDeque<Instant>>,
}

impl Throttle {
    /// A throttle enforcing `rule`.
    pub fn new(rule: metadata::Throttle) -> Self {
        Self {
            rule,
            recent: Mutex::new(VecDeque::with_capacity(rule.calls as usize)),
        }
    }

    /// The rule this throttle enforces.
    pub fn rule(&self) -> metadata::Throttle {
        self.rule
    }

    /// Waits until a call may start under the rule, and counts it as started.
    pub async fn acquire(&self) {
        let mut recent = self.recent.lock().await;
        let limit = self.rule.calls as usize;
        if limit == 0 {
            return;
        }
        let mut now = Instant::now();
        if recent.len() >= limit {
            let free_at = recent[recent.len() - limit] + self.rule.period;
            // A caller under its rule finds the window full but its oldest call gone from it:
            // no timer for that.
            if free_at > now {
                sleep_until(free_at).await;
                now = Instant::now();
            }
        }
        recent.push_back(now);
        while recent.len() > limit {
            recent.pop_front();
        }
    }
}
