//! `apiDefinition.swagger.json`: the host, the API key's security definition, and one
//! operation per action and trigger, with its parameters and its answers.

use std::collections::BTreeMap;

use openapiv3::{
    Operation as OpenApiOperation, Parameter, ParameterSchemaOrContent, ReferenceOr, Response,
    StatusCode,
};
use serde_json::{Map, Value, json};

use spec_model::error::{Location, Problem};
use spec_model::extensions::{CLEARABLE, FLAG, ORIGINAL, TRIGGER};
use spec_model::reference::{ComponentRef, component};
use spec_model::{Action, Operation, Spec, Trigger};

use super::schema::{Schemas, canonical, pointer, visibility};
use super::{Skipped, titles};

const FORM: &str = "application/x-www-form-urlencoded";
const JSON: &str = "application/json";

/// How many numbered fields a list of scalars gets when the spec sets it no `maxItems`.
pub(crate) const UNBOUNDED_LIST_FIELDS: u64 = 5;

/// Why `expand` (a body field) and `expand[]` (a query parameter) are left out.
const NEVER_EXPANDS: &str =
    "the platform never asks Stripe to expand: an expandable output is the object's ID";

/// The definition, and what the README says about its inputs.
pub(crate) struct Built {
    /// The whole `apiDefinition.swagger.json`.
    pub document: Value,
    /// The inputs the platform cannot send.
    pub skipped: Vec<Skipped>,
    /// The lists without `maxItems`, offered as [`UNBOUNDED_LIST_FIELDS`] numbered fields.
    pub unbounded: Vec<FormField>,
    /// The fields Stripe clears when sent empty (`x-clearable`), which no input can send empty.
    pub clearable: Vec<FormField>,
}

/// A form field of an action, named as Stripe reads it (`images`, `shipping[address]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FormField {
    /// The operationId of the action.
    pub operation: String,
    /// The field.
    pub field: String,
}

/// Builds the definition of a validated spec.
pub(crate) fn definition(spec: &Spec) -> Result<Built, Problem> {
    let (scheme, host, base_path) = server(spec)?;
    let schemas = Schemas::new(spec);
    let mut skipped = Vec::new();
    let (mut unbounded, mut clearable) = (Vec::new(), Vec::new());
    // Paths, then methods, sorted: the operations' order carries no meaning.
    let mut paths: BTreeMap<String, BTreeMap<String, Value>> = BTreeMap::new();
    for action in &spec.actions {
        let mut form = Form::new(&action.operation.id);
        let op = action_operation(spec, &schemas, action, &mut form)?;
        skipped.append(&mut form.skipped);
        unbounded.append(&mut form.unbounded);
        clearable.append(&mut form.clearable);
        let operation = &action.operation;
        paths
            .entry(operation.path.clone())
            .or_default()
            .insert(operation.http_method.to_ascii_lowercase(), op);
    }
    for trigger in &spec.triggers {
        let op = trigger_operation(spec, &schemas, trigger, &mut skipped)?;
        let operation = &trigger.operation;
        paths
            .entry(operation.path.clone())
            .or_default()
            .insert(operation.http_method.to_ascii_lowercase(), op);
    }
    let paths: Map<String, Value> = paths
        .into_iter()
        .map(|(path, methods)| (path, json!(methods)))
        .collect();
    let info = &spec.openapi.info;
    let mut info_out = Map::new();
    info_out.insert("title".into(), json!(info.title));
    if let Some(description) = &info.description {
        info_out.insert("description".into(), json!(description));
    }
    info_out.insert("version".into(), json!(info.version));
    let document = json!({
        "swagger": "2.0",
        "info": info_out,
        "host": host,
        "basePath": base_path,
        "schemes": [scheme],
        "consumes": [],
        "produces": [JSON],
        "paths": paths,
        "definitions": {},
        "parameters": {},
        "responses": {},
        "securityDefinitions": {
            (super::API_KEY_PARAMETER): {
                "type": "apiKey",
                "in": "header",
                "name": "Authorization",
                "description": "Your Stripe secret key; a policy sends it as `Bearer` followed by the key."
            }
        },
        "security": [{ (super::API_KEY_PARAMETER): [] }],
        "tags": []
    });
    Ok(Built {
        document,
        skipped,
        unbounded,
        clearable,
    })
}

