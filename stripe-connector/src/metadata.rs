//! The shapes of the connector's metadata; the values are generated from the spec.
//!
//! `generated.rs` fills these in from `info.x-connector`, each `x-action` and each `x-trigger`
//! (see the [`connector`](crate::connector) and [`triggers`](crate::triggers) modules), so the
//! throttle, the poll interval, the limits of the inputs and the catalogues of actions and
//! triggers are never copied into Rust by hand.

use std::future::Future;
use std::num::NonZeroU64;
use std::time::Duration;

use crate::{Client, Error, Timestamp};

/// The most calls a connection may make in any sliding window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Throttle {
    /// How many calls...
    pub calls: u32,
    /// ...in any window of this length.
    pub period: Duration,
}

/// One action of the connector.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ActionInfo {
    /// The spec's `operationId`, such as `CreateProduct`.
    pub operation_id: &'static str,
    /// The [`Client`] method that runs it, such as `create_product`.
    pub method_name: &'static str,
    /// The HTTP method, such as `POST`.
    pub http_method: &'static str,
    /// The path template, such as `/v1/products/{id}`.
    pub path: &'static str,
    /// The name users see, such as `Create a product`.
    pub summary: &'static str,
    /// What it does, in the spec's words (empty when the spec says nothing).
    pub description: &'static str,
    /// The group and the subcommand that run it from the shell (`x-action.command`), such as
    /// `["customer", "get"]`.
    pub command: [&'static str; 2],
    /// Its parameters, then its form fields.
    pub inputs: &'static [InputInfo],
}

/// One input of an action: a path parameter, a query list or a form field (or a field of a
/// form field's object, in [`InputShape::Object`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InputInfo {
    /// The name Stripe reads, such as `images`.
    pub name: &'static str,
    /// What it is for, in the spec's words (empty when the spec says nothing).
    pub description: &'static str,
    /// Whether it must be given.
    pub required: bool,
    /// The kind of value it takes.
    pub shape: InputShape,
    /// The command-line flag that sets it, such as `image` for `images` (`None` for a path
    /// parameter, given in its place, and for the fields of an object, given as JSON).
    pub flag: Option<&'static str>,
    /// The limits the spec puts on its value, checked before anything is sent.
    pub limits: Limits,
}

/// The kind of value an input takes, as the spec describes it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputShape {
    /// Text.
    Text,
    /// One of the listed values (its Rust type is an enum).
    Choice(&'static [&'static str]),
    /// A whole number.
    Integer,
    /// A time in seconds since the epoch.
    Timestamp,
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A list of values of one shape; each item has the limits of [`Limits::items`].
    List(&'static InputShape),
    /// A hash (such as `metadata`) of values of one shape under keys the caller picks; each
    /// value has the limits of [`Limits::values`].
    Map(&'static InputShape),
    /// An object of named fields (such as `address`).
    Object(&'static [InputInfo]),
}

/// The limits the spec puts on an input's value (`None` or `false`: no such limit).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// The fewest characters (`minLength`).
    pub min_length: Option<u64>,
    /// The most characters (`maxLength`).
    pub max_length: Option<u64>,
    /// A regular expression the text must match somewhere (`pattern`).
    pub pattern: Option<&'static str>,
    /// Whether the text must be an absolute http or https URL (`format: uri`).
    pub uri: bool,
    /// The smallest number (`minimum`).
    pub minimum: Option<f64>,
    /// The largest number (`maximum`).
    pub maximum: Option<f64>,
    /// The fewest items of a list (`minItems`).
    pub min_items: Option<u64>,
    /// The most items of a list (`maxItems`).
    pub max_items: Option<u64>,
    /// The limits of each item of a list.
    pub items: Option<&'static Limits>,
    /// Whether `""`, which clears the field, passes the checks of the text (`x-clearable`).
    pub empty_clears: bool,
    /// The most keys of a hash (`maxProperties`).
    pub max_entries: Option<u64>,
    /// The longest key of a hash, in characters (`x-key-max-length`).
    pub key_max_length: Option<u64>,
    /// The characters a key of a hash may not contain (`x-key-forbidden`), besides being empty.
    pub key_forbidden: Option<&'static str>,
    /// The limits of each value of a hash.
    pub values: Option<&'static Limits>,
}

impl Limits {
    /// No limit at all.
    pub const NONE: Limits = Limits {
        min_length: None,
        max_length: None,
        pattern: None,
        uri: false,
        minimum: None,
        maximum: None,
        min_items: None,
        max_items: None,
        items: None,
        empty_clears: false,
        max_entries: None,
        key_max_length: None,
        key_forbidden: None,
        values: None,
    };
}

/// One polling trigger of the connector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TriggerInfo {
    /// The trigger's name, such as `OnNewOrder`.
    pub name: &'static str,
    /// The word that names it on the command line (`watch customer`), from the objects it
    /// delivers, such as `invoice-item`.
    pub command: &'static str,
    /// The name users see, such as `When an order is added`.
    pub summary: &'static str,
    /// The types of the events that announce its objects (`x-trigger.events`), such as
    /// `charge.succeeded`; [`crate::webhook`] reads webhooks by them.
    pub events: &'static [&'static str],
    /// The `operationId` of the list it polls, such as `ListOrders`.
    pub operation_id: &'static str,
    /// The [`Client`] method that reads one page, such as `list_orders`.
    pub method_name: &'static str,
    /// The path of the list, such as `/v1/orders`.
    pub path: &'static str,
    /// The most objects one page of the list holds (the `maximum` of its `limit`).
    pub page_limit: NonZeroU64,
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

    /// Reads one page of the list through `client`, once `query` is checked against the limits
    /// the spec puts on the list's parameters.
    fn list(
        client: &Client,
        query: &ListQuery,
    ) -> impl Future<Output = Result<Self::Page, Error>> + Send;
}

/// The parameters of one page of a polled list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListQuery {
    /// How many objects the page may hold (at most the trigger's
    /// [`page_limit`](TriggerInfo::page_limit)).
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
