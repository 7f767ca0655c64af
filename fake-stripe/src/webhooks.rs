//! Delivering events to webhook endpoints as Stripe does: a `POST` of the event's JSON with a
//! `Stripe-Signature` header (`t=<now>,v1=<HMAC-SHA256 of "<t>.<body>" keyed with the
//! endpoint's secret>`), signed anew at each attempt, and retried when the endpoint does not
//! answer 2xx: 3 times, after 1 s, 5 s and 25 s by default (Stripe retries for up to three
//! days in live mode; the fake keeps the shape and shortens the wait).
//!
//! Faults, off unless set ([`WebhookFaults`]): deliveries dropped, delayed, reordered, sent
//! twice, or an earlier one replayed exactly as first sent (old timestamp and signature).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{Request, Uri, header};
use hmac::{Hmac, KeyInit, Mac};
use http_body_util::Full;
use hyper_util::rt::TokioIo;
use serde_json::Value;
use sha2::Sha256;
use tokio::net::TcpStream;

use crate::clock::Clock;

/// How long the fake waits for an endpoint's answer to one attempt.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);
/// How many times a failed delivery is tried again.
const RETRIES: u32 = 3;
/// Each retry waits this many times longer than the one before.
const BACKOFF: u32 = 5;
/// How many past deliveries a replay may pick from.
const REPLAYABLE: usize = 100;

/// Faults in the delivery of webhooks, each decided per delivery (one event to one endpoint).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct WebhookFaults {
    /// The share of deliveries never sent, as if every attempt had been lost.
    pub drop_rate: f64,
    /// The share of deliveries sent twice.
    pub duplicate_rate: f64,
    /// The share of deliveries followed by the replay of an earlier one to the same endpoint,
    /// exactly as it was first sent: a receiver must refuse it by its old timestamp, or
    /// recognise the event it already has.
    pub replay_rate: f64,
    /// How long each delivery waits before its first attempt.
    pub delay: Duration,
    /// A further random wait of up to this long, so that deliveries arrive out of order.
    pub reorder_window: Duration,
}

/// A webhook endpoint to deliver to: where, and the secret to sign with.
#[derive(Clone, Debug)]
pub struct Endpoint {
    uri: Uri,
    secret: String,
}

impl Endpoint {
    /// The endpoint at `url` (`http://` to loopback, checked at its creation) signing with
    /// `secret`.
    pub fn new(url: &str, secret: &str) -> Option<Self> {
        Some(Self {
            uri: url.parse().ok()?,
            secret: secret.to_owned(),
        })
    }
}

/// One delivery as it was sent.
#[derive(Clone)]
struct Sent {
    endpoint: Endpoint,
    signature: String,
    body: Bytes,
}

/// The delivery of webhooks: settings, fault RNG and the deliveries a replay picks from.
#[derive(Clone)]
pub struct Webhooks {
    inner: Arc<Inner>,
}

struct Inner {
    faults: Mutex<WebhookFaults>,
    first_retry: Mutex<Duration>,
    rng: Mutex<fastrand::Rng>,
    sent: Mutex<Vec<Sent>>,
    clock: Clock,
}

impl Webhooks {
    /// Delivery signed by `clock`, without faults, retrying after 1 s, 5 s and 25 s.
    pub fn new(clock: Clock) -> Self {
        Self {
            inner: Arc::new(Inner {
                faults: Mutex::new(WebhookFaults::default()),
                first_retry: Mutex::new(Duration::from_secs(1)),
                rng: Mutex::new(fastrand::Rng::with_seed(0)),
                sent: Mutex::new(Vec::new()),
                clock,
            }),
        }
    }

    /// The current faults.
    pub fn faults(&self) -> WebhookFaults {
        *self.inner.faults.lock().expect("webhook faults")
    }

    /// Replaces the faults, for the deliveries of events created from now on.
    pub fn set_faults(&self, faults: WebhookFaults) {
        *self.inner.faults.lock().expect("webhook faults") = faults;
    }

    /// Sets the wait before the first retry (the next ones wait 5 and 25 times as long).
    pub fn set_first_retry(&self, wait: Duration) {
        *self.inner.first_retry.lock().expect("webhook retry") = wait;
    }

