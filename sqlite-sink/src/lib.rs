//! Exactly-once delivery of a trigger of the Stripe connector into a SQLite database.
//!
//! A [`SqliteSink`] writes each batch a [`Watch`] hands over and the watch's new checkpoint in
//! one transaction: a process killed at any instant leaves either both or neither, so the
//! table holds every object once, with no gap and no repeat, however often the watch is
//! restarted. The database is also the watch's [`CheckpointStore`]: it needs no other state.
//!
//! ```no_run
//! use stripe_connector::triggers::OnNewCustomer;
//! use stripe_connector::{Connection, Start, Watch};
//! use stripe_connector_sqlite::SqliteSink;
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let sink = SqliteSink::open("events.db", "OnNewCustomer")?;
//! let mut watch = Watch::<OnNewCustomer>::new(Connection::from_env()?, sink.clone())
//!     .start(Start::Beginning);
//! loop {
//!     let written = sink.deliver(&mut watch).await?;
//!     println!("{written} new customers in events.db");
//! }
//! # }
//! ```
//!
//! # The tables
//!
//! ```sql
//! CREATE TABLE objects (
//!     seq     INTEGER PRIMARY KEY,  -- the order of delivery, from 1
//!     trigger TEXT NOT NULL,        -- the trigger that delivered it, such as 'OnNewCustomer'
//!     id      TEXT NOT NULL,        -- Stripe's id, such as 'cus_GbD5X8yW3k7rQF'
//!     created INTEGER NOT NULL,     -- when Stripe created it, in seconds since the Unix epoch
//!     json    TEXT NOT NULL,        -- the object, as JSON
//!     UNIQUE (trigger, id)
//! );
//! CREATE TABLE checkpoints (
//!     trigger TEXT PRIMARY KEY,     -- such as 'OnNewCustomer' ('listen:OnNewCustomer' for listen)
//!     state   TEXT NOT NULL         -- the watch's checkpoint, as JSON
//! );
//! ```
//!
//! Objects found by several paths (webhooks, events, a list poll) go in with
//! [`SqliteSink::insert_new`], which skips those already in the table, with the caller's own
//! state in the same transaction.
//!
//! The database runs in WAL mode, so other processes can read the table while a watch writes
//! to it. One watch at a time holds a database: a second fails at once, naming the holder.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use stripe_connector::metadata::{Listed, Trigger};
use stripe_connector::{CheckpointStore, Error, PollState, StateLock, Watch};

/// The schema, created on first use.
const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS objects (
        seq     INTEGER PRIMARY KEY,
        trigger TEXT NOT NULL,
        id      TEXT NOT NULL,
        created INTEGER NOT NULL,
        json    TEXT NOT NULL,
        UNIQUE (trigger, id)
    );
    CREATE TABLE IF NOT EXISTS checkpoints (
        trigger TEXT PRIMARY KEY,
        state   TEXT NOT NULL
    );";

/// A SQLite database that receives one trigger's objects and keeps its checkpoint.
///
/// Cheap to clone: clones share the database connection and the lock.
#[derive(Clone)]
pub struct SqliteSink {
    shared: Arc<Shared>,
}

struct Shared {
    db: Mutex<Connection>,
    path: PathBuf,
    trigger: String,
    _lock: StateLock,
}

/// One object, ready to insert.
struct Row {
    id: String,
    created: i64,
    json: String,
}

