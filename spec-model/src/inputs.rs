//! The inputs of an operation as users name them: its parameters, then its form fields, each
//! with the spec's description, its shape and the limits the spec puts on it, for the model's
//! [`Input`] list.
//!
//! Every limit the spec writes on an input is either read here (and checked before sending by
//! the generated code) or refused with its location: `multipleOf`, exclusive bounds,
//! `uniqueItems` and `minProperties` have no check yet, and a spec that uses them must not look
//! enforced. A string `enum` needs no check of its own: typify gives it a type that holds only
//! the listed values. The fields of an object (`address`) are read with their own limits, and
//! a hash (`metadata`, `additionalProperties`) with `maxProperties`, `x-key-max-length`,
//! `x-key-forbidden` (at least the form's brackets, which a key cannot carry; those alone when
//! the spec leaves it out) and the limits of its values. `x-clearable` on a plain string lets `""` (which clears it) past its checks.

use openapiv3::{
    OpenAPI, Operation as OpenApiOperation, Parameter, ParameterSchemaOrContent, ReferenceOr,
    Schema, SchemaKind, Type, VariantOrUnknownOrEmpty,
};

use crate::error::{Location, Problem};
use crate::extensions::{CLEARABLE, FLAG, KEY_FORBIDDEN, KEY_MAX_LENGTH};
use crate::model::{Constraints, Input, Place, Shape};
use crate::reference::ComponentRef;
use crate::reference::component;
use crate::validate::UNIX_TIME;

/// The characters of Stripe's form syntax that a key cannot carry: `metadata[key]=` reads a `[`
/// or `]` inside the key as structure.
const FORM_STRUCTURE: [char; 2] = ['[', ']'];

/// The parameters and form fields of `op` (at `at`), in the order of the spec.
pub(crate) fn inputs(
    openapi: &OpenAPI,
    op: &OpenApiOperation,
    at: &Location,
) -> Result<Vec<Input>, Problem> {
    let mut inputs = Vec::new();
    for (i, parameter) in op.parameters.iter().enumerate() {
        let (parameter, at) = located(openapi, parameter, at.key("parameters").index(i), |c| {
            &c.parameters
        })?;
        inputs.push(parameter_input(openapi, parameter, &at)?);
    }
    let body = op.request_body.as_ref().and_then(|b| b.as_item());
    let schema = body.and_then(|b| b.content.values().next()?.schema.as_ref());
    if let Some(schema) = schema {
        let at = at.key("requestBody").key("content").key("schema");
        let (schema, at) = located(openapi, schema, at, |c| &c.schemas)?;
        inputs.extend(fields(openapi, schema, &at)?);
    }
    Ok(inputs)
}

fn parameter_input(
    openapi: &OpenAPI,
    parameter: &Parameter,
    at: &Location,
) -> Result<Input, Problem> {
    let place = match parameter {
        Parameter::Path { .. } => Place::Path,
        Parameter::Query { .. } => Place::Query,
        Parameter::Header { .. } | Parameter::Cookie { .. } => {
            return Err(Problem::new(
                at.key("in"),
                "Stripe reads parameters from the path and the query only",
            ));
        }
    };
    let data = parameter.parameter_data_ref();
    if data.extensions.contains_key(FLAG) {
        return Err(Problem::new(
            at.key(FLAG),
            "only a form field has a flag; a path parameter is given in its place",
        ));
    }
    let ParameterSchemaOrContent::Schema(schema) = &data.format else {
        return Err(Problem::new(
            at.clone(),
            format!("`{}` has no schema", data.name),
        ));
    };
    let (schema, schema_at) = located(openapi, schema, at.key("schema"), |c| &c.schemas)?;
    let (shape, constraints) = read(openapi, schema, &schema_at)?;
    Ok(Input {
        name: data.name.clone(),
        description: data.description.clone(),
        place,
        required: data.required,
        shape,
        constraints,
        flag: None,
        clearable: false,
        original: is_true(&data.extensions, "x-original"),
    })
}

/// The properties of the object schema of a form body (at `at`).
fn fields(openapi: &OpenAPI, schema: &Schema, at: &Location) -> Result<Vec<Input>, Problem> {
    let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
        return Ok(Vec::new());
    };
    let mut fields = Vec::new();
    for (name, property) in &object.properties {
        let at = at.key("properties").key(name);
        let (property, at) = located_boxed(openapi, property, at)?;
        let (shape, mut constraints) = read(openapi, property, &at)?;
        let mut clearable = is_true(&property.schema_data.extensions, CLEARABLE);
        if clearable && shape == Shape::String {
            // `""` already sends `field=`: the field stays a string, and `""` passes its checks.
            (clearable, constraints.empty_clears) = (false, true);
        }
        fields.push(Input {
            name: name.clone(),
            description: property.schema_data.description.clone(),
            place: Place::Body,
            required: object.required.contains(name),
            shape,
            constraints,
            flag: flag(property, &at)?,
            clearable,
            original: is_true(&property.schema_data.extensions, "x-original"),
        });
    }
    Ok(fields)
}

