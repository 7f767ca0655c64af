//! A limiter of the caller's own paces every attempt of a connection, retries included.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::json;
use stripe_connector::{Connection, Limiter};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Lets every call through at once, counting them.
#[derive(Debug, Default)]
struct Counting(AtomicUsize);

impl Limiter for Counting {
    fn acquire(&self) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Box::pin(async {})
    }
}

#[tokio::test(start_paused = true)]
async fn every_attempt_waits_in_the_limiter_the_connection_was_given() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(500).set_body_json(json!({"error": {"type": "api_error"}})),
        )
        .up_to_n_times(2)
        .mount(&server)
        .await;
    let customer = json!({
        "id": "cus_1", "object": "customer", "created": 1_570_000_000, "livemode": false,
        "sources": {"object": "list", "data": [], "has_more": false, "url": "/v1/customers/cus_1/sources"}
    });
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(customer))
        .mount(&server)
        .await;
    let limiter = Arc::new(Counting::default());
    let stripe = Connection::builder("sk_test_limiter")
        .base_url(server.uri())
        .limiter(limiter.clone())
        .timeout(None)
        .build()
        .expect("valid settings");
    stripe
        .get_customer("cus_1", &[])
        .await
        .expect("the second retry succeeds");
    assert_eq!(
        limiter.0.load(Ordering::SeqCst),
        3,
        "two failures and the success"
    );
}
