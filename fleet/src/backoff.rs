//! [`Backoff`]: how long a subscription whose polls keep failing waits before the next one:
//! doubling with each failure in a row, capped, with jitter so that the subscriptions of one
//! failing account do not all come back at the same instant.

use std::time::Duration;

/// Capped exponential backoff with jitter for failed polls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    /// The wait after a first failure (1 s by default), doubled for each further one in a row.
    pub initial: Duration,
    /// The longest wait (10 minutes by default).
    pub max: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Self {
            initial: Duration::from_secs(1),
            max: Duration::from_secs(600),
        }
    }
}

impl Backoff {
    /// The wait after `failures` failures in a row (at least one): between half and all of
    /// `initial × 2^(failures - 1)`, capped at `max`.
    pub fn after(&self, failures: i32) -> Duration {
        let doublings = u32::try_from(failures.saturating_sub(1))
            .unwrap_or(0)
            .min(30);
        let full = self.initial.saturating_mul(1 << doublings).min(self.max);
        full.mul_f64(0.5 + fastrand::f64() / 2.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_with_each_failure_within_its_jitter_up_to_the_cap() {
        let backoff = Backoff {
            initial: Duration::from_secs(1),
            max: Duration::from_secs(10),
        };
        for (failures, full) in [(1, 1), (2, 2), (3, 4), (4, 8), (5, 10), (40, 10)] {
            let full = Duration::from_secs(full);
            for _ in 0..50 {
                let wait = backoff.after(failures);
                assert!(
                    wait >= full / 2 && wait <= full,
                    "{failures} failures: {wait:?} not in [{:?}, {full:?}]",
                    full / 2
                );
            }
        }
    }
}
