//! A first tour of the connector: the five actions, then the lists behind the four triggers.
//!
//! `cargo run --example quickstart` starts the built-in fake Stripe in-process, so it needs no
//! account and no network. With `STRIPE_API_KEY` set it runs against https://api.stripe.com
//! instead (use a test-mode key: it creates a product, a customer, a charge, an invoice item and
//! an order).

use std::fmt::Write as _;

use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use serde_json::Value;
use stripe_connector::{Client, Connection, Timestamp, connector, types};

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
    let since = Timestamp::now();
    actions(&stripe, out).await?;
    let client = stripe.client();
    let customer = client
        .list_customers()
        .limit(nonzero(1))
        .send()
        .await?
        .into_inner()
        .data;
    let customer_id = customer
        .first()
        .map(|c| c.id.clone())
        .ok_or("no customer was created")?;
    create_watched_objects(&http_client(key)?, base_url, &customer_id, out).await?;
    lists(client, since, out).await
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

fn nonzero(n: u64) -> std::num::NonZeroU64 {
    std::num::NonZeroU64::new(n).expect("a positive limit")
}

/// The connector's five actions, each printed with its name as users see it.
async fn actions(stripe: &Connection, out: &mut String) -> Result<()> {
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
    let changes = types::UpdateProductParams::builder().caption("Warm and woolly".to_string());
    let product = stripe.update_product(&product.id, changes).await?;
    let caption = product.caption.unwrap_or_default();
    writeln!(
        out,
        "{}: {} caption \"{caption}\"",
        summary("UpdateProduct"),
        product.id
    )?;
    let new = types::CustomerParams::builder().email("jenny@example.com".to_string());
    let customer = stripe.create_customer(new).await?;
    let email = customer.email.unwrap_or_default();
    writeln!(
        out,
        "{}: {} <{email}>",
        summary("CreateCustomer"),
        customer.id
    )?;
    let customer = stripe.get_customer(&customer.id).await?;
    let balance = customer.account_balance.unwrap_or_default();
    writeln!(
        out,
        "{}: {} balance {balance}",
        summary("GetCustomer"),
        customer.id
    )?;
    let changes = types::CustomerParams::builder().description("Jenny Rosen".to_string());
    let customer = stripe.update_customer(&customer.id, changes).await?;
    let description = customer.description.unwrap_or_default();
    writeln!(
        out,
        "{}: {} \"{description}\"",
        summary("UpdateCustomer"),
        customer.id
    )?;
    Ok(())
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

/// What each trigger's list shows since the tour began; the polling triggers that turn these
/// lists into events come with their own module.
async fn lists(client: &Client, since: Timestamp, out: &mut String) -> Result<()> {
    let ids = |items: Vec<String>| {
        if items.is_empty() {
            "nothing".to_string()
        } else {
            items.join(", ")
        }
    };
    for trigger in connector::TRIGGERS {
        let found = match trigger.name {
            "OnNewOrder" => client
                .list_orders()
                .created_gte(since)
                .send()
                .await?
                .into_inner()
                .data
                .into_iter()
                .map(|o| o.id)
                .collect(),
            "OnNewCharge" => client
                .list_charges()
                .created_gte(since)
                .send()
                .await?
                .into_inner()
                .data
                .into_iter()
                .map(|c| c.id)
                .collect(),
            "OnNewInvoiceItem" => client
                .list_invoice_items()
                .created_gte(since)
                .send()
                .await?
                .into_inner()
                .data
                .into_iter()
                .map(|i| i.id)
                .collect(),
            "OnNewCustomer" => client
                .list_customers()
                .created_gte(since)
                .send()
                .await?
                .into_inner()
                .data
                .into_iter()
                .map(|c| c.id)
                .collect(),
            other => return Err(format!("the quickstart does not know trigger {other}").into()),
        };
        writeln!(
            out,
            "{} ({}): {}",
            trigger.summary,
            trigger.name,
            ids(found)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    /// The tour runs against the fake and says something for each action and trigger.
    #[tokio::test]
    async fn the_quickstart_tour_runs_offline() {
        let fake = fake_stripe::start().await.expect("the fake starts");
        let mut transcript = String::new();
        super::run(&fake.base_url(), super::FAKE_KEY, &mut transcript)
            .await
            .expect("the tour succeeds");
        for action in stripe_connector::connector::ACTIONS {
            assert!(
                transcript.contains(action.summary),
                "{} missing from:\n{transcript}",
                action.summary
            );
        }
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
            assert!(
                line.contains(prefix),
                "{trigger} shows no new object: {line}"
            );
        }
    }
}
