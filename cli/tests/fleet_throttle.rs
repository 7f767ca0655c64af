//! One throttle per connection across workers: four real worker processes poll every
//! trigger of one connection flat out under a scaled rule of 10 calls in any 2 s, set with
//! `fleet add-connection --throttle 10/2`. Every call the fake Stripe receives is in the
//! throttle's ledger, no 2 s window of the ledger holds more than 10, and the rule is used to
//! at least 95% of what it allows.

#![cfg(unix)]

mod common;

use std::time::Duration;

use common::fleet::{Creator, Db};
use common::{Fake, Running};
use stripe_connector_fleet::TriggerKind;

const KEY: &str = "sk_test_hot";
const CALLS: usize = 10;
const PERIOD_MICROS: i64 = 2_000_000;
/// How long the workers hammer the connection.
const RUN: Duration = Duration::from_secs(16);

/// Runs `fleet` with `args` and checks that it succeeded.
fn fleet(db: &Db, args: &[&str]) {
    let output = db
        .command(args)
        .env("STRIPE_API_KEY", KEY)
        .output()
        .expect("the command runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "fleet {args:?}: {stderr}");
}

/// Copies every reserved call time into a table of the test's own, since the throttle keeps
/// only the current window's.
fn keep_ledger(db: &Db) {
    db.runtime
        .block_on(db.client.batch_execute(
            "CREATE TABLE call_log (at timestamptz NOT NULL);
             CREATE FUNCTION log_call() RETURNS trigger LANGUAGE plpgsql AS $$
                 BEGIN INSERT INTO call_log VALUES (NEW.at); RETURN NEW; END $$;
             CREATE TRIGGER log_calls AFTER INSERT ON calls
                 FOR EACH ROW EXECUTE FUNCTION log_call();",
        ))
        .expect("a ledger");
}

#[test]
fn four_workers_on_one_connection_keep_to_its_rule_and_use_it_fully() {
    let Some(db) = common::fleet::db() else {
        return;
    };
    let fake = Fake::start();
    let creator = Creator::new(&fake.url());
    fake.runtime.block_on(async {
        // One object per trigger: the customer first, whom an invoice item needs.
        let customer = creator.create(KEY, "customer", "").await;
        for trigger in TriggerKind::all().filter(|t| t.info().command != "customer") {
            creator.create(KEY, trigger.name(), &customer).await;
        }
    });
    let url = fake.url();
    fleet(
        &db,
        &[
            "add-connection",
            "hot",
            "--throttle",
            "10/2",
            "--base-url",
            &url,
        ],
    );
    for trigger in TriggerKind::all() {
        fleet(
            &db,
            &[
                "subscribe",
                "hot",
                trigger.info().command,
                "--from",
                "beginning",
            ],
        );
    }
    keep_ledger(&db);
    let before = fake.fake.requests();
    let args = ["--interval", "0", "--lease", "30", "--concurrency", "4"];
    let mut workers: Vec<Running> = (0..4)
        .map(|n| Running::spawn(db.worker(&format!("w{n}"), &args)))
        .collect();
    std::thread::sleep(RUN);
    for worker in &mut workers {
        assert!(worker.interrupt(), "{}", worker.stderr());
    }
    let received = fake.fake.requests() - before;
    let ledger: Vec<i64> =
        db.column("SELECT (extract(epoch FROM at) * 1000000)::int8 FROM call_log ORDER BY at");
    let busiest = ledger
        .windows(CALLS + 1)
        .map(|calls| calls[CALLS] - calls[0])
        .min()
        .expect("more calls than the rule allows in one window");
    let windows = (ledger[ledger.len() - 1] - ledger[0]) / PERIOD_MICROS;
    let within = ledger
        .iter()
        .filter(|&&t| t < ledger[0] + windows * PERIOD_MICROS)
        .count();
    let utilisation = within as f64 / (windows as usize * CALLS) as f64;
    let polled: Vec<i64> = db.column("SELECT polls FROM subscriptions ORDER BY id");
    eprintln!(
        "{} calls reserved, {received} received by the fake; the closest {} calls span {:.3} s \
         (the rule: {CALLS} in any 2 s); utilisation {:.1}% over {windows} windows; polls per \
         subscription {polled:?}",
        ledger.len(),
        CALLS + 1,
        busiest as f64 / 1e6,
        utilisation * 100.0
    );
    assert_eq!(
        received,
        ledger.len() as u64,
        "every call went through the shared throttle"
    );
    assert!(
        busiest >= PERIOD_MICROS,
        "{} calls within {busiest} µs",
        CALLS + 1
    );
    assert!(utilisation >= 0.95, "utilisation {utilisation}");
    assert!(
        polled.iter().all(|&p| p > 1),
        "no subscription starves: {polled:?}"
    );
}
