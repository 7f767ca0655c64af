//! OpenAPI 3 schemas as Swagger 2 ones, written in place, with the titles and visibility Power
//! Platform shows.
//!
//! Every `$ref` is replaced by the schema it names (Power Platform's designer lists the fields
//! of a schema written in place; a field beside a `$ref` could carry no title of its own); a
//! schema that refers to itself again stops there as an untyped object. `nullable` becomes
//! `x-nullable`, a unix timestamp an `integer` with format `int64`, and an enum marked
//! `x-open-enum` a plain string (Stripe may send values it does not list).
//!
//! The schemas describe what the platform receives, which is never expanded (it sends no
//! `expand[]`): a field marked `x-expandable` (`anyOf: [{type: string}, {$ref: X}]`, the id or
//! the object) is its id, a string. A `oneOf` of objects (a customer's payment sources) is an
//! object without declared properties, as is a free-form object (`additionalProperties:
//! true`): Swagger 2 has no `oneOf`. What Swagger 2 cannot say otherwise (another `anyOf`,
//! `not`, a schema without a type) becomes an untyped schema that keeps its description.
//!
//! The titles and the `x-original` marks of fields are read from the document as written
//! (`Spec::document`), which keeps the `x-` keys beside a `$ref`. So is `x-clearable`, which a
//! converted field keeps as the marker [`CLEARABLE`] for the form fields to report and take off.

use openapiv3::{
    AdditionalProperties, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::{Map, Value, json};

use super::titles;
use spec_model::Spec;
use spec_model::extensions::{CLEARABLE, EXPANDABLE};
use spec_model::reference::{entry, schema_name};

/// The order of the keys of every exported schema and parameter.
const KEY_ORDER: &[&str] = &[
    "name",
    "in",
    "required",
    "type",
    "format",
    "x-ms-summary",
    "description",
    "x-ms-visibility",
    "x-nullable",
    "default",
    "enum",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
    "items",
    "properties",
    "additionalProperties",
];

/// Reorders the keys of `map` by [`KEY_ORDER`], then the rest sorted. A schema's `required`
/// list goes just before its `properties`; a parameter's `required` flag after its place.
pub(crate) fn canonical(mut map: Map<String, Value>) -> Map<String, Value> {
    let mut out = Map::new();
    let required_list = map.get("required").filter(|r| r.is_array()).is_some();
    for key in KEY_ORDER {
        if *key == "properties"
            && required_list
            && let Some(value) = map.remove("required")
        {
            out.insert("required".to_string(), value);
        }
        if *key == "required" && required_list {
            continue;
        }
        if let Some(value) = map.remove(*key) {
            out.insert(key.to_string(), value);
        }
    }
    let mut rest: Vec<(String, Value)> = map.into_iter().collect();
    rest.sort_by(|a, b| a.0.cmp(&b.0));
    out.extend(rest);
    out
}

/// The visibility of a field: the original connector's are important, the rest advanced.
pub(crate) fn visibility(original: bool) -> &'static str {
    if original { "important" } else { "advanced" }
}

/// A JSON pointer one key deeper.
pub(crate) fn pointer(base: &str, key: &str) -> String {
    format!("{base}/{}", key.replace('~', "~0").replace('/', "~1"))
}

/// Converts the schemas of one spec.
pub(crate) struct Schemas<'a> {
    spec: &'a Spec,
}

impl<'a> Schemas<'a> {
    pub(crate) fn new(spec: &'a Spec) -> Self {
        Self { spec }
    }

    /// The Swagger schema of `schema`, written at `at` (a JSON pointer into the document).
    pub(crate) fn convert<T: std::borrow::Borrow<Schema>>(
        &self,
        schema: &ReferenceOr<T>,
        at: &str,
    ) -> Map<String, Value> {
        self.reference_or(schema, at, &mut Vec::new())
    }

    fn reference_or<T: std::borrow::Borrow<Schema>>(
        &self,
        schema: &ReferenceOr<T>,
        at: &str,
        stack: &mut Vec<String>,
    ) -> Map<String, Value> {
        match schema {
            ReferenceOr::Item(schema) => self.schema(schema.borrow(), at, None, stack),
            ReferenceOr::Reference { reference } => self.component(reference, stack),
        }
    }

