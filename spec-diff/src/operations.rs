//! Comparing operations by `operationId`: the endpoint, the summary, the parameters (by name),
//! the request body and the responses (by status code).

use indexmap::{IndexMap, IndexSet};
use openapiv3::{
    OpenAPI, Operation as OpenApiOperation, Parameter, ParameterSchemaOrContent, ReferenceOr,
    RequestBody, Response, Schema,
};

use super::report::{Change, ChangeKind, Group, GroupKind, breaking, fine};
use super::schemas::{compare_refs, place};
use super::shape::Shape;
use super::usage::Usage;
use spec_model::{Operation, Spec, names, reference};

/// One operation of one spec: the model's summary of it and the OpenAPI operation itself.
type Entry<'a> = (&'a Operation, &'a OpenApiOperation);

/// Both sides of an operation, with the names of its Rust items.
struct Pair<'a> {
    old: &'a OpenAPI,
    new: &'a OpenAPI,
    /// The operationId, such as `ListOrders`.
    id: &'a str,
    /// `ListOrders`, as in `builder::ListOrders`.
    builder: String,
    /// `Client::list_orders`.
    method: String,
}

/// A parameter by name, resolved.
pub(crate) fn resolve_parameter<'a>(
    openapi: &'a OpenAPI,
    parameter: &'a ReferenceOr<Parameter>,
) -> Option<&'a Parameter> {
    reference::resolve(openapi, parameter, |c| &c.parameters)
}

/// A response, resolved.
pub(crate) fn resolve_response<'a>(
    openapi: &'a OpenAPI,
    response: &'a ReferenceOr<Response>,
) -> Option<&'a Response> {
    reference::resolve(openapi, response, |c| &c.responses)
}

fn index(spec: &Spec) -> IndexMap<&str, Entry<'_>> {
    spec.operations
        .iter()
        .filter_map(|op| {
            let item = spec.openapi.paths.paths.get(&op.path)?.as_item()?;
            let (_, found) = item
                .iter()
                .find(|(method, _)| method.eq_ignore_ascii_case(&op.http_method))?;
            Some((op.id.as_str(), (op, found)))
        })
        .collect()
}

/// One group per operation that changed, in the new spec's order, removed ones last.
pub(crate) fn compare(old: &Spec, new: &Spec) -> Vec<Group> {
    let (before, after) = (index(old), index(new));
    let ids: IndexSet<&str> = after.keys().chain(before.keys()).copied().collect();
    ids.into_iter()
        .map(|id| {
            let (was, is) = (before.get(id), after.get(id));
            let model = is.or(was).expect("the id comes from one side").0;
            let context = format!("{} {}", model.http_method, model.path);
            let mut group = Group::new(GroupKind::Operation, id, context);
            let pair = Pair {
                old: &old.openapi,
                new: &new.openapi,
                id,
                builder: names::builder(id),
                method: format!("Client::{}", model.method_name),
            };
            group.changes = pair.compare(was, is);
            group
        })
        .collect()
}

