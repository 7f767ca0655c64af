//! What every generated call goes through: an `Idempotency-Key` on each POST, the connection's
//! throttle on each attempt, and retries by the [`RetryPolicy`].
//!
//! progenitor calls these hooks from inside each generated operation; their settings travel in
//! the client's inner value, [`Policy`].

use std::sync::Arc;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::HeaderValue;
use reqwest::{Method, Request, Response};

use crate::throttle::Throttle;
use crate::{Client, Limiter, RetryPolicy, connector};

/// The header Stripe reads to apply a POST at most once.
const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// How the calls of one connection are paced and retried; the generated client carries it.
///
/// Clones share one throttle. The default is the original connector's: the spec's throttle
/// (100 calls in any 60 s) and Stripe's SDK retries.
#[derive(Clone, Debug)]
pub struct Policy {
    pub(crate) throttle: Option<Arc<dyn Limiter>>,
    pub(crate) retry: RetryPolicy,
    pub(crate) idempotency_key: Option<HeaderValue>,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            throttle: Some(Arc::new(Throttle::new(connector::THROTTLE))),
            retry: RetryPolicy::default(),
            idempotency_key: None,
        }
    }
}

impl ClientHooks<Policy> for Client {
    async fn pre<E>(
        &self,
        request: &mut Request,
        _info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        if request.method() == Method::POST && !request.headers().contains_key(IDEMPOTENCY_KEY) {
            let key = self
                .inner()
                .idempotency_key
                .clone()
                .unwrap_or_else(new_idempotency_key);
            request.headers_mut().insert(IDEMPOTENCY_KEY, key);
        }
        Ok(())
    }

    async fn exec(&self, request: Request, info: &OperationInfo) -> reqwest::Result<Response> {
        let policy = self.inner();
        let mut retries = 0;
        loop {
            // The last attempt sends the request itself; a body that cannot be cloned (a
            // stream) is sent once. Ours are all in memory.
            let copy = match retries < policy.retry.max_retries {
                true => request.try_clone(),
                false => None,
            };
            let Some(attempt) = copy else {
                return self.send(request, &policy.throttle, info).await;
            };
            let outcome = self.send(attempt, &policy.throttle, info).await;
            let Some(wait) = policy.retry.delay(retries, &outcome) else {
                return outcome;
            };
            retries += 1;
            tracing::warn!(
                operation = info.operation_id,
                retry = retries,
                wait_ms = wait.as_millis() as u64,
                reason = %retry_reason(&outcome),
                "retrying",
            );
            tokio::time::sleep(wait).await;
        }
    }
}

impl Client {
    /// One attempt: a place under the throttle, then the request.
    async fn send(
        &self,
        request: Request,
        throttle: &Option<Arc<dyn Limiter>>,
        info: &OperationInfo,
    ) -> reqwest::Result<Response> {
        if let Some(throttle) = throttle {
            throttle.acquire().await;
        }
        tracing::debug!(operation = info.operation_id, method = %request.method(), path = request.url().path(), "sending");
        let outcome = self.client().execute(request).await;
        if let Ok(response) = &outcome {
            tracing::debug!(
                operation = info.operation_id,
                status = response.status().as_u16(),
                request_id = response
                    .headers()
                    .get("request-id")
                    .and_then(|v| v.to_str().ok()),
                "received",
            );
        }
        outcome
    }
}

fn retry_reason(outcome: &reqwest::Result<Response>) -> String {
    match outcome {
        Ok(response) => format!("status {}", response.status().as_u16()),
        Err(error) => format!("{error}"),
    }
}

/// A fresh random key: 32 hex digits, as unique as a UUID v4.
fn new_idempotency_key() -> HeaderValue {
    let key = format!("{:032x}", fastrand::u128(..));
    HeaderValue::from_str(&key).expect("hex digits are a valid header value")
}