/// The scheme, host and base path of the spec's first server.
fn server(spec: &Spec) -> Result<(String, String, String), Problem> {
    let at = Location::root().key("servers");
    let url = spec
        .openapi
        .servers
        .first()
        .map(|s| s.url.as_str())
        .ok_or_else(|| {
            Problem::new(at.clone(), "no server: the connector needs Stripe's host")
                .help("add `servers: [{url: https://api.stripe.com}]`")
        })?;
    let (scheme, rest) = url.split_once("://").ok_or_else(|| {
        Problem::new(
            at.index(0).key("url"),
            format!("`{url}` is not an absolute URL"),
        )
    })?;
    let (host, path) = match rest.split_once('/') {
        Some((host, path)) => (host, format!("/{path}")),
        None => (rest, "/".to_string()),
    };
    Ok((scheme.to_string(), host.to_string(), path))
}

/// The OpenAPI operation behind a model operation.
fn openapi_operation<'a>(spec: &'a Spec, operation: &Operation) -> &'a OpenApiOperation {
    spec.openapi
        .paths
        .paths
        .get(&operation.path)
        .and_then(ReferenceOr::as_item)
        .and_then(|item| {
            item.iter()
                .find(|(method, _)| method.eq_ignore_ascii_case(&operation.http_method))
                .map(|(_, op)| op)
        })
        .expect("the model's operations come from the spec's paths")
}

/// `item`, written at `here`, or the component of the section `kind` picks that it refers to,
/// with the pointer to where it is written; `None` for a reference to nothing (the spec's
/// checks refuse those).
fn resolved<'a, T>(
    spec: &'a Spec,
    item: &'a ReferenceOr<T>,
    here: String,
    kind: impl Fn(&'a openapiv3::Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
) -> Option<(&'a T, String)> {
    match item {
        ReferenceOr::Item(item) => Some((item, here)),
        ReferenceOr::Reference { reference } => {
            let item = component(&spec.openapi, reference, kind)?;
            Some((item, ComponentRef::parse(reference)?.pointer()))
        }
    }
}

/// Where an operation is written, as a JSON pointer.
fn operation_pointer(operation: &Operation) -> String {
    pointer(
        &pointer("/paths", &operation.path),
        &operation.http_method.to_ascii_lowercase(),
    )
}

fn location(operation: &Operation) -> Location {
    Location::root()
        .key("paths")
        .key(&operation.path)
        .key(operation.http_method.to_ascii_lowercase())
}

fn action_operation(
    spec: &Spec,
    schemas: &Schemas,
    action: &Action,
    form: &mut Form,
) -> Result<Value, Problem> {
    let operation = &action.operation;
    let op = openapi_operation(spec, operation);
    let mut parameters = path_and_query(
        spec,
        schemas,
        operation,
        &operation.id,
        op,
        &mut form.skipped,
    )?;
    form_parameters(spec, schemas, action, op, form);
    let consumes = !form.parameters.is_empty() || op.request_body.is_some();
    parameters.append(&mut form.parameters);
    check_unique(&parameters, operation)?;
    let mut out = Map::new();
    out.insert("operationId".into(), json!(operation.id));
    out.insert("summary".into(), json!(operation.summary));
    if let Some(description) = &operation.description {
        out.insert("description".into(), json!(description));
    }
    if consumes {
        out.insert("consumes".into(), json!([FORM]));
    }
    out.insert("produces".into(), json!([JSON]));
    out.insert("parameters".into(), json!(parameters));
    out.insert("responses".into(), responses(spec, schemas, operation, op));
    Ok(Value::Object(out))
}

