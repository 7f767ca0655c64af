//! Driving progenitor: the settings Stripe needs, behind the fence that locates its failures.
//!
//! progenitor sees the spec without the string limits of the inputs (`minLength`, `maxLength`,
//! `pattern` on parameters and on the properties of request bodies, nested ones too): typify would wrap each
//! such field in a newtype of its own, which `&str` and `Option<String>` no longer convert
//! into, whose errors do not name the field, and whose pattern check needs a regex crate and an
//! `unwrap`. The generated `Check` of each body (see `connection.rs`) enforces them instead,
//! before anything is sent.
//!
//! Response strings lose their limits too (Stripe's `maxLength: 5000` on every id): nothing
//! checks an answer against them, and each would become a newtype.
//!
//! Two marks change a field's type: an `x-expandable` property (`anyOf: [string, $ref X]`)
//! becomes `crate::Expandable<crate::types::X>`, and an `x-clearable` form field other than a
//! plain string (which `""` clears) `crate::Clearable<T>`, each through a synthetic component
//! that typify replaces by the hand-written type. Every hash (`additionalProperties`) is a `BTreeMap`, so that a form lists
//! its keys in a stable order.
//!
//! It also sees no `x-` extension on a schema: they are the connector's own notes (`x-original`,
//! `x-deviation`, `x-flag`...), read by codegen, the exporter and the tests, and typify compares
//! whole schemas, extensions included, when it picks a conversion: a note beside a timestamp
//! would turn `Timestamp` back into `i64`.

use openapiv3::OpenAPI;
use progenitor::{GenerationSettings, Generator, InterfaceStyle, TypeImpl};
use schemars::schema::{InstanceType, SchemaObject};
use serde_json::Value;

use crate::error::{Location, Problem};
use crate::extensions::{CLEARABLE, EXPANDABLE};
use crate::fence;
use crate::model::Spec;
use crate::names;
use crate::reference::{schema_name, to_schema};
use spec_model::UNIX_TIME;

/// The hand-written type that Stripe's integer timestamps become.
const TIMESTAMP_TYPE: &str = "crate::Timestamp";

/// Runs progenitor over the validated spec and parses its output.
pub(crate) fn generate(spec: &Spec) -> Result<syn::File, Problem> {
    let (openapi, replacements) = for_progenitor(&spec.openapi)?;
    let tokens = fence::run(&openapi, |openapi| {
        Generator::new(&settings(&replacements))
            .generate_tokens(openapi)
            .map_err(|e| e.to_string())
    })?;
    syn::parse2(tokens).map_err(|e| {
        Problem::new(
            Location::root(),
            format!("progenitor produced code that does not parse: {e}"),
        )
        .by_generator()
    })
}

/// A synthetic component and the hand-written type typify puts in its place.
struct Replacement {
    component: String,
    rust: String,
}

fn settings(replacements: &[Replacement]) -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings.with_interface(InterfaceStyle::Builder);
    settings.with_map_type("::std::collections::BTreeMap");
    for replacement in replacements {
        settings.with_replacement(&replacement.component, &replacement.rust, [].into_iter());
    }
    // Every call goes through the hand-written hooks of `crate::hooks` (throttle, retries,
    // idempotency keys), which find their settings in the client's inner value.
    settings.with_inner_type(quote::quote!(crate::Policy));
    // Stripe's timestamps are integers in seconds; a nullable one becomes `Option<Timestamp>`
    // because every nullable timestamp is optional (see `validate::check_schemas`).
    for nullable in [false, true] {
        settings.with_conversion(
            unix_time_schema(nullable),
            TIMESTAMP_TYPE,
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    settings
}

fn unix_time_schema(nullable: bool) -> SchemaObject {
    let instance_type = if nullable {
        vec![InstanceType::Integer, InstanceType::Null].into()
    } else {
        InstanceType::Integer.into()
    };
    SchemaObject {
        instance_type: Some(instance_type),
        format: Some(UNIX_TIME.to_string()),
        ..Default::default()
    }
}

/// The spec as progenitor reads it: without string limits, with the marked fields pointing at
/// synthetic components (and the replacements of those), and without the `x-` extensions of
/// any schema.
fn for_progenitor(openapi: &OpenAPI) -> Result<(OpenAPI, Vec<Replacement>), Problem> {
    let unreadable = |e: serde_json::Error| {
        Problem::new(
            Location::root(),
            format!("the spec cannot be read back: {e}"),
        )
    };
    let mut document = serde_json::to_value(openapi).map_err(unreadable)?;
    strip(&mut document);
    let mut replacements = Vec::new();
    let mut synthetic = serde_json::Map::new();
    let names: Vec<String> = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| schemas.keys().cloned().collect())
        .unwrap_or_default();
    for name in &names {
        let schema_at = Location::root().key("components").key("schemas").key(name);
        let Some(schema) = document.pointer_mut(&format!("/components/schemas/{}", escape(name)))
        else {
            continue;
        };
        mark_fields(schema, name, &schema_at, &mut synthetic, &mut replacements)?;
    }
    for (name, schema) in synthetic {
        if names.contains(&name) {
            return Err(Problem::new(
                Location::root().key("components").key("schemas").key(&name),
                format!("`{name}` is the name codegen gives a synthetic schema of an x-expandable or x-clearable field"),
            )
            .help("rename the component"));
        }
        if let Some(Value::Object(schemas)) = document.pointer_mut("/components/schemas") {
            schemas.insert(name, schema);
        }
    }
    without_schema_extensions(&mut document);
    let openapi = serde_json::from_value(document).map_err(unreadable)?;
    Ok((openapi, replacements))
}

