//! `Idempotency-Key`: replay of the first answer, conflicts on other parameters.

mod common;

use common::{Api, KEY};

#[tokio::test]
async fn replay_and_conflict() {
    let api = Api::start().await;
    let post = |key: &'static str, email: &'static str| {
        api.client
            .post(api.url("/v1/customers"))
            .bearer_auth(KEY)
            .header("idempotency-key", key)
            .form(&[("email", email)])
    };
    let first = api.send(post("k1", "a@b.co")).await;
    assert_eq!(first.status, 200);
    assert!(first.headers.get("idempotent-replayed").is_none());
    let again = api.send(post("k1", "a@b.co")).await;
    assert_eq!(again.status, 200);
    assert_eq!(again.body, first.body);
    assert_eq!(again.headers["idempotent-replayed"], "true");
    assert!(
        again.headers["request-id"]
            .to_str()
            .unwrap()
            .starts_with("req_")
    );
    assert_eq!(api.get("/v1/customers", &[]).await.ids().len(), 1);

    let conflict = api.send(post("k1", "other@b.co")).await;
    assert_eq!(conflict.status, 400);
    assert_eq!(conflict.err("type"), "idempotency_error");

    let other = api.send(post("k2", "a@b.co")).await;
    assert_ne!(other.body["id"], first.body["id"]);
    assert_eq!(api.get("/v1/customers", &[]).await.ids().len(), 2);
}

#[tokio::test]
async fn errors_are_replayed_too() {
    let api = Api::start().await;
    let post = || {
        api.client
            .post(api.url("/v1/invoiceitems"))
            .bearer_auth(KEY)
            .header("idempotency-key", "k")
            .form(&[("customer", "cus_x"), ("amount", "1"), ("currency", "usd")])
    };
    let first = api.send(post()).await;
    assert_eq!(first.status, 404);
    let again = api.send(post()).await;
    assert_eq!(again.status, 404);
    assert_eq!(again.headers["idempotent-replayed"], "true");
    assert_eq!(again.body, first.body);
}

#[tokio::test]
async fn keys_are_per_api_key_and_ignored_on_get() {
    let api = Api::start().await;
    let post = |key: &'static str| {
        api.client
            .post(api.url("/v1/customers"))
            .bearer_auth(key)
            .header("idempotency-key", "same")
    };
    let a = api.send(post("sk_test_a")).await;
    let b = api.send(post("sk_test_b")).await;
    assert_ne!(a.body["id"], b.body["id"]);
    let get = api
        .send(
            api.client
                .get(api.url("/v1/customers"))
                .bearer_auth("sk_test_a")
                .header("idempotency-key", "same"),
        )
        .await;
    assert_eq!(get.status, 200);
    assert!(get.headers.get("idempotent-replayed").is_none());
}
