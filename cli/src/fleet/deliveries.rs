//! `fleet deliveries`: a consumer's unacknowledged deliveries on stdout, one JSON line each,
//! acknowledged once printed and flushed (at least once: a crash in between prints them again);
//! with `--follow`, new ones as their commits announce them, until Ctrl-C or SIGTERM.

use std::time::Duration;

use clap::Args;
use serde::Serialize;
use serde_json::Value;
use stripe_connector_fleet::{Consumer, Delivery, Fleet};

use crate::fail::Failure;
use crate::output;

/// How often a follower checks the table even without a notification.
const RECHECK: Duration = Duration::from_secs(30);

/// The most deliveries printed and acknowledged at once.
const BATCH: usize = 500;

/// `fleet deliveries`' arguments.
#[derive(Args, Debug)]
pub struct DeliveriesArgs {
    /// The consumer whose cursor moves: each consumer sees every delivery once.
    #[arg(long, default_value = "stripe-connector")]
    pub consumer: String,
    /// Only this subscription's deliveries.
    #[arg(long, value_name = "ID")]
    pub subscription: Option<i64>,
    /// Keep waiting for new deliveries until Ctrl-C or SIGTERM.
    #[arg(long)]
    pub follow: bool,
}

/// One line of output.
#[derive(Serialize)]
struct Line<'a> {
    subscription: i64,
    position: i64,
    connection: &'a str,
    trigger: &'static str,
    object: &'a Value,
}

/// Prints and acknowledges, until none are left (or, following, until Ctrl-C or SIGTERM).
pub async fn run(fleet: Fleet, args: DeliveriesArgs) -> Result<(), Failure> {
    let consumer = Consumer::new(fleet, &args.consumer, args.subscription);
    if args.follow {
        let stop = super::stopped();
        let follow = consumer.follow(BATCH, RECHECK, |batch| async move { print(&batch) });
        return tokio::select! {
            followed = follow => followed,
            () = stop => Ok(()),
        };
    }
    loop {
        let batch = consumer.next_batch(BATCH).await?;
        if batch.is_empty() {
            return Ok(());
        }
        print(&batch)?;
        consumer.ack(&batch).await?;
    }
}

/// Prints `batch`, one JSON line per delivery, and flushes.
fn print(batch: &[Delivery]) -> Result<(), Failure> {
    let lines: Vec<Line> = batch
        .iter()
        .map(|d| Line {
            subscription: d.subscription,
            position: d.position,
            connection: &d.connection,
            trigger: d.trigger.name(),
            object: &d.object,
        })
        .collect();
    output::print_lines(&lines)
        .map_err(|e| Failure::Local(format!("cannot write to standard output: {e}")))
}
