//! The code generator of stripe-connector: validated model → Rust tokens → text.
//!
//! The spec is read by the front end, [`spec_model`] ([`Spec::parse`]); [`generate`] runs
//! progenitor over the validated model, adjusts the output for Stripe's wire format, opens the
//! enums marked `x-open-enum`, drops the builders of the types only received from Stripe, lets
//! the builders' optional strings take `&str`, adds what progenitor knows nothing of (the
//! connector metadata, the triggers, the actions as `Connection` methods with the checks of
//! their inputs, the ids of the objects an expandable field holds) and prints the result with
//! prettyplease; it also writes the command line's subcommands for the actions and the trigger
//! names of `watch`. Every failure is a [`SpecError`] that names the file and the place in it.

mod builders;
mod call_path;
mod cli;
mod client;
mod connection;
mod fence;
mod fields;
mod identified;
mod metadata;
mod open_enum;
mod rewrite;
mod setters;
mod tagged;

// The front end's modules, under the paths the emitters name them by.
use spec_model::{error, extensions, model, names, reference};

pub use spec_model::{
    Action, Connector, Constraints, ErrorKind, Input, Location, Operation, Place, SPEC_PATH, Shape,
    Spec, SpecError, Trigger,
};

/// Where the generated client is written, relative to the workspace root.
pub const GENERATED_PATH: &str = "stripe-connector/src/generated.rs";
/// Where the generated part of the command line is written, relative to the workspace root.
pub const CLI_GENERATED_PATH: &str = "cli/src/generated.rs";

/// The generated client and command line, and what they hold.
#[derive(Debug)]
pub struct Generated {
    /// The text of `stripe-connector/src/generated.rs`.
    pub code: String,
    /// The text of `cli/src/generated.rs`.
    pub cli: String,
    /// How many operations the client has.
    pub operations: usize,
    /// How many types it defines in its `types` module.
    pub types: usize,
}

/// Generates the client source for a validated spec; `file` names the spec in errors.
pub fn generate(file: &str, spec: &Spec) -> Result<Generated, SpecError> {
    let expect_forms = spec.openapi.paths.iter().any(|(_, item)| {
        item.as_item()
            .is_some_and(|item| item.iter().any(|(_, op)| op.request_body.is_some()))
    });
    let mut client = client::generate(spec).map_err(|p| p.in_file(file))?;
    let by_generator = |p: error::Problem| p.by_generator().in_file(file);
    rewrite::rewrite(&mut client, expect_forms).map_err(by_generator)?;
    call_path::rewrite(&mut client).map_err(by_generator)?;
    let bodies = builders::request_bodies(&spec.openapi);
    let mut open = spec.open_enums.clone();
    open.extend(builders::answer_enums(&mut client, &bodies));
    open.sort();
    open.dedup();
    open_enum::rewrite(&mut client, &open).map_err(by_generator)?;
    tagged::rewrite(&mut client).map_err(by_generator)?;
    builders::prune(&mut client, &bodies).map_err(by_generator)?;
    setters::rewrite(&mut client).map_err(by_generator)?;
    let connection = connection::tokens(spec, &client).map_err(|p| p.in_file(file))?;
    let cli = cli::tokens(spec, &client).map_err(|p| p.in_file(file))?;
    let identified = identified::tokens(&client).map_err(by_generator)?;
    client
        .items
        .extend(parse(metadata::tokens(spec), file)?.items);
    client.items.extend(parse(connection, file)?.items);
    client.items.extend(parse(identified, file)?.items);
    let types = count_types(&client);
    Ok(Generated {
        code: format!("{}{}", header(file), prettyplease::unparse(&client)),
        cli: format!(
            "{}{}",
            cli_header(file),
            prettyplease::unparse(&parse(cli, file)?)
        ),
        operations: spec.operations.len(),
        types,
    })
}

/// Codegen's own tokens as a file; they always parse unless codegen itself is wrong.
fn parse(tokens: proc_macro2::TokenStream, file: &str) -> Result<syn::File, SpecError> {
    syn::parse2(tokens).map_err(|e| {
        error::Problem::new(
            Location::root(),
            format!("codegen wrote Rust that does not parse: {e}"),
        )
        .help("this is a bug of codegen; please report it")
        .by_generator()
        .in_file(file)
    })
}

/// Parses, validates and generates in one step.
pub fn generate_from_text(file: &str, text: &str) -> Result<Generated, SpecError> {
    generate(file, &Spec::parse(file, text)?)
}

fn header(file: &str) -> String {
    format!(
        "// Generated from {file} by `cargo xtask codegen`. Do not edit: change the spec and regenerate.\n\
         //! The Stripe client generated from the connector's OpenAPI description.\n\n"
    )
}

fn cli_header(file: &str) -> String {
    format!(
        "// Generated from {file} by `cargo xtask codegen`. Do not edit: change the spec and regenerate.\n\
         //! The command line's actions and trigger names, generated from the connector's OpenAPI description.\n\n"
    )
}

fn count_types(file: &syn::File) -> usize {
    file.items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref(),
            _ => None,
        })
        .map(|(_, items)| {
            items
                .iter()
                .filter(|i| matches!(i, syn::Item::Struct(_) | syn::Item::Enum(_)))
                .count()
        })
        .unwrap_or(0)
}
