//! Checks on the inputs of the actions and lists, made before any request is sent.
//!
//! The limits come from the spec: `generated.rs` implements [`Check`] for each action's body and
//! calls these functions with the field and the limit the spec gives (`maxLength: 5000`,
//! `maxItems: 8`, `pattern`, `format: uri`...). Nothing here knows a limit of its own; each
//! function only knows how to test one kind of limit and how to say what is wrong.

use std::num::NonZeroU64;

use reqwest::Url;

use crate::Error;

/// A value whose fields the spec limits: checked by the generated code before it is sent.
pub(crate) trait Check {
    /// The first limit of the spec that a field of `self` breaks, as
    /// [`Error::InvalidInput`] naming the field and the limit.
    fn check(&self) -> Result<(), Error>;
}

/// A number a limit of the spec (`minimum`, `maximum`) can be compared with.
pub(crate) trait Number {
    /// The value as a float; integers beyond 2^53 lose precision, far above any Stripe limit.
    fn to_f64(&self) -> f64;
}

impl Number for i64 {
    fn to_f64(&self) -> f64 {
        *self as f64
    }
}

impl Number for u64 {
    fn to_f64(&self) -> f64 {
        *self as f64
    }
}

impl Number for NonZeroU64 {
    fn to_f64(&self) -> f64 {
        self.get() as f64
    }
}

impl Number for f64 {
    fn to_f64(&self) -> f64 {
        *self
    }
}

fn refuse(field: &'static str, reason: String) -> Result<(), Error> {
    Err(Error::InvalidInput { field, reason })
}

/// An object id goes into the URL path: it must be non-empty, not `.` or `..` (which a URL
/// resolves away), and free of `/`, `\` (a `/` to a URL), `?`, `#`, spaces and control
/// characters.
pub(crate) fn check_id(field: &'static str, id: &str) -> Result<(), Error> {
    // Stripe's ids (`cus_Fwynm3WSrERwqD`) pass in one pass over the bytes.
    if !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return Ok(());
    }
    if id.is_empty() {
        return refuse(field, "the id is empty".to_string());
    }
    if id == "." || id == ".." {
        return refuse(field, format!("the id {id:?} would change the URL's path"));
    }
    match id
        .chars()
        .find(|c| matches!(c, '/' | '\\' | '?' | '#') || c.is_whitespace() || c.is_control())
    {
        Some(c) => refuse(
            field,
            format!("the id {id:?} contains {c:?}, which no Stripe id has"),
        ),
        None => Ok(()),
    }
}

/// `minLength` and `maxLength`, counted in characters as JSON Schema counts them.
pub(crate) fn check_length(
    field: &'static str,
    value: &str,
    min: Option<u64>,
    max: Option<u64>,
) -> Result<(), Error> {
    // Characters are between a quarter of the bytes and all of them: most values need no count.
    let bytes = value.len() as u64;
    if min.is_none_or(|min| bytes.div_ceil(4) >= min) && max.is_none_or(|max| bytes <= max) {
        return Ok(());
    }
    let length = value.chars().count() as u64;
    match (min, max) {
        (Some(min), _) if length < min => {
            refuse(field, format!("{length} characters given; at least {min}"))
        }
        (_, Some(max)) if length > max => {
            refuse(field, format!("{length} characters given; at most {max}"))
        }
        _ => Ok(()),
    }
}

/// `pattern`: the value matches the regular expression somewhere, as JSON Schema reads it.
pub(crate) fn check_pattern(field: &'static str, value: &str, pattern: &str) -> Result<(), Error> {
    match regex_lite::Regex::new(pattern) {
        Ok(regex) if regex.is_match(value) => Ok(()),
        Ok(_) => refuse(
            field,
            format!("{value:?} does not match the pattern {pattern:?}"),
        ),
        // codegen compiles every pattern of the spec, so this is a bug, said as such.
        Err(e) => refuse(
            field,
            format!("the spec's pattern {pattern:?} does not compile: {e}"),
        ),
    }
}

/// `format: uri`: an absolute http or https URL.
pub(crate) fn check_url(field: &'static str, url: &str) -> Result<(), Error> {
    match Url::parse(url) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https") => Ok(()),
        Ok(parsed) => refuse(
            field,
            format!(
                "{url:?} is a {} URL; Stripe takes http or https",
                parsed.scheme()
            ),
        ),
        Err(e) => refuse(field, format!("{url:?} is not a URL: {e}")),
    }
}

/// `x-clearable` on text: `""` clears the field at Stripe, so only a value that sets it goes
/// through `checks`.
pub(crate) fn unless_cleared(
    value: &str,
    checks: impl FnOnce() -> Result<(), Error>,
) -> Result<(), Error> {
    match value.is_empty() {
        true => Ok(()),
        false => checks(),
    }
}

/// `minItems` and `maxItems`.
pub(crate) fn check_items(
    field: &'static str,
    count: usize,
    min: Option<u64>,
    max: Option<u64>,
) -> Result<(), Error> {
    let count = count as u64;
    match (min, max) {
        (Some(min), _) if count < min => refuse(field, format!("{count} given; at least {min}")),
        (_, Some(max)) if count > max => refuse(field, format!("{count} given; at most {max}")),
        _ => Ok(()),
    }
}

