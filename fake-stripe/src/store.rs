//! In-memory object store: one collection per resource kind, each object with its creation
//! sequence number so objects created in the same second keep a stable order.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use serde_json::Value;

use crate::errors::{ApiError, ApiResult};

/// The resource kinds the fake serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `prod_…`
    Product,
    /// `cus_…`
    Customer,
    /// `ch_…`
    Charge,
    /// `ii_…`
    InvoiceItem,
    /// `or_…`
    Order,
}

impl Kind {
    /// Id prefix, with its underscore.
    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Product => "prod_",
            Kind::Customer => "cus_",
            Kind::Charge => "ch_",
            Kind::InvoiceItem => "ii_",
            Kind::Order => "or_",
        }
    }

    /// The `object` field and the name used in "No such …" messages.
    pub fn object(self) -> &'static str {
        match self {
            Kind::Product => "product",
            Kind::Customer => "customer",
            Kind::Charge => "charge",
            Kind::InvoiceItem => "invoiceitem",
            Kind::Order => "order",
        }
    }

    /// The collection's URL path (`/v1/customers`).
    pub fn url(self) -> &'static str {
        match self {
            Kind::Product => "/v1/products",
            Kind::Customer => "/v1/customers",
            Kind::Charge => "/v1/charges",
            Kind::InvoiceItem => "/v1/invoiceitems",
            Kind::Order => "/v1/orders",
        }
    }

    /// Length of the random part of ids, as Stripe's look.
    fn id_len(self) -> usize {
        match self {
            Kind::Product | Kind::Customer => 14,
            _ => 24,
        }
    }
}

/// Random alphanumerics of length `n`.
pub fn random_alnum(n: usize) -> String {
    std::iter::repeat_with(fastrand::alphanumeric)
        .take(n)
        .collect()
}

/// A fresh id for `kind` (`cus_` plus random alphanumerics).
pub fn new_id(kind: Kind) -> String {
    format!("{}{}", kind.prefix(), random_alnum(kind.id_len()))
}

/// What Stripe answers for a deleted object, to the delete and to later retrieves.
pub fn deleted_stub(kind: Kind, id: &str) -> Value {
    serde_json::json!({"id": id, "object": kind.object(), "deleted": true})
}

/// One stored object.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Global creation sequence number (tie-breaker within a second).
    pub seq: u64,
    /// Creation time in unix seconds (`created`, or `date` for invoice items).
    pub created: i64,
    /// The object as returned by the API.
    pub obj: Value,
}

impl Entry {
    /// The object's id.
    pub fn id(&self) -> &str {
        self.obj["id"].as_str().unwrap_or_default()
    }

    /// Sort key: larger is newer.
    pub fn key(&self) -> (i64, u64) {
        (self.created, self.seq)
    }
}

#[derive(Default)]
struct Inner {
    seq: u64,
    collections: HashMap<Kind, Vec<Entry>>,
    /// Ids removed by [`Store::remove`], which Stripe still answers as deleted objects.
    deleted: HashSet<(Kind, String)>,
}

/// The whole fake's data, behind one lock.
#[derive(Default)]
pub struct Store {
    inner: Mutex<Inner>,
}

impl Store {
    /// Stores a new object; fails with `resource_already_exists` if its id is taken.
    pub fn insert(&self, kind: Kind, created: i64, obj: Value) -> ApiResult<Value> {
        let mut inner = self.inner.lock().expect("store lock");
        inner.seq += 1;
        let seq = inner.seq;
        let col = inner.collections.entry(kind).or_default();
        let id = obj["id"].as_str().unwrap_or_default();
        if col.iter().any(|e| e.id() == id) {
            return Err(ApiError::invalid(
                "resource_already_exists",
                Some("id"),
                format!("{} already exists.", kind.object()),
            ));
        }
        col.push(Entry {
            seq,
            created,
            obj: obj.clone(),
        });
        Ok(obj)
    }

    /// The object with `id`, if any.
    pub fn get(&self, kind: Kind, id: &str) -> Option<Value> {
        self.entry(kind, id).map(|e| e.obj)
    }

    /// The entry with `id`, if any.
    pub fn entry(&self, kind: Kind, id: &str) -> Option<Entry> {
        let inner = self.inner.lock().expect("store lock");
        inner
            .collections
            .get(&kind)?
            .iter()
            .find(|e| e.id() == id)
            .cloned()
    }

    /// The object with `id`, or 404 `resource_missing` naming `param` if given.
    pub fn fetch(&self, kind: Kind, id: &str, param: Option<&str>) -> ApiResult<Value> {
        self.get(kind, id)
            .ok_or_else(|| ApiError::missing_resource(kind.object(), id, param))
    }

    /// Applies `f` to a copy of the object and stores it only if `f` succeeds.
    pub fn update(
        &self,
        kind: Kind,
        id: &str,
        f: impl FnOnce(&mut Value) -> ApiResult<()>,
    ) -> ApiResult<Value> {
        let mut inner = self.inner.lock().expect("store lock");
        let entry = inner
            .collections
            .get_mut(&kind)
            .and_then(|c| c.iter_mut().find(|e| e.id() == id))
            .ok_or_else(|| ApiError::missing_resource(kind.object(), id, Some("id")))?;
        let mut copy = entry.obj.clone();
        f(&mut copy)?;
        entry.obj = copy.clone();
        Ok(copy)
    }

    /// Removes the object; false if there was none.
    pub fn remove(&self, kind: Kind, id: &str) -> bool {
        let mut inner = self.inner.lock().expect("store lock");
        let Some(col) = inner.collections.get_mut(&kind) else {
            return false;
        };
        let before = col.len();
        col.retain(|e| e.id() != id);
        let removed = col.len() != before;
        if removed {
            inner.deleted.insert((kind, id.to_owned()));
        }
        removed
    }

    /// The stub Stripe answers for an object [`Store::remove`] deleted
    /// (`{"id", "object", "deleted": true}`), if `id` is one.
    pub fn deleted(&self, kind: Kind, id: &str) -> Option<Value> {
        let inner = self.inner.lock().expect("store lock");
        inner
            .deleted
            .contains(&(kind, id.to_owned()))
            .then(|| deleted_stub(kind, id))
    }

    /// A copy of every entry of `kind`, in creation order.
    pub fn all(&self, kind: Kind) -> Vec<Entry> {
        let inner = self.inner.lock().expect("store lock");
        inner.collections.get(&kind).cloned().unwrap_or_default()
    }
}
