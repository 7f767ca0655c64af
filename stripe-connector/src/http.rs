//! The HTTP client a [`Connection`](crate::Connection) starts from (TLS set up for this crate's
//! build), and the helpers the generated client calls on its call path: the URL, the optional
//! query parameters, the read of a success answer (see `codegen/src/call_path.rs`).

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

/// A piece of a call's URL after the connection's base: fixed text of the spec's path, or the
/// value of a path parameter.
pub(crate) enum Piece<'a> {
    /// Text of the spec's path, as it is.
    Fixed(&'static str),
    /// A path parameter, percent-encoded as one segment.
    Param(&'a str),
}

/// The URL of a call: `base`, then each piece; what progenitor's `format!` of the base and each
/// `encode_path(&param.to_string())` gives, in one allocation instead of one per parameter and
/// their copies (see `codegen/src/call_path.rs`).
pub(crate) fn url(base: &str, pieces: &[Piece<'_>]) -> String {
    let length = pieces.iter().fold(base.len(), |sum, piece| match piece {
        Piece::Fixed(text) | Piece::Param(text) => sum + text.len(),
    });
    let mut url = String::with_capacity(length);
    url.push_str(base);
    for piece in pieces {
        match piece {
            Piece::Fixed(text) => url.push_str(text),
            Piece::Param(value) => push_segment(&mut url, value),
        }
    }
    url
}

/// Appends `value` to `url` with the bytes that progenitor's `encode_path` escapes (the
/// controls, every non-ASCII byte, space, `"#<>?`{}/%`) written as `%XX`.
fn push_segment(url: &mut String, value: &str) {
    if !value.bytes().any(escaped_in_path) {
        url.push_str(value);
        return;
    }
    for &byte in value.as_bytes() {
        if escaped_in_path(byte) {
            url.push('%');
            url.push(char::from(HEX[usize::from(byte >> 4)]));
            url.push(char::from(HEX[usize::from(byte & 0xf)]));
        } else {
            url.push(char::from(byte));
        }
    }
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Whether progenitor's `encode_path` percent-encodes `byte` (its `PATH_SET`, the URL
/// standard's path percent-encode set plus `/` and `%`).
fn escaped_in_path(byte: u8) -> bool {
    !byte.is_ascii()
        || byte.is_ascii_control()
        || matches!(
            byte,
            b' ' | b'"' | b'#' | b'<' | b'>' | b'?' | b'`' | b'{' | b'}' | b'/' | b'%'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_encodes_its_parameters_as_progenitor_does() {
        let values = [
            "cus_Fwynm3WSrERwqD",
            "a b/c?d#e%f",
            "é\u{7f}\t\"<>`{}",
            "",
            "x-y.z~!$&'()*+,;=:@[]|^\\",
        ];
        for value in values {
            let url = url(
                "http://127.0.0.1:1",
                &[
                    Piece::Fixed("/v1/customers/"),
                    Piece::Param(value),
                    Piece::Fixed("/x"),
                ],
            );
            let expected = format!(
                "http://127.0.0.1:1/v1/customers/{}/x",
                progenitor_client::encode_path(value)
            );
            assert_eq!(url, expected, "{value:?}");
        }
    }
}
