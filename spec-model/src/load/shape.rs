//! The structure of the document, checked before `openapiv3` reads it: each object has the
//! fields OpenAPI 3.0 gives it and no others, each field holds the kind of value it should, and
//! each `$ref` stands where a reference may and names one component of the right kind.
//!
//! `openapiv3` is lenient where progenitor is not (an unknown field is dropped, a schema it
//! cannot classify becomes "any"), and its errors stop at the nearest flattened struct; this
//! walk names the exact field. The objects' fields are listed in `objects.rs`, the rules of
//! schemas in `schema.rs`.

use serde_json::{Map, Value};

use super::objects::{Node, check_parameter, component_name};
use super::{refs, schema};
use crate::error::{Location, Problem};
use crate::extensions;

/// What a value in the document must be.
#[derive(Clone, Copy)]
pub(super) enum Expect {
    /// A string.
    Text,
    /// `true` or `false`.
    Flag,
    /// A number.
    Number,
    /// A whole number, zero or more.
    Count,
    /// Anything at all (examples, extensions, what progenitor ignores).
    Anything,
    /// A list of strings.
    Texts,
    /// A list of any values.
    Values,
    /// An object of this kind.
    One(Node),
    /// An object of this kind, or a `$ref` to a component of this kind.
    Ref(Node),
    /// A map of names to objects of this kind.
    MapOf(Node),
    /// A map of names to objects of this kind or `$ref`s to them.
    MapOfRefs(Node),
    /// The components of one kind: names a `$ref` can spell, each an object or a `$ref`.
    Components(Node),
    /// A list of objects of this kind.
    ListOf(Node),
    /// A non-empty list of objects of this kind or `$ref`s to them.
    ListOfRefs(Node),
    /// `true`, `false`, or a schema (`additionalProperties`).
    FlagOrSchema,
}

/// One field of an object: its name, what it holds, and whether it must be there.
pub(super) struct Field {
    pub name: &'static str,
    pub expect: Expect,
    pub required: bool,
}

/// Checks the whole document.
pub(super) fn check(document: &Value) -> Result<(), Problem> {
    check_value(document, &Location::root(), Expect::One(Node::Document))
}

/// Checks that `value`, found at `at`, is what `expect` says.
pub(super) fn check_value(value: &Value, at: &Location, expect: Expect) -> Result<(), Problem> {
    let fits = match expect {
        Expect::Text => value.is_string(),
        Expect::Flag => value.is_boolean(),
        Expect::Number => value.is_number(),
        Expect::Count => value.is_u64(),
        Expect::Anything => true,
        Expect::Texts => return list(value, at, |v, at| check_value(v, at, Expect::Text)),
        Expect::Values => value.is_array(),
        Expect::One(node) => return object(value, at, node),
        Expect::Ref(node) => return object_or_ref(value, at, node),
        Expect::MapOf(node) => return map(value, at, |v, at| object(v, at, node)),
        Expect::MapOfRefs(node) => return map(value, at, |v, at| object_or_ref(v, at, node)),
        Expect::Components(node) => return components(value, at, node),
        Expect::ListOf(node) => return list(value, at, |v, at| object(v, at, node)),
        Expect::ListOfRefs(node) => return list_of_refs(value, at, node),
        Expect::FlagOrSchema if value.is_boolean() => true,
        Expect::FlagOrSchema => return object_or_ref(value, at, Node::Schema),
    };
    match fits {
        true => Ok(()),
        false => Err(wrong_kind(value, at, expected(expect))),
    }
}

/// An object of the kind `node`, with its fields checked.
pub(super) fn object(value: &Value, at: &Location, node: Node) -> Result<(), Problem> {
    let Some(fields) = value.as_object() else {
        return Err(wrong_kind(value, at, "a mapping"));
    };
    match node {
        Node::Schema => schema::check(fields, at),
        Node::Paths => named_entries(fields, at, node, Expect::One(Node::PathItem)),
        Node::Responses => named_entries(fields, at, node, Expect::Ref(Node::Response)),
        Node::Parameter => check_parameter(fields, at),
        _ => check_fields(fields, at, node),
    }
}

/// The fields of an object: the required ones are there, each holds what it should, and there
/// is no other (besides `x-` extensions).
pub(super) fn check_fields(
    fields: &Map<String, Value>,
    at: &Location,
    node: Node,
) -> Result<(), Problem> {
    let known = node.fields();
    if let Some(missing) = known
        .iter()
        .find(|f| f.required && !fields.contains_key(f.name))
    {
        return Err(Problem::new(
            at.key(missing.name),
            format!("missing: {} needs `{}`", node.describe(), missing.name),
        ));
    }
    check_extensions(fields, at, node)?;
    for (key, value) in fields.iter().filter(|(key, _)| !key.starts_with("x-")) {
        let Some(field) = known.iter().find(|f| f.name == key) else {
            return Err(unknown_field(key, at, node, known));
        };
        check_value(value, &at.key(key), field.expect)?;
    }
    Ok(())
}

