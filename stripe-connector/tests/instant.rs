//! [`Instant`]: webhooks handed over at once, a reconciliation of `/v1/events` for what they
//! missed, and each object once whichever path found it first, against fake-stripe.

mod support;

use std::collections::BTreeSet;
use std::time::Duration;

use fake_stripe::WebhookFaults;
use stripe_connector::triggers::OnNewCustomer;
use stripe_connector::webhook::{SigningSecret, Verifier};
use stripe_connector::{
    EventCursor, Instant, RETENTION_SECONDS, Timestamp, events_after, events_of, events_of_at_most,
    newest_event_of, types,
};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Every event of the account, oldest first.
async fn all_events(stripe: &stripe_connector::Connection) -> Vec<types::Event> {
    let page = stripe
        .client()
        .list_events()
        .limit(std::num::NonZeroU64::new(100).unwrap())
        .send()
        .await
        .expect("events")
        .into_inner();
    assert!(!page.has_more);
    page.data.into_iter().rev().collect()
}

fn ids(customers: &[types::Customer]) -> Vec<String> {
    customers.iter().map(|c| c.id.clone()).collect()
}

#[tokio::test]
async fn reconciliation_hands_over_what_the_webhooks_missed_once() {
    let fake = support::fake().await;
    let stripe = support::creator(&fake);
    let mut instant = Instant::<OnNewCustomer>::new(stripe.clone(), Timestamp::from(support::T0));
    let mut created = Vec::new();
    for _ in 0..6 {
        created.push(support::customers(&stripe, 1).await.remove(0));
        fake.advance(1);
    }
    support::post(
        &fake,
        "/v1/charges",
        &[
            ("amount", "500"),
            ("currency", "usd"),
            ("source", "tok_visa"),
        ],
    )
    .await;
    let events = all_events(&stripe).await;

    // Webhooks of customers 0, 2 and 4 arrive (2 twice) and the charge's; 1, 3, 5 are lost.
    let mut handed = Vec::new();
    for i in [0, 2, 2, 4, 6] {
        handed.extend(
            instant
                .webhook(&events[i])
                .expect("a customer or another trigger's"),
        );
    }
    assert_eq!(
        ids(&handed),
        [created[0].as_str(), &created[2], &created[4]]
    );
    let missed = instant.reconcile().await.expect("reconciled");
    assert_eq!(
        ids(&missed),
        [created[1].as_str(), &created[3], &created[5]]
    );
    assert!(instant.reconcile().await.expect("reconciled").is_empty());

    // Later: the webhook of the newest arrives, the other's is lost; a late duplicate too.
    let later = support::customers(&stripe, 1).await.remove(0);
    fake.advance(1);
    let newest = support::customers(&stripe, 1).await.remove(0);
    let events = all_events(&stripe).await;
    let webhook = instant.webhook(events.last().unwrap()).expect("a customer");
    assert_eq!(webhook.map(|c| c.id), Some(newest));
    assert_eq!(
        ids(&instant.reconcile().await.expect("reconciled")),
        [later]
    );
    assert!(instant.webhook(&events[0]).expect("a customer").is_none());
}

#[tokio::test]
async fn a_read_of_one_page_takes_the_oldest_hundred_and_resumes_after_them() {
    let fake = support::fake().await;
    let stripe = support::creator(&fake);
    let types = ["customer.created"];
    support::customers(&stripe, 1).await;
    let cursor = newest_event_of(&stripe, &types).await.expect("a cursor");
    support::customers(&stripe, 250).await;
    let whole = events_of(&stripe, &types, &cursor).await.expect("read");
    assert_eq!((whole.items.len(), whole.more), (250, false));

    let mut parts = Vec::new();
    let mut at = cursor;
    let mut sizes = Vec::new();
    loop {
        let read = events_of_at_most(&stripe, &types, &at, std::num::NonZeroU32::MIN)
            .await
            .expect("read");
        sizes.push(read.items.len());
        parts.extend(read.items.iter().map(|event| event.id.clone()));
        at = read.cursor;
        if !read.more {
            break;
        }
    }
    let ids: Vec<String> = whole.items.iter().map(|event| event.id.clone()).collect();
    assert_eq!(
        sizes,
        [100, 100, 50],
        "the oldest page first, each resumed after"
    );
    assert_eq!(parts, ids, "the same events in the same order as one read");
    assert_eq!(at, whole.cursor);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_lost_or_repeated_with_faulty_webhooks() {
    let fake = fake_stripe::start().await.expect("the fake starts");
    fake.set_webhook_faults(WebhookFaults {
        drop_rate: 0.3,
        duplicate_rate: 0.3,
        replay_rate: 0.3,
        reorder_window: Duration::from_millis(100),
        ..WebhookFaults::default()
    });
    let stripe = support::creator(&fake);
    let receiver = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&receiver)
        .await;
    let endpoint = stripe
        .client()
        .create_webhook_endpoint()
        .body(
            types::CreateWebhookEndpointParams::builder()
                .url(receiver.uri())
                .enabled_events(vec!["customer.created".to_string()]),
        )
        .send()
        .await
        .expect("an endpoint")
        .into_inner();
    let verifier = Verifier::new(SigningSecret::new(endpoint.secret.unwrap()).unwrap());
    let mut instant = Instant::<OnNewCustomer>::new(stripe.clone(), Timestamp::now());
    let created: BTreeSet<String> = support::customers(&stripe, 40).await.into_iter().collect();
    tokio::time::sleep(Duration::from_millis(500)).await;

    let mut delivered = Vec::new();
    let requests = receiver.received_requests().await.unwrap();
    for request in &requests {
        let header = request.headers["stripe-signature"].to_str().ok();
        let event = verifier
            .verify(header, &request.body)
            .expect("signed by the fake");
        delivered.extend(instant.webhook(&event).expect("a customer"));
    }
    let by_webhook = delivered.len();
    delivered.extend(instant.reconcile().await.expect("reconciled"));

    let unique: BTreeSet<String> = ids(&delivered).into_iter().collect();
    assert_eq!(unique.len(), delivered.len(), "an object handed over twice");
    assert_eq!(unique, created, "an object lost");
    assert!(
        by_webhook < created.len(),
        "no webhook was dropped: the test proves nothing"
    );
    assert!(
        requests.len() > by_webhook,
        "no webhook was repeated: the test proves nothing"
    );
}

#[tokio::test]
async fn a_cursor_past_thirty_days_rereads_what_stripe_still_keeps_and_says_so() {
    let fake = support::fake().await;
    let stripe = support::creator(&fake);
    let start = EventCursor::Since(Timestamp::from(support::T0));
    let old = support::customers(&stripe, 2).await;
    let read = events_after::<OnNewCustomer>(&stripe, &start)
        .await
        .expect("read");
    assert_eq!(ids(&read.items), old);
    assert!(!read.expired);
    let cursor = read.cursor;
    let EventCursor::After { created, .. } = &cursor else {
        panic!("a cursor after the newest event: {cursor:?}");
    };
    assert_eq!(*created, Timestamp::from(support::T0));

    fake.advance(RETENTION_SECONDS + 1);
    let new = support::customers(&stripe, 1).await;
    let read = events_after::<OnNewCustomer>(&stripe, &cursor)
        .await
        .expect("no failure for an expired cursor");
    assert!(read.expired, "the loss is reported");
    assert_eq!(ids(&read.items), new, "what Stripe still keeps");
    let again = events_after::<OnNewCustomer>(&stripe, &read.cursor)
        .await
        .expect("read");
    assert!(again.items.is_empty() && !again.expired);
}
