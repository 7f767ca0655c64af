//! The four triggers against the fake Stripe: every object exactly once, oldest first, through
//! same-second bursts, faults, deleted cursors and restarts. On tokio's paused clock, so the
//! retries' backoffs take no real time.

mod support;

use std::collections::{HashMap, HashSet};

use fake_stripe::Faults;
use stripe_connector::metadata::{Listed, Trigger};
use stripe_connector::triggers::{OnNewCharge, OnNewCustomer, OnNewInvoiceItem, OnNewOrder};
use stripe_connector::{Connection, PollState, Timestamp, poll};
use support::*;

/// Polls until caught up, starting from `state`, retrying failed polls with the same state;
/// returns the ids delivered and the final state.
async fn drain<T: Trigger>(stripe: &Connection, state: &mut PollState) -> Vec<String> {
    let mut delivered = Vec::new();
    loop {
        match poll::<T>(stripe, Some(state)).await {
            Ok(polled) => {
                delivered.extend(polled.items.iter().map(|item| item.id().to_string()));
                *state = polled.state;
                if polled.caught_up {
                    return delivered;
                }
            }
            Err(error) => assert!(
                error.stripe().is_none_or(|e| e.status >= 429),
                "only faults fail: {error}"
            ),
        }
    }
}

/// No id twice, the ids of `expected`, and seconds in order: objects of one second may come
/// in any order among themselves, but never after a newer second's.
fn assert_exactly_once_oldest_first(delivered: &[String], expected: &[Listing]) {
    let unique: HashSet<&str> = delivered.iter().map(String::as_str).collect();
    assert_eq!(
        unique.len(),
        delivered.len(),
        "an object was delivered twice"
    );
    assert_eq!(delivered.len(), expected.len(), "objects were lost");
    let created: HashMap<&str, Timestamp> =
        expected.iter().map(|(id, at)| (id.as_str(), *at)).collect();
    let seconds: Vec<Timestamp> = delivered
        .iter()
        .map(|id| *created.get(id.as_str()).expect("an expected object"))
        .collect();
    assert!(
        seconds.windows(2).all(|pair| pair[0] <= pair[1]),
        "delivered out of order"
    );
}

/// 10,000 customers in 40 bursts of 250 (several bursts per second), polled between bursts.
async fn bursts_while_polling(faults: Faults) {
    let fake = fake().await;
    let (create, watch) = (creator(&fake), poller(&fake));
    let first = poll::<OnNewCustomer>(&watch, None)
        .await
        .expect("the anchor poll");
    assert!(first.items.is_empty());
    let mut state = first.state;
    fake.set_faults(faults);
    let mut delivered = Vec::new();
    for burst in 0..40 {
        customers(&create, 250).await;
        if burst % 3 == 0 {
            fake.advance(1);
        }
        delivered.extend(drain::<OnNewCustomer>(&watch, &mut state).await);
    }
    fake.clear_faults();
    assert_exactly_once_oldest_first(&delivered, &all_listed::<OnNewCustomer>(&watch).await);
    assert_eq!(delivered.len(), 10_000);
}

#[tokio::test(start_paused = true)]
async fn ten_thousand_objects_in_same_second_bursts_arrive_once_oldest_first() {
    bursts_while_polling(Faults::default()).await;
}

#[tokio::test(start_paused = true)]
async fn the_same_through_twenty_percent_faults() {
    bursts_while_polling(Faults {
        server_error_rate: 0.08,
        too_many_requests_rate: 0.04,
        drop_rate: 0.04,
        drop_after_effect_rate: 0.04,
        ..Faults::default()
    })
    .await;
}

#[tokio::test(start_paused = true)]
async fn a_trigger_enabled_after_objects_exist_fires_only_for_new_ones() {
    let fake = fake().await;
    let stripe = creator(&fake);
    customers(&stripe, 120).await;
    let first = poll::<OnNewCustomer>(&stripe, None)
        .await
        .expect("the anchor poll");
    assert!(first.items.is_empty(), "existing objects do not fire");
    let mut state = first.state;
    assert!(drain::<OnNewCustomer>(&stripe, &mut state).await.is_empty());
    let new = customers(&stripe, 3).await;
    let delivered = drain::<OnNewCustomer>(&stripe, &mut state).await;
    assert_eq!(
        delivered.iter().collect::<HashSet<_>>(),
        new.iter().collect::<HashSet<_>>()
    );
}

