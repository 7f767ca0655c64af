//! Objects conform to Stripe 2019-10-08's own schemas, read from the spec file at test time:
//! each of the five objects, their events and a webhook endpoint has exactly the properties of
//! its schema, every required non-nullable one non-null, and every value, down to nested
//! hashes, lists and their items, of the schema's type (enums, `$ref`s and `anyOf`s
//! followed), with no key the schema lacks.

mod common;

use common::Api;
use serde_json::Value;

fn spec() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/data/stripe-openapi/spec3.2019-10-08.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("spec file")).expect("spec json")
}

/// Follows a `$ref` to its schema.
fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(r) => &spec["components"]["schemas"][r.trim_start_matches("#/components/schemas/")],
        None => schema,
    }
}

/// Collects how `value` (at `at`) departs from `schema`.
fn conform(spec: &Value, value: &Value, schema: &Value, at: &str, errors: &mut Vec<String>) {
    let schema = resolve(spec, schema);
    if value.is_null() {
        if schema["nullable"] != true {
            errors.push(format!("{at}: null, not nullable"));
        }
        return;
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
        let fits = any.iter().any(|alt| {
            let mut e = Vec::new();
            conform(spec, value, alt, at, &mut e);
            e.is_empty()
        });
        if !fits {
            errors.push(format!("{at}: {value} fits none of its anyOf"));
        }
        return;
    }
    let ok = match schema["type"].as_str() {
        Some("string") => value.is_string(),
        Some("integer") => value.is_i64(),
        Some("number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        Some("array") => value.is_array(),
        Some("object") | None => value.is_object(),
        Some(other) => {
            errors.push(format!("{at}: unknown type {other}"));
            return;
        }
    };
    if !ok {
        errors.push(format!("{at}: {value} is not of type {}", schema["type"]));
        return;
    }
    if let Some(values) = schema["enum"].as_array()
        && !values.contains(value)
    {
        errors.push(format!("{at}: {value} not in {}", schema["enum"]));
    }
    if let Some(items) = value.as_array() {
        for (i, item) in items.iter().enumerate() {
            conform(spec, item, &schema["items"], &format!("{at}[{i}]"), errors);
        }
    }
    let Some(obj) = value.as_object() else {
        return;
    };
    if let Some(props) = schema["properties"].as_object() {
        for (k, v) in obj {
            match props.get(k) {
                Some(p) => conform(spec, v, p, &format!("{at}.{k}"), errors),
                // Stripe's list envelopes carry a `total_count` their schemas omit
                None if k == "total_count" && obj["object"] == "list" => {}
                None => errors.push(format!("{at}.{k}: not in the schema")),
            }
        }
        for r in schema["required"].as_array().into_iter().flatten() {
            let r = r.as_str().unwrap_or_default();
            if !obj.contains_key(r) {
                errors.push(format!("{at}.{r}: required, missing"));
            }
        }
    } else if schema["additionalProperties"].is_object() {
        for (k, v) in obj {
            conform(
                spec,
                v,
                &schema["additionalProperties"],
                &format!("{at}.{k}"),
                errors,
            );
        }
    }
}

/// Checks one top-level object: its schema's properties, then [`conform`]. An optional property
/// that is not nullable (a charge's `transfer`, an order's `upstream_id`...) is one Stripe leaves
/// out when it has no value, as the fake does; every other property is there.
fn assert_conforms(spec: &Value, name: &str, value: &Value) {
    let schema = &spec["components"]["schemas"][name];
    let required = schema["required"].as_array().unwrap();
    let properties = schema["properties"].as_object().unwrap();
    let object = value.as_object().expect("an object");
    let unknown: Vec<&String> = object
        .keys()
        .filter(|k| !properties.contains_key(*k))
        .collect();
    assert!(
        unknown.is_empty(),
        "{name}: properties Stripe's schema lacks: {unknown:?}"
    );
    let missing: Vec<&String> = properties
        .iter()
        .filter(|(k, p)| {
            let may_be_absent = p["nullable"] != true && !required.contains(&k.as_str().into());
            !object.contains_key(*k) && !may_be_absent
        })
        .map(|(k, _)| k)
        .collect();
    assert!(missing.is_empty(), "{name}: missing properties {missing:?}");
    let mut present = value.clone();
    present.as_object_mut().unwrap().retain(|k, v| {
        !v.is_null()
            || schema["properties"][k]["nullable"] == true
            || required.contains(&k.as_str().into())
    });
    let mut errors = Vec::new();
    conform(spec, &present, schema, name, &mut errors);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[tokio::test]
async fn objects_conform_to_stripe_schemas() {
    let spec = spec();
    let api = Api::start().await;
    let bare = api
        .post("/v1/products", &[("name", "p"), ("type", "service")])
        .await;
    assert_conforms(&spec, "product", &bare.body);
    let full = api
        .post(
            "/v1/products",
            &[
                ("name", "p"),
                ("type", "good"),
                ("caption", "c"),
                ("description", "d"),
                ("attributes[]", "size"),
                ("deactivate_on[]", "app"),
                ("images[0]", "https://example.com/a.png"),
                ("metadata[k]", "v"),
                ("package_dimensions[height]", "1.5"),
                ("package_dimensions[length]", "2"),
                ("package_dimensions[weight]", "3.25"),
                ("package_dimensions[width]", "4"),
                ("statement_descriptor", "SHOP"),
                ("unit_label", "hat"),
                ("url", "https://example.com"),
            ],
        )
        .await;
    assert_eq!(full.status, 200, "{}", full.body);
    assert_conforms(&spec, "product", &full.body);

    let cus = api.customer(&[]).await;
    let bare = api.get(&format!("/v1/customers/{cus}"), &[]).await;
    assert_conforms(&spec, "customer", &bare.body);
    let full = api
        .post(
            "/v1/customers",
            &[
                ("address[line1]", "1 Main St"),
                ("shipping[name]", "Jenny"),
                ("shipping[address][line1]", "2 Side St"),
                ("source", "tok_visa"),
                ("tax_id_data[0][type]", "eu_vat"),
                ("tax_id_data[0][value]", "DE123456789"),
                ("tax_info[type]", "vat"),
                ("tax_info[tax_id]", "DE1"),
                ("invoice_settings[custom_fields][0][name]", "PO"),
                ("invoice_settings[custom_fields][0][value]", "42"),
                ("preferred_locales[0]", "en"),
                ("metadata[k]", "v"),
            ],
        )
        .await;
    assert_eq!(full.status, 200, "{}", full.body);
    assert_conforms(&spec, "customer", &full.body);

    let ch = api
        .post(
            "/v1/charges",
            &[
                ("amount", "100"),
                ("currency", "usd"),
                ("source", "tok_visa"),
                ("shipping[name]", "Jenny"),
                ("shipping[address][line1]", "1 Street"),
                ("metadata[k]", "v"),
            ],
        )
        .await;
    assert_eq!(ch.status, 200, "{}", ch.body);
    assert_conforms(&spec, "charge", &ch.body);
    let ii = api
        .post(
            "/v1/invoiceitems",
            &[("customer", &cus), ("amount", "100"), ("currency", "usd")],
        )
        .await;
    assert_conforms(&spec, "invoiceitem", &ii.body);
    let or = api
        .post(
            "/v1/orders",
            &[
                ("currency", "usd"),
                ("customer", &cus),
                ("items[0][amount]", "100"),
                ("shipping[name]", "Jenny"),
                ("shipping[address][line1]", "1 Street"),
            ],
        )
        .await;
    assert_eq!(or.status, 200, "{}", or.body);
    assert_conforms(&spec, "order", &or.body);

    let events = api.get("/v1/events", &[("limit", "100")]).await;
    for event in events.body["data"].as_array().unwrap() {
        assert_conforms(&spec, "event", event);
    }
    let endpoint = api
        .post(
            "/v1/webhook_endpoints",
            &[("url", "http://127.0.0.1:9/"), ("enabled_events[]", "*")],
        )
        .await;
    assert_conforms(&spec, "webhook_endpoint", &endpoint.body);
    let id = endpoint.body["id"].as_str().unwrap();
    let deleted = api.delete(&format!("/v1/webhook_endpoints/{id}")).await;
    assert_conforms(&spec, "deleted_webhook_endpoint", &deleted.body);
}

#[test]
fn the_checker_refuses_what_stripe_would_not_send() {
    let spec = spec();
    let schema = &spec["components"]["schemas"]["customer"];
    for (bad, why) in [
        (serde_json::json!({"id": null}), "customer.id: null"),
        (serde_json::json!({"created": "1"}), "customer.created"),
        (serde_json::json!({"extra": 1}), "customer.extra: not in"),
        (
            serde_json::json!({"tax_exempt": "all"}),
            "customer.tax_exempt",
        ),
        (
            serde_json::json!({"metadata": {"k": 1}}),
            "customer.metadata.k",
        ),
        (
            serde_json::json!({"address": {"city": 5}}),
            "customer.address",
        ),
    ] {
        let mut errors = Vec::new();
        conform(&spec, &bad, schema, "customer", &mut errors);
        assert!(
            errors.iter().any(|e| e.starts_with(why)),
            "{bad}: {errors:?}"
        );
    }
}
