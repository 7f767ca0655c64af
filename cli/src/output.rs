//! Writing JSON to stdout: indented for a person at a terminal, one line per value when piped.

use std::io::{self, IsTerminal, Write};

use serde::Serialize;

use crate::fail::Failure;

/// Prints one value: indented when stdout is a terminal, on one line otherwise.
pub fn print<T: Serialize>(value: &T) -> Result<(), Failure> {
    let pretty = io::stdout().is_terminal();
    let mut text = match pretty {
        true => serde_json::to_vec_pretty(value),
        false => serde_json::to_vec(value),
    }
    .map_err(|e| Failure::Local(format!("cannot write the answer as JSON: {e}")))?;
    text.push(b'\n');
    write(&text)
}

/// Prints one line per value, in a single write so that a batch goes out whole, and flushes
/// it; a closed stdout is [`io::ErrorKind::BrokenPipe`].
pub fn print_lines<T: Serialize>(values: &[T]) -> io::Result<()> {
    let mut text = Vec::new();
    for value in values {
        serde_json::to_writer(&mut text, value)?;
        text.push(b'\n');
    }
    write_flushed(&text)
}

fn write(text: &[u8]) -> Result<(), Failure> {
    write_flushed(text).map_err(|e| Failure::Local(format!("cannot write to standard output: {e}")))
}

fn write_flushed(text: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text).and_then(|()| out.flush())
}
