//! Stripe's own example objects of API version 2019-10-08
//! (`tests/data/stripe-openapi/fixtures3.2019-10-08.json`) decode into the generated types of
//! the connector's five objects and encode back without losing a field.
//!
//! A field Stripe sends as `null`, `[]` or `{}` and our type leaves out when it is `None` or
//! empty is the same answer to a reader of the JSON, so such members are set aside before the
//! comparison; every other value must come back as it was, nested objects and lists included.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use stripe_connector::types;
use tests::stripe_fixture as fixture;

/// `value` without the members of its objects that are `null`, `[]` or `{}` once their own
/// empty members are gone, at every depth.
fn without_empties(value: Value) -> Value {
    let empty = |v: &Value| match v {
        Value::Null => true,
        Value::Array(items) => items.is_empty(),
        Value::Object(map) => map.is_empty(),
        _ => false,
    };
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, without_empties(v)))
                .filter(|(_, v)| !empty(v))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_empties).collect()),
        other => other,
    }
}

/// Decodes the fixture of `resource` as `T`, encodes it again and compares.
fn round_trip<T: DeserializeOwned + Serialize>(resource: &str) {
    let original = fixture(resource);
    assert!(original.is_object(), "no fixture for {resource}");
    let decoded: T = serde_json::from_value(original.clone())
        .unwrap_or_else(|e| panic!("Stripe's {resource} does not decode: {e}"));
    let encoded = serde_json::to_value(&decoded).expect("encodes");
    assert_eq!(
        without_empties(encoded),
        without_empties(original),
        "{resource} changed in the round trip"
    );
}

#[test]
fn customer_round_trips() {
    round_trip::<types::Customer>("customer");
}

#[test]
fn product_round_trips() {
    round_trip::<types::Product>("product");
}

#[test]
fn charge_round_trips() {
    round_trip::<types::Charge>("charge");
}

#[test]
fn order_round_trips() {
    round_trip::<types::Order>("order");
}

#[test]
fn invoice_item_round_trips() {
    round_trip::<types::InvoiceItem>("invoiceitem");
}

#[test]
fn the_objects_inside_round_trip_too() {
    round_trip::<types::Discount>("discount");
    round_trip::<types::Coupon>("coupon");
    round_trip::<types::Card>("card");
    round_trip::<types::Refund>("refund");
    round_trip::<types::Subscription>("subscription");
    round_trip::<types::TaxId>("tax_id");
}

/// The fixtures hold ids where a field is expandable; the same fields expanded must decode as
/// the objects, and come back as they were.
#[test]
fn an_expanded_field_decodes_as_the_object() {
    let mut charge = fixture("charge");
    charge["customer"] = fixture("customer");
    charge["order"] = fixture("order");
    let decoded: types::Charge = serde_json::from_value(charge.clone()).expect("decodes");
    let customer = decoded.customer.as_ref().expect("a customer");
    assert_eq!(customer.id(), fixture("customer")["id"].as_str().unwrap());
    assert!(customer.as_object().is_some(), "expanded: {customer:?}");
    let encoded = serde_json::to_value(&decoded).expect("encodes");
    assert_eq!(without_empties(encoded), without_empties(charge));
}

/// Stripe adds values to the enums of its answers (a customer's tax exemption, a bank, a type
/// of tax id); an answer with one this spec does not list still decodes, keeps the value, and
/// encodes it back.
#[test]
fn a_value_stripe_adds_to_an_enum_of_an_answer_is_kept() {
    let mut customer = fixture("customer");
    customer["tax_exempt"] = serde_json::json!("partially_exempt");
    let decoded: types::Customer = serde_json::from_value(customer.clone()).expect("decodes");
    assert_eq!(
        decoded.tax_exempt,
        Some(types::CustomerTaxExempt::Other("partially_exempt".into()))
    );
    assert_eq!(
        serde_json::to_value(&decoded).expect("encodes")["tax_exempt"],
        "partially_exempt"
    );
    let known: types::Customer = serde_json::from_value(fixture("customer")).expect("decodes");
    assert_eq!(known.tax_exempt, Some(types::CustomerTaxExempt::None));
}
