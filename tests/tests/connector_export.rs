//! The Power Platform connector exported from the spec (`power-platform/`): the checked-in
//! files are their own golden output, and this checks that they are what the spec gives today,
//! as `cargo xtask export-connector --check` does in CI.

use codegen::SPEC_PATH;
use codegen::export::{DEFINITION_FILE, EXPORT_DIR, PROPERTIES_FILE, README_FILE};
use serde_json::Value;
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

/// The export of the spec with `from` replaced by `to`.
fn export_of(from: &str, to: &str) -> Result<codegen::export::Export, codegen::SpecError> {
    let text = tests::edited_spec(from, to);
    let spec = codegen::Spec::parse(SPEC_PATH, &text).unwrap_or_else(|e| panic!("{e}"));
    codegen::export::export(SPEC_PATH, &spec)
}

/// The parameters of an operation of an exported definition.
fn parameters(export: &codegen::export::Export, path: &str, method: &str) -> Vec<Value> {
    let definition: Value = serde_json::from_str(&export.definition).expect("JSON");
    definition["paths"][path][method]["parameters"]
        .as_array()
        .cloned()
        .expect("parameters")
}

fn names(parameters: &[Value]) -> Vec<&str> {
    parameters
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect()
}

const CUSTOMER_FIELDS: &str = "    CustomerParams:\n      description: The customer fields to set; fields left out keep their value.\n      type: object\n      properties:\n";

#[test]
fn an_object_field_becomes_one_bracketed_field_per_key() {
    let export = export_of(
        CUSTOMER_FIELDS,
        &format!("{CUSTOMER_FIELDS}        address:\n          type: object\n          properties:\n            city: {{type: string}}\n            line1: {{type: string}}\n"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let fields = parameters(&export, "/v1/customers", "post");
    assert_eq!(
        names(&fields),
        ["address[city]", "address[line1]", "description", "email"]
    );
    // Not marked `x-original`: an advanced option.
    assert_eq!(fields[0]["x-ms-visibility"], "advanced");
    assert_eq!(fields[0]["in"], "formData");
}

#[test]
fn a_list_without_a_bound_is_left_out_and_listed_in_the_readme() {
    let export = export_of(
        CUSTOMER_FIELDS,
        &format!("{CUSTOMER_FIELDS}        preferred_locales:\n          type: array\n          items: {{type: string}}\n"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let fields = parameters(&export, "/v1/customers", "post");
    assert!(
        !names(&fields)
            .iter()
            .any(|n| n.starts_with("preferred_locales"))
    );
    assert_eq!(export.skipped.len(), 2, "CreateCustomer and UpdateCustomer");
    assert!(
        export.readme.contains(
            "- `preferred_locales` of `CreateCustomer`: a list without `maxItems` cannot be given as numbered fields"
        ),
        "{}",
        export.readme
    );
}

#[test]
fn a_title_in_the_spec_is_the_fields_title() {
    let export = export_of(
        "        email:\n          type: string\n          maxLength: 512\n",
        "        email:\n          title: Email address\n          type: string\n          maxLength: 512\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let fields = parameters(&export, "/v1/customers", "post");
    let email = fields.iter().find(|p| p["name"] == "email").expect("email");
    assert_eq!(email["x-ms-summary"], "Email address");
}

#[test]
fn two_inputs_of_one_name_are_refused_with_their_place() {
    let error = export_of(
        CUSTOMER_FIELDS,
        &format!("{CUSTOMER_FIELDS}        customer:\n          type: string\n"),
    )
    .expect_err("the path parameter and the form field share a name");
    assert_eq!(
        error.to_string(),
        "spec/stripe.yaml: paths./v1/customers/{customer}.post: `UpdateCustomer` has two inputs named `customer`, which a flow cannot tell apart\n  help: rename the form field or the parameter"
    );
}

#[test]
fn an_open_enum_is_exported_without_its_values() {
    let definition: Value = serde_json::from_str(&export().definition).expect("JSON");
    let error = &definition["paths"]["/v1/products"]["post"]["responses"]["default"]["schema"]["properties"]
        ["error"]["properties"]["type"];
    assert_eq!(error["type"], "string");
    assert!(
        error.get("enum").is_none(),
        "Stripe adds error types: {error}"
    );
}

#[test]
fn the_readme_tells_how_to_import_the_files_it_sits_beside() {
    let readme = export().readme;
    for command in [
        format!("paconn create --api-def {DEFINITION_FILE} --api-prop {PROPERTIES_FILE}"),
        format!(
            "pac connector create --api-definition-file {DEFINITION_FILE} --api-properties-file {PROPERTIES_FILE}"
        ),
        "cargo xtask export-connector".to_string(),
    ] {
        assert!(readme.contains(&command), "the README shows `{command}`");
    }
    for file in [DEFINITION_FILE, PROPERTIES_FILE] {
        assert!(
            workspace_root().join(EXPORT_DIR).join(file).is_file(),
            "{file}"
        );
    }
    // What the files cannot say is said here, with the spec's numbers.
    for figure in [
        "100 calls per connection in any 60 seconds",
        "every 120 seconds",
        "same second",
    ] {
        assert!(readme.contains(figure), "the README says {figure:?}");
    }
    let root = std::fs::read_to_string(workspace_root().join("README.md")).expect("README");
    assert!(
        root.contains(&format!("`{EXPORT_DIR}/`"))
            && root.contains("cargo xtask export-connector --check")
    );
    let ci = std::fs::read_to_string(workspace_root().join(".ci/run")).expect(".ci/run");
    assert!(ci.contains("cargo xtask export-connector --check"));
}
