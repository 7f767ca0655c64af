//! Which component schemas travel in requests and which in responses, and the verdict a change
//! gets for each direction.

use std::collections::{BTreeSet, HashMap};

use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, Type};

use super::report::{Verdict, breaking, fine};
use spec_model::Spec;

/// Where a schema is used: sent by callers, received by them, or both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Usage {
    /// Reachable from a parameter or a request body.
    pub request: bool,
    /// Reachable from a response.
    pub response: bool,
}

impl Usage {
    /// Parameters and request bodies.
    pub const REQUEST: Usage = Usage {
        request: true,
        response: false,
    };
    /// Responses.
    pub const RESPONSE: Usage = Usage {
        request: false,
        response: true,
    };

    /// How the group heading says it.
    pub fn describe(self) -> &'static str {
        match (self.request, self.response) {
            (true, true) => "used in requests and responses",
            (true, false) => "used in requests",
            (false, true) => "used in responses",
            (false, false) => "used by no operation",
        }
    }

    /// A schema no operation uses is judged both ways.
    fn or_both(self) -> Usage {
        if self.request || self.response {
            self
        } else {
            Usage {
                request: true,
                response: true,
            }
        }
    }

    /// The verdict on a change that breaks requests when `request` is given and responses when
    /// `response` is; `otherwise` says why it breaks neither.
    pub fn judge(self, request: Option<&str>, response: Option<&str>, otherwise: &str) -> Verdict {
        let usage = self.or_both();
        let why = [(usage.request, request), (usage.response, response)]
            .into_iter()
            .find_map(|(used, why)| used.then_some(why).flatten());
        match why {
            Some(why) => breaking(why),
            None => fine(otherwise),
        }
    }
}

/// The usage of every component schema, in either spec.
pub(crate) struct Usages(HashMap<String, Usage>);

impl Usages {
    /// Where each schema is used in the old or the new spec.
    pub fn of(old: &Spec, new: &Spec) -> Self {
        let mut usages: HashMap<String, Usage> = HashMap::new();
        for spec in [old, new] {
            for (name, usage) in usage_in(&spec.openapi) {
                let entry = usages.entry(name).or_default();
                entry.request |= usage.request;
                entry.response |= usage.response;
            }
        }
        Self(usages)
    }

    /// Where `schema` is used.
    pub fn get(&self, schema: &str) -> Usage {
        self.0.get(schema).copied().unwrap_or_default()
    }
}

fn usage_in(openapi: &OpenAPI) -> HashMap<String, Usage> {
    let (requests, responses) = roots(openapi);
    let mut usages: HashMap<String, Usage> = HashMap::new();
    for name in reachable(openapi, requests) {
        usages.entry(name).or_default().request = true;
    }
    for name in reachable(openapi, responses) {
        usages.entry(name).or_default().response = true;
    }
    usages
}

/// The schema names operations refer to directly: from requests, and from responses.
fn roots(openapi: &OpenAPI) -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut requests, mut responses) = (BTreeSet::new(), BTreeSet::new());
    for (_, _, op) in openapi.operations() {
        for parameter in &op.parameters {
            let parameter = super::operations::resolve_parameter(openapi, parameter);
            if let Some(openapiv3::ParameterSchemaOrContent::Schema(schema)) =
                parameter.map(|p| &p.parameter_data_ref().format)
            {
                refs(schema, &mut requests);
            }
        }
        if let Some(ReferenceOr::Item(body)) = &op.request_body {
            body.content
                .values()
                .filter_map(|media| media.schema.as_ref())
                .for_each(|schema| refs(schema, &mut requests));
        }
        for response in op.responses.responses.values() {
            super::operations::resolve_response(openapi, response)
                .into_iter()
                .flat_map(|r| r.content.values())
                .filter_map(|media| media.schema.as_ref())
                .for_each(|schema| refs(schema, &mut responses));
        }
    }
    (requests, responses)
}

/// The closure of `roots` under `$ref`s through component schemas.
fn reachable(openapi: &OpenAPI, roots: BTreeSet<String>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut queue: Vec<String> = roots.into_iter().collect();
    while let Some(name) = queue.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(schema) = super::schemas::component(openapi, &name) {
            let mut found = BTreeSet::new();
            schema_refs(schema, &mut found);
            queue.extend(found);
        }
    }
    seen
}

/// The schema names a schema or reference mentions.
pub(crate) fn refs<T: std::borrow::Borrow<Schema>>(
    schema: &ReferenceOr<T>,
    out: &mut BTreeSet<String>,
) {
    match schema {
        ReferenceOr::Reference { reference } => {
            out.insert(super::shape::ref_name(reference).to_string());
        }
        ReferenceOr::Item(schema) => schema_refs(schema.borrow(), out),
    }
}

fn schema_refs(schema: &Schema, out: &mut BTreeSet<String>) {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => {
            object.properties.values().for_each(|p| refs(p, out));
            if let Some(openapiv3::AdditionalProperties::Schema(extra)) =
                &object.additional_properties
            {
                refs(extra, out);
            }
        }
        SchemaKind::Type(Type::Array(array)) => array.items.iter().for_each(|i| refs(i, out)),
        SchemaKind::Type(_) => {}
        SchemaKind::OneOf { one_of: all }
        | SchemaKind::AllOf { all_of: all }
        | SchemaKind::AnyOf { any_of: all } => all.iter().for_each(|s| refs(s, out)),
        SchemaKind::Not { not } => refs(&**not, out),
        SchemaKind::Any(any) => {
            any.properties.values().for_each(|p| refs(p, out));
            any.items.iter().for_each(|i| refs(i, out));
            [&any.one_of, &any.all_of, &any.any_of]
                .into_iter()
                .flatten()
                .for_each(|s| refs(s, out));
        }
    }
}
