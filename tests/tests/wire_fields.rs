//! The spec's field conventions on the wire: objects, lists of objects and hashes in Stripe's
//! bracket form, fields unset with an empty value (`x-clearable`, a hash key, a string),
//! `expand[]` in a query, expandable fields decoded as an id or an object (`x-expandable`,
//! `oneOf` variants told apart), and the limits of hashes and nested objects refused before
//! anything is sent.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use stripe_connector::{
    Clearable, Connection, Error, Expandable, Identified, RetryPolicy, to_form, types,
};
use tests::stripe_fixture;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A mock that answers every request with `body`, and a connection to it without retries.
async fn serve(body: Value) -> (MockServer, Connection) {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let stripe = Connection::builder("sk_test_fields")
        .base_url(server.uri())
        .retry(RetryPolicy::none())
        .build()
        .expect("a loopback base URL and a test key are accepted");
    (server, stripe)
}

/// The requests the mock received.
async fn requests(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.expect("recording is on")
}

/// The body of the one request the mock received.
async fn only_body(server: &MockServer) -> String {
    let requests = requests(server).await;
    assert_eq!(requests.len(), 1, "exactly one request is sent");
    String::from_utf8(requests[0].body.clone()).expect("a form is text")
}

/// Stripe's example customer, as the mock's answer.
fn customer() -> Value {
    stripe_fixture("customer")
}

/// Stripe's example product, as the mock's answer.
fn product() -> Value {
    stripe_fixture("product")
}

fn address(line1: &str) -> types::AddressParams {
    types::AddressParams::builder()
        .line1(line1)
        .city("Springfield")
        .try_into()
        .expect("line1 is given")
}

#[tokio::test]
async fn objects_lists_of_objects_and_hashes_are_sent_in_brackets() {
    let (server, stripe) = serve(customer()).await;
    let shipping: types::ShippingParams = types::ShippingParams::builder()
        .name("Jenny")
        .address(address("1 Main St"))
        .try_into()
        .expect("name and address are given");
    let tax_id: types::TaxIdDataParams = types::TaxIdDataParams::builder()
        .type_(types::TaxIdDataParamsType::EuVat)
        .value("DE123456789")
        .try_into()
        .expect("type and value are given");
    let jenny = types::CreateCustomerParams::builder()
        .address(address("1 Main St"))
        .shipping(shipping)
        .tax_id_data(vec![tax_id])
        .tax_exempt(types::CreateCustomerParamsTaxExempt::Reverse)
        .metadata(BTreeMap::from([
            ("size".to_string(), "L".to_string()),
            ("colour".to_string(), "red & blue".to_string()),
        ]))
        .expand(vec!["default_source".to_string()]);
    stripe
        .create_customer(jenny)
        .await
        .expect("the mock answers 200");
    assert_eq!(
        only_body(&server).await,
        "address[city]=Springfield&address[line1]=1+Main+St\
         &expand[0]=default_source\
         &metadata[colour]=red+%26+blue&metadata[size]=L\
         &shipping[address][city]=Springfield&shipping[address][line1]=1+Main+St&shipping[name]=Jenny\
         &tax_exempt=reverse\
         &tax_id_data[0][type]=eu_vat&tax_id_data[0][value]=DE123456789"
    );
}

#[tokio::test]
async fn numbers_of_an_object_are_sent_as_written() {
    let (server, stripe) = serve(product()).await;
    let box_: types::PackageDimensionsParams = types::PackageDimensionsParams::builder()
        .height(1.5)
        .length(10.0)
        .weight(0.25)
        .width(3.0)
        .try_into()
        .expect("all four are given");
    stripe
        .update_product(
            "prod_1",
            types::UpdateProductParams::builder().package_dimensions(box_),
        )
        .await
        .expect("the mock answers 200");
    assert_eq!(
        only_body(&server).await,
        "package_dimensions[height]=1.5&package_dimensions[length]=10.0&package_dimensions[weight]=0.25&package_dimensions[width]=3.0"
    );
}

#[tokio::test]
async fn a_clearable_field_is_unset_with_an_empty_value() {
    let (server, stripe) = serve(product()).await;
    let changes = types::UpdateProductParams::builder()
        .images(Clearable::Clear)
        .package_dimensions(Clearable::Clear);
    stripe
        .update_product("prod_1", changes)
        .await
        .expect("the mock answers 200");
    assert_eq!(only_body(&server).await, "images=&package_dimensions=");

    let (server, stripe) = serve(customer()).await;
    let changes = types::UpdateCustomerParams::builder()
        .address(Clearable::Clear)
        .description("");
    stripe
        .update_customer("cus_1", changes)
        .await
        .expect("the mock answers 200");
    assert_eq!(
        only_body(&server).await,
        "address=&description=",
        "a plain string is cleared with an empty one, no Clearable needed"
    );
}

