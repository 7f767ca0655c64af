//! Opening the fleet's database: a pool of clients whose search path is the fleet's schema, so
//! that the fleet's tables live in a namespace of their own beside the user's.

use std::str::FromStr;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio_postgres::NoTls;

use crate::Error;

/// The schema the fleet uses unless told otherwise.
pub const DEFAULT_SCHEMA: &str = "stripe_fleet";

/// Where the fleet's tables are: a database URL and a schema in it.
#[derive(Clone)]
pub struct Database {
    pub(crate) config: tokio_postgres::Config,
    pub(crate) schema: String,
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Database")
            .field("hosts", &self.config.get_hosts())
            .field("dbname", &self.config.get_dbname())
            .field("schema", &self.schema)
            .finish_non_exhaustive()
    }
}

impl Database {
    /// The database at `url` (`postgres://user@host:port/db` or `host=… dbname=…`), with the
    /// fleet's tables in `schema` (lower-case letters, digits and `_`, at most 40 characters).
    pub fn new(url: &str, schema: &str) -> Result<Self, Error> {
        check_schema(schema)?;
        let mut config = tokio_postgres::Config::from_str(url).map_err(|e| {
            Error::Input(format!(
                "the database URL does not read ({e}); give one such as \
                 postgres://postgres@127.0.0.1:5432/test"
            ))
        })?;
        config.options(format!("-c search_path={schema}"));
        if config.get_application_name().is_none() {
            config.application_name("stripe-connector-fleet");
        }
        Ok(Self {
            config,
            schema: schema.to_string(),
        })
    }

    /// A pool of at most `size` clients.
    pub(crate) fn pool(&self, size: usize) -> Result<Pool, Error> {
        let manager = Manager::from_config(
            self.config.clone(),
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        Pool::builder(manager)
            .max_size(size.max(1))
            .build()
            .map_err(|e| Error::Input(format!("cannot build the database pool: {e}")))
    }

    /// The channel on which commits announce new deliveries.
    pub(crate) fn channel(&self) -> String {
        format!("{}_deliveries", self.schema)
    }
}

/// A schema name that needs no quoting and leaves room for the channel's suffix.
fn check_schema(schema: &str) -> Result<(), Error> {
    let mut chars = schema.chars();
    let starts_well = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_');
    let rest_ok = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if starts_well && rest_ok && schema.len() <= 40 {
        Ok(())
    } else {
        Err(Error::Input(format!(
            "the schema {schema:?} must be 1 to 40 lower-case letters, digits and _, not \
             starting with a digit"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_names_need_no_quoting() {
        for good in ["stripe_fleet", "_t", "fleet_test_12"] {
            assert!(check_schema(good).is_ok(), "{good}");
        }
        for bad in ["", "1fleet", "Fleet", "a-b", "a;drop", &"x".repeat(41)] {
            assert!(check_schema(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_url_that_does_not_read_is_refused_with_an_example() {
        let error = Database::new("postgres://[::1", "stripe_fleet").expect_err("refused");
        assert!(
            error.to_string().contains("postgres://postgres@"),
            "{error}"
        );
    }
}
