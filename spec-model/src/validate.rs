//! The checks that turn an OpenAPI document into a [`Spec`], each failing at a named location.
//!
//! They cover what progenitor would panic on or silently get wrong for Stripe (a `default`
//! response, a missing `operationId`, a deepObject parameter, a form field Stripe cannot take)
//! and the connector metadata in the `x-` extensions (the connection rules, triggers and open
//! enums). Parameters and bodies as progenitor can generate them, and the Rust names the spec
//! gives rise to, are checked in `validate/`.

mod collisions;
mod content;
mod parameters;
mod trigger_events;
mod trigger_types;

use std::collections::HashMap;

use openapiv3::{
    OpenAPI, Operation as OpenApiOperation, Parameter, ReferenceOr, Schema, SchemaKind, StatusCode,
    Type, VariantOrUnknownOrEmpty,
};
use serde::Deserialize;
use serde_json::Value;

use crate::error::{Location, Problem};
use crate::extensions::{ACTION, OPEN_ENUM};
use crate::model::{Connector, Operation, Place, Spec, Trigger};
use crate::names;
use crate::reference::{self, component};

const FORM: &str = "application/x-www-form-urlencoded";
const JSON: &str = "application/json";
/// The `format` Stripe gives integer timestamps.
pub const UNIX_TIME: &str = "unix-time";

