//! The request Power Platform builds for an operation of a custom connector, from the two files
//! alone: the inputs of a flow checked against the declared parameters (internal ones take
//! their default), the path filled in, the query and the `formData` body encoded as
//! `application/x-www-form-urlencoded`, the API key of the connection sent as its security
//! definition says, then the `setheader` policies applied in order. A trigger's request also
//! carries the state its `pollingtrigger` policy computed from the previous answer.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::Connector;
use super::expr;

/// One HTTP request, as the platform would send it.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    /// `GET` or `POST`...
    pub method: String,
    /// The path and query, such as `/v1/customers?limit=100`.
    pub target: String,
    /// The headers, in the order they were set.
    pub headers: Vec<(String, String)>,
    /// The form body, when the operation has `formData` parameters.
    pub body: Option<String>,
}

impl Request {
    /// The value of a header (names are case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Percent-encodes a form or query component: everything but `A-Z a-z 0-9 - . _ ~`.
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A value as the text the platform sends.
fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Whether `value` has the declared Swagger type.
fn has_type(kind: &str, value: &Value) -> bool {
    match kind {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        _ => true,
    }
}

impl Connector {
    /// The request for `operation_id` with a flow's `inputs`, the `connection`'s parameters and
    /// a trigger's `state` (query parameters its policy set); or why the platform would refuse
    /// to send it.
    pub fn request(
        &self,
        operation_id: &str,
        inputs: &Map<String, Value>,
        connection: &BTreeMap<String, String>,
        state: &BTreeMap<String, String>,
    ) -> Result<Request, String> {
        let (path, method, op) = self
            .operation(operation_id)
            .ok_or_else(|| format!("no operation `{operation_id}`"))?;
        let declared: Vec<&Value> = op["parameters"].as_array().into_iter().flatten().collect();
        for name in inputs.keys() {
            if !declared.iter().any(|p| p["name"] == name.as_str()) {
                return Err(format!("`{operation_id}` has no input `{name}`"));
            }
        }
        let base = self.definition["basePath"]
            .as_str()
            .unwrap_or("/")
            .trim_end_matches('/');
        let mut target = format!("{base}{path}");
        let (mut query, mut form) = (Vec::new(), Vec::new());
        let mut headers: Vec<(String, String)> = Vec::new();
        for parameter in declared {
            let name = parameter["name"].as_str().unwrap_or_default();
            let place = parameter["in"].as_str().unwrap_or_default();
            let internal = parameter["x-ms-visibility"] == "internal";
            let value = match (inputs.get(name), state.get(name)) {
                (_, Some(from_state)) if place == "query" => Some(json!(from_state)),
                (Some(_), _) if internal => {
                    return Err(format!("`{name}` is internal: a flow cannot set it"));
                }
                (Some(value), _) => Some(value.clone()),
                (None, _) if internal || parameter["required"] == true => {
                    parameter.get("default").cloned()
                }
                (None, _) => None,
            };
            let Some(value) = value else {
                if parameter["required"] == true {
                    return Err(format!("`{operation_id}` needs `{name}`"));
                }
                continue;
            };
            let kind = parameter["type"].as_str().unwrap_or("string");
            let from_state = state.contains_key(name) && place == "query";
            if !from_state && !has_type(kind, &value) {
                return Err(format!("`{name}` takes a {kind}, not {value}"));
            }
            if let Some(values) = parameter["enum"].as_array()
                && !values.contains(&value)
            {
                return Err(format!("`{name}` takes one of {values:?}, not {value}"));
            }
            let value = text(&value);
            match place {
                "path" => target = target.replace(&format!("{{{name}}}"), &encode(&value)),
                "query" => query.push(format!("{}={}", encode(name), encode(&value))),
                "formData" => form.push(format!("{}={}", encode(name), encode(&value))),
                "header" => headers.push((name.to_string(), value)),
                other => {
                    return Err(format!(
                        "`{name}` is in `{other}`, which this emulator does not send"
                    ));
                }
            }
        }
        if !query.is_empty() {
            target = format!("{target}?{}", query.join("&"));
        }
        let security = self.definition["securityDefinitions"]
            .as_object()
            .into_iter()
            .flatten();
        for (_, definition) in security {
            if definition["type"] == "apiKey" && definition["in"] == "header" {
                let key = connection
                    .get("api_key")
                    .ok_or("the connection has no `api_key`")?;
                let name = definition["name"].as_str().unwrap_or("Authorization");
                headers.push((name.to_string(), key.clone()));
            }
        }
        for policy in self.policies() {
            if !policy["templateId"]
                .as_str()
                .is_some_and(|t| t.eq_ignore_ascii_case("setheader"))
            {
                continue;
            }
            let parameters = &policy["parameters"];
            let applies = match parameters["x-ms-apimTemplate-operationName"].as_array() {
                Some(names) => names.iter().any(|n| n == operation_id),
                None => true,
            };
            let section = parameters["x-ms-apimTemplate-policySection"]
                .as_str()
                .unwrap_or("Request");
            if !applies || section != "Request" {
                continue;
            }
            let name = parameters["x-ms-apimTemplateParameter.name"]
                .as_str()
                .ok_or("a setheader policy without a header name")?;
            let template = parameters["x-ms-apimTemplateParameter.value"]
                .as_str()
                .ok_or("a setheader policy without a value")?;
            let value = connection_parameters(template, connection)?;
            let exists = headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name));
            match parameters["x-ms-apimTemplateParameter.existsAction"]
                .as_str()
                .unwrap_or("override")
            {
                "skip" if exists => {}
                "append" => headers.push((name.to_string(), value)),
                _ => {
                    headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
                    headers.push((name.to_string(), value));
                }
            }
        }
        let body = if form.is_empty() {
            None
        } else {
            headers.push((
                "Content-Type".to_string(),
                "application/x-www-form-urlencoded".to_string(),
            ));
            Some(form.join("&"))
        };
        Ok(Request {
            method: method.to_ascii_uppercase(),
            target,
            headers,
            body,
        })
    }

    /// The declared schema of the answer with this status: the status's own, or `default`.
    pub fn response_schema(&self, operation_id: &str, status: u16) -> Option<&Value> {
        let (_, _, op) = self.operation(operation_id)?;
        let responses = &op["responses"];
        responses
            .get(status.to_string())
            .or_else(|| responses.get("default"))
            .and_then(|r| r.get("schema"))
    }

    /// The errors of `body` against the declared schema of its status, or why it has none.
    pub fn check_answer(&self, operation_id: &str, status: u16, body: &Value) -> Vec<String> {
        let Some(schema) = self.response_schema(operation_id, status) else {
            return vec![format!("`{operation_id}` declares no answer for {status}")];
        };
        let schema = json_schema(schema);
        let validator = jsonschema::draft4::new(&schema)
            .unwrap_or_else(|e| panic!("the declared schema of `{operation_id}` compiles: {e}"));
        validator
            .iter_errors(body)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect()
    }
}

