//! [`Watch`]: a trigger as a stream of batches of new objects, polled every 120 seconds by
//! default, whose checkpoint moves only when the consumer acknowledges a batch.

use std::future::Future;
use std::io;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::{Instant, sleep_until};

use crate::checkpoint::CheckpointStore;
use crate::metadata::Trigger;
use crate::{Connection, Error, PollState, Timestamp, connector, poll};

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

/// Trigger `T` as a stream of batches of new objects, delivered **at least once**.
///
/// [`next_batch`](Self::next_batch) waits for the next new objects (oldest second first, at
/// most one page of 100); the consumer handles them, then calls [`ack`](Self::ack), which saves
/// the checkpoint to the store. Or [`handle_next`](Self::handle_next) does all three, and
/// acknowledges when the handler returns `Ok`. A batch that is not acknowledged (the process
/// was killed, the handler failed, the save failed) is delivered again: by the next call to
/// `next_batch`, or by a watch restarted from the same store. So after a crash at most one
/// batch is repeated, and each object's `id` is the key by which a consumer drops a repeat.
///
/// For exactly once, write the objects and the checkpoint in one transaction of your own with
/// [`ack_with`](Self::ack_with), into a store whose [`load`](CheckpointStore::load) reads that
/// checkpoint back.
///
/// A backlog is drained page after page without waiting; once caught up, the watch polls every
/// [`connector::POLL_INTERVAL`] (120 s) unless told otherwise. A poll that fails after the
/// connection's retries is returned as an error and changes nothing; the next call polls again
/// after the interval. The store is read and written on tokio's blocking threads.
pub struct Watch<T: Trigger> {
    stripe: Connection,
    store: Arc<dyn CheckpointStore>,
    interval: Duration,
    start: Start,
    /// The acknowledged state: what the store holds. `None` before the anchor poll.
    state: Option<PollState>,
    started: bool,
    next_poll: Option<Instant>,
    /// The state after the batch handed over last, until it is acknowledged.
    unacknowledged: Option<PollState>,
    trigger: PhantomData<T>,
}

impl<T: Trigger> Watch<T> {
    /// A watch of trigger `T` through `stripe`, keeping its state in `store`.
    pub fn new(stripe: Connection, store: impl CheckpointStore + 'static) -> Self {
        Self {
            stripe,
            store: Arc::new(store),
            interval: connector::POLL_INTERVAL,
            start: Start::Now,
            state: None,
            started: false,
            next_poll: None,
            unacknowledged: None,
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

    /// The acknowledged state, once the watch has started.
    pub fn state(&self) -> Option<&PollState> {
        self.state.as_ref()
    }

    /// The next new objects, oldest second first; waits for them as long as it takes.
    ///
    /// Acknowledge them with [`ack`](Self::ack) once handled. Called again before that, it
    /// hands over the same objects again (those that still exist), without waiting.
    pub async fn next_batch(&mut self) -> Result<Vec<T::Item>, Error> {
        self.begin().await?;
        if self.unacknowledged.take().is_some() {
            self.next_poll = None;
        }
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
                self.unacknowledged = Some(polled.state);
                return Ok(polled.items);
            }
            // Nothing to hand over, but the walk may have moved (the anchor, a second read).
            if self.state.as_ref() != Some(&polled.state) {
                save_blocking(self.store.clone(), polled.state.clone())
                    .await
                    .map_err(Error::Checkpoint)?;
                self.state = Some(polled.state);
            }
        }
    }

    /// Acknowledges the batch handed over last: saves the checkpoint after it, so that it is
    /// never delivered again. Does nothing when no batch waits for acknowledgement.
    ///
    /// When the save fails the error is returned and nothing changes: `ack` may be tried
    /// again, and the next [`next_batch`](Self::next_batch) hands the same objects over again.
    pub async fn ack(&mut self) -> Result<(), Error> {
        let store = self.store.clone();
        self.ack_with(|state| save_blocking(store, state)).await
    }

    /// Acknowledges the batch handed over last by running `save` on its checkpoint instead of
    /// the store's own save: for a sink that writes the batch and the checkpoint in one
    /// transaction, so that each object is delivered exactly once. The store's `load` must
    /// then read that checkpoint back.
    ///
    /// When `save` fails the error is returned as [`Error::Checkpoint`] and nothing changes.
    pub async fn ack_with<F, Fut>(&mut self, save: F) -> Result<(), Error>
    where
        F: FnOnce(PollState) -> Fut,
        Fut: Future<Output = io::Result<()>>,
    {
        let Some(state) = self.unacknowledged.take() else {
            return Ok(());
        };
        match save(state.clone()).await {
            Ok(()) => {
                self.state = Some(state);
                Ok(())
            }
            Err(error) => {
                self.unacknowledged = Some(state);
                Err(Error::Checkpoint(error))
            }
        }
    }

    /// Waits for the next batch, hands it to `handler`, and acknowledges it when the handler
    /// returns `Ok`; returns how many objects were handled. A handler's error is returned and
    /// the batch is not acknowledged, so the next call hands it over again.
    pub async fn handle_next<E, H>(&mut self, handler: H) -> Result<usize, E>
    where
        E: From<Error>,
        H: AsyncFnOnce(Vec<T::Item>) -> Result<(), E>,
    {
        let batch = self.next_batch().await?;
        let count = batch.len();
        handler(batch).await?;
        self.ack().await?;
        Ok(count)
    }

    /// Loads the saved state, or sets up the start, once.
    async fn begin(&mut self) -> Result<(), Error> {
        if self.started {
            return Ok(());
        }
        let store = self.store.clone();
        let saved = tokio::task::spawn_blocking(move || store.load())
            .await
            .map_err(io::Error::other)
            .flatten()
            .map_err(Error::Checkpoint)?;
        self.state = saved.or(match self.start {
            Start::Now => None,
            Start::Beginning => Some(PollState::from_beginning()),
            Start::At(time) => Some(PollState::from_time(time)),
        });
        self.started = true;
        Ok(())
    }
}

/// Saves `state` to `store` on one of tokio's blocking threads, off the async ones.
async fn save_blocking(store: Arc<dyn CheckpointStore>, state: PollState) -> io::Result<()> {
    tokio::task::spawn_blocking(move || store.save(&state))
        .await
        .map_err(io::Error::other)?
}
