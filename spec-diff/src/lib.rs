//! `cargo xtask spec-diff`: what changed between two versions of the spec, and whether it breaks
//! users of the generated crate.
//!
//! Both sides go through [`Spec::parse`], so a broken spec fails with the same located error as
//! codegen. The comparison works on the `openapiv3` model: operations are matched by
//! `operationId`, component schemas by name, parameters by name, responses by status code and
//! fields by property name; `$ref`s to `components/parameters` and `components/responses` are
//! resolved, while a `$ref` to a schema is compared by the name it points at (the schema itself
//! is compared once, in its own group). Descriptions and `x-deviation`s are documentation and
//! are not compared.
//!
//! Each [`Change`] names the Rust item it touches (`Client::create_product`,
//! `builder::ListOrders::created_gt`, `types::Customer::email`, `connector::THROTTLE`) and says
//! whether it is breaking.
//!
//! # When a change is breaking
//!
//! Two rules decide, and a change is breaking when either says so:
//!
//! 1. **The contract.** A request (a parameter, or a field of a schema used in a request body)
//!    breaks when the new spec may refuse what the old one accepted: a new required parameter or
//!    field, an optional one becoming required, a nullable one becoming non-nullable, a removed
//!    enum value, a tighter constraint (a lower `maximum`/`maxLength`/`maxItems`, a higher
//!    `minimum`/`minLength`/`minItems`, a new or changed `pattern`/`multipleOf`/`uniqueItems`),
//!    a removed or changed `default` (callers who leave the field out now send something else).
//!    A response (a field of a schema Stripe sends back) breaks when the new spec allows what
//!    the old one ruled out: a required field becoming optional, a field becoming nullable, a
//!    new enum value, a looser constraint.
//! 2. **The Rust API.** Anything callers name that disappears or changes type breaks them: a
//!    removed operation, parameter, field, schema, enum value, response status or trigger; a
//!    changed type, `$ref` target, request-body or response schema; a changed `format` or
//!    integer `minimum` when it picks another Rust type (`unix-time` is `Timestamp`, `int32` is
//!    `i32`, `date-time` a chrono type; `minimum: 1` is `NonZeroU64`, `minimum: 0` is `u64`),
//!    while a format that only documents (`email`, `uri`) follows the contract rule; a response
//!    field gaining or losing its `Option` (through `required`, `nullable` or `default`).
//!    Request types are assumed to be built with their builders, which take `T` where the
//!    field is `Option<T>`, so a request field becoming optional or nullable is not breaking.
//!
//! Not breaking: a new optional parameter or field, a new operation, schema, response status
//! or trigger, a new enum value in a request, a looser request constraint, a new `default`, a
//! changed summary or poll interval, a throttle that allows at least as many calls per second,
//! a parameter moving between query, path and header (the builder method stays). Breaking: a
//! changed HTTP method or path (the same method calls another endpoint), a changed Stripe API
//! version, a throttle that allows fewer calls per second, and a trigger polling another
//! operation or delivering another item or page type.
//!
//! A schema used by no operation is judged both ways, as if it were sent and received.
//!
//! # Flows on the exported Power Platform connector
//!
//! Both specs are also exported as Power Platform connectors (`cargo xtask export-connector`)
//! and compared as a flow sees them, in a last group: a renamed or removed operationId,
//! parameter or output property, a new required parameter, a parameter or output of another
//! type, or a trigger of another kind breaks the flows already built on `power-platform/`,
//! and counts as breaking too. The rules are in the docs of `diff/flows.rs`.

mod connector;
mod flows;
mod operations;
mod render;
mod report;
mod schemas;
mod shape;
mod source;
mod usage;

use std::path::Path;

pub use render::Format;
pub use report::{Change, ChangeKind, Group, GroupKind, Report};
pub use source::{DiffError, Source, merge_base};

use spec_model::{Spec, SpecError};

/// Compares two validated specs; `old_name` and `new_name` label them in the report.
pub fn diff(old_name: &str, old: &Spec, new_name: &str, new: &Spec) -> Report {
    let usage = usage::Usages::of(old, new);
    let mut groups = vec![connector::compare(old, new)];
    groups.extend(operations::compare(old, new));
    groups.extend(schemas::compare(old, new, &usage));
    groups.push(flows::compare(old, new));
    Report {
        old: old_name.to_string(),
        new: new_name.to_string(),
        groups: groups
            .into_iter()
            .filter(|g| !g.changes.is_empty())
            .collect(),
    }
}

/// Parses and validates both spec texts, then compares them; errors name the failing side.
pub fn diff_texts(
    old_name: &str,
    old_text: &str,
    new_name: &str,
    new_text: &str,
) -> Result<Report, SpecError> {
    let old = Spec::parse(old_name, old_text)?;
    let new = Spec::parse(new_name, new_text)?;
    Ok(diff(old_name, &old, new_name, &new))
}

/// Reads both sources (files relative to `dir`, revisions from the git repository at `dir`)
/// and compares them.
pub fn diff_sources(old: &Source, new: &Source, dir: &Path) -> Result<Report, DiffError> {
    let (old_name, old_text) = old.read(dir)?;
    let (new_name, new_text) = new.read(dir)?;
    Ok(diff_texts(&old_name, &old_text, &new_name, &new_text)?)
}
