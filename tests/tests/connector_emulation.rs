//! Does the exported connector work, not only validate? Each of the operations is called
//! as Power Platform would call it, built from `power-platform/` alone (its policies applied,
//! its form fields encoded), sent to `fake-stripe`, and its answer checked against the schema
//! the connector declares. Each trigger is polled twice the way its `pollingtrigger` policy
//! polls, and an object added between the polls must arrive, alone, in the second.

mod powerplatform;

use std::collections::BTreeMap;

use fake_stripe::FakeStripe;
use powerplatform::Connector;
use powerplatform::emulator::{Poller, Request};
use serde_json::{Map, Value, json};
use stripe_connector::connector;
use stripe_connector::metadata::InputShape;

const KEY: &str = "sk_test_emulatedplatform";
const START: i64 = 1_570_000_000;

struct Platform {
    connector: Connector,
    fake: FakeStripe,
    http: reqwest::Client,
}

fn connection() -> BTreeMap<String, String> {
    BTreeMap::from([("api_key".to_string(), KEY.to_string())])
}

/// The required inputs of operation `id`, each with a plain value of its shape, from the spec
/// (through `connector::ACTIONS`); none for a trigger's list.
fn required_inputs(id: &str) -> Map<String, Value> {
    connector::ACTIONS
        .iter()
        .filter(|action| action.operation_id == id)
        .flat_map(|action| action.inputs)
        .filter(|input| input.required)
        .map(|input| (input.name.to_string(), sample(&input.shape)))
        .collect()
}

/// A value of `shape` that every limit of the spec accepts.
fn sample(shape: &InputShape) -> Value {
    match shape {
        InputShape::Text => json!("x_1"),
        InputShape::Choice(values) => json!(values.first()),
        InputShape::Integer | InputShape::Timestamp => json!(1),
        InputShape::Number => json!(1.5),
        InputShape::Boolean => json!(true),
        InputShape::List(item) => json!([sample(item)]),
        InputShape::Map(value) => json!({ "key": sample(value) }),
        InputShape::Object(fields) => fields
            .iter()
            .filter(|field| field.required)
            .map(|field| (field.name.to_string(), sample(&field.shape)))
            .collect::<Map<_, _>>()
            .into(),
    }
}

fn inputs(value: Value) -> Map<String, Value> {
    value.as_object().cloned().expect("inputs are an object")
}

impl Platform {
    async fn start() -> Platform {
        let fake = fake_stripe::start().await.expect("the fake starts");
        fake.set_time(START);
        Platform {
            connector: Connector::exported(),
            fake,
            http: stripe_connector::client_builder()
                .build()
                .expect("an HTTP client"),
        }
    }

    /// Sends a request built by the emulator to the fake (in place of `https://api.stripe.com`).
    async fn send(&self, request: &Request) -> (u16, Value) {
        let method = reqwest::Method::from_bytes(request.method.as_bytes()).expect("a method");
        let url = format!("{}{}", self.fake.base_url(), request.target);
        let mut builder = self.http.request(method, url);
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        if let Some(body) = &request.body {
            builder = builder.body(body.clone());
        }
        let response = builder.send().await.expect("the fake answers");
        let status = response.status().as_u16();
        let bytes = response.bytes().await.expect("a body");
        let body = serde_json::from_slice(&bytes).expect("Stripe answers JSON");
        (status, body)
    }

    /// Runs an action as a flow would and returns its answer, checked against the declared one.
    async fn run(&self, operation: &str, flow_inputs: Value) -> (Request, u16, Value) {
        let request = self
            .connector
            .request(
                operation,
                &inputs(flow_inputs),
                &connection(),
                &BTreeMap::new(),
            )
            .unwrap_or_else(|e| panic!("the platform sends `{operation}`: {e}"));
        let (status, body) = self.send(&request).await;
        let problems = self.connector.check_answer(operation, status, &body);
        assert!(
            problems.is_empty(),
            "`{operation}` answered {status}, not as declared:\n{}\n{body}",
            problems.join("\n")
        );
        println!(
            "{operation}: {} {} -> {status}",
            request.method, request.target
        );
        (request, status, body)
    }

