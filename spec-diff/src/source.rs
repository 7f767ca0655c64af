//! Where a spec comes from: a file, or a git revision read with `git show REV:PATH`.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

use spec_model::SpecError;

/// Why a comparison could not be made.
#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    /// A spec failed validation: the same located error codegen gives.
    #[error(transparent)]
    Spec(#[from] SpecError),
    /// A file or a revision could not be read.
    #[error("cannot read {name}: {message}")]
    Read {
        /// The file or revision, as given.
        name: String,
        /// What went wrong.
        message: String,
    },
}

/// One side of a comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file, relative to the directory the comparison runs in.
    File(PathBuf),
    /// A git revision and path, such as `HEAD~1:spec/stripe.yaml`.
    Revision(String),
}

impl Source {
    /// Reads a command-line argument: a revision when it holds a `:` and names no existing file
    /// (relative to `dir`), a file otherwise.
    pub fn parse(arg: &str, dir: &Path) -> Source {
        if arg.contains(':') && !dir.join(arg).is_file() {
            Source::Revision(arg.to_string())
        } else {
            Source::File(PathBuf::from(arg))
        }
    }

    /// The spec text and the name errors and the report give it.
    pub fn read(&self, dir: &Path) -> Result<(String, String), DiffError> {
        let name = self.to_string();
        let text = match self {
            Source::File(path) => {
                std::fs::read_to_string(dir.join(path)).map_err(|e| e.to_string())
            }
            Source::Revision(rev) => git(dir, &["show", rev]),
        };
        text.map(|text| (name.clone(), text))
            .map_err(|message| DiffError::Read { name, message })
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::File(path) => write!(f, "{}", path.display()),
            Source::Revision(rev) => f.write_str(rev),
        }
    }
}

/// The spec at `path` as of `git merge-base HEAD <branch>`, the point this branch left it.
pub fn merge_base(dir: &Path, branch: &str, path: &str) -> Result<Source, DiffError> {
    let base = git(dir, &["merge-base", "HEAD", branch]).map_err(|message| DiffError::Read {
        name: format!("the merge base of HEAD and {branch}"),
        message,
    })?;
    let short: String = base.trim().chars().take(12).collect();
    Ok(Source::Revision(format!("{short}:{path}")))
}

/// Runs git in `dir` and returns what it printed, or why it failed.
fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if output.status.success() {
        String::from_utf8(output.stdout).map_err(|e| format!("git printed non-UTF-8 text: {e}"))
    } else {
        let stderr = String::from_utf8_lossy(&output.stderr);
        Err(format!(
            "`git {}` failed: {}",
            args.join(" "),
            stderr.trim()
        ))
    }
}
