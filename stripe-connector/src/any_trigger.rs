//! [`AnyTrigger`]: a trigger picked at run time, by the spec's name or the command line's word,
//! whose poll hands its objects over as JSON. Programs that serve every trigger alike (the
//! fleet, a command line) iterate [`connector::REGISTRY`](crate::connector::REGISTRY), which is
//! generated from the spec, instead of listing the triggers by hand.

use std::fmt;
use std::future::Future;
use std::num::NonZeroU32;
use std::pin::Pin;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::metadata::{Listed, Trigger, TriggerInfo};
#[cfg(feature = "webhooks")]
use crate::types::Event;
#[cfg(feature = "webhooks")]
use crate::webhook::{WebhookError, announced};
use crate::{Connection, Error, PollState, Polled, Timestamp, connector, poll_at_most};

/// An object a poll found, as JSON, with the id and creation time it is listed by.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonObject {
    /// The object's id, such as `cus_GbD5X8yW3k7rQF`.
    pub id: String,
    /// When Stripe created it (for invoice items, their `date`).
    pub created: Timestamp,
    /// The whole object, as the trigger's typed object serializes.
    pub json: Value,
}

/// The future of one [`AnyTrigger::poll`].
pub type JsonPoll<'a> =
    Pin<Box<dyn Future<Output = Result<Polled<JsonObject>, Error>> + Send + 'a>>;

/// One poll of a trigger whose type is known only inside the function.
type PollFn = for<'a> fn(&'a Connection, Option<&'a PollState>, NonZeroU32) -> JsonPoll<'a>;

/// The object an event announces to a trigger whose type is known only inside the function.
#[cfg(feature = "webhooks")]
type AnnounceFn = fn(&Event) -> Result<Option<JsonObject>, WebhookError>;

/// A trigger of the spec chosen at run time: its [`TriggerInfo`] and a poll of it.
#[derive(Clone, Copy)]
pub struct AnyTrigger {
    /// The trigger's name, command word, summary and list.
    pub info: TriggerInfo,
    poll: PollFn,
    #[cfg(feature = "webhooks")]
    announce: AnnounceFn,
}

impl AnyTrigger {
    /// The trigger `T`.
    pub const fn of<T: Trigger>() -> Self
    where
        T::Item: Serialize + DeserializeOwned,
    {
        Self {
            info: T::INFO,
            poll: poll_json::<T>,
            #[cfg(feature = "webhooks")]
            announce: announce_json::<T>,
        }
    }

    /// The trigger of [`connector::REGISTRY`] named `text`, by the spec's name
    /// (`OnNewInvoiceItem`) or by its command word (`invoice-item`).
    pub fn find(text: &str) -> Result<&'static AnyTrigger, UnknownTrigger> {
        connector::REGISTRY
            .iter()
            .find(|trigger| trigger.info.name == text || trigger.info.command == text)
            .ok_or_else(|| UnknownTrigger(text.to_string()))
    }

    /// Polls the trigger once, like [`poll_at_most`], with its objects as JSON.
    pub fn poll<'a>(
        &self,
        stripe: &'a Connection,
        state: Option<&'a PollState>,
        calls: NonZeroU32,
    ) -> JsonPoll<'a> {
        (self.poll)(stripe, state, calls)
    }

    /// The object `event` announces to this trigger, as JSON, like
    /// [`announced`](crate::webhook::announced): `Ok(None)` when the event's type is not one of
    /// the trigger's ([`TriggerInfo::events`]), an error when its `data.object` is not the
    /// trigger's object.
    #[cfg(feature = "webhooks")]
    pub fn announced(&self, event: &Event) -> Result<Option<JsonObject>, WebhookError> {
        (self.announce)(event)
    }
}

impl fmt::Debug for AnyTrigger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("AnyTrigger").field(&self.info.name).finish()
    }
}

/// Two triggers are the same when the spec names them the same.
impl PartialEq for AnyTrigger {
    fn eq(&self, other: &Self) -> bool {
        self.info.name == other.info.name
    }
}

impl Eq for AnyTrigger {}

impl std::hash::Hash for AnyTrigger {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.info.name.hash(state);
    }
}

/// A name that is no trigger of the spec; its message lists the triggers.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{given:?} is not a trigger; the triggers are {known}", given = self.0, known = known())]
pub struct UnknownTrigger(pub String);

/// The triggers' command words and names, such as `customer (OnNewCustomer)`.
fn known() -> String {
    let known: Vec<String> = connector::REGISTRY
        .iter()
        .map(|trigger| format!("{} ({})", trigger.info.command, trigger.info.name))
        .collect();
    known.join(", ")
}

/// Polls `T` and turns its objects into JSON.
fn poll_json<'a, T: Trigger>(
    stripe: &'a Connection,
    state: Option<&'a PollState>,
    calls: NonZeroU32,
) -> JsonPoll<'a>
where
    T::Item: Serialize,
{
    Box::pin(async move {
        let polled = poll_at_most::<T>(stripe, state, calls).await?;
        let items = polled
            .items
            .iter()
            .map(|item| {
                json_object(item).map_err(|e| Error::UnexpectedResponse {
                    status: None,
                    request_id: None,
                    detail: format!("object {} does not serialize back to JSON: {e}", item.id()),
                    excerpt: String::new(),
                })
            })
            .collect::<Result<_, Error>>()?;
        Ok(Polled {
            items,
            state: polled.state,
            caught_up: polled.caught_up,
        })
    })
}

/// The object `event` announces to `T`, typed by `T` and then turned into JSON, so that it
/// reads exactly as a poll of `T` delivers it.
#[cfg(feature = "webhooks")]
fn announce_json<T>(event: &Event) -> Result<Option<JsonObject>, WebhookError>
where
    T: Trigger,
    T::Item: Serialize + DeserializeOwned,
{
    let Some(new) = announced::<T>(event)? else {
        return Ok(None);
    };
    let object = json_object(&new.object).map_err(|source| WebhookError::Object {
        event: event.id.clone(),
        event_type: event.type_.clone(),
        source,
    })?;
    Ok(Some(object))
}

/// `item` as JSON, with its id and creation time.
fn json_object<T: Listed + Serialize>(item: &T) -> Result<JsonObject, serde_json::Error> {
    let json = serde_json::to_value(item)?;
    Ok(JsonObject {
        id: item.id().to_string(),
        created: item.created(),
        json,
    })
}
