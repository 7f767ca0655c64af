//! The command line: its shape is clap's derive; the help of every action, of its arguments and
//! of every trigger comes from the spec at run time (see [`help`](crate::help)).

use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use fake_stripe::FaultArgs;
use stripe_connector::metadata::{Trigger, TriggerInfo};
use stripe_connector::{Start, Timestamp, connector, triggers};

use crate::{fail, help};

/// Which subcommand runs which action of the spec: (group, subcommand, `operationId`).
pub const ACTION_COMMANDS: [(&str, &str, &str); 5] = [
    ("product", "create", "CreateProduct"),
    ("product", "update", "UpdateProduct"),
    ("customer", "create", "CreateCustomer"),
    ("customer", "get", "GetCustomer"),
    ("customer", "update", "UpdateCustomer"),
];

/// The whole command line.
#[derive(Parser, Debug)]
#[command(name = "stripe-connector", version, about = about(), after_help = fail::EXIT_CODES_HELP)]
pub struct Cli {
    /// Options every subcommand takes.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Where to connect and with which key.
#[derive(Args, Debug)]
pub struct Global {
    /// Read the API key from this file (surrounding whitespace is ignored) instead of the
    /// STRIPE_API_KEY environment variable.
    #[arg(long, global = true, value_name = "PATH", help_heading = "Connection")]
    pub api_key_file: Option<PathBuf>,
    /// Send requests here instead of https://api.stripe.com; plain http only to a loopback
    /// address, such as the URL `stripe-connector fake-stripe` prints.
    #[arg(long, global = true, value_name = "URL", help_heading = "Connection")]
    pub base_url: Option<String>,
    /// Turn off the connector's throttle (100 calls in any 60 s), to run flat out against a
    /// local fake Stripe; refused for Stripe's own API.
    #[arg(long, global = true, help_heading = "Connection")]
    pub no_throttle: bool,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create or update a product.
    #[command(subcommand)]
    Product(ProductCommand),
    /// Create, get or update a customer.
    #[command(subcommand)]
    Customer(CustomerCommand),
    /// Run a trigger: one JSON line on stdout per new object, until Ctrl-C.
    #[command(long_about = WATCH_HELP)]
    Watch(WatchArgs),
    /// Serve the built-in fake Stripe on 127.0.0.1 until Ctrl-C, optionally injecting faults;
    /// prints its base URL first.
    FakeStripe(FakeArgs),
    /// Many connections' triggers on many workers, coordinated by PostgreSQL.
    Fleet(crate::fleet::FleetArgs),
}

/// The product actions; their help is the spec's (see [`ACTION_COMMANDS`]).
#[derive(Subcommand, Debug)]
pub enum ProductCommand {
    Create(CreateProduct),
    Update(UpdateProduct),
}

/// The customer actions; their help is the spec's (see [`ACTION_COMMANDS`]).
#[derive(Subcommand, Debug)]
pub enum CustomerCommand {
    Create(CustomerFields),
    Get(CustomerId),
    Update(UpdateCustomer),
}

/// `product create`. Argument ids are Stripe's field names, which is how their help is found.
#[derive(Args, Debug)]
pub struct CreateProduct {
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub id: Option<String>,
    #[command(flatten)]
    pub fields: ProductFields,
}

/// `product update ID`.
#[derive(Args, Debug)]
pub struct UpdateProduct {
    #[arg(value_name = "ID")]
    pub id: String,
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: ProductFields,
}

/// The product fields both product actions take.
#[derive(Args, Debug)]
pub struct ProductFields {
    #[arg(long = "image", value_name = "URL")]
    pub images: Vec<String>,
    #[arg(long)]
    pub caption: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    #[arg(long, value_name = "BOOL")]
    pub active: Option<bool>,
    #[arg(long, value_name = "BOOL")]
    pub shippable: Option<bool>,
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
}

/// The customer fields both customer writes take (`customer create`).
#[derive(Args, Debug)]
pub struct CustomerFields {
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
}

/// `customer get ID`.
#[derive(Args, Debug)]
pub struct CustomerId {
    #[arg(value_name = "ID")]
    pub customer: String,
}

/// `customer update ID`.
#[derive(Args, Debug)]
pub struct UpdateCustomer {
    #[arg(value_name = "ID")]
    pub customer: String,
    #[command(flatten)]
    pub fields: CustomerFields,
}

/// What `watch --help` says beyond its one line.
const WATCH_HELP: &str = "\
Run a trigger: one JSON line on stdout per new object, oldest second first, and a progress line \
on stderr per batch; or, with --into, one row per object in a SQLite database. A backlog is \
drained page after page without waiting; once caught up, the trigger polls every --interval \
seconds.

On stdout delivery is at least once: each batch (at most 100 objects) is printed and flushed, \
then acknowledged by saving the checkpoint in --state FILE. Restart with the same --state and the \
watch resumes after the last batch acknowledged. Ctrl-C stops between batches and repeats \
nothing; a crash (SIGKILL, power loss) can repeat the one batch printed but not yet \
acknowledged, never lose one: drop repeats by the object's `id`. If stdout is closed (`| head`), \
the watch ends without acknowledging the batch it could not print.

With --into DB delivery is exactly once: each batch and the checkpoint are written in one \
transaction, so a crash at any instant leaves no gap and no repeat. The table:
  objects(seq INTEGER PRIMARY KEY, trigger TEXT, id TEXT, created INTEGER, json TEXT,
          UNIQUE(trigger, id))
where seq is the order of delivery, trigger the trigger's name (OnNewCustomer...), created \
Stripe's creation time in Unix seconds and json the object; the checkpoint is in the table \
checkpoints(trigger, state). One watch at a time per database or --state file: a second fails \
at once, naming the holder.

Failures Stripe may recover from (no answer, 429 or 5xx after the retries) are reported on \
stderr and polled again after the interval; any other error stops the watch.";

/// `watch`'s arguments.
#[derive(Args, Debug)]
pub struct WatchArgs {
    /// The trigger to run.
    #[arg(value_enum)]
    pub trigger: TriggerName,
    /// Seconds to wait between polls once caught up (the connector's default).
    #[arg(long, value_name = "SECONDS", default_value_t = connector::POLL_INTERVAL.as_secs())]
    pub interval: u64,
    /// Where to start when there is no checkpoint yet: `now` (only objects added from now on),
    /// `beginning` (every object, oldest first) or a Unix timestamp in seconds.
    #[arg(long, value_name = "now|beginning|TIMESTAMP", default_value = "now", value_parser = parse_start)]
    pub from: Start,
    /// Keep the checkpoint in FILE, so that a restart resumes where this run stopped; without it
    /// the checkpoint lives in memory and a restart begins again from --from.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Deliver exactly once into the SQLite database DB (created when missing): one row per
    /// object in its table `objects`, written with the checkpoint in one transaction.
    #[arg(long, value_name = "DB", conflicts_with = "state")]
    pub into: Option<PathBuf>,
}

/// `fake-stripe`'s arguments.
#[derive(Args, Debug)]
pub struct FakeArgs {
    /// Port on 127.0.0.1 to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 12111)]
    pub port: u16,
    /// The faults to inject, as the `fake-stripe` binary takes them.
    #[command(flatten)]
    pub faults: FaultArgs,
}

/// The four triggers, as `watch` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TriggerName {
    Order,
    Charge,
    InvoiceItem,
    Customer,
}

