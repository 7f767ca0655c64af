//! Where a watched trigger keeps its [`PollState`] between runs: in memory, or in a file that
//! survives a crash at any instant.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::{PollState, StateLock};

/// Keeps a trigger's state between polls, and between runs when durable.
///
/// Its methods are synchronous and blocking: a [`Watch`](crate::Watch) calls them on tokio's
/// blocking threads, once per acknowledged batch, never on the async ones.
pub trait CheckpointStore: Send + Sync {
    /// The saved state, or `None` before the first save.
    fn load(&self) -> io::Result<Option<PollState>>;
    /// Replaces the saved state.
    fn save(&self, state: &PollState) -> io::Result<()>;
}

/// A store in memory: for tests, and for callers that keep the state themselves.
#[derive(Debug, Default)]
pub struct MemoryStore(Mutex<Option<PollState>>);

impl CheckpointStore for MemoryStore {
    fn load(&self) -> io::Result<Option<PollState>> {
        Ok(self
            .0
            .lock()
            .map_err(|_| io::Error::other("a writer panicked"))?
            .clone())
    }

    fn save(&self, state: &PollState) -> io::Result<()> {
        *self
            .0
            .lock()
            .map_err(|_| io::Error::other("a writer panicked"))? = Some(state.clone());
        Ok(())
    }
}

/// A store in a JSON file, replaced atomically: the new state is written to a temporary file
/// of its own beside it, flushed to disk, renamed over the old one, and the folder is flushed
/// too. A crash at any instant leaves either the old state or the new one, never a mix.
///
/// The store holds an exclusive lock on the file while it lives (see [`StateLock`]): a second
/// watcher on the same file fails at once instead of interleaving its saves with this one's.
#[derive(Debug)]
pub struct FileStore {
    path: PathBuf,
    lock: StateLock,
    saves: AtomicU64,
}

impl FileStore {
    /// A store in the file at `path` (created on the first save), locked for this process;
    /// fails at once when another store holds it.
    pub fn open(path: impl Into<PathBuf>) -> io::Result<Self> {
        let path = path.into();
        let lock = StateLock::acquire(&path)?;
        remove_leftovers(&path)?;
        Ok(Self {
            path,
            lock,
            saves: AtomicU64::new(0),
        })
    }

    /// The file the state is kept in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The lock file beside it, which names the process holding the store.
    pub fn lock_path(&self) -> &Path {
        self.lock.path()
    }

    /// A temporary file that no other save, in this process or another, writes to.
    fn temporary(&self) -> PathBuf {
        let mut name = self.path.file_name().unwrap_or_default().to_os_string();
        let save = self.saves.fetch_add(1, Ordering::Relaxed);
        name.push(format!(".{}.{save}.tmp", std::process::id()));
        self.path.with_file_name(name)
    }
}

impl CheckpointStore for FileStore {
    fn load(&self) -> io::Result<Option<PollState>> {
        let text = match fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        serde_json::from_str(&text).map(Some).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{} is not a trigger checkpoint: {e}", self.path.display()),
            )
        })
    }

    fn save(&self, state: &PollState) -> io::Result<()> {
        let temporary = self.temporary();
        let written =
            write_synced(&temporary, state).and_then(|()| fs::rename(&temporary, &self.path));
        if let Err(error) = written {
            let _ = fs::remove_file(&temporary);
            return Err(error);
        }
        File::open(folder_of(&self.path))?.sync_all()
    }
}

/// Removes the temporary files of saves that a crash interrupted before their rename.
fn remove_leftovers(path: &Path) -> io::Result<()> {
    let Some(name) = path.file_name().and_then(|name| name.to_str()) else {
        return Ok(());
    };
    let prefix = format!("{name}.");
    for entry in fs::read_dir(folder_of(path))? {
        let entry = entry?;
        let file = entry.file_name();
        let file = file.to_string_lossy();
        if file.starts_with(&prefix) && file.ends_with(".tmp") {
            fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// The folder a file is in (`.` for a bare name).
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Writes `state` as JSON to a new file at `path` and flushes it to disk.
fn write_synced(path: &Path, state: &PollState) -> io::Result<()> {
    let mut file = File::create_new(path)?;
    serde_json::to_writer(&mut file, state)?;
    file.flush()?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Timestamp;

    fn state() -> PollState {
        PollState::from_time(Timestamp::from_unix_seconds(1_570_000_000))
    }

    /// The files in `folder`, by name.
    fn files(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(folder)
            .expect("readable")
            .map(|e| {
                e.expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_file_store_starts_empty_and_keeps_what_was_saved() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let store = FileStore::open(folder.path().join("state.json")).expect("opened");
        assert_eq!(store.load().expect("readable"), None);
        store.save(&state()).expect("saved");
        store.save(&state()).expect("saved again");
        assert_eq!(store.load().expect("readable"), Some(state()));
        assert_eq!(
            files(folder.path()),
            ["state.json", "state.json.lock"],
            "each temporary file was renamed into place"
        );
    }

    #[test]
    fn a_crash_before_the_rename_leaves_the_old_state_and_a_leftover_removed_on_open() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("state.json");
        let store = FileStore::open(&path).expect("opened");
        store.save(&state()).expect("saved");
        fs::write(store.temporary(), "{\"watermark\": 17, \"deliv").expect("a torn write");
        assert_eq!(store.load().expect("readable"), Some(state()));
        drop(store);
        let store = FileStore::open(&path).expect("opened again");
        assert_eq!(files(folder.path()), ["state.json", "state.json.lock"]);
        store
            .save(&PollState::from_beginning())
            .expect("the next save replaces the state");
        assert_eq!(
            store.load().expect("readable"),
            Some(PollState::from_beginning())
        );
    }

    #[test]
    fn a_second_store_on_the_same_file_fails_at_once() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("state.json");
        let _first = FileStore::open(&path).expect("opened");
        let error = FileStore::open(&path).expect_err("refused");
        assert_eq!(error.kind(), io::ErrorKind::WouldBlock);
        assert!(error.to_string().contains("state.json"), "{error}");
    }

    #[test]
    fn a_file_that_is_not_a_checkpoint_is_an_error_naming_it() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("state.json");
        fs::write(&path, "not json").expect("written");
        let error = FileStore::open(&path)
            .expect("opened")
            .load()
            .expect_err("refused");
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
        assert!(error.to_string().contains("state.json"), "{error}");
    }
}
