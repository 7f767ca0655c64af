//! Verifying webhooks: what a receiver accepts, what it refuses and with which error, and the
//! event it hands over typed by the trigger it feeds.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::json;
use stripe_connector::Timestamp;
use stripe_connector::connector::{TRIGGERS, trigger_for_event};
use stripe_connector::metadata::Trigger;
use stripe_connector::triggers::{OnNewCharge, OnNewCustomer};
use stripe_connector::webhook::{
    DEFAULT_TOLERANCE, SigningSecret, Verifier, WebhookError, announced, sign,
};

const SECRET: &str = "whsec_current0123456789";
const OLD_SECRET: &str = "whsec_previous0123456789";

fn secret(text: &str) -> SigningSecret {
    SigningSecret::new(text).unwrap()
}

/// The moment the tests' webhooks are received.
fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_700_000_000)
}

fn at(offset_seconds: i64) -> Timestamp {
    Timestamp::from_unix_seconds(1_700_000_000 + offset_seconds)
}

/// A `customer.created` event as Stripe sends it.
fn customer_event() -> Vec<u8> {
    let customer = json!({
        "id": "cus_GbD5X8yW3k7rQF", "object": "customer", "created": 1_699_999_990,
        "livemode": false, "email": "jenny@example.com",
        "sources": {"object": "list", "data": [], "has_more": false,
                    "url": "/v1/customers/cus_GbD5X8yW3k7rQF/sources"},
    });
    event("customer.created", customer)
}

fn event(event_type: &str, object: serde_json::Value) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "id": "evt_1FdJ2xKZ4lZ5cQdS", "object": "event", "api_version": "2019-10-08",
        "created": 1_699_999_995, "livemode": false, "pending_webhooks": 1,
        "request": {"id": "req_8xY", "idempotency_key": null},
        "type": event_type, "data": {"object": object},
    }))
    .unwrap()
}

fn verify(verifier: &Verifier, header: &str, body: &[u8]) -> Result<(), WebhookError> {
    verifier.verify_at(Some(header), body, now()).map(drop)
}

#[test]
fn a_signed_event_is_accepted_and_typed_by_its_trigger() {
    let body = customer_event();
    let header = sign(&secret(SECRET), at(-10), &body);
    let event = Verifier::new(secret(SECRET))
        .verify_at(Some(&header), &body, now())
        .unwrap();
    assert_eq!(event.type_, "customer.created");
    assert_eq!(event.created, Timestamp::from_unix_seconds(1_699_999_995));

    let customer = announced::<OnNewCustomer>(&event).unwrap().unwrap();
    assert_eq!(customer.event_id, "evt_1FdJ2xKZ4lZ5cQdS");
    assert_eq!(customer.object.id, "cus_GbD5X8yW3k7rQF");
    assert_eq!(customer.object.email.as_deref(), Some("jenny@example.com"));
    assert!(announced::<OnNewCharge>(&event).unwrap().is_none());
}

#[test]
fn an_event_whose_object_is_not_its_triggers_is_an_error() {
    let body = event(
        "charge.succeeded",
        json!({"id": "ch_1", "object": "charge"}),
    );
    let header = sign(&secret(SECRET), at(0), &body);
    let event = Verifier::new(secret(SECRET))
        .verify_at(Some(&header), &body, now())
        .unwrap();
    let err = announced::<OnNewCharge>(&event).unwrap_err();
    assert!(
        matches!(err, WebhookError::Object { ref event_type, .. } if event_type == "charge.succeeded"),
        "{err:?}"
    );
}

#[test]
fn during_a_roll_both_secrets_are_accepted() {
    let body = customer_event();
    let verifier = Verifier::new(secret(SECRET)).with_secret(secret(OLD_SECRET));
    for signer in [SECRET, OLD_SECRET] {
        let header = sign(&secret(signer), at(0), &body);
        verify(&verifier, &header, &body).unwrap();
    }
    // Stripe sends one `v1` per secret while one is rolled: any may match.
    let unknown = sign(&secret("whsec_someoneelse"), at(0), &body);
    let current = sign(&secret(SECRET), at(0), &body);
    let both = format!("{unknown},{}", current.split_once(',').unwrap().1);
    verify(&Verifier::new(secret(SECRET)), &both, &body).unwrap();
}

#[test]
fn a_tampered_body_or_another_secret_matches_no_signature() {
    let body = customer_event();
    let header = sign(&secret(SECRET), at(0), &body);
    let verifier = Verifier::new(secret(SECRET));
    let tampered = String::from_utf8(body.clone())
        .unwrap()
        .replace("jenny", "jenna");
    assert!(matches!(
        verify(&verifier, &header, tampered.as_bytes()),
        Err(WebhookError::NoMatchingSignature)
    ));
    assert!(matches!(
        verify(&Verifier::new(secret(OLD_SECRET)), &header, &body),
        Err(WebhookError::NoMatchingSignature)
    ));
    // The timestamp is signed too: moving it breaks the signature.
    let moved = header.replacen("t=1700000000", "t=1700000001", 1);
    assert!(matches!(
        verify(&verifier, &moved, &body),
        Err(WebhookError::NoMatchingSignature)
    ));
}

