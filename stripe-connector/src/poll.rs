//! The stateless poll of a trigger: `poll(state) -> (new objects oldest first, next state)`.
//!
//! Stripe lists newest first, at most 100 a page, with one-second `created` resolution. A poll
//! walks forward in time from the newest object it delivered (`ending_before` that object
//! returns the page just newer than it) and hands the page over oldest first, so memory holds
//! one page whatever the backlog. The watermark second is treated inclusively and the ids
//! delivered in it are remembered, so objects created in the same second as the last delivery
//! are neither lost nor repeated. When that cursor object has been deleted, or there is none
//! yet, the walk restarts from the watermark: from the newest object older than it, or, when
//! there is none, from the oldest object of all, found by a binary search over `created`.

use std::collections::HashSet;
use std::num::NonZeroU64;

use serde::{Deserialize, Serialize};

use crate::metadata::{ListQuery, Listed, Page, Trigger};
use crate::{Connection, Error, Timestamp};

/// The most objects Stripe puts in one page.
const PAGE: NonZeroU64 = NonZeroU64::new(100).expect("100 is not zero");
const ONE: NonZeroU64 = NonZeroU64::new(1).expect("1 is not zero");

/// Where a trigger is in its list: small, serializable, kept by the caller between polls.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PollState {
    /// The creation time of the newest object delivered, or where delivery starts.
    watermark: Timestamp,
    /// The ids delivered whose creation time is the watermark, in the order delivered.
    delivered_at_watermark: Vec<String>,
    /// The newest object delivered: the cursor of the next page.
    last_delivered: Option<String>,
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

    /// The state after `item` has been delivered.
    pub(crate) fn advance(&mut self, item: &impl Listed) {
        let created = item.created();
        if created > self.watermark {
            self.watermark = created;
            self.delivered_at_watermark.clear();
        }
        if created == self.watermark {
            self.delivered_at_watermark.push(item.id().to_string());
        }
        self.last_delivered = Some(item.id().to_string());
    }
}

/// What one poll found.
#[derive(Debug)]
pub struct Polled<T> {
    /// The new objects, oldest first (at most one page).
    pub items: Vec<T>,
    /// The state to poll from next.
    pub state: PollState,
    /// `false` when more new objects are waiting: poll again without waiting.
    pub caught_up: bool,
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
    let (page, caught_up) = next_page::<T>(stripe, state).await?;
    let delivered: HashSet<&str> = state
        .delivered_at_watermark
        .iter()
        .map(String::as_str)
        .collect();
    let mut next = state.clone();
    let mut items = Vec::with_capacity(page.len());
    for item in page {
        if delivered.contains(item.id()) {
            // Delivered by an earlier poll: it still marks how far the walk has come.
            next.last_delivered = Some(item.id().to_string());
        } else {
            next.advance(&item);
            items.push(item);
        }
    }
    Ok(Polled {
        items,
        state: next,
        caught_up,
    })
}

/// The new objects after `state`, oldest first, and whether that is all of them.
async fn next_page<T: Trigger>(
    stripe: &Connection,
    state: &PollState,
) -> Result<(Vec<T::Item>, bool), Error> {
    if let Some(cursor) = &state.last_delivered {
        match newer_than::<T>(stripe, cursor).await {
            Err(error) if is_missing_cursor(&error) => {
                tracing::info!(
                    trigger = T::INFO.name,
                    cursor,
                    "cursor object deleted; resuming from the watermark"
                );
            }
            found => return found,
        }
    }
    from_watermark::<T>(stripe, state.watermark).await
}

/// The page just newer than object `cursor`, oldest first.
async fn newer_than<T: Trigger>(
    stripe: &Connection,
    cursor: &str,
) -> Result<(Vec<T::Item>, bool), Error> {
    let query = ListQuery {
        ending_before: Some(cursor.to_string()),
        ..ListQuery::new(PAGE)
    };
    let (mut items, has_more) = page::<T>(stripe, &query).await?;
    items.reverse();
    Ok((items, !has_more))
}

/// The oldest page of objects created at or after `watermark`, oldest first.
async fn from_watermark<T: Trigger>(
    stripe: &Connection,
    watermark: Timestamp,
) -> Result<(Vec<T::Item>, bool), Error> {
    let before = ListQuery {
        created_lt: Some(watermark),
        ..ListQuery::new(ONE)
    };
    if let Some(older) = page::<T>(stripe, &before).await?.0.first() {
        return newer_than::<T>(stripe, older.id()).await;
    }
    let Some(oldest_second) = oldest_second::<T>(stripe, watermark).await? else {
        return Ok((Vec::new(), true));
    };
    let mut items = last_page_of_second::<T>(stripe, oldest_second).await?;
    items.reverse();
    Ok((items, false))
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

/// The oldest objects of one second (its last page, newest first), reading one page at a time.
async fn last_page_of_second<T: Trigger>(
    stripe: &Connection,
    second: Timestamp,
) -> Result<Vec<T::Item>, Error> {
    let mut query = ListQuery {
        created_gte: Some(second),
        created_lte: Some(second),
        ..ListQuery::new(PAGE)
    };
    loop {
        let (items, has_more) = page::<T>(stripe, &query).await?;
        match items.last() {
            Some(last) if has_more => query.starting_after = Some(last.id().to_string()),
            _ => return Ok(items),
        }
    }
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
        ..ListQuery::new(PAGE)
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
    match T::list(stripe.client(), query).await {
        Ok(page) => Ok(page.into_parts()),
        Err(error) => Err(Error::from_client(error).await),
    }
}

/// Stripe's answer to a cursor whose object no longer exists.
fn is_missing_cursor(error: &Error) -> bool {
    error
        .stripe()
        .is_some_and(|e| e.status == 404 && e.code.as_deref() == Some("resource_missing"))
}