impl Pair<'_> {
    fn compare(&self, old: Option<&Entry>, new: Option<&Entry>) -> Vec<Change> {
        let mut out = Vec::new();
        match (old, new) {
            (None, Some((model, _))) => out.push(self.operation(ChangeKind::Added, model)),
            (Some((model, _)), None) => out.push(self.operation(ChangeKind::Removed, model)),
            (Some(old), Some(new)) => {
                self.endpoint(old.0, new.0, &mut out);
                self.parameters(old.1, new.1, &mut out);
                self.body(old.1, new.1, &mut out);
                self.responses(old.1, new.1, &mut out);
            }
            (None, None) => {}
        }
        out
    }

    fn operation(&self, kind: ChangeKind, model: &Operation) -> Change {
        let detail = format!("{} {}, {:?}", model.http_method, model.path, model.summary);
        let verdict = match kind {
            ChangeKind::Added => fine("a new method"),
            _ => breaking("code that calls it no longer compiles"),
        };
        Change::new(kind, "operation", detail, &self.method, verdict)
    }

    fn endpoint(&self, old: &Operation, new: &Operation, out: &mut Vec<Change>) {
        let (before, after) = (
            format!("{} {}", old.http_method, old.path),
            format!("{} {}", new.http_method, new.path),
        );
        if before != after {
            let why = "the same method now calls another endpoint";
            let detail = format!("{before} → {after}");
            out.push(Change::new(
                ChangeKind::Changed,
                "endpoint",
                detail,
                &self.method,
                breaking(why),
            ));
        }
        if old.summary != new.summary {
            let detail = format!("{:?} → {:?}", old.summary, new.summary);
            let why = "documentation and `connector::ACTIONS` only";
            out.push(Change::new(
                ChangeKind::Changed,
                "summary",
                detail,
                &self.method,
                fine(why),
            ));
        }
    }

    fn parameters(&self, old: &OpenApiOperation, new: &OpenApiOperation, out: &mut Vec<Change>) {
        let (before, after) = (parameters(self.old, old), parameters(self.new, new));
        let names: IndexSet<&str> = after.keys().chain(before.keys()).copied().collect();
        for name in names {
            match (before.get(name), after.get(name)) {
                (None, Some(new)) => out.push(self.added_parameter(name, new)),
                (Some(_), None) => out.push(self.removed_parameter(name)),
                (Some(old), Some(new)) => self.parameter(name, old, new, out),
                (None, None) => {}
            }
        }
    }

    fn parameter_item(&self, name: &str) -> String {
        format!("builder::{}::{}", self.builder, names::parameter(name))
    }

    fn added_parameter(&self, name: &str, parameter: &Parameter) -> Change {
        let data = parameter.parameter_data_ref();
        let word = if data.required {
            "required"
        } else {
            "optional"
        };
        let shape = schema_of(parameter).map_or("content".to_string(), |s| Shape::of(s).describe());
        let detail = format!("{word} {} {shape}", location(parameter));
        let verdict = match data.required {
            true => breaking("every caller must now set it"),
            false => fine("a new optional parameter"),
        };
        let subject = format!("parameter `{name}`");
        Change::new(
            ChangeKind::Added,
            subject,
            detail,
            &self.parameter_item(name),
            verdict,
        )
    }

    fn removed_parameter(&self, name: &str) -> Change {
        let why = "code that sets it no longer compiles";
        let subject = format!("parameter `{name}`");
        Change::new(
            ChangeKind::Removed,
            subject,
            "",
            &self.parameter_item(name),
            breaking(why),
        )
    }

    fn parameter(&self, name: &str, old: &Parameter, new: &Parameter, out: &mut Vec<Change>) {
        let subject = format!("parameter `{name}`");
        let item = self.parameter_item(name);
        if location(old) != location(new) {
            let detail = format!("in: {} → {}", location(old), location(new));
            let why = "the builder method stays; only the wire changes";
            out.push(Change::new(
                ChangeKind::Changed,
                subject.clone(),
                detail,
                &item,
                fine(why),
            ));
        }
        let required = (
            old.parameter_data_ref().required,
            new.parameter_data_ref().required,
        );
        let type_name = names::parameter_type(self.id, name);
        let place = place(Usage::REQUEST, item, subject, type_name, required);
        if let (Some(old), Some(new)) = (schema_of(old), schema_of(new)) {
            compare_refs(&place, old, new, out);
        }
    }

    fn body(&self, old: &OpenApiOperation, new: &OpenApiOperation, out: &mut Vec<Change>) {
        let item = format!("builder::{}::body", self.builder);
        match (body(old), body(new)) {
            (None, Some((body, schema))) => {
                let detail = schema.map_or(String::new(), |s| Shape::of(s).describe());
                let verdict = match body.required {
                    true => breaking("every caller must now send it"),
                    false => fine("a new optional body"),
                };
                out.push(Change::new(
                    ChangeKind::Added,
                    "request body",
                    detail,
                    &item,
                    verdict,
                ));
            }
            (Some(_), None) => {
                let why = "code that sets it no longer compiles";
                out.push(Change::new(
                    ChangeKind::Removed,
                    "request body",
                    "",
                    &item,
                    breaking(why),
                ));
            }
            (Some((old, old_schema)), Some((new, new_schema))) => {
                let required = (old.required, new.required);
                let type_name = format!("{}Body", self.builder);
                let place = place(
                    Usage::REQUEST,
                    item,
                    "request body".into(),
                    type_name,
                    required,
                );
                if let (Some(old), Some(new)) = (old_schema, new_schema) {
                    compare_refs(&place, old, new, out);
                }
            }
            (None, None) => {}
        }
    }

    fn responses(&self, old: &OpenApiOperation, new: &OpenApiOperation, out: &mut Vec<Change>) {
        let (before, after) = (responses(self.old, old), responses(self.new, new));
        let codes: IndexSet<&String> = after.keys().chain(before.keys()).collect();
        for code in codes {
            let subject = format!("response `{code}`");
            match (before.get(code), after.get(code)) {
                (None, Some(schema)) => {
                    let detail = schema.map_or("no body".to_string(), |s| Shape::of(s).describe());
                    let why = "a new response status";
                    out.push(Change::new(
                        ChangeKind::Added,
                        subject,
                        detail,
                        &self.method,
                        fine(why),
                    ));
                }
                (Some(_), None) => {
                    let why = "the method's success or error type changes";
                    out.push(Change::new(
                        ChangeKind::Removed,
                        subject,
                        "",
                        &self.method,
                        breaking(why),
                    ));
                }
                (Some(old), Some(new)) => self.response(subject, *old, *new, out),
                (None, None) => {}
            }
        }
    }

    fn response(
        &self,
        subject: String,
        old: Option<&ReferenceOr<Schema>>,
        new: Option<&ReferenceOr<Schema>>,
        out: &mut Vec<Change>,
    ) {
        let type_name = format!("{}Response", self.builder);
        let place = place(
            Usage::RESPONSE,
            self.method.clone(),
            subject,
            type_name,
            (true, true),
        );
        match (old, new) {
            (Some(old), Some(new)) => compare_refs(&place, old, new, out),
            (None, None) => {}
            (old, new) => {
                let text = |s: Option<&ReferenceOr<Schema>>| {
                    s.map_or("no body".to_string(), |s| Shape::of(s).describe())
                };
                let detail = format!("body: {} → {}", text(old), text(new));
                let why = "the method's return type changes";
                out.push(Change::new(
                    ChangeKind::Changed,
                    place.subject,
                    detail,
                    &place.item,
                    breaking(why),
                ));
            }
        }
    }
}

