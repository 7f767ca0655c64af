//! How the generated flags of the actions read their values: an object as JSON
//! (`--address '{"line1":"1 Main St"}'`), a hash entry as `key=value` (`--metadata size=L`), a
//! value from a closed list by its name (`--type eu_vat`).

use std::str::FromStr;

use serde::de::DeserializeOwned;

/// A JSON object, parsed into the generated type `T` of the field.
pub(crate) fn json<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| format!("not the JSON this field takes: {e}"))
}

/// `key=value`; the value may be empty (`size=`), which removes the key at Stripe.
pub(crate) fn key_value(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err(format!("{text:?} is not key=value")),
    }
}

/// A value of a generated enum, by its name at Stripe.
pub(crate) fn parsed<T>(text: &str) -> Result<T, String>
where
    T: FromStr,
    T::Err: std::fmt::Display,
{
    text.parse().map_err(|e: T::Err| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_value_takes_an_empty_value_but_not_an_empty_key() {
        assert_eq!(key_value("size=L"), Ok(("size".into(), "L".into())));
        assert_eq!(key_value("size="), Ok(("size".into(), String::new())));
        assert_eq!(key_value("a=b=c"), Ok(("a".into(), "b=c".into())));
        assert!(key_value("=L").is_err());
        assert!(key_value("size").is_err());
    }

    #[test]
    fn json_says_what_is_wrong() {
        let error = json::<stripe_connector::types::AddressParams>("{\"city\":\"x\"}").unwrap_err();
        assert!(error.contains("line1"), "{error}");
        assert!(
            json::<stripe_connector::types::AddressParams>("{\"line1\":\"1 Main St\"}").is_ok()
        );
    }
}