/// Refuses an `x-` key that the spec may not carry on an object of kind `node`.
pub(super) fn check_extensions(
    fields: &Map<String, Value>,
    at: &Location,
    node: Node,
) -> Result<(), Problem> {
    let Some((key, (message, help))) = fields.keys().find_map(|key| {
        let refusal = key
            .starts_with("x-")
            .then(|| extensions::refusal(key, node.host(), node.describe()));
        refusal.flatten().map(|refusal| (key, refusal))
    }) else {
        return Ok(());
    };
    Err(Problem::new(at.key(key), message).help(help))
}

fn unknown_field(key: &str, at: &Location, node: Node, known: &[Field]) -> Problem {
    if key == "$ref" {
        return Problem::new(
            at.key(key),
            format!("{} cannot be a `$ref`", node.describe()),
        )
        .help("write it out in place");
    }
    let names: Vec<&str> = known.iter().map(|f| f.name).collect();
    Problem::new(
        at.key(key),
        format!("unknown field `{key}` in {}", node.describe()),
    )
    .help(format!(
        "its fields are {}; extensions start with `x-`",
        names.join(", ")
    ))
}

/// A map whose keys are names the node checks (paths, status codes), each holding `expect`.
fn named_entries(
    fields: &Map<String, Value>,
    at: &Location,
    node: Node,
    expect: Expect,
) -> Result<(), Problem> {
    check_extensions(fields, at, node)?;
    for (key, value) in fields.iter().filter(|(key, _)| !key.starts_with("x-")) {
        node.check_key(key, &at.key(key))?;
        check_value(value, &at.key(key), expect)?;
    }
    Ok(())
}

/// An object of the kind `node`, or a `$ref` alone that names a component of that kind.
fn object_or_ref(value: &Value, at: &Location, node: Node) -> Result<(), Problem> {
    let Some(target) = value.as_object().and_then(|fields| fields.get("$ref")) else {
        return object(value, at, node);
    };
    let fields = value.as_object().into_iter().flatten();
    // An `x-` mark beside a `$ref` (`x-clearable`, `x-original`) is lost the same way.
    if let Some((beside, _)) = fields.into_iter().find(|(k, _)| *k != "$ref") {
        return Err(Problem::new(
            at.key(beside),
            format!("`{beside}` beside a `$ref` is ignored: the reference replaces the whole object"),
        )
        .help("to describe a reference to a schema, mark it or make it nullable, wrap it in a one-member `allOf`: `allOf: [{$ref: ...}]`"));
    }
    refs::check_kind(target, &at.key("$ref"), node)
}

fn map(
    value: &Value,
    at: &Location,
    check: impl Fn(&Value, &Location) -> Result<(), Problem>,
) -> Result<(), Problem> {
    let Some(entries) = value.as_object() else {
        return Err(wrong_kind(value, at, "a mapping"));
    };
    entries
        .iter()
        .try_for_each(|(key, value)| check(value, &at.key(key)))
}

/// The components of one kind, under names a `$ref` can spell.
fn components(value: &Value, at: &Location, node: Node) -> Result<(), Problem> {
    let Some(entries) = value.as_object() else {
        return Err(wrong_kind(value, at, "a mapping"));
    };
    entries.iter().try_for_each(|(name, value)| {
        component_name(name, &at.key(name))?;
        object_or_ref(value, &at.key(name), node)
    })
}

fn list(
    value: &Value,
    at: &Location,
    check: impl Fn(&Value, &Location) -> Result<(), Problem>,
) -> Result<(), Problem> {
    let Some(items) = value.as_array() else {
        return Err(wrong_kind(value, at, "a list"));
    };
    items
        .iter()
        .enumerate()
        .try_for_each(|(i, item)| check(item, &at.index(i)))
}

fn list_of_refs(value: &Value, at: &Location, node: Node) -> Result<(), Problem> {
    if value.as_array().is_some_and(Vec::is_empty) && node == Node::Schema {
        return Err(Problem::new(at.clone(), "an empty list composes nothing")
            .help("list at least one schema, or remove the keyword"));
    }
    list(value, at, |v, at| object_or_ref(v, at, node))
}

fn expected(expect: Expect) -> &'static str {
    match expect {
        Expect::Text => "a string",
        Expect::Flag => "true or false",
        Expect::Number => "a number",
        Expect::Count => "a whole number, 0 or more",
        Expect::Values => "a list",
        _ => "a mapping",
    }
}

/// `expected a string, found a mapping`.
pub(super) fn wrong_kind(value: &Value, at: &Location, expected: &str) -> Problem {
    Problem::new(
        at.clone(),
        format!("expected {expected}, found {}", describe(value)),
    )
}

/// What a value is, in a reader's words.
pub(super) fn describe(value: &Value) -> String {
    match value {
        Value::Null => "nothing (null)".to_string(),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the string '{s}'"),
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "a mapping".to_string(),
    }
}
