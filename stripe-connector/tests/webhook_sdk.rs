//! Interoperability with Stripe's official Python SDK (`stripe==16.1.0`), both ways:
//! `stripe.Webhook.construct_event` accepts every webhook fake-stripe signs and delivers (which
//! our verifier accepts too, typed by its trigger), our verifier accepts the signatures the
//! SDK's own code computes, and both refuse a tampered body, a wrong secret, an old timestamp,
//! a missing and a malformed header (ours each with its own error).
//!
//! The endpoint is registered, and the events listed, through the generated client, against
//! fake-stripe. Without the SDK the test says it was skipped and passes, unless
//! `FAKE_STRIPE_REQUIRE_SDK=1` (set by `.ci/run`), where it fails.

mod support;

use std::process::Command;
use std::time::{Duration, SystemTime};

use serde_json::{Value, json};
use stripe_connector::connector::{self, trigger_for_event};
use stripe_connector::metadata::Trigger;
use stripe_connector::triggers::OnNewCharge;
use stripe_connector::webhook::{SigningSecret, Verifier, WebhookError};
use stripe_connector::{Connection, Timestamp, types};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const INSTALL: &str = "python3 -m pip install stripe==16.1.0";

/// Why the SDK cannot be used, if it cannot.
fn sdk_missing() -> Option<String> {
    match Command::new("python3")
        .args(["-c", "import stripe"])
        .output()
    {
        Ok(out) if out.status.success() => None,
        Ok(out) => Some(String::from_utf8_lossy(&out.stderr).trim().to_string()),
        Err(e) => Some(format!("python3 could not be run: {e}")),
    }
}

/// Runs `tests/sdk/webhooks.py` with `request` on stdin; its JSON answer.
fn sdk(request: &Value) -> Value {
    use std::io::Write;
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sdk/webhooks.py");
    let mut child = Command::new("python3")
        .arg(script)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(request.to_string().as_bytes())
        .expect("request written");
    drop(stdin);
    let out = child.wait_with_output().expect("python3 ends");
    assert!(
        out.status.success(),
        "{script} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON from the script")
}

/// One webhook as the receiver got it.
struct Delivery {
    header: String,
    payload: String,
}

/// Creates one object on each trigger's list (with the fake's example form), and a declined
/// charge.
async fn create_objects(fake: &fake_stripe::FakeStripe, stripe: &Connection) {
    let customer = stripe
        .create_customer(types::CreateCustomerParams::builder().email("jenny@example.com"))
        .await
        .expect("a customer");
    for trigger in connector::REGISTRY {
        let list = trigger.info.path;
        let form = fake_stripe::example_form(list, &customer.id)
            .unwrap_or_else(|| panic!("the fake creates no objects on {list}"));
        assert!(post_form(fake, list, &form).await.is_success(), "{list}");
    }
    let declined = "amount=500&currency=usd&source=tok_chargeDeclined";
    assert_eq!(post_form(fake, "/v1/charges", declined).await, 402);
}

/// Posts the form `body` to `path` of `fake`; the answer's status.
async fn post_form(fake: &fake_stripe::FakeStripe, path: &str, body: &str) -> reqwest::StatusCode {
    stripe_connector::client_builder()
        .build()
        .expect("a client")
        .post(format!("{}{path}", fake.base_url()))
        .bearer_auth(support::KEY)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_string())
        .send()
        .await
        .expect("an answer")
        .status()
}

