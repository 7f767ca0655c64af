//! Fault injection: 500s, 429s, dropped connections before and after effect, latency, rate limit,
//! and reproducibility from a seed.

mod common;

use std::time::{Duration, Instant};

use common::{Api, KEY};
use fake_stripe::Faults;

/// Count of customers, read with faults off.
async fn count(api: &Api) -> usize {
    let faults = api.fake.faults();
    api.fake.clear_faults();
    let n = api
        .get("/v1/customers", &[("limit", "100")])
        .await
        .ids()
        .len();
    api.fake.set_faults(faults);
    n
}

#[tokio::test]
async fn server_errors_take_no_effect() {
    let api = Api::start().await;
    api.fake.set_faults(Faults {
        server_error_rate: 1.0,
        ..Default::default()
    });
    let r = api.post("/v1/customers", &[]).await;
    assert_eq!(r.status, 500);
    assert_eq!(r.err("type"), "api_error");
    assert!(
        r.headers["request-id"]
            .to_str()
            .unwrap()
            .starts_with("req_")
    );
    assert_eq!(count(&api).await, 0);
}

#[tokio::test]
async fn too_many_requests_with_retry_after() {
    let api = Api::start().await;
    api.fake.set_faults(Faults {
        too_many_requests_rate: 1.0,
        ..Default::default()
    });
    let r = api.post("/v1/customers", &[]).await;
    assert_eq!(r.status, 429);
    assert_eq!(r.headers["retry-after"], "1");
    assert_eq!(r.err("type"), "rate_limit_error");
    assert_eq!(count(&api).await, 0);
}

#[tokio::test]
async fn dropped_connection_before_effect() {
    let api = Api::start().await;
    api.fake.set_faults(Faults {
        drop_rate: 1.0,
        ..Default::default()
    });
    let err = api
        .client
        .post(api.url("/v1/customers"))
        .bearer_auth(KEY)
        .send()
        .await
        .expect_err("connection should be dropped");
    assert!(err.status().is_none(), "{err}");
    assert_eq!(count(&api).await, 0);
}

#[tokio::test]
async fn dropped_connection_after_effect_then_idempotent_retry() {
    let api = Api::start().await;
    api.fake.set_faults(Faults {
        drop_after_effect_rate: 1.0,
        ..Default::default()
    });
    let send = || {
        api.client
            .post(api.url("/v1/customers"))
            .bearer_auth(KEY)
            .header("idempotency-key", "retry-me")
            .form(&[("email", "a@b.co")])
            .send()
    };
    assert!(send().await.is_err());
    assert_eq!(count(&api).await, 1, "the request took effect");
    api.fake.clear_faults();
    let resp = send().await.expect("retry answered");
    assert_eq!(resp.headers()["idempotent-replayed"], "true");
    assert_eq!(count(&api).await, 1, "the retry created nothing new");
}

#[tokio::test]
async fn added_latency() {
    let api = Api::start().await;
    api.fake.set_faults(Faults {
        latency: Duration::from_millis(150),
        ..Default::default()
    });
    let t = Instant::now();
    assert_eq!(api.get("/v1/customers", &[]).await.status, 200);
    assert!(t.elapsed() >= Duration::from_millis(150));
}

#[tokio::test]
async fn rate_limit_per_second() {
    let api = Api::start().await;
    api.fake.set_faults(Faults {
        rate_limit_per_second: Some(3),
        ..Default::default()
    });
    let mut statuses = Vec::new();
    for _ in 0..5 {
        statuses.push(api.get("/v1/customers", &[]).await.status.as_u16());
    }
    assert_eq!(statuses, vec![200, 200, 200, 429, 429]);
    tokio::time::sleep(Duration::from_millis(1050)).await;
    assert_eq!(api.get("/v1/customers", &[]).await.status, 200);
}

#[tokio::test]
async fn partial_rates_are_reproducible_from_a_seed() {
    let api = Api::start().await;
    let run = || async {
        api.fake.reseed(42);
        api.fake.set_faults(Faults {
            server_error_rate: 0.5,
            ..Default::default()
        });
        let mut out = Vec::new();
        for _ in 0..20 {
            out.push(api.get("/v1/customers", &[]).await.status.as_u16());
        }
        out
    };
    let a = run().await;
    let b = run().await;
    assert_eq!(a, b);
    assert!(a.contains(&500) && a.contains(&200), "{a:?}");
}
