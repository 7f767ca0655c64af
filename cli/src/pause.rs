//! A hook for crash tests: with `STRIPE_CONNECTOR_PAUSE_AFTER=acknowledged:3` in its environment,
//! `watch` parks itself right after its third acknowledgement (`printed:2`: right after the
//! second batch printed, before its acknowledgement), says so on stderr, and waits there
//! forever, so that a test can kill it with SIGKILL at exactly that instant, which random kills
//! almost never hit. `listen --into` counts each of its commits as an acknowledgement. Without
//! the variable it does nothing.

use std::fmt;
use std::io::Write;

/// The environment variable that sets the pause.
pub const VARIABLE: &str = "STRIPE_CONNECTOR_PAUSE_AFTER";

/// A moment in the handing over of a batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    /// The batch is printed and flushed, not yet acknowledged.
    Printed,
    /// The batch is acknowledged: its checkpoint is saved, or its transaction committed.
    Acknowledged,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Point::Printed => "printed",
            Point::Acknowledged => "acknowledged",
        })
    }
}

/// Counts the points reached, and parks the process at the chosen one.
#[derive(Debug, Default)]
pub struct Pauses {
    at: Option<(Point, u64)>,
    printed: u64,
    acknowledged: u64,
}

impl Pauses {
    /// The pause the environment asks for, if any; a value that does not read is ignored
    /// with a warning.
    pub fn from_env() -> Self {
        let Ok(value) = std::env::var(VARIABLE) else {
            return Self::default();
        };
        let at = parse(&value);
        if at.is_none() {
            eprintln!(
                "warning: ignoring {VARIABLE}={value:?}; expected printed:N or acknowledged:N"
            );
        }
        Self {
            at,
            ..Self::default()
        }
    }

    /// Counts `point`; parks the process forever when it is the chosen one.
    pub fn reached(&mut self, point: Point) {
        let count = match point {
            Point::Printed => &mut self.printed,
            Point::Acknowledged => &mut self.acknowledged,
        };
        *count += 1;
        if self.at == Some((point, *count)) {
            eprintln!("paused after {point} {count}");
            let _ = std::io::stderr().flush();
            loop {
                std::thread::park();
            }
        }
    }
}

/// `printed:N` or `acknowledged:N`.
fn parse(value: &str) -> Option<(Point, u64)> {
    let (point, count) = value.split_once(':')?;
    let point = match point {
        "printed" => Point::Printed,
        "acknowledged" => Point::Acknowledged,
        _ => return None,
    };
    Some((point, count.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_read_a_point_and_a_count() {
        assert_eq!(parse("printed:2"), Some((Point::Printed, 2)));
        assert_eq!(parse("acknowledged:17"), Some((Point::Acknowledged, 17)));
        assert_eq!(parse("acknowledged"), None);
        assert_eq!(parse("saved:1"), None);
    }
}
