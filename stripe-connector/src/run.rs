//! The inputs of [`Connection::run_action`](crate::Connection::run_action): one JSON object of
//! an action's inputs by the names Stripe reads, as a flow passes them, split into the path
//! parameters, the query lists and the form body that the action's method takes.
//!
//! The generated `run_action` names each input; this file only knows how to take one out of
//! the object and how to say what is wrong with it.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::Error;

/// The inputs of one run, taken out one by one; what is left is the form body.
pub(crate) struct Inputs(Map<String, Value>);

fn refuse(field: &'static str, reason: String) -> Error {
    Error::InvalidInput { field, reason }
}

impl Inputs {
    /// `inputs`, which must be a JSON object.
    pub(crate) fn new(inputs: Value) -> Result<Self, Error> {
        match inputs {
            Value::Object(map) => Ok(Self(map)),
            other => Err(refuse(
                "inputs",
                format!("{other} is not a JSON object of inputs by name"),
            )),
        }
    }

    /// The path parameter `name`: a string that must be given.
    pub(crate) fn text(&mut self, name: &'static str) -> Result<String, Error> {
        match self.0.remove(name) {
            Some(Value::String(text)) => Ok(text),
            Some(other) => Err(refuse(name, format!("{other} is not a string"))),
            None => Err(refuse(name, "it must be given".to_string())),
        }
    }

    /// The query list `name` (such as `expand`): strings, empty when left out.
    pub(crate) fn list(&mut self, name: &'static str) -> Result<Vec<String>, Error> {
        let not_strings = |value: &Value| refuse(name, format!("{value} is not a list of strings"));
        match self.0.remove(name) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .into_iter()
                .map(|item| match item {
                    Value::String(text) => Ok(text),
                    other => Err(not_strings(&other)),
                })
                .collect(),
            Some(other) => Err(not_strings(&other)),
        }
    }

    /// The rest of the inputs as the form body `T` of the action on `noun`, whose fields are
    /// `fields`: a name it does not know is refused, not dropped.
    pub(crate) fn body<T: DeserializeOwned>(
        self,
        noun: &'static str,
        fields: &[&str],
    ) -> Result<T, Error> {
        if let Some(name) = self.0.keys().find(|name| !fields.contains(&name.as_str())) {
            return Err(refuse(
                "inputs",
                format!("{name:?} is not an input of this action"),
            ));
        }
        serde_json::from_value(Value::Object(self.0)).map_err(|e| refuse(noun, e.to_string()))
    }

    /// Nothing is left: an action without a body takes no other input.
    pub(crate) fn finish(self) -> Result<(), Error> {
        match self.0.keys().next() {
            Some(name) => Err(refuse(
                "inputs",
                format!("{name:?} is not an input of this action"),
            )),
            None => Ok(()),
        }
    }
}

/// The answer of an action as JSON, as Stripe sent it.
pub(crate) fn answer<T: Serialize>(answer: T) -> Result<Value, Error> {
    serde_json::to_value(answer).map_err(|e| refuse("answer", e.to_string()))
}

/// The refusal of an operation that is no action of the spec.
pub(crate) fn unknown(operation_id: &str) -> Error {
    refuse(
        "operation_id",
        format!("{operation_id:?} is no action of the connector (see `connector::ACTIONS`)"),
    )
}
