//! [`Announcements`]: the objects that events announce, each to every trigger of the spec that
//! announces its type, gathered into the columns that `deliver_new` (in the migrations) takes.
//! What a webhook and a reconciliation deliver alike.

use serde_json::Value;
use stripe_connector::connector::REGISTRY;
use stripe_connector::types::Event;
use stripe_connector::webhook::WebhookError;

/// Objects announced to triggers, one entry per (trigger, object), in the order of the events.
#[derive(Debug, Default)]
pub(crate) struct Announcements {
    pub(crate) triggers: Vec<&'static str>,
    pub(crate) ids: Vec<String>,
    pub(crate) created: Vec<i64>,
    pub(crate) objects: Vec<Value>,
}

impl Announcements {
    /// Adds the object `event` announces to each trigger whose event types include its type.
    pub(crate) fn add(&mut self, event: &Event) -> Result<(), WebhookError> {
        for trigger in REGISTRY {
            if let Some(object) = trigger.announced(event)? {
                self.triggers.push(trigger.info.name);
                self.ids.push(object.id);
                self.created.push(object.created.unix_seconds());
                self.objects.push(object.json);
            }
        }
        Ok(())
    }

    /// How many (trigger, object) entries there are.
    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }
}
