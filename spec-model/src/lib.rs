//! The front end of the spec: what codegen, spec-diff, the Power Platform export, `import-schema`
//! and the conformance test all read `spec/stripe.yaml` through.
//!
//! [`Spec::parse`] loads the YAML (refusing keys written twice and unknown `x-` keys), checks it
//! against OpenAPI 3.0, what progenitor can generate and the connector's metadata, and reads the
//! validated [`model`] out of it. [`reference`] is the one reader of `$ref`s, [`extensions`] the
//! table of the spec's `x-` keys and [`names`] the Rust names the generated client gives spec
//! names. Every failure is a [`SpecError`] that names the file and the place in it.
//!
//! Nothing here generates Rust: the crate links neither progenitor nor quote nor syn, so the
//! tools that only read the spec build without them.

mod actions;
pub mod error;
pub mod extensions;
mod inputs;
mod load;
pub mod model;
pub mod names;
pub mod reference;
mod validate;

pub use error::{ErrorKind, Location, SpecError};
pub use model::{Action, Connector, Constraints, Input, Operation, Place, Shape, Spec, Trigger};
pub use validate::UNIX_TIME;

/// Where the spec lives, relative to the workspace root.
pub const SPEC_PATH: &str = "spec/stripe.yaml";

impl Spec {
    /// Parses and validates spec text; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Spec, SpecError> {
        load::load(text)
            .and_then(|(document, openapi)| validate::validate(openapi, document))
            .map_err(|problem| problem.in_file(file))
    }
}
