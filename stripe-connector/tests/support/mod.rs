//! What the trigger tests share: a fake Stripe, connections to it, and ways to add objects.

#![allow(dead_code)]

use std::sync::Arc;

use fake_stripe::FakeStripe;
use stripe_connector::metadata::{ListQuery, Listed, Page, Trigger};
use stripe_connector::{Connection, RetryPolicy, Timestamp, types};

pub const KEY: &str = "sk_test_triggers";
/// A second in October 2019, where the fake's clock starts.
pub const T0: i64 = 1_570_000_000;

/// A fake Stripe whose clock stands at [`T0`].
pub async fn fake() -> FakeStripe {
    let fake = fake_stripe::start().await.expect("the fake starts");
    fake.set_time(T0);
    fake
}

/// A connection with no throttle and patient retries, so faults never reach the caller. No
/// timeout: the tests run on tokio's paused clock, which jumps while a request is on the wire. No
/// timeout: the tests run on tokio's paused clock, which jumps while a request is on the wire.
pub fn creator(fake: &FakeStripe) -> Connection {
    let retry = RetryPolicy {
        max_retries: 12,
        ..RetryPolicy::default()
    };
    Connection::builder(KEY)
        .base_url(fake.base_url())
        .throttle(None)
        .timeout(None)
        .retry(retry)
        .build()
        .expect("valid")
}

/// A connection with no throttle and the default retries, as a poller would have.
pub fn poller(fake: &FakeStripe) -> Connection {
    Connection::builder(KEY)
        .base_url(fake.base_url())
        .throttle(None)
        .timeout(None)
        .build()
        .expect("valid")
}

/// Creates `n` customers, 8 at a time; returns their ids.
pub async fn customers(stripe: &Connection, n: usize) -> Vec<String> {
    let limit = Arc::new(tokio::sync::Semaphore::new(8));
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..n {
        let (stripe, limit) = (stripe.clone(), limit.clone());
        calls.spawn(async move {
            let _turn = limit.acquire().await.expect("never closed");
            stripe
                .create_customer(types::CreateCustomerParams::builder())
                .await
        });
    }
    let mut ids = Vec::with_capacity(n);
    while let Some(created) = calls.join_next().await {
        ids.push(created.expect("no panic").expect("created").id);
    }
    ids
}

/// Posts a form to the fake, as Stripe's docs do, for the objects the connector cannot create.
pub async fn post(fake: &FakeStripe, path: &str, form: &[(&str, &str)]) -> serde_json::Value {
    let http = stripe_connector::client_builder()
        .build()
        .expect("a client");
    let response = http
        .post(format!("{}{path}", fake.base_url()))
        .bearer_auth(KEY)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(
            serde_qs::to_string(
                &form
                    .iter()
                    .copied()
                    .collect::<std::collections::BTreeMap<_, _>>(),
            )
            .expect("a form"),
        )
        .send()
        .await
        .expect("the fake answers");
    assert!(
        response.status().is_success(),
        "{path}: {}",
        response.status()
    );
    response.json().await.expect("JSON")
}

/// Deletes a customer.
pub async fn delete_customer(fake: &FakeStripe, id: &str) {
    let http = stripe_connector::client_builder()
        .build()
        .expect("a client");
    let response = http
        .delete(format!("{}/v1/customers/{id}", fake.base_url()))
        .bearer_auth(KEY)
        .send()
        .await
        .expect("the fake answers");
    assert!(response.status().is_success());
}

/// An object's id and creation time.
pub type Listing = (String, Timestamp);

/// Every object of `T`'s list, oldest first, as the server orders them.
pub async fn all_listed<T: Trigger>(stripe: &Connection) -> Vec<Listing> {
    let mut listed: Vec<Listing> = Vec::new();
    let mut query = ListQuery::new(std::num::NonZeroU64::new(100).expect("not zero"));
    loop {
        let (items, has_more) = T::list(stripe.client(), &query)
            .await
            .expect("a page")
            .into_parts();
        listed.extend(
            items
                .iter()
                .map(|item| (item.id().to_string(), item.created())),
        );
        match listed.last() {
            Some((last, _)) if has_more => query.starting_after = Some(last.clone()),
            _ => break,
        }
    }
    listed.reverse();
    listed
}

/// The ids of every object of `T`'s list, oldest first, as the server orders them.
pub async fn all_oldest_first<T: Trigger>(stripe: &Connection) -> Vec<String> {
    let listed = all_listed::<T>(stripe).await;
    listed.into_iter().map(|(id, _)| id).collect()
}