#[tokio::test]
async fn a_clearable_setter_takes_a_value_an_option_or_a_clearable() {
    let images = vec!["https://a.example/1.png".to_string()];
    let forms: Vec<String> = [
        types::UpdateProductParams::builder().images(images.clone()),
        types::UpdateProductParams::builder().images(Some(images.clone())),
        types::UpdateProductParams::builder().images(Clearable::Set(images)),
        types::UpdateProductParams::builder().images(None::<Vec<String>>),
    ]
    .into_iter()
    .map(|builder| {
        let params: types::UpdateProductParams = builder.try_into().expect("nothing is required");
        to_form(&params).expect("encodes")
    })
    .collect();
    assert_eq!(forms[0], "images[0]=https://a.example/1.png");
    assert_eq!(forms[1], forms[0]);
    assert_eq!(forms[2], forms[0]);
    assert_eq!(forms[3], "", "None leaves the field out");
}

#[tokio::test]
async fn a_metadata_key_sent_empty_is_unset() {
    let (server, stripe) = serve(customer()).await;
    let changes = types::UpdateCustomerParams::builder()
        .metadata(BTreeMap::from([("size".to_string(), String::new())]));
    stripe
        .update_customer("cus_1", changes)
        .await
        .expect("the mock answers 200");
    assert_eq!(only_body(&server).await, "metadata[size]=");
}

#[tokio::test]
async fn get_customer_sends_each_expansion_and_decodes_the_expanded_object() {
    let mut answer = customer();
    answer["default_source"] = card();
    let (server, stripe) = serve(answer).await;
    let jenny = stripe
        .get_customer("cus_1", &["default_source", "sources"])
        .await
        .expect("the mock answers 200");
    let request = &requests(&server).await[0];
    assert_eq!(
        request.url.query(),
        Some("expand%5B%5D=default_source&expand%5B%5D=sources")
    );
    let source = jenny.default_source.expect("expanded");
    assert_eq!(source.id(), card()["id"]);
    match source.as_object() {
        Some(types::PaymentSource::Card(card)) => assert_eq!(card.last4, "4242"),
        other => panic!("expected a card, got {other:?}"),
    }

    let (server, stripe) = serve(customer()).await;
    stripe
        .get_customer("cus_1", &[])
        .await
        .expect("the mock answers 200");
    assert_eq!(
        requests(&server).await[0].url.query(),
        None,
        "no expansion, no query"
    );
}

/// Stripe's example card.
fn card() -> Value {
    stripe_fixture("card")
}

/// Stripe's example charge, with its `customer` and `invoice` as given.
fn charge(customer: Value, invoice: Value) -> types::Charge {
    let mut charge = stripe_fixture("charge");
    charge["customer"] = customer;
    charge["invoice"] = invoice;
    serde_json::from_value(charge).expect("a charge")
}

#[test]
fn an_expandable_field_is_an_id_or_the_object_it_names() {
    let plain = charge(json!("cus_1"), Value::Null);
    let customer = plain.customer.expect("given");
    assert!(matches!(&customer, Expandable::Id(id) if id == "cus_1"));
    assert_eq!(customer.id(), "cus_1");
    assert!(customer.as_object().is_none());
    assert!(plain.invoice.is_none(), "null is None");

    let expanded = charge(
        customer_json(),
        json!({"id": "in_1", "object": "invoice", "total": 5}),
    );
    let customer = expanded.customer.expect("given");
    assert_eq!(customer.id(), "cus_1");
    match customer.into_object() {
        Some(types::CustomerOrDeletedCustomer::Customer(c)) => {
            assert_eq!(c.email.as_deref(), Some("j@x.org"))
        }
        other => panic!("expected a customer, got {other:?}"),
    }
    let invoice = expanded.invoice.expect("given");
    assert_eq!(
        invoice.id(),
        "in_1",
        "a free-form object's id is its \"id\" key"
    );
    assert_eq!(invoice.as_object().expect("expanded")["total"], 5);
}

/// Stripe's example customer, as `cus_1` with an email.
fn customer_json() -> Value {
    let mut customer = customer();
    customer["id"] = json!("cus_1");
    customer["email"] = json!("j@x.org");
    customer
}

