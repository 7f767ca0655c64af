//! A first tour of the connector: the triggers for orders, charges, invoice items and customers
//! armed, a product and a customer created, changed and read, new objects of each kind, and what
//! each trigger fired for.
//!
//! `cargo run --example quickstart` starts the built-in fake Stripe in-process, so it needs no
//! account and no network. With `STRIPE_API_KEY` set it runs against https://api.stripe.com
//! instead (use a test-mode key: it creates a product, a customer, a charge, an invoice item and
//! an order).

use std::fmt::Write as _;

use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use serde_json::Value;
use stripe_connector::metadata::{Listed, Trigger};
use stripe_connector::triggers::{OnNewCharge, OnNewCustomer, OnNewInvoiceItem, OnNewOrder};
use stripe_connector::{Connection, PollState, connector, poll, types};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The key the fake accepts; any `sk_test_` key does.
const FAKE_KEY: &str = "sk_test_quickstart";

#[tokio::main]
async fn main() -> Result<()> {
    let mut transcript = String::new();
    let outcome = match std::env::var("STRIPE_API_KEY") {
        Ok(key) => {
            println!("STRIPE_API_KEY is set: running against https://api.stripe.com");
            run("https://api.stripe.com", &key, &mut transcript).await
        }
        Err(_) => {
            let fake = fake_stripe::start().await?;
            println!("Started the built-in fake Stripe at {}", fake.base_url());
            run(&fake.base_url(), FAKE_KEY, &mut transcript).await
        }
    };
    print!("{transcript}");
    outcome
}

/// Runs the tour against `base_url`, writing what happens to `out`.
async fn run(base_url: &str, key: &str, out: &mut String) -> Result<()> {
    let stripe = Connection::builder(key).base_url(base_url).build()?;
    let armed = Armed::arm(&stripe).await?;
    writeln!(
        out,
        "Armed the triggers: each fires only for objects added from now on"
    )?;
    let customer_id = actions(&stripe, out).await?;
    create_watched_objects(&http_client(key)?, base_url, &customer_id, out).await?;
    armed.report(&stripe, out).await
}

/// The state of each trigger, anchored before the tour adds anything.
struct Armed {
    orders: PollState,
    charges: PollState,
    invoice_items: PollState,
    customers: PollState,
}

impl Armed {
    /// The first poll of each trigger, which delivers nothing and anchors at now.
    async fn arm(stripe: &Connection) -> Result<Self> {
        Ok(Self {
            orders: poll::<OnNewOrder>(stripe, None).await?.state,
            charges: poll::<OnNewCharge>(stripe, None).await?.state,
            invoice_items: poll::<OnNewInvoiceItem>(stripe, None).await?.state,
            customers: poll::<OnNewCustomer>(stripe, None).await?.state,
        })
    }

    /// Polls each trigger from its anchor and prints what it fired for.
    async fn report(self, stripe: &Connection, out: &mut String) -> Result<()> {
        fired::<OnNewOrder>(stripe, self.orders, out).await?;
        fired::<OnNewCharge>(stripe, self.charges, out).await?;
        fired::<OnNewInvoiceItem>(stripe, self.invoice_items, out).await?;
        fired::<OnNewCustomer>(stripe, self.customers, out).await
    }
}

/// Polls trigger `T` from `state` until caught up, and prints the objects it fired for.
async fn fired<T: Trigger>(
    stripe: &Connection,
    mut state: PollState,
    out: &mut String,
) -> Result<()> {
    let mut ids = Vec::new();
    loop {
        let polled = poll::<T>(stripe, Some(&state)).await?;
        ids.extend(polled.items.iter().map(|item| item.id().to_string()));
        state = polled.state;
        if polled.caught_up {
            break;
        }
    }
    let fired = if ids.is_empty() {
        "nothing".to_string()
    } else {
        ids.join(", ")
    };
    writeln!(
        out,
        "{} ({}) fired for: {fired}",
        T::INFO.summary,
        T::INFO.name
    )?;
    Ok(())
}

/// A plain reqwest client that authenticates with `key`, for the calls the connector lacks.
fn http_client(key: &str) -> Result<reqwest::Client> {
    let mut headers = HeaderMap::new();
    let mut bearer = HeaderValue::from_str(&format!("Bearer {key}"))?;
    bearer.set_sensitive(true);
    headers.insert(AUTHORIZATION, bearer);
    Ok(stripe_connector::client_builder()
        .default_headers(headers)
        .build()?)
}

