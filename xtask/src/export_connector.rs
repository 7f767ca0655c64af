//! `cargo xtask export-connector [--check]`: write the Power Platform custom connector exported
//! from the spec (`power-platform/`), or check that the checked-in files are what the spec gives.

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use connector_export::EXPORT_DIR;
use spec_model::SPEC_PATH;

use crate::codegen::ensure_file_contents;

/// Options of `cargo xtask export-connector`.
#[derive(clap::Args)]
pub struct Args {
    /// Write nothing; fail with a diff when a checked-in file differs from what the spec gives.
    #[arg(long)]
    check: bool,
}

/// Exports the connector and writes or checks its three files.
pub fn run(root: &Path, args: &Args) -> anyhow::Result<ExitCode> {
    let text =
        fs::read_to_string(root.join(SPEC_PATH)).with_context(|| format!("reading {SPEC_PATH}"))?;
    let spec = spec_model::Spec::parse(SPEC_PATH, &text)?;
    let export = connector_export::export(SPEC_PATH, &spec)?;
    println!(
        "{SPEC_PATH}: {} actions, {} triggers exported to {EXPORT_DIR}/",
        spec.actions.len(),
        spec.triggers.len()
    );
    for skipped in &export.skipped {
        println!(
            "left out: `{}` of `{}`: {}",
            skipped.field, skipped.operation, skipped.reason
        );
    }
    if !args.check {
        fs::create_dir_all(root.join(EXPORT_DIR))
            .with_context(|| format!("creating {EXPORT_DIR}/"))?;
    }
    let mut fresh = true;
    for (path, text) in export.files() {
        fresh &= ensure_file_contents(root, &path, text, args.check)?;
    }
    if fresh {
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!("Run `cargo xtask export-connector` and commit the result.");
    Ok(ExitCode::FAILURE)
}
