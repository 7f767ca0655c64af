//! Both files against Microsoft's JSON schemas: `apiDefinition.swagger.schema.json` (draft-04)
//! and `paconn-apiProperties.schema.json` (draft-07), copied into `tests/data/powerplatform/`.
//!
//! A failure deep inside a `oneOf` (a policy, a parameter) reads as "not valid under any of the
//! schemas": each policy is also checked against the template its `templateId` names, and each
//! parameter against the schema of its place, so the report says which key is wrong.

use serde_json::{Value, json};

use super::{Connector, strip_comments};

pub const DEFINITION: &str = "apiDefinition.swagger.json";
pub const PROPERTIES: &str = "apiProperties.json";

/// A Microsoft schema from `tests/data/powerplatform/`, comments stripped and its `$ref`s made
/// URI references: Microsoft names definitions such as `x-ms-api-annotation<info>`, whose `<`
/// and `>` a URI must percent-encode (RFC 3986); a resolver decodes them back to the same key.
pub fn schema(name: &str) -> Value {
    let path = tests::workspace_root()
        .join("tests/data/powerplatform")
        .join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", path.display()));
    let mut schema = serde_json::from_str(&strip_comments(&text))
        .unwrap_or_else(|e| panic!("{} is JSON once its comments are gone: {e}", path.display()));
    encode_refs(&mut schema);
    schema
}

fn encode_refs(node: &mut Value) {
    match node {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match value {
                    Value::String(reference) if key == "$ref" => {
                        *reference = reference
                            .chars()
                            .map(|c| match c {
                                '<' | '>' | ' ' | '"' | '{' | '}' | '|' | '\\' | '^' | '`' => {
                                    format!("%{:02X}", c as u32)
                                }
                                c => c.to_string(),
                            })
                            .collect();
                    }
                    _ => encode_refs(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(encode_refs),
        _ => {}
    }
}

pub fn definition_schema() -> Value {
    schema("apiDefinition.swagger.schema.json")
}

pub fn properties_schema() -> Value {
    schema("paconn-apiProperties.schema.json")
}

#[derive(Clone, Copy)]
enum Draft {
    Four,
    Seven,
}

/// The errors of `instance` against `schema`, each as `file: /path: message`.
fn check(draft: Draft, schema: &Value, instance: &Value, file: &str, prefix: &str) -> Vec<String> {
    let validator = match draft {
        Draft::Four => jsonschema::draft4::new(schema),
        Draft::Seven => jsonschema::draft7::new(schema),
    }
    .unwrap_or_else(|e| panic!("Microsoft's schema for {file} compiles: {e}"));
    validator
        .iter_errors(instance)
        .map(|error| {
            let mut message = error.to_string();
            if message.len() > 300 {
                let cut = (0..=300)
                    .rev()
                    .find(|i| message.is_char_boundary(*i))
                    .unwrap_or(0);
                message.truncate(cut);
                message.push('…');
            }
            format!("{file}: {prefix}{}: {message}", error.instance_path())
        })
        .collect()
}

/// The schema `definitions/<name>` of `schema`, as a schema of its own.
fn part(schema: &Value, draft: &str, name: &str) -> Option<Value> {
    let definitions = schema.get("definitions")?;
    definitions.get(name)?;
    Some(json!({
        "$schema": draft,
        "definitions": definitions,
        "$ref": format!("#/definitions/{name}")
    }))
}

/// Every schema error of both files.
pub fn errors(connector: &Connector) -> Vec<String> {
    let definition_schema = definition_schema();
    let properties_schema = properties_schema();
    let mut out = check(
        Draft::Four,
        &definition_schema,
        &connector.definition,
        DEFINITION,
        "",
    );
    out.extend(check(
        Draft::Seven,
        &properties_schema,
        &connector.properties,
        PROPERTIES,
        "",
    ));
    out.extend(parameter_errors(connector, &definition_schema));
    out.extend(policy_errors(connector, &properties_schema));
    out
}

/// Each parameter against the schema of its place (`formDataParameterSubSchema`...).
fn parameter_errors(connector: &Connector, schema: &Value) -> Vec<String> {
    const DRAFT4: &str = "http://json-schema.org/draft-04/schema#";
    let mut out = Vec::new();
    for (path, method, op) in connector.operations() {
        let parameters = op["parameters"].as_array().into_iter().flatten();
        for (i, parameter) in parameters.enumerate() {
            let place = parameter["in"].as_str().unwrap_or_default();
            let name = match place {
                "body" => "bodyParameter".to_string(),
                other => format!("{other}ParameterSubSchema"),
            };
            let at = format!(
                "/paths/{}/{method}/parameters/{i}",
                path.replace('~', "~0").replace('/', "~1")
            );
            match part(schema, DRAFT4, &name) {
                Some(part) => out.extend(check(Draft::Four, &part, parameter, DEFINITION, &at)),
                None => out.push(format!(
                    "{DEFINITION}: {at}: `in: {place}` is not a place Swagger 2.0 knows"
                )),
            }
        }
    }
    out
}

/// Each policy against the template its `templateId` names.
fn policy_errors(connector: &Connector, schema: &Value) -> Vec<String> {
    const DRAFT7: &str = "http://json-schema.org/draft-07/schema#";
    let mut out = Vec::new();
    for (i, policy) in connector.policies().into_iter().enumerate() {
        let id = policy["templateId"]
            .as_str()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let at = format!("/properties/policyTemplateInstances/{i}");
        match part(schema, DRAFT7, &format!("PolicyTemplateInstance-{id}")) {
            Some(part) => out.extend(check(Draft::Seven, &part, policy, PROPERTIES, &at)),
            None => out.push(format!(
                "{PROPERTIES}: {at}: `templateId: {id}` is no policy template Power Platform knows"
            )),
        }
    }
    out
}
