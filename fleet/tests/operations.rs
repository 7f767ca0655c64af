//! Looking after a fleet, in one process against PostgreSQL: removals refused while a consumer
//! has not acknowledged, leaving no row behind; the key-encryption key rotated in one
//! transaction; retention pruning 100,000 acknowledged deliveries in bounded batches; the
//! status of every subscription. The same through real worker processes is in
//! `cli/tests/fleet_operations.rs`.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use stripe_connector::Start;
use stripe_connector_fleet::{
    Consumer, Error, Event, KeyEncryptionKey, PRUNE_BATCH, Worker, WorkerSettings,
};

const KEY: &str = "sk_test_operations0123";
const URL: &str = "http://127.0.0.1:1";

/// Gives subscription `id` `n` deliveries, delivered `age` ago, in one statement.
async fn deliver(client: &tokio_postgres::Client, id: i64, n: i64, age: Duration) {
    client
        .execute(
            "INSERT INTO deliveries (subscription_id, position, object_id, created, object,
                                     delivered_by, delivered_at)
             SELECT $1, p, 'cus_' || p, 1570000000 + p, jsonb_build_object('id', 'cus_' || p),
                    'test', now() - $3 * interval '1 second'
             FROM generate_series(1, $2::int8) AS p",
            &[&id, &n, &age.as_secs_f64()],
        )
        .await
        .expect("deliveries");
    client
        .execute(
            "UPDATE subscriptions SET delivered = $2 WHERE id = $1",
            &[&id, &n],
        )
        .await
        .expect("the count");
}

async fn count(client: &tokio_postgres::Client, sql: &str) -> i64 {
    client.query_one(sql, &[]).await.expect("a count").get(0)
}

#[tokio::test]
async fn a_removal_is_refused_while_a_consumer_has_not_acknowledged_and_then_leaves_no_row() {
    let Some(test) = common::fleet(2).await else {
        return;
    };
    let fleet = &test.fleet;
    let client = test.client().await;
    fleet
        .add_connection(&common::kek(), "acme", KEY, URL, None)
        .await
        .expect("added");
    let customers = fleet
        .subscribe("acme", common::trigger_named("customer"), Start::Beginning)
        .await
        .expect("subscribed");
    let charges = fleet
        .subscribe("acme", common::trigger_named("charge"), Start::Beginning)
        .await
        .expect("subscribed");
    deliver(&client, customers, 10, Duration::ZERO).await;
    deliver(&client, charges, 5, Duration::ZERO).await;
    let billing = Consumer::new(fleet.clone(), "billing", None);
    billing.ack_up_to(customers, 7).await.expect("acknowledged");
    billing.ack_up_to(charges, 5).await.expect("acknowledged");

    let refused = fleet.remove_subscription(customers, false).await;
    let Err(Error::Input(message)) = refused else {
        panic!("not refused: {refused:?}");
    };
    assert!(
        message.contains("\"billing\"")
            && message.contains("3 deliveries")
            && message.contains("--force"),
        "{message}"
    );
    let removed = fleet
        .remove_subscription(charges, false)
        .await
        .expect("all acknowledged");
    assert_eq!((removed.subscriptions, removed.deliveries), (1, 5));
    let refused = fleet.remove_connection("acme", false).await;
    assert!(
        matches!(refused, Err(Error::Input(ref m)) if m.contains("billing")),
        "{refused:?}"
    );
    let removed = fleet.remove_connection("acme", true).await.expect("forced");
    assert_eq!((removed.subscriptions, removed.deliveries), (1, 10));
    for table in [
        "connections",
        "subscriptions",
        "deliveries",
        "cursors",
        "calls",
    ] {
        let left = count(&client, &format!("SELECT count(*) FROM {table}")).await;
        assert_eq!(left, 0, "rows left in {table}");
    }
    let again = fleet.remove_connection("acme", false).await;
    assert!(
        matches!(again, Err(Error::Input(ref m)) if m.contains("no connection")),
        "{again:?}"
    );
}

