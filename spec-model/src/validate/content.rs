//! What goes over the wire, as progenitor and the hand-written crate take it: a request body
//! with one content type and no `encoding`; a success answer in JSON with a schema; and
//! Stripe's error envelope, `ErrorResponse`, for `4XX` and `5XX` (one error type per
//! operation, the one the crate's errors and the trigger templates are written for).
//!
//! progenitor panics on a JSON response without a schema, on an `encoding`, and on two
//! different error types in one operation.

use openapiv3::{MediaType, OpenAPI, Operation, ReferenceOr, Response, StatusCode};

use crate::error::{Location, Problem};
use crate::reference::ComponentRef;
use crate::reference::component;

const JSON: &str = "application/json";
/// The error envelope every error response carries.
const ERROR_SCHEMA: &str = "#/components/schemas/ErrorResponse";

/// Checks the request body and the responses of `op`, at `at`.
pub(super) fn check(openapi: &OpenAPI, op: &Operation, at: &Location) -> Result<(), Problem> {
    if let Some(ReferenceOr::Item(body)) = &op.request_body {
        let at = at.key("requestBody").key("content");
        if body.content.is_empty() {
            return Err(Problem::new(at, "a request body needs a content type")
                .help("describe the body under `application/x-www-form-urlencoded`"));
        }
        for (content_type, media) in &body.content {
            check_no_encoding(media, &at.key(content_type))?;
        }
    }
    let at = at.key("responses");
    for (class, status) in [(4, "4XX"), (5, "5XX")] {
        if !op
            .responses
            .responses
            .keys()
            .any(|s| status_class(s) == class)
        {
            return Err(Problem::new(
                at.key(status),
                format!("missing: every Stripe call can fail with a `{status}` answer"),
            )
            .help(format!(
                "add `'{status}': {{$ref: '#/components/responses/Error'}}`"
            )));
        }
    }
    for (status, response) in &op.responses.responses {
        let at = at.key(status);
        let (resolved, written_at) = resolve(openapi, response, at.clone());
        match status_class(status) {
            2 => check_success(resolved, &written_at)?,
            4 | 5 => check_error(response, resolved, &at)?,
            _ => {
                return Err(Problem::new(at, "Stripe answers with 2xx, 4xx or 5xx only")
                    .help("remove this response"));
            }
        }
    }
    Ok(())
}

fn status_class(status: &StatusCode) -> u16 {
    match status {
        StatusCode::Code(code) => code / 100,
        StatusCode::Range(range) => *range,
    }
}

/// The response `response` is or refers to, and where it is written.
fn resolve<'a>(
    openapi: &'a OpenAPI,
    response: &'a ReferenceOr<Response>,
    at: Location,
) -> (Option<&'a Response>, Location) {
    match response {
        ReferenceOr::Item(response) => (Some(response), at),
        ReferenceOr::Reference { reference } => {
            let at = ComponentRef::parse(reference).map_or(at, |r| r.location());
            (component(openapi, reference, |c| &c.responses), at)
        }
    }
}

/// A success answer is JSON with a schema, or has no body.
fn check_success(response: Option<&Response>, at: &Location) -> Result<(), Problem> {
    let Some(response) = response else {
        return Ok(());
    };
    for (content_type, media) in &response.content {
        let at = at.key("content").key(content_type);
        if content_type != JSON {
            return Err(
                Problem::new(at, format!("Stripe answers in JSON, not `{content_type}`"))
                    .help(format!("describe the answer under `{JSON}`")),
            );
        }
        check_no_encoding(media, &at)?;
        if media.schema.is_none() {
            return Err(Problem::new(at.key("schema"), "missing: a JSON answer needs a `schema`")
                .help("refer to the object Stripe returns, such as `schema: {$ref: '#/components/schemas/Customer'}`"));
        }
    }
    Ok(())
}

/// An error answer (`response`, at `at`) is Stripe's error envelope, in JSON.
fn check_error(
    response: &ReferenceOr<Response>,
    resolved: Option<&Response>,
    at: &Location,
) -> Result<(), Problem> {
    let schema = resolved
        .and_then(|r| r.content.get(JSON))
        .and_then(|media| media.schema.as_ref());
    if matches!(schema, Some(ReferenceOr::Reference { reference }) if reference == ERROR_SCHEMA) {
        return Ok(());
    }
    let what = match response {
        ReferenceOr::Reference { reference } => format!("`{reference}`"),
        ReferenceOr::Item(_) => "this answer".to_string(),
    };
    Err(Problem::new(
        at.clone(),
        format!("{what} is not Stripe's error envelope (`{JSON}` with `$ref: '{ERROR_SCHEMA}'`), which every error answer is"),
    )
    .help("refer to the shared error response: `$ref: '#/components/responses/Error'`"))
}

/// progenitor cannot generate a body with an `encoding` object.
fn check_no_encoding(media: &MediaType, at: &Location) -> Result<(), Problem> {
    match media.encoding.is_empty() {
        true => Ok(()),
        false => Err(Problem::new(
            at.key("encoding"),
            "progenitor cannot generate a body with an `encoding`",
        )
        .help("remove `encoding`; Stripe's form bodies need none")),
    }
}
