//! Exactly once across dying workers: four real `stripe-connector fleet worker` processes share
//! 200 subscriptions of 50 connections (a backlog of 20,000 objects, plus objects created while
//! they run) through a fake Stripe that faults 20% of requests, while workers are killed with
//! SIGKILL ten times: half of them right after a commit (the worker parks itself there,
//! `STRIPE_CONNECTOR_PAUSE_AFTER=acknowledged:N`), half at random moments. Each killed worker is
//! replaced. In the end the table `deliveries` holds every object once: none lost, none repeated,
//! positions without gaps.
//!
//! The throttle is off here so that the run stays short; the shared throttle has its own test.

#![cfg(unix)]

mod common;

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use common::fleet::{Creator, Db, Expected, Tally, trigger_named};
use common::{Fake, Running};
use fake_stripe::Faults;
use stripe_connector::Start;
use stripe_connector_fleet::TriggerKind;

const CONNECTIONS: usize = 50;
/// Objects per subscription before the workers start: 200 × 100 = 20,000.
const BACKLOG: usize = 100;
/// Objects created while the workers are killed and replaced.
const LIVE: usize = 500;
const WORKERS: usize = 4;
const KILLS: usize = 10;
/// Scaled for the test: polls every half second once caught up, leases of three seconds.
const WORKER_ARGS: [&str; 6] = ["--interval", "0.5", "--lease", "3", "--concurrency", "16"];

fn key(connection: usize) -> String {
    format!("sk_test_fleet{connection}")
}

fn name(connection: usize) -> String {
    format!("conn{connection}")
}

/// Creates one object of `trigger` for `connection` and records it.
async fn create(
    creator: &Creator,
    connection: usize,
    trigger: TriggerKind,
    customer: &str,
) -> String {
    creator
        .create(&key(connection), trigger.name(), customer)
        .await
}

/// The backlog: for each connection, a customer (for its invoice items) and `BACKLOG` objects of
/// each trigger, created by one task per connection.
fn seed(fake: &Fake) -> (Expected, HashMap<usize, String>) {
    let creator = Creator::new(&fake.url());
    let created = fake.runtime.block_on(async {
        let mut tasks = tokio::task::JoinSet::new();
        for connection in 0..CONNECTIONS {
            let creator = creator.clone();
            tasks.spawn(async move {
                let customer = create(&creator, connection, trigger_named("customer"), "").await;
                let mut made = vec![(trigger_named("customer"), customer.clone())];
                for trigger in TriggerKind::all() {
                    for _ in 0..BACKLOG {
                        made.push((
                            trigger,
                            create(&creator, connection, trigger, &customer).await,
                        ));
                    }
                }
                (connection, customer, made)
            });
        }
        tasks.join_all().await
    });
    let mut expected = Expected::new();
    let mut customers = HashMap::new();
    for (connection, customer, made) in created {
        customers.insert(connection, customer);
        for (trigger, id) in made {
            expected
                .entry((name(connection), trigger.name()))
                .or_default()
                .insert(id);
        }
    }
    (expected, customers)
}

/// Adds the connections (no throttle) and subscribes each to the four triggers.
fn set_up(db: &Db, fake: &Fake) {
    db.runtime.block_on(async {
        for connection in 0..CONNECTIONS {
            let fleet = &db.fleet;
            fleet
                .add_connection(
                    &db.kek(),
                    &name(connection),
                    &key(connection),
                    &fake.url(),
                    None,
                )
                .await
                .expect("added");
            for trigger in TriggerKind::all() {
                fleet
                    .subscribe(&name(connection), trigger, Start::Beginning)
                    .await
                    .expect("subscribed");
            }
        }
    });
}

/// Starts a worker; with `pause`, it parks after that many commits.
fn start(db: &Db, name: &str, pause: Option<u64>) -> Running {
    let mut command = db.worker(name, &WORKER_ARGS);
    if let Some(n) = pause {
        command.env("STRIPE_CONNECTOR_PAUSE_AFTER", format!("acknowledged:{n}"));
    }
    Running::spawn(command)
}

