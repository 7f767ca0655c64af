//! `fleet worker`: one worker of the fleet until Ctrl-C or SIGTERM, a line on stderr for each
//! commit that delivered, each fenced poll and each failure.
//!
//! For crash tests, `STRIPE_CONNECTOR_PAUSE_AFTER=acknowledged:N` parks the worker right after
//! its Nth commit (see [`pause`](crate::pause)), so that a test can kill it at that instant.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use clap::Args;
use stripe_connector::connector;
use stripe_connector_fleet::{
    Backoff, Event, Fleet, KeyEncryptionKey, SLICE_CALLS, Worker, WorkerSettings,
};

use super::parse_seconds;
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
    /// delays its subscriptions by at most this.
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
}

/// Runs a worker until Ctrl-C or SIGTERM; the polls under way commit before it exits.
pub async fn run(fleet: Fleet, args: WorkerArgs) -> Result<(), Failure> {
    let kek = KeyEncryptionKey::from_env()?;
    fleet.check_kek(&kek).await?;
    let name = args.name.unwrap_or_else(default_name);
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
    };
    let pauses = Mutex::new(Pauses::from_env());
    let reporter = name.clone();
    let on_event = Arc::new(move |event: &Event| {
        report(&reporter, event);
        if matches!(event, Event::Committed { .. }) {
            pauses
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .reached(Point::Acknowledged);
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
    }
}

/// A future that completes on Ctrl-C (SIGINT) or SIGTERM. The handlers are installed now, not
/// when the future is first polled, so that a signal that comes early still stops the worker
/// gently instead of killing it.
#[cfg(unix)]
fn stopped() -> impl Future<Output = ()> {
    use tokio::signal::unix::{SignalKind, signal};
    let interrupt = signal(SignalKind::interrupt());
    let terminate = signal(SignalKind::terminate());
    async move {
        match (interrupt, terminate) {
            (Ok(mut interrupt), Ok(mut terminate)) => tokio::select! {
                _ = interrupt.recv() => {}
                _ = terminate.recv() => {}
            },
            _ => drop(tokio::signal::ctrl_c().await),
        }
    }
}

/// A future that completes on Ctrl-C.
#[cfg(not(unix))]
fn stopped() -> impl Future<Output = ()> {
    async {
        drop(tokio::signal::ctrl_c().await);
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
