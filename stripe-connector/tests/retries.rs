//! Retries like Stripe's SDKs, against a local mock, on tokio's paused clock.
//!
//! The waits themselves (backoff, `Retry-After`) are checked exactly in `src/retry.rs`: here the
//! clock can jump while a request is on the wire, so only lower bounds of time are asserted.

use std::time::Duration;

use serde_json::json;
use stripe_connector::{Connection, Error, RetryPolicy, metadata, types};
use tokio::time::Instant;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

fn customer() -> serde_json::Value {
    json!({
        "id": "cus_1", "object": "customer", "created": 1_570_000_000, "livemode": false,
        "sources": {"object": "list", "data": [], "has_more": false, "url": "/v1/customers/cus_1/sources"}
    })
}

fn stripe_error(status: u16, kind: &str) -> ResponseTemplate {
    ResponseTemplate::new(status)
        .set_body_json(json!({"error": {"type": kind, "message": "try again"}}))
        .insert_header("request-id", "req_err")
}

/// Answers with each of `first` once, in order, then 200 with a customer.
async fn server(first: Vec<ResponseTemplate>) -> MockServer {
    let server = MockServer::start().await;
    for response in first {
        Mock::given(any())
            .respond_with(response)
            .up_to_n_times(1)
            .mount(&server)
            .await;
    }
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(customer()))
        .mount(&server)
        .await;
    server
}

fn connect(server: &MockServer) -> Connection {
    Connection::builder("sk_test_retries")
        .base_url(server.uri())
        .throttle(None)
        .timeout(None)
        .build()
        .expect("valid settings")
}

async fn requests(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.expect("recording is on")
}

#[tokio::test(start_paused = true)]
async fn a_500_is_retried_and_the_retry_keeps_the_idempotency_key() {
    let server = server(vec![stripe_error(500, "api_error")]).await;
    let created = connect(&server)
        .create_customer(types::CreateCustomerParams::builder())
        .await;
    assert_eq!(created.expect("the retry succeeds").id, "cus_1");
    let requests = requests(&server).await;
    assert_eq!(requests.len(), 2);
    let keys: Vec<_> = requests
        .iter()
        .map(|r| r.headers.get("idempotency-key").cloned())
        .collect();
    assert!(keys[0].is_some());
    assert_eq!(keys[0], keys[1], "a retried POST reuses its key");
}

#[tokio::test(start_paused = true)]
async fn a_409_and_a_429_are_retried() {
    let server = server(vec![
        stripe_error(409, "api_error"),
        stripe_error(429, "rate_limit_error"),
    ])
    .await;
    connect(&server)
        .get_customer("cus_1", &[])
        .await
        .expect("the second retry succeeds");
    assert_eq!(requests(&server).await.len(), 3);
}

#[tokio::test(start_paused = true)]
async fn other_4xx_are_never_retried() {
    let server = server(vec![stripe_error(400, "invalid_request_error")]).await;
    let error = connect(&server)
        .get_customer("cus_1", &[])
        .await
        .unwrap_err();
    assert_eq!(error.stripe().map(|e| e.status), Some(400));
    assert_eq!(requests(&server).await.len(), 1);
}

#[tokio::test(start_paused = true)]
async fn retries_stop_after_the_configured_number() {
    let server = server(vec![stripe_error(503, "api_error"); 5]).await;
    let error = connect(&server)
        .get_customer("cus_1", &[])
        .await
        .unwrap_err();
    assert_eq!(error.stripe().map(|e| e.status), Some(503));
    assert_eq!(
        requests(&server).await.len(),
        3,
        "the first attempt and 2 retries"
    );
}

#[tokio::test(start_paused = true)]
async fn a_502_that_is_not_json_is_retried_and_keeps_its_status() {
    let server = MockServer::start().await;
    let bad_gateway = ResponseTemplate::new(502)
        .set_body_raw("<html>Bad Gateway</html>", "text/html")
        .insert_header("request-id", "req_proxy");
    Mock::given(any())
        .respond_with(bad_gateway)
        .mount(&server)
        .await;
    let error = connect(&server)
        .get_customer("cus_1", &[])
        .await
        .unwrap_err();
    assert_eq!(
        requests(&server).await.len() as u32,
        1 + RetryPolicy::default().max_retries,
        "the first attempt and every retry"
    );
    assert_eq!(error.status(), Some(502), "{error:?}");
    assert!(error.is_transient(), "a 502 is worth trying again later");
    let message = error.to_string();
    assert!(
        message.contains("(502)") && message.contains("\"<html>Bad Gateway</html>\""),
        "the message names the status and quotes the body: {message}"
    );
    let Error::UnexpectedResponse { request_id, .. } = &error else {
        panic!("an HTML body is not Stripe's error envelope, got {error:?}");
    };
    assert_eq!(request_id.as_deref(), Some("req_proxy"), "headers are kept");
}

#[tokio::test(start_paused = true)]
async fn stripe_should_retry_false_stops_a_retry() {
    let refuse = stripe_error(500, "api_error").insert_header("stripe-should-retry", "false");
    let server = server(vec![refuse]).await;
    assert!(connect(&server).get_customer("cus_1", &[]).await.is_err());
    assert_eq!(requests(&server).await.len(), 1);
}

#[tokio::test(start_paused = true)]
async fn stripe_should_retry_true_forces_a_retry() {
    let force =
        stripe_error(400, "invalid_request_error").insert_header("stripe-should-retry", "true");
    let server = server(vec![force]).await;
    connect(&server)
        .get_customer("cus_1", &[])
        .await
        .expect("the forced retry succeeds");
    assert_eq!(requests(&server).await.len(), 2);
}

#[tokio::test(start_paused = true)]
async fn retries_go_through_the_throttle() {
    let server = server(vec![stripe_error(500, "api_error")]).await;
    let connection = Connection::builder("sk_test_retries")
        .base_url(server.uri())
        .throttle(Some(metadata::Throttle {
            calls: 1,
            period: Duration::from_secs(60),
        }))
        .timeout(None)
        .build()
        .expect("valid settings");
    let start = Instant::now();
    connection
        .get_customer("cus_1", &[])
        .await
        .expect("the retry succeeds");
    assert!(
        start.elapsed() >= Duration::from_secs(60),
        "the retry waited for the window"
    );
}

#[tokio::test(start_paused = true)]
async fn a_connection_error_is_retried_then_reported_as_transport() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let url = format!("http://{}", closed.local_addr().expect("bound"));
    drop(closed);
    let connection = Connection::builder("sk_test_retries")
        .base_url(url)
        .throttle(None)
        .build()
        .expect("valid");
    let start = Instant::now();
    let error = connection.get_customer("cus_1", &[]).await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert!(
        start.elapsed() >= Duration::from_millis(750),
        "two backoffs were waited: {:?}",
        start.elapsed()
    );
}
