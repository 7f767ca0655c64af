//! Driving progenitor: the settings Stripe needs, and a fence around its panics.

use std::panic::{self, AssertUnwindSafe};

use progenitor::{GenerationSettings, Generator, InterfaceStyle, TypeImpl};
use schemars::schema::{InstanceType, SchemaObject};

use crate::error::{Location, Problem};
use crate::model::Spec;
use crate::validate::UNIX_TIME;

/// The hand-written type that Stripe's integer timestamps become.
const TIMESTAMP_TYPE: &str = "crate::Timestamp";

/// Runs progenitor over the validated spec and parses its output.
pub(crate) fn generate(spec: &Spec) -> Result<syn::File, Problem> {
    let mut generator = Generator::new(&settings());
    let tokens = panic::catch_unwind(AssertUnwindSafe(|| {
        generator.generate_tokens(&spec.openapi)
    }))
    .map_err(|panic| {
        let reason = panic
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panic.downcast_ref::<&str>().copied())
            .unwrap_or("no message");
        Problem::new(
            Location::root(),
            format!("progenitor could not generate a client: {reason}"),
        )
        .help("this spec uses a construct the validator does not know yet; please report it")
    })?
    .map_err(|e| {
        Problem::new(
            Location::root(),
            format!("progenitor rejected the spec: {e}"),
        )
    })?;
    syn::parse2(tokens).map_err(|e| {
        Problem::new(
            Location::root(),
            format!("progenitor produced code that does not parse: {e}"),
        )
    })
}

fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings.with_interface(InterfaceStyle::Builder);
    // Every call goes through the hand-written hooks of `crate::hooks` (throttle, retries,
    // idempotency keys), which find their settings in the client's inner value.
    settings.with_inner_type(quote::quote!(crate::Policy));
    // Stripe's timestamps are integers in seconds; a nullable one becomes `Option<Timestamp>`
    // because every nullable timestamp is optional (see `validate::check_schemas`).
    for nullable in [false, true] {
        settings.with_conversion(
            unix_time_schema(nullable),
            TIMESTAMP_TYPE,
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    settings
}

fn unix_time_schema(nullable: bool) -> SchemaObject {
    let instance_type = if nullable {
        vec![InstanceType::Integer, InstanceType::Null].into()
    } else {
        InstanceType::Integer.into()
    };
    SchemaObject {
        instance_type: Some(instance_type),
        format: Some(UNIX_TIME.to_string()),
        ..Default::default()
    }
}
