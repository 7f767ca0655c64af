//! The shapes of the connector's metadata; the values are generated from the spec.
//!
//! `generated.rs` fills these in from `info.x-connector` and each `x-trigger` (see the
//! [`connector`](crate::connector) and [`triggers`](crate::triggers) modules), so the throttle,
//! the poll interval and the trigger catalogue are never copied into Rust by hand.

use std::time::Duration;

use crate::Timestamp;

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
pub trait Trigger {
    /// The objects the trigger delivers.
    type Item: Listed;
    /// One page of the list it polls.
    type Page: Page<Item = Self::Item>;
    /// Its name, summary and list operation.
    const INFO: TriggerInfo;
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