#[test]
fn timestamps_beyond_the_tolerance_are_refused_either_way() {
    let body = customer_event();
    let verifier = Verifier::new(secret(SECRET));
    let limit = DEFAULT_TOLERANCE.as_secs() as i64;
    for offset in [-limit, limit] {
        verify(&verifier, &sign(&secret(SECRET), at(offset), &body), &body).unwrap();
    }
    let old = verify(
        &verifier,
        &sign(&secret(SECRET), at(-limit - 1), &body),
        &body,
    );
    assert!(
        matches!(old, Err(WebhookError::TooOld { age_seconds, tolerance_seconds, .. })
        if age_seconds as i64 == limit + 1 && tolerance_seconds as i64 == limit),
        "{old:?}"
    );
    let new = verify(
        &verifier,
        &sign(&secret(SECRET), at(limit + 1), &body),
        &body,
    );
    assert!(matches!(new, Err(WebhookError::TooNew { .. })), "{new:?}");

    let patient = Verifier::new(secret(SECRET)).tolerance(Duration::from_secs(3600));
    verify(&patient, &sign(&secret(SECRET), at(-3600), &body), &body).unwrap();
}

#[test]
fn a_missing_or_malformed_header_is_named() {
    let body = customer_event();
    let verifier = Verifier::new(secret(SECRET));
    assert!(matches!(
        verifier.verify_at(None, &body, now()),
        Err(WebhookError::MissingHeader)
    ));
    let good = sign(&secret(SECRET), at(0), &body);
    let signature = good.split_once(",v1=").unwrap().1;
    for (header, named) in [
        ("", "not `key=value`"),
        ("garbage", "not `key=value`"),
        (&format!("v1={signature}") as &str, "no timestamp"),
        ("t=1700000000", "no `v1=` signature"),
        (
            &format!("t=1700000000,v0={signature}"),
            "no `v1=` signature",
        ),
        (&format!("t=soon,v1={signature}"), "`t` is \"soon\""),
        ("t=1700000000,v1=abc", "64 hexadecimal digits"),
        (
            &format!("t=1700000000,v1={}", "g".repeat(64)),
            "64 hexadecimal digits",
        ),
    ] {
        match verify(&verifier, header, &body) {
            Err(WebhookError::MalformedHeader(why)) => {
                assert!(why.contains(named), "{header:?}: {why}")
            }
            other => panic!("{header:?}: {other:?}"),
        }
    }
}

#[test]
fn the_signature_is_checked_before_the_payload_is_read() {
    let verifier = Verifier::new(secret(SECRET));
    let body = b"not json";
    assert!(matches!(
        verify(&verifier, &sign(&secret(OLD_SECRET), at(0), body), body),
        Err(WebhookError::NoMatchingSignature)
    ));
    assert!(matches!(
        verify(&verifier, &sign(&secret(SECRET), at(0), body), body),
        Err(WebhookError::Payload(_))
    ));
}

#[test]
fn secrets_never_show() {
    let verifier = Verifier::new(secret(SECRET)).with_secret(secret(OLD_SECRET));
    let body = customer_event();
    let errors = [
        verifier.verify_at(None, &body, now()).unwrap_err(),
        verify(&verifier, "t=1,v1=00", &body).unwrap_err(),
        verify(
            &verifier,
            &sign(&secret("whsec_other"), at(0), &body),
            &body,
        )
        .unwrap_err(),
        verify(&verifier, &sign(&secret(SECRET), at(-999), &body), &body).unwrap_err(),
    ];
    let mut shown = format!("{verifier:?} {:?}", secret(SECRET));
    for e in &errors {
        shown += &format!("{e} {e:?}");
    }
    for hidden in [
        SECRET,
        OLD_SECRET,
        "current0123456789",
        "previous0123456789",
    ] {
        assert!(!shown.contains(hidden), "{hidden} shown in {shown}");
    }
    let refused = SigningSecret::new("sk_test_notasigningsecret").unwrap_err();
    assert!(matches!(refused, WebhookError::InvalidSecret));
    assert!(!format!("{refused} {refused:?}").contains("notasigningsecret"));
    assert!(SigningSecret::new("whsec_").is_err());
}

#[test]
fn every_event_type_of_a_trigger_leads_back_to_it() {
    for trigger in TRIGGERS {
        assert!(!trigger.events.is_empty(), "{}", trigger.name);
        for event_type in trigger.events {
            assert_eq!(trigger_for_event(event_type), Some(trigger));
        }
    }
    assert_eq!(
        trigger_for_event("charge.failed").map(|t| t.name),
        Some(OnNewCharge::INFO.name)
    );
    assert_eq!(trigger_for_event("charge.refunded"), None);
    assert_eq!(trigger_for_event("customer"), None);
}
