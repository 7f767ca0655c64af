//! `listen --into DB`: each object once in the SQLite sink, whichever of the three paths found
//! it first: a webhook, the reconciliation with `/v1/events`, or the poll of the trigger's
//! list, which covers what Stripe no longer keeps events of (30 days).
//!
//! The table's `UNIQUE (trigger, id)` is the record of what was delivered: every path inserts
//! what it found, skipping what is there. The reconciliation's cursor (the last event read) and
//! the list poll's state commit in the same transaction as the objects they found
//! ([`ListenState`], in the table `checkpoints` under `listen:<Trigger>`), so a restart resumes
//! where the last commit stopped, and a webhook is answered 2xx only once its object committed.

use std::io;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use stripe_connector::metadata::Trigger;
use stripe_connector::types::Event;
use stripe_connector::webhook::{WebhookError, announced};
use stripe_connector::{
    Connection, Error, EventCursor, PollState, Start, events_after, newest_event, poll,
};
use stripe_connector_sqlite::SqliteSink;
use tokio::time::{Instant, sleep_until};

use crate::fail::Failure;
use crate::pause::{Pauses, Point};

/// Where the reconciliation and the list poll stand; committed with the objects they found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListenState {
    /// After the last event the reconciliation read.
    events: EventCursor,
    /// The list poll's checkpoint.
    poll: PollState,
}

/// The sink of one trigger's objects and where its paths stand.
pub struct Durable<T: Trigger> {
    stripe: Connection,
    sink: SqliteSink,
    /// The pause hook of the crash tests, reached after each commit.
    pauses: Arc<Mutex<Pauses>>,
    _trigger: std::marker::PhantomData<T>,
}

/// What the loop of reconciliations and polls is told.
pub struct Intervals {
    /// Between two reconciliations with `/v1/events`.
    pub reconcile: Duration,
    /// Between two polls of the trigger's list once caught up.
    pub poll: Duration,
}

