//! The rules of a schema: a `type` progenitor knows (or a composition of schemas), only the
//! keywords of that type, enum values and defaults of that type, `required` names that are
//! properties, arrays that say what they hold.
//!
//! `openapiv3` turns a schema that breaks them into an "any" schema, on which progenitor panics
//! (`type: strin`) or generates `serde_json::Value` without a word (a deleted `type`).

use serde_json::{Map, Value};

use super::objects::Node;
use super::shape::{Expect, check_value, wrong_kind};
use super::{names, shape, values};
use crate::error::{Location, Problem};

/// The types of OpenAPI 3.0, as the `type` keyword spells them.
const TYPES: [&str; 6] = ["array", "boolean", "integer", "number", "object", "string"];

/// The keywords that compose schemas instead of giving a type.
const COMPOSITIONS: [&str; 4] = ["allOf", "oneOf", "anyOf", "not"];

/// What a schema is: one of [`TYPES`], or a composition of schemas.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Typed(&'static str),
    Composed,
}

/// A keyword, what it holds, and the types it applies to (`None`: every schema).
struct Keyword {
    name: &'static str,
    expect: Expect,
    types: Option<&'static [&'static str]>,
}

const fn any(name: &'static str, expect: Expect) -> Keyword {
    Keyword {
        name,
        expect,
        types: None,
    }
}

const fn only(name: &'static str, expect: Expect, types: &'static [&'static str]) -> Keyword {
    Keyword {
        name,
        expect,
        types: Some(types),
    }
}

const NUMBERS: &[&str] = &["integer", "number"];
const SCALARS: &[&str] = &["boolean", "integer", "number", "string"];
const COMPOSED: &[&str] = &[""];

const KEYWORDS: &[Keyword] = &[
    any("type", Expect::Text),
    any("title", Expect::Text),
    any("description", Expect::Text),
    any("nullable", Expect::Flag),
    any("readOnly", Expect::Flag),
    any("writeOnly", Expect::Flag),
    any("deprecated", Expect::Flag),
    only("default", Expect::Anything, &TYPES),
    any("example", Expect::Anything),
    any("externalDocs", Expect::One(Node::ExternalDocs)),
    only("discriminator", Expect::One(Node::Discriminator), COMPOSED),
    only("allOf", Expect::ListOfRefs(Node::Schema), COMPOSED),
    only("oneOf", Expect::ListOfRefs(Node::Schema), COMPOSED),
    only("anyOf", Expect::ListOfRefs(Node::Schema), COMPOSED),
    only("not", Expect::Ref(Node::Schema), COMPOSED),
    only("enum", Expect::Values, SCALARS),
    only("format", Expect::Text, &["integer", "number", "string"]),
    only("pattern", Expect::Text, &["string"]),
    only("minLength", Expect::Count, &["string"]),
    only("maxLength", Expect::Count, &["string"]),
    only("minimum", Expect::Number, NUMBERS),
    only("maximum", Expect::Number, NUMBERS),
    only("exclusiveMinimum", Expect::Flag, NUMBERS),
    only("exclusiveMaximum", Expect::Flag, NUMBERS),
    only("multipleOf", Expect::Number, NUMBERS),
    only("items", Expect::Ref(Node::Schema), &["array"]),
    only("minItems", Expect::Count, &["array"]),
    only("maxItems", Expect::Count, &["array"]),
    only("uniqueItems", Expect::Flag, &["array"]),
    only("properties", Expect::MapOfRefs(Node::Schema), &["object"]),
    only("required", Expect::Texts, &["object"]),
    only("additionalProperties", Expect::FlagOrSchema, &["object"]),
    only("minProperties", Expect::Count, &["object"]),
    only("maxProperties", Expect::Count, &["object"]),
];

/// Checks one schema written in place (a `$ref` to one is checked where it points).
pub(super) fn check(schema: &Map<String, Value>, at: &Location) -> Result<(), Problem> {
    let kind = kind(schema, at)?;
    shape::check_extensions(schema, at, Node::Schema)?;
    for (key, value) in schema.iter().filter(|(key, _)| !key.starts_with("x-")) {
        let keyword = keyword(key, kind, at)?;
        check_value(value, &at.key(key), keyword.expect)?;
    }
    let Kind::Typed(ty) = kind else {
        return Ok(());
    };
    names::check(schema, at)?;
    let nullable = schema.get("nullable") == Some(&Value::Bool(true));
    check_items(schema, ty, at)?;
    check_required(schema, at)?;
    check_bounds(schema, at)?;
    check_format(schema, at)?;
    values::check(schema, ty, nullable, at)
}

fn kind(schema: &Map<String, Value>, at: &Location) -> Result<Kind, Problem> {
    if schema.contains_key("not") {
        return Err(
            Problem::new(at.key("not"), "progenitor cannot generate a `not` schema")
                .help("say what the value is rather than what it is not"),
        );
    }
    let types = TYPES.join(", ");
    match schema.get("type") {
        Some(Value::String(ty)) => match TYPES.iter().find(|t| *t == ty) {
            Some(ty) => Ok(Kind::Typed(ty)),
            None => Err(Problem::new(
                at.key("type"),
                format!("'{ty}' is not a type; expected one of {types}"),
            )),
        },
        Some(other) => Err(wrong_kind(other, &at.key("type"), "a type name")
            .help(format!("write one of {types}; a nullable value takes `nullable: true`"))),
        None if COMPOSITIONS.iter().any(|c| schema.contains_key(*c)) => Ok(Kind::Composed),
        None => Err(Problem::new(at.clone(), "the schema has no `type`").help(format!(
            "give it a `type`, one of {types}; or compose schemas with `allOf`, `oneOf` or `anyOf`"
        ))),
    }
}

/// The keyword `key`, if it is one and applies to a schema of this kind.
fn keyword(key: &str, kind: Kind, at: &Location) -> Result<&'static Keyword, Problem> {
    let Some(keyword) = KEYWORDS.iter().find(|k| k.name == key) else {
        let names: Vec<&str> = KEYWORDS.iter().map(|k| k.name).collect();
        return Err(
            Problem::new(at.key(key), format!("unknown keyword `{key}` in a schema")).help(
                format!(
                    "the keywords of OpenAPI 3.0 schemas are {}; extensions start with `x-`",
                    names.join(", ")
                ),
            ),
        );
    };
    let applies = match (keyword.types, kind) {
        (None, _) => true,
        (Some(types), Kind::Typed(ty)) => types.contains(&ty),
        (Some(types), Kind::Composed) => types == COMPOSED,
    };
    if applies {
        return Ok(keyword);
    }
    let this = match kind {
        Kind::Typed(ty) => format!("this schema is `type: {ty}`"),
        Kind::Composed => "this schema has no `type`".to_string(),
    };
    let belongs = match keyword.types {
        Some(types) if types == COMPOSED => "a schema without `type`".to_string(),
        Some(types) if types == TYPES => "a schema with a `type`".to_string(),
        Some(types) => format!("`type: {}`", types.join("` or `type: ")),
        None => unreachable!("a keyword of every schema applies"),
    };
    Err(Problem::new(
        at.key(key),
        format!("`{key}` belongs to {belongs}, but {this}"),
    ))
}

