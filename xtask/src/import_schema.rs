//! `cargo xtask import-schema <stripe-schema>...`: Stripe's own description of a response object,
//! written as component schemas in the conventions of `spec/stripe.yaml`, ready to paste.
//!
//! It reads Stripe's OpenAPI description of the pinned version ([`STRIPE_OPENAPI_PATH`]) and the
//! spec, takes the named schemas and every schema they contain (following `$ref`s, not
//! expansions), leaves out those the spec already mirrors (`x-stripe-schema`), and prints the
//! rest as YAML. An expandable field points at the component that models its targets: a mirrored
//! object, a `oneOf` group (the spec's own when it has one with the same members), or
//! `StripeObject` when the connector does not model them, which stderr lists.

mod yaml;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use serde_json::{Map, Value, json};
use spec_model::{SPEC_PATH, reference};

/// Stripe's own OpenAPI description of API version 2019-10-08, the version the spec is pinned to.
pub const STRIPE_OPENAPI_PATH: &str = "tests/data/stripe-openapi/spec3.2019-10-08.json";

/// The component for what the connector does not model, kept as JSON.
const ANY: &str = "StripeObject";

/// Component names that are not the Stripe name in PascalCase.
const NAME_OVERRIDES: [(&str, &str); 1] = [("invoiceitem", "InvoiceItem")];

const AFTER_HELP: &str = "\
Each STRIPE_SCHEMA is the name of a schema in components.schemas of Stripe's description,
tests/data/stripe-openapi/spec3.2019-10-08.json: an object such as invoice, sku or plan.

The YAML printed on stdout goes under components.schemas of the spec, as written. It holds the
named schemas and every schema they contain, except those the spec already mirrors (a component
whose x-stripe-schema names it); stderr says which were skipped and which expandable fields were
left as StripeObject, because the connector models none of their targets (import those too to
model them, then run the command again).

Conventions, as in the rest of the spec: the component is the Stripe name in PascalCase
(charge_outcome: ChargeOutcome) with `x-stripe-schema: <name>`; `required` is sorted;
properties come `id` first, then alphabetically, with their type, format, nullability, enum and
description (no maxLength on answers); an expandable field is `x-expandable: true` with
`anyOf: [{type: string}, {$ref: X}]`, X a mirrored object, a oneOf group of several
(CustomerOrDeletedCustomer, PaymentSource; reused when the spec has one with the same members),
or StripeObject.