fn trigger_operation(
    spec: &Spec,
    schemas: &Schemas,
    trigger: &Trigger,
    skipped: &mut Vec<Skipped>,
) -> Result<Value, Problem> {
    let operation = &trigger.operation;
    let op = openapi_operation(spec, operation);
    let noun = titles::noun(&trigger.item_schema);
    let all = path_and_query(spec, schemas, operation, &trigger.name, op, skipped)?;
    let find = |name: &str| {
        all.iter()
            .find(|p| p["name"] == name && p["in"] == "query")
            .cloned()
            .ok_or_else(|| {
                Problem::new(
                    location(operation).key(TRIGGER),
                    format!(
                        "trigger `{}` is polled with the query parameter `{name}`, which `{}` does not take",
                        trigger.name, operation.id
                    ),
                )
                .help("give the list operation Stripe's `limit` and `created[gt]` parameters")
            })
    };
    // The platform sets both: the page size, as large as the list allows, and the creation
    // time the last poll's newest object had.
    let mut limit = find("limit")?;
    limit["required"] = json!(true);
    limit["default"] = json!(trigger.page_limit);
    limit["x-ms-visibility"] = json!("internal");
    let mut created = find("created[gt]")?;
    created["required"] = json!(false);
    created["x-ms-visibility"] = json!("internal");
    let parameters: Vec<Value> = [limit, created]
        .into_iter()
        .map(|p| Value::Object(canonical(p.as_object().cloned().unwrap_or_default())))
        .collect();
    let mut out = Map::new();
    out.insert("operationId".into(), json!(trigger.name));
    out.insert("summary".into(), json!(trigger.summary));
    out.insert(
        "description".into(),
        json!(format!(
            "Starts a run for each {noun} created in Stripe since the previous check."
        )),
    );
    out.insert("produces".into(), json!([JSON]));
    out.insert("parameters".into(), json!(parameters));
    out.insert("responses".into(), responses(spec, schemas, operation, op));
    out.insert("x-ms-trigger".into(), json!("batch"));
    out.insert(
        "x-ms-trigger-hint".into(),
        json!(format!("To see it work, add a {noun} in Stripe.")),
    );
    out.insert(
        "x-ms-trigger-metadata".into(),
        json!({ "kind": "query", "mode": "polling" }),
    );
    Ok(Value::Object(out))
}

/// The path and query parameters of an operation, exported as `exported_id`, in the order of
/// the spec; `expand[]` is left out, into `skipped`.
fn path_and_query(
    spec: &Spec,
    schemas: &Schemas,
    operation: &Operation,
    exported_id: &str,
    op: &OpenApiOperation,
    skipped: &mut Vec<Skipped>,
) -> Result<Vec<Value>, Problem> {
    let at = pointer(&operation_pointer(operation), "parameters");
    let mut out = Vec::new();
    for (i, parameter) in op.parameters.iter().enumerate() {
        let here = pointer(&at, &i.to_string());
        let Some((parameter, parameter_at)) = resolved(spec, parameter, here, |c| &c.parameters)
        else {
            continue;
        };
        let place = match parameter {
            Parameter::Path { .. } => "path",
            Parameter::Query { .. } => "query",
            _ => continue,
        };
        let data = parameter.parameter_data_ref();
        let ParameterSchemaOrContent::Schema(schema) = &data.format else {
            continue;
        };
        if data.name == "expand[]" {
            skipped.push(Skipped {
                operation: exported_id.to_string(),
                field: data.name.clone(),
                reason: NEVER_EXPANDS.to_string(),
            });
            continue;
        }
        let mut out_parameter = scalar(schemas.convert(schema, &pointer(&parameter_at, "schema")));
        if out_parameter.get("type") == Some(&json!("array"))
            || out_parameter.get("type") == Some(&json!("object"))
        {
            return Err(Problem::new(
                location(operation).key("parameters").index(i),
                format!(
                    "`{}` is a list or an object, which a Power Platform {place} parameter cannot carry",
                    data.name
                ),
            ));
        }
        out_parameter.insert("name".into(), json!(data.name));
        out_parameter.insert("in".into(), json!(place));
        out_parameter.insert("required".into(), json!(data.required));
        out_parameter.insert("x-ms-summary".into(), json!(titles::title(&data.name)));
        if let Some(description) = &data.description {
            out_parameter.insert("description".into(), json!(description));
        }
        let original = data.extensions.get(ORIGINAL) == Some(&json!(true));
        let shown_first = original || data.required;
        out_parameter.insert("x-ms-visibility".into(), json!(visibility(shown_first)));
        out.push(Value::Object(canonical(out_parameter)));
    }
    Ok(out)
}

