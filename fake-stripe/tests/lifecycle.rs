//! The handle: clock control and shutdown.

mod common;

use std::time::{SystemTime, UNIX_EPOCH};

use common::Api;

fn real_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[tokio::test]
async fn clock_defaults_to_real_time_and_can_be_set() {
    let api = Api::start().await;
    let r = api.post("/v1/customers", &[]).await;
    let created = r.body["created"].as_i64().unwrap();
    assert!((created - real_now()).abs() <= 2, "{created}");
    api.fake.set_time(1_000);
    api.fake.advance(10);
    assert_eq!(api.fake.clock().now(), 1_010);
    assert_eq!(api.post("/v1/customers", &[]).await.body["created"], 1_010);
    api.fake.clock().resume_real_time();
    assert!((api.fake.clock().now() - real_now()).abs() <= 2);
}

#[tokio::test]
async fn dropping_the_handle_stops_serving() {
    let api = Api::start().await;
    let url = api.url("/v1/customers");
    assert_eq!(api.get("/v1/customers", &[]).await.status, 200);
    let Api { fake, client } = api;
    drop(fake);
    tokio::task::yield_now().await;
    let r = client.get(&url).bearer_auth(common::KEY).send().await;
    assert!(r.is_err(), "still serving: {r:?}");
}
