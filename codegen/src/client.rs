//! Driving progenitor: the settings Stripe needs, behind the fence that locates its failures.
//!
//! progenitor sees the spec without the string limits of the inputs (`minLength`, `maxLength`,
//! `pattern` on parameters and on the properties of request bodies): typify would wrap each
//! such field in a newtype of its own, which `&str` and `Option<String>` no longer convert
//! into, whose errors do not name the field, and whose pattern check needs a regex crate and an
//! `unwrap`. The generated `Check` of each body (see `connection.rs`) enforces them instead,
//! before anything is sent.
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
use crate::fence;
use crate::model::Spec;
use crate::validate::UNIX_TIME;

/// The hand-written type that Stripe's integer timestamps become.
const TIMESTAMP_TYPE: &str = "crate::Timestamp";

/// Runs progenitor over the validated spec and parses its output.
pub(crate) fn generate(spec: &Spec) -> Result<syn::File, Problem> {
    let openapi = for_progenitor(&spec.openapi)?;
    let tokens = fence::run(&openapi, |openapi| {
        Generator::new(&settings())
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

fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings.with_interface(InterfaceStyle::Builder);
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

/// The spec as progenitor reads it: without the string limits of every parameter and request
/// body, and without the `x-` extensions of any schema.
fn for_progenitor(openapi: &OpenAPI) -> Result<OpenAPI, Problem> {
    let unreadable = |e: serde_json::Error| {
        Problem::new(
            Location::root(),
            format!("the spec cannot be read back: {e}"),
        )
    };
    let mut document = serde_json::to_value(openapi).map_err(unreadable)?;
    let mut bodies = Vec::new();
    let operations = at(&mut document, &["paths"]).flat_map(|item| {
        item.as_object_mut()
            .into_iter()
            .flat_map(|i| i.values_mut())
    });
    for op in operations {
        for parameter in at(op, &["parameters"]) {
            strip(parameter.get_mut("schema"));
        }
        for media in at(op, &["requestBody", "content"]) {
            match media.pointer("/schema/$ref").and_then(Value::as_str) {
                Some(reference) => bodies.push(reference.to_string()),
                None => strip(media.get_mut("schema")),
            }
        }
    }
    for parameter in at(&mut document, &["components", "parameters"]) {
        strip(parameter.get_mut("schema"));
    }
    for reference in bodies {
        strip(document.pointer_mut(reference.trim_start_matches('#')));
    }
    without_schema_extensions(&mut document);
    serde_json::from_value(document).map_err(unreadable)
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

/// Removes the string limits of `schema`, of its properties and of its array items.
fn strip(schema: Option<&mut Value>) {
    let Some(map) = schema.and_then(Value::as_object_mut) else {
        return;
    };
    if map.get("type").and_then(Value::as_str) == Some("string") {
        for keyword in ["minLength", "maxLength", "pattern"] {
            map.remove(keyword);
        }
    }
    strip(map.get_mut("items"));
    let properties = map.get_mut("properties").and_then(Value::as_object_mut);
    for property in properties.into_iter().flat_map(|p| p.values_mut()) {
        strip(Some(property));
    }
}
