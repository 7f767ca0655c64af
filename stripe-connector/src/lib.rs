//! The Stripe connector of Logic Apps and Power Automate, as a Rust library.
//!
//! Its actions (such as creating a product or getting a customer) are methods of
//! [`Connection`], and the lists behind its polling triggers (a new order, charge, invoice item
//! or customer...) are types of [`triggers`]; [`connector::ACTIONS`] and
//! [`connector::TRIGGERS`] list them all; [`connector::REGISTRY`] holds each trigger with a poll
//! that hands its objects over as JSON, for programs that serve every trigger alike. Every call is pinned to Stripe API version 2019-10-08
//! through the `Stripe-Version` header.
//!
//! A [`Connection`] holds one API key and the original connector's rules: at most 100 calls in
//! any 60 seconds, retries like Stripe's SDKs, and an `Idempotency-Key` on every POST so that a
//! retry never creates twice. An action checks its inputs against the limits of the spec (an
//! empty name, a 9th image, a malformed URL, an id with `/`) before anything is sent.
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
//!     .update_product(&hat.id, types::UpdateProductParams::builder().caption("Warm"))
//!     .await?;
//!
//! let jenny = stripe
//!     .create_customer(types::CreateCustomerParams::builder().email("jenny@example.com"))
//!     .await?;
//! stripe
//!     .update_customer(&jenny.id, types::UpdateCustomerParams::builder().description("Jenny Rosen"))
//!     .await?;
//!
//! match stripe.get_customer("cus_does_not_exist", &[]).await {
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
//! Webhooks ([`webhook`]), the events read back ([`events_after`]) and the endpoints made
//! ([`endpoints`]) are the `webhooks` feature, on by default.
//!
//! The actions, the [`Client`], its [`builder`]s and the [`types`] are generated from
//! `spec/stripe.yaml` by `cargo xtask codegen`; [`Connection::client`] reaches the client with
//! the connection's rules (a `Connection` is the only way to make one).

mod actions;
mod any_trigger;
mod checkpoint;
mod clearable;
mod connection;
#[cfg(feature = "webhooks")]
pub mod endpoints;
mod error;
mod error_code;
mod expandable;
mod form;
#[rustfmt::skip]
mod generated;
mod hooks;
mod http;
mod input;
#[cfg(feature = "webhooks")]
mod instant;
mod limiter;
mod lock;
pub mod metadata;
mod open_enum;
mod optional;
mod poll;
mod retry;
mod run;
mod runtime;
mod secret;
mod tagged;
mod throttle;
mod timestamp;
mod watch;
#[cfg(feature = "webhooks")]
pub mod webhook;

pub use any_trigger::{AnyTrigger, JsonObject, JsonPoll, UnknownTrigger};
pub use checkpoint::{CheckpointStore, FileStore, MemoryStore};
pub use clearable::{Clearable, ClearableValue};
pub use connection::{Connection, ConnectionBuilder, STRIPE_API};
pub use error::{Error, StripeError};
pub use error_code::ErrorCode;
pub use expandable::{Expandable, Identified};
pub use form::to_form;
/// The error of the generated client's own calls; [`Connection`] turns it into [`Error`].
pub use generated::Error as ClientError;
pub use generated::{Client, ResponseValue, builder, connector, prelude, triggers, types};
pub use hooks::Policy;
pub use http::{USER_AGENT, client_builder};
#[cfg(feature = "webhooks")]
pub use instant::{
    EventCursor, EventsRead, Instant, RETENTION_SECONDS, events_after, events_of,
    events_of_at_most, newest_event, newest_event_of,
};
pub use limiter::{Limiter, Refused};
pub use lock::StateLock;
pub use optional::OptionalString;
pub use poll::{PollState, Polled, poll, poll_at_most};
pub use retry::RetryPolicy;
pub use secret::ApiKey;
pub use throttle::Throttle;
pub use timestamp::Timestamp;
pub use watch::{Start, Watch};
