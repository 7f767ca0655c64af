//! The connection to Stripe: the API key from `STRIPE_API_KEY` or `--api-key-file`, and an
//! optional `--base-url`; [`Connection`] checks both and brings the throttle and the retries.

use std::fs;
use std::path::Path;

use stripe_connector::Connection;

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
    Ok(builder.build()?)
}

/// The key in `file` (trimmed), or else in [`KEY_VARIABLE`].
fn api_key(file: Option<&Path>) -> Result<String, Failure> {
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