/// The webhooks `receiver` got, once `count` have arrived.
async fn deliveries(receiver: &MockServer, count: usize) -> Vec<Delivery> {
    for _ in 0..200 {
        let requests = receiver.received_requests().await.unwrap_or_default();
        if requests.len() >= count {
            return requests
                .iter()
                .map(|r| Delivery {
                    header: r.headers["stripe-signature"].to_str().unwrap().to_string(),
                    payload: String::from_utf8(r.body.clone()).unwrap(),
                })
                .collect();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("fewer than {count} webhooks within 10 s");
}

/// Decodes the object of `event` as the trigger its type names delivers it; that trigger.
fn typed_by_its_trigger(event: &types::Event) -> &'static str {
    let trigger = connector::REGISTRY
        .iter()
        .find(|trigger| trigger.info.events.contains(&event.type_.as_str()))
        .expect("a trigger's event");
    let object = trigger.announced(event).expect("the object decodes");
    assert!(object.is_some(), "{}", event.type_);
    trigger.info.name
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stripes_sdk_and_our_verifier_agree() {
    if let Some(why) = sdk_missing() {
        if std::env::var("FAKE_STRIPE_REQUIRE_SDK").as_deref() == Ok("1") {
            panic!(
                "FAKE_STRIPE_REQUIRE_SDK=1 but Stripe's Python SDK is not available ({why}); install it with `{INSTALL}`"
            );
        }
        println!("SKIPPED: Stripe's Python SDK is not available ({why}); run `{INSTALL}`");
        return;
    }
    let fake = fake_stripe::start().await.expect("the fake starts");
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
                .url(format!("{}/hooks", receiver.uri()))
                .enabled_events(vec!["*".to_string()]),
        )
        .send()
        .await
        .expect("an endpoint")
        .into_inner();
    let secret = endpoint.secret.expect("the secret, at creation");
    create_objects(&fake, &stripe).await;

    // Every event fake-stripe signed: the SDK and our verifier accept it.
    let listed = stripe
        .client()
        .list_events()
        .send()
        .await
        .expect("the events")
        .into_inner();
    let delivered = deliveries(&receiver, listed.data.len()).await;
    let verifier = Verifier::new(SigningSecret::new(secret.clone()).expect("a whsec_ secret"));
    let mut triggers = Vec::new();
    for delivery in &delivered {
        let event = verifier
            .verify(Some(&delivery.header), delivery.payload.as_bytes())
            .expect("our verifier accepts the fake's signature");
        if trigger_for_event(&event.type_).is_some() {
            triggers.push(typed_by_its_trigger(&event));
        }
    }
    triggers.sort();
    triggers.dedup();
    assert_eq!(triggers.len(), connector::TRIGGERS.len());
    let cases: Vec<Value> = delivered
        .iter()
        .map(|d| json!({"payload": d.payload, "header": d.header, "secret": secret}))
        .collect();
    let answers = sdk(&json!({"verify": cases}));
    let mut sdk_types: Vec<&str> = answers["verify"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            assert_eq!(a["ok"], true, "the SDK refused a webhook of the fake: {a}");
            a["type"].as_str().unwrap()
        })
        .collect();
    let mut listed_types: Vec<&str> = listed.data.iter().map(|e| e.type_.as_str()).collect();
    sdk_types.sort();
    listed_types.sort();
    assert_eq!(sdk_types, listed_types);

    // Filtered by the types of one trigger, through the generated client.
    let charges = stripe
        .client()
        .list_events()
        .types(
            OnNewCharge::INFO
                .events
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>(),
        )
        .send()
        .await
        .expect("the charges' events")
        .into_inner();
    let mut charge_types: Vec<&str> = charges.data.iter().map(|e| e.type_.as_str()).collect();
    charge_types.sort();
    assert_eq!(charge_types, ["charge.failed", "charge.succeeded"]);

    refusals_agree(&delivered[0], &secret);
    our_verifier_accepts_the_sdks_signature(&delivered[0].payload, &secret);

    let deleted = stripe
        .client()
        .delete_webhook_endpoint()
        .webhook_endpoint(endpoint.id)
        .send()
        .await
        .expect("deleted")
        .into_inner();
    assert!(deleted.deleted);
}

/// Each broken webhook: the SDK refuses it, and our verifier with the error named.
fn refusals_agree(good: &Delivery, secret: &str) {
    let tampered = good
        .payload
        .replacen("\"livemode\":false", "\"livemode\":true", 1);
    assert_ne!(tampered, good.payload);
    let now = Timestamp::now().unix_seconds();
    let old = stripe_connector::webhook::sign(
        &SigningSecret::new(secret).unwrap(),
        Timestamp::from_unix_seconds(now - 301),
        good.payload.as_bytes(),
    );
    let cases: [(&str, Option<&str>, &str, &str); 5] = [
        ("tampered", Some(&good.header), &tampered, secret),
        (
            "wrong secret",
            Some(&good.header),
            &good.payload,
            "whsec_another0secret",
        ),
        ("old", Some(&old), &good.payload, secret),
        ("missing", None, &good.payload, secret),
        (
            "malformed",
            Some("v1=nothex,t=yesterday"),
            &good.payload,
            secret,
        ),
    ];
    let request: Vec<Value> = cases
        .iter()
        .map(|(_, header, payload, secret)| json!({"payload": payload, "header": header, "secret": secret}))
        .collect();
    let answers = sdk(&json!({"verify": request}));
    for ((name, header, payload, secret), answer) in
        cases.iter().zip(answers["verify"].as_array().unwrap())
    {
        assert_eq!(answer["ok"], false, "the SDK accepted the {name} webhook");
        let ours = Verifier::new(SigningSecret::new(*secret).unwrap())
            .verify_at(*header, payload.as_bytes(), SystemTime::now())
            .expect_err(name);
        let named = matches!(
            (*name, &ours),
            (
                "tampered" | "wrong secret",
                WebhookError::NoMatchingSignature
            ) | ("old", WebhookError::TooOld { .. })
                | ("missing", WebhookError::MissingHeader)
                | ("malformed", WebhookError::MalformedHeader(_))
        );
        assert!(
            named,
            "the {name} webhook refused as {ours:?}; the SDK said {}",
            answer["error"]
        );
    }
}

/// A signature computed by the SDK's own code verifies with ours, and only with its secret.
fn our_verifier_accepts_the_sdks_signature(payload: &str, secret: &str) {
    let timestamp = Timestamp::now().unix_seconds();
    let answers =
        sdk(&json!({"sign": [{"payload": payload, "secret": secret, "timestamp": timestamp}]}));
    let header = answers["sign"][0].as_str().expect("a header");
    let verifier = Verifier::new(SigningSecret::new(secret).unwrap());
    let event = verifier
        .verify(Some(header), payload.as_bytes())
        .expect("our verifier accepts the SDK's signature");
    assert!(trigger_for_event(&event.type_).is_some() || event.type_ == "product.created");
    let other = Verifier::new(SigningSecret::new("whsec_another0secret").unwrap());
    assert!(matches!(
        other.verify(Some(header), payload.as_bytes()),
        Err(WebhookError::NoMatchingSignature)
    ));
}
