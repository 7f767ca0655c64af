//! [`Instant`]: a trigger fed by webhooks at once, and by a reconciliation of `/v1/events` for
//! what the webhooks missed (a receiver down, a dropped request), each object handed over once
//! whichever path found it first.
//!
//! Stripe's own advice: receive events as webhooks, and list `/v1/events` now and then to
//! recover the ones that never arrived. The events of a trigger are the types its `x-trigger`
//! names ([`TriggerInfo::events`](crate::metadata::TriggerInfo::events)). What `Instant` has
//! handed over is kept in memory: a restarted `Instant` starts from the time it is given. A
//! caller that keeps its own record of what was delivered (a database) reads the events
//! statelessly with [`events_after`] and keeps the [`EventCursor`] beside that record.

use std::collections::HashMap;
use std::num::{NonZeroU32, NonZeroU64};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::metadata::{Listed, Trigger};
use crate::types::Event;
use crate::webhook::{WebhookError, announced};
use crate::{Connection, Error, ErrorCode, Timestamp};

/// How long Stripe keeps events, after which an object can no longer come back through them:
/// 30 days.
pub const RETENTION_SECONDS: i64 = 30 * 86_400;

/// Where a reconciliation of `/v1/events` resumes: small, serializable, kept by the caller.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventCursor {
    /// After the event `id`, created at `created`: the newest one read so far.
    After {
        /// The event's id (`evt_…`).
        id: String,
        /// When it was created, from which a reconciliation restarts once Stripe no longer
        /// keeps the event.
        created: Timestamp,
    },
    /// The events created at or after this time: before any event was read.
    Since(Timestamp),
}

/// What one reconciliation read.
#[derive(Debug)]
pub struct EventsRead<T> {
    /// The objects the new events announce, oldest first (repeats possible: an object may be
    /// announced again, and a restarted reading may read an event again).
    pub items: Vec<T>,
    /// Where the next reconciliation resumes.
    pub cursor: EventCursor,
    /// Whether the cursor's event was gone (older than Stripe's 30 days of events): the
    /// reading restarted from its creation time, and objects announced by events that expired
    /// meanwhile can only come back through the trigger's list.
    pub expired: bool,
    /// Whether more events follow the cursor, left for the next read: only a read of at most
    /// some pages ([`events_of_at_most`]) leaves any.
    pub more: bool,
}

/// Reads the events of `T`'s types after `cursor` and the objects they announce, oldest first.
/// When Stripe no longer keeps the cursor's event (404), reads the events it still keeps from
/// the cursor's time instead, and says so in [`EventsRead::expired`].
pub async fn events_after<T: Trigger>(
    stripe: &Connection,
    cursor: &EventCursor,
) -> Result<EventsRead<T::Item>, Error>
where
    T::Item: DeserializeOwned,
{
    let read = events_of(stripe, T::INFO.events, cursor).await?;
    let mut items = Vec::with_capacity(read.items.len());
    for event in &read.items {
        let announced = announced::<T>(event).map_err(|e| Error::UnexpectedResponse {
            status: Some(200),
            request_id: None,
            detail: e.to_string(),
            excerpt: event.id.clone(),
        })?;
        items.extend(announced.map(|new| new.object));
    }
    Ok(EventsRead {
        items,
        cursor: read.cursor,
        expired: read.expired,
        more: read.more,
    })
}

/// Reads the events of the types `types` after `cursor`, oldest first: what a reconciliation
/// of several triggers at once reads (each event goes to the triggers that announce its type,
/// [`AnyTrigger::announced`](crate::AnyTrigger::announced)). When Stripe no longer keeps the
/// cursor's event (404), reads the events it still keeps from the cursor's time instead, and
/// says so in [`EventsRead::expired`].
pub async fn events_of(
    stripe: &Connection,
    types: &[&str],
    cursor: &EventCursor,
) -> Result<EventsRead<Event>, Error> {
    read_events(stripe, types, cursor, None).await
}

/// Reads, like [`events_of`], the events after `cursor` but no more than `pages` pages of 100
/// when they follow an event read before ([`EventCursor::After`]): the oldest of them, with the
/// cursor after them and [`EventsRead::more`] when more follow, so that a caller can keep what
/// it read and resume from there. From [`EventCursor::Since`] (the first read, or one whose
/// event expired) Stripe lists the events newest first, and all are read at once.
pub async fn events_of_at_most(
    stripe: &Connection,
    types: &[&str],
    cursor: &EventCursor,
    pages: NonZeroU32,
) -> Result<EventsRead<Event>, Error> {
    read_events(stripe, types, cursor, Some(pages)).await
}

