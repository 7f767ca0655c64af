//! The fleet against PostgreSQL and the fake Stripe, in one process: migrations, keys at rest,
//! a worker's deliveries and a consumer woken by `LISTEN`/`NOTIFY`. The same against real
//! processes killed at chosen instants is in the command's tests (`cli/tests/fleet_*.rs`).

mod common;

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use stripe_connector::{Connection, Start, types};
use stripe_connector_fleet::{Consumer, Delivery, Error, Worker, WorkerSettings};
use tokio::sync::{mpsc, oneshot};

const KEY: &str = "sk_test_fleetSECRET0123";

/// Creates `n` customers with `key` on the fake at `url`; returns their ids.
async fn customers(url: &str, key: &str, n: usize) -> Vec<String> {
    let stripe = Connection::builder(key)
        .base_url(url)
        .throttle(None)
        .build()
        .expect("a connection");
    let mut ids = Vec::new();
    for _ in 0..n {
        ids.push(
            stripe
                .create_customer(types::CreateCustomerParams::builder())
                .await
                .expect("created")
                .id,
        );
    }
    ids
}

#[tokio::test]
async fn migrations_apply_once_and_opening_again_changes_nothing() {
    let Some(test) = common::fleet(2).await else {
        return;
    };
    assert_eq!(
        test.fleet.migrate().await.expect("migrated"),
        Vec::<i32>::new()
    );
    let client = test.client().await;
    let versions: Vec<i32> = client
        .query("SELECT version FROM migrations", &[])
        .await
        .expect("the migrations table")
        .iter()
        .map(|row| row.get(0))
        .collect();
    // Each file of `src/migrations/` once, in order.
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/migrations"))
        .expect("the migrations folder")
        .count();
    let expected: Vec<i32> = (1..=i32::try_from(files).expect("a few")).collect();
    assert_eq!(versions, expected);
}

#[tokio::test]
async fn an_api_key_is_stored_encrypted_and_never_shown() {
    let Some(test) = common::fleet(2).await else {
        return;
    };
    let kek = common::kek();
    let rule = Some(stripe_connector::connector::THROTTLE);
    let fleet = &test.fleet;
    fleet
        .add_connection(&kek, "acme", KEY, "http://127.0.0.1:1", rule)
        .await
        .expect("added");
    let client = test.client().await;
    let row: String = client
        .query_one("SELECT row_to_json(c)::text FROM connections c", &[])
        .await
        .expect("a row")
        .get(0);
    let hex: String = KEY.bytes().map(|b| format!("{b:02x}")).collect();
    assert!(
        !row.contains("SECRET") && !row.contains(&hex[16..]),
        "{row}"
    );
    let listed = format!("{:?}", fleet.connections().await.expect("listed"));
    assert!(
        listed.contains("sk_test_") && !listed.contains("SECRET"),
        "{listed}"
    );
    let again = fleet
        .add_connection(&kek, "acme", KEY, "http://127.0.0.1:1", rule)
        .await;
    assert!(
        matches!(again, Err(Error::Input(ref m)) if m.contains("exists already")),
        "{again:?}"
    );
    let publishable = fleet
        .add_connection(&kek, "pk", "pk_test_SECRET", "http://127.0.0.1:1", rule)
        .await;
    let message = publishable.expect_err("refused").to_string();
    assert!(!message.contains("SECRET"), "{message}");
}

/// Follows the deliveries of every subscription as consumer `name`, sending each on a channel.
fn follow(consumer: Consumer) -> mpsc::UnboundedReceiver<Delivery> {
    let (send, receive) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        // An hour between checks of the table: only a notification wakes it in time.
        let handed = consumer
            .follow(100, Duration::from_secs(3600), |batch: Vec<Delivery>| {
                batch
                    .into_iter()
                    .for_each(|delivery| drop(send.send(delivery)));
                async { Ok::<(), Error>(()) }
            })
            .await;
        handed.expect("follows until the test ends");
    });
    receive
}

/// The next `n` deliveries, failing the test if they take more than a minute.
async fn receive(deliveries: &mut mpsc::UnboundedReceiver<Delivery>, n: usize) -> Vec<Delivery> {
    let mut received = Vec::new();
    while received.len() < n {
        let next = tokio::time::timeout(Duration::from_secs(60), deliveries.recv()).await;
        received.push(
            next.expect("delivered within a minute")
                .expect("still following"),
        );
    }
    received
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_delivers_each_object_once_and_a_consumer_is_woken_for_new_ones() {
    let Some(test) = common::fleet(8).await else {
        return;
    };
    let fake = fake_stripe::start().await.expect("a fake Stripe");
    let mut expected = customers(&fake.base_url(), KEY, 250).await;
    customers(&fake.base_url(), "sk_test_someoneElse", 3).await;
    let fleet = test.fleet.clone();
    fleet
        .add_connection(&common::kek(), "acme", KEY, &fake.base_url(), None)
        .await
        .expect("added");
    let id = fleet
        .subscribe("acme", common::trigger_named("customer"), Start::Beginning)
        .await
        .expect("subscribed");
    assert_eq!(
        fleet
            .subscribe("acme", common::trigger_named("customer"), Start::Now)
            .await
            .expect("again"),
        id
    );
    let mut settings = WorkerSettings::new("in-process");
    settings.interval = Duration::from_millis(200);
    let worker = Worker::new(fleet.clone(), common::kek(), settings, Arc::new(|_| {}));
    let (stop, stopped) = oneshot::channel::<()>();
    let working = tokio::spawn(worker.run(async move { drop(stopped.await) }));
    let mut deliveries = follow(Consumer::new(fleet.clone(), "test", None));
    let mut received = receive(&mut deliveries, expected.len()).await;
    expected.extend(customers(&fake.base_url(), KEY, 5).await);
    received.extend(receive(&mut deliveries, 5).await);
    stop.send(()).expect("the worker runs");
    working.await.expect("the worker stops");
    let positions: Vec<i64> = received.iter().map(|d| d.position).collect();
    assert_eq!(
        positions,
        (1..=255).collect::<Vec<i64>>(),
        "in order, each once"
    );
    let ids: HashSet<String> = received.iter().map(|d| d.object_id.clone()).collect();
    assert_eq!(
        ids,
        expected.into_iter().collect(),
        "every customer of this key, none of another's"
    );
    assert!(
        received
            .iter()
            .all(|d| d.subscription == id && d.trigger == common::trigger_named("customer"))
    );
}
