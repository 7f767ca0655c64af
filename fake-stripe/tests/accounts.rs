//! One account per API key, as on Stripe: each key sees only the objects created with it.

mod common;

use common::Api;
use reqwest::StatusCode;

#[tokio::test]
async fn each_key_lists_and_retrieves_only_its_own_objects() {
    let api = Api::start().await;
    let create = |key: &'static str| {
        api.client
            .post(api.url("/v1/customers"))
            .bearer_auth(key)
            .form(&[("email", format!("{key}@example.com"))])
    };
    let mine = api.send(create("sk_test_alice")).await.body["id"].clone();
    let theirs = api.send(create("sk_test_bob")).await.body["id"].clone();
    let list = |key: &'static str| api.client.get(api.url("/v1/customers")).bearer_auth(key);
    assert_eq!(
        api.send(list("sk_test_alice")).await.ids(),
        [mine.as_str().unwrap()]
    );
    assert_eq!(
        api.send(list("sk_test_bob")).await.ids(),
        [theirs.as_str().unwrap()]
    );
    assert!(api.send(list("sk_test_carol")).await.ids().is_empty());
    let url = api.url(&format!("/v1/customers/{}", mine.as_str().unwrap()));
    let foreign = api
        .send(api.client.get(&url).bearer_auth("sk_test_bob"))
        .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    assert_eq!(foreign.err("code"), "resource_missing");
    let own = api
        .send(api.client.get(&url).bearer_auth("sk_test_alice"))
        .await;
    assert_eq!(own.body["id"], mine);
}

#[tokio::test]
async fn a_cursor_of_another_account_is_missing() {
    let api = Api::start().await;
    let id = api.post("/v1/customers", &[]).await.body["id"].clone();
    let page = api
        .client
        .get(api.url("/v1/customers"))
        .bearer_auth("sk_test_other")
        .query(&[("starting_after", id.as_str().unwrap())]);
    let answer = api.send(page).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(answer.err("param"), "starting_after");
}
