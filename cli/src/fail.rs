//! How the tool fails: a message on stderr that says what to do next, and an exit code per kind
//! of failure, listed in `--help` ([`EXIT_CODES_HELP`]).

use std::process::ExitCode;

use stripe_connector::{Error, StripeError};

/// Stripe answered with an error.
pub const EXIT_STRIPE: u8 = 1;
/// The command line, the API key or an argument was refused before anything was sent
/// (clap's usage errors use the same code).
pub const EXIT_INPUT: u8 = 2;
/// No usable answer: no connection, a timeout, or an answer the spec does not describe.
pub const EXIT_TRANSPORT: u8 = 3;
/// Something on this machine failed: the checkpoint file, stdout, a port.
pub const EXIT_LOCAL: u8 = 4;

/// The end of the top-level `--help`.
pub const EXIT_CODES_HELP: &str = "\
The API key comes from the STRIPE_API_KEY environment variable, or from the file named by \
--api-key-file; never from a flag value, which other users of this machine could read.

Output: Stripe's answer as JSON on stdout, indented on a terminal and on one line when piped.

Exit codes:
  0  success
  1  Stripe refused the request (its message and request id are on stderr), or the object was deleted
  2  bad input: a usage error, a missing or malformed API key, or an argument refused before sending
  3  no usable answer from Stripe: no connection, a timeout, or an answer the spec does not describe
  4  a local failure: the --state file, standard output or the port could not be used";

/// Why a command did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// Stripe's error envelope.
    Stripe(Box<StripeError>),
    /// Stripe answered that the object was deleted.
    Deleted(String),
    /// Refused before sending.
    Input(String),
    /// No usable answer.
    Transport(String),
    /// A failure on this machine.
    Local(String),
}

impl Failure {
    /// The process's exit code for this failure.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            Failure::Stripe(_) | Failure::Deleted(_) => EXIT_STRIPE,
            Failure::Input(_) => EXIT_INPUT,
            Failure::Transport(_) => EXIT_TRANSPORT,
            Failure::Local(_) => EXIT_LOCAL,
        })
    }

    /// Writes the failure to stderr.
    pub fn report(&self) {
        match self {
            Failure::Stripe(error) => report_stripe(error),
            Failure::Deleted(message)
            | Failure::Input(message)
            | Failure::Transport(message)
            | Failure::Local(message) => {
                eprintln!("error: {message}");
            }
        }
    }
}

/// Stripe's message, then its request id on a line of its own.
fn report_stripe(error: &StripeError) {
    eprintln!("error: {error}");
    match &error.request_id {
        Some(id) => eprintln!("request id: {id} (quote it when asking Stripe's support)"),
        None => eprintln!("request id: none given"),
    }
    if let Some(url) = &error.doc_url {
        eprintln!("see {url}");
    }
    if error.status == 401 {
        eprintln!("hint: Stripe refused the API key; check STRIPE_API_KEY or --api-key-file");
    }
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        match error {
            Error::Stripe(e) => Failure::Stripe(e),
            Error::Deleted { .. } => Failure::Deleted(error.to_string()),
            Error::InvalidKey(_) => Failure::Input(format!(
                "{error}\nhint: use a secret key (sk_test_… or sk_live_…) or a restricted key \
                 (rk_…) from https://dashboard.stripe.com/apikeys"
            )),
            Error::InvalidInput { .. } | Error::InvalidBaseUrl { .. } => {
                Failure::Input(error.to_string())
            }
            Error::Checkpoint(_) => Failure::Local(format!(
                "{error}\nhint: check that the --state file's folder exists and is writable"
            )),
            Error::Transport(_) => Failure::Transport(format!(
                "{error}\nhint: check the network, or that --base-url points at a running server"
            )),
            other => Failure::Transport(other.to_string()),
        }
    }
}
