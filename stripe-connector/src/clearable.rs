//! [`Clearable`]: the value of a form field that Stripe unsets when it is sent empty (the spec
//! marks such fields `x-clearable`), and [`ClearableValue`], what its builder setter takes.
//!
//! A plain text field needs neither: an empty string already sends `field=`
//! (`.description("")` clears a description).

use serde::de::{DeserializeOwned, Deserializer, Error as _};
use serde::{Deserialize, Serialize, Serializer};

/// A new value for a field, or [`Clearable::Clear`] to unset it.
///
/// `Clear` is sent as an empty value (`images=`), which is how Stripe unsets a list, an object
/// or a number; an empty list would not be sent at all.
///
/// ```
/// use stripe_connector::{Clearable, to_form, types};
///
/// let clear: types::UpdateProductParams = types::UpdateProductParams::builder()
///     .images(Clearable::Clear)
///     .try_into()?;
/// assert_eq!(to_form(&clear)?, "images=");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum Clearable<T> {
    /// The field's new value.
    Set(T),
    /// Unset the field.
    Clear,
}

impl<T: Serialize> Serialize for Clearable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Clearable::Set(value) => value.serialize(serializer),
            Clearable::Clear => serializer.serialize_str(""),
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Clearable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::String(empty) if empty.is_empty() => Ok(Clearable::Clear),
            value => serde_json::from_value(value)
                .map(Clearable::Set)
                .map_err(D::Error::custom),
        }
    }
}

/// What the builder setter of a clearable field takes: a value (`T`), an `Option<T>` (`None`
/// leaves the field out) or a [`Clearable<T>`].
pub trait ClearableValue<T> {
    /// The field's content, or `None` to leave it out.
    fn into_clearable(self) -> Option<Clearable<T>>;
}

impl<T> ClearableValue<T> for T {
    fn into_clearable(self) -> Option<Clearable<T>> {
        Some(Clearable::Set(self))
    }
}

impl<T> ClearableValue<T> for Option<T> {
    fn into_clearable(self) -> Option<Clearable<T>> {
        self.map(Clearable::Set)
    }
}

impl<T> ClearableValue<T> for Clearable<T> {
    fn into_clearable(self) -> Option<Clearable<T>> {
        Some(self)
    }
}
