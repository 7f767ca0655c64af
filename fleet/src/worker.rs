//! [`Worker`]: one process's share of the fleet's work. It claims due subscriptions and works a
//! slice of each (see `slice.rs`): polls with its checkpoint and commits the new objects with the
//! new checkpoint; any number of workers, on any number of hosts, share the subscriptions
//! through their leases. It claims due reconciliations of the events of connections with a
//! webhook endpoint the same way (see `reconcile.rs`). Beside that, each worker keeps house: it prunes the deliveries
//! past the retention age and forgets the connections it opened that were removed since or
//! had their key replaced.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use stripe_connector::connector;
use tokio::task::JoinSet;
use tokio::time::Instant;
use tracing::Instrument;

use crate::commit::Target;
use crate::connections::{self, Opened};
use crate::lease::{self, Lease};
use crate::reconcile;
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

/// How long acknowledged deliveries are kept by default: a day.
pub const DEFAULT_RETENTION: Duration = Duration::from_secs(24 * 60 * 60);

/// How often a worker keeps house (prunes, forgets stale connections) by default.
const HOUSEKEEPING: Duration = Duration::from_secs(60);

/// How often a connection with a webhook endpoint reconciles its events by default: a minute.
pub const DEFAULT_RECONCILE: Duration = Duration::from_secs(60);

/// How often the list of a trigger of a connection with a webhook endpoint is polled by
/// default: an hour. The poll finds what no event tells any more (Stripe keeps events 30 days).
pub const DEFAULT_POLL_WITH_WEBHOOKS: Duration = Duration::from_secs(3600);

/// How many reconciliations a worker claims at once.
const RECONCILIATIONS_AT_ONCE: usize = 4;

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
    /// How long deliveries every consumer acknowledged are kept before the workers delete them.
    pub retention: Duration,
    /// How often the worker prunes deliveries and forgets stale connections (at its start, then
    /// every this long).
    pub housekeeping: Duration,
    /// How long after a reconciliation of a connection's events the next is due
    /// ([`DEFAULT_RECONCILE`]), for connections with a webhook endpoint.
    pub reconcile: Duration,
    /// How long after a poll that caught up the next is due for the subscriptions of a
    /// connection with a webhook endpoint ([`DEFAULT_POLL_WITH_WEBHOOKS`]), instead of
    /// `interval`: their objects come from the webhooks and the reconciliation.
    pub poll_with_webhooks: Duration,
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
            retention: DEFAULT_RETENTION,
            housekeeping: HOUSEKEEPING,
            reconcile: DEFAULT_RECONCILE,
            poll_with_webhooks: DEFAULT_POLL_WITH_WEBHOOKS,
        }
    }
}

