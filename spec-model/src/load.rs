//! Reading the spec text: YAML syntax, keys written twice, the OpenAPI version, `$ref` targets, the structure of
//! every object and schema, then the typed model.
//!
//! Each check runs on the raw document first, so that its error can name the exact place; only a
//! document that passes them is handed to `openapiv3`.

mod duplicates;
mod names;
mod objects;
mod refs;
mod schema;
mod shape;
mod values;

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::error::{Location, Problem};

/// Parses spec text into the typed OpenAPI model, or says where and why it cannot; also gives
/// back the checked document as written, which keeps what `openapiv3` drops (the `x-` keys
/// beside a `$ref`).
pub(crate) fn load(text: &str) -> Result<(Value, OpenAPI), Problem> {
    let document = parse_yaml(text)?;
    duplicates::check(text)?;
    check_version(&document)?;
    refs::check_targets(&document, &document, &Location::root())?;
    shape::check(&document)?;
    refs::check_loops(&document)?;
    let openapi = to_openapi(document.clone())?;
    Ok((document, openapi))
}

fn parse_yaml(text: &str) -> Result<Value, Problem> {
    let document: Value = serde_norway::from_str(text).map_err(|e| {
        let at = e.location().map(|at| (at.line(), at.column()));
        Problem::syntax(at, format!("not valid YAML: {e}"))
    })?;
    let found = match &document {
        Value::Object(_) => return Ok(document),
        Value::Null => "nothing but comments",
        Value::Array(_) => "a list",
        _ => "a single value",
    };
    Err(Problem::syntax(
        Some(first_content(text)),
        format!("the document holds {found}, not a mapping of OpenAPI fields"),
    )
    .help("start the document with `openapi: 3.0.3`"))
}

/// The line and column of the first character that is neither blank nor in a comment.
fn first_content(text: &str) -> (usize, usize) {
    text.lines()
        .enumerate()
        .find_map(|(i, line)| {
            let column = line.find(|c: char| !c.is_whitespace())?;
            (!line[column..].starts_with('#')).then_some((i + 1, column + 1))
        })
        .unwrap_or((1, 1))
}

fn check_version(document: &Value) -> Result<(), Problem> {
    if document.get("swagger").is_some() {
        return Err(Problem::new(
            Location::root().key("swagger"),
            "Swagger 2.0 documents are not supported",
        )
        .help(
            "describe the API as OpenAPI 3.0.x (`openapi: 3.0.3`), the version progenitor reads",
        ));
    }
    let at = Location::root().key("openapi");
    match document.get("openapi").and_then(Value::as_str) {
        Some(version) if version.starts_with("3.0.") => Ok(()),
        Some(version) => Err(Problem::new(
            at,
            format!("OpenAPI {version} is not supported; progenitor reads OpenAPI 3.0.x only"),
        )
        .help(
            "write `openapi: 3.0.3` and keep to 3.0 features (`nullable: true`, not type lists)",
        )),
        None => Err(
            Problem::new(at, "missing: the document does not say its OpenAPI version")
                .help("start the document with `openapi: 3.0.3`"),
        ),
    }
}

fn to_openapi(document: Value) -> Result<OpenAPI, Problem> {
    serde_path_to_error::deserialize(document).map_err(|e| {
        let location = Location::root().along(e.path());
        Problem::new(
            location,
            format!("not a valid OpenAPI 3.0 document: {}", e.inner()),
        )
    })
}
