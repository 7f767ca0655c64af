//! `stripe-connector`: the actions and polling triggers of the Stripe connector of Logic Apps
//! and Power Automate, from the shell.
//!
//! Each action prints Stripe's answer as JSON on stdout; `watch` prints one JSON line per new
//! object of a trigger; `fake-stripe` serves the built-in fake for trying it all offline. What
//! went wrong goes to stderr, with an exit code per kind of failure (see [`fail`]). The
//! actions' subcommands and the trigger names are generated from the spec ([`generated`]).

mod args;
mod connect;
mod fail;
#[cfg(feature = "fake")]
mod fake;
#[cfg(feature = "fleet")]
mod fleet;
#[rustfmt::skip]
mod generated;
#[cfg(feature = "listen")]
mod listen;
mod output;
mod pause;
mod runtime;
mod values;
mod watch;

use std::process::ExitCode;

use args::{Cli, Command};
use fail::Failure;

fn main() -> ExitCode {
    let cli = args::parse();
    let outcome = tokio::runtime::Runtime::new()
        .map_err(|e| Failure::Local(format!("cannot start the async runtime: {e}")))
        .and_then(|runtime| runtime.block_on(run(cli)));
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            failure.report();
            failure.exit_code()
        }
    }
}

/// Runs the subcommand the user chose.
async fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        #[cfg(feature = "fake")]
        Command::FakeStripe(args) => fake::serve(args).await,
        Command::Action(action) => action.run(&connect::connection(&cli.global)?).await,
        Command::Watch(args) => watch::run(connect::connection(&cli.global)?, args).await,
        #[cfg(feature = "fleet")]
        Command::Fleet(args) => fleet::run(&cli.global, args).await,
        #[cfg(feature = "listen")]
        Command::Listen(args) => listen::run(connect::connection(&cli.global)?, args).await,
    }
}
