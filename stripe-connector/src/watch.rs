//! [`Watch`]: a trigger as a stream of new objects, polled every 120 seconds by default, its
//! state saved to a [`CheckpointStore`] as each batch or object is handed over.

use std::collections::VecDeque;
use std::marker::PhantomData;
use std::time::Duration;

use tokio::time::{Instant, sleep_until};

use crate::checkpoint::CheckpointStore;
use crate::metadata::Trigger;
use crate::{Connection, Error, PollState, Polled, Timestamp, connector, poll};

/// Where a trigger with no saved state starts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Start {
    /// With the objects added from now on (the original connector's behaviour).
    #[default]
    Now,
    /// With every object, oldest first.
    Beginning,
    /// With the objects created at or after this time.
    At(Timestamp),
}

/// Trigger `T` as a stream: [`next_batch`](Self::next_batch) yields the new objects as they
/// are added, oldest first, and [`next_item`](Self::next_item) one at a time (the original's
/// Split On).
///
/// A backlog is drained page after page without waiting; once caught up, the watch polls every
/// [`connector::POLL_INTERVAL`] (120 s) unless told otherwise. The state is saved to the store
/// before each batch or object is handed over, in the same step, so a watch restarted from its
/// store after being dropped or killed at any point hands over every object exactly once. A poll
/// that fails after the connection's retries is returned as an error and changes nothing; the
/// next call polls again after the interval.
pub struct Watch<T: Trigger> {
    stripe: Connection,
    store: Box<dyn CheckpointStore>,
    interval: Duration,
    start: Start,
    state: Option<PollState>,
    started: bool,
    next_poll: Option<Instant>,
    pending: VecDeque<T::Item>,
    pending_final: Option<PollState>,
    trigger: PhantomData<T>,
}

impl<T: Trigger> Watch<T> {
    /// A watch of trigger `T` through `stripe`, keeping its state in `store`.
    pub fn new(stripe: Connection, store: impl CheckpointStore + 'static) -> Self {
        Self {
            stripe,
            store: Box::new(store),
            interval: connector::POLL_INTERVAL,
            start: Start::Now,
            state: None,
            started: false,
            next_poll: None,
            pending: VecDeque::new(),
            pending_final: None,
            trigger: PhantomData,
        }
    }

    /// How long to wait between polls once caught up (120 s by default, from the spec).
    #[must_use]
    pub fn interval(mut self, interval: Duration) -> Self {
        self.interval = interval;
        self
    }

    /// Where to start when the store holds no state yet ([`Start::Now`] by default).
    #[must_use]
    pub fn start(mut self, start: Start) -> Self {
        self.start = start;
        self
    }

    /// The state saved last, once the watch has started.
    pub fn state(&self) -> Option<&PollState> {
        self.state.as_ref()
    }

    /// The next new objects, oldest first; waits for them as long as it takes.
    pub async fn next_batch(&mut self) -> Result<Vec<T::Item>, Error> {
        if !self.pending.is_empty() {
            let state = self
                .pending_final
                .take()
                .expect("pending objects come with their final state");
            self.commit(state)?;
            return Ok(self.pending.drain(..).collect());
        }
        let polled = self.fetch().await?;
        self.commit(polled.state)?;
        Ok(polled.items)
    }

    /// The next new object; waits for it as long as it takes.
    pub async fn next_item(&mut self) -> Result<T::Item, Error> {
        if self.pending.is_empty() {
            let polled = self.fetch().await?;
            self.pending = polled.items.into();
            self.pending_final = Some(polled.state);
        }
        let item = self
            .pending
            .pop_front()
            .expect("a fetch returns at least one object");
        let state = match self.pending.is_empty() {
            true => self
                .pending_final
                .take()
                .expect("pending objects come with their final state"),
            false => {
                let mut state = self.state.clone().unwrap_or_default();
                state.advance(&item);
                state
            }
        };
        self.commit(state)?;
        Ok(item)
    }

    /// Polls, at the pace of the interval, until a poll finds something new.
    async fn fetch(&mut self) -> Result<Polled<T::Item>, Error> {
        self.begin()?;
        loop {
            if let Some(at) = self.next_poll {
                sleep_until(at).await;
            }
            let polled = poll::<T>(&self.stripe, self.state.as_ref()).await;
            let now = Instant::now();
            let polled = match polled {
                Ok(polled) => polled,
                Err(error) => {
                    self.next_poll = Some(now + self.interval);
                    return Err(error);
                }
            };
            self.next_poll = polled.caught_up.then_some(now + self.interval);
            if !polled.items.is_empty() {
                return Ok(polled);
            }
            self.commit(polled.state)?;
        }
    }

    /// Loads the saved state, or sets up the start, once.
    fn begin(&mut self) -> Result<(), Error> {
        if self.started {
            return Ok(());
        }
        self.state = match self.store.load().map_err(Error::Checkpoint)? {
            Some(saved) => Some(saved),
            None => match self.start {
                Start::Now => None,
                Start::Beginning => Some(PollState::from_beginning()),
                Start::At(time) => Some(PollState::from_time(time)),
            },
        };
        self.started = true;
        Ok(())
    }

    /// Saves `state`, then makes it current.
    fn commit(&mut self, state: PollState) -> Result<(), Error> {
        if self.state.as_ref() != Some(&state) {
            self.store.save(&state).map_err(Error::Checkpoint)?;
            self.state = Some(state);
        }
        Ok(())
    }
}
