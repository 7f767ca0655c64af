//! Triggers as streams: the poll interval on tokio's paused clock, Split On, errors that change
//! nothing, and a watcher killed and restarted from its durable checkpoint at 20 random points.

mod support;

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use fake_stripe::Faults;
use stripe_connector::metadata::Listed;
use stripe_connector::triggers::OnNewCustomer;
use stripe_connector::{CheckpointStore, FileStore, MemoryStore, Start, Watch, connector};
use support::*;
use tokio::time::Instant;

fn ids<T: Listed>(items: &[T]) -> Vec<String> {
    items.iter().map(|item| item.id().to_string()).collect()
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
async fn split_on_hands_over_one_object_at_a_time_and_saves_after_each() {
    let fake = fake().await;
    let stripe = creator(&fake);
    let created = all_after(customers(&stripe, 5).await, &stripe).await;
    let store = Arc::new(MemoryStore::default());
    let mut watch = Watch::<OnNewCustomer>::new(poller(&fake), SharedStore(store.clone()))
        .start(Start::Beginning);
    for expected in &created {
        let item = watch.next_item().await.expect("one customer");
        assert_eq!(&item.id, expected);
        let saved = store.load().expect("in memory").expect("saved");
        assert_eq!(
            Some(&saved),
            watch.state(),
            "the checkpoint is saved as each object is handed over"
        );
    }
}

/// The server's order of `ids`, oldest first.
async fn all_after(ids: Vec<String>, stripe: &stripe_connector::Connection) -> Vec<String> {
    let all = all_oldest_first::<OnNewCustomer>(stripe).await;
    let wanted: HashSet<String> = ids.into_iter().collect();
    all.into_iter().filter(|id| wanted.contains(id)).collect()
}

/// A store shared with the test, to look at what was saved.
struct SharedStore(Arc<MemoryStore>);

impl CheckpointStore for SharedStore {
    fn load(&self) -> std::io::Result<Option<stripe_connector::PollState>> {
        self.0.load()
    }
    fn save(&self, state: &stripe_connector::PollState) -> std::io::Result<()> {
        self.0.save(state)
    }
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
        Some(&stripe_connector::PollState::from_beginning()),
        "the state is unchanged"
    );
    fake.clear_faults();
    let started = Instant::now();
    let batch = watch.next_batch().await.expect("the retry succeeds");
    assert_eq!(batch.len(), 2);
    assert!(started.elapsed() >= connector::POLL_INTERVAL);
}

#[tokio::test(start_paused = true)]
async fn a_watch_killed_at_twenty_random_points_delivers_everything_exactly_once() {
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
    for _ in 0..20 {
        let watcher = spawn_watcher(
            poller(&fake),
            FileStore::new(&checkpoint),
            delivered.clone(),
        );
        for _ in 0..rng.usize(1..400) {
            tokio::task::yield_now().await;
        }
        watcher.abort();
        let _ = watcher.await;
    }
    creating.await.expect("no panic");
    let watcher = spawn_watcher(
        poller(&fake),
        FileStore::new(&checkpoint),
        delivered.clone(),
    );
    while delivered.lock().expect("not poisoned").len() < total {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    watcher.abort();
    let delivered = delivered.lock().expect("not poisoned").clone();
    let unique: HashSet<&String> = delivered.iter().collect();
    assert_eq!(
        unique.len(),
        delivered.len(),
        "an object was delivered twice"
    );
    assert_eq!(
        delivered,
        all_oldest_first::<OnNewCustomer>(&stripe).await,
        "lost or out of order"
    );
}

/// A watcher from the beginning, with a short interval, recording what it hands over.
fn spawn_watcher(
    stripe: stripe_connector::Connection,
    store: FileStore,
    delivered: Arc<Mutex<Vec<String>>>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut watch = Watch::<OnNewCustomer>::new(stripe, store)
            .start(Start::Beginning)
            .interval(Duration::from_millis(20));
        loop {
            if let Ok(batch) = watch.next_batch().await {
                delivered.lock().expect("not poisoned").extend(ids(&batch));
            }
        }
    })
}
