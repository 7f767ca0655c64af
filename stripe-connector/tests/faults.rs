//! Retries never create twice: 500 product creations through a faulty fake Stripe yield exactly
//! 500 products, because every retried POST carries its first attempt's Idempotency-Key.

use std::collections::HashSet;
use std::sync::Arc;

use fake_stripe::Faults;
use serde_json::Value;
use stripe_connector::{Connection, RetryPolicy, types};
use tokio::task::JoinSet;

const KEY: &str = "sk_test_faults";
const PRODUCTS: usize = 500;

/// How many products the fake holds, read page by page without faults.
async fn products_on_server(base_url: &str) -> usize {
    let http = stripe_connector::client_builder()
        .build()
        .expect("a client");
    let mut count = 0;
    let mut after: Option<String> = None;
    loop {
        let mut request = http
            .get(format!("{base_url}/v1/products"))
            .bearer_auth(KEY)
            .query(&[("limit", "100")]);
        if let Some(id) = &after {
            request = request.query(&[("starting_after", id)]);
        }
        let page: Value = request
            .send()
            .await
            .expect("the fake answers")
            .json()
            .await
            .expect("a list");
        let data = page["data"].as_array().expect("a list has data");
        count += data.len();
        after = data
            .last()
            .and_then(|p| p["id"].as_str())
            .map(str::to_string);
        if page["has_more"] != true {
            return count;
        }
    }
}

#[tokio::test(start_paused = true)]
async fn five_hundred_creations_through_faults_make_five_hundred_products() {
    let fake = fake_stripe::start().await.expect("the fake starts");
    fake.reseed(2019);
    fake.set_faults(Faults {
        server_error_rate: 0.08,
        too_many_requests_rate: 0.04,
        drop_rate: 0.04,
        drop_after_effect_rate: 0.08,
        ..Faults::default()
    });
    // Enough retries that a product fails only with odds of about 0.24^11: none of 500 will.
    let retry = RetryPolicy {
        max_retries: 10,
        ..RetryPolicy::default()
    };
    let stripe = Connection::builder(KEY)
        .base_url(fake.base_url())
        .throttle(None)
        .timeout(None)
        .retry(retry)
        .build()
        .expect("valid settings");
    let limit = Arc::new(tokio::sync::Semaphore::new(16));
    let mut calls = JoinSet::new();
    for n in 0..PRODUCTS {
        let (stripe, limit) = (stripe.clone(), limit.clone());
        calls.spawn(async move {
            let _turn = limit.acquire().await.expect("never closed");
            stripe
                .create_product(types::CreateProductParams::builder().name(format!("Hat {n}")))
                .await
        });
    }
    let mut ids = HashSet::new();
    while let Some(outcome) = calls.join_next().await {
        let product = outcome
            .expect("no task panics")
            .unwrap_or_else(|e| panic!("a typed error: {e}"));
        assert!(
            ids.insert(product.id.clone()),
            "{} returned twice",
            product.id
        );
    }
    assert_eq!(ids.len(), PRODUCTS);
    fake.clear_faults();
    assert_eq!(
        products_on_server(&fake.base_url()).await,
        PRODUCTS,
        "no product was created twice"
    );
}
