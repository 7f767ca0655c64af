//! The HTTP client a [`Connection`](crate::Connection) starts from (TLS set up for this crate's
//! build), and how the generated client reads a success answer.

use std::sync::Once;

use progenitor_client::ResponseValue;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// What every request names itself as.
pub const USER_AGENT: &str = concat!("stripe-connector/", env!("CARGO_PKG_VERSION"));

/// A `reqwest` client builder with TLS ready and this crate's `User-Agent`.
///
/// The crate builds reqwest's rustls without its default crypto provider (aws-lc-rs, a minute of
/// C compilation) and installs `ring` as the process default, unless the program already chose
/// one.
pub fn client_builder() -> reqwest::ClientBuilder {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        // An error means another provider is already installed, which serves as well.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
    reqwest::ClientBuilder::new().user_agent(USER_AGENT)
}

/// Reads the body of a success answer into `T`, with its status and headers: what progenitor's
/// `ResponseValue::from_response` does, but the headers move into the value instead of being
/// copied. The generated client calls it in its place (see `codegen/src/call_path.rs`).
pub(crate) async fn answer<T: DeserializeOwned, E>(
    response: reqwest::Response,
) -> Result<ResponseValue<T>, progenitor_client::Error<E>> {
    let (status, headers, body) = read(response).await?;
    match serde_json::from_slice(&body) {
        Ok(inner) => Ok(ResponseValue::new(inner, status, headers)),
        Err(e) => Err(progenitor_client::Error::InvalidResponsePayload(body, e)),
    }
}

/// The status, headers and body of `response`; the headers are moved out, not copied.
pub(crate) async fn read<E>(
    mut response: reqwest::Response,
) -> Result<
    (
        reqwest::StatusCode,
        reqwest::header::HeaderMap,
        bytes::Bytes,
    ),
    progenitor_client::Error<E>,
> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let body = response
        .bytes()
        .await
        .map_err(progenitor_client::Error::ResponseBodyError)?;
    Ok((status, headers, body))
}

/// Adds the query parameter `name` when `value` is set: what progenitor's
/// `.query(&QueryParam::new(name, &value))` sends, without rewriting the URL's query for a
/// parameter that is not (see `codegen/src/call_path.rs`).
pub(crate) fn query<T: Serialize>(
    request: reqwest::RequestBuilder,
    name: &str,
    value: &Option<T>,
) -> reqwest::RequestBuilder {
    match value {
        Some(value) => request.query(&progenitor_client::QueryParam::new(name, value)),
        None => request,
    }
}
