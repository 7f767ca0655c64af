//! Triggers as streams of acknowledged batches: the poll interval on tokio's paused clock, a
//! batch handed over again until it is acknowledged, saves that fail, handlers that fail, and a
//! watcher aborted at random points. Killing a real process is tested on the command line
//! (`cli/tests/crash.rs`).

mod support;

use std::collections::HashSet;
use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use fake_stripe::Faults;
use stripe_connector::metadata::Listed;
use stripe_connector::triggers::OnNewCustomer;
use stripe_connector::{
    CheckpointStore, Error, FileStore, MemoryStore, PollState, Start, Watch, connector,
};
use support::*;
use tokio::time::Instant;

fn ids<T: Listed>(items: &[T]) -> Vec<String> {
    items.iter().map(|item| item.id().to_string()).collect()
}

/// A store shared with the test, to look at what was saved, failing every `fail_every`-th save
/// (never when 0).
#[derive(Clone, Default)]
struct SharedStore {
    inner: Arc<MemoryStore>,
    saves: Arc<AtomicUsize>,
    fail_every: usize,
}

impl CheckpointStore for SharedStore {
    fn load(&self) -> io::Result<Option<PollState>> {
        self.inner.load()
    }
    fn save(&self, state: &PollState) -> io::Result<()> {
        let save = self.saves.fetch_add(1, Ordering::SeqCst) + 1;
        if self.fail_every > 0 && save.is_multiple_of(self.fail_every) {
            return Err(io::Error::other("the disk is full"));
        }
        self.inner.save(state)
    }
}

#[tokio::test(start_paused = true)]
async fn a_caught_up_watch_polls_again_after_the_interval() {
    let fake = fake().await;
    let stripe = creator(&fake);
    let existing = customers(&stripe, 3).await;
    let mut watch =
        Watch::<OnNewCustomer>::new(poller(&fake), MemoryStore::default()).start(Start::Beginning);
    let first = watch.next_batch().await.expect("the backlog");
    assert_eq!(ids(&first).len(), existing.len());
    watch.ack().await.expect("saved");
    let started = Instant::now();
    let creator = tokio::spawn(async move { customers(&stripe, 1).await });
    let second = watch.next_batch().await.expect("the new customer");
    assert_eq!(ids(&second), creator.await.expect("no panic"));
    assert!(
        started.elapsed() >= connector::POLL_INTERVAL,
        "polled after {:?}",
        started.elapsed()
    );
}

#[tokio::test(start_paused = true)]
async fn a_batch_is_saved_only_when_acknowledged_and_handed_over_again_until_then() {
    let fake = fake().await;
    let stripe = creator(&fake);
    customers(&stripe, 5).await;
    let store = SharedStore::default();
    let mut watch =
        Watch::<OnNewCustomer>::new(poller(&fake), store.clone()).start(Start::Beginning);
    let first = ids(&watch.next_batch().await.expect("the backlog"));
    assert_eq!(first.len(), 5);
    assert_eq!(
        store.saves.load(Ordering::SeqCst),
        0,
        "nothing saved before the ack"
    );
    let started = Instant::now();
    let again = ids(&watch.next_batch().await.expect("the same batch"));
    assert_eq!(again, first, "an unacknowledged batch comes again");
    assert!(started.elapsed() < connector::POLL_INTERVAL, "and at once");
    watch.ack().await.expect("saved");
    assert_eq!(store.saves.load(Ordering::SeqCst), 1, "one save per batch");
    assert_eq!(store.load().expect("in memory").as_ref(), watch.state());

    let restarted = Watch::<OnNewCustomer>::new(poller(&fake), store.clone());
    let new = customers(&stripe, 2).await;
    let mut restarted = restarted.interval(Duration::from_secs(1));
    let batch = ids(&restarted.next_batch().await.expect("the new ones"));
    assert_eq!(
        batch.into_iter().collect::<HashSet<_>>(),
        new.into_iter().collect::<HashSet<_>>(),
        "a restart resumes after the acknowledged batch"
    );
}

#[tokio::test(start_paused = true)]
async fn a_failed_save_is_an_error_and_the_same_objects_come_again() {
    let fake = fake().await;
    let stripe = creator(&fake);
    let created = customers(&stripe, 1_000).await;
    let store = SharedStore {
        fail_every: 3,
        ..SharedStore::default()
    };
    let mut watch =
        Watch::<OnNewCustomer>::new(poller(&fake), store.clone()).start(Start::Beginning);
    let (mut delivered, mut failures, mut repeats) = (Vec::new(), 0, 0);
    let mut last_failed: Option<Vec<String>> = None;
    while delivered.len() < created.len() {
        let batch = ids(&watch.next_batch().await.expect("a batch"));
        if let Some(failed) = last_failed.take() {
            assert_eq!(batch, failed, "the batch whose save failed comes again");
            repeats += 1;
        }
        match watch.ack().await {
            Ok(()) => delivered.extend(batch),
            Err(Error::Checkpoint(error)) => {
                assert_eq!(error.to_string(), "the disk is full");
                failures += 1;
                last_failed = Some(batch);
            }
            Err(other) => panic!("unexpected {other}"),
        }
    }
    assert!(failures >= 3, "saves failed {failures} times");
    assert_eq!(repeats, failures);
    let unique: HashSet<&String> = delivered.iter().collect();
    assert_eq!(unique.len(), delivered.len(), "acknowledged twice");
    assert_eq!(unique, created.iter().collect(), "lost");
}