fn check_items(schema: &Map<String, Value>, ty: &str, at: &Location) -> Result<(), Problem> {
    if ty == "array" && !schema.contains_key("items") {
        return Err(
            Problem::new(at.key("items"), "missing: an array needs `items`")
                .help("say what the array holds, such as `items: {type: string}`"),
        );
    }
    Ok(())
}

/// Every name in `required` is one of the properties.
fn check_required(schema: &Map<String, Value>, at: &Location) -> Result<(), Problem> {
    let properties = schema.get("properties").and_then(Value::as_object);
    let names = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten();
    for (i, name) in names.enumerate() {
        let name = name.as_str().unwrap_or_default();
        if !properties.is_some_and(|p| p.contains_key(name)) {
            let known: Vec<&str> = properties
                .iter()
                .flat_map(|p| p.keys())
                .map(String::as_str)
                .collect();
            return Err(Problem::new(
                at.key("required").index(i),
                format!("`{name}` is required but is not a property of this schema"),
            )
            .help(format!("its properties are: {}", known.join(", "))));
        }
    }
    Ok(())
}

/// `exclusiveMinimum: true` excludes the `minimum`, so it needs one (progenitor panics without).
fn check_bounds(schema: &Map<String, Value>, at: &Location) -> Result<(), Problem> {
    for (flag, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if schema.get(flag) == Some(&Value::Bool(true)) && !schema.contains_key(bound) {
            return Err(Problem::new(
                at.key(flag),
                format!("`{flag}: true` excludes the `{bound}`, but there is none"),
            )
            .help(format!("add `{bound}`, or remove `{flag}`")));
        }
    }
    Ok(())
}

/// The string formats typify turns into types of crates the connector does not depend on.
const FOREIGN_FORMATS: [(&str, &str); 3] = [
    ("date-time", "chrono"),
    ("date", "chrono"),
    ("uuid", "uuid"),
];

/// A `format` progenitor would turn into a type the generated crate cannot name.
fn check_format(schema: &Map<String, Value>, at: &Location) -> Result<(), Problem> {
    let format = schema.get("format").and_then(Value::as_str);
    match FOREIGN_FORMATS.iter().find(|(name, _)| Some(*name) == format) {
        None => Ok(()),
        Some((name, krate)) => Err(Problem::new(
            at.key("format"),
            format!("`format: {name}` becomes a type of the `{krate}` crate, which stripe-connector does not depend on"),
        )
        .help("Stripe sends times as seconds: write `type: integer, format: unix-time`; otherwise remove the format")),
    }
}
