//! `watch` and `fake-stripe`, run as child processes: a backlog drained, interrupted with
//! SIGINT (what Ctrl-C sends) and resumed from its `--state` file with no object lost or
//! repeated; and the fake served by the binary itself, with and without faults, and playing an
//! old account with its requests logged.

#![cfg(unix)]

mod common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use common::{EXIT_INPUT, EXIT_STRIPE, Fake, Running, binary, id_of, json, stderr};
use fake_stripe::Faults;
use stripe_connector::types;

/// How many customers the backlog holds: more than two pages of 100.
const BACKLOG: usize = 250;

/// Creates [`BACKLOG`] customers in the fake; returns their ids.
fn create_customers(fake: &Fake) -> HashSet<String> {
    let stripe = fake.connection();
    fake.runtime.block_on(async {
        let mut ids = HashSet::new();
        for n in 0..BACKLOG {
            let params = types::CreateCustomerParams::builder().email(format!("c{n}@example.com"));
            let customer = stripe.create_customer(params).await.expect("created");
            ids.insert(customer.id);
        }
        ids
    })
}

#[test]
fn a_watch_interrupted_and_resumed_delivers_each_object_once() {
    let fake = Fake::start();
    let expected = create_customers(&fake);
    let folder = tempfile::tempdir().expect("a temporary folder");
    let state = folder.path().join("customers.json");
    let state = state.to_str().expect("a UTF-8 path");
    let args = [
        "watch",
        "customer",
        "--from",
        "beginning",
        "--interval",
        "1",
        "--state",
        state,
    ];
    // Slow requests, so that the interruption lands in the middle of the backlog.
    fake.fake.set_faults(Faults {
        latency: Duration::from_millis(100),
        ..Faults::default()
    });

    let mut first = Running::spawn(fake.command(&args));
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut printed = vec![first.next_line(deadline).expect("a first object")];
    assert!(
        first.interrupt(),
        "Ctrl-C stops cleanly: {}",
        first.stderr()
    );
    printed.extend(first.rest());
    assert!(
        first.stderr().contains("stopped after"),
        "{}",
        first.stderr()
    );
    let first_run = printed.len();
    eprintln!("the first run printed {first_run} of {BACKLOG}");
    assert!(first_run < BACKLOG, "interrupted mid-backlog ({first_run})");

    fake.fake.clear_faults();
    let mut second = Running::spawn(fake.command(&args));
    let deadline = Instant::now() + Duration::from_secs(60);
    while printed.len() < BACKLOG {
        match second.next_line(deadline) {
            Some(line) => printed.push(line),
            None => break,
        }
    }
    assert!(second.interrupt(), "{}", second.stderr());
    printed.extend(second.rest());
    let progress = second.stderr();
    assert!(
        progress.contains("delivered"),
        "a progress line: {progress}"
    );

    let ids: Vec<String> = printed.iter().map(|l| id_of(l)).collect();
    let unique: HashSet<String> = ids.iter().cloned().collect();
    assert_eq!(unique.len(), ids.len(), "no object is repeated");
    assert_eq!(unique, expected, "every customer is delivered");
}