/// Whether the extension `key` is `true`.
fn is_true(extensions: &indexmap::IndexMap<String, serde_json::Value>, key: &str) -> bool {
    extensions.get(key).and_then(serde_json::Value::as_bool) == Some(true)
}

/// The `x-flag` of a property: a lower-case word or words joined by `-`.
fn flag(property: &Schema, at: &Location) -> Result<Option<String>, Problem> {
    let Some(value) = property.schema_data.extensions.get(FLAG) else {
        return Ok(None);
    };
    let at = at.key(FLAG);
    match value.as_str() {
        Some(flag) if is_command_word(flag) => Ok(Some(flag.to_string())),
        _ => Err(Problem::new(at, format!("`{value}` is not a flag name"))
            .help("write the flag as a person types it, without dashes in front: `x-flag: image`")),
    }
}

/// Lower-case ASCII words joined by single `-`, such as `invoice-item`.
pub(crate) fn is_command_word(word: &str) -> bool {
    !word.is_empty()
        && word.split('-').all(|part| {
            part.starts_with(|c: char| c.is_ascii_lowercase())
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// The shape of the value `schema` (at `at`) describes, and the limits on it.
fn read(
    openapi: &OpenAPI,
    schema: &Schema,
    at: &Location,
) -> Result<(Shape, Constraints), Problem> {
    let unchecked = |keyword: &str| {
        Err(Problem::new(
            at.key(keyword),
            format!("`{keyword}` is not checked by the generated code"),
        )
        .help("remove it, or teach spec-model/src/inputs.rs and stripe-connector/src/input.rs to check it"))
    };
    let mut constraints = Constraints::default();
    let shape = match &schema.schema_kind {
        SchemaKind::Type(Type::String(string)) if !string.enumeration.is_empty() => {
            let values = string.enumeration.iter().flatten().cloned().collect();
            Shape::Enum(values)
        }
        SchemaKind::Type(Type::String(string)) => {
            constraints.min_length = string.min_length.map(|n| n as u64);
            constraints.max_length = string.max_length.map(|n| n as u64);
            constraints.uri =
                matches!(&string.format, VariantOrUnknownOrEmpty::Unknown(f) if f == "uri");
            if let Some(pattern) = &string.pattern {
                if let Err(e) = regex_lite::Regex::new(pattern) {
                    return Err(Problem::new(
                        at.key("pattern"),
                        format!("`{pattern}` is not a regular expression: {e}"),
                    ));
                }
                constraints.pattern = Some(pattern.clone());
            }
            Shape::String
        }
        SchemaKind::Type(Type::Integer(integer)) => {
            if integer.multiple_of.is_some() {
                return unchecked("multipleOf");
            }
            if integer.exclusive_minimum || integer.exclusive_maximum {
                return unchecked("exclusiveMinimum");
            }
            constraints.minimum = integer.minimum.map(|n| n as f64);
            constraints.maximum = integer.maximum.map(|n| n as f64);
            match &integer.format {
                VariantOrUnknownOrEmpty::Unknown(f) if f == UNIX_TIME => Shape::Timestamp,
                _ => Shape::Integer,
            }
        }
        SchemaKind::Type(Type::Number(number)) => {
            if number.multiple_of.is_some() {
                return unchecked("multipleOf");
            }
            if number.exclusive_minimum || number.exclusive_maximum {
                return unchecked("exclusiveMinimum");
            }
            constraints.minimum = number.minimum;
            constraints.maximum = number.maximum;
            Shape::Number
        }
        SchemaKind::Type(Type::Boolean(_)) => Shape::Boolean,
        SchemaKind::Type(Type::Array(array)) => {
            if array.unique_items {
                return unchecked("uniqueItems");
            }
            constraints.min_items = array.min_items.map(|n| n as u64);
            constraints.max_items = array.max_items.map(|n| n as u64);
            let item = match &array.items {
                Some(items) => {
                    let (item, at) = located_boxed(openapi, items, at.key("items"))?;
                    let (shape, item_constraints) = read(openapi, item, &at)?;
                    if !item_constraints.is_empty() {
                        constraints.items = Some(Box::new(item_constraints));
                    }
                    shape
                }
                None => Shape::String,
            };
            Shape::Array(Box::new(item))
        }
        SchemaKind::Type(Type::Object(object)) => {
            if object.min_properties.is_some() {
                return unchecked("minProperties");
            }
            match &object.additional_properties {
                Some(openapiv3::AdditionalProperties::Schema(values)) => {
                    let (values, values_at) =
                        located(openapi, values, at.key("additionalProperties"), |c| {
                            &c.schemas
                        })?;
                    let (shape, value_constraints) = read(openapi, values, &values_at)?;
                    constraints.max_properties = object.max_properties.map(|n| n as u64);
                    constraints.key_max_length = key_max_length(schema, at)?;
                    constraints.key_forbidden = Some(key_forbidden(schema, at)?);
                    if !value_constraints.is_empty() {
                        constraints.values = Some(Box::new(value_constraints));
                    }
                    Shape::Map(Box::new(shape))
                }
                _ => {
                    if object.max_properties.is_some() {
                        return unchecked("maxProperties");
                    }
                    Shape::Object(fields(openapi, schema, at)?)
                }
            }
        }
        SchemaKind::AllOf { all_of } if all_of.len() == 1 => {
            let (inner, inner_at) = located(openapi, &all_of[0], at.key("allOf").index(0), |c| {
                &c.schemas
            })?;
            return read(openapi, inner, &inner_at);
        }
        _ => Shape::Object(Vec::new()),
    };
    check_bounds(&constraints, at)?;
    Ok((shape, constraints))
}

/// The `x-key-max-length` of a hash: a whole number.
fn key_max_length(schema: &Schema, at: &Location) -> Result<Option<u64>, Problem> {
    match schema.schema_data.extensions.get(KEY_MAX_LENGTH) {
        None => Ok(None),
        Some(value) => value.as_u64().map(Some).ok_or_else(|| {
            Problem::new(at.key(KEY_MAX_LENGTH), format!("`{value}` is not a length"))
                .help("write the longest key allowed, in characters: `x-key-max-length: 40`")
        }),
    }
}

/// The `x-key-forbidden` of a hash: characters that include `[` and `]`, which no key of a
/// form can carry, so that the generated check refuses them before sending. A hash without it
/// forbids exactly those (so that a spec written before it still generates the check).
fn key_forbidden(schema: &Schema, at: &Location) -> Result<String, Problem> {
    let at = at.key(KEY_FORBIDDEN);
    let help = "write the characters a key may not contain, at least the brackets of Stripe's form syntax: `x-key-forbidden: '[]'`";
    let Some(value) = schema.schema_data.extensions.get(KEY_FORBIDDEN) else {
        return Ok(FORM_STRUCTURE.iter().collect());
    };
    let Some(characters) = value.as_str() else {
        return Err(
            Problem::new(at, format!("`{value}` is not a string of characters")).help(help),
        );
    };
    match FORM_STRUCTURE.iter().find(|c| !characters.contains(**c)) {
        Some(missing) => Err(Problem::new(
            at,
            format!("`{characters}` leaves out {missing:?}, which Stripe's form syntax cannot carry in a key"),
        )
        .help(help)),
        None => Ok(characters.to_string()),
    }
}

/// Each lower bound is at most its upper bound.
fn check_bounds(c: &Constraints, at: &Location) -> Result<(), Problem> {
    let pairs = [
        (
            "minLength",
            c.min_length.map(|n| n as f64),
            c.max_length.map(|n| n as f64),
        ),
        ("minimum", c.minimum, c.maximum),
        (
            "minItems",
            c.min_items.map(|n| n as f64),
            c.max_items.map(|n| n as f64),
        ),
    ];
    for (keyword, low, high) in pairs {
        if let (Some(low), Some(high)) = (low, high)
            && low > high
        {
            return Err(Problem::new(
                at.key(keyword),
                format!("{low} is above the upper bound {high}: no value can pass"),
            ));
        }
    }
    Ok(())
}

/// The item `value` is, or refers to among the components `kind` picks, with its location:
/// where it is written, or the component it refers to.
fn located<'a, T>(
    openapi: &'a OpenAPI,
    value: &'a ReferenceOr<T>,
    at: Location,
    kind: impl Fn(&'a openapiv3::Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
) -> Result<(&'a T, Location), Problem> {
    match value {
        ReferenceOr::Item(item) => Ok((item, at)),
        ReferenceOr::Reference { reference } => {
            let item = component(openapi, reference, kind)
                .ok_or_else(|| Problem::new(at, format!("unknown $ref `{reference}`")))?;
            Ok((item, reference_location(reference)))
        }
    }
}

fn located_boxed<'a>(
    openapi: &'a OpenAPI,
    value: &'a ReferenceOr<Box<Schema>>,
    at: Location,
) -> Result<(&'a Schema, Location), Problem> {
    match value {
        ReferenceOr::Item(item) => Ok((item, at)),
        ReferenceOr::Reference { reference } => {
            let item = component(openapi, reference, |c| &c.schemas)
                .ok_or_else(|| Problem::new(at, format!("unknown $ref `{reference}`")))?;
            Ok((item, reference_location(reference)))
        }
    }
}

/// `#/components/schemas/X` as the location `components.schemas.X`.
fn reference_location(reference: &str) -> Location {
    ComponentRef::parse(reference).map_or_else(Location::root, |r| r.location())
}
