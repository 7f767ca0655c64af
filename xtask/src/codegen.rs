//! `cargo xtask codegen [--check]`: write the generated client, or check that it is fresh.

use std::fs;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use codegen::{GENERATED_PATH, SPEC_PATH};
use similar::TextDiff;

/// Options of `cargo xtask codegen`.
#[derive(clap::Args)]
pub struct Args {
    /// Write nothing; fail with a diff when the checked-in file differs from what the spec gives.
    #[arg(long)]
    check: bool,
}

/// Generates the client and writes or checks it.
pub fn run(root: &Path, args: &Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let spec =
        fs::read_to_string(root.join(SPEC_PATH)).with_context(|| format!("reading {SPEC_PATH}"))?;
    let generated = codegen::generate_from_text(SPEC_PATH, &spec)?;
    let target = root.join(GENERATED_PATH);
    let current = fs::read_to_string(&target).unwrap_or_default();
    let elapsed = started.elapsed().as_millis();
    let summary = format!(
        "{} operations, {} types, {} lines in {elapsed} ms",
        generated.operations,
        generated.types,
        generated.code.lines().count(),
    );
    if normalize(&current) == generated.code {
        println!("{GENERATED_PATH} is up to date: {summary}");
        return Ok(ExitCode::SUCCESS);
    }
    if args.check {
        print_diff(&current, &generated.code);
        eprintln!(
            "{GENERATED_PATH} is stale: it differs from what {SPEC_PATH} gives (diff above)."
        );
        eprintln!("Run `cargo xtask codegen` and commit the result.");
        return Ok(ExitCode::FAILURE);
    }
    fs::write(&target, &generated.code).with_context(|| format!("writing {GENERATED_PATH}"))?;
    println!("wrote {GENERATED_PATH}: {summary}");
    Ok(ExitCode::SUCCESS)
}

/// Line endings as git may have checked them out on Windows.
fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n")
}

fn print_diff(current: &str, generated: &str) {
    let current = normalize(current);
    let diff = TextDiff::from_lines(current.as_str(), generated);
    let old = format!("{GENERATED_PATH} (checked in)");
    let new = format!("{GENERATED_PATH} (from {SPEC_PATH})");
    print!(
        "{}",
        diff.unified_diff().context_radius(3).header(&old, &new)
    );
}
