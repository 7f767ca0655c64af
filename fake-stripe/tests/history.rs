//! Old accounts: `seed_history` creates years of history in the past (hundreds of objects in
//! one second) in one account only, as the API would have created them then, and changes
//! nothing else: the clock, the other accounts and the objects created meanwhile are as before.

mod common;

use std::collections::HashSet;

use common::{Api, KEY};
use fake_stripe::History;
use serde_json::Value;

const YEAR: i64 = 365 * 24 * 60 * 60;

/// Every object of `list` as `key`, newest first, paged 100 at a time, with `query` added.
async fn everything(api: &Api, key: &str, list: &str, query: &[(&str, String)]) -> Vec<Value> {
    let mut objects: Vec<Value> = Vec::new();
    loop {
        let mut page = query.to_vec();
        page.push(("limit", "100".to_string()));
        if let Some(last) = objects.last() {
            page.push(("starting_after", last["id"].as_str().unwrap().to_string()));
        }
        let request = api.client.get(api.url(list)).bearer_auth(key).query(&page);
        let resp = api.send(request).await;
        assert_eq!(resp.status, 200, "{}", resp.body);
        objects.extend(resp.body["data"].as_array().unwrap().iter().cloned());
        if resp.body["has_more"] != true {
            return objects;
        }
    }
}

#[tokio::test]
async fn an_old_account_has_years_of_history_with_hundreds_of_objects_in_its_first_second() {
    let api = Api::start().await;
    let now = 1_700_000_000;
    api.fake.set_time(now);
    let history = History {
        years: 3,
        objects: 400,
        in_one_second: 250,
        seed: 7,
    };
    let seeded = api.fake.seed_history(KEY, &history).await.expect("seeded");
    let first = now - 3 * YEAR;
    assert_eq!(seeded.len(), 5 * 400, "400 of each of the five kinds");
    for list in [
        "/v1/customers",
        "/v1/charges",
        "/v1/invoiceitems",
        "/v1/orders",
        "/v1/products",
    ] {
        let listed = everything(&api, KEY, list, &[]).await;
        let ids: Vec<&str> = listed
            .iter()
            .rev()
            .map(|o| o["id"].as_str().unwrap())
            .collect();
        let mine: Vec<&str> = seeded
            .iter()
            .filter(|s| s.list == list)
            .map(|s| s.id.as_str())
            .collect();
        let listed_set: HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(listed_set, mine.iter().copied().collect(), "{list}");
        let in_first = everything(&api, KEY, list, &[("created", first.to_string())]).await;
        assert_eq!(in_first.len(), 250, "{list}: the first second");
        let spread: Vec<i64> = seeded
            .iter()
            .filter(|s| s.list == list && s.created > first)
            .map(|s| s.created)
            .collect();
        assert_eq!(spread.len(), 150, "{list}");
        assert!(
            spread.iter().all(|&t| t <= now),
            "{list}: none in the future"
        );
        assert!(
            spread.iter().max().unwrap() - spread.iter().min().unwrap() > YEAR,
            "{list}: spread over the years"
        );
        assert!(
            seeded
                .windows(2)
                .all(|w| w[0].list != w[1].list || w[0].created <= w[1].created),
            "oldest first"
        );
    }
    let item = &everything(&api, KEY, "/v1/invoiceitems", &[]).await[0];
    let first_customer = &seeded[0];
    assert_eq!(item["customer"], first_customer.id.as_str());
    assert_eq!(item["object"], "invoiceitem");
    let charge = api
        .get(&format!("/v1/charges/{}", seeded[400].id), &[])
        .await;
    assert_eq!(
        charge.body["created"], seeded[400].created,
        "{}",
        charge.body
    );
    assert_eq!(charge.body["object"], "charge");
}

#[tokio::test]
async fn seeding_moves_no_clock_and_touches_no_other_account() {
    let api = Api::start().await;
    let history = History {
        objects: 300,
        in_one_second: 100,
        ..History::default()
    };
    let seeding = {
        let fake = &api.fake;
        async move { fake.seed_history("sk_test_old", &history).await }
    };
    // Customers created over the API while the seeding runs are stamped with the real time.
    let creating = async {
        let mut created = Vec::new();
        for _ in 0..20 {
            let id = api.customer(&[]).await;
            let resp = api.get(&format!("/v1/customers/{id}"), &[]).await;
            created.push(resp.body["created"].as_i64().unwrap());
            tokio::task::yield_now().await;
        }
        created
    };
    let (seeded, created) = tokio::join!(seeding, creating);
    assert_eq!(seeded.expect("seeded").len(), 5 * 300);
    let now = api.fake.clock().now();
    assert!(
        created.iter().all(|&t| now - t < 60),
        "real time, not the past: {created:?} (now {now})"
    );
    assert_eq!(everything(&api, KEY, "/v1/customers", &[]).await.len(), 20);
    assert_eq!(
        everything(&api, "sk_test_old", "/v1/customers", &[])
            .await
            .len(),
        300
    );
}

#[tokio::test]
async fn an_impossible_history_is_refused_and_creates_nothing() {
    let api = Api::start().await;
    let cases = [
        ("not_a_key", History::default(), "API key"),
        (
            KEY,
            History {
                years: 0,
                ..History::default()
            },
            "1 year",
        ),
        (
            KEY,
            History {
                objects: 10,
                in_one_second: 11,
                ..History::default()
            },
            "more than the 10 objects",
        ),
    ];
    for (key, history, said) in cases {
        let error = api.fake.seed_history(key, &history).await.unwrap_err();
        assert!(error.to_string().contains(said), "{error}");
    }
    assert!(everything(&api, KEY, "/v1/customers", &[]).await.is_empty());
}
