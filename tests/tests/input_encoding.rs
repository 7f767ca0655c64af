//! Every input arrives exactly as written, or is refused before sending: a seeded property test
//! over every text, list-of-text and hash input of every action (nested objects' fields
//! included), found in `connector::ACTIONS`, never listed here.
//!
//! Each case sets one such input to a generated value (random Unicode; brackets, `&`, `=`,
//! `+`, `%`, `#`, spaces, newlines; `""`; the longest length the spec allows, and one more),
//! fills the other required inputs, and runs the action through `Connection::run_action`
//! against a fresh `fake-stripe`. It then holds one of three outcomes, all of which mean "as
//! written or not at all":
//! - refused before sending: `Error::InvalidInput` naming the input, and the fake received
//!   nothing;
//! - accepted: the object Stripe answers with, read through the client's types, holds the
//!   value at the input's place (`""` clears: the place is empty; a hash key set to `""` is
//!   removed);
//! - for an input the object does not keep under its name (an id in the path, a coupon, a
//!   token, `expand`): Stripe's refusal quotes the value exactly as given (`No such coupon:
//!   'x'`, `This property cannot be expanded (x).`), or the answer has no such field.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use fake_stripe::FakeStripe;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{Map, Value, json};
use stripe_connector::metadata::{ActionInfo, InputInfo, InputShape, Limits};
use stripe_connector::{Connection, Error, RetryPolicy, connector};

/// One step from an action's inputs (or its answer) to a value: a field, or the first item.
#[derive(Clone, Debug)]
enum Step {
    Field(&'static str),
    First,
}

/// A text or hash input somewhere in an action's inputs.
#[derive(Clone, Debug)]
struct Target {
    action: &'static ActionInfo,
    /// From the inputs to the value.
    path: Vec<Step>,
    /// Whether it is a hash of text (else text).
    map: bool,
    /// The limits of the text, or of the hash.
    limits: Limits,
}

/// Every text and hash input of every action, found by walking their shapes.
fn targets() -> Vec<Target> {
    let mut all = Vec::new();
    for action in connector::ACTIONS {
        walk(action, action.inputs, &[], &mut all);
    }
    all
}

fn walk(
    action: &'static ActionInfo,
    inputs: &'static [InputInfo],
    at: &[Step],
    all: &mut Vec<Target>,
) {
    for input in inputs {
        let mut path = at.to_vec();
        path.push(Step::Field(input.name));
        let target = |path: Vec<Step>, map: bool, limits: Limits| Target {
            action,
            path,
            map,
            limits,
        };
        match input.shape {
            InputShape::Text => all.push(target(path, false, input.limits)),
            InputShape::Map(InputShape::Text) => all.push(target(path, true, input.limits)),
            InputShape::List(item) => {
                path.push(Step::First);
                let items = input.limits.items.copied().unwrap_or(Limits::NONE);
                match item {
                    InputShape::Text => all.push(target(path, false, items)),
                    InputShape::Object(fields) => walk(action, fields, &path, all),
                    _ => {}
                }
            }
            InputShape::Object(fields) => walk(action, fields, &path, all),
            _ => {}
        }
    }
}

/// A value of `shape` that passes `limits`, for a required input the case does not vary.
fn filler(shape: &InputShape, limits: &Limits) -> Value {
    match shape {
        InputShape::Text if limits.uri => json!("https://example.com/x"),
        InputShape::Text => json!("x".repeat(limits.min_length.unwrap_or(1).max(1) as usize)),
        InputShape::Choice(values) => json!(values[0]),
        InputShape::Integer | InputShape::Timestamp | InputShape::Number => {
            json!(limits.minimum.unwrap_or(1.0).max(1.0) as i64)
        }
        InputShape::Boolean => json!(true),
        InputShape::List(_) => json!([]),
        InputShape::Map(_) => json!({}),
        InputShape::Object(fields) => Value::Object(required(fields)),
    }
}

/// The required inputs among `inputs`, each with a filler.
fn required(inputs: &[InputInfo]) -> Map<String, Value> {
    inputs
        .iter()
        .filter(|i| i.required)
        .map(|i| (i.name.to_string(), filler(&i.shape, &i.limits)))
        .collect()
}

/// `inputs` with fillers for the required ones and `value` at `path`.
fn place(inputs: &[InputInfo], path: &[Step], value: &Value) -> Value {
    let mut object = required(inputs);
    let Some((Step::Field(name), rest)) = path.split_first() else {
        return Value::Object(object);
    };
    let input = inputs.iter().find(|input| input.name == *name);
    let shape = input.expect("the path follows the inputs").shape;
    let placed = match (shape, rest) {
        (_, []) => value.clone(),
        (InputShape::Object(fields), _) => place(fields, rest, value),
        (InputShape::List(InputShape::Object(fields)), [Step::First, rest @ ..]) => {
            json!([place(fields, rest, value)])
        }
        _ => json!([value]),
    };
    object.insert(name.to_string(), placed);
    Value::Object(object)
}

/// The value at `path` in `answer`, if any.
fn at<'a>(answer: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(answer, |value, step| match step {
        Step::Field(name) => value.get(*name),
        Step::First => value.get(0),
    })
}

