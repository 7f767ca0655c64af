//! Each endpoint's happy path: objects have the 2019-10-08 shape and state persists.

mod common;

use common::Api;
use serde_json::json;

#[tokio::test]
async fn products_create_update_retrieve() {
    let api = Api::start().await;
    api.fake.set_time(1_570_000_000);
    let r = api
        .post(
            "/v1/products",
            &[
                ("name", "Gold"),
                ("type", "good"),
                ("images[0]", "https://a/1.png"),
                ("images[1]", "https://a/2.png"),
                ("metadata[color]", "gold"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let p = &r.body;
    let id = p["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("prod_"));
    assert_eq!(p["object"], "product");
    assert_eq!(p["livemode"], false);
    assert_eq!(p["created"], 1_570_000_000);
    assert_eq!(p["images"], json!(["https://a/1.png", "https://a/2.png"]));
    assert_eq!(p["metadata"], json!({"color": "gold"}));
    assert_eq!(p["shippable"], true);
    for field in [
        "caption",
        "description",
        "url",
        "package_dimensions",
        "unit_label",
    ] {
        assert!(p[field].is_null(), "{field}");
    }

    api.fake.advance(5);
    let r = api
        .post(
            &format!("/v1/products/{id}"),
            &[
                ("description", "shiny"),
                ("active", "false"),
                ("metadata[color]", ""),
                ("metadata[size]", "L"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["description"], "shiny");
    assert_eq!(r.body["active"], false);
    assert_eq!(r.body["metadata"], json!({"size": "L"}));
    assert_eq!(r.body["updated"], 1_570_000_005);
    assert_eq!(r.body["created"], 1_570_000_000);

    let r = api.get(&format!("/v1/products/{id}"), &[]).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["description"], "shiny");

    let r = api
        .post(&format!("/v1/products/{id}"), &[("description", "")])
        .await;
    assert!(r.body["description"].is_null());
}

#[tokio::test]
async fn product_custom_id_and_images_limit() {
    let api = Api::start().await;
    let form = [("name", "A"), ("type", "service"), ("id", "my_product")];
    let r = api.post("/v1/products", &form).await;
    assert_eq!(r.body["id"], "my_product");
    assert!(r.body["shippable"].is_null());
    let r = api.post("/v1/products", &form).await;
    assert_eq!(r.status, 400);
    assert_eq!(r.err("code"), "resource_already_exists");
    let images: Vec<String> = (0..9).map(|i| format!("images[{i}]")).collect();
    let mut form = vec![("name", "A"), ("type", "good")];
    form.extend(images.iter().map(|k| (k.as_str(), "u")));
    let r = api.post("/v1/products", &form).await;
    assert_eq!(r.status, 400);
    assert_eq!(r.err("param"), "images");
}

#[tokio::test]
async fn customers_crud_and_list() {
    let api = Api::start().await;
    let r = api
        .post(
            "/v1/customers",
            &[
                ("email", "a@example.com"),
                ("name", "Ann"),
                ("description", "first"),
                ("metadata[k]", "v"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let c = &r.body;
    let id = c["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("cus_"));
    assert_eq!(c["object"], "customer");
    assert_eq!(c["email"], "a@example.com");
    assert_eq!(c["sources"]["url"], format!("/v1/customers/{id}/sources"));
    assert_eq!(c["tax_exempt"], "none");
    assert_eq!(c["balance"], 0);

    let r = api
        .post(&format!("/v1/customers/{id}"), &[("name", "Bea")])
        .await;
    assert_eq!(r.body["name"], "Bea");
    assert_eq!(r.body["metadata"], json!({"k": "v"}));
    let r = api.get(&format!("/v1/customers/{id}"), &[]).await;
    assert_eq!(r.body["name"], "Bea");

    api.customer(&[("email", "b@example.com")]).await;
    let r = api.get("/v1/customers", &[]).await;
    assert_eq!(r.body["object"], "list");
    assert_eq!(r.body["url"], "/v1/customers");
    assert_eq!(r.body["has_more"], false);
    assert_eq!(r.ids().len(), 2);
    let r = api
        .get("/v1/customers", &[("email", "a@example.com")])
        .await;
    assert_eq!(r.ids(), vec![id.clone()]);

    let r = api.delete(&format!("/v1/customers/{id}")).await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.body,
        json!({"id": id, "object": "customer", "deleted": true})
    );
    // Stripe keeps answering a retrieve of a deleted customer with the deleted stub
    let r = api.get(&format!("/v1/customers/{id}"), &[]).await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.body,
        json!({"id": id, "object": "customer", "deleted": true})
    );
    let r = api
        .post(&format!("/v1/customers/{id}"), &[("name", "x")])
        .await;
    assert_eq!(r.status, 404);
    let r = api.delete(&format!("/v1/customers/{id}")).await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn charges_create_retrieve_list() {
    let api = Api::start().await;
    let cus = api.customer(&[("source", "tok_mastercard")]).await;
    let r = api
        .post(
            "/v1/charges",
            &[
                ("amount", "1099"),
                ("currency", "USD"),
                ("source", "tok_visa"),
                ("description", "coffee"),
                ("receipt_email", "r@example.com"),
                ("metadata[order]", "7"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let ch = &r.body;
    let id = ch["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("ch_"));
    assert_eq!(ch["object"], "charge");
    assert_eq!(ch["amount"], 1099);
    assert_eq!(ch["currency"], "usd");
    assert_eq!(ch["status"], "succeeded");
    assert_eq!(ch["paid"], true);
    assert_eq!(ch["payment_method_details"]["card"]["last4"], "4242");
    assert_eq!(ch["refunds"]["url"], format!("/v1/charges/{id}/refunds"));

    let r = api
        .post(
            "/v1/charges",
            &[("amount", "500"), ("currency", "eur"), ("customer", &cus)],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["customer"], cus.as_str());
    assert_eq!(r.body["payment_method_details"]["card"]["last4"], "4444");

    let r = api.get(&format!("/v1/charges/{id}"), &[]).await;
    assert_eq!(r.body["description"], "coffee");
    let r = api.get("/v1/charges", &[("customer", &cus)]).await;
    assert_eq!(r.ids().len(), 1);
    let r = api.get("/v1/charges", &[]).await;
    assert_eq!(r.ids().len(), 2);
    assert_eq!(r.ids()[1], id);
}

#[tokio::test]
async fn declined_charge_is_402_and_stored_failed() {
    let api = Api::start().await;
    let form = [
        ("amount", "1000"),
        ("currency", "usd"),
        ("source", "tok_chargeDeclined"),
    ];
    let r = api.post("/v1/charges", &form).await;
    assert_eq!(r.status, 402);
    assert_eq!(r.err("type"), "card_error");
    assert_eq!(r.err("code"), "card_declined");
    let r = api.get("/v1/charges", &[]).await;
    assert_eq!(r.body["data"][0]["status"], "failed");
}

#[tokio::test]
async fn invoiceitems_create_retrieve_list() {
    let api = Api::start().await;
    api.fake.set_time(1_570_000_100);
    let cus = api.customer(&[]).await;
    let r = api
        .post(
            "/v1/invoiceitems",
            &[
                ("customer", &cus),
                ("amount", "1000"),
                ("currency", "usd"),
                ("description", "setup"),
                ("metadata[a]", "b"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let ii = &r.body;
    let id = ii["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("ii_"));
    assert_eq!(ii["object"], "invoiceitem");
    assert_eq!(ii["date"], 1_570_000_100);
    assert_eq!(ii["customer"], cus.as_str());
    assert_eq!(ii["unit_amount"], 1000);
    assert_eq!(ii["quantity"], 1);
    assert_eq!(
        ii["period"],
        json!({"start": 1_570_000_100, "end": 1_570_000_100})
    );
    let r = api.get(&format!("/v1/invoiceitems/{id}"), &[]).await;
    assert_eq!(r.body["description"], "setup");
    let r = api.get("/v1/invoiceitems", &[("customer", &cus)]).await;
    assert_eq!(r.ids(), vec![id]);

    let r = api
        .post(
            "/v1/invoiceitems",
            &[
                ("customer", "cus_nope"),
                ("amount", "1"),
                ("currency", "usd"),
            ],
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(r.err("code"), "resource_missing");
    assert_eq!(r.err("param"), "customer");
}

#[tokio::test]
async fn orders_create_retrieve_list() {
    let api = Api::start().await;
    let cus = api.customer(&[("email", "o@example.com")]).await;
    let r = api
        .post(
            "/v1/orders",
            &[
                ("currency", "usd"),
                ("customer", &cus),
                ("items[0][amount]", "1500"),
                ("items[0][type]", "sku"),
                ("items[0][parent]", "sku_1"),
                ("items[0][description]", "T-shirt"),
                ("items[1][amount]", "250"),
                ("items[1][type]", "shipping"),
                ("items[1][quantity]", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let o = &r.body;
    let id = o["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("or_"));
    assert_eq!(o["object"], "order");
    assert_eq!(o["amount"], 1750);
    assert_eq!(o["status"], "created");
    assert_eq!(o["email"], "o@example.com");
    assert_eq!(o["items"][0]["object"], "order_item");
    assert_eq!(o["items"][0]["parent"], "sku_1");
    assert_eq!(o["items"][1]["quantity"], 1);
    let r = api.get(&format!("/v1/orders/{id}"), &[]).await;
    assert_eq!(r.body["amount"], 1750);
    let r = api.get("/v1/orders", &[("customer", &cus)]).await;
    assert_eq!(r.ids(), vec![id]);

    let r = api
        .post(
            "/v1/orders",
            &[("currency", "usd"), ("items[0][colour]", "x")],
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.err("param"), "items[0][colour]");
}

#[tokio::test]
async fn request_id_on_every_response() {
    let api = Api::start().await;
    for r in [
        api.get("/v1/customers", &[]).await,
        api.get("/v1/customers/cus_missing", &[]).await,
        api.send(api.client.get(api.url("/v1/customers"))).await,
    ] {
        let id = r.headers["request-id"].to_str().unwrap();
        assert!(id.starts_with("req_"), "{id}");
    }
}

#[tokio::test]
async fn expand_customer_on_objects_and_lists() {
    let api = Api::start().await;
    let cus = api.customer(&[("email", "x@example.com")]).await;
    let form = [
        ("amount", "100"),
        ("currency", "usd"),
        ("customer", cus.as_str()),
        ("source", "pm_card_visa"),
        ("expand[]", "customer"),
    ];
    let r = api.post("/v1/charges", &form).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["customer"]["email"], "x@example.com");
    let id = r.body["id"].as_str().unwrap().to_owned();
    // stored unexpanded
    let r = api.get(&format!("/v1/charges/{id}"), &[]).await;
    assert_eq!(r.body["customer"], cus.as_str());
    let r = api
        .get("/v1/charges", &[("expand[]", "data.customer")])
        .await;
    assert_eq!(r.body["data"][0]["customer"]["id"], cus.as_str());
    let r = api
        .get("/v1/charges", &[("expand[0]", "data.nothing")])
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(
        r.err("message"),
        "This property cannot be expanded (data.nothing)."
    );
}
