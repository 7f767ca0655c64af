//! Developer commands for the stripe-connector workspace: `cargo xtask <command>`.

mod codegen;
mod export_connector;
mod import_schema;
mod spec_diff;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Developer commands for stripe-connector. Run from anywhere in the workspace.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate stripe-connector/src/generated.rs and cli/src/generated.rs from spec/stripe.yaml.
    ///
    /// Validates the spec, runs progenitor with Stripe's adjustments, and writes the client
    /// and the command line's subcommands for the actions.
    /// A broken spec fails with the file, the place in it and what to do.
    Codegen(codegen::Args),
    /// Write power-platform/: the spec as a Power Platform custom connector.
    ///
    /// Writes apiDefinition.swagger.json (Swagger 2.0 with x-ms-* extensions),
    /// apiProperties.json (the API key, the header and polling policies, the brand colour) and
    /// a README for the people who import them with `paconn create` or `pac connector create`.
    ExportConnector(export_connector::Args),
    /// Compare two versions of the spec and say what breaks users of the generated crate.
    ///
    /// Prints what was added, removed or changed (operations, parameters, fields, types,
    /// formats, required flags, nullability, enums, defaults, constraints, connector metadata),
    /// grouped by operation and schema, with the Rust item each change touches and whether it
    /// is breaking. Exits 1 when anything is breaking, 0 otherwise, 2 on a usage or spec error.
    SpecDiff(spec_diff::Args),
    /// Print Stripe schemas as components of the spec, ready to paste: `import-schema invoice`.
    ///
    /// Reads Stripe's own description of 2019-10-08, takes the named schemas and every schema
    /// they contain, leaves out those the spec already mirrors (x-stripe-schema), and prints the
    /// rest as YAML in the spec's conventions. stderr says what was skipped and which expandable
    /// fields were left as StripeObject. Exits 2 for an unknown name.
    ImportSchema(import_schema::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Codegen(args) => codegen::run(&workspace_root(), &args),
        Command::ExportConnector(args) => export_connector::run(&workspace_root(), &args),
        Command::SpecDiff(args) => spec_diff::run(&workspace_root(), &args),
        Command::ImportSchema(args) => import_schema::run(&workspace_root(), &args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: xtask lives one level below it.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits inside the workspace")
        .to_path_buf()
}
