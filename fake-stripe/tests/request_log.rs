//! The request log: one JSON line per request received, only when asked for, with its arrival
//! time to the microsecond, a fingerprint of its API key (never the key), method, path, query,
//! status (null when a fault closed the connection) and the client's address.

mod common;

use std::time::{SystemTime, UNIX_EPOCH};

use common::{Api, KEY};
use fake_stripe::{Faults, key_fingerprint};
use serde_json::Value;

/// A fresh path in the temporary directory.
fn scratch(name: &str) -> std::path::PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    std::env::temp_dir().join(format!(
        "fake-stripe-{name}-{}-{nanos}.jsonl",
        std::process::id()
    ))
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
}

#[tokio::test]
async fn each_request_is_one_line_with_its_key_fingerprinted_and_its_answer() {
    let api = Api::start().await;
    let path = scratch("log");
    api.customer(&[]).await; // before the log is on: not logged
    api.fake.log_requests(&path).expect("a log");
    let began = now();
    let id = api.customer(&[("email", "a@example.com")]).await;
    api.get("/v1/customers", &[("limit", "1"), ("created[gte]", "0")])
        .await;
    let other = "sk_test_someoneelse";
    let resp = api
        .send(api.client.get(api.url("/v1/charges")).bearer_auth(other))
        .await;
    assert_eq!(resp.status, 200);
    let resp = api.send(api.client.get(api.url("/v1/charges"))).await;
    assert_eq!(resp.status, 401, "no key");
    api.fake.set_faults(Faults {
        drop_rate: 1.0,
        ..Faults::default()
    });
    let dropped = api
        .client
        .get(api.url(&format!("/v1/customers/{id}")))
        .bearer_auth(KEY)
        .send()
        .await;
    assert!(dropped.is_err(), "closed without an answer");
    api.fake.clear_faults();
    api.fake.stop_logging_requests();
    api.get("/v1/orders", &[]).await; // after: not logged
    let ended = now();

    let text = std::fs::read_to_string(&path).expect("the log");
    std::fs::remove_file(&path).ok();
    assert!(
        !text.contains(KEY) && !text.contains(other),
        "no key in the log: {text}"
    );
    let lines: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect();
    let seen: Vec<(Value, Value, Value, Value, Value)> = lines
        .iter()
        .map(|l| {
            (
                l["key"].clone(),
                l["method"].clone(),
                l["path"].clone(),
                l["query"].clone(),
                l["status"].clone(),
            )
        })
        .collect();
    let mine = Value::from(key_fingerprint(KEY));
    let theirs = Value::from(key_fingerprint(other));
    assert_ne!(mine, theirs);
    assert_eq!(
        seen,
        vec![
            (
                mine.clone(),
                "POST".into(),
                "/v1/customers".into(),
                Value::Null,
                200.into()
            ),
            (
                mine.clone(),
                "GET".into(),
                "/v1/customers".into(),
                "limit=1&created%5Bgte%5D=0".into(),
                200.into()
            ),
            (
                theirs,
                "GET".into(),
                "/v1/charges".into(),
                Value::Null,
                200.into()
            ),
            (
                Value::Null,
                "GET".into(),
                "/v1/charges".into(),
                Value::Null,
                401.into()
            ),
            (
                mine,
                "GET".into(),
                format!("/v1/customers/{id}").into(),
                Value::Null,
                Value::Null
            ),
        ]
    );
    let times: Vec<f64> = lines.iter().map(|l| l["time"].as_f64().unwrap()).collect();
    assert!(
        times.windows(2).all(|w| w[0] <= w[1]) && times[0] >= began && times[4] <= ended,
        "arrival times in order, within the test: {times:?}"
    );
    assert!(
        times.iter().any(|t| t.fract() != 0.0),
        "sub-second precision: {times:?}"
    );
    assert!(lines.iter().all(|l| {
        l["peer"]
            .as_str()
            .is_some_and(|p| p.starts_with("127.0.0.1:"))
    }));
}

#[test]
fn a_fingerprint_is_stable_short_and_hides_the_key() {
    let print = key_fingerprint("sk_test_4eC39HqLyjWDarjtT1zdp7dc");
    assert_eq!(print, key_fingerprint("sk_test_4eC39HqLyjWDarjtT1zdp7dc"));
    assert_ne!(print, key_fingerprint("sk_test_4eC39HqLyjWDarjtT1zdp7dd"));
    assert!(print.starts_with("key_") && print.len() == 20, "{print}");
    assert!(!print.contains("4eC39"));
}