After pasting: add the operations that answer with the new objects, run `cargo xtask codegen`
and the conformance test (README.md, \"Changing the spec\").

Examples:
  cargo xtask import-schema invoice            # Invoice and the schemas it contains
  cargo xtask import-schema sku --spec my.yaml  # against another copy of the spec

Exit status: 0 on success (even when everything was already mirrored), 2 for an unknown name
or a file that cannot be read.";

/// Options of `cargo xtask import-schema`.
#[derive(clap::Args)]
#[command(after_long_help = AFTER_HELP)]
pub struct Args {
    /// The Stripe schemas to import, by their name in Stripe's description (`invoice`, `sku`).
    #[arg(value_name = "STRIPE_SCHEMA", required = true)]
    names: Vec<String>,
    /// The spec whose components are already there [default: the workspace's spec/stripe.yaml]
    #[arg(long)]
    spec: Option<PathBuf>,
}

/// Imports the named schemas, prints the YAML and the notes, and returns the exit status.
pub fn run(root: &Path, args: &Args) -> anyhow::Result<ExitCode> {
    match import_files(root, args) {
        Ok(import) => {
            print!("{}", import.yaml);
            for note in &import.notes {
                eprintln!("{note}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            eprintln!("error: {error:#}");
            Ok(ExitCode::from(2))
        }
    }
}

/// Reads Stripe's description and the spec, then imports.
fn import_files(root: &Path, args: &Args) -> anyhow::Result<Import> {
    let stripe_path = root.join(STRIPE_OPENAPI_PATH);
    let stripe_text = fs::read_to_string(&stripe_path)
        .with_context(|| format!("reading {}", stripe_path.display()))?;
    let stripe: Value = serde_json::from_str(&stripe_text)
        .with_context(|| format!("reading {}", stripe_path.display()))?;
    let (spec_name, spec_path) = match &args.spec {
        Some(path) => (path.display().to_string(), path.clone()),
        None => (SPEC_PATH.to_string(), root.join(SPEC_PATH)),
    };
    let spec_text =
        fs::read_to_string(&spec_path).with_context(|| format!("reading {spec_name}"))?;
    let spec: Value =
        serde_norway::from_str(&spec_text).with_context(|| format!("reading {spec_name}"))?;
    import(&stripe, &spec, &spec_name, &args.names)
}

/// What an import prints: the YAML of the new components, and notes for the person pasting it.
struct Import {
    /// The new components, indented to go under `components.schemas`; empty when there are none.
    yaml: String,
    /// One line each: what was imported, what was skipped, what was left as `StripeObject`.
    notes: Vec<String>,
}

/// Imports the Stripe schemas `names` (and what they contain) that `spec` does not mirror yet.
fn import(
    stripe: &Value,
    spec: &Value,
    spec_name: &str,
    names: &[String],
) -> anyhow::Result<Import> {
    let schemas = stripe
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .with_context(|| format!("{STRIPE_OPENAPI_PATH} has no components.schemas"))?;
    for name in names {
        if !schemas.contains_key(name) {
            bail!(
                "`{name}` is not a schema of Stripe's description ({STRIPE_OPENAPI_PATH}){}",
                suggestions(name, schemas.keys())
            );
        }
    }
    let mut importer = Importer::new(schemas, spec);
    let (new, skipped) = importer.closure(names);

    let mut components = Map::new();
    for stripe_name in &new {
        let component = importer.component(stripe_name);
        components.insert(importer.name(stripe_name), component);
    }
    for (group, members) in &importer.new_groups {
        components.insert(
            group.clone(),
            group_component(members, |m| importer.name(m)),
        );
    }
    let needs_any = !importer.left_as_any.is_empty() && !importer.spec_components.contains(ANY);
    if needs_any {
        components.insert(
            ANY.to_string(),
            json!({
                "description": "A Stripe object the connector does not model, kept as JSON.",
                "type": "object",
                "additionalProperties": true,
            }),
        );
    }

    let mut notes = Vec::new();
    if !skipped.is_empty() {
        let list: Vec<String> = skipped
            .iter()
            .map(|n| format!("{n} ({})", importer.name(n)))
            .collect();
        notes.push(format!(
            "skipped, already in {spec_name}: {}",
            list.join(", ")
        ));
    }
    if !importer.left_as_any.is_empty() {
        notes.push(format!(
            "left as {ANY} (the connector models none of their targets; import those to model \
             them): {}",
            importer.left_as_any.join(", ")
        ));
    }
    for name in components.keys() {
        if importer.spec_components.contains(name) && name != ANY {
            notes.push(format!(
                "{spec_name} already has a component `{name}` for something else: rename one \
                 before pasting"
            ));
        }
    }
    notes.extend(importer.notes);
    if components.is_empty() {
        notes.push(format!("nothing to import: {spec_name} mirrors all of it"));
        return Ok(Import {
            yaml: String::new(),
            notes,
        });
    }
    let names: Vec<&String> = components.keys().collect();
    let plural = if names.len() == 1 { "" } else { "s" };
    notes.push(format!(
        "{} component{plural} to paste under components.schemas of {spec_name}: {}",
        names.len(),
        names
            .iter()
            .map(|n| n.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let mut lines = Vec::new();
    yaml::emit(&Value::Object(components), 4, &mut lines);
    let mut text = String::new();
    for line in lines {
        writeln!(text, "{line}").expect("writing to a String");
    }
    Ok(Import { yaml: text, notes })
}

/// `; did you mean a, b?` with the Stripe names closest to `name`, or a pointer to the list.
fn suggestions<'a>(name: &str, known: impl Iterator<Item = &'a String>) -> String {
    let name = name.to_lowercase();
    let mut close: Vec<(usize, &String)> = known
        .filter_map(|candidate| {
            let distance = strsim::levenshtein(&name, candidate);
            let near = distance <= (name.len() / 3).max(2)
                || (name.len() >= 3 && candidate.contains(&name));
            near.then_some((distance, candidate))
        })
        .collect();
    close.sort();
    if close.is_empty() {
        return "; its names are the keys of components.schemas there".to_string();
    }
    let close: Vec<&str> = close.iter().take(5).map(|(_, c)| c.as_str()).collect();
    format!("; did you mean {}?", close.join(", "))
}

/// The Stripe name in PascalCase (`charge_outcome`: `ChargeOutcome`), or its override.
fn pascal(name: &str) -> String {
    if let Some((_, component)) = NAME_OVERRIDES.iter().find(|(stripe, _)| *stripe == name) {
        return component.to_string();
    }
    name.split(['_', '.'])
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}

/// A `$ref` to the component `name`.
fn reference(name: &str) -> Value {
    json!({ "$ref": reference::to_schema(name) })
}

/// The Stripe schema a `$ref` of Stripe's description names.
fn ref_name(node: &Value) -> Option<&str> {
    reference::schema_name(node.get("$ref")?.as_str()?)
}

/// Members in the order the spec's groups list them: objects first, `deleted_` ones after.
fn group_order(members: &mut [String]) {
    members.sort_by(|a, b| (a.starts_with("deleted_"), a).cmp(&(b.starts_with("deleted_"), b)));
}

/// A `oneOf` group component of `members` (Stripe names, in [`group_order`]).
fn group_component(members: &[String], name: impl Fn(&str) -> String) -> Value {
    let listed: Vec<String> = members.iter().map(|m| format!("`{m}`")).collect();
    let one_of: Vec<Value> = members.iter().map(|m| reference(&name(m))).collect();
    json!({ "description": format!("One of: {}.", listed.join(", ")), "oneOf": one_of })
}

/// The conversion of Stripe's schemas into the spec's, with what the spec already has.
struct Importer<'a> {
    /// Stripe's `components.schemas`.
    schemas: &'a Map<String, Value>,
    /// Stripe name → the spec's component that mirrors it (`x-stripe-schema`).
    mirrored: BTreeMap<String, String>,
    /// Every component name of the spec.
    spec_components: BTreeSet<String>,
    /// Components that hold one of several objects, by their sorted Stripe names: the spec's
    /// `oneOf` groups of mirrored objects, and the polymorphic schemas this import adds.
    groups: BTreeMap<Vec<String>, String>,
    /// The Stripe schemas this import adds.
    importing: BTreeSet<String>,
    /// Groups this import adds: component name → members in [`group_order`].
    new_groups: BTreeMap<String, Vec<String>>,
    /// Expandable fields pointed at [`ANY`]: `Component.field (targets)`.
    left_as_any: Vec<String>,
    /// Other things the person pasting should know.
    notes: Vec<String>,
}

impl<'a> Importer<'a> {
    /// Reads what the spec already mirrors and groups.
    fn new(schemas: &'a Map<String, Value>, spec: &Value) -> Self {
        let empty = Map::new();
        let components = spec
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let mut mirrored = BTreeMap::new();
        for (component, schema) in components {
            if let Some(stripe) = schema.get("x-stripe-schema").and_then(Value::as_str) {
                mirrored
                    .entry(stripe.to_string())
                    .or_insert_with(|| component.clone());
            }
        }
        let stripe_of: BTreeMap<&String, &String> = mirrored
            .iter()
            .map(|(stripe, component)| (component, stripe))
            .collect();
        let mut groups = BTreeMap::new();
        for (component, schema) in components {
            let Some(one_of) = schema.get("oneOf").and_then(Value::as_array) else {
                continue;
            };
            let members: Option<BTreeSet<String>> = one_of
                .iter()
                .map(|m| {
                    ref_name(m)
                        .and_then(|c| stripe_of.get(&c.to_string()))
                        .map(|s| s.to_string())
                })
                .collect();
            if let Some(members) = members {
                groups.insert(members.into_iter().collect(), component.clone());
            }
        }
        Importer {
            schemas,
            mirrored,
            spec_components: components.keys().cloned().collect(),
            groups,
            importing: BTreeSet::new(),
            new_groups: BTreeMap::new(),
            left_as_any: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// The component of a Stripe schema: the spec's mirror, or its name in PascalCase.
    fn name(&self, stripe: &str) -> String {
        self.mirrored
            .get(stripe)
            .cloned()
            .unwrap_or_else(|| pascal(stripe))
    }

    /// The schemas to add, `roots` first then by name, and the mirrored ones it met.
    fn closure(&mut self, roots: &[String]) -> (Vec<String>, Vec<String>) {
        let mut order: Vec<String> = Vec::new();
        let mut skipped = BTreeSet::new();
        let mut todo: Vec<String> = roots.iter().rev().cloned().collect();
        while let Some(name) = todo.pop() {
            if self.mirrored.contains_key(&name) {
                skipped.insert(name);
                continue;
            }
            let Some(schema) = self.schemas.get(&name) else {
                self.notes.push(format!(
                    "`{name}` is referred to but not described by Stripe"
                ));
                continue;
            };
            if !self.importing.insert(name.clone()) {
                continue;
            }
            let mut contained = BTreeSet::new();
            contained_refs(schema, &mut contained);
            todo.extend(contained.into_iter().rev());
            if let Some(members) = schema.get("anyOf").and_then(Value::as_array) {
                let mut members: Vec<String> = members
                    .iter()
                    .filter_map(ref_name)
                    .map(String::from)
                    .collect();
                members.sort();
                self.groups.entry(members).or_insert_with(|| pascal(&name));
            }
            order.push(name);
        }
        let (mut first, mut rest): (Vec<String>, Vec<String>) =
            order.into_iter().partition(|n| roots.contains(n));
        first.sort_by_key(|n| roots.iter().position(|r| r == n));
        rest.sort();
        first.extend(rest);
        (first, skipped.into_iter().collect())
    }

    /// The component of a Stripe schema: an object, or a `oneOf` for a polymorphic one.
    fn component(&mut self, stripe: &str) -> Value {
        let schema = &self.schemas[stripe];
        let place = self.name(stripe);
        let mut out = Map::new();
        out.insert("x-stripe-schema".into(), json!(stripe));
        if let Some(members) = schema.get("anyOf").and_then(Value::as_array) {
            if let Some(text) = description(schema) {
                out.insert("description".into(), json!(text));
            }
            let one_of: Vec<Value> = members
                .iter()
                .filter_map(ref_name)
                .map(|m| reference(&self.name(m)))
                .collect();
            out.insert("oneOf".into(), Value::Array(one_of));
        } else {
            out.extend(self.object_body(schema, &place));
        }
        Value::Object(out)
    }

    /// An object's description, `type`, sorted `required` and properties (`id` first).
    fn object_body(&mut self, node: &Value, place: &str) -> Map<String, Value> {
        let mut out = Map::new();
        if let Some(text) = description(node) {
            out.insert("description".into(), json!(text));
        }
        out.insert("type".into(), json!("object"));
        let mut required: Vec<&str> = node
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        required.sort_unstable();
        if !required.is_empty() {
            out.insert("required".into(), json!(required));
        }
        let empty = Map::new();
        let properties = node
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let mut keys: Vec<&String> = properties.keys().collect();
        keys.sort_by_key(|k| (*k != "id", *k));
        let mut converted = Map::new();
        for key in keys {
            let value = self.convert(&properties[key], &format!("{place}.{key}"));
            converted.insert(key.clone(), value);
        }
        out.insert("properties".into(), Value::Object(converted));
        out
    }

    /// A property of an answer, as the spec writes it; `place` names it in notes.
    fn convert(&mut self, node: &Value, place: &str) -> Value {
        if let Some(target) = ref_name(node) {
            return reference(&self.name(target));
        }
        let nullable = node.get("nullable").and_then(Value::as_bool) == Some(true);
        let mut out = Map::new();
        if let Some(expansion) = node
            .pointer("/x-expansionResources/oneOf")
            .and_then(Value::as_array)
        {
            let targets: Vec<String> = expansion
                .iter()
                .filter_map(ref_name)
                .map(String::from)
                .collect();
            out.insert("x-expandable".into(), json!(true));
            if nullable {
                out.insert("nullable".into(), json!(true));
            }
            let target = self.target(targets, place);
            out.insert(
                "anyOf".into(),
                json!([{"type": "string"}, reference(&target)]),
            );
            describe(node, &mut out);
            return Value::Object(out);
        }
        if let Some(members) = node.get("anyOf").and_then(Value::as_array) {
            let refs: Vec<String> = members
                .iter()
                .filter_map(ref_name)
                .map(String::from)
                .collect();
            if refs.is_empty() || refs.len() != members.len() {
                self.notes.push(format!(
                    "{place}: an anyOf of other than $refs, written as its description only: \
                     model it by hand"
                ));
                out.insert(
                    "description".into(),
                    json!(description(node).unwrap_or_default()),
                );
                return Value::Object(out);
            }
            let single = refs.len() == 1;
            let target = self.target(refs, place);
            if !single && !nullable {
                return reference(&target);
            }
            if nullable {
                out.insert("nullable".into(), json!(true));
            }
            out.insert("allOf".into(), json!([reference(&target)]));
            describe(node, &mut out);
            return Value::Object(out);
        }
        if nullable {
            out.insert("nullable".into(), json!(true));
        }
        for key in ["type", "format", "enum"] {
            if let Some(value) = node.get(key) {
                out.insert(key.into(), value.clone());
            }
        }
        describe(node, &mut out);
        match node.get("type").and_then(Value::as_str) {
            Some("array") => {
                let items = self.convert(
                    node.get("items").unwrap_or(&json!({})),
                    &format!("{place}[]"),
                );
                out.insert("items".into(), items);
            }
            Some("object") if node.get("properties").is_some() => {
                let mut body = self.object_body(node, place);
                body.shift_remove("description");
                out.extend(body);
            }
            Some("object") => match node.get("additionalProperties") {
                Some(Value::Object(values)) => {
                    let kind = values.get("type").cloned().unwrap_or(json!("string"));
                    out.insert("additionalProperties".into(), json!({ "type": kind }));
                }
                Some(other) => {
                    out.insert("additionalProperties".into(), other.clone());
                }
                None => {}
            },
            _ => {}
        }
        Value::Object(out)
    }

    /// The component for a field that holds one of `targets` (Stripe names): the object when
    /// one, a group when several, [`ANY`] when the connector does not model them all.
    fn target(&mut self, mut targets: Vec<String>, place: &str) -> String {
        let modelled = |t: &String| self.mirrored.contains_key(t) || self.importing.contains(t);
        if !targets.iter().all(modelled) {
            if targets.iter().any(modelled) {
                self.notes.push(format!(
                    "{place}: only some of its targets are modelled ({}), so it is {ANY}",
                    targets.join(", ")
                ));
            }
            self.left_as_any
                .push(format!("{place} ({})", targets.join(", ")));
            return ANY.to_string();
        }
        if let [one] = targets.as_slice() {
            return self.name(one);
        }
        let mut sorted = targets.clone();
        sorted.sort();
        sorted.dedup();
        if let Some(group) = self.groups.get(&sorted) {
            return group.clone();
        }
        group_order(&mut targets);
        let name: Vec<String> = targets.iter().map(|t| self.name(t)).collect();
        let name = name.join("Or");
        self.new_groups.entry(name.clone()).or_insert(targets);
        name
    }
}

/// Copies the description of `node` into `out`, when it has one.
fn describe(node: &Value, out: &mut Map<String, Value>) {
    if let Some(text) = description(node) {
        out.insert("description".into(), json!(text));
    }
}

/// The description of a Stripe schema, when it has a non-blank one, on one line.
fn description(node: &Value) -> Option<String> {
    let text = node.get("description")?.as_str()?;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// Adds to `out` the Stripe schemas `node` refers to, not looking inside expandable fields.
fn contained_refs(node: &Value, out: &mut BTreeSet<String>) {
    match node {
        Value::Object(map) => {
            if let Some(name) = ref_name(node) {
                out.insert(name.to_string());
            } else if !map.contains_key("x-expansionResources") {
                map.values().for_each(|v| contained_refs(v, out));
            }
        }
        Value::Array(items) => items.iter().for_each(|v| contained_refs(v, out)),
        _ => {}
    }
}
