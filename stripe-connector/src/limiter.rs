//! [`Limiter`]: what paces a connection's calls, and may refuse one. The in-process
//! [`Throttle`] is one; a limiter shared by many processes (counting calls in a database, say)
//! is another.

use std::fmt::{self, Debug};
use std::future::Future;
use std::pin::Pin;

use crate::Throttle;

/// Paces the calls of a connection: every HTTP attempt, retries included, waits in
/// [`acquire`](Self::acquire) for its place before it is sent.
///
/// Set one with [`ConnectionBuilder::limiter`](crate::ConnectionBuilder::limiter) or
/// [`Connection::with_limiter`](crate::Connection::with_limiter); by default a connection has
/// its own [`Throttle`] with the spec's rule. An implementation that cannot reach whatever it
/// counts with keeps waiting rather than letting a call through uncounted.
pub trait Limiter: Debug + Send + Sync {
    /// Waits until one call may start, and counts it as started; or refuses it: the call is
    /// then not sent (nor retried) and ends in [`Error::NotSent`](crate::Error::NotSent).
    fn acquire(&self) -> Pin<Box<dyn Future<Output = Result<(), Refused>> + Send + '_>>;
}

/// Why a [`Limiter`] refused a call, such as "the lease of this poll ran out".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused(pub String);

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

impl Limiter for Throttle {
    fn acquire(&self) -> Pin<Box<dyn Future<Output = Result<(), Refused>> + Send + '_>> {
        Box::pin(async {
            Throttle::acquire(self).await;
            Ok(())
        })
    }
}