    /// The name of the component schema `reference` names, and the schema, if there is one.
    fn named<'r>(&self, reference: &'r str) -> (&'r str, Option<&ReferenceOr<Schema>>) {
        let name = schema_name(reference).unwrap_or_default();
        (name, entry(&self.spec.openapi, reference, |c| &c.schemas))
    }

    /// The component schema a `$ref` names, written in place.
    fn component(&self, reference: &str, stack: &mut Vec<String>) -> Map<String, Value> {
        let (name, target) = self.named(reference);
        let target = target.and_then(ReferenceOr::as_item);
        let Some(target) = target.filter(|_| !stack.iter().any(|s| s == name)) else {
            // A loop (or a name the checks let through): an object of unknown fields.
            return canonical(Map::from_iter([("type".to_string(), json!("object"))]));
        };
        stack.push(name.to_string());
        let at = pointer("/components/schemas", name);
        let converted = self.schema(target, &at, Some(name), stack);
        stack.pop();
        converted
    }

    /// `component` is the name of the component schema `schema` is, if it is one.
    fn schema(
        &self,
        schema: &Schema,
        at: &str,
        component: Option<&str>,
        stack: &mut Vec<String>,
    ) -> Map<String, Value> {
        let mut out = match &schema.schema_kind {
            SchemaKind::Type(kind) => self.typed(kind, at, component, stack),
            SchemaKind::AllOf { all_of } if all_of.len() == 1 => {
                self.reference_or(&all_of[0], &pointer(&pointer(at, "allOf"), "0"), stack)
            }
            SchemaKind::AnyOf { any_of } if self.is_expandable(at) => {
                // Unexpanded, Stripe sends the id: the member that is a string.
                let id = any_of.iter().enumerate().find(|(_, member)| {
                    matches!(
                        member,
                        ReferenceOr::Item(Schema {
                            schema_kind: SchemaKind::Type(Type::String(_)),
                            ..
                        })
                    )
                });
                match id {
                    Some((i, member)) => self.reference_or(
                        member,
                        &pointer(&pointer(at, "anyOf"), &i.to_string()),
                        stack,
                    ),
                    None => Map::new(),
                }
            }
            SchemaKind::OneOf { one_of } if one_of.iter().all(|m| self.is_object(m)) => {
                Map::from_iter([("type".to_string(), json!("object"))])
            }
            _ => Map::new(),
        };
        let data = &schema.schema_data;
        if let Some(description) = &data.description {
            out.insert("description".into(), json!(description));
        }
        if data.nullable {
            out.insert("x-nullable".into(), json!(true));
        }
        if let Some(default) = &data.default {
            out.insert("default".into(), default.clone());
        }
        canonical(out)
    }

    /// Whether the schema written at `at` is marked `x-expandable`.
    fn is_expandable(&self, at: &str) -> bool {
        self.spec
            .document
            .pointer(at)
            .and_then(|s| s.get(EXPANDABLE))
            == Some(&json!(true))
    }

    /// Whether `schema` is an object (through `$ref`s, a one-member `allOf` or a `oneOf` of
    /// objects), whose fields Swagger 2 could list.
    fn is_object(&self, schema: &ReferenceOr<Schema>) -> bool {
        let mut seen = Vec::new();
        self.is_object_inner(schema, &mut seen)
    }

    fn is_object_inner(&self, schema: &ReferenceOr<Schema>, seen: &mut Vec<String>) -> bool {
        let schema = match schema {
            ReferenceOr::Item(schema) => schema,
            ReferenceOr::Reference { reference } => {
                let (name, target) = self.named(reference);
                // A loop of `$ref`s names no object.
                let Some(target) = target.filter(|_| !seen.iter().any(|s| s == name)) else {
                    return false;
                };
                seen.push(name.to_string());
                let object = self.is_object_inner(target, seen);
                seen.pop();
                return object;
            }
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(_)) => true,
            SchemaKind::AllOf { all_of } if all_of.len() == 1 => {
                self.is_object_inner(&all_of[0], seen)
            }
            SchemaKind::OneOf { one_of } => one_of.iter().all(|m| self.is_object_inner(m, seen)),
            _ => false,
        }
    }

    fn typed(
        &self,
        kind: &Type,
        at: &str,
        component: Option<&str>,
        stack: &mut Vec<String>,
    ) -> Map<String, Value> {
        let mut out = Map::new();
        let mut set = |key: &str, value: Value| {
            out.insert(key.to_string(), value);
        };
        match kind {
            Type::String(s) => {
                set("type", json!("string"));
                if let Some(format) = string_format(&s.format) {
                    set("format", json!(format));
                }
                let open = component.is_some_and(|c| self.spec.open_enums.iter().any(|o| o == c));
                if !s.enumeration.is_empty() && !open {
                    let values: Vec<&String> = s.enumeration.iter().flatten().collect();
                    set("enum", json!(values));
                }
                if let Some(n) = s.min_length {
                    set("minLength", json!(n));
                }
                if let Some(n) = s.max_length {
                    set("maxLength", json!(n));
                }
                if let Some(pattern) = &s.pattern {
                    set("pattern", json!(pattern));
                }
            }
            Type::Integer(i) => {
                set("type", json!("integer"));
                let format = match &i.format {
                    VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32) => Some("int32"),
                    VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int64) => Some("int64"),
                    // Unix time: seconds since the epoch, an int64 to the platform.
                    VariantOrUnknownOrEmpty::Unknown(f) if f == spec_model::UNIX_TIME => {
                        Some("int64")
                    }
                    _ => None,
                };
                if let Some(format) = format {
                    set("format", json!(format));
                }
                let values: Vec<i64> = i.enumeration.iter().flatten().copied().collect();
                if !values.is_empty() {
                    set("enum", json!(values));
                }
                if let Some(n) = i.minimum {
                    set("minimum", json!(n));
                }
                if let Some(n) = i.maximum {
                    set("maximum", json!(n));
                }
            }
            Type::Number(n) => {
                set("type", json!("number"));
                let format = match &n.format {
                    VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Float) => Some("float"),
                    VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Double) => {
                        Some("double")
                    }
                    _ => None,
                };
                if let Some(format) = format {
                    set("format", json!(format));
                }
                if let Some(x) = n.minimum {
                    set("minimum", json!(x));
                }
                if let Some(x) = n.maximum {
                    set("maximum", json!(x));
                }
            }
            Type::Boolean(_) => set("type", json!("boolean")),
            Type::Array(a) => {
                set("type", json!("array"));
                let items = match &a.items {
                    Some(items) => self.reference_or(items, &pointer(at, "items"), stack),
                    None => Map::new(),
                };
                set("items", Value::Object(items));
                if let Some(n) = a.min_items {
                    set("minItems", json!(n));
                }
                if let Some(n) = a.max_items {
                    set("maxItems", json!(n));
                }
            }
            Type::Object(o) => {
                set("type", json!("object"));
                let properties_at = pointer(at, "properties");
                let mut properties = Map::new();
                for (name, property) in &o.properties {
                    let field_at = pointer(&properties_at, name);
                    let mut field = self.reference_or(property, &field_at, stack);
                    let written = self.spec.document.pointer(&field_at);
                    let title = written
                        .and_then(|w| w.get("title"))
                        .and_then(Value::as_str)
                        .map(str::to_string)
                        .unwrap_or_else(|| titles::title(name));
                    field.insert("x-ms-summary".into(), json!(title));
                    let original = super::is_original(written);
                    field.insert("x-ms-visibility".into(), json!(visibility(original)));
                    // Kept from the spec as written for the form fields, which take it off (it
                    // is not Microsoft's).
                    if written.and_then(|w| w.get(CLEARABLE)) == Some(&json!(true)) {
                        field.insert(CLEARABLE.into(), json!(true));
                    }
                    properties.insert(name.clone(), Value::Object(canonical(field)));
                }
                let required: Vec<&String> = o
                    .required
                    .iter()
                    .filter(|r| o.properties.contains_key(*r))
                    .collect();
                if !required.is_empty() {
                    set("required", json!(required));
                }
                if !properties.is_empty() {
                    set("properties", Value::Object(properties));
                }
                match &o.additional_properties {
                    Some(AdditionalProperties::Schema(extra)) => {
                        let extra =
                            self.reference_or(extra, &pointer(at, "additionalProperties"), stack);
                        set("additionalProperties", Value::Object(extra));
                    }
                    Some(AdditionalProperties::Any(any)) => {
                        set("additionalProperties", json!(any));
                    }
                    None => {}
                }
            }
        }
        out
    }
}

/// The formats Swagger 2 and Power Platform know; any other is left out.
fn string_format(format: &VariantOrUnknownOrEmpty<StringFormat>) -> Option<&str> {
    match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date"),
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("date-time"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Password) => Some("password"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => Some("byte"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => Some("binary"),
        VariantOrUnknownOrEmpty::Unknown(f) if matches!(f.as_str(), "email" | "uri" | "uuid") => {
            Some(f.as_str())
        }
        _ => None,
    }
}
