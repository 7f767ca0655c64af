//! What the fleet's command-line tests share: a fleet in a schema of its own (dropped after),
//! the `fleet worker` command pointed at it, and objects created on the fake with retries that
//! survive its faults.

use std::collections::{HashMap, HashSet};
use std::process::Command;
use std::time::Duration;

use fleet_testing::Scratch;
pub use fleet_testing::{KEK, trigger_named};
use stripe_connector_fleet::{Fleet, KeyEncryptionKey};
use tokio::runtime::Runtime;

use super::binary;

/// A fleet in a schema of its own (the shared harness's [`Scratch`]), with a runtime and a
/// client for the checks; the schema is dropped with it.
pub struct Db {
    pub runtime: Runtime,
    pub client: tokio_postgres::Client,
    _scratch: Scratch,
    pub fleet: Fleet,
    pub url: String,
    pub schema: String,
}

/// A fleet in a fresh schema of the database at `DATABASE_URL` (or the machine's test
/// database), or `None` with the reason printed when none answers and `FLEET_REQUIRE_DATABASE`
/// is not set.
pub fn db() -> Option<Db> {
    let runtime = Runtime::new().expect("a tokio runtime");
    let scratch = runtime.block_on(fleet_testing::scratch("fleet_cli", 8))?;
    let client = runtime.block_on(scratch.client());
    Some(Db {
        fleet: scratch.fleet.clone(),
        url: scratch.url.clone(),
        schema: scratch.schema.clone(),
        runtime,
        client,
        _scratch: scratch,
    })
}

impl Db {
    /// The test key-encryption key.
    pub fn kek(&self) -> KeyEncryptionKey {
        fleet_testing::kek()
    }

    /// Runs `sql` and reads the first column of each row.
    pub fn column<T: for<'a> tokio_postgres::types::FromSql<'a>>(&self, sql: &str) -> Vec<T> {
        let rows = self
            .runtime
            .block_on(self.client.query(sql, &[]))
            .expect("a query");
        rows.iter().map(|row| row.get(0)).collect()
    }

    /// The one value `sql` returns.
    pub fn value<T: for<'a> tokio_postgres::types::FromSql<'a>>(&self, sql: &str) -> T {
        self.column(sql).into_iter().next().expect("a row")
    }

    /// How the table `deliveries` compares with `expected`.
    pub fn tally(&self, expected: &Expected) -> Tally {
        let rows = self
            .runtime
            .block_on(self.client.query(
                "SELECT c.name, s.trigger, d.object_id FROM deliveries d
                 JOIN subscriptions s ON s.id = d.subscription_id
                 JOIN connections c ON c.id = s.connection_id",
                &[],
            ))
            .expect("the deliveries");
        let mut found: HashMap<(String, String), Vec<String>> = HashMap::new();
        for row in &rows {
            found
                .entry((row.get(0), row.get(1)))
                .or_default()
                .push(row.get(2));
        }
        let mut tally = Tally {
            rows: rows.len(),
            ..Tally::default()
        };
        for ((connection, trigger), ids) in expected {
            let got = found
                .remove(&(connection.clone(), trigger.to_string()))
                .unwrap_or_default();
            let unique: HashSet<String> = got.iter().cloned().collect();
            tally.repeated += got.len() - unique.len();
            tally.lost += ids.difference(&unique).count();
            tally.strangers += unique.difference(ids).count();
        }
        tally.strangers += found.values().map(Vec::len).sum::<usize>();
        tally.gaps = self.value(
            "SELECT count(*) FROM subscriptions s WHERE s.delivered <> (SELECT count(*) FROM \
             deliveries d WHERE d.subscription_id = s.id) OR s.delivered <> (SELECT \
             coalesce(max(position), 0) FROM deliveries d WHERE d.subscription_id = s.id)",
        );
        tally
    }

    /// `stripe-connector fleet` on this fleet, with `args` after it.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = binary();
        command
            .env("DATABASE_URL", &self.url)
            .env("STRIPE_FLEET_KEK", KEK)
            .args(["fleet", "--schema", &self.schema])
            .args(args);
        command
    }

    /// `stripe-connector fleet worker` on this fleet, named `name`, with `args` after it.
    pub fn worker(&self, name: &str, args: &[&str]) -> Command {
        let mut command = self.command(&["worker", "--name", name]);
        command.args(args);
        command
    }
}

/// The ids each (connection, trigger) should deliver.
pub type Expected = HashMap<(String, &'static str), HashSet<String>>;

/// What the table `deliveries` holds against what was expected.
#[derive(Debug, Default)]
pub struct Tally {
    /// Its rows.
    pub rows: usize,
    /// Expected objects it lacks.
    pub lost: usize,
    /// Rows that repeat an object of the same subscription.
    pub repeated: usize,
    /// Objects delivered that were not expected there.
    pub strangers: usize,
    /// Subscriptions whose positions are not 1, 2, … up to their count.
    pub gaps: i64,
}

/// Creates objects on a fake Stripe as any key, through its faults: each creation carries an
/// idempotency key and is tried until it answers, so it happens exactly once.
#[derive(Clone)]
pub struct Creator {
    http: reqwest::Client,
    base_url: String,
}

impl Creator {
    /// A creator on the fake at `base_url`.
    pub fn new(base_url: &str) -> Self {
        let http = stripe_connector::client_builder()
            .build()
            .expect("a client");
        Self {
            http,
            base_url: base_url.to_string(),
        }
    }

    /// Creates an object of the trigger named `trigger` (`OnNewCustomer`, `customer`...) as
    /// `key`, with the fake's example form for its list; returns its id. An invoice item goes to
    /// customer `customer`.
    pub async fn create(&self, key: &str, trigger: &str, customer: &str) -> String {
        let path = trigger_named(trigger).info().path;
        let form = fake_stripe::example_form(path, customer)
            .unwrap_or_else(|| panic!("the fake creates no objects on {path}"));
        let idempotency = format!("{:032x}", fastrand::u128(..));
        for _ in 0..50 {
            let sent = self
                .http
                .post(format!("{}{path}", self.base_url))
                .bearer_auth(key)
                .header("idempotency-key", &idempotency)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(form.clone())
                .send()
                .await;
            if let Ok(response) = sent
                && response.status().is_success()
                && let Ok(object) = response.json::<serde_json::Value>().await
            {
                return object["id"].as_str().expect("an id").to_string();
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("could not create on {path} in 50 tries");
    }
}
