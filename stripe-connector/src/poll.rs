//! The stateless poll of a trigger: `poll(state) -> (new objects, next state)`.
//!
//! Stripe lists newest first, at most 100 a page (the trigger's `page_limit`, read from the
//! spec), with one-second `created` resolution, and promises no order among the objects of one
//! second. A poll walks forward in time from the
//! newest object it delivered (`ending_before` that object returns the page just newer than
//! it) and hands the page over oldest first, so memory holds one page whatever the backlog.
//!
//! Where no such object is known yet (a start from the beginning or from a time with nothing
//! older) the walk begins in the oldest second at or after the watermark, found by a search
//! over `created` that costs a few calls, logarithmic in the backlog's age. The search is part
//! of the state: [`poll_at_most`] stops after a given number of calls and returns a state from
//! which the next poll resumes the search where it stood. That second is read
//! from its newest object down (`created` = that second, `starting_after`) and each page is
//! handed over as it comes, so progress is saved from the first page however many objects the
//! second holds; then the walk goes forward from the newest object of that second. Seconds always
//! come oldest first, and the objects of a second in the order Stripe created them, except in
//! a second that starts the walk with more than a page of objects, which comes newest page first
//! (Stripe lists newest first only, and nothing older gives a cursor to walk up from).
//!
//! The watermark second is treated inclusively and the ids delivered in it are remembered, so
//! when the cursor object has been deleted the walk restarts from the watermark without losing
//! or repeating an object of that second. Those ids are the only part of the state that grows,
//! and only with the objects of one second: Stripe documents no order within a second, so once
//! the cursor is gone nothing else can tell which of that second's objects were delivered.

use std::collections::HashSet;
use std::num::{NonZeroU32, NonZeroU64};

use serde::{Deserialize, Serialize};

use crate::metadata::{ListQuery, Listed, Page, Trigger};
use crate::{Connection, Error, ErrorCode, Timestamp};

const ONE: NonZeroU64 = NonZeroU64::new(1).expect("1 is not zero");

/// Where a trigger is in its list: small, serializable, kept by the caller between polls.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PollState {
    /// The creation time of the newest object delivered, or where delivery starts.
    watermark: Timestamp,
    /// The ids delivered whose creation time is the watermark, in the order delivered.
    delivered_at_watermark: Vec<String>,
    /// The newest object delivered, by Stripe's order: the cursor of the next page.
    last_delivered: Option<String>,
    /// While the watermark second is read from its newest object down: the last object read,
    /// below which the next page of that second starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reading_second_below: Option<String>,
    /// While no cursor is known: how far the search for the oldest second at or after the
    /// watermark has come.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    search: Option<Search>,
}

/// The search for the oldest second at or after the watermark in which an object was created:
/// back from the newest object in doubling steps, then by halves. Its invariant: no object was
/// created from the watermark to `empty_until`, some object from the watermark to `found_by`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Search {
    /// The last second known to hold no object (the watermark's second minus one at first).
    empty_until: i64,
    /// A second by which some object exists; `None` until the newest object is read.
    found_by: Option<i64>,
    /// The next step back from `found_by` while galloping; 0 once the search halves.
    gallop: i64,
}

impl PollState {
    /// Deliver every object, from the oldest.
    pub fn from_beginning() -> Self {
        Self::default()
    }

    /// Deliver the objects created at or after `time`.
    pub fn from_time(time: Timestamp) -> Self {
        Self {
            watermark: time,
            ..Self::default()
        }
    }

    /// The creation time up to which objects have been delivered.
    pub fn watermark(&self) -> Timestamp {
        self.watermark
    }

    /// Whether a search for the oldest second is under way in this state: a poll from it
    /// resumes that search instead of starting it again.
    pub fn is_searching(&self) -> bool {
        self.search.is_some()
    }

    /// How many ids the state remembers: those delivered in the watermark second.
    pub fn remembered_ids(&self) -> usize {
        self.delivered_at_watermark.len()
    }

