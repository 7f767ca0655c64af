//! Instant triggers in the fleet, against PostgreSQL and the fake Stripe, in one process: a
//! webhook's object is delivered at once and once per subscription whichever path finds it
//! again (the webhook sent twice, the reconciliation, the list poll); a webhook signed with
//! another connection's secret, for an unknown connection, or altered, is refused and delivers
//! nothing; one reconciliation per connection, one `/v1/events` call, delivers what the
//! webhooks missed to every trigger; a rotated key-encryption key re-seals the signing secrets;
//! events longer to read than a lease are reconciled in parts; making an endpoint waits for the
//! connection's throttle like the workers' calls.
//! (The listener in a real process, killed, with webhooks dropped: `cli/tests/fleet_webhooks.rs`.)

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_stripe::FakeStripe;
use serde_json::Value;
use stripe_connector::metadata::Throttle;
use stripe_connector::webhook::{SigningSecret, WebhookError, sign};
use stripe_connector::{Connection, EventCursor, Start, Timestamp, events_of, types};
use stripe_connector_fleet::{
    Fleet, Inbox, KeyEncryptionKey, Refusal, TriggerKind, Worker, WorkerSettings, event_types,
};
use tokio::sync::oneshot;

const ACME: &str = "sk_test_acme0123";
const GLOBEX: &str = "sk_test_globex0123";

/// The connection `name` with key `key` on `fake`, without a throttle, subscribed to
/// `triggers` from the beginning, with an endpoint made elsewhere whose secret is `secret`.
async fn connection(
    fleet: &Fleet,
    fake: &FakeStripe,
    name: &str,
    key: &str,
    triggers: &[&str],
    secret: &str,
) {
    let kek = common::kek();
    fleet
        .add_connection(&kek, name, key, &fake.base_url(), None)
        .await
        .expect("added");
    for trigger in triggers {
        fleet
            .subscribe(name, common::trigger_named(trigger), Start::Beginning)
            .await
            .expect("subscribed");
    }
    let secret = SigningSecret::new(secret).expect("a secret");
    fleet
        .set_endpoint_secret(&kek, name, &secret)
        .await
        .expect("the endpoint kept");
}

/// A connection to `fake` with `key`, for the test's own calls.
fn stripe(fake: &FakeStripe, key: &str) -> Connection {
    Connection::builder(key)
        .base_url(fake.base_url())
        .throttle(None)
        .build()
        .expect("a connection")
}

/// Every event of `stripe`'s account of the triggers' types, oldest first, as Stripe sends
/// each in a webhook.
async fn events(stripe: &Connection) -> Vec<Vec<u8>> {
    let read = events_of(
        stripe,
        &event_types(),
        &EventCursor::Since(Timestamp::default()),
    )
    .await
    .expect("events");
    read.items
        .iter()
        .map(|event| serde_json::to_vec(event).expect("JSON"))
        .collect()
}

/// `payload` signed with `secret` now: a `Stripe-Signature` header.
fn signed(secret: &str, payload: &[u8]) -> String {
    let secret = SigningSecret::new(secret).expect("a secret");
    sign(&secret, Timestamp::now(), payload)
}

/// Each subscription's trigger and the ids of its deliveries, in order.
async fn deliveries(test: &common::TestFleet) -> Vec<(String, String)> {
    let rows = test
        .client()
        .await
        .query(
            "SELECT s.trigger, d.object_id FROM deliveries d \
             JOIN subscriptions s ON s.id = d.subscription_id \
             ORDER BY s.trigger, d.position",
            &[],
        )
        .await
        .expect("read");
    rows.iter().map(|row| (row.get(0), row.get(1))).collect()
}

