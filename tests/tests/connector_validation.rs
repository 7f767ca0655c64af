//! The exported Power Platform connector (`power-platform/`) validated offline, three ways,
//! reading only the files Power Platform imports: against Microsoft's JSON schemas, against
//! Microsoft's written rules that no schema checks, and file against file. Then the same
//! validator on broken copies, each of which must fail with a message that names the place.

mod powerplatform;

use powerplatform::{Connector, cross, rules, schemas};
use serde_json::{Value, json};

fn exported() -> Connector {
    Connector::exported()
}

fn assert_clean(what: &str, problems: Vec<String>) {
    assert!(problems.is_empty(), "{what}:\n{}", problems.join("\n"));
}

#[test]
fn both_files_follow_microsofts_schemas() {
    assert_clean("schema errors", schemas::errors(&exported()));
}

#[test]
fn the_definition_follows_microsofts_written_rules() {
    assert_clean("rule violations", rules::errors(&exported().definition));
}

#[test]
fn the_two_files_agree() {
    assert_clean("cross-file problems", cross::errors(&exported()));
}

/// The original connector's actions and triggers (Logic Apps and Power Automate): a spec may
/// add others, but losing one of these departs from the original.
const ORIGINAL_ACTIONS: [&str; 5] = [
    "CreateProduct",
    "UpdateProduct",
    "CreateCustomer",
    "GetCustomer",
    "UpdateCustomer",
];
const ORIGINAL_TRIGGERS: [&str; 4] = [
    "OnNewOrder",
    "OnNewCharge",
    "OnNewInvoiceItem",
    "OnNewCustomer",
];

#[test]
fn the_connector_is_the_original_one() {
    let connector = exported();
    let definition = &connector.definition;
    assert_eq!(definition["swagger"], "2.0");
    assert_eq!(definition["host"], "api.stripe.com");
    assert_eq!(definition["schemes"], json!(["https"]));
    let mut ids: Vec<&str> = connector
        .operations()
        .iter()
        .map(|(_, _, op)| {
            op["operationId"]
                .as_str()
                .expect("every operation has an id")
        })
        .collect();
    ids.sort();
    let mut specs: Vec<&str> = stripe_connector::connector::ACTIONS
        .iter()
        .map(|action| action.operation_id)
        .chain(stripe_connector::connector::TRIGGERS.iter().map(|t| t.name))
        .collect();
    specs.sort();
    assert_eq!(ids, specs, "the spec's actions and triggers, each exported");
    let triggers: Vec<&str> = connector
        .operations()
        .iter()
        .filter(|(_, _, op)| op["x-ms-trigger"] == "batch")
        .map(|(_, _, op)| op["operationId"].as_str().unwrap_or_default())
        .collect();
    for original in ORIGINAL_ACTIONS {
        assert!(
            ids.contains(&original),
            "the original's {original} is exported"
        );
    }
    for original in ORIGINAL_TRIGGERS {
        assert!(
            triggers.contains(&original),
            "the original's {original} is a trigger"
        );
    }
    let properties = &connector.properties["properties"];
    assert_eq!(
        properties["connectionParameters"]["api_key"]["type"],
        "securestring"
    );
    assert_eq!(properties["iconBrandColor"], "#635bff");
    let headers: Vec<(&Value, &Value)> = connector
        .policies()
        .iter()
        .filter(|p| p["templateId"] == "setheader")
        .map(|p| {
            let parameters = &p["parameters"];
            (
                &parameters["x-ms-apimTemplateParameter.name"],
                &parameters["x-ms-apimTemplateParameter.value"],
            )
        })
        .collect();
    assert!(headers.contains(&(
        &json!("Authorization"),
        &json!("Bearer @connectionParameters('api_key')")
    )));
    assert!(headers.contains(&(&json!("Stripe-Version"), &json!("2019-10-08"))));
}

/// The original connector's fields are shown first; the rest wait under advanced options.
#[test]
fn the_originals_fields_are_important_and_the_rest_advanced() {
    let connector = exported();
    let (_, _, create) = connector.operation("CreateProduct").expect("CreateProduct");
    let visibility = |name: &str| -> Value {
        create["parameters"]
            .as_array()
            .and_then(|ps| ps.iter().find(|p| p["name"] == name))
            .map(|p| p["x-ms-visibility"].clone())
            .unwrap_or(Value::Null)
    };
    for name in [
        "name",
        "caption",
        "images[0]",
        "images[7]",
        "shippable",
        "url",
    ] {
        assert_eq!(visibility(name), "important", "{name}");
    }
    // A product is a good unless the flow asks for a service: sent always, shown as advanced.
    assert_eq!(visibility("type"), "advanced");
    let (_, _, get) = connector.operation("GetCustomer").expect("GetCustomer");
    let customer = &get["responses"]["200"]["schema"]["properties"];
    assert_eq!(customer["account_balance"]["x-ms-visibility"], "important");
    assert_eq!(
        customer["discount"]["properties"]["coupon"]["x-ms-visibility"],
        "important"
    );
    let (_, _, on_new) = connector.operation("OnNewCustomer").expect("OnNewCustomer");
    let page = &on_new["responses"]["200"]["schema"]["properties"];
    assert_eq!(page["has_more"]["x-ms-visibility"], "advanced");
    assert_eq!(
        page["data"]["items"]["properties"]["email"]["x-ms-visibility"],
        "important"
    );
}

