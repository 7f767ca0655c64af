//! [`ApiKey`]: a Stripe secret or restricted key, held so that it never shows.

use std::fmt;

use crate::Error;

/// The prefixes of the keys a connection accepts: secret and restricted, test and live.
const PREFIXES: [&str; 4] = ["sk_test_", "sk_live_", "rk_test_", "rk_live_"];

/// A Stripe secret (`sk_…`) or restricted (`rk_…`) API key.
///
/// Its `Debug` output names only the kind of key (`ApiKey(sk_test_…)`), and it has no `Display`:
/// the key itself never reaches a log line, an error message or a panic.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    /// Checks that `key` looks like a secret or restricted key, before any call is made.
    ///
    /// A publishable key (`pk_…`), an empty string or one with spaces or control characters is
    /// refused with [`Error::InvalidKey`], whose message never contains the key.
    pub fn new(key: impl Into<String>) -> Result<Self, Error> {
        let key = key.into();
        let Some(prefix) = PREFIXES.iter().find(|p| key.starts_with(*p)) else {
            return Err(Error::InvalidKey(format!(
                "a Stripe secret or restricted key starts with one of {}; this one starts with {:?}",
                PREFIXES.join(", "),
                visible_prefix(&key),
            )));
        };
        let rest = &key[prefix.len()..];
        if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(Error::InvalidKey(format!(
                "the key after {prefix} must be letters and digits only"
            )));
        }
        Ok(Self(key))
    }

    /// The key itself, for the `Authorization` header.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// `sk_test_`, `rk_live_` and so on.
    fn prefix(&self) -> &str {
        &self.0[..8]
    }
}

/// At most the part of a refused key before its first underscore-delimited secret part.
fn visible_prefix(key: &str) -> &str {
    match key.find('_') {
        Some(i) if i <= 3 => &key[..=i],
        _ => "",
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ApiKey({}…)", self.prefix())
    }
}
