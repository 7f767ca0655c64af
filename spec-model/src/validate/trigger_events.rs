//! The event types of a trigger (`x-trigger.events`): the webhooks that announce its objects.
//!
//! Each is `<object>.<what happened>` (`charge.succeeded`), and its object is the trigger's
//! item, the value of the item's one-value `object` enum: so an event type names one trigger at
//! most (two triggers never deliver the same kind of object), and `connector::trigger_for_event`
//! is a function.

use openapiv3::{OpenAPI, ReferenceOr, SchemaKind, Type};

use crate::error::{Location, Problem};
use crate::reference::{self, component};

/// Checks `events`, the event types trigger `trigger` names for its items of schema `item`.
pub(super) fn check(
    openapi: &OpenAPI,
    trigger: &str,
    item: &str,
    events: &[String],
    at: &Location,
) -> Result<(), Problem> {
    if events.is_empty() {
        return Err(Problem::new(
            at.clone(),
            format!("trigger `{trigger}` names no event type"),
        )
        .help(
            "name the webhooks that announce a new object, such as `events: [customer.created]`",
        ));
    }
    let object = object_kind(openapi, item).ok_or_else(|| {
        Problem::new(
            at.clone(),
            format!("the item `{item}` of trigger `{trigger}` has no one-value `object` enum, the kind of object its event types name"),
        )
        .help("give the item Stripe's `object: {type: string, enum: [customer]}`")
    })?;
    for (index, event) in events.iter().enumerate() {
        let at = at.index(index);
        if !well_formed(event) {
            return Err(
                Problem::new(at, format!("`{event}` is not an event type")).help(
                    "an event type is lower-case words joined by dots, such as `charge.succeeded`",
                ),
            );
        }
        let announced = event.split('.').next().unwrap_or_default();
        if announced != object {
            return Err(Problem::new(
                at,
                format!("`{event}` announces a `{announced}`, but trigger `{trigger}` delivers `{object}` objects"),
            )
            .help(format!("name event types of `{object}` objects, such as `{object}.created`")));
        }
        if events[..index].contains(event) {
            return Err(Problem::new(at, format!("`{event}` is named twice")));
        }
    }
    Ok(())
}

/// `object.action`, in lower-case words of letters and underscores.
fn well_formed(event: &str) -> bool {
    let words: Vec<&str> = event.split('.').collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
}

/// The one value of the `object` enum of component schema `item`, such as `customer`.
fn object_kind<'a>(openapi: &'a OpenAPI, item: &str) -> Option<&'a str> {
    let schema = component(openapi, &reference::to_schema(item), |c| &c.schemas)?;
    let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
        return None;
    };
    let ReferenceOr::Item(property) = object.properties.get("object")? else {
        return None;
    };
    let SchemaKind::Type(Type::String(text)) = &property.schema_kind else {
        return None;
    };
    match text.enumeration.as_slice() {
        [Some(value)] => Some(value),
        _ => None,
    }
}
