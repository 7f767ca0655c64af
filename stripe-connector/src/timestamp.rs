//! [`Timestamp`]: Stripe's integer seconds since the Unix epoch, as a type of its own.

use std::fmt;
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// A point in time as Stripe sends it: whole seconds since the Unix epoch (`format: unix-time`).
///
/// It reads and writes as the bare integer on the wire, so `created[gt]=1570000000` and
/// `"created": 1570000000` both round-trip; convert with [`SystemTime`] or
/// [`Timestamp::from_unix_seconds`]. Its default is the epoch itself.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(i64);

impl Timestamp {
    /// The timestamp `seconds` after the Unix epoch (before it, when negative).
    pub const fn from_unix_seconds(seconds: i64) -> Self {
        Self(seconds)
    }

    /// Seconds since the Unix epoch.
    pub const fn unix_seconds(self) -> i64 {
        self.0
    }

    /// The current time, truncated to whole seconds as Stripe keeps it.
    pub fn now() -> Self {
        SystemTime::now().into()
    }
}

impl From<i64> for Timestamp {
    fn from(seconds: i64) -> Self {
        Self(seconds)
    }
}

impl From<Timestamp> for i64 {
    fn from(timestamp: Timestamp) -> Self {
        timestamp.0
    }
}

impl From<SystemTime> for Timestamp {
    /// Truncates to whole seconds; times too far from the epoch for `i64` saturate.
    fn from(time: SystemTime) -> Self {
        let seconds = match time.duration_since(UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
            Err(before) => i64::try_from(before.duration().as_secs()).map_or(i64::MIN, |s| -s),
        };
        Self(seconds)
    }
}

impl From<Timestamp> for SystemTime {
    fn from(timestamp: Timestamp) -> Self {
        let offset = Duration::from_secs(timestamp.0.unsigned_abs());
        if timestamp.0 >= 0 {
            UNIX_EPOCH + offset
        } else {
            UNIX_EPOCH - offset
        }
    }
}

impl fmt::Display for Timestamp {
    /// Writes the seconds, as they go on the wire.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl FromStr for Timestamp {
    type Err = std::num::ParseIntError;

    /// Reads seconds since the Unix epoch, such as `1570000000`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        text.parse().map(Self)
    }
}
