//! `fleet pause`, `resume`, `remove-subscription`, `remove-connection` and `rotate-kek`:
//! changing a running fleet.

use clap::Args;
use stripe_connector_fleet::{Fleet, KeyEncryptionKey, Removed};

use crate::fail::Failure;

/// The environment variable `fleet rotate-kek` reads the new key-encryption key from.
const NEW_KEK_VARIABLE: &str = "STRIPE_FLEET_NEW_KEK";

/// A subscription, by the id `fleet subscriptions` lists.
#[derive(Args, Debug)]
pub struct SubscriptionId {
    /// The subscription's id.
    pub id: i64,
}

/// `fleet remove-subscription`'s arguments.
#[derive(Args, Debug)]
pub struct RemoveSubscription {
    /// The subscription's id.
    pub id: i64,
    /// Remove it even though a consumer has not acknowledged all its deliveries.
    #[arg(long)]
    pub force: bool,
}

/// `fleet remove-connection`'s arguments.
#[derive(Args, Debug)]
pub struct RemoveConnection {
    /// The connection's name.
    pub name: String,
    /// Remove it even though a consumer has not acknowledged all its deliveries.
    #[arg(long)]
    pub force: bool,
}

/// Pauses the subscription.
pub async fn pause(fleet: &Fleet, subscription: SubscriptionId) -> Result<(), Failure> {
    fleet.pause(subscription.id).await?;
    eprintln!(
        "fleet: subscription {} paused; `fleet resume {}` polls it again",
        subscription.id, subscription.id
    );
    Ok(())
}

/// Resumes the subscription.
pub async fn resume(fleet: &Fleet, subscription: SubscriptionId) -> Result<(), Failure> {
    fleet.resume(subscription.id).await?;
    eprintln!("fleet: subscription {} resumed", subscription.id);
    Ok(())
}

/// Removes the subscription.
pub async fn remove_subscription(fleet: &Fleet, remove: RemoveSubscription) -> Result<(), Failure> {
    let removed = fleet.remove_subscription(remove.id, remove.force).await?;
    eprintln!(
        "fleet: subscription {} removed, {}",
        remove.id,
        with_deliveries(removed)
    );
    Ok(())
}

/// Removes the connection.
pub async fn remove_connection(fleet: &Fleet, remove: RemoveConnection) -> Result<(), Failure> {
    let removed = fleet.remove_connection(&remove.name, remove.force).await?;
    eprintln!(
        "fleet: connection {} removed with {} subscriptions, {}",
        remove.name,
        removed.subscriptions,
        with_deliveries(removed)
    );
    Ok(())
}

/// Re-seals every key under the key in STRIPE_FLEET_NEW_KEK.
pub async fn rotate_kek(fleet: &Fleet) -> Result<(), Failure> {
    let old = KeyEncryptionKey::from_env()?;
    let hex = std::env::var(NEW_KEK_VARIABLE).map_err(|_| {
        Failure::Input(format!(
            "{NEW_KEK_VARIABLE} is not set; set it to the new key-encryption key, 64 hex digits \
             such as `openssl rand -hex 32` prints"
        ))
    })?;
    let new = KeyEncryptionKey::from_hex(&hex).map_err(|_| {
        Failure::Input(format!(
            "{NEW_KEK_VARIABLE} must be 64 hex digits (32 bytes)"
        ))
    })?;
    let count = fleet.rotate_kek(&old, &new).await?;
    eprintln!(
        "fleet: {count} API keys re-sealed under {NEW_KEK_VARIABLE}; restart every worker with \
         STRIPE_FLEET_KEK set to it"
    );
    Ok(())
}

/// How many deliveries went with a removal.
fn with_deliveries(removed: Removed) -> String {
    format!("with {} deliveries", removed.deliveries)
}
