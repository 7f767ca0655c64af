//! The shell path of "every input arrives exactly as written, or is refused before sending":
//! seeded cases over every text, list-of-text and hash flag of every action (and the id each
//! takes in its place), found in `connector::ACTIONS`, run as a user would run the command
//! against a fake Stripe.
//!
//! A case sets one flag to a generated value (`--caption=…`, `--image=…`, `--metadata=k=v`,
//! so that a value starting with `-` is a value) and ends one of two ways: the command fails
//! with the input exit code and the fake received nothing, or it prints the object with the
//! value at the flag's field (`""` clears it; a hash key set to `""` is removed), or, for an
//! input the object does not keep (an id, a token, `expand`), Stripe's refusal quotes it. An
//! argument cannot hold a NUL byte, and `KEY=VALUE` splits at the first `=`, so the keys and
//! values here hold neither where the shell cannot carry them.

mod common;

use std::process::Output;

use common::{EXIT_INPUT, Fake};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use serde_json::{Map, Value, json};
use stripe_connector::connector;
use stripe_connector::metadata::{ActionInfo, InputInfo, InputShape, Limits};

/// One flag (or the id in its place) of an action that takes text.
#[derive(Clone, Debug)]
struct Target {
    action: &'static ActionInfo,
    input: &'static InputInfo,
    /// The limits of the text (of an item, of a hash's values).
    limits: Limits,
}

fn in_path(action: &ActionInfo, name: &str) -> bool {
    action.path.contains(&format!("{{{name}}}"))
}

/// Every text, list-of-text and hash input of every action that the shell sets.
fn targets() -> Vec<Target> {
    let mut all = Vec::new();
    for action in connector::ACTIONS {
        for input in action.inputs {
            let limits = match input.shape {
                InputShape::Text => Some(input.limits),
                InputShape::List(InputShape::Text) => input.limits.items.copied(),
                InputShape::Map(InputShape::Text) => input.limits.values.copied(),
                _ => continue,
            }
            .unwrap_or(Limits::NONE);
            if input.flag.is_some() || in_path(action, input.name) {
                all.push(Target {
                    action,
                    input,
                    limits,
                });
            }
        }
    }
    all
}

/// Text of the awkward characters of forms and shells, without NUL (no argument holds one).
fn awkward(length: impl Into<proptest::sample::SizeRange>, equals: bool) -> BoxedStrategy<String> {
    let mut chars: Vec<char> = "[]&+%#?/\\ \n\t\"'$`*~!;é😀\u{7f}aZ09-_".chars().collect();
    if equals {
        chars.push('=');
    }
    proptest::collection::vec(proptest::sample::select(chars), length)
        .prop_map(|chars| chars.into_iter().collect())
        .boxed()
}

/// Text of at most `max` characters: `""`, random Unicode, awkward text, the longest allowed
/// and one more.
fn text(max: Option<u64>, equals: bool) -> BoxedStrategy<String> {
    let mut options = vec![
        Just(String::new()).boxed(),
        proptest::string::string_regex("(?s)[^\\x00]{1,10}")
            .expect("a valid regex")
            .prop_filter(
                "an argument may hold `=` only where the shell path carries it",
                move |t| equals || !t.contains('='),
            )
            .boxed(),
        awkward(1..10, equals),
    ];
    if let Some(max) = max {
        options.push(awkward(max as usize, equals));
        options.push(awkward(max as usize + 1, equals));
    }
    proptest::strategy::Union::new(options).boxed()
}

/// A value for `target`: text, or one `key`, `value` pair of a hash.
fn value(target: &Target) -> BoxedStrategy<Value> {
    match target.input.shape {
        InputShape::Map(_) => {
            let key = text(target.input.limits.key_max_length, false)
                .prop_filter("the shell cannot give an empty key", |k| !k.is_empty());
            (key, text(target.limits.max_length, true))
                .prop_map(|(k, v)| json!({ k: v }))
                .boxed()
        }
        _ => text(target.limits.max_length, true)
            .prop_map(Value::from)
            .boxed(),
    }
}

/// A flag value that passes `limits`, for a required flag the case does not vary.
fn filler(input: &InputInfo) -> Option<String> {
    match input.shape {
        InputShape::Text if input.limits.uri => Some("https://example.com/x".into()),
        InputShape::Text => Some("x".repeat(input.limits.min_length.unwrap_or(1).max(1) as usize)),
        InputShape::Choice(values) => Some(values[0].to_string()),
        _ => None,
    }
}

/// The arguments of `target`'s action with `value`, then `--` and the ids in the path
/// (`id` for the object this case created, unless the case varies it).
fn arguments(target: &Target, value: &Value, id: &str) -> Vec<String> {
    let action = target.action;
    let mut args: Vec<String> = action.command.iter().map(|w| w.to_string()).collect();
    for input in action
        .inputs
        .iter()
        .filter(|i| i.required && i.name != target.input.name)
    {
        if let (Some(flag), Some(filler)) = (input.flag, filler(input)) {
            args.push(format!("--{flag}={filler}"));
        }
    }
    if let Some(flag) = target.input.flag {
        match value {
            Value::Object(entries) => {
                for (key, value) in entries {
                    args.push(format!(
                        "--{flag}={key}={}",
                        value.as_str().unwrap_or_default()
                    ));
                }
            }
            value => args.push(format!("--{flag}={}", value.as_str().unwrap_or_default())),
        }
    }
    args.push("--".into());
    for input in action.inputs.iter().filter(|i| in_path(action, i.name)) {
        match input.name == target.input.name {
            true => args.push(value.as_str().unwrap_or_default().to_string()),
            false => args.push(id.to_string()),
        }
    }
    args
}