/// A converted schema as the keys of a non-body parameter: Swagger 2 has no `x-nullable` or
/// nested `properties` there.
fn scalar(mut schema: Map<String, Value>) -> Map<String, Value> {
    schema.remove("x-nullable");
    schema
}

/// When a flow must give a form field.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Need {
    /// Always: it is required, and so is each object around it.
    Always,
    /// Whenever it sends any field of the optional object with this title, around it.
    With(String),
    /// Never.
    Optional,
}

/// The `formData` parameters of one action, and what the README says about them.
struct Form {
    /// The operationId of the action.
    operation: String,
    parameters: Vec<Value>,
    skipped: Vec<Skipped>,
    unbounded: Vec<FormField>,
    clearable: Vec<FormField>,
}

impl Form {
    fn new(operation: &str) -> Self {
        Self {
            operation: operation.to_string(),
            parameters: Vec::new(),
            skipped: Vec::new(),
            unbounded: Vec::new(),
            clearable: Vec::new(),
        }
    }

    fn form_field(&self, field: &str) -> FormField {
        FormField {
            operation: self.operation.clone(),
            field: field.to_string(),
        }
    }

    fn skip(&mut self, field: &str, reason: String) {
        self.skipped.push(Skipped {
            operation: self.operation.clone(),
            field: field.to_string(),
            reason,
        });
    }

    /// One form field (`field`, converted) as the `formData` parameters that send it, named as
    /// Stripe reads them: a scalar as itself, a list of scalars as numbered fields `name[0]`..,
    /// each titled after `item` (the field's `x-flag`, such as `image`), an object as one
    /// bracketed field `name[key]` per property. What has no such form is skipped, with why.
    fn field(&mut self, name: &str, item: &str, mut field: Map<String, Value>, need: Need) {
        field.remove("x-nullable");
        let clearable = field.remove(CLEARABLE).is_some();
        let kind = field.get("type").and_then(Value::as_str).unwrap_or("");
        match kind {
            "string" | "integer" | "number" | "boolean" => self.scalar(name, field, &need),
            "array" => self.list(name, item, field, &need),
            "object" => self.object(name, field, need),
            _ => self.skip(name, "a value of no single type has no form field".into()),
        }
        // What is left out is said once, among the skipped.
        if clearable && !self.skipped.iter().any(|s| s.field == name) {
            let clearable = self.form_field(name);
            self.clearable.push(clearable);
        }
    }

    fn scalar(&mut self, name: &str, mut field: Map<String, Value>, need: &Need) {
        // A field a flow must fill in is shown first, like the original connector's.
        if *need == Need::Always {
            field.insert("x-ms-visibility".into(), json!(visibility(true)));
        }
        // The generated client always sends a field's `default` (such as a product's `type`);
        // required, the platform sends it too.
        let need = match need {
            Need::Optional if field.contains_key("default") => &Need::Always,
            need => need,
        };
        field.insert("name".into(), json!(name));
        field.insert("in".into(), json!("formData"));
        field.insert("required".into(), json!(*need == Need::Always));
        // A field with one possible value is a constant: the platform always sends it, unless
        // it belongs to an object a flow may leave out.
        let constant = field
            .get("enum")
            .and_then(Value::as_array)
            .filter(|values| values.len() == 1)
            .map(|values| values[0].clone());
        match (need, constant) {
            (Need::Always, Some(value)) => {
                field.entry("default").or_insert(value);
                field.insert("x-ms-visibility".into(), json!("internal"));
            }
            (Need::With(whole), _) => append(
                &mut field,
                &format!("Needed when any other {whole} field is given."),
            ),
            _ => {}
        }
        self.parameters.push(Value::Object(canonical(field)));
    }