/// Waits until `worker` says it parked after a commit.
fn wait_for_pause(worker: &Running) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match worker.errors.recv_timeout(left) {
            Ok(line) if line.starts_with("paused after acknowledged") => return,
            Ok(_) => {}
            Err(_) => panic!("the worker never paused after a commit"),
        }
    }
}

fn kill(mut worker: Running) {
    if let Some(status) = worker.child.try_wait().expect("try_wait") {
        panic!("the worker ended by itself ({status}): {}", worker.stderr());
    }
    worker.child.kill().expect("SIGKILL");
    worker.child.wait().expect("reaped");
}

/// Creates `n` objects during the run, on random connections and triggers.
fn create_live(
    fake: &Fake,
    customers: &HashMap<usize, String>,
    expected: &mut Expected,
    n: usize,
    rng: &mut fastrand::Rng,
) {
    let creator = Creator::new(&fake.url());
    let all: Vec<TriggerKind> = TriggerKind::all().collect();
    for _ in 0..n {
        let connection = rng.usize(0..CONNECTIONS);
        let trigger = all[rng.usize(..all.len())];
        let id = fake.runtime.block_on(create(
            &creator,
            connection,
            trigger,
            &customers[&connection],
        ));
        expected
            .entry((name(connection), trigger.name()))
            .or_default()
            .insert(id);
    }
}

#[test]
fn killed_ten_times_at_commits_and_at_random_four_workers_deliver_every_object_once() {
    let Some(db) = common::fleet::db() else {
        return;
    };
    let fake = Fake::start();
    let began = Instant::now();
    let (mut expected, customers) = seed(&fake);
    set_up(&db, &fake);
    eprintln!(
        "seeded {} objects in {:?}",
        expected.values().map(HashSet::len).sum::<usize>(),
        began.elapsed()
    );
    fake.fake.reseed(14);
    fake.fake.set_faults(Faults::at_rate(0.2));
    let mut rng = fastrand::Rng::with_seed(14);
    let mut workers: Vec<Running> = (0..WORKERS)
        .map(|slot| start(&db, &format!("w{slot}"), None))
        .collect();
    let began = Instant::now();
    for k in 0..KILLS {
        if k % 2 == 0 {
            let parked = start(&db, &format!("parked{k}"), Some(rng.u64(1..6)));
            wait_for_pause(&parked);
            kill(parked);
        } else {
            std::thread::sleep(Duration::from_millis(rng.u64(100..1500)));
            let slot = k % WORKERS;
            let replacement = start(&db, &format!("w{slot}-{k}"), None);
            kill(std::mem::replace(&mut workers[slot], replacement));
        }
        create_live(&fake, &customers, &mut expected, LIVE / KILLS, &mut rng);
    }
    let total: usize = expected.values().map(HashSet::len).sum();
    let deadline = Instant::now() + Duration::from_secs(120);
    while db.value::<i64>("SELECT count(*) FROM deliveries") < total as i64 {
        assert!(
            Instant::now() < deadline,
            "the workers stalled: {}",
            workers[0].stderr()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let drained = began.elapsed();
    for mut worker in workers {
        assert!(
            worker.interrupt(),
            "a worker stops on Ctrl-C: {}",
            worker.stderr()
        );
    }
    let Tally {
        rows,
        lost,
        repeated,
        gaps,
        ..
    } = db.tally(&expected);
    eprintln!(
        "{total} objects ({} during the run), {KILLS} kills: {rows} rows, {lost} lost, {repeated} repeated, \
         {gaps} subscriptions with gaps; drained {drained:?} after the workers started",
        LIVE
    );
    assert_eq!((lost, repeated, gaps), (0, 0, 0));
    assert_eq!(rows, total, "nothing else was delivered");
}
