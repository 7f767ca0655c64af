//! `listen --into` killed for real: fake-stripe drops 30% of the webhooks, sends 30% twice and
//! reorders them within 300 ms, while customers are created and the `stripe-connector listen`
//! process gets SIGKILL 12 times: half right after a commit (the process parks itself there,
//! `STRIPE_CONNECTOR_PAUSE_AFTER=acknowledged:N`, and the test kills it), half at a random
//! moment. Then 20 more customers are created while it is down, and a last run delivers every
//! customer within one reconciliation interval plus one list poll: none lost, none twice in the
//! table, and one webhook endpoint all along (each run reuses it).

#![cfg(unix)]

mod common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use common::{Fake, Running, create_customers, free_port, rows};
use fake_stripe::WebhookFaults;

/// How many times `listen` is killed.
const KILLS: usize = 12;
/// Customers created before and during each run.
const PER_RUN: usize = 8;
/// Customers created after the last kill, before the last run.
const DOWN: usize = 20;
/// `--reconcile` and `--poll`, in seconds.
const RECONCILE: u64 = 1;
const POLL: u64 = 2;

/// Waits for a stderr line of `run` that starts with `start`, or fails naming `what`.
fn wait_for(run: &Running, start: &str, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match run.errors.recv_timeout(left) {
            Ok(line) if line.starts_with(start) => return,
            Ok(_) => {}
            Err(_) => panic!("{what} never came"),
        }
    }
}

/// Whether `run` writes a stderr line that starts with `start` within `wait`.
fn saw_within(run: &Running, start: &str, wait: Duration) -> bool {
    let deadline = Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match run.errors.recv_timeout(left) {
            Ok(line) if line.starts_with(start) => return true,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
}

#[test]
fn killed_twelve_times_listen_into_sqlite_loses_and_repeats_nothing() {
    let fake = Fake::start();
    fake.fake.set_webhook_faults(WebhookFaults {
        drop_rate: 0.3,
        duplicate_rate: 0.3,
        reorder_window: Duration::from_millis(300),
        ..WebhookFaults::default()
    });
    fake.fake.set_webhook_retry(Duration::from_millis(200));
    let stripe = fake.connection();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let database = folder.path().join("events.db");
    let path = database.to_str().expect("a UTF-8 path").to_string();
    let port = free_port().to_string();
    let url = format!("http://127.0.0.1:{port}/");
    let (reconcile, poll) = (RECONCILE.to_string(), POLL.to_string());
    let args = [
        "--no-throttle",
        "listen",
        "customer",
        "--port",
        &port,
        "--public-url",
        &url,
        "--into",
        &path,
        "--reconcile",
        &reconcile,
        "--poll",
        &poll,
    ];
    let mut rng = fastrand::Rng::with_seed(19);
    let mut expected: HashSet<String> = HashSet::new();
    let mut endpoint = None;
    for kill in 0..KILLS {
        // Before the first run they would predate the trigger, which starts from now.
        if kill > 0 {
            expected.extend(create_customers(&fake, &stripe, PER_RUN / 2));
        }
        let mut command = fake.command(&args);
        let after_commit = kill % 2 == 0;
        if after_commit {
            let nth = rng.u32(2..6).to_string();
            command.env(
                "STRIPE_CONNECTOR_PAUSE_AFTER",
                format!("acknowledged:{nth}"),
            );
        }
        let mut run = Running::spawn(command);
        wait_for(&run, "listening for", "the listener");
        expected.extend(create_customers(&fake, &stripe, PER_RUN / 2));
        match after_commit {
            true => {
                // More customers until it pauses, so that the commits surely come.
                while !saw_within(&run, "paused after", Duration::from_millis(200)) {
                    expected.extend(create_customers(&fake, &stripe, 1));
                    assert!(expected.len() < 1_000, "listen never paused after a commit");
                }
            }
            false => std::thread::sleep(Duration::from_millis(rng.u64(0..1500))),
        }
        if let Some(status) = run.child.try_wait().expect("try_wait") {
            panic!("listen ended by itself ({status}): {}", run.stderr());
        }
        run.child.kill().expect("SIGKILL");
        run.child.wait().expect("reaped");
        let table = rows(&database);
        let unique: HashSet<&String> = table.iter().collect();
        assert_eq!(
            unique.len(),
            table.len(),
            "a row repeated after kill {kill}"
        );
        assert!(unique.iter().all(|id| expected.contains(*id)), "a stranger");
        let endpoints = fake.runtime.block_on(async {
            let all = stripe_connector::endpoints::list_endpoints(&stripe).await;
            all.expect("the endpoints")
                .into_iter()
                .map(|e| e.id)
                .collect::<Vec<_>>()
        });
        assert_eq!(endpoints.len(), 1, "one endpoint, reused: {endpoints:?}");
        assert!(endpoint.get_or_insert(endpoints[0].clone()) == &endpoints[0]);
    }
    // Created while nobody listens, their webhooks failing until the retries give up.
    expected.extend(create_customers(&fake, &stripe, DOWN));
    let before = rows(&database).len();
    assert!(
        before < expected.len(),
        "the kills left work for the last run"
    );

    let started = Instant::now();
    let mut last = Running::spawn(fake.command(&args));
    let bound = Duration::from_secs(RECONCILE + POLL);
    wait_for(&last, "listening for", "the last listener");
    let listening = Instant::now();
    while rows(&database).len() < expected.len() && listening.elapsed() < bound {
        std::thread::sleep(Duration::from_millis(20));
    }
    let took = listening.elapsed();
    assert!(last.interrupt(), "{}", last.stderr());
    let table = rows(&database);
    eprintln!(
        "{KILLS} kills, {} customers: {before} delivered before the last run, the rest {} ms \
         after it listened ({} ms after it started)",
        expected.len(),
        took.as_millis(),
        (listening - started).as_millis() + took.as_millis()
    );
    assert_eq!(table.len(), expected.len(), "none lost, none twice");
    assert_eq!(table.into_iter().collect::<HashSet<_>>(), expected);
    assert!(
        took <= bound,
        "delivered within one reconciliation plus one poll"
    );
}
