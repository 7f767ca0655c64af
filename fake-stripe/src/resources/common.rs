//! Helpers shared by the resource handlers: setting clearable fields, hashes such as addresses,
//! currencies, enums and test payment sources.

use serde_json::{Map, Value, json};

use crate::errors::{ApiError, ApiResult};
use crate::form::Node;
use crate::params::Params;
use crate::store::random_alnum;

/// A 400 without a code, as Stripe answers for values outside an enum or range.
pub fn invalid_value(param: &str, message: impl Into<String>) -> ApiError {
    let mut e = ApiError::invalid("parameter_invalid_string", Some(param), message);
    e.code = None;
    e
}

/// Copies clearable string parameters into `obj`: a value, or `null` when sent empty.
pub fn set_strings(params: &Params, obj: &mut Value, names: &[&str]) -> ApiResult<()> {
    for name in names {
        if let Some(v) = params.nullable_str(name)? {
            obj[*name] = json!(v);
        }
    }
    Ok(())
}

/// Copies boolean parameters into `obj`.
pub fn set_bools(params: &Params, obj: &mut Value, names: &[&str]) -> ApiResult<()> {
    for name in names {
        if let Some(v) = params.bool(name)? {
            obj[*name] = json!(v);
        }
    }
    Ok(())
}

/// Applies `metadata[...]` to `obj["metadata"]`.
pub fn set_metadata(params: &Params, obj: &mut Value) -> ApiResult<()> {
    let mut meta = obj["metadata"].as_object().cloned().unwrap_or_default();
    params.apply_metadata(&mut meta)?;
    obj["metadata"] = Value::Object(meta);
    Ok(())
}

/// A lowercase ISO currency code, or `parameter_invalid_string` style error.
pub fn currency(params: &Params, name: &str) -> ApiResult<Option<String>> {
    match params.str(name)? {
        None => Ok(None),
        Some(c) if c.len() == 3 && c.chars().all(|c| c.is_ascii_alphabetic()) => {
            Ok(Some(c.to_ascii_lowercase()))
        }
        Some(c) => Err(invalid_value(name, format!("Invalid currency: {c}."))),
    }
}

/// An email address: must look like one (`email_invalid` otherwise); empty clears it.
pub fn email(params: &Params, name: &str) -> ApiResult<Option<Option<String>>> {
    match params.nullable_str(name)? {
        Some(Some(e)) if !valid_email(&e) => Err(ApiError::invalid(
            "email_invalid",
            Some(name),
            format!("Invalid email address: {e}"),
        )),
        v => Ok(v),
    }
}

fn valid_email(e: &str) -> bool {
    match e.split_once('@') {
        Some((user, host)) => !user.is_empty() && host.contains('.') && !host.contains('@'),
        None => false,
    }
}

/// A hash parameter whose keys must be among `keys`, as JSON with every key present
/// (missing ones `null`). `None` if not sent, `Some(Null)` if sent empty.
pub fn hash(params: &Params, name: &str, keys: &[&str]) -> ApiResult<Option<Value>> {
    match params.get(name) {
        None => Ok(None),
        Some(node) => node_hash(node, name, keys).map(Some),
    }
}

/// Converts a hash node, checking its keys, filling absent ones with `null`.
pub fn node_hash(node: &Node, name: &str, keys: &[&str]) -> ApiResult<Value> {
    let entries = match node {
        Node::Str(s) if s.is_empty() => return Ok(Value::Null),
        Node::Str(s) => {
            return Err(ApiError::invalid(
                "parameter_invalid_hash",
                Some(name),
                format!("Invalid hash: {s}"),
            ));
        }
        Node::Map(m) => m,
    };
    let mut out = Map::new();
    for k in keys {
        out.insert((*k).to_owned(), Value::Null);
    }
    for (k, v) in entries {
        if !keys.contains(&k.as_str()) {
            return Err(ApiError::unknown_param(&format!("{name}[{k}]")));
        }
        out.insert(k.clone(), to_json(v));
    }
    Ok(Value::Object(out))
}

/// A node as JSON: strings stay strings, maps become objects.
pub fn to_json(node: &Node) -> Value {
    match node {
        Node::Str(s) => json!(s),
        Node::Map(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
    }
}

/// A shipping hash (`shipping[name]`, `shipping[address][...]`, ...).
pub fn shipping(params: &Params) -> ApiResult<Option<Value>> {
    let keys = &["address", "carrier", "name", "phone", "tracking_number"];
    let Some(mut v) = hash(params, "shipping", keys)? else {
        return Ok(None);
    };
    if let Some(addr) = params.get("shipping").and_then(|n| n.get("address")) {
        v["address"] = node_hash(
            addr,
            "shipping[address]",
            &["city", "country", "line1", "line2", "postal_code", "state"],
        )?;
    }
    Ok(Some(v))
}

/// A card as a test token or payment method stands for: `(brand, last4, funding)`.
pub struct TestCard {
    /// Card brand, e.g. `visa`.
    pub brand: &'static str,
    /// Last four digits.
    pub last4: &'static str,
    /// Whether charging it is declined.
    pub declined: bool,
}

/// Resolves a test source (`tok_visa`, `pm_card_visa`, `tok_chargeDeclined`, ...); any other
/// `tok_`/`card_`/`src_`/`pm_` id is taken as a Visa. Anything else is `None`.
pub fn test_card(source: &str) -> Option<TestCard> {
    let name = ["tok_", "pm_card_", "card_", "src_", "pm_"]
        .iter()
        .find_map(|p| source.strip_prefix(p))?;
    let (brand, last4) = match name.to_ascii_lowercase().as_str() {
        "mastercard" => ("MasterCard", "4444"),
        "amex" => ("American Express", "8431"),
        "discover" => ("Discover", "1117"),
        _ => ("Visa", "4242"),
    };
    Some(TestCard {
        brand,
        last4,
        declined: name.eq_ignore_ascii_case("chargeDeclined"),
    })
}

/// A card object as attached to a customer.
pub fn card_object(card: &TestCard, customer: &str) -> Value {
    json!({
        "id": format!("card_{}", random_alnum(24)),
        "object": "card",
        "address_city": null, "address_country": null, "address_line1": null,
        "address_line1_check": null, "address_line2": null, "address_state": null,
        "address_zip": null, "address_zip_check": null,
        "brand": card.brand,
        "country": "US",
        "customer": customer,
        "cvc_check": "pass",
        "dynamic_last4": null,
        "exp_month": 8,
        "exp_year": 2030,
        "fingerprint": random_alnum(16),
        "funding": "credit",
        "last4": card.last4,
        "metadata": {},
        "name": null,
        "tokenization_method": null,
    })
}

/// Resolves a required-to-exist id parameter of another kind (404 naming the param otherwise).
pub fn existing(
    store: &crate::store::Store,
    kind: crate::store::Kind,
    params: &Params,
    name: &str,
) -> ApiResult<Option<Value>> {
    match params.str(name)? {
        None => Ok(None),
        Some(id) => store.fetch(kind, &id, Some(name)).map(Some),
    }
}

/// The JSON answer for `value` (an object of `kind` or a list of them), with the request's
/// `expand[]` applied.
pub fn reply(
    app: &crate::server::Shared,
    params: &Params,
    kind: crate::store::Kind,
    value: Value,
) -> ApiResult<axum::Json<Value>> {
    crate::expand::apply(&app.store, params, kind, value).map(axum::Json)
}