#[test]
fn one_of_variants_are_told_apart() {
    let deleted = charge(
        json!({"id": "cus_2", "object": "customer", "deleted": true}),
        Value::Null,
    );
    match deleted.customer.as_ref().and_then(Expandable::as_object) {
        Some(types::CustomerOrDeletedCustomer::DeletedCustomer(d)) => assert!(d.deleted),
        other => panic!("expected a deleted customer, got {other:?}"),
    }
    assert_eq!(deleted.customer.expect("given").id(), "cus_2");

    let bank: types::PaymentSource =
        serde_json::from_value(stripe_fixture("bank_account")).expect("a bank account");
    assert!(matches!(&bank, types::PaymentSource::BankAccount(b) if b.last4 == "6789"));
    assert_eq!(bank.id(), stripe_fixture("bank_account")["id"]);
    let card: types::PaymentSource = serde_json::from_value(card()).expect("a card");
    assert!(matches!(card, types::PaymentSource::Card(_)));
    let unknown = serde_json::from_value::<types::PaymentSource>(
        json!({"id": "src_1", "object": "source", "last4": "1"}),
    );
    assert!(unknown.is_err(), "an object of neither kind is refused");
}

#[test]
fn an_expandable_field_encodes_back_as_it_came() {
    for value in [json!("cus_1"), customer_json()] {
        let decoded = charge(value.clone(), Value::Null);
        let encoded = serde_json::to_value(&decoded).expect("encodes");
        assert_eq!(
            encoded["customer"]["id"]
                .as_str()
                .unwrap_or_else(|| encoded["customer"].as_str().expect("an id")),
            "cus_1"
        );
        assert_eq!(encoded["customer"].is_string(), value.is_string());
    }
}

/// The refusal of an action, and that nothing reached the mock.
async fn refused(
    server: &MockServer,
    result: Result<impl std::fmt::Debug, Error>,
) -> (String, String) {
    assert!(requests(server).await.is_empty(), "nothing is sent");
    match result {
        Err(Error::InvalidInput { field, reason }) => (field.to_string(), reason),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn the_limits_of_a_hash_are_checked_before_sending() {
    let (server, stripe) = serve(customer()).await;
    let many: BTreeMap<String, String> = (0..51)
        .map(|i| (format!("k{i}"), "v".to_string()))
        .collect();
    let result = stripe
        .update_customer(
            "cus_1",
            types::UpdateCustomerParams::builder().metadata(many),
        )
        .await;
    assert_eq!(
        refused(&server, result).await,
        (
            "metadata".to_string(),
            "51 keys given; at most 50".to_string()
        )
    );

    let long_key = BTreeMap::from([("k".repeat(41), "v".to_string())]);
    let result = stripe
        .create_product(
            types::CreateProductParams::builder()
                .name("Hat")
                .metadata(long_key),
        )
        .await;
    let (field, reason) = refused(&server, result).await;
    assert_eq!(field, "metadata");
    assert!(
        reason.ends_with("has 41 characters; at most 40"),
        "{reason}"
    );

    let long_value = BTreeMap::from([("size".to_string(), "v".repeat(501))]);
    let result = stripe
        .update_product(
            "prod_1",
            types::UpdateProductParams::builder().metadata(long_value),
        )
        .await;
    assert_eq!(
        refused(&server, result).await,
        (
            "metadata".to_string(),
            "the value of \"size\": 501 characters given; at most 500".to_string()
        )
    );
}

#[tokio::test]
async fn the_limits_inside_objects_are_checked_before_sending() {
    let (server, stripe) = serve(customer()).await;
    let result = stripe
        .update_customer(
            "cus_1",
            types::UpdateCustomerParams::builder().address(address(&"x".repeat(5001))),
        )
        .await;
    assert_eq!(
        refused(&server, result).await,
        (
            "address.line1".to_string(),
            "5001 characters given; at most 5000".to_string()
        )
    );

    let shipping: types::ShippingParams = types::ShippingParams::builder()
        .name("Jenny")
        .address(
            types::AddressParams::builder()
                .line1("1 Main St")
                .state("s".repeat(5001)),
        )
        .try_into()
        .expect("given");
    let result = stripe
        .create_customer(types::CreateCustomerParams::builder().shipping(shipping))
        .await;
    assert_eq!(refused(&server, result).await.0, "shipping.address.state");

    let result = stripe.get_customer("cus_1", &[&"e".repeat(5001)]).await;
    assert_eq!(refused(&server, result).await.0, "expand");
}
