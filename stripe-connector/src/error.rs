//! [`Error`]: everything a call can end in besides success, with messages a person can act on.

use std::fmt;

use progenitor_client::ResponseValue;

use crate::{ErrorCode, types};

/// Why a call did not succeed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Stripe answered with its error envelope.
    #[error(transparent)]
    Stripe(Box<StripeError>),
    /// An argument was refused before any request was sent.
    #[error("invalid {field}: {reason}")]
    InvalidInput {
        /// The argument at fault, such as `images` or `id`.
        field: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The API key is not a Stripe secret or restricted key (the message never holds the key).
    #[error("invalid API key: {0}")]
    InvalidKey(String),
    /// The base URL cannot be used.
    #[error("invalid base URL {url:?}: {reason}")]
    InvalidBaseUrl {
        /// The URL as given.
        url: String,
        /// Why it is refused.
        reason: String,
    },
    /// The request never got an answer: no connection, a timeout, a dropped connection.
    #[error("no answer from Stripe: {0}")]
    Transport(#[source] reqwest::Error),
    /// The connection's [`Limiter`](crate::Limiter) refused the call, which was not sent (such as
    /// a poll of the fleet whose lease ran out); it says why.
    #[error("not sent: {0}")]
    NotSent(String),
    /// Stripe answered with the tombstone of a deleted object (`{"id": …, "object": "customer",
    /// "deleted": true}`) where the call returns the live object, such as
    /// [`get_customer`](crate::Connection::get_customer) of a deleted customer.
    #[error("{object} {id} was deleted")]
    Deleted {
        /// The kind of object, such as `customer`.
        object: String,
        /// The id of the deleted object.
        id: String,
    },
    /// A trigger's checkpoint could not be read or saved; its state did not change.
    #[error("trigger checkpoint: {0}")]
    Checkpoint(#[source] std::io::Error),
    /// Stripe answered something the spec does not describe: a status it does not list, a body
    /// of the wrong shape, or an error whose body is not Stripe's JSON (a proxy's HTML page).
    #[error(
        "Stripe's answer{} does not match the spec: {detail}; it starts {excerpt:?}{}",
        status.map(|s| format!(" ({s})")).unwrap_or_default(),
        request_id.as_ref().map(|id| format!(" [request {id}]")).unwrap_or_default()
    )]
    UnexpectedResponse {
        /// The HTTP status, when known.
        status: Option<u16>,
        /// Stripe's `Request-Id`, when known.
        request_id: Option<String>,
        /// What did not match.
        detail: String,
        /// The first characters of the body, never the whole of it.
        excerpt: String,
    },
}

/// An error Stripe reported, with what its envelope and headers say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StripeError {
    /// The HTTP status, such as 402 or 404.
    pub status: u16,
    /// Stripe's error type, such as `card_error` or `invalid_request_error`; a type Stripe added
    /// after 2019-10-08 is `ApiErrorType::Other`, with the type as Stripe sent it.
    pub kind: types::ApiErrorType,
    /// A short code such as `resource_missing`, when Stripe gives one.
    pub code: Option<String>,
    /// The parameter at fault, when there is one.
    pub param: Option<String>,
    /// Stripe's message, meant for people.
    pub message: Option<String>,
    /// For declined cards, the issuer's reason.
    pub decline_code: Option<String>,
    /// A page about this error code.
    pub doc_url: Option<String>,
    /// Stripe's `Request-Id`, to quote to Stripe's support.
    pub request_id: Option<String>,
}

impl fmt::Display for StripeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Stripe {} ({}", self.kind, self.status)?;
        let param = self.param.as_ref().map(|p| format!("param {p}"));
        for detail in [&self.code, &param, &self.decline_code]
            .into_iter()
            .flatten()
        {
            write!(f, ", {detail}")?;
        }
        write!(f, "): {}", self.message.as_deref().unwrap_or("no message"))?;
        if let Some(id) = &self.request_id {
            write!(f, " [request {id}]")?;
        }
        Ok(())
    }
}

impl std::error::Error for StripeError {}

/// What Stripe answers for an object that was deleted.
#[derive(serde::Deserialize)]
struct Tombstone {
    id: String,
    object: String,
    deleted: bool,
}

/// How many characters of an unexpected body an error keeps.
const EXCERPT_CHARS: usize = 120;

/// Marks a response rebuilt by [`error_response`]: why its body is not Stripe's error JSON.
#[derive(Clone, Debug)]
struct NotStripeJson(String);

/// Reads the answer to a call that failed (4xx or 5xx); the generated client calls it in place
/// of progenitor's `ResponseValue::from_response` (see `codegen/src/rewrite.rs`).
///
/// Stripe's error envelope comes back as progenitor's error value. Any other body, such as the
/// HTML page of a proxy's 502, becomes `UnexpectedResponse` with a response rebuilt from the
/// same status, headers and body, so [`Error::from_client`] keeps the status (and with it the
/// retry decision of callers), the request id and an excerpt of the body.
pub(crate) async fn error_response(
    response: reqwest::Response,
) -> Result<ResponseValue<types::ErrorResponse>, progenitor_client::Error<types::ErrorResponse>> {
    let (status, headers, body) = crate::http::read(response).await?;
    match serde_json::from_slice(&body) {
        Ok(envelope) => Ok(ResponseValue::new(envelope, status, headers)),
        Err(e) => {
            let mut rebuilt = ::http::Response::new(body);
            *rebuilt.status_mut() = status;
            *rebuilt.headers_mut() = headers;
            rebuilt
                .extensions_mut()
                .insert(NotStripeJson(e.to_string()));
            Err(progenitor_client::Error::UnexpectedResponse(rebuilt.into()))
        }
    }
}

