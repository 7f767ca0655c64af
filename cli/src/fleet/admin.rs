//! `fleet add-connection`, `fleet replace-key` and `fleet subscribe`: setting the fleet up.

use clap::Args;
use stripe_connector::{STRIPE_API, Start, connector, metadata};
use stripe_connector_fleet::{Fleet, KeyEncryptionKey, TriggerKind};

use super::{KeySource, parse_seconds, parse_trigger, trigger_help};
use crate::args::parse_start;
use crate::connect;
use crate::fail::Failure;

/// `fleet add-connection`'s arguments.
#[derive(Args, Debug)]
pub struct AddConnection {
    /// A name for the connection, unique in the fleet, such as the customer it serves.
    pub name: String,
    /// At most CALLS calls in any SECONDS, shared by every worker (the connector's 100/60 by
    /// default); --no-throttle turns it off for a local fake.
    #[arg(long, value_name = "CALLS/SECONDS", value_parser = parse_rule)]
    pub throttle: Option<metadata::Throttle>,
    /// Send the connection's requests here instead of https://api.stripe.com; plain http only
    /// to a loopback address, such as the URL `stripe-connector fake-stripe` prints.
    #[arg(long = "base-url", id = "connection_base_url", value_name = "URL")]
    pub base_url: Option<String>,
    /// No throttle, to run flat out against a local fake Stripe; refused for Stripe's own API.
    #[arg(long = "no-throttle", id = "connection_no_throttle")]
    pub no_throttle: bool,
    /// Where the API key comes from.
    #[command(flatten)]
    pub key: KeySource,
}

/// `fleet replace-key`'s arguments.
#[derive(Args, Debug)]
pub struct ReplaceKey {
    /// The connection's name.
    pub name: String,
    /// Where the new API key comes from.
    #[command(flatten)]
    pub key: KeySource,
}

/// `fleet subscribe`'s arguments.
#[derive(Args, Debug)]
pub struct Subscribe {
    /// The connection's name.
    pub connection: String,
    /// The trigger, by its word or the spec's name (the help lists the spec's triggers).
    #[arg(value_parser = parse_trigger, help = trigger_help())]
    pub trigger: TriggerKind,
    /// Where a new subscription starts: `now`, `beginning` or a Unix timestamp in seconds.
    #[arg(long, value_name = "now|beginning|TIMESTAMP", default_value = "now", value_parser = parse_start)]
    pub from: Start,
}

/// Adds the connection, its key sealed under STRIPE_FLEET_KEK.
pub async fn add_connection(fleet: &Fleet, add: AddConnection) -> Result<(), Failure> {
    let kek = KeyEncryptionKey::from_env()?;
    let key = connect::api_key(add.key.api_key_file.as_deref())?;
    let base_url = add.base_url.as_deref().unwrap_or(STRIPE_API);
    let rule = match (add.no_throttle, add.throttle) {
        (true, Some(_)) => {
            return Err(Failure::Input(
                "give --throttle or --no-throttle, not both".to_string(),
            ));
        }
        (true, None) => {
            connect::refuse_unthrottled(base_url)?;
            None
        }
        (false, rule) => Some(rule.unwrap_or(connector::THROTTLE)),
    };
    let id = fleet
        .add_connection(&kek, &add.name, &key, base_url, rule)
        .await?;
    eprintln!(
        "fleet: connection {} added (id {id}), calling {base_url}",
        add.name
    );
    Ok(())
}

/// Replaces the connection's key, sealed under STRIPE_FLEET_KEK, and unparks it.
pub async fn replace_key(fleet: &Fleet, replace: ReplaceKey) -> Result<(), Failure> {
    let kek = KeyEncryptionKey::from_env()?;
    fleet.check_kek(&kek).await?;
    let key = connect::api_key(replace.key.api_key_file.as_deref())?;
    fleet.replace_key(&kek, &replace.name, &key).await?;
    eprintln!(
        "fleet: connection {}: key replaced; its subscriptions are polled again",
        replace.name
    );
    Ok(())
}

/// Subscribes the connection to the trigger.
pub async fn subscribe(fleet: &Fleet, subscribe: Subscribe) -> Result<(), Failure> {
    let id = fleet
        .subscribe(&subscribe.connection, subscribe.trigger, subscribe.from)
        .await?;
    println!("{id}");
    eprintln!(
        "fleet: subscription {id}: {} of connection {}",
        subscribe.trigger.name(),
        subscribe.connection
    );
    Ok(())
}

/// `CALLS/SECONDS`, such as `100/60` or `10/2`.
fn parse_rule(text: &str) -> Result<metadata::Throttle, String> {
    let refuse = || format!("{text:?} is not CALLS/SECONDS, such as 100/60");
    let (calls, seconds) = text.split_once('/').ok_or_else(refuse)?;
    let calls: u32 = calls.trim().parse().map_err(|_| refuse())?;
    let period = parse_seconds(seconds.trim()).map_err(|_| refuse())?;
    if calls == 0 || period.is_zero() {
        return Err(format!(
            "{text:?}: give at least one call in a period longer than zero"
        ));
    }
    Ok(metadata::Throttle { calls, period })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn rules_read_calls_over_seconds() {
        let rule = parse_rule("10/2").expect("a rule");
        assert_eq!((rule.calls, rule.period), (10, Duration::from_secs(2)));
        for bad in ["10", "0/2", "10/0", "ten/2"] {
            assert!(parse_rule(bad).is_err(), "{bad}");
        }
    }
}