/// The events of `types` after `cursor`, at most `pages` pages of them when given and the
/// cursor allows it.
async fn read_events(
    stripe: &Connection,
    types: &[&str],
    cursor: &EventCursor,
    pages: Option<NonZeroU32>,
) -> Result<EventsRead<Event>, Error> {
    let ((mut events, more), expired) = match new_events(stripe, types, cursor, pages).await {
        Err(error) if is_missing(&error) => {
            let EventCursor::After { created, .. } = cursor else {
                return Err(error);
            };
            let since = EventCursor::Since(*created);
            (new_events(stripe, types, &since, None).await?, true)
        }
        read => (read?, false),
    };
    let next = match events.first() {
        Some(newest) => EventCursor::After {
            id: newest.id.clone(),
            created: newest.created,
        },
        None if expired => match cursor {
            EventCursor::After { created, .. } => EventCursor::Since(*created),
            since => since.clone(),
        },
        None => cursor.clone(),
    };
    events.reverse();
    Ok(EventsRead {
        items: events,
        cursor: next,
        expired,
        more,
    })
}

/// A cursor after the newest event of `T`'s types that exists now (one call), or, when there
/// is none, from the current time: where a reconciliation starts that wants only what comes
/// next.
pub async fn newest_event<T: Trigger>(stripe: &Connection) -> Result<EventCursor, Error> {
    newest_event_of(stripe, T::INFO.events).await
}

/// A cursor after the newest event of the types `types` that exists now (one call), or, when
/// there is none, from the current time.
pub async fn newest_event_of(stripe: &Connection, types: &[&str]) -> Result<EventCursor, Error> {
    let call = stripe
        .client()
        .list_events()
        .types(owned(types))
        .limit(NonZeroU64::MIN);
    let page = crate::actions::finish(call.send().await).await?;
    Ok(match page.data.into_iter().next() {
        Some(newest) => EventCursor::After {
            id: newest.id,
            created: newest.created,
        },
        None => EventCursor::Since(Timestamp::now()),
    })
}

/// `types` as the list call takes them.
fn owned(types: &[&str]) -> Vec<String> {
    types.iter().map(|t| t.to_string()).collect()
}

/// The events of the types `types` after `cursor`, newest first, and whether more follow them;
/// after an event ([`EventCursor::After`]), the oldest `pages` pages at the most, when given.
async fn new_events(
    stripe: &Connection,
    types: &[&str],
    cursor: &EventCursor,
    pages: Option<NonZeroU32>,
) -> Result<(Vec<Event>, bool), Error> {
    let types = owned(types);
    let limit = NonZeroU64::new(100).unwrap_or(NonZeroU64::MIN);
    let mut events: Vec<Event> = Vec::new();
    let (mut ending_before, since) = match cursor {
        EventCursor::After { id, .. } => (Some(id.clone()), None),
        EventCursor::Since(time) => (None, Some(*time)),
    };
    let mut starting_after: Option<String> = None;
    let mut read: u32 = 0;
    loop {
        let mut call = stripe
            .client()
            .list_events()
            .types(types.clone())
            .limit(limit);
        call = match (&ending_before, &starting_after) {
            (Some(cursor), _) => call.ending_before(cursor.clone()),
            (None, Some(cursor)) => call.starting_after(cursor.clone()),
            (None, None) => call,
        };
        if let Some(since) = since {
            call = call.created_gte(since);
        }
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
        read += 1;
        if !more {
            return Ok((events, false));
        }
        if ending_before.is_some() && pages.is_some_and(|pages| read >= pages.get()) {
            return Ok((events, true));
        }
    }
}

/// Stripe's answer to a cursor whose event it no longer keeps.
fn is_missing(error: &Error) -> bool {
    error
        .stripe()
        .is_some_and(|e| e.status == 404 && e.error_code() == Some(ErrorCode::ResourceMissing))
}

/// The objects of trigger `T` from webhooks and from reconciliations, each once.
pub struct Instant<T: Trigger> {
    stripe: Connection,
    /// Where the next reconciliation starts.
    cursor: EventCursor,
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
            cursor: EventCursor::Since(since),
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
        let read = events_after::<T>(&self.stripe, &self.cursor).await?;
        self.cursor = read.cursor;
        if let EventCursor::After { created, .. } = &self.cursor {
            self.latest = self.latest.max(*created);
        }
        let fresh = read
            .items
            .into_iter()
            .filter_map(|item| self.first_time(item))
            .collect();
        self.forget_expired();
        Ok(fresh)
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