    fn list(&mut self, name: &str, item: &str, field: Map<String, Value>, need: &Need) {
        let items = field
            .get("items")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let item_kind = items.get("type").and_then(Value::as_str).unwrap_or("");
        if !matches!(item_kind, "string" | "integer" | "number" | "boolean") {
            return self.skip(
                name,
                format!(
                    "a list of structures (`{name}[0][…]`) has no form field of its own, and numbered copies of each of its fields would crowd the action"
                ),
            );
        }
        let (max, of) = match field.get("maxItems").and_then(Value::as_u64) {
            Some(max) => (max, format!("at most {max}")),
            None => {
                let unbounded = self.form_field(name);
                self.unbounded.push(unbounded);
                (
                    UNBOUNDED_LIST_FIELDS,
                    format!("the {UNBOUNDED_LIST_FIELDS} this connector offers"),
                )
            }
        };
        let min = field.get("minItems").and_then(Value::as_u64).unwrap_or(0);
        let description = field
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let inherited = field.get("x-ms-visibility").cloned();
        for i in 0..max {
            let mut one = items.clone();
            one.remove("x-nullable");
            one.insert("name".into(), json!(format!("{name}[{i}]")));
            one.insert("in".into(), json!("formData"));
            one.insert("required".into(), json!(*need == Need::Always && i < min));
            one.insert(
                "x-ms-summary".into(),
                json!(titles::item_title(item, i as usize + 1)),
            );
            let n = i + 1;
            one.insert(
                "description".into(),
                json!(format!("{description} Item {n} of {of}: fill them in order.").trim_start()),
            );
            let required = *need == Need::Always && i < min;
            match &inherited {
                _ if required => {
                    one.insert("x-ms-visibility".into(), json!(visibility(true)));
                }
                Some(visibility) => {
                    one.insert("x-ms-visibility".into(), visibility.clone());
                }
                None => {}
            }
            self.parameters.push(Value::Object(canonical(one)));
        }
    }

    fn object(&mut self, name: &str, field: Map<String, Value>, need: Need) {
        let properties = field
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        if properties.is_empty() {
            return self.skip(
                name,
                format!(
                    "a hash of free keys (`{name}[key]`): a custom connector declares only fields of fixed names"
                ),
            );
        }
        let required: Vec<&str> = field
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let title = field
            .get("x-ms-summary")
            .and_then(Value::as_str)
            .map_or_else(|| titles::title(name), str::to_string);
        // What its required fields need: what it needs itself, or it when it is optional.
        let inner_need = match need {
            Need::Optional => Need::With(title.clone()),
            need => need,
        };
        for (key, inner) in properties {
            let mut inner = inner.as_object().cloned().unwrap_or_default();
            let inner_title = inner
                .get("x-ms-summary")
                .and_then(Value::as_str)
                .map_or_else(|| titles::title(&key), str::to_string);
            inner.insert(
                "x-ms-summary".into(),
                json!(format!("{title} {inner_title}")),
            );
            let full = format!("{name}[{key}]");
            let need = if required.contains(&key.as_str()) {
                inner_need.clone()
            } else {
                Need::Optional
            };
            self.field(&full, &full, inner, need);
        }
    }
}