#[tokio::test(start_paused = true)]
async fn from_the_beginning_the_objects_of_one_second_come_oldest_first() {
    let fake = fake().await;
    let stripe = creator(&fake);
    customers(&stripe, 5).await;
    let mut state = PollState::from_beginning();
    assert_eq!(
        drain::<OnNewCustomer>(&stripe, &mut state).await,
        all_oldest_first::<OnNewCustomer>(&stripe).await,
        "the five customers of one second, in the order Stripe lists them, reversed"
    );
}

#[tokio::test(start_paused = true)]
async fn objects_in_the_anchors_second_are_neither_lost_nor_repeated() {
    let fake = fake().await;
    let stripe = creator(&fake);
    customers(&stripe, 3).await;
    let mut state = poll::<OnNewCustomer>(&stripe, None)
        .await
        .expect("anchor")
        .state;
    let same_second = customers(&stripe, 2).await;
    let delivered = drain::<OnNewCustomer>(&stripe, &mut state).await;
    assert_eq!(
        delivered.iter().collect::<HashSet<_>>(),
        same_second.iter().collect::<HashSet<_>>()
    );
    assert!(
        drain::<OnNewCustomer>(&stripe, &mut state).await.is_empty(),
        "nothing twice"
    );
}

#[tokio::test(start_paused = true)]
async fn a_deleted_cursor_object_loses_and_repeats_nothing() {
    let fake = fake().await;
    let stripe = creator(&fake);
    let mut state = PollState::from_beginning();
    customers(&stripe, 5).await;
    let first = drain::<OnNewCustomer>(&stripe, &mut state).await;
    delete_customer(&fake, first.last().expect("five were delivered")).await;
    fake.advance(1);
    let later = customers(&stripe, 3).await;
    let delivered = drain::<OnNewCustomer>(&stripe, &mut state).await;
    assert_eq!(
        delivered.iter().collect::<HashSet<_>>(),
        later.iter().collect::<HashSet<_>>()
    );
}

#[tokio::test(start_paused = true)]
async fn a_deleted_cursor_with_nothing_older_falls_back_to_the_oldest_object() {
    let fake = fake().await;
    let stripe = creator(&fake);
    let mut state = PollState::from_beginning();
    let only = customers(&stripe, 1).await;
    assert_eq!(drain::<OnNewCustomer>(&stripe, &mut state).await, only);
    delete_customer(&fake, &only[0]).await;
    fake.advance(5000);
    let later = customers(&stripe, 150).await;
    let delivered = drain::<OnNewCustomer>(&stripe, &mut state).await;
    assert_exactly_once_oldest_first(&delivered, &all_listed::<OnNewCustomer>(&stripe).await);
    assert_eq!(delivered.len(), later.len());
}

#[tokio::test(start_paused = true)]
async fn starting_from_a_time_delivers_what_was_created_since() {
    let fake = fake().await;
    let stripe = creator(&fake);
    customers(&stripe, 4).await;
    fake.advance(60);
    let since = customers(&stripe, 6).await;
    let mut state = PollState::from_time(Timestamp::from_unix_seconds(T0 + 60));
    let delivered = drain::<OnNewCustomer>(&stripe, &mut state).await;
    assert_eq!(
        delivered.iter().collect::<HashSet<_>>(),
        since.iter().collect::<HashSet<_>>()
    );
}