impl TriggerName {
    /// The trigger's name and summary from the spec.
    pub fn info(self) -> TriggerInfo {
        match self {
            Self::Order => triggers::OnNewOrder::INFO,
            Self::Charge => triggers::OnNewCharge::INFO,
            Self::InvoiceItem => triggers::OnNewInvoiceItem::INFO,
            Self::Customer => triggers::OnNewCustomer::INFO,
        }
    }

    /// The name on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Order => "order",
            Self::Charge => "charge",
            Self::InvoiceItem => "invoice-item",
            Self::Customer => "customer",
        }
    }
}

impl ValueEnum for TriggerName {
    fn value_variants<'a>() -> &'a [Self] {
        &[Self::Order, Self::Charge, Self::InvoiceItem, Self::Customer]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.as_str()).help(self.info().summary))
    }
}

/// `now`, `beginning` or seconds since the Unix epoch.
fn parse_start(text: &str) -> Result<Start, String> {
    match text {
        "now" => Ok(Start::Now),
        "beginning" => Ok(Start::Beginning),
        _ => text.parse::<Timestamp>().map(Start::At).map_err(|_| {
            format!("{text:?} is not `now`, `beginning` or a Unix timestamp such as 1570000000")
        }),
    }
}

/// The one-line description of the tool.
fn about() -> String {
    format!(
        "The Stripe connector of Logic Apps and Power Automate from the shell: its five actions \
         and four polling triggers, pinned to Stripe API {}.",
        connector::STRIPE_VERSION
    )
}

/// The command with the spec's help on every action.
pub fn command() -> clap::Command {
    let mut command = Cli::command();
    for (group, action, operation) in ACTION_COMMANDS {
        command = command.mut_subcommand(group, |g| {
            g.mut_subcommand(action, |c| help::document(c, operation))
        });
    }
    command
}

/// Parses the process's arguments, or exits with clap's message (exit code 2).
pub fn parse() -> Cli {
    let matches = command().get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn every_action_argument_has_the_spec_help() {
        let command = command();
        for (group, action, operation) in ACTION_COMMANDS {
            let sub = command
                .find_subcommand(group)
                .and_then(|g| g.find_subcommand(action))
                .unwrap_or_else(|| panic!("no `{group} {action}`"));
            assert!(sub.get_about().is_some(), "`{group} {action}` has no about");
            for arg in sub.get_arguments().filter(|a| !a.is_global_set()) {
                let id = arg.get_id().as_str();
                if matches!(id, "help" | "api_key_file" | "base_url") {
                    continue;
                }
                let spec = help::field(help::action(operation), id).unwrap_or_else(|| {
                    panic!("the spec does not describe `{group} {action} {id}`")
                });
                let shown = arg.get_help().map(ToString::to_string).unwrap_or_default();
                assert!(
                    shown.starts_with(spec),
                    "`{group} {action} {id}` shows {shown:?}"
                );
            }
        }
    }

    #[test]
    fn start_reads_now_beginning_and_timestamps() {
        assert_eq!(parse_start("now"), Ok(Start::Now));
        assert_eq!(parse_start("beginning"), Ok(Start::Beginning));
        assert_eq!(
            parse_start("1570000000"),
            Ok(Start::At(Timestamp::from_unix_seconds(1_570_000_000)))
        );
        assert!(
            parse_start("yesterday")
                .unwrap_err()
                .contains("Unix timestamp")
        );
    }
}
