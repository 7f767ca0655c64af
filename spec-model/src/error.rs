//! The error a broken spec produces: which file, where in it, what is wrong and what to do.

use std::fmt;

/// A place in the spec, written the way a reader finds it: `paths./v1/products.post.responses`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location(Vec<String>);

impl Location {
    /// The top of the document.
    pub fn root() -> Self {
        Self::default()
    }

    /// This location, one key deeper.
    pub fn key(&self, key: impl fmt::Display) -> Self {
        let mut parts = self.0.clone();
        parts.push(key.to_string());
        Self(parts)
    }

    /// This location, followed along the path serde reports for an error inside it.
    pub(crate) fn along(&self, path: &serde_path_to_error::Path) -> Self {
        path.iter().fold(self.clone(), |at, segment| match segment {
            serde_path_to_error::Segment::Seq { index } => at.index(*index),
            other => at.key(other),
        })
    }

    /// This location, one array element deeper.
    pub fn index(&self, index: usize) -> Self {
        let mut parts = self.0.clone();
        match parts.last_mut() {
            Some(last) => last.push_str(&format!("[{index}]")),
            None => parts.push(format!("[{index}]")),
        }
        Self(parts)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(document)");
        }
        f.write_str(&self.0.join("."))
    }
}

/// Which check refused a spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorKind {
    /// The text is not YAML; the location is a line and a column.
    Syntax,
    /// codegen's own checks refused it: it breaks a rule of OpenAPI 3.0, of what progenitor can
    /// generate, or of the connector's metadata.
    Spec,
    /// progenitor failed (or panicked) on a spec that passed every check, or its output lacked
    /// what codegen rewrites: a gap in codegen's validator, or a changed progenitor.
    Generator,
}

/// Why a spec cannot be turned into a client.
///
/// Displays as `spec/stripe.yaml: paths./v1/products.post: <problem>`, followed by a line that
/// says what to do when there is something to say.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {location}: {message}{}", help_line(.help))]
pub struct SpecError {
    /// The spec file, as the user named it.
    pub file: String,
    /// Where in the file the problem is.
    pub location: Location,
    /// What is wrong.
    pub message: String,
    /// What to do about it, when that is not obvious from the message.
    pub help: Option<String>,
    /// Which check refused the spec.
    pub kind: ErrorKind,
}

fn help_line(help: &Option<String>) -> String {
    help.as_ref()
        .map(|h| format!("\n  help: {h}"))
        .unwrap_or_default()
}

/// A problem found while reading the spec (or generating from it, or exporting it), before the
/// file name is attached.
#[derive(Debug)]
pub struct Problem {
    /// Where in the spec the problem is.
    pub location: Location,
    /// What is wrong.
    pub message: String,
    /// What to do about it, when that is not obvious from the message.
    pub help: Option<String>,
    /// Which check found it.
    pub kind: ErrorKind,
}

impl Problem {
    /// A problem of the spec at `location`.
    pub fn new(location: Location, message: impl Into<String>) -> Self {
        Self {
            location,
            message: message.into(),
            help: None,
            kind: ErrorKind::Spec,
        }
    }

    /// A problem of the YAML text itself, at a line and a column when the parser knows them.
    pub fn syntax(at: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        let location = match at {
            Some((line, column)) => Location::root().key(format!("line {line}, column {column}")),
            None => Location::root(),
        };
        Self {
            kind: ErrorKind::Syntax,
            ..Self::new(location, message)
        }
    }

    /// Marks a failure of progenitor, or of codegen's rewrites of its output.
    pub fn by_generator(self) -> Self {
        Self {
            kind: ErrorKind::Generator,
            ..self
        }
    }

    /// Adds what to do about it.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The error, naming the spec `file`.
    pub fn in_file(self, file: &str) -> SpecError {
        SpecError {
            file: file.to_string(),
            location: self.location,
            message: self.message,
            help: self.help,
            kind: self.kind,
        }
    }
}
