//! The names inside one schema: its properties become distinct struct fields and its enum
//! values distinct variants, as typify names them (`created[gt]` and `created_gt` would both be
//! the field `created_gt`; `in-progress` and `in_progress` both the variant `InProgress`).

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::error::{Location, Problem};
use crate::names;

/// Checks the property names and the enum values of one schema.
pub(super) fn check(schema: &Map<String, Value>, at: &Location) -> Result<(), Problem> {
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        let properties = properties
            .keys()
            .map(|name| (name.as_str(), at.key("properties").key(name)));
        distinct(properties, names::field, "field")?;
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let strings = values
            .iter()
            .enumerate()
            .filter_map(|(i, value)| Some((value.as_str()?, at.key("enum").index(i))));
        distinct(strings, names::variant, "variant")?;
    }
    Ok(())
}

/// The spec names of `entries` give distinct Rust names under `rename`.
fn distinct<'a>(
    entries: impl Iterator<Item = (&'a str, Location)>,
    rename: fn(&str) -> String,
    what: &str,
) -> Result<(), Problem> {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for (name, at) in entries {
        let rust = rename(name);
        if let Some(first) = seen.insert(rust.clone(), name) {
            let problem = match first == name {
                true => format!("`{name}` is listed twice"),
                false => format!("`{name}` and `{first}` both become the {what} `{rust}`"),
            };
            return Err(Problem::new(at, problem).help("rename or remove one of them"));
        }
    }
    Ok(())
}
