//! [`TriggerKind`]: the four triggers by name, as a subscription stores them, and one poll of
//! any of them with its objects as JSON rows.

use serde::Serialize;
use serde_json::Value;
use std::num::NonZeroU32;
use stripe_connector::metadata::{Listed, Trigger};

use stripe_connector::{Connection, PollState, poll_at_most, triggers};

use crate::Error;

/// One of the connector's four polling triggers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TriggerKind {
    /// `OnNewOrder`: when an order is added.
    Order,
    /// `OnNewCharge`: when a charge is added.
    Charge,
    /// `OnNewInvoiceItem`: when an invoice item is added.
    InvoiceItem,
    /// `OnNewCustomer`: when a customer is added.
    Customer,
}

/// An object a poll found, ready to be written.
pub(crate) struct Object {
    pub(crate) id: String,
    pub(crate) created: i64,
    pub(crate) json: Value,
}

/// What one poll found, whatever the trigger.
pub(crate) struct Found {
    pub(crate) objects: Vec<Object>,
    pub(crate) state: PollState,
    pub(crate) caught_up: bool,
}

impl TriggerKind {
    /// The four, in the spec's order.
    pub const ALL: [TriggerKind; 4] =
        [Self::Order, Self::Charge, Self::InvoiceItem, Self::Customer];

    /// The spec's name, such as `OnNewCustomer`: what the table holds.
    pub fn name(self) -> &'static str {
        match self {
            Self::Order => triggers::OnNewOrder::INFO.name,
            Self::Charge => triggers::OnNewCharge::INFO.name,
            Self::InvoiceItem => triggers::OnNewInvoiceItem::INFO.name,
            Self::Customer => triggers::OnNewCustomer::INFO.name,
        }
    }

    /// The trigger with the spec's name `name`.
    pub fn from_name(name: &str) -> Result<Self, Error> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.name() == name)
            .ok_or_else(|| {
                let names: Vec<&str> = Self::ALL.iter().map(|kind| kind.name()).collect();
                Error::Input(format!(
                    "no trigger {name:?}; the triggers are {}",
                    names.join(", ")
                ))
            })
    }

    /// Polls this trigger once from `state` (`None`: anchor at now), with at most `calls` list
    /// calls (see [`poll_at_most`]).
    pub(crate) async fn poll(
        self,
        stripe: &Connection,
        state: Option<&PollState>,
        calls: NonZeroU32,
    ) -> Result<Found, Error> {
        match self {
            Self::Order => poll_as::<triggers::OnNewOrder>(stripe, state, calls).await,
            Self::Charge => poll_as::<triggers::OnNewCharge>(stripe, state, calls).await,
            Self::InvoiceItem => poll_as::<triggers::OnNewInvoiceItem>(stripe, state, calls).await,
            Self::Customer => poll_as::<triggers::OnNewCustomer>(stripe, state, calls).await,
        }
    }
}

/// Polls `T` once and turns its objects into rows.
async fn poll_as<T: Trigger>(
    stripe: &Connection,
    state: Option<&PollState>,
    calls: NonZeroU32,
) -> Result<Found, Error>
where
    T::Item: Serialize,
{
    let polled = poll_at_most::<T>(stripe, state, calls).await?;
    let objects = polled
        .items
        .iter()
        .map(|item| {
            Ok(Object {
                id: item.id().to_string(),
                created: item.created().unix_seconds(),
                json: serde_json::to_value(item)
                    .map_err(|e| Error::Corrupt(format!("an object does not serialize: {e}")))?,
            })
        })
        .collect::<Result<_, Error>>()?;
    Ok(Found {
        objects,
        state: polled.state,
        caught_up: polled.caught_up,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_trigger_reads_back_from_its_name() {
        for kind in TriggerKind::ALL {
            assert_eq!(TriggerKind::from_name(kind.name()).expect("known"), kind);
        }
        let error = TriggerKind::from_name("OnNewPony").expect_err("unknown");
        assert!(error.to_string().contains("OnNewCustomer"), "{error}");
    }
}
