//! A field an action needs is shown first wherever people fill it in, as the original
//! connector's fields are: before the others in `--help` (not under "More Stripe fields") and
//! as an important input on Power Platform (not an advanced one). The spec is edited so that a
//! field the original did not have, a customer's `phone`, becomes required.

use codegen::SPEC_PATH;
use serde_json::Value;
use tests::edited_spec;

/// The spec with `phone` required by CreateCustomer.
fn phone_required() -> String {
    edited_spec(
        "    CreateCustomerParams:
      description: What a new customer is made of; every field may be left out.
      type: object
",
        "    CreateCustomerParams:
      description: What a new customer is made of.
      type: object
      required: [phone]
",
    )
}

#[test]
fn a_required_field_comes_first_in_help() {
    let cli = codegen::generate_from_text(SPEC_PATH, &phone_required())
        .unwrap_or_else(|e| panic!("{e}"))
        .cli;
    let create = &cli[cli
        .find("pub struct CreateCustomer")
        .expect("the action's arguments")..];
    let phone = create.find("phone:").expect("a --phone flag");
    let attributes = &create[create[..phone].rfind("#[arg(").expect("its attributes")..phone];
    assert!(
        !attributes.contains("help_heading"),
        "--phone is required, yet listed under a heading of its own: {attributes}"
    );
    let first_more = create
        .find("More Stripe fields")
        .expect("other fields follow");
    assert!(
        phone < first_more,
        "--phone comes after the optional fields"
    );
}

#[test]
fn a_required_field_is_an_important_input_on_power_platform() {
    let spec =
        spec_model::Spec::parse(SPEC_PATH, &phone_required()).unwrap_or_else(|e| panic!("{e}"));
    let export = connector_export::export(SPEC_PATH, &spec).unwrap_or_else(|e| panic!("{e}"));
    let definition: Value = serde_json::from_str(&export.definition).expect("JSON");
    let parameters = definition["paths"]["/v1/customers"]["post"]["parameters"]
        .as_array()
        .expect("CreateCustomer has parameters");
    let phone = parameters
        .iter()
        .find(|p| p["name"] == "phone")
        .expect("a phone parameter");
    assert_eq!(phone["required"], true);
    assert_eq!(phone["x-ms-visibility"], "important");
}
