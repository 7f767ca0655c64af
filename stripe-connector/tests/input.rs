//! Bad arguments fail before any request is sent, with an error that names them and the limit
//! of the spec they break.

use stripe_connector::{Connection, Error, connector, types};
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

/// `result` is an invalid-input error about `field`, and nothing reached the server; returns
/// the error's message.
async fn assert_refused<T: std::fmt::Debug>(
    server: &MockServer,
    result: Result<T, Error>,
    field: &str,
) -> String {
    let message = match result {
        Err(error @ Error::InvalidInput { .. }) => error.to_string(),
        other => panic!("expected invalid {field}, got {other:?}"),
    };
    assert!(
        message.starts_with(&format!("invalid {field}: ")),
        "{message}"
    );
    let sent = server.received_requests().await.expect("recording is on");
    assert!(
        sent.is_empty(),
        "no request may be sent, {} were",
        sent.len()
    );
    message
}

/// The limits the spec puts on input `name` of action `operation`.
fn limits(operation: &str, name: &str) -> stripe_connector::metadata::Limits {
    let action = connector::ACTIONS
        .iter()
        .find(|a| a.operation_id == operation)
        .expect("the action exists");
    let input = action.inputs.iter().find(|i| i.name == name);
    input.expect("the input exists").limits
}

fn images(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| format!("https://example.com/{i}.png"))
        .collect()
}

#[tokio::test]
async fn one_image_too_many_is_refused() {
    let (server, stripe) = setup().await;
    let max = limits("CreateProduct", "images")
        .max_items
        .expect("the spec limits images") as usize;
    let product = types::CreateProductParams::builder()
        .name("Hat")
        .images(images(max + 1));
    let message = assert_refused(&server, stripe.create_product(product).await, "images").await;
    assert!(
        message.ends_with(&format!("{} given; at most {max}", max + 1)),
        "{message}"
    );
    let changes = types::UpdateProductParams::builder().images(images(max + 1));
    assert_refused(
        &server,
        stripe.update_product("prod_1", changes).await,
        "images",
    )
    .await;
}

#[tokio::test]
async fn an_email_longer_than_the_spec_allows_is_refused() {
    let (server, stripe) = setup().await;
    let max = limits("CreateCustomer", "email")
        .max_length
        .expect("the spec limits emails") as usize;
    let email = format!("{}@example.com", "j".repeat(max));
    let customer = types::CreateCustomerParams::builder().email(email.as_str());
    let message = assert_refused(&server, stripe.create_customer(customer).await, "email").await;
    assert!(message.contains(&format!("at most {max}")), "{message}");
}

#[tokio::test]
async fn optional_text_takes_str_string_and_option() {
    let (server, stripe) = setup().await;
    let none: Option<String> = None;
    let changes = types::UpdateProductParams::builder()
        .caption("Warm")
        .description(String::from("Woollen"))
        .url(none)
        .name(Some(" "));
    let changes: types::UpdateProductParams = changes.try_into().expect("complete");
    assert_eq!(changes.caption.as_deref(), Some("Warm"));
    assert_eq!(changes.description.as_deref(), Some("Woollen"));
    assert_eq!(changes.url, None);
    // A name of spaces breaks the spec's pattern, and the check says so before sending.
    let message = assert_refused(
        &server,
        stripe.update_product("prod_1", changes).await,
        "name",
    )
    .await;
    assert!(message.contains("pattern"), "{message}");
}

#[tokio::test]
async fn an_empty_or_blank_name_is_refused() {
    let (server, stripe) = setup().await;
    for name in ["", "  "] {
        let product = types::CreateProductParams::builder().name(name);
        assert_refused(&server, stripe.create_product(product).await, "name").await;
    }
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
        stripe.get_customer("cus_1/../../v1/charges", &[]).await,
        "id",
    )
    .await;
    assert_refused(&server, stripe.get_customer("", &[]).await, "id").await;
    let changes = types::UpdateCustomerParams::builder();
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

#[tokio::test]
async fn run_action_refuses_an_input_the_action_does_not_have() {
    let (server, stripe) = setup().await;
    let inputs = serde_json::json!({"name": "Hat", "captoin": "Warm"});
    let result = stripe.run_action("CreateProduct", inputs).await;
    let message = assert_refused(&server, result, "inputs").await;
    assert!(message.contains("captoin"), "{message}");
    let result = stripe
        .run_action("DeleteEverything", serde_json::json!({}))
        .await;
    assert_refused(&server, result, "operation_id").await;
    let result = stripe
        .run_action("GetCustomer", serde_json::json!({"customer": 7}))
        .await;
    assert_refused(&server, result, "customer").await;
}

#[tokio::test]
async fn an_id_that_would_change_the_path_is_refused() {
    let (server, stripe) = setup().await;
    for id in [".", "..", "cus\\1"] {
        assert_refused(&server, stripe.get_customer(id, &[]).await, "id").await;
    }
}
