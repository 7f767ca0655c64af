//! Lists: newest first with a stable order within a second, cursors both ways, created filters.

mod common;

use common::Api;

/// Creates `n` customers, `per_second` per clock second from t0, returning ids oldest first.
async fn customers(api: &Api, n: usize, per_second: usize, t0: i64) -> Vec<String> {
    let mut ids = Vec::new();
    for i in 0..n {
        api.fake.set_time(t0 + (i / per_second) as i64);
        ids.push(api.customer(&[]).await);
    }
    ids
}

fn newest_first(ids: &[String]) -> Vec<String> {
    ids.iter().rev().cloned().collect()
}

#[tokio::test]
async fn walk_backwards_with_starting_after() {
    let api = Api::start().await;
    let ids = customers(&api, 7, 3, 1_570_000_000).await;
    let expected = newest_first(&ids);
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut q = vec![("limit", "3".to_owned())];
        if let Some(c) = &cursor {
            q.push(("starting_after", c.clone()));
        }
        let q: Vec<(&str, &str)> = q.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = api.get("/v1/customers", &q).await;
        assert_eq!(r.status, 200, "{}", r.body);
        let page = r.ids();
        seen.extend(page.clone());
        if r.body["has_more"] == false {
            break;
        }
        cursor = page.last().cloned();
    }
    assert_eq!(seen, expected);
}

#[tokio::test]
async fn walk_forwards_with_ending_before() {
    let api = Api::start().await;
    let ids = customers(&api, 7, 3, 1_570_000_000).await;
    // start from the oldest and walk towards newer objects
    let r = api
        .get(
            "/v1/customers",
            &[("limit", "3"), ("ending_before", &ids[0])],
        )
        .await;
    assert_eq!(
        r.ids(),
        vec![ids[3].clone(), ids[2].clone(), ids[1].clone()]
    );
    assert_eq!(r.body["has_more"], true);
    let r = api
        .get(
            "/v1/customers",
            &[("limit", "3"), ("ending_before", &ids[3])],
        )
        .await;
    assert_eq!(
        r.ids(),
        vec![ids[6].clone(), ids[5].clone(), ids[4].clone()]
    );
    assert_eq!(r.body["has_more"], false);
    let r = api
        .get(
            "/v1/customers",
            &[("limit", "3"), ("ending_before", &ids[6])],
        )
        .await;
    assert!(r.ids().is_empty());
    assert_eq!(r.body["has_more"], false);
}

#[tokio::test]
async fn cursor_errors() {
    let api = Api::start().await;
    let ids = customers(&api, 2, 2, 1_570_000_000).await;
    let r = api
        .get(
            "/v1/customers",
            &[("starting_after", &ids[0]), ("ending_before", &ids[1])],
        )
        .await;
    assert_eq!(r.status, 400);
    for param in ["starting_after", "ending_before"] {
        let r = api.get("/v1/customers", &[(param, "cus_gone")]).await;
        assert_eq!(r.status, 404);
        assert_eq!(r.err("code"), "resource_missing");
        assert_eq!(r.err("param"), param);
    }
    api.delete(&format!("/v1/customers/{}", ids[0])).await;
    let r = api
        .get("/v1/customers", &[("starting_after", &ids[0])])
        .await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn created_filters_at_boundaries() {
    let api = Api::start().await;
    let t = 1_570_000_000;
    // two per second: t, t, t+1, t+1, t+2, t+2
    let ids = customers(&api, 6, 2, t).await;
    let q = |op: &str, v: i64| (format!("created[{op}]"), v.to_string());
    for ((op, v), want) in [
        (q("gt", t), &ids[2..]),
        (q("gte", t + 1), &ids[2..]),
        (q("lt", t + 1), &ids[..2]),
        (q("lte", t + 1), &ids[..4]),
        (q("gt", t + 2), &ids[..0]),
    ] {
        let r = api.get("/v1/customers", &[(op.as_str(), v.as_str())]).await;
        assert_eq!(r.status, 200);
        assert_eq!(r.ids(), newest_first(want), "{op}={v}");
    }
    let r = api
        .get(
            "/v1/customers",
            &[
                ("created[gte]", &(t + 1).to_string()),
                ("created[lte]", &(t + 1).to_string()),
            ],
        )
        .await;
    assert_eq!(r.ids(), newest_first(&ids[2..4]));
    let r = api
        .get("/v1/customers", &[("created", &t.to_string())])
        .await;
    assert_eq!(r.ids(), newest_first(&ids[..2]));
    // filters and cursors combine: page through the same second
    let r = api
        .get(
            "/v1/customers",
            &[
                ("created[gte]", &t.to_string()),
                ("limit", "1"),
                ("starting_after", &ids[1]),
            ],
        )
        .await;
    assert_eq!(r.ids(), vec![ids[0].clone()]);
    assert_eq!(r.body["has_more"], false);
}

#[tokio::test]
async fn default_limit_and_other_lists() {
    let api = Api::start().await;
    let ids = customers(&api, 12, 12, 1_570_000_000).await;
    let r = api.get("/v1/customers", &[]).await;
    assert_eq!(r.ids(), newest_first(&ids)[..10].to_vec());
    assert_eq!(r.body["has_more"], true);
    for (i, id) in ids.iter().take(3).enumerate() {
        let amount = (100 + i).to_string();
        let r = api
            .post(
                "/v1/invoiceitems",
                &[("customer", id), ("amount", &amount), ("currency", "usd")],
            )
            .await;
        assert_eq!(r.status, 200);
    }
    let r = api.get("/v1/invoiceitems", &[("limit", "2")]).await;
    assert_eq!(r.body["url"], "/v1/invoiceitems");
    assert_eq!(r.body["data"][0]["amount"], 102);
    assert_eq!(r.body["has_more"], true);
}
