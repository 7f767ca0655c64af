//! Leases between real worker processes: a worker stopped (SIGSTOP) past its lease commits
//! nothing once another has taken its subscription over, and a worker killed (SIGKILL) holding
//! leases has its subscriptions polled again by another within the lease time plus one poll.

#![cfg(unix)]

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::fleet::{Creator, Db, trigger_named};
use common::{Fake, Running};
use fake_stripe::Faults;
use stripe_connector::Start;
use stripe_connector_fleet::TriggerKind;

const KEY: &str = "sk_test_leases";

/// Adds connection `leases` and subscribes it to `triggers`, from the beginning, each with
/// `objects` objects waiting.
fn set_up(db: &Db, fake: &Fake, triggers: &[TriggerKind], objects: usize) {
    let creator = Creator::new(&fake.url());
    fake.runtime.block_on(async {
        let customer = creator.create(KEY, "OnNewCustomer", "").await;
        for trigger in triggers {
            for _ in 0..objects {
                creator.create(KEY, trigger.name(), &customer).await;
            }
        }
    });
    db.runtime.block_on(async {
        db.fleet
            .add_connection(&db.kek(), "leases", KEY, &fake.url(), None)
            .await
            .expect("added");
        for trigger in triggers {
            db.fleet
                .subscribe("leases", *trigger, Start::Beginning)
                .await
                .expect("subscribed");
        }
    });
}

/// Waits until `sql` returns true, for at most a minute.
fn wait_until(db: &Db, what: &str, sql: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !db.value::<bool>(sql) {
        assert!(Instant::now() < deadline, "never: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Sends `signal` (such as `-STOP`) to `worker`.
fn signal(worker: &Running, signal: &str) {
    let pid = worker.child.id().to_string();
    let sent = Command::new("kill").args([signal, &pid]).status();
    assert!(sent.is_ok_and(|s| s.success()), "kill {signal} {pid}");
}

/// Waits for a line of `worker`'s stderr that contains `text`; returns the lines up to it.
fn wait_for_line(worker: &Running, text: &str) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut lines = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match worker.errors.recv_timeout(left) {
            Ok(line) => {
                let found = line.contains(text);
                lines.push(line);
                if found {
                    return lines;
                }
            }
            Err(_) => panic!("the worker never said {text:?}: {lines:?}"),
        }
    }
}

#[test]
fn a_worker_stopped_past_its_lease_commits_nothing_after_another_took_over() {
    let Some(db) = common::fleet::db() else {
        return;
    };
    let fake = Fake::start();
    set_up(&db, &fake, &[trigger_named("customer")], 9);
    // Every answer takes 1.5 s, so the first worker is surely in the middle of its poll.
    fake.fake.set_faults(Faults {
        latency: Duration::from_millis(1500),
        ..Faults::default()
    });
    let args = ["--lease", "2", "--interval", "0.5"];
    let mut stalled = Running::spawn(db.worker("stalled", &args));
    wait_until(
        &db,
        "the first worker claims",
        "SELECT bool_and(leased_by IS NOT DISTINCT FROM 'stalled') FROM subscriptions",
    );
    signal(&stalled, "-STOP");
    fake.fake.clear_faults();
    wait_until(
        &db,
        "its lease runs out",
        "SELECT bool_and(due_at < clock_timestamp()) FROM subscriptions",
    );
    let mut successor = Running::spawn(db.worker("successor", &args));
    wait_until(
        &db,
        "the successor delivers",
        "SELECT count(*) = 10 FROM deliveries",
    );
    assert!(successor.interrupt(), "{}", successor.stderr());
    signal(&stalled, "-CONT");
    let said = wait_for_line(&stalled, "fenced");
    // Its commit was refused by the lease's token, not by the deliveries' unique key.
    assert!(
        !said.iter().any(|line| line.contains("duplicate key")),
        "{said:?}"
    );
    let stopped = stalled.interrupt();
    let status = stalled.child.try_wait();
    assert!(stopped, "{status:?}: {}", stalled.stderr());
    let by_stalled: i64 =
        db.value("SELECT count(*) FROM deliveries WHERE delivered_by = 'stalled'");
    let rows: i64 = db.value("SELECT count(*) FROM deliveries");
    eprintln!(
        "stalled worker: {}; its deliveries: {by_stalled}; rows: {rows}",
        said.join(" / ")
    );
    assert_eq!(
        (by_stalled, rows),
        (0, 10),
        "the successor's ten, and nothing from the stalled worker"
    );
}

#[test]
fn a_dead_workers_subscriptions_are_polled_again_within_the_lease_and_a_poll() {
    let Some(db) = common::fleet::db() else {
        return;
    };
    let fake = Fake::start();
    set_up(&db, &fake, &TriggerKind::all().collect::<Vec<_>>(), 3);
    fake.fake.set_faults(Faults {
        latency: Duration::from_millis(2000),
        ..Faults::default()
    });
    let lease = 3.0;
    let args = ["--lease", "3", "--interval", "600"];
    let mut dying = Running::spawn(db.worker("dying", &args));
    wait_until(
        &db,
        "the first worker claims them all",
        "SELECT bool_and(leased_by IS NOT DISTINCT FROM 'dying') FROM subscriptions",
    );
    let killed_at: f64 = db.value("SELECT extract(epoch FROM clock_timestamp())::float8");
    dying.child.kill().expect("SIGKILL");
    dying.child.wait().expect("reaped");
    fake.fake.clear_faults();
    let deadline_of_dead: f64 =
        db.value("SELECT extract(epoch FROM max(due_at))::float8 FROM subscriptions");
    let mut successor = Running::spawn(db.worker("successor", &args));
    wait_until(
        &db,
        "every subscription is polled again",
        "SELECT bool_and(polls > 0) FROM subscriptions",
    );
    assert!(successor.interrupt(), "{}", successor.stderr());
    let first_by_successor: f64 =
        db.value("SELECT extract(epoch FROM min(delivered_at))::float8 FROM deliveries");
    let last_poll: f64 =
        db.value("SELECT extract(epoch FROM max(polled_at))::float8 FROM subscriptions");
    let takeover = last_poll - killed_at;
    eprintln!(
        "killed holding {} leases of {lease} s: all polled again {takeover:.2} s after the kill",
        TriggerKind::all().len()
    );
    assert!(
        first_by_successor >= deadline_of_dead,
        "no subscription was taken before its lease ran out"
    );
    assert!(
        takeover <= lease + 5.0,
        "{takeover:.2} s is more than the lease and a poll"
    );
    let rows: i64 = db.value("SELECT count(*) FROM deliveries WHERE delivered_by = 'successor'");
    let created = TriggerKind::all().len() * 3 + 1;
    assert_eq!(rows, created as i64, "every object, by the successor");
}
