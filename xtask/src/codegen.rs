//! `cargo xtask codegen [--check]`: write the generated client and the command line's generated
//! part, or check that both are fresh.

use std::fs;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use codegen::{CLI_GENERATED_PATH, GENERATED_PATH, SPEC_PATH};
use similar::TextDiff;

/// Options of `cargo xtask codegen`.
#[derive(clap::Args)]
pub struct Args {
    /// Write nothing; fail with a diff when a checked-in file differs from what the spec gives.
    #[arg(long)]
    check: bool,
}

/// Generates both files and writes or checks them.
pub fn run(root: &Path, args: &Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let spec =
        fs::read_to_string(root.join(SPEC_PATH)).with_context(|| format!("reading {SPEC_PATH}"))?;
    let generated = codegen::generate_from_text(SPEC_PATH, &spec)?;
    let elapsed = started.elapsed().as_millis();
    println!(
        "{SPEC_PATH}: {} operations, {} types in {elapsed} ms",
        generated.operations, generated.types,
    );
    let mut fresh = true;
    for (path, code) in [
        (GENERATED_PATH, &generated.code),
        (CLI_GENERATED_PATH, &generated.cli),
    ] {
        fresh &= ensure_file_contents(root, path, code, args.check)?;
    }
    if fresh {
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!("Run `cargo xtask codegen` and commit the result.");
    Ok(ExitCode::FAILURE)
}

/// Writes `code` to `path` unless it already holds it; with `check`, prints the diff instead.
/// Whether the file was fresh or has been written.
pub(crate) fn ensure_file_contents(
    root: &Path,
    path: &str,
    code: &str,
    check: bool,
) -> anyhow::Result<bool> {
    let target = root.join(path);
    let current = fs::read_to_string(&target).unwrap_or_default();
    let lines = code.lines().count();
    if normalize(&current) == code {
        println!("{path} is up to date: {lines} lines");
        return Ok(true);
    }
    if check {
        print_diff(path, &current, code);
        eprintln!("{path} is stale: it differs from what {SPEC_PATH} gives (diff above).");
        return Ok(false);
    }
    fs::write(&target, code).with_context(|| format!("writing {path}"))?;
    println!("wrote {path}: {lines} lines");
    Ok(true)
}

/// Line endings as git may have checked them out on Windows.
fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n")
}

fn print_diff(path: &str, current: &str, generated: &str) {
    let current = normalize(current);
    let diff = TextDiff::from_lines(current.as_str(), generated);
    let old = format!("{path} (checked in)");
    let new = format!("{path} (from {SPEC_PATH})");
    print!(
        "{}",
        diff.unified_diff().context_radius(3).header(&old, &new)
    );
}
