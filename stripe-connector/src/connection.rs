//! [`Connection`]: one API key, one throttle, one pool of HTTP connections, shared by clones.

use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};

use crate::throttle::Throttle;
use crate::{ApiKey, Client, Error, Limiter, Policy, RetryPolicy, connector, metadata};

/// Stripe's API, where a connection goes unless told otherwise.
pub const STRIPE_API: &str = "https://api.stripe.com";

/// How long one attempt may take before it counts as a connection error (as Stripe's SDKs).
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(80);

/// A connection to Stripe with one API key, as in the original connector.
///
/// Cheap to clone: clones share the throttle (at most 100 calls in any 60 s by default) and the
/// HTTP connection pool. Every call goes through the throttle and the retries, carries
/// `Authorization`, `Stripe-Version: 2019-10-08` and this crate's `User-Agent`, and every POST an
/// `Idempotency-Key`. Its `Debug` output never shows the key.
#[derive(Clone)]
pub struct Connection {
    client: Client,
    key: ApiKey,
}

impl Connection {
    /// A connection to Stripe with `key` and the original connector's rules.
    pub fn new(key: impl Into<String>) -> Result<Self, Error> {
        Self::builder(key).build()
    }

    /// A connection with the key in the `STRIPE_API_KEY` environment variable.
    pub fn from_env() -> Result<Self, Error> {
        let key = std::env::var("STRIPE_API_KEY")
            .map_err(|_| Error::InvalidKey("STRIPE_API_KEY is not set".to_string()))?;
        Self::new(key)
    }

    /// A builder to change the base URL, throttle, retries or timeout.
    pub fn builder(key: impl Into<String>) -> ConnectionBuilder {
        ConnectionBuilder {
            key: key.into(),
            base_url: STRIPE_API.to_string(),
            throttle: Some(connector::THROTTLE),
            limiter: None,
            retry: RetryPolicy::default(),
            timeout: Some(DEFAULT_TIMEOUT),
        }
    }

    /// The generated client under this connection, for the list operations and anything the
    /// actions do not cover; its calls share this connection's throttle and retries.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// A clone whose next POSTs carry `key` as their `Idempotency-Key`, so that running the same
    /// creation again (after a crash, say) returns the first result instead of creating twice.
    ///
    /// Use one key per logical operation: Stripe refuses a key reused with other parameters.
    pub fn with_idempotency_key(&self, key: &str) -> Result<Self, Error> {
        let refuse = |reason: &str| Error::InvalidInput {
            field: "idempotency key",
            reason: reason.to_string(),
        };
        if key.is_empty() || key.len() > 255 {
            return Err(refuse("it must be 1 to 255 characters long"));
        }
        if !key.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(refuse("it must be visible ASCII, without spaces"));
        }
        let value = HeaderValue::from_str(key).map_err(|_| refuse("it must be visible ASCII"))?;
        let mut clone = self.clone();
        let mut policy = clone.client.inner.clone();
        policy.idempotency_key = Some(value);
        clone.client =
            Client::new_with_client(&clone.client.baseurl, clone.client.client.clone(), policy);
        Ok(clone)
    }
}

impl Connection {
    /// A clone whose calls are paced by `limiter` instead of this connection's throttle or
    /// limiter; it shares the HTTP connections, the retries and the key. For a limit of one
    /// task's own, such as the lease of a poll that must not call once it has lost it.
    pub fn with_limiter(&self, limiter: Arc<dyn Limiter>) -> Self {
        let mut clone = self.clone();
        let mut policy = clone.client.inner.clone();
        policy.throttle = Some(limiter);
        clone.client =
            Client::new_with_client(&clone.client.baseurl, clone.client.client.clone(), policy);
        clone
    }
}

impl fmt::Debug for Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Connection")
            .field("base_url", &self.client.baseurl)
            .field("key", &self.key)
            .field("throttle", &self.client.inner.throttle)
            .field("retry", &self.client.inner.retry)
            .finish()
    }
}

/// Settings of a [`Connection`] before it is made; see [`Connection::builder`].
#[must_use]
pub struct ConnectionBuilder {
    key: String,
    base_url: String,
    throttle: Option<metadata::Throttle>,
    limiter: Option<Arc<dyn Limiter>>,
    retry: RetryPolicy,
    timeout: Option<Duration>,
}

impl ConnectionBuilder {
    /// Where requests go: `https://…`, or `http://` to a loopback address (a local fake Stripe).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// The throttle rule, or `None` to turn throttling off.
    pub fn throttle(mut self, rule: Option<metadata::Throttle>) -> Self {
        self.throttle = rule;
        self
    }

    /// Paces the calls with `limiter` instead of a throttle of the connection's own (see
    /// [`throttle`](Self::throttle)): for a limit shared with other connections or processes.
    /// Every attempt, retries included, waits in it.
    pub fn limiter(mut self, limiter: Arc<dyn Limiter>) -> Self {
        self.limiter = Some(limiter);
        self
    }

    /// How failed calls are retried.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// How long one attempt may take (80 s by default), or `None` for no limit.
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// Checks the key and the base URL and makes the connection; nothing is sent yet.
    pub fn build(self) -> Result<Connection, Error> {
        let key = ApiKey::new(self.key)?;
        let base_url = check_base_url(&self.base_url)?;
        let mut headers = HeaderMap::new();
        let mut bearer = HeaderValue::from_str(&format!("Bearer {}", key.expose()))
            .map_err(|_| Error::InvalidKey("the key is not a valid header value".to_string()))?;
        bearer.set_sensitive(true);
        headers.insert(AUTHORIZATION, bearer);
        // reqwest's own retry layer copies every request for retries that this build of it never
        // makes (it retries HTTP/2 and HTTP/3 refusals only, and neither is compiled in); the
        // connection retries failed attempts itself, by its `RetryPolicy`.
        let no_reqwest_retries = reqwest::retry::never().max_retries_per_request(0);
        let mut http = crate::client_builder()
            .default_headers(headers)
            .retry(no_reqwest_retries);
        if let Some(timeout) = self.timeout {
            http = http.connect_timeout(timeout).timeout(timeout);
        }
        let http = http.build().map_err(Error::Transport)?;
        let policy = Policy {
            throttle: self.limiter.or_else(|| {
                let rule = self.throttle?;
                Some(Arc::new(Throttle::new(rule)) as Arc<dyn Limiter>)
            }),
            retry: self.retry,
            idempotency_key: None,
        };
        Ok(Connection {
            client: Client::new_with_client(&base_url, http, policy),
            key,
        })
    }
}

/// `https://` anywhere; `http://` only to this machine. Returned without a trailing slash.
fn check_base_url(url: &str) -> Result<String, Error> {
    let refuse = |reason: &str| Error::InvalidBaseUrl {
        url: url.to_string(),
        reason: reason.to_string(),
    };
    let parsed = Url::parse(url).map_err(|e| refuse(&e.to_string()))?;
    match parsed.scheme() {
        "https" => {}
        "http" if is_loopback(&parsed) => {}
        "http" => {
            return Err(refuse(
                "plain http is refused except to a loopback address; use https",
            ));
        }
        _ => {
            return Err(refuse(
                "the scheme must be https (or http to a loopback address)",
            ));
        }
    }
    Ok(url.trim_end_matches('/').to_string())
}

fn is_loopback(url: &Url) -> bool {
    match url.host_str() {
        Some("localhost") => true,
        Some(host) => host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback()),
        None => false,
    }
}
