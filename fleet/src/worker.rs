//! [`Worker`]: one process's share of the fleet's work. It claims due subscriptions and works a
//! slice of each (see `slice.rs`): polls with its checkpoint and commits the new objects with the
//! new checkpoint; any number of workers, on any number of hosts, share the subscriptions
//! through their leases.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use stripe_connector::connector;
use tokio::sync::Mutex;
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::commit::Target;
use crate::connections::{self, Opened};
use crate::lease::{self, Lease};
use crate::slice::{self, Ended, Rules};
use crate::{Backoff, Error, Fleet, KeyEncryptionKey};

/// The longest a worker with nothing to do waits before looking for work again: how soon it
/// notices a new subscription.
const IDLE: Duration = Duration::from_secs(1);

/// After how many leases' time one step of a poll (a call and its retries) still running is
/// abandoned: by then another worker has most likely taken its subscription over, and its
/// commit would be refused anyway.
pub const ABANDON_AFTER_LEASES: u32 = 4;

/// How many calls a lease covers by default before its subscription goes back in the queue.
pub const SLICE_CALLS: u32 = 10;

/// How a worker paces its work.
#[derive(Clone, Debug)]
pub struct WorkerSettings {
    /// The name its leases and deliveries carry.
    pub name: String,
    /// How many subscriptions it polls at once.
    pub concurrency: usize,
    /// How long after a poll that caught up the next one is due (120 s, from the spec).
    pub interval: Duration,
    /// How long a claim lasts, and each renewal: a worker that dies or freezes holding one
    /// delays its subscription by at most this. A poll renews its lease while its calls
    /// succeed and stops calling Stripe once it is lost; what it found is committed if no
    /// other worker has claimed the subscription since (the lease's token says so).
    pub lease: Duration,
    /// How many Stripe calls one lease covers at most ([`SLICE_CALLS`]): a subscription with a
    /// backlog then goes back in the queue, due at once but behind every subscription that fell
    /// due before it, so that a long drain never starves the others.
    pub slice: u32,
    /// How long a subscription waits after failed polls.
    pub backoff: Backoff,
}

impl WorkerSettings {
    /// The spec's interval, 16 polls at once, a lease of 120 s, named `name`.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            concurrency: 16,
            interval: connector::POLL_INTERVAL,
            lease: Duration::from_secs(120),
            slice: SLICE_CALLS,
            backoff: Backoff::default(),
        }
    }
}

/// Something a worker did, for its caller to report.
#[derive(Debug)]
pub enum Event {
    /// A poll of `subscription` committed its progress (a slice commits at least once).
    Committed {
        /// The subscription polled.
        subscription: i64,
        /// How many objects it delivered.
        delivered: usize,
    },
    /// A poll of `subscription` found its lease taken over: it wrote nothing more and stopped.
    Fenced {
        /// The subscription polled.
        subscription: i64,
    },
    /// A poll of `subscription`, or the worker's own work, failed; it goes on.
    Failed {
        /// The subscription polled, if the failure was a poll's.
        subscription: Option<i64>,
        /// What went wrong.
        error: Error,
    },
}

/// What a worker calls after each [`Event`], on the task that caused it.
pub type OnEvent = Arc<dyn Fn(&Event) + Send + Sync>;

/// A worker of the fleet; see [`Worker::run`].
pub struct Worker {
    fleet: Fleet,
    kek: KeyEncryptionKey,
    settings: WorkerSettings,
    on_event: OnEvent,
    connections: Mutex<HashMap<i64, Opened>>,
}

impl Worker {
    /// A worker of `fleet`, opening API keys with `kek`, reporting to `on_event`.
    pub fn new(
        fleet: Fleet,
        kek: KeyEncryptionKey,
        settings: WorkerSettings,
        on_event: OnEvent,
    ) -> Arc<Self> {
        Arc::new(Self {
            fleet,
            kek,
            settings,
            on_event,
            connections: Mutex::new(HashMap::new()),
        })
    }