#[test]
fn a_watch_from_now_prints_only_new_objects() {
    let fake = Fake::start();
    let old = json(&fake.run(&["customer", "create", "--email", "old@example.com"]));
    let folder = tempfile::tempdir().expect("a temporary folder");
    let state = folder.path().join("customers.json");
    let state_arg = state.to_str().expect("a UTF-8 path");
    let args = ["watch", "customer", "--interval", "1", "--state", state_arg];
    let mut watch = Running::spawn(fake.command(&args));
    // The watch anchors at the newest customer on its first poll and saves that anchor: the
    // state file appears only then. The new customer comes a second later on the fake's clock.
    let deadline = Instant::now() + Duration::from_secs(30);
    while !state.exists() {
        assert!(
            Instant::now() < deadline,
            "the watch never saved its anchor"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    fake.fake.advance(1);
    let new = json(&fake.run(&["customer", "create", "--email", "new@example.com"]));
    let line = watch.next_line(deadline).expect("the new customer");
    assert!(watch.interrupt());
    assert_eq!(id_of(&line), new["id"].as_str().expect("an id"));
    assert_ne!(id_of(&line), old["id"].as_str().expect("an id"));
    assert!(watch.rest().is_empty(), "one object, one line");
}

/// Serves the built-in fake with `flags`; the running fake and its base URL.
fn serve_fake(flags: &[&str]) -> (Running, String) {
    let fake = Running::spawn({
        let mut command = binary();
        command.args(["fake-stripe", "--port", "0"]).args(flags);
        command
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    let url = fake.next_line(deadline).expect("the base URL first");
    (fake, url)
}

/// `customer create` against the fake at `url`.
fn create_customer_at(url: &str) -> std::process::Output {
    binary()
        .args([
            "--base-url",
            url,
            "customer",
            "create",
            "--email",
            "a@example.com",
        ])
        .output()
        .expect("runs")
}

#[test]
fn the_built_in_fake_serves_until_interrupted() {
    let (mut fake, url) = serve_fake(&[]);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let output = create_customer_at(&url);
    assert_eq!(json(&output)["email"], "a@example.com");
    assert!(fake.interrupt(), "Ctrl-C stops the fake cleanly");
}

#[test]
fn the_built_in_fake_injects_the_faults_asked_for() {
    let (mut fake, url) = serve_fake(&["--server-error-rate", "1"]);
    // Every attempt is answered 500: the retries give up and Stripe's error is reported.
    let output = create_customer_at(&url);
    assert!(fake.interrupt(), "Ctrl-C stops the fake cleanly");
    let said = fake.stderr();
    assert!(
        said.contains("faults on (seed 0): --server-error-rate 1"),
        "the fake says which faults are on: {said}"
    );
    assert_eq!(
        output.status.code(),
        Some(EXIT_STRIPE),
        "{}",
        stderr(&output)
    );
    assert!(output.stdout.is_empty(), "nothing created, nothing printed");
    assert!(
        stderr(&output).contains("injected by fake-stripe"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn the_built_in_fake_refuses_rates_outside_zero_to_one() {
    let output = binary()
        .args(["fake-stripe", "--port", "0", "--fault-rate", "1.5"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(EXIT_INPUT));
    assert!(
        stderr(&output).contains("outside 0.0..=1.0"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn the_built_in_fake_plays_an_old_account_and_logs_its_requests() {
    let log = tempfile::NamedTempFile::new().expect("a log file");
    let path = log.path().to_str().expect("a UTF-8 path");
    let history = [
        "--old-account",
        "sk_test_old",
        "--history-objects",
        "150",
        "--history-in-one-second",
        "100",
    ];
    let (mut fake, url) = serve_fake(&[&history[..], &["--request-log", path]].concat());
    let mut command = binary();
    command
        .env("STRIPE_API_KEY", "sk_test_old")
        .args(["--base-url", &url, "--no-throttle"])
        .args(["watch", "customer", "--from", "beginning"]);
    let mut watch = Running::spawn(command);
    let deadline = Instant::now() + Duration::from_secs(60);
    let created: Vec<i64> = (0..150)
        .map(|_| {
            let line = watch.next_line(deadline).expect("the account's customers");
            let customer: serde_json::Value = serde_json::from_str(&line).expect("JSON");
            customer["created"].as_i64().expect("a time")
        })
        .collect();
    assert!(watch.interrupt());
    assert!(fake.interrupt());
    let years = (created[149] - created[0]) as f64 / (365.0 * 86400.0);
    assert!(
        years > 1.0,
        "years of history, oldest first: {years:.1} years"
    );
    let first_second = created.iter().filter(|&&t| t == created[0]).count();
    assert_eq!(
        first_second, 100,
        "100 of them in the account's first second"
    );
    let logged = std::fs::read_to_string(log.path()).expect("the log");
    assert!(!logged.contains("sk_test_old"), "no key in the log");
    let fingerprint = fake_stripe::key_fingerprint("sk_test_old");
    assert!(
        logged.lines().count() > 10 && logged.lines().all(|l| l.contains(&fingerprint)),
        "every call of the watch logged: {logged}"
    );
}
