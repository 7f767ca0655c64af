//! The generated registry of triggers (`connector::REGISTRY`): every trigger of the spec is found
//! by its name and its command word, and polls its own list into JSON objects, so a program that
//! serves the triggers alike (the fleet) needs no list of its own. The triggers come from the
//! spec; the objects from the fake's account history, which creates every kind it serves.

mod support;

use std::collections::BTreeSet;

use fake_stripe::History;
use stripe_connector::connector::{REGISTRY, TRIGGERS};
use stripe_connector::{AnyTrigger, PollState};
use support::*;

#[test]
fn every_trigger_is_found_by_its_name_and_its_command_word() {
    assert_eq!(REGISTRY.len(), TRIGGERS.len());
    for (trigger, info) in REGISTRY.iter().zip(TRIGGERS) {
        assert_eq!(&trigger.info, info);
        assert_eq!(AnyTrigger::find(info.name), Ok(trigger));
        assert_eq!(AnyTrigger::find(info.command), Ok(trigger));
    }
    let unknown = AnyTrigger::find("pony").expect_err("no such trigger");
    for info in TRIGGERS {
        assert!(unknown.to_string().contains(info.command), "{unknown}");
    }
}

#[test]
fn command_words_and_names_are_unique() {
    let words: BTreeSet<&str> = TRIGGERS.iter().map(|t| t.command).collect();
    let names: BTreeSet<&str> = TRIGGERS.iter().map(|t| t.name).collect();
    assert_eq!(words.len(), TRIGGERS.len());
    assert_eq!(names.len(), TRIGGERS.len());
}

#[tokio::test(start_paused = true)]
async fn each_trigger_polls_its_own_list_into_json() {
    let fake = fake().await;
    let history = History {
        years: 1,
        objects: 3,
        in_one_second: 2,
        seed: 7,
    };
    let seeded = fake.seed_history(KEY, &history).await.expect("seeded");
    let stripe = poller(&fake);
    for trigger in REGISTRY {
        let expected: Vec<&str> = seeded
            .iter()
            .filter(|object| object.list == trigger.info.path)
            .map(|object| object.id.as_str())
            .collect();
        assert!(
            !expected.is_empty(),
            "the fake serves {}",
            trigger.info.path
        );
        let mut state = PollState::from_beginning();
        let mut delivered = Vec::new();
        loop {
            let polled = trigger
                .poll(
                    &stripe,
                    Some(&state),
                    u32::MAX.try_into().expect("not zero"),
                )
                .await
                .expect("a poll");
            for object in &polled.items {
                assert_eq!(object.json["id"], object.id.as_str());
                delivered.push(object.id.clone());
            }
            state = polled.state;
            if polled.caught_up {
                break;
            }
        }
        let delivered: BTreeSet<&str> = delivered.iter().map(String::as_str).collect();
        let expected: BTreeSet<&str> = expected.into_iter().collect();
        assert_eq!(delivered, expected, "{}", trigger.info.name);
    }
}
