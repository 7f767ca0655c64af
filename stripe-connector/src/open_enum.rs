//! How the generated open enums (those that keep a value Stripe added later as `Other(String)`)
//! decode: straight from the string, through their `FromStr`, which accepts any value.
//!
//! serde's derive would buffer each value first, to try the named variants before the untagged
//! `Other`: an allocation for every enum of every answer. codegen (`codegen/src/open_enum.rs`)
//! writes each open enum's `Deserialize` as a call of [`deserialize`].

use std::fmt::{self, Display};
use std::marker::PhantomData;
use std::str::FromStr;

use serde::Deserializer;
use serde::de::{self, Visitor};

/// Decodes an open enum from a string, by its `FromStr`.
pub(crate) fn deserialize<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr<Err: Display>,
{
    deserializer.deserialize_str(ByFromStr(PhantomData))
}

/// Sees a string, and parses it.
struct ByFromStr<T>(PhantomData<T>);

impl<T: FromStr<Err: Display>> Visitor<'_> for ByFromStr<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        value.parse().map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use crate::types::CustomerTaxExempt;

    #[test]
    fn a_listed_value_decodes_as_its_variant_and_any_other_as_it_was_sent() {
        let listed: CustomerTaxExempt = serde_json::from_str(r#""reverse""#).expect("decodes");
        assert_eq!(listed, CustomerTaxExempt::Reverse);
        let added: CustomerTaxExempt = serde_json::from_str(r#""partial""#).expect("decodes");
        assert_eq!(added, CustomerTaxExempt::Other("partial".to_string()));
        assert_eq!(
            serde_json::to_string(&added).expect("encodes"),
            r#""partial""#
        );
        assert_eq!(listed.to_string(), "reverse");
    }

    #[test]
    fn a_value_that_is_not_a_string_is_refused_where_it_is() {
        let error = serde_json::from_str::<CustomerTaxExempt>("\n 12").expect_err("refused");
        assert_eq!(
            error.to_string(),
            "invalid type: integer `12`, expected a string at line 2 column 3"
        );
    }
}
