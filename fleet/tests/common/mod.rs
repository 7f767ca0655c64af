//! What the fleet's tests share: a fleet in a schema of its own on the test database, dropped
//! afterwards, or a skip with the reason when no database answers.

#![allow(dead_code)] // each test file uses its own part of this module

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use stripe_connector_fleet::{Database, Fleet, KeyEncryptionKey, TriggerKind};

/// The database tests use unless `DATABASE_URL` says otherwise.
pub const DEFAULT_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

/// A key-encryption key for tests.
pub const KEK: &str = "8f3a6c1d9e2b4f7a0c5d8e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d";

/// A fleet in a fresh schema, dropped with everything in it when this is dropped.
pub struct TestFleet {
    pub fleet: Fleet,
    pub url: String,
    pub schema: String,
}

/// The database URL the tests use.
pub fn url() -> String {
    std::env::var("DATABASE_URL").unwrap_or_else(|_| DEFAULT_URL.to_string())
}

/// A fleet in a schema of its own, or `None` (with the reason printed) when no database
/// answers and `FLEET_REQUIRE_DATABASE` is not set; with it set, no database fails the test.
pub async fn fleet(pool: usize) -> Option<TestFleet> {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let url = url();
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let schema = format!(
        "fleet_test_{}_{nanos}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    let database = Database::new(&url, &schema).expect("a valid URL and schema");
    match Fleet::open(database, pool).await {
        Ok(fleet) => Some(TestFleet { fleet, url, schema }),
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

/// The test key-encryption key.
pub fn kek() -> KeyEncryptionKey {
    KeyEncryptionKey::from_hex(KEK).expect("a valid key")
}

impl TestFleet {
    /// A plain client on the test's schema, for checks the library does not offer.
    pub async fn client(&self) -> tokio_postgres::Client {
        connect(&self.url, Some(&self.schema))
            .await
            .expect("connects")
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

impl Drop for TestFleet {
    fn drop(&mut self) {
        let (url, schema) = (self.url.clone(), self.schema.clone());
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            runtime.block_on(async {
                let client = connect(&url, None).await.map_err(std::io::Error::other)?;
                client
                    .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
                    .await
                    .map_err(std::io::Error::other)
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!(
                "could not drop the test schema {}: {dropped:?}",
                self.schema
            );
        }
    }
}

/// The spec's trigger named `name` (`customer` or `OnNewCustomer`).
pub fn trigger_named(name: &str) -> TriggerKind {
    TriggerKind::from_name(name).unwrap_or_else(|e| panic!("{e}"))
}
