//! Driving progenitor: the settings Stripe needs, behind the fence that locates its failures.

use progenitor::{GenerationSettings, Generator, InterfaceStyle, TypeImpl};
use schemars::schema::{InstanceType, SchemaObject};

use crate::error::{Location, Problem};
use crate::fence;
use crate::model::Spec;
use crate::validate::UNIX_TIME;

/// The hand-written type that Stripe's integer timestamps become.
const TIMESTAMP_TYPE: &str = "crate::Timestamp";

/// Runs progenitor over the validated spec and parses its output.
pub(crate) fn generate(spec: &Spec) -> Result<syn::File, Problem> {
    let tokens = fence::run(&spec.openapi, |openapi| {
        Generator::new(&settings())
            .generate_tokens(openapi)
            .map_err(|e| e.to_string())
    })?;
    syn::parse2(tokens).map_err(|e| {
        Problem::new(
            Location::root(),
            format!("progenitor produced code that does not parse: {e}"),
        )
        .by_generator()
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
