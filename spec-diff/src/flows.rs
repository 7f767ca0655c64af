//! Comparing the Power Platform connectors the two specs export: what breaks flows already
//! built on `power-platform/`.
//!
//! A flow names an operation by its operationId, sets its inputs by parameter name and reads
//! its outputs by property path (`body/discount/coupon/id`; for a trigger, the path inside one
//! delivered object). So these break flows: an operation removed or renamed, a parameter a flow
//! can set removed or renamed, a new required parameter a flow cannot leave to a default, a
//! parameter or output of another type, an output property removed or renamed, a trigger of
//! another kind. A parameter that drops its format (`string (uri)` → `string`) takes every
//! value it took and is reported as fine; an output that does so is still breaking (a flow may
//! read it as a URL or a date). A rename is told from a removal when exactly one name left and one came at the
//! same place (the same endpoint, the same parameter location, the same parent object).
//! Additions are reported only for operations; a new optional input or output breaks nothing.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use serde_json::Value;

use super::report::{Change, ChangeKind, Group, GroupKind, breaking, fine};
use spec_model::Spec;

/// The group of changes that break flows (empty when nothing does).
pub(crate) fn compare(old: &Spec, new: &Spec) -> Group {
    let mut group = Group::new(
        GroupKind::PowerPlatform,
        "",
        format!("{}/", connector_export::EXPORT_DIR),
    );
    let (before, after) = match (
        connector_export::definition(old),
        connector_export::definition(new),
    ) {
        (Ok(before), Ok(after)) => (before, after),
        (Ok(_), Err(problem)) => {
            group.changes.push(Change::new(
                ChangeKind::Changed,
                "export",
                format!(
                    "the connector can no longer be exported: {}",
                    problem.message
                ),
                connector_export::EXPORT_DIR,
                breaking("flows built on the exported connector lose it"),
            ));
            return group;
        }
        // An old spec that could not be exported has no flows built on it.
        (Err(_), _) => return group,
    };
    compare_operations(
        &operations(&before),
        &operations(&after),
        &mut group.changes,
    );
    group
}

/// An operation of an exported definition.
struct Op<'a> {
    endpoint: String,
    value: &'a Value,
}

fn operations(definition: &Value) -> IndexMap<String, Op<'_>> {
    let mut out = IndexMap::new();
    let paths = definition["paths"].as_object().into_iter().flatten();
    for (path, item) in paths {
        for (method, op) in item.as_object().into_iter().flatten() {
            if let Some(id) = op["operationId"].as_str() {
                let endpoint = format!("{} {path}", method.to_ascii_uppercase());
                out.insert(
                    id.to_string(),
                    Op {
                        endpoint,
                        value: op,
                    },
                );
            }
        }
    }
    out
}

fn kind_of(op: &Value) -> &'static str {
    if op.get("x-ms-trigger").is_some() {
        "trigger"
    } else {
        "action"
    }
}

fn compare_operations(
    old: &IndexMap<String, Op>,
    new: &IndexMap<String, Op>,
    out: &mut Vec<Change>,
) {
    let removed: Vec<&String> = old.keys().filter(|id| !new.contains_key(*id)).collect();
    let added: Vec<&String> = new.keys().filter(|id| !old.contains_key(*id)).collect();
    let mut renamed_to = Vec::new();
    for id in removed {
        let was = &old[id];
        let why = format!("flows that use `{id}` can no longer run it");
        let successor = added
            .iter()
            .find(|a| new[a.as_str()].endpoint == was.endpoint);
        match successor {
            Some(successor) => {
                renamed_to.push(successor.as_str());
                out.push(Change::new(
                    ChangeKind::Changed,
                    format!("operationId `{id}`"),
                    format!("renamed to `{successor}` ({})", was.endpoint),
                    id,
                    breaking(&why),
                ));
                compare_operation(id, was.value, new[successor.as_str()].value, out);
            }
            None => out.push(Change::new(
                ChangeKind::Removed,
                format!("{} `{id}`", kind_of(was.value)),
                was.endpoint.clone(),
                id,
                breaking(&why),
            )),
        }
    }
    for id in added
        .into_iter()
        .filter(|a| !renamed_to.contains(&a.as_str()))
    {
        let op = &new[id.as_str()];
        out.push(Change::new(
            ChangeKind::Added,
            format!("{} `{id}`", kind_of(op.value)),
            op.endpoint.clone(),
            id,
            fine("a new operation for new flows"),
        ));
    }
    for (id, was) in old {
        if let Some(is) = new.get(id) {
            compare_operation(id, was.value, is.value, out);
        }
    }
}

