//! Checking that a webhook comes from Stripe: its `Stripe-Signature` header against the
//! endpoint's signing secrets, and its timestamp against a tolerance, before its event is read.
//!
//! Stripe signs each delivery with `t=<unix seconds>,v1=<hex>`: the HMAC-SHA256, keyed with the
//! endpoint's signing secret (`whsec_…`), of `<t>.<raw body>`. While a secret is rolled, Stripe
//! sends one `v1` per secret, and a [`Verifier`] holding several secrets accepts any of them.
//! The comparison is in constant time (`hmac`'s `verify_slice`).

use std::fmt;
use std::time::{Duration, SystemTime};

use hmac::{Hmac, KeyInit, Mac};
use serde::de::DeserializeOwned;
use sha2::Sha256;

use crate::Timestamp;
use crate::metadata::Trigger;
use crate::types::Event;

/// The header Stripe signs each webhook in.
pub const SIGNATURE_HEADER: &str = "Stripe-Signature";

/// How far from the current time a signed timestamp may be unless told otherwise: Stripe's
/// SDKs' default, 300 s.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);

/// The prefix of every signing secret Stripe hands out.
const SECRET_PREFIX: &str = "whsec_";

/// The signature scheme Stripe signs with (`v0` is its test scheme, never accepted).
const SCHEME: &str = "v1";

/// The length of an HMAC-SHA256 in bytes.
const SIGNATURE_BYTES: usize = 32;

/// A webhook endpoint's signing secret (`whsec_…`).
///
/// Its `Debug` output is `SigningSecret(whsec_…)` and it has no `Display`: the secret never
/// reaches a log line, an error message or a panic.
#[derive(Clone, PartialEq, Eq)]
pub struct SigningSecret(String);

impl SigningSecret {
    /// Checks that `secret` looks like a signing secret: `whsec_` then letters and digits.
    pub fn new(secret: impl Into<String>) -> Result<Self, WebhookError> {
        let secret = secret.into();
        let valid = secret.strip_prefix(SECRET_PREFIX).is_some_and(|rest| {
            !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric())
        });
        match valid {
            true => Ok(Self(secret)),
            false => Err(WebhookError::InvalidSecret),
        }
    }

    /// The secret itself, to store it where the caller keeps secrets (Stripe shows an
    /// endpoint's secret only once, at its creation).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The HMAC keyed with this secret, over nothing yet.
    fn mac(&self) -> Hmac<Sha256> {
        // HMAC takes a key of any length: this never fails.
        <Hmac<Sha256> as KeyInit>::new_from_slice(self.0.as_bytes())
            .expect("HMAC accepts keys of any length")
    }
}

impl fmt::Debug for SigningSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningSecret({SECRET_PREFIX}…)")
    }
}

/// Why a webhook was refused. None of them contains a signing secret.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// A signing secret is not `whsec_` followed by letters and digits.
    #[error("a webhook signing secret is `whsec_` followed by letters and digits")]
    InvalidSecret,
    /// The request has no `Stripe-Signature` header.
    #[error("the request has no `Stripe-Signature` header")]
    MissingHeader,
    /// The `Stripe-Signature` header is not `t=<seconds>,v1=<hex>[,…]`.
    #[error("malformed `Stripe-Signature` header: {0}")]
    MalformedHeader(String),
    /// No `v1` signature of the header is the payload's under any of the secrets: a changed
    /// body, another endpoint's secret, or a forgery.
    #[error(
        "no signature of the `Stripe-Signature` header matches the payload under the endpoint's signing secrets"
    )]
    NoMatchingSignature,
    /// The signed timestamp is older than the tolerance allows: possibly a replay.
    #[error(
        "the webhook was signed at {signed}, {age_seconds} s ago, beyond the tolerance of {tolerance_seconds} s"
    )]
    TooOld {
        /// When it was signed.
        signed: Timestamp,
        /// How long before the current time.
        age_seconds: u64,
        /// The tolerance it exceeds.
        tolerance_seconds: u64,
    },
    /// The signed timestamp is further in the future than the tolerance allows (a clock off).
    #[error(
        "the webhook was signed at {signed}, {ahead_seconds} s in the future, beyond the tolerance of {tolerance_seconds} s"
    )]
    TooNew {
        /// When it was signed.
        signed: Timestamp,
        /// How long after the current time.
        ahead_seconds: u64,
        /// The tolerance it exceeds.
        tolerance_seconds: u64,
    },
    /// The signed payload is not a Stripe event.
    #[error("the webhook's payload is not a Stripe event: {0}")]
    Payload(#[source] serde_json::Error),
    /// The event's `data.object` is not the object its type announces.
    #[error(
        "event {event} ({event_type}): `data.object` is not the object its trigger delivers: {source}"
    )]
    Object {
        /// The event's id.
        event: String,
        /// The event's type.
        event_type: String,
        /// Why it did not decode.
        #[source]
        source: serde_json::Error,
    },
}

