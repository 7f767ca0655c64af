//! The generated files as a reviewer sees them: a snapshot of their public surface (types,
//! fields, methods, actions, commands), and the one check that the checked-in `generated.rs`
//! files (the client's and the command line's) are what the spec gives today. Those files are
//! their own golden output; `cargo xtask codegen --check` makes the same check in CI.

use std::collections::BTreeSet;

use codegen::{CLI_GENERATED_PATH, GENERATED_PATH, SPEC_PATH};
use tests::surface::surface;
use tests::{edited_spec, spec_text, workspace_root};

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

/// The connector's own notes on a schema (`x-original`, `x-deviation`...) are for codegen, the
/// exporter and the reviewers: the generated files do not change with them, not even the
/// `Timestamp` that typify picks by comparing whole schemas.
#[test]
fn extensions_beside_a_field_change_nothing_generated() {
    let noted = edited_spec(
        "        created:\n          type: integer\n          format: unix-time\n",
        "        created:\n          type: integer\n          format: unix-time\n          x-deviation: a reviewer's note\n",
    )
    .replacen(
        "        type: integer\n        minimum: 1\n",
        "        type: integer\n        minimum: 1\n        x-deviation: a note on a parameter's schema\n",
        1,
    );
    let generated =
        codegen::generate_from_text(SPEC_PATH, &noted).unwrap_or_else(|e| panic!("{e}"));
    let plain = generate();
    assert!(
        generated.code == plain.code,
        "a note changed the generated client"
    );
    assert!(
        generated.cli == plain.cli,
        "a note changed the generated command line"
    );
}

/// Generated code calls the hand-written layer only through its public API and the one module
/// `runtime` that re-exports what generated code needs: no other private module of either crate
/// is reached, so the hand-written layer can change behind `runtime` alone.
#[test]
fn generated_code_reaches_only_the_runtime_module_and_the_public_api() {
    let generated = generate();
    let lib = std::fs::read_to_string(workspace_root().join("stripe-connector/src/lib.rs"))
        .expect("lib.rs exists");
    let mut client_allowed = public_names(&lib);
    client_allowed.insert("runtime".to_string());
    let cli_allowed: BTreeSet<String> = ["runtime", "generated"].map(String::from).into();
    for (path, code, allowed) in [
        (GENERATED_PATH, &generated.code, &client_allowed),
        (CLI_GENERATED_PATH, &generated.cli, &cli_allowed),
    ] {
        let reached = crate_modules_reached(code);
        assert!(
            reached.contains("runtime"),
            "{path} calls its runtime module"
        );
        let beyond: Vec<&String> = reached.difference(allowed).collect();
        assert!(
            beyond.is_empty(),
            "{path} reaches past `runtime`: crate::{beyond:?}"
        );
    }
}

/// The first segment after `crate::` of every path in `code` (inside attributes and macros too).
fn crate_modules_reached(code: &str) -> BTreeSet<String> {
    code.split("crate::")
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

/// The names a crate root makes public: its `pub mod`s and what its `pub use`s bring in.
fn public_names(lib: &str) -> BTreeSet<String> {
    fn leaves(tree: &syn::UseTree, names: &mut BTreeSet<String>) {
        match tree {
            syn::UseTree::Path(path) => leaves(&path.tree, names),
            syn::UseTree::Name(name) => _ = names.insert(name.ident.to_string()),
            syn::UseTree::Rename(rename) => _ = names.insert(rename.rename.to_string()),
            syn::UseTree::Group(group) => group.items.iter().for_each(|t| leaves(t, names)),
            syn::UseTree::Glob(_) => {}
        }
    }
    let file = syn::parse_file(lib).expect("lib.rs parses");
    let mut names = BTreeSet::new();
    for item in &file.items {
        match item {
            syn::Item::Mod(module) if matches!(module.vis, syn::Visibility::Public(_)) => {
                names.insert(module.ident.to_string());
            }
            syn::Item::Use(import) if matches!(import.vis, syn::Visibility::Public(_)) => {
                leaves(&import.tree, &mut names)
            }
            _ => {}
        }
    }
    names
}
