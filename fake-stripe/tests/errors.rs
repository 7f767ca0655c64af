//! Stripe's error answers: unknown, missing and mistyped parameters, 404, 401, versions, limits.

mod common;

use common::Api;

#[tokio::test]
async fn unknown_parameter() {
    let api = Api::start().await;
    let r = api
        .post("/v1/customers", &[("email", "a@b.co"), ("colour", "red")])
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.err("type"), "invalid_request_error");
    assert_eq!(r.err("code"), "parameter_unknown");
    assert_eq!(r.err("param"), "colour");
    let r = api
        .post(
            "/v1/products",
            &[("name", "a"), ("type", "good"), ("shipping", "x")],
        )
        .await;
    assert_eq!(r.err("param"), "shipping");
    // `type` can't be changed on update
    let p = api
        .post("/v1/products", &[("name", "a"), ("type", "good")])
        .await;
    let id = p.body["id"].as_str().unwrap();
    let r = api
        .post(&format!("/v1/products/{id}"), &[("type", "service")])
        .await;
    assert_eq!(r.err("code"), "parameter_unknown");
    let r = api.get("/v1/customers", &[("colour", "red")]).await;
    assert_eq!(r.err("param"), "colour");
    let r = api.get("/v1/customers", &[("created[around]", "1")]).await;
    assert_eq!(r.err("param"), "created[around]");
}

#[tokio::test]
async fn missing_parameters() {
    let api = Api::start().await;
    for (path, form, param) in [
        ("/v1/products", vec![("type", "good")], "name"),
        ("/v1/products", vec![("name", "x")], "type"),
        (
            "/v1/charges",
            vec![("currency", "usd"), ("source", "tok_visa")],
            "amount",
        ),
        (
            "/v1/charges",
            vec![("amount", "100"), ("source", "tok_visa")],
            "currency",
        ),
        (
            "/v1/charges",
            vec![("amount", "100"), ("currency", "usd")],
            "source",
        ),
        (
            "/v1/invoiceitems",
            vec![("amount", "100"), ("currency", "usd")],
            "customer",
        ),
        ("/v1/orders", vec![("email", "a@b.co")], "currency"),
    ] {
        let r = api.post(path, &form).await;
        assert_eq!(r.status, 400, "{path} {form:?}");
        assert_eq!(r.err("code"), "parameter_missing", "{path} {form:?}");
        assert_eq!(r.err("param"), param, "{path} {form:?}");
    }
    // nothing was created by the failed requests
    assert_eq!(api.get("/v1/charges", &[]).await.ids().len(), 0);
}

#[tokio::test]
async fn invalid_types_and_values() {
    let api = Api::start().await;
    let r = api
        .post(
            "/v1/charges",
            &[
                ("amount", "abc"),
                ("currency", "usd"),
                ("source", "tok_visa"),
            ],
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.err("code"), "parameter_invalid_integer");
    assert_eq!(r.err("param"), "amount");
    let r = api
        .post(
            "/v1/products",
            &[("name", "a"), ("type", "good"), ("active", "maybe")],
        )
        .await;
    assert_eq!(r.err("code"), "parameter_invalid_boolean");
    assert_eq!(r.err("param"), "active");
    let r = api
        .post("/v1/products", &[("name", "a"), ("type", "thing")])
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.err("param"), "type");
    let r = api
        .post("/v1/customers", &[("email", "not-an-email")])
        .await;
    assert_eq!(r.err("code"), "email_invalid");
    let r = api.post("/v1/customers", &[("metadata", "x")]).await;
    assert_eq!(r.status, 400);
    assert_eq!(r.err("param"), "metadata");
    let r = api
        .post(
            "/v1/charges",
            &[
                ("amount", "10"),
                ("currency", "usd"),
                ("source", "tok_visa"),
            ],
        )
        .await;
    assert_eq!(r.err("code"), "amount_too_small");
    let r = api
        .post(
            "/v1/charges",
            &[("amount", "100"), ("currency", "usd"), ("source", "bogus")],
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(r.err("param"), "source");
    let r = api.get("/v1/customers", &[("created[gt]", "soon")]).await;
    assert_eq!(r.err("code"), "parameter_invalid_integer");
    assert_eq!(r.err("param"), "created[gt]");
}

#[tokio::test]
async fn missing_objects_are_404() {
    let api = Api::start().await;
    for path in [
        "/v1/products/prod_nope",
        "/v1/customers/cus_nope",
        "/v1/charges/ch_nope",
        "/v1/invoiceitems/ii_nope",
        "/v1/orders/or_nope",
    ] {
        let r = api.get(path, &[]).await;
        assert_eq!(r.status, 404, "{path}");
        assert_eq!(r.err("type"), "invalid_request_error");
        assert_eq!(r.err("code"), "resource_missing");
        assert_eq!(r.err("param"), "id");
    }
    let r = api.post("/v1/customers/cus_nope", &[("name", "x")]).await;
    assert_eq!(r.status, 404);
    let r = api.get("/v1/nothing", &[]).await;
    assert_eq!(r.status, 404);
    assert!(r.err("message").contains("Unrecognized request URL"));
    let r = api
        .post(
            "/v1/charges",
            &[
                ("amount", "100"),
                ("currency", "usd"),
                ("customer", "cus_x"),
            ],
        )
        .await;
    assert_eq!((r.status.as_u16(), r.err("param")), (404, "customer"));
}

#[tokio::test]
async fn authentication() {
    let api = Api::start().await;
    let url = api.url("/v1/customers");
    let r = api.send(api.client.get(&url)).await;
    assert_eq!(r.status, 401);
    assert_eq!(r.err("type"), "invalid_request_error");
    assert!(!r.err("message").is_empty());
    for bad in [
        "Bearer pk_test_123",
        "Bearer ",
        "Token sk_test_1",
        "Bearer sk_test_",
    ] {
        let r = api
            .send(api.client.get(&url).header("authorization", bad))
            .await;
        assert_eq!(r.status, 401, "{bad}");
    }
    for good in ["sk_test_abc", "sk_live_abc", "rk_test_abc"] {
        let r = api.send(api.client.get(&url).bearer_auth(good)).await;
        assert_eq!(r.status, 200, "{good}");
    }
    let r = api
        .send(api.client.get(&url).basic_auth("sk_test_abc", None::<&str>))
        .await;
    assert_eq!(r.status, 200);
    let r = api
        .send(api.client.get(&url).basic_auth("pk_test_abc", None::<&str>))
        .await;
    assert_eq!(r.status, 401);
}

#[tokio::test]
async fn stripe_version_header() {
    let api = Api::start().await;
    let url = api.url("/v1/customers");
    for (v, status) in [
        ("2019-10-08", 200),
        ("2024-06-20", 200),
        ("2025-09-30.clover", 200),
        ("2025-09-30.clover; some_beta=v1", 200),
        ("latest", 400),
        ("2019-10-08.", 400),
        ("2019-13-01", 400),
    ] {
        let r = api
            .send(
                api.client
                    .get(&url)
                    .bearer_auth(common::KEY)
                    .header("stripe-version", v),
            )
            .await;
        assert_eq!(r.status, status, "{v}");
    }
}

#[tokio::test]
async fn limit_out_of_range() {
    let api = Api::start().await;
    for bad in ["0", "101", "-1", "ten"] {
        let r = api.get("/v1/customers", &[("limit", bad)]).await;
        assert_eq!(r.status, 400, "{bad}");
        assert_eq!(r.err("param"), "limit");
    }
    for good in ["1", "100"] {
        assert_eq!(
            api.get("/v1/customers", &[("limit", good)]).await.status,
            200
        );
    }
}
