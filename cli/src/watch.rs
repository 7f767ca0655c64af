//! `watch`: a trigger run through [`Watch`] until Ctrl-C, handing each batch over to stdout (one
//! JSON line per object, at least once) or, with the `sqlite` feature, into a SQLite database
//! (`--into`, exactly once).
//!
//! On stdout a batch is printed and flushed before it is acknowledged, so a crash repeats at
//! most that batch and loses nothing; a closed stdout (EPIPE) ends the watch without
//! acknowledging. Into a database the batch and the checkpoint commit in one transaction.

use std::io;
use std::path::Path;
#[cfg(feature = "sqlite")]
use std::path::PathBuf;
use std::pin::pin;
use std::time::Duration;

use serde::Serialize;
use stripe_connector::metadata::Trigger;
use stripe_connector::{Connection, Error, FileStore, MemoryStore, Start, Watch};
#[cfg(feature = "sqlite")]
use stripe_connector_sqlite::SqliteSink;

use crate::args::WatchArgs;
use crate::fail::Failure;
use crate::generated::with_trigger;
use crate::output;
use crate::pause::{Pauses, Point};

/// Runs the trigger `args` names until Ctrl-C or an error that retrying cannot fix.
pub async fn run(stripe: Connection, args: WatchArgs) -> Result<(), Failure> {
    with_trigger!(args.trigger, |T| watch::<T>(stripe, &args).await)
}

/// Where the batches go.
enum Sink {
    /// One JSON line per object on stdout.
    Stdout,
    /// Rows of the SQLite database at the path, which also holds the checkpoint.
    #[cfg(feature = "sqlite")]
    Database(SqliteSink, PathBuf),
}

/// A watch of `T` with its sink and its checkpoint, run until Ctrl-C.
async fn watch<T: Trigger>(stripe: Connection, args: &WatchArgs) -> Result<(), Failure>
where
    T::Item: Serialize,
{
    #[cfg(feature = "sqlite")]
    if let Some(path) = &args.into {
        let database = SqliteSink::open(path, T::INFO.name).map_err(local)?;
        let watch = Watch::<T>::new(stripe, database.clone());
        return start(watch, &Sink::Database(database, path.clone()), args).await;
    }
    let watch = match &args.state {
        Some(path) => Watch::<T>::new(stripe, FileStore::open(path).map_err(local)?),
        None => Watch::<T>::new(stripe, MemoryStore::default()),
    };
    start(watch, &Sink::Stdout, args).await
}

/// Sets `watch`'s interval and start from `args`, and streams it into `sink`.
async fn start<T: Trigger>(watch: Watch<T>, sink: &Sink, args: &WatchArgs) -> Result<(), Failure>
where
    T::Item: Serialize,
{
    let watch = watch
        .interval(Duration::from_secs(args.interval))
        .start(args.from);
    stream(watch, sink, args).await
}

/// Hands each batch over as it comes, with a progress line per batch, until Ctrl-C.
async fn stream<T: Trigger>(
    mut watch: Watch<T>,
    sink: &Sink,
    args: &WatchArgs,
) -> Result<(), Failure>
where
    T::Item: Serialize,
{
    let name = args.trigger.as_str();
    announce(sink, args);
    let mut stop = pin!(tokio::signal::ctrl_c());
    let mut pauses = Pauses::from_env();
    let mut delivered: u64 = 0;
    loop {
        let batch = tokio::select! {
            biased;
            signal = &mut stop => {
                signal.map_err(|e| Failure::Local(format!("cannot wait for Ctrl-C: {e}")))?;
                farewell(name, delivered, sink, args);
                return Ok(());
            }
            batch = watch.next_batch() => batch,
        };
        let handed = match batch {
            Ok(batch) => hand_over(&mut watch, sink, &batch, &mut pauses).await?,
            Err(error) => Err(error),
        };
        match handed {
            Ok(Some(count)) => {
                delivered += count as u64;
                eprintln!("watch {name}: delivered {delivered} so far");
            }
            Ok(None) => {
                eprintln!(
                    "watch {name}: standard output was closed; stopped without acknowledging \
                     the last batch, which comes again next time"
                );
                return Ok(());
            }
            Err(error) if error.is_transient() => {
                eprintln!(
                    "watch {name}: {error}; polling again in {} s",
                    args.interval
                );
            }
            Err(error) => return Err(error.into()),
        }
    }
}

/// Hands `batch` over to `sink` and acknowledges it: how many objects were handed over, or
/// `None` when stdout was closed before the batch could be printed whole.
async fn hand_over<T: Trigger>(
    watch: &mut Watch<T>,
    sink: &Sink,
    batch: &[T::Item],
    pauses: &mut Pauses,
) -> Result<Result<Option<usize>, Error>, Failure>
where
    T::Item: Serialize,
{
    let acknowledged = match sink {
        Sink::Stdout => {
            match output::print_lines(batch) {
                Ok(()) => {}
                Err(error) if error.kind() == io::ErrorKind::BrokenPipe => return Ok(Ok(None)),
                Err(error) => {
                    return Err(Failure::Local(format!(
                        "cannot write to standard output: {error}"
                    )));
                }
            }
            pauses.reached(Point::Printed);
            watch.ack().await.map(|()| batch.len())
        }
        #[cfg(feature = "sqlite")]
        Sink::Database(database, _) => database.write(watch, batch).await,
    };
    if acknowledged.is_ok() {
        pauses.reached(Point::Acknowledged);
    }
    Ok(acknowledged.map(Some))
}

/// A local failure: the state file, the database.
fn local(error: io::Error) -> Failure {
    Failure::Local(error.to_string())
}

/// Says on stderr what is being watched, from where, into `sink`, and how to stop.
fn announce(sink: &Sink, args: &WatchArgs) {
    let info = args.trigger.info();
    let from = match args.from {
        Start::Now => "objects added from now on".to_string(),
        Start::Beginning => "every object, oldest first".to_string(),
        Start::At(time) => format!("objects created at or after {time}"),
    };
    let resume = match (sink, &args.state) {
        #[cfg(feature = "sqlite")]
        (Sink::Database(_, path), _) => format!(
            "exactly once into the table `objects` of {}, with its checkpoint",
            path.display()
        ),
        (Sink::Stdout, Some(path)) => {
            format!("at least once to stdout; checkpoint in {}", path.display())
        }
        (Sink::Stdout, None) => {
            "at least once to stdout; checkpoint in memory only (add --state FILE to resume \
             later)"
                .to_string()
        }
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
fn farewell(name: &str, delivered: u64, sink: &Sink, args: &WatchArgs) {
    let resume = |flag: &str, path: &Path| {
        eprintln!(
            "watch {name}: stopped after {delivered} objects; run again with {flag} {} to \
             resume after the last one delivered",
            path.display()
        );
    };
    match (sink, &args.state) {
        #[cfg(feature = "sqlite")]
        (Sink::Database(_, path), _) => resume("--into", path),
        (Sink::Stdout, Some(path)) => resume("--state", path),
        (Sink::Stdout, None) => eprintln!("watch {name}: stopped after {delivered} objects"),
    }
}
