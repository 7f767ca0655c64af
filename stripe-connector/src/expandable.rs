//! [`Expandable`]: a field Stripe sends as an object's id, or as the object itself when the
//! request asked for it with `expand[]` (the spec marks such fields `x-expandable`).

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// An object with an id, whether expanded or not: implemented by the generated code for every
/// type of the spec with a required string `id`, for the `oneOf` types by asking the variant,
/// and for the free-form ones by reading their `"id"` key.
pub trait Identified {
    /// The object's id, such as `cus_GbD5X8yW3k7rQF`; empty for a free-form object without one.
    fn id(&self) -> &str;
}

/// The id of an object, or the object itself when Stripe expanded it.
///
/// A JSON string decodes as [`Expandable::Id`], an object as [`Expandable::Object`]; each
/// encodes back the way it came.
///
/// ```
/// use serde_json::json;
/// use stripe_connector::{Expandable, types};
///
/// // A tax id's `customer`, as Stripe sends it without `expand[]`...
/// let id: Expandable<types::Customer> = serde_json::from_value(json!("cus_1"))?;
/// assert_eq!(id.id(), "cus_1");
/// assert!(id.as_object().is_none());
///
/// // ...and with `expand[]=customer`.
/// let expanded: Expandable<types::Customer> = serde_json::from_value(json!({
///     "id": "cus_1", "object": "customer", "created": 1570000000, "livemode": false,
///     "email": "jenny@example.com",
///     "sources": {"object": "list", "data": [], "has_more": false, "url": "/v1/customers/cus_1/sources"}
/// }))?;
/// assert_eq!(expanded.id(), "cus_1");
/// let customer = expanded.as_object().expect("expanded");
/// assert_eq!(customer.email.as_deref(), Some("jenny@example.com"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum Expandable<T> {
    /// The object's id: what Stripe sends unless asked to expand the field.
    Id(String),
    /// The object, when the request asked for it with `expand[]`.
    Object(Box<T>),
}

impl<T: Identified> Expandable<T> {
    /// The object's id, expanded or not.
    pub fn id(&self) -> &str {
        match self {
            Expandable::Id(id) => id,
            Expandable::Object(object) => object.id(),
        }
    }
}

impl<T> Expandable<T> {
    /// The object, if Stripe expanded it.
    pub fn as_object(&self) -> Option<&T> {
        match self {
            Expandable::Id(_) => None,
            Expandable::Object(object) => Some(object),
        }
    }

    /// The object, if Stripe expanded it.
    pub fn into_object(self) -> Option<T> {
        match self {
            Expandable::Id(_) => None,
            Expandable::Object(object) => Some(*object),
        }
    }
}

impl<T: Serialize> Serialize for Expandable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Expandable::Id(id) => serializer.serialize_str(id),
            Expandable::Object(object) => object.serialize(serializer),
        }
    }
}

/// Decodes straight from the deserializer: a string is the id, a map the object, decoded in
/// place, so an error inside the object is reported where it is (serde_json's line and column)
/// and nothing is buffered on the way.
impl<'de, T: DeserializeOwned> Deserialize<'de> for Expandable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(IdOrObject(PhantomData))
    }
}

/// Sees an id or an object.
struct IdOrObject<T>(PhantomData<T>);

impl<'de, T: DeserializeOwned> Visitor<'de> for IdOrObject<T> {
    type Value = Expandable<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an id or an expanded object")
    }

    fn visit_str<E: de::Error>(self, id: &str) -> Result<Self::Value, E> {
        Ok(Expandable::Id(id.to_string()))
    }

    fn visit_string<E: de::Error>(self, id: String) -> Result<Self::Value, E> {
        Ok(Expandable::Id(id))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let object = T::deserialize(MapAccessDeserializer::new(map))?;
        Ok(Expandable::Object(Box::new(object)))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use crate::types;

    /// Stripe's example object of type `name`, from its fixtures of 2019-10-08.
    fn fixture(name: &str) -> Value {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/data/stripe-openapi/fixtures3.2019-10-08.json"
        );
        let text = std::fs::read_to_string(path).expect("Stripe's fixtures are checked in");
        let fixtures: Value = serde_json::from_str(&text).expect("JSON");
        fixtures["resources"][name].clone()
    }

    /// `value` as Stripe prints it, and the line (from 1) of the first line holding `needle`.
    fn printed(value: &Value, needle: &str) -> (String, usize) {
        let text = serde_json::to_string_pretty(value).expect("JSON");
        let line = text
            .lines()
            .position(|l| l.contains(needle))
            .expect("found");
        (text, line + 1)
    }

    #[test]
    fn an_expanded_object_decodes_in_place_and_an_id_as_the_id() {
        let mut tax_id = fixture("tax_id");
        let customer = fixture("customer");
        let id = customer["id"].as_str().expect("an id").to_string();
        let decoded: types::TaxId = serde_json::from_value(tax_id.clone()).expect("decodes");
        assert_eq!(decoded.customer.id(), tax_id["customer"]);
        assert!(decoded.customer.as_object().is_none());
        tax_id["customer"] = customer;
        let text = serde_json::to_string(&tax_id).expect("JSON");
        let decoded: types::TaxId = serde_json::from_str(&text).expect("decodes");
        assert_eq!(decoded.customer.id(), id);
        let expanded = decoded.customer.as_object().expect("expanded");
        assert_eq!(expanded.invoice_prefix.as_deref(), Some("50DB0DD"));
    }

    #[test]
    fn an_error_inside_an_expanded_object_is_reported_at_its_field() {
        let mut tax_id = fixture("tax_id");
        tax_id["customer"] = fixture("customer");
        tax_id["customer"]["livemode"] = "no".into();
        let (text, line) = printed(&tax_id, r#""livemode": "no""#);
        let error = serde_json::from_str::<types::TaxId>(&text).expect_err("refused");
        assert_eq!(error.line(), line, "{error}");
        assert!(
            error
                .to_string()
                .starts_with(r#"invalid type: string "no", expected a boolean"#),
            "{error}"
        );
    }

    #[test]
    fn an_error_inside_an_expanded_default_source_is_reported_inside_it() {
        let mut customer = fixture("customer");
        let mut card = fixture("card");
        card["exp_month"] = "twelve".into();
        customer["default_source"] = card;
        let (text, start) = printed(&customer, r#""default_source": {"#);
        let (_, end) = printed(&customer, r#""delinquent""#);
        let error = serde_json::from_str::<types::Customer>(&text).expect_err("refused");
        assert!(
            (start..end).contains(&error.line()),
            "{error}: expected within lines {start} to {end}"
        );
    }

    #[test]
    fn a_value_neither_id_nor_object_is_refused_by_what_it_is() {
        let error =
            serde_json::from_str::<super::Expandable<types::Customer>>("[1]").expect_err("refused");
        assert_eq!(
            error.to_string(),
            "invalid type: sequence, expected an id or an expanded object at line 1 column 1"
        );
    }
}