/// Checks webhooks against one endpoint's signing secrets and a tolerance for their timestamps.
///
/// ```
/// use stripe_connector::webhook::{SigningSecret, Verifier};
///
/// # fn run(header: Option<&str>, body: &[u8]) -> Result<(), stripe_connector::webhook::WebhookError> {
/// let verifier = Verifier::new(SigningSecret::new("whsec_current")?)
///     .with_secret(SigningSecret::new("whsec_previous")?); // while the old one is rolled
/// let event = verifier.verify(header, body)?;
/// println!("{} {}", event.id, event.type_);
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Verifier {
    secrets: Vec<SigningSecret>,
    tolerance: Duration,
}

impl Verifier {
    /// A verifier with one secret and the default tolerance of 300 s.
    pub fn new(secret: SigningSecret) -> Self {
        Self {
            secrets: vec![secret],
            tolerance: DEFAULT_TOLERANCE,
        }
    }

    /// Also accepts signatures made with `secret` (while an endpoint's secret is rolled).
    pub fn with_secret(mut self, secret: SigningSecret) -> Self {
        self.secrets.push(secret);
        self
    }

    /// Accepts timestamps at most `tolerance` from the current time, either way.
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// Checks `header` (the value of `Stripe-Signature`, if any) against the raw `payload` as
    /// received, at the current time, and reads its event.
    pub fn verify(&self, header: Option<&str>, payload: &[u8]) -> Result<Event, WebhookError> {
        self.verify_at(header, payload, SystemTime::now())
    }

    /// [`verify`](Self::verify) as if the current time were `now`.
    pub fn verify_at(
        &self,
        header: Option<&str>,
        payload: &[u8],
        now: SystemTime,
    ) -> Result<Event, WebhookError> {
        self.check_at(header, payload, now)?;
        serde_json::from_slice(payload).map_err(WebhookError::Payload)
    }

    /// Checks the signature and the timestamp only, without reading the payload.
    pub fn check_at(
        &self,
        header: Option<&str>,
        payload: &[u8],
        now: SystemTime,
    ) -> Result<(), WebhookError> {
        let header = parse(header.ok_or(WebhookError::MissingHeader)?)?;
        let signed = |secret: &SigningSecret, signature: &[u8; SIGNATURE_BYTES]| {
            let mut mac = secret.mac();
            mac.update(header.timestamp.to_string().as_bytes());
            mac.update(b".");
            mac.update(payload);
            mac.verify_slice(signature).is_ok()
        };
        let matched = self
            .secrets
            .iter()
            .any(|secret| header.signatures.iter().any(|s| signed(secret, s)));
        if !matched {
            return Err(WebhookError::NoMatchingSignature);
        }
        self.check_time(header.timestamp, Timestamp::from(now))
    }

    fn check_time(&self, signed: Timestamp, now: Timestamp) -> Result<(), WebhookError> {
        let tolerance_seconds = self.tolerance.as_secs();
        let difference = now.unix_seconds().abs_diff(signed.unix_seconds());
        if difference <= tolerance_seconds {
            return Ok(());
        }
        Err(match signed < now {
            true => WebhookError::TooOld {
                signed,
                age_seconds: difference,
                tolerance_seconds,
            },
            false => WebhookError::TooNew {
                signed,
                ahead_seconds: difference,
                tolerance_seconds,
            },
        })
    }
}