#[tokio::test]
async fn a_second_connection_of_a_name_says_what_exists_and_how_to_change_it() {
    let Some(test) = common::fleet(2).await else {
        return;
    };
    let kek = common::kek();
    test.fleet
        .add_connection(&kek, "acme", KEY, URL, None)
        .await
        .expect("added");
    let again = test
        .fleet
        .add_connection(&kek, "acme", KEY, URL, None)
        .await;
    let Err(Error::Input(message)) = again else {
        panic!("not refused: {again:?}");
    };
    for words in [
        "exists already",
        URL,
        "sk_test_",
        "fleet replace-key acme",
        "fleet remove-connection acme",
    ] {
        assert!(message.contains(words), "{words:?} not in {message}");
    }
    assert!(!message.contains(KEY), "{message}");
}

#[tokio::test]
async fn rotating_the_kek_reseals_every_key_and_the_old_kek_opens_none() {
    let Some(test) = common::fleet(2).await else {
        return;
    };
    let (old, new) = (
        common::kek(),
        KeyEncryptionKey::from_hex(&"ab".repeat(32)).expect("a key"),
    );
    for name in ["acme", "globex", "initech"] {
        test.fleet
            .add_connection(&old, name, KEY, URL, None)
            .await
            .expect("added");
    }
    assert_eq!(test.fleet.rotate_kek(&old, &new).await.expect("rotated"), 3);
    test.fleet
        .check_kek(&new)
        .await
        .expect("every key opens with the new KEK");
    let error = test
        .fleet
        .check_kek(&old)
        .await
        .expect_err("the old KEK opens none");
    assert!(error.to_string().contains("\"acme\""), "{error}");
    let twice = test
        .fleet
        .rotate_kek(&old, &new)
        .await
        .expect_err("keys are under the new one");
    assert!(twice.to_string().contains("does not decrypt"), "{twice}");
    test.fleet
        .check_kek(&new)
        .await
        .expect("a failed rotation changed nothing");
}

/// Commits one delivery after the last of subscription `id`, as a worker's commit does (the
/// subscription's row locked, a row inserted), again and again until `done`; how many, and
/// the slowest.
async fn commit_meanwhile(
    client: tokio_postgres::Client,
    id: i64,
    done: Arc<AtomicBool>,
) -> (i64, Duration) {
    let mut slowest = Duration::ZERO;
    let mut commits = 0;
    while !done.load(Ordering::SeqCst) {
        let started = std::time::Instant::now();
        client
            .execute(
                "WITH s AS (UPDATE subscriptions SET delivered = delivered + 1 WHERE id = $1
                            RETURNING delivered)
                 INSERT INTO deliveries (subscription_id, position, object_id, created, object,
                                         delivered_by)
                 SELECT $1, s.delivered, 'new_' || s.delivered, 0, '{}', 'writer' FROM s",
                &[&id],
            )
            .await
            .expect("a commit");
        slowest = slowest.max(started.elapsed());
        commits += 1;
    }
    (commits, slowest)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retention_prunes_100000_acknowledged_deliveries_in_bounded_batches() {
    let Some(test) = common::fleet(2).await else {
        return;
    };
    let fleet = &test.fleet;
    let client = test.client().await;
    fleet
        .add_connection(&common::kek(), "acme", KEY, URL, None)
        .await
        .expect("added");
    let id = fleet
        .subscribe("acme", common::trigger_named("customer"), Start::Beginning)
        .await
        .expect("subscribed");
    let two_hours = Duration::from_secs(7_200);
    deliver(&client, id, 100_000, two_hours).await;
    // Two consumers: the slower one's acknowledgement is what counts.
    Consumer::new(fleet.clone(), "fast", None)
        .ack_up_to(id, 100_000)
        .await
        .expect("acked");
    Consumer::new(fleet.clone(), "slow", None)
        .ack_up_to(id, 90_000)
        .await
        .expect("acked");

    let young = fleet
        .prune(2 * two_hours, PRUNE_BATCH)
        .await
        .expect("pruned");
    assert_eq!(
        young.deleted, 0,
        "nothing is older than the retention age yet"
    );
    let done = Arc::new(AtomicBool::new(false));
    let writer = tokio::spawn(commit_meanwhile(test.client().await, id, done.clone()));
    let pruned = fleet
        .prune(two_hours / 2, PRUNE_BATCH)
        .await
        .expect("pruned");
    done.store(true, Ordering::SeqCst);
    let (commits, slowest) = writer.await.expect("the writer");
    assert_eq!(pruned.deleted, 90_000);
    assert_eq!(
        pruned.batches, 91,
        "1,000 rows per statement, and one that finds none"
    );
    let (left, lowest) = (
        count(&client, "SELECT count(*) FROM deliveries").await,
        count(&client, "SELECT min(position) FROM deliveries").await,
    );
    assert_eq!(
        (left, lowest),
        (10_000 + commits, 90_001),
        "only what `slow` has not acknowledged, and the new ones"
    );
    assert!(commits > 0, "commits went on while pruning");
    assert!(
        slowest < Duration::from_secs(1),
        "a commit waited {slowest:?} during the pruning"
    );
    eprintln!(
        "pruned 90,000 of 100,000 deliveries in {} statements, the longest {:?}; {commits} \
         commits meanwhile, the slowest {slowest:?}",
        pruned.batches, pruned.longest
    );
    let status = fleet.status().await.expect("a status");
    assert_eq!(status.subscriptions[0].unacknowledged, 10_000 + commits);
}