/// Checks the document and reads the connector model out of it.
///
/// An operation may be an action (`x-action`) or the list of a trigger (`x-trigger`), not both;
/// one that is neither is only a method of the generated client.
pub(crate) fn validate(openapi: OpenAPI, document: Value) -> Result<Spec, Problem> {
    let connector = connector(&openapi)?;
    check_schemas(&openapi)?;
    let open_enums = open_enums(&openapi)?;
    let mut operations = Vec::new();
    let mut actions = Vec::new();
    let mut triggers = Vec::new();
    let mut seen: HashMap<String, Location> = HashMap::new();
    for (path, item) in &openapi.paths.paths {
        let at = Location::root().key("paths").key(path);
        let ReferenceOr::Item(item) = item else {
            return Err(Problem::new(at, "a path item may not be a `$ref`")
                .help("write the operations under the path itself"));
        };
        for (method, op) in item.iter() {
            let at = at.key(method);
            let operation = operation(&openapi, path, method, op, &at)?;
            parameters::check(&openapi, path, item, op, &at)?;
            content::check(&openapi, op, &at)?;
            if let Some(first) = seen.insert(operation.id.clone(), at.key("operationId")) {
                return Err(Problem::new(
                    at.key("operationId"),
                    format!(
                        "duplicate operationId `{}`, already used at {first}",
                        operation.id
                    ),
                )
                .help("give every operation its own operationId"));
            }
            if op.extensions.contains_key(ACTION) && op.extensions.contains_key("x-trigger") {
                return Err(Problem::new(
                    at.key(ACTION),
                    format!("`{}` is both an action and the list of a trigger", operation.id),
                )
                .help("a trigger's list is polled, not run as an action: remove `x-action` or `x-trigger`"));
            }
            if let Some(trigger) = trigger(&openapi, op, &operation, &at)? {
                triggers.push(trigger);
            } else if let Some(action) = crate::actions::action(&openapi, op, &operation, &at)? {
                actions.push(action);
            }
            operations.push(operation);
        }
    }
    check_trigger_names(&triggers)?;
    trigger_types::check(&openapi, &triggers)?;
    collisions::check(&openapi, &operations, &triggers, &open_enums)?;
    crate::actions::check_commands(&actions)?;
    Ok(Spec {
        openapi,
        document,
        connector,
        operations,
        actions,
        triggers,
        open_enums,
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConnectorExtension {
    throttle: ThrottleExtension,
    poll_interval_seconds: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ThrottleExtension {
    calls: u32,
    period_seconds: u64,
}

fn connector(openapi: &OpenAPI) -> Result<Connector, Problem> {
    let info = Location::root().key("info");
    let stripe_version = openapi.info.version.clone();
    if !is_date(&stripe_version) {
        return Err(Problem::new(
            info.key("version"),
            format!("`{stripe_version}` is not a Stripe API version"),
        )
        .help("`info.version` is sent as the Stripe-Version header: write a date such as '2019-10-08'"));
    }
    let at = info.key("x-connector");
    let value = openapi.info.extensions.get("x-connector").ok_or_else(|| {
        Problem::new(at.clone(), "missing: the connector's throttle and poll interval").help(
            "add `x-connector: {throttle: {calls: 100, period-seconds: 60}, poll-interval-seconds: 120}`",
        )
    })?;
    let ext: ConnectorExtension = extension(value, &at)?;
    if ext.throttle.calls == 0 || ext.throttle.period_seconds == 0 {
        return Err(Problem::new(
            at.key("throttle"),
            "calls and period-seconds must both be above 0",
        ));
    }
    if ext.poll_interval_seconds == 0 {
        return Err(Problem::new(
            at.key("poll-interval-seconds"),
            "must be above 0",
        ));
    }
    Ok(Connector {
        stripe_version,
        throttle_calls: ext.throttle.calls,
        throttle_period_seconds: ext.throttle.period_seconds,
        poll_interval_seconds: ext.poll_interval_seconds,
    })
}

fn extension<T: for<'de> Deserialize<'de>>(value: &Value, at: &Location) -> Result<T, Problem> {
    serde_path_to_error::deserialize(value)
        .map_err(|e| Problem::new(at.along(e.path()), format!("malformed: {}", e.inner())))
}

fn is_date(version: &str) -> bool {
    let bytes = version.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

fn operation(
    openapi: &OpenAPI,
    path: &str,
    method: &str,
    op: &OpenApiOperation,
    at: &Location,
) -> Result<Operation, Problem> {
    let id = op.operation_id.clone().ok_or_else(|| {
        Problem::new(at.clone(), "missing operationId")
            .help("name the operation in UpperCamelCase, such as `operationId: CreateProduct`")
    })?;
    let summary = op
        .summary
        .clone()
        .filter(|summary| !summary.trim().is_empty())
        .ok_or_else(|| {
            Problem::new(at.clone(), format!("`{id}` has no summary"))
                .help("add the name users see, such as `summary: Create a product`")
        })?;
    check_parameters(openapi, op, at)?;
    check_responses(op, at)?;
    check_request_body(openapi, op, at)?;
    Ok(Operation {
        method_name: names::method(&id),
        id,
        http_method: method.to_ascii_uppercase(),
        path: path.to_string(),
        summary,
        description: op.description.clone(),
        inputs: crate::inputs::inputs(openapi, op, at)?,
    })
}

fn check_parameters(
    openapi: &OpenAPI,
    op: &OpenApiOperation,
    at: &Location,
) -> Result<(), Problem> {
    for (i, parameter) in op.parameters.iter().enumerate() {
        let at = at.key("parameters").index(i);
        let parameter = match parameter {
            ReferenceOr::Item(p) => p,
            ReferenceOr::Reference { reference } => component(openapi, reference, |c| {
                &c.parameters
            })
            .ok_or_else(|| Problem::new(at.clone(), format!("unknown $ref `{reference}`")))?,
        };
        if let Parameter::Query {
            style: openapiv3::QueryStyle::DeepObject,
            parameter_data,
            ..
        } = parameter
        {
            return Err(Problem::new(
                at,
                format!("`{}` uses `style: deepObject`, which progenitor cannot generate", parameter_data.name),
            )
            .help("spell out each key as its own parameter, as Stripe receives it: `created[gt]`, `created[lt]`, ..."));
        }
    }
    Ok(())
}

fn check_responses(op: &OpenApiOperation, at: &Location) -> Result<(), Problem> {
    let at = at.key("responses");
    if op.responses.default.is_some() {
        return Err(Problem::new(
            at.key("default"),
            "a `default` response beside the success response makes progenitor panic",
        )
        .help("declare Stripe's error envelope as `4XX` and `5XX` responses instead"));
    }
    let successes = op
        .responses
        .responses
        .keys()
        .filter(|code| is_success(code))
        .count();
    if successes != 1 {
        return Err(Problem::new(
            at,
            format!("{successes} success responses; an action has exactly one, `200`"),
        ));
    }
    Ok(())
}

fn is_success(code: &StatusCode) -> bool {
    match code {
        StatusCode::Code(n) => (200..300).contains(n),
        StatusCode::Range(n) => *n == 2,
    }
}

fn check_request_body(
    openapi: &OpenAPI,
    op: &OpenApiOperation,
    at: &Location,
) -> Result<(), Problem> {
    let Some(body) = &op.request_body else {
        return Ok(());
    };
    let at = at.key("requestBody");
    let ReferenceOr::Item(body) = body else {
        return Err(Problem::new(
            at,
            "write the request body in place, not as a `$ref`",
        ));
    };
    let at = at.key("content");
    for (content_type, media) in &body.content {
        let at = at.key(content_type);
        if content_type != FORM {
            return Err(Problem::new(
                at,
                format!("Stripe does not accept `{content_type}` request bodies"),
            )
            .help(format!("send the body as `{FORM}`")));
        }
        let Some(schema) = &media.schema else {
            return Err(Problem::new(at, "the form body has no schema"));
        };
        let at = at.key("schema");
        let schema = resolve(openapi, schema, &at)?;
        let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
            return Err(Problem::new(
                at,
                "a form body must be an object of named fields",
            ));
        };
        for (name, field) in &object.properties {
            let field = resolve_boxed(openapi, field, &at)?;
            check_form_field(openapi, field, &at.key("properties").key(name), 0)?;
        }
    }
    Ok(())
}

/// Stripe reads scalars, arrays (`a[0]=`) and hashes (`a[k]=`) of them; nothing else has a form.
fn check_form_field(
    openapi: &OpenAPI,
    schema: &Schema,
    at: &Location,
    depth: usize,
) -> Result<(), Problem> {
    const HELP: &str = "use a string, integer, number or boolean, or an array or object of them";
    let refuse = |what: &str| {
        Err(Problem::new(
            at.clone(),
            format!("{what} cannot be sent in a Stripe form body"),
        )
        .help(HELP))
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s))
            if matches!(
                &s.format,
                VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary)
            ) =>
        {
            refuse("binary data (a file upload)")
        }
        SchemaKind::Type(
            Type::String(_) | Type::Integer(_) | Type::Number(_) | Type::Boolean(_),
        ) => Ok(()),
        SchemaKind::Type(_) if depth >= 3 => {
            refuse("a structure nested more than three levels deep")
        }
        SchemaKind::Type(Type::Array(array)) => match &array.items {
            Some(items) => check_form_field(
                openapi,
                resolve_boxed(openapi, items, at)?,
                &at.key("items"),
                depth + 1,
            ),
            None => refuse("an array without `items`"),
        },
        SchemaKind::Type(Type::Object(object)) if object.properties.is_empty() => {
            match &object.additional_properties {
                // A hash such as `metadata`: `name[key]=value`.
                Some(openapiv3::AdditionalProperties::Schema(values)) => check_form_field(
                    openapi,
                    resolve(openapi, values, at)?,
                    &at.key("additionalProperties"),
                    depth + 1,
                ),
                _ => refuse("an object without `properties` or a schema of `additionalProperties`"),
            }
        }
        SchemaKind::Type(Type::Object(object)) => {
            object.properties.iter().try_for_each(|(name, field)| {
                check_form_field(
                    openapi,
                    resolve_boxed(openapi, field, at)?,
                    &at.key("properties").key(name),
                    depth + 1,
                )
            })
        }
        SchemaKind::AllOf { all_of } if all_of.len() == 1 => {
            let inner = match &all_of[0] {
                ReferenceOr::Item(schema) => schema,
                reference => resolve(openapi, reference, at)?,
            };
            check_form_field(openapi, inner, at, depth)
        }
        SchemaKind::OneOf { .. }
        | SchemaKind::AnyOf { .. }
        | SchemaKind::AllOf { .. }
        | SchemaKind::Not { .. } => refuse("a composed schema (oneOf, anyOf, allOf, not)"),
        SchemaKind::Any(_) => refuse("a schema without a type"),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct TriggerExtension {
    name: String,
    summary: String,
    #[serde(default = "default_created_field")]
    created_field: String,
    events: Vec<String>,
}

fn default_created_field() -> String {
    "created".to_string()
}

fn trigger(
    openapi: &OpenAPI,
    op: &OpenApiOperation,
    operation: &Operation,
    at: &Location,
) -> Result<Option<Trigger>, Problem> {
    let Some(value) = op.extensions.get("x-trigger") else {
        return Ok(None);
    };
    let at = at.key("x-trigger");
    let ext: TriggerExtension = extension(value, &at)?;
    if ext.summary.trim().is_empty() {
        return Err(Problem::new(
            at.key("summary"),
            format!("trigger `{}` has an empty summary", ext.name),
        )
        .help("write the name users see, its line in `watch --help`, such as `summary: When a customer is added`"));
    }
    if operation.http_method != "GET" {
        return Err(Problem::new(
            at,
            "a trigger polls a list, so its operation must be a GET",
        ));
    }
    let not_a_list = |why: &str| {
        Problem::new(at.clone(), format!("trigger `{}` polls `{}`, which does not return a list: {why}", ext.name, operation.id))
            .help("a polled operation answers `200` with an object of `data` (an array of `$ref` items) and `has_more`")
    };
    let page_schema = success_schema_name(openapi, op)
        .ok_or_else(|| not_a_list("its `200` response is not a `$ref` to a schema"))?;
    let page = component(openapi, &reference::to_schema(&page_schema), |c| &c.schemas)
        .ok_or_else(|| not_a_list("its response schema is not defined"))?;
    let SchemaKind::Type(Type::Object(page_object)) = &page.schema_kind else {
        return Err(not_a_list("its response is not an object"));
    };
    if !page_object.properties.contains_key("has_more") {
        return Err(not_a_list("the page has no `has_more`"));
    }
    let item_schema = page_object
        .properties
        .get("data")
        .and_then(|data| match data {
            ReferenceOr::Item(data) => match &data.schema_kind {
                SchemaKind::Type(Type::Array(array)) => {
                    array.items.as_ref().and_then(reference_name)
                }
                _ => None,
            },
            ReferenceOr::Reference { .. } => None,
        })
        .and_then(reference::schema_name)
        .ok_or_else(|| not_a_list("`data` is not an array of `$ref` items"))?
        .to_string();
    check_trigger_item(openapi, &item_schema, &ext.created_field, &at)?;
    trigger_events::check(
        openapi,
        &ext.name,
        &item_schema,
        &ext.events,
        &at.key("events"),
    )?;
    check_list_parameters(openapi, op, &ext.name, &at)?;
    let page_limit = page_limit(operation, &ext.name, &at)?;
    Ok(Some(Trigger {
        name: ext.name,
        summary: ext.summary,
        operation: operation.clone(),
        page_schema,
        item_schema,
        created_field: ext.created_field,
        events: ext.events,
        page_limit,
    }))
}

/// The most objects a page of the list may hold: the `maximum` of its `limit`, the size of the
/// pages the trigger reads.
fn page_limit(operation: &Operation, trigger: &str, at: &Location) -> Result<u64, Problem> {
    let maximum = operation
        .inputs
        .iter()
        .find(|input| input.name == "limit" && input.place == Place::Query)
        .and_then(|limit| limit.constraints.maximum);
    match maximum {
        Some(max) if max >= 1.0 && max.fract() == 0.0 => Ok(max as u64),
        _ => Err(Problem::new(
            at.clone(),
            format!("trigger `{trigger}` reads pages as large as its list allows, but the list's `limit` has no whole `maximum` of at least 1"),
        )
        .help("give the `limit` parameter Stripe's bounds: `minimum: 1`, `maximum: 100`")),
    }
}

fn reference_name<T>(schema: &ReferenceOr<T>) -> Option<&str> {
    match schema {
        ReferenceOr::Reference { reference } => Some(reference),
        ReferenceOr::Item(_) => None,
    }
}

/// The component schema of `op`'s `200` answer, written in place or behind a `$ref` to a
/// response.
fn success_schema_name(openapi: &OpenAPI, op: &OpenApiOperation) -> Option<String> {
    let response = match op.responses.responses.get(&StatusCode::Code(200))? {
        ReferenceOr::Item(response) => response,
        ReferenceOr::Reference { reference } => component(openapi, reference, |c| &c.responses)?,
    };
    let schema = response.content.get(JSON)?.schema.as_ref()?;
    reference::schema_name(reference_name(schema)?).map(str::to_string)
}

/// A polled item needs an `id` and a required unix-time creation field to keep a watermark.
fn check_trigger_item(
    openapi: &OpenAPI,
    item: &str,
    created: &str,
    at: &Location,
) -> Result<(), Problem> {
    let schema = component(openapi, &reference::to_schema(item), |c| &c.schemas);
    let Some(SchemaKind::Type(Type::Object(object))) = schema.map(|s| &s.schema_kind) else {
        return Err(Problem::new(
            at.clone(),
            format!("the polled item `{item}` is not an object schema"),
        ));
    };
    for (field, what) in [("id", "an `id`"), (created, "a creation time")] {
        if !object.required.iter().any(|r| r == field) {
            return Err(Problem::new(
                at.clone(),
                format!("the polled item `{item}` lacks a required `{field}`, {what} the trigger needs to keep its place"),
            )
            .help("name the creation-time field with `created-field:` when it is not `created`"));
        }
    }
    Ok(())
}

/// The query parameters a trigger pages and filters its list with.
const LIST_PARAMETERS: [&str; 6] = [
    "limit",
    "starting_after",
    "ending_before",
    "created[gte]",
    "created[lte]",
    "created[lt]",
];

fn check_list_parameters(
    openapi: &OpenAPI,
    op: &OpenApiOperation,
    trigger: &str,
    at: &Location,
) -> Result<(), Problem> {
    let names: Vec<&str> = op
        .parameters
        .iter()
        .filter_map(|parameter| match parameter {
            ReferenceOr::Item(p) => Some(p),
            ReferenceOr::Reference { reference } => {
                component(openapi, reference, |c| &c.parameters)
            }
        })
        .map(|p| p.parameter_data_ref().name.as_str())
        .collect();
    match LIST_PARAMETERS.iter().find(|wanted| !names.contains(wanted)) {
        None => Ok(()),
        Some(missing) => Err(Problem::new(
            at.clone(),
            format!("trigger `{trigger}` pages its list with `{missing}`, which the operation does not take"),
        )
        .help(format!("give the list operation the query parameters {}", LIST_PARAMETERS.join(", ")))),
    }
}

fn check_trigger_names(triggers: &[Trigger]) -> Result<(), Problem> {
    let mut names = HashMap::new();
    let mut watched = HashMap::new();
    for trigger in triggers {
        let at = Location::root()
            .key("paths")
            .key(&trigger.operation.path)
            .key(trigger.operation.http_method.to_lowercase())
            .key("x-trigger");
        if let Some(first) = names.insert(&trigger.name, &trigger.operation.id) {
            return Err(Problem::new(
                at,
                format!(
                    "trigger name `{}` is already used by `{first}`",
                    trigger.name
                ),
            ));
        }
        if let Some(first) = watched.insert(trigger.watch_name(), &trigger.name) {
            return Err(Problem::new(
                at,
                format!(
                    "`{}` also delivers `{}` objects, so both would be `watch {}`",
                    first,
                    trigger.item_schema,
                    trigger.watch_name()
                ),
            )
            .help("poll each kind of object with one trigger"));
        }
    }
    Ok(())
}

/// A required nullable timestamp has no type: the conversion maps nullable ones to `Option`.
fn check_schemas(openapi: &OpenAPI) -> Result<(), Problem> {
    let Some(components) = &openapi.components else {
        return Ok(());
    };
    for (name, schema) in &components.schemas {
        let ReferenceOr::Item(Schema {
            schema_kind: SchemaKind::Type(Type::Object(object)),
            ..
        }) = schema
        else {
            continue;
        };
        for (field, property) in &object.properties {
            let ReferenceOr::Item(property) = property else {
                continue;
            };
            if property.schema_data.nullable
                && is_unix_time(property)
                && object.required.contains(field)
            {
                return Err(Problem::new(
                    Location::root()
                        .key("components")
                        .key("schemas")
                        .key(name)
                        .key("properties")
                        .key(field),
                    "a timestamp that is both required and nullable cannot be generated",
                )
                .help(
                    "drop it from `required`: an absent and a null timestamp both read as `None`",
                ));
            }
        }
    }
    Ok(())
}

/// The component schemas marked `x-open-enum: true`. The mark must sit on a component string
/// enum: the component's name is the Rust enum's, and only an enum of strings can hold the
/// string of a value it does not list.
fn open_enums(openapi: &OpenAPI) -> Result<Vec<String>, Problem> {
    let document = serde_json::to_value(openapi).map_err(|e| {
        Problem::new(
            Location::root(),
            format!("the spec cannot be read back: {e}"),
        )
    })?;
    check_open_enum_places(&document, &Location::root(), &[])?;
    let mut open = Vec::new();
    let schemas = openapi.components.iter().flat_map(|c| &c.schemas);
    for (name, schema) in schemas {
        let ReferenceOr::Item(schema) = schema else {
            continue;
        };
        let Some(value) = schema.schema_data.extensions.get(OPEN_ENUM) else {
            continue;
        };
        let at = Location::root()
            .key("components")
            .key("schemas")
            .key(name)
            .key(OPEN_ENUM);
        if !extension::<bool>(value, &at)? {
            continue;
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(string)) if !string.enumeration.is_empty() => {
                open.push(name.clone());
            }
            _ => {
                return Err(Problem::new(
                    at,
                    format!("`{name}` is not a string enum, so it cannot be open"),
                )
                .help("put `x-open-enum: true` on a schema of `type: string` with an `enum` list, or remove it"));
            }
        }
    }
    Ok(open)
}

/// `x-open-enum` anywhere but on a component schema is an error: written in place, the enum
/// would stay closed without a word. `keys` are the map keys from the root down to `node`.
fn check_open_enum_places(node: &Value, at: &Location, keys: &[&str]) -> Result<(), Problem> {
    match node {
        Value::Object(map) => {
            let component = matches!(keys, ["components", "schemas", _]);
            let property_names = keys.last() == Some(&"properties");
            if map.contains_key(OPEN_ENUM) && !component && !property_names {
                return Err(Problem::new(
                    at.key(OPEN_ENUM),
                    "`x-open-enum` works only on a component schema, whose name the Rust enum takes",
                )
                .help("move the enum to `components.schemas` under the name its Rust type should have, and point the field at it with `$ref` (inside a one-member `allOf` to keep the field's description)"));
            }
            for (key, child) in map {
                let keys: Vec<&str> = keys.iter().copied().chain([key.as_str()]).collect();
                check_open_enum_places(child, &at.key(key), &keys)?;
            }
        }
        Value::Array(items) => {
            let keys: Vec<&str> = keys.iter().copied().chain(["[]"]).collect();
            for (i, child) in items.iter().enumerate() {
                check_open_enum_places(child, &at.index(i), &keys)?;
            }
        }
        _ => {}
    }
    Ok(())
}

pub(crate) fn is_unix_time(schema: &Schema) -> bool {
    matches!(&schema.schema_kind, SchemaKind::Type(Type::Integer(i)) if matches!(&i.format, VariantOrUnknownOrEmpty::Unknown(f) if f == UNIX_TIME))
}

fn resolve<'a>(
    openapi: &'a OpenAPI,
    schema: &'a ReferenceOr<Schema>,
    at: &Location,
) -> Result<&'a Schema, Problem> {
    match schema {
        ReferenceOr::Item(schema) => Ok(schema),
        ReferenceOr::Reference { reference } => component(openapi, reference, |c| &c.schemas)
            .ok_or_else(|| Problem::new(at.clone(), format!("unknown $ref `{reference}`"))),
    }
}

fn resolve_boxed<'a>(
    openapi: &'a OpenAPI,
    schema: &'a ReferenceOr<Box<Schema>>,
    at: &Location,
) -> Result<&'a Schema, Problem> {
    match schema {
        ReferenceOr::Item(schema) => Ok(schema),
        ReferenceOr::Reference { reference } => component(openapi, reference, |c| &c.schemas)
            .ok_or_else(|| Problem::new(at.clone(), format!("unknown $ref `{reference}`"))),
    }
}
