//! The shapes of the connector's metadata; the values are generated from the spec.
//!
//! `generated.rs` fills these in from `info.x-connector` and each `x-trigger` (see the
//! [`connector`](crate::connector) and [`triggers`](crate::triggers) modules), so the throttle,
//! the poll interval and the trigger catalogue are never copied into Rust by hand.

use std::future::Future;
use std::num::NonZeroU64;
use std::time::Duration;

use crate::{Client, ClientError, Timestamp, types};

/// The most calls a connection may make in any sliding window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Throttle {
    /// How many calls...
    pub calls: u32,
    /// ...in any window of this length.
    pub period: Duration,
}

/// One action of the connector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActionInfo {
    /// The spec's `operationId`, such as `CreateProduct`.
    pub operation_id: &'static str,
    /// The [`Client`](crate::Client) method that runs it, such as `create_product`.
    pub method_name: &'static str,
    /// The HTTP method, such as `POST`.
    pub http_method: &'static str,
    /// The path template, such as `/v1/products/{id}`.
    pub path: &'static str,
    /// The name users see, such as `Create a product`.
    pub summary: &'static str,
    /// What it does, in the spec's words (empty when the spec says nothing).
    pub description: &'static str,
    /// Its parameters, then its form fields.
    pub inputs: &'static [InputInfo],
}

/// One input of an action: a path parameter or a form field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InputInfo {
    /// The name Stripe reads, such as `images`.
    pub name: &'static str,
    /// What it is for, in the spec's words (empty when the spec says nothing).
    pub description: &'static str,
}

/// One polling trigger of the connector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TriggerInfo {
    /// The trigger's name, such as `OnNewOrder`.
    pub name: &'static str,
    /// The name users see, such as `When an order is added`.
    pub summary: &'static str,
    /// The `operationId` of the list it polls, such as `ListOrders`.
    pub operation_id: &'static str,
    /// The [`Client`](crate::Client) method that reads one page, such as `list_orders`.
    pub method_name: &'static str,
    /// The path of the list, such as `/v1/orders`.
    pub path: &'static str,
}

/// A polling trigger: which list it watches and what it delivers.
///
/// Implemented by the generated types of [`crate::triggers`], one per `x-trigger` of the spec.
pub trait Trigger {
    /// The objects the trigger delivers.
    type Item: Listed + Send;
    /// One page of the list it polls.
    type Page: Page<Item = Self::Item>;
    /// Its name, summary and list operation.
    const INFO: TriggerInfo;

    /// Reads one page of the list through `client`.
    fn list(
        client: &Client,
        query: &ListQuery,
    ) -> impl Future<Output = Result<Self::Page, ClientError<types::ErrorResponse>>> + Send;
}

/// The parameters of one page of a polled list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListQuery {
    /// How many objects the page may hold (Stripe takes 1 to 100).
    pub limit: NonZeroU64,
    /// Only objects newer than this id (the page closest to it, still listed newest first).
    pub ending_before: Option<String>,
    /// Only objects older than this id.
    pub starting_after: Option<String>,
    /// Only objects created at or after this time.
    pub created_gte: Option<Timestamp>,
    /// Only objects created at or before this time.
    pub created_lte: Option<Timestamp>,
    /// Only objects created before this time.
    pub created_lt: Option<Timestamp>,
}

impl ListQuery {
    /// A page of at most `limit` objects, with no filter.
    pub fn new(limit: NonZeroU64) -> Self {
        Self {
            limit,
            ending_before: None,
            starting_after: None,
            created_gte: None,
            created_lte: None,
            created_lt: None,
        }
    }
}

/// One page of a Stripe list: objects newest first, and whether older ones remain.
pub trait Page {
    /// The objects of the list.
    type Item;
    /// The objects of this page, and `has_more`.
    fn into_parts(self) -> (Vec<Self::Item>, bool);
}

/// An object a trigger can keep its place by: an id and a creation time.
pub trait Listed {
    /// The object's id, such as `cus_GbD5X8yW3k7rQF`.
    fn id(&self) -> &str;
    /// When Stripe created it (for invoice items, their `date`).
    fn created(&self) -> Timestamp;
}