/// Whether each subscription's positions run 1, 2, … with no gap, up to its `delivered`.
async fn positions_are_dense(test: &common::TestFleet) -> bool {
    let row = test
        .client()
        .await
        .query_one(
            "SELECT bool_and(s.delivered = (SELECT count(*) FROM deliveries d \
                 WHERE d.subscription_id = s.id) \
               AND s.delivered = coalesce((SELECT max(position) FROM deliveries d \
                 WHERE d.subscription_id = s.id), 0)) FROM subscriptions s",
            &[],
        )
        .await
        .expect("read");
    row.get::<_, Option<bool>>(0).unwrap_or(true)
}

/// Starts a worker named `name` of `fleet` with `settings`; send on the channel to stop it.
fn start_worker(
    fleet: &Fleet,
    kek: KeyEncryptionKey,
    settings: WorkerSettings,
) -> (oneshot::Sender<()>, tokio::task::JoinHandle<()>) {
    let worker = Worker::new(fleet.clone(), kek, settings, Arc::new(|_: &_| {}));
    let (stop, stopped) = oneshot::channel::<()>();
    let running = tokio::spawn(worker.run(async move { drop(stopped.await) }));
    (stop, running)
}

/// Waits until `test` has `count` deliveries, at most a minute.
async fn until_delivered(test: &common::TestFleet, count: usize) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let now = deliveries(test).await.len();
        assert!(now <= count, "{now} deliveries, more than {count}");
        if now == count {
            return;
        }
        assert!(Instant::now() < deadline, "{now} of {count} deliveries");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_webhooks_object_is_delivered_at_once_and_once_whichever_path_finds_it_again() {
    let Some(test) = common::fleet(4).await else {
        return;
    };
    let fake = fake_stripe::start().await.expect("a fake Stripe");
    let fleet = &test.fleet;
    connection(
        fleet,
        &fake,
        "acme",
        ACME,
        &["customer", "charge"],
        "whsec_acme",
    )
    .await;
    let acme = stripe(&fake, ACME);
    let customer = acme
        .create_customer(types::CreateCustomerParams::builder())
        .await
        .expect("created");
    let inbox = Inbox::new(fleet.clone(), common::kek(), "inbox");
    let events = events(&acme).await;
    assert_eq!(events.len(), 1, "customer.created only");
    let header = signed("whsec_acme", &events[0]);

    let delivered = inbox.receive("acme", Some(&header), &events[0]).await;
    assert_eq!(delivered.expect("accepted"), 1);
    let expected = vec![("OnNewCustomer".to_string(), customer.id.clone())];
    assert_eq!(deliveries(&test).await, expected);

    let again = inbox.receive("acme", Some(&header), &events[0]).await;
    assert_eq!(again.expect("accepted again"), 0, "the object is there");

    let mut settings = WorkerSettings::new("w");
    settings.reconcile = Duration::from_millis(100);
    let (stop, running) = start_worker(fleet, common::kek(), settings);
    let subscriptions_polled_and_reconciled = async {
        loop {
            let row = test
                .client()
                .await
                .query_one(
                    "SELECT (SELECT min(polls) FROM subscriptions), \
                            (SELECT reconciliations FROM endpoints)",
                    &[],
                )
                .await
                .expect("read");
            let (polls, reconciliations): (i64, i64) = (row.get(0), row.get(1));
            if polls >= 1 && reconciliations >= 2 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(60), subscriptions_polled_and_reconciled)
        .await
        .expect("polled and reconciled");
    stop.send(()).expect("running");
    running.await.expect("stops");
    assert_eq!(deliveries(&test).await, expected, "found again, not again");
    assert!(positions_are_dense(&test).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_webhook_not_signed_by_its_own_connections_endpoint_is_refused_and_delivers_nothing() {
    let Some(test) = common::fleet(4).await else {
        return;
    };
    let fake = fake_stripe::start().await.expect("a fake Stripe");
    let fleet = &test.fleet;
    connection(fleet, &fake, "acme", ACME, &["customer"], "whsec_acme").await;
    connection(
        fleet,
        &fake,
        "globex",
        GLOBEX,
        &["customer"],
        "whsec_globex",
    )
    .await;
    let acme = stripe(&fake, ACME);
    acme.create_customer(types::CreateCustomerParams::builder())
        .await
        .expect("created");
    let payload = events(&acme).await.remove(0);
    let inbox = Inbox::new(fleet.clone(), common::kek(), "inbox");

    let globex_signed = signed("whsec_globex", &payload);
    let refused = inbox
        .receive("acme", Some(&globex_signed), &payload)
        .await
        .expect_err("signed with globex's secret");
    assert!(
        matches!(
            &refused,
            Refusal::Refused {
                source: WebhookError::NoMatchingSignature,
                ..
            }
        ),
        "{refused:?}"
    );
    assert_eq!(refused.status(), 400);
    assert!(!refused.to_string().contains("whsec_"), "{refused}");

    let mut altered: Value = serde_json::from_slice(&payload).expect("JSON");
    altered["data"]["object"]["email"] = Value::from("mallory@example.com");
    let altered = serde_json::to_vec(&altered).expect("JSON");
    let acme_signed = signed("whsec_acme", &payload);
    let refused = inbox
        .receive("acme", Some(&acme_signed), &altered)
        .await
        .expect_err("an altered body");
    assert_eq!(refused.status(), 400, "{refused}");

    let refused = inbox
        .receive("initech", Some(&acme_signed), &payload)
        .await
        .expect_err("no such connection");
    assert!(
        matches!(refused, Refusal::UnknownConnection(_)),
        "{refused:?}"
    );
    assert_eq!(refused.status(), 404);

    let refused = inbox
        .receive("acme", None, &payload)
        .await
        .expect_err("no header");
    assert!(
        matches!(
            refused,
            Refusal::Refused {
                source: WebhookError::MissingHeader,
                ..
            }
        ),
        "{refused:?}"
    );
    assert_eq!(deliveries(&test).await, Vec::new());

    inbox
        .receive("acme", Some(&acme_signed), &payload)
        .await
        .expect("its own secret");
    assert_eq!(deliveries(&test).await.len(), 1);

    let kept = fleet
        .remove_connection("globex", true)
        .await
        .expect_err("not with an endpoint");
    assert!(
        kept.to_string().contains("remove-endpoint globex"),
        "{kept}"
    );
    let removed = fleet
        .remove_endpoint(&common::kek(), "globex")
        .await
        .expect("removed");
    assert_eq!(removed.map(|e| e.stripe_id), Some(None), "made elsewhere");
    fleet
        .remove_connection("globex", true)
        .await
        .expect("removed without its endpoint");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_reconciliation_per_connection_delivers_what_the_webhooks_missed_to_every_trigger() {
    let Some(test) = common::fleet(4).await else {
        return;
    };
    let fake = fake_stripe::start().await.expect("a fake Stripe");
    let log = scratch_path("requests");
    fake.log_requests(&log).expect("a request log");
    let fleet = &test.fleet;
    let acme = stripe(&fake, ACME);
    let owner = acme
        .create_customer(types::CreateCustomerParams::builder())
        .await
        .expect("created");
    let triggers: Vec<TriggerKind> = TriggerKind::all().collect();
    let words: Vec<&str> = triggers.iter().map(|t| t.info().command).collect();
    connection(fleet, &fake, "acme", ACME, &words, "whsec_acme").await;
    // The list polls catch up first (the owner); every object after comes from the
    // reconciliation.
    let mut settings = WorkerSettings::new("w");
    settings.reconcile = Duration::from_secs(3600);
    let (stop, running) = start_worker(fleet, common::kek(), settings.clone());
    until_polled(&test, triggers.len()).await;
    stop.send(()).expect("running");
    running.await.expect("stops");

    for trigger in &triggers {
        let list = trigger.info().path;
        let form = fake_stripe::example_form(list, &owner.id).expect("a form");
        for _ in 0..3 {
            create(&fake, list, &form).await;
        }
    }
    let before = events_calls(&log);
    test.client()
        .await
        .execute("UPDATE endpoints SET due_at = now()", &[])
        .await
        .expect("due");
    let (stop, running) = start_worker(fleet, common::kek(), settings);
    until_delivered(&test, 1 + 3 * triggers.len()).await;
    stop.send(()).expect("running");
    running.await.expect("stops");
    let delivered = deliveries(&test).await;
    for trigger in &triggers {
        let count = delivered
            .iter()
            .filter(|(t, _)| t == trigger.name())
            .count();
        let owner = usize::from(trigger.info().path == "/v1/customers");
        assert_eq!(count, 3 + owner, "{}: {delivered:?}", trigger.name());
    }
    assert_eq!(events_calls(&log) - before, 1, "one read for every trigger");
    assert!(positions_are_dense(&test).await);
    let status = fleet.status().await.expect("a status");
    let webhooks = status.connections[0]
        .webhooks
        .as_ref()
        .expect("an endpoint");
    assert_eq!((webhooks.endpoint.as_deref(), webhooks.failures), (None, 0));
    assert!(webhooks.reconciled_seconds_ago.is_some_and(|s| s < 60.0));
    assert_eq!(webhooks.last_error, None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rotated_key_encryption_key_reseals_the_signing_secrets() {
    let Some(test) = common::fleet(4).await else {
        return;
    };
    let fake = fake_stripe::start().await.expect("a fake Stripe");
    let fleet = &test.fleet;
    connection(fleet, &fake, "acme", ACME, &["customer"], "whsec_acme").await;
    let acme = stripe(&fake, ACME);
    acme.create_customer(types::CreateCustomerParams::builder())
        .await
        .expect("created");
    let payload = events(&acme).await.remove(0);
    let header = signed("whsec_acme", &payload);
    let new = KeyEncryptionKey::from_hex(&"ab".repeat(32)).expect("a key");
    assert_eq!(
        fleet
            .rotate_kek(&common::kek(), &new)
            .await
            .expect("rotated"),
        1
    );
    let stale = Inbox::new(fleet.clone(), common::kek(), "stale");
    let refused = stale
        .receive("acme", Some(&header), &payload)
        .await
        .expect_err("the old key-encryption key");
    assert_eq!(refused.status(), 503, "{refused}");
    assert!(refused.to_string().contains("signing secret"), "{refused}");
    let inbox = Inbox::new(fleet.clone(), new, "inbox");
    assert_eq!(
        inbox
            .receive("acme", Some(&header), &payload)
            .await
            .expect("the new key"),
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_longer_to_read_than_a_lease_are_reconciled_in_parts() {
    let Some(test) = common::fleet(4).await else {
        return;
    };
    let fake = fake_stripe::start().await.expect("a fake Stripe");
    let fleet = &test.fleet;
    let kek = common::kek();
    fleet
        .add_connection(&kek, "acme", ACME, &fake.base_url(), None)
        .await
        .expect("added");
    fleet
        .subscribe("acme", common::trigger_named("customer"), Start::Now)
        .await
        .expect("subscribed");
    let acme = stripe(&fake, ACME);
    acme.create_customer(types::CreateCustomerParams::builder())
        .await
        .expect("created");
    let secret = SigningSecret::new("whsec_acme").expect("a secret");
    fleet
        .set_endpoint_secret(&kek, "acme", &secret)
        .await
        .expect("the endpoint kept");
    let mut settings = WorkerSettings::new("w");
    settings.lease = Duration::from_secs(2);
    settings.reconcile = Duration::from_secs(3600);
    // The list's first poll starts the subscription now; the next is an hour away.
    let (stop, running) = start_worker(fleet, common::kek(), settings.clone());
    until_polled(&test, 1).await;
    stop.send(()).expect("running");
    running.await.expect("stops");

    for _ in 0..350 {
        acme.create_customer(types::CreateCustomerParams::builder())
            .await
            .expect("created");
    }
    // One call a second and a lease of 2 s: the four pages of events take 3 s to read.
    let client = test.client().await;
    client
        .batch_execute(
            "UPDATE connections SET throttle_calls = 1, throttle_period = '1 second';
             UPDATE endpoints SET due_at = now()",
        )
        .await
        .expect("a rule of one call a second, and the reconciliation due");
    let (stop, running) = start_worker(fleet, common::kek(), settings);
    until_delivered(&test, 350).await;
    stop.send(()).expect("running");
    running.await.expect("stops");
    assert!(positions_are_dense(&test).await);
    let row = client
        .query_one("SELECT failures, last_error FROM endpoints", &[])
        .await
        .expect("read");
    let (failures, error): (i32, Option<String>) = (row.get(0), row.get(1));
    assert_eq!((failures, error), (0, None), "no reconciliation gave up");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn making_an_endpoint_waits_for_the_connections_throttle() {
    let Some(test) = common::fleet(4).await else {
        return;
    };
    let fake = fake_stripe::start().await.expect("a fake Stripe");
    let log = scratch_path("throttled");
    fake.log_requests(&log).expect("a request log");
    let fleet = &test.fleet;
    let kek = common::kek();
    let rule = Throttle {
        calls: 2,
        period: Duration::from_secs(1),
    };
    fleet
        .add_connection(&kek, "acme", ACME, &fake.base_url(), Some(rule))
        .await
        .expect("added");
    // The rule's two calls, just reserved by the workers: the next may start a period later.
    let started = Instant::now();
    test.client()
        .await
        .batch_execute(
            "INSERT INTO calls (connection_id, at)
             SELECT id, clock_timestamp() FROM connections, generate_series(1, 2)",
        )
        .await
        .expect("the window filled");
    fleet
        .create_endpoint(&kek, "acme", "http://127.0.0.1:9")
        .await
        .expect("the endpoint made");
    let waited = started.elapsed();
    let calls = calls_logged(&log);
    assert_eq!(
        calls,
        ["/v1/events", "/v1/webhook_endpoints"],
        "the newest event, then the endpoint"
    );
    assert!(
        waited >= rule.period,
        "the endpoint's calls went after {waited:?}, within the period of the rule's two calls"
    );
}

/// Waits until each of `count` subscriptions was polled and caught up at least once.
async fn until_polled(test: &common::TestFleet, count: usize) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let row = test
            .client()
            .await
            .query_one(
                "SELECT count(*) FROM subscriptions WHERE polls > 0 AND leased_by IS NULL",
                &[],
            )
            .await
            .expect("read");
        if row.get::<_, i64>(0) == i64::try_from(count).expect("a count") {
            return;
        }
        assert!(Instant::now() < deadline, "never polled");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Creates an object at `path` of `fake` with the form `body`, as acme.
async fn create(fake: &FakeStripe, path: &str, body: &str) {
    let http = stripe_connector::client_builder()
        .build()
        .expect("a client");
    let answer = http
        .post(format!("{}{path}", fake.base_url()))
        .bearer_auth(ACME)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body.to_string())
        .send()
        .await
        .expect("sent");
    assert!(answer.status().is_success(), "{path}: {}", answer.status());
}

/// A path for a scratch file of this test process.
fn scratch_path(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("fleet-webhooks-{}-{name}", std::process::id()))
}

/// How many `/v1/events` calls the request log at `path` holds.
fn events_calls(path: &std::path::Path) -> usize {
    calls_logged(path)
        .iter()
        .filter(|call| *call == "/v1/events")
        .count()
}

/// The paths of the calls the request log at `path` holds, in order.
fn calls_logged(path: &std::path::Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter_map(|line| line["path"].as_str().map(str::to_string))
        .collect()
}