    /// Moves the watermark to `item`'s second and remembers it as delivered there.
    fn record(&mut self, item: &impl Listed) {
        let created = item.created();
        if created > self.watermark {
            self.watermark = created;
            self.delivered_at_watermark.clear();
        }
        if created == self.watermark {
            self.delivered_at_watermark.push(item.id().to_string());
        }
    }
}

/// What one poll found.
#[derive(Debug)]
pub struct Polled<T> {
    /// The new objects, oldest second first (at most one page).
    pub items: Vec<T>,
    /// The state to poll from next.
    pub state: PollState,
    /// `false` when more new objects are waiting: poll again without waiting.
    pub caught_up: bool,
}

/// One page read by a poll: its objects in the order to hand them over, and where the walk
/// stands after it.
struct Step<T> {
    items: Vec<T>,
    last_delivered: Option<String>,
    reading_second_below: Option<String>,
    caught_up: bool,
}

/// What one call of a poll did.
enum Advance<T> {
    /// It read a page of objects.
    Page(Step<T>),
    /// It moved the walk without reading objects (a step of the search, a cursor found or
    /// lost): the new state.
    Moved(PollState),
    /// Nothing exists at or after the watermark: the new state, caught up.
    Nothing(PollState),
}

/// Polls trigger `T` once.
///
/// Without a state it returns nothing and a state anchored at the newest object that exists
/// now, so the trigger fires only for objects added later (use [`PollState::from_beginning`] or
/// [`PollState::from_time`] to start elsewhere). A poll that fails, after the connection's
/// retries, changes no state: poll again with the same one.
pub async fn poll<T: Trigger>(
    stripe: &Connection,
    state: Option<&PollState>,
) -> Result<Polled<T::Item>, Error> {
    poll_at_most::<T>(stripe, state, NonZeroU32::MAX).await
}

/// Polls trigger `T` once, like [`poll`], but making at most `calls` list calls (retries aside):
/// when the search for the oldest second needs more, it returns no objects, `caught_up: false`
/// and a state holding the search so far, from which the next poll resumes it. A caller that
/// saves each state (the fleet commits them) thus never searches from zero again. The anchor of
/// a poll without a state is made whole, whatever `calls` says.
pub async fn poll_at_most<T: Trigger>(
    stripe: &Connection,
    state: Option<&PollState>,
    calls: NonZeroU32,
) -> Result<Polled<T::Item>, Error> {
    let Some(state) = state else {
        let state = anchor::<T>(stripe).await?;
        return Ok(Polled {
            items: Vec::new(),
            state,
            caught_up: true,
        });
    };
    let mut next = state.clone();
    for _ in 0..calls.get() {
        match advance::<T>(stripe, &next).await? {
            Advance::Page(step) => return Ok(hand_over(next, step)),
            Advance::Moved(moved) => next = moved,
            Advance::Nothing(state) => {
                return Ok(Polled {
                    items: Vec::new(),
                    state,
                    caught_up: true,
                });
            }
        }
    }
    Ok(Polled {
        items: Vec::new(),
        state: next,
        caught_up: false,
    })
}

/// The objects of `step` not delivered yet, and the state after them.
fn hand_over<T: Listed>(mut next: PollState, step: Step<T>) -> Polled<T> {
    let delivered: HashSet<String> = next.delivered_at_watermark.iter().cloned().collect();
    let mut items = Vec::with_capacity(step.items.len());
    // Objects delivered by an earlier poll still mark how far the walk has come, in the cursors.
    for item in step.items {
        if !delivered.contains(item.id()) {
            next.record(&item);
            items.push(item);
        }
    }
    next.last_delivered = step.last_delivered;
    next.reading_second_below = step.reading_second_below;
    next.search = None;
    Polled {
        items,
        state: next,
        caught_up: step.caught_up,
    }
}

