//! The last line of defence around progenitor: when it panics or fails on a spec the validator
//! passed, the user gets a located error instead of a backtrace.
//!
//! Such a failure is a gap in the validator. To say where it is, the fence runs progenitor again
//! on parts of the spec: the components alone (then with one schema at a time emptied), then
//! each operation alone with every component. The default panic hook stays quiet meanwhile, on
//! this thread only, so that no backtrace is printed.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use openapiv3::{AnySchema, OpenAPI, PathItem, ReferenceOr, Schema, SchemaData, SchemaKind};

use crate::error::{Location, Problem};

thread_local! {
    /// Whether a panic on this thread is caught by the fence (and so not printed).
    static FENCED: Cell<bool> = const { Cell::new(false) };
    /// Where the last fenced panic happened, in progenitor's (or typify's) source.
    static PANICKED_AT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `generate` (progenitor) over `openapi`; a panic or an error becomes a [`Problem`] at the
/// part of the spec that causes it.
pub(crate) fn run<T>(
    openapi: &OpenAPI,
    generate: impl Fn(&OpenAPI) -> Result<T, String>,
) -> Result<T, Problem> {
    let reason = match quietly(|| generate(openapi)) {
        Ok(Ok(output)) => return Ok(output),
        Ok(Err(error)) => format!("progenitor rejected it: {error}"),
        Err(panic) => format!("progenitor panicked: {panic}"),
    };
    let fails = |part: &OpenAPI| !matches!(quietly(|| generate(part)), Ok(Ok(_)));
    Err(Problem::new(
        culprit(openapi, fails),
        format!("progenitor could not generate this part of the spec: {reason}"),
    )
    .help("this is a gap in codegen's validator, please report it with the spec")
    .by_generator())
}

/// Runs `f` with the panic hook silenced on this thread; a panic becomes its message (and where
/// it happened).
fn quietly<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    FENCED.set(true);
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    FENCED.set(false);
    result.map_err(|payload| {
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("no message");
        match PANICKED_AT.take() {
            Some(at) => format!("{message} (at {at})"),
            None => message.to_string(),
        }
    })
}

/// Wraps the panic hook once: a fenced panic is recorded, any other goes to the previous hook.
fn install_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if FENCED.get() {
                let at = info.location().map(short_location);
                PANICKED_AT.set(at);
            } else {
                previous(info);
            }
        }));
    });
}

/// `progenitor-impl-0.15.1/src/method.rs:1220`, without the registry's directories.
fn short_location(at: &panic::Location<'_>) -> String {
    let file = at.file();
    let crate_dir = file
        .rfind("/src/")
        .and_then(|i| file[..i].rfind('/').map(|start| start + 1))
        .unwrap_or(0);
    format!("{}:{}", &file[crate_dir..], at.line())
}

/// The part of the spec that makes `fails` true: a component schema, an operation, or failing
/// that the components or the paths as a whole.
fn culprit(openapi: &OpenAPI, fails: impl Fn(&OpenAPI) -> bool) -> Location {
    let components_only = OpenAPI {
        paths: Default::default(),
        ..openapi.clone()
    };
    if fails(&components_only) {
        let schemas = Location::root().key("components").key("schemas");
        return schema_names(openapi)
            .into_iter()
            .find(|name| !fails(&with_empty_schema(&components_only, name)))
            .map_or(schemas.clone(), |name| schemas.key(name));
    }
    operations(openapi)
        .into_iter()
        .find(|(path, method)| fails(&with_one_operation(openapi, path, method)))
        .map_or(Location::root().key("paths"), |(path, method)| {
            Location::root().key("paths").key(path).key(method)
        })
}

fn schema_names(openapi: &OpenAPI) -> Vec<String> {
    let schemas = openapi.components.iter().flat_map(|c| c.schemas.keys());
    schemas.cloned().collect()
}

/// The spec with the schema `name` replaced by one that takes anything.
fn with_empty_schema(openapi: &OpenAPI, name: &str) -> OpenAPI {
    let mut part = openapi.clone();
    if let Some(schema) = part
        .components
        .as_mut()
        .and_then(|c| c.schemas.get_mut(name))
    {
        *schema = ReferenceOr::Item(Schema {
            schema_data: SchemaData::default(),
            schema_kind: SchemaKind::Any(AnySchema::default()),
        });
    }
    part
}

fn operations(openapi: &OpenAPI) -> Vec<(String, String)> {
    openapi
        .paths
        .iter()
        .filter_map(|(path, item)| Some((path, item.as_item()?)))
        .flat_map(|(path, item)| {
            item.iter()
                .map(|(method, _)| (path.clone(), method.to_string()))
        })
        .collect()
}

/// The spec with one operation left, and every component.
fn with_one_operation(openapi: &OpenAPI, path: &str, method: &str) -> OpenAPI {
    let mut part = openapi.clone();
    part.paths.paths.retain(|p, _| p == path);
    if let Some(ReferenceOr::Item(item)) = part.paths.paths.get_mut(path) {
        let operation = item
            .iter()
            .find(|(m, _)| *m == method)
            .map(|(_, op)| op.clone());
        *item = PathItem::default();
        match method {
            "get" => item.get = operation,
            "put" => item.put = operation,
            "post" => item.post = operation,
            "delete" => item.delete = operation,
            "options" => item.options = operation,
            "head" => item.head = operation,
            "patch" => item.patch = operation,
            _ => item.trace = operation,
        }
    }
    part
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> OpenAPI {
        serde_json::from_value(serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/a": {"get": {"operationId": "A", "responses": {}}},
                "/b": {"post": {"operationId": "B", "responses": {}}},
            },
            "components": {"schemas": {"Good": {"type": "string"}, "Bad": {"type": "string"}}},
        }))
        .expect("a valid document")
    }

    #[test]
    fn a_panic_in_a_schema_is_located_at_the_schema() {
        let problem = run(&spec(), |doc| {
            let bad = doc.components.as_ref().and_then(|c| c.schemas.get("Bad"));
            if matches!(bad, Some(ReferenceOr::Item(s)) if matches!(s.schema_kind, SchemaKind::Type(_)))
            {
                panic!("boom");
            }
            Ok(())
        })
        .expect_err("the run panics");
        assert_eq!(problem.location.to_string(), "components.schemas.Bad");
        assert!(
            problem
                .message
                .contains("progenitor panicked: boom (at codegen/src/fence.rs:")
        );
        assert_eq!(problem.kind, crate::ErrorKind::Generator);
    }

    #[test]
    fn an_error_in_an_operation_is_located_at_the_operation() {
        let problem = run(&spec(), |doc| match doc.paths.paths.contains_key("/b") {
            true => Err("no".to_string()),
            false => Ok(()),
        })
        .expect_err("the run fails");
        assert_eq!(problem.location.to_string(), "paths./b.post");
        assert!(problem.message.ends_with("progenitor rejected it: no"));
    }
}
