//! [`Expandable`]: a field Stripe sends as an object's id, or as the object itself when the
//! request asked for it with `expand[]` (the spec marks such fields `x-expandable`).

use serde::de::{DeserializeOwned, Deserializer, Error as _};
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
/// A JSON string decodes as [`Expandable::Id`], anything else as [`Expandable::Object`]; each
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

impl<'de, T: DeserializeOwned> Deserialize<'de> for Expandable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::String(id) => Ok(Expandable::Id(id)),
            object => serde_json::from_value(object)
                .map(|object| Expandable::Object(Box::new(object)))
                .map_err(D::Error::custom),
        }
    }
}