/// The action with no path parameter whose path starts the path of `action`.
fn creator(action: &ActionInfo) -> Option<&'static ActionInfo> {
    let (collection, _) = action.path.split_once("/{")?;
    connector::ACTIONS
        .iter()
        .find(|a| a.path == collection && a.http_method == "POST")
}

/// Required inputs of `action` with fillers, as `run_action` takes them.
fn required(action: &ActionInfo) -> Value {
    let inputs: Map<String, Value> = action
        .inputs
        .iter()
        .filter(|i| i.required)
        .filter_map(|i| Some((i.name.to_string(), json!(filler(i)?))))
        .collect();
    Value::Object(inputs)
}

/// How a case ended, when it ended well.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    /// Refused before anything was sent.
    Refused,
    /// Sent, and printed back as given (or quoted as given by Stripe's refusal).
    Arrived,
}

/// Runs one case; `Err` says which outcome it missed.
fn case(fake: &Fake, target: &Target, value: &Value) -> Result<Outcome, String> {
    let id = match creator(target.action) {
        Some(creator) => {
            let created = fake
                .runtime
                .block_on(
                    fake.connection()
                        .run_action(creator.operation_id, required(creator)),
                )
                .map_err(|e| format!("creating the object failed: {e}"))?;
            created["id"].as_str().unwrap_or_default().to_string()
        }
        None => String::new(),
    };
    let args = arguments(target, value, &id);
    let before = fake.fake.requests();
    let output = fake.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let sent = fake.fake.requests() - before;
    let shown = format!("{args:?}");
    match output.status.code() {
        Some(EXIT_INPUT) if sent == 0 => Ok(Outcome::Refused),
        Some(0) => kept(target, value, &output)
            .map(|()| Outcome::Arrived)
            .map_err(|e| format!("{shown}: {e}")),
        _ => {
            let error = common::stderr(&output);
            let quoted = |text: &str| {
                error.contains(&format!("'{text}'")) || error.contains(&format!("({text})"))
            };
            match value.as_str() {
                Some(text) if !text.is_empty() && sent > 0 && quoted(text) => Ok(Outcome::Arrived),
                _ => Err(format!(
                    "{shown}: exit {:?} after {sent} requests: {error}",
                    output.status.code()
                )),
            }
        }
    }
}

/// Whether the object printed holds `value` at the field of `target`.
fn kept(target: &Target, value: &Value, output: &Output) -> Result<(), String> {
    let answer: Value = serde_json::from_str(&common::stdout(output)).map_err(|e| e.to_string())?;
    let Some(stored) = answer.get(target.input.name) else {
        return Ok(()); // the object keeps no such field (a token, `expand`)
    };
    let stored = match target.input.shape {
        InputShape::List(_) => stored.get(0).unwrap_or(&Value::Null),
        _ => stored,
    };
    let fine = match value {
        Value::String(text) if text.is_empty() => stored.is_null() || stored == "",
        Value::Object(entries) => entries.iter().all(|(key, value)| match value.as_str() {
            Some("") => stored.get(key).is_none(),
            _ => stored.get(key) == Some(value),
        }),
        value => stored == value,
    };
    match fine {
        true => Ok(()),
        false => Err(format!("{value} was given, {stored} is stored")),
    }
}

#[test]
fn every_flag_arrives_as_written_or_is_refused_before_sending() {
    let fake = Fake::start();
    let config = Config {
        cases: 200,
        max_shrink_iters: 32,
        failure_persistence: None,
        ..Config::default()
    };
    let seed = [23u8; 32];
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed));
    let strategy = proptest::sample::select(targets())
        .prop_flat_map(|target| (Just(target.clone()), value(&target)));
    let fake = std::cell::RefCell::new(fake);
    let seen = std::cell::RefCell::new(std::collections::BTreeSet::new());
    let result = runner.run(&strategy, |(target, value)| {
        let mut fake = fake.borrow_mut();
        let outcome = case(&fake, &target, &value);
        // A generated product id an earlier case took: again, against a fresh fake.
        let outcome = match outcome {
            Err(e) if e.contains("already exists") => {
                *fake = Fake::start();
                case(&fake, &target, &value)
            }
            outcome => outcome,
        };
        let outcome = outcome.map_err(TestCaseError::fail)?;
        let map = matches!(target.input.shape, InputShape::Map(_));
        seen.borrow_mut()
            .insert((target.action.operation_id, map, outcome));
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    // A command that refused everything would pass the cases: each action must have taken
    // some, and the hashes must have been both taken and refused.
    let seen = seen.into_inner();
    for action in connector::ACTIONS {
        let arrived = seen
            .iter()
            .any(|s| s.0 == action.operation_id && s.2 == Outcome::Arrived);
        assert!(arrived, "no case of {} arrived", action.operation_id);
    }
    for outcome in [Outcome::Arrived, Outcome::Refused] {
        let seen = seen.iter().any(|s| s.1 && s.2 == outcome);
        assert!(seen, "no hash case ended {outcome:?}");
    }
}