/// Text from an alphabet of what forms and shells treat specially, with some letters.
fn awkward(length: impl Into<proptest::sample::SizeRange>) -> impl Strategy<Value = String> {
    let chars: Vec<char> = "[]&=+%#?/\\ \n\r\t\"';:,.é😀\u{0}\u{7f}\u{a0}\u{2028}aZ09-_"
        .chars()
        .collect();
    proptest::collection::vec(proptest::sample::select(chars), length)
        .prop_map(|chars| chars.into_iter().collect())
}

/// Text for a place of at most `max` characters: `""`, random Unicode, awkward text, and the
/// longest allowed (and one more).
fn text(max: Option<u64>) -> BoxedStrategy<String> {
    let mut options = vec![
        Just(String::new()).boxed(),
        proptest::string::string_regex("(?s).{1,12}")
            .expect("a valid regex")
            .boxed(),
        awkward(1..12).boxed(),
    ];
    if let Some(max) = max {
        let max = max as usize;
        options.push(awkward(max).boxed());
        options.push(awkward(max + 1).boxed());
    }
    proptest::strategy::Union::new(options).boxed()
}

/// A value for `target`.
fn value(target: &Target) -> BoxedStrategy<Value> {
    match target.map {
        false => text(target.limits.max_length).prop_map(Value::from).boxed(),
        true => {
            let values = target.limits.values.copied().unwrap_or(Limits::NONE);
            proptest::collection::btree_map(
                text(target.limits.key_max_length),
                text(values.max_length),
                1..4,
            )
            .prop_map(|map: BTreeMap<String, String>| json!(map))
            .boxed()
        }
    }
}

/// A connection to `fake`, without the throttle or retries (one request per call).
fn connect(fake: &FakeStripe) -> Connection {
    Connection::builder("sk_test_inputencoding")
        .base_url(fake.base_url())
        .throttle(None)
        .retry(RetryPolicy::none())
        .build()
        .expect("a loopback base URL and a test key are accepted")
}

/// The action with no path parameter whose path starts the path of `action`: the one that
/// creates what `action` reads or changes (`/v1/customers` for `/v1/customers/{customer}`).
fn creator(action: &ActionInfo) -> Option<&'static ActionInfo> {
    let (collection, _) = action.path.split_once("/{")?;
    connector::ACTIONS
        .iter()
        .find(|a| a.path == collection && a.http_method == "POST")
}

/// A fake and a connection to it, shared by the cases (starting them costs more than a case).
struct Stripe {
    fake: FakeStripe,
    connection: Connection,
}

impl Stripe {
    async fn start() -> Self {
        let fake = fake_stripe::start().await.expect("the fake starts");
        let connection = connect(&fake);
        Self { fake, connection }
    }
}

/// How a case ended, when it ended well.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    /// Refused before anything was sent.
    Refused,
    /// Sent, and read back as given (or quoted as given by Stripe's refusal).
    Arrived,
}

/// Runs one case; `Err` says which outcome it missed. A generated id that an earlier case
/// already created (`resource_already_exists`) runs again against a fresh fake.
async fn case(stripe: &mut Stripe, target: &Target, value: &Value) -> Result<Outcome, String> {
    match run(stripe, target, value).await {
        Err(Collision) => {
            *stripe = Stripe::start().await;
            run(stripe, target, value)
                .await
                .map_err(|_| "the id collides".to_string())?
        }
        Ok(outcome) => outcome,
    }
}

/// A case whose generated id an earlier case took.
struct Collision;

