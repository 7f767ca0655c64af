//! A limiter of the caller's own paces every attempt of a connection, retries included.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::json;
use stripe_connector::{Connection, Limiter, Refused};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Lets every call through at once, counting them.
#[derive(Debug, Default)]
struct Counting(AtomicUsize);

impl Limiter for Counting {
    fn acquire(&self) -> Pin<Box<dyn Future<Output = Result<(), Refused>> + Send + '_>> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Box::pin(async { Ok(()) })
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

/// Lets `allowed` calls through, then refuses every other.
#[derive(Debug)]
struct Until {
    allowed: AtomicUsize,
}

impl Limiter for Until {
    fn acquire(&self) -> Pin<Box<dyn Future<Output = Result<(), Refused>> + Send + '_>> {
        let left = self.allowed.load(Ordering::SeqCst);
        Box::pin(async move {
            match left {
                0 => Err(Refused("the lease ran out".to_string())),
                _ => {
                    self.allowed.fetch_sub(1, Ordering::SeqCst);
                    Ok(())
                }
            }
        })
    }
}

#[tokio::test(start_paused = true)]
async fn a_call_the_limiter_refuses_is_never_sent_nor_retried() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(500).set_body_json(json!({"error": {"type": "api_error"}})),
        )
        .mount(&server)
        .await;
    let stripe = Connection::builder("sk_test_limiter")
        .base_url(server.uri())
        .timeout(None)
        .build()
        .expect("valid settings");
    // One attempt allowed: it fails with a 500, and its retry is refused before it is sent.
    let guarded = stripe.with_limiter(Arc::new(Until {
        allowed: AtomicUsize::new(1),
    }));
    let error = guarded
        .get_customer("cus_1", &[])
        .await
        .expect_err("refused");
    assert!(
        matches!(&error, stripe_connector::Error::NotSent(why) if why == "the lease ran out"),
        "{error:?}"
    );
    assert_eq!(error.to_string(), "not sent: the lease ran out");
    let received = server.received_requests().await.expect("recorded");
    assert_eq!(received.len(), 1, "the refused retry never left");
}
