//! `watch` killed for real: the `stripe-connector` process gets SIGKILL 21 times while a backlog
//! of 3,000 customers, plus customers created during the run, drains through a fake Stripe that
//! fails 20% of requests. Most kills land at the worst instants, which random kills almost never
//! hit: right after a checkpoint is written (or a transaction committed), and right after a batch
//! is printed but before it is acknowledged; the process parks itself there
//! (`STRIPE_CONNECTOR_PAUSE_AFTER`) and the test kills it. The rest land at random moments.
//!
//! On stdout: nothing lost, and no run repeats more than the one batch its predecessor printed
//! without acknowledging. Into SQLite: nothing lost and nothing repeated in the table.

#![cfg(unix)]

mod common;

use std::collections::HashSet;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{Fake, Running, create_customers, id_of, rows};
use fake_stripe::Faults;
use stripe_connector::{Connection, RetryPolicy};

/// The customers waiting when the first watch starts: 30 pages.
const BACKLOG: usize = 3_000;
/// The customers created while the watches are killed and restarted.
const LIVE: usize = 315;
/// How many times a watch is killed.
const KILLS: usize = 21;
/// The most objects a batch holds: a page.
const BATCH: usize = 100;

/// How a run of `watch` ends.
#[derive(Clone, Copy, Debug)]
enum Kill {
    /// SIGKILL right after the watch parked itself at this point (`printed:N`, `acknowledged:N`).
    At(&'static str),
    /// SIGKILL after this long.
    After(Duration),
}

/// The kill of each run: two of every three at a worst instant, the rest at random.
fn kills(printing: bool, rng: &mut fastrand::Rng) -> Vec<Kill> {
    (0..KILLS)
        .map(|n| match n % 3 {
            0 => Kill::At("acknowledged:1"),
            1 if printing => Kill::At("printed:1"),
            1 => Kill::At("acknowledged:2"),
            _ => Kill::After(Duration::from_millis(rng.u64(50..600))),
        })
        .collect()
}

/// Whether `kill` waits for a run's second commit.
fn kill_needs_two_batches(kill: Kill) -> bool {
    matches!(kill, Kill::At(point) if point.ends_with(":2"))
}

/// A connection that creates through the faults: patient retries, with idempotency keys.
fn creator(fake: &Fake) -> Connection {
    Connection::builder(common::KEY)
        .base_url(fake.url())
        .throttle(None)
        .retry(RetryPolicy {
            max_retries: 20,
            initial_backoff: Duration::from_millis(10),
            ..RetryPolicy::default()
        })
        .build()
        .expect("a connection to the fake")
}

/// Runs `watch customer` with `args` until `kill`, then SIGKILL; returns what it printed.
fn run_and_kill(fake: &Fake, args: &[&str], kill: Kill) -> Vec<String> {
    let mut command = fake.command(args);
    if let Kill::At(point) = kill {
        command.env("STRIPE_CONNECTOR_PAUSE_AFTER", point);
    }
    let mut run = Running::spawn(command);
    match kill {
        Kill::At(point) => {
            let deadline = Instant::now() + Duration::from_secs(60);
            loop {
                let left = deadline.saturating_duration_since(Instant::now());
                match run.errors.recv_timeout(left) {
                    Ok(line) if line.starts_with("paused after") => break,
                    Ok(_) => {}
                    Err(_) => panic!("the watch never paused after {point}"),
                }
            }
        }
        Kill::After(wait) => std::thread::sleep(wait),
    }
    if let Some(status) = run.child.try_wait().expect("try_wait") {
        panic!("the watch ended by itself ({status}): {}", run.stderr());
    }
    run.child.kill().expect("SIGKILL");
    run.child.wait().expect("reaped");
    run.rest()
}

/// Runs `watch customer` with `args` until `done` says the line it printed last was the last
/// one awaited (`done` sees each line once, in order), then interrupts it; returns what it
/// printed.
fn run_to_the_end(fake: &Fake, args: &[&str], mut done: impl FnMut(&str) -> bool) -> Vec<String> {
    let mut run = Running::spawn(fake.command(args));
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut printed = Vec::new();
    loop {
        let Some(line) = run.next_line(deadline) else {
            panic!("the last watch stalled: {}", run.stderr());
        };
        let last = done(&line);
        printed.push(line);
        if last {
            break;
        }
    }
    assert!(run.interrupt(), "Ctrl-C stops it: {}", run.stderr());
    printed.extend(run.rest());
    printed
}

/// `watch customer` from the beginning, flat out, keeping its place with `flag` `path`.
fn watch_args<'a>(flag: &'a str, path: &'a str) -> [&'a str; 9] {
    [
        "--no-throttle",
        "watch",
        "customer",
        "--from",
        "beginning",
        "--interval",
        "1",
        flag,
        path,
    ]
}

/// A fake with the backlog in it, failing 20% of requests from then on.
fn faulty_fake_with_backlog() -> (Fake, Connection, HashSet<String>) {
    let fake = Fake::start();
    let stripe = creator(&fake);
    let expected = create_customers(&fake, &stripe, BACKLOG)
        .into_iter()
        .collect();
    fake.fake.reseed(2019);
    fake.fake.set_faults(Faults::at_rate(0.2));
    (fake, stripe, expected)
}

