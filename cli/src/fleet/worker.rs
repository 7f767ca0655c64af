//! `fleet worker`: one worker of the fleet until Ctrl-C or SIGTERM, a line on stderr for each
//! commit that delivered, each fenced poll and each failure.
//!
//! For crash tests, `STRIPE_CONNECTOR_PAUSE_AFTER=acknowledged:N` parks the worker right after
//! its Nth commit (see [`pause`](crate::pause)), a poll's, a reconciliation's or a webhook's
//! (before the webhook is answered), so that a test can kill it at that instant.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use clap::Args;
use stripe_connector::connector;
use stripe_connector_fleet::{
    Backoff, Event, Fleet, Inbox, KeyEncryptionKey, SLICE_CALLS, Worker, WorkerSettings,
};

use super::{metrics, parse_seconds, stopped, webhooks};
use crate::fail::Failure;
use crate::pause::{Pauses, Point};

/// `fleet worker`'s arguments.
#[derive(Args, Debug)]
pub struct WorkerArgs {
    /// The name its leases and deliveries carry (by default this host and process).
    #[arg(long)]
    pub name: Option<String>,
    /// How many subscriptions it polls at once.
    #[arg(long, value_name = "N", default_value_t = 16)]
    pub concurrency: usize,
    /// Seconds between polls of a subscription once caught up (the connector's 120 by default).
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds, default_value = "120")]
    pub interval: Duration,
    /// Seconds a claim lasts, renewed while its calls succeed: a worker that dies or freezes
    /// delays its subscriptions by at most this. It must outlast one poll step: one Stripe
    /// call with its retries plus its wait for a slot under the connection's throttle (a step
    /// still running after 4 leases is abandoned).
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds, default_value = "120")]
    pub lease: Duration,
    /// Stripe calls one claim covers at most; a subscription with a backlog then goes back in
    /// the queue behind the others due, so that a long drain never starves them.
    #[arg(long, value_name = "CALLS", default_value_t = SLICE_CALLS, value_parser = clap::value_parser!(u32).range(1..))]
    pub slice: u32,
    /// Seconds the longest wait after failed polls lasts (the wait doubles with each failure
    /// in a row, from one second).
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds, default_value = "600")]
    pub max_backoff: Duration,
    /// Seconds deliveries every consumer acknowledged are kept before the workers delete them,
    /// in batches of 1,000 rows (a day by default).
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds, default_value = "86400")]
    pub retention: Duration,
    /// Serve the worker's metrics in Prometheus' text format at http://ADDRESS/metrics, such
    /// as 127.0.0.1:9464 (port 0 picks a free one; the address is printed on stderr).
    #[arg(long, value_name = "ADDRESS")]
    pub metrics: Option<SocketAddr>,
    /// Receive the webhooks of every connection with an endpoint (`fleet add-endpoint`) at
    /// http://ADDRESS/<connection>, such as 127.0.0.1:8080 (port 0 picks a free one; the
    /// address is printed on stderr). Put a proxy or a tunnel in front for Stripe's servers.
    #[arg(long, value_name = "ADDRESS")]
    pub webhooks: Option<SocketAddr>,
    /// Seconds between two reconciliations of the events of a connection with an endpoint:
    /// one `/v1/events` read for all of its triggers, which delivers what the webhooks missed.
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds, default_value = "60")]
    pub reconcile: Duration,
    /// Seconds between polls of the lists of a connection with an endpoint, once caught up,
    /// instead of --interval: they find what no event tells any more (Stripe keeps events 30
    /// days).
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds, default_value = "3600")]
    pub poll_with_webhooks: Duration,
}

/// Runs a worker until Ctrl-C or SIGTERM; the polls under way commit before it exits.
pub async fn run(fleet: Fleet, args: WorkerArgs) -> Result<(), Failure> {
    let kek = KeyEncryptionKey::from_env()?;
    fleet.check_kek(&kek).await?;
    let name = args.name.clone().unwrap_or_else(default_name);
    let _metrics = match args.metrics {
        Some(address) => Some(metrics::serve(fleet.clone(), address, &name).await?),
        None => None,
    };
    // Every commit counts towards a pause: a poll's, a reconciliation's, a webhook's.
    let pauses = Arc::new(Mutex::new(Pauses::from_env()));
    let committed = move || {
        pauses
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .reached(Point::Acknowledged);
    };
    let _webhooks = match args.webhooks {
        Some(address) => {
            let inbox = Inbox::new(fleet.clone(), kek.clone(), name.clone());
            let committed = Arc::new(committed.clone());
            Some(webhooks::serve(inbox, address, &name, committed).await?)
        }
        None => None,
    };
    eprintln!(
        "fleet worker {name}: polling every {:?} once caught up (the spec's is {:?}), leases of \
         {:?}, {} at once; Ctrl-C or SIGTERM stops after the polls under way",
        args.interval,
        connector::POLL_INTERVAL,
        args.lease,
        args.concurrency
    );
    let settings = WorkerSettings {
        name: name.clone(),
        concurrency: args.concurrency,
        interval: args.interval,
        lease: args.lease,
        slice: args.slice,
        backoff: Backoff {
            max: args.max_backoff,
            ..Backoff::default()
        },
        retention: args.retention,
        reconcile: args.reconcile,
        poll_with_webhooks: args.poll_with_webhooks,
        ..WorkerSettings::new(name.clone())
    };
    let reporter = name.clone();
    let on_event = Arc::new(move |event: &Event| {
        report(&reporter, event);
        if matches!(event, Event::Committed { .. } | Event::Reconciled { .. }) {
            committed();
        }
    });
    Worker::new(fleet, kek, settings, on_event)
        .run(stopped())
        .await;
    eprintln!("fleet worker {name}: stopped");
    Ok(())
}

/// Says what happened on stderr; polls that found nothing go unsaid.
fn report(name: &str, event: &Event) {
    match event {
        Event::Committed { delivered: 0, .. } => {}
        Event::Committed {
            subscription,
            delivered,
        } => {
            eprintln!("fleet worker {name}: subscription {subscription}: delivered {delivered}");
        }
        Event::Reconciled { delivered: 0, .. } => {}
        Event::Reconciled {
            connection,
            delivered,
        } => eprintln!(
            "fleet worker {name}: connection {connection}: the reconciliation of its events \
             delivered {delivered} that webhooks missed"
        ),
        Event::Pruned(pruned) => eprintln!(
            "fleet worker {name}: pruned {} acknowledged deliveries in {} batches",
            pruned.deleted, pruned.batches
        ),
        Event::Fenced { subscription } => eprintln!(
            "fleet worker {name}: subscription {subscription}: fenced: another worker took it \
             over while this one polled; nothing was written"
        ),
        Event::Failed {
            subscription: Some(subscription),
            error,
        } => {
            eprintln!(
                "fleet worker {name}: subscription {subscription}: {error}; polling again later"
            );
        }
        Event::Failed {
            subscription: None,
            error,
        } => {
            eprintln!("fleet worker {name}: {error}; trying again");
        }
        other => eprintln!("fleet worker {name}: {other:?}"),
    }
}

/// This host's name and this process's id.
fn default_name() -> String {
    let host = std::fs::read_to_string("/etc/hostname").unwrap_or_default();
    let host = match host.trim() {
        "" => "worker",
        host => host,
    };
    format!("{host}-{}", std::process::id())
}
