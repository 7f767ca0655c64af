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
//! over `created` that costs a few calls, logarithmic in the backlog's age. That second is read
//! from its newest object down (`created` = that second, `starting_after`) and each page is
//! handed over as it comes, so progress is saved from the first page however many objects the
//! second holds; then the walk goes forward from the newest object of that second. Objects of
//! one second may come in any order among themselves; seconds always come oldest first.
//!
//! The watermark second is treated inclusively and the ids delivered in it are remembered, so
//! when the cursor object has been deleted the walk restarts from the watermark without losing
//! or repeating an object of that second. Those ids are the only part of the state that grows,
//! and only with the objects of one second: Stripe documents no order within a second, so once
//! the cursor is gone nothing else can tell which of that second's objects were delivered.

use std::collections::HashSet;
use std::num::NonZeroU64;

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
    let Some(state) = state else {
        let state = anchor::<T>(stripe).await?;
        return Ok(Polled {
            items: Vec::new(),
            state,
            caught_up: true,
        });
    };
    let step = next_step::<T>(stripe, state).await?;
    let delivered: HashSet<&str> = state
        .delivered_at_watermark
        .iter()
        .map(String::as_str)
        .collect();
    let mut next = state.clone();
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
    Ok(Polled {
        items,
        state: next,
        caught_up: step.caught_up,
    })
}

/// The page after `state`, wherever its walk stands.
async fn next_step<T: Trigger>(
    stripe: &Connection,
    state: &PollState,
) -> Result<Step<T::Item>, Error> {
    let resumed = match (&state.reading_second_below, &state.last_delivered) {
        (Some(below), Some(newest)) => {
            in_second::<T>(stripe, state.watermark, Some(below), Some(newest)).await
        }
        (None, Some(cursor)) => newer_than::<T>(stripe, cursor).await,
        _ => return from_watermark::<T>(stripe, state.watermark).await,
    };
    match resumed {
        Err(error) if is_missing_cursor(&error) => {
            tracing::info!(
                trigger = T::INFO.name,
                "cursor object deleted; resuming from the watermark"
            );
            from_watermark::<T>(stripe, state.watermark).await
        }
        found => found,
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

/// The first page of objects created at or after `watermark`.
async fn from_watermark<T: Trigger>(
    stripe: &Connection,
    watermark: Timestamp,
) -> Result<Step<T::Item>, Error> {
    if watermark > Timestamp::default() {
        let before = ListQuery {
            created_lt: Some(watermark),
            ..ListQuery::new(ONE)
        };
        if let Some(older) = page::<T>(stripe, &before).await?.0.first() {
            return newer_than::<T>(stripe, older.id()).await;
        }
    }
    match oldest_second::<T>(stripe, watermark).await? {
        Some(second) => in_second::<T>(stripe, second, None, None).await,
        None => Ok(Step {
            items: Vec::new(),
            last_delivered: None,
            reading_second_below: None,
            caught_up: true,
        }),
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
    let (items, has_more) = page::<T>(stripe, &query).await?;
    let newest = newest.or(items.first().map(Listed::id)).map(str::to_string);
    let reading_second_below = match items.last() {
        Some(last) if has_more => Some(last.id().to_string()),
        _ => None,
    };
    Ok(Step {
        items,
        last_delivered: newest,
        reading_second_below,
        caught_up: false,
    })
}

/// The earliest second, at or after `from`, in which an object was created: a galloping search
/// back from the newest object, then a binary search, so it costs about twice the logarithm of
/// the backlog's age in seconds (a handful of requests for a recent backlog).
async fn oldest_second<T: Trigger>(
    stripe: &Connection,
    from: Timestamp,
) -> Result<Option<Timestamp>, Error> {
    let any_since = |until: i64| {
        let query = ListQuery {
            created_gte: Some(from),
            created_lte: Some(Timestamp::from_unix_seconds(until)),
            ..ListQuery::new(ONE)
        };
        async move { Ok::<_, Error>(!page::<T>(stripe, &query).await?.0.is_empty()) }
    };
    let newest = ListQuery {
        created_gte: Some(from),
        ..ListQuery::new(ONE)
    };
    let Some(newest) = page::<T>(stripe, &newest)
        .await?
        .0
        .first()
        .map(Listed::created)
    else {
        return Ok(None);
    };
    // Invariant: no object in [from, empty_until], some object in [from, found_by].
    let (mut empty_until, mut found_by) = (from.unix_seconds() - 1, newest.unix_seconds());
    let mut step = 1;
    while found_by - step > empty_until {
        let probe = found_by - step;
        if any_since(probe).await? {
            found_by = probe;
            step = step.saturating_mul(2);
        } else {
            empty_until = probe;
            break;
        }
    }
    while found_by - empty_until > 1 {
        let middle = empty_until + (found_by - empty_until) / 2;
        if any_since(middle).await? {
            found_by = middle;
        } else {
            empty_until = middle;
        }
    }
    Ok(Some(Timestamp::from_unix_seconds(found_by)))
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
