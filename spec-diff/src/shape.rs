//! One schema flattened to what the diff compares: its base type, format, nullability, enum
//! values (and whether the enum is open), default and constraints.

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};
use serde_json::Value;

use spec_model::extensions::OPEN_ENUM;
use spec_model::reference::ComponentRef;

/// What a schema is, before its details.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Base<'a> {
    /// A `$ref` to a component schema (also `allOf: [$ref]`, the nullable wrapper).
    Ref(&'a str),
    /// `string`, `integer`, `number` or `boolean`.
    Scalar(&'static str),
    /// An array, with its items.
    Array(Option<&'a ReferenceOr<Box<Schema>>>),
    /// An object written in place.
    Object(&'a openapiv3::ObjectType),
    /// Anything else: `oneOf`, `anyOf`, `allOf` of several, `not`, or no type.
    Other(&'static str),
}

impl Base<'_> {
    /// How the report writes it: `string`, `array`, `` `Customer` ``.
    pub fn label(&self) -> String {
        match self {
            Base::Ref(name) => format!("`{name}`"),
            Base::Scalar(name) | Base::Other(name) => name.to_string(),
            Base::Array(_) => "array".to_string(),
            Base::Object(_) => "object".to_string(),
        }
    }
}

/// Which way a constraint limits values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bound {
    /// A floor: raising it refuses more (`minimum`, `minLength`, `minItems`).
    Lower,
    /// A ceiling: lowering it refuses more (`maximum`, `maxLength`, `maxItems`).
    Upper,
    /// A rule that cannot be ordered (`pattern`, `multipleOf`, `uniqueItems`, exclusivity).
    Rule,
}

/// One constraint: its keyword, direction and value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Limit {
    pub keyword: &'static str,
    pub bound: Bound,
    pub value: f64,
    pub text: String,
}

/// A schema, flattened.
#[derive(Clone, Debug)]
pub(crate) struct Shape<'a> {
    pub base: Base<'a>,
    pub format: Option<String>,
    pub nullable: bool,
    pub enumeration: Option<Vec<String>>,
    /// Whether the enum also takes values the spec does not list (`x-open-enum: true`).
    pub open: bool,
    pub default: Option<&'a Value>,
    pub limits: Vec<Limit>,
}

/// The component name a `$ref` points at (the reference itself when it names no component).
pub(crate) fn ref_name(reference: &str) -> &str {
    ComponentRef::parse(reference).map_or(reference, |r| r.name)
}

impl<'a> Shape<'a> {
    /// The shape of a schema or a reference to one.
    pub fn of<T: std::borrow::Borrow<Schema>>(schema: &'a ReferenceOr<T>) -> Self {
        match schema {
            ReferenceOr::Reference { reference } => Self::reference(ref_name(reference)),
            ReferenceOr::Item(schema) => Self::of_schema(schema.borrow()),
        }
    }

    fn reference(name: &'a str) -> Self {
        Shape {
            base: Base::Ref(name),
            format: None,
            nullable: false,
            enumeration: None,
            open: false,
            default: None,
            limits: Vec::new(),
        }
    }

    /// The shape of a schema written in place.
    pub fn of_schema(schema: &'a Schema) -> Self {
        let mut shape = Self::reference("");
        shape.nullable = schema.schema_data.nullable;
        shape.default = schema.schema_data.default.as_ref();
        shape.open = schema.schema_data.extensions.get(OPEN_ENUM) == Some(&Value::Bool(true));
        match &schema.schema_kind {
            SchemaKind::Type(typed) => shape.fill(typed),
            SchemaKind::AllOf { all_of } if all_of.len() == 1 => {
                shape.base = match &all_of[0] {
                    ReferenceOr::Reference { reference } => Base::Ref(ref_name(reference)),
                    ReferenceOr::Item(_) => Base::Other("allOf"),
                }
            }
            SchemaKind::AllOf { .. } => shape.base = Base::Other("allOf"),
            SchemaKind::OneOf { .. } => shape.base = Base::Other("oneOf"),
            SchemaKind::AnyOf { .. } => shape.base = Base::Other("anyOf"),
            SchemaKind::Not { .. } => shape.base = Base::Other("not"),
            SchemaKind::Any(_) => shape.base = Base::Other("a schema without a type"),
        }
        shape
    }