/// `~` and `/` escaped for a JSON pointer.
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Points each `x-expandable` and `x-clearable` property of `schema` (the component `owner`,
/// at `at`), and of its inline objects, at a synthetic component replaced by the hand-written
/// type.
fn mark_fields(
    schema: &mut Value,
    owner: &str,
    at: &Location,
    synthetic: &mut serde_json::Map<String, Value>,
    replacements: &mut Vec<Replacement>,
) -> Result<(), Problem> {
    let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    for (field, property) in properties.iter_mut() {
        let at = at.key("properties").key(field);
        let marked = |key: &str| property.get(key).and_then(Value::as_bool) == Some(true);
        let (component, rust) = if marked(EXPANDABLE) {
            let target = expandable_target(property, &at)?;
            (
                format!("Expandable{}", names::type_name(&target)),
                format!(
                    "crate::Expandable<crate::types::{}>",
                    names::type_name(&target)
                ),
            )
        } else if marked(CLEARABLE) && !plain_string(property) {
            let inner = match hoisted_enum(property) {
                Some(schema) => {
                    // The name typify gives an inline enum, so the type reads as it would have.
                    let name = format!("{}{}", names::type_name(owner), names::type_name(field));
                    synthetic.insert(name.clone(), schema);
                    format!("crate::types::{name}")
                }
                None => clearable_type(property, &at)?,
            };
            (
                format!(
                    "Clearable{}{}",
                    names::type_name(owner),
                    names::type_name(field)
                ),
                format!("crate::Clearable<{inner}>"),
            )
        } else {
            mark_fields(property, owner, &at, synthetic, replacements)?;
            continue;
        };
        let mut replaced = serde_json::Map::new();
        for key in ["description", "nullable"] {
            if let Some(value) = property.get(key) {
                replaced.insert(key.to_string(), value.clone());
            }
        }
        replaced.insert(
            "allOf".to_string(),
            serde_json::json!([{ "$ref": to_schema(&component) }]),
        );
        synthetic.insert(component.clone(), serde_json::json!({ "type": "object" }));
        *property = Value::Object(replaced);
        replacements.push(Replacement { component, rust });
    }
    Ok(())
}

/// Whether `property` is a plain string, which `""` already clears: it stays a string.
fn plain_string(property: &Value) -> bool {
    property.get("type").and_then(Value::as_str) == Some("string") && property.get("enum").is_none()
}

/// The schema of an inline string enum, without its `x-` keys, to become a component.
fn hoisted_enum(property: &Value) -> Option<Value> {
    let is_enum = property.get("type").and_then(Value::as_str) == Some("string")
        && property.get("enum").is_some();
    let mut schema = property.as_object()?.clone();
    schema.retain(|key, _| !key.starts_with("x-"));
    is_enum.then_some(Value::Object(schema))
}

/// The component X of an `x-expandable` property, `anyOf: [{type: string}, {$ref: X}]`.
fn expandable_target(property: &Value, at: &Location) -> Result<String, Problem> {
    let members = property.get("anyOf").and_then(Value::as_array);
    let target = match members.map(Vec::as_slice) {
        Some([id, object]) if id.get("type").and_then(Value::as_str) == Some("string") => object
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(schema_name),
        _ => None,
    };
    target.map(str::to_string).ok_or_else(|| {
        Problem::new(
            at.key(EXPANDABLE),
            "an x-expandable field is the id or the object: `anyOf: [{type: string}, {$ref: '#/components/schemas/X'}]`",
        )
        .help("write the anyOf of the id and the component, with `nullable: true` beside it when it may be null")
    })
}

/// The Rust type of the value of an `x-clearable` field: a scalar, a component, or an array of
/// either.
fn clearable_type(property: &Value, at: &Location) -> Result<String, Problem> {
    let refuse = || {
        Problem::new(
            at.key(CLEARABLE),
            "codegen clears a string, integer, number, boolean, string enum, component ($ref or a one-member allOf) or an array of them",
        )
    };
    let reference = property
        .get("$ref")
        .or_else(|| property.pointer("/allOf/0/$ref"))
        .and_then(Value::as_str);
    if let Some(reference) = reference {
        let name = schema_name(reference).ok_or_else(refuse)?;
        return Ok(format!("crate::types::{}", names::type_name(name)));
    }
    let scalar = match property.get("type").and_then(Value::as_str) {
        Some("string") if property.get("enum").is_none() => "::std::string::String",
        Some("integer") => "i64",
        Some("number") => "f64",
        Some("boolean") => "bool",
        Some("array") => {
            let items = property.get("items").ok_or_else(refuse)?;
            let item = clearable_type(items, at)?;
            return Ok(format!("::std::vec::Vec<{item}>"));
        }
        _ => return Err(refuse()),
    };
    Ok(scalar.to_string())
}

/// Removes the `x-` keys of every schema of the document: components, parameters, bodies and
/// responses, and the schemas inside them.
fn without_schema_extensions(document: &mut Value) {
    for schema in at(document, &["components", "schemas"]) {
        schema_without_extensions(schema);
    }
    for parameter in at(document, &["components", "parameters"]) {
        media_without_extensions(parameter);
    }
    for response in at(document, &["components", "responses"]) {
        for media in at(response, &["content"]) {
            media_without_extensions(media);
        }
    }
    let operations = at(document, &["paths"]).flat_map(|item| {
        item.as_object_mut()
            .into_iter()
            .flat_map(|i| i.values_mut())
    });
    for op in operations {
        for parameter in at(op, &["parameters"]) {
            media_without_extensions(parameter);
        }
        for media in at(op, &["requestBody", "content"]) {
            media_without_extensions(media);
        }
        for response in at(op, &["responses"]) {
            for media in at(response, &["content"]) {
                media_without_extensions(media);
            }
        }
    }
}

/// The schema of a parameter or a media type.
fn media_without_extensions(holder: &mut Value) {
    if let Some(schema) = holder.get_mut("schema") {
        schema_without_extensions(schema);
    }
}

fn schema_without_extensions(schema: &mut Value) {
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    map.retain(|key, _| !key.starts_with("x-"));
    for key in ["items", "not", "additionalProperties"] {
        if let Some(inner) = map.get_mut(key) {
            schema_without_extensions(inner);
        }
    }
    for key in ["allOf", "oneOf", "anyOf", "properties"] {
        let members: Vec<&mut Value> = match map.get_mut(key) {
            Some(Value::Array(items)) => items.iter_mut().collect(),
            Some(Value::Object(map)) => map.values_mut().collect(),
            _ => Vec::new(),
        };
        members.into_iter().for_each(schema_without_extensions);
    }
}

/// The members of the array or the values of the map at `keys` under `node`, if any.
fn at<'a>(node: &'a mut Value, keys: &[&str]) -> impl Iterator<Item = &'a mut Value> {
    let found = keys.iter().try_fold(node, |node, key| node.get_mut(key));
    let (array, map) = match found {
        Some(Value::Array(items)) => (Some(items.iter_mut()), None),
        Some(Value::Object(map)) => (None, Some(map.values_mut())),
        _ => (None, None),
    };
    array.into_iter().flatten().chain(map.into_iter().flatten())
}

/// Removes the string limits of every schema in `node`: the checks of the inputs come from the
/// model, and an answer is not checked against them.
fn strip(node: &mut Value) {
    match node {
        Value::Object(map) => {
            if map.get("type").and_then(Value::as_str) == Some("string") {
                for keyword in ["minLength", "maxLength", "pattern"] {
                    map.remove(keyword);
                }
            }
            map.values_mut().for_each(strip);
        }
        Value::Array(items) => items.iter_mut().for_each(strip),
        _ => {}
    }
}
