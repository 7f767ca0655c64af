//! The SQLite sink against the fake Stripe: every object once in the table, a checkpoint that
//! moves only with its objects, a failed transaction that writes nothing, and one watch per
//! database. Killing a real process is tested on the command line (`cli/tests/crash.rs`).

use std::collections::HashSet;

use fake_stripe::FakeStripe;
use rusqlite::Connection as Db;
use stripe_connector::triggers::OnNewCustomer;
use stripe_connector::{CheckpointStore, Connection, Error, Start, Watch, types};
use stripe_connector_sqlite::SqliteSink;

const KEY: &str = "sk_test_sqlite";

async fn fake_with_customers(n: usize) -> (FakeStripe, Connection, Vec<String>) {
    let fake = fake_stripe::start().await.expect("the fake starts");
    let stripe = Connection::builder(KEY)
        .base_url(fake.base_url())
        .throttle(None)
        .build()
        .expect("a connection");
    let mut ids = Vec::new();
    for _ in 0..n {
        let customer = stripe
            .create_customer(types::CreateCustomerParams::builder())
            .await
            .expect("created");
        ids.push(customer.id);
    }
    (fake, stripe, ids)
}

/// The ids in the table, in the order of delivery.
fn rows(path: &std::path::Path) -> Vec<String> {
    let db = Db::open(path).expect("readable");
    let mut query = db
        .prepare("SELECT id FROM objects WHERE trigger = 'OnNewCustomer' ORDER BY seq")
        .expect("a query");
    query
        .query_map([], |row| row.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("ids")
}

fn watch(stripe: &Connection, sink: &SqliteSink) -> Watch<OnNewCustomer> {
    Watch::<OnNewCustomer>::new(stripe.clone(), sink.clone()).start(Start::Beginning)
}

#[tokio::test]
async fn every_object_is_written_once_and_a_restart_resumes_after_the_last_row() {
    let (_fake, stripe, created) = fake_with_customers(250).await;
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("events.db");
    let sink = SqliteSink::open(&path, "OnNewCustomer").expect("opened");
    let mut first = watch(&stripe, &sink);
    let written = sink.deliver(&mut first).await.expect("a batch");
    assert_eq!(rows(&path).len(), written);
    assert_eq!(sink.load().expect("a checkpoint").as_ref(), first.state());
    drop((first, sink));

    let sink = SqliteSink::open(&path, "OnNewCustomer").expect("opened again");
    let mut second = watch(&stripe, &sink);
    while rows(&path).len() < created.len() {
        sink.deliver(&mut second).await.expect("a batch");
    }
    let table = rows(&path);
    assert_eq!(table.len(), created.len(), "no repeat");
    assert_eq!(
        table.iter().collect::<HashSet<_>>(),
        created.iter().collect::<HashSet<_>>(),
        "no gap"
    );
}

#[tokio::test]
async fn a_failed_transaction_writes_nothing_and_the_same_batch_comes_again() {
    let (_fake, stripe, created) = fake_with_customers(5).await;
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("events.db");
    let sink = SqliteSink::open(&path, "OnNewCustomer").expect("opened");
    // Someone else wrote a row for one of the five: the batch's insert of it must fail.
    let other = Db::open(&path).expect("a second connection");
    other
        .execute(
            "INSERT INTO objects (trigger, id, created, json) VALUES ('OnNewCustomer', ?1, 0, '{}')",
            [&created[2]],
        )
        .expect("inserted");
    let mut watch = watch(&stripe, &sink);
    let error = sink
        .deliver(&mut watch)
        .await
        .expect_err("the insert fails");
    assert!(matches!(error, Error::Checkpoint(_)), "{error}");
    assert!(error.to_string().contains("events.db"), "{error}");
    assert_eq!(rows(&path), [created[2].clone()], "nothing of the batch");
    assert_eq!(sink.load().expect("readable"), None, "no checkpoint");
    other.execute("DELETE FROM objects", []).expect("deleted");
    assert_eq!(sink.deliver(&mut watch).await.expect("written"), 5);
    assert_eq!(rows(&path).len(), 5);
}

#[test]
fn a_second_watch_on_the_same_database_fails_at_once() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("events.db");
    let _first = SqliteSink::open(&path, "OnNewCustomer").expect("opened");
    let error = SqliteSink::open(&path, "OnNewCustomer")
        .err()
        .expect("refused");
    assert!(error.to_string().contains("events.db"), "{error}");
    assert!(error.to_string().contains("process"), "{error}");
}

#[tokio::test]
async fn objects_found_by_several_paths_go_in_once_with_the_callers_state() {
    let (_fake, stripe, ids) = fake_with_customers(3).await;
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("events.db");
    let sink = SqliteSink::open(&path, "OnNewCustomer").expect("opens");
    let mut customers = Vec::new();
    for id in &ids {
        customers.push(stripe.get_customer(id, &[]).await.expect("a customer"));
    }
    assert_eq!(sink.insert_new(&customers[..2], None).expect("written"), 2);
    let again = sink.insert_new(&customers, Some(("listen:OnNewCustomer", "{\"at\":1}")));
    assert_eq!(again.expect("written"), 1, "only the third is new");
    assert_eq!(rows(&path), ids);
    let state = sink.load_named("listen:OnNewCustomer").expect("read");
    assert_eq!(state.as_deref(), Some("{\"at\":1}"));
    assert_eq!(
        sink.load().expect("read"),
        None,
        "the watch's own checkpoint is apart"
    );
}
