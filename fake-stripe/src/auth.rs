//! API key checks: `Authorization: Bearer sk_test_…` (or `sk_live_…`, `rk_…`), or Basic with
//! the key as user name; plus the `Stripe-Version` header, which must name a date.

use axum::http::HeaderMap;
use base64::Engine;

use crate::errors::ApiError;

/// Whether `key` looks like a Stripe secret or restricted key.
fn valid_key(key: &str) -> bool {
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

/// Checks `Stripe-Version` if present: any `YYYY-MM-DD` date is accepted.
pub fn check_version(headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(v) = headers.get("stripe-version") else {
        return Ok(());
    };
    let v = v.to_str().unwrap_or_default();
    let b = v.as_bytes();
    let ok = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && (1..=12).contains(&v[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&v[8..10].parse::<u32>().unwrap_or(0));
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
