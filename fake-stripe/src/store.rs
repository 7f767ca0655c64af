//! In-memory object store: one account per API key, as on Stripe, where each key sees only its
//! own account's objects; in each account one collection per resource kind. The account is the
//! one of the request being served ([`as_account`]). Each collection keeps its objects
//! (shared, never deep-copied for reads that do not return them) in a B-tree ordered by
//! `(created, creation sequence)`, so objects created in the same second keep a stable order,
//! plus an id index: lookups, inserts, updates and removals are O(log n), and a list page is a
//! range walk.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};

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
    /// `evt_…`
    Event,
    /// `we_…`
    WebhookEndpoint,
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
            Kind::Event => "evt_",
            Kind::WebhookEndpoint => "we_",
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
            Kind::Event => "event",
            Kind::WebhookEndpoint => "webhook_endpoint",
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
            Kind::Event => "/v1/events",
            Kind::WebhookEndpoint => "/v1/webhook_endpoints",
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

/// Sort key of a stored object: `(created, seq)`; larger is newer.
pub type Key = (i64, u64);

/// One resource kind's objects: ordered by [`Key`], indexed by id.
#[derive(Default)]
pub struct Collection {
    /// Id to sort key.
    by_id: HashMap<String, Key>,
    /// The objects, oldest first.
    by_key: BTreeMap<Key, Arc<Value>>,
}

impl Collection {
    /// The sort key of the object with `id`, if any.
    pub fn key(&self, id: &str) -> Option<Key> {
        self.by_id.get(id).copied()
    }

    /// The objects whose keys lie in `lo..=hi`, oldest first (empty if `lo > hi`).
    pub fn range(&self, lo: Key, hi: Key) -> impl DoubleEndedIterator<Item = &Arc<Value>> {
        let range = (lo <= hi).then(|| self.by_key.range(lo..=hi));
        range.into_iter().flatten().map(|(_, v)| v)
    }

    fn get(&self, id: &str) -> Option<&Arc<Value>> {
        self.by_key.get(&self.key(id)?)
    }
}

tokio::task_local! {
    /// The API key of the request being served, which names its account.
    static ACCOUNT: String;
}

/// Runs `serve` as the account of API key `key`: every store call in it sees that account's
/// objects only. Calls made outside any such scope (the crate's own unit tests) share one
/// account of their own.
pub async fn as_account<F: Future>(key: String, serve: F) -> F::Output {
    ACCOUNT.scope(key, serve).await
}

/// The account of the request being served.
fn account() -> String {
    ACCOUNT.try_with(Clone::clone).unwrap_or_default()
}

/// One account's objects.
#[derive(Default)]
struct Inner {
    seq: u64,
    collections: HashMap<Kind, Collection>,
    /// Ids removed by [`Store::remove`], which Stripe still answers as deleted objects.
    deleted: HashSet<(Kind, String)>,
}

/// The whole fake's data, by account, behind one lock.
#[derive(Default)]
pub struct Store {
    accounts: Mutex<HashMap<String, Inner>>,
}

fn already_exists(kind: Kind) -> ApiError {
    ApiError::invalid(
        "resource_already_exists",
        Some("id"),
        format!("{} already exists.", kind.object()),
    )
}

impl Store {
    fn lock(&self) -> MutexGuard<'_, HashMap<String, Inner>> {
        self.accounts.lock().expect("store lock")
    }

    /// Runs `f` on the objects of the account being served, under the lock.
    fn with_account<R>(&self, f: impl FnOnce(&mut Inner) -> R) -> R {
        f(self.lock().entry(account()).or_default())
    }

    /// Stores a new object; fails with `resource_already_exists` if its id is taken.
    pub fn insert(&self, kind: Kind, created: i64, obj: Value) -> ApiResult<Value> {
        self.with_account(|inner| inner.insert(kind, created, obj))
    }

    /// The object with `id`, if any.
    pub fn get(&self, kind: Kind, id: &str) -> Option<Value> {
        self.with_account(|inner| inner.collections.get(&kind)?.get(id).map(|v| (**v).clone()))
    }

    /// The sort key of the object with `id`, if any.
    pub fn key(&self, kind: Kind, id: &str) -> Option<Key> {
        self.with_account(|inner| inner.collections.get(&kind)?.key(id))
    }

    /// Runs `f` on the collection of `kind` (empty if nothing was stored yet), under the lock.
    pub fn with_collection<R>(&self, kind: Kind, f: impl FnOnce(&Collection) -> R) -> R {
        self.with_account(|inner| match inner.collections.get(&kind) {
            Some(col) => f(col),
            None => f(&Collection::default()),
        })
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
        self.with_account(|inner| inner.update(kind, id, f))
    }

    /// Removes the object; false if there was none.
    pub fn remove(&self, kind: Kind, id: &str) -> bool {
        self.with_account(|inner| inner.remove(kind, id))
    }

    /// The stub Stripe answers for an object [`Store::remove`] deleted
    /// (`{"id", "object", "deleted": true}`), if `id` is one.
    pub fn deleted(&self, kind: Kind, id: &str) -> Option<Value> {
        self.with_account(|inner| {
            inner
                .deleted
                .contains(&(kind, id.to_owned()))
                .then(|| deleted_stub(kind, id))
        })
    }
}

impl Inner {
    fn insert(&mut self, kind: Kind, created: i64, obj: Value) -> ApiResult<Value> {
        self.seq += 1;
        let key = (created, self.seq);
        let col = self.collections.entry(kind).or_default();
        let id = obj["id"].as_str().unwrap_or_default();
        if col.by_id.contains_key(id) {
            return Err(already_exists(kind));
        }
        col.by_id.insert(id.to_owned(), key);
        col.by_key.insert(key, Arc::new(obj.clone()));
        Ok(obj)
    }

    fn update(
        &mut self,
        kind: Kind,
        id: &str,
        f: impl FnOnce(&mut Value) -> ApiResult<()>,
    ) -> ApiResult<Value> {
        let missing = || ApiError::missing_resource(kind.object(), id, Some("id"));
        let col = self.collections.get_mut(&kind).ok_or_else(missing)?;
        let key = col.key(id).ok_or_else(missing)?;
        let slot = col.by_key.get_mut(&key).ok_or_else(missing)?;
        let mut copy = (**slot).clone();
        f(&mut copy)?;
        *slot = Arc::new(copy.clone());
        Ok(copy)
    }

    fn remove(&mut self, kind: Kind, id: &str) -> bool {
        let Some(col) = self.collections.get_mut(&kind) else {
            return false;
        };
        let Some(key) = col.by_id.remove(id) else {
            return false;
        };
        col.by_key.remove(&key);
        self.deleted.insert((kind, id.to_owned()));
        true
    }
}
