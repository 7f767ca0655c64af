//! The request log: one JSON line per request received, written to a file when asked for
//! ([`FakeStripe::log_requests`](crate::FakeStripe::log_requests)), so that a test can count
//! each account's calls, and when they arrived, without a proxy in front of the fake.
//!
//! A line is `{"time":1765069323.123456,"key":"key_1a2b3c4d5e6f7a8b","method":"GET",
//! "path":"/v1/customers","query":"limit=1&created[gte]=0","status":200,"peer":"127.0.0.1:50312"}`:
//! the arrival time in unix seconds (to the microsecond), a fingerprint of the API key (never
//! the key; `null` without one), the method, path and query (`null` without one), the status
//! answered (`null` when the connection was closed without an answer, as a fault does) and the
//! client's address. Lines are written whole, in the order the answers were decided.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::http::{HeaderMap, Method, Uri};
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::auth;

/// The fingerprint the request log gives API key `key`: `key_` and the first 16 hex digits of
/// its SHA-256, the same for every request with that key, from which the key cannot be read.
pub fn key_fingerprint(key: &str) -> String {
    let digest = Sha256::digest(key.as_bytes());
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("key_{hex}")
}

/// The file requests are logged to, if any.
#[derive(Default)]
pub struct RequestLog {
    file: Mutex<Option<File>>,
}

/// What the log says of a request, taken as it arrives.
pub struct Arrival {
    time: f64,
    key: Option<String>,
    method: Method,
    uri: Uri,
    peer: SocketAddr,
}

impl Arrival {
    /// A request arriving now from `peer`.
    pub fn now(method: &Method, uri: &Uri, headers: &HeaderMap, peer: SocketAddr) -> Self {
        let time = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64());
        Self {
            time,
            key: auth::api_key(headers).ok().map(|key| key_fingerprint(&key)),
            method: method.clone(),
            uri: uri.clone(),
            peer,
        }
    }
}

impl RequestLog {
    /// Logs the requests from now on to `path`, appended (the file is created if missing);
    /// `None` stops logging.
    pub fn open(&self, path: Option<&Path>) -> std::io::Result<()> {
        let file = match path {
            Some(path) => Some(OpenOptions::new().create(true).append(true).open(path)?),
            None => None,
        };
        *self.file.lock().expect("request log lock") = file;
        Ok(())
    }

    /// Writes the line of `arrival`, answered `status` (`None`: closed without an answer), if
    /// logging is on. A failed write is said on stderr once per request and not retried.
    pub fn record(&self, arrival: &Arrival, status: Option<u16>) {
        let mut file = self.file.lock().expect("request log lock");
        let Some(file) = file.as_mut() else {
            return;
        };
        let line = json!({
            "time": (arrival.time * 1e6).round() / 1e6,
            "key": arrival.key,
            "method": arrival.method.as_str(),
            "path": arrival.uri.path(),
            "query": arrival.uri.query(),
            "status": status,
            "peer": arrival.peer.to_string(),
        });
        if let Err(error) = file.write_all(format!("{line}\n").as_bytes()) {
            eprintln!("fake-stripe: cannot write the request log: {error}");
        }
    }
}
