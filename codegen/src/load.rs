//! Reading the spec text: YAML syntax, the OpenAPI version, `$ref` targets, then the typed model.
//!
//! Each check runs on the raw document first, so that its error can name the exact place; only a
//! document that passes them is handed to `openapiv3`.

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::error::{Location, Problem};

/// Parses spec text into the typed OpenAPI model, or says where and why it cannot.
pub(crate) fn load(text: &str) -> Result<OpenAPI, Problem> {
    let document = parse_yaml(text)?;
    check_version(&document)?;
    check_refs(&document, &document, &Location::root())?;
    to_openapi(document)
}

fn parse_yaml(text: &str) -> Result<Value, Problem> {
    let document: Value = serde_norway::from_str(text).map_err(|e| {
        let at = e.location().map(|at| (at.line(), at.column()));
        Problem::syntax(at, format!("not valid YAML: {e}"))
    })?;
    if !document.is_object() {
        return Err(Problem::new(
            Location::root(),
            "the document is not a mapping of OpenAPI fields",
        ));
    }
    Ok(document)
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

/// Every `$ref` must point inside this document, at something that exists.
fn check_refs(document: &Value, node: &Value, at: &Location) -> Result<(), Problem> {
    match node {
        Value::Object(map) => {
            if let Some(target) = map.get("$ref") {
                check_ref(document, target, &at.key("$ref"))?;
            }
            for (key, value) in map {
                check_refs(document, value, &at.key(key))?;
            }
        }
        Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                check_refs(document, value, &at.index(i))?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn check_ref(document: &Value, target: &Value, at: &Location) -> Result<(), Problem> {
    let Some(target) = target.as_str() else {
        return Err(Problem::new(at.clone(), "a `$ref` must be a string"));
    };
    let Some(pointer) = target.strip_prefix('#') else {
        return Err(
            Problem::new(at.clone(), format!("`{target}` points outside this file")).help(
                "keep every definition in spec/stripe.yaml and refer to it as `#/components/...`",
            ),
        );
    };
    if document.pointer(pointer).is_some() {
        return Ok(());
    }
    let problem = Problem::new(
        at.clone(),
        format!("unknown $ref `{target}`: nothing is defined there"),
    );
    Err(match known_siblings(document, pointer) {
        Some(names) => problem.help(format!("defined there: {names}")),
        None => problem,
    })
}

/// The names defined beside a dangling reference, to point at a likely typo.
fn known_siblings(document: &Value, pointer: &str) -> Option<String> {
    let (parent, _) = pointer.rsplit_once('/')?;
    let names: Vec<&str> = document
        .pointer(parent)?
        .as_object()?
        .keys()
        .map(String::as_str)
        .collect();
    Some(names.join(", "))
}

fn to_openapi(document: Value) -> Result<OpenAPI, Problem> {
    serde_path_to_error::deserialize(document).map_err(|e| {
        let location = e
            .path()
            .iter()
            .fold(Location::root(), |at, segment| match segment {
                serde_path_to_error::Segment::Seq { index } => at.index(*index),
                other => at.key(other),
            });
        Problem::new(
            location,
            format!("not a valid OpenAPI 3.0 document: {}", e.inner()),
        )
    })
}
