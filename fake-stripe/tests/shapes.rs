//! Objects carry every field of Stripe's 2019-10-08 fixtures, and nothing the fixtures lack.

mod common;

use std::collections::BTreeSet;

use common::Api;
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/data/stripe-openapi/fixtures3.2019-10-08.json"
    );
    let text = std::fs::read_to_string(path).expect("fixtures file");
    let all: Value = serde_json::from_str(&text).expect("fixtures json");
    all["resources"][name].clone()
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().expect("object").keys().cloned().collect()
}

fn assert_shape(name: &str, got: &Value) {
    assert_eq!(keys(got), keys(&fixture(name)), "{name} fields");
}

#[tokio::test]
async fn objects_match_fixture_fields() {
    let api = Api::start().await;
    let p = api
        .post("/v1/products", &[("name", "p"), ("type", "service")])
        .await;
    assert_shape("product", &p.body);
    let cus = api.customer(&[]).await;
    assert_shape(
        "customer",
        &api.get(&format!("/v1/customers/{cus}"), &[]).await.body,
    );
    let ch = api
        .post(
            "/v1/charges",
            &[
                ("amount", "100"),
                ("currency", "usd"),
                ("source", "tok_visa"),
            ],
        )
        .await;
    assert_shape("charge", &ch.body);
    let ii = api
        .post(
            "/v1/invoiceitems",
            &[("customer", &cus), ("amount", "100"), ("currency", "usd")],
        )
        .await;
    assert_shape("invoiceitem", &ii.body);
    let or = api
        .post(
            "/v1/orders",
            &[
                ("currency", "usd"),
                ("items[0][amount]", "100"),
                ("shipping[name]", "Jenny"),
                ("shipping[address][line1]", "1 Street"),
            ],
        )
        .await;
    assert_eq!(or.status, 200, "{}", or.body);
    assert_shape("order", &or.body);
    assert_eq!(
        keys(&or.body["items"][0]),
        keys(&fixture("order")["items"][0])
    );
    assert_eq!(
        keys(&or.body["shipping"]),
        keys(&fixture("order")["shipping"])
    );
    assert_eq!(
        keys(&or.body["shipping"]["address"]),
        keys(&fixture("order")["shipping"]["address"])
    );
    assert_eq!(
        keys(&ch.body["payment_method_details"]["card"]),
        keys(&fixture("charge")["payment_method_details"]["card"])
    );
}