/// The anchor, then one new object of each kind: each trigger fires once, for it alone.
#[tokio::test(start_paused = true)]
async fn each_trigger_fires_for_its_own_new_object() {
    let fake = fake().await;
    let stripe = creator(&fake);
    let customer = customers(&stripe, 1).await.remove(0);
    let mut states = Vec::new();
    for name in ["order", "charge", "invoice item", "customer"] {
        let state = match name {
            "order" => poll::<OnNewOrder>(&stripe, None).await.map(|p| p.state),
            "charge" => poll::<OnNewCharge>(&stripe, None).await.map(|p| p.state),
            "invoice item" => poll::<OnNewInvoiceItem>(&stripe, None)
                .await
                .map(|p| p.state),
            _ => poll::<OnNewCustomer>(&stripe, None).await.map(|p| p.state),
        };
        states.push(state.expect("an anchor poll"));
    }
    let order = post(
        &fake,
        "/v1/orders",
        &[
            ("currency", "usd"),
            ("items[0][type]", "sku"),
            ("items[0][amount]", "1500"),
        ],
    )
    .await;
    let charge = post(
        &fake,
        "/v1/charges",
        &[
            ("amount", "2000"),
            ("currency", "usd"),
            ("source", "tok_visa"),
        ],
    )
    .await;
    let item = post(
        &fake,
        "/v1/invoiceitems",
        &[
            ("amount", "500"),
            ("currency", "usd"),
            ("customer", &customer),
        ],
    )
    .await;
    let new_customer = customers(&stripe, 1).await.remove(0);
    assert_eq!(
        drain::<OnNewOrder>(&stripe, &mut states[0]).await,
        [order["id"].as_str().expect("an id")]
    );
    assert_eq!(
        drain::<OnNewCharge>(&stripe, &mut states[1]).await,
        [charge["id"].as_str().expect("an id")]
    );
    assert_eq!(
        drain::<OnNewInvoiceItem>(&stripe, &mut states[2]).await,
        [item["id"].as_str().expect("an id")]
    );
    assert_eq!(
        drain::<OnNewCustomer>(&stripe, &mut states[3]).await,
        [new_customer]
    );
}

#[tokio::test(start_paused = true)]
async fn from_the_beginning_finds_the_oldest_object_across_years() {
    let fake = fake().await;
    let stripe = creator(&fake);
    let mut rng = fastrand::Rng::with_seed(7);
    for _ in 0..30 {
        customers(&stripe, rng.usize(1..4)).await;
        fake.advance(rng.i64(1..20_000_000));
    }
    let mut state = PollState::from_beginning();
    let delivered = drain::<OnNewCustomer>(&stripe, &mut state).await;
    assert_exactly_once_oldest_first(&delivered, &all_listed::<OnNewCustomer>(&stripe).await);
}

#[tokio::test(start_paused = true)]
async fn a_burst_of_ten_thousand_in_one_second_between_two_polls_is_delivered_whole() {
    let fake = fake().await;
    let stripe = creator(&fake);
    customers(&stripe, 1).await;
    let mut state = poll::<OnNewCustomer>(&stripe, None)
        .await
        .expect("anchor")
        .state;
    customers(&stripe, 10_000).await;
    let delivered = drain::<OnNewCustomer>(&stripe, &mut state).await;
    let all = all_listed::<OnNewCustomer>(&stripe).await;
    assert_exactly_once_oldest_first(&delivered, &all[1..]);
}

#[tokio::test(start_paused = true)]
async fn from_the_beginning_a_crowded_oldest_second_costs_a_call_per_page_and_progresses_at_once() {
    let fake = fake().await;
    let stripe = creator(&fake);
    customers(&stripe, 3_000).await;
    for _ in 0..10 {
        fake.advance(1);
        customers(&stripe, 50).await;
    }
    let expected = all_listed::<OnNewCustomer>(&stripe).await;
    let before = fake.list_requests();
    let mut state = PollState::from_beginning();
    let first = poll::<OnNewCustomer>(&stripe, Some(&state))
        .await
        .expect("a first page");
    assert_eq!(first.items.len(), 100, "a full page from the first poll");
    assert_eq!(first.state.remembered_ids(), 100, "and progress to save");
    state = first.state;
    let mut delivered: Vec<String> = first.items.iter().map(|c| c.id.clone()).collect();
    delivered.extend(drain::<OnNewCustomer>(&stripe, &mut state).await);
    assert_exactly_once_oldest_first(&delivered, &expected);
    let calls = fake.list_requests() - before;
    let pages = expected.len().div_ceil(100) as u64;
    // The newest object, a galloping search back over the 10 seconds of the backlog and a
    // binary search: about twice log2(10), plus one partial page where the first second ends.
    let search = 1 + 2 * 4 + 1;
    eprintln!(
        "{} objects: {calls} calls for {pages} pages",
        expected.len()
    );
    assert!(
        calls <= pages + search,
        "{calls} calls for {pages} pages: more than {search} beyond one a page"
    );
    assert_eq!(
        state.remembered_ids(),
        50,
        "only the last second's ids are kept"
    );
}
