//! The inputs of an operation as users name them: its parameters, then its form fields, each
//! with the spec's description, for the model's [`Input`] list.

use openapiv3::{OpenAPI, Operation as OpenApiOperation, ReferenceOr, Schema, SchemaKind, Type};

use crate::model::Input;
use crate::validate::component;

/// The parameters and form fields of `op`, in the order of the spec.
pub(crate) fn inputs(openapi: &OpenAPI, op: &OpenApiOperation) -> Vec<Input> {
    let parameters = op.parameters.iter().filter_map(|p| {
        let data = item(openapi, p, |c| &c.parameters)?.parameter_data_ref();
        Some(input(&data.name, data.description.as_deref()))
    });
    let body = op
        .request_body
        .as_ref()
        .and_then(|b| item(openapi, b, |c| &c.request_bodies))
        .and_then(|b| b.content.values().next()?.schema.as_ref())
        .and_then(|s| item(openapi, s, |c| &c.schemas));
    parameters
        .chain(body.into_iter().flat_map(|schema| fields(openapi, schema)))
        .collect()
}

fn input(name: &str, description: Option<&str>) -> Input {
    Input {
        name: name.to_string(),
        description: description.map(str::to_string),
    }
}

/// The properties of an object schema.
fn fields(openapi: &OpenAPI, schema: &Schema) -> Vec<Input> {
    let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
        return Vec::new();
    };
    let described = |property: &ReferenceOr<Box<Schema>>| match property {
        ReferenceOr::Item(item) => item.schema_data.description.clone(),
        ReferenceOr::Reference { reference } => component(openapi, reference, |c| &c.schemas)
            .and_then(|s| s.schema_data.description.clone()),
    };
    object
        .properties
        .iter()
        .map(|(name, property)| input(name, described(property).as_deref()))
        .collect()
}

/// The item `value` is, or refers to among the components `kind` picks.
fn item<'a, T>(
    openapi: &'a OpenAPI,
    value: &'a ReferenceOr<T>,
    kind: impl Fn(&'a openapiv3::Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
) -> Option<&'a T> {
    match value {
        ReferenceOr::Item(item) => Some(item),
        ReferenceOr::Reference { reference } => component(openapi, reference, kind),
    }
}
