//! `cargo xtask spec-diff [OLD] [NEW]`: what a spec change does to users of the generated crate.
//!
//! A thin shell over [`spec_diff`]: it reads the two sides, prints the report and turns it
//! into an exit status (0: nothing breaking, 1: something breaking, 2: a usage or spec error).

use std::path::Path;
use std::process::ExitCode;

use spec_diff::{self as diff, DiffError, Format, Source};
use spec_model::SPEC_PATH;

/// The branch whose merge base is the default OLD.
const BASE_BRANCH: &str = "main";

const AFTER_HELP: &str = "\
OLD and NEW are each a file path, or a git revision and path read with `git show REV:PATH`
(an argument holding `:` that is not an existing file is a revision). Paths of revisions are
relative to the repository root, as git reads them.

Defaults: OLD is spec/stripe.yaml at `git merge-base HEAD main` (where this branch left main);
NEW is the working tree's spec/stripe.yaml. Both must pass the checks codegen makes, and a spec
that fails them is reported with its name and the place, as `cargo xtask codegen` would.

Each change is grouped under the connector, an operation or a schema, names the Rust item it
touches (`Client::create_product`, `builder::ListOrders::created_gt`,
`types::Customer::email`, `connector::THROTTLE`) and says whether it is breaking and why.
In short: a removed or retyped item, a newly required parameter or field, a removed enum value
or a tighter request constraint breaks callers; so does anything that lets a response hold what
it could not before (a field becoming optional or nullable, a new enum value). A new optional
field or a new operation does not. The full rules are in the docs of the `spec-diff` crate.

Both specs are also exported as Power Platform connectors and compared as a flow sees them:
a last group lists what breaks flows already built on power-platform/ (a renamed or removed
operationId, parameter or output property, a new required parameter, another type), and each
such change counts as breaking.

Examples:
  cargo xtask spec-diff                                   # this branch's spec changes
  cargo xtask spec-diff HEAD~1:spec/stripe.yaml           # the last commit's, plus uncommitted
  cargo xtask spec-diff old.yaml spec/stripe.yaml --format markdown   # for a pull request

Exit status: 0 when nothing is breaking, 1 when something is, 2 for a usage or spec error.";

/// How to print the report.
#[derive(Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    /// Plain text for a terminal.
    Text,
    /// Markdown, to paste into a pull request.
    Markdown,
}

/// Options of `cargo xtask spec-diff`.
#[derive(clap::Args)]
#[command(after_long_help = AFTER_HELP)]
pub struct Args {
    /// The spec before: a file or REV:PATH [default: spec/stripe.yaml at `git merge-base HEAD main`]
    old: Option<String>,
    /// The spec after: a file or REV:PATH [default: the working tree's spec/stripe.yaml]
    new: Option<String>,
    /// Plain text, or Markdown for a pull request.
    #[arg(long, value_enum, default_value = "text")]
    format: FormatArg,
}

/// Compares the two specs, prints the report and returns the exit status.
pub fn run(root: &Path, args: &Args) -> anyhow::Result<ExitCode> {
    match report(root, args) {
        Ok(report) => {
            let format = match args.format {
                FormatArg::Text => Format::Text,
                FormatArg::Markdown => Format::Markdown,
            };
            print!("{}", report.render(format));
            Ok(ExitCode::from(report.exit_code()))
        }
        Err(error) => {
            eprintln!("error: {error}");
            Ok(ExitCode::from(2))
        }
    }
}

/// Reads both sides: arguments relative to the current directory, defaults from the workspace.
fn report(root: &Path, args: &Args) -> Result<diff::Report, DiffError> {
    let here = std::env::current_dir().map_err(|e| DiffError::Read {
        name: "the current directory".to_string(),
        message: e.to_string(),
    })?;
    let (old_name, old_text) = match &args.old {
        Some(arg) => Source::parse(arg, &here).read(&here)?,
        None => diff::merge_base(root, BASE_BRANCH, SPEC_PATH)?.read(root)?,
    };
    let (new_name, new_text) = match &args.new {
        Some(arg) => Source::parse(arg, &here).read(&here)?,
        None => Source::File(SPEC_PATH.into()).read(root)?,
    };
    Ok(diff::diff_texts(
        &old_name, &old_text, &new_name, &new_text,
    )?)
}
