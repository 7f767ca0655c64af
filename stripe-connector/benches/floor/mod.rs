//! The floor of the benches: Stripe's customer of 2019-10-08 as a plain `#[derive(Deserialize)]`
//! struct, every one of its 26 fields with nothing in between (no `Expandable`, no open enums,
//! no timestamp type: strings, integers and nested plain structs), and what a bare reqwest call
//! does with it.
//!
//! The items of the three sub-lists are plain structs of their ids; Stripe's fixture customer,
//! the answer of the benches, has them empty.

use std::collections::BTreeMap;

use serde::Deserialize;

/// A customer, as a plain struct of all its fields.
#[derive(Debug, Deserialize)]
pub struct Customer {
    pub account_balance: Option<i64>,
    pub address: Option<Address>,
    pub balance: Option<i64>,
    pub created: i64,
    pub currency: Option<String>,
    pub default_source: Option<String>,
    pub delinquent: Option<bool>,
    pub description: Option<String>,
    pub discount: Option<Discount>,
    pub email: Option<String>,
    pub id: String,
    pub invoice_prefix: Option<String>,
    pub invoice_settings: Option<InvoiceSettings>,
    pub livemode: bool,
    #[serde(default)]
    pub metadata: BTreeMap<String, String>,
    pub name: Option<String>,
    pub object: String,
    pub phone: Option<String>,
    pub preferred_locales: Option<Vec<String>>,
    pub shipping: Option<Shipping>,
    pub sources: List<Item>,
    pub subscriptions: Option<List<Item>>,
    pub tax_exempt: Option<String>,
    pub tax_ids: Option<List<Item>>,
    pub tax_info: Option<TaxInfo>,
    pub tax_info_verification: Option<TaxInfoVerification>,
}

#[derive(Debug, Deserialize)]
pub struct Address {
    pub city: Option<String>,
    pub country: Option<String>,
    pub line1: Option<String>,
    pub line2: Option<String>,
    pub postal_code: Option<String>,
    pub state: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Shipping {
    pub address: Option<Address>,
    pub carrier: Option<String>,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub tracking_number: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct InvoiceSettings {
    pub custom_fields: Option<Vec<CustomField>>,
    pub default_payment_method: Option<String>,
    pub footer: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct CustomField {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Deserialize)]
pub struct Discount {
    pub coupon: Coupon,
    pub customer: Option<String>,
    pub end: Option<i64>,
    pub object: String,
    pub start: i64,
    pub subscription: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Coupon {
    pub amount_off: Option<i64>,
    pub created: i64,
    pub currency: Option<String>,
    pub duration: String,
    pub duration_in_months: Option<i64>,
    pub id: String,
    pub livemode: bool,
    pub max_redemptions: Option<i64>,
    #[serde(default)]
    pub metadata: BTreeMap<String, String>,
    pub name: Option<String>,
    pub object: String,
    pub percent_off: Option<f64>,
    pub redeem_by: Option<i64>,
    pub times_redeemed: i64,
    pub valid: bool,
}

/// One of a customer's sub-lists (`sources`, `subscriptions`, `tax_ids`), or a page of a list.
#[derive(Debug, Deserialize)]
pub struct List<T> {
    pub data: Vec<T>,
    pub has_more: bool,
    pub object: String,
    pub total_count: Option<i64>,
    pub url: String,
}

/// An item of a sub-list, by its id.
#[derive(Debug, Deserialize)]
pub struct Item {
    pub id: String,
    pub object: String,
}

#[derive(Debug, Deserialize)]
pub struct TaxInfo {
    pub tax_id: Option<String>,
    #[serde(rename = "type")]
    pub type_: String,
}

#[derive(Debug, Deserialize)]
pub struct TaxInfoVerification {
    pub status: Option<String>,
    pub verified_name: Option<String>,
}
