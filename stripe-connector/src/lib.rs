//! The Stripe connector of Logic Apps and Power Automate, as a Rust library.
//!
//! Five actions (create and update a product; create, get and update a customer) and the lists
//! behind four polling triggers (a new order, charge, invoice item or customer), all pinned to
//! Stripe API version 2019-10-08 through the `Stripe-Version` header.
//!
//! A [`Connection`] holds one API key and the original connector's rules: at most 100 calls in
//! any 60 seconds, retries like Stripe's SDKs, and an `Idempotency-Key` on every POST so that a
//! retry never creates twice.
//!
//! ```no_run
//! use stripe_connector::{Connection, Error, ErrorCode, types};
//!
//! # async fn run() -> Result<(), Error> {
//! let stripe = Connection::from_env()?; // STRIPE_API_KEY=sk_test_…
//!
//! let hat = stripe
//!     .create_product(types::CreateProductParams::builder().name("Hat").images(vec![
//!         "https://example.com/hat.png".to_string(),
//!     ]))
//!     .await?;
//! stripe
//!     .update_product(&hat.id, types::UpdateProductParams::builder().caption("Warm".to_string()))
//!     .await?;
//!
//! let jenny = stripe
//!     .create_customer(types::CustomerParams::builder().email("jenny@example.com".to_string()))
//!     .await?;
//! stripe
//!     .update_customer(&jenny.id, types::CustomerParams::builder().description("Jenny Rosen".to_string()))
//!     .await?;
//!
//! match stripe.get_customer("cus_does_not_exist").await {
//!     Ok(customer) => println!("found {}", customer.id),
//!     Err(Error::Stripe(e)) if e.error_code() == Some(ErrorCode::ResourceMissing) => {
//!         println!("no such customer (request {})", e.request_id.unwrap_or_default());
//!     }
//!     Err(other) => return Err(other),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! The [`Client`], its [`builder`]s and the [`types`] are generated from `spec/stripe.yaml` by
//! `cargo xtask codegen`; [`Connection::client`] reaches them with the connection's rules.

mod actions;
mod checkpoint;
mod connection;
mod error;
mod error_code;
mod form;
#[rustfmt::skip]
mod generated;
mod hooks;
mod http;
mod input;
mod limiter;
mod lock;
pub mod metadata;
mod poll;
mod retry;
mod secret;
mod throttle;
mod timestamp;
mod watch;

pub use checkpoint::{CheckpointStore, FileStore, MemoryStore};
pub use connection::{Connection, ConnectionBuilder, STRIPE_API};
pub use error::{Error, StripeError};
pub use error_code::ErrorCode;
pub use form::to_form;
/// The error of the generated client's own calls; [`Connection`] turns it into [`Error`].
pub use generated::Error as ClientError;
pub use generated::{Client, ResponseValue, builder, connector, prelude, triggers, types};
pub use hooks::Policy;
pub use http::{USER_AGENT, client_builder};
pub use input::MAX_IMAGES;
pub use limiter::Limiter;
pub use lock::StateLock;
pub use poll::{PollState, Polled, poll};
pub use retry::RetryPolicy;
pub use secret::ApiKey;
pub use throttle::Throttle;
pub use timestamp::Timestamp;
pub use watch::{Start, Watch};
