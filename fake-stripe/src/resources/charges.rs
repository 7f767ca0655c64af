//! `/v1/charges`: create (with test sources) and list; retrieve is shared (`super::retrieve`).

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use serde_json::{Value, json};

use super::common::{self, invalid_value};
use crate::errors::{ApiError, ApiResult};
use crate::list::{self, ListSpec};
use crate::params::{Params, require};
use crate::server::Shared;
use crate::store::{Kind, new_id, random_alnum};

const CREATE: &[&str] = &[
    "amount",
    "application_fee",
    "application_fee_amount",
    "capture",
    "card",
    "currency",
    "customer",
    "description",
    "destination",
    "metadata",
    "on_behalf_of",
    "receipt_email",
    "shipping",
    "source",
    "statement_descriptor",
    "statement_descriptor_suffix",
    "transfer_data",
    "transfer_group",
];

/// The card a charge uses: its `source`, else the customer's default source.
fn card_for(params: &Params, customer: Option<&Value>) -> ApiResult<common::TestCard> {
    if let Some(source) = params.str("source")? {
        return common::test_card(&source)
            .ok_or_else(|| ApiError::missing_resource("source", &source, Some("source")));
    }
    let Some(customer) = customer else {
        return Err(ApiError::missing_param("source"));
    };
    let Some(card) = customer["sources"]["data"].get(0) else {
        return Err(ApiError::card(
            "missing",
            None,
            "Cannot charge a customer that has no active card",
        ));
    };
    let brand = card["brand"].as_str().unwrap_or("Visa");
    Ok(
        common::test_card(&format!("tok_{}", brand.to_ascii_lowercase())).unwrap_or(
            common::TestCard {
                brand: "Visa",
                last4: "4242",
                declined: false,
            },
        ),
    )
}

/// `POST /v1/charges`
pub async fn create(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    params.check_allowed(CREATE)?;
    crate::expand::check(&params, Kind::Charge)?;
    let amount = require(params.int("amount")?, "amount")?;
    let currency = require(common::currency(&params, "currency")?, "currency")?;
    if amount < 50 {
        return Err(ApiError::invalid(
            "amount_too_small",
            Some("amount"),
            "Amount must be at least 50 cents",
        ));
    }
    if amount > 99_999_999 {
        return Err(invalid_value(
            "amount",
            "Amount must be no more than $999,999.99",
        ));
    }
    let customer = common::existing(&app.store, Kind::Customer, &params, "customer")?;
    let card = card_for(&params, customer.as_ref())?;
    let captured = params.bool("capture")?.unwrap_or(true);
    let id = new_id(Kind::Charge);
    let now = app.clock.now();
    let mut obj = json!({
        "id": id,
        "object": "charge",
        "amount": amount,
        "amount_refunded": 0,
        "application": null,
        "application_fee": null,
        "application_fee_amount": params.int("application_fee_amount")?,
        "balance_transaction": if captured && !card.declined { json!(format!("txn_{}", random_alnum(24))) } else { Value::Null },
        "billing_details": {
            "address": {"city": null, "country": null, "line1": null, "line2": null, "postal_code": null, "state": null},
            "email": null, "name": null, "phone": null
        },
        "captured": captured && !card.declined,
        "created": now,
        "currency": currency,
        "customer": customer.as_ref().map(|c| c["id"].clone()),
        "description": null,
        "dispute": null,
        "failure_code": if card.declined { json!("card_declined") } else { Value::Null },
        "failure_message": if card.declined { json!("Your card was declined.") } else { Value::Null },
        "fraud_details": {},
        "invoice": null,
        "livemode": false,
        "metadata": {},
        "on_behalf_of": null,
        "order": null,
        "outcome": {
            "network_status": if card.declined { "declined_by_network" } else { "approved_by_network" },
            "reason": if card.declined { json!("generic_decline") } else { Value::Null },
            "risk_level": "normal",
            "risk_score": 20,
            "seller_message": if card.declined { "The bank did not return any further details with this decline." } else { "Payment complete." },
            "type": if card.declined { "issuer_declined" } else { "authorized" }
        },
        "paid": !card.declined,
        "payment_intent": null,
        "payment_method": format!("card_{}", random_alnum(24)),
        "payment_method_details": {
            "card": {
                "brand": card.brand.to_ascii_lowercase(),
                "checks": {"address_line1_check": null, "address_postal_code_check": null, "cvc_check": null},
                "country": "US", "exp_month": 8, "exp_year": 2030,
                "fingerprint": random_alnum(16), "funding": "credit", "last4": card.last4,
                "three_d_secure": null, "wallet": null
            },
            "type": "card"
        },
        "receipt_email": null,
        "receipt_number": null,
        "receipt_url": format!("https://pay.stripe.com/receipts/acct_fake/{id}/rcpt_{}", random_alnum(24)),
        "refunded": false,
        "refunds": {"object": "list", "data": [], "has_more": false, "total_count": 0, "url": format!("/v1/charges/{id}/refunds")},
        "review": null,
        "shipping": null,
        "source_transfer": null,
        "statement_descriptor": null,
        "statement_descriptor_suffix": null,
        "status": if card.declined { "failed" } else { "succeeded" },
        "transfer_data": null,
        "transfer_group": null,
    });
    common::set_strings(
        &params,
        &mut obj,
        &[
            "description",
            "statement_descriptor",
            "statement_descriptor_suffix",
            "transfer_group",
            "on_behalf_of",
        ],
    )?;
    if let Some(e) = common::email(&params, "receipt_email")? {
        obj["receipt_email"] = json!(e);
    }
    if let Some(s) = common::shipping(&params)? {
        obj["shipping"] = s;
    }
    common::set_metadata(&params, &mut obj)?;
    let charge = app.store.insert(Kind::Charge, now, obj)?;
    super::events::created(&app, Kind::Charge, &charge);
    if card.declined {
        let mut e = ApiError::card(
            "card_declined",
            Some("generic_decline"),
            "Your card was declined.",
        );
        e.param = None;
        return Err(e);
    }
    app.store
        .fetch(Kind::Charge, &id, None)
        .and_then(|v| common::reply(&app, &params, Kind::Charge, v))
}

/// `GET /v1/charges`
pub async fn list(State(app): State<Arc<Shared>>, params: Params) -> ApiResult<Json<Value>> {
    let spec = ListSpec {
        kind: Kind::Charge,
        filters: &[
            ("customer", "customer"),
            ("payment_intent", "payment_intent"),
            ("transfer_group", "transfer_group"),
        ],
        ignored: &[],
    };
    list::list(&app.store, &spec, &params)
        .and_then(|v| common::reply(&app, &params, Kind::Charge, v))
}
