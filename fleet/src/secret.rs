//! [`KeyEncryptionKey`]: the key that encrypts connections' API keys at rest, read from the
//! environment, and the sealing and opening of one API key with it (XChaCha20-Poly1305).

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

/// An API key sealed under a [`KeyEncryptionKey`]: what the table holds.
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
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let payload = Payload {
            msg: api_key.as_bytes(),
            aad: name.as_bytes(),
        };
        let ciphertext = XChaCha20Poly1305::new(&self.0)
            .encrypt(&nonce, payload)
            .map_err(|_| Error::Secret("the API key could not be encrypted".to_string()))?;
        Ok(Sealed {
            nonce: nonce.to_vec(),
            ciphertext,
        })
    }

    /// Decrypts the API key of the connection named `name`.
    pub(crate) fn open(&self, name: &str, sealed: &Sealed) -> Result<String, Error> {
        let refuse = || {
            Error::Secret(format!(
                "the API key of connection {name:?} does not decrypt: {KEK_VARIABLE} is not the \
                 key it was stored with, or the row was altered"
            ))
        };
        if sealed.nonce.len() != 24 {
            return Err(refuse());
        }
        let payload = Payload {
            msg: &sealed.ciphertext,
            aad: name.as_bytes(),
        };
        let plaintext = XChaCha20Poly1305::new(&self.0)
            .decrypt(XNonce::from_slice(&sealed.nonce), payload)
            .map_err(|_| refuse())?;
        String::from_utf8(plaintext).map_err(|_| refuse())
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
