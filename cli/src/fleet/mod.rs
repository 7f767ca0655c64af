//! `fleet`: the triggers of many connections on many workers, coordinated by PostgreSQL (the
//! `stripe-connector-fleet` crate). Its own subcommands and flags live here, apart from the
//! rest of the command line.

mod admin;
mod deliveries;
mod worker;

use std::time::Duration;

use clap::{Args, Subcommand};
use stripe_connector_fleet::{DEFAULT_SCHEMA, Database, Error, Fleet, TriggerKind};

use crate::args::Global;
use crate::fail::Failure;

/// What `fleet --help` says beyond its one line.
const FLEET_HELP: &str = "\
Many connections' triggers on many workers, coordinated by PostgreSQL: add connections (their API \
keys are encrypted at rest with the key-encryption key in STRIPE_FLEET_KEK, 64 hex digits such as \
`openssl rand -hex 32` prints), subscribe their triggers, run any number of workers on any number \
of hosts, and read the deliveries. Each object is delivered once into the table `deliveries`, \
whichever worker dies when; each connection keeps to its throttle whichever worker calls.

Every subcommand migrates the database's schema first.";

/// `fleet`'s flags and subcommand.
#[derive(Args, Debug)]
#[command(long_about = FLEET_HELP)]
pub struct FleetArgs {
    /// The PostgreSQL database, such as postgres://postgres@127.0.0.1:5432/test; defaults to the
    /// DATABASE_URL environment variable.
    #[arg(long, value_name = "URL", global = true)]
    pub database_url: Option<String>,
    /// The schema holding the fleet's tables.
    #[arg(long, value_name = "NAME", default_value = DEFAULT_SCHEMA, global = true)]
    pub schema: String,
    /// What to do.
    #[command(subcommand)]
    pub command: FleetCommand,
}

/// The subcommands of `fleet`.
#[derive(Subcommand, Debug)]
pub enum FleetCommand {
    /// Create or update the fleet's tables (every subcommand does this first).
    Migrate,
    /// Add a connection: its API key from STRIPE_API_KEY or --api-key-file, never a flag value;
    /// --base-url and --no-throttle as for the other commands.
    AddConnection(admin::AddConnection),
    /// Subscribe a connection to a trigger.
    Subscribe(admin::Subscribe),
    /// List the subscriptions and how far each has come.
    Subscriptions,
    /// List the connections and whether each is polled or parked.
    Connections,
    /// Replace a connection's API key (from STRIPE_API_KEY or --api-key-file), which unparks
    /// it if Stripe had refused the old one.
    ReplaceKey(admin::ReplaceKey),
    /// Run a worker until Ctrl-C or SIGTERM.
    Worker(worker::WorkerArgs),
    /// Print the deliveries a consumer has not acknowledged, one JSON line each, then
    /// acknowledge them; with --follow, wait for more.
    Deliveries(deliveries::DeliveriesArgs),
}

/// Runs `fleet`'s subcommand.
pub async fn run(global: &Global, args: FleetArgs) -> Result<(), Failure> {
    let fleet = open(&args).await?;
    match args.command {
        FleetCommand::Migrate => {
            eprintln!("fleet: schema {} is up to date", args.schema);
            Ok(())
        }
        FleetCommand::AddConnection(add) => admin::add_connection(&fleet, global, add).await,
        FleetCommand::Subscribe(subscribe) => admin::subscribe(&fleet, subscribe).await,
        FleetCommand::Subscriptions => admin::subscriptions(&fleet).await,
        FleetCommand::Connections => admin::connections(&fleet).await,
        FleetCommand::ReplaceKey(replace) => admin::replace_key(&fleet, global, replace).await,
        FleetCommand::Worker(worker) => worker::run(fleet, worker).await,
        FleetCommand::Deliveries(read) => deliveries::run(fleet, read).await,
    }
}

/// The fleet's database, migrated.
async fn open(args: &FleetArgs) -> Result<Fleet, Failure> {
    let url = database_url(
        args.database_url.clone(),
        std::env::var("DATABASE_URL").ok(),
    )?;
    Ok(Fleet::open(Database::new(&url, &args.schema)?, 20).await?)
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        match error {
            Error::Stripe(error) => Failure::from(error),
            Error::Input(_) | Error::Secret(_) => Failure::Input(error.to_string()),
            other => Failure::Local(format!(
                "{other}\nhint: check that PostgreSQL answers at --database-url (or DATABASE_URL)"
            )),
        }
    }
}

/// The database URL from `--database-url`, else from `DATABASE_URL`; empty counts as unset.
fn database_url(flag: Option<String>, variable: Option<String>) -> Result<String, Failure> {
    flag.or(variable)
        .filter(|url| !url.trim().is_empty())
        .ok_or_else(|| {
            Failure::Input(
                "no database: pass --database-url postgres://… or set DATABASE_URL (it is unset \
                 or empty)"
                    .to_string(),
            )
        })
}

/// A trigger by the name `watch` gives it (`customer`) or the spec's (`OnNewCustomer`).
fn parse_trigger(text: &str) -> Result<TriggerKind, String> {
    let spec_name = match text {
        "order" => "OnNewOrder",
        "charge" => "OnNewCharge",
        "invoice-item" => "OnNewInvoiceItem",
        "customer" => "OnNewCustomer",
        other => other,
    };
    TriggerKind::from_name(spec_name).map_err(|_| {
        format!("{text:?} is not a trigger: give order, charge, invoice-item or customer")
    })
}

/// A duration in seconds, fractions allowed (`0.5`).
fn parse_seconds(text: &str) -> Result<Duration, String> {
    text.parse::<f64>()
        .ok()
        .and_then(|seconds| Duration::try_from_secs_f64(seconds).ok())
        .ok_or_else(|| format!("{text:?} is not a number of seconds, such as 120 or 0.5"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_database_url_is_refused_like_an_unset_one() {
        let unset = database_url(None, None).expect_err("refused");
        let empty = database_url(None, Some(" ".to_string())).expect_err("refused");
        assert_eq!(format!("{unset:?}"), format!("{empty:?}"));
        assert!(format!("{unset:?}").contains("DATABASE_URL"), "{unset:?}");
        assert_eq!(
            database_url(Some("postgres://a@b/c".into()), Some(String::new())).ok(),
            Some("postgres://a@b/c".to_string())
        );
    }

    #[test]
    fn triggers_read_by_either_name() {
        assert_eq!(parse_trigger("invoice-item"), Ok(TriggerKind::InvoiceItem));
        assert_eq!(parse_trigger("OnNewCharge"), Ok(TriggerKind::Charge));
        assert!(parse_trigger("pony").unwrap_err().contains("customer"));
    }

    #[test]
    fn seconds_take_fractions_and_refuse_the_rest() {
        assert_eq!(parse_seconds("0.25"), Ok(Duration::from_millis(250)));
        assert!(parse_seconds("-1").is_err());
        assert!(parse_seconds("soon").is_err());
    }
}