impl<T> Durable<T>
where
    T: Trigger,
    T::Item: Serialize + DeserializeOwned + Send + 'static,
{
    /// Delivers into `sink`, through `stripe`.
    pub fn new(stripe: Connection, sink: SqliteSink) -> Self {
        Self {
            stripe,
            sink,
            pauses: Arc::new(Mutex::new(Pauses::from_env())),
            _trigger: std::marker::PhantomData,
        }
    }

    /// The name the state is saved under.
    fn state_name() -> String {
        format!("listen:{}", T::INFO.name)
    }

    /// The saved state, or a new one (committed at once, so that a restart resumes from the
    /// same place): the reconciliation after the newest event that exists, the list poll from
    /// `start` (with `Start::Now`, after the newest object).
    pub async fn state(&self, start: Start) -> Result<ListenState, Failure> {
        let sink = self.sink.clone();
        let saved = blocking(move || sink.load_named(&Self::state_name()))
            .await
            .map_err(local)?;
        if let Some(text) = saved {
            return serde_json::from_str(&text).map_err(|e| {
                Failure::Local(format!(
                    "{}: a listen checkpoint that does not read: {e}",
                    self.sink.path().display()
                ))
            });
        }
        let poll = match start {
            Start::Now => poll::<T>(&self.stripe, None).await?.state,
            Start::Beginning => PollState::from_beginning(),
            Start::At(time) => PollState::from_time(time),
        };
        let state = ListenState {
            events: newest_event::<T>(&self.stripe).await?,
            poll,
        };
        self.commit(Vec::new(), Some(&state)).await.map_err(local)?;
        Ok(state)
    }

    /// The object a verified webhook announces, inserted unless there: `Ok(true)` once
    /// committed (or for an event of another type), `Ok(false)` when the write failed.
    pub async fn webhook(&self, event: &Event) -> Result<bool, WebhookError> {
        let Some(new) = announced::<T>(event)? else {
            return Ok(true);
        };
        match self.commit(vec![new.object], None).await {
            Ok(_) => Ok(true),
            Err(error) => {
                eprintln!("cannot write a webhook's object, left to Stripe's retry: {error}");
                Ok(false)
            }
        }
    }

    /// Reconciles every `intervals.reconcile` and polls the list every `intervals.poll` (at
    /// once at the start, and at once when events were lost to Stripe's retention), from
    /// `state`; returns only on a failure no retry can fix.
    pub async fn run(&self, mut state: ListenState, intervals: Intervals) -> Result<(), Failure> {
        let mut next_reconcile = Instant::now() + intervals.reconcile;
        let mut next_poll = Instant::now();
        loop {
            sleep_until(next_reconcile.min(next_poll)).await;
            let now = Instant::now();
            if now >= next_reconcile {
                next_reconcile = now + intervals.reconcile;
                match self.reconcile(&mut state).await {
                    Ok(true) => next_poll = now,
                    Ok(false) => {}
                    Err(e) if e.is_transient() => eprintln!("reconciliation failed: {e}"),
                    Err(e) => return Err(e.into()),
                }
            }
            if now >= next_poll {
                next_poll = now + intervals.poll;
                match self.poll(&mut state).await {
                    Ok(()) => {}
                    Err(e) if e.is_transient() => eprintln!("list poll failed: {e}"),
                    Err(e) => return Err(e.into()),
                }
            }
        }
    }

    /// Reads the events after the cursor and commits their objects with the new cursor;
    /// whether events were lost to Stripe's retention (then the list poll must run).
    async fn reconcile(&self, state: &mut ListenState) -> Result<bool, Error> {
        let read = events_after::<T>(&self.stripe, &state.events).await?;
        if read.expired {
            eprintln!(
                "events after {:?} are no longer kept by Stripe (30 days); the list poll \
                 delivers what they announced",
                state.events
            );
        }
        if read.items.is_empty() && read.cursor == state.events {
            return Ok(read.expired);
        }
        let next = ListenState {
            events: read.cursor,
            ..state.clone()
        };
        self.commit(read.items, Some(&next))
            .await
            .map_err(Error::Checkpoint)?;
        *state = next;
        Ok(read.expired)
    }

    /// Polls the list until caught up, committing each page with the poll's new state.
    async fn poll(&self, state: &mut ListenState) -> Result<(), Error> {
        loop {
            let polled = poll::<T>(&self.stripe, Some(&state.poll)).await?;
            if !polled.items.is_empty() || polled.state != state.poll {
                let next = ListenState {
                    poll: polled.state,
                    ..state.clone()
                };
                self.commit(polled.items, Some(&next))
                    .await
                    .map_err(Error::Checkpoint)?;
                *state = next;
            }
            if polled.caught_up {
                return Ok(());
            }
        }
    }

    /// Inserts the new ones of `items`, with `state` when given, in one transaction on a
    /// blocking thread; how many were new. Reaches the pause hook after the commit.
    async fn commit(&self, items: Vec<T::Item>, state: Option<&ListenState>) -> io::Result<usize> {
        let state = state.map(serde_json::to_string).transpose()?;
        let sink = self.sink.clone();
        let name = Self::state_name();
        let new =
            blocking(move || sink.insert_new(&items, state.as_deref().map(|s| (name.as_str(), s))))
                .await?;
        if new > 0 {
            eprintln!("delivered {new} into {}", self.sink.path().display());
        }
        let pauses = self.pauses.clone();
        blocking(move || {
            pauses
                .lock()
                .map_err(|_| io::Error::other("a pause hook panicked"))?
                .reached(Point::Acknowledged);
            Ok(())
        })
        .await?;
        Ok(new)
    }
}

/// Runs `work` on one of tokio's blocking threads.
async fn blocking<R: Send + 'static>(
    work: impl FnOnce() -> io::Result<R> + Send + 'static,
) -> io::Result<R> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(io::Error::other)?
}

/// A failure of the database.
fn local(error: io::Error) -> Failure {
    Failure::Local(error.to_string())
}
