//! Instant triggers in the fleet, killed for real: three connections, each with its own webhook
//! endpoint made by `fleet add-endpoint` and every trigger of the spec subscribed, are served by
//! one `fleet worker --webhooks` listener. fake-stripe drops 30% of the webhooks, sends 30%
//! twice and reorders them within 300 ms while objects are created and the worker gets SIGKILL
//! 8 times: half right after a commit (a poll's, a reconciliation's or a webhook's, before the
//! webhook is answered: `STRIPE_CONNECTOR_PAUSE_AFTER=acknowledged:N`), half at a random moment.
//! Then more objects are created while no worker runs, and a last worker delivers every object
//! within one lease (the killed worker's) plus one reconciliation interval plus one list poll:
//! none lost, none twice, positions without gaps. The listener refuses a body over 1 MiB and a
//! connection without an endpoint.
//!
//! And the calls an idle connection spends, with an endpoint and without, in one run.

#![cfg(unix)]

mod common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use common::fleet::{Creator, Db, Expected, Tally, trigger_named};
use common::{Fake, Running, free_port};
use fake_stripe::WebhookFaults;
use stripe_connector::Start;
use stripe_connector_fleet::TriggerKind;

const CONNECTIONS: usize = 3;
const KILLS: usize = 8;
/// Objects created during each run, at the least.
const PER_RUN: usize = 6;
/// Objects created after the last kill, before the last run.
const DOWN: usize = 15;
/// `--lease`, `--reconcile` and `--poll-with-webhooks`, in seconds.
const LEASE: u64 = 3;
const RECONCILE: u64 = 1;
const POLL: u64 = 2;

fn key(connection: usize) -> String {
    format!("sk_test_hooks{connection}")
}

fn name(connection: usize) -> String {
    format!("hooks{connection}")
}

/// Adds the connections, subscribes each to every trigger from the beginning and gives each an
/// endpoint at `base` with `fleet add-endpoint`; creates a customer for each (for its invoice
/// items), which is expected too.
fn set_up(db: &Db, fake: &Fake, base: &str, expected: &mut Expected) -> Vec<String> {
    let creator = Creator::new(&fake.url());
    let mut customers = Vec::new();
    for connection in 0..CONNECTIONS {
        db.runtime.block_on(async {
            let fleet = &db.fleet;
            let (name, key) = (name(connection), key(connection));
            fleet
                .add_connection(&db.kek(), &name, &key, &fake.url(), None)
                .await
                .expect("added");
            for trigger in TriggerKind::all() {
                fleet
                    .subscribe(&name, trigger, Start::Beginning)
                    .await
                    .expect("subscribed");
            }
        });
        let added = db
            .command(&["add-endpoint", &name(connection), "--public-url", base])
            .output()
            .expect("runs");
        assert!(added.status.success(), "{}", common::stderr(&added));
        assert!(
            common::stderr(&added).contains(&format!("at {base}/{}", name(connection))),
            "{}",
            common::stderr(&added)
        );
        let customer = fake
            .runtime
            .block_on(creator.create(&key(connection), "customer", ""));
        expected
            .entry((name(connection), trigger_named("customer").name()))
            .or_default()
            .insert(customer.clone());
        customers.push(customer);
    }
    customers
}

/// Creates `n` objects on random connections and triggers.
fn create(
    fake: &Fake,
    customers: &[String],
    expected: &mut Expected,
    n: usize,
    rng: &mut fastrand::Rng,
) {
    let creator = Creator::new(&fake.url());
    let all: Vec<TriggerKind> = TriggerKind::all().collect();
    for _ in 0..n {
        let connection = rng.usize(0..CONNECTIONS);
        let trigger = all[rng.usize(..all.len())];
        let id = fake.runtime.block_on(creator.create(
            &key(connection),
            trigger.name(),
            &customers[connection],
        ));
        expected
            .entry((name(connection), trigger.name()))
            .or_default()
            .insert(id);
    }
}