    /// Works until `stop` completes, then lets the polls under way commit and returns.
    ///
    /// Due subscriptions are claimed oldest due first, so none starves; one with a backlog is
    /// due again at once (behind those due before it), one caught up after the interval, one
    /// whose poll failed after its backoff.
    pub async fn run(self: Arc<Self>, stop: impl Future<Output = ()>) {
        let mut stop = std::pin::pin!(stop);
        let mut polls = JoinSet::new();
        let concurrency = self.settings.concurrency.max(1);
        // Claims go in batches of a quarter of the concurrency (fewer round trips per poll),
        // or of whatever is free once nothing runs.
        let batch = (concurrency / 4).max(1);
        // When to claim next: at once, or when the next subscription falls due; a poll that
        // ends with a backlog left makes it at once again.
        let mut claim_at = Instant::now();
        loop {
            while let Some(ended) = polls.try_join_next() {
                if ended.unwrap_or(false) {
                    claim_at = Instant::now();
                }
            }
            let free = concurrency - polls.len();
            let room = free >= batch || (free > 0 && polls.is_empty());
            if room && Instant::now() >= claim_at {
                claim_at = Instant::now() + self.claim_into(&mut polls, free).await;
            }
            let free = concurrency - polls.len();
            let room = free >= batch || (free > 0 && polls.is_empty());
            tokio::select! {
                biased;
                () = &mut stop => break,
                Some(ended) = polls.join_next(), if !polls.is_empty() => {
                    if ended.unwrap_or(false) {
                        claim_at = Instant::now();
                    }
                }
                () = tokio::time::sleep_until(claim_at), if room => {}
            }
        }
        while polls.join_next().await.is_some() {}
    }

    /// Claims at most `free` subscriptions and starts polling them; how long to wait before
    /// claiming again if no poll ends first.
    async fn claim_into(self: &Arc<Self>, polls: &mut JoinSet<bool>, free: usize) -> Duration {
        let leases = lease::claim(
            &self.fleet.pool,
            &self.settings.name,
            free,
            self.settings.lease,
        );
        match leases.await {
            Ok(leases) => {
                let full = leases.len() == free;
                for lease in leases {
                    polls.spawn(self.clone().serve(lease));
                }
                match full {
                    true => Duration::ZERO,
                    false => self.until_next_due().await,
                }
            }
            Err(error) => {
                self.report(Event::Failed {
                    subscription: None,
                    error,
                });
                IDLE
            }
        }
    }

    /// How long until the next subscription falls due, at most [`IDLE`].
    async fn until_next_due(&self) -> Duration {
        match lease::next_due(&self.fleet.pool).await {
            Ok(Some(due)) => due.min(IDLE),
            Ok(None) => IDLE,
            Err(error) => {
                self.report(Event::Failed {
                    subscription: None,
                    error,
                });
                IDLE
            }
        }
    }

    /// Works a slice of the subscription under `lease`; returns whether the subscription is
    /// due again at once (it has a backlog).
    async fn serve(self: Arc<Self>, lease: Lease) -> bool {
        let subscription = lease.subscription;
        let opened = match self.connection(&lease).await {
            Ok(opened) => opened,
            Err(error) => {
                self.report(Event::Failed {
                    subscription: Some(subscription),
                    error,
                });
                return false;
            }
        };
        let rules = Rules {
            calls: self.settings.slice,
            lease: self.settings.lease,
            interval: self.settings.interval,
            backoff: self.settings.backoff,
            abandon_after: self.settings.lease * ABANDON_AFTER_LEASES,
        };
        let channel = self.fleet.database.channel();
        let target = Target {
            pool: &self.fleet.pool,
            worker: &self.settings.name,
            channel: &channel,
        };
        let report = |event: Event| self.report(event);
        match slice::run(&rules, &target, lease, &opened, &report).await {
            Ended::Released { backlog } => backlog,
            Ended::Fenced => false,
            Ended::Failed(error) => {
                self.report(Event::Failed {
                    subscription: Some(subscription),
                    error,
                });
                false
            }
        }
    }

    /// The connection of `lease`, opened once per worker and again when its key was replaced.
    async fn connection(&self, lease: &Lease) -> Result<Opened, Error> {
        let mut cache = self.connections.lock().await;
        if let Some(opened) = cache.get(&lease.connection)
            && opened.key_serial == lease.key_serial
        {
            return Ok(opened.clone());
        }
        let opened = connections::open(&self.fleet.pool, &self.kek, lease.connection).await?;
        cache.insert(lease.connection, opened.clone());
        Ok(opened)
    }

    fn report(&self, event: Event) {
        (self.on_event)(&event);
    }
}
