//! [`RetryPolicy`]: which failed calls are tried again, and after how long, as Stripe's SDKs do.

use std::time::Duration;

use reqwest::{Response, StatusCode};

/// When and how often a failed call is tried again.
///
/// Like Stripe's official SDKs: connection errors, 409, 429 and 5xx are retried with exponential
/// backoff and jitter; `Retry-After` is honoured up to [`max_retry_after`](Self::max_retry_after);
/// `Stripe-Should-Retry: false` stops retrying and `true` forces it on a failure; other 4xx and
/// every success are final.
/// A retried POST keeps its `Idempotency-Key`, so Stripe applies it at most once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// How many times a call is tried again after its first attempt (2 by default).
    pub max_retries: u32,
    /// The wait before the first retry, doubled for each further one (0.5 s by default).
    pub initial_backoff: Duration,
    /// The longest computed wait (5 s by default).
    pub max_backoff: Duration,
    /// The longest `Retry-After` honoured; a longer one ends the retries (60 s by default).
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_retries: 2,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(5),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> Self {
        Self {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// How long to wait before retrying after `retries_so_far` retries ended in `outcome`, or
    /// `None` when the outcome is final.
    pub(crate) fn delay(
        &self,
        retries_so_far: u32,
        outcome: &reqwest::Result<Response>,
    ) -> Option<Duration> {
        if retries_so_far >= self.max_retries {
            return None;
        }
        let retry = match outcome {
            Err(_) => true,
            // A success is final: its headers are not read.
            Ok(response) if response.status().is_success() => false,
            Ok(response) => {
                should_retry_header(response).unwrap_or_else(|| is_retryable(response.status()))
            }
        };
        if !retry {
            return None;
        }
        let backoff = self.backoff(retries_so_far);
        match outcome {
            Ok(response) => self.honour_retry_after(response, backoff),
            Err(_) => Some(backoff),
        }
    }

    /// Exponential backoff with jitter: between half and all of `initial * 2^n`, capped.
    fn backoff(&self, retries_so_far: u32) -> Duration {
        let exponential = self
            .initial_backoff
            .saturating_mul(1 << retries_so_far.min(16));
        let capped = exponential.min(self.max_backoff);
        capped.mul_f64(0.5 + fastrand::f64() / 2.0)
    }

    /// The longer of `backoff` and the response's `Retry-After`; `None` when the server asks for
    /// a longer wait than this policy accepts.
    fn honour_retry_after(&self, response: &Response, backoff: Duration) -> Option<Duration> {
        match retry_after(response) {
            Some(wait) if wait > self.max_retry_after => None,
            Some(wait) => Some(wait.max(backoff)),
            None => Some(backoff),
        }
    }
}

fn is_retryable(status: StatusCode) -> bool {
    status == StatusCode::CONFLICT
        || status == StatusCode::TOO_MANY_REQUESTS
        || status.is_server_error()
}

/// Stripe's `Stripe-Should-Retry` header, which overrides the client's own decision.
fn should_retry_header(response: &Response) -> Option<bool> {
    match response
        .headers()
        .get("stripe-should-retry")?
        .to_str()
        .ok()?
    {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// `Retry-After` in seconds (the form Stripe sends).
fn retry_after(response: &Response) -> Option<Duration> {
    let seconds: u64 = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_secs(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, headers: &[(&str, &str)]) -> reqwest::Result<Response> {
        let mut builder = http::Response::builder().status(status);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        Ok(builder.body("").expect("a valid response").into())
    }

    fn policy() -> RetryPolicy {
        RetryPolicy {
            max_retries: 5,
            initial_backoff: Duration::from_secs(1),
            ..RetryPolicy::default()
        }
    }

    #[test]
    fn backoff_doubles_within_its_jitter_up_to_the_cap() {
        for (retries, full) in [(0, 1), (1, 2), (2, 4), (3, 5), (4, 5)] {
            let wait = policy()
                .delay(retries, &response(500, &[]))
                .expect("a 500 is retried");
            let full = Duration::from_secs(full);
            assert!(
                wait >= full / 2 && wait <= full,
                "retry {retries}: {wait:?} not in [{:?}, {full:?}]",
                full / 2
            );
        }
    }

    #[test]
    fn retry_after_is_honoured_when_longer_than_the_backoff() {
        let wait = policy().delay(0, &response(429, &[("retry-after", "7")]));
        assert_eq!(wait, Some(Duration::from_secs(7)));
    }

    #[test]
    fn a_retry_after_beyond_the_limit_ends_the_retries() {
        assert_eq!(
            policy().delay(0, &response(503, &[("retry-after", "600")])),
            None
        );
    }

    #[test]
    fn which_statuses_are_retried() {
        for status in [409, 429, 500, 502, 503] {
            assert!(
                policy().delay(0, &response(status, &[])).is_some(),
                "{status} is retried"
            );
        }
        for status in [200, 400, 401, 402, 403, 404] {
            assert_eq!(
                policy().delay(0, &response(status, &[])),
                None,
                "{status} is final"
            );
        }
    }

    #[test]
    fn stripe_should_retry_overrides_the_status() {
        assert_eq!(
            policy().delay(0, &response(500, &[("stripe-should-retry", "false")])),
            None
        );
        assert!(
            policy()
                .delay(0, &response(400, &[("stripe-should-retry", "true")]))
                .is_some()
        );
    }

    #[test]
    fn a_success_is_final_whatever_its_headers_say() {
        assert_eq!(
            policy().delay(0, &response(200, &[("stripe-should-retry", "true")])),
            None
        );
    }

    #[test]
    fn no_retry_past_the_maximum() {
        assert_eq!(policy().delay(5, &response(500, &[])), None);
        assert_eq!(RetryPolicy::none().delay(0, &response(500, &[])), None);
    }
}
