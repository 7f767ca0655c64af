//! What one file says about the other, which neither schema can check:
//!
//! - every policy names operations that exist;
//! - every `@connectionParameters('…')` names a connection parameter, and an API key security
//!   definition has its `api_key` parameter;
//! - every trigger (`x-ms-trigger`) is a `batch` GET polled by exactly one `pollingtrigger`
//!   policy, whose data path is an array in the trigger's `200` response, whose state keys are
//!   query parameters of the operation and whose state values are fields of that response.

use serde_json::Value;

use super::Connector;
use super::expr::schema_at;
use super::schemas::{DEFINITION, PROPERTIES};

const DATA_PATH: &str = "x-ms-apimTemplateParameter.triggerDataPath";
const CONFIG: &str = "x-ms-apimTemplateParameter.triggerConfig";
const OPERATIONS: &str = "x-ms-apimTemplate-operationName";

/// Every disagreement between the two files.
pub fn errors(connector: &Connector) -> Vec<String> {
    let mut out = Vec::new();
    let ids: Vec<String> = connector
        .operations()
        .iter()
        .filter_map(|(_, _, op)| op["operationId"].as_str().map(str::to_string))
        .collect();
    let parameters = &connector.properties["properties"]["connectionParameters"];
    for (i, policy) in connector.policies().into_iter().enumerate() {
        let at = format!("{PROPERTIES}: /properties/policyTemplateInstances/{i}");
        let title = policy["title"].as_str().unwrap_or("(untitled)");
        for name in named_operations(policy) {
            if !ids.iter().any(|id| id == name) {
                out.push(format!(
                    "{at}: policy {title:?} names the operation `{name}`, which {DEFINITION} does not define"
                ));
            }
        }
    }
    for (place, text) in strings(&connector.properties, String::new()) {
        for name in connection_parameters(&text) {
            if parameters.get(&name).is_none() {
                out.push(format!(
                    "{PROPERTIES}: {place}: `@connectionParameters('{name}')` names no connection parameter"
                ));
            }
        }
    }
    let security = connector.definition["securityDefinitions"]
        .as_object()
        .into_iter()
        .flatten();
    for (name, definition) in security {
        if definition["type"] == "apiKey" && parameters.get("api_key").is_none() {
            out.push(format!(
                "{DEFINITION}: /securityDefinitions/{name}: an API key needs the connection parameter `api_key` in {PROPERTIES}"
            ));
        }
    }
    out.extend(trigger_errors(connector));
    out
}

/// The operations a policy applies to.
fn named_operations(policy: &Value) -> Vec<&str> {
    policy["parameters"][OPERATIONS]
        .as_array()
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// Every string of a document, with its JSON pointer.
fn strings(node: &Value, at: String) -> Vec<(String, String)> {
    match node {
        Value::String(s) => vec![(at, s.clone())],
        Value::Array(items) => items
            .iter()
            .enumerate()
            .flat_map(|(i, v)| strings(v, format!("{at}/{i}")))
            .collect(),
        Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| {
                strings(
                    v,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                )
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The names in every `@connectionParameters('name')` of a text.
fn connection_parameters(text: &str) -> Vec<String> {
    const CALL: &str = "@connectionParameters('";
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(CALL) {
        let after = &rest[start + CALL.len()..];
        let end = after.find("')").unwrap_or(after.len());
        out.push(after[..end].to_string());
        rest = &after[end..];
    }
    out
}

fn trigger_errors(connector: &Connector) -> Vec<String> {
    let mut out = Vec::new();
    let polling: Vec<(usize, &Value)> = connector
        .policies()
        .into_iter()
        .enumerate()
        .filter(|(_, p)| {
            p["templateId"]
                .as_str()
                .is_some_and(|t| t.eq_ignore_ascii_case("pollingtrigger"))
        })
        .collect();
    for (path, method, op) in connector.operations() {
        let id = op["operationId"].as_str().unwrap_or_default();
        let at = format!("{DEFINITION}: /paths/{}/{method}", path.replace('/', "~1"));
        let Some(kind) = op.get("x-ms-trigger") else {
            if let Some((i, _)) = polling
                .iter()
                .find(|(_, p)| named_operations(p).contains(&id))
            {
                out.push(format!(
                    "{PROPERTIES}: /properties/policyTemplateInstances/{i}: `{id}` is polled but is no trigger (no `x-ms-trigger`)"
                ));
            }
            continue;
        };
        if kind != "batch" {
            out.push(format!(
                "{at}/x-ms-trigger: `{id}` is `x-ms-trigger: {kind}`; a trigger that delivers the array at its data path is `batch`"
            ));
        }
        if method != "get" {
            out.push(format!(
                "{at}: trigger `{id}` is polled, so it must be a GET, not a {method}"
            ));
        }
        let policies: Vec<&(usize, &Value)> = polling
            .iter()
            .filter(|(_, p)| named_operations(p).contains(&id))
            .collect();
        let policy = match policies.as_slice() {
            [one] => one,
            [] => {
                out.push(format!(
                    "{at}: trigger `{id}` has no pollingtrigger policy in {PROPERTIES}"
                ));
                continue;
            }
            _ => {
                out.push(format!(
                    "{at}: trigger `{id}` has {} pollingtrigger policies",
                    policies.len()
                ));
                continue;
            }
        };
        let policy_at = format!(
            "{PROPERTIES}: /properties/policyTemplateInstances/{}",
            policy.0
        );
        let response = &op["responses"]["200"]["schema"];
        if response.is_null() {
            out.push(format!(
                "{at}/responses: trigger `{id}` has no `200` response with a schema"
            ));
            continue;
        }
        let parameters = &policy.1["parameters"];
        match parameters[DATA_PATH].as_str() {
            None => out.push(format!(
                "{policy_at}: the pollingtrigger policy of `{id}` has no {DATA_PATH}: the platform cannot find the new items"
            )),
            Some(path) => match schema_at(path, response) {
                Ok(schema) if schema["type"] == "array" => {}
                Ok(schema) => out.push(format!(
                    "{policy_at}: the data path `{path}` of `{id}` is a {}, not an array",
                    schema["type"].as_str().unwrap_or("value of no type")
                )),
                Err(why) => out.push(format!("{policy_at}: the data path of `{id}`: {why}")),
            },
        }
        let query: Vec<&str> = op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "query")
            .filter_map(|p| p["name"].as_str())
            .collect();
        let config = parameters[CONFIG].as_object().into_iter().flatten();
        for (key, value) in config {
            if key.starts_with("x-ms-triggerConfig-") {
                continue;
            }
            if !query.contains(&key.as_str()) {
                out.push(format!(
                    "{policy_at}: the trigger state `{key}` of `{id}` is no query parameter of the operation"
                ));
            }
            match value.as_str().map(|v| (v, schema_at(v, response))) {
                Some((_, Ok(schema)))
                    if matches!(
                        schema["type"].as_str(),
                        Some("integer" | "string" | "number")
                    ) => {}
                Some((v, Ok(_))) => out.push(format!(
                    "{policy_at}: the trigger state `{key}` = `{v}` is not a single value"
                )),
                Some((_, Err(why))) => {
                    out.push(format!("{policy_at}: the trigger state `{key}`: {why}"))
                }
                None => out.push(format!(
                    "{policy_at}: the trigger state `{key}` is not an expression"
                )),
            }
        }
    }
    out
}
