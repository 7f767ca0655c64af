//! The Power Platform connector exported from the spec (`power-platform/`): the checked-in
//! files are their own golden output, and this checks that they are what the spec gives today,
//! as `cargo xtask export-connector --check` does in CI.

use connector_export::{DEFINITION_FILE, EXPORT_DIR, PROPERTIES_FILE, README_FILE};
use serde_json::Value;
use spec_model::SPEC_PATH;
use tests::{spec_text, workspace_root};

fn export() -> connector_export::Export {
    let spec = spec_model::Spec::parse(SPEC_PATH, &spec_text()).unwrap_or_else(|e| panic!("{e}"));
    connector_export::export(SPEC_PATH, &spec).unwrap_or_else(|e| panic!("{e}"))
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
fn export_of(from: &str, to: &str) -> Result<connector_export::Export, spec_model::SpecError> {
    let text = tests::edited_spec(from, to);
    let spec = spec_model::Spec::parse(SPEC_PATH, &text).unwrap_or_else(|e| panic!("{e}"));
    connector_export::export(SPEC_PATH, &spec)
}

/// The parameters of an operation of an exported definition.
fn parameters(export: &connector_export::Export, path: &str, method: &str) -> Vec<Value> {
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

/// The parameter named `name` of a list of parameters.
fn parameter<'a>(parameters: &'a [Value], name: &str) -> &'a Value {
    parameters
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("no parameter `{name}` in {:?}", names(parameters)))
}

#[test]
fn an_object_field_becomes_one_bracketed_field_per_key_at_any_depth() {
    let export = export();
    let fields = parameters(&export, "/v1/customers", "post");
    let line1 = parameter(&fields, "address[line1]");
    assert_eq!(line1["in"], "formData");
    assert_eq!(line1["x-ms-summary"], "Address Line 1");
    // Not marked `x-original`: an advanced option.
    assert_eq!(line1["x-ms-visibility"], "advanced");
    // Required by Stripe inside an optional object: needed only with the rest of the address.
    assert_eq!(line1["required"], false);
    assert!(
        line1["description"]
            .as_str()
            .is_some_and(|d| d.contains("Needed when any other Address field is given")),
        "{line1}"
    );
    let city = parameter(&fields, "shipping[address][city]");
    assert_eq!(city["x-ms-summary"], "Shipping Address City");
    // A constant of an optional object is not sent on its own: the flow chooses it.
    let tax_type = parameter(&fields, "tax_info[type]");
    assert_eq!(tax_type["required"], false);
    assert_ne!(tax_type["x-ms-visibility"], "internal");
    let product = parameters(&export, "/v1/products", "post");
    assert_eq!(
        parameter(&product, "package_dimensions[height]")["type"],
        "number"
    );
}

#[test]
fn a_list_without_a_bound_gets_numbered_fields_and_is_named_in_the_readme() {
    let export = export();
    let fields = parameters(&export, "/v1/customers", "post");
    let locales: Vec<&str> = names(&fields)
        .into_iter()
        .filter(|n| n.starts_with("preferred_locales"))
        .collect();
    let expected: Vec<String> = (0..5).map(|i| format!("preferred_locales[{i}]")).collect();
    assert_eq!(locales, expected);
    assert!(
        export
            .readme
            .contains("the connector offers 5 numbered fields for each")
            && export
                .readme
                .contains("- `preferred_locales` of `CreateCustomer`\n"),
        "{}",
        export.readme
    );
}

#[test]
fn what_has_no_form_is_left_out_and_listed_in_the_readme_with_why() {
    let export = export();
    let skipped: Vec<(&str, &str)> = export
        .skipped
        .iter()
        .map(|s| (s.operation.as_str(), s.field.as_str()))
        .collect();
    for left_out in [
        ("CreateProduct", "metadata"),
        ("CreateProduct", "expand"),
        ("CreateCustomer", "tax_id_data"),
        ("UpdateCustomer", "invoice_settings[custom_fields]"),
        ("GetCustomer", "expand[]"),
    ] {
        assert!(skipped.contains(&left_out), "{left_out:?} in {skipped:?}");
    }
    for line in [
        "- `metadata` of `CreateProduct`: a hash of free keys (`metadata[key]`)",
        "- `expand[]` of `GetCustomer`: the platform never asks Stripe to expand",
        "- `tax_id_data` of `CreateCustomer`: a list of structures",
    ] {
        assert!(export.readme.contains(line), "{line}\n{}", export.readme);
    }
    for (path, method) in [
        ("/v1/products", "post"),
        ("/v1/customers", "post"),
        ("/v1/customers/{customer}", "get"),
        ("/v1/customers/{customer}", "post"),
    ] {
        let fields = parameters(&export, path, method);
        assert!(
            !names(&fields)
                .iter()
                .any(|n| n.starts_with("metadata") || n.starts_with("expand")),
            "{method} {path}: {:?}",
            names(&fields)
        );
    }
}

#[test]
fn the_readme_says_that_a_flow_cannot_clear_a_field() {
    let readme = export().readme;
    assert!(
        readme.contains("no input of this connector sends that"),
        "{readme}"
    );
    for line in [
        "- `images` of `UpdateProduct`\n",
        "- `shipping` of `UpdateCustomer`\n",
        "- `tax_exempt` of `UpdateCustomer`\n",
    ] {
        assert!(readme.contains(line), "{line}");
    }
    // Left out altogether, so said once, among what is left out.
    assert!(!readme.contains("- `invoice_settings[custom_fields]` of `UpdateCustomer`\n"));
}

#[test]
fn outputs_are_what_stripe_sends_unexpanded() {
    let definition: Value = serde_json::from_str(&export().definition).expect("JSON");
    let charge = &definition["paths"]["/v1/charges"]["get"]["responses"]["200"]["schema"]["properties"]
        ["data"]["items"]["properties"];
    // Expandable: the id.
    assert_eq!(charge["customer"]["type"], "string");
    assert_eq!(charge["customer"]["x-nullable"], true);
    assert_eq!(
        charge["customer"]["x-ms-visibility"], "important",
        "x-original"
    );
    assert_eq!(charge["balance_transaction"]["x-ms-visibility"], "advanced");
    let customer = &definition["paths"]["/v1/customers/{customer}"]["get"]["responses"]["200"]["schema"]
        ["properties"];
    assert_eq!(customer["default_source"]["type"], "string");
    // One of several objects: an object, its fields undeclared.
    let source = &customer["sources"]["properties"]["data"]["items"];
    assert_eq!(source["type"], "object", "{source}");
    assert!(source.get("properties").is_none());
    assert_eq!(customer["metadata"]["type"], "object");
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
    const UPDATE_CUSTOMER_FIELDS: &str = "    UpdateCustomerParams:\n      description: The customer fields to change; fields left out keep their value.\n      type: object\n      properties:\n";
    let error = export_of(
        UPDATE_CUSTOMER_FIELDS,
        &format!("{UPDATE_CUSTOMER_FIELDS}        customer:\n          type: string\n"),
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
