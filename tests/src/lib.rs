//! Helpers shared by the workspace's end-to-end tests (the tests themselves live in `tests/`).

use std::path::{Path, PathBuf};

pub mod surface;

/// The workspace root, where `spec/` and `stripe-connector/` live.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits inside the workspace")
        .to_path_buf()
}

/// Stripe's own description of API version 2019-10-08 (`spec3.2019-10-08.json`) and its example
/// objects (`fixtures3.2019-10-08.json`), copied from Stripe's public openapi repository (MIT).
pub fn stripe_openapi_dir() -> PathBuf {
    workspace_root().join("tests/data/stripe-openapi")
}

/// Stripe's example object of `resource` (such as `customer` or `card`), from
/// `fixtures3.2019-10-08.json`; `Null` when Stripe gives none.
pub fn stripe_fixture(resource: &str) -> serde_json::Value {
    let path = stripe_openapi_dir().join("fixtures3.2019-10-08.json");
    let text = std::fs::read_to_string(&path).expect("Stripe's fixtures are checked in");
    let all: serde_json::Value = serde_json::from_str(&text).expect("the fixtures are JSON");
    all["resources"][resource].clone()
}

/// The text of `spec/stripe.yaml`.
pub fn spec_text() -> String {
    std::fs::read_to_string(workspace_root().join("spec/stripe.yaml")).expect("the spec exists")
}

/// The spec with the first `from` replaced by `to`; `from` must occur in it, so a case whose
/// anchor text left the spec fails instead of testing the unedited spec.
pub fn edited_spec(from: &str, to: &str) -> String {
    let spec = spec_text();
    assert!(
        spec.contains(from),
        "the spec no longer contains {from:?}; update this case"
    );
    spec.replacen(from, to, 1)
}
