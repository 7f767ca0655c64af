//! `expand[]` as Stripe 2019-10-08 does it: on retrieves (query `expand[]` or `expand[0]`), on
//! writes (form `expand[]`) and on lists (`data.` paths), nested paths included, and only the
//! fields Stripe marks expandable; an other path is refused before anything changes.

mod common;

use common::Api;
use serde_json::Value;

#[tokio::test]
async fn default_source_on_get_and_post() {
    let api = Api::start().await;
    let r = api
        .post(
            "/v1/customers",
            &[("source", "tok_visa"), ("expand[]", "default_source")],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let id = r.body["id"].as_str().unwrap().to_owned();
    let card = &r.body["default_source"];
    assert_eq!(card["object"], "card");
    assert_eq!(card["last4"], "4242");
    assert_eq!(card["customer"], id.as_str());
    for key in ["expand[]", "expand[0]"] {
        let r = api
            .get(&format!("/v1/customers/{id}"), &[(key, "default_source")])
            .await;
        assert_eq!(r.body["default_source"], *card, "{key}");
    }
    let r = api.get(&format!("/v1/customers/{id}"), &[]).await;
    assert_eq!(r.body["default_source"], card["id"]);
    let r = api
        .post(
            &format!("/v1/customers/{id}"),
            &[("name", "x"), ("expand[0]", "default_source")],
        )
        .await;
    assert_eq!(r.body["default_source"]["id"], card["id"]);
    let r = api
        .get("/v1/customers", &[("expand[]", "data.default_source")])
        .await;
    assert_eq!(r.body["data"][0]["default_source"]["object"], "card");
    // a customer without a source expands to null
    let bare = api.customer(&[]).await;
    let r = api
        .get(
            &format!("/v1/customers/{bare}"),
            &[("expand[]", "default_source")],
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(r.body["default_source"].is_null());
}

#[tokio::test]
async fn customer_of_charges_orders_and_invoice_items() {
    let api = Api::start().await;
    let cus = api
        .customer(&[("email", "e@example.com"), ("source", "tok_mastercard")])
        .await;
    let ch = api
        .post(
            "/v1/charges",
            &[
                ("amount", "100"),
                ("currency", "usd"),
                ("customer", &cus),
                ("expand[]", "customer.default_source"),
                ("expand[]", "order"),
            ],
        )
        .await;
    assert_eq!(ch.status, 200, "{}", ch.body);
    assert_eq!(ch.body["customer"]["email"], "e@example.com");
    assert_eq!(ch.body["customer"]["default_source"]["brand"], "MasterCard");
    assert!(ch.body["order"].is_null());
    let or = api
        .post(
            "/v1/orders",
            &[
                ("currency", "usd"),
                ("customer", &cus),
                ("items[0][amount]", "100"),
                ("expand[]", "customer"),
            ],
        )
        .await;
    assert_eq!(or.status, 200, "{}", or.body);
    assert_eq!(or.body["customer"]["id"], cus.as_str());
    let ii = api
        .post(
            "/v1/invoiceitems",
            &[
                ("customer", &cus),
                ("amount", "100"),
                ("currency", "usd"),
                ("expand[]", "customer"),
            ],
        )
        .await;
    assert_eq!(ii.body["customer"]["object"], "customer");
    for path in ["/v1/charges", "/v1/orders", "/v1/invoiceitems"] {
        let r = api.get(path, &[("expand[]", "data.customer")]).await;
        assert_eq!(r.body["data"][0]["customer"]["id"], cus.as_str(), "{path}");
        let id = r.body["data"][0]["id"].as_str().unwrap().to_owned();
        let r = api
            .get(&format!("{path}/{id}"), &[("expand[0]", "customer")])
            .await;
        assert_eq!(r.body["customer"]["id"], cus.as_str(), "{path}/{id}");
    }
    let r = api.get("/v1/orders", &[("expand[]", "data.charge")]).await;
    assert_eq!(r.status, 200);
    assert!(r.body["data"][0]["charge"].is_null());
}

/// The error of a refused expansion.
fn cannot_expand(body: &Value, path: &str) {
    assert_eq!(body["error"]["type"], "invalid_request_error", "{body}");
    assert_eq!(
        body["error"]["message"],
        format!("This property cannot be expanded ({path}).")
    );
}

#[tokio::test]
async fn other_paths_are_refused_before_any_change() {
    let api = Api::start().await;
    let cus = api.customer(&[]).await;
    let r = api
        .get(&format!("/v1/customers/{cus}"), &[("expand[]", "foo")])
        .await;
    assert_eq!(r.status, 400);
    cannot_expand(&r.body, "foo");
    let r = api
        .get("/v1/customers", &[("expand[]", "default_source")])
        .await;
    cannot_expand(&r.body, "default_source");
    let r = api
        .post(
            &format!("/v1/customers/{cus}"),
            &[("name", "changed"), ("expand[]", "subscriptions")],
        )
        .await;
    assert_eq!(r.status, 400);
    cannot_expand(&r.body, "subscriptions");
    let r = api.get(&format!("/v1/customers/{cus}"), &[]).await;
    assert!(
        r.body["name"].is_null(),
        "the refused update changed nothing"
    );
    let r = api
        .post(
            "/v1/charges",
            &[
                ("amount", "100"),
                ("currency", "usd"),
                ("source", "tok_visa"),
                ("expand[]", "customer.sources"),
            ],
        )
        .await;
    cannot_expand(&r.body, "customer.sources");
    let r = api.get("/v1/charges", &[]).await;
    assert_eq!(r.ids().len(), 0, "no charge made");
    let r = api
        .post(
            "/v1/products",
            &[("name", "a"), ("type", "good"), ("expand[]", "id")],
        )
        .await;
    cannot_expand(&r.body, "id");
}
