//! The generated client on the wire: what each action sends, checked against a local HTTP mock,
//! and Stripe's own example objects decoded through the generated types.

use serde_json::{Value, json};
use stripe_connector::{Connection, Error, ErrorCode, RetryPolicy, Timestamp, types};
use tests::stripe_openapi_dir;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// Stripe's example object of the given type, from `fixtures3.2019-10-08.json`.
fn fixture(name: &str) -> Value {
    let text = std::fs::read_to_string(stripe_openapi_dir().join("fixtures3.2019-10-08.json"))
        .expect("Stripe's fixtures are checked in");
    let fixtures: Value = serde_json::from_str(&text).expect("fixtures are JSON");
    fixtures["resources"][name].clone()
}

/// An empty page of a list, as Stripe answers it.
fn empty_list(url: &str) -> Value {
    json!({"object": "list", "url": url, "has_more": false, "data": []})
}

/// The test key; the mock accepts anything.
const KEY: &str = "sk_test_wire";

/// A connection to `server`, without retries so each test sees exactly one request.
fn connect(server: &MockServer) -> Connection {
    Connection::builder(KEY)
        .base_url(server.uri())
        .retry(RetryPolicy::none())
        .build()
        .expect("a loopback base URL and a test key are accepted")
}

/// A mock that answers every request with `body`, and a connection to it.
async fn serve(body: Value) -> (MockServer, Connection) {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let connection = connect(&server);
    (server, connection)
}

/// The one request the mock received.
async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "exactly one request is sent");
    requests.remove(0)
}

fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request
        .headers
        .get(name)
        .map(|v| v.to_str().expect("ASCII header"))
}

/// What every request carries, whatever the action.
fn assert_stripe_headers(request: &Request) {
    assert_eq!(header(request, "stripe-version"), Some("2019-10-08"));
    assert_eq!(
        header(request, "api-version"),
        None,
        "progenitor's header is replaced"
    );
    assert_eq!(
        header(request, "user-agent"),
        Some(stripe_connector::USER_AGENT)
    );
}

