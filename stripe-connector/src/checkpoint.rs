//! Where a watched trigger keeps its [`PollState`] between runs: in memory, or in a file that
//! survives a crash at any instant.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::PollState;

/// Keeps a trigger's state between polls, and between runs when durable.
///
/// Its methods are synchronous on purpose: a save either completes or has not started when a
/// watch is dropped, so a state is never half-written by cancellation.
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
/// beside it, flushed to disk, renamed over the old one, and the folder is flushed too. A crash
/// at any instant leaves either the old state or the new one, never a mix.
#[derive(Clone, Debug)]
pub struct FileStore {
    path: PathBuf,
}

impl FileStore {
    /// A store in the file at `path` (created on the first save).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    /// The file the state is kept in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn temporary(&self) -> PathBuf {
        let mut name = self.path.file_name().unwrap_or_default().to_os_string();
        name.push(".tmp");
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
        let mut file = File::create(&temporary)?;
        serde_json::to_writer(&mut file, state)?;
        file.flush()?;
        file.sync_all()?;
        fs::rename(&temporary, &self.path)?;
        let folder = self
            .path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        File::open(folder)?.sync_all()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Timestamp;

    fn state() -> PollState {
        PollState::from_time(Timestamp::from_unix_seconds(1_570_000_000))
    }

    #[test]
    fn a_file_store_starts_empty_and_keeps_what_was_saved() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let store = FileStore::new(folder.path().join("state.json"));
        assert_eq!(store.load().expect("readable"), None);
        store.save(&state()).expect("saved");
        assert_eq!(store.load().expect("readable"), Some(state()));
        assert!(
            !store.temporary().exists(),
            "the temporary file was renamed into place"
        );
    }

    #[test]
    fn a_crash_before_the_rename_leaves_the_old_state() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let store = FileStore::new(folder.path().join("state.json"));
        store.save(&state()).expect("saved");
        fs::write(store.temporary(), "{\"watermark\": 17, \"deliv").expect("a torn write");
        assert_eq!(store.load().expect("readable"), Some(state()));
        store
            .save(&PollState::from_beginning())
            .expect("the next save replaces the torn file");
        assert_eq!(
            store.load().expect("readable"),
            Some(PollState::from_beginning())
        );
    }

    #[test]
    fn a_file_that_is_not_a_checkpoint_is_an_error_naming_it() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("state.json");
        fs::write(&path, "not json").expect("written");
        let error = FileStore::new(&path).load().expect_err("refused");
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
        assert!(error.to_string().contains("state.json"), "{error}");
    }
}
