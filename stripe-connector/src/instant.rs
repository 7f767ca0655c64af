//! [`Instant`]: a trigger fed by webhooks at once, and by a reconciliation of `/v1/events` for
//! what the webhooks missed (a receiver down, a dropped request), each object handed over once
//! whichever path found it first.
//!
//! Stripe's own advice: receive events as webhooks, and list `/v1/events` now and then to
//! recover the ones that never arrived. The events of a trigger are the types its `x-trigger`
//! names ([`TriggerInfo::events`](crate::metadata::TriggerInfo::events)). What has been handed
//! over is kept in memory: a restarted `Instant` starts from the time it is given.

use std::collections::HashMap;
use std::num::NonZeroU64;

use serde::de::DeserializeOwned;

use crate::metadata::{Listed, Trigger};
use crate::types::Event;
use crate::webhook::{WebhookError, announced};
use crate::{Connection, Error, Timestamp};

/// How long Stripe keeps events, after which an object can no longer come back through them:
/// 30 days.
const RETENTION_SECONDS: i64 = 30 * 86_400;

/// The objects of trigger `T` from webhooks and from reconciliations, each once.
pub struct Instant<T: Trigger> {
    stripe: Connection,
    since: Timestamp,
    /// The newest event the reconciliations have read, where the next one starts.
    newest_event: Option<String>,
    /// The objects handed over, with their creation time (to forget them after retention).
    handed_over: HashMap<String, Timestamp>,
    /// The creation time of the newest event read, the clock the retention is measured by.
    latest: Timestamp,
    _trigger: std::marker::PhantomData<T>,
}

impl<T: Trigger> Instant<T>
where
    T::Item: DeserializeOwned,
{
    /// Objects of `T` announced from `since` on, through `stripe`'s events.
    pub fn new(stripe: Connection, since: Timestamp) -> Self {
        Self {
            stripe,
            since,
            newest_event: None,
            handed_over: HashMap::new(),
            latest: since,
            _trigger: std::marker::PhantomData,
        }
    }

    /// The object a verified webhook's `event` announces, unless handed over already:
    /// `Ok(None)` for an event of another trigger's type, or an object already handed over.
    pub fn webhook(&mut self, event: &Event) -> Result<Option<T::Item>, WebhookError> {
        Ok(announced::<T>(event)?.and_then(|new| self.first_time(new.object)))
    }

    /// Reads the events of `T`'s types newer than the last reconciliation (on the first, those
    /// since the start), and hands over, oldest first, the objects neither path has handed over.
    pub async fn reconcile(&mut self) -> Result<Vec<T::Item>, Error> {
        let events = self.new_events().await?;
        if let Some(newest) = events.first() {
            self.newest_event = Some(newest.id.clone());
            self.latest = self.latest.max(newest.created);
        }
        let mut fresh = Vec::new();
        for event in events.iter().rev() {
            let announced = announced::<T>(event).map_err(|e| Error::UnexpectedResponse {
                status: Some(200),
                request_id: None,
                detail: e.to_string(),
                excerpt: event.id.clone(),
            })?;
            if let Some(item) = announced.and_then(|new| self.first_time(new.object)) {
                fresh.push(item);
            }
        }
        self.forget_expired();
        Ok(fresh)
    }

    /// The events of `T`'s types after the cursor, newest first.
    async fn new_events(&self) -> Result<Vec<Event>, Error> {
        let types: Vec<String> = T::INFO.events.iter().map(|t| t.to_string()).collect();
        let limit = NonZeroU64::new(100).unwrap_or(NonZeroU64::MIN);
        let mut events: Vec<Event> = Vec::new();
        let mut ending_before = self.newest_event.clone();
        let mut starting_after: Option<String> = None;
        loop {
            let mut call = self
                .stripe
                .client()
                .list_events()
                .types(types.clone())
                .limit(limit);
            call = match (&ending_before, &starting_after) {
                (Some(cursor), _) => call.ending_before(cursor.clone()),
                (None, Some(cursor)) => call.starting_after(cursor.clone()).created_gte(self.since),
                (None, None) => call.created_gte(self.since),
            };
            let page = crate::actions::finish(call.send().await).await?;
            let more = page.has_more;
            match &ending_before {
                // Pages newer than the cursor come nearest it first: each page goes before.
                Some(_) => {
                    ending_before = page.data.first().map(|e| e.id.clone());
                    let mut newer = page.data;
                    newer.append(&mut events);
                    events = newer;
                }
                None => {
                    starting_after = page.data.last().map(|e| e.id.clone());
                    events.extend(page.data);
                }
            }
            if !more {
                return Ok(events);
            }
        }
    }

    /// `item`, unless handed over already; remembers it.
    fn first_time(&mut self, item: T::Item) -> Option<T::Item> {
        let first = self
            .handed_over
            .insert(item.id().to_string(), item.created())
            .is_none();
        first.then_some(item)
    }

    /// Forgets the objects whose events Stripe no longer keeps (by the time of the newest
    /// event read): they cannot come back.
    fn forget_expired(&mut self) {
        let horizon = self.latest.unix_seconds() - RETENTION_SECONDS;
        self.handed_over
            .retain(|_, created| created.unix_seconds() >= horizon);
    }
}