    /// One poll of a trigger, as its policy runs it: the state in the query, the items at the
    /// data path, the next state from the answer.
    async fn poll(&self, trigger: &str, poller: &mut Poller) -> Vec<Value> {
        let request = self
            .connector
            .request(trigger, &Map::new(), &connection(), &poller.state)
            .unwrap_or_else(|e| panic!("the platform polls `{trigger}`: {e}"));
        let (status, body) = self.send(&request).await;
        assert_eq!(status, 200, "{trigger}: {body}");
        let problems = self.connector.check_answer(trigger, status, &body);
        assert!(problems.is_empty(), "{trigger}: {}", problems.join("\n"));
        let items = poller
            .update(&self.connector, trigger, &body)
            .unwrap_or_else(|e| panic!("the policy of `{trigger}` reads the answer: {e}"));
        println!(
            "{trigger}: GET {} -> {status}, {} item(s), next state {:?}",
            request.target,
            items.len(),
            poller.state
        );
        items
    }

    /// Creates an object the connector has no action for: posts the encoded form `body` to
    /// `path` on the fake, as Stripe's docs show; Stripe's answer.
    async fn post_form(&self, path: &str, body: String) -> Value {
        let response = self
            .http
            .post(format!("{}{path}", self.fake.base_url()))
            .header("authorization", format!("Bearer {KEY}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .expect("the fake answers");
        assert!(response.status().is_success(), "{path}");
        serde_json::from_slice(&response.bytes().await.expect("a body")).expect("JSON")
    }

    async fn customer(&self, email: &str) -> String {
        let (_, _, customer) = self.run("CreateCustomer", json!({ "email": email })).await;
        customer["id"].as_str().expect("an id").to_string()
    }

    /// A new object of the kind `trigger` delivers, made with the fake's example form for the
    /// trigger's list; an invoice item goes to `customer`.
    async fn new_object(&self, trigger: &str, customer: &str) -> Value {
        let path = connector::TRIGGERS
            .iter()
            .find(|info| info.name == trigger)
            .unwrap_or_else(|| panic!("{trigger} is no trigger of the spec"))
            .path;
        let form = fake_stripe::example_form(path, customer)
            .unwrap_or_else(|| panic!("the fake creates no objects on {path}"));
        self.post_form(path, form).await
    }
}

fn ids(items: &[Value]) -> Vec<&str> {
    items.iter().filter_map(|i| i["id"].as_str()).collect()
}

#[tokio::test]
async fn every_action_runs_against_stripe_and_answers_as_declared() {
    let platform = Platform::start().await;
    let images = ["https://example.com/a.png", "https://example.com/b.png"];
    let (request, _, product) = platform
        .run(
            "CreateProduct",
            json!({
                "name": "Hat",
                "caption": "Warm",
                "shippable": false,
                "images[0]": images[0],
                "images[1]": images[1],
            }),
        )
        .await;
    // The form as the platform encodes it; `type` is the constant the platform always sends.
    let body = request.body.as_deref().expect("a form body");
    assert!(
        body.contains("images%5B0%5D=https%3A%2F%2Fexample.com%2Fa.png"),
        "{body}"
    );
    assert!(body.contains("type=good"), "{body}");
    assert_eq!(product["name"], "Hat");
    assert_eq!(
        product["images"],
        json!(images),
        "Stripe read the numbered fields as one list"
    );
    assert_eq!(product["shippable"], false);
    let id = product["id"].as_str().expect("an id");

    let (_, _, updated) = platform
        .run(
            "UpdateProduct",
            json!({ "id": id, "caption": "Warmer", "images[0]": images[1] }),
        )
        .await;
    assert_eq!(updated["caption"], "Warmer");
    assert_eq!(updated["images"], json!([images[1]]));

    let customer = platform.customer("ada@example.com").await;
    let (_, _, got) = platform
        .run("GetCustomer", json!({ "customer": customer }))
        .await;
    assert_eq!(got["email"], "ada@example.com");
    let (_, _, changed) = platform
        .run(
            "UpdateCustomer",
            json!({ "customer": customer, "description": "First customer" }),
        )
        .await;
    assert_eq!(changed["description"], "First customer");
}

/// Objects and lists as the platform sends them, bracketed fields and numbered items, are
/// what Stripe reads: the answer holds them back as objects and lists.
#[tokio::test]
async fn bracketed_and_numbered_fields_reach_stripe_as_objects_and_lists() {
    let platform = Platform::start().await;
    let (request, _, customer) = platform
        .run(
            "CreateCustomer",
            json!({
                "email": "nested@example.com",
                "address[line1]": "1 Main St",
                "address[city]": "Springfield",
                "shipping[name]": "Ada",
                "shipping[address][line1]": "2 Side St",
                "shipping[address][city]": "Shelbyville",
                "preferred_locales[0]": "fr",
                "preferred_locales[1]": "en",
                "tax_exempt": "reverse",
            }),
        )
        .await;
    let body = request.body.as_deref().expect("a form body");
    assert!(
        body.contains("shipping%5Baddress%5D%5Bcity%5D=Shelbyville"),
        "{body}"
    );
    assert_eq!(customer["address"]["line1"], "1 Main St");
    assert_eq!(customer["address"]["city"], "Springfield");
    assert_eq!(customer["shipping"]["name"], "Ada");
    assert_eq!(customer["shipping"]["address"]["city"], "Shelbyville");
    assert_eq!(customer["preferred_locales"], json!(["fr", "en"]));
    assert_eq!(customer["tax_exempt"], "reverse");
}

#[tokio::test]
async fn every_request_carries_the_key_as_bearer_and_the_pinned_version() {
    let platform = Platform::start().await;
    for (_, _, op) in platform.connector.operations() {
        let id = op["operationId"].as_str().expect("an operationId");
        let request = platform
            .connector
            .request(id, &required_inputs(id), &connection(), &BTreeMap::new())
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {KEY}").as_str()),
            "{id}"
        );
        assert_eq!(request.header("stripe-version"), Some("2019-10-08"), "{id}");
    }
}

#[tokio::test]
async fn without_its_policies_the_key_alone_is_refused() {
    let platform = Platform::start().await;
    let mut bare = platform.connector.clone();
    bare.properties["properties"]["policyTemplateInstances"] = json!([]);
    let request = bare
        .request(
            "CreateCustomer",
            &inputs(json!({ "email": "x@example.com" })),
            &connection(),
            &BTreeMap::new(),
        )
        .expect("a request");
    assert_eq!(request.header("authorization"), Some(KEY));
    let (status, body) = platform.send(&request).await;
    assert_eq!(status, 401, "{body}");
}

#[tokio::test]
async fn a_stripe_error_answers_as_declared() {
    let platform = Platform::start().await;
    let request = platform
        .connector
        .request(
            "GetCustomer",
            &inputs(json!({ "customer": "cus_missing" })),
            &connection(),
            &BTreeMap::new(),
        )
        .expect("a request");
    let (status, body) = platform.send(&request).await;
    assert_eq!(status, 404);
    let problems = platform
        .connector
        .check_answer("GetCustomer", status, &body);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(body["error"]["type"], "invalid_request_error");
}

#[tokio::test]
async fn the_platform_refuses_what_the_connector_does_not_declare() {
    let connector = Connector::exported();
    let refuse = |id: &str, inputs: Value| {
        connector
            .request(
                id,
                &inputs.as_object().cloned().unwrap_or_default(),
                &connection(),
                &BTreeMap::new(),
            )
            .expect_err("refused before sending")
    };
    assert!(refuse("CreateProduct", json!({ "caption": "no name" })).contains("needs `name`"));
    assert!(
        refuse("CreateProduct", json!({ "name": "Hat", "images": "a,b" }))
            .contains("no input `images`")
    );
    assert!(
        refuse("CreateProduct", json!({ "name": "Hat", "type": "digital" }))
            .contains("takes one of")
    );
    assert!(refuse("CreateProduct", json!({ "name": "Hat", "active": "yes" })).contains("boolean"));
}

#[tokio::test]
async fn each_trigger_delivers_a_new_object_on_the_next_poll() {
    let platform = Platform::start().await;
    let customer = platform.customer("owner@example.com").await;
    for trigger in connector::TRIGGERS.iter().map(|info| info.name) {
        platform.new_object(trigger, &customer).await;
        platform.fake.advance(1);
        let mut poller = Poller::default();
        // The first poll finds what exists and keeps the newest object's creation time.
        let first = platform.poll(trigger, &mut poller).await;
        assert!(
            !first.is_empty(),
            "{trigger}: the first poll sees the existing object"
        );
        let watermark = poller.state.get("created[gt]").cloned();
        assert!(watermark.is_some(), "{trigger}: the policy set its state");

        // Nothing new: an empty answer keeps the state.
        platform.fake.advance(1);
        assert!(
            platform.poll(trigger, &mut poller).await.is_empty(),
            "{trigger}"
        );
        assert_eq!(
            poller.state.get("created[gt]"),
            watermark.as_ref(),
            "{trigger}"
        );

        platform.fake.advance(1);
        let added = platform.new_object(trigger, &customer).await;
        let second = platform.poll(trigger, &mut poller).await;
        assert_eq!(
            ids(&second),
            [added["id"].as_str().expect("an id")],
            "{trigger}"
        );
        assert_ne!(
            poller.state.get("created[gt]"),
            watermark.as_ref(),
            "{trigger}"
        );
        platform.fake.advance(1);
    }
}

/// What the exported README tells its users: the platform keeps one creation time and asks
/// for objects created after it, so an object created later in that same second is never
/// delivered; the library's trigger delivers it.
#[tokio::test]
async fn an_object_of_the_watermark_second_is_lost_by_the_platform_but_not_by_the_library() {
    let platform = Platform::start().await;
    platform.customer("first@example.com").await;
    let stripe = stripe_connector::Connection::builder(KEY)
        .base_url(platform.fake.base_url())
        .build()
        .expect("a connection");
    let anchored =
        stripe_connector::poll::<stripe_connector::triggers::OnNewCustomer>(&stripe, None)
            .await
            .expect("the library anchors");

    let mut poller = Poller::default();
    assert_eq!(platform.poll("OnNewCustomer", &mut poller).await.len(), 1);
    // Same second, after the poll.
    let late = platform.customer("late@example.com").await;
    platform.fake.advance(5);
    assert!(
        platform.poll("OnNewCustomer", &mut poller).await.is_empty(),
        "the platform asks for created[gt] the second it saw, so the late customer never comes"
    );

    let polled = stripe_connector::poll::<stripe_connector::triggers::OnNewCustomer>(
        &stripe,
        Some(&anchored.state),
    )
    .await
    .expect("the library polls");
    let delivered: Vec<&str> = polled.items.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(delivered, [late.as_str()]);
}

/// The platform reads one page: when more objects arrive between two polls than a page holds,
/// the older ones are skipped (the README says so).
#[tokio::test]
async fn a_burst_larger_than_a_page_is_cut_by_the_platform() {
    let platform = Platform::start().await;
    platform.customer("first@example.com").await;
    let mut poller = Poller::default();
    platform.poll("OnNewCustomer", &mut poller).await;
    let (_, _, op) = platform
        .connector
        .operation("OnNewCustomer")
        .expect("the trigger");
    let page = op["parameters"]
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["name"] == "limit"))
        .and_then(|p| p["default"].as_u64())
        .expect("the page size the platform asks for");
    for i in 0..=page {
        platform.fake.advance(1);
        platform.customer(&format!("c{i}@example.com")).await;
    }
    let delivered = platform.poll("OnNewCustomer", &mut poller).await;
    assert_eq!(delivered.len() as u64, page, "one page, one customer short");
    platform.fake.advance(1);
    assert!(
        platform.poll("OnNewCustomer", &mut poller).await.is_empty(),
        "the oldest is lost"
    );
}

/// The answers are really checked: a declared type that the answer does not have is caught.
#[tokio::test]
async fn an_answer_that_differs_from_the_declared_schema_is_caught() {
    let platform = Platform::start().await;
    let customer = platform.customer("typed@example.com").await;
    let (_, _, body) = platform
        .run("GetCustomer", json!({ "customer": customer }))
        .await;
    let mut wrong = platform.connector.clone();
    wrong.definition["paths"]["/v1/customers/{customer}"]["get"]["responses"]["200"]["schema"]["properties"]
        ["email"]["type"] = json!("integer");
    let problems = wrong.check_answer("GetCustomer", 200, &body);
    assert!(
        problems.iter().any(|p| p.contains("/email")),
        "{problems:?}"
    );
    let mut not_null = platform.connector.clone();
    not_null.definition["paths"]["/v1/customers/{customer}"]["get"]["responses"]["200"]["schema"]
        ["properties"]["description"]
        .as_object_mut()
        .expect("description")
        .remove("x-nullable");
    let problems = not_null.check_answer("GetCustomer", 200, &body);
    assert!(
        problems.iter().any(|p| p.contains("/description")),
        "a null description needs x-nullable: {problems:?}"
    );
}