/// The value of a `Stripe-Signature` header for `payload` signed with `secret` at `timestamp`:
/// what Stripe sends, for testing a receiver.
pub fn sign(secret: &SigningSecret, timestamp: Timestamp, payload: &[u8]) -> String {
    let mut mac = secret.mac();
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(payload);
    let signature: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("t={timestamp},{SCHEME}={signature}")
}

/// A parsed `Stripe-Signature` header: its timestamp and its `v1` signatures.
struct Header {
    timestamp: Timestamp,
    signatures: Vec<[u8; SIGNATURE_BYTES]>,
}

/// Reads `t=…,v1=…[,v1=…][,v0=…]`: other schemes are skipped, as Stripe's SDKs skip them.
fn parse(header: &str) -> Result<Header, WebhookError> {
    let malformed = |why: String| WebhookError::MalformedHeader(why);
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for (index, item) in header.split(',').enumerate() {
        let Some((key, value)) = item.trim().split_once('=') else {
            return Err(malformed(format!("item {} is not `key=value`", index + 1)));
        };
        match key {
            "t" => {
                let seconds = value.parse::<i64>().map_err(|_| {
                    malformed(format!(
                        "`t` is {value:?}, not whole seconds since the epoch"
                    ))
                })?;
                timestamp = Some(Timestamp::from_unix_seconds(seconds));
            }
            SCHEME => signatures.push(decode_hex(value).ok_or_else(|| {
                malformed(format!(
                    "item {}: a `{SCHEME}` signature is {} hexadecimal digits",
                    index + 1,
                    SIGNATURE_BYTES * 2
                ))
            })?),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or_else(|| malformed("no timestamp `t=`".to_string()))?;
    if signatures.is_empty() {
        return Err(malformed(format!("no `{SCHEME}=` signature")));
    }
    Ok(Header {
        timestamp,
        signatures,
    })
}

/// The 32 bytes written as 64 hexadecimal digits in `text`, if it is that.
fn decode_hex(text: &str) -> Option<[u8; SIGNATURE_BYTES]> {
    let digits = text.as_bytes();
    if digits.len() != SIGNATURE_BYTES * 2 {
        return None;
    }
    let mut bytes = [0; SIGNATURE_BYTES];
    for (byte, pair) in bytes.iter_mut().zip(digits.chunks_exact(2)) {
        let pair = std::str::from_utf8(pair).ok()?;
        *byte = u8::from_str_radix(pair, 16).ok()?;
    }
    Some(bytes)
}

/// An event that announces an object of trigger `T`, with that object typed.
#[derive(Clone, Debug)]
pub struct Announced<T: Trigger> {
    /// The event's id, such as `evt_1FdJ2x…`.
    pub event_id: String,
    /// The event's type, one of `T`'s (`T::INFO.events`), such as `customer.created`.
    pub event_type: String,
    /// When the event happened.
    pub created: Timestamp,
    /// The object the event announces, as the trigger delivers it.
    pub object: T::Item,
}

/// The object `event` announces, if its type is one of trigger `T`'s: `Ok(None)` for an event
/// of another type, an error when its `data.object` is not `T`'s object.
pub fn announced<T>(event: &Event) -> Result<Option<Announced<T>>, WebhookError>
where
    T: Trigger,
    T::Item: DeserializeOwned,
{
    if !T::INFO.events.contains(&event.type_.as_str()) {
        return Ok(None);
    }
    let object = serde_json::Value::Object(event.data.object.clone());
    let object = serde_json::from_value(object).map_err(|source| WebhookError::Object {
        event: event.id.clone(),
        event_type: event.type_.clone(),
        source,
    })?;
    Ok(Some(Announced {
        event_id: event.id.clone(),
        event_type: event.type_.clone(),
        created: event.created,
        object,
    }))
}
