//! Stripe's form encoding: `application/x-www-form-urlencoded` with brackets for structure.
//!
//! The generated client sends every request body through [`encode`] (codegen rewrites
//! progenitor's `form_urlencoded`, whose `serde_urlencoded` cannot encode arrays). `serde_qs`
//! writes what Stripe's official SDKs send: `images[0]=a&images[1]=b`, `metadata[k]=v`,
//! booleans as `true`/`false`, and percent-encodes `&`, `=`, `+`, `%` and brackets inside values.

use progenitor_client::Error;
use reqwest::RequestBuilder;
use reqwest::header::{CONTENT_TYPE, HeaderValue};
use serde::Serialize;

const FORM: &str = "application/x-www-form-urlencoded";

/// Sets `body`, form-encoded in Stripe's bracket notation, as the request's body.
///
/// Its error type is the one every generated operation returns, large as it is.
#[allow(clippy::result_large_err)]
pub(crate) fn encode<E, T: Serialize>(
    request: RequestBuilder,
    body: &T,
) -> Result<RequestBuilder, Error<E>> {
    let text = to_form(body)
        .map_err(|e| Error::InvalidRequest(format!("cannot form-encode the request body: {e}")))?;
    Ok(request
        .header(CONTENT_TYPE, HeaderValue::from_static(FORM))
        .body(text))
}

/// The form encoding of `body`, as Stripe reads it.
pub fn to_form<T: Serialize>(body: &T) -> Result<String, serde_qs::Error> {
    serde_qs::to_string(body)
}
