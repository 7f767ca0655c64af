//! One lease's work on one subscription, a slice: poll steps of one Stripe call each, their
//! objects and checkpoint committed in batches that also renew the lease (and after every call
//! of a search for the oldest second, which delivers nothing but must never be made twice:
//! a worker killed mid-search costs the next one no call again), until the
//! subscription is caught up, the slice's calls are spent (it goes back in the queue, behind
//! every subscription that fell due before), the lease is lost, or a call fails.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use stripe_connector::PollState;
use tracing::Instrument;

use crate::commit::{self, Committed, Target, Then};
use crate::connections::{self, Opened};
use crate::lease::{Held, Lease};
use crate::limiter::PollLimiter;
use stripe_connector::JsonObject;

use crate::trigger::Found;
use crate::worker::Event;
use crate::{Backoff, Error};

/// Each step of a slice makes one list call, so that its progress can be saved after any call.
const ONE_CALL: NonZeroU32 = NonZeroU32::MIN;

/// How a worker's slices go.
pub(crate) struct Rules {
    /// How many calls a slice makes at most.
    pub(crate) calls: u32,
    /// How long a lease lasts, and a renewal.
    pub(crate) lease: Duration,
    /// When the next poll is due once caught up.
    pub(crate) interval: Duration,
    /// When the next poll is due after a failure.
    pub(crate) backoff: Backoff,
    /// How long one step may take before it is abandoned.
    pub(crate) abandon_after: Duration,
}

/// How a slice ended.
pub(crate) enum Ended {
    /// Its progress is committed and the lease released; `backlog` when the subscription is due
    /// again at once.
    Released {
        /// Whether objects are waiting.
        backlog: bool,
    },
    /// Another worker took the subscription over: nothing more was written.
    Fenced,
    /// A call failed; what was found before it is committed, and the subscription backs off.
    Failed(Error),
}

/// A slice of `lease` on connection `opened`: committed to `target`, each commit reported to
/// `report`.
pub(crate) async fn run(
    rules: &Rules,
    target: &Target<'_>,
    lease: Lease,
    opened: &Opened,
    report: &(dyn Fn(Event) + Sync),
) -> Ended {
    let held = Arc::new(Held::new(&lease, rules.lease));
    let limiter = PollLimiter::new(held.clone(), opened.throttle.clone(), lease.first_slot);
    let stripe = opened.stripe.with_limiter(Arc::new(limiter));
    let mut slice = Slice {
        rules,
        target,
        held: &held,
        lease: &lease,
        state: lease.state.clone(),
        batch: Vec::new(),
        report,
    };
    let mut calls = 0;
    loop {
        calls += 1;
        target.metrics.poll();
        let searched = slice.searching();
        let step = lease.trigger.poll(&stripe, slice.state.as_ref(), ONE_CALL);
        let found = match tokio::time::timeout(rules.abandon_after, step).await {
            Ok(Ok(found)) => found,
            Ok(Err(error)) => return slice.fail(error, opened).await,
            Err(_) => {
                let error = Error::Input(format!(
                    "a call took longer than {:?}; lengthen the lease",
                    rules.abandon_after
                ));
                return slice.fail(error, opened).await;
            }
        };
        held.progressed();
        let caught_up = found.caught_up;
        slice.add(found);
        let searching = searched || slice.searching();
        let then = if caught_up {
            Then::Release {
                due_in: rules.interval,
                failure: None,
            }
        } else if calls >= rules.calls {
            Then::Release {
                due_in: Duration::ZERO,
                failure: None,
            }
        } else if searching || held.left() < rules.lease * 2 / 3 {
            Then::Keep
        } else {
            continue;
        };
        match slice.commit(then).await {
            Ok(Committed::Kept) => {}
            Ok(Committed::Released) => {
                return Ended::Released {
                    backlog: !caught_up,
                };
            }
            Ok(Committed::Fenced) => return Ended::Fenced,
            Err(error) => return Ended::Failed(error),
        }
    }
}

/// A slice under way: what it found and has not committed yet.
struct Slice<'a> {
    rules: &'a Rules,
    target: &'a Target<'a>,
    held: &'a Held,
    lease: &'a Lease,
    state: Option<PollState>,
    batch: Vec<JsonObject>,
    report: &'a (dyn Fn(Event) + Sync),
}

impl Slice<'_> {
    /// Whether the subscription's state is in the middle of a search for the oldest second.
    fn searching(&self) -> bool {
        self.state.as_ref().is_some_and(PollState::is_searching)
    }

    fn add(&mut self, found: Found) {
        self.batch.extend(found.items);
        self.state = Some(found.state);
    }

    /// Commits the batch and the state, then does `then` with the lease.
    async fn commit(&mut self, then: Then<'_>) -> Result<Committed, Error> {
        let objects = std::mem::take(&mut self.batch);
        let state = self.state.as_ref();
        let subscription = self.lease.subscription;
        let span = tracing::info_span!("commit", subscription, objects = objects.len());
        let (committed, delivered) = commit::commit(self.target, self.held, objects, state, then)
            .instrument(span)
            .await?;
        (self.report)(match committed {
            Committed::Fenced => Event::Fenced { subscription },
            _ => Event::Committed {
                subscription,
                delivered,
            },
        });
        Ok(committed)
    }

    /// Ends the slice after `error`: commits what was found before it, and backs off, parks
    /// the connection (Stripe refused its key) or lets the subscription be taken at once (the
    /// lease was lost, so the call was never sent).
    async fn fail(mut self, error: Error, opened: &Opened) -> Ended {
        let message = error.to_string();
        let due_in = match &error {
            Error::Stripe(stripe_connector::Error::NotSent(_)) => {
                return match self.commit(released_now()).await {
                    Ok(Committed::Fenced) => Ended::Fenced,
                    Ok(_) => Ended::Released { backlog: true },
                    Err(error) => Ended::Failed(error),
                };
            }
            Error::Stripe(e) if e.status() == Some(401) => {
                let why = format!(
                    "Stripe refused the key ({message}); replace it with `fleet replace-key`"
                );
                let parked = connections::park(
                    self.target.pool,
                    self.target.metrics,
                    self.lease.connection,
                    opened.key_serial,
                    &why,
                );
                if let Err(park_error) = parked.await {
                    return Ended::Failed(park_error);
                }
                Duration::ZERO
            }
            _ => self
                .rules
                .backoff
                .after(self.lease.failures.saturating_add(1)),
        };
        let then = Then::Release {
            due_in,
            failure: Some(&message),
        };
        match self.commit(then).await {
            Ok(Committed::Fenced) => Ended::Fenced,
            Ok(_) => Ended::Failed(error),
            Err(commit_error) => {
                (self.report)(Event::Failed {
                    subscription: Some(self.lease.subscription),
                    error,
                });
                Ended::Failed(commit_error)
            }
        }
    }
}

/// Releases the lease, the subscription due at once, without a failure.
fn released_now() -> Then<'static> {
    Then::Release {
        due_in: Duration::ZERO,
        failure: None,
    }
}
