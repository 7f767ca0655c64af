//! `fleet add-endpoint` and `fleet remove-endpoint`: a connection's webhook endpoint, whose
//! webhooks one `fleet worker --webhooks` receives for every connection, beside one
//! reconciliation of `/v1/events` per connection.

use std::path::PathBuf;

use clap::Args;
use stripe_connector_fleet::{Fleet, KeyEncryptionKey, endpoint_url, event_types};

use crate::fail::Failure;
use crate::listen::read_secret;

/// `fleet add-endpoint`'s arguments.
#[derive(Args, Debug)]
pub struct AddEndpoint {
    /// The connection's name.
    pub name: String,
    /// Create an endpoint at Stripe at URL/<name>, where URL is the public address of a
    /// `fleet worker --webhooks` (Stripe calls it from the internet).
    #[arg(long, value_name = "URL", required_unless_present = "secret_file")]
    pub public_url: Option<String>,
    /// Take the signing secret (`whsec_…`) of an endpoint made elsewhere, that sends to a
    /// `fleet worker --webhooks` at <its URL>/<name>, from this file instead.
    #[arg(long, value_name = "PATH", conflicts_with = "public_url")]
    pub secret_file: Option<PathBuf>,
}

/// `fleet remove-endpoint`'s arguments.
#[derive(Args, Debug)]
pub struct RemoveEndpoint {
    /// The connection's name.
    pub name: String,
}

/// Adds the connection's endpoint, its signing secret sealed under STRIPE_FLEET_KEK.
pub async fn add(fleet: &Fleet, add: AddEndpoint) -> Result<(), Failure> {
    let kek = KeyEncryptionKey::from_env()?;
    let endpoint = match (&add.public_url, &add.secret_file) {
        (_, Some(path)) => {
            let secret = read_secret(path)?;
            fleet.set_endpoint_secret(&kek, &add.name, &secret).await?
        }
        (Some(url), None) => fleet.create_endpoint(&kek, &add.name, url).await?,
        (None, None) => {
            return Err(Failure::Input(
                "give --public-url or --secret-file".to_string(),
            ));
        }
    };
    match (&endpoint.stripe_id, &endpoint.url) {
        (Some(id), Some(url)) => eprintln!(
            "fleet: created webhook endpoint {id} at {url} for connection {:?} ({}); it stays \
             until `fleet remove-endpoint {}`",
            add.name,
            event_types().join(", "),
            add.name
        ),
        _ => eprintln!(
            "fleet: connection {:?} receives the webhooks of its endpoint at <its URL>/{}",
            add.name,
            endpoint_url("", &add.name).trim_start_matches('/')
        ),
    }
    Ok(())
}

/// Removes the connection's endpoint: deleted at Stripe when the fleet created it.
pub async fn remove(fleet: &Fleet, remove: RemoveEndpoint) -> Result<(), Failure> {
    let kek = KeyEncryptionKey::from_env()?;
    match fleet.remove_endpoint(&kek, &remove.name).await? {
        Some(endpoint) => {
            let at_stripe = endpoint
                .stripe_id
                .as_deref()
                .unwrap_or("made elsewhere, kept");
            eprintln!(
                "fleet: removed the webhook endpoint of connection {:?} ({at_stripe}); its \
                 subscriptions are polled every interval again",
                remove.name
            );
            Ok(())
        }
        None => Err(Failure::Input(format!(
            "connection {:?} has no webhook endpoint",
            remove.name
        ))),
    }
}
