//! What the fleet's command-line tests share: a fleet in a schema of its own (dropped after),
//! the `fleet worker` command pointed at it, and objects created on the fake with retries that
//! survive its faults.

use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use stripe_connector_fleet::{Database, Fleet, KeyEncryptionKey, TriggerKind};
use tokio::runtime::Runtime;

use super::binary;

/// The key-encryption key of the tests.
pub const KEK: &str = "5e0c2a7b9d1f3e4a6b8c0d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a";

/// A fleet in a schema of its own, with a client for the checks, dropped with the schema.
pub struct Db {
    pub runtime: Runtime,
    pub fleet: Fleet,
    pub client: tokio_postgres::Client,
    pub url: String,
    pub schema: String,
}

/// A fleet in a fresh schema of the database at `DATABASE_URL` (or the machine's test
/// database), or `None` with the reason printed when none answers and `FLEET_REQUIRE_DATABASE`
/// is not set.
pub fn db() -> Option<Db> {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let url = std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_string());
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let schema = format!("fleet_cli_{}_{nanos}_{n}", std::process::id());
    let runtime = Runtime::new().expect("a tokio runtime");
    let opened = runtime.block_on(async {
        let fleet = Fleet::open(Database::new(&url, &schema)?, 8).await?;
        let client = connect(&url, Some(&schema)).await?;
        Ok::<_, Box<dyn std::error::Error>>((fleet, client))
    });
    match opened {
        Ok((fleet, client)) => Some(Db {
            runtime,
            fleet,
            client,
            url,
            schema,
        }),
        Err(error) if std::env::var_os("FLEET_REQUIRE_DATABASE").is_some() => {
            panic!(
                "FLEET_REQUIRE_DATABASE is set, but PostgreSQL at {url} does not answer: {error}"
            )
        }
        Err(error) => {
            eprintln!(
                "skipped: no PostgreSQL at {url} ({error}); set DATABASE_URL to one to run this test"
            );
            None
        }
    }
}

/// A client of the database at `url`, on `schema` when given.
async fn connect(
    url: &str,
    schema: Option<&str>,
) -> Result<tokio_postgres::Client, tokio_postgres::Error> {
    let mut config: tokio_postgres::Config = url.parse()?;
    if let Some(schema) = schema {
        config.options(format!("-c search_path={schema}"));
    }
    let (client, connection) = config.connect(tokio_postgres::NoTls).await?;
    tokio::spawn(connection);
    Ok(client)
}

impl Db {
    /// The test key-encryption key.
    pub fn kek(&self) -> KeyEncryptionKey {
        KeyEncryptionKey::from_hex(KEK).expect("a valid key")
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

impl Drop for Db {
    fn drop(&mut self) {
        let dropped = self.runtime.block_on(async {
            let client = connect(&self.url, None).await?;
            client
                .batch_execute(&format!("DROP SCHEMA {} CASCADE", self.schema))
                .await
        });
        if let Err(error) = dropped {
            eprintln!("could not drop the test schema {}: {error}", self.schema);
        }
    }
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

/// The spec's trigger named `name` (`customer` or `OnNewCustomer`).
pub fn trigger_named(name: &str) -> TriggerKind {
    TriggerKind::from_name(name).unwrap_or_else(|e| panic!("{e}"))
}
