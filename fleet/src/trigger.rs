//! [`TriggerKind`]: a subscription's trigger, one of the spec's polling triggers (the generated
//! `connector::REGISTRY`, so a trigger added to the spec is served by the fleet with no change
//! here), stored by its spec name; one poll of it gives its objects as JSON rows.

use std::num::NonZeroU32;

use stripe_connector::connector::REGISTRY;
use stripe_connector::metadata::TriggerInfo;
use stripe_connector::{AnyTrigger, Connection, JsonObject, PollState, Polled};

use crate::Error;

/// One of the connector's polling triggers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TriggerKind(&'static AnyTrigger);

/// What one poll found, whatever the trigger: its objects as JSON, and the state after them.
pub(crate) type Found = Polled<JsonObject>;

impl TriggerKind {
    /// Every trigger of the spec, in its order.
    pub fn all() -> impl ExactSizeIterator<Item = TriggerKind> {
        REGISTRY.iter().map(TriggerKind)
    }

    /// The spec's name, such as `OnNewCustomer`: what the tables hold.
    pub fn name(self) -> &'static str {
        self.0.info.name
    }

    /// The trigger's name, command word, summary and list, from the spec.
    pub fn info(self) -> &'static TriggerInfo {
        &self.0.info
    }

    /// The trigger named `name`: the spec's name (`OnNewInvoiceItem`) or the command word
    /// (`invoice-item`).
    pub fn from_name(name: &str) -> Result<Self, Error> {
        AnyTrigger::find(name)
            .map(TriggerKind)
            .map_err(|unknown| Error::Input(unknown.to_string()))
    }

    /// Polls this trigger once from `state` (`None`: anchor at now), with at most `calls` list
    /// calls (see [`stripe_connector::poll_at_most`]).
    pub(crate) async fn poll(
        self,
        stripe: &Connection,
        state: Option<&PollState>,
        calls: NonZeroU32,
    ) -> Result<Found, Error> {
        Ok(self.0.poll(stripe, state, calls).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_trigger_reads_back_from_its_name_and_its_command_word() {
        assert_eq!(TriggerKind::all().len(), REGISTRY.len());
        for kind in TriggerKind::all() {
            assert_eq!(TriggerKind::from_name(kind.name()).expect("known"), kind);
            assert_eq!(
                TriggerKind::from_name(kind.info().command).expect("known"),
                kind
            );
        }
        let error = TriggerKind::from_name("OnNewPony").expect_err("unknown");
        assert!(error.to_string().contains("OnNewCustomer"), "{error}");
    }
}
