//! The command-line flags shared by the `fake-stripe` binary and `stripe-connector fake-stripe`,
//! so that both serve the fake the same way: [`FaultArgs`], which switch faults on, and
//! [`SetupArgs`], which seed old accounts and log the requests.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use crate::{FakeStripe, Faults, History};

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

/// The flags that set a fake up for tests over time: old accounts seeded with years of
/// history, and a log of every request; flatten them like [`FaultArgs`], then call
/// [`apply`](Self::apply) on the started fake. The defaults do neither.
#[derive(Args, Debug, Clone, PartialEq)]
#[command(next_help_heading = "Test setup")]
pub struct SetupArgs {
    /// Log every request to FILE (appended), one JSON line each: arrival time in unix seconds
    /// to the microsecond, a fingerprint of the API key (never the key), method, path, query,
    /// status (null when closed without an answer) and the client's address.
    #[arg(long, value_name = "FILE")]
    pub request_log: Option<PathBuf>,
    /// Seed the account of API key KEY with a past before serving: --history-objects objects of
    /// each kind (customers, charges, invoice items, orders, products) created over
    /// --history-years years, --history-in-one-second of them in its first second. Repeat for
    /// more accounts.
    #[arg(long, value_name = "KEY")]
    pub old_account: Vec<String>,
    /// Years of an old account's history.
    #[arg(long, value_name = "N", default_value_t = History::default().years,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub history_years: u32,
    /// Objects of each kind in an old account.
    #[arg(long, value_name = "N", default_value_t = History::default().objects)]
    pub history_objects: usize,
    /// How many of an old account's objects of each kind were created in its first second.
    #[arg(long, value_name = "N", default_value_t = History::default().in_one_second)]
    pub history_in_one_second: usize,
}

impl SetupArgs {
    /// Opens the request log and seeds the old accounts (the n-th with seed n), or says why it
    /// cannot, naming the flag.
    pub async fn apply(&self, fake: &FakeStripe) -> Result<(), String> {
        if let Some(path) = &self.request_log {
            fake.log_requests(path)
                .map_err(|e| format!("--request-log {}: cannot open it: {e}", path.display()))?;
        }
        for (n, key) in self.old_account.iter().enumerate() {
            let history = History {
                years: self.history_years,
                objects: self.history_objects,
                in_one_second: self.history_in_one_second,
                seed: n as u64,
            };
            fake.seed_history(key, &history)
                .await
                .map_err(|e| format!("--old-account: {e}"))?;
        }
        Ok(())
    }

    /// One line saying what was set up, such as `2 old accounts: 1000 objects of each kind
    /// over 5 years, 500 in the first second`, or `None` when nothing was.
    pub fn describe(&self) -> Option<String> {
        let mut done = Vec::new();
        if !self.old_account.is_empty() {
            done.push(format!(
                "{} old account(s): {} objects of each kind over {} years, {} in the first second",
                self.old_account.len(),
                self.history_objects,
                self.history_years,
                self.history_in_one_second
            ));
        }
        if let Some(path) = &self.request_log {
            done.push(format!("requests logged to {}", path.display()));
        }
        (!done.is_empty()).then(|| done.join("; "))
    }
}
