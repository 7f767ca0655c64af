//! The validated model: what codegen knows about the connector once the spec has been checked.

use openapiv3::OpenAPI;

/// A spec that passed every check, with the connector metadata read out of its extensions.
#[derive(Debug)]
pub struct Spec {
    /// The OpenAPI document, as progenitor will read it.
    pub openapi: OpenAPI,
    /// The same document as written (and checked), for what `openapiv3` drops: the `x-` keys
    /// beside a `$ref`, such as `x-original` on a field that refers to a component schema.
    pub document: serde_json::Value,
    /// The connection rules from `info.x-connector`.
    pub connector: Connector,
    /// Every operation, in the order of the spec.
    pub operations: Vec<Operation>,
    /// The actions declared with `x-action`, in the order of the spec.
    pub actions: Vec<Action>,
    /// The polling triggers declared with `x-trigger`, in the order of the spec.
    pub triggers: Vec<Trigger>,
    /// The component string enums marked `x-open-enum: true`, which also take values Stripe
    /// adds later (in an `Other` variant).
    pub open_enums: Vec<String>,
}

/// The connection rules of the original connector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connector {
    /// The Stripe API version every request is pinned to (`info.version`).
    pub stripe_version: String,
    /// At most this many calls per connection...
    pub throttle_calls: u32,
    /// ...in any window of this many seconds.
    pub throttle_period_seconds: u64,
    /// How often a trigger polls by default, in seconds.
    pub poll_interval_seconds: u64,
}

impl Trigger {
    /// The name `watch` gives the trigger: its items' kind, such as `invoice-item`.
    pub fn watch_name(&self) -> String {
        crate::names::kebab(&self.item_schema)
    }
}

/// One operation of the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The spec's `operationId`, such as `CreateProduct`.
    pub id: String,
    /// The name of the generated `Client` method, such as `create_product`.
    pub method_name: String,
    /// The HTTP method, upper case.
    pub http_method: String,
    /// The path template, such as `/v1/products/{id}`.
    pub path: String,
    /// The summary users see, such as `Create a product`.
    pub summary: String,
    /// What the operation does, in the spec's words.
    pub description: Option<String>,
    /// Its parameters, then its form fields.
    pub inputs: Vec<Input>,
}

/// One input of an operation: a parameter or a form field.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// The name Stripe reads, such as `images` or `created[gt]`.
    pub name: String,
    /// What it is for, in the spec's words.
    pub description: Option<String>,
    /// Where it goes: the path, the query or the form body.
    pub place: Place,
    /// Whether it must be given.
    pub required: bool,
    /// What kind of value it takes.
    pub shape: Shape,
    /// The limits the spec puts on its value (`maxLength`, `pattern`, `maxItems`...).
    pub constraints: Constraints,
    /// The command-line flag that sets it (`x-flag`), when not its name.
    pub flag: Option<String>,
    /// Whether Stripe unsets it when sent empty (`x-clearable`): a `Clearable` in Rust.
    pub clearable: bool,
    /// Whether the original connector had it (`x-original`): shown first in `--help`.
    pub original: bool,
}

impl Input {
    /// Whether people see it first: the original connector had it, or it must be given. The
    /// others come after, under their own heading in `--help` and as advanced inputs on Power
    /// Platform.
    pub fn shown_first(&self) -> bool {
        self.original || self.required
    }
}

/// Where an input goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A path parameter, such as `{customer}`.
    Path,
    /// A query parameter.
    Query,
    /// A field of the form body.
    Body,
}

/// The kind of value an input takes.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A string.
    String,
    /// A string from a closed list; its type enforces the list.
    Enum(Vec<String>),
    /// An integer.
    Integer,
    /// A time in whole seconds since the Unix epoch (`format: unix-time`): `crate::Timestamp`.
    Timestamp,
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A list of values of one shape.
    Array(Box<Shape>),
    /// A hash of values of one shape under keys the caller picks, such as `metadata` (sent as
    /// `name[key]=`).
    Map(Box<Shape>),
    /// An object of named fields (sent as `name[field]=`); its fields, when the spec lists them.
    Object(Vec<Input>),
}

/// The limits the spec puts on a value: each becomes a check made before sending.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Constraints {
    /// `minLength`, in characters.
    pub min_length: Option<u64>,
    /// `maxLength`, in characters.
    pub max_length: Option<u64>,
    /// `pattern`, a regular expression the string must match somewhere.
    pub pattern: Option<String>,
    /// `format: uri`: an absolute http or https URL.
    pub uri: bool,
    /// `minimum`, inclusive.
    pub minimum: Option<f64>,
    /// `maximum`, inclusive.
    pub maximum: Option<f64>,
    /// `minItems`.
    pub min_items: Option<u64>,
    /// `maxItems`.
    pub max_items: Option<u64>,
    /// The limits on each item of an array.
    pub items: Option<Box<Constraints>>,
    /// `maxProperties`: the most keys of a hash.
    pub max_properties: Option<u64>,
    /// `x-key-max-length`: the longest key of a hash, in characters.
    pub key_max_length: Option<u64>,
    /// `x-key-forbidden`: the characters a key of a hash may not contain (at least `[` and `]`,
    /// which Stripe's form syntax reads as structure).
    pub key_forbidden: Option<String>,
    /// `x-clearable` on a plain string: `""` clears the field, so it passes the other checks.
    pub empty_clears: bool,
    /// The limits on each value of a hash.
    pub values: Option<Box<Constraints>>,
}

impl Constraints {
    /// Whether there is nothing to check.
    pub fn is_empty(&self) -> bool {
        self == &Constraints::default()
    }
}

/// An action: an operation users run, with the command that runs it from the shell.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// The operation it runs.
    pub operation: Operation,
    /// The group and subcommand a person types (`x-action.command`), such as `customer get`.
    pub command: [String; 2],
    /// The component schema of its form body, which is the body's type in `types`.
    pub body: Option<String>,
    /// The component schema of its `200` answer, the type it returns.
    pub response: String,
}

/// A polling trigger: a list operation watched for new objects.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    /// The trigger's name, such as `OnNewOrder`.
    pub name: String,
    /// The summary users see, such as `When an order is added`.
    pub summary: String,
    /// The list operation it polls.
    pub operation: Operation,
    /// The schema of one page of the list, such as `OrderList`.
    pub page_schema: String,
    /// The schema of the objects it delivers, such as `Order`.
    pub item_schema: String,
    /// The item's creation-time field (`created`, or `date` for invoice items).
    pub created_field: String,
    /// The event types that announce its items (`x-trigger.events`), such as
    /// `charge.succeeded`.
    pub events: Vec<String>,
    /// The most objects one page may hold: the `maximum` of the list's `limit`.
    pub page_limit: u64,
}
