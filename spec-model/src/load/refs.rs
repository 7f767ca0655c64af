//! `$ref`s: each points inside this file at something that exists, each names one component of
//! the kind expected where it stands, and no chain of components that are only `$ref`s loops.
//!
//! progenitor looks a reference up by its last segment among the components of the kind it
//! expects, and panics when the name is not there: `#/components/schemas` and
//! `#/components/responses/Error` where a schema belongs both ended in a panic.

use serde_json::Value;

use super::objects::Node;
use crate::error::{Location, Problem};
use crate::reference::{self, ComponentRef};

/// Every `$ref` must point inside this document, at something that exists.
pub(super) fn check_targets(document: &Value, node: &Value, at: &Location) -> Result<(), Problem> {
    match node {
        Value::Object(map) => {
            if let Some(target) = map.get("$ref") {
                check_target(document, target, &at.key("$ref"))?;
            }
            for (key, value) in map {
                check_targets(document, value, &at.key(key))?;
            }
        }
        Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                check_targets(document, value, &at.index(i))?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn check_target(document: &Value, target: &Value, at: &Location) -> Result<(), Problem> {
    let Some(target) = target.as_str() else {
        return Err(Problem::new(at.clone(), "a `$ref` must be a string"));
    };
    let Some(pointer) = target.strip_prefix('#') else {
        return Err(
            Problem::new(at.clone(), format!("`{target}` points outside this file")).help(
                "keep every definition in spec/stripe.yaml and refer to it as `#/components/...`",
            ),
        );
    };
    if document.pointer(pointer).is_some() {
        return Ok(());
    }
    let problem = Problem::new(
        at.clone(),
        format!("unknown $ref `{target}`: nothing is defined there"),
    );
    Err(match known_siblings(document, pointer) {
        Some(names) => problem.help(format!("defined there: {names}")),
        None => problem,
    })
}

/// The names defined beside a dangling reference, to point at a likely typo.
fn known_siblings(document: &Value, pointer: &str) -> Option<String> {
    let (parent, _) = pointer.rsplit_once('/')?;
    let names: Vec<&str> = document
        .pointer(parent)?
        .as_object()?
        .keys()
        .map(String::as_str)
        .collect();
    Some(names.join(", "))
}

/// A `$ref` standing where an object of the kind `node` is expected names one component of
/// that kind: `#/components/schemas/<Name>` for a schema.
pub(super) fn check_kind(target: &Value, at: &Location, node: Node) -> Result<(), Problem> {
    let target = target.as_str().unwrap_or_default();
    let Some(section) = node.section() else {
        return Err(Problem::new(
            at.clone(),
            format!("{} cannot be a `$ref`", node.describe()),
        ));
    };
    let parts = reference::components_path(target).unwrap_or_default();
    let what = match parts.as_slice() {
        [s, name] if *s == section && !name.is_empty() => return Ok(()),
        [s, name, ..] if *s == section && !name.is_empty() => {
            format!(
                "`{target}` points inside a component; progenitor only resolves whole components"
            )
        }
        [s] | [s, ""] if *s == section => {
            format!("`{target}` is the whole section, not {}", node.describe())
        }
        [s, ..] => match section_node(s) {
            Some(other) => format!(
                "`{target}` is {}, but {} belongs here",
                other.describe(),
                node.describe()
            ),
            None => format!("`{target}` is not {}", node.describe()),
        },
        _ => format!("`{target}` is not {}", node.describe()),
    };
    Err(Problem::new(at.clone(), what).help(format!(
        "refer to one of `components.{section}` as `#/components/{section}/<Name>`"
    )))
}

fn section_node(section: &str) -> Option<Node> {
    [
        Node::Schema,
        Node::Parameter,
        Node::Response,
        Node::RequestBody,
        Node::Header,
    ]
    .into_iter()
    .find(|node| node.section() == Some(section))
}

/// No component is a `$ref` to itself through other components that are only `$ref`s:
/// progenitor and typify would follow such a loop until the stack overflows.
pub(super) fn check_loops(document: &Value) -> Result<(), Problem> {
    let Some(components) = document.get("components").and_then(Value::as_object) else {
        return Ok(());
    };
    for (section, entries) in components {
        let Some(entries) = entries.as_object() else {
            continue;
        };
        for name in entries.keys() {
            let mut chain = vec![name.as_str()];
            while let Some(next) = alias_of(entries, section, chain[chain.len() - 1]) {
                if chain.contains(&next) {
                    chain.push(next);
                    return Err(Problem::new(
                        Location::root()
                            .key("components")
                            .key(section)
                            .key(name)
                            .key("$ref"),
                        format!(
                            "these components only refer to each other: {}",
                            chain.join(" → ")
                        ),
                    )
                    .help("give one of them a definition of its own"));
                }
                chain.push(next);
            }
        }
    }
    Ok(())
}

/// The component that the component `name` is only a `$ref` to, in the same section.
fn alias_of<'a>(
    entries: &'a serde_json::Map<String, Value>,
    section: &str,
    name: &str,
) -> Option<&'a str> {
    let target = entries.get(name)?.get("$ref")?.as_str()?;
    let next = ComponentRef::parse(target)
        .filter(|r| r.section == section)?
        .name;
    entries.get_key_value(next).map(|(key, _)| key.as_str())
}
