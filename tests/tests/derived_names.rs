//! The Rust names codegen writes itself (in the trigger descriptors) are the names progenitor
//! and typify give the same spec items, however the spec spells them.

use codegen::SPEC_PATH;
use tests::{edited_spec, spec_text};

fn generate(text: &str) -> String {
    codegen::generate_from_text(SPEC_PATH, text)
        .unwrap_or_else(|e| panic!("{e}"))
        .code
}

#[test]
fn a_trigger_calls_the_method_progenitor_names_after_an_acronym() {
    let code = generate(&edited_spec(
        "operationId: ListOrders",
        "operationId: ListHTTPOrders",
    ));
    assert!(code.contains("pub fn list_http_orders(&self) -> builder::ListHttpOrders<'_>"));
    assert!(code.contains("client.list_http_orders()"));
    assert!(code.contains("method_name: \"list_http_orders\""));
}

#[test]
fn a_trigger_names_the_type_typify_makes_of_a_snake_case_schema() {
    let text = spec_text()
        .replace(
            "'#/components/schemas/Order'",
            "'#/components/schemas/order'",
        )
        .replacen("    Order:\n", "    order:\n", 1);
    let code = generate(&text);
    assert!(code.contains("pub struct Order {"));
    assert!(code.contains("type Item = types::Order;"));
}

#[test]
fn a_trigger_type_is_named_as_typify_names_types() {
    let code = generate(&edited_spec("name: OnNewOrder", "name: on-new-order"));
    assert!(code.contains("pub struct OnNewOrder;"));
    assert!(code.contains("name: \"on-new-order\""));
}