fn assert_form(request: &Request, method: &str, path: &str, body: &str) {
    assert_eq!(request.method.as_str(), method);
    assert_eq!(request.url.path(), path);
    assert_eq!(
        header(request, "content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(String::from_utf8_lossy(&request.body), body);
    assert_stripe_headers(request);
    let key = header(request, "idempotency-key").expect("every POST has an Idempotency-Key");
    assert!(!key.is_empty() && key.len() <= 255);
}

#[tokio::test]
async fn create_product_sends_a_bracketed_form_with_type_good() {
    let (server, stripe) = serve(fixture("product")).await;
    let hat = types::CreateProductParams::builder()
        .name("Hat")
        .images(vec![
            "https://a.example/1.png".to_string(),
            "https://a.example/2.png".to_string(),
        ]);
    let product = stripe
        .create_product(hat)
        .await
        .expect("the mock answers 200");
    assert_form(
        &only_request(&server).await,
        "POST",
        "/v1/products",
        "images[0]=https://a.example/1.png&images[1]=https://a.example/2.png&name=Hat&type=good",
    );
    assert_eq!(product.id, fixture("product")["id"]);
}

#[tokio::test]
async fn form_values_are_percent_encoded() {
    let (server, stripe) = serve(fixture("product")).await;
    let product = types::CreateProductParams::builder()
        .name("Hat & Scarf = 2+1")
        .active(false)
        .url("https://example.com/?a=1&b=2".to_string());
    stripe
        .create_product(product)
        .await
        .expect("the mock answers 200");
    assert_form(
        &only_request(&server).await,
        "POST",
        "/v1/products",
        "active=false&name=Hat+%26+Scarf+%3D+2%2B1&type=good&url=https://example.com/?a%3D1%26b%3D2",
    );
}

#[tokio::test]
async fn update_product_sends_only_the_fields_given() {
    let (server, stripe) = serve(fixture("product")).await;
    let changes = types::UpdateProductParams::builder()
        .caption("Warm".to_string())
        .shippable(true);
    stripe
        .update_product("prod_123", changes)
        .await
        .expect("the mock answers 200");
    assert_form(
        &only_request(&server).await,
        "POST",
        "/v1/products/prod_123",
        "caption=Warm&shippable=true",
    );
}

#[tokio::test]
async fn create_customer_sends_email_and_description() {
    let (server, stripe) = serve(fixture("customer")).await;
    let jenny = types::CreateCustomerParams::builder()
        .email("jenny@example.com".to_string())
        .description("Jenny".to_string());
    stripe
        .create_customer(jenny)
        .await
        .expect("the mock answers 200");
    assert_form(
        &only_request(&server).await,
        "POST",
        "/v1/customers",
        "description=Jenny&email=jenny@example.com",
    );
}

#[tokio::test]
async fn update_customer_with_an_empty_string_clears_the_field() {
    let (server, stripe) = serve(fixture("customer")).await;
    let changes = types::UpdateCustomerParams::builder().description(String::new());
    stripe
        .update_customer("cus_123", changes)
        .await
        .expect("the mock answers 200");
    assert_form(
        &only_request(&server).await,
        "POST",
        "/v1/customers/cus_123",
        "description=",
    );
}

#[tokio::test]
async fn get_customer_sends_no_body() {
    let (server, stripe) = serve(fixture("customer")).await;
    let customer = stripe
        .get_customer("cus_123", &[])
        .await
        .expect("the mock answers 200");
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(request.url.path(), "/v1/customers/cus_123");
    assert!(request.body.is_empty());
    assert_stripe_headers(&request);
    assert_eq!(
        header(&request, "idempotency-key"),
        None,
        "only POSTs carry one"
    );
    assert_eq!(customer.account_balance, Some(0));
}

#[tokio::test]
async fn a_callers_idempotency_key_is_sent_as_given() {
    let (server, stripe) = serve(fixture("customer")).await;
    stripe
        .with_idempotency_key("order-42-customer")
        .expect("a short ASCII key is accepted")
        .create_customer(types::CreateCustomerParams::builder())
        .await
        .expect("the mock answers 200");
    let request = only_request(&server).await;
    assert_eq!(
        header(&request, "idempotency-key"),
        Some("order-42-customer")
    );
}

#[tokio::test]
async fn list_sends_bracketed_created_filters() {
    let (server, stripe) = serve(empty_list("/v1/orders")).await;
    let page = stripe
        .client()
        .list_orders()
        .limit(std::num::NonZeroU64::new(100).expect("not zero"))
        .created_gte(Timestamp::from_unix_seconds(1_570_000_000))
        .starting_after("or_1")
        .send()
        .await
        .expect("the mock answers 200");
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/v1/orders");
    assert_eq!(
        request.url.query(),
        Some("created%5Bgte%5D=1570000000&limit=100&starting_after=or_1")
    );
    assert_stripe_headers(&request);
    assert!(page.data.is_empty() && !page.has_more);
}

#[tokio::test]
async fn a_stripe_error_arrives_typed_with_its_request_id() {
    let server = MockServer::start().await;
    let envelope = json!({"error": {
        "type": "invalid_request_error", "code": "resource_missing", "param": "id",
        "message": "No such customer: cus_404", "doc_url": "https://stripe.com/docs/error-codes/resource-missing"
    }});
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_json(envelope)
                .insert_header("request-id", "req_123"),
        )
        .mount(&server)
        .await;
    let error = connect(&server)
        .get_customer("cus_404", &[])
        .await
        .unwrap_err();
    let Error::Stripe(stripe) = &error else {
        panic!("a 404 is Stripe's error envelope, got {error:?}");
    };
    assert_eq!(stripe.status, 404);
    assert_eq!(stripe.request_id.as_deref(), Some("req_123"));
    assert_eq!(stripe.kind, types::ApiErrorType::InvalidRequestError);
    assert_eq!(stripe.code.as_deref(), Some("resource_missing"));
    assert_eq!(stripe.error_code(), Some(ErrorCode::ResourceMissing));
    assert_eq!(stripe.param.as_deref(), Some("id"));
    assert_eq!(stripe.message.as_deref(), Some("No such customer: cus_404"));
    assert_eq!(
        error.to_string(),
        "Stripe invalid_request_error (404, resource_missing, param id): No such customer: cus_404 [request req_123]"
    );
}

#[tokio::test]
async fn a_body_that_does_not_match_the_spec_is_an_error_with_an_excerpt() {
    let server = MockServer::start().await;
    let body = format!("{{\"id\": 42, \"padding\": \"{}\"}}", "x".repeat(1000));
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string(body)
                .insert_header("request-id", "req_9"),
        )
        .mount(&server)
        .await;
    let error = connect(&server)
        .get_customer("cus_1", &[])
        .await
        .unwrap_err();
    assert!(
        error.to_string().contains("does not match the spec"),
        "{error}"
    );
    let Error::UnexpectedResponse { excerpt, .. } = error else {
        panic!("a body of the wrong shape is an unexpected response, got {error:?}");
    };
    assert!(
        excerpt.starts_with("{\"id\": 42"),
        "the excerpt shows the start: {excerpt}"
    );
    assert!(
        excerpt.chars().count() <= 121,
        "never the whole body: {excerpt}"
    );
}

