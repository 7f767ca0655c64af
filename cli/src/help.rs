//! The help of the actions, taken from the spec through the generated metadata: each action's
//! summary, method, path and description, and the descriptions of its inputs
//! (`connector::ACTIONS`). Nothing here repeats the spec's words.

use clap::{ArgAction, Command};
use stripe_connector::connector;
use stripe_connector::metadata::ActionInfo;

/// What a repeatable argument's help adds to the spec's description.
const REPEAT: &str = "Repeat the option for each one.";

/// The action `operation` of the spec.
pub fn action(operation: &str) -> &'static ActionInfo {
    connector::ACTIONS
        .iter()
        .find(|a| a.operation_id == operation)
        .unwrap_or_else(|| panic!("the spec has no action {operation}"))
}

/// The spec's description of input `name` (a path parameter or form field) of `info`.
pub fn field(info: &ActionInfo, name: &str) -> Option<&'static str> {
    info.inputs
        .iter()
        .find(|input| input.name == name && !input.description.is_empty())
        .map(|input| input.description)
}

/// `command` with the spec's words for action `operation` and for each of its arguments,
/// matched by argument id (the field name as Stripe spells it).
pub fn document(command: Command, operation: &str) -> Command {
    let info = action(operation);
    let mut long = format!("{} ({} {})", info.summary, info.http_method, info.path);
    if !info.description.is_empty() {
        long = format!("{long}\n\n{}", info.description);
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    let mut command = command.about(info.summary).long_about(long);
    for id in ids {
        if let Some(text) = field(info, &id) {
            command = command.mut_arg(id, |arg| {
                let repeats = matches!(arg.get_action(), ArgAction::Append);
                match repeats {
                    true => arg.help(format!("{text} {REPEAT}")),
                    false => arg.help(text),
                }
            });
        }
    }
    command
}
