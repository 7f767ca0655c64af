//! The request counters: every request counts, faulted or refused ones too; list requests are
//! the GETs to a list endpoint without an id.

mod common;

use common::{Api, KEY};
use fake_stripe::Faults;

#[tokio::test]
async fn every_request_counts_and_list_requests_are_the_gets_of_lists() {
    let api = Api::start().await;
    assert_eq!((api.fake.requests(), api.fake.list_requests()), (0, 0));

    let id = api.customer(&[("email", "a@example.com")]).await;
    assert_eq!(
        api.get(&format!("/v1/customers/{id}"), &[]).await.status,
        200
    );
    assert_eq!(api.delete(&format!("/v1/customers/{id}")).await.status, 200);
    assert_eq!(api.get("/v1/nowhere", &[]).await.status, 404);
    assert_eq!(
        (api.fake.requests(), api.fake.list_requests()),
        (4, 0),
        "no list yet"
    );

    for path in [
        "/v1/customers",
        "/v1/charges",
        "/v1/orders",
        "/v1/invoiceitems",
        "/v1/products",
    ] {
        assert_eq!(api.get(path, &[("limit", "3")]).await.status, 200, "{path}");
    }
    assert_eq!((api.fake.requests(), api.fake.list_requests()), (9, 5));

    // Refused and faulted requests count as well.
    let unauthorized = api.send(api.client.get(api.url("/v1/customers"))).await;
    assert_eq!(unauthorized.status, 401);
    api.fake.set_faults(Faults {
        server_error_rate: 1.0,
        ..Faults::default()
    });
    assert_eq!(api.get("/v1/charges", &[]).await.status, 500);
    api.fake.set_faults(Faults {
        drop_rate: 1.0,
        ..Faults::default()
    });
    let dropped = api
        .client
        .post(api.url("/v1/customers"))
        .bearer_auth(KEY)
        .send()
        .await;
    assert!(dropped.is_err(), "the connection was dropped");
    assert_eq!((api.fake.requests(), api.fake.list_requests()), (12, 7));
}
