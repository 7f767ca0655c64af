//! The report as plain text for a terminal, or as Markdown to paste into a pull request.

use std::fmt::Write;

use super::report::{Change, Group, GroupKind, Report};

/// How to print a [`Report`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Indented plain text: one line per change, then its Rust item and why.
    #[default]
    Text,
    /// A Markdown section with one table per group.
    Markdown,
}

/// Renders the report.
pub(crate) fn render(report: &Report, format: Format) -> String {
    match format {
        Format::Text => text(report),
        Format::Markdown => markdown(report),
    }
}

/// `3 changes, 1 breaking`, or `no changes`.
fn tally(report: &Report) -> String {
    let count = report.changes().count();
    match count {
        0 => "no changes".to_string(),
        1 => format!("1 change, {} breaking", report.breaking_count()),
        n => format!("{n} changes, {} breaking", report.breaking_count()),
    }
}

fn text(report: &Report) -> String {
    let mut out = format!(
        "spec-diff: {} → {}\n{}\n",
        report.old,
        report.new,
        tally(report)
    );
    for group in &report.groups {
        let _ = write!(out, "\n{}\n", group.heading());
        for change in &group.changes {
            out.push_str(&text_change(change));
        }
    }
    out
}

fn text_change(change: &Change) -> String {
    let flag = if change.breaking { "  [breaking]" } else { "" };
    format!(
        "  {} {}{flag}\n      {}: {}\n",
        change.sign(),
        change.summary(),
        change.item,
        change.reason
    )
}

fn markdown(report: &Report) -> String {
    let mut out = format!("### Spec diff: `{}` → `{}`\n\n", report.old, report.new);
    let tally = tally(report);
    let _ = writeln!(
        out,
        "{}.",
        match report.is_breaking() {
            true => format!("**{tally}**"),
            false => capitalized(&tally),
        }
    );
    for group in &report.groups {
        let _ = write!(out, "\n#### {}\n\n", markdown_heading(group));
        out.push_str("| | Change | Rust item | Breaking |\n|---|---|---|---|\n");
        for change in &group.changes {
            out.push_str(&markdown_row(change));
        }
    }
    out
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn markdown_heading(group: &Group) -> String {
    match group.kind {
        GroupKind::Connector => "Connector".to_string(),
        GroupKind::Operation => format!("Operation `{}` (`{}`)", group.name, group.context),
        GroupKind::Schema => format!("Schema `{}` ({})", group.name, group.context),
        GroupKind::PowerPlatform => {
            format!(
                "Flows on the Power Platform connector (`{}`)",
                group.context
            )
        }
    }
}

fn markdown_row(change: &Change) -> String {
    let verdict = match change.breaking {
        true => format!("**yes**: {}", change.reason),
        false => format!("no: {}", change.reason),
    };
    format!(
        "| {} | {} | `{}` | {} |\n",
        change.sign(),
        cell(&change.summary()),
        change.item,
        cell(&verdict)
    )
}

/// Table cells may not hold `|` or line breaks.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
