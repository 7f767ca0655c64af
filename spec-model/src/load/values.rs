//! The values a schema states itself: its `enum` values and its `default` are values of its
//! type, and the default also meets its bounds, length and pattern, which typify checks and
//! fails on ("value does not conform to the given schema", with no place named). A `pattern`
//! must compile with `regress`, the engine typify uses.

use serde_json::{Map, Value};

use super::shape::describe;
use crate::error::{Location, Problem};

/// Checks the `pattern`, the `enum` values and the `default` of a schema of type `ty`.
pub(super) fn check(
    schema: &Map<String, Value>,
    ty: &str,
    nullable: bool,
    at: &Location,
) -> Result<(), Problem> {
    check_pattern(schema, at)?;
    let values = schema.get("enum").and_then(Value::as_array);
    if values.is_some_and(Vec::is_empty) {
        return Err(
            Problem::new(at.key("enum"), "an empty `enum` allows no value")
                .help("list the values, or remove `enum`"),
        );
    }
    for (i, value) in values.into_iter().flatten().enumerate() {
        if !of_type(value, ty, nullable) {
            return Err(not_of_type(value, ty, nullable, at.key("enum").index(i)));
        }
    }
    let Some(default) = schema.get("default") else {
        return Ok(());
    };
    let at = at.key("default");
    if !of_type(default, ty, nullable) {
        return Err(not_of_type(default, ty, nullable, at));
    }
    if values.is_some_and(|v| !v.contains(default)) {
        return Err(Problem::new(
            at,
            format!(
                "the default, {}, is not one of the `enum` values",
                describe(default)
            ),
        ));
    }
    match breaks(schema, default) {
        Some(rule) => Err(Problem::new(
            at,
            format!(
                "the default, {}, breaks the schema's `{rule}`",
                describe(default)
            ),
        )),
        None => Ok(()),
    }
}

fn check_pattern(schema: &Map<String, Value>, at: &Location) -> Result<(), Problem> {
    let Some(pattern) = schema.get("pattern").and_then(Value::as_str) else {
        return Ok(());
    };
    regress::Regex::new(pattern).map(|_| ()).map_err(|e| {
        Problem::new(
            at.key("pattern"),
            format!("`{pattern}` is not a regular expression: {e}"),
        )
        .help("write an ECMAScript regular expression, as JSON Schema does")
    })
}

fn of_type(value: &Value, ty: &str, nullable: bool) -> bool {
    match value {
        Value::Null => nullable,
        Value::Bool(_) => ty == "boolean",
        Value::Number(n) => ty == "number" || (ty == "integer" && (n.is_i64() || n.is_u64())),
        Value::String(_) => ty == "string",
        Value::Array(_) => ty == "array",
        Value::Object(_) => ty == "object",
    }
}

fn not_of_type(value: &Value, ty: &str, nullable: bool, at: Location) -> Problem {
    let null = if nullable { " (or null)" } else { "" };
    Problem::new(
        at,
        format!(
            "{} is not a value of this `type: {ty}` schema{null}",
            describe(value)
        ),
    )
}

/// The integer formats typify maps to a Rust integer, with the range of each.
const INTEGER_FORMATS: [(&str, f64, f64); 10] = [
    ("int8", i8::MIN as f64, i8::MAX as f64),
    ("uint8", 0.0, u8::MAX as f64),
    ("int16", i16::MIN as f64, i16::MAX as f64),
    ("uint16", 0.0, u16::MAX as f64),
    ("int", i32::MIN as f64, i32::MAX as f64),
    ("int32", i32::MIN as f64, i32::MAX as f64),
    ("uint", 0.0, u32::MAX as f64),
    ("uint32", 0.0, u32::MAX as f64),
    ("int64", i64::MIN as f64, i64::MAX as f64),
    ("uint64", 0.0, u64::MAX as f64),
];

/// The rule of the schema that `default` breaks, if any.
fn breaks(schema: &Map<String, Value>, default: &Value) -> Option<String> {
    match default {
        Value::Number(n) => n.as_f64().and_then(|value| number_breaks(schema, value)),
        Value::String(text) => text_breaks(schema, text),
        Value::Array(items) => count_breaks(schema, items.len(), "minItems", "maxItems"),
        _ => None,
    }
}

fn number_breaks(schema: &Map<String, Value>, value: f64) -> Option<String> {
    let bound = |key: &str| schema.get(key).and_then(Value::as_f64);
    let exclusive = |key: &str| schema.get(key) == Some(&Value::Bool(true));
    let format = schema.get("format").and_then(Value::as_str);
    let range = INTEGER_FORMATS
        .iter()
        .find(|(name, ..)| Some(*name) == format);
    if bound("minimum").is_some_and(|m| value < m || (exclusive("exclusiveMinimum") && value == m))
    {
        Some("minimum".to_string())
    } else if bound("maximum")
        .is_some_and(|m| value > m || (exclusive("exclusiveMaximum") && value == m))
    {
        Some("maximum".to_string())
    } else if bound("multipleOf").is_some_and(|m| m != 0.0 && (value / m).fract() != 0.0) {
        Some("multipleOf".to_string())
    } else {
        let (name, min, max) = range?;
        (value < *min || value > *max).then(|| format!("format: {name}"))
    }
}

fn text_breaks(schema: &Map<String, Value>, text: &str) -> Option<String> {
    let length = text.chars().count();
    let pattern = schema.get("pattern").and_then(Value::as_str);
    let regex = pattern.and_then(|p| regress::Regex::new(p).ok());
    match regex {
        Some(regex) if regex.find(text).is_none() => Some("pattern".to_string()),
        _ => count_breaks(schema, length, "minLength", "maxLength"),
    }
}

/// Whether a length breaks the schema's least (`min`) or greatest (`max`) length.
fn count_breaks(
    schema: &Map<String, Value>,
    length: usize,
    min: &str,
    max: &str,
) -> Option<String> {
    let limit = |key: &str| schema.get(key).and_then(Value::as_u64);
    let length = length as u64;
    if limit(min).is_some_and(|m| length < m) {
        Some(min.to_string())
    } else if limit(max).is_some_and(|m| length > m) {
        Some(max.to_string())
    } else {
        None
    }
}
