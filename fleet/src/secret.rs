//! [`KeyEncryptionKey`]: the key that encrypts connections' API keys and webhook signing
//! secrets at rest, read from the environment, and the sealing and opening of one secret with
//! it (XChaCha20-Poly1305).

use std::fmt;

use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};

use crate::Error;

/// The environment variable that holds the key-encryption key: 64 hex digits (32 bytes).
pub const KEK_VARIABLE: &str = "STRIPE_FLEET_KEK";

/// The key that encrypts API keys at rest. Its `Debug` output shows nothing of it, and no
/// error ever contains it.
#[derive(Clone)]
pub struct KeyEncryptionKey(Key);

/// A secret sealed under a [`KeyEncryptionKey`]: what the table holds.
pub(crate) struct Sealed {
    pub(crate) nonce: Vec<u8>,
    pub(crate) ciphertext: Vec<u8>,
}

impl KeyEncryptionKey {
    /// The key in [`KEK_VARIABLE`].
    pub fn from_env() -> Result<Self, Error> {
        let hex = std::env::var(KEK_VARIABLE).map_err(|_| {
            Error::Secret(format!(
                "{KEK_VARIABLE} is not set; set it to 64 hex digits, such as the output of \
                 `openssl rand -hex 32`, and keep it: the stored API keys open only with it"
            ))
        })?;
        Self::from_hex(&hex)
    }

    /// The key written as 64 hex digits.
    pub fn from_hex(hex: &str) -> Result<Self, Error> {
        let hex = hex.trim();
        let refuse = || {
            Error::Secret(format!(
                "{KEK_VARIABLE} must be 64 hex digits (32 bytes); the one given is {} characters \
                 long or not hex",
                hex.len()
            ))
        };
        if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(refuse());
        }
        let mut bytes = [0u8; 32];
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2).ok_or_else(refuse)?, 16)
                .map_err(|_| refuse())?;
        }
        Ok(Self(Key::from(bytes)))
    }

    /// Encrypts `api_key` for the connection named `name`, with a fresh random nonce.
    pub(crate) fn seal(&self, name: &str, api_key: &str) -> Result<Sealed, Error> {
        self.seal_as(&Secret::ApiKey(name), api_key)
    }

    /// Decrypts the API key of the connection named `name`.
    pub(crate) fn open(&self, name: &str, sealed: &Sealed) -> Result<String, Error> {
        self.open_as(&Secret::ApiKey(name), sealed)
    }

    /// Encrypts `secret`, of the kind `what` names, with a fresh random nonce.
    pub(crate) fn seal_as(&self, what: &Secret<'_>, secret: &str) -> Result<Sealed, Error> {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let aad = what.associated_data();
        let payload = Payload {
            msg: secret.as_bytes(),
            aad: aad.as_bytes(),
        };
        let ciphertext = XChaCha20Poly1305::new(&self.0)
            .encrypt(&nonce, payload)
            .map_err(|_| Error::Secret(format!("{what} could not be encrypted")))?;
        Ok(Sealed {
            nonce: nonce.to_vec(),
            ciphertext,
        })
    }

    /// Decrypts `sealed`, which must be the secret `what` names.
    pub(crate) fn open_as(&self, what: &Secret<'_>, sealed: &Sealed) -> Result<String, Error> {
        let refuse = || {
            Error::Secret(format!(
                "{what} does not decrypt: {KEK_VARIABLE} is not the key it was stored with, or \
                 the row was altered"
            ))
        };
        if sealed.nonce.len() != 24 {
            return Err(refuse());
        }
        let aad = what.associated_data();
        let payload = Payload {
            msg: &sealed.ciphertext,
            aad: aad.as_bytes(),
        };
        let plaintext = XChaCha20Poly1305::new(&self.0)
            .decrypt(XNonce::from_slice(&sealed.nonce), payload)
            .map_err(|_| refuse())?;
        String::from_utf8(plaintext).map_err(|_| refuse())
    }
}

/// Which secret of which connection is sealed: bound into the ciphertext as associated data,
/// so that a ciphertext copied to another row or column does not decrypt.
pub(crate) enum Secret<'a> {
    /// The API key of the connection with this name.
    ApiKey(&'a str),
    /// The webhook signing secret of the connection with this name.
    SigningSecret(&'a str),
}

impl Secret<'_> {
    /// The associated data: the name for an API key (as keys were always sealed), a phrase
    /// with a space, which no name has, for a signing secret.
    fn associated_data(&self) -> String {
        match self {
            Self::ApiKey(name) => name.to_string(),
            Self::SigningSecret(name) => format!("webhook secret of {name}"),
        }
    }
}

impl fmt::Display for Secret<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ApiKey(name) => write!(f, "the API key of connection {name:?}"),
            Self::SigningSecret(name) => {
                write!(f, "the webhook signing secret of connection {name:?}")
            }
        }
    }
}

impl fmt::Debug for KeyEncryptionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("KeyEncryptionKey(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEX: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    #[test]
    fn a_sealed_key_opens_for_its_connection_only() {
        let kek = KeyEncryptionKey::from_hex(HEX).expect("a key");
        let sealed = kek.seal("acme", "sk_test_secret42").expect("sealed");
        assert!(!sealed.ciphertext.windows(6).any(|w| w == b"secret"));
        assert_eq!(
            kek.open("acme", &sealed).expect("opened"),
            "sk_test_secret42"
        );
        let error = kek.open("globex", &sealed).expect_err("another row's name");
        assert!(error.to_string().contains("does not decrypt"), "{error}");
        let other = KeyEncryptionKey::from_hex(&HEX.replace("1f", "ff")).expect("a key");
        assert!(
            other.open("acme", &sealed).is_err(),
            "another key-encryption key"
        );
    }

    #[test]
    fn a_sealed_signing_secret_opens_as_that_connections_secret_only() {
        let kek = KeyEncryptionKey::from_hex(HEX).expect("a key");
        let secret = Secret::SigningSecret("acme");
        let sealed = kek.seal_as(&secret, "whsec_abc").expect("sealed");
        assert_eq!(kek.open_as(&secret, &sealed).expect("opened"), "whsec_abc");
        let error = kek.open("acme", &sealed).expect_err("not an API key");
        assert!(
            error.to_string().contains("API key of connection \"acme\""),
            "{error}"
        );
        let other = Secret::SigningSecret("globex");
        let error = kek
            .open_as(&other, &sealed)
            .expect_err("another connection's");
        assert!(error.to_string().contains("signing secret"), "{error}");
        let key = kek.seal("acme", "sk_test_1").expect("sealed");
        assert!(
            kek.open_as(&secret, &key).is_err(),
            "an API key is no secret"
        );
    }

    #[test]
    fn a_malformed_kek_is_refused_without_showing_it() {
        for bad in ["", "abc", &"g".repeat(64), &format!("{HEX}00")] {
            let error = KeyEncryptionKey::from_hex(bad).expect_err("refused");
            assert!(error.to_string().contains("64 hex digits"), "{error}");
            if !bad.is_empty() {
                assert!(!error.to_string().contains(bad), "{error}");
            }
        }
        let kek = KeyEncryptionKey::from_hex(HEX).expect("a key");
        assert_eq!(format!("{kek:?}"), "KeyEncryptionKey(…)");
    }
}