/// Replaces each `@connectionParameters('name')` of a policy value with the connection's.
fn connection_parameters(
    template: &str,
    connection: &BTreeMap<String, String>,
) -> Result<String, String> {
    const CALL: &str = "@connectionParameters('";
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find(CALL) {
        out.push_str(&rest[..start]);
        let after = &rest[start + CALL.len()..];
        let end = after
            .find("')")
            .ok_or_else(|| format!("`{template}`: an unclosed @connectionParameters"))?;
        let name = &after[..end];
        let value = connection
            .get(name)
            .ok_or_else(|| format!("the connection has no parameter `{name}`"))?;
        out.push_str(value);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// A Swagger 2 response schema as the JSON Schema (draft-04) it means: `x-nullable: true` lets
/// the value be null.
pub fn json_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                match key.as_str() {
                    "properties" => {
                        let properties = value
                            .as_object()
                            .into_iter()
                            .flatten()
                            .map(|(k, v)| (k.clone(), json_schema(v)))
                            .collect();
                        out.insert(key.clone(), Value::Object(properties));
                    }
                    "items" | "additionalProperties" => {
                        out.insert(key.clone(), json_schema(value));
                    }
                    k if k.starts_with("x-") => {}
                    _ => {
                        out.insert(key.clone(), value.clone());
                    }
                }
            }
            if map.get("x-nullable") == Some(&Value::Bool(true)) {
                if let Some(Value::String(kind)) = out.get("type").cloned() {
                    out.insert("type".into(), json!([kind, "null"]));
                }
                if let Some(Value::Array(values)) = out.get_mut("enum") {
                    values.push(Value::Null);
                }
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

/// The state a `pollingtrigger` policy keeps between two polls of one trigger.
#[derive(Clone, Debug, Default)]
pub struct Poller {
    /// The query parameters the next poll sends, from the last answer that had items.
    pub state: BTreeMap<String, String>,
}

/// What one poll got.
#[derive(Debug)]
pub struct Poll {
    /// The request sent.
    pub request: Request,
    /// The items at the data path (the new objects; empty when there were none).
    pub items: Vec<Value>,
    /// The answer's body.
    pub body: Value,
}

impl Poller {
    /// After an answer with a 200 `body`: the items at the trigger's data path, and the next
    /// state computed from the body when there are items (an empty answer keeps the state).
    pub fn update(
        &mut self,
        connector: &Connector,
        trigger: &str,
        body: &Value,
    ) -> Result<Vec<Value>, String> {
        let policy = connector
            .policies()
            .into_iter()
            .find(|p| {
                p["templateId"] == "pollingtrigger"
                    && p["parameters"]["x-ms-apimTemplate-operationName"]
                        .as_array()
                        .is_some_and(|names| names.iter().any(|n| n == trigger))
            })
            .ok_or_else(|| format!("no pollingtrigger policy for `{trigger}`"))?;
        let parameters = &policy["parameters"];
        let path = parameters["x-ms-apimTemplateParameter.triggerDataPath"]
            .as_str()
            .ok_or_else(|| format!("the policy of `{trigger}` has no data path"))?;
        let items = match expr::evaluate(path, body)? {
            Value::Array(items) => items,
            other => {
                return Err(format!(
                    "the data path of `{trigger}` gives {other}, not a list"
                ));
            }
        };
        if items.is_empty() {
            return Ok(items);
        }
        let config = parameters["x-ms-apimTemplateParameter.triggerConfig"]
            .as_object()
            .ok_or_else(|| format!("the policy of `{trigger}` has no trigger config"))?;
        for (key, template) in config {
            let template = template.as_str().unwrap_or_default();
            self.state
                .insert(key.clone(), text(&expr::evaluate(template, body)?));
        }
        Ok(items)
    }
}
