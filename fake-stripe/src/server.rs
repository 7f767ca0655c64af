//! The HTTP layer: accepts connections with hyper, applies what every request goes through
//! (counting, the request log, latency, faults, auth, `Stripe-Version`, idempotency,
//! `Request-Id`) and hands the
//! rest to the axum router, as the account of the request's API key. Serving each connection
//! with hyper directly lets a fault close the socket without an answer: the service returns an
//! error and hyper drops the connection.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderValue, Method, Request, Response, StatusCode, Uri};
use axum::response::IntoResponse;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::JoinSet;
use tower::ServiceExt;

use crate::auth;
use crate::clock::Clock;
use crate::counters::Counters;
use crate::errors::ApiError;
use crate::faults::{Before, FaultState};
use crate::idempotency::{self, Idempotency, Lookup, Saved};
use crate::request_log::{Arrival, RequestLog};
use crate::store::{self, Store, random_alnum};

/// Everything the handlers share.
pub struct Shared {
    /// The objects.
    pub store: Store,
    /// The settable clock.
    pub clock: Clock,
    /// Fault settings and RNG.
    pub faults: FaultState,
    /// Saved idempotent responses.
    pub idempotency: Idempotency,
    /// Requests received.
    pub counters: Counters,
    /// Where each request is logged, when asked for.
    pub request_log: RequestLog,
    /// The delivery of events to webhook endpoints.
    pub webhooks: crate::webhooks::Webhooks,
}

/// The error that makes hyper close a connection without answering.
#[derive(Debug)]
pub struct DropConnection;

impl std::fmt::Display for DropConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}

impl std::error::Error for DropConnection {}