/// Microsoft's page on creating a custom connector from an OpenAPI definition says the file
/// must be smaller than 1 MB; no schema checks it. Every schema is written in place, so each
/// field of the wide objects adds to the size: this says when the margin is gone.
#[test]
fn the_definition_is_under_microsofts_size_limit() {
    // 1 MB, read the stricter way.
    const LIMIT: u64 = 1_000_000;
    let path = tests::workspace_root().join("power-platform/apiDefinition.swagger.json");
    let size = std::fs::metadata(&path).expect("the definition").len();
    assert!(size < LIMIT, "{size} bytes, more than {LIMIT}");
}

#[test]
fn unix_timestamps_are_integers() {
    let connector = exported();
    let (_, _, op) = connector
        .operation("OnNewInvoiceItem")
        .expect("OnNewInvoiceItem");
    let date =
        &op["responses"]["200"]["schema"]["properties"]["data"]["items"]["properties"]["date"];
    assert_eq!(date["type"], "integer");
    assert_eq!(date["format"], "int64");
}

#[test]
fn microsofts_schemas_are_jsonc_and_strip_cleanly() {
    assert_eq!(
        powerplatform::strip_comments("{\"a\": \"//kept\", // gone\n\"b\": 1}"),
        "{\"a\": \"//kept\", \n\"b\": 1}"
    );
    for schema in [schemas::definition_schema(), schemas::properties_schema()] {
        assert!(schema.get("definitions").is_some());
    }
}

#[test]
fn sentence_case_allows_acronyms_and_proper_nouns() {
    assert_eq!(rules::not_sentence_case("When a customer is added"), None);
    assert_eq!(
        rules::not_sentence_case("Get a customer by ID from Stripe"),
        None
    );
    assert_eq!(rules::not_sentence_case("Get a Customer"), Some("Customer"));
    assert_eq!(rules::not_sentence_case("get a customer"), Some("get"));
}

// Broken copies: each must fail, with a message that says where and what.

/// The problems of the exported connector after `edit`; the edit must change something.
fn broken(edit: impl FnOnce(&mut Connector)) -> Vec<String> {
    let mut connector = exported();
    let before = (connector.definition.clone(), connector.properties.clone());
    edit(&mut connector);
    assert_ne!(
        before,
        (connector.definition.clone(), connector.properties.clone()),
        "the edit changed nothing"
    );
    connector.problems()
}

fn assert_found(problems: &[String], needles: &[&str]) {
    assert!(
        problems
            .iter()
            .any(|p| needles.iter().all(|n| p.contains(n))),
        "no problem mentions all of {needles:?}:\n{}",
        problems.join("\n")
    );
}

fn operation_mut<'a>(connector: &'a mut Connector, path: &str, method: &str) -> &'a mut Value {
    &mut connector.definition["paths"][path][method]
}

fn policy_mut<'a>(connector: &'a mut Connector, operation: &str) -> &'a mut Value {
    connector.properties["properties"]["policyTemplateInstances"]
        .as_array_mut()
        .and_then(|ps| {
            ps.iter_mut().find(|p| {
                p["templateId"] == "pollingtrigger"
                    && p["parameters"]["x-ms-apimTemplate-operationName"][0] == operation
            })
        })
        .expect("the trigger has a polling policy")
}

#[test]
fn an_unknown_x_ms_key_is_refused() {
    let problems = broken(|c| {
        operation_mut(c, "/v1/products", "post")["x-ms-colour"] = json!("blue");
    });
    assert_found(
        &problems,
        &[
            "apiDefinition.swagger.json",
            "/paths/~1v1~1products/post",
            "x-ms-colour",
        ],
    );
}

#[test]
fn an_unknown_x_ms_key_on_a_parameter_is_refused() {
    let problems = broken(|c| {
        operation_mut(c, "/v1/products", "post")["parameters"][0]["x-ms-hint"] = json!("a name");
    });
    assert_found(
        &problems,
        &["/paths/~1v1~1products/post/parameters/0", "x-ms-hint"],
    );
}

#[test]
fn a_trigger_without_a_data_path_is_refused() {
    let problems = broken(|c| {
        let parameters = policy_mut(c, "OnNewCharge")["parameters"]
            .as_object_mut()
            .expect("parameters");
        parameters.remove("x-ms-apimTemplateParameter.triggerDataPath");
    });
    assert_found(
        &problems,
        &[
            "apiProperties.json",
            "triggerDataPath",
            "is a required property",
        ],
    );
    assert_found(
        &problems,
        &[
            "OnNewCharge",
            "no x-ms-apimTemplateParameter.triggerDataPath",
        ],
    );
}

