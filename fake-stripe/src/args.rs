//! [`FaultArgs`]: the command-line flags that switch faults on, shared by the `fake-stripe`
//! binary and `stripe-connector fake-stripe` so that both serve the fake the same way.

use std::time::Duration;

use clap::Args;

use crate::{FakeStripe, Faults};

/// The fault flags of a command that serves the fake; flatten them into a clap command with
/// `#[command(flatten)]`, then call [`apply`](Self::apply) on the started fake. The defaults
/// inject nothing.
#[derive(Args, Debug, Clone, PartialEq)]
#[command(next_help_heading = "Faults")]
pub struct FaultArgs {
    /// Fault RATE (0.0-1.0) of all requests in ways a client should survive: 40% of those answered
    /// 500, 20% answered 429, 20% dropped before and 20% after taking effect.
    ///
    /// RATE is a share of all requests: --fault-rate 0.2 faults 20% of them, 8% answered 500
    /// `api_error`, 4% answered 429 `rate_limit_error` with Retry-After: 1, 4% closed without an
    /// answer before taking effect and 4% closed without an answer after taking effect (so that a
    /// retry without the same Idempotency-Key would apply the request twice). Each request is
    /// drawn independently from the --seed RNG, so these are expected shares. Requests over
    /// --rate-limit are refused with 429 first. Cannot be combined with the four rates below.
    #[arg(
        long,
        value_name = "RATE",
        value_parser = parse_rate,
        allow_negative_numbers = true,
        conflicts_with_all = [
            "drop_rate",
            "server_error_rate",
            "too_many_requests_rate",
            "drop_after_effect_rate",
        ],
    )]
    pub fault_rate: Option<f64>,
    /// Probability (0.0-1.0) that a request's connection is closed without an answer, before the
    /// request takes effect.
    #[arg(
        long,
        value_name = "RATE",
        default_value_t = 0.0,
        value_parser = parse_rate,
        allow_negative_numbers = true
    )]
    pub drop_rate: f64,
    /// Probability (0.0-1.0) that a request not dropped is answered 500 without taking effect.
    #[arg(
        long,
        value_name = "RATE",
        default_value_t = 0.0,
        value_parser = parse_rate,
        allow_negative_numbers = true
    )]
    pub server_error_rate: f64,
    /// Probability (0.0-1.0) that a request neither dropped nor answered 500 is answered 429
    /// (Retry-After: 1) without taking effect.
    #[arg(
        long,
        value_name = "RATE",
        default_value_t = 0.0,
        value_parser = parse_rate,
        allow_negative_numbers = true
    )]
    pub too_many_requests_rate: f64,
    /// Probability (0.0-1.0) that a request which took effect has its connection closed without
    /// an answer.
    #[arg(
        long,
        value_name = "RATE",
        default_value_t = 0.0,
        value_parser = parse_rate,
        allow_negative_numbers = true
    )]
    pub drop_after_effect_rate: f64,
    /// Milliseconds added before every request is handled.
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency_ms: u64,
    /// Requests allowed per second; the rest are answered 429 `rate_limit_error`.
    #[arg(long, value_name = "N")]
    pub rate_limit: Option<u32>,
    /// Seed of the fault RNG: the same seed and flags fault the same requests in a sequence.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub seed: u64,
}

impl FaultArgs {
    /// The fault settings the flags ask for.
    pub fn faults(&self) -> Faults {
        let rates = match self.fault_rate {
            Some(rate) => Faults::at_rate(rate),
            None => Faults {
                server_error_rate: self.server_error_rate,
                too_many_requests_rate: self.too_many_requests_rate,
                drop_rate: self.drop_rate,
                drop_after_effect_rate: self.drop_after_effect_rate,
                ..Faults::default()
            },
        };
        Faults {
            latency: Duration::from_millis(self.latency_ms),
            rate_limit_per_second: self.rate_limit,
            ..rates
        }
    }

    /// Re-seeds `fake`'s fault RNG with [`seed`](Self::seed), then switches on the
    /// [`faults`](Self::faults).
    pub fn apply(&self, fake: &FakeStripe) {
        fake.reseed(self.seed);
        fake.set_faults(self.faults());
    }

    /// One line saying which faults are on, such as `faults on (seed 0): --fault-rate 0.2 (...)`,
    /// or `None` when none is.
    pub fn describe(&self) -> Option<String> {
        let mut on = Vec::new();
        match self.fault_rate {
            Some(r) if r > 0.0 => on.push(format!(
                "--fault-rate {r} ({} of requests answered 500, {} answered 429, {} dropped \
                 before taking effect, {} dropped after)",
                percent(0.4 * r),
                percent(0.2 * r),
                percent(0.2 * r),
                percent(0.2 * r),
            )),
            _ => {
                let rates = [
                    ("--drop-rate", self.drop_rate),
                    ("--server-error-rate", self.server_error_rate),
                    ("--too-many-requests-rate", self.too_many_requests_rate),
                    ("--drop-after-effect-rate", self.drop_after_effect_rate),
                ];
                for (flag, rate) in rates.into_iter().filter(|(_, rate)| *rate > 0.0) {
                    on.push(format!("{flag} {rate}"));
                }
            }
        }
        if self.latency_ms > 0 {
            on.push(format!("--latency-ms {}", self.latency_ms));
        }
        if let Some(limit) = self.rate_limit {
            on.push(format!("--rate-limit {limit}"));
        }
        (!on.is_empty()).then(|| format!("faults on (seed {}): {}", self.seed, on.join(", ")))
    }
}

/// `share` (0.0-1.0) as a percentage rounded to a tenth, such as `8%` or `0.4%`.
fn percent(share: f64) -> String {
    format!("{}%", (share * 1000.0).round() / 10.0)
}

/// A rate: a number in `0.0..=1.0`.
fn parse_rate(text: &str) -> Result<f64, String> {
    let rate: f64 = text
        .trim()
        .parse()
        .map_err(|_| "not a number; give a share of requests from 0.0 to 1.0, such as 0.2")?;
    if (0.0..=1.0).contains(&rate) {
        Ok(rate)
    } else {
        Err(format!(
            "{rate} is outside 0.0..=1.0; give a share of requests, such as 0.2 for 20%"
        ))
    }
}
