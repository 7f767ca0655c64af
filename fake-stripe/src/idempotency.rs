//! `Idempotency-Key` support: the first response to a key is kept and replayed for a repeat with
//! the same request; the same key with another request is an `idempotency_error`, and a repeat
//! while the first is still running is a 409.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use bytes::Bytes;

/// A stored response and the request it answered.
#[derive(Debug, Clone)]
pub struct Saved {
    /// Method, path and body of the first request.
    pub fingerprint: String,
    /// Status of the first response.
    pub status: StatusCode,
    /// Body of the first response.
    pub body: Bytes,
}

/// A key's state.
enum Slot {
    /// A request with this fingerprint is being handled.
    InFlight(String),
    /// The first request's answer.
    Done(Saved),
}

/// What a lookup found.
pub enum Lookup {
    /// Never seen: handle the request, then [`Claim::finish`].
    New(Claim),
    /// Seen with the same request: replay this.
    Replay(Saved),
    /// Seen with another request.
    Conflict,
    /// The same request is still being handled.
    InProgress,
}

type Map = Arc<Mutex<HashMap<(String, String), Slot>>>;

/// Saved responses by (API key, idempotency key).
#[derive(Default)]
pub struct Idempotency {
    slots: Map,
}

/// The right to answer a key first. Dropped without [`Claim::finish`] (e.g. the client went
/// away mid-request), it frees the key again.
pub struct Claim {
    slots: Map,
    key: (String, String),
    done: bool,
}

impl Claim {
    /// Keeps `saved` for replay, or frees the key if `None` (an answer Stripe does not keep).
    pub fn finish(mut self, saved: Option<Saved>) {
        let mut slots = self.slots.lock().expect("idempotency lock");
        match saved {
            Some(s) => {
                slots.insert(self.key.clone(), Slot::Done(s));
            }
            None => {
                slots.remove(&self.key);
            }
        }
        self.done = true;
    }
}

impl Drop for Claim {
    fn drop(&mut self) {
        if !self.done {
            self.slots
                .lock()
                .expect("idempotency lock")
                .remove(&self.key);
        }
    }
}

impl Idempotency {
    /// Looks up `key` for `api_key`, comparing the request's `fingerprint`; claims it if new.
    pub fn lookup(&self, api_key: &str, key: &str, fingerprint: &str) -> Lookup {
        let mut slots = self.slots.lock().expect("idempotency lock");
        let k = (api_key.to_owned(), key.to_owned());
        match slots.get(&k) {
            None => {
                slots.insert(k.clone(), Slot::InFlight(fingerprint.to_owned()));
                Lookup::New(Claim {
                    slots: self.slots.clone(),
                    key: k,
                    done: false,
                })
            }
            Some(Slot::Done(s)) if s.fingerprint == fingerprint => Lookup::Replay(s.clone()),
            Some(Slot::InFlight(f)) if f == fingerprint => Lookup::InProgress,
            Some(_) => Lookup::Conflict,
        }
    }
}

/// Whether a response of this status is kept for replay: not auth failures, rate limiting or
/// server errors, which Stripe does not save either.
pub fn is_saved(status: StatusCode) -> bool {
    !(status == StatusCode::UNAUTHORIZED
        || status == StatusCode::TOO_MANY_REQUESTS
        || status.is_server_error())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(fp: &str) -> Saved {
        Saved {
            fingerprint: fp.into(),
            status: StatusCode::OK,
            body: Bytes::from_static(b"{}"),
        }
    }

    #[test]
    fn in_flight_then_done() {
        let idem = Idempotency::default();
        let Lookup::New(claim) = idem.lookup("sk", "k", "a") else {
            panic!("new")
        };
        assert!(matches!(idem.lookup("sk", "k", "a"), Lookup::InProgress));
        assert!(matches!(idem.lookup("sk", "k", "b"), Lookup::Conflict));
        claim.finish(Some(saved("a")));
        assert!(matches!(idem.lookup("sk", "k", "a"), Lookup::Replay(_)));
    }

    #[test]
    fn abandoned_or_unsaved_claims_free_the_key() {
        let idem = Idempotency::default();
        let Lookup::New(claim) = idem.lookup("sk", "k", "a") else {
            panic!("new")
        };
        drop(claim);
        let Lookup::New(claim) = idem.lookup("sk", "k", "a") else {
            panic!("freed on drop")
        };
        claim.finish(None);
        assert!(matches!(idem.lookup("sk", "k", "b"), Lookup::New(_)));
    }
}
