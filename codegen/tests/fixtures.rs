//! Fixture specs, in the style of progenitor's own tests: each small spec in `tests/fixtures/`
//! exercises one pass of codegen, and what codegen writes from it is kept beside it as a golden
//! file, compared byte for byte: `<name>.rs` (the client) and `<name>.cli.rs` (the command
//! line's part). A change of codegen shows in review as a change of these files.
//!
//! `UPDATE_FIXTURES=1 cargo test -p codegen --test fixtures` rewrites them.
//!
//! Each golden file is also compiled where it belongs, as `generated.rs` of a copy of its crate:
//! the client in `stripe-connector` without its `webhooks` feature (the one part of the
//! hand-written layer that needs items of the real spec), the command line's part in the command
//! line without its optional parts; clippy lints them, and a warning in a golden file fails.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

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

#[test]
fn each_golden_file_compiles_in_its_crate_without_a_warning() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen sits in the workspace")
        .to_path_buf();
    let target = target_dir();
    let copy = target.join("golden-fixtures");
    write_if_changed(&copy.join("Cargo.toml"), &workspace_manifest(&root));
    write_if_changed(
        &copy.join("Cargo.lock"),
        &fs::read_to_string(root.join("Cargo.lock")).expect("the lock file reads"),
    );
    let library = manifest(&root.join("stripe-connector"), &root);
    let command_line = manifest(&root.join("cli"), &root);
    for name in FIXTURES {
        let package = format!("golden-{}", name.replace('_', "-"));
        let library = library.replace(
            "name = \"stripe-connector\"",
            &format!("name = \"{package}\""),
        );
        place_copy(
            &root.join("stripe-connector"),
            &copy.join(name),
            &library,
            &format!("{name}.rs"),
        );
        let dependency = format!(
            "stripe-connector = {{ package = \"{package}\", path = \"../{name}\", default-features = false }}"
        );
        let command_line = command_line
            .replace("stripe-connector.workspace = true", &dependency)
            .replace(
                "name = \"stripe-connector-cli\"",
                &format!("name = \"{package}-cli\""),
            )
            .replace(
                "name = \"stripe-connector\"",
                &format!("name = \"{package}-cli\""),
            );
        place_copy(
            &root.join("cli"),
            &copy.join(format!("{name}_cli")),
            &command_line,
            &format!("{name}.cli.rs"),
        );
    }
    let (lint, output) = lint(&copy, &target);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let in_generated: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains("/src/generated.rs:"))
        .collect();
    assert!(
        output.status.success(),
        "`cargo {lint}` of the golden files failed:\n{stderr}"
    );
    assert!(
        in_generated.is_empty(),
        "`cargo {lint}` warns in the golden files:\n{}",
        in_generated.join("\n")
    );
    println!(
        "the {} golden clients and command lines compile, linted by `cargo {lint}`",
        FIXTURES.len()
    );
}

/// Writes the copy of the crate at `original` to `copy`: its `manifest`, its sources, and the
/// golden file `golden` as its `generated.rs`.
fn place_copy(original: &Path, copy: &Path, manifest: &str, golden: &str) {
    write_if_changed(&copy.join("Cargo.toml"), manifest);
    copy_sources(&original.join("src"), &copy.join("src"));
    let golden = fs::read_to_string(fixtures_dir().join(golden)).expect("the golden file reads");
    write_if_changed(&copy.join("src/generated.rs"), &golden);
}

/// Lints the copies at `copy` with clippy, or checks them where clippy is not installed; the
/// command's name and its output.
fn lint(copy: &Path, target: &Path) -> (&'static str, std::process::Output) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let has_clippy = Command::new(&cargo)
        .args(["clippy", "--version"])
        .output()
        .is_ok_and(|output| output.status.success());
    let lint = if has_clippy { "clippy" } else { "check" };
    let output = Command::new(&cargo)
        .current_dir(copy)
        .env("CARGO_TARGET_DIR", target)
        .args([lint, "--offline", "--workspace", "--no-default-features"])
        .args(["--message-format", "short"])
        .output()
        .expect("cargo runs");
    (lint, output)
}

/// The workspace's manifest with the copies (a library and a command line per fixture) as its
/// only members, its paths made absolute, and without the profiles of crates the copies do not
/// build (which cargo would warn about); the rest of the profile is kept, so that the
/// dependencies built for the workspace serve the copies too.
fn workspace_manifest(root: &Path) -> String {
    let text = fs::read_to_string(root.join("Cargo.toml")).expect("the manifest reads");
    let members: Vec<String> = FIXTURES
        .iter()
        .flat_map(|name| [format!("{name:?}"), format!("\"{name}_cli\"")])
        .collect();
    let mut manifest = String::new();
    let mut skipping = false;
    for line in text.lines() {
        if line.starts_with('[') {
            skipping = line.starts_with("[profile.dev.package.") && !line.contains("\"*\"");
        }
        if skipping {
            continue;
        }
        if line.starts_with("members = ") {
            manifest.push_str(&format!("members = [{}]\n", members.join(", ")));
        } else {
            let absolute = format!("path = \"{}/", root.display());
            manifest.push_str(&line.replace("path = \"", &absolute));
            manifest.push('\n');
        }
    }
    manifest
}

/// The manifest of the crate at `dir` without its tests, examples and benches, which the copies
/// lack, and with its paths to other crates of the workspace at `root` made absolute.
fn manifest(dir: &Path, root: &Path) -> String {
    let text = fs::read_to_string(dir.join("Cargo.toml")).expect("the manifest reads");
    let kept = ["[package]", "[[bin]]", "[dependencies]", "[features]"];
    let mut manifest = String::new();
    let mut keeping = false;
    for line in text.lines() {
        if line.starts_with('[') {
            keeping = kept.contains(&line);
        }
        if keeping {
            manifest
                .push_str(&line.replace("path = \"../", &format!("path = \"{}/", root.display())));
            manifest.push('\n');
        }
    }
    manifest
}

/// Copies a crate's sources from `from` to `to`, rewriting only the files that changed, so
/// that a second run compiles nothing again.
fn copy_sources(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).expect("the sources list") {
        let path = entry.expect("an entry").path();
        let into = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            copy_sources(&path, &into);
        } else {
            write_if_changed(&into, &fs::read_to_string(&path).expect("a source reads"));
        }
    }
}

/// Writes `text` to `path` unless it holds it already.
fn write_if_changed(path: &Path, text: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    fs::create_dir_all(path.parent().expect("a folder")).expect("the folder is made");
    fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// The target directory this test was built in: `<target>/<profile>/deps/<test>`.
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test knows its path");
    exe.ancestors()
        .nth(3)
        .expect("the test sits in <target>/<profile>/deps/")
        .to_path_buf()
}