impl Error {
    /// The error a generated call ended in, read into this crate's terms.
    pub(crate) async fn from_client(error: progenitor_client::Error<types::ErrorResponse>) -> Self {
        use progenitor_client::Error as E;
        match error {
            E::ErrorResponse(response) => {
                let status = response.status().as_u16();
                let request_id = request_id(response.headers());
                Error::Stripe(Box::new(StripeError::new(
                    status,
                    request_id,
                    response.into_inner().error,
                )))
            }
            E::InvalidRequest(reason) => Error::InvalidInput {
                field: "request",
                reason,
            },
            E::CommunicationError(e) | E::ResponseBodyError(e) | E::InvalidUpgrade(e) => {
                Error::Transport(e)
            }
            E::InvalidResponsePayload(body, e) => match serde_json::from_slice(&body) {
                Ok(Tombstone {
                    id,
                    object,
                    deleted: true,
                }) => Error::Deleted { object, id },
                _ => Error::UnexpectedResponse {
                    status: None,
                    request_id: None,
                    detail: e.to_string(),
                    excerpt: excerpt(&body),
                },
            },
            E::UnexpectedResponse(response) => {
                let status = response.status().as_u16();
                let request_id = request_id(response.headers());
                let detail = match response.extensions().get::<NotStripeJson>() {
                    Some(NotStripeJson(why)) => {
                        format!("an error whose body is not Stripe's error JSON ({why})")
                    }
                    None => "a status the spec does not list".to_string(),
                };
                let body = response.bytes().await.unwrap_or_default();
                Error::UnexpectedResponse {
                    status: Some(status),
                    request_id,
                    detail,
                    excerpt: excerpt(&body),
                }
            }
            // Only `post` makes these: for a call the limiter refused.
            E::Custom(reason) => Error::NotSent(reason),
        }
    }

    /// The Stripe error, when Stripe reported one.
    pub fn stripe(&self) -> Option<&StripeError> {
        match self {
            Error::Stripe(e) => Some(e),
            _ => None,
        }
    }

    /// The HTTP status of the answer, when there was one: Stripe's error envelope, or an answer
    /// the spec does not describe (such as a proxy's HTML 502).
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Stripe(e) => Some(e.status),
            Error::UnexpectedResponse { status, .. } => *status,
            _ => None,
        }
    }

    /// Whether the call is worth trying again later: no answer, 429 or 5xx.
    ///
    /// The connection has already retried such a call as its [`RetryPolicy`](crate::RetryPolicy)
    /// allows; this is for callers that try again on a longer scale, such as a watch's next poll.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Transport(_) => true,
            _ => self
                .status()
                .is_some_and(|status| status == 429 || (500..=599).contains(&status)),
        }
    }
}

impl StripeError {
    /// The error's code, typed for the common cases ([`ErrorCode::Other`] for the rest), when
    /// Stripe gave one; `code` holds the string as sent.
    pub fn error_code(&self) -> Option<ErrorCode> {
        self.code.as_deref().map(|code| match code.parse() {
            Ok(typed) => typed,
            Err(never) => match never {},
        })
    }

    fn new(status: u16, request_id: Option<String>, error: types::ApiError) -> Self {
        Self {
            status,
            kind: error.type_,
            code: error.code,
            param: error.param,
            message: error.message,
            decline_code: error.decline_code,
            doc_url: error.doc_url,
            request_id,
        }
    }
}

fn request_id(headers: &reqwest::header::HeaderMap) -> Option<String> {
    headers.get("request-id")?.to_str().ok().map(str::to_string)
}

/// The start of a body, never the whole of it.
fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut excerpt: String = text.chars().take(EXCERPT_CHARS).collect();
    if text.chars().count() > EXCERPT_CHARS {
        excerpt.push('…');
    }
    excerpt
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unexpected(status: Option<u16>) -> Error {
        Error::UnexpectedResponse {
            status,
            request_id: None,
            detail: "a test".to_string(),
            excerpt: String::new(),
        }
    }

    fn stripe(status: u16) -> Error {
        let error = types::ApiError {
            code: None,
            decline_code: None,
            doc_url: None,
            message: None,
            param: None,
            type_: types::ApiErrorType::ApiError,
        };
        Error::Stripe(Box::new(StripeError::new(status, None, error)))
    }

    #[test]
    fn the_status_comes_from_either_kind_of_answer() {
        assert_eq!(stripe(402).status(), Some(402));
        assert_eq!(unexpected(Some(502)).status(), Some(502));
        assert_eq!(unexpected(None).status(), None);
        assert_eq!(Error::InvalidKey("x".to_string()).status(), None);
    }

    #[test]
    fn only_429_and_5xx_answers_are_transient() {
        for status in [429, 500, 502, 503, 599] {
            assert!(stripe(status).is_transient(), "{status}");
            assert!(unexpected(Some(status)).is_transient(), "{status}");
        }
        for status in [200, 400, 401, 404, 409, 600] {
            assert!(!stripe(status).is_transient(), "{status}");
            assert!(!unexpected(Some(status)).is_transient(), "{status}");
        }
        assert!(!unexpected(None).is_transient());
        assert!(!Error::InvalidKey("x".to_string()).is_transient());
    }
}
