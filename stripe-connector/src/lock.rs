//! [`StateLock`]: one process at a time on a trigger's state, held with an exclusive `flock` on
//! a file beside it, which the kernel releases when the holder exits, even by `kill -9`.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

/// An exclusive lock on the state at some path, held until dropped.
///
/// The lock is on a file named after the state with `.lock` added (`customers.json.lock`),
/// which also holds the process id of the holder, so that a second process is told who has it.
#[derive(Debug)]
pub struct StateLock {
    /// Kept open: closing it releases the lock.
    _file: File,
    path: PathBuf,
}

impl StateLock {
    /// Takes the lock on the state at `state`, or fails at once with
    /// [`io::ErrorKind::WouldBlock`] and a message naming the file and the holder.
    pub fn acquire(state: &Path) -> io::Result<Self> {
        let mut name = state.file_name().unwrap_or_default().to_os_string();
        name.push(".lock");
        let path = state.with_file_name(name);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let holder = holder(&mut file);
                return Err(io::Error::new(
                    io::ErrorKind::WouldBlock,
                    format!(
                        "{} is in use by another watcher ({holder}, holding {}); stop it \
                         first, or give this one another state",
                        state.display(),
                        path.display()
                    ),
                ));
            }
            Err(TryLockError::Error(error)) => return Err(error),
        }
        file.set_len(0)?;
        file.write_all(format!("{}\n", std::process::id()).as_bytes())?;
        Ok(Self { _file: file, path })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Who holds the lock, as the lock file says.
fn holder(file: &mut File) -> String {
    let mut text = String::new();
    let read = file.rewind().and_then(|()| file.read_to_string(&mut text));
    match (read, text.trim().parse::<u32>()) {
        (Ok(_), Ok(pid)) => format!("process {pid}"),
        _ => "a process that has not written its id yet".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_state_fails_naming_the_file_and_the_holder() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let state = folder.path().join("customers.json");
        let first = StateLock::acquire(&state).expect("the first lock");
        let error = StateLock::acquire(&state).expect_err("the second is refused");
        assert_eq!(error.kind(), io::ErrorKind::WouldBlock);
        let message = error.to_string();
        assert!(message.contains("customers.json"), "{message}");
        assert!(
            message.contains(&format!("process {}", std::process::id())),
            "{message}"
        );
        drop(first);
        StateLock::acquire(&state).expect("free again once the holder let go");
    }
}