async fn run(
    stripe: &Stripe,
    target: &Target,
    value: &Value,
) -> Result<Result<Outcome, String>, Collision> {
    let Stripe { fake, connection } = stripe;
    let mut inputs = place(target.action.inputs, &target.path, value);
    if let Some(creator) = creator(target.action) {
        let created = connection
            .run_action(
                creator.operation_id,
                Value::Object(required(creator.inputs)),
            )
            .await;
        let created = match created {
            Ok(created) => created,
            Err(e) => return Ok(Err(format!("creating the object failed: {e}"))),
        };
        let varied = match target.path.first() {
            Some(Step::Field(name)) => *name,
            _ => "",
        };
        let in_path = |name: &str| target.action.path.contains(&format!("{{{name}}}"));
        for input in target.action.inputs {
            if in_path(input.name) && input.name != varied {
                inputs[input.name] = created["id"].clone();
            }
        }
    }
    let before = fake.requests();
    let result = connection
        .run_action(target.action.operation_id, inputs.clone())
        .await;
    let sent = fake.requests() - before;
    let shown = format!("{} {inputs}", target.action.operation_id);
    Ok(match result {
        Err(Error::InvalidInput { .. }) if sent == 0 => Ok(Outcome::Refused),
        Err(Error::InvalidInput { field, reason }) => Err(format!(
            "{shown}: refused ({field}: {reason}) after {sent} requests"
        )),
        Ok(answer) => kept(target, value, &answer)
            .map(|()| Outcome::Arrived)
            .map_err(|e| format!("{shown}: {e}")),
        Err(Error::Stripe(e)) if e.code.as_deref() == Some("resource_already_exists") => {
            return Err(Collision);
        }
        Err(Error::Stripe(e)) => {
            let message = e.message.unwrap_or_default();
            let quoted = |text: &str| {
                message.contains(&format!("'{text}'")) || message.contains(&format!("({text})"))
            };
            match value.as_str() {
                Some(text) if !text.is_empty() && quoted(text) => Ok(Outcome::Arrived),
                _ => Err(format!(
                    "{shown}: Stripe refused it: {message} ({:?})",
                    e.param
                )),
            }
        }
        Err(other) => Err(format!("{shown}: {other}")),
    })
}

/// Whether `answer` holds `value` at `target`'s place.
fn kept(target: &Target, value: &Value, answer: &Value) -> Result<(), String> {
    if at(answer, &target.path[..1]).is_none() {
        // The object has no field of that name (a token, a coupon, `expand`): only a refusal
        // quoting the value shows how it arrived.
        return Ok(());
    }
    let stored = at(answer, &target.path);
    let empty = |v: Option<&Value>| matches!(v, None | Some(Value::Null)) || v == Some(&json!(""));
    match value {
        Value::String(text) if text.is_empty() => match empty(stored) {
            true => Ok(()),
            false => Err(format!("\"\" was sent, {stored:?} is stored")),
        },
        Value::String(_) => match stored == Some(value) {
            true => Ok(()),
            false => Err(format!("{value} was sent, {stored:?} is stored")),
        },
        Value::Object(entries) => {
            for (key, value) in entries {
                let stored = stored.and_then(|s| s.get(key));
                let fine = match value.as_str() {
                    Some("") => stored.is_none(),
                    _ => stored == Some(value),
                };
                if !fine {
                    return Err(format!("{key:?}: {value} was sent, {stored:?} is stored"));
                }
            }
            Ok(())
        }
        other => Err(format!("{other} is not a generated value")),
    }
}

#[test]
fn every_input_arrives_as_written_or_is_refused_before_sending() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let targets = targets();
    assert!(
        targets.iter().any(|t| t.map),
        "the spec has hash inputs, so the walk must find them"
    );
    // The actions with inputs besides their path (an action such as a delete may have none).
    let with_inputs: BTreeSet<&str> = targets.iter().map(|t| t.action.operation_id).collect();
    let seed = [23u8; 32];
    let config = Config {
        cases: 2000,
        // Each shrinking step starts a fake: a few dozen find a short case without taking minutes.
        max_shrink_iters: 64,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed));
    // An action first, then one of its inputs: an action with one input (a delete's id) gets
    // as many cases as one with fifty.
    let by_action: Vec<Vec<Target>> = with_inputs
        .iter()
        .map(|action| {
            let of = targets.iter().filter(|t| t.action.operation_id == *action);
            of.cloned().collect()
        })
        .collect();
    let strategy = proptest::sample::select(by_action)
        .prop_flat_map(proptest::sample::select)
        .prop_flat_map(|target| (Just(target.clone()), value(&target)));
    let stripe = RefCell::new(runtime.block_on(Stripe::start()));
    let seen = RefCell::new(BTreeSet::new());
    let result = runner.run(&strategy, |(target, value)| {
        let mut stripe = stripe.borrow_mut();
        let outcome = runtime
            .block_on(case(&mut stripe, &target, &value))
            .map_err(TestCaseError::fail)?;
        seen.borrow_mut()
            .insert((target.action.operation_id, target.map, outcome));
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    // A check that refused everything would pass the cases: each action with inputs must have
    // taken some, and the hashes must have been both taken and refused (a bracket in a key).
    let seen = seen.into_inner();
    assert!(!with_inputs.is_empty(), "no action has inputs");
    for action in &with_inputs {
        let arrived = seen
            .iter()
            .any(|s| s.0 == *action && s.2 == Outcome::Arrived);
        assert!(arrived, "no case of {action} arrived");
    }
    for outcome in [Outcome::Arrived, Outcome::Refused] {
        assert!(
            seen.iter().any(|s| s.1 && s.2 == outcome),
            "no hash case ended {outcome:?}"
        );
    }
}
