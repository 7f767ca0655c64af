//! Bad arguments fail before any request is sent, with an error that names them.

use stripe_connector::{Connection, Error, MAX_IMAGES, types};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A mock that would answer anything, and a connection to it.
async fn setup() -> (MockServer, Connection) {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    let connection = Connection::builder("sk_test_input")
        .base_url(server.uri())
        .build()
        .expect("valid");
    (server, connection)
}

/// `result` is an invalid-input error about `field`, and nothing reached the server.
async fn assert_refused<T: std::fmt::Debug>(
    server: &MockServer,
    result: Result<T, Error>,
    field: &str,
) {
    match result {
        Err(Error::InvalidInput {
            field: actual,
            reason,
        }) => {
            assert_eq!(actual, field, "{reason}");
            assert!(!reason.is_empty());
        }
        other => panic!("expected invalid {field}, got {other:?}"),
    }
    let sent = server.received_requests().await.expect("recording is on");
    assert!(
        sent.is_empty(),
        "no request may be sent, {} were",
        sent.len()
    );
}

fn images(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| format!("https://example.com/{i}.png"))
        .collect()
}

#[tokio::test]
async fn a_ninth_image_is_refused() {
    let (server, stripe) = setup().await;
    let product = types::CreateProductParams::builder()
        .name("Hat")
        .images(images(MAX_IMAGES + 1));
    assert_refused(&server, stripe.create_product(product).await, "images").await;
    let changes = types::UpdateProductParams::builder().images(images(MAX_IMAGES + 1));
    assert_refused(
        &server,
        stripe.update_product("prod_1", changes).await,
        "images",
    )
    .await;
}

#[tokio::test]
async fn an_empty_name_is_refused() {
    let (server, stripe) = setup().await;
    let product = types::CreateProductParams::builder().name("  ");
    assert_refused(&server, stripe.create_product(product).await, "name").await;
}

#[tokio::test]
async fn a_missing_name_is_refused() {
    let (server, stripe) = setup().await;
    assert_refused(
        &server,
        stripe
            .create_product(types::CreateProductParams::builder())
            .await,
        "product",
    )
    .await;
}

#[tokio::test]
async fn an_id_with_a_slash_is_refused() {
    let (server, stripe) = setup().await;
    assert_refused(
        &server,
        stripe.get_customer("cus_1/../../v1/charges").await,
        "id",
    )
    .await;
    assert_refused(&server, stripe.get_customer("").await, "id").await;
    let changes = types::CustomerParams::builder();
    assert_refused(
        &server,
        stripe.update_customer("cus 1", changes).await,
        "id",
    )
    .await;
}

#[tokio::test]
async fn a_malformed_url_is_refused() {
    let (server, stripe) = setup().await;
    let product = types::CreateProductParams::builder()
        .name("Hat")
        .url("not a url");
    assert_refused(&server, stripe.create_product(product).await, "url").await;
    let product = types::CreateProductParams::builder()
        .name("Hat")
        .images(vec!["ftp://example.com/a.png".to_string()]);
    assert_refused(&server, stripe.create_product(product).await, "images").await;
}

#[test]
fn a_key_that_is_not_secret_or_restricted_is_refused() {
    for key in ["pk_test_123", "", "sk_test_", "sk_test_abc def", "hello"] {
        let error = Connection::new(key).unwrap_err();
        assert!(matches!(error, Error::InvalidKey(_)), "{key:?}: {error:?}");
    }
    for key in [
        "sk_test_abc123",
        "sk_live_abc123",
        "rk_test_abc123",
        "rk_live_abc123",
    ] {
        Connection::new(key).unwrap_or_else(|e| panic!("{key} is accepted: {e}"));
    }
}

#[test]
fn plain_http_is_refused_except_to_loopback() {
    let build = |url: &str| Connection::builder("sk_test_abc").base_url(url).build();
    for url in [
        "http://api.stripe.com",
        "http://10.0.0.1:8080",
        "ftp://localhost",
        "not a url",
    ] {
        assert!(
            matches!(build(url), Err(Error::InvalidBaseUrl { .. })),
            "{url} is refused"
        );
    }
    for url in [
        "https://api.stripe.com",
        "http://127.0.0.1:12111",
        "http://localhost:8080/",
        "http://[::1]:80",
    ] {
        build(url).unwrap_or_else(|e| panic!("{url} is accepted: {e}"));
    }
}

#[test]
fn an_idempotency_key_must_fit_the_header() {
    let stripe = Connection::new("sk_test_abc").expect("valid");
    for key in [String::new(), "x".repeat(256), "café".to_string()] {
        assert!(
            stripe.with_idempotency_key(&key).is_err(),
            "{key:?} is refused"
        );
    }
    assert!(stripe.with_idempotency_key(&"x".repeat(255)).is_ok());
}
