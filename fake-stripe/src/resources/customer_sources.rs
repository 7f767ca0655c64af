//! A customer's payment sources: `source`, `card` and `bank_account` (a test token or a hash of
//! details) attach a new source that replaces the default one, as Stripe does; `default_source`
//! (and its legacy aliases `default_card`, `default_bank_account`, `default_alipay_account`)
//! picks one already attached. The sources live in the customer's `sources` list.

use serde_json::{Value, json};

use super::common;
use crate::errors::{ApiError, ApiResult};
use crate::params::Params;
use crate::schema::Field;
use crate::store::random_alnum;
use crate::validate;

/// The last four characters of `s` (all of them if fewer).
fn last4(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    chars[chars.len().saturating_sub(4)..].iter().collect()
}

/// A card from a hash of details (`card[number]`, `card[exp_month]`...).
fn card_from_details(details: &Value, customer: &str) -> Value {
    let number = details["number"].as_str().unwrap_or_default();
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let brand = match digits.chars().next() {
        Some('3') => "amex",
        Some('5') => "mastercard",
        Some('6') => "discover",
        _ => "visa",
    };
    let test = common::test_card(&format!("tok_{brand}")).unwrap_or(common::TestCard {
        brand: "Visa",
        last4: "4242",
        declined: false,
    });
    let mut card = common::card_object(&test, customer);
    card["last4"] = json!(last4(&digits));
    for key in [
        "address_city",
        "address_country",
        "address_line1",
        "address_line2",
        "address_state",
        "address_zip",
        "exp_month",
        "exp_year",
        "name",
    ] {
        if !details[key].is_null() {
            card[key] = details[key].clone();
        }
    }
    if details["metadata"].is_object() {
        card["metadata"] = details["metadata"].clone();
    }
    card
}

/// A bank account from a token (`btok_…`) or a hash of details.
fn bank_account(details: &Value, customer: &str) -> Value {
    let number = details["account_number"].as_str().unwrap_or("000123456789");
    json!({
        "id": format!("ba_{}", random_alnum(24)),
        "object": "bank_account",
        "account_holder_name": details["account_holder_name"],
        "account_holder_type": details["account_holder_type"],
        "bank_name": "STRIPE TEST BANK",
        "country": details["country"].as_str().unwrap_or("US"),
        "currency": details["currency"].as_str().map_or("usd".into(), str::to_ascii_lowercase),
        "customer": customer,
        "fingerprint": random_alnum(16),
        "last4": last4(number),
        "metadata": {},
        "routing_number": details["routing_number"].as_str().unwrap_or("110000000"),
        "status": "new",
    })
}

/// The source a parameter attaches, if it was sent: a test token or a hash of details.
fn new_source(
    params: &Params,
    fields: &[Field],
    name: &str,
    customer: &str,
) -> ApiResult<Option<Value>> {
    let Some(value) = validate::param(params, fields, name) else {
        return Ok(None);
    };
    let no_token = |t: &str| ApiError::missing_resource("token", t, Some(name));
    let source = match (name, &value) {
        ("bank_account", Value::String(t)) if t.starts_with("btok_") => {
            bank_account(&Value::Null, customer)
        }
        ("bank_account", Value::String(t)) => return Err(no_token(t)),
        ("bank_account", details) => bank_account(details, customer),
        (_, Value::String(t)) => {
            let card = common::test_card(t).ok_or_else(|| {
                ApiError::missing_resource(
                    if name == "source" { "source" } else { "token" },
                    t,
                    Some(name),
                )
            })?;
            common::card_object(&card, customer)
        }
        (_, details) => card_from_details(details, customer),
    };
    Ok(Some(source))
}

/// Applies `source`, `card`, `bank_account` and the `default_*` parameters to `customer`.
pub fn apply(params: &Params, fields: &[Field], customer: &mut Value) -> ApiResult<()> {
    let id = customer["id"].as_str().unwrap_or_default().to_owned();
    for name in ["source", "card", "bank_account"] {
        if let Some(source) = new_source(params, fields, name, &id)? {
            let old = customer["default_source"].clone();
            let mut data: Vec<Value> = customer["sources"]["data"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            data.retain(|s| s["id"] != old);
            customer["default_source"] = source["id"].clone();
            data.insert(0, source);
            customer["sources"]["total_count"] = json!(data.len());
            customer["sources"]["data"] = Value::Array(data);
        }
    }
    for name in [
        "default_source",
        "default_card",
        "default_bank_account",
        "default_alipay_account",
    ] {
        if let Some(wanted) = params.str(name)? {
            let attached = customer["sources"]["data"]
                .as_array()
                .is_some_and(|d| d.iter().any(|s| s["id"] == wanted.as_str()));
            if !attached {
                return Err(ApiError::missing_resource("source", &wanted, Some(name)));
            }
            customer["default_source"] = json!(wanted);
        }
    }
    Ok(())
}
