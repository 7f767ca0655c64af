//! [`Clearable`]: the value of a form field that Stripe unsets when it is sent empty (the spec
//! marks such fields `x-clearable`), and [`ClearableValue`], what its builder setter takes.
//!
//! A plain text field needs neither: an empty string already sends `field=`
//! (`.description("")` clears a description).

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{
    self, DeserializeOwned, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
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

/// Decodes straight from the deserializer: an empty string is [`Clearable::Clear`], anything
/// else is handed to `T` as it comes, without buffering.
impl<'de, T: DeserializeOwned> Deserialize<'de> for Clearable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ClearOrSet(PhantomData))
    }
}

/// Sees an empty string, or hands the value to `T`.
struct ClearOrSet<T>(PhantomData<T>);

impl<T: DeserializeOwned> ClearOrSet<T> {
    fn set<'de, D: Deserializer<'de>>(value: D) -> Result<Clearable<T>, D::Error> {
        T::deserialize(value).map(Clearable::Set)
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for ClearOrSet<T> {
    type Value = Clearable<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value, or an empty string to clear the field")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        match value {
            "" => Ok(Clearable::Clear),
            value => Self::set(value.into_deserializer()),
        }
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
        match value.as_str() {
            "" => Ok(Clearable::Clear),
            _ => Self::set(value.into_deserializer()),
        }
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Self::Value, E> {
        Self::set(value.into_deserializer())
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
        Self::set(value.into_deserializer())
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
        Self::set(value.into_deserializer())
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Self::Value, E> {
        Self::set(value.into_deserializer())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Self::set(SeqAccessDeserializer::new(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Self::set(MapAccessDeserializer::new(map))
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

#[cfg(test)]
mod tests {
    use super::Clearable;
    use crate::types::{AddressParams, UpdateCustomerParamsTaxExempt as TaxExempt};

    fn decode<T: serde::de::DeserializeOwned>(json: &str) -> Result<Clearable<T>, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn an_empty_string_clears_and_any_other_value_is_the_fields() {
        assert_eq!(decode::<Vec<String>>(r#""""#), Ok(Clearable::Clear));
        assert_eq!(
            decode::<Vec<String>>(r#"["a", "b"]"#),
            Ok(Clearable::Set(vec!["a".to_string(), "b".to_string()]))
        );
        assert_eq!(
            decode::<TaxExempt>(r#""reverse""#),
            Ok(Clearable::Set(TaxExempt::Reverse))
        );
        assert_eq!(decode::<i64>("7"), Ok(Clearable::Set(7)));
        let Ok(Clearable::Set(address)) = decode::<AddressParams>(r#"{"line1": "1 Main St"}"#)
        else {
            panic!("an address");
        };
        assert_eq!(address.line1, "1 Main St");
    }

    #[test]
    fn an_error_inside_the_value_is_reported_where_it_is() {
        assert_eq!(
            decode::<AddressParams>("{\n\"line1\": 5}").err().as_deref(),
            Some("invalid type: integer `5`, expected a string at line 2 column 10")
        );
        assert_eq!(
            decode::<TaxExempt>(r#""partial""#),
            Err(
                "unknown variant `partial`, expected one of `exempt`, `none`, `reverse` at line 1 column 9"
                    .to_string()
            )
        );
    }
}
