//! `expand[]`: replaces an id field (`customer`, `data.customer`, `customer.default_source`...)
//! with the object it names. Paths are checked first against what Stripe 2019-10-08 marks
//! expandable (`x-expansionResources`) on each object, whatever the data, and an other path is
//! refused as Stripe does: "This property cannot be expanded (foo).". Then each id the fake
//! holds is replaced (a deleted customer expands to its deleted stub, as on Stripe; a customer's
//! `default_source` to the card among its sources); ids of objects the fake does not keep, such
//! as a charge's `balance_transaction`, stay ids.

use serde_json::Value;

use crate::errors::{ApiError, ApiResult};
use crate::form::Node;
use crate::params::Params;
use crate::store::{Kind, Store};

const KINDS: [Kind; 5] = [
    Kind::Customer,
    Kind::Product,
    Kind::Charge,
    Kind::InvoiceItem,
    Kind::Order,
];

/// What an expandable `field` of an `object` expands into, by its `object` name; `None` when
/// Stripe does not expand that field. Objects the fake does not model further are `"other"`.
fn target(object: &str, field: &str) -> Option<&'static str> {
    Some(match (object, field) {
        ("customer", "default_source") => "card",
        ("charge" | "order" | "invoiceitem", "customer") => "customer",
        ("charge", "order") => "order",
        ("order", "charge") => "charge",
        (
            "charge",
            "application"
            | "application_fee"
            | "balance_transaction"
            | "dispute"
            | "invoice"
            | "on_behalf_of"
            | "review"
            | "source_transfer"
            | "transfer",
        ) => "other",
        ("invoiceitem", "invoice" | "subscription") => "other",
        _ => return None,
    })
}

/// The expand paths of a request (`expand[]=a&expand[0]=b` or `expand=a`).
fn paths(params: &Params) -> Vec<String> {
    match params.get("expand") {
        None => Vec::new(),
        Some(Node::Str(s)) => vec![s.clone()],
        Some(n) => n
            .as_list()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|n| n.as_str().map(str::to_owned))
            .collect(),
    }
}

/// Refuses `path` unless each step is expandable from the object before it; `list` says the
/// response is a list of `object`s, whose paths start with `data.`.
fn check_path(object: &str, list: bool, path: &str) -> ApiResult<()> {
    let refuse = || {
        let mut e = ApiError::invalid(
            "parameter_invalid_string",
            None,
            format!("This property cannot be expanded ({path})."),
        );
        e.code = None;
        e
    };
    let mut parts = path.split('.');
    if list && parts.next() != Some("data") {
        return Err(refuse());
    }
    let mut current = object;
    let mut steps = 0;
    for part in parts {
        current = target(current, part).ok_or_else(refuse)?;
        steps += 1;
    }
    if steps == 0 {
        return Err(refuse());
    }
    Ok(())
}

/// The object an id names, among the fake's objects or a customer's sources.
fn resolve(store: &Store, parent: &Value, field: &str, id: &str) -> Option<Value> {
    if field == "default_source" {
        return parent["sources"]["data"]
            .as_array()?
            .iter()
            .find(|s| s["id"] == id)
            .cloned();
    }
    KINDS
        .iter()
        .filter(|k| id.starts_with(k.prefix()))
        .find_map(|k| store.get(*k, id).or_else(|| store.deleted(*k, id)))
}

fn expand_path(store: &Store, value: &mut Value, path: &[&str]) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    if *first == "data"
        && value["object"] == "list"
        && let Some(items) = value["data"].as_array_mut()
    {
        for item in items {
            expand_path(store, item, rest);
        }
        return;
    }
    let found = match value.get(*first).and_then(Value::as_str) {
        Some(id) => resolve(store, value, first, id),
        None => None,
    };
    let Some(field) = value.get_mut(*first) else {
        return;
    };
    if let Some(obj) = found {
        *field = obj;
    }
    expand_path(store, field, rest);
}

/// Refuses the request's first `expand[]` path that Stripe would not expand on one object of
/// `kind`: a write checks its paths before it changes anything.
pub fn check(params: &Params, kind: Kind) -> ApiResult<()> {
    paths(params)
        .iter()
        .try_for_each(|path| check_path(kind.object(), false, path))
}

/// Applies the request's `expand[]` paths to a response: one object of `kind`, or a list of
/// them. Fails on the first path Stripe would not expand.
pub fn apply(store: &Store, params: &Params, kind: Kind, mut value: Value) -> ApiResult<Value> {
    let list = value["object"] == "list";
    for path in paths(params) {
        check_path(kind.object(), list, &path)?;
        let parts: Vec<&str> = path.split('.').collect();
        expand_path(store, &mut value, &parts);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_follow_stripe_expansions() {
        assert!(check_path("charge", false, "customer.default_source").is_ok());
        assert!(check_path("charge", false, "order.customer").is_ok());
        assert!(check_path("order", true, "data.charge.customer").is_ok());
        assert!(check_path("invoiceitem", false, "invoice").is_ok());
        for (object, list, path) in [
            ("product", false, "id"),
            ("customer", false, "sources"),
            ("charge", true, "customer"),
            ("charge", true, "data"),
            ("charge", false, "customer.foo"),
            ("customer", false, ""),
        ] {
            let e = check_path(object, list, path).expect_err(path);
            assert_eq!(
                e.message,
                format!("This property cannot be expanded ({path}).")
            );
        }
    }
}