/// Creates and updates a product, creates, gets and updates a customer, each printed with the
/// action's name as users see it; returns the customer it made.
async fn actions(stripe: &Connection, out: &mut String) -> Result<String> {
    let summary = |id: &str| {
        connector::ACTIONS
            .iter()
            .find(|a| a.operation_id == id)
            .map_or("", |a| a.summary)
    };
    let product = stripe
        .create_product(
            types::CreateProductParams::builder()
                .name("Hat")
                .images(vec!["https://example.com/hat.png".to_string()]),
        )
        .await?;
    writeln!(
        out,
        "{}: {} \"{}\"",
        summary("CreateProduct"),
        product.id,
        product.name
    )?;
    let changes = types::UpdateProductParams::builder().caption("Warm and woolly");
    let product = stripe.update_product(&product.id, changes).await?;
    let caption = product.caption.unwrap_or_default();
    writeln!(
        out,
        "{}: {} caption \"{caption}\"",
        summary("UpdateProduct"),
        product.id
    )?;
    // Beyond the original's email: a card from Stripe's test token, and metadata of your own.
    let new = types::CreateCustomerParams::builder()
        .email("jenny@example.com")
        .source("tok_visa")
        .metadata(std::collections::BTreeMap::from([(
            "crm_id".to_string(),
            "42".to_string(),
        )]));
    let customer = stripe.create_customer(new).await?;
    let email = customer.email.unwrap_or_default();
    writeln!(
        out,
        "{}: {} <{email}> crm_id {}",
        summary("CreateCustomer"),
        customer.id,
        customer.metadata.get("crm_id").map_or("-", String::as_str)
    )?;
    // `expand` asks for the default source as an object rather than its id.
    let customer = stripe
        .get_customer(&customer.id, &["default_source"])
        .await?;
    let card = match customer.default_source.as_ref().and_then(|s| s.as_object()) {
        Some(types::PaymentSource::Card(card)) => format!("{} ending {}", card.brand, card.last4),
        _ => "no card".to_string(),
    };
    writeln!(
        out,
        "{}: {} balance {}, {card}",
        summary("GetCustomer"),
        customer.id,
        customer.account_balance.unwrap_or_default()
    )?;
    let changes = types::UpdateCustomerParams::builder().description("Jenny Rosen");
    let customer = stripe.update_customer(&customer.id, changes).await?;
    let description = customer.description.unwrap_or_default();
    writeln!(
        out,
        "{}: {} \"{description}\"",
        summary("UpdateCustomer"),
        customer.id
    )?;
    Ok(customer.id)
}

/// A charge, an invoice item and an order: the connector has no actions for them, so they are
/// posted as Stripe's docs show.
async fn create_watched_objects(
    http: &reqwest::Client,
    base_url: &str,
    customer: &str,
    out: &mut String,
) -> Result<()> {
    let posts: [(&str, Vec<(&str, &str)>); 3] = [
        (
            "/v1/charges",
            vec![
                ("amount", "2000"),
                ("currency", "usd"),
                ("source", "tok_visa"),
            ],
        ),
        (
            "/v1/invoiceitems",
            vec![
                ("amount", "500"),
                ("currency", "usd"),
                ("customer", customer),
            ],
        ),
        (
            "/v1/orders",
            vec![
                ("currency", "usd"),
                ("items[0][type]", "sku"),
                ("items[0][amount]", "1500"),
                ("items[0][description]", "T-shirt"),
            ],
        ),
    ];
    for (path, form) in posts {
        let body = serde_qs::to_string(
            &form
                .into_iter()
                .collect::<std::collections::BTreeMap<_, _>>(),
        )?;
        let response = http
            .post(format!("{base_url}{path}"))
            .header("stripe-version", connector::STRIPE_VERSION)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await?;
        let created: Value = response.error_for_status()?.json().await?;
        writeln!(
            out,
            "Created {} {}",
            created["object"].as_str().unwrap_or("object"),
            created["id"].as_str().unwrap_or("?")
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    /// The tour runs against the fake, shows each action it runs with the spec's name for it,
    /// its customer's metadata and expanded card, and each trigger fires exactly for the one
    /// object of its kind that the tour added.
    #[tokio::test]
    async fn the_quickstart_tour_runs_offline() {
        let fake = fake_stripe::start().await.expect("the fake starts");
        let mut transcript = String::new();
        super::run(&fake.base_url(), super::FAKE_KEY, &mut transcript)
            .await
            .expect("the tour succeeds");
        let toured = [
            "CreateProduct",
            "UpdateProduct",
            "CreateCustomer",
            "GetCustomer",
            "UpdateCustomer",
        ];
        for id in toured {
            let action = stripe_connector::connector::ACTIONS
                .iter()
                .find(|a| a.operation_id == id)
                .expect("the toured action is in the spec");
            assert!(
                transcript.contains(action.summary),
                "{} missing from:\n{transcript}",
                action.summary
            );
        }
        // The metadata came back, and the expanded default source decoded as the card.
        assert!(transcript.contains("crm_id 42"), "{transcript}");
        assert!(transcript.contains("Visa ending 4242"), "{transcript}");
        for (trigger, prefix) in [
            ("OnNewOrder", "or_"),
            ("OnNewCharge", "ch_"),
            ("OnNewInvoiceItem", "ii_"),
            ("OnNewCustomer", "cus_"),
        ] {
            let line = transcript
                .lines()
                .find(|l| l.contains(trigger))
                .expect("each trigger has a line");
            let fired = line.split("fired for: ").nth(1).expect("a list of ids");
            assert!(
                fired.starts_with(prefix) && !fired.contains(','),
                "{trigger} fires once: {line}"
            );
        }
    }
}
