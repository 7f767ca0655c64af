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
/// use stripe_connector::{Expandable, types};
///
/// let charge: types::Charge = serde_json::from_value(serde_json::json!({
///     "id": "ch_1", "amount": 100, "amount_refunded": 0, "captured": true, "created": 1570000000,
///     "currency": "usd", "paid": true, "refunded": false, "status": "succeeded",
///     "customer": "cus_1"
/// }))?;
/// let customer = charge.customer.expect("the charge has a customer");
/// assert_eq!(customer.id(), "cus_1");
/// assert!(customer.as_object().is_none());
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
