//! Lists at scale: 20,000 customers created over HTTP, paged through both ways with
//! `limit=100`, with and without `created` bounds and equality filters. Checks order and
//! completeness only (no timing).

mod common;

use common::Api;

const T0: i64 = 1_570_000_000;
const PER_SECOND: usize = 7;
const TAGGED: &str = "tagged@example.com";

/// Creates `n` customers, `PER_SECOND` per clock second from `T0`, every 1000th with the
/// `TAGGED` email; returns ids oldest first.
async fn customers(api: &Api, n: usize) -> Vec<String> {
    let mut ids = Vec::with_capacity(n);
    for i in 0..n {
        api.fake.set_time(T0 + (i / PER_SECOND) as i64);
        let form: &[(&str, &str)] = if i % 1000 == 0 {
            &[("email", TAGGED)]
        } else {
            &[]
        };
        ids.push(api.customer(form).await);
    }
    ids
}

/// One page of `/v1/customers`: ids and `has_more`.
async fn page(api: &Api, query: &[(&str, &str)]) -> (Vec<String>, bool) {
    let r = api.get("/v1/customers", query).await;
    assert_eq!(r.status, 200, "{}", r.body);
    (r.ids(), r.body["has_more"] == true)
}

/// Walks newest first with `starting_after`, checking every page is full but the last.
async fn walk_older(api: &Api, extra: &[(&str, &str)], limit: usize) -> Vec<String> {
    let limit_s = limit.to_string();
    let (mut seen, mut cursor) = (Vec::new(), None::<String>);
    loop {
        let mut q = vec![("limit", limit_s.as_str())];
        q.extend(cursor.as_deref().map(|c| ("starting_after", c)));
        q.extend(extra);
        let (ids, more) = page(api, &q).await;
        assert!(ids.len() == limit || !more, "{q:?}");
        seen.extend(ids.clone());
        if !more {
            return seen;
        }
        cursor = ids.last().cloned();
    }
}

/// Walks towards newer objects with `ending_before` from `start` (excluded); each page is
/// newest first and holds the objects just newer than the cursor. Returns ids oldest first.
async fn walk_newer(api: &Api, start: &str, limit: usize) -> Vec<String> {
    let limit_s = limit.to_string();
    let (mut seen, mut cursor) = (Vec::new(), start.to_owned());
    loop {
        let q = [
            ("limit", limit_s.as_str()),
            ("ending_before", cursor.as_str()),
        ];
        let (ids, more) = page(api, &q).await;
        assert!(ids.len() == limit || !more, "{q:?}");
        seen.extend(ids.iter().rev().cloned());
        if !more {
            return seen;
        }
        cursor = ids.first().cloned().expect("a full page");
    }
}

fn newest_first(ids: &[String]) -> Vec<String> {
    ids.iter().rev().cloned().collect()
}

/// Pages through `created` windows and the `email` filter.
async fn check_filters(api: &Api, ids: &[String]) {
    let (from, to) = (1000, 2000);
    let (gte, lt) = ((T0 + from).to_string(), (T0 + to).to_string());
    let q = [("created[gte]", gte.as_str()), ("created[lt]", lt.as_str())];
    let window = &ids[from as usize * PER_SECOND..to as usize * PER_SECOND];
    assert_eq!(walk_older(api, &q, 100).await, newest_first(window));
    let tagged: Vec<String> = ids.iter().step_by(1000).cloned().collect();
    let q = [("email", TAGGED)];
    assert_eq!(walk_older(api, &q, 100).await, newest_first(&tagged));
    assert_eq!(walk_older(api, &q, 3).await, newest_first(&tagged));
    let (newer, more) = page(api, &[("email", TAGGED), ("ending_before", &tagged[5])]).await;
    assert_eq!(newer, newest_first(&tagged[6..16]));
    assert!(more);
}

#[tokio::test]
async fn twenty_thousand_customers_page_both_ways() {
    let api = Api::start().await;
    let ids = customers(&api, 20_000).await;
    assert_eq!(walk_older(&api, &[], 100).await, newest_first(&ids));
    assert_eq!(walk_newer(&api, &ids[0], 100).await, ids[1..].to_vec());
    let (newest, more) = page(&api, &[("limit", "100")]).await;
    assert_eq!(newest, newest_first(&ids[ids.len() - 100..]));
    assert!(more);
    check_filters(&api, &ids).await;
}
