//! `expand[]`: replaces an id field (`customer`, `data.customer`, ...) with the object it names,
//! when the fake holds that object (a deleted customer expands to its deleted stub, as on
//! Stripe). Other paths are accepted and left as they are.

use serde_json::Value;

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

fn expand_path(store: &Store, value: &mut Value, path: &[&str]) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    if *first == "data"
        && let Some(items) = value["data"].as_array_mut()
    {
        for item in items {
            expand_path(store, item, rest);
        }
        return;
    }
    let Some(field) = value.get_mut(*first) else {
        return;
    };
    if rest.is_empty() {
        if let Some(id) = field.as_str() {
            let found = KINDS
                .iter()
                .filter(|k| id.starts_with(k.prefix()))
                .find_map(|k| store.get(*k, id).or_else(|| store.deleted(*k, id)));
            if let Some(obj) = found {
                *field = obj;
            }
        }
    } else {
        expand_path(store, field, rest);
    }
}

/// Applies the request's `expand[]` paths to a response object or list.
pub fn apply(store: &Store, params: &Params, mut value: Value) -> Value {
    for path in paths(params) {
        let parts: Vec<&str> = path.split('.').collect();
        expand_path(store, &mut value, &parts);
    }
    value
}