/// Accepts connections until the task is aborted; aborting it also closes open connections.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>, router: Router) {
    let mut connections = JoinSet::new();
    loop {
        while connections.try_join_next().is_some() {}
        let Ok((stream, peer)) = listener.accept().await else {
            continue;
        };
        let shared = shared.clone();
        let router = router.clone();
        connections.spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                handle(shared.clone(), router.clone(), peer, req)
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// Order-independent fingerprint of a request for idempotency.
fn fingerprint(method: &Method, uri: &Uri, body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut pairs: Vec<&str> = text.split('&').filter(|p| !p.is_empty()).collect();
    pairs.sort_unstable();
    format!("{method} {uri} {}", pairs.join("&"))
}

/// Adds `Request-Id` and `Stripe-Version` (the requested one, else 2019-10-08).
fn with_headers(
    mut resp: Response<Body>,
    request_id: &str,
    version: Option<HeaderValue>,
) -> Response<Body> {
    let h = resp.headers_mut();
    h.insert(
        "request-id",
        HeaderValue::from_str(request_id).expect("ascii request id"),
    );
    h.insert(
        "stripe-version",
        version.unwrap_or(HeaderValue::from_static("2019-10-08")),
    );
    resp
}

/// Handles one request from `peer` and logs it; `Err` closes the connection without a response.
async fn handle(
    shared: Arc<Shared>,
    router: Router,
    peer: SocketAddr,
    req: Request<Incoming>,
) -> Result<Response<Body>, DropConnection> {
    let arrival = Arrival::now(req.method(), req.uri(), req.headers(), peer);
    let answer = answer(&shared, router, req).await;
    let status = answer.as_ref().ok().map(|resp| resp.status().as_u16());
    shared.request_log.record(&arrival, status);
    answer
}

/// Answers one request; `Err` closes the connection without a response.
async fn answer(
    shared: &Shared,
    router: Router,
    req: Request<Incoming>,
) -> Result<Response<Body>, DropConnection> {
    shared.counters.count(req.method(), req.uri().path());
    let request_id = format!("req_{}", random_alnum(14));
    let version = req
        .headers()
        .get("stripe-version")
        .filter(|_| auth::check_version(req.headers()).is_ok())
        .cloned();
    let decision = shared.faults.decide();
    if !decision.latency.is_zero() {
        tokio::time::sleep(decision.latency).await;
    }
    match decision.before {
        Before::Proceed => {}
        Before::Drop => return Err(DropConnection),
        Before::ServerError => {
            return Ok(with_headers(
                ApiError::server_error().into_response(),
                &request_id,
                version,
            ));
        }
        Before::TooManyRequests => {
            let mut resp = ApiError::rate_limited().into_response();
            resp.headers_mut()
                .insert("retry-after", HeaderValue::from_static("1"));
            return Ok(with_headers(resp, &request_id, version));
        }
    }
    let resp = match respond(shared, router, req).await {
        Ok(resp) => resp,
        Err(e) => e.into_response(),
    };
    if decision.drop_after {
        return Err(DropConnection);
    }
    Ok(with_headers(resp, &request_id, version))
}

/// Auth, version, idempotency, then the router.
async fn respond(
    shared: &Shared,
    router: Router,
    req: Request<Incoming>,
) -> Result<Response<Body>, ApiError> {
    let api_key = auth::api_key(req.headers())?;
    auth::check_version(req.headers())?;
    let (parts, body) = req.into_parts();
    let body = body
        .collect()
        .await
        .map_err(|_| ApiError::invalid("parameter_invalid_string", None, "Could not read body"))?
        .to_bytes();
    let idem_key = match parts.headers.get("idempotency-key") {
        Some(k) if parts.method == Method::POST => {
            let k = k.to_str().unwrap_or_default().to_owned();
            if k.is_empty() || k.len() > 255 {
                return Err(ApiError::invalid(
                    "parameter_invalid_string",
                    Some("Idempotency-Key"),
                    "Idempotency keys must be 1 to 255 characters long.",
                ));
            }
            Some(k)
        }
        _ => None,
    };
    let fp = fingerprint(&parts.method, &parts.uri, &body);
    let claim = match &idem_key {
        None => None,
        Some(key) => match shared.idempotency.lookup(&api_key, key, &fp) {
            Lookup::New(claim) => Some(claim),
            Lookup::Conflict => return Err(ApiError::idempotency(key)),
            Lookup::InProgress => {
                let mut e = ApiError::idempotency(key);
                e.status = StatusCode::CONFLICT;
                e.message = "There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through). Please try again later.".into();
                return Err(e);
            }
            Lookup::Replay(saved) => {
                let mut resp = Response::new(Body::from(saved.body));
                *resp.status_mut() = saved.status;
                let h = resp.headers_mut();
                h.insert("content-type", HeaderValue::from_static("application/json"));
                h.insert("idempotent-replayed", HeaderValue::from_static("true"));
                h.insert(
                    "idempotency-key",
                    HeaderValue::from_str(key).expect("ascii key"),
                );
                return Ok(resp);
            }
        },
    };
    let req = Request::from_parts(parts, Body::from(body));
    let resp = match store::as_account(api_key, router.oneshot(req)).await {
        Ok(resp) => resp,
        Err(e) => match e {},
    };
    let (Some(claim), Some(key)) = (claim, idem_key) else {
        return Ok(resp);
    };
    let (mut parts, body) = resp.into_parts();
    let bytes = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    claim.finish(idempotency::is_saved(parts.status).then(|| Saved {
        fingerprint: fp,
        status: parts.status,
        body: bytes.clone(),
    }));
    parts.headers.insert(
        "idempotency-key",
        HeaderValue::from_str(&key).expect("ascii key"),
    );
    Ok(Response::from_parts(parts, Body::from(bytes)))
}

/// Stripe's answer for a URL or method it does not serve.
pub async fn unrecognized(method: Method, uri: axum::http::Uri) -> Response<Body> {
    let mut e = ApiError::invalid(
        "resource_missing",
        None,
        format!("Unrecognized request URL ({method}: {}).", uri.path()),
    );
    e.status = StatusCode::NOT_FOUND;
    e.code = None;
    e.into_response()
}
