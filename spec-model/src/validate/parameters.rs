//! Parameters as progenitor can generate them: a path template it can parse, whose every
//! `{name}` is a required path parameter and the other way round; query parameters in the
//! `form` style, path and header parameters in the `simple` style, no cookies.
//!
//! progenitor panics on a path parameter that is not required or not in the template, and
//! fails on the other styles.

use std::collections::HashSet;

use openapiv3::{
    OpenAPI, Operation, Parameter, ParameterSchemaOrContent, PathItem, PathStyle, QueryStyle,
    ReferenceOr, Schema, SchemaKind, Type,
};

use crate::error::{Location, Problem};
use crate::reference::ComponentRef;
use crate::reference::component;

/// Checks the parameters of `op` (at `at`) and those its path item gives every operation.
pub(super) fn check(
    openapi: &OpenAPI,
    path: &str,
    item: &PathItem,
    op: &Operation,
    at: &Location,
) -> Result<(), Problem> {
    let template = template_names(path)?;
    let mut in_path = HashSet::new();
    for (parameter, used_at) in listed(path, item, op, at) {
        let Some((parameter, at)) = resolve(openapi, parameter, &used_at) else {
            continue;
        };
        check_style(parameter, &at)?;
        check_schema(openapi, parameter, &at)?;
        if let Parameter::Path { parameter_data, .. } = parameter {
            let name = &parameter_data.name;
            check_in_template(name, path, &template, &used_at)?;
            check_required(name, parameter_data.required, &at)?;
            in_path.insert(name.as_str());
        }
    }
    match template
        .iter()
        .find(|name| !in_path.contains(name.as_str()))
    {
        None => Ok(()),
        Some(name) => Err(Problem::new(
            at.key("parameters"),
            format!("the path has `{{{name}}}`, but the operation has no path parameter `{name}`"),
        )
        .help(format!(
            "add `{{name: {name}, in: path, required: true, schema: {{type: string}}}}`"
        ))),
    }
}

/// The parameters of `op` (at `at`): first those its path item gives every operation, then its
/// own, each with the place it is listed.
pub(super) fn listed<'a>(
    path: &str,
    item: &'a PathItem,
    op: &'a Operation,
    at: &Location,
) -> Vec<(&'a ReferenceOr<Parameter>, Location)> {
    let path_at = Location::root().key("paths").key(path).key("parameters");
    let own_at = at.key("parameters");
    let path_level = item.parameters.iter().enumerate();
    let own = op.parameters.iter().enumerate();
    path_level
        .map(|(i, p)| (p, path_at.index(i)))
        .chain(own.map(|(i, p)| (p, own_at.index(i))))
        .collect()
}

/// The parameter `parameter` (used at `at`) is or refers to, and where it is written.
pub(super) fn resolve<'a>(
    openapi: &'a OpenAPI,
    parameter: &'a ReferenceOr<Parameter>,
    at: &Location,
) -> Option<(&'a Parameter, Location)> {
    match parameter {
        ReferenceOr::Item(parameter) => Some((parameter, at.clone())),
        ReferenceOr::Reference { reference } => {
            let at = ComponentRef::parse(reference)?.location();
            Some((component(openapi, reference, |c| &c.parameters)?, at))
        }
    }
}

/// A parameter is a string, a number or a boolean, or an array of them: progenitor panics on
/// an optional parameter of an object type.
fn check_schema(openapi: &OpenAPI, parameter: &Parameter, at: &Location) -> Result<(), Problem> {
    let ParameterSchemaOrContent::Schema(schema) = &parameter.parameter_data_ref().format else {
        return Ok(());
    };
    let fits = match kind(openapi, schema) {
        Some(SchemaKind::Type(Type::Array(array))) => array
            .items
            .as_ref()
            .and_then(|items| kind(openapi, items))
            .is_some_and(is_scalar),
        Some(other) => is_scalar(other),
        None => true,
    };
    match fits {
        true => Ok(()),
        false => Err(Problem::new(
            at.key("schema"),
            format!("`{}` is neither a string, a number nor a boolean, nor an array of them", parameter.parameter_data_ref().name),
        )
        .help("Stripe's query and path parameters are scalars; send structured values in the form body")),
    }
}

