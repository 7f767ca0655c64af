//! `$ref`s, read in one place. The spec's checks (`load/refs.rs`) make sure that each names a
//! whole component of the right section; codegen, the export, the diff, `import-schema` and the
//! conformance test then read them here rather than each splitting the text on `/`.

use openapiv3::{Components, OpenAPI, ReferenceOr};
use serde_json::Value;

use crate::error::Location;

/// A `$ref` to a component, `#/components/<section>/<name>`, split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ComponentRef<'a> {
    /// The section of `components`: `schemas`, `parameters`, `responses`...
    pub section: &'a str,
    /// The component's name.
    pub name: &'a str,
}

impl<'a> ComponentRef<'a> {
    /// Splits `reference`; `None` unless it names one whole component of this document.
    pub fn parse(reference: &'a str) -> Option<Self> {
        match components_path(reference)?.as_slice() {
            [section, name] if !section.is_empty() && !name.is_empty() => {
                Some(Self { section, name })
            }
            _ => None,
        }
    }

    /// Where the component is written: `components.schemas.Customer`.
    pub fn location(&self) -> Location {
        Location::root()
            .key("components")
            .key(self.section)
            .key(self.name)
    }

    /// The JSON pointer to the component: `/components/schemas/Customer`.
    pub fn pointer(&self) -> String {
        let escape = |s: &str| s.replace('~', "~0").replace('/', "~1");
        format!("/components/{}/{}", escape(self.section), escape(self.name))
    }
}

/// The segments of a `$ref` into `components`, after `#/components/`: `[schemas, Customer]` for
/// a whole component, fewer or more for a section or a place inside a component; `None` for a
/// reference anywhere else.
pub fn components_path(reference: &str) -> Option<Vec<&str>> {
    Some(
        reference
            .strip_prefix("#/components/")?
            .split('/')
            .collect(),
    )
}

/// The name of the component schema `reference` names: `Customer` for
/// `#/components/schemas/Customer`; `None` for a reference to anything else.
pub fn schema_name(reference: &str) -> Option<&str> {
    ComponentRef::parse(reference)
        .filter(|r| r.section == "schemas")
        .map(|r| r.name)
}

/// The `$ref` to the component schema `name`.
pub fn to_schema(name: &str) -> String {
    format!("#/components/schemas/{name}")
}

/// The entry that `reference` names in the section of the typed model that `section` picks, as
/// written there: itself a `$ref` when the component only renames another.
pub fn entry<'a, T>(
    openapi: &'a OpenAPI,
    reference: &str,
    section: impl Fn(&'a Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
) -> Option<&'a ReferenceOr<T>> {
    let name = ComponentRef::parse(reference)?.name;
    section(openapi.components.as_ref()?).get(name)
}

/// The component that `reference` names in the section of the typed model that `section` picks.
pub fn component<'a, T>(
    openapi: &'a OpenAPI,
    reference: &str,
    section: impl Fn(&'a Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
) -> Option<&'a T> {
    entry(openapi, reference, section)?.as_item()
}

/// `value` itself, or the component its `$ref` names in the section `section` picks.
pub fn resolve<'a, T>(
    openapi: &'a OpenAPI,
    value: &'a ReferenceOr<T>,
    section: impl Fn(&'a Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
) -> Option<&'a T> {
    match value {
        ReferenceOr::Item(item) => Some(item),
        ReferenceOr::Reference { reference } => component(openapi, reference, section),
    }
}

/// The node that the local `$ref` `reference` (`#/...`, any depth) points at in `document`,
/// and where it is written.
pub fn lookup<'v>(document: &'v Value, reference: &str) -> Option<(Location, &'v Value)> {
    let pointer = reference.strip_prefix('#')?;
    let node = document.pointer(pointer)?;
    let at = pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .fold(Location::root(), |at, segment| at.key(segment));
    Some((at, node))
}

#[cfg(test)]
mod tests {
    use openapiv3::{OpenAPI, ReferenceOr};

    use super::{ComponentRef, components_path, entry, lookup, resolve, schema_name};

    #[test]
    fn a_component_splits_into_its_section_and_name() {
        let customer = ComponentRef::parse("#/components/schemas/Customer").expect("a component");
        assert_eq!((customer.section, customer.name), ("schemas", "Customer"));
        assert_eq!(
            customer.location().to_string(),
            "components.schemas.Customer"
        );
        assert_eq!(customer.pointer(), "/components/schemas/Customer");
    }

    #[test]
    fn only_whole_components_of_this_document_parse() {
        for reference in [
            "#/components/schemas",
            "#/components/schemas/",
            "#/components/schemas/Customer/properties/id",
            "other.yaml#/components/schemas/Customer",
            "#/paths",
        ] {
            assert_eq!(ComponentRef::parse(reference), None, "{reference}");
        }
        assert_eq!(schema_name("#/components/responses/Error"), None);
    }

    #[test]
    fn lookup_follows_a_pointer_and_says_where() {
        let document = serde_json::json!({"paths": {"/v1/a": {"get": {"x": 1}}}});
        let (at, node) = lookup(&document, "#/paths/~1v1~1a/get").expect("there");
        assert_eq!(at.to_string(), "paths./v1/a.get");
        assert_eq!(node["x"], 1);
    }

    #[test]
    fn a_reference_resolves_to_its_component_and_an_alias_stays_a_reference() {
        let openapi: OpenAPI = serde_json::from_value(serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": {
                "Customer": {"type": "object"},
                "Client": {"$ref": "#/components/schemas/Customer"}
            }}
        }))
        .expect("a document");
        let customer = ReferenceOr::ref_("#/components/schemas/Customer");
        assert!(resolve(&openapi, &customer, |c| &c.schemas).is_some());
        let alias = entry(&openapi, "#/components/schemas/Client", |c| &c.schemas);
        assert!(matches!(alias, Some(ReferenceOr::Reference { .. })));
        let nowhere = ReferenceOr::ref_("#/components/schemas/Nobody");
        assert!(resolve(&openapi, &nowhere, |c| &c.schemas).is_none());
    }

    #[test]
    fn a_reference_into_components_splits_into_its_segments() {
        let path = |r| components_path(r).map(|p| p.join("|"));
        assert_eq!(path("#/components/schemas"), Some("schemas".into()));
        assert_eq!(
            path("#/components/schemas/A/properties"),
            Some("schemas|A|properties".into())
        );
        assert_eq!(path("#/paths/x"), None);
    }
}