/// Waits for a stderr line of `run` that contains `part`, at most `wait`.
fn saw_within(run: &Running, part: &str, wait: Duration) -> bool {
    let deadline = Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match run.errors.recv_timeout(left) {
            Ok(line) if line.contains(part) => return true,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
}

#[test]
fn killed_eight_times_a_worker_with_webhooks_delivers_every_object_once() {
    let Some(db) = common::fleet::db() else {
        return;
    };
    let fake = Fake::start();
    fake.fake.reseed(20);
    fake.fake.set_webhook_faults(WebhookFaults {
        drop_rate: 0.3,
        duplicate_rate: 0.3,
        reorder_window: Duration::from_millis(300),
        ..WebhookFaults::default()
    });
    fake.fake.set_webhook_retry(Duration::from_millis(200));
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut expected = Expected::new();
    let customers = set_up(&db, &fake, &base, &mut expected);
    let listen = format!("127.0.0.1:{port}");
    let (lease, reconcile, poll) = (LEASE.to_string(), RECONCILE.to_string(), POLL.to_string());
    let args = [
        "--webhooks",
        &listen,
        "--lease",
        &lease,
        "--reconcile",
        &reconcile,
        "--poll-with-webhooks",
        &poll,
    ];
    let mut rng = fastrand::Rng::with_seed(20);
    for kill in 0..KILLS {
        let mut command = db.worker(&format!("w{kill}"), &args);
        let after_commit = kill % 2 == 0;
        if after_commit {
            let nth = rng.u32(2..8).to_string();
            command.env(
                "STRIPE_CONNECTOR_PAUSE_AFTER",
                format!("acknowledged:{nth}"),
            );
        }
        let mut run = Running::spawn(command);
        assert!(
            saw_within(&run, "webhooks at", Duration::from_secs(20)),
            "the listener: {}",
            run.stderr()
        );
        if kill == 1 {
            // A run that does not park itself: a parked worker answers nothing.
            refuses_strangers(&fake, &base);
        }
        create(&fake, &customers, &mut expected, PER_RUN, &mut rng);
        match after_commit {
            true => {
                let deadline = Instant::now() + Duration::from_secs(60);
                while !saw_within(&run, "paused after", Duration::from_millis(200)) {
                    create(&fake, &customers, &mut expected, 1, &mut rng);
                    assert!(Instant::now() < deadline, "never paused after a commit");
                }
            }
            false => std::thread::sleep(Duration::from_millis(rng.u64(0..1500))),
        }
        if let Some(status) = run.child.try_wait().expect("try_wait") {
            panic!("the worker ended by itself ({status}): {}", run.stderr());
        }
        run.child.kill().expect("SIGKILL");
        run.child.wait().expect("reaped");
        let tally = db.tally(&expected);
        assert_eq!(
            (tally.repeated, tally.gaps, tally.strangers),
            (0, 0, 0),
            "after kill {kill}"
        );
    }
    // Created while nobody listens, their webhooks failing until the retries give up.
    create(&fake, &customers, &mut expected, DOWN, &mut rng);
    let total: usize = expected.values().map(HashSet::len).sum();
    let lost_before = db.tally(&expected).lost;
    assert!(lost_before > 0, "the kills left work for the last run");

    let mut last = Running::spawn(db.worker("last", &args));
    assert!(
        saw_within(&last, "webhooks at", Duration::from_secs(20)),
        "the last listener: {}",
        last.stderr()
    );
    let listening = Instant::now();
    let bound = Duration::from_secs(LEASE + RECONCILE + POLL);
    while db.tally(&expected).lost > 0 && listening.elapsed() < bound * 2 {
        std::thread::sleep(Duration::from_millis(20));
    }
    let took = listening.elapsed();
    assert!(last.interrupt(), "{}", last.stderr());
    let Tally {
        lost,
        repeated,
        gaps,
        strangers,
        ..
    } = db.tally(&expected);
    eprintln!(
        "{KILLS} kills, {total} objects on {CONNECTIONS} connections: {lost_before} left for \
         the last worker, delivered {} ms after it listened; {lost} lost, {repeated} repeated, \
         {gaps} subscriptions with gaps",
        took.as_millis()
    );
    assert_eq!((lost, repeated, gaps, strangers), (0, 0, 0, 0));
    assert!(
        took <= bound,
        "delivered within a lease plus a reconciliation plus a poll: {took:?}"
    );
    for connection in 0..CONNECTIONS {
        let stripe = stripe_connector::Connection::builder(key(connection))
            .base_url(fake.url())
            .throttle(None)
            .build()
            .expect("a connection");
        let endpoints = fake
            .runtime
            .block_on(stripe_connector::endpoints::list_endpoints(&stripe))
            .expect("the endpoints");
        assert_eq!(endpoints.len(), 1, "one endpoint per connection, kept");
    }
}

/// The listener at `base` refuses a body over 1 MiB (413) and a connection without an endpoint
/// (404). Each request has a connection of its own: the listener closes the one whose body it
/// refused unread, and a pooled connection could be reused just as it closes.
fn refuses_strangers(fake: &Fake, base: &str) {
    let http = stripe_connector::client_builder()
        .pool_max_idle_per_host(0)
        .build()
        .expect("a client");
    let status = |path: String, body: Vec<u8>| {
        let sent = fake.runtime.block_on(async {
            http.post(format!("{base}/{path}"))
                .header("Stripe-Signature", "t=1,v1=00")
                .timeout(Duration::from_secs(20))
                .body(body)
                .send()
                .await
        });
        sent.expect("answered").status().as_u16()
    };
    assert_eq!(status(name(0), vec![b' '; 2 << 20]), 413);
    assert_eq!(status("nobody".to_string(), b"{}".to_vec()), 404);
}

#[test]
fn an_idle_connection_with_an_endpoint_spends_about_half_the_calls_of_four_polled_triggers() {
    let Some(db) = common::fleet::db() else {
        return;
    };
    let fake = Fake::start();
    let log = tempfile::NamedTempFile::new().expect("a log file");
    fake.fake.log_requests(log.path()).expect("logging");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    db.runtime.block_on(async {
        for connection in 0..2 {
            let (name, key) = (name(connection), key(connection));
            db.fleet
                .add_connection(&db.kek(), &name, &key, &fake.url(), None)
                .await
                .expect("added");
            for trigger in TriggerKind::all() {
                db.fleet
                    .subscribe(&name, trigger, Start::Now)
                    .await
                    .expect("subscribed");
            }
        }
    });
    let added = db
        .command(&["add-endpoint", &name(0), "--public-url", &base])
        .output()
        .expect("runs");
    assert!(added.status.success(), "{}", common::stderr(&added));
    // The defaults (120 s, 60 s, 3,600 s) a hundred times faster: 12 s stand for 20 minutes.
    let listen = format!("127.0.0.1:{port}");
    let args = [
        "--webhooks",
        &listen,
        "--interval",
        "1.2",
        "--reconcile",
        "0.6",
        "--poll-with-webhooks",
        "36",
    ];
    let mut worker = Running::spawn(db.worker("idle", &args));
    assert!(saw_within(&worker, "webhooks at", Duration::from_secs(20)));
    let began = unix_now();
    std::thread::sleep(Duration::from_secs(12));
    let ended = unix_now();
    assert!(worker.interrupt(), "{}", worker.stderr());
    let calls = |connection: usize| {
        let fingerprint = fake_stripe::key_fingerprint(&key(connection));
        std::fs::read_to_string(log.path())
            .expect("the log")
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter(|line| line["key"] == fingerprint.as_str())
            .filter(|line| {
                line["time"]
                    .as_f64()
                    .is_some_and(|t| t >= began && t < ended)
            })
            .count()
    };
    let (hooked, polled) = (calls(0), calls(1));
    let per_hour = |calls: usize| calls as f64 * 3600.0 / (12.0 * 100.0);
    eprintln!(
        "idle calls per hour at the defaults (measured over 12 s, 100 times faster): with an \
         endpoint {:.0}, four polled triggers {:.0}",
        per_hour(hooked),
        per_hour(polled)
    );
    assert!(
        hooked * 10 < polled * 7,
        "with an endpoint {hooked} calls, polled {polled}"
    );
}

/// The current time in Unix seconds, as the fake's request log writes it.
fn unix_now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}
