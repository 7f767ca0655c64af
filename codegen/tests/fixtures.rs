//! Fixture specs, in the style of progenitor's own tests: each small spec in `tests/fixtures/`
//! exercises one pass of codegen, and what codegen writes from it is kept beside it as a golden
//! file, compared byte for byte: `<name>.rs` (the client) and `<name>.cli.rs` (the command
//! line's part). A change of codegen shows in review as a change of these files.
//!
//! `UPDATE_FIXTURES=1 cargo test -p codegen --test fixtures` rewrites them.

use std::fs;
use std::path::{Path, PathBuf};

/// The fixtures, each named after the pass it exercises.
const FIXTURES: [&str; 4] = [
    "form_action",
    "trigger",
    "expandable_clearable",
    "open_enum",
];

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The client codegen writes from the fixture `name`.
fn client(name: &str) -> String {
    let text =
        fs::read_to_string(fixtures_dir().join(format!("{name}.yaml"))).expect("the fixture reads");
    codegen::generate_from_text(&format!("{name}.yaml"), &text)
        .unwrap_or_else(|e| panic!("{e}"))
        .code
}

/// The variants of the generated enum `name`.
fn enum_body<'a>(code: &'a str, name: &str) -> &'a str {
    let start = code
        .find(&format!("pub enum {name} {{"))
        .unwrap_or_else(|| panic!("no enum {name}"));
    let body = &code[start..];
    &body[..body.find("\n    }").expect("the enum closes")]
}

/// Compares `actual` with the golden file `path`, or rewrites it when asked to.
fn golden(path: &Path, actual: &str) -> Result<(), String> {
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        fs::write(path, actual).map_err(|e| format!("{}: {e}", path.display()))?;
        return Ok(());
    }
    let expected = fs::read_to_string(path).map_err(|e| {
        format!(
            "{}: {e}; run `UPDATE_FIXTURES=1 cargo test -p codegen --test fixtures` to write it",
            path.display()
        )
    })?;
    if expected == actual {
        return Ok(());
    }
    let (mut old, mut new) = (expected.split('\n'), actual.split('\n'));
    let line = (1..)
        .find(|_| old.next() != new.next())
        .expect("two different texts differ at some line");
    Err(format!(
        "{} differs from codegen's output at line {line}: run `UPDATE_FIXTURES=1 cargo test -p codegen --test fixtures` and review the change",
        path.display(),
    ))
}

#[test]
fn each_fixture_generates_its_golden_files() {
    let dir = fixtures_dir();
    let mut failures = Vec::new();
    for name in FIXTURES {
        let spec_path = dir.join(format!("{name}.yaml"));
        let text = fs::read_to_string(&spec_path).expect("the fixture reads");
        let file = format!("codegen/tests/fixtures/{name}.yaml");
        let generated = match codegen::generate_from_text(&file, &text) {
            Ok(generated) => generated,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        for (suffix, text) in [("rs", &generated.code), ("cli.rs", &generated.cli)] {
            if let Err(e) = golden(&dir.join(format!("{name}.{suffix}")), text) {
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_form_action_checks_its_fields_before_sending() {
    let code = client("form_action");
    assert!(
        code.contains("pub async fn create_coupon<"),
        "no Connection method"
    );
    assert!(code.contains("check_length(\"name\", value, None, Some(40))"));
    assert!(code.contains("check_key(\"metadata\", key, 40)"));
}

#[test]
fn the_trigger_is_listed_with_its_name() {
    let code = client("trigger");
    assert!(code.contains("pub struct OnNewRefund;"));
    assert!(code.contains("name: \"OnNewRefund\""));
}

#[test]
fn expandable_and_clearable_fields_get_their_wrappers() {
    let code = client("expandable_clearable");
    assert!(code.contains("pub customer: crate::Expandable<crate::types::Customer>,"));
    assert!(code.contains("Clearable<crate::types::ShippingParams>"));
}

#[test]
fn answer_enums_are_open_and_request_enums_closed() {
    let code = client("open_enum");
    for open in ["DisputeStatus", "DisputeReason"] {
        assert!(
            enum_body(&code, open).contains("Other("),
            "{open} is closed"
        );
    }
    let closed = enum_body(&code, "CreateDisputeParamsReason");
    assert!(!closed.contains("Other("), "a request enum takes any value");
}
