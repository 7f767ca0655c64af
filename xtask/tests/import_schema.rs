//! `cargo xtask import-schema` as a person runs it: the binary, its stdout, stderr and exit
//! status, against the workspace's spec and Stripe's description of 2019-10-08.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// The workspace root, one level above xtask.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Runs `cargo xtask import-schema` with `args`.
fn import_schema(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("import-schema")
        .args(args)
        .current_dir(root())
        .output()
        .expect("running xtask")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// Stripe's `components.schemas`.
fn stripe_schemas() -> Value {
    let path = root().join("tests/data/stripe-openapi/spec3.2019-10-08.json");
    let json: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    json["components"]["schemas"].clone()
}

/// The workspace's spec as text.
fn spec_text() -> String {
    std::fs::read_to_string(root().join("spec/stripe.yaml")).unwrap()
}

#[test]
fn a_schema_the_spec_mirrors_prints_nothing_and_is_named_as_skipped() {
    let output = import_schema(&["discount"]);
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(text(&output.stdout), "", "nothing new to paste");
    let skipped = stderr
        .lines()
        .find(|l| l.starts_with("skipped"))
        .expect(&stderr);
    assert!(skipped.contains("discount (Discount)"), "{stderr}");
}

#[test]
fn invoice_is_imported_with_exactly_stripe_s_properties() {
    let output = import_schema(&["invoice"]);
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let yaml = text(&output.stdout);
    let components: Value = serde_norway::from_str(&yaml).expect("the output parses as YAML");
    let invoice = &components["Invoice"];
    assert_eq!(invoice["x-stripe-schema"], "invoice");

    let mut ours: Vec<&String> = invoice["properties"].as_object().unwrap().keys().collect();
    let stripe = stripe_schemas();
    let mut theirs: Vec<&String> = stripe["invoice"]["properties"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(ours[0], "id", "id comes first");
    ours.sort();
    theirs.sort();
    assert_eq!(ours, theirs);

    let customer = &invoice["properties"]["customer"];
    assert_eq!(customer["x-expandable"], true);
    assert_eq!(
        customer["anyOf"][1]["$ref"],
        "#/components/schemas/CustomerOrDeletedCustomer"
    );
    assert!(
        !components.as_object().unwrap().contains_key("Discount"),
        "a mirrored schema is not printed again"
    );
    assert!(
        stderr.contains("Invoice.payment_intent (payment_intent)"),
        "{stderr}"
    );
}

#[test]
fn imported_invoice_pasted_into_the_spec_passes_codegen_s_checks() {
    let yaml = text(&import_schema(&["invoice"]).stdout);
    let spec = spec_text();
    let at = spec
        .find("    StripeObject:\n")
        .expect("the spec has StripeObject");
    let pasted = format!("{}{yaml}{}", &spec[..at], &spec[at..]);
    if let Err(error) = spec_model::Spec::parse("spec/stripe.yaml", &pasted) {
        panic!("{error}");
    }
}

#[test]
fn an_unknown_name_fails_on_one_line_with_close_matches() {
    let output = import_schema(&["invoce"]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(text(&output.stdout), "");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("error: `invoce` is not a schema"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean invoice"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn help_explains_the_command() {
    let output = import_schema(&["--help"]);
    assert!(output.status.success());
    let help = text(&output.stdout);
    for words in [
        "STRIPE_SCHEMA",
        "--spec",
        "x-stripe-schema",
        "StripeObject",
        "Exit status",
    ] {
        assert!(
            help.contains(words),
            "--help says nothing of {words}:\n{help}"
        );
    }
}
