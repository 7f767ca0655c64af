//! The Power Platform connector exported from the spec (`power-platform/`): the checked-in
//! files are their own golden output, and this checks that they are what the spec gives today,
//! as `cargo xtask export-connector --check` does in CI.

use codegen::SPEC_PATH;
use codegen::export::{DEFINITION_FILE, EXPORT_DIR, PROPERTIES_FILE, README_FILE};
use tests::{spec_text, workspace_root};

fn export() -> codegen::export::Export {
    let spec = codegen::Spec::parse(SPEC_PATH, &spec_text()).unwrap_or_else(|e| panic!("{e}"));
    codegen::export::export(SPEC_PATH, &spec).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn checked_in_connector_is_fresh() {
    for (path, text) in export().files() {
        let checked_in = std::fs::read_to_string(workspace_root().join(&path))
            .unwrap_or_else(|e| panic!("{path} is checked in: {e}"));
        assert!(
            checked_in.replace("\r\n", "\n") == text,
            "{path} is stale: it differs from what {SPEC_PATH} gives. Run `cargo xtask export-connector` and commit the result."
        );
    }
}

#[test]
fn the_export_is_the_same_every_time() {
    let (first, second) = (export(), export());
    assert_eq!(first, second);
    for (path, text) in first.files() {
        assert!(text.ends_with('\n') && !text.ends_with("\n\n"), "{path}");
    }
}

#[test]
fn the_folder_holds_the_three_files_and_nothing_else() {
    let dir = workspace_root().join(EXPORT_DIR);
    let mut found: Vec<String> = std::fs::read_dir(&dir)
        .expect("the export is checked in")
        .map(|entry| {
            entry
                .expect("a readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    found.sort();
    let mut expected = vec![DEFINITION_FILE, PROPERTIES_FILE, README_FILE];
    expected.sort();
    assert_eq!(found, expected);
}
