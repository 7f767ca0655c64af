//! Stripe's error envelope: `{"error":{"type","code","message","param",...}}` with its status code.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

/// One Stripe API error, rendered as Stripe's JSON envelope.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status of the response.
    pub status: StatusCode,
    /// Stripe's `type`: `invalid_request_error`, `api_error`, `card_error`, `idempotency_error`, ...
    pub kind: &'static str,
    /// Stripe's machine-readable `code`, if any.
    pub code: Option<&'static str>,
    /// Human-readable message.
    pub message: String,
    /// The parameter the error is about, if any.
    pub param: Option<String>,
    /// Card decline code, for card errors.
    pub decline_code: Option<&'static str>,
}

impl ApiError {
    /// A 400 `invalid_request_error` with a code and an optional param.
    pub fn invalid(code: &'static str, param: Option<&str>, message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            kind: "invalid_request_error",
            code: Some(code),
            message: message.into(),
            param: param.map(str::to_owned),
            decline_code: None,
        }
    }

    /// `parameter_unknown` for a parameter the endpoint does not accept.
    pub fn unknown_param(param: &str) -> Self {
        Self::invalid(
            "parameter_unknown",
            Some(param),
            format!("Received unknown parameter: {param}"),
        )
    }

    /// `parameter_missing` for a required parameter that was not sent.
    pub fn missing_param(param: &str) -> Self {
        Self::invalid(
            "parameter_missing",
            Some(param),
            format!("Missing required param: {param}."),
        )
    }

    /// 404 `resource_missing` for an object that does not exist.
    pub fn missing_resource(what: &str, id: &str, param: Option<&str>) -> Self {
        ApiError {
            status: StatusCode::NOT_FOUND,
            code: Some("resource_missing"),
            ..Self::invalid("resource_missing", param, format!("No such {what}: '{id}'"))
        }
    }

    /// 401 for a missing or malformed API key (no `code`, as Stripe does).
    pub fn unauthorized(message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::UNAUTHORIZED,
            kind: "invalid_request_error",
            code: None,
            message: message.into(),
            param: None,
            decline_code: None,
        }
    }

    /// 500 `api_error`.
    pub fn server_error() -> Self {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            kind: "api_error",
            code: None,
            message: "An unknown error occurred (injected by fake-stripe).".into(),
            param: None,
            decline_code: None,
        }
    }

    /// 429 `rate_limit_error` with code `rate_limit`.
    pub fn rate_limited() -> Self {
        ApiError {
            status: StatusCode::TOO_MANY_REQUESTS,
            kind: "rate_limit_error",
            code: Some("rate_limit"),
            message: "Too many requests hit the API too quickly.".into(),
            param: None,
            decline_code: None,
        }
    }

    /// 400 `idempotency_error` for a key reused with other parameters.
    pub fn idempotency(key: &str) -> Self {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            kind: "idempotency_error",
            code: None,
            message: format!(
                "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request."
            ),
            param: None,
            decline_code: None,
        }
    }

    /// 402 `card_error`.
    pub fn card(code: &'static str, decline_code: Option<&'static str>, message: &str) -> Self {
        ApiError {
            status: StatusCode::PAYMENT_REQUIRED,
            kind: "card_error",
            code: Some(code),
            message: message.into(),
            param: None,
            decline_code,
        }
    }

    /// The JSON envelope `{"error":{...}}`.
    pub fn body(&self) -> Value {
        let mut e = Map::new();
        e.insert("type".into(), json!(self.kind));
        e.insert("message".into(), json!(self.message));
        if let Some(code) = self.code {
            e.insert("code".into(), json!(code));
            e.insert(
                "doc_url".into(),
                json!(format!(
                    "https://stripe.com/docs/error-codes/{}",
                    code.replace('_', "-")
                )),
            );
        }
        if let Some(p) = &self.param {
            e.insert("param".into(), json!(p));
        }
        if let Some(d) = self.decline_code {
            e.insert("decline_code".into(), json!(d));
        }
        json!({ "error": Value::Object(e) })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status;
        let mut resp = axum::Json(self.body()).into_response();
        *resp.status_mut() = status;
        resp
    }
}

/// Result type of handlers.
pub type ApiResult<T> = Result<T, ApiError>;