#[test]
fn killed_twenty_one_times_on_stdout_nothing_is_lost_and_at_most_a_batch_repeats() {
    let (fake, stripe, mut expected) = faulty_fake_with_backlog();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let state = folder.path().join("customers.json");
    let state = state.to_str().expect("a UTF-8 path");
    let args = watch_args("--state", state);
    let mut rng = fastrand::Rng::with_seed(10);
    let mut seen: HashSet<String> = HashSet::new();
    let mut lines = 0;
    let mut unacknowledged: Option<HashSet<String>> = None;
    for kill in kills(true, &mut rng) {
        let printed: Vec<String> = run_and_kill(&fake, &args, kill)
            .iter()
            .map(|l| id_of(l))
            .collect();
        let repeated: HashSet<&String> = printed.iter().filter(|id| seen.contains(*id)).collect();
        assert!(
            repeated.len() <= BATCH,
            "{} repeated after one kill: more than a batch",
            repeated.len()
        );
        if !printed.is_empty()
            && let Some(batch) = unacknowledged.take()
        {
            let again: HashSet<String> = printed.iter().take(batch.len()).cloned().collect();
            assert_eq!(
                again, batch,
                "the batch printed but not acknowledged comes first"
            );
        }
        lines += printed.len();
        if let Kill::At("printed:1") = kill {
            // This run printed one batch and was killed before acknowledging it.
            unacknowledged = Some(printed.iter().cloned().collect());
        }
        seen.extend(printed);
        expected.extend(create_customers(&fake, &stripe, LIVE / KILLS));
    }
    let left: HashSet<String> = expected.difference(&seen).cloned().collect();
    assert!(
        !left.is_empty(),
        "the kills landed before the end of the backlog"
    );
    let mut missing = left;
    let last = run_to_the_end(&fake, &args, |line| {
        missing.remove(&id_of(line));
        missing.is_empty()
    });
    lines += last.len();
    seen.extend(last.iter().map(|line| id_of(line)));
    eprintln!(
        "{KILLS} kills: {lines} lines printed for {} customers, {} repeated",
        expected.len(),
        lines - seen.len()
    );
    assert_eq!(seen, expected, "every customer is printed");
}

#[test]
fn killed_twenty_one_times_into_sqlite_the_table_has_every_object_once() {
    let (fake, stripe, mut expected) = faulty_fake_with_backlog();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let database = folder.path().join("events.db");
    let path = database.to_str().expect("a UTF-8 path");
    let args = watch_args("--into", path);
    let mut rng = fastrand::Rng::with_seed(11);
    for kill in kills(false, &mut rng) {
        // A run that parks after its second commit needs two batches waiting, whatever the
        // random kills before it left of the backlog.
        let written = if database.exists() {
            rows(&database).len()
        } else {
            0
        };
        let waiting = expected.len().saturating_sub(written);
        if kill_needs_two_batches(kill) && waiting <= BATCH {
            expected.extend(create_customers(&fake, &stripe, 2 * BATCH - waiting));
        }
        let printed = run_and_kill(&fake, &args, kill);
        assert!(printed.is_empty(), "--into prints nothing on stdout");
        let table = rows(&database);
        let unique: HashSet<&String> = table.iter().collect();
        assert_eq!(unique.len(), table.len(), "a row repeated after {kill:?}");
        expected.extend(create_customers(&fake, &stripe, LIVE / KILLS));
    }
    assert!(
        rows(&database).len() < expected.len(),
        "the kills landed before the end"
    );
    let mut run = Running::spawn(fake.command(&args));
    let deadline = Instant::now() + Duration::from_secs(120);
    while rows(&database).len() < expected.len() {
        assert!(
            Instant::now() < deadline,
            "the last watch stalled: {}",
            run.stderr()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(run.interrupt(), "{}", run.stderr());
    let table = rows(&database);
    assert_eq!(table.len(), expected.len(), "no repeat");
    assert_eq!(
        table.into_iter().collect::<HashSet<_>>(),
        expected,
        "no gap"
    );
}

#[test]
fn a_closed_stdout_ends_the_watch_without_acknowledging() {
    let fake = Fake::start();
    let stripe = creator(&fake);
    let expected: HashSet<String> = create_customers(&fake, &stripe, 250).into_iter().collect();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let state = folder.path().join("customers.json");
    let state = state.to_str().expect("a UTF-8 path");
    let args = ["watch", "customer", "--from", "beginning", "--state", state];
    // A reader that has gone before the first line, as `| head -0` leaves it.
    let mut closed = fake.command(&args);
    let mut child = closed
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("ends by itself");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{}: {stderr}", output.status);
    assert!(stderr.contains("standard output was closed"), "{stderr}");
    let mut count = 0;
    let printed = run_to_the_end(&fake, &args, |_| {
        count += 1;
        count == expected.len()
    });
    let ids: HashSet<String> = printed.iter().map(|line| id_of(line)).collect();
    assert_eq!(
        ids, expected,
        "the batch that could not be printed comes again"
    );
    assert_eq!(printed.len(), expected.len(), "and nothing twice");
}