#[test]
fn a_polling_trigger_kind_is_refused() {
    let problems = broken(|c| {
        operation_mut(c, "/v1/charges", "get")["x-ms-trigger"] = json!("polling");
    });
    assert_found(
        &problems,
        &["/paths/~1v1~1charges/get/x-ms-trigger", "polling"],
    );
    assert_found(
        &problems,
        &["OnNewCharge", "x-ms-trigger: \"polling\"", "batch"],
    );
}

#[test]
fn a_data_path_that_is_not_a_list_is_refused() {
    let problems = broken(|c| {
        policy_mut(c, "OnNewOrder")["parameters"]["x-ms-apimTemplateParameter.triggerDataPath"] =
            json!("@triggerBody().has_more");
    });
    assert_found(&problems, &["OnNewOrder", "is a boolean, not an array"]);
}

#[test]
fn a_trigger_state_that_is_no_query_parameter_is_refused() {
    let problems = broken(|c| {
        let config = &mut policy_mut(c, "OnNewCustomer")["parameters"]["x-ms-apimTemplateParameter.triggerConfig"];
        config["created[gte]"] = json!("@{triggerBody().data[0].created}");
    });
    assert_found(
        &problems,
        &["OnNewCustomer", "`created[gte]`", "no query parameter"],
    );
}

#[test]
fn a_policy_for_a_missing_operation_is_refused() {
    let problems = broken(|c| {
        c.properties["properties"]["policyTemplateInstances"][0]["parameters"]["x-ms-apimTemplate-operationName"]
            .as_array_mut()
            .expect("operation names")
            .push(json!("NoSuchOperationOfTheSpec"));
    });
    assert_found(
        &problems,
        &[
            "apiProperties.json",
            "NoSuchOperationOfTheSpec",
            "does not define",
        ],
    );
}

#[test]
fn an_unknown_connection_parameter_is_refused() {
    let problems = broken(|c| {
        c.properties["properties"]["policyTemplateInstances"][0]["parameters"]["x-ms-apimTemplateParameter.value"] =
            json!("Bearer @connectionParameters('secret')");
    });
    assert_found(
        &problems,
        &[
            "@connectionParameters('secret')",
            "names no connection parameter",
        ],
    );
}

#[test]
fn a_trigger_without_its_policy_is_refused() {
    let problems = broken(|c| {
        c.properties["properties"]["policyTemplateInstances"]
            .as_array_mut()
            .expect("policies")
            .retain(|p| {
                p["parameters"]["x-ms-apimTemplate-operationName"][0] != "OnNewInvoiceItem"
            });
    });
    assert_found(
        &problems,
        &["OnNewInvoiceItem", "has no pollingtrigger policy"],
    );
}

/// What a broken copy shows, how it is broken, and what its message must say.
type Case = (&'static str, fn(&mut Connector), &'static [&'static str]);

#[test]
fn microsofts_written_rules_are_enforced() {
    let cases: [Case; 7] = [
        (
            "a long title",
            |c| c.definition["info"]["title"] = json!("Stripe payments and customers connector"),
            &["/info/title", "longer than 30 characters"],
        ),
        (
            "API in the title",
            |c| c.definition["info"]["title"] = json!("Stripe API"),
            &["/info/title", "\"API\""],
        ),
        (
            "an operationId with an underscore",
            |c| operation_mut(c, "/v1/products", "post")["operationId"] = json!("Create_Product"),
            &["/operationId", "PascalCase"],
        ),
        (
            "a summary in title case with a full stop",
            |c| operation_mut(c, "/v1/products", "post")["summary"] = json!("Create A Product."),
            &["/summary", "ends in punctuation"],
        ),
        (
            "a description that repeats the summary",
            |c| {
                operation_mut(c, "/v1/orders", "get")["description"] =
                    json!("When an order is added")
            },
            &["/description", "repeats its summary"],
        ),
        (
            "only a default response",
            |c| {
                let responses = operation_mut(c, "/v1/customers", "post")["responses"]
                    .as_object_mut()
                    .expect("responses");
                responses.remove("200");
            },
            &["/responses", "only a `default` response"],
        ),
        (
            "an internal required parameter without a default",
            |c| {
                let parameter = &mut operation_mut(c, "/v1/customers", "get")["parameters"][0];
                parameter.as_object_mut().expect("limit").remove("default");
            },
            &["`limit` is internal and required but has no default"],
        ),
    ];
    for (what, edit, needles) in cases {
        let problems = broken(edit);
        assert!(
            problems
                .iter()
                .any(|p| needles.iter().all(|n| p.contains(n))),
            "{what}: no problem mentions all of {needles:?}:\n{}",
            problems.join("\n")
        );
    }
}

#[test]
fn a_title_case_summary_is_refused() {
    let problems = broken(|c| {
        operation_mut(c, "/v1/customers/{customer}", "get")["summary"] = json!("Get a Customer");
    });
    assert_found(&problems, &["/summary", "sentence case", "\"Customer\""]);
}
