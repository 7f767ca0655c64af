//! The code generator of stripe-connector: spec → validated model → Rust tokens → text.
//!
//! [`Spec::parse`] reads and checks `spec/stripe.yaml`; [`generate`] runs progenitor over it,
//! adjusts the output for Stripe's wire format, opens the enums marked `x-open-enum`, lets the
//! builders' optional strings take `&str`, adds the connector metadata progenitor knows nothing
//! of, and prints the result with prettyplease. Every failure is a [`SpecError`] that names the
//! file and the place in it.

mod client;
pub mod diff;
mod error;
mod inputs;
mod load;
mod metadata;
mod model;
mod open_enum;
mod rewrite;
mod setters;
mod validate;

pub use error::{Location, SpecError};
pub use model::{Connector, Input, Operation, Spec, Trigger};

/// Where the spec lives, relative to the workspace root.
pub const SPEC_PATH: &str = "spec/stripe.yaml";
/// Where the generated client is written, relative to the workspace root.
pub const GENERATED_PATH: &str = "stripe-connector/src/generated.rs";

impl Spec {
    /// Parses and validates spec text; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Spec, SpecError> {
        load::load(text)
            .and_then(validate::validate)
            .map_err(|problem| problem.in_file(file))
    }
}

/// The generated client, and what it holds.
#[derive(Debug)]
pub struct Generated {
    /// The text of `generated.rs`.
    pub code: String,
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
    rewrite::rewrite(&mut client, expect_forms).map_err(|p| p.in_file(file))?;
    open_enum::rewrite(&mut client, &spec.open_enums).map_err(|p| p.in_file(file))?;
    setters::rewrite(&mut client).map_err(|p| p.in_file(file))?;
    let extra: syn::File =
        syn::parse2(metadata::tokens(spec)).expect("metadata tokens are valid Rust");
    client.items.extend(extra.items);
    let types = count_types(&client);
    Ok(Generated {
        code: format!("{}{}", header(file), prettyplease::unparse(&client)),
        operations: spec.operations.len(),
        types,
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
