//! A fleet looked after while four real worker processes run it: a paused subscription gets no
//! call at all (counted in the fake's request log) and catches up once resumed; `fleet status`
//! and the metrics show the lag made on purpose; the metrics pass `promtool check metrics`;
//! `fleet deliveries --follow` ends cleanly on SIGTERM; a subscription a consumer has not
//! acknowledged is removed only with --force and leaves no row; after `fleet rotate-kek` a
//! worker with the old key-encryption key refuses to start, naming the connection, and one with
//! the new key delivers.

#![cfg(unix)]

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::fleet::{Creator, Db, trigger_named};
use common::{Fake, Running};
use serde_json::Value;
use stripe_connector::Start;

const KEY_A: &str = "sk_test_pausedA";
const KEY_B: &str = "sk_test_runningB";
const NEW_KEK: &str = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c";
const WORKER_ARGS: [&str; 6] = ["--interval", "0.2", "--lease", "10", "--concurrency", "4"];

/// Waits until `sql` returns true, for at most 30 s.
fn wait_until(db: &Db, what: &str, sql: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !db.value::<bool>(sql) {
        assert!(Instant::now() < deadline, "never: {what}");
        std::thread::sleep(Duration::from_millis(25));
    }
}

/// Runs `fleet` with `args`.
fn fleet(db: &Db, args: &[&str]) -> Output {
    db.command(args).output().expect("the command runs")
}

/// Runs `fleet` with `args`, checks that it succeeded, and returns its stdout.
fn fleet_ok(db: &Db, args: &[&str]) -> String {
    let output = fleet(db, args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "fleet {args:?}: {stderr}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Sends `signal` (such as `-TERM`) to `child` and waits for it to exit; whether it succeeded.
fn stop(child: &mut Running, signal: &str) -> bool {
    let pid = child.child.id().to_string();
    let sent = Command::new("kill").args([signal, &pid]).status();
    assert!(sent.is_ok_and(|s| s.success()), "kill {signal} {pid}");
    child.wait(Duration::from_secs(20))
}

/// The GET requests to `/v1/customers` with `key` in the request log, from line `from` on.
fn customer_calls(log: &std::path::Path, key: &str, from: usize) -> usize {
    let fingerprint = fake_stripe::key_fingerprint(key);
    std::fs::read_to_string(log)
        .expect("the request log")
        .lines()
        .skip(from)
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|line| line["key"] == fingerprint.as_str() && line["path"] == "/v1/customers")
        .filter(|line| line["method"] == "GET")
        .count()
}

/// The URL worker `worker` serves its metrics at, from its stderr.
fn metrics_address(worker: &Running) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = worker
            .errors
            .recv_timeout(left)
            .expect("the metrics' address");
        if let Some(at) = line.split("metrics at ").nth(1) {
            return at.trim().to_string();
        }
    }
}