/// `minimum` and `maximum`, both inclusive.
pub(crate) fn check_range(
    field: &'static str,
    value: f64,
    min: Option<f64>,
    max: Option<f64>,
) -> Result<(), Error> {
    match (min, max) {
        (Some(min), _) if value < min => refuse(field, format!("{value} given; at least {min}")),
        (_, Some(max)) if value > max => refuse(field, format!("{value} given; at most {max}")),
        _ => Ok(()),
    }
}

/// `maxProperties`: the most keys of a hash such as `metadata`.
pub(crate) fn check_entries(
    field: &'static str,
    count: usize,
    max: Option<u64>,
) -> Result<(), Error> {
    match max {
        Some(max) if count as u64 > max => {
            refuse(field, format!("{count} keys given; at most {max}"))
        }
        _ => Ok(()),
    }
}

/// `x-key-max-length`: the longest key of a hash, in characters.
pub(crate) fn check_key(field: &'static str, key: &str, max: u64) -> Result<(), Error> {
    let length = key.chars().count() as u64;
    if length > max {
        return refuse(
            field,
            format!("the key {key:?} has {length} characters; at most {max}"),
        );
    }
    Ok(())
}

/// `x-key-forbidden`: a key of a hash is not empty and holds none of the `forbidden`
/// characters. It travels inside the brackets of Stripe's form (`metadata[key]=`), where a `[`
/// or `]` would be read as structure and an empty key (`metadata[]=`) as a list, so the spec
/// forbids at least the brackets (codegen refuses a hash that does not).
pub(crate) fn check_key_characters(
    field: &'static str,
    key: &str,
    forbidden: &str,
) -> Result<(), Error> {
    if key.is_empty() {
        return refuse(
            field,
            "an empty key cannot be sent: Stripe's form syntax reads `[]` as a list".to_string(),
        );
    }
    match key.chars().find(|c| forbidden.contains(*c)) {
        Some(c @ ('[' | ']')) => refuse(
            field,
            format!("the key {key:?} contains {c:?}, which Stripe's form syntax cannot carry"),
        ),
        Some(c) => refuse(
            field,
            format!("the key {key:?} contains {c:?}, which Stripe does not allow in a key"),
        ),
        None => Ok(()),
    }
}

/// The checks of the value under `key` of a hash, whose refusal then names the key.
pub(crate) fn check_entry(
    key: &str,
    checks: impl FnOnce() -> Result<(), Error>,
) -> Result<(), Error> {
    checks().map_err(|error| match error {
        Error::InvalidInput { field, reason } => Error::InvalidInput {
            field,
            reason: format!("the value of {key:?}: {reason}"),
        },
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(result: Result<(), Error>) -> String {
        match result {
            Err(Error::InvalidInput { reason, .. }) => reason,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn an_id_that_would_change_the_url_is_refused() {
        assert!(check_id("id", "cus_Fwynm3WSrERwqD").is_ok());
        assert!(check_id("id", "prod-1.é~").is_ok());
        assert_eq!(reason(check_id("id", "")), "the id is empty");
        assert!(reason(check_id("id", "..")).contains("would change the URL's path"));
        for (id, c) in [("cus_1/x", "'/'"), ("a b", "' '"), ("a\u{85}", "'\\u{85}'")] {
            let reason = reason(check_id("id", id));
            assert!(
                reason.contains(&format!("contains {c}")),
                "{id:?}: {reason}"
            );
        }
    }

    #[test]
    fn lengths_are_counted_in_characters_near_the_limits() {
        assert!(check_length("name", &"é".repeat(300), None, Some(512)).is_ok());
        assert!(check_length("name", "a", Some(1), Some(1)).is_ok());
        assert_eq!(
            reason(check_length("name", "éé", Some(3), None)),
            "2 characters given; at least 3"
        );
        assert_eq!(
            reason(check_length("name", "ab", None, Some(1))),
            "2 characters given; at most 1"
        );
    }

    #[test]
    fn each_limit_names_what_was_given_and_the_limit() {
        assert_eq!(
            reason(check_items("images", 9, None, Some(8))),
            "9 given; at most 8"
        );
        assert_eq!(
            reason(check_length("name", "", Some(1), Some(5000))),
            "0 characters given; at least 1"
        );
        assert_eq!(
            reason(check_length("email", &"é".repeat(513), None, Some(512))),
            "513 characters given; at most 512"
        );
        assert_eq!(
            reason(check_range("limit", 101.0, Some(1.0), Some(100.0))),
            "101 given; at most 100"
        );
        assert!(reason(check_pattern("name", "  ", r"\S")).contains("does not match"));
        assert!(check_pattern("name", " Hat ", r"\S").is_ok());
        assert!(reason(check_url("url", "ftp://x")).contains("ftp"));
        assert!(check_url("url", "https://example.com/hat").is_ok());
        assert_eq!(
            reason(check_entries("metadata", 51, Some(50))),
            "51 keys given; at most 50"
        );
        assert_eq!(
            reason(check_key("metadata", &"k".repeat(41), 40)),
            format!("the key {:?} has 41 characters; at most 40", "k".repeat(41))
        );
        assert_eq!(
            reason(check_key_characters("metadata", "x]", "[]")),
            "the key \"x]\" contains ']', which Stripe's form syntax cannot carry"
        );
        assert!(reason(check_key_characters("metadata", "", "[]")).contains("empty key"));
        assert!(check_key_characters("metadata", "é &=+%\n", "[]").is_ok());
        assert_eq!(
            reason(check_entry("size", || check_length(
                "metadata",
                &"v".repeat(501),
                None,
                Some(500)
            ))),
            "the value of \"size\": 501 characters given; at most 500"
        );
    }
}