/// One call from `state`, wherever its walk stands.
async fn advance<T: Trigger>(
    stripe: &Connection,
    state: &PollState,
) -> Result<Advance<T::Item>, Error> {
    let resumed = match (&state.reading_second_below, &state.last_delivered) {
        (Some(below), Some(newest)) => {
            in_second::<T>(stripe, state.watermark, Some(below), Some(newest)).await
        }
        (None, Some(cursor)) => newer_than::<T>(stripe, cursor).await,
        _ => return search::<T>(stripe, state).await,
    };
    match resumed {
        Ok(step) => Ok(Advance::Page(step)),
        Err(error) if is_missing_cursor(&error) => {
            tracing::info!(
                trigger = T::INFO.name,
                "cursor object deleted; resuming from the watermark"
            );
            Ok(Advance::Moved(PollState {
                last_delivered: None,
                reading_second_below: None,
                search: None,
                ..state.clone()
            }))
        }
        Err(error) => Err(error),
    }
}

/// The page just newer than object `cursor`, oldest first.
async fn newer_than<T: Trigger>(stripe: &Connection, cursor: &str) -> Result<Step<T::Item>, Error> {
    let query = ListQuery {
        ending_before: Some(cursor.to_string()),
        ..ListQuery::new(T::INFO.page_limit)
    };
    let (mut items, has_more) = page::<T>(stripe, &query).await?;
    let newest = items.first().map_or(cursor, |item| item.id()).to_string();
    items.reverse();
    Ok(Step {
        items,
        last_delivered: Some(newest),
        reading_second_below: None,
        caught_up: !has_more,
    })
}

/// One call towards the first objects created at or after the watermark, when no cursor is
/// known: the newest object older than the watermark (the walk goes forward from it), else a
/// step of the search for the oldest second, else, once found, that second's first page.
async fn search<T: Trigger>(
    stripe: &Connection,
    state: &PollState,
) -> Result<Advance<T::Item>, Error> {
    let from = state.watermark;
    let searching = |search| {
        Advance::Moved(PollState {
            search: Some(search),
            ..state.clone()
        })
    };
    let search = match state.search {
        Some(search) => search,
        None if from > Timestamp::default() => {
            let before = ListQuery {
                created_lt: Some(from),
                ..ListQuery::new(ONE)
            };
            return Ok(match page::<T>(stripe, &before).await?.0.first() {
                Some(older) => Advance::Moved(PollState {
                    last_delivered: Some(older.id().to_string()),
                    ..state.clone()
                }),
                None => searching(Search::after(from)),
            });
        }
        None => Search::after(from),
    };
    let Some(found_by) = search.found_by else {
        let newest = ListQuery {
            created_gte: Some(from),
            ..ListQuery::new(ONE)
        };
        return Ok(match page::<T>(stripe, &newest).await?.0.first() {
            Some(newest) => searching(search.found(newest.created().unix_seconds())),
            // Keeps the search, so the next poll skips the look below the watermark.
            None => Advance::Nothing(PollState {
                search: Some(search),
                ..state.clone()
            }),
        });
    };
    if search.is_done() {
        let second = Timestamp::from_unix_seconds(found_by);
        return Ok(Advance::Page(
            in_second::<T>(stripe, second, None, None).await?,
        ));
    }
    let probe = search.probe(found_by);
    let query = ListQuery {
        created_gte: Some(from),
        created_lte: Some(Timestamp::from_unix_seconds(probe)),
        ..ListQuery::new(ONE)
    };
    let any = !page::<T>(stripe, &query).await?.0.is_empty();
    Ok(searching(search.probed(probe, any)))
}

impl Search {
    /// A search from `from`: nothing known yet.
    fn after(from: Timestamp) -> Self {
        Self {
            empty_until: from.unix_seconds() - 1,
            found_by: None,
            gallop: 1,
        }
    }

    /// The search once the newest object, created at `second`, is known.
    fn found(self, second: i64) -> Self {
        Self {
            found_by: Some(second),
            ..self
        }
        .settled()
    }

    /// Whether `found_by` is the oldest second: the one after `empty_until`.
    fn is_done(&self) -> bool {
        self.found_by
            .is_some_and(|found_by| found_by - self.empty_until <= 1)
    }

