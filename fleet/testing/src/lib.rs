//! What the fleet's tests share, in the fleet crate and in the command line's tests alike: a
//! fleet in a scratch schema of the test database, dropped with everything in it afterwards, or
//! a skip that says why when no database answers; the tests' key-encryption key; a trigger of
//! the spec by name.
//!
//! A test skipped for want of a database passes, unless `FLEET_REQUIRE_DATABASE` is set (CI
//! sets it), where it fails. Each skip is also appended as a line to the file named by
//! `STRIPE_CONNECTOR_SKIPPED`, when set, so that a test run can count its skips.

use std::io::Write;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use stripe_connector_fleet::{Database, Fleet, KeyEncryptionKey, TriggerKind};

/// The database tests use unless `DATABASE_URL` says otherwise.
pub const DEFAULT_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

/// The tests' key-encryption key.
pub const KEK: &str = "8f3a6c1d9e2b4f7a0c5d8e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d";

/// A fleet in a schema of its own, dropped with everything in it when this is dropped.
pub struct Scratch {
    /// The fleet, migrated.
    pub fleet: Fleet,
    /// The database's URL.
    pub url: String,
    /// The scratch schema.
    pub schema: String,
}

/// The database URL the tests use: `DATABASE_URL`, else [`DEFAULT_URL`].
pub fn url() -> String {
    std::env::var("DATABASE_URL").unwrap_or_else(|_| DEFAULT_URL.to_string())
}

/// The tests' key-encryption key.
pub fn kek() -> KeyEncryptionKey {
    KeyEncryptionKey::from_hex(KEK).expect("a valid key")
}

/// The spec's trigger named `name` (`customer` or `OnNewCustomer`).
pub fn trigger_named(name: &str) -> TriggerKind {
    TriggerKind::from_name(name).unwrap_or_else(|e| panic!("{e}"))
}

/// A fleet with a pool of `pool` clients in a fresh schema whose name starts with `prefix`, or
/// `None` when no database answers (see the module's comment).
pub async fn scratch(prefix: &str, pool: usize) -> Option<Scratch> {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let url = url();
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let schema = format!("{prefix}_{}_{nanos}_{n}", std::process::id());
    let database = Database::new(&url, &schema).expect("a valid URL and schema");
    match Fleet::open(database, pool).await {
        Ok(fleet) => Some(Scratch { fleet, url, schema }),
        Err(error) => {
            skip(&format!("no PostgreSQL at {url} ({error})"));
            None
        }
    }
}

/// Says that a test is skipped because `why`, or fails it when `FLEET_REQUIRE_DATABASE` is set.
pub fn skip(why: &str) {
    if std::env::var_os("FLEET_REQUIRE_DATABASE").is_some() {
        panic!("FLEET_REQUIRE_DATABASE is set, but {why}");
    }
    eprintln!("skipped: {why}; set DATABASE_URL to a PostgreSQL database to run this test");
    if let Some(path) = std::env::var_os("STRIPE_CONNECTOR_SKIPPED") {
        let logged = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            // One write of the whole line: appends of parallel tests do not interleave.
            .and_then(|mut file| {
                file.write_all(format!("{}\n", why.replace('\n', " ")).as_bytes())
            });
        if let Err(error) = logged {
            eprintln!("could not log the skip: {error}");
        }
    }
}

/// A client of the database at `url`, on `schema` when given; its connection runs on the
/// current tokio runtime.
pub async fn connect(
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

impl Scratch {
    /// A plain client on the scratch schema, for checks the library does not offer.
    pub async fn client(&self) -> tokio_postgres::Client {
        connect(&self.url, Some(&self.schema))
            .await
            .expect("connects")
    }
}

/// Drops the schema from a thread of its own, with a runtime of its own: a test may drop this
/// inside its runtime (an async test) or outside any (a blocking one).
impl Drop for Scratch {
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