    fn fill(&mut self, typed: &'a Type) {
        match typed {
            Type::String(s) => {
                self.base = Base::Scalar("string");
                self.format = format_name(&s.format);
                self.enumeration = values(&s.enumeration);
                self.limit("minLength", Bound::Lower, s.min_length.map(|n| n as f64));
                self.limit("maxLength", Bound::Upper, s.max_length.map(|n| n as f64));
                self.rule("pattern", s.pattern.clone());
            }
            Type::Integer(i) => {
                self.base = Base::Scalar("integer");
                self.format = format_name(&i.format);
                self.enumeration = values(&i.enumeration);
                self.limit("minimum", Bound::Lower, i.minimum.map(|n| n as f64));
                self.limit("maximum", Bound::Upper, i.maximum.map(|n| n as f64));
                self.rule("multipleOf", i.multiple_of.map(|n| n.to_string()));
                self.flags(i.exclusive_minimum, i.exclusive_maximum);
            }
            Type::Number(n) => {
                self.base = Base::Scalar("number");
                self.format = format_name(&n.format);
                self.enumeration = values(&n.enumeration);
                self.limit("minimum", Bound::Lower, n.minimum);
                self.limit("maximum", Bound::Upper, n.maximum);
                self.rule("multipleOf", n.multiple_of.map(|n| n.to_string()));
                self.flags(n.exclusive_minimum, n.exclusive_maximum);
            }
            Type::Boolean(b) => {
                self.base = Base::Scalar("boolean");
                self.enumeration = values(&b.enumeration);
            }
            Type::Array(a) => {
                self.base = Base::Array(a.items.as_ref());
                self.limit("minItems", Bound::Lower, a.min_items.map(|n| n as f64));
                self.limit("maxItems", Bound::Upper, a.max_items.map(|n| n as f64));
                self.rule("uniqueItems", a.unique_items.then(|| "true".to_string()));
            }
            Type::Object(o) => {
                self.base = Base::Object(o);
                self.limit(
                    "minProperties",
                    Bound::Lower,
                    o.min_properties.map(|n| n as f64),
                );
                self.limit(
                    "maxProperties",
                    Bound::Upper,
                    o.max_properties.map(|n| n as f64),
                );
            }
        }
    }

    fn limit(&mut self, keyword: &'static str, bound: Bound, value: Option<f64>) {
        if let Some(value) = value {
            let text = value.to_string();
            self.limits.push(Limit {
                keyword,
                bound,
                value,
                text,
            });
        }
    }

    fn rule(&mut self, keyword: &'static str, value: Option<String>) {
        if let Some(text) = value {
            self.limits.push(Limit {
                keyword,
                bound: Bound::Rule,
                value: 0.0,
                text,
            });
        }
    }

    fn flags(&mut self, exclusive_minimum: bool, exclusive_maximum: bool) {
        self.rule("exclusiveMinimum", exclusive_minimum.then(|| "true".into()));
        self.rule("exclusiveMaximum", exclusive_maximum.then(|| "true".into()));
    }

    /// True for arrays, which typify leaves out as an empty `Vec` rather than `None`.
    pub fn is_array(&self) -> bool {
        matches!(self.base, Base::Array(_))
    }

    /// A short description for an added item: `string (unix-time), nullable`.
    pub fn describe(&self) -> String {
        let mut text = match (&self.base, self.items()) {
            (Base::Array(_), Some(items)) => format!("array of {}", items.describe()),
            (base, _) => base.label(),
        };
        if let Some(format) = &self.format {
            text.push_str(&format!(" ({format})"));
        }
        if let Some(values) = &self.enumeration {
            text.push_str(&format!(", one of {}", values.join(", ")));
        }
        if self.open {
            text.push_str(" or any other (x-open-enum)");
        }
        if self.nullable {
            text.push_str(", nullable");
        }
        text
    }

    /// The items of an array.
    pub fn items(&self) -> Option<Shape<'a>> {
        match self.base {
            Base::Array(Some(items)) => Some(Shape::of(items)),
            _ => None,
        }
    }
}

/// A format as written: `unix-time`, `int64`, `date-time`.
fn format_name<T: serde::Serialize>(format: &VariantOrUnknownOrEmpty<T>) -> Option<String> {
    match format {
        VariantOrUnknownOrEmpty::Item(known) => serde_json::to_value(known)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string)),
        VariantOrUnknownOrEmpty::Unknown(name) => Some(name.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

/// Enum values as the report writes them (`null` for a null entry).
fn values<T: serde::Serialize>(enumeration: &[Option<T>]) -> Option<Vec<String>> {
    if enumeration.is_empty() {
        return None;
    }
    let text = |value: &Option<T>| match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => "?".to_string(),
    };
    Some(enumeration.iter().map(text).collect())
}

/// The formats that pick a Rust type of their own; any other format is a string or number.
pub(crate) fn format_changes_type(format: Option<&str>) -> bool {
    matches!(
        format,
        Some(
            "unix-time"
                | "int8"
                | "int16"
                | "int32"
                | "int64"
                | "uint8"
                | "uint16"
                | "uint32"
                | "uint64"
                | "float"
                | "double"
                | "date"
                | "date-time"
                | "uuid"
                | "ip"
                | "ipv4"
                | "ipv6"
                | "byte"
                | "binary"
        )
    )
}