fn compare_operation(id: &str, old: &Value, new: &Value, out: &mut Vec<Change>) {
    if old.get("x-ms-trigger") != new.get("x-ms-trigger") {
        let text = |op: &Value| {
            op.get("x-ms-trigger")
                .map_or("none".to_string(), |v| v.to_string())
        };
        out.push(Change::new(
            ChangeKind::Changed,
            format!("trigger kind of `{id}`"),
            format!("x-ms-trigger: {} → {}", text(old), text(new)),
            id,
            breaking("flows built on it expect the other kind of trigger"),
        ));
    }
    compare_parameters(id, old, new, out);
    compare_outputs(id, old, new, out);
}

/// The parameters of an operation by name.
fn parameters(op: &Value) -> IndexMap<&str, &Value> {
    op["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| Some((p["name"].as_str()?, p)))
        .collect()
}

fn settable(parameter: &Value) -> bool {
    parameter["x-ms-visibility"] != "internal"
}

fn type_of(schema: &Value) -> String {
    match (schema["type"].as_str(), schema["format"].as_str()) {
        (Some(kind), Some(format)) => format!("{kind} ({format})"),
        (Some(kind), None) => kind.to_string(),
        (None, _) => "any".to_string(),
    }
}

/// Whether an input of type `is` may refuse what a flow sent to one of type `was`: another
/// type, or a format it did not have. Dropping a format (`string (uri)` → `string`) only takes
/// more.
fn takes_less(was: &Value, is: &Value) -> bool {
    was["type"] != is["type"] || (is.get("format").is_some() && was["format"] != is["format"])
}

fn compare_parameters(id: &str, old: &Value, new: &Value, out: &mut Vec<Change>) {
    let (before, after) = (parameters(old), parameters(new));
    let item = |name: &str| format!("{id} {name}");
    let gone: Vec<&str> = before
        .iter()
        .filter(|(name, p)| !after.contains_key(*name) && settable(p))
        .map(|(name, _)| *name)
        .collect();
    let came: Vec<&str> = after
        .iter()
        .filter(|(name, p)| !before.contains_key(*name) && settable(p))
        .map(|(name, _)| *name)
        .collect();
    let renames = pairs(
        &gone,
        &came,
        |name| before[name]["in"].clone(),
        |name| after[name]["in"].clone(),
    );
    for name in &gone {
        let why = format!("flows that set `{name}` fail: `{id}` no longer takes it");
        match renames.get(name) {
            Some(to) => out.push(Change::new(
                ChangeKind::Changed,
                format!("parameter `{name}` of `{id}`"),
                format!("renamed to `{to}`"),
                &item(name),
                breaking(&why),
            )),
            None => out.push(Change::new(
                ChangeKind::Removed,
                format!("parameter `{name}` of `{id}`"),
                "",
                &item(name),
                breaking(&why),
            )),
        }
    }
    for (name, parameter) in &after {
        let was = before.get(name);
        let required = parameter["required"] == true && parameter.get("default").is_none();
        let now_required = required && settable(parameter);
        match was {
            None if now_required && !renames.values().any(|to| to == name) => {
                out.push(Change::new(
                    ChangeKind::Added,
                    format!("parameter `{name}` of `{id}`"),
                    format!("required {}", type_of(parameter)),
                    &item(name),
                    breaking("flows built before it do not set it"),
                ));
            }
            Some(was) if settable(was) => {
                if type_of(was) != type_of(parameter) {
                    let verdict = if takes_less(was, parameter) {
                        breaking("flows may send a value of the old type")
                    } else {
                        fine("a format dropped: every value flows send is still taken")
                    };
                    out.push(Change::new(
                        ChangeKind::Changed,
                        format!("parameter `{name}` of `{id}`"),
                        format!("type: {} → {}", type_of(was), type_of(parameter)),
                        &item(name),
                        verdict,
                    ));
                }
                if now_required && was["required"] != true {
                    out.push(Change::new(
                        ChangeKind::Changed,
                        format!("parameter `{name}` of `{id}`"),
                        "now required".to_string(),
                        &item(name),
                        breaking("flows that leave it out fail"),
                    ));
                }
            }
            _ => {}
        }
    }
}

/// The output properties of an operation's `200` answer by path, with their types: for a
/// trigger, the properties of one delivered object (the items at `data`), which is what a
/// flow's trigger outputs hold.
fn outputs(op: &Value) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let schema = &op["responses"]["200"]["schema"];
    let root = if op.get("x-ms-trigger").is_some() {
        &schema["properties"]["data"]["items"]
    } else {
        schema
    };
    flatten(root, "body", &mut out);
    out
}

