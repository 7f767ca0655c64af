//! The Stripe connector of Logic Apps and Power Automate, as a Rust library.
//!
//! Five actions (create and update a product, create, get and update a customer) and the list
//! operations behind four polling triggers (a new order, charge, invoice item or customer), all
//! pinned to Stripe API version 2019-10-08 through the `Stripe-Version` header.
//!
//! The [`Client`], its [`builder`]s and the [`types`] are generated from `spec/stripe.yaml` by
//! `cargo xtask codegen`; the rest of the crate is written by hand.
//!
//! ```no_run
//! # async fn run() -> Result<(), stripe_connector::Error<stripe_connector::types::ErrorResponse>> {
//! let client = stripe_connector::Client::new("https://api.stripe.com");
//! let product = client
//!     .create_product()
//!     .body_map(|body| body.name("Hat").images(vec!["https://example.com/hat.png".to_string()]))
//!     .send()
//!     .await?;
//! println!("created {}", product.id);
//! # Ok(())
//! # }
//! ```

mod form;
#[rustfmt::skip]
mod generated;
mod http;
pub mod metadata;
mod timestamp;

pub use form::to_form;
pub use generated::{
    ByteStream, Client, Error, ResponseValue, builder, connector, prelude, triggers, types,
};
pub use http::{USER_AGENT, client_builder};
pub use timestamp::Timestamp;
