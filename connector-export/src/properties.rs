//! `apiProperties.json`: the API key as a connection parameter, the brand colour, and the
//! policies the platform applies to every call: the `Authorization` and `Stripe-Version`
//! headers, and one `pollingtrigger` per trigger.

use serde_json::{Value, json};

use super::{API_KEY_PARAMETER, BRAND_COLOR};
use spec_model::Spec;

/// Builds the properties of a validated spec.
pub(crate) fn properties(spec: &Spec) -> Value {
    let operations: Vec<&str> = spec
        .actions
        .iter()
        .map(|a| a.operation.id.as_str())
        .chain(spec.triggers.iter().map(|t| t.name.as_str()))
        .collect();
    let mut policies = vec![
        set_header(
            "Authorization",
            &format!("Bearer @connectionParameters('{API_KEY_PARAMETER}')"),
            &operations,
        ),
        set_header(
            "Stripe-Version",
            &spec.connector.stripe_version,
            &operations,
        ),
    ];
    for trigger in &spec.triggers {
        policies.push(json!({
            "templateId": "pollingtrigger",
            "title": format!("Poll for {}", trigger.name),
            "type": "PollingTrigger",
            "parameters": {
                "x-ms-apimTemplateParameter.triggerConfig": {
                    "created[gt]": format!("@{{triggerBody().data[0].{}}}", trigger.created_field)
                },
                "x-ms-apimTemplateParameter.triggerDataPath": "@triggerBody().data",
                "x-ms-apimTemplate-operationName": [trigger.name]
            }
        }));
    }
    json!({
        "properties": {
            "connectionParameters": {
                API_KEY_PARAMETER: {
                    "type": "securestring",
                    "uiDefinition": {
                        "displayName": "Secret key",
                        "description": "Your Stripe secret key (sk_live_… or sk_test_…), or a restricted key (rk_…)",
                        "tooltip": "Find it in the Stripe Dashboard under Developers, API keys",
                        "constraints": {
                            "tabIndex": 2,
                            "clearText": false,
                            "required": "true"
                        }
                    }
                }
            },
            "iconBrandColor": BRAND_COLOR,
            "capabilities": [],
            "policyTemplateInstances": policies
        }
    })
}

fn set_header(name: &str, value: &str, operations: &[&str]) -> Value {
    json!({
        "templateId": "setheader",
        "title": format!("Set {name}"),
        "parameters": {
            "x-ms-apimTemplateParameter.name": name,
            "x-ms-apimTemplateParameter.value": value,
            "x-ms-apimTemplateParameter.existsAction": "override",
            "x-ms-apimTemplate-policySection": "Request",
            "x-ms-apimTemplate-operationName": operations
        }
    })
}