    /// Sends `event` to each of `endpoints` on tasks of their own, faults applied.
    pub fn deliver(&self, event: &Value, endpoints: Vec<Endpoint>) {
        let body = Bytes::from(event.to_string());
        for endpoint in endpoints {
            let inner = self.inner.clone();
            let body = body.clone();
            tokio::spawn(async move { inner.deliver(endpoint, body).await });
        }
    }
}

/// What the faults decided for one delivery.
struct Plan {
    dropped: bool,
    copies: u32,
    wait: Duration,
    replay: Option<Sent>,
}

impl Inner {
    fn plan(&self, endpoint: &Endpoint) -> Plan {
        let faults = *self.faults.lock().expect("webhook faults");
        let mut rng = self.rng.lock().expect("webhook rng");
        let mut chance = |rate: f64| rate > 0.0 && rng.f64() < rate;
        let dropped = chance(faults.drop_rate);
        let copies = if chance(faults.duplicate_rate) { 2 } else { 1 };
        let replay = chance(faults.replay_rate);
        let window = faults.reorder_window.as_millis() as u64;
        let wait = faults.delay + Duration::from_millis(rng.u64(0..=window));
        let replay = replay
            .then(|| {
                let sent = self.sent.lock().expect("webhook log");
                let earlier: Vec<&Sent> = sent
                    .iter()
                    .filter(|s| s.endpoint.uri == endpoint.uri)
                    .collect();
                (!earlier.is_empty()).then(|| earlier[rng.usize(0..earlier.len())].clone())
            })
            .flatten();
        Plan {
            dropped,
            copies,
            wait,
            replay,
        }
    }

    async fn deliver(self: Arc<Self>, endpoint: Endpoint, body: Bytes) {
        let plan = self.plan(&endpoint);
        if plan.dropped {
            return;
        }
        tokio::time::sleep(plan.wait).await;
        for _ in 0..plan.copies {
            self.with_retries(&endpoint, &body).await;
        }
        if let Some(old) = plan.replay {
            let _ = post(&old.endpoint, &old.signature, old.body).await;
        }
    }

    /// Sends `body` until the endpoint answers 2xx or the retries run out.
    async fn with_retries(&self, endpoint: &Endpoint, body: &Bytes) {
        let mut wait = *self.first_retry.lock().expect("webhook retry");
        for attempt in 0..=RETRIES {
            if attempt > 0 {
                tokio::time::sleep(wait).await;
                wait *= BACKOFF;
            }
            let signature = sign(&endpoint.secret, self.clock.now(), body);
            let sent = post(endpoint, &signature, body.clone()).await;
            self.remember(Sent {
                endpoint: endpoint.clone(),
                signature,
                body: body.clone(),
            });
            if sent {
                return;
            }
        }
    }

    fn remember(&self, sent: Sent) {
        let mut log = self.sent.lock().expect("webhook log");
        if log.len() == REPLAYABLE {
            log.remove(0);
        }
        log.push(sent);
    }
}

/// The `Stripe-Signature` header of `body` signed with `secret` at `timestamp`.
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(secret.as_bytes())
        .expect("HMAC takes keys of any length");
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(body);
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("t={timestamp},v1={hex}")
}

/// One attempt: whether the endpoint answered 2xx within the timeout.
async fn post(endpoint: &Endpoint, signature: &str, body: Bytes) -> bool {
    let attempt = async {
        let host = endpoint.uri.host()?;
        let port = endpoint.uri.port_u16().unwrap_or(80);
        let stream = TcpStream::connect((host, port)).await.ok()?;
        let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .ok()?;
        tokio::spawn(connection);
        let path = endpoint.uri.path_and_query().map_or("/", |p| p.as_str());
        let request = Request::post(path)
            .header(header::HOST, endpoint.uri.authority()?.as_str())
            .header(header::CONTENT_TYPE, "application/json; charset=utf-8")
            .header(
                header::USER_AGENT,
                "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
            )
            .header("Stripe-Signature", signature)
            .body(Full::new(body))
            .ok()?;
        let answer = sender.send_request(request).await.ok()?;
        Some(answer.status().is_success())
    };
    matches!(
        tokio::time::timeout(ATTEMPT_TIMEOUT, attempt).await,
        Ok(Some(true))
    )
}
