//! `fleet`: the triggers of many connections on many workers, coordinated by PostgreSQL (the
//! `stripe-connector-fleet` crate). Its own subcommands and flags live here, apart from the
//! rest of the command line.

mod admin;
mod deliveries;
mod endpoint;
mod manage;
mod metrics;
mod tables;
mod webhooks;
mod worker;

use std::future::Future;
use std::path::PathBuf;
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

Every subcommand migrates the database's schema first. --base-url, --no-throttle and \
--api-key-file are options of `fleet add-connection` (and --api-key-file of `fleet replace-key`) \
only: workers call each connection's stored URL with its stored key.";

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
    /// The connection options given where they do nothing, refused.
    #[command(flatten)]
    pub misplaced: Misplaced,
    /// What to do.
    #[command(subcommand)]
    pub command: FleetCommand,
}

/// The command line's connection options, which `fleet` takes only where they apply. Declared
/// here, hidden, with the ids of the global ones, so that those are not offered to every
/// `fleet` subcommand; given here anyway (or before `fleet`), they are refused instead of
/// silently ignored. The subcommands that use them declare their own under other ids: clap
/// copies a value given under a global option's id up to the top, where it would be refused.
#[derive(Args, Debug)]
pub struct Misplaced {
    #[arg(long, hide = true)]
    api_key_file: Option<PathBuf>,
    #[arg(long, hide = true)]
    base_url: Option<String>,
    #[arg(long, hide = true)]
    no_throttle: bool,
}

/// Where an API key comes from, for the commands that store one.
#[derive(Args, Debug)]
pub struct KeySource {
    /// Read the API key from this file (surrounding whitespace is ignored) instead of the
    /// STRIPE_API_KEY environment variable.
    #[arg(
        long = "api-key-file",
        id = "connection_api_key_file",
        value_name = "PATH"
    )]
    pub api_key_file: Option<PathBuf>,
}

/// `--json` of the commands that list.
#[derive(Args, Debug)]
pub struct Listing {
    /// Print JSON for scripts instead of a table (see the command's help for its shape).
    #[arg(long)]
    pub json: bool,
}

/// The subcommands of `fleet`.
#[derive(Subcommand, Debug)]
pub enum FleetCommand {
    /// Create or update the fleet's tables (every subcommand does this first).
    Migrate,
    /// Add a connection: its API key from STRIPE_API_KEY or --api-key-file, never a flag value.
    AddConnection(admin::AddConnection),
    /// Subscribe a connection to a trigger.
    Subscribe(admin::Subscribe),
    /// List the subscriptions and how far each has come: a table, or with --json one JSON
    /// object per line.
    Subscriptions(Listing),
    /// List the connections and whether each is polled or parked: a table, or with --json one
    /// JSON object per line.
    Connections(Listing),
    /// How far behind each subscription is, how much of each connection's throttle is used,
    /// the last errors: two tables, or with --json one JSON document.
    Status(Listing),
    /// Replace a connection's API key (from STRIPE_API_KEY or --api-key-file), which unparks
    /// it if Stripe had refused the old one.
    ReplaceKey(admin::ReplaceKey),
    /// Pause a subscription: no worker polls it until `fleet resume`; a poll under way stops
    /// before its next call and commits nothing.
    Pause(manage::SubscriptionId),
    /// Resume a paused subscription: it is polled at once.
    Resume(manage::SubscriptionId),
    /// Remove a subscription with its deliveries; refused while a consumer has not
    /// acknowledged them all, unless --force.
    RemoveSubscription(manage::RemoveSubscription),
    /// Remove a connection with its subscriptions and their deliveries; refused while a
    /// consumer has not acknowledged them all, unless --force, and while it has a webhook
    /// endpoint (`fleet remove-endpoint` first).
    RemoveConnection(manage::RemoveConnection),
    /// Give a connection a webhook endpoint: its triggers' objects arrive at once through
    /// `fleet worker --webhooks`, and one reconciliation of its events a minute finds what the
    /// webhooks missed; its lists are then polled hourly.
    AddEndpoint(endpoint::AddEndpoint),
    /// Remove a connection's webhook endpoint (deleted at Stripe when the fleet created it); its
    /// subscriptions are polled every interval again.
    RemoveEndpoint(endpoint::RemoveEndpoint),
    /// Re-seal every stored API key and signing secret under a new key-encryption key, in one transaction: the
    /// current one in STRIPE_FLEET_KEK, the new one in STRIPE_FLEET_NEW_KEK. Restart the
    /// workers with the new one afterwards.
    RotateKek,
    /// Run a worker until Ctrl-C or SIGTERM.
    Worker(worker::WorkerArgs),
    /// Print the deliveries a consumer has not acknowledged, one JSON line each, then
    /// acknowledge them; with --follow, wait for more.
    Deliveries(deliveries::DeliveriesArgs),
}

