//! A deleted customer: Stripe answers `get_customer` with its tombstone (`deleted: true`), which
//! is no customer, and the call says so instead of failing on a missing field.

mod support;

use stripe_connector::{Error, types};
use support::*;

#[tokio::test]
async fn getting_a_deleted_customer_says_it_was_deleted() {
    let fake = fake().await;
    let stripe = creator(&fake);
    let customer = stripe
        .create_customer(types::CreateCustomerParams::builder())
        .await
        .expect("created");
    delete_customer(&fake, &customer.id).await;

    let error = stripe
        .get_customer(&customer.id, &[])
        .await
        .expect_err("a deleted customer is no customer");
    match &error {
        Error::Deleted { object, id } => {
            assert_eq!(object, "customer");
            assert_eq!(id, &customer.id);
        }
        other => panic!("expected Error::Deleted, got {other:?}"),
    }
    assert_eq!(
        error.to_string(),
        format!("customer {} was deleted", customer.id)
    );
}
