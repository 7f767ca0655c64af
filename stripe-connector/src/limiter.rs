//! [`Limiter`]: what paces a connection's calls. The in-process [`Throttle`] is one; a limiter
//! shared by many processes (counting calls in a database, say) is another.

use std::fmt::Debug;
use std::future::Future;
use std::pin::Pin;

use crate::Throttle;

/// Paces the calls of a connection: every HTTP attempt, retries included, waits in
/// [`acquire`](Self::acquire) for its place before it is sent.
///
/// Set one with [`ConnectionBuilder::limiter`](crate::ConnectionBuilder::limiter); by default a
/// connection has its own [`Throttle`] with the spec's rule. An implementation that cannot reach
/// whatever it counts with keeps waiting rather than letting a call through uncounted.
pub trait Limiter: Debug + Send + Sync {
    /// Waits until one call may start, and counts it as started.
    fn acquire(&self) -> Pin<Box<dyn Future<Output = ()> + Send + '_>>;
}

impl Limiter for Throttle {
    fn acquire(&self) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        Box::pin(Throttle::acquire(self))
    }
}
