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
