//! Comparing schemas: component schemas by name, their fields by property name, and any schema
//! written in place (a parameter's, a field's) facet by facet.

use indexmap::IndexSet;
use openapiv3::{ObjectType, OpenAPI, ReferenceOr, Schema};

use super::report::{Change, ChangeKind, Group, GroupKind, Verdict, breaking, fine};
use super::shape::{Base, Bound, Limit, Shape, format_changes_type};
use super::usage::{Usage, Usages};
use spec_model::Spec;
use spec_model::names;

const REFUSES: &str = "the new spec may refuse requests the old one accepted";
const SENDS_MORE: &str = "responses may hold values the old spec ruled out";
const GAINS_OPTION: &str = "the field becomes an `Option`";
const LOSES_OPTION: &str = "the field is no longer an `Option`";

/// Where a compared schema sits.
#[derive(Clone, Debug)]
pub(crate) struct Place {
    /// Sent, received, or both.
    pub usage: Usage,
    /// The Rust item, such as `types::Customer::email`.
    pub item: String,
    /// How the report names it, such as ``field `email` ``.
    pub subject: String,
    /// The type typify gives anything written in place here, such as `CustomerEmail`.
    pub type_name: String,
    /// Prefix of nested field names (`address.`), empty at the top of a schema.
    pub prefix: String,
    /// Whether it is required, in the old and the new spec.
    pub required: (bool, bool),
}

impl Place {
    /// The place of a whole component schema.
    fn schema(name: &str, usage: Usage) -> Self {
        Place {
            usage,
            item: format!("types::{}", names::type_name(name)),
            subject: "schema".to_string(),
            type_name: names::type_name(name),
            prefix: String::new(),
            required: (true, true),
        }
    }

    /// The place of one field of the object at this place.
    fn field(&self, name: &str, required: (bool, bool)) -> Self {
        let path = format!("{}{name}", self.prefix);
        Place {
            usage: self.usage,
            item: format!("types::{}::{}", self.type_name, names::field(name)),
            subject: format!("field `{path}`"),
            type_name: format!("{}{}", self.type_name, names::type_name(name)),
            prefix: format!("{path}."),
            required,
        }
    }

    /// The place of the items of the array at this place.
    fn items(&self) -> Self {
        Place {
            subject: format!("{} items", self.subject),
            type_name: format!("{}Item", self.type_name),
            required: (true, true),
            ..self.clone()
        }
    }

    fn change(&self, kind: ChangeKind, detail: String, verdict: Verdict) -> Change {
        Change::new(kind, self.subject.clone(), detail, &self.item, verdict)
    }
}

/// A component schema by name.
pub(crate) fn component<'a>(openapi: &'a OpenAPI, name: &str) -> Option<&'a Schema> {
    openapi.components.as_ref()?.schemas.get(name)?.as_item()
}

fn names(openapi: &OpenAPI) -> impl Iterator<Item = &str> {
    openapi
        .components
        .iter()
        .flat_map(|c| c.schemas.keys().map(String::as_str))
}

/// One group per component schema that changed, new schemas in the new order, removed last.
pub(crate) fn compare(old: &Spec, new: &Spec, usages: &Usages) -> Vec<Group> {
    let all: IndexSet<&str> = names(&new.openapi).chain(names(&old.openapi)).collect();
    all.into_iter()
        .map(|name| {
            let usage = usages.get(name);
            let mut group = Group::new(GroupKind::Schema, name, usage.describe().to_string());
            let place = Place::schema(name, usage);
            let (old, new) = (component(&old.openapi, name), component(&new.openapi, name));
            group.changes = compare_component(&place, old, new);
            group
        })
        .collect()
}

fn compare_component(place: &Place, old: Option<&Schema>, new: Option<&Schema>) -> Vec<Change> {
    let mut out = Vec::new();
    match (old, new) {
        (None, Some(new)) => out.push(place.change(
            ChangeKind::Added,
            Shape::of_schema(new).describe(),
            fine("a new type"),
        )),
        (Some(_), None) => out.push(place.change(
            ChangeKind::Removed,
            String::new(),
            breaking("code that names the type no longer compiles"),
        )),
        (Some(old), Some(new)) => compare_shape(
            place,
            &Shape::of_schema(old),
            &Shape::of_schema(new),
            &mut out,
        ),
        (None, None) => {}
    }
    out
}

