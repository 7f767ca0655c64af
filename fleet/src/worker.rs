//! [`Worker`]: one process's share of the fleet's work. It claims due subscriptions, polls each
//! with its checkpoint, and commits the new objects with the new checkpoint; any number of
//! workers, on any number of hosts, share the subscriptions through their leases.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use stripe_connector::{Connection, connector};
use tokio::sync::Mutex;
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::commit::{self, Committed};
use crate::lease::{self, Lease};
use crate::{Error, Fleet, KeyEncryptionKey, connections};

/// The longest a worker with nothing to do waits before looking for work again: how soon it
/// notices a new subscription.
const IDLE: Duration = Duration::from_secs(1);

/// After how many leases' time a poll still running is abandoned: by then another worker has
/// most likely taken its subscription over, and its commit would be refused anyway.
pub const ABANDON_AFTER_LEASES: u32 = 4;

/// How a worker paces its work.
#[derive(Clone, Debug)]
pub struct WorkerSettings {
    /// The name its leases and deliveries carry.
    pub name: String,
    /// How many subscriptions it polls at once.
    pub concurrency: usize,
    /// How long after a poll that caught up the next one is due (120 s, from the spec), and
    /// how long after a failed one.
    pub interval: Duration,
    /// How long a claim lasts: a worker that dies holding one delays its subscription by at
    /// most this. A poll that outlasts its lease still commits if no other worker has claimed
    /// the subscription since (the lease's token says so); one that outlasts
    /// [`ABANDON_AFTER_LEASES`] leases is abandoned.
    pub lease: Duration,
}

impl WorkerSettings {
    /// The spec's interval, 16 polls at once, a lease of 120 s, named `name`.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            concurrency: 16,
            interval: connector::POLL_INTERVAL,
            lease: Duration::from_secs(120),
        }
    }
}

/// Something a worker did, for its caller to report.
#[derive(Debug)]
pub enum Event {
    /// A poll of `subscription` committed.
    Committed {
        /// The subscription polled.
        subscription: i64,
        /// How many objects it delivered.
        delivered: usize,
    },
    /// A poll of `subscription` found its lease taken over: it wrote nothing.
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
    connections: Mutex<HashMap<i64, Connection>>,
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
    /// due again at once, one caught up after the interval.
    pub async fn run(self: Arc<Self>, stop: impl Future<Output = ()>) {
        let mut stop = std::pin::pin!(stop);
        let mut polls = JoinSet::new();
        let concurrency = self.settings.concurrency.max(1);
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
            if free > 0 && Instant::now() >= claim_at {
                claim_at = Instant::now() + self.claim_into(&mut polls, free).await;
            }
            let free = concurrency - polls.len();
            tokio::select! {
                biased;
                () = &mut stop => break,
                Some(ended) = polls.join_next(), if !polls.is_empty() => {
                    if ended.unwrap_or(false) {
                        claim_at = Instant::now();
                    }
                }
                () = tokio::time::sleep_until(claim_at), if free > 0 => {}
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

    /// Polls the subscription under `lease` and commits what it found, or releases it;
    /// returns whether the subscription is due again at once (it has a backlog).
    async fn serve(self: Arc<Self>, lease: Lease) -> bool {
        let subscription = lease.subscription;
        let (event, backlog) = match self.poll_and_commit(&lease).await {
            Ok((Committed::Written { delivered }, caught_up)) => (
                Event::Committed {
                    subscription,
                    delivered,
                },
                !caught_up,
            ),
            Ok((Committed::Fenced, _)) => (Event::Fenced { subscription }, false),
            Err(error) => (self.release(&lease, error).await, false),
        };
        self.report(event);
        backlog
    }

    /// Releases `lease` after its poll failed with `error`, reports the failure, and returns
    /// what else there is to report: that the lease was taken over, or that the release failed.
    async fn release(&self, lease: &Lease, error: Error) -> Event {
        let subscription = Some(lease.subscription);
        let message = error.to_string();
        let released = commit::release(&self.fleet.pool, lease, self.settings.interval, &message);
        let released = released.await;
        match released {
            Ok(true) => Event::Failed {
                subscription,
                error,
            },
            Ok(false) => {
                self.report(Event::Failed {
                    subscription,
                    error,
                });
                Event::Fenced {
                    subscription: lease.subscription,
                }
            }
            Err(release_error) => {
                self.report(Event::Failed {
                    subscription,
                    error,
                });
                Event::Failed {
                    subscription,
                    error: release_error,
                }
            }
        }
    }

    /// One poll under `lease`, abandoned after [`ABANDON_AFTER_LEASES`] leases, then its
    /// commit; and whether the poll caught up.
    async fn poll_and_commit(&self, lease: &Lease) -> Result<(Committed, bool), Error> {
        let stripe = self.connection(lease.connection).await?;
        let poll = lease.trigger.poll(&stripe, lease.state.as_ref());
        let limit = self.settings.lease * ABANDON_AFTER_LEASES;
        let found = tokio::time::timeout(limit, poll).await.map_err(|_| {
            Error::Input(format!(
                "the poll took longer than {ABANDON_AFTER_LEASES} leases ({limit:?}); lengthen the lease"
            ))
        })??;
        let caught_up = found.caught_up;
        let next = match caught_up {
            true => self.settings.interval,
            false => Duration::ZERO,
        };
        let channel = self.fleet.database.channel();
        commit::commit(
            &self.fleet.pool,
            lease,
            found,
            &self.settings.name,
            next,
            &channel,
        )
        .await
        .map(|committed| (committed, caught_up))
    }

    /// The connection with id `id`, opened once per worker.
    async fn connection(&self, id: i64) -> Result<Connection, Error> {
        let mut cache = self.connections.lock().await;
        if let Some(connection) = cache.get(&id) {
            return Ok(connection.clone());
        }
        let connection = connections::open(&self.fleet.pool, &self.kek, id).await?;
        cache.insert(id, connection.clone());
        Ok(connection)
    }

    fn report(&self, event: Event) {
        (self.on_event)(&event);
    }
}
