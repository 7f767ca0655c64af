//! The generated files as a reviewer sees them: a snapshot of their public surface (types,
//! fields, methods, actions, commands), and the one check that the checked-in `generated.rs`
//! files (the client's and the command line's) are what the spec gives today. Those files are
//! their own golden output; `cargo xtask codegen --check` makes the same check in CI.

use codegen::{CLI_GENERATED_PATH, GENERATED_PATH, SPEC_PATH};
use tests::surface::surface;
use tests::{spec_text, workspace_root};

fn generate() -> codegen::Generated {
    let spec = std::fs::read_to_string(workspace_root().join(SPEC_PATH)).expect("the spec exists");
    codegen::generate_from_text(SPEC_PATH, &spec).unwrap_or_else(|e| panic!("{e}"))
}

/// A pull request that changes the spec shows every change of the public API here, in a page.
#[test]
fn public_surface_snapshot() {
    let generated = generate();
    insta::assert_snapshot!("public_surface", surface(&generated.code, &generated.cli));
}

#[test]
fn checked_in_client_is_fresh() {
    let generated = generate();
    for (path, code) in [
        (GENERATED_PATH, &generated.code),
        (CLI_GENERATED_PATH, &generated.cli),
    ] {
        let checked_in = std::fs::read_to_string(workspace_root().join(path))
            .unwrap_or_else(|e| panic!("{path} is checked in: {e}"));
        assert!(
            checked_in.replace("\r\n", "\n") == *code,
            "{path} is stale: it differs from what {SPEC_PATH} gives. Run `cargo xtask codegen` and commit the result."
        );
    }
}

#[test]
fn generated_files_name_their_source_on_the_first_line() {
    let generated = generate();
    for code in [&generated.code, &generated.cli] {
        let first = code.lines().next().expect("the file is not empty");
        assert!(
            first.contains(SPEC_PATH)
                && first.contains("cargo xtask codegen")
                && first.contains("Do not edit"),
            "{first}"
        );
    }
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
