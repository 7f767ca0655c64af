//! `listen`, run as a child process against fake-stripe: it creates its webhook endpoint,
//! prints each new customer once, whether its webhook arrived or was dropped (the
//! reconciliation finds those), refuses a forged webhook, and deletes its endpoint at Ctrl-C.
//! With `--into` it writes each customer once into SQLite across restarts, reuses its endpoint
//! until `--remove-endpoint`, and outlives a cursor older than Stripe's 30 days of events.

#![cfg(unix)]

mod common;

use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

use common::{Fake, Running, free_port, id_of, rows};
use fake_stripe::WebhookFaults;
use stripe_connector::types;

#[test]
fn listen_prints_each_new_customer_once_and_cleans_up() {
    let fake = Fake::start();
    fake.fake.set_webhook_faults(WebhookFaults {
        drop_rate: 0.5,
        duplicate_rate: 0.3,
        ..WebhookFaults::default()
    });
    let port = free_port().to_string();
    let url = format!("http://127.0.0.1:{port}/");
    let mut listen = Running::spawn(fake.command(&[
        "--no-throttle",
        "listen",
        "customer",
        "--port",
        &port,
        "--public-url",
        &url,
        "--reconcile",
        "1",
    ]));
    let stripe = fake.connection();
    let endpoints = || {
        fake.runtime.block_on(async {
            let page = stripe.client().list_webhook_endpoints().send().await;
            page.expect("the endpoints").into_inner().data.len()
        })
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while endpoints() == 0 {
        assert!(
            Instant::now() < deadline,
            "no endpoint: {}",
            listen.stderr()
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    let created: HashSet<String> = fake.runtime.block_on(async {
        let mut ids = HashSet::new();
        for n in 0..20 {
            let params = types::CreateCustomerParams::builder().email(format!("c{n}@example.com"));
            ids.insert(stripe.create_customer(params).await.expect("created").id);
        }
        ids
    });
    let forged = fake.runtime.block_on(async {
        stripe_connector::client_builder()
            .build()
            .expect("a client")
            .post(&url)
            .header("Stripe-Signature", "t=1,v1=00")
            .body("{}")
            .send()
            .await
            .expect("an answer")
            .status()
    });
    assert_eq!(forged, 400);

    let mut printed = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(15);
    while printed.len() < created.len() {
        match listen.next_line(deadline) {
            Some(line) => printed.push(id_of(&line)),
            None => panic!("{} of {} printed", printed.len(), created.len()),
        }
    }
    // Two more reconciliations: nothing more comes.
    let later = listen.next_line(Instant::now() + Duration::from_millis(2500));
    assert_eq!(later, None, "printed again");
    assert!(listen.interrupt(), "exits cleanly at Ctrl-C");
    assert_eq!(printed.iter().cloned().collect::<HashSet<_>>(), created);
    assert_eq!(printed.len(), created.len());
    assert_eq!(endpoints(), 0, "the endpoint is left behind");
    assert!(listen.stderr().contains("refused a webhook"));
}

/// The ids of the account's webhook endpoints.
fn endpoint_ids(fake: &Fake) -> Vec<String> {
    let stripe = fake.connection();
    fake.runtime.block_on(async {
        let all = stripe_connector::endpoints::list_endpoints(&stripe).await;
        all.expect("the endpoints")
            .into_iter()
            .map(|e| e.id)
            .collect()
    })
}

/// Creates `n` customers; their ids.
fn create(fake: &Fake, n: usize) -> HashSet<String> {
    let stripe = fake.connection();
    fake.runtime.block_on(async {
        let mut ids = HashSet::new();
        for _ in 0..n {
            let params = types::CreateCustomerParams::builder();
            ids.insert(stripe.create_customer(params).await.expect("created").id);
        }
        ids
    })
}

/// Waits until `run` wrote a stderr line containing `text`; all the lines read.
fn wait_for(run: &Running, text: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut seen = String::new();
    while !seen.contains(text) {
        let left = deadline.saturating_duration_since(Instant::now());
        match run.errors.recv_timeout(left) {
            Ok(line) => seen += &(line + "\n"),
            Err(_) => panic!("no {text:?} on stderr: {seen}"),
        }
    }
    seen
}

/// Waits until the table holds `expected`, then checks it holds each once.
fn wait_for_rows(database: &Path, expected: &HashSet<String>, limit: Duration) {
    let deadline = Instant::now() + limit;
    while rows(database).len() < expected.len() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let table = rows(database);
    assert_eq!(table.len(), expected.len(), "each once, none missing");
    assert_eq!(&table.into_iter().collect::<HashSet<_>>(), expected);
}

/// `listen customer --into DB` on a free port, with `extra` arguments.
fn listen_into(fake: &Fake, database: &Path, url: &str, extra: &[&str]) -> Running {
    let port = url
        .trim_end_matches('/')
        .rsplit(':')
        .next()
        .expect("a port")
        .to_string();
    let path = database.to_str().expect("a UTF-8 path");
    let mut args = vec![
        "--no-throttle",
        "listen",
        "customer",
        "--port",
        &port,
        "--public-url",
        url,
        "--into",
        path,
    ];
    args.extend(extra);
    Running::spawn(fake.command(&args))
}

#[test]
fn listen_into_sqlite_resumes_reuses_its_endpoint_and_removes_it_on_demand() {
    let fake = Fake::start();
    fake.fake.set_webhook_faults(WebhookFaults {
        drop_rate: 0.5,
        duplicate_rate: 0.3,
        ..WebhookFaults::default()
    });
    let folder = tempfile::tempdir().expect("a temporary folder");
    let database = folder.path().join("events.db");
    let url = format!("http://127.0.0.1:{}/", free_port());
    let extra = ["--reconcile", "1", "--poll", "2"];
    // Older than the first run, which starts from now: never delivered.
    create(&fake, 3);

    let mut first = listen_into(&fake, &database, &url, &extra);
    let said = wait_for(&first, "listening for");
    assert!(said.contains("created webhook endpoint"), "{said}");
    let endpoint = endpoint_ids(&fake);
    assert_eq!(endpoint.len(), 1);
    let mut expected = create(&fake, 10);
    wait_for_rows(&database, &expected, Duration::from_secs(10));
    assert!(first.interrupt(), "exits cleanly at Ctrl-C");
    let said = first.stderr();
    assert!(
        said.contains("--remove-endpoint"),
        "says how to remove it: {said}"
    );
    assert_eq!(endpoint_ids(&fake), endpoint, "the endpoint stays");

    // Created while nobody listens: the next run's reconciliation finds them.
    expected.extend(create(&fake, 10));
    let mut second = listen_into(&fake, &database, &url, &extra);
    let said = wait_for(&second, "listening for");
    assert!(said.contains("reusing webhook endpoint"), "{said}");
    assert_eq!(endpoint_ids(&fake), endpoint, "the same endpoint, no other");
    expected.extend(create(&fake, 5));
    wait_for_rows(&database, &expected, Duration::from_secs(10));
    std::thread::sleep(Duration::from_millis(2500));
    wait_for_rows(&database, &expected, Duration::ZERO);
    assert!(second.interrupt(), "{}", second.stderr());

    let remembered = folder.path().join("events.db.OnNewCustomer-endpoint.json");
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&remembered)
            .expect("remembered")
            .permissions(),
    );
    assert_eq!(mode & 0o777, 0o600, "the secret is for its owner only");
    let path = database.to_str().expect("a UTF-8 path");
    let removed = fake.run(&["listen", "customer", "--into", path, "--remove-endpoint"]);
    let said = common::stderr(&removed);
    assert!(removed.status.success(), "{said}");
    assert!(
        said.contains(&format!("deleted webhook endpoint {}", endpoint[0])),
        "{said}"
    );
    assert!(endpoint_ids(&fake).is_empty(), "the endpoint is gone");
    assert!(!remembered.exists(), "and forgotten");
}

#[test]
fn a_cursor_older_than_thirty_days_of_events_falls_back_to_the_list() {
    let fake = Fake::start();
    // Webhooks never arrive: only the reconciliation and the list poll deliver.
    fake.fake.set_webhook_faults(WebhookFaults {
        drop_rate: 1.0,
        ..WebhookFaults::default()
    });
    let folder = tempfile::tempdir().expect("a temporary folder");
    let database = folder.path().join("events.db");
    let url = format!("http://127.0.0.1:{}/", free_port());
    let extra = ["--reconcile", "1", "--poll", "3600"];
    let mut first = listen_into(&fake, &database, &url, &extra);
    wait_for(&first, "listening for");
    let mut expected = create(&fake, 3);
    wait_for_rows(&database, &expected, Duration::from_secs(10));
    assert!(first.interrupt(), "{}", first.stderr());

    // Down for 31 days: the events of these and the last one read are gone.
    expected.extend(create(&fake, 4));
    fake.fake.advance(31 * 86_400);
    let mut second = listen_into(&fake, &database, &url, &extra);
    wait_for(&second, "listening for");
    wait_for_rows(&database, &expected, Duration::from_secs(10));
    // Reconciling still works from there: new customers come through their events.
    expected.extend(create(&fake, 2));
    wait_for_rows(&database, &expected, Duration::from_secs(10));
    assert!(second.interrupt(), "{}", second.stderr());
    assert!(
        second.stderr().contains("no longer kept"),
        "{}",
        second.stderr()
    );
}

#[test]
fn from_the_beginning_the_list_poll_delivers_what_existed_before() {
    let fake = Fake::start();
    let mut expected = create(&fake, 5);
    let folder = tempfile::tempdir().expect("a temporary folder");
    let database = folder.path().join("events.db");
    let url = format!("http://127.0.0.1:{}/", free_port());
    let extra = ["--reconcile", "1", "--from", "beginning"];
    let mut run = listen_into(&fake, &database, &url, &extra);
    wait_for(&run, "listening for");
    wait_for_rows(&database, &expected, Duration::from_secs(10));
    expected.extend(create(&fake, 3));
    wait_for_rows(&database, &expected, Duration::from_secs(10));
    assert!(run.interrupt(), "{}", run.stderr());
}
