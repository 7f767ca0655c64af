//! [`Error`]: what can go wrong in the fleet, each with a message that says what to do. None
//! of them ever holds an API key or the key-encryption key.

use thiserror::Error as ThisError;

/// A failure of the fleet.
#[derive(Debug, ThisError)]
pub enum Error {
    /// PostgreSQL refused a statement or the connection broke.
    #[error("PostgreSQL: {0}")]
    Database(#[from] tokio_postgres::Error),
    /// No connection could be had from the pool.
    #[error("PostgreSQL pool: {0}")]
    Pool(#[from] deadpool_postgres::PoolError),
    /// A setting, a name or an argument was refused before anything was written.
    #[error("{0}")]
    Input(String),
    /// The key-encryption key is missing or malformed, or a stored key does not decrypt.
    #[error("{0}")]
    Secret(String),
    /// A stored checkpoint or object does not read.
    #[error("{0}")]
    Corrupt(String),
    /// Stripe, or the way to it, failed.
    #[error(transparent)]
    Stripe(#[from] stripe_connector::Error),
}
