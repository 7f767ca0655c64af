//! The search for the oldest second is part of the state: a poll stopped mid-search by
//! `poll_at_most` returns a state from which the next poll resumes it, so a search is never
//! started again from zero, and the calls add up to those of one whole poll. On tokio's paused
//! clock, against the fake Stripe.

mod support;

use std::num::NonZeroU32;

use stripe_connector::triggers::OnNewCustomer;
use stripe_connector::{PollState, poll, poll_at_most};
use support::*;

/// Customers spread over about `years` years, a few at a time.
async fn old_account(fake: &fake_stripe::FakeStripe, years: i64) {
    let stripe = creator(fake);
    let mut rng = fastrand::Rng::with_seed(18);
    for _ in 0..12 {
        customers(&stripe, rng.usize(1..4)).await;
        fake.advance(rng.i64(1..years * 31_536_000 / 12));
    }
}

/// The state as a store would keep it: JSON, read back.
fn stored(state: &PollState) -> PollState {
    let json = serde_json::to_string(state).expect("serializes");
    serde_json::from_str(&json).expect("reads back")
}

#[tokio::test(start_paused = true)]
async fn a_search_cut_into_single_calls_resumes_from_each_saved_state_and_costs_no_more() {
    let fake = fake().await;
    old_account(&fake, 5).await;
    let stripe = poller(&fake);
    let before = fake.list_requests();
    let whole = poll::<OnNewCustomer>(&stripe, Some(&PollState::from_beginning()))
        .await
        .expect("a first page");
    let whole_calls = fake.list_requests() - before;
    assert!(!whole.items.is_empty());
    assert!(whole_calls > 10, "a search over years: {whole_calls} calls");

    let before = fake.list_requests();
    let one = NonZeroU32::new(1).expect("not zero");
    let mut state = PollState::from_beginning();
    let mut polls = 0;
    let first_page = loop {
        let polled = poll_at_most::<OnNewCustomer>(&stripe, Some(&state), one)
            .await
            .expect("a step");
        polls += 1;
        assert_eq!(
            fake.list_requests() - before,
            polls,
            "one call per poll, none repeated"
        );
        state = stored(&polled.state);
        if !polled.items.is_empty() {
            break polled.items;
        }
        assert!(!polled.caught_up, "objects are waiting");
        assert!(state.is_searching(), "the search so far is in the state");
    };
    assert_eq!(
        polls, whole_calls,
        "the cut search costs what the whole one does"
    );
    let ids = |items: &[stripe_connector::types::Customer]| -> Vec<String> {
        items.iter().map(|c| c.id.clone()).collect()
    };
    assert_eq!(
        ids(&first_page),
        ids(&whole.items),
        "and finds the same page"
    );
    assert_eq!(state, whole.state, "and the same state");
    assert!(!state.is_searching());
}

#[tokio::test(start_paused = true)]
async fn a_poll_that_fails_mid_search_leaves_the_saved_search_to_resume() {
    let fake = fake().await;
    old_account(&fake, 5).await;
    let stripe = poller(&fake);
    let three = NonZeroU32::new(3).expect("not zero");
    let started = poll_at_most::<OnNewCustomer>(&stripe, Some(&PollState::from_beginning()), three)
        .await
        .expect("three calls of search");
    assert!(started.items.is_empty() && started.state.is_searching());
    let saved = stored(&started.state);
    fake.set_faults(fake_stripe::Faults::at_rate(1.0));
    let failed = poll::<OnNewCustomer>(&stripe, Some(&saved)).await;
    assert!(failed.is_err(), "every call faults");
    fake.clear_faults();
    let before = fake.list_requests();
    let resumed = poll::<OnNewCustomer>(&stripe, Some(&saved))
        .await
        .expect("the rest of the search and a page");
    let resumed_calls = fake.list_requests() - before;

    let before = fake.list_requests();
    let whole = poll::<OnNewCustomer>(&stripe, Some(&PollState::from_beginning()))
        .await
        .expect("a whole poll");
    let whole_calls = fake.list_requests() - before;
    assert_eq!(
        resumed_calls + 3,
        whole_calls,
        "the resumed poll skipped the three calls already made"
    );
    assert_eq!(resumed.state, whole.state);
}

#[tokio::test(start_paused = true)]
async fn a_state_stored_before_the_search_was_saved_still_reads_and_polls() {
    let fake = fake().await;
    old_account(&fake, 1).await;
    let stripe = poller(&fake);
    let old: PollState = serde_json::from_str(
        r#"{"watermark":0,"delivered_at_watermark":[],"last_delivered":null}"#,
    )
    .expect("a state of the earlier format");
    assert_eq!(old, PollState::from_beginning());
    let polled = poll::<OnNewCustomer>(&stripe, Some(&old))
        .await
        .expect("polls");
    assert!(!polled.items.is_empty());
    let json = serde_json::to_string(&polled.state).expect("serializes");
    assert!(
        !json.contains("search"),
        "no search field once done: {json}"
    );
}

#[tokio::test(start_paused = true)]
async fn with_nothing_to_find_a_poll_is_caught_up_and_keeps_its_search() {
    let fake = fake().await;
    let stripe = poller(&fake);
    let polled = poll::<OnNewCustomer>(&stripe, Some(&PollState::from_beginning()))
        .await
        .expect("polls");
    assert!(polled.caught_up && polled.items.is_empty());
    customers(&creator(&fake), 2).await;
    let before = fake.list_requests();
    let polled = poll::<OnNewCustomer>(&stripe, Some(&polled.state))
        .await
        .expect("polls");
    assert_eq!(polled.items.len(), 2);
    assert!(
        fake.list_requests() - before <= 3,
        "the newest, the second, no more"
    );
}