fn parameters<'a>(
    openapi: &'a OpenAPI,
    op: &'a OpenApiOperation,
) -> IndexMap<&'a str, &'a Parameter> {
    op.parameters
        .iter()
        .filter_map(|p| resolve_parameter(openapi, p))
        .map(|p| (p.parameter_data_ref().name.as_str(), p))
        .collect()
}

fn schema_of(parameter: &Parameter) -> Option<&ReferenceOr<Schema>> {
    match &parameter.parameter_data_ref().format {
        ParameterSchemaOrContent::Schema(schema) => Some(schema),
        ParameterSchemaOrContent::Content(_) => None,
    }
}

fn location(parameter: &Parameter) -> &'static str {
    match parameter {
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Path { .. } => "path",
        Parameter::Cookie { .. } => "cookie",
    }
}

/// The request body and the schema of its first content type.
fn body(op: &OpenApiOperation) -> Option<(&RequestBody, Option<&ReferenceOr<Schema>>)> {
    let body = op.request_body.as_ref()?.as_item()?;
    let schema = body.content.values().find_map(|m| m.schema.as_ref());
    Some((body, schema))
}

/// Each response status and the schema of its first content type.
fn responses<'a>(
    openapi: &'a OpenAPI,
    op: &'a OpenApiOperation,
) -> IndexMap<String, Option<&'a ReferenceOr<Schema>>> {
    op.responses
        .responses
        .iter()
        .filter_map(|(code, response)| Some((code, resolve_response(openapi, response)?)))
        .map(|(code, response)| {
            let schema = response.content.values().find_map(|m| m.schema.as_ref());
            (code.to_string(), schema)
        })
        .collect()
}
