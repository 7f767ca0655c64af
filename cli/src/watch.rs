//! `watch`: a trigger run through [`Watch`], one JSON line per new object on stdout, until
//! Ctrl-C. Watch saves the checkpoint before it hands a batch over, so stopping between batches
//! never loses or repeats an object.

use std::path::Path;
use std::pin::pin;
use std::time::Duration;

use serde::Serialize;
use stripe_connector::metadata::Trigger;
use stripe_connector::{Connection, FileStore, MemoryStore, Start, Watch, triggers};

use crate::args::{TriggerName, WatchArgs};
use crate::fail::{Failure, is_transient};
use crate::output;

/// Runs the trigger `args` names until Ctrl-C or an error that retrying cannot fix.
pub async fn run(stripe: Connection, args: WatchArgs) -> Result<(), Failure> {
    match args.trigger {
        TriggerName::Order => with_store::<triggers::OnNewOrder>(stripe, &args).await,
        TriggerName::Charge => with_store::<triggers::OnNewCharge>(stripe, &args).await,
        TriggerName::InvoiceItem => with_store::<triggers::OnNewInvoiceItem>(stripe, &args).await,
        TriggerName::Customer => with_store::<triggers::OnNewCustomer>(stripe, &args).await,
    }
}

/// A watch of `T` that keeps its checkpoint in `--state`, or in memory.
async fn with_store<T: Trigger>(stripe: Connection, args: &WatchArgs) -> Result<(), Failure>
where
    T::Item: Serialize,
{
    match &args.state {
        Some(path) => stream(Watch::<T>::new(stripe, FileStore::new(path)), args).await,
        None => stream(Watch::<T>::new(stripe, MemoryStore::default()), args).await,
    }
}

/// Prints each batch as it comes, and a progress line per batch, until Ctrl-C.
async fn stream<T: Trigger>(watch: Watch<T>, args: &WatchArgs) -> Result<(), Failure>
where
    T::Item: Serialize,
{
    let interval = Duration::from_secs(args.interval);
    let mut watch = watch.interval(interval).start(args.from);
    let name = args.trigger.as_str();
    announce(args);
    let mut stop = pin!(tokio::signal::ctrl_c());
    let mut delivered: u64 = 0;
    loop {
        tokio::select! {
            biased;
            signal = &mut stop => {
                signal.map_err(|e| Failure::Local(format!("cannot wait for Ctrl-C: {e}")))?;
                farewell(name, delivered, args.state.as_deref());
                return Ok(());
            }
            batch = watch.next_batch() => match batch {
                Ok(items) => {
                    output::print_lines(&items)?;
                    delivered += items.len() as u64;
                    eprintln!("watch {name}: delivered {delivered} so far");
                }
                Err(error) if is_transient(&error) => {
                    eprintln!("watch {name}: {error}; polling again in {} s", args.interval);
                }
                Err(error) => return Err(error.into()),
            }
        }
    }
}

/// Says on stderr what is being watched, from where, and how to stop.
fn announce(args: &WatchArgs) {
    let info = args.trigger.info();
    let from = match args.from {
        Start::Now => "objects added from now on".to_string(),
        Start::Beginning => "every object, oldest first".to_string(),
        Start::At(time) => format!("objects created at or after {time}"),
    };
    let resume = match &args.state {
        Some(path) => format!("checkpoint in {}", path.display()),
        None => "checkpoint in memory only (add --state FILE to resume later)".to_string(),
    };
    eprintln!(
        "watch {}: {} ({}); without a checkpoint, starting with {from}; {resume}; polling every \
         {} s once caught up; Ctrl-C stops safely",
        args.trigger.as_str(),
        info.summary,
        info.path,
        args.interval
    );
}

/// Says on stderr that the watch stopped, and how to resume it.
fn farewell(name: &str, delivered: u64, state: Option<&Path>) {
    match state {
        Some(path) => eprintln!(
            "watch {name}: stopped after {delivered} objects; run again with --state {} to \
             resume after the last one printed",
            path.display()
        ),
        None => eprintln!("watch {name}: stopped after {delivered} objects"),
    }
}