    /// The second to ask about next: whether any object was created from the watermark to it.
    fn probe(&self, found_by: i64) -> i64 {
        match self.gallop {
            0 => self.empty_until + (found_by - self.empty_until) / 2,
            step => found_by - step,
        }
    }

    /// The search after asking about `probe`, where `any` objects were found.
    fn probed(self, probe: i64, any: bool) -> Self {
        match any {
            true => Self {
                found_by: Some(probe),
                gallop: self.gallop.saturating_mul(2),
                ..self
            },
            false => Self {
                empty_until: probe,
                gallop: 0,
                ..self
            },
        }
        .settled()
    }

    /// Stops galloping once a step would reach the seconds known to be empty.
    fn settled(self) -> Self {
        match self.found_by {
            Some(found_by) if self.gallop > 0 && found_by - self.gallop <= self.empty_until => {
                Self { gallop: 0, ..self }
            }
            _ => self,
        }
    }
}

/// The next page of the objects created in `second`, read from its newest object down: below
/// object `below`, or from the top. `newest` is the newest object of the second, once known;
/// when the second is done, the walk goes forward from it.
async fn in_second<T: Trigger>(
    stripe: &Connection,
    second: Timestamp,
    below: Option<&str>,
    newest: Option<&str>,
) -> Result<Step<T::Item>, Error> {
    let query = ListQuery {
        created_gte: Some(second),
        created_lte: Some(second),
        starting_after: below.map(str::to_string),
        ..ListQuery::new(T::INFO.page_limit)
    };
    let (mut items, has_more) = page::<T>(stripe, &query).await?;
    let newest = newest.or(items.first().map(Listed::id)).map(str::to_string);
    let reading_second_below = match items.last() {
        Some(last) if has_more => Some(last.id().to_string()),
        _ => None,
    };
    // A second read in one page is handed over oldest first, as the walk forward does. A
    // second of several pages comes newest page first: Stripe lists only newest first, and
    // nothing older gives a cursor to walk up from.
    if below.is_none() && !has_more {
        items.reverse();
    }
    Ok(Step {
        items,
        last_delivered: newest,
        reading_second_below,
        caught_up: false,
    })
}

/// Where a trigger starts when it has no state: just after the objects that exist now.
async fn anchor<T: Trigger>(stripe: &Connection) -> Result<PollState, Error> {
    let Some(newest) = page::<T>(stripe, &ListQuery::new(ONE))
        .await?
        .0
        .first()
        .map(Listed::created)
    else {
        return Ok(PollState::from_beginning());
    };
    let mut ids = ids_of_second::<T>(stripe, newest).await?;
    ids.reverse();
    Ok(PollState {
        watermark: newest,
        last_delivered: ids.last().cloned(),
        delivered_at_watermark: ids,
        reading_second_below: None,
        search: None,
    })
}

/// The ids of every object created in `second`, newest first.
async fn ids_of_second<T: Trigger>(
    stripe: &Connection,
    second: Timestamp,
) -> Result<Vec<String>, Error> {
    let mut query = ListQuery {
        created_gte: Some(second),
        created_lte: Some(second),
        ..ListQuery::new(T::INFO.page_limit)
    };
    let mut ids = Vec::new();
    loop {
        let (items, has_more) = page::<T>(stripe, &query).await?;
        ids.extend(items.iter().map(|item| item.id().to_string()));
        match ids.last() {
            Some(last) if has_more => query.starting_after = Some(last.clone()),
            _ => return Ok(ids),
        }
    }
}

/// One page of `T`'s list, newest first, and `has_more`.
async fn page<T: Trigger>(
    stripe: &Connection,
    query: &ListQuery,
) -> Result<(Vec<T::Item>, bool), Error> {
    T::list(stripe.client(), query).await.map(Page::into_parts)
}

/// Stripe's answer to a cursor whose object no longer exists.
fn is_missing_cursor(error: &Error) -> bool {
    error
        .stripe()
        .is_some_and(|e| e.status == 404 && e.error_code() == Some(ErrorCode::ResourceMissing))
}
