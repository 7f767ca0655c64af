//! The command line: its shape is clap's derive. The actions' subcommands, with the spec's
//! help on each, and the trigger names of `watch` are generated from the spec
//! ([`generated`](crate::generated)); this file holds the rest.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
#[cfg(feature = "fake")]
use fake_stripe::{FaultArgs, SetupArgs};
use stripe_connector::{Start, Timestamp, connector};

use crate::fail;
use crate::generated::{Action, TriggerName};

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
    /// The actions, in their groups (`product`, `customer`...).
    #[command(flatten)]
    Action(Action),
    /// Run a trigger: one JSON line on stdout per new object, until Ctrl-C.
    #[command(long_about = watch_help())]
    Watch(WatchArgs),
    /// Serve the built-in fake Stripe on 127.0.0.1 until Ctrl-C, optionally injecting faults;
    /// prints its base URL first.
    #[cfg(feature = "fake")]
    FakeStripe(FakeArgs),
    /// Many connections' triggers on many workers, coordinated by PostgreSQL.
    #[cfg(feature = "fleet")]
    Fleet(crate::fleet::FleetArgs),
    /// Run a trigger from Stripe's webhooks, reconciled with its events: one JSON line on
    /// stdout per new object, at once, until Ctrl-C.
    #[cfg(feature = "listen")]
    #[command(long_about = crate::listen::help())]
    Listen(crate::listen::ListenArgs),
}

/// What `watch --help` says beyond its one line: its paragraphs, `--into`'s only with the
/// `sqlite` feature.
fn watch_help() -> String {
    [
        WATCH_HELP,
        #[cfg(feature = "sqlite")]
        WATCH_INTO_HELP,
        WATCH_FAILURES_HELP,
    ]
    .join("\n\n")
}

/// `watch`'s delivery on stdout.
const WATCH_HELP: &str = "\
Run a trigger: one JSON line on stdout per new object, oldest second first, and a progress line \
on stderr per batch. A backlog is drained page after page without waiting; once caught up, the \
trigger polls every --interval seconds.

On stdout delivery is at least once: each batch (at most 100 objects) is printed and flushed, \
then acknowledged by saving the checkpoint in --state FILE. Restart with the same --state and the \
watch resumes after the last batch acknowledged. Ctrl-C stops between batches and repeats \
nothing; a crash (SIGKILL, power loss) can repeat the one batch printed but not yet \
acknowledged, never lose one: drop repeats by the object's `id`. If stdout is closed (`| head`), \
the watch ends without acknowledging the batch it could not print. One watch at a time per \
--state file: a second fails at once, naming the holder.";

/// `watch --into`'s delivery into SQLite.
#[cfg(feature = "sqlite")]
const WATCH_INTO_HELP: &str = "\
With --into DB, one row per object in a SQLite database instead, and delivery is exactly once: \
each batch and the checkpoint are written in one transaction, so a crash at any instant leaves no \
gap and no repeat. The table:
  objects(seq INTEGER PRIMARY KEY, trigger TEXT, id TEXT, created INTEGER, json TEXT,
          UNIQUE(trigger, id))
where seq is the order of delivery, trigger the trigger's name (OnNewCustomer...), created \
Stripe's creation time in Unix seconds and json the object; the checkpoint is in the table \
checkpoints(trigger, state). One watch at a time per database, too.";

/// What `watch` does when Stripe fails.
const WATCH_FAILURES_HELP: &str = "\
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
    #[cfg(feature = "sqlite")]
    #[arg(long, value_name = "DB", conflicts_with = "state")]
    pub into: Option<PathBuf>,
}

/// `fake-stripe`'s arguments.
#[cfg(feature = "fake")]
#[derive(Args, Debug)]
pub struct FakeArgs {
    /// Port on 127.0.0.1 to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 12111)]
    pub port: u16,
    /// The faults to inject, as the `fake-stripe` binary takes them.
    #[command(flatten)]
    pub faults: FaultArgs,
    /// Old accounts and the request log, as the `fake-stripe` binary takes them.
    #[command(flatten)]
    pub setup: SetupArgs,
}

/// `now`, `beginning` or seconds since the Unix epoch.
pub(crate) fn parse_start(text: &str) -> Result<Start, String> {
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
        "The Stripe connector of Logic Apps and Power Automate from the shell: its {} actions \
         and {} polling triggers, pinned to Stripe API {}.",
        connector::ACTIONS.len(),
        connector::TRIGGERS.len(),
        connector::STRIPE_VERSION
    )
}

/// Parses the process's arguments, or exits with clap's message (exit code 2).
pub fn parse() -> Cli {
    Cli::parse()
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_action_and_argument_has_the_spec_help() {
        let command = Cli::command();
        for action in connector::ACTIONS {
            let [group, name] = action.command;
            let sub = command
                .find_subcommand(group)
                .and_then(|g| g.find_subcommand(name))
                .unwrap_or_else(|| panic!("no `{group} {name}`"));
            let about = sub.get_about().map(ToString::to_string);
            assert_eq!(about.as_deref(), Some(action.summary), "`{group} {name}`");
            for arg in sub.get_arguments().filter(|a| !a.is_global_set()) {
                let id = arg.get_id().as_str();
                if id == "help" {
                    continue;
                }
                let shown = arg.get_help().map(ToString::to_string).unwrap_or_default();
                assert!(
                    action
                        .inputs
                        .iter()
                        .any(|i| !i.description.is_empty() && shown.starts_with(i.description)),
                    "`{group} {name} {id}` shows {shown:?}, not the spec's words"
                );
            }
        }
    }

    #[test]
    fn objects_take_json_hashes_key_value_and_clearing_conflicts_with_a_value() {
        let parse = |args: &[&str]| {
            Cli::try_parse_from(["stripe-connector"].iter().chain(args)).map_err(|e| e.to_string())
        };
        let address = r#"{"line1":"1 Main St"}"#;
        let metadata = ["--metadata", "size=L", "--metadata", "old="];
        let update = ["customer", "update", "cus_1", "--address", address];
        assert!(parse(&[&update[..], &metadata[..]].concat()).is_ok());
        let error = parse(&[
            "customer",
            "update",
            "cus_1",
            "--address",
            r#"{"city":"x"}"#,
        ])
        .unwrap_err();
        assert!(error.contains("not the JSON this field takes"), "{error}");
        assert!(parse(&["customer", "update", "cus_1", "--metadata", "size"]).is_err());
        let images = [
            "product",
            "update",
            "prod_1",
            "--image",
            "https://x.example/1.png",
        ];
        assert!(parse(&[&images[..], &["--clear-images"]].concat()).is_err());
        assert!(parse(&["product", "update", "prod_1", "--clear-images"]).is_ok());
        assert!(parse(&["customer", "get", "cus_1", "--expand", "default_source"]).is_ok());
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
