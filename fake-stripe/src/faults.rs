//! Fault injection: random 500s, 429s, dropped connections (before or after the request takes
//! effect), added latency and a requests-per-second limit, drawn from a seedable RNG.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Fault settings; the default injects nothing. Rates are probabilities in `0.0..=1.0`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Faults {
    /// Share of requests answered 500 `api_error` without taking effect.
    pub server_error_rate: f64,
    /// Share of requests answered 429 (with `Retry-After: 1`) without taking effect.
    pub too_many_requests_rate: f64,
    /// Share of connections closed without a response, before the request takes effect.
    pub drop_rate: f64,
    /// Share of requests that take effect and then have their connection closed without a response.
    pub drop_after_effect_rate: f64,
    /// Delay added before every request is handled.
    pub latency: Duration,
    /// At most this many requests per second; the rest get 429 `rate_limit_error`.
    pub rate_limit_per_second: Option<u32>,
}

impl Faults {
    /// Faults on a share `rate` of requests, spread over the faults a client should survive by
    /// retrying: of all requests, `0.4 × rate` are answered 500, `0.2 × rate` answered 429,
    /// `0.2 × rate` dropped before taking effect and `0.2 × rate` dropped after taking effect,
    /// so `at_rate(0.2)` faults 20% of requests. `rate` is clamped into `0.0..=1.0` (NaN is 0).
    /// This is what `--fault-rate` sets.
    pub fn at_rate(rate: f64) -> Faults {
        let r = if rate.is_nan() {
            0.0
        } else {
            rate.clamp(0.0, 1.0)
        };
        // `FaultState::decide` draws a drop first, then a 500 among the requests not dropped,
        // then a 429 among the rest, and drops after effect only requests that took effect:
        // each rate is conditional on the draws before it, hence the divisions.
        Faults {
            drop_rate: 0.2 * r,
            server_error_rate: (0.4 * r / (1.0 - 0.2 * r)).min(1.0),
            too_many_requests_rate: (0.2 * r / (1.0 - 0.6 * r)).min(1.0),
            drop_after_effect_rate: (0.2 * r / (1.0 - 0.8 * r)).min(1.0),
            ..Faults::default()
        }
    }
}

/// What to do with a request before it reaches the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Before {
    /// Handle it normally.
    Proceed,
    /// Answer 500.
    ServerError,
    /// Answer 429 (random fault or over the rate limit).
    TooManyRequests,
    /// Close the connection without answering.
    Drop,
}

/// The decision for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    /// What happens before the request takes effect.
    pub before: Before,
    /// Whether to drop the connection after the request took effect.
    pub drop_after: bool,
    /// Delay to add first.
    pub latency: Duration,
}

/// Live fault settings plus the RNG and rate-limit window they use.
pub struct FaultState {
    config: Mutex<Faults>,
    rng: Mutex<fastrand::Rng>,
    window: Mutex<(Instant, u32)>,
}

impl FaultState {
    /// No faults, RNG seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        FaultState {
            config: Mutex::new(Faults::default()),
            rng: Mutex::new(fastrand::Rng::with_seed(seed)),
            window: Mutex::new((Instant::now(), 0)),
        }
    }

    /// Replaces the settings and starts a new rate-limit window.
    pub fn set(&self, faults: Faults) {
        *self.config.lock().expect("faults lock") = faults;
        *self.window.lock().expect("window lock") = (Instant::now(), 0);
    }

    /// The current settings.
    pub fn get(&self) -> Faults {
        self.config.lock().expect("faults lock").clone()
    }

    /// Re-seeds the RNG so the following decisions are reproducible.
    pub fn reseed(&self, seed: u64) {
        self.rng.lock().expect("rng lock").seed(seed);
    }

    /// Decides the fate of one request. Draws the same number of random values for every
    /// request, so a seed gives the same sequence of decisions whatever the rates are.
    pub fn decide(&self) -> Decision {
        let cfg = self.get();
        let (drop, err, tmr, after) = {
            let mut rng = self.rng.lock().expect("rng lock");
            (rng.f64(), rng.f64(), rng.f64(), rng.f64())
        };
        let over_limit = cfg.rate_limit_per_second.is_some_and(|max| {
            let mut w = self.window.lock().expect("window lock");
            if w.0.elapsed() >= Duration::from_secs(1) {
                *w = (Instant::now(), 0);
            }
            w.1 += 1;
            w.1 > max
        });
        let before = if over_limit {
            Before::TooManyRequests
        } else if drop < cfg.drop_rate {
            Before::Drop
        } else if err < cfg.server_error_rate {
            Before::ServerError
        } else if tmr < cfg.too_many_requests_rate {
            Before::TooManyRequests
        } else {
            Before::Proceed
        };
        Decision {
            before,
            drop_after: after < cfg.drop_after_effect_rate,
            latency: cfg.latency,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The share of `n` seeded decisions under `faults` that fall in each kind of fault:
    /// (500, 429, dropped before effect, dropped after effect).
    fn shares(faults: Faults, n: u32) -> [f64; 4] {
        let state = FaultState::new(7);
        state.set(faults);
        let mut counts = [0u32; 4];
        for _ in 0..n {
            let decision = state.decide();
            let kind = match decision.before {
                Before::ServerError => 0,
                Before::TooManyRequests => 1,
                Before::Drop => 2,
                Before::Proceed if decision.drop_after => 3,
                Before::Proceed => continue,
            };
            counts[kind] += 1;
        }
        counts.map(|c| f64::from(c) / f64::from(n))
    }

    #[test]
    fn at_rate_faults_that_share_of_requests_in_the_documented_split() {
        for rate in [0.2, 0.5, 1.0] {
            let measured = shares(Faults::at_rate(rate), 100_000);
            let expected = [0.4 * rate, 0.2 * rate, 0.2 * rate, 0.2 * rate];
            for (m, e) in measured.iter().zip(expected) {
                assert!(
                    (m - e).abs() < 0.005,
                    "at {rate}: {measured:?}, not {expected:?}"
                );
            }
        }
    }

    #[test]
    fn at_rate_clamps_its_argument() {
        assert_eq!(Faults::at_rate(0.0), Faults::default());
        assert_eq!(Faults::at_rate(f64::NAN), Faults::default());
        assert_eq!(Faults::at_rate(-1.0), Faults::default());
        assert_eq!(Faults::at_rate(7.0), Faults::at_rate(1.0));
    }
}