#[tokio::test]
async fn an_error_type_stripe_added_later_is_still_stripes_error() {
    let server = MockServer::start().await;
    let envelope = json!({"error": {
        "type": "new_kind_of_error", "code": "brand_new", "param": "email",
        "message": "Something Stripe invented later"
    }});
    Mock::given(any())
        .respond_with(ResponseTemplate::new(400).set_body_json(envelope))
        .mount(&server)
        .await;
    let error = connect(&server)
        .get_customer("cus_1", &[])
        .await
        .unwrap_err();
    let Error::Stripe(stripe) = &error else {
        panic!("an unknown type is still Stripe's error envelope, got {error:?}");
    };
    assert_eq!(
        stripe.kind,
        types::ApiErrorType::Other("new_kind_of_error".to_string())
    );
    assert_eq!(stripe.code.as_deref(), Some("brand_new"));
    assert_eq!(
        stripe.error_code(),
        Some(ErrorCode::Other("brand_new".to_string()))
    );
    assert_eq!(stripe.param.as_deref(), Some("email"));
    assert_eq!(
        stripe.message.as_deref(),
        Some("Something Stripe invented later")
    );
    assert_eq!(
        error.to_string(),
        "Stripe new_kind_of_error (400, brand_new, param email): Something Stripe invented later"
    );
}

#[test]
fn an_open_enum_keeps_known_values_and_the_raw_string_of_others() {
    use types::ApiErrorType;
    let known: ApiErrorType = serde_json::from_value(json!("card_error")).expect("a known type");
    assert_eq!(
        known,
        ApiErrorType::CardError,
        "a listed value is not `Other`"
    );
    let later: ApiErrorType =
        serde_json::from_value(json!("new_kind_of_error")).expect("any string");
    assert_eq!(later, ApiErrorType::Other("new_kind_of_error".to_string()));
    assert_eq!(
        serde_json::to_value(&later).expect("encodes"),
        json!("new_kind_of_error")
    );
    assert_eq!(later.to_string(), "new_kind_of_error");
    assert_eq!("card_error".parse::<ApiErrorType>().ok(), Some(known));
    assert_eq!(
        ApiErrorType::try_from("new_kind_of_error").ok(),
        Some(later)
    );
    assert!(
        serde_json::from_value::<ApiErrorType>(json!(42)).is_err(),
        "only strings are error types"
    );
}

#[tokio::test]
async fn an_error_body_that_is_not_json_keeps_its_status() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(404).set_body_raw("Not Found", "text/plain"))
        .mount(&server)
        .await;
    let error = connect(&server)
        .get_customer("cus_1", &[])
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(404), "{error:?}");
    assert!(!error.is_transient(), "a 404 will not go away by waiting");
    let Error::UnexpectedResponse {
        detail, excerpt, ..
    } = &error
    else {
        panic!("a plain-text body is not Stripe's error envelope, got {error:?}");
    };
    assert!(detail.contains("not Stripe's error JSON"), "{detail}");
    assert_eq!(excerpt, "Not Found");
    assert!(error.to_string().contains("(404)"), "{error}");
}
