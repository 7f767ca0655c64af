//! Versioned migrations, run on start: each is applied once, in order, in one transaction per
//! run under an advisory lock, so that workers starting together never apply one twice.

use deadpool_postgres::Client;

use crate::Error;

/// The migrations, in order: (version, name, SQL). A released migration is never edited; a
/// change to the schema is a new one at the end.
const MIGRATIONS: &[(i32, &str, &str)] = &[
    (1, "fleet", include_str!("migrations/0001_fleet.sql")),
    (2, "leases", include_str!("migrations/0002_leases.sql")),
    (
        3,
        "operations",
        include_str!("migrations/0003_operations.sql"),
    ),
    (4, "webhooks", include_str!("migrations/0004_webhooks.sql")),
    (
        5,
        "unleased calls",
        include_str!("migrations/0005_unleased_calls.sql"),
    ),
    (
        6,
        "reconciliation parts",
        include_str!("migrations/0006_reconciliation_parts.sql"),
    ),
];

/// Brings `schema` up to the latest version; returns the versions it applied (none when it was
/// up to date already).
pub(crate) async fn migrate(client: &mut Client, schema: &str) -> Result<Vec<i32>, Error> {
    let transaction = client.transaction().await?;
    transaction
        .execute("SELECT pg_advisory_xact_lock(hashtext($1))", &[&schema])
        .await?;
    transaction
        .batch_execute(&format!(
            "CREATE SCHEMA IF NOT EXISTS {schema};
             SET LOCAL search_path TO {schema};
             CREATE TABLE IF NOT EXISTS migrations (
                 version    integer PRIMARY KEY,
                 name       text NOT NULL,
                 applied_at timestamptz NOT NULL DEFAULT now()
             );"
        ))
        .await?;
    let applied: Vec<i32> = transaction
        .query("SELECT version FROM migrations", &[])
        .await?
        .iter()
        .map(|row| row.get(0))
        .collect();
    let mut now_applied = Vec::new();
    for (version, name, sql) in MIGRATIONS {
        if applied.contains(version) {
            continue;
        }
        transaction.batch_execute(sql).await?;
        transaction
            .execute(
                "INSERT INTO migrations (version, name) VALUES ($1, $2)",
                &[version, name],
            )
            .await?;
        now_applied.push(*version);
    }
    transaction.commit().await?;
    Ok(now_applied)
}