#[tokio::test(start_paused = true)]
async fn a_handler_that_fails_gets_the_same_batch_again() {
    let fake = fake().await;
    let stripe = creator(&fake);
    let created = customers(&stripe, 4).await;
    let mut watch =
        Watch::<OnNewCustomer>::new(poller(&fake), MemoryStore::default()).start(Start::Beginning);
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = |fail: bool| {
        let seen = seen.clone();
        async move |batch: Vec<stripe_connector::types::Customer>| {
            seen.lock().expect("not poisoned").push(ids(&batch));
            match fail {
                true => Err(Error::InvalidInput {
                    field: "handler",
                    reason: "not today".to_string(),
                }),
                false => Ok(()),
            }
        }
    };
    let refused = watch.handle_next(record(true)).await;
    assert!(
        matches!(refused, Err(Error::InvalidInput { .. })),
        "{refused:?}"
    );
    assert_eq!(
        watch.state(),
        Some(&PollState::from_beginning()),
        "not acknowledged"
    );
    let handled = watch.handle_next(record(false)).await.expect("handled");
    assert_eq!(handled, created.len());
    let seen = seen.lock().expect("not poisoned").clone();
    assert_eq!(seen[0], seen[1], "the same batch twice");
    assert_ne!(
        watch.state(),
        Some(&PollState::from_beginning()),
        "acknowledged"
    );
}

#[tokio::test(start_paused = true)]
async fn a_failed_poll_is_reported_changes_nothing_and_is_retried_after_the_interval() {
    let fake = fake().await;
    let stripe = creator(&fake);
    customers(&stripe, 2).await;
    let mut watch =
        Watch::<OnNewCustomer>::new(poller(&fake), MemoryStore::default()).start(Start::Beginning);
    fake.set_faults(Faults {
        server_error_rate: 1.0,
        ..Faults::default()
    });
    let error = watch.next_batch().await.expect_err("every request fails");
    assert_eq!(error.stripe().map(|e| e.status), Some(500));
    assert_eq!(
        watch.state(),
        Some(&PollState::from_beginning()),
        "the state is unchanged"
    );
    fake.clear_faults();
    let started = Instant::now();
    let batch = watch.next_batch().await.expect("the retry succeeds");
    assert_eq!(batch.len(), 2);
    assert!(started.elapsed() >= connector::POLL_INTERVAL);
}

#[tokio::test(start_paused = true)]
async fn a_watch_aborted_at_twenty_random_points_repeats_at_most_a_batch_each_time() {
    let fake = fake().await;
    let stripe = creator(&fake);
    let folder = tempfile::tempdir().expect("a temporary folder");
    let checkpoint = folder.path().join("customers.json");
    let delivered = Arc::new(Mutex::new(Vec::new()));
    let total = 10_000;
    let creating = {
        let stripe = stripe.clone();
        tokio::spawn(async move {
            for _ in 0..40 {
                customers(&stripe, total / 40).await;
            }
        })
    };
    let mut rng = fastrand::Rng::with_seed(2019);
    let aborts = 20;
    for _ in 0..aborts {
        let watcher = spawn_watcher(poller(&fake), &checkpoint, delivered.clone());
        for _ in 0..rng.usize(1..400) {
            tokio::task::yield_now().await;
        }
        watcher.abort();
        let _ = watcher.await;
    }
    creating.await.expect("no panic");
    let watcher = spawn_watcher(poller(&fake), &checkpoint, delivered.clone());
    let expected: HashSet<String> = all_oldest_first::<OnNewCustomer>(&stripe)
        .await
        .into_iter()
        .collect();
    // Real time: the paused clock runs ahead whenever the runtime waits on the fake's sockets.
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    while delivered
        .lock()
        .expect("not poisoned")
        .iter()
        .collect::<HashSet<_>>()
        .len()
        < total
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the last watcher stalled before delivering all {total}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    watcher.abort();
    let delivered = delivered.lock().expect("not poisoned").clone();
    let unique: HashSet<String> = delivered.iter().cloned().collect();
    assert_eq!(unique, expected, "lost");
    let repeated = delivered.len() - unique.len();
    assert!(
        repeated <= aborts * 100,
        "{repeated} repeats for {aborts} aborts: more than a batch each"
    );
}

/// A watcher from the beginning, with a short interval, recording what it hands over and
/// acknowledging each batch after recording it.
fn spawn_watcher(
    stripe: stripe_connector::Connection,
    checkpoint: &std::path::Path,
    delivered: Arc<Mutex<Vec<String>>>,
) -> tokio::task::JoinHandle<()> {
    let checkpoint = checkpoint.to_path_buf();
    tokio::spawn(async move {
        // An aborted watcher lets go of the file once its save in flight, if any, is done.
        let store = loop {
            match FileStore::open(&checkpoint) {
                Ok(store) => break store,
                Err(error) if error.kind() == io::ErrorKind::WouldBlock => {
                    tokio::time::sleep(Duration::from_millis(1)).await;
                }
                Err(error) => panic!("{error}"),
            }
        };
        let mut watch = Watch::<OnNewCustomer>::new(stripe, store)
            .start(Start::Beginning)
            .interval(Duration::from_millis(20));
        loop {
            if let Ok(batch) = watch.next_batch().await {
                delivered.lock().expect("not poisoned").extend(ids(&batch));
                let _ = watch.ack().await;
            }
        }
    })
}
