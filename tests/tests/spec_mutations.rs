//! Random damage to the real spec: every mutant is either refused by codegen's validator at a
//! place below the document root, or turned into a client that parses as Rust. Nothing panics,
//! and a damage that would change the spec's meaning without a word (a key written twice, of
//! which YAML keeps the second; a misspelt `x-` extension, which would be skipped) is never
//! accepted.
//!
//! The mutants are seeded, so a failure repeats: the message names the case and the mutation.
//! `cargo test -p tests --test spec_mutations -- --nocapture` prints how many were accepted and
//! why the others were refused; `SPEC_MUTANTS=1000` makes more of them.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};

use codegen::{ErrorKind, SPEC_PATH};
use serde_json::Value;
use tests::spec_text;

/// The seed of the mutations; change it to explore, keep it fixed in the repository.
const SEED: u64 = 0x2019_1008;
/// How many mutants the test makes, unless `SPEC_MUTANTS` says another number.
const MUTANTS: usize = 400;

/// One step from a node to a child: a map key or a list index.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

type Path = Vec<Step>;

/// A damaged copy of the spec and what was done to it.
struct Mutant {
    what: String,
    text: String,
    /// Whether accepting it would give the spec another meaning than written.
    must_refuse: bool,
}

#[test]
fn damaged_specs_are_refused_where_the_damage_is_or_generate_rust() {
    let text = spec_text();
    let document: Value = serde_norway::from_str(&text).expect("the spec is YAML");
    let mut rng = fastrand::Rng::with_seed(SEED);
    let count = std::env::var("SPEC_MUTANTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(MUTANTS);
    let mutants: Vec<Mutant> = (0..count)
        .map(|_| mutate(&mut rng, &text, &document))
        .collect();
    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for (case, (mutant, verdict)) in mutants.iter().zip(judge_all(&mutants)).enumerate() {
        match verdict {
            Ok(outcome) if outcome == "accepted" && mutant.must_refuse => failures.push(format!(
                "case {case}, {}: accepted, with another meaning than written",
                mutant.what
            )),
            Ok(outcome) => *outcomes.entry(outcome).or_default() += 1,
            Err(failure) => failures.push(format!("case {case}, {}: {failure}", mutant.what)),
        }
    }
    let accepted = outcomes.get("accepted").copied().unwrap_or(0);
    println!(
        "{count} mutants of {SPEC_PATH}: {accepted} accepted, {} refused, {} failed",
        count - accepted - failures.len(),
        failures.len()
    );
    for (outcome, count) in &outcomes {
        println!("{count:>5}  {outcome}");
    }
    assert!(
        failures.is_empty(),
        "{} of {count} mutants failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The verdict on each mutant, in order, judged on two threads.
fn judge_all(mutants: &[Mutant]) -> Vec<Result<String, String>> {
    let half = mutants.len().div_ceil(2);
    std::thread::scope(|scope| {
        let workers: Vec<_> = mutants
            .chunks(half)
            .map(|chunk| scope.spawn(|| chunk.iter().map(|m| judge(&m.text)).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().expect("judge catches panics"))
            .collect()
    })
}

/// What became of one mutant (`accepted`, or `refused (<kind>): <problem>`), or why that is
/// wrong: a panic, code that does not parse, a refusal by progenitor rather than by codegen's
/// checks, or one located at the document root (or, for YAML, without a line and column).
fn judge(text: &str) -> Result<String, String> {
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        codegen::generate_from_text(SPEC_PATH, text)
    }))
    .map_err(|panic| format!("panicked: {}", panic_message(&*panic)))?;
    let error = match result {
        Ok(generated) => {
            return syn::parse_file(&generated.code)
                .map(|_| "accepted".to_string())
                .map_err(|e| format!("generated code that does not parse: {e}"));
        }
        Err(error) => error,
    };
    let location = error.location.to_string();
    let well_located = match error.kind {
        ErrorKind::Syntax => location.starts_with("line "),
        ErrorKind::Spec => location != "(document)",
        ErrorKind::Generator => false,
    };
    if !well_located {
        return Err(format!(
            "refused by {:?} at {location}: {error}",
            error.kind
        ));
    }
    Ok(format!(
        "refused ({:?}): {}",
        error.kind,
        problem(&error.message)
    ))
}

/// The kind of problem a message names, with what it quotes left out: `unknown $ref …`.
fn problem(message: &str) -> String {
    let mut out = String::new();
    let mut quote = None;
    let mut previous = ' ';
    for (i, c) in message.char_indices() {
        match quote {
            Some('`') if c == '`' => quote = None,
            Some('\'') if c == '\'' && !message[i + 1..].starts_with(char::is_alphanumeric) => {
                quote = None
            }
            Some(_) => {}
            None if c == '`' || (c == '\'' && !previous.is_alphanumeric()) => {
                quote = Some(c);
                out.push('…');
            }
            None if matches!(c, ':' | ';' | ',') => break,
            None => out.push(c),
        }
        previous = c;
    }
    out.trim().to_string()
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

/// One random mutation of the spec.
fn mutate(rng: &mut fastrand::Rng, text: &str, document: &Value) -> Mutant {
    let mut document = document.clone();
    let what = match rng.u32(0..100) {
        0..6 => return truncate(rng, text),
        6..8 => return write_twice(rng, text),
        8..10 => return misspell_extension(rng, &mut document),
        10..24 => delete_key(rng, &mut document),
        24..40 => retype(rng, &mut document),
        40..52 => misspell_type(rng, &mut document),
        52..62 => break_ref(rng, &mut document),
        62..66 => duplicate_operation_id(rng, &mut document),
        66..72 => misspell_key(rng, &mut document),
        72..76 => retype_enum_value(rng, &mut document),
        76..80 => require_unknown(rng, &mut document),
        80..84 => add_colliding_property(rng, &mut document),
        84..86 => change_version(rng, &mut document),
        _ => copy_elsewhere(rng, &mut document),
    };
    Mutant {
        what,
        text: yaml(&document),
        must_refuse: false,
    }
}

fn yaml(document: &Value) -> String {
    serde_norway::to_string(document).expect("a JSON value is YAML")
}

/// The text cut at a random byte.
fn truncate(rng: &mut fastrand::Rng, text: &str) -> Mutant {
    let mut end = rng.usize(0..text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    Mutant {
        what: format!("truncated at byte {end}"),
        text: text[..end].to_string(),
        must_refuse: false,
    }
}

/// A key of a mapping written again, with its value, just after itself.
fn write_twice(rng: &mut fastrand::Rng, text: &str) -> Mutant {
    let lines: Vec<&str> = text.lines().collect();
    let indent = |line: &str| line.len() - line.trim_start().len();
    let mut keys = Vec::new();
    // The indentation of the key whose block scalar (`>-`, `|`) the lines are in.
    let mut block: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        if block.is_some_and(|b| line.trim().is_empty() || indent(line) > b) {
            continue;
        }
        block = None;
        let body = line.trim_start();
        let Some((key, value)) = body.split_once(':') else {
            continue;
        };
        if body.starts_with(['#', '-']) || key.contains(' ') {
            continue;
        }
        keys.push(i);
        if matches!(value.trim(), ">" | ">-" | "|" | "|-") {
            block = Some(indent(line));
        }
    }
    let start = keys[rng.usize(0..keys.len())];
    let indent = |line: &str| line.len() - line.trim_start().len();
    let end = (start + 1..lines.len())
        .find(|&i| !lines[i].trim().is_empty() && indent(lines[i]) <= indent(lines[start]))
        .unwrap_or(lines.len());
    let mut out: Vec<&str> = lines[..end].to_vec();
    out.extend_from_slice(&lines[start..end]);
    out.extend_from_slice(&lines[end..]);
    Mutant {
        what: format!("line {} written twice: {}", start + 1, lines[start].trim()),
        text: out.join("\n") + "\n",
        must_refuse: true,
    }
}

/// An `x-` extension renamed with a typo.
fn misspell_extension(rng: &mut fastrand::Rng, document: &mut Value) -> Mutant {
    let path = pick(
        rng,
        document,
        |path, _| matches!(path.last(), Some(Step::Key(k)) if k.starts_with("x-")),
    );
    let (parent, last) = path.split_at(path.len() - 1);
    let Step::Key(key) = &last[0] else {
        unreachable!("picked a key")
    };
    let new = match rng.u32(0..3) {
        0 => format!("{key}s"),
        1 => key[..key.len() - 1].to_string(),
        _ => key.replacen('-', "_", 1),
    };
    if let Some(Value::Object(map)) = node_mut(document, parent) {
        *map = std::mem::take(map)
            .into_iter()
            .map(|(k, v)| if &k == key { (new.clone(), v) } else { (k, v) })
            .collect();
    }
    Mutant {
        what: format!("{} renamed `{new}`", show(&path)),
        text: yaml(document),
        must_refuse: true,
    }
}

fn delete_key(rng: &mut fastrand::Rng, document: &mut Value) -> String {
    let path = pick(rng, document, |path, _| {
        matches!(path.last(), Some(Step::Key(_)))
    });
    let (parent, last) = path.split_at(path.len() - 1);
    if let (Some(Value::Object(map)), Step::Key(key)) = (node_mut(document, parent), &last[0]) {
        map.shift_remove(key);
    }
    format!("deleted {}", show(&path))
}

fn retype(rng: &mut fastrand::Rng, document: &mut Value) -> String {
    let path = pick(rng, document, |path, _| !path.is_empty());
    let replacement = match rng.u32(0..6) {
        0 => Value::from("oops"),
        1 => Value::from(42),
        2 => serde_json::json!({"oops": 1}),
        3 => serde_json::json!(["oops"]),
        4 => Value::from(true),
        _ => Value::Null,
    };
    let what = format!("{} replaced by {replacement}", show(&path));
    *node_mut(document, &path).expect("picked from the document") = replacement;
    what
}

fn misspell_type(rng: &mut fastrand::Rng, document: &mut Value) -> String {
    let path = pick(rng, document, |path, value| {
        matches!(path.last(), Some(Step::Key(k)) if k == "type") && value.is_string()
    });
    let node = node_mut(document, &path).expect("picked from the document");
    let old = node.as_str().unwrap_or_default().to_string();
    let new = match rng.u32(0..4) {
        0 => old[..old.len() - 1].to_string(),
        1 => format!("{old}s"),
        2 => old.to_uppercase(),
        _ => ["string", "integer", "number", "boolean", "array", "object"][rng.usize(0..6)]
            .to_string(),
    };
    *node = Value::from(new.clone());
    format!("{}: `{old}` became `{new}`", show(&path))
}

fn break_ref(rng: &mut fastrand::Rng, document: &mut Value) -> String {
    let path = pick(
        rng,
        document,
        |path, _| matches!(path.last(), Some(Step::Key(k)) if k == "$ref"),
    );
    let targets = [
        "#/components/schemas",
        "#/components",
        "#/components/schemas/Nothing",
        "#/components/schemas/Customer",
        "#/components/schemas/Customer/properties/id",
        "#/components/responses/Error",
        "#/components/parameters/Limit",
        "#/paths",
        "#/",
        "#",
        "other.yaml#/components/schemas/Customer",
    ];
    let target = targets[rng.usize(0..targets.len())];
    *node_mut(document, &path).expect("picked from the document") = Value::from(target);
    format!("{} became `{target}`", show(&path))
}

/// One operationId becomes another's, or its snake case (the same method name).
fn duplicate_operation_id(rng: &mut fastrand::Rng, document: &mut Value) -> String {
    let is_id =
        |path: &[Step], _: &Value| matches!(path.last(), Some(Step::Key(k)) if k == "operationId");
    let from = pick(rng, document, is_id);
    let to = pick(rng, document, is_id);
    let id = node_mut(document, &from).cloned().unwrap_or_default();
    let id = match rng.bool() {
        true => id,
        false => Value::from(snake_case(id.as_str().unwrap_or_default())),
    };
    *node_mut(document, &to).expect("picked from the document") = id.clone();
    format!("{} became {id}", show(&to))
}

fn snake_case(id: &str) -> String {
    let mut out = String::new();
    for (i, c) in id.char_indices() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

fn retype_enum_value(rng: &mut fastrand::Rng, document: &mut Value) -> String {
    let path = pick(
        rng,
        document,
        |path, _| matches!(path.iter().rev().nth(1), Some(Step::Key(k)) if k == "enum"),
    );
    *node_mut(document, &path).expect("picked from the document") = Value::from(7);
    format!("{} became 7", show(&path))
}

fn require_unknown(rng: &mut fastrand::Rng, document: &mut Value) -> String {
    let path = pick(rng, document, |path, value| {
        matches!(path.last(), Some(Step::Key(k)) if k == "required") && value.is_array()
    });
    if let Some(Value::Array(names)) = node_mut(document, &path) {
        names.push(Value::from("nonexistent"));
    }
    format!("{} lists `nonexistent`", show(&path))
}

/// A property whose field name is a sibling's: `AMOUNT` beside `amount`.
fn add_colliding_property(rng: &mut fastrand::Rng, document: &mut Value) -> String {
    let path = pick(rng, document, |path, value| {
        matches!(path.last(), Some(Step::Key(k)) if k == "properties")
            && value.as_object().is_some_and(|p| !p.is_empty())
    });
    let Some(Value::Object(properties)) = node_mut(document, &path) else {
        unreachable!("picked a map of properties")
    };
    let (name, schema) = properties.iter().next().expect("not empty");
    let twin = name.to_uppercase();
    let schema = schema.clone();
    properties.insert(twin.clone(), schema);
    format!("{} gained `{twin}`", show(&path))
}

fn change_version(rng: &mut fastrand::Rng, document: &mut Value) -> String {
    let versions = ["3.1.0", "2.0", "3.0", "3", "4.0.0"];
    let version = versions[rng.usize(0..versions.len())];
    document["openapi"] = Value::from(version);
    format!("openapi became {version}")
}

fn misspell_key(rng: &mut fastrand::Rng, document: &mut Value) -> String {
    let path = pick(rng, document, |path, _| {
        matches!(path.last(), Some(Step::Key(_)))
    });
    let (parent, last) = path.split_at(path.len() - 1);
    let Step::Key(key) = &last[0] else {
        unreachable!("picked a key")
    };
    let new = format!("{key}x");
    if let Some(Value::Object(map)) = node_mut(document, parent) {
        *map = std::mem::take(map)
            .into_iter()
            .map(|(k, v)| if &k == key { (new.clone(), v) } else { (k, v) })
            .collect();
    }
    format!("{} renamed `{new}`", show(&path))
}

fn copy_elsewhere(rng: &mut fastrand::Rng, document: &mut Value) -> String {
    let from = pick(rng, document, |path, _| !path.is_empty());
    let to = pick(rng, document, |path, _| !path.is_empty());
    let value = node_mut(document, &from).cloned().unwrap_or_default();
    *node_mut(document, &to).expect("picked from the document") = value;
    format!("{} replaced by a copy of {}", show(&to), show(&from))
}

/// A random node of the document that `wanted` accepts.
fn pick(
    rng: &mut fastrand::Rng,
    document: &Value,
    wanted: impl Fn(&[Step], &Value) -> bool,
) -> Path {
    let mut all = Vec::new();
    collect(document, &mut Vec::new(), &mut all, &wanted);
    all.swap_remove(rng.usize(0..all.len()))
}

fn collect(
    node: &Value,
    path: &mut Path,
    all: &mut Vec<Path>,
    wanted: &dyn Fn(&[Step], &Value) -> bool,
) {
    if wanted(path, node) {
        all.push(path.clone());
    }
    let children: Vec<(Step, &Value)> = match node {
        Value::Object(map) => map.iter().map(|(k, v)| (Step::Key(k.clone()), v)).collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (Step::Index(i), v))
            .collect(),
        _ => Vec::new(),
    };
    for (step, child) in children {
        path.push(step);
        collect(child, path, all, wanted);
        path.pop();
    }
}

fn node_mut<'a>(node: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(node, |node, step| match step {
        Step::Key(key) => node.get_mut(key.as_str()),
        Step::Index(i) => node.get_mut(*i),
    })
}

fn show(path: &[Step]) -> String {
    path.iter()
        .map(|step| match step {
            Step::Key(key) => key.clone(),
            Step::Index(i) => format!("[{i}]"),
        })
        .collect::<Vec<_>>()
        .join(".")
}
