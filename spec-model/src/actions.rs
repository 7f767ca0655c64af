//! Reading `x-action`: which operations users run as actions, and the command that runs each
//! from the shell (`x-action: {command: [customer, get]}`).
//!
//! An action's method on `Connection` and its subcommand are generated, so the operation must
//! give codegen what they need: a form body and a `200` answer that are component schemas (their
//! names are the Rust types the method takes and returns), and no query parameters but
//! optional lists of strings (such as `expand[]`): the method takes the path parameters, those
//! lists (as `&[&str]`) and the body.

use std::collections::HashMap;

use openapiv3::{OpenAPI, Operation as OpenApiOperation, ReferenceOr, StatusCode};
use serde::Deserialize;

use crate::error::{Location, Problem};
use crate::extensions::ACTION;
use crate::inputs::is_command_word;
use crate::model::{Action, Operation, Place, Shape};
use crate::reference::component;

/// The subcommands of the command line that are not actions.
const RESERVED: [&str; 4] = ["watch", "fake-stripe", "help", "version"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionExtension {
    command: Vec<String>,
}

/// The action `op` (at `at`) declares with `x-action`, if any.
pub(crate) fn action(
    openapi: &OpenAPI,
    op: &OpenApiOperation,
    operation: &Operation,
    at: &Location,
) -> Result<Option<Action>, Problem> {
    let Some(value) = op.extensions.get(ACTION) else {
        return Ok(None);
    };
    let at = at.key(ACTION);
    let ext = ActionExtension::deserialize(value).map_err(|e| {
        Problem::new(at.clone(), format!("malformed: {e}"))
            .help("write the group and the subcommand a person types: `x-action: {command: [customer, get]}`")
    })?;
    let command: [String; 2] = match <[String; 2]>::try_from(ext.command) {
        Ok(words) if words.iter().all(|w| is_command_word(w)) => words,
        _ => {
            return Err(Problem::new(
                at.key("command"),
                "a command is two lower-case words: a group and a subcommand",
            )
            .help("such as `command: [customer, get]`, typed as `stripe-connector customer get`"));
        }
    };
    if RESERVED.contains(&command[0].as_str()) {
        return Err(Problem::new(
            at.key("command"),
            format!(
                "`{}` is a command of its own, not a group of actions",
                command[0]
            ),
        ));
    }
    let unsupported = |i: &&crate::model::Input| {
        i.place == Place::Query && (i.required || i.shape != Shape::Array(Box::new(Shape::String)))
    };
    if let Some(query) = operation.inputs.iter().find(unsupported) {
        return Err(Problem::new(
            at.clone(),
            format!(
                "the action `{}` takes the query parameter `{}`; an action's method takes its path parameters, optional lists of strings (such as `expand[]`) and its body only",
                operation.id, query.name
            ),
        ));
    }
    let body = match &op.request_body {
        None => None,
        Some(body) => {
            let schema = body
                .as_item()
                .and_then(|b| b.content.values().next()?.schema.as_ref());
            Some(schema_name(schema).ok_or_else(|| {
                Problem::new(
                    at.clone(),
                    format!("the body of the action `{}` is not a `$ref` to a component schema", operation.id),
                )
                .help("define the body in `components.schemas`: its name is the type the action takes")
            })?)
        }
    };
    let response = response_schema(openapi, op).ok_or_else(|| {
        Problem::new(
            at.clone(),
            format!(
                "the `200` answer of the action `{}` is not a component schema",
                operation.id
            ),
        )
        .help("answer `200` with `application/json` and a `$ref` to `components.schemas`: its name is the type the action returns")
    })?;
    Ok(Some(Action {
        operation: operation.clone(),
        command,
        body,
        response,
    }))
}

/// The name of the component schema `schema` refers to.
fn schema_name(schema: Option<&ReferenceOr<openapiv3::Schema>>) -> Option<String> {
    match schema? {
        ReferenceOr::Reference { reference } => {
            crate::reference::schema_name(reference).map(str::to_string)
        }
        ReferenceOr::Item(_) => None,
    }
}

/// The component schema of the `200` answer, through a `$ref` to `components.responses`.
fn response_schema(openapi: &OpenAPI, op: &OpenApiOperation) -> Option<String> {
    let response = match op.responses.responses.get(&StatusCode::Code(200))? {
        ReferenceOr::Item(response) => response,
        ReferenceOr::Reference { reference } => component(openapi, reference, |c| &c.responses)?,
    };
    schema_name(response.content.get("application/json")?.schema.as_ref())
}

/// No two actions share a command.
pub(crate) fn check_commands(actions: &[Action]) -> Result<(), Problem> {
    let mut seen: HashMap<&[String; 2], &str> = HashMap::new();
    for action in actions {
        if let Some(first) = seen.insert(&action.command, &action.operation.id) {
            let op = &action.operation;
            return Err(Problem::new(
                Location::root()
                    .key("paths")
                    .key(&op.path)
                    .key(op.http_method.to_lowercase())
                    .key(ACTION)
                    .key("command"),
                format!(
                    "`{}` already runs `{first}`; two actions cannot share a command",
                    action.command.join(" ")
                ),
            ));
        }
    }
    Ok(())
}
