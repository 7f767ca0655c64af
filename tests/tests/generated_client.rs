//! The generated client as a reviewer sees it: a snapshot of the whole file, and a check that
//! the checked-in `generated.rs` is what the spec gives today.

use codegen::{GENERATED_PATH, SPEC_PATH};
use tests::{spec_text, workspace_root};

fn generate() -> codegen::Generated {
    let spec = std::fs::read_to_string(workspace_root().join(SPEC_PATH)).expect("the spec exists");
    codegen::generate_from_text(SPEC_PATH, &spec).unwrap_or_else(|e| panic!("{e}"))
}

/// A pull request that changes the spec shows every change of the public API here.
#[test]
fn generated_client_snapshot() {
    insta::assert_snapshot!("generated_client", generate().code);
}

#[test]
fn checked_in_client_is_fresh() {
    let checked_in = std::fs::read_to_string(workspace_root().join(GENERATED_PATH))
        .expect("the client is checked in");
    assert!(
        checked_in.replace("\r\n", "\n") == generate().code,
        "{GENERATED_PATH} is stale: it differs from what {SPEC_PATH} gives. Run `cargo xtask codegen` and commit the result."
    );
}

#[test]
fn generated_client_names_its_source_on_the_first_line() {
    let code = generate().code;
    let first = code.lines().next().expect("the file is not empty");
    assert!(
        first.contains(SPEC_PATH)
            && first.contains("cargo xtask codegen")
            && first.contains("Do not edit")
    );
}

#[test]
fn generation_counts_every_operation_of_the_spec() {
    let declared = spec_text()
        .lines()
        .filter(|line| line.trim_start().starts_with("operationId:"))
        .count();
    assert!(declared > 0);
    assert_eq!(generate().operations, declared);
}
