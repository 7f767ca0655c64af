//! What every generated call goes through: an `Idempotency-Key` on each POST, the connection's
//! throttle on each attempt, and retries by the [`RetryPolicy`].
//!
//! progenitor calls these hooks from inside each generated operation; their settings travel in
//! the client's inner value, [`Policy`]. A call the limiter refuses is never sent: `exec` hands
//! back a response built here and marked [`NotSent`], and `post` turns it into progenitor's
//! `Error::Custom`, which [`Error::from_client`](crate::Error) reads as `Error::NotSent`.

use std::sync::Arc;
use std::time::Duration;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::HeaderValue;
use reqwest::{Method, Request, Response};

use crate::throttle::Throttle;
use crate::{Client, Limiter, Refused, RetryPolicy, connector};

/// The header Stripe reads to apply a POST at most once.
const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// Marks the response `exec` returns for a call its limiter refused: nothing was sent.
#[derive(Clone, Debug)]
struct NotSent(Refused);

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

    async fn post<E>(
        &self,
        result: &reqwest::Result<Response>,
        _info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        match result {
            Ok(response) => match response.extensions().get::<NotSent>() {
                Some(NotSent(refused)) => Err(progenitor_client::Error::Custom(refused.0.clone())),
                None => Ok(()),
            },
            Err(_) => Ok(()),
        }
    }

    // Not an `async fn`, and no local alive across an `.await` that it does not need: the future
    // lives as long as the call, inside the generated operation's, and its size is memory that
    // concurrent calls keep warm. An `async fn` holds its arguments twice (rust-lang/rust#62958);
    // here the request is held once, as the copy kept for retries while an attempt is on the wire.
    fn exec(
        &self,
        request: Request,
        info: &OperationInfo,
    ) -> impl Future<Output = reqwest::Result<Response>> {
        let policy = self.inner();
        async move {
            let mut retries = 0;
            loop {
                if let Some(throttle) = &policy.throttle
                    && let Err(refused) = throttle.acquire().await
                {
                    tracing::debug!(operation = info.operation_id, %refused, "not sent");
                    return Ok(not_sent(refused));
                }
                let wait = {
                    let outcome = match self.attempt_with_copy(&request, retries, info) {
                        Some(sent) => sent.await,
                        None => return self.attempt(request, info).await,
                    };
                    match self.retry_wait(retries, &outcome, info) {
                        Some(wait) => wait,
                        None => return outcome,
                    }
                };
                retries += 1;
                tokio::time::sleep(wait).await;
            }
        }
    }
}

impl Client {
    /// An attempt with a copy of `request`, when a retry may follow it; `None` when this is the
    /// last attempt, which sends the request itself, or when the body cannot be cloned (a
    /// stream, sent once; ours are all in memory).
    fn attempt_with_copy<'a>(
        &self,
        request: &Request,
        retries: u32,
        info: &'a OperationInfo,
    ) -> Option<impl Future<Output = reqwest::Result<Response>> + 'a> {
        if retries >= self.inner().retry.max_retries {
            return None;
        }
        Some(self.attempt(copy(request)?, info))
    }

    /// One attempt, once the throttle has let it go; the future holds only reqwest's.
    fn attempt<'a>(
        &self,
        request: Request,
        info: &'a OperationInfo,
    ) -> impl Future<Output = reqwest::Result<Response>> + 'a {
        tracing::debug!(operation = info.operation_id, method = %request.method(), path = request.url().path(), "sending");
        let sent = self.client().execute(request);
        async move {
            let outcome = sent.await;
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

    /// How long to wait before retrying after `retries` retries ended in `outcome`, said in the
    /// log; `None` when the outcome is final.
    fn retry_wait(
        &self,
        retries: u32,
        outcome: &reqwest::Result<Response>,
        info: &OperationInfo,
    ) -> Option<Duration> {
        let wait = self.inner().retry.delay(retries, outcome)?;
        tracing::warn!(
            operation = info.operation_id,
            retry = retries + 1,
            wait_ms = wait.as_millis() as u64,
            reason = %retry_reason(outcome),
            "retrying",
        );
        Some(wait)
    }
}

/// A copy of `request` to send while the original waits for a retry: reqwest's `try_clone`,
/// except for a request with neither body nor timeout of its own (a GET: a read or a trigger's
/// poll), where `try_clone` would allocate an extensions map for the timeout it copies, then drop
/// it. (In reqwest 0.13 a request's extensions hold its timeout, or come with a converted
/// `http::Request`, which always has a body.)
fn copy(request: &Request) -> Option<Request> {
    if request.body().is_some() || request.timeout().is_some() {
        return request.try_clone();
    }
    let mut copy = Request::new(request.method().clone(), request.url().clone());
    *copy.headers_mut() = request.headers().clone();
    *copy.version_mut() = request.version();
    Some(copy)
}

fn retry_reason(outcome: &reqwest::Result<Response>) -> String {
    match outcome {
        Ok(response) => format!("status {}", response.status().as_u16()),
        Err(error) => format!("{error}"),
    }
}

/// The answer to a call the limiter refused, never sent: marked for `post` to turn into an error.
fn not_sent(refused: Refused) -> Response {
    let mut response = ::http::Response::new(reqwest::Body::from(""));
    response.extensions_mut().insert(NotSent(refused));
    Response::from(response)
}

/// A fresh random key: 32 hex digits, as unique as a UUID v4.
fn new_idempotency_key() -> HeaderValue {
    let key = format!("{:032x}", fastrand::u128(..));
    HeaderValue::from_str(&key).expect("hex digits are a valid header value")
}
