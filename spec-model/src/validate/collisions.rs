//! The Rust names the spec's operations, parameters, schemas and triggers become (computed by
//! `crate::names`, as progenitor computes them) are distinct where they share a namespace, and
//! none takes a name the generated code already uses. Two operationIds that become one method
//! would otherwise fail to compile inside `generated.rs`.
//!
//! The names inside one schema (its fields and enum variants) are checked with the schema, in
//! `load/names.rs`.

use std::collections::HashMap;

use openapiv3::{OpenAPI, ReferenceOr, SchemaKind, Type};

use super::parameters;
use crate::error::{Location, Problem};
use crate::extensions::OPEN_ENUM;
use crate::model::{Operation, Trigger};
use crate::names;

/// The methods the generated `Client` has besides the operations.
const CLIENT_METHODS: &[&str] = &[
    "new",
    "new_with_client",
    "api_version",
    "baseurl",
    "client",
    "inner",
];
/// The methods and fields a request builder has besides its parameters.
const BUILDER_MEMBERS: &[&str] = &["new", "send", "body", "body_map", "client"];

/// Checks every name derived from the spec.
pub(super) fn check(
    openapi: &OpenAPI,
    operations: &[Operation],
    triggers: &[Trigger],
    open_enums: &[String],
) -> Result<(), Problem> {
    let mut methods = Taken::new("method `Client::{}`");
    let mut builders = Taken::new("builder `builder::{}`");
    for op in operations {
        let at = operation_location(op).key("operationId");
        free(
            &op.method_name,
            CLIENT_METHODS,
            &op.id,
            "a method of `Client`",
            &at,
        )?;
        methods.take(&op.method_name, &op.id, &at)?;
        builders.take(&names::builder(&op.id), &op.id, &at)?;
        check_parameters(openapi, op)?;
    }
    let mut trigger_types = Taken::new("type `triggers::{}`");
    for trigger in triggers {
        let at = operation_location(&trigger.operation)
            .key("x-trigger")
            .key("name");
        trigger_types.take(&names::type_name(&trigger.name), &trigger.name, &at)?;
    }
    check_types(openapi, open_enums)
}

fn operation_location(op: &Operation) -> Location {
    Location::root()
        .key("paths")
        .key(&op.path)
        .key(op.http_method.to_lowercase())
}

/// The names of one namespace taken so far, with the spec name and the place that took each.
struct Taken {
    what: &'static str,
    names: HashMap<String, (String, Location)>,
}

impl Taken {
    fn new(what: &'static str) -> Self {
        Self {
            what,
            names: HashMap::new(),
        }
    }

    /// Takes `rust`, the name of `spec_name` written at `at`, or says who took it first.
    fn take(&mut self, rust: &str, spec_name: &str, at: &Location) -> Result<(), Problem> {
        let what = self.what.replace("{}", rust);
        match self.names.get(rust) {
            Some((first, first_at)) => Err(Problem::new(
                at.clone(),
                format!("`{spec_name}` becomes the {what}, and so does `{first}` at {first_at}"),
            )
            .help("rename one of them: the generated code cannot have both")),
            None => {
                self.names
                    .insert(rust.to_string(), (spec_name.to_string(), at.clone()));
                Ok(())
            }
        }
    }
}

/// `rust` (the name of `spec_name`) is not one of the names `taken` by the generated code.
fn free(
    rust: &str,
    taken: &[&str],
    spec_name: &str,
    whose: &str,
    at: &Location,
) -> Result<(), Problem> {
    match taken.contains(&rust) {
        false => Ok(()),
        true => Err(Problem::new(
            at.clone(),
            format!(
                "`{spec_name}` becomes `{rust}`, which is already {whose} in the generated code"
            ),
        )
        .help("choose another name")),
    }
}

/// The parameters of one operation (its own and its path's) become distinct builder methods.
fn check_parameters(openapi: &OpenAPI, op: &Operation) -> Result<(), Problem> {
    let Some(ReferenceOr::Item(item)) = openapi.paths.paths.get(&op.path) else {
        return Ok(());
    };
    let Some((_, own)) = item
        .iter()
        .find(|(method, _)| method.eq_ignore_ascii_case(&op.http_method))
    else {
        return Ok(());
    };
    let mut members = Taken::new("builder method `{}`");
    for (parameter, at) in parameters::listed(&op.path, item, own, &operation_location(op)) {
        let Some((parameter, _)) = parameters::resolve(openapi, parameter, &at) else {
            continue;
        };
        let name = &parameter.parameter_data_ref().name;
        let (rust, at) = (names::parameter(name), at.key("name"));
        free(
            &rust,
            BUILDER_MEMBERS,
            name,
            "a member of every request builder",
            &at,
        )?;
        members.take(&rust, name, &at)?;
    }
    Ok(())
}

/// The component schemas become distinct types, and no open enum lists a value whose variant
/// would be `Other`, the variant that holds the values it does not list.
fn check_types(openapi: &OpenAPI, open_enums: &[String]) -> Result<(), Problem> {
    let mut types = Taken::new("type `types::{}`");
    let schemas = openapi.components.iter().flat_map(|c| &c.schemas);
    for (name, schema) in schemas {
        let at = Location::root().key("components").key("schemas").key(name);
        types.take(&names::type_name(name), name, &at)?;
        if let (true, ReferenceOr::Item(schema)) = (open_enums.contains(name), schema)
            && let SchemaKind::Type(Type::String(string)) = &schema.schema_kind
            && let Some((i, Some(value))) = (string.enumeration.iter().enumerate())
                .find(|(_, v)| v.as_deref().is_some_and(|v| names::variant(v) == "Other"))
        {
            return Err(Problem::new(
                at.key("enum").index(i),
                format!("`{value}` would be the variant `Other`, which holds the values an enum marked `{OPEN_ENUM}` does not list"),
            )
            .help("an enum with a value such as `other` cannot be open; remove `x-open-enum`"));
        }
    }
    Ok(())
}
