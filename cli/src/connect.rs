//! The connection to Stripe: the API key from `STRIPE_API_KEY` or `--api-key-file`, and an
//! optional `--base-url`; [`Connection`] checks both and brings the throttle and the retries.

use std::fs;
use std::path::Path;

use stripe_connector::{Connection, STRIPE_API};

use crate::args::Global;
use crate::fail::Failure;

/// The environment variable that holds the API key.
pub const KEY_VARIABLE: &str = "STRIPE_API_KEY";

/// A connection with the key and base URL the user chose.
pub fn connection(global: &Global) -> Result<Connection, Failure> {
    let key = api_key(global.api_key_file.as_deref())?;
    let mut builder = Connection::builder(key);
    if let Some(url) = &global.base_url {
        builder = builder.base_url(url);
    }
    if global.no_throttle {
        refuse_unthrottled(global.base_url.as_deref().unwrap_or(STRIPE_API))?;
        builder = builder.throttle(None);
    }
    Ok(builder.build()?)
}

/// `--no-throttle` is for local fakes: Stripe's own API gets the connector's throttle.
pub(crate) fn refuse_unthrottled(url: &str) -> Result<(), Failure> {
    let host = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['/', ':'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if host == "stripe.com" || host.ends_with(".stripe.com") {
        return Err(Failure::Input(format!(
            "--no-throttle is refused for Stripe's API ({url}): the connector keeps to 100 calls \
             in any 60 s there; use it with --base-url pointing at a local fake Stripe"
        )));
    }
    Ok(())
}

/// The key in `file` (trimmed), or else in [`KEY_VARIABLE`].
pub(crate) fn api_key(file: Option<&Path>) -> Result<String, Failure> {
    match file {
        Some(path) => fs::read_to_string(path)
            .map(|text| text.trim().to_string())
            .map_err(|e| {
                Failure::Input(format!(
                    "cannot read the API key from {}: {e}; give a file that holds only the key",
                    path.display()
                ))
            }),
        None => std::env::var(KEY_VARIABLE).map_err(|_| {
            Failure::Input(format!(
                "no API key: set {KEY_VARIABLE}=sk_test_… or pass --api-key-file PATH"
            ))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_throttle_is_refused_for_stripe_and_allowed_for_a_local_fake() {
        for url in [
            STRIPE_API,
            "https://API.stripe.com/",
            "https://files.stripe.com:443",
        ] {
            assert!(refuse_unthrottled(url).is_err(), "{url}");
        }
        for url in [
            "http://127.0.0.1:12111",
            "http://localhost:4242/v1",
            "https://notstripe.com",
        ] {
            assert!(refuse_unthrottled(url).is_ok(), "{url}");
        }
    }
}
