//! The types the trigger templates rely on, so that a spec change breaks the spec rather than
//! `generated.rs`: a page's `data` and `has_more` are required (a list and a boolean), an item's
//! `id` is a required string and its creation field a required unix-time integer, and the list
//! operation pages with a string cursor and filters with unix-time bounds.
//!
//! `metadata.rs` writes `(self.data, self.has_more)`, `&self.id`, `self.created` and
//! `call.created_gte(time)` with these types in mind; another type compiled only until then.

use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, Type};

use super::{is_unix_time, parameters};
use crate::error::{Location, Problem};
use crate::model::Trigger;
use crate::reference::component;

/// What a field or parameter the templates use must be.
#[derive(Clone, Copy)]
enum Wanted {
    Boolean,
    Text,
    Integer,
    UnixTime,
    List,
}

impl Wanted {
    fn fits(self, schema: &Schema) -> bool {
        !schema.schema_data.nullable
            && match (self, &schema.schema_kind) {
                (Wanted::Boolean, SchemaKind::Type(Type::Boolean(_))) => true,
                (Wanted::Text, SchemaKind::Type(Type::String(_))) => true,
                (Wanted::Integer, SchemaKind::Type(Type::Integer(_))) => true,
                (Wanted::UnixTime, _) => is_unix_time(schema),
                (Wanted::List, SchemaKind::Type(Type::Array(_))) => true,
                _ => false,
            }
    }

    fn describe(self) -> &'static str {
        match self {
            Wanted::Boolean => "a boolean (`type: boolean`)",
            Wanted::Text => "a string (`type: string`)",
            Wanted::Integer => "an integer (`type: integer`)",
            Wanted::UnixTime => "a timestamp (`type: integer, format: unix-time`)",
            Wanted::List => "a list (`type: array`)",
        }
    }
}

/// Checks the page, the item and the list parameters of each trigger.
pub(super) fn check(openapi: &OpenAPI, triggers: &[Trigger]) -> Result<(), Problem> {
    for trigger in triggers {
        let created = trigger.created_field.as_str();
        let page = [("data", Wanted::List), ("has_more", Wanted::Boolean)];
        check_fields(openapi, trigger, &trigger.page_schema, &page)?;
        let item = [("id", Wanted::Text), (created, Wanted::UnixTime)];
        check_fields(openapi, trigger, &trigger.item_schema, &item)?;
        check_parameters(openapi, trigger)?;
    }
    Ok(())
}

/// The `fields` of the component schema `name` are required and of the wanted type.
fn check_fields(
    openapi: &OpenAPI,
    trigger: &Trigger,
    name: &str,
    fields: &[(&str, Wanted)],
) -> Result<(), Problem> {
    let reference = crate::reference::to_schema(name);
    let Some(SchemaKind::Type(Type::Object(object))) =
        component(openapi, &reference, |c| &c.schemas).map(|s| &s.schema_kind)
    else {
        return Ok(());
    };
    let at = Location::root().key("components").key("schemas").key(name);
    for (field, wanted) in fields {
        let schema = object
            .properties
            .get(*field)
            .and_then(|p| resolve(openapi, p));
        let required = object.required.iter().any(|r| r == field);
        if !(required && schema.is_some_and(|s| wanted.fits(s))) {
            return Err(Problem::new(
                at.key("properties").key(field),
                format!(
                    "trigger `{}` reads `{field}` of `{name}` as {}, required and not nullable",
                    trigger.name,
                    wanted.describe()
                ),
            ));
        }
    }
    Ok(())
}

fn resolve<'a>(openapi: &'a OpenAPI, schema: &'a ReferenceOr<Box<Schema>>) -> Option<&'a Schema> {
    match schema {
        ReferenceOr::Item(schema) => Some(schema),
        ReferenceOr::Reference { reference } => component(openapi, reference, |c| &c.schemas),
    }
}

/// The parameters a trigger pages and filters with, and the types it passes them.
const LIST_PARAMETERS: [(&str, Wanted); 6] = [
    ("limit", Wanted::Integer),
    ("starting_after", Wanted::Text),
    ("ending_before", Wanted::Text),
    ("created[gte]", Wanted::UnixTime),
    ("created[lte]", Wanted::UnixTime),
    ("created[lt]", Wanted::UnixTime),
];

fn check_parameters(openapi: &OpenAPI, trigger: &Trigger) -> Result<(), Problem> {
    let op = &trigger.operation;
    let Some(ReferenceOr::Item(item)) = openapi.paths.paths.get(&op.path) else {
        return Ok(());
    };
    let method = op.http_method.to_lowercase();
    let Some((_, list)) = item.iter().find(|(m, _)| *m == method) else {
        return Ok(());
    };
    let at = Location::root().key("paths").key(&op.path).key(&method);
    for (parameter, at) in parameters::listed(&op.path, item, list, &at) {
        let Some((parameter, at)) = parameters::resolve(openapi, parameter, &at) else {
            continue;
        };
        let data = parameter.parameter_data_ref();
        let Some((_, wanted)) = LIST_PARAMETERS.iter().find(|(n, _)| *n == data.name) else {
            continue;
        };
        let schema = match &data.format {
            openapiv3::ParameterSchemaOrContent::Schema(schema) => match schema {
                ReferenceOr::Item(schema) => Some(schema),
                ReferenceOr::Reference { reference } => {
                    component(openapi, reference, |c| &c.schemas)
                }
            },
            openapiv3::ParameterSchemaOrContent::Content(_) => None,
        };
        if !schema.is_some_and(|s| wanted.fits(s)) {
            return Err(Problem::new(
                at.key("schema"),
                format!(
                    "trigger `{}` passes `{}` {}",
                    trigger.name,
                    data.name,
                    wanted.describe()
                ),
            ));
        }
    }
    Ok(())
}