/// Adds a sentence to the description of `field`.
fn append(field: &mut Map<String, Value>, sentence: &str) {
    let description = field
        .get("description")
        .and_then(Value::as_str)
        .map_or_else(|| sentence.to_string(), |d| format!("{d} {sentence}"));
    field.insert("description".into(), json!(description));
}

/// The form fields of an action as `formData` parameters, into `form`; its `expand` is left
/// out.
fn form_parameters(
    spec: &Spec,
    schemas: &Schemas,
    action: &Action,
    op: &OpenApiOperation,
    form: &mut Form,
) {
    let Some(body) = op.request_body.as_ref().and_then(ReferenceOr::as_item) else {
        return;
    };
    let Some(schema) = body.content.get(FORM).and_then(|m| m.schema.as_ref()) else {
        return;
    };
    let body_at = match schema {
        ReferenceOr::Reference { reference } => ComponentRef::parse(reference)
            .map(|r| r.pointer())
            .unwrap_or_default(),
        ReferenceOr::Item(_) => {
            pointer(
                &pointer(
                    &pointer(&operation_pointer(&action.operation), "requestBody"),
                    "content",
                ),
                FORM,
            ) + "/schema"
        }
    };
    let converted = schemas.convert(schema, &body_at);
    let required: Vec<String> = converted
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let properties = converted
        .get("properties")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    for (name, field) in properties {
        if name == "expand" {
            form.skip(&name, NEVER_EXPANDS.to_string());
            continue;
        }
        let written = spec
            .document
            .pointer(&pointer(&pointer(&body_at, "properties"), &name));
        let flag = written
            .and_then(|w| w.get(FLAG))
            .and_then(Value::as_str)
            .unwrap_or(&name)
            .to_string();
        let field = field.as_object().cloned().unwrap_or_default();
        let need = if required.contains(&name) {
            Need::Always
        } else {
            Need::Optional
        };
        form.field(&name, &flag, field, need);
    }
}

/// Power Platform keys a flow's inputs by parameter name: two parameters of one operation may
/// not share one, whatever their place.
fn check_unique(parameters: &[Value], operation: &Operation) -> Result<(), Problem> {
    let mut seen = std::collections::BTreeSet::new();
    for parameter in parameters {
        let name = parameter["name"].as_str().unwrap_or_default();
        if !seen.insert(name) {
            return Err(Problem::new(
                location(operation),
                format!(
                    "`{}` has two inputs named `{name}`, which a flow cannot tell apart",
                    operation.id
                ),
            )
            .help("rename the form field or the parameter"));
        }
    }
    Ok(())
}

/// The success answer, and Stripe's error envelope as `default`.
fn responses(
    spec: &Spec,
    schemas: &Schemas,
    operation: &Operation,
    op: &OpenApiOperation,
) -> Value {
    let at = pointer(&operation_pointer(operation), "responses");
    let mut out = Map::new();
    let mut error = None;
    for (code, response) in &op.responses.responses {
        let here = pointer(&at, &code.to_string());
        let Some((response, response_at)) = resolved(spec, response, here, |c| &c.responses) else {
            continue;
        };
        match code {
            StatusCode::Code(n) if (200..300).contains(n) => {
                out.insert(
                    n.to_string(),
                    response_value(schemas, response, &response_at),
                );
            }
            _ if error.is_none() => error = Some(response_value(schemas, response, &response_at)),
            _ => {}
        }
    }
    if let Some(error) = error {
        out.insert("default".into(), error);
    }
    Value::Object(out)
}

fn response_value(schemas: &Schemas, response: &Response, at: &str) -> Value {
    let mut out = Map::new();
    out.insert("description".into(), json!(response.description));
    let schema = response.content.get(JSON).and_then(|m| m.schema.as_ref());
    if let Some(schema) = schema {
        let schema_at = pointer(&pointer(&pointer(at, "content"), JSON), "schema");
        out.insert(
            "schema".into(),
            Value::Object(schemas.convert(schema, &schema_at)),
        );
    }
    Value::Object(out)
}