#[tokio::test]
async fn a_worker_prunes_what_is_acknowledged_once_past_the_retention_age() {
    let Some(test) = common::fleet(4).await else {
        return;
    };
    let fleet = &test.fleet;
    let client = test.client().await;
    fleet
        .add_connection(&common::kek(), "acme", KEY, URL, None)
        .await
        .expect("added");
    let id = fleet
        .subscribe("acme", common::trigger_named("customer"), Start::Beginning)
        .await
        .expect("subscribed");
    fleet
        .pause(id)
        .await
        .expect("paused: the worker only keeps house");
    deliver(&client, id, 2_500, Duration::from_secs(60)).await;
    Consumer::new(fleet.clone(), "billing", None)
        .ack_up_to(id, 2_000)
        .await
        .expect("acked");
    let mut settings = WorkerSettings::new("pruner");
    settings.retention = Duration::from_secs(30);
    let (pruned, mut reports) = tokio::sync::mpsc::unbounded_channel();
    let on_event = Arc::new(move |event: &Event| {
        if let Event::Pruned(p) = event {
            let _ = pruned.send(*p);
        }
    });
    let worker = Worker::new(fleet.clone(), common::kek(), settings, on_event);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(worker.run(async move {
        let _ = stopped.await;
    }));
    let report = tokio::time::timeout(Duration::from_secs(20), reports.recv())
        .await
        .expect("a pruning at the worker's start")
        .expect("reported");
    stop.send(()).expect("running");
    running.await.expect("stopped");
    assert_eq!((report.deleted, report.batches), (2_000, 3));
    let left = count(&client, "SELECT count(*) FROM deliveries").await;
    assert_eq!(left, 500, "the unacknowledged deliveries stay");
}

#[tokio::test]
async fn the_status_tells_lag_paused_and_unacknowledged() {
    let Some(test) = common::fleet(2).await else {
        return;
    };
    let fleet = &test.fleet;
    let client = test.client().await;
    fleet
        .add_connection(
            &common::kek(),
            "acme",
            KEY,
            URL,
            Some(stripe_connector::connector::THROTTLE),
        )
        .await
        .expect("added");
    let an_hour_ago = std::time::SystemTime::now() - Duration::from_secs(3_600);
    let id = fleet
        .subscribe(
            "acme",
            common::trigger_named("customer"),
            Start::At(an_hour_ago.into()),
        )
        .await
        .expect("subscribed");
    deliver(&client, id, 12, Duration::ZERO).await;
    Consumer::new(fleet.clone(), "billing", None)
        .ack_up_to(id, 4)
        .await
        .expect("acked");
    fleet.pause(id).await.expect("paused");
    client
        .execute(
            "INSERT INTO calls (connection_id, at) SELECT id, now() - interval '10 seconds'
             FROM connections, generate_series(1, 7)",
            &[],
        )
        .await
        .expect("calls");

    let status = fleet.status().await.expect("a status");
    let s = &status.subscriptions[0];
    let lag = s.watermark_age_seconds.expect("a watermark");
    assert!((3_590.0..3_700.0).contains(&lag), "{lag}");
    assert_eq!((s.unacknowledged, s.paused, s.parked), (8, true, false));
    let c = &status.connections[0];
    assert_eq!((c.calls_last_60s, c.rule_calls), (7, 100));
    fleet.resume(id).await.expect("resumed");
    assert!(!fleet.status().await.expect("a status").subscriptions[0].paused);
    let missing = fleet.pause(id + 100).await;
    assert!(
        matches!(missing, Err(Error::Input(ref m)) if m.contains("fleet subscriptions")),
        "{missing:?}"
    );
}