/// Compares two shapes at one place: type first, and the details only when the type is the same.
pub(crate) fn compare_shape(place: &Place, old: &Shape, new: &Shape, out: &mut Vec<Change>) {
    match (old.base, new.base) {
        (Base::Array(_), Base::Array(_)) => {
            if let (Some(old), Some(new)) = (old.items(), new.items()) {
                compare_shape(&place.items(), &old, &new, out);
            }
        }
        (Base::Object(old), Base::Object(new)) => compare_properties(place, old, new, out),
        (a, b) if a.label() == b.label() => {}
        _ => {
            let detail = format!("type: {} → {}", old.describe(), new.describe());
            out.push(place.change(ChangeKind::Changed, detail, breaking_type()));
            return;
        }
    }
    compare_format(place, old, new, out);
    compare_nullable(place, old, new, out);
    compare_enum(place, old, new, out);
    compare_open(place, old, new, out);
    compare_default(place, old, new, out);
    compare_limits(place, old, new, out);
}

fn breaking_type() -> Verdict {
    breaking("the Rust type changes")
}

fn compare_properties(place: &Place, old: &ObjectType, new: &ObjectType, out: &mut Vec<Change>) {
    let all: IndexSet<&String> = new.properties.keys().chain(old.properties.keys()).collect();
    for name in all {
        let required = (old.required.contains(name), new.required.contains(name));
        let field = place.field(name, required);
        match (old.properties.get(name), new.properties.get(name)) {
            (None, Some(new)) => out.push(added_field(&field, &Shape::of(new))),
            (Some(_), None) => out.push(removed_field(&field)),
            (Some(old), Some(new)) => compare_field(&field, &Shape::of(old), &Shape::of(new), out),
            (None, None) => {}
        }
    }
}

fn removed_field(place: &Place) -> Change {
    let verdict = place.usage.judge(
        Some("code that sets it no longer compiles"),
        Some("code that reads it no longer compiles"),
        "",
    );
    place.change(ChangeKind::Removed, String::new(), verdict)
}

fn added_field(place: &Place, shape: &Shape) -> Change {
    let required = place.required.1;
    let word = if required { "required" } else { "optional" };
    let verdict = place.usage.judge(
        required.then_some("every caller must now set it"),
        None,
        if required {
            "a new field"
        } else {
            "a new optional field"
        },
    );
    let detail = format!("{word} {}", shape.describe());
    place.change(ChangeKind::Added, detail, verdict)
}

/// The Rust field is an `Option` when it may be null, or may be absent with no default.
fn is_option(shape: &Shape, required: bool) -> bool {
    shape.nullable || (!required && shape.default.is_none() && !shape.is_array())
}

/// What happens to the `Option` around a response field, if anything.
fn option_change(place: &Place, old: &Shape, new: &Shape) -> Option<&'static str> {
    let before = is_option(old, place.required.0);
    let after = is_option(new, place.required.1);
    match (before, after) {
        (false, true) => Some(GAINS_OPTION),
        (true, false) => Some(LOSES_OPTION),
        _ => None,
    }
}

fn compare_field(place: &Place, old: &Shape, new: &Shape, out: &mut Vec<Change>) {
    let (was, is) = place.required;
    if was != is {
        let option = option_change(place, old, new);
        let verdict = if is {
            place.usage.judge(
                Some("every caller must now set it"),
                option,
                "Stripe now always sends it",
            )
        } else {
            let why = option.map_or(
                "Stripe may leave it out",
                |_| "Stripe may leave it out, and the field becomes an `Option`",
            );
            place
                .usage
                .judge(None, Some(why), "callers may leave it out")
        };
        let detail = if is { "now required" } else { "now optional" };
        out.push(place.change(ChangeKind::Changed, detail.to_string(), verdict));
    }
    compare_shape(place, old, new, out);
}

fn compare_format(place: &Place, old: &Shape, new: &Shape, out: &mut Vec<Change>) {
    if old.format == new.format {
        return;
    }
    let (before, after) = (old.format.as_deref(), new.format.as_deref());
    let verdict = if format_changes_type(before) || format_changes_type(after) {
        breaking_type()
    } else {
        let (tighter, looser) = tightness(before.is_some(), after.is_some());
        judge_bounds(place, tighter, looser)
    };
    let detail = format!("format: {} → {}", or_none(before), or_none(after));
    out.push(place.change(ChangeKind::Changed, detail, verdict));
}

