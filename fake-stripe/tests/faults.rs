//! Fault injection: 500s, 429s, dropped connections before and after effect, latency, rate limit,
//! reproducibility from a seed, and the command-line flags that switch them on.

mod common;

use std::time::{Duration, Instant};

use clap::Parser;
use clap::error::ErrorKind;
use common::{Api, KEY};
use fake_stripe::{FaultArgs, Faults};

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
    // The window opened when the faults were set, so by this instant at the latest.
    let window_end = Instant::now() + Duration::from_secs(1);
    let mut statuses = Vec::new();
    for _ in 0..5 {
        statuses.push(api.get("/v1/customers", &[]).await.status.as_u16());
    }
    assert_eq!(statuses, vec![200, 200, 200, 429, 429]);
    assert!(
        Instant::now() < window_end,
        "the five requests took a whole window"
    );
    tokio::time::sleep_until(window_end.into()).await;
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

/// A command made of the fault flags alone.
#[derive(Parser, Debug)]
struct Command {
    #[command(flatten)]
    faults: FaultArgs,
}

/// Parses `flags` as the fault flags.
fn parse(flags: &[&str]) -> Result<FaultArgs, clap::Error> {
    Command::try_parse_from(std::iter::once("fake").chain(flags.iter().copied())).map(|c| c.faults)
}

#[test]
fn no_fault_flags_inject_nothing() {
    let args = parse(&[]).expect("parses");
    assert_eq!(args.faults(), Faults::default());
    assert_eq!(args.seed, 0);
    assert_eq!(args.describe(), None);
}

#[test]
fn fault_rate_spreads_over_the_survivable_faults() {
    let args = parse(&["--fault-rate", "0.2", "--seed", "9", "--latency-ms", "5"]).expect("parses");
    let f = args.faults();
    assert_eq!(
        f,
        Faults {
            latency: Duration::from_millis(5),
            ..Faults::at_rate(0.2)
        }
    );
    // Each rate applies to the requests the faults drawn before it spared (drop, then 500, then
    // 429; the drop after effect to requests that took effect): the shares of all requests are
    // 8%, 4%, 4% and 4%, 20% in all.
    let dropped = f.drop_rate;
    let server_errors = (1.0 - dropped) * f.server_error_rate;
    let too_many = (1.0 - dropped) * (1.0 - f.server_error_rate) * f.too_many_requests_rate;
    let took_effect =
        (1.0 - dropped) * (1.0 - f.server_error_rate) * (1.0 - f.too_many_requests_rate);
    let dropped_after = took_effect * f.drop_after_effect_rate;
    let shares = [server_errors, too_many, dropped, dropped_after];
    for (share, expected) in shares.iter().zip([0.08, 0.04, 0.04, 0.04]) {
        assert!((share - expected).abs() < 1e-12, "{shares:?}");
    }
    assert_eq!(
        args.describe().as_deref(),
        Some(concat!(
            "faults on (seed 9): --fault-rate 0.2 (8% of requests answered 500, 4% answered 429, ",
            "4% dropped before taking effect, 4% dropped after), --latency-ms 5"
        ))
    );
}

#[test]
fn single_rates_are_taken_as_given() {
    let args = parse(&["--server-error-rate", "1", "--rate-limit", "3"]).expect("parses");
    assert_eq!(
        args.faults(),
        Faults {
            server_error_rate: 1.0,
            rate_limit_per_second: Some(3),
            ..Faults::default()
        }
    );
    assert_eq!(
        args.describe().as_deref(),
        Some("faults on (seed 0): --server-error-rate 1, --rate-limit 3")
    );
}

#[test]
fn rates_outside_zero_to_one_are_refused() {
    for bad in ["1.5", "-0.1", "NaN", "inf", "lots"] {
        let err = parse(&["--fault-rate", bad]).expect_err(bad);
        assert_eq!(err.kind(), ErrorKind::ValueValidation, "{bad}: {err}");
        assert!(err.to_string().contains("0.2"), "{bad}: {err}");
    }
    let err = parse(&["--drop-rate", "1.5"]).expect_err("refused");
    assert!(err.to_string().contains("outside 0.0..=1.0"), "{err}");
}

#[test]
fn fault_rate_and_single_rates_do_not_mix() {
    let err = parse(&["--fault-rate", "0.2", "--server-error-rate", "0.1"]).expect_err("refused");
    assert_eq!(err.kind(), ErrorKind::ArgumentConflict, "{err}");
}

#[tokio::test]
async fn applied_flags_reseed_and_set_the_faults() {
    let api = Api::start().await;
    let args = parse(&["--server-error-rate", "0.5", "--seed", "42"]).expect("parses");
    let run = || async {
        args.apply(&api.fake);
        let mut out = Vec::new();
        for _ in 0..20 {
            out.push(api.get("/v1/customers", &[]).await.status.as_u16());
        }
        out
    };
    let a = run().await;
    assert_eq!(api.fake.faults(), args.faults());
    assert_eq!(a, run().await, "the seed makes the faults reproducible");
    assert!(a.contains(&500) && a.contains(&200), "{a:?}");
}