/// Checks `text` with `promtool check metrics`; skips (saying so) when promtool is missing,
/// unless PROMTOOL_REQUIRED=1.
fn promtool_check(text: &str) {
    let spawned = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(error) if std::env::var("PROMTOOL_REQUIRED").as_deref() == Ok("1") => {
            panic!(
                "PROMTOOL_REQUIRED=1 but promtool does not run ({error}); install Debian's `prometheus` package"
            )
        }
        Err(error) => {
            eprintln!("skipped promtool check metrics: promtool does not run ({error})");
            return;
        }
    };
    let mut stdin = child.stdin.take().expect("piped stdin");
    stdin.write_all(text.as_bytes()).expect("written");
    drop(stdin);
    let output = child.wait_with_output().expect("promtool ends");
    assert!(
        output.status.success(),
        "promtool check metrics: {}{}\n{text}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The value of the sample of `metric` whose labels include `label`.
fn sample(text: &str, metric: &str, label: &str) -> f64 {
    text.lines()
        .find(|line| line.starts_with(&format!("{metric}{{")) && line.contains(label))
        .and_then(|line| line.rsplit(' ').next()?.parse().ok())
        .unwrap_or_else(|| panic!("no {metric} with {label} in\n{text}"))
}

/// Creates `n` customers as `key`.
fn create(fake: &Fake, key: &str, n: usize) {
    let creator = Creator::new(&fake.url());
    fake.runtime.block_on(async {
        for _ in 0..n {
            creator.create(key, "OnNewCustomer", "").await;
        }
    });
}

/// Whether subscription `subscription` has `n` deliveries, as SQL.
fn delivered(subscription: i64, n: i64) -> String {
    format!("SELECT (SELECT count(*) FROM deliveries WHERE subscription_id = {subscription}) = {n}")
}

#[test]
fn a_fleet_is_paused_watched_pruned_and_rotated_while_four_workers_run() {
    let Some(db) = common::fleet::db() else {
        return;
    };
    let fake = Fake::start();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let log = folder.path().join("requests.jsonl");
    fake.fake.log_requests(&log).expect("a request log");
    let (a, b) = db.runtime.block_on(async {
        let mut ids = Vec::new();
        for (name, key) in [("a", KEY_A), ("b", KEY_B)] {
            db.fleet
                .add_connection(&db.kek(), name, key, &fake.url(), None)
                .await
                .expect("added");
            let id = db
                .fleet
                .subscribe(name, trigger_named("customer"), Start::Beginning);
            ids.push(id.await.expect("subscribed"));
        }
        (ids[0], ids[1])
    });
    create(&fake, KEY_A, 3);
    create(&fake, KEY_B, 3);
    let mut workers: Vec<Running> = (0..4)
        .map(|n| {
            let mut args = WORKER_ARGS.to_vec();
            if n == 0 {
                args.extend(["--metrics", "127.0.0.1:0"]);
            }
            Running::spawn(db.worker(&format!("w{n}"), &args))
        })
        .collect();
    let metrics_url = metrics_address(&workers[0]);
    wait_until(&db, "6 deliveries", "SELECT count(*) = 6 FROM deliveries");

    // Paused: not a single call for it while the other subscription is polled on.
    fleet_ok(&db, &["pause", &a.to_string()]);
    std::thread::sleep(Duration::from_millis(500));
    let mark = std::fs::read_to_string(&log)
        .expect("the log")
        .lines()
        .count();
    create(&fake, KEY_A, 2);
    create(&fake, KEY_B, 2);
    wait_until(&db, "b's new customers", &delivered(b, 5));
    std::thread::sleep(Duration::from_secs(1));
    let (calls_a, calls_b) = (
        customer_calls(&log, KEY_A, mark),
        customer_calls(&log, KEY_B, mark),
    );
    assert_eq!(calls_a, 0, "calls for the paused subscription");
    // b's new customers were delivered meanwhile, so the workers did poll; how often depends
    // on the machine's load.
    assert!(calls_b > 0, "b polled on: {calls_b} calls");
    eprintln!("paused for 1.5 s: {calls_a} calls for it, {calls_b} for the other");

    // The lag made on purpose shows in the status and in the metrics.
    let table = fleet_ok(&db, &["status"]);
    let row = table
        .lines()
        .find(|line| line.starts_with(&format!("{a} ")))
        .unwrap_or_else(|| panic!("no row for {a} in\n{table}"));
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(&cells[1..4], ["a", "OnNewCustomer", "paused"], "{table}");
    let status: Value = serde_json::from_str(&fleet_ok(&db, &["status", "--json"])).expect("JSON");
    let paused = &status["subscriptions"][0];
    assert_eq!(
        (paused["id"].as_i64(), paused["paused"].as_bool()),
        (Some(a), Some(true))
    );
    assert_eq!(paused["unacknowledged"], 3, "{status}");
    let text = fake.runtime.block_on(async {
        reqwest::get(&metrics_url)
            .await
            .expect("scraped")
            .text()
            .await
            .expect("text")
    });
    promtool_check(&text);
    let label = format!("subscription=\"{a}\"");
    assert_eq!(sample(&text, "stripe_fleet_unacknowledged", &label), 3.0);
    // Its last object was created before the pause, 1.5 s ago at least.
    let lag = sample(&text, "stripe_fleet_watermark_age_seconds", &label);
    assert!(lag >= 1.5, "the paused subscription's lag: {lag}");
    assert!(text.contains("stripe_fleet_deliveries_total"), "{text}");

    // Resumed: it catches up.
    fleet_ok(&db, &["resume", &a.to_string()]);
    wait_until(&db, "a catches up", &delivered(a, 5));

    // A follower reads all 10, then ends on SIGTERM as on Ctrl-C.
    let mut follower =
        Running::spawn(db.command(&["deliveries", "--consumer", "billing", "--follow"]));
    let deadline = Instant::now() + Duration::from_secs(20);
    for n in 0..10 {
        assert!(follower.next_line(deadline).is_some(), "line {n} of 10");
    }
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        stop(&mut follower, "-TERM"),
        "the follower exits cleanly on SIGTERM: {}",
        follower.stderr()
    );

    // Removing what a consumer has not acknowledged needs --force, and leaves no row.
    create(&fake, KEY_B, 1);
    wait_until(&db, "b's sixth", &delivered(b, 6));
    let refused = fleet(&db, &["remove-subscription", &b.to_string()]);
    let message = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(2), "{message}");
    assert!(
        message.contains("\"billing\"") && message.contains("1 deliveries"),
        "{message}"
    );
    fleet_ok(&db, &["remove-subscription", &b.to_string(), "--force"]);
    let left: i64 = db.value(&format!(
        "SELECT (SELECT count(*) FROM deliveries WHERE subscription_id = {b}) \
         + (SELECT count(*) FROM subscriptions WHERE id = {b}) \
         + (SELECT count(*) FROM cursors WHERE subscription_id = {b})"
    ));
    assert_eq!(left, 0, "rows left of the removed subscription");

    // A new key-encryption key: the old one no longer starts a worker, the new one delivers.
    let rotated = db
        .command(&["rotate-kek"])
        .env("STRIPE_FLEET_NEW_KEK", NEW_KEK)
        .output()
        .expect("runs");
    assert!(
        rotated.status.success(),
        "{}",
        String::from_utf8_lossy(&rotated.stderr)
    );
    for worker in &mut workers {
        assert!(stop(worker, "-TERM"), "a worker stops on SIGTERM");
    }
    let old = db.worker("old", &WORKER_ARGS).output().expect("runs");
    let message = String::from_utf8_lossy(&old.stderr);
    assert_eq!(old.status.code(), Some(2), "{message}");
    assert!(
        message.contains("connection \"a\"") && message.contains("rotate-kek"),
        "{message}"
    );
    let mut new = Running::spawn({
        let mut command = db.worker("new", &WORKER_ARGS);
        command.env("STRIPE_FLEET_KEK", NEW_KEK);
        command
    });
    create(&fake, KEY_A, 1);
    wait_until(&db, "a delivered with the new KEK", &delivered(a, 6));
    assert!(stop(&mut new, "-TERM"));
}