/// The `{name}`s of a path template, parsed as progenitor parses it.
fn template_names(path: &str) -> Result<Vec<String>, Problem> {
    let at = Location::root().key("paths").key(path);
    let fail = |why: &str| {
        Err(Problem::new(
            at.clone(),
            format!("progenitor cannot read this path: {why}"),
        )
        .help("write parameters as `{name}` between slashes, such as `/v1/customers/{customer}`"))
    };
    let mut names = Vec::new();
    let mut open: Option<String> = None;
    for c in path.chars() {
        open = match (open, c) {
            (None, '{') => Some(String::new()),
            (None, '}') => return fail("a `}` closes nothing"),
            (None, _) => None,
            (Some(name), '}') => {
                names.push(name);
                None
            }
            (Some(_), '{' | '/') => return fail("a `{` is not closed before the next `{` or `/`"),
            (Some(mut name), c) => {
                name.push(c);
                Some(name)
            }
        };
    }
    match open {
        Some(_) => fail("the last `{` is not closed"),
        None => Ok(names),
    }
}

/// A path parameter (used at `at`) names a `{name}` of the path.
fn check_in_template(
    name: &str,
    path: &str,
    template: &[String],
    at: &Location,
) -> Result<(), Problem> {
    match template.iter().any(|n| n == name) {
        true => Ok(()),
        false => Err(Problem::new(
            at.clone(),
            format!("the path parameter `{name}` is not in the path `{path}`"),
        )
        .help(format!(
            "put `{{{name}}}` in the path, or make it a query parameter"
        ))),
    }
}

/// A path parameter (written at `at`) is required: progenitor asserts it.
fn check_required(name: &str, required: bool, at: &Location) -> Result<(), Problem> {
    match required {
        true => Ok(()),
        false => Err(Problem::new(
            at.key("required"),
            format!("the path parameter `{name}` must be `required: true`"),
        )
        .help("a path cannot leave a segment out")),
    }
}

/// What a schema, or the component schema it refers to, is.
fn kind<'a, T: std::borrow::Borrow<Schema>>(
    openapi: &'a OpenAPI,
    schema: &'a ReferenceOr<T>,
) -> Option<&'a SchemaKind> {
    match schema {
        ReferenceOr::Item(schema) => Some(&schema.borrow().schema_kind),
        ReferenceOr::Reference { reference } => {
            component(openapi, reference, |c| &c.schemas).map(|s| &s.schema_kind)
        }
    }
}

fn is_scalar(kind: &SchemaKind) -> bool {
    matches!(
        kind,
        SchemaKind::Type(Type::String(_) | Type::Integer(_) | Type::Number(_) | Type::Boolean(_))
    )
}

/// progenitor generates path and header parameters in the `simple` style and query parameters
/// in the `form` style only; `deepObject` has its own advice (see `check_parameters`).
fn check_style(parameter: &Parameter, at: &Location) -> Result<(), Problem> {
    let name = &parameter.parameter_data_ref().name;
    let refuse = |key: &str, what: &str| {
        Err(Problem::new(
            at.key(key),
            format!("`{name}` is {what}, which progenitor cannot generate"),
        ))
    };
    match parameter {
        Parameter::Path { style, .. } if *style != PathStyle::Simple => {
            refuse("style", "a path parameter in a style other than `simple`")
        }
        Parameter::Query {
            style: QueryStyle::SpaceDelimited | QueryStyle::PipeDelimited,
            ..
        } => refuse("style", "a query parameter in a style other than `form`"),
        Parameter::Cookie { .. } => refuse("in", "a cookie parameter"),
        _ => Ok(()),
    }
}
