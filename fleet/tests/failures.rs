//! Failing work backs off and says why: failed polls wait for a capped exponential backoff
//! (counted on the subscription), a key Stripe refuses (401) parks its connection until the key
//! is replaced, and a key-encryption key that does not open the stored keys is refused.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use stripe_connector::Start;
use stripe_connector_fleet::{Backoff, Error, Fleet, KeyEncryptionKey, Worker, WorkerSettings};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::{Mutex, oneshot};

/// A server that answers every request with Stripe's 401; counts them and keeps the last
/// `Authorization` header. Returns its URL.
async fn refusing_server(requests: Arc<AtomicU64>, last_key: Arc<Mutex<String>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let url = format!("http://{}", listener.local_addr().expect("an address"));
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let (requests, last_key) = (requests.clone(), last_key.clone());
            tokio::spawn(async move {
                let mut read = Vec::new();
                let mut buffer = [0u8; 4096];
                while !read.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buffer).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => read.extend_from_slice(&buffer[..n]),
                    }
                }
                requests.fetch_add(1, Ordering::SeqCst);
                let head = String::from_utf8_lossy(&read).to_string();
                if let Some(line) = head
                    .lines()
                    .find(|l| l.to_ascii_lowercase().starts_with("authorization:"))
                {
                    *last_key.lock().await = line.to_string();
                }
                let body = r#"{"error":{"type":"invalid_request_error","message":"Invalid API Key provided: sk_test_****"}}"#;
                let response = format!(
                    "HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\n\
                     content-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                drop(stream.write_all(response.as_bytes()).await);
            });
        }
    });
    url
}

/// Runs a worker of `fleet` with `settings` until the returned sender is used.
fn start_worker(
    fleet: &Fleet,
    settings: WorkerSettings,
) -> (oneshot::Sender<()>, tokio::task::JoinHandle<()>) {
    let worker = Worker::new(fleet.clone(), common::kek(), settings, Arc::new(|_| {}));
    let (stop, stopped) = oneshot::channel::<()>();
    let running = tokio::spawn(worker.run(async move { drop(stopped.await) }));
    (stop, running)
}

/// Waits until `check` holds, at most a minute.
async fn until<F: std::future::Future<Output = bool>>(what: &str, check: impl Fn() -> F) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !check().await {
        assert!(Instant::now() < deadline, "never: {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_stripe_refuses_parks_its_connection_until_the_key_is_replaced() {
    let Some(test) = common::fleet(8).await else {
        return;
    };
    let requests = Arc::new(AtomicU64::new(0));
    let last_key = Arc::new(Mutex::new(String::new()));
    let url = refusing_server(requests.clone(), last_key.clone()).await;
    let fleet = test.fleet.clone();
    fleet
        .add_connection(&common::kek(), "revoked", "sk_test_oldKEY1", &url, None)
        .await
        .expect("added");
    fleet
        .subscribe("revoked", common::trigger_named("charge"), Start::Beginning)
        .await
        .expect("subscribed");
    let mut settings = WorkerSettings::new("parker");
    settings.interval = Duration::from_millis(100);
    let (stop, running) = start_worker(&fleet, settings);
    until("the connection is parked", || async {
        fleet.connections().await.expect("listed")[0]
            .parked
            .is_some()
    })
    .await;
    let parked_at = requests.load(Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        requests.load(Ordering::SeqCst),
        parked_at,
        "no call while parked"
    );
    let listed = fleet.subscriptions().await.expect("listed");
    let why = listed[0].parked.clone().expect("parked, as listed");
    assert!(why.contains("401") && why.contains("replace-key"), "{why}");
    assert!(!why.contains("oldKEY"), "the key is never shown: {why}");

    fleet
        .replace_key(&common::kek(), "revoked", "sk_test_newKEY2")
        .await
        .expect("replaced");
    assert_eq!(fleet.connections().await.expect("listed")[0].parked, None);
    until(
        "the connection is polled again, with the new key",
        || async { last_key.lock().await.contains("sk_test_newKEY2") },
    )
    .await;
    stop.send(()).expect("running");
    running.await.expect("stops");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_polls_wait_a_doubling_capped_backoff_not_the_interval() {
    let Some(test) = common::fleet(8).await else {
        return;
    };
    let fake = fake_stripe::start().await.expect("a fake Stripe");
    fake.set_faults(fake_stripe::Faults {
        server_error_rate: 1.0,
        ..fake_stripe::Faults::default()
    });
    let fleet = test.fleet.clone();
    fleet
        .add_connection(
            &common::kek(),
            "down",
            "sk_test_down1",
            &fake.base_url(),
            None,
        )
        .await
        .expect("added");
    fleet
        .subscribe("down", common::trigger_named("customer"), Start::Beginning)
        .await
        .expect("subscribed");
    let mut settings = WorkerSettings::new("patient");
    settings.interval = Duration::from_millis(50);
    settings.backoff = Backoff {
        initial: Duration::from_millis(400),
        max: Duration::from_millis(1600),
    };
    let (stop, running) = start_worker(&fleet, settings);
    let client = test.client().await;
    let mut seen = Vec::new();
    // Each failure's wait, as its release wrote it: due_at minus the time of the release.
    while seen.len() < 5 {
        let row = client
            .query_one(
                "SELECT failures, extract(epoch FROM due_at - polled_at)::float8, last_error
                 FROM subscriptions WHERE leased_by IS NULL",
                &[],
            )
            .await;
        if let Ok(row) = row {
            let failures: i32 = row.get(0);
            if failures > 0 && !seen.iter().any(|(f, _, _)| *f == failures) {
                seen.push((
                    failures,
                    row.get::<_, f64>(1),
                    row.get::<_, Option<String>>(2),
                ));
            }
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    stop.send(()).expect("running");
    running.await.expect("stops");
    eprintln!("failures and waits: {seen:?}");
    for (failures, wait, error) in &seen {
        let full = (0.4 * 2f64.powi(failures - 1)).min(1.6);
        assert!(
            *wait >= full / 2.0 - 0.01 && *wait <= full + 0.01,
            "after {failures} failures a wait of {wait:.3} s, not in [{:.3}, {full:.3}]",
            full / 2.0
        );
        let error = error.as_deref().unwrap_or_default();
        assert!(error.contains("500"), "the reason is kept: {error}");
    }
}

#[tokio::test]
async fn a_kek_that_does_not_open_the_stored_keys_is_refused_with_the_reason() {
    let Some(test) = common::fleet(2).await else {
        return;
    };
    let other = KeyEncryptionKey::from_hex(&"ab".repeat(32)).expect("a key");
    test.fleet
        .check_kek(&other)
        .await
        .expect("nothing stored yet: any key will do");
    test.fleet
        .add_connection(
            &common::kek(),
            "acme",
            "sk_test_SECRET42",
            "http://127.0.0.1:1",
            None,
        )
        .await
        .expect("added");
    test.fleet
        .check_kek(&common::kek())
        .await
        .expect("the key it was stored with");
    let error = test.fleet.check_kek(&other).await.expect_err("another key");
    let message = error.to_string();
    assert!(matches!(error, Error::Secret(_)), "{error:?}");
    assert!(
        message.contains("STRIPE_FLEET_KEK") && message.contains("\"acme\""),
        "{message}"
    );
    assert!(!message.contains("SECRET42"), "{message}");
}
