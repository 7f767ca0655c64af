//! Every parameter Stripe 2019-10-08 takes on the connector's write endpoints, in Stripe's
//! bracket encoding: stored and answered back, unset by an empty string where Stripe allows it,
//! and refused as Stripe refuses it (unknown, mistyped, too long, incomplete hashes, metadata
//! beyond its limits).

mod common;

use common::Api;
use serde_json::json;

#[tokio::test]
async fn customer_round_trip_with_every_field() {
    let api = Api::start().await;
    api.fake.set_time(1_570_000_000);
    let r = api
        .post(
            "/v1/customers",
            &[
                ("account_balance", "-500"),
                ("address[line1]", "1 Main St"),
                ("address[line2]", "Apt 2"),
                ("address[city]", "Springfield"),
                ("address[state]", "OR"),
                ("address[postal_code]", "97477"),
                ("address[country]", "US"),
                ("description", "all fields"),
                ("email", "all@example.com"),
                ("invoice_prefix", "abc123"),
                ("invoice_settings[custom_fields][0][name]", "PO"),
                ("invoice_settings[custom_fields][0][value]", "42"),
                ("invoice_settings[default_payment_method]", "pm_card_visa"),
                ("invoice_settings[footer]", "Thanks"),
                ("metadata[a]", "1"),
                ("metadata[b]", "2"),
                ("name", "Jenny Rosen"),
                ("payment_method", "pm_card_visa"),
                ("phone", "+15555550100"),
                ("preferred_locales[0]", "fr"),
                ("preferred_locales[1]", "en"),
                ("shipping[name]", "Jenny"),
                ("shipping[phone]", "+15555550101"),
                ("shipping[address][line1]", "2 Side St"),
                ("shipping[address][city]", "Portland"),
                ("source", "tok_visa"),
                ("tax_exempt", "exempt"),
                ("tax_id_data[0][type]", "eu_vat"),
                ("tax_id_data[0][value]", "DE123456789"),
                ("tax_info[tax_id]", "DE1"),
                ("tax_info[type]", "vat"),
                ("expand[]", "default_source"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let id = r.body["id"].as_str().unwrap().to_owned();
    assert_eq!(r.body["default_source"]["object"], "card");
    let card = r.body["default_source"]["id"].as_str().unwrap().to_owned();

    let c = api.get(&format!("/v1/customers/{id}"), &[]).await.body;
    assert_eq!(c["default_source"], card.as_str(), "stored unexpanded");
    assert_eq!(c["balance"], -500);
    assert_eq!(c["account_balance"], -500);
    assert_eq!(
        c["address"],
        json!({"line1": "1 Main St", "line2": "Apt 2", "city": "Springfield", "state": "OR",
               "postal_code": "97477", "country": "US"})
    );
    assert_eq!(c["description"], "all fields");
    assert_eq!(c["email"], "all@example.com");
    assert_eq!(c["invoice_prefix"], "ABC123");
    assert_eq!(
        c["invoice_settings"],
        json!({"custom_fields": [{"name": "PO", "value": "42"}],
               "default_payment_method": "pm_card_visa", "footer": "Thanks"})
    );
    assert_eq!(c["metadata"], json!({"a": "1", "b": "2"}));
    assert_eq!(c["name"], "Jenny Rosen");
    assert_eq!(c["phone"], "+15555550100");
    assert_eq!(c["preferred_locales"], json!(["fr", "en"]));
    assert_eq!(
        c["shipping"],
        json!({"name": "Jenny", "phone": "+15555550101", "carrier": null, "tracking_number": null,
               "address": {"line1": "2 Side St", "line2": null, "city": "Portland", "state": null,
                           "postal_code": null, "country": null}})
    );
    assert_eq!(c["sources"]["total_count"], 1);
    assert_eq!(c["sources"]["data"][0]["id"], card.as_str());
    assert_eq!(c["sources"]["data"][0]["customer"], id.as_str());
    assert_eq!(c["tax_exempt"], "exempt");
    assert_eq!(c["tax_ids"]["total_count"], 1);
    let tax_id = &c["tax_ids"]["data"][0];
    assert_eq!(
        (&tax_id["object"], &tax_id["type"], &tax_id["value"]),
        (&json!("tax_id"), &json!("eu_vat"), &json!("DE123456789"))
    );
    assert_eq!(tax_id["customer"], id.as_str());
    assert_eq!(tax_id["created"], 1_570_000_000);
    assert_eq!(c["tax_info"], json!({"tax_id": "DE1", "type": "vat"}));
    assert_eq!(c["tax_info_verification"]["status"], "unverified");

    // update every field Stripe lets an update change
    let r = api
        .post(
            &format!("/v1/customers/{id}"),
            &[
                ("balance", "700"),
                ("address[line1]", "9 New Rd"),
                ("description", "updated"),
                ("email", "new@example.com"),
                ("invoice_prefix", "NEW1"),
                ("invoice_settings[footer]", "Bye"),
                ("metadata[a]", ""),
                ("metadata[c]", "3"),
                ("name", "J. Rosen"),
                ("phone", "+15555550199"),
                ("preferred_locales[]", "de"),
                ("shipping[name]", "Ann"),
                ("shipping[address][line1]", "3 Lane"),
                ("card", "tok_mastercard"),
                ("tax_exempt", "reverse"),
                ("tax_info[tax_id]", "FR2"),
                ("tax_info[type]", "vat"),
                ("trial_end", "now"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let c = &r.body;
    assert_eq!(
        (&c["balance"], &c["account_balance"]),
        (&json!(700), &json!(700))
    );
    assert_eq!(c["address"]["line1"], "9 New Rd");
    assert!(
        c["address"]["city"].is_null(),
        "an address is replaced whole"
    );
    assert_eq!(c["invoice_prefix"], "NEW1");
    assert_eq!(c["invoice_settings"]["footer"], "Bye");
    assert_eq!(
        c["invoice_settings"]["custom_fields"][0]["name"], "PO",
        "merged"
    );
    assert_eq!(c["metadata"], json!({"b": "2", "c": "3"}));
    assert_eq!(c["preferred_locales"], json!(["de"]));
    assert_eq!(c["shipping"]["name"], "Ann");
    assert_eq!(
        c["sources"]["total_count"], 1,
        "the new card replaces the default"
    );
    assert_eq!(c["sources"]["data"][0]["brand"], "MasterCard");
    assert_eq!(c["default_source"], c["sources"]["data"][0]["id"]);
    assert_eq!(c["tax_exempt"], "reverse");
    assert_eq!(c["tax_info"]["tax_id"], "FR2");

    // a second source, then the first one back as default
    let first = c["default_source"].as_str().unwrap().to_owned();
    let r = api
        .post(
            &format!("/v1/customers/{id}"),
            &[
                ("bank_account[account_number]", "000123456789"),
                ("bank_account[country]", "US"),
                ("bank_account[currency]", "USD"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["sources"]["data"][0]["object"], "bank_account");
    assert_eq!(r.body["sources"]["data"][0]["last4"], "6789");
    let r = api
        .post(
            &format!("/v1/customers/{id}"),
            &[
                ("card[number]", "5555555555554444"),
                ("card[exp_month]", "12"),
                ("card[exp_year]", "2031"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["sources"]["data"][0]["last4"], "4444");
    assert_eq!(r.body["sources"]["data"][0]["exp_month"], 12);
    let card2 = r.body["default_source"].as_str().unwrap().to_owned();
    assert_ne!(card2, first);
    let r = api
        .post(
            &format!("/v1/customers/{id}"),
            &[("default_source", &first)],
        )
        .await;
    assert_eq!(r.status, 404, "{first} was replaced: {}", r.body);
    let r = api
        .post(&format!("/v1/customers/{id}"), &[("default_card", &card2)])
        .await;
    assert_eq!(r.body["default_source"], card2.as_str());

    // clear every optional field that can be cleared
    let r = api
        .post(
            &format!("/v1/customers/{id}"),
            &[
                ("address", ""),
                ("description", ""),
                ("email", ""),
                ("invoice_settings[custom_fields]", ""),
                ("invoice_settings[footer]", ""),
                ("metadata", ""),
                ("name", ""),
                ("phone", ""),
                ("shipping", ""),
                ("tax_exempt", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let c = api.get(&format!("/v1/customers/{id}"), &[]).await.body;
    for field in [
        "address",
        "description",
        "email",
        "name",
        "phone",
        "shipping",
        "tax_exempt",
    ] {
        assert!(c[field].is_null(), "{field}: {}", c[field]);
    }
    assert_eq!(c["metadata"], json!({}));
    assert_eq!(
        c["invoice_settings"],
        json!({"custom_fields": null, "default_payment_method": "pm_card_visa", "footer": null})
    );
}

#[tokio::test]
async fn product_round_trip_with_every_field() {
    let api = Api::start().await;
    let r = api
        .post(
            "/v1/products",
            &[
                ("id", "prod_every"),
                ("name", "Hat"),
                ("type", "good"),
                ("active", "false"),
                ("attributes[0]", "size"),
                ("attributes[1]", "color"),
                ("caption", "warm"),
                ("deactivate_on[0]", "app_1"),
                ("description", "a hat"),
                ("images[]", "https://example.com/1.png"),
                ("images[]", "https://example.com/2.png"),
                ("metadata[k]", "v"),
                ("package_dimensions[height]", "1.5"),
                ("package_dimensions[length]", "2"),
                ("package_dimensions[weight]", "0.25"),
                ("package_dimensions[width]", "3"),
                ("shippable", "false"),
                ("statement_descriptor", "HATS"),
                ("unit_label", "hat"),
                ("url", "https://example.com/hat"),
                ("expand[0]", "nothing_here"),
            ],
        )
        .await;
    assert_eq!(r.status, 400, "an expansion a product lacks: {}", r.body);
    assert!(
        api.get("/v1/products/prod_every", &[]).await.status == 404,
        "nothing created"
    );
    let form: Vec<(&str, &str)> = vec![
        ("id", "prod_every"),
        ("name", "Hat"),
        ("type", "good"),
        ("active", "false"),
        ("attributes[0]", "size"),
        ("attributes[1]", "color"),
        ("caption", "warm"),
        ("deactivate_on[0]", "app_1"),
        ("description", "a hat"),
        ("images[]", "https://example.com/1.png"),
        ("images[]", "https://example.com/2.png"),
        ("metadata[k]", "v"),
        ("package_dimensions[height]", "1.5"),
        ("package_dimensions[length]", "2"),
        ("package_dimensions[weight]", "0.25"),
        ("package_dimensions[width]", "3"),
        ("shippable", "false"),
        ("statement_descriptor", "HATS"),
        ("unit_label", "hat"),
        ("url", "https://example.com/hat"),
    ];
    let r = api.post("/v1/products", &form).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let p = api.get("/v1/products/prod_every", &[]).await.body;
    assert_eq!(p["active"], false);
    assert_eq!(p["attributes"], json!(["size", "color"]));
    assert_eq!(p["caption"], "warm");
    assert_eq!(p["deactivate_on"], json!(["app_1"]));
    assert_eq!(
        p["images"],
        json!(["https://example.com/1.png", "https://example.com/2.png"])
    );
    assert_eq!(
        p["package_dimensions"],
        json!({"height": 1.5, "length": 2.0, "weight": 0.25, "width": 3.0})
    );
    assert_eq!(p["shippable"], false);
    assert_eq!(p["statement_descriptor"], "HATS");
    assert_eq!(p["unit_label"], "hat");
    assert_eq!(p["url"], "https://example.com/hat");

    let r = api
        .post(
            "/v1/products/prod_every",
            &[
                ("attributes", ""),
                ("images", ""),
                ("package_dimensions", ""),
                ("caption", ""),
                ("description", ""),
                ("metadata[k]", ""),
                ("unit_label", ""),
                ("url", ""),
                ("statement_descriptor", ""),
                ("deactivate_on[0]", "app_2"),
                ("name", "Cap"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let p = api.get("/v1/products/prod_every", &[]).await.body;
    assert_eq!(p["attributes"], json!([]));
    assert_eq!(p["images"], json!([]));
    assert_eq!(p["deactivate_on"], json!(["app_2"]));
    assert_eq!(p["metadata"], json!({}));
    assert_eq!(p["name"], "Cap");
    for field in [
        "package_dimensions",
        "caption",
        "description",
        "unit_label",
        "url",
        "statement_descriptor",
    ] {
        assert!(p[field].is_null(), "{field}: {}", p[field]);
    }
}

/// A request to send (path, form) and the `param` and `message` of Stripe's refusal.
type Refusal<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str, &'a str);

/// `(param, message)` of a refused request, after checking it is a 400 invalid_request_error.
async fn refused(api: &Api, path: &str, form: &[(&str, &str)]) -> (String, String) {
    let r = api.post(path, form).await;
    assert_eq!(r.status, 400, "{form:?}: {}", r.body);
    assert_eq!(r.err("type"), "invalid_request_error");
    (r.err("param").to_owned(), r.err("message").to_owned())
}

#[tokio::test]
async fn refused_as_stripe_refuses() {
    let api = Api::start().await;
    let cus = api.customer(&[]).await;
    let up = format!("/v1/customers/{cus}");
    let cases: Vec<Refusal> = vec![
        (
            "/v1/customers",
            vec![("foo", "1")],
            "foo",
            "Received unknown parameter: foo",
        ),
        (
            "/v1/customers",
            vec![("address[line1]", "a"), ("address[zip]", "1")],
            "address[zip]",
            "Received unknown parameter: address[zip]",
        ),
        (
            "/v1/customers",
            vec![("address[city]", "a")],
            "address[line1]",
            "Missing required param: address[line1].",
        ),
        (
            &up,
            vec![("shipping[address][line1]", "a")],
            "shipping[name]",
            "Missing required param: shipping[name].",
        ),
        (
            "/v1/customers",
            vec![("balance", "ten")],
            "balance",
            "Invalid integer: ten",
        ),
        (
            "/v1/customers",
            vec![("tax_exempt", "sometimes")],
            "tax_exempt",
            "Invalid tax_exempt: must be one of exempt, none, reverse",
        ),
        (
            "/v1/customers",
            vec![("trial_end", "now")],
            "trial_end",
            "Received unknown parameter: trial_end",
        ),
        (
            &up,
            vec![("tax_id_data[0][type]", "eu_vat")],
            "tax_id_data",
            "Received unknown parameter: tax_id_data",
        ),
        (
            "/v1/customers",
            vec![("source", "bogus")],
            "source",
            "No such source: 'bogus'",
        ),
        (
            &up,
            vec![("default_source", "card_nope")],
            "default_source",
            "No such source: 'card_nope'",
        ),
        (
            "/v1/products",
            vec![
                ("name", "a"),
                ("type", "good"),
                ("package_dimensions[height]", "tall"),
            ],
            "package_dimensions[height]",
            "Invalid decimal: tall",
        ),
        (
            "/v1/products",
            vec![
                ("name", "a"),
                ("type", "good"),
                ("package_dimensions[height]", "1"),
            ],
            "package_dimensions[length]",
            "Missing required param: package_dimensions[length].",
        ),
        (
            "/v1/products",
            vec![("name", "a"), ("type", "good"), ("images", "")],
            "images",
            "Invalid array: ",
        ),
        (
            "/v1/products",
            vec![("name", "a"), ("type", "good"), ("active", "yes")],
            "active",
            "Invalid boolean: yes",
        ),
        (
            "/v1/products",
            vec![
                ("name", "a"),
                ("type", "good"),
                ("statement_descriptor", "12345678901234567890123"),
            ],
            "statement_descriptor",
            "Invalid string: 12345678901234567890123; must be at most 22 characters",
        ),
    ];
    let mut wrong = Vec::new();
    for (path, form, param, message) in &cases {
        let r = api.post(path, form).await;
        let not_found = message.starts_with("No such");
        assert_eq!(
            r.status,
            if not_found { 404 } else { 400 },
            "{form:?}: {}",
            r.body
        );
        assert_eq!(r.err("type"), "invalid_request_error");
        let got = (r.err("param").to_owned(), r.err("message").to_owned());
        if got != (param.to_string(), message.to_string()) {
            wrong.push(format!("{path} {form:?}: got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let c = api.get(&up, &[]).await.body;
    assert!(
        c["shipping"].is_null() && c["default_source"].is_null(),
        "nothing applied: {c}"
    );
}

#[tokio::test]
async fn metadata_limits() {
    let api = Api::start().await;
    let long_key = "k".repeat(41);
    let (param, message) = refused(
        &api,
        "/v1/customers",
        &[(&format!("metadata[{long_key}]"), "v")],
    )
    .await;
    assert_eq!(param, "metadata");
    assert_eq!(
        message,
        format!("Invalid key: {long_key} must be a string under 40 characters")
    );
    let long_val = "v".repeat(501);
    let (param, message) = refused(
        &api,
        "/v1/products",
        &[("name", "a"), ("type", "good"), ("metadata[k]", &long_val)],
    )
    .await;
    assert_eq!(param, "metadata");
    assert!(
        message.starts_with("Invalid val: vvv")
            && message.ends_with("must be a string under 500 characters"),
        "{message}"
    );

    let keys: Vec<String> = (0..50).map(|i| format!("metadata[k{i}]")).collect();
    let mut form: Vec<(&str, &str)> = keys.iter().map(|k| (k.as_str(), "v")).collect();
    let ok = api.post("/v1/customers", &form).await;
    assert_eq!(ok.status, 200, "50 keys are allowed: {}", ok.body);
    let id = ok.body["id"].as_str().unwrap().to_owned();
    let (param, _) = refused(
        &api,
        &format!("/v1/customers/{id}"),
        &[("metadata[one_more]", "v")],
    )
    .await;
    assert_eq!(param, "metadata");
    let swapped = api
        .post(
            &format!("/v1/customers/{id}"),
            &[("metadata[k0]", ""), ("metadata[one_more]", "v")],
        )
        .await;
    assert_eq!(
        swapped.status, 200,
        "removing one makes room: {}",
        swapped.body
    );
    form.push(("metadata[k50]", "v"));
    assert_eq!(refused(&api, "/v1/customers", &form).await.0, "metadata");

    // every object keeps metadata, and refuses it beyond the limits
    let long = format!("metadata[{long_key}]");
    let cases: [(&str, Vec<(&str, &str)>); 3] = [
        (
            "/v1/charges",
            vec![
                ("amount", "100"),
                ("currency", "usd"),
                ("source", "tok_visa"),
            ],
        ),
        (
            "/v1/invoiceitems",
            vec![("customer", &id), ("amount", "100"), ("currency", "usd")],
        ),
        (
            "/v1/orders",
            vec![("currency", "usd"), ("items[0][amount]", "100")],
        ),
    ];
    for (path, base) in cases {
        let mut form = base.clone();
        form.push(("metadata[ref]", "r1"));
        let r = api.post(path, &form).await;
        assert_eq!(
            r.body["metadata"],
            json!({"ref": "r1"}),
            "{path}: {}",
            r.body
        );
        let got = api
            .get(&format!("{path}/{}", r.body["id"].as_str().unwrap()), &[])
            .await;
        assert_eq!(got.body["metadata"], json!({"ref": "r1"}), "{path} stored");
        let mut form = base;
        form.push((&long, "v"));
        assert_eq!(refused(&api, path, &form).await.0, "metadata", "{path}");
    }
}
