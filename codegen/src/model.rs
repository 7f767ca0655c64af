//! The validated model: what codegen knows about the connector once the spec has been checked.

use openapiv3::OpenAPI;

/// A spec that passed every check, with the connector metadata read out of its extensions.
#[derive(Debug)]
pub struct Spec {
    /// The OpenAPI document, as progenitor will read it.
    pub openapi: OpenAPI,
    /// The connection rules from `info.x-connector`.
    pub connector: Connector,
    /// Every operation, in the order of the spec.
    pub operations: Vec<Operation>,
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

/// One operation of the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The name Stripe reads, such as `images` or `created[gt]`.
    pub name: String,
    /// What it is for, in the spec's words.
    pub description: Option<String>,
}

/// A polling trigger: a list operation watched for new objects.
#[derive(Debug, Clone, PartialEq, Eq)]
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
}