fn or_none(value: Option<&str>) -> &str {
    value.unwrap_or("none")
}

/// Whether going from `before` to `after` refuses more (tighter) or allows more (looser).
fn tightness(before: bool, after: bool) -> (bool, bool) {
    match (before, after) {
        (false, true) => (true, false),
        (true, false) => (false, true),
        _ => (true, true),
    }
}

fn judge_bounds(place: &Place, tighter: bool, looser: bool) -> Verdict {
    let otherwise = if tighter {
        "Stripe promises narrower values than before"
    } else {
        "callers may send more than before"
    };
    place.usage.judge(
        tighter.then_some(REFUSES),
        looser.then_some(SENDS_MORE),
        otherwise,
    )
}

fn compare_nullable(place: &Place, old: &Shape, new: &Shape, out: &mut Vec<Change>) {
    if old.nullable == new.nullable {
        return;
    }
    let option = option_change(place, old, new);
    let (detail, verdict) = if new.nullable {
        let why = option.map_or(
            "Stripe may send null",
            |_| "Stripe may send null, and the field becomes an `Option`",
        );
        let verdict = place
            .usage
            .judge(None, Some(why), "callers may now send null");
        ("now nullable", verdict)
    } else {
        let verdict = place.usage.judge(
            Some("callers can no longer send null"),
            option,
            "Stripe no longer sends null",
        );
        ("no longer nullable", verdict)
    };
    out.push(place.change(ChangeKind::Changed, detail.to_string(), verdict));
}

fn compare_enum(place: &Place, old: &Shape, new: &Shape, out: &mut Vec<Change>) {
    match (&old.enumeration, &new.enumeration) {
        (None, None) => {}
        (Some(old), Some(new)) => compare_values(place, old, new, out),
        (before, after) => {
            let detail = format!("enum: {} → {}", list(before), list(after));
            out.push(place.change(ChangeKind::Changed, detail, breaking_type()));
        }
    }
}

/// An enum opened or closed with `x-open-enum`: either way its Rust type changes.
fn compare_open(place: &Place, old: &Shape, new: &Shape, out: &mut Vec<Change>) {
    let (detail, why) = match (old.open, new.open) {
        (false, true) => (
            "now open (x-open-enum)",
            "the enum gains the variant `Other` and is no longer `Copy`",
        ),
        (true, false) => (
            "no longer open (x-open-enum)",
            "a value the spec does not list no longer decodes, and code that names `Other` no longer compiles",
        ),
        _ => return,
    };
    out.push(place.change(ChangeKind::Changed, detail.to_string(), breaking(why)));
}

fn list(values: &Option<Vec<String>>) -> String {
    values
        .as_ref()
        .map_or("none".to_string(), |v| format!("[{}]", v.join(", ")))
}

fn compare_values(place: &Place, old: &[String], new: &[String], out: &mut Vec<Change>) {
    let variant = |value: &str| {
        let subject = format!("enum value `{value}` of {}", place.subject);
        let item = format!("types::{}::{}", place.type_name, names::variant(value));
        (subject, item)
    };
    for value in old.iter().filter(|v| !new.contains(v)) {
        let (subject, item) = variant(value);
        let verdict = place.usage.judge(
            Some("callers can no longer send it, and code that names it no longer compiles"),
            Some("code that names the variant no longer compiles"),
            "",
        );
        out.push(Change::new(
            ChangeKind::Removed,
            subject,
            "",
            &item,
            verdict,
        ));
    }
    for value in new.iter().filter(|v| !old.contains(v)) {
        let (subject, item) = variant(value);
        let verdict = place.usage.judge(
            None,
            Some("responses may hold it, and exhaustive `match`es miss the new variant"),
            "callers may send a new value",
        );
        out.push(Change::new(ChangeKind::Added, subject, "", &item, verdict));
    }
}

fn compare_default(place: &Place, old: &Shape, new: &Shape, out: &mut Vec<Change>) {
    if old.default == new.default {
        return;
    }
    let text = |v: Option<&serde_json::Value>| v.map_or("none".to_string(), |v| v.to_string());
    let detail = format!("default: {} → {}", text(old.default), text(new.default));
    let request = old
        .default
        .is_some()
        .then_some("callers who leave it out now send something else");
    let option = option_change(place, old, new);
    let verdict = place.usage.judge(
        request,
        option,
        "the default only fills in a value left out",
    );
    out.push(place.change(ChangeKind::Changed, detail, verdict));
}

