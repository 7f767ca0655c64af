//! Events and webhooks: an event for each object created, `/v1/events` with Stripe's filters,
//! paging and 30 days of retention (an expired event is no cursor either),
//! `/v1/webhook_endpoints`, and the delivery of signed events to a receiver on loopback, with
//! retries and each fault on demand.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use common::Api;
use fake_stripe::WebhookFaults;
use serde_json::Value;
use tokio::sync::mpsc;

/// One webhook as received: its `Stripe-Signature` and its event.
struct Received {
    signature: String,
    event: Value,
}

/// A receiver on loopback that answers 500 to its first `failures` requests, then 200.
struct Receiver {
    url: String,
    received: mpsc::UnboundedReceiver<Received>,
}

impl Receiver {
    async fn start(failures: usize) -> Receiver {
        let (tx, received) = mpsc::unbounded_channel();
        let seen = Arc::new(AtomicUsize::new(0));
        let app = Router::new().route(
            "/hook",
            post(move |headers: HeaderMap, body: String| {
                let (tx, seen) = (tx.clone(), seen.clone());
                async move {
                    let signature = headers["stripe-signature"].to_str().unwrap().to_owned();
                    let event = serde_json::from_str(&body).unwrap();
                    let _ = tx.send(Received { signature, event });
                    match seen.fetch_add(1, Ordering::SeqCst) < failures {
                        true => StatusCode::INTERNAL_SERVER_ERROR,
                        false => StatusCode::OK,
                    }
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Receiver { url, received }
    }

    async fn next(&mut self) -> Received {
        tokio::time::timeout(Duration::from_secs(10), self.received.recv())
            .await
            .expect("a webhook within 10 s")
            .expect("receiver open")
    }

    /// Whether nothing more arrives within `wait`.
    async fn quiet(&mut self, wait: Duration) -> bool {
        tokio::time::timeout(wait, self.received.recv())
            .await
            .is_err()
    }
}

/// Registers `url` for every event; returns the endpoint's id and secret.
async fn endpoint(api: &Api, url: &str) -> (String, String) {
    let r = api
        .post(
            "/v1/webhook_endpoints",
            &[("url", url), ("enabled_events[]", "*")],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let field = |f: &str| r.body[f].as_str().unwrap().to_owned();
    (field("id"), field("secret"))
}

fn types(r: &common::Resp) -> Vec<String> {
    let data = r.body["data"].as_array().unwrap();
    data.iter()
        .map(|e| e["type"].as_str().unwrap().to_owned())
        .collect()
}

/// Creates one object of each kind (a charge that succeeds, one declined).
async fn create_one_of_each(api: &Api) {
    let cus = api.customer(&[("email", "jenny@example.com")]).await;
    let charge =
        |source: &'static str| [("amount", "500"), ("currency", "usd"), ("source", source)];
    assert_eq!(
        api.post("/v1/charges", &charge("tok_visa")).await.status,
        200
    );
    assert_eq!(
        api.post("/v1/charges", &charge("tok_chargeDeclined"))
            .await
            .status,
        402
    );
    let item = [
        ("customer", cus.as_str()),
        ("amount", "100"),
        ("currency", "usd"),
    ];
    assert_eq!(api.post("/v1/invoiceitems", &item).await.status, 200);
    let order = [("currency", "usd"), ("items[0][amount]", "100")];
    assert_eq!(api.post("/v1/orders", &order).await.status, 200);
}

#[tokio::test]
async fn each_new_object_is_announced_by_an_event() {
    let api = Api::start().await;
    create_one_of_each(&api).await;
    let r = api.get("/v1/events", &[]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        types(&r),
        [
            "order.created",
            "invoiceitem.created",
            "charge.failed",
            "charge.succeeded",
            "customer.created"
        ]
    );
    let event = &r.body["data"][4];
    assert_eq!(event["object"], "event");
    assert_eq!(event["api_version"], "2019-10-08");
    assert_eq!(event["data"]["object"]["email"], "jenny@example.com");
    let id = event["id"].as_str().unwrap();
    assert!(id.starts_with("evt_"));
    assert_eq!(api.get(&format!("/v1/events/{id}"), &[]).await.body, *event);
}

#[tokio::test]
async fn events_are_filtered_paged_and_kept_thirty_days() {
    let api = Api::start().await;
    api.fake.set_time(1_570_000_000);
    create_one_of_each(&api).await;
    api.fake.advance(10);
    api.customer(&[]).await;

    let charges = api.get("/v1/events", &[("type", "charge.*")]).await;
    assert_eq!(types(&charges), ["charge.failed", "charge.succeeded"]);
    let some = [
        ("types[]", "customer.created"),
        ("types[]", "order.created"),
    ];
    let r = api.get("/v1/events", &some).await;
    assert_eq!(
        types(&r),
        ["customer.created", "order.created", "customer.created"]
    );
    let r = api
        .get("/v1/events", &[("created[gt]", "1570000000")])
        .await;
    assert_eq!(types(&r), ["customer.created"]);
    let both = [("type", "charge.failed"), ("types[]", "customer.created")];
    assert_eq!(api.get("/v1/events", &both).await.status, 400);

    let first = api.get("/v1/events", &[("limit", "4")]).await;
    assert_eq!(first.body["has_more"], true);
    let last = first.ids().pop().unwrap();
    let rest = api.get("/v1/events", &[("starting_after", &last)]).await;
    assert_eq!(rest.body["has_more"], false);
    assert_eq!(first.ids().len() + rest.ids().len(), 6);

    let old = charges.ids()[0].clone();
    api.fake.advance(30 * 86_400 - 11);
    assert_eq!(api.get("/v1/events", &[]).await.ids().len(), 6);
    api.fake.advance(1);
    assert_eq!(api.get("/v1/events", &[]).await.ids().len(), 1);
    let gone = api.get(&format!("/v1/events/{old}"), &[]).await;
    assert_eq!(gone.status, 404);
    for cursor in ["ending_before", "starting_after"] {
        let after_gone = api.get("/v1/events", &[(cursor, &old)]).await;
        assert_eq!(after_gone.status, 404, "{cursor} an expired event");
        assert_eq!(after_gone.body["error"]["param"], cursor);
    }
}

#[tokio::test]
async fn an_endpoint_shows_its_secret_once_and_delivers_to_loopback_only() {
    let api = Api::start().await;
    let (id, secret) = endpoint(&api, "http://localhost:9/hook").await;
    assert!(secret.starts_with("whsec_"));
    let listed = api.get("/v1/webhook_endpoints", &[]).await;
    assert_eq!(listed.ids(), std::slice::from_ref(&id));
    assert!(!listed.body.to_string().contains(&secret));
    let fetched = api.get(&format!("/v1/webhook_endpoints/{id}"), &[]).await;
    assert_eq!(fetched.body["url"], "http://localhost:9/hook");
    assert!(fetched.body.get("secret").is_none());

    for url in [
        "https://example.com/hook",
        "http://10.0.0.1/hook",
        "ftp://127.0.0.1/",
    ] {
        let r = api
            .post(
                "/v1/webhook_endpoints",
                &[("url", url), ("enabled_events[]", "*")],
            )
            .await;
        assert_eq!((r.status.as_u16(), r.err("param")), (400, "url"), "{url}");
    }
    let deleted = api.delete(&format!("/v1/webhook_endpoints/{id}")).await;
    assert_eq!(deleted.body["deleted"], true);
    assert!(api.get("/v1/webhook_endpoints", &[]).await.ids().is_empty());
}

#[tokio::test]
async fn a_webhook_is_signed_and_retried_until_answered() {
    let api = Api::start().await;
    api.fake.set_webhook_retry(Duration::from_millis(10));
    let mut receiver = Receiver::start(2).await;
    endpoint(&api, &receiver.url).await;
    let cus = api.customer(&[]).await;
    let attempts = [
        receiver.next().await,
        receiver.next().await,
        receiver.next().await,
    ];
    for attempt in &attempts {
        assert_eq!(attempt.event["type"], "customer.created");
        assert_eq!(attempt.event["data"]["object"]["id"], cus.as_str());
        let (t, v1) = attempt.signature.split_once(",v1=").unwrap();
        assert!(t.strip_prefix("t=").unwrap().parse::<i64>().is_ok());
        assert_eq!(v1.len(), 64);
    }
    assert!(
        receiver.quiet(Duration::from_millis(300)).await,
        "a fourth attempt after a 200"
    );
}

#[tokio::test]
async fn only_listening_endpoints_receive() {
    let api = Api::start().await;
    let mut receiver = Receiver::start(0).await;
    let r = api
        .post(
            "/v1/webhook_endpoints",
            &[
                ("url", &receiver.url),
                ("enabled_events[]", "charge.succeeded"),
            ],
        )
        .await;
    assert_eq!(r.status, 200);
    api.customer(&[]).await;
    let charge = [
        ("amount", "500"),
        ("currency", "usd"),
        ("source", "tok_visa"),
    ];
    api.post("/v1/charges", &charge).await;
    assert_eq!(receiver.next().await.event["type"], "charge.succeeded");
    assert!(receiver.quiet(Duration::from_millis(300)).await);
}

#[tokio::test]
async fn faults_drop_duplicate_and_replay_on_demand() {
    let api = Api::start().await;
    let mut receiver = Receiver::start(0).await;
    endpoint(&api, &receiver.url).await;

    api.fake.set_webhook_faults(WebhookFaults {
        drop_rate: 1.0,
        ..Default::default()
    });
    api.customer(&[]).await;
    assert!(
        receiver.quiet(Duration::from_millis(300)).await,
        "a dropped webhook arrived"
    );

    api.fake.set_webhook_faults(WebhookFaults {
        duplicate_rate: 1.0,
        ..Default::default()
    });
    let twice = api.customer(&[]).await;
    for _ in 0..2 {
        assert_eq!(
            receiver.next().await.event["data"]["object"]["id"],
            twice.as_str()
        );
    }

    api.fake.set_webhook_faults(WebhookFaults {
        replay_rate: 1.0,
        ..Default::default()
    });
    let newest = api.customer(&[]).await;
    let fresh = receiver.next().await;
    assert_eq!(fresh.event["data"]["object"]["id"], newest.as_str());
    let replayed = receiver.next().await;
    assert_eq!(replayed.event["data"]["object"]["id"], twice.as_str());
}

#[tokio::test]
async fn a_reorder_window_shuffles_deliveries() {
    let api = Api::start().await;
    let mut receiver = Receiver::start(0).await;
    endpoint(&api, &receiver.url).await;
    api.fake.set_webhook_faults(WebhookFaults {
        reorder_window: Duration::from_millis(200),
        ..Default::default()
    });
    let mut created = Vec::new();
    for _ in 0..10 {
        created.push(api.customer(&[]).await);
    }
    let mut arrived = Vec::new();
    for _ in 0..10 {
        let event = receiver.next().await.event;
        arrived.push(event["data"]["object"]["id"].as_str().unwrap().to_owned());
    }
    assert_ne!(
        arrived, created,
        "ten deliveries within 200 ms arrived in order"
    );
    arrived.sort();
    created.sort();
    assert_eq!(arrived, created);
}