fn flatten(schema: &Value, at: &str, out: &mut BTreeMap<String, String>) {
    for (name, property) in schema["properties"].as_object().into_iter().flatten() {
        let path = format!("{at}/{name}");
        out.insert(path.clone(), type_of(property));
        flatten(property, &path, out);
        if property["type"] == "array" {
            flatten(&property["items"], &format!("{path}[]"), out);
        }
    }
}

fn parent(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(parent, _)| parent)
}

fn leaf(path: &str) -> &str {
    path.rsplit_once('/').map_or(path, |(_, leaf)| leaf)
}

fn compare_outputs(id: &str, old: &Value, new: &Value, out: &mut Vec<Change>) {
    let (before, after) = (outputs(old), outputs(new));
    let gone: Vec<&str> = before
        .keys()
        .filter(|p| !after.contains_key(*p))
        .map(String::as_str)
        .collect();
    // Below a removed property, only the property itself is reported.
    let gone: Vec<&str> = gone
        .iter()
        .copied()
        .filter(|p| {
            !gone
                .iter()
                .any(|g| p.starts_with(&format!("{g}/")) || p.starts_with(&format!("{g}[]/")))
        })
        .collect();
    let came: Vec<&str> = after
        .keys()
        .filter(|p| !before.contains_key(*p))
        .map(String::as_str)
        .collect();
    let renames = pairs(
        &gone,
        &came,
        |p| Value::from(parent(p)),
        |p| Value::from(parent(p)),
    );
    for path in &gone {
        let why = format!("flows that read `{path}` get nothing");
        let (kind, detail) = match renames.get(path) {
            Some(to) => (ChangeKind::Changed, format!("renamed to `{}`", leaf(to))),
            None => (ChangeKind::Removed, String::new()),
        };
        out.push(Change::new(
            kind,
            format!("output `{path}` of `{id}`"),
            detail,
            &format!("{id} {path}"),
            breaking(&why),
        ));
    }
    for (path, kind) in &after {
        if let Some(was) = before.get(path)
            && was != kind
        {
            out.push(Change::new(
                ChangeKind::Changed,
                format!("output `{path}` of `{id}`"),
                format!("type: {was} → {kind}"),
                &format!("{id} {path}"),
                breaking("flows that use it get a value of another type"),
            ));
        }
    }
}

/// Renames: each gone name whose place (`place_of_old`) holds exactly one gone name and exactly
/// one new name (`place_of_new`), paired with that new name.
fn pairs<'a>(
    gone: &[&'a str],
    came: &[&'a str],
    place_of_old: impl Fn(&str) -> Value,
    place_of_new: impl Fn(&str) -> Value,
) -> BTreeMap<&'a str, &'a str> {
    let mut out = BTreeMap::new();
    for name in gone {
        let place = place_of_old(name);
        let old_here: Vec<&&str> = gone.iter().filter(|g| place_of_old(g) == place).collect();
        let new_here: Vec<&&str> = came.iter().filter(|c| place_of_new(c) == place).collect();
        if let ([_], [to]) = (old_here.as_slice(), new_here.as_slice()) {
            out.insert(*name, **to);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_parameter_that_drops_its_format_takes_more() {
        let uri = json!({"type": "string", "format": "uri"});
        let text = json!({"type": "string"});
        assert!(!takes_less(&uri, &text));
        assert!(takes_less(&text, &uri));
        assert!(takes_less(
            &json!({"type": "integer", "format": "int64"}),
            &json!({"type": "integer", "format": "int32"})
        ));
        assert!(takes_less(&text, &json!({"type": "integer"})));
    }
}
