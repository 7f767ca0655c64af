//! The HTTP client a [`Connection`](crate::Connection) starts from: TLS set up for this crate's
//! build.

use std::sync::Once;

/// What every request names itself as.
pub const USER_AGENT: &str = concat!("stripe-connector/", env!("CARGO_PKG_VERSION"));

/// A `reqwest` client builder with TLS ready and this crate's `User-Agent`.
///
/// The crate builds reqwest's rustls without its default crypto provider (aws-lc-rs, a minute of
/// C compilation) and installs `ring` as the process default, unless the program already chose
/// one.
pub fn client_builder() -> reqwest::ClientBuilder {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        // An error means another provider is already installed, which serves as well.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
    reqwest::ClientBuilder::new().user_agent(USER_AGENT)
}