impl SqliteSink {
    /// Opens the database at `path` (created when missing) for the trigger named `trigger`
    /// (such as `OnNewCustomer`, its [`TriggerInfo::name`](stripe_connector::metadata::TriggerInfo)),
    /// creating the tables. Fails at once when another watch holds the database.
    pub fn open(path: impl AsRef<Path>, trigger: &str) -> io::Result<Self> {
        let path = path.as_ref().to_path_buf();
        let lock = StateLock::acquire(&path)?;
        let fail = |e: rusqlite::Error| io::Error::other(format!("{}: {e}", path.display()));
        let db = Connection::open(&path).map_err(fail)?;
        db.pragma_update(None, "journal_mode", "WAL")
            .map_err(fail)?;
        db.pragma_update(None, "synchronous", "FULL")
            .map_err(fail)?;
        db.execute_batch(SCHEMA).map_err(fail)?;
        Ok(Self {
            shared: Arc::new(Shared {
                db: Mutex::new(db),
                path,
                trigger: trigger.to_string(),
                _lock: lock,
            }),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.shared.path
    }

    /// Waits for `watch`'s next batch and writes it with the watch's new checkpoint in one
    /// transaction; returns how many objects were written. When the write fails nothing is
    /// written, the error is returned, and the next call writes the same objects.
    pub async fn deliver<T>(&self, watch: &mut Watch<T>) -> Result<usize, Error>
    where
        T: Trigger,
        T::Item: Serialize,
    {
        let batch = watch.next_batch().await?;
        self.write(watch, &batch).await
    }

    /// Writes `batch`, which `watch` handed over last, with the watch's new checkpoint in one
    /// transaction, acknowledging it; returns how many objects were written. When the write
    /// fails nothing is written, and the error is returned.
    pub async fn write<T>(&self, watch: &mut Watch<T>, batch: &[T::Item]) -> Result<usize, Error>
    where
        T: Trigger,
        T::Item: Serialize,
    {
        let rows = batch.iter().map(row).collect::<io::Result<Vec<Row>>>();
        let rows = rows.map_err(Error::Checkpoint)?;
        let written = rows.len();
        let sink = self.clone();
        watch
            .ack_with(|state| async move {
                tokio::task::spawn_blocking(move || sink.write_rows(&rows, &state))
                    .await
                    .map_err(io::Error::other)?
            })
            .await?;
        Ok(written)
    }

    /// Inserts `rows` and replaces the checkpoint with `state`, in one transaction.
    fn write_rows(&self, rows: &[Row], state: &PollState) -> io::Result<()> {
        let state = serde_json::to_string(state)?;
        let mut db = self.db()?;
        let transaction = db.transaction().map_err(|e| self.fail(e))?;
        {
            let mut insert = transaction
                .prepare("INSERT INTO objects (trigger, id, created, json) VALUES (?1, ?2, ?3, ?4)")
                .map_err(|e| self.fail(e))?;
            for row in rows {
                insert
                    .execute(params![self.shared.trigger, row.id, row.created, row.json])
                    .map_err(|e| self.fail(e))?;
            }
        }
        save_state(&transaction, &self.shared.trigger, &state).map_err(|e| self.fail(e))?;
        transaction.commit().map_err(|e| self.fail(e))
    }

    /// Inserts those of `items` not yet in the table for this trigger, whichever path found
    /// them (a webhook, a reading of `/v1/events`, a list poll), and replaces the state saved
    /// under `name` with `state` when one is given, in one transaction: returns how many
    /// objects were new. Each object is then in the table once however often it is found.
    /// Blocking: call it from one of tokio's blocking threads.
    pub fn insert_new<I: Listed + Serialize>(
        &self,
        items: &[I],
        state: Option<(&str, &str)>,
    ) -> io::Result<usize> {
        let rows = items.iter().map(row).collect::<io::Result<Vec<Row>>>()?;
        let mut db = self.db()?;
        let transaction = db.transaction().map_err(|e| self.fail(e))?;
        let mut new = 0;
        {
            let mut insert = transaction
                .prepare(
                    "INSERT INTO objects (trigger, id, created, json) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (trigger, id) DO NOTHING",
                )
                .map_err(|e| self.fail(e))?;
            for row in &rows {
                new += insert
                    .execute(params![self.shared.trigger, row.id, row.created, row.json])
                    .map_err(|e| self.fail(e))?;
            }
        }
        if let Some((name, state)) = state {
            save_state(&transaction, name, state).map_err(|e| self.fail(e))?;
        }
        transaction.commit().map_err(|e| self.fail(e))?;
        Ok(new)
    }

    /// The state [`insert_new`](Self::insert_new) saved under `name`, if any.
    pub fn load_named(&self, name: &str) -> io::Result<Option<String>> {
        self.db()?
            .query_row(
                "SELECT state FROM checkpoints WHERE trigger = ?1",
                params![name],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.fail(e))
    }

    fn db(&self) -> io::Result<MutexGuard<'_, Connection>> {
        self.shared
            .db
            .lock()
            .map_err(|_| io::Error::other("a writer of the database panicked"))
    }

    /// A SQLite error as an I/O error that names the database.
    fn fail(&self, error: rusqlite::Error) -> io::Error {
        io::Error::other(format!("{}: {error}", self.shared.path.display()))
    }
}

impl CheckpointStore for SqliteSink {
    fn load(&self) -> io::Result<Option<PollState>> {
        let state = self.load_named(&self.shared.trigger)?;
        state
            .map(|text| serde_json::from_str(&text))
            .transpose()
            .map_err(|e| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "{}: a checkpoint that does not read: {e}",
                        self.path().display()
                    ),
                )
            })
    }

    fn save(&self, state: &PollState) -> io::Result<()> {
        let state = serde_json::to_string(state)?;
        save_state(&*self.db()?, &self.shared.trigger, &state).map_err(|e| self.fail(e))
    }
}

/// Replaces `trigger`'s checkpoint with `state`.
fn save_state(db: &Connection, trigger: &str, state: &str) -> rusqlite::Result<()> {
    db.execute(
        "INSERT INTO checkpoints (trigger, state) VALUES (?1, ?2)
         ON CONFLICT (trigger) DO UPDATE SET state = excluded.state",
        params![trigger, state],
    )
    .map(drop)
}

/// An object as a row of the table.
fn row<T: Listed + Serialize>(object: &T) -> io::Result<Row> {
    Ok(Row {
        id: object.id().to_string(),
        created: object.created().unix_seconds(),
        json: serde_json::to_string(object)?,
    })
}
