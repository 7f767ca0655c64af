//! Comparing the connector metadata: the Stripe API version, the throttle, the poll interval and
//! the triggers (by name).

use indexmap::{IndexMap, IndexSet};

use super::report::{Change, ChangeKind, Group, GroupKind, Verdict, breaking, fine};
use spec_model::{Connector, Spec, Trigger};

/// The connector group (empty when nothing changed).
pub(crate) fn compare(old: &Spec, new: &Spec) -> Group {
    let mut group = Group::new(GroupKind::Connector, "", String::new());
    settings(&old.connector, &new.connector, &mut group.changes);
    triggers(&old.triggers, &new.triggers, &mut group.changes);
    group
}

fn changed(subject: &str, detail: String, item: &str, verdict: Verdict) -> Change {
    Change::new(ChangeKind::Changed, subject, detail, item, verdict)
}

fn settings(old: &Connector, new: &Connector, out: &mut Vec<Change>) {
    if old.stripe_version != new.stripe_version {
        let detail = format!("{} → {}", old.stripe_version, new.stripe_version);
        let why = "every request is pinned to another API version, whose objects differ";
        out.push(changed(
            "Stripe API version",
            detail,
            "connector::STRIPE_VERSION",
            breaking(why),
        ));
    }
    let (calls, period) = (old.throttle_calls, old.throttle_period_seconds);
    let (new_calls, new_period) = (new.throttle_calls, new.throttle_period_seconds);
    if (calls, period) != (new_calls, new_period) {
        let detail = format!("{calls} calls per {period} s → {new_calls} calls per {new_period} s");
        // Fewer calls per second: new_calls / new_period < calls / period.
        let verdict = if u64::from(new_calls) * period < u64::from(calls) * new_period {
            breaking("the connector allows fewer calls per second")
        } else {
            fine("the connector allows at least as many calls per second")
        };
        out.push(changed("throttle", detail, "connector::THROTTLE", verdict));
    }
    if old.poll_interval_seconds != new.poll_interval_seconds {
        let detail = format!(
            "{} s → {} s",
            old.poll_interval_seconds, new.poll_interval_seconds
        );
        let why = "only how often triggers poll unless told otherwise";
        out.push(changed(
            "poll interval",
            detail,
            "connector::POLL_INTERVAL",
            fine(why),
        ));
    }
}

fn triggers(old: &[Trigger], new: &[Trigger], out: &mut Vec<Change>) {
    let by_name = |ts: &[Trigger]| -> IndexMap<String, Trigger> {
        ts.iter().map(|t| (t.name.clone(), t.clone())).collect()
    };
    let (before, after) = (by_name(old), by_name(new));
    let names: IndexSet<&String> = after.keys().chain(before.keys()).collect();
    for name in names {
        let item = format!("triggers::{}", spec_model::names::type_name(name));
        let subject = format!("trigger `{name}`");
        match (before.get(name), after.get(name)) {
            (None, Some(t)) => {
                let detail = format!("polls `{}`, delivers `{}`", t.operation.id, t.item_schema);
                out.push(Change::new(
                    ChangeKind::Added,
                    subject,
                    detail,
                    &item,
                    fine("a new trigger"),
                ));
            }
            (Some(_), None) => {
                let why = "code that names the trigger no longer compiles";
                out.push(Change::new(
                    ChangeKind::Removed,
                    subject,
                    "",
                    &item,
                    breaking(why),
                ));
            }
            (Some(old), Some(new)) => trigger(&subject, &item, old, new, out),
            (None, None) => {}
        }
    }
}

fn trigger(subject: &str, item: &str, old: &Trigger, new: &Trigger, out: &mut Vec<Change>) {
    let (old_events, new_events) = (old.events.join(", "), new.events.join(", "));
    let facets: [(&str, &str, &str, Verdict); 6] = [
        (
            "operation",
            &old.operation.id,
            &new.operation.id,
            breaking("the trigger polls another operation"),
        ),
        (
            "item",
            &old.item_schema,
            &new.item_schema,
            breaking("`Trigger::Item` changes type"),
        ),
        (
            "page",
            &old.page_schema,
            &new.page_schema,
            breaking("`Trigger::Page` changes type"),
        ),
        (
            "created-field",
            &old.created_field,
            &new.created_field,
            fine("the trigger keeps its place by another field of the same items"),
        ),
        (
            "summary",
            &old.summary,
            &new.summary,
            fine("documentation and `connector::TRIGGERS` only"),
        ),
        (
            "events",
            &old_events,
            &new_events,
            fine("webhooks of other types announce the trigger's objects"),
        ),
    ];
    for (facet, before, after, verdict) in facets {
        if before != after {
            let detail = format!("{facet}: {before:?} → {after:?}");
            out.push(changed(subject, detail, item, verdict));
        }
    }
}