fn compare_limits(place: &Place, old: &Shape, new: &Shape, out: &mut Vec<Change>) {
    let all = old.limits.iter().chain(&new.limits);
    let keywords: IndexSet<&str> = all.map(|l| l.keyword).collect();
    for keyword in keywords {
        let find = |shape: &Shape| shape.limits.iter().find(|l| l.keyword == keyword).cloned();
        let (before, after) = (find(old), find(new));
        if before == after {
            continue;
        }
        let (tighter, looser) = limit_tightness(before.as_ref(), after.as_ref());
        let text = |l: &Option<Limit>| l.as_ref().map_or("none".to_string(), |l| l.text.clone());
        let detail = format!("{keyword}: {} → {}", text(&before), text(&after));
        let verdict = match integer_type(old) != integer_type(new) {
            true => breaking_type(),
            false => judge_bounds(place, tighter, looser),
        };
        out.push(place.change(ChangeKind::Changed, detail, verdict));
    }
}

/// The Rust integer typify picks from the bounds: `NonZeroU64` for `minimum: 1`, `u64` for
/// `minimum: 0` with no maximum, `i64` otherwise.
fn integer_type(shape: &Shape) -> Option<&'static str> {
    if !matches!(shape.base, Base::Scalar("integer")) || shape.format.is_some() {
        return None;
    }
    let bound = |keyword| shape.limits.iter().find(|l| l.keyword == keyword);
    Some(
        match (bound("minimum").map(|l| l.value), bound("maximum")) {
            (Some(1.0), _) => "NonZeroU64",
            (Some(0.0), None) => "u64",
            _ => "i64",
        },
    )
}

fn limit_tightness(before: Option<&Limit>, after: Option<&Limit>) -> (bool, bool) {
    match (before, after) {
        (Some(a), Some(b)) => match a.bound {
            Bound::Lower => (b.value > a.value, b.value < a.value),
            Bound::Upper => (b.value < a.value, b.value > a.value),
            Bound::Rule => (true, true),
        },
        (before, after) => tightness(before.is_some(), after.is_some()),
    }
}

/// Compares a schema written in place, or a `$ref`, outside any component: a parameter's or a
/// body's.
pub(crate) fn compare_refs(
    place: &Place,
    old: &ReferenceOr<Schema>,
    new: &ReferenceOr<Schema>,
    out: &mut Vec<Change>,
) {
    compare_field(place, &Shape::of(old), &Shape::of(new), out);
}

/// The place of a parameter or a body, for [`compare_refs`].
pub(crate) fn place(
    usage: Usage,
    item: String,
    subject: String,
    type_name: String,
    required: (bool, bool),
) -> Place {
    Place {
        usage,
        item,
        subject,
        type_name,
        prefix: String::new(),
        required,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(keyword: &'static str, bound: Bound, value: f64) -> Limit {
        let text = value.to_string();
        Limit {
            keyword,
            bound,
            value,
            text,
        }
    }

    #[test]
    fn bounds_order_by_direction() {
        let (max8, max4) = (
            limit("maxItems", Bound::Upper, 8.0),
            limit("maxItems", Bound::Upper, 4.0),
        );
        assert_eq!(limit_tightness(Some(&max8), Some(&max4)), (true, false));
        assert_eq!(limit_tightness(Some(&max4), Some(&max8)), (false, true));
        let (min1, min2) = (
            limit("minimum", Bound::Lower, 1.0),
            limit("minimum", Bound::Lower, 2.0),
        );
        assert_eq!(limit_tightness(Some(&min1), Some(&min2)), (true, false));
        assert_eq!(limit_tightness(None, Some(&min1)), (true, false));
        assert_eq!(limit_tightness(Some(&min1), None), (false, true));
    }

    #[test]
    fn usage_decides_the_direction_that_counts() {
        let why = |usage: Usage| usage.judge(Some("request"), None, "fine");
        assert_eq!(why(Usage::REQUEST), (true, "request".to_string()));
        assert_eq!(why(Usage::RESPONSE), (false, "fine".to_string()));
        assert_eq!(why(Usage::default()), (true, "request".to_string()));
    }
}
