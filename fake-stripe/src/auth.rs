//! API key checks: `Authorization: Bearer sk_test_…` (or `sk_live_…`, `rk_…`), or Basic with
//! the key as user name; plus the `Stripe-Version` header, which must name a date (a release
//! name such as `.clover` and beta flags may follow, as current SDKs send them).

use axum::http::HeaderMap;
use base64::Engine;

use crate::errors::ApiError;

/// Whether `key` looks like a Stripe secret or restricted key.
pub(crate) fn valid_key(key: &str) -> bool {
    ["sk_test_", "sk_live_", "rk_test_", "rk_live_"]
        .iter()
        .any(|p| key.len() > p.len() && key.starts_with(p))
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The API key of a request, or the 401 Stripe answers without one.
pub fn api_key(headers: &HeaderMap) -> Result<String, ApiError> {
    let Some(value) = headers.get("authorization") else {
        return Err(ApiError::unauthorized(
            "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
        ));
    };
    let value = value.to_str().unwrap_or_default().trim();
    let key = if let Some(k) = value.strip_prefix("Bearer ") {
        Some(k.trim().to_owned())
    } else if let Some(b) = value.strip_prefix("Basic ") {
        base64::engine::general_purpose::STANDARD
            .decode(b.trim())
            .ok()
            .and_then(|d| String::from_utf8(d).ok())
            .map(|s| s.split(':').next().unwrap_or_default().to_owned())
    } else {
        None
    };
    match key {
        Some(k) if valid_key(&k) => Ok(k),
        Some(k) => Err(ApiError::unauthorized(format!(
            "Invalid API Key provided: {}",
            k.chars().take(12).collect::<String>()
        ))),
        None => Err(ApiError::unauthorized(
            "Invalid authorization header. Use Bearer auth with your secret key.",
        )),
    }
}

/// Whether `v` is `YYYY-MM-DD` with a real month and day.
fn is_date(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && (1..=12).contains(&v[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&v[8..10].parse::<u32>().unwrap_or(0))
}

/// Whether `v` names an API version: a date, optionally with the release name current SDKs
/// send (`2025-09-30.clover`) and beta flags (`2025-09-30.clover; some_beta=v1`).
fn is_version(v: &str) -> bool {
    let (date, rest) = v.split_at(v.len().min(10));
    if !is_date(date) {
        return false;
    }
    let mut parts = rest.split(';');
    let release = parts.next().unwrap_or_default();
    let release_ok = match release.strip_prefix('.') {
        None => release.is_empty(),
        Some(name) => !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()),
    };
    release_ok
        && parts.all(|beta| {
            beta.trim()
                .split_once('=')
                .is_some_and(|(k, val)| !k.is_empty() && !val.is_empty())
        })
}

/// Checks `Stripe-Version` if present: any `YYYY-MM-DD` date is accepted, with or without a
/// release name and beta flags.
pub fn check_version(headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(v) = headers.get("stripe-version") else {
        return Ok(());
    };
    let v = v.to_str().unwrap_or_default();
    let ok = is_version(v);
    if ok {
        Ok(())
    } else {
        let mut e = ApiError::invalid(
            "api_version_invalid",
            None,
            format!("Invalid Stripe API version: {v}"),
        );
        e.code = None;
        Err(e)
    }
}

#[cfg(test)]
mod tests {
    use super::is_version;

    #[test]
    fn versions_with_release_names_and_betas() {
        for v in [
            "2019-10-08",
            "2025-09-30.clover",
            "2026-10-28.endive",
            "2025-09-30.clover; custom_checkout_beta=v1",
        ] {
            assert!(is_version(v), "{v}");
        }
        for v in [
            "",
            "2019-13-08",
            "2019-10-8",
            "latest",
            "2019-10-08.",
            "2019-10-08x",
            "2019-10-08.a b",
            "2019-10-08; beta",
        ] {
            assert!(!is_version(v), "{v}");
        }
    }
}