/// Runs `fleet`'s subcommand.
pub async fn run(global: &Global, args: FleetArgs) -> Result<(), Failure> {
    refuse_misplaced(global, &args.misplaced)?;
    let fleet = open(&args).await?;
    match args.command {
        FleetCommand::Migrate => {
            eprintln!("fleet: schema {} is up to date", args.schema);
            Ok(())
        }
        FleetCommand::AddConnection(add) => admin::add_connection(&fleet, add).await,
        FleetCommand::Subscribe(subscribe) => admin::subscribe(&fleet, subscribe).await,
        FleetCommand::Subscriptions(listing) => tables::subscriptions(&fleet, listing).await,
        FleetCommand::Connections(listing) => tables::connections(&fleet, listing).await,
        FleetCommand::Status(listing) => tables::status(&fleet, listing).await,
        FleetCommand::ReplaceKey(replace) => admin::replace_key(&fleet, replace).await,
        FleetCommand::Pause(id) => manage::pause(&fleet, id).await,
        FleetCommand::Resume(id) => manage::resume(&fleet, id).await,
        FleetCommand::RemoveSubscription(remove) => {
            manage::remove_subscription(&fleet, remove).await
        }
        FleetCommand::RemoveConnection(remove) => manage::remove_connection(&fleet, remove).await,
        FleetCommand::AddEndpoint(add) => endpoint::add(&fleet, add).await,
        FleetCommand::RemoveEndpoint(remove) => endpoint::remove(&fleet, remove).await,
        FleetCommand::RotateKek => manage::rotate_kek(&fleet).await,
        FleetCommand::Worker(worker) => worker::run(fleet, worker).await,
        FleetCommand::Deliveries(read) => deliveries::run(fleet, read).await,
    }
}

/// Refuses the connection options given to `fleet` itself or before it: no `fleet`
/// subcommand reads them from there.
fn refuse_misplaced(global: &Global, misplaced: &Misplaced) -> Result<(), Failure> {
    let given = [
        (
            "--api-key-file",
            global.api_key_file.is_some() || misplaced.api_key_file.is_some(),
        ),
        (
            "--base-url",
            global.base_url.is_some() || misplaced.base_url.is_some(),
        ),
        ("--no-throttle", global.no_throttle || misplaced.no_throttle),
    ];
    match given.iter().find(|(_, given)| *given) {
        None => Ok(()),
        Some((flag, _)) => Err(Failure::Input(format!(
            "{flag} goes after `fleet add-connection` (or, for --api-key-file, `fleet \
             replace-key`), the only commands that use it: workers call each connection's \
             stored URL with its stored key"
        ))),
    }
}

/// A future that completes on Ctrl-C (SIGINT) or SIGTERM, what a service manager sends. The
/// handlers are installed now, not when the future is first polled, so that a signal that
/// comes early still stops the command gently instead of killing it.
#[cfg(unix)]
fn stopped() -> impl Future<Output = ()> {
    use tokio::signal::unix::{SignalKind, signal};
    let interrupt = signal(SignalKind::interrupt());
    let terminate = signal(SignalKind::terminate());
    async move {
        match (interrupt, terminate) {
            (Ok(mut interrupt), Ok(mut terminate)) => tokio::select! {
                _ = interrupt.recv() => {}
                _ = terminate.recv() => {}
            },
            _ => drop(tokio::signal::ctrl_c().await),
        }
    }
}

/// A future that completes on Ctrl-C.
#[cfg(not(unix))]
fn stopped() -> impl Future<Output = ()> {
    async {
        drop(tokio::signal::ctrl_c().await);
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
    TriggerKind::from_name(text).map_err(|e| e.to_string())
}

/// The help of a trigger argument: the spec's triggers by their words, such as `customer, order,
/// charge or invoice-item (or the spec's name, such as OnNewCustomer)`.
fn trigger_help() -> String {
    let words: Vec<&str> = TriggerKind::all().map(|t| t.info().command).collect();
    let (last, rest) = words.split_last().map_or(("", &[][..]), |(l, r)| (*l, r));
    let example = TriggerKind::all().next().map_or("", TriggerKind::name);
    match rest {
        [] => format!("{last} (or the spec's name, {example})"),
        _ => format!(
            "{} or {last} (or the spec's name, such as {example})",
            rest.join(", ")
        ),
    }
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
    fn each_subcommand_offers_only_the_connection_options_it_uses() {
        use clap::CommandFactory;
        let mut cli = crate::args::Cli::command();
        cli.build();
        let fleet = cli.find_subcommand("fleet").expect("fleet");
        let flags = ["api-key-file", "base-url", "no-throttle"];
        for sub in fleet.get_subcommands() {
            let shown: Vec<&str> = sub
                .get_arguments()
                .filter(|a| !a.is_hide_set())
                .filter_map(|a| a.get_long())
                .collect();
            let uses: &[&str] = match sub.get_name() {
                "add-connection" => &flags,
                "replace-key" => &["api-key-file"],
                _ => &[],
            };
            for flag in flags {
                assert_eq!(
                    shown.contains(&flag),
                    uses.contains(&flag),
                    "`fleet {}` and --{flag}",
                    sub.get_name()
                );
            }
        }
    }

    #[test]
    fn seconds_take_fractions_and_refuse_the_rest() {
        assert_eq!(parse_seconds("0.25"), Ok(Duration::from_millis(250)));
        assert!(parse_seconds("-1").is_err());
        assert!(parse_seconds("soon").is_err());
    }
}
