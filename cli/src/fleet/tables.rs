//! `fleet connections`, `fleet subscriptions` and `fleet status`: aligned tables for people,
//! one word or number per cell (free text, such as an error, only in the last column), or JSON
//! for scripts: one object per line for the lists, one document for the status.

use std::io::Write;

use serde_json::{Value, json};
use stripe_connector_fleet::{ConnectionInfo, Fleet, Status, SubscriptionInfo};

use super::Listing;
use crate::fail::Failure;
use crate::output;

/// Lists the subscriptions.
pub async fn subscriptions(fleet: &Fleet, listing: Listing) -> Result<(), Failure> {
    let all = fleet.subscriptions().await?;
    if listing.json {
        return lines(all.iter().map(subscription_json).collect());
    }
    let rows = all
        .iter()
        .map(|s| {
            vec![
                s.id.to_string(),
                s.connection.clone(),
                s.trigger.name().to_string(),
                subscription_state(s.paused, s.parked.is_some(), s.failures).to_string(),
                s.delivered.to_string(),
                s.polls.to_string(),
                s.watermark.map_or("-".to_string(), |w| w.to_string()),
                s.failures.to_string(),
                s.last_error.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let head = [
        "ID",
        "CONNECTION",
        "TRIGGER",
        "STATE",
        "DELIVERED",
        "POLLS",
        "WATERMARK",
        "FAILURES",
        "LAST_ERROR",
    ];
    print_table(&head, rows)
}

/// Lists the connections; never a key.
pub async fn connections(fleet: &Fleet, listing: Listing) -> Result<(), Failure> {
    let all = fleet.connections().await?;
    if listing.json {
        return lines(all.iter().map(connection_json).collect());
    }
    let rows = all
        .iter()
        .map(|c| {
            vec![
                c.id.to_string(),
                c.name.clone(),
                connection_state(c.parked.is_some()).to_string(),
                c.throttle.map_or("off".to_string(), |rule| {
                    format!("{}/{}", rule.calls, rule.period.as_secs_f64())
                }),
                c.key_kind.clone(),
                c.base_url.clone(),
                c.parked.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let head = [
        "ID",
        "NAME",
        "STATE",
        "THROTTLE",
        "KEY",
        "BASE_URL",
        "PARKED_BECAUSE",
    ];
    print_table(&head, rows)
}

/// Where every connection and subscription stands.
pub async fn status(fleet: &Fleet, listing: Listing) -> Result<(), Failure> {
    let status = fleet.status().await?;
    if listing.json {
        return output::print(&status);
    }
    print_connection_status(&status)?;
    println!();
    print_subscription_status(&status)
}

fn print_connection_status(status: &Status) -> Result<(), Failure> {
    let rows = status
        .connections
        .iter()
        .map(|c| {
            let rule = match c.rule_calls {
                0 => "off".to_string(),
                calls => format!("{calls}/{}", c.rule_period_seconds),
            };
            let hooks = c.webhooks.as_ref();
            let endpoint = hooks.map_or("-", |w| w.endpoint.as_deref().unwrap_or("given"));
            let reconciled = hooks
                .and_then(|w| w.reconciled_seconds_ago)
                .map_or("-".to_string(), |s| format!("{s:.0}"));
            let why = match (&c.parked, hooks.and_then(|w| w.last_error.as_ref())) {
                (Some(parked), _) => parked.clone(),
                (None, Some(error)) => format!("reconciliation: {error}"),
                (None, None) => String::new(),
            };
            vec![
                c.name.clone(),
                connection_state(c.parked.is_some()).to_string(),
                c.calls_last_60s.to_string(),
                rule,
                endpoint.to_string(),
                reconciled,
                why,
            ]
        })
        .collect();
    let head = [
        "CONNECTION",
        "STATE",
        "CALLS_60S",
        "RULE",
        "WEBHOOKS",
        "RECONCILED_S",
        "PROBLEM",
    ];
    print_table(&head, rows)
}

fn print_subscription_status(status: &Status) -> Result<(), Failure> {
    let seconds = |s: Option<f64>| s.map_or("-".to_string(), |s| format!("{s:.0}"));
    let rows = status
        .subscriptions
        .iter()
        .map(|s| {
            vec![
                s.id.to_string(),
                s.connection.clone(),
                s.trigger.to_string(),
                subscription_state(s.paused, s.parked, s.failures).to_string(),
                seconds(s.watermark_age_seconds),
                s.unacknowledged.to_string(),
                seconds(s.failing_for_seconds),
                s.last_error.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let head = [
        "ID",
        "CONNECTION",
        "TRIGGER",
        "STATE",
        "LAG_S",
        "UNACKED",
        "FAILING_S",
        "LAST_ERROR",
    ];
    print_table(&head, rows)
}

/// One word for a subscription's state.
fn subscription_state(paused: bool, parked: bool, failures: i32) -> &'static str {
    match (paused, parked, failures) {
        (true, _, _) => "paused",
        (_, true, _) => "parked",
        (_, _, 0) => "active",
        _ => "failing",
    }
}

/// One word for a connection's state.
fn connection_state(parked: bool) -> &'static str {
    if parked { "parked" } else { "active" }
}

fn subscription_json(s: &SubscriptionInfo) -> Value {
    json!({
        "id": s.id,
        "connection": s.connection,
        "trigger": s.trigger.name(),
        "state": subscription_state(s.paused, s.parked.is_some(), s.failures),
        "delivered": s.delivered,
        "polls": s.polls,
        "watermark": s.watermark.map(i64::from),
        "failures": s.failures,
        "last_error": s.last_error,
        "parked_because": s.parked,
    })
}

fn connection_json(c: &ConnectionInfo) -> Value {
    json!({
        "id": c.id,
        "name": c.name,
        "state": connection_state(c.parked.is_some()),
        "throttle": c.throttle.map(|rule| json!({
            "calls": rule.calls,
            "period_seconds": rule.period.as_secs_f64(),
        })),
        "key_kind": c.key_kind,
        "base_url": c.base_url,
        "parked_because": c.parked,
    })
}

fn lines(values: Vec<Value>) -> Result<(), Failure> {
    output::print_lines(&values)
        .map_err(|e| Failure::Local(format!("cannot write to standard output: {e}")))
}

/// Prints `rows` under `head`, each column as wide as its widest cell, two spaces apart; the
/// last column is not padded.
fn print_table(head: &[&str], rows: Vec<Vec<String>>) -> Result<(), Failure> {
    let head: Vec<String> = head.iter().map(ToString::to_string).collect();
    let mut widths: Vec<usize> = head.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut text = String::new();
    for row in std::iter::once(&head).chain(&rows) {
        let last = row.len().saturating_sub(1);
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, cell)| match i == last {
                true => cell.replace('\n', " "),
                false => format!("{cell:<width$}", width = widths[i]),
            })
            .collect();
        text.push_str(cells.join("  ").trim_end());
        text.push('\n');
    }
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| Failure::Local(format!("cannot write to standard output: {e}")))
}