/// Something a worker did, for its caller to report. More kinds may come: a `match` on it
/// needs an arm for the others.
#[derive(Debug)]
#[non_exhaustive]
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
    /// A reconciliation of `connection`'s events committed.
    Reconciled {
        /// The connection whose events were read.
        connection: i64,
        /// How many objects it delivered (those the webhooks missed).
        delivered: u64,
    },
    /// The worker pruned deliveries past the retention age.
    Pruned(crate::Pruned),
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
        let mut housekeeping = JoinSet::new();
        housekeeping.spawn(self.clone().keep_house());
        housekeeping.spawn(self.clone().reconcile());
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
        housekeeping.abort_all();
        while polls.join_next().await.is_some() {}
    }

    /// Prunes and forgets stale connections now and then, for ever.
    async fn keep_house(self: Arc<Self>) {
        let mut every = tokio::time::interval(self.settings.housekeeping);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every.tick().await;
            let pruned = self
                .fleet
                .prune(self.settings.retention, crate::PRUNE_BATCH)
                .instrument(tracing::info_span!("prune"))
                .await;
            match pruned {
                Ok(pruned) if pruned.deleted > 0 => self.report(Event::Pruned(pruned)),
                Ok(_) => {}
                Err(error) => self.report(Event::Failed {
                    subscription: None,
                    error,
                }),
            }
            if let Err(error) = self.forget_stale().await {
                self.report(Event::Failed {
                    subscription: None,
                    error,
                });
            }
        }
    }

    /// Claims due reconciliations and works them, for ever. Stopping aborts one under way,
    /// which loses nothing: its lease runs out and another reads the same events again.
    async fn reconcile(self: Arc<Self>) {
        let rules = Arc::new(reconcile::Rules {
            lease: self.settings.lease,
            interval: self.settings.reconcile,
            backoff: self.settings.backoff,
            abandon_after: self.settings.lease * ABANDON_AFTER_LEASES,
        });
        let mut works = JoinSet::new();
        loop {
            let claimed = reconcile::claim(
                &self.fleet.pool,
                &self.fleet.metrics,
                &self.settings.name,
                RECONCILIATIONS_AT_ONCE,
                self.settings.lease,
            )
            .await;
            let claimed = match claimed {
                Ok(claimed) => claimed,
                Err(error) => {
                    self.report(Event::Failed {
                        subscription: None,
                        error,
                    });
                    Vec::new()
                }
            };
            let full = claimed.len() == RECONCILIATIONS_AT_ONCE;
            for claimed in claimed {
                works.spawn(self.clone().reconcile_one(rules.clone(), claimed));
            }
            while works.join_next().await.is_some() {}
            if !full {
                tokio::time::sleep(self.until_next_reconciliation().await).await;
            }
        }
    }

    /// How long until the next reconciliation falls due, at most [`IDLE`].
    async fn until_next_reconciliation(&self) -> Duration {
        let next = reconcile::next_due(&self.fleet.pool, &self.fleet.metrics).await;
        self.at_most_idle(next)
    }

    /// Works the reconciliation `claimed`.
    async fn reconcile_one(
        self: Arc<Self>,
        rules: Arc<reconcile::Rules>,
        claimed: reconcile::Claimed,
    ) {
        let connection = claimed.connection;
        let opened = match self.open(connection, claimed.key_serial).await {
            Ok(opened) => opened,
            Err(error) => {
                return self.report(Event::Failed {
                    subscription: None,
                    error,
                });
            }
        };
        let channel = self.fleet.database.channel();
        let target = self.target(&channel);
        let span = tracing::info_span!("reconcile", connection);
        let reconciled = reconcile::run(&rules, &target, &claimed, &opened)
            .instrument(span)
            .await;
        match reconciled {
            reconcile::Reconciled::Delivered(delivered) => self.report(Event::Reconciled {
                connection,
                delivered,
            }),
            reconcile::Reconciled::Fenced => {}
            reconcile::Reconciled::Failed(error) => self.report(Event::Failed {
                subscription: None,
                error,
            }),
        }
    }

    /// Forgets the opened connections that were removed or had their key replaced.
    async fn forget_stale(&self) -> Result<(), Error> {
        let serials = connections::serials(&self.fleet.pool, &self.fleet.metrics).await?;
        self.cache()
            .retain(|id, opened| serials.get(id) == Some(&opened.key_serial));
        Ok(())
    }

    /// Claims at most `free` subscriptions and starts polling them; how long to wait before
    /// claiming again if no poll ends first.
    async fn claim_into(self: &Arc<Self>, polls: &mut JoinSet<bool>, free: usize) -> Duration {
        let leases = lease::claim(
            &self.fleet.pool,
            &self.fleet.metrics,
            &self.settings.name,
            free,
            self.settings.lease,
        );
        let span = tracing::info_span!("claim", worker = %self.settings.name, free);
        match leases.instrument(span).await {
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
        let next = lease::next_due(&self.fleet.pool, &self.fleet.metrics).await;
        self.at_most_idle(next)
    }

    /// The wait until `next` (none: nothing is due ever), at most [`IDLE`]; [`IDLE`] after
    /// reporting a failure to read it.
    fn at_most_idle(&self, next: Result<Option<Duration>, Error>) -> Duration {
        match next {
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
        let opened = match self.open(lease.connection, lease.key_serial).await {
            Ok(opened) => opened,
            Err(error) => {
                self.report(Event::Failed {
                    subscription: Some(subscription),
                    error,
                });
                return false;
            }
        };
        let interval = match lease.webhooks {
            true => self.settings.poll_with_webhooks,
            false => self.settings.interval,
        };
        let rules = Rules {
            calls: self.settings.slice,
            lease: self.settings.lease,
            interval,
            backoff: self.settings.backoff,
            abandon_after: self.settings.lease * ABANDON_AFTER_LEASES,
        };
        let channel = self.fleet.database.channel();
        let target = self.target(&channel);
        let report = |event: Event| self.report(event);
        let span = tracing::info_span!("poll", subscription, trigger = lease.trigger.name());
        let slice = slice::run(&rules, &target, lease, &opened, &report);
        match slice.instrument(span).await {
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

    /// The connection with id `connection`, opened once per worker and again when its key was
    /// replaced (its current key is `key_serial`). The cache's lock is held only to look up and
    /// to store, never while the row is read or the key unsealed: two polls may then open the
    /// same connection at once, and the newer key stays.
    async fn open(&self, connection: i64, key_serial: i32) -> Result<Opened, Error> {
        let cached = self.cache().get(&connection).cloned();
        if let Some(opened) = cached
            && opened.key_serial >= key_serial
        {
            return Ok(opened);
        }
        let opened =
            connections::open(&self.fleet.pool, &self.fleet.metrics, &self.kek, connection).await?;
        let mut cache = self.cache();
        let kept = cache.entry(connection).or_insert_with(|| opened.clone());
        if kept.key_serial < opened.key_serial {
            *kept = opened.clone();
        }
        Ok(opened)
    }

    /// Where this worker's commits go, announced on `channel`.
    fn target<'a>(&'a self, channel: &'a str) -> Target<'a> {
        Target {
            pool: &self.fleet.pool,
            metrics: &self.fleet.metrics,
            worker: &self.settings.name,
            channel,
        }
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Opened>> {
        self.connections.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn report(&self, event: Event) {
        self.fleet.metrics.event(&event);
        (self.on_event)(&event);
    }
}
