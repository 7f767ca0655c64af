//! Conformance of our hand-written spec (`spec/stripe.yaml`) to Stripe's own description of API
//! version 2019-10-08 (`tests/data/stripe-openapi/spec3.2019-10-08.json`).
//!
//! What lives here:
//! - the checker, [`disagreements`], which walks every operation of our spec (parameters, form
//!   request body, `200` response) and every component schema that names its Stripe twin in
//!   `x-stripe-schema`, and names each place where we differ from Stripe;
//! - the bookkeeping of where a check is ([`Trail`]), which gives each disagreement its location
//!   in our spec and finds the `x-deviation` that accepts it;
//! - the test of the real spec, and small negative tests that break an in-memory copy of it and
//!   check the checker names exactly the broken place.

use std::collections::{BTreeSet, HashSet, VecDeque};
use std::sync::LazyLock;

use serde_json::{Map, Value, json};
use spec_model::reference::{lookup, schema_name, to_schema};
use tests::{stripe_openapi_dir, workspace_root};

/// The HTTP methods an OpenAPI path item may hold.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The media type of Stripe's request bodies.
const FORM: &str = "application/x-www-form-urlencoded";

/// What the checker found.
#[derive(Debug, Default)]
struct Report {
    /// Disagreements no `x-deviation` accepts: `location: what we have, Stripe has ...`.
    unaccepted: Vec<String>,
    /// Disagreements an `x-deviation` accepts, each with the deviation's place and reason.
    accepted: Vec<String>,
    /// `x-deviation`s that accept no disagreement.
    stale_deviations: Vec<String>,
}

/// Which way the data flows, which decides how closely a Stripe `anyOf` or `format` must match.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    /// We send it (parameters, request bodies): matching one member of a Stripe `anyOf` is
    /// enough, and `format` is compared only when both sides give one.
    Input,
    /// Stripe sends it (responses): we must take every member of a Stripe `anyOf`, and `format`
    /// must be the same on both sides.
    Output,
}

/// One place in our spec a check passed through: its dotted path and its `x-deviation`, if any.
#[derive(Clone)]
struct Place {
    path: String,
    deviation: Option<String>,
}

/// The places in our spec a check passed through, outermost first.
#[derive(Clone)]
struct Trail(Vec<Place>);

impl Trail {
    /// A trail that starts at `path`, whose node is `node`.
    fn start(path: String, node: &Value) -> Trail {
        Trail(vec![place(path, node)])
    }

    /// This trail, one step further down to `segment` (dotted onto the last place's path).
    fn child(&self, segment: &str, node: &Value) -> Trail {
        let last = self.0.last().map_or("", |p| p.path.as_str());
        self.jump(format!("{last}.{segment}"), node)
    }

    /// This trail, continued at another place of the spec (where a `$ref` points).
    fn jump(&self, path: String, node: &Value) -> Trail {
        let mut places = self.0.clone();
        places.push(place(path, node));
        Trail(places)
    }

    /// The location a disagreement is reported at: the places, with ` -> ` at each `$ref`.
    fn label(&self) -> String {
        let mut label = String::new();
        let mut previous: Option<&str> = None;
        for place in &self.0 {
            match previous {
                Some(p) if extends(&place.path, p) => label.push_str(&place.path[p.len()..]),
                Some(_) => label.push_str(&format!(" -> {}", place.path)),
                None => label.push_str(&place.path),
            }
            previous = Some(&place.path);
        }
        label
    }

    /// The innermost `x-deviation` on the trail: its place and its reason.
    fn deviation(&self) -> Option<(&str, &str)> {
        self.0
            .iter()
            .rev()
            .find_map(|p| Some((p.path.as_str(), p.deviation.as_deref()?)))
    }
}

/// A place at `path` whose node is `node`.
fn place(path: String, node: &Value) -> Place {
    let deviation = node.get("x-deviation").and_then(Value::as_str);
    Place {
        path,
        deviation: deviation.map(str::to_owned),
    }
}

/// Whether the dotted path `path` lies strictly under the dotted path `parent`.
fn extends(path: &str, parent: &str) -> bool {
    path.strip_prefix(parent)
        .is_some_and(|rest| rest.starts_with(['.', '[']))
}

/// The checker's state while it walks our spec.
struct Checker<'a> {
    ours: &'a Value,
    stripe: &'a Value,
    report: Report,
    /// The paths of the `x-deviation`s that accepted some disagreement.
    used: HashSet<String>,
    /// Pairs (our schema's `$ref`, Stripe's schema name) still to compare.
    queue: VecDeque<(String, String)>,
    /// Pairs already queued, so each is compared once.
    queued: HashSet<(String, String)>,
}

/// Every disagreement between our spec `ours` and Stripe's `stripe`, both parsed to JSON values.
fn disagreements(ours: &Value, stripe: &Value) -> Report {
    let mut checker = Checker {
        ours,
        stripe,
        report: Report::default(),
        used: HashSet::new(),
        queue: VecDeque::new(),
        queued: HashSet::new(),
    };
    checker.check_operations();
    checker.queue_mirrors();
    checker.drain_queue();
    checker.finish()
}

impl<'a> Checker<'a> {
    /// Records a disagreement at `trail`: accepted if an `x-deviation` on the trail covers it.
    fn disagree(&mut self, trail: &Trail, message: String) {
        let line = format!("{}: {message}", trail.label());
        match trail.deviation() {
            Some((path, reason)) => {
                self.used.insert(path.to_owned());
                let entry = format!("{line} (x-deviation at {path}: {reason})");
                self.report.accepted.push(entry);
            }
            None => self.report.unaccepted.push(line),
        }
    }

    /// Follows `node`'s `$ref`, if it has one, extending `trail` to the target.
    fn follow(&mut self, node: &'a Value, trail: Trail) -> Option<(&'a Value, Trail)> {
        let Some(reference) = node["$ref"].as_str() else {
            return Some((node, trail));
        };
        match lookup(self.ours, reference) {
            Some((path, target)) => Some((target, trail.jump(path.to_string(), target))),
            None => {
                self.disagree(&trail, format!("$ref {reference} points nowhere"));
                None
            }
        }
    }

    /// Checks every operation of our spec.
    fn check_operations(&mut self) {
        let ours = self.ours;
        let Some(paths) = ours["paths"].as_object() else {
            let message = "no paths".to_owned();
            return self.disagree(&Trail::start("paths".into(), &Value::Null), message);
        };
        for (path, item) in paths {
            for method in METHODS {
                if let Some(operation) = item.get(method) {
                    self.check_operation(path, method, operation);
                }
            }
        }
    }

    /// Checks one operation: it exists at Stripe, then its parameters, body and response.
    fn check_operation(&mut self, path: &str, method: &str, operation: &'a Value) {
        let stripe = self.stripe;
        let trail = Trail::start(format!("paths.{path}.{method}"), operation);
        let theirs = &stripe["paths"][path][method];
        if !theirs.is_object() {
            let message = format!("Stripe has no {} {path}", method.to_uppercase());
            return self.disagree(&trail, message);
        }
        self.check_parameters(operation, theirs, &trail);
        if !operation["requestBody"].is_null() {
            self.check_body(operation, theirs, &trail);
        }
        self.check_response(operation, theirs, &trail);
    }

    /// Checks each of our parameters against Stripe's, and that we have each one Stripe requires.
    fn check_parameters(&mut self, operation: &'a Value, theirs: &'a Value, trail: &Trail) {
        let stripe = self.stripe;
        let their_params: Vec<&Value> = theirs["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| lookup(stripe, p["$ref"].as_str().unwrap_or("")).map_or(p, |(_, t)| t))
            .collect();
        let mut matched = HashSet::new();
        for (i, ours) in operation["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let at = trail.child(&format!("parameters[{i}]"), ours);
            if let Some((ours, at)) = self.follow(ours, at) {
                matched.extend(self.check_parameter(ours, &their_params, &at));
            }
        }
        for theirs in their_params.iter().filter(|p| flag(p, "required")) {
            let key = (str_at(theirs, "name"), str_at(theirs, "in"));
            if !matched.contains(&key) {
                let message = format!(
                    "lacks {} parameter `{}`, which Stripe requires",
                    key.1, key.0
                );
                self.disagree(
                    &trail.child("parameters", &operation["parameters"]),
                    message,
                );
            }
        }
    }

    /// Checks one of our parameters; returns the (name, in) of the Stripe parameter it matches.
    fn check_parameter(
        &mut self,
        ours: &'a Value,
        their_params: &[&'a Value],
        trail: &Trail,
    ) -> Option<(String, String)> {
        let (name, location) = (str_at(ours, "name"), str_at(ours, "in"));
        let (base, key) = split_bracket(&name);
        let found = their_params
            .iter()
            .find(|p| p["name"] == base && p["in"] == location.as_str());
        let Some(theirs) = found else {
            let message = format!("Stripe's operation has no {location} parameter `{base}`");
            self.disagree(trail, message);
            return None;
        };
        self.compare_flag(ours, theirs, "required", trail);
        let schema_trail = trail.child("schema", &ours["schema"]);
        match key {
            // `expand[]`: the array parameter itself, named as the wire names it.
            None | Some("") => self.compare_value(
                &ours["schema"],
                &theirs["schema"],
                &schema_trail,
                Side::Input,
            ),
            Some(key) => match bracket_member(&theirs["schema"], key) {
                Some(member) => {
                    self.compare_value(&ours["schema"], member, &schema_trail, Side::Input)
                }
                None => self.disagree(trail, format!("Stripe's `{base}` has no member `{key}`")),
            },
        }
        Some((base.to_owned(), location))
    }

    /// Checks our form request body against Stripe's.
    fn check_body(&mut self, operation: &'a Value, theirs: &'a Value, trail: &Trail) {
        let at = trail.child("requestBody", &operation["requestBody"]);
        let Some((body, at)) = self.follow(&operation["requestBody"], at) else {
            return;
        };
        let schema = &body["content"][FORM]["schema"];
        let at = at.child(&format!("content.{FORM}.schema"), schema);
        let their_schema = &theirs["requestBody"]["content"][FORM]["schema"];
        if schema.is_null() {
            self.disagree(&at, format!("no {FORM} request body"));
        } else if their_schema.is_null() {
            self.disagree(&at, format!("Stripe's operation takes no {FORM} body"));
        } else {
            self.compare_value(schema, their_schema, &at, Side::Input);
        }
    }

    /// Checks our `200` response's schema against Stripe's.
    fn check_response(&mut self, operation: &'a Value, theirs: &'a Value, trail: &Trail) {
        let response = &operation["responses"]["200"];
        let at = trail.child("responses.200", response);
        if response.is_null() {
            return self.disagree(&at, "no 200 response".to_owned());
        }
        let Some((response, at)) = self.follow(response, at) else {
            return;
        };
        let schema = &response["content"]["application/json"]["schema"];
        let at = at.child("content.application/json.schema", schema);
        let their_schema = &theirs["responses"]["200"]["content"]["application/json"]["schema"];
        if schema.is_null() || their_schema.is_null() {
            let message = format!(
                "schema {}, Stripe has {}",
                describe(schema),
                describe(their_schema)
            );
            return self.disagree(&at, message);
        }
        self.compare_value(schema, their_schema, &at, Side::Output);
    }

    /// Compares the schema of one value (a property, parameter, array item or response).
    fn compare_value(&mut self, ours: &'a Value, theirs: &'a Value, trail: &Trail, side: Side) {
        self.compare_flag(ours, theirs, "nullable", trail);
        let members = members(theirs);
        let expandable = theirs.get("x-expansionResources").is_some();
        let matched = if expandable != flag(ours, "x-expandable") {
            false
        } else if expandable {
            let ours = ours["anyOf"].as_array().map(|m| m.iter().collect());
            self.match_alternatives(ours.unwrap_or_default(), &members)
        } else if side == Side::Output && members.len() > 1 {
            self.match_alternatives(vec![ours], &members)
        } else if let Some(reference) = our_ref(ours) {
            self.match_ref(reference, &members, trail, side)
        } else {
            self.match_inline(ours, &members, trail, side)
        };
        if !matched {
            let kind = if expandable { "expandable " } else { "" };
            let message = format!(
                "type {}, Stripe has {kind}{}",
                self.describe_ours(ours),
                describe(theirs)
            );
            self.disagree(trail, message);
        }
    }

    /// Matches our alternatives against all of Stripe's (an expandable field, or an object of
    /// one of several kinds): a string for a string, and our `$ref`s for Stripe's, each by its
    /// `x-stripe-schema` or through a `oneOf` of such schemas. A free-form object of ours
    /// (`additionalProperties: true`, no properties) stands for Stripe schemas we do not model,
    /// and only for those.
    fn match_alternatives(&mut self, ours: Vec<&'a Value>, theirs: &[&'a Value]) -> bool {
        let string = |m: &&Value| m["type"] == "string" && m.get("$ref").is_none();
        if ours.iter().any(string) != theirs.iter().any(string) {
            return false;
        }
        let their_names: BTreeSet<&str> =
            theirs.iter().filter_map(|m| stripe_ref_name(m)).collect();
        let mut pairs = Vec::new();
        let mut free_form = false;
        for member in ours.iter().filter(|m| !string(m)) {
            let Some((_, target)) = our_ref(member).and_then(|r| lookup(self.ours, r)) else {
                return false;
            };
            let choices: Vec<&Value> = match target["oneOf"].as_array() {
                Some(choices) => choices.iter().collect(),
                None => vec![*member],
            };
            for choice in choices {
                let reference = our_ref(choice).unwrap_or_default();
                match lookup(self.ours, reference) {
                    Some((_, t)) if t["x-stripe-schema"].is_string() => {
                        pairs.push((reference, t["x-stripe-schema"].as_str().unwrap_or_default()))
                    }
                    Some((_, t)) if is_free_form(t) => free_form = true,
                    _ => return false,
                }
            }
        }
        let our_names: BTreeSet<&str> = pairs.iter().map(|(_, name)| *name).collect();
        let matched = if free_form {
            pairs.is_empty() && their_names.iter().all(|name| !self.models(name))
        } else {
            our_names == their_names
        };
        if matched {
            for (reference, name) in pairs {
                self.enqueue(reference, name);
            }
        }
        matched
    }

    /// Whether one of our component schemas mirrors Stripe's schema `name`.
    fn models(&self, name: &str) -> bool {
        self.ours["components"]["schemas"]
            .as_object()
            .into_iter()
            .flatten()
            .any(|(_, schema)| schema["x-stripe-schema"] == name)
    }

    /// Matches our `$ref` against Stripe's members: by `x-stripe-schema` (queueing the pair of
    /// schemas for comparison), or, for a schema without one, against an inline Stripe object;
    /// a named schema that is not an object (such as an enum named for its Rust type) is
    /// compared as if it were written in place.
    fn match_ref(
        &mut self,
        reference: &str,
        members: &[&'a Value],
        trail: &Trail,
        side: Side,
    ) -> bool {
        let Some((path, target)) = lookup(self.ours, reference) else {
            self.disagree(trail, format!("$ref {reference} points nowhere"));
            return true;
        };
        if let Some(name) = target["x-stripe-schema"].as_str() {
            let found = members.iter().any(|m| stripe_ref_name(m) == Some(name));
            if found {
                self.enqueue(reference, name);
            }
            return found;
        }
        if target["type"] != "object" {
            return self.match_inline(target, members, &trail.jump(path.to_string(), target), side);
        }
        let Some(object) = members.iter().find(|m| m["type"] == "object") else {
            return false;
        };
        self.compare_object(
            target,
            object,
            &trail.jump(path.to_string(), target),
            side,
            "inline schema",
        );
        true
    }

    /// Matches our inline schema against the Stripe member of the same type, then compares
    /// format, enum, array items and object properties.
    fn match_inline(
        &mut self,
        ours: &'a Value,
        members: &[&'a Value],
        trail: &Trail,
        side: Side,
    ) -> bool {
        let Some(kind) = ours["type"].as_str() else {
            return false;
        };
        let same_type = |m: &&&Value| m["type"] == kind && m.get("$ref").is_none();
        let chosen = members
            .iter()
            .filter(same_type)
            .min_by_key(|m| is_clearing(m));
        let Some(theirs) = chosen.copied() else {
            return false;
        };
        self.compare_format(ours, theirs, trail, side);
        self.compare_enum(ours, theirs, trail);
        match kind {
            "array" => {
                let items = trail.child("items", &ours["items"]);
                self.compare_value(&ours["items"], &theirs["items"], &items, side);
            }
            "object" if ours.get("properties").is_some() => {
                self.compare_object(ours, theirs, trail, side, "inline schema");
            }
            _ => {}
        }
        true
    }

    /// Compares each of our properties, and its required flag, with Stripe's object `theirs`
    /// (called `what` in messages); for input, we must also have every property Stripe requires.
    fn compare_object(
        &mut self,
        ours: &'a Value,
        theirs: &'a Value,
        trail: &Trail,
        side: Side,
        what: &str,
    ) {
        let our_required = names(&ours["required"]);
        let their_required = names(&theirs["required"]);
        for (name, property) in ours["properties"].as_object().into_iter().flatten() {
            let at = trail.child(&format!("properties.{name}"), property);
            let Some(their_property) = theirs["properties"].get(name) else {
                self.disagree(&at, format!("no such property in Stripe's {what}"));
                continue;
            };
            self.compare_value(property, their_property, &at, side);
            let (a, b) = (our_required.contains(name), their_required.contains(name));
            if a != b {
                self.disagree(&at, format!("required {a}, Stripe has {b}"));
            }
        }
        if side == Side::Input {
            self.check_required_present(ours, &their_required, trail);
        }
    }

    /// Reports each property Stripe requires that our object `ours` lacks altogether.
    fn check_required_present(
        &mut self,
        ours: &'a Value,
        their_required: &BTreeSet<String>,
        trail: &Trail,
    ) {
        let at = trail.child("required", &ours["required"]);
        for name in their_required {
            if ours["properties"].get(name).is_none() {
                self.disagree(&at, format!("lacks `{name}`, which Stripe requires"));
            }
        }
    }

    /// Compares a boolean keyword (`required`, `nullable`), absent meaning false.
    fn compare_flag(&mut self, ours: &Value, theirs: &Value, key: &str, trail: &Trail) {
        let (a, b) = (flag(ours, key), flag(theirs, key));
        if a != b {
            self.disagree(trail, format!("{key} {a}, Stripe has {b}"));
        }
    }

    /// Compares `format`: exactly for output, only when both sides give one for input.
    fn compare_format(&mut self, ours: &Value, theirs: &Value, trail: &Trail, side: Side) {
        let (a, b) = (ours["format"].as_str(), theirs["format"].as_str());
        let differs = match side {
            Side::Output => a != b,
            Side::Input => a.is_some() && b.is_some() && a != b,
        };
        if differs {
            let message = format!(
                "format {}, Stripe has {}",
                a.unwrap_or("none"),
                b.unwrap_or("none")
            );
            self.disagree(trail, message);
        }
    }

    /// Compares `enum` values, as sets, when Stripe gives an enum.
    /// An `x-clearable` enum of ours also takes Stripe's `""`.
    fn compare_enum(&mut self, ours: &Value, theirs: &Value, trail: &Trail) {
        let mut our_values = enum_values(ours);
        if flag(ours, "x-clearable") {
            our_values = our_values.map(|mut v| {
                v.insert(json!("").to_string());
                v
            });
        }
        if theirs.get("enum").is_none() || our_values == enum_values(theirs) {
            return;
        }
        let shown = |v: &Value| v.get("enum").map_or("none".to_owned(), Value::to_string);
        let message = format!("enum {}, Stripe has {}", shown(ours), shown(theirs));
        self.disagree(trail, message);
    }

    /// Queues our schema at `reference` for comparison with Stripe's schema `name`, once.
    fn enqueue(&mut self, reference: &str, name: &str) {
        let pair = (reference.to_owned(), name.to_owned());
        if self.queued.insert(pair.clone()) {
            self.queue.push_back(pair);
        }
    }

    /// Queues every component schema of ours that names its Stripe twin, used or not.
    fn queue_mirrors(&mut self) {
        let ours = self.ours;
        for (name, schema) in ours["components"]["schemas"]
            .as_object()
            .into_iter()
            .flatten()
        {
            if let Some(twin) = schema["x-stripe-schema"].as_str() {
                self.enqueue(&to_schema(name), twin);
            }
        }
    }

    /// Compares each queued pair of component schemas (which may queue more).
    fn drain_queue(&mut self) {
        let stripe = self.stripe;
        while let Some((reference, name)) = self.queue.pop_front() {
            let Some((path, ours)) = lookup(self.ours, &reference) else {
                continue; // only queued after a successful lookup
            };
            let trail = Trail::start(path.to_string(), ours);
            let theirs = &stripe["components"]["schemas"][&name];
            if theirs.is_object() {
                self.compare_object(ours, theirs, &trail, Side::Output, &name);
            } else {
                self.disagree(
                    &trail,
                    format!("x-stripe-schema {name}: Stripe has no such schema"),
                );
            }
        }
    }

    /// The report, completed with the `x-deviation`s that accepted nothing.
    fn finish(mut self) -> Report {
        let mut places = Vec::new();
        deviation_places(self.ours, "", &mut places);
        for path in places.into_iter().filter(|p| !self.used.contains(p)) {
            let line = format!("x-deviation at {path} covers no disagreement; remove it");
            self.report.stale_deviations.push(line);
        }
        self.report
    }

    /// Our schema in a message; a `$ref` also shows the Stripe schema it names.
    fn describe_ours(&self, ours: &Value) -> String {
        let Some(reference) = our_ref(ours) else {
            return describe(ours);
        };
        let twin = lookup(self.ours, reference).and_then(|(_, t)| t["x-stripe-schema"].as_str());
        let name = schema_name(reference).unwrap_or(reference);
        match twin {
            Some(twin) => format!("$ref {name} (x-stripe-schema {twin})"),
            None => format!("$ref {name} (no x-stripe-schema)"),
        }
    }
}

/// The dotted paths of every node of `node` (at `path`) that carries an `x-deviation`.
fn deviation_places(node: &Value, path: &str, out: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            if map.get("x-deviation").is_some_and(Value::is_string) {
                out.push(path.to_owned());
            }
            for (key, child) in map {
                let child_path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                deviation_places(child, &child_path, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                deviation_places(child, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// `created[gt]` as (`created`, Some(`gt`)); a name without brackets as (name, None).
fn split_bracket(name: &str) -> (&str, Option<&str>) {
    match (name.find('['), name.strip_suffix(']')) {
        (Some(open), Some(inner)) => (&name[..open], Some(&inner[open + 1..])),
        _ => (name, None),
    }
}

/// The schema of property `key` of the object member of Stripe's deepObject parameter schema.
fn bracket_member<'v>(schema: &'v Value, key: &str) -> Option<&'v Value> {
    members(schema)
        .into_iter()
        .find_map(|m| m["properties"].get(key))
}

/// The members of a Stripe `anyOf`, or the schema itself.
fn members(schema: &Value) -> Vec<&Value> {
    match schema["anyOf"].as_array() {
        Some(members) => members.iter().collect(),
        None => vec![schema],
    }
}

/// Whether our schema is a JSON object of any keys: `additionalProperties: true`, no properties.
fn is_free_form(schema: &Value) -> bool {
    schema["type"] == "object"
        && schema["additionalProperties"] == json!(true)
        && schema.get("properties").is_none()
}

/// Whether a Stripe member is the `""` that clears a field.
fn is_clearing(member: &Value) -> bool {
    member["enum"] == json!([""])
}

/// Our `$ref`, written bare or as the one member of an `allOf` (our nullable reference).
fn our_ref(ours: &Value) -> Option<&str> {
    if let Some(reference) = ours["$ref"].as_str() {
        return Some(reference);
    }
    match ours["allOf"].as_array().map(Vec::as_slice) {
        Some([only]) => only["$ref"].as_str(),
        _ => None,
    }
}

/// The name of the Stripe component schema a member `$ref`s.
fn stripe_ref_name(member: &Value) -> Option<&str> {
    schema_name(member["$ref"].as_str()?)
}

/// A boolean keyword, absent meaning false.
fn flag(node: &Value, key: &str) -> bool {
    node[key].as_bool().unwrap_or(false)
}

/// A string keyword, absent meaning empty.
fn str_at(node: &Value, key: &str) -> String {
    node[key].as_str().unwrap_or_default().to_owned()
}

/// The strings of a list such as `required`.
fn names(list: &Value) -> BTreeSet<String> {
    let strings = list
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str);
    strings.map(str::to_owned).collect()
}

/// The `enum` values of a schema, as a set of their JSON texts.
fn enum_values(schema: &Value) -> Option<BTreeSet<String>> {
    let values = schema.get("enum")?.as_array()?;
    Some(values.iter().map(Value::to_string).collect())
}

/// A schema in a message: `$ref name`, `anyOf [...]`, `integer (unix-time)`, `array of string`,
/// `string enum ["good"]`.
fn describe(schema: &Value) -> String {
    if let Some(reference) = schema["$ref"].as_str() {
        return format!("$ref {}", schema_name(reference).unwrap_or(reference));
    }
    for combinator in ["anyOf", "allOf", "oneOf"] {
        if let Some(members) = schema[combinator].as_array() {
            let shown: Vec<String> = members.iter().map(describe).collect();
            return format!("{combinator} [{}]", shown.join(", "));
        }
    }
    let Some(kind) = schema["type"].as_str() else {
        return "untyped".to_owned();
    };
    let mut shown = match kind {
        "array" => format!("array of {}", describe(&schema["items"])),
        _ => kind.to_owned(),
    };
    if let Some(format) = schema["format"].as_str() {
        shown.push_str(&format!(" ({format})"));
    }
    if let Some(values) = schema.get("enum") {
        shown.push_str(&format!(" enum {values}"));
    }
    shown
}

/// Our spec, parsed from YAML.
static OURS: LazyLock<Value> = LazyLock::new(|| {
    let path = workspace_root().join(spec_model::SPEC_PATH);
    let text = std::fs::read_to_string(&path).expect("our spec is checked in");
    serde_norway::from_str(&text).expect("our spec is YAML")
});

/// Stripe's description of API version 2019-10-08.
static STRIPE: LazyLock<Value> = LazyLock::new(|| {
    let path = stripe_openapi_dir().join("spec3.2019-10-08.json");
    let text = std::fs::read_to_string(&path).expect("Stripe's spec is checked in");
    serde_json::from_str(&text).expect("Stripe's spec is JSON")
});

#[test]
fn our_spec_agrees_with_stripe_or_says_why_not() {
    let report = disagreements(&OURS, &STRIPE);
    println!("accepted deviations:\n{}", report.accepted.join("\n"));
    let mut problems = report.unaccepted;
    problems.extend(report.stale_deviations);
    assert!(
        problems.is_empty(),
        "spec/stripe.yaml differs from Stripe's 2019-10-08 description:\n{}",
        problems.join("\n")
    );
    assert!(
        !report.accepted.is_empty(),
        "no accepted deviation at all: is the checker looking?"
    );
}

/// The Stripe schemas our mirrors may describe in part: the error envelope carries only what
/// every error has (the rest names objects of other APIs, such as a `payment_intent`).
const PARTIAL_MIRRORS: [&str; 2] = ["error", "api_errors"];

/// Every field Stripe sends on the connector's objects and the objects inside them: each
/// schema that names its Stripe twin has all of the twin's properties, and the five objects of
/// the connector are among them.
#[test]
fn our_objects_have_every_field_stripe_sends() {
    let schemas = OURS["components"]["schemas"].as_object().expect("schemas");
    let mirrors: Vec<(&String, &str)> = schemas
        .iter()
        .filter_map(|(name, s)| Some((name, s["x-stripe-schema"].as_str()?)))
        .collect();
    for twin in ["customer", "product", "charge", "order", "invoiceitem"] {
        assert!(
            mirrors.iter().any(|(_, t)| *t == twin),
            "no mirror of {twin}"
        );
    }
    let mut missing = Vec::new();
    for (name, twin) in mirrors.iter().filter(|(_, t)| !PARTIAL_MIRRORS.contains(t)) {
        let theirs = STRIPE["components"]["schemas"][twin]["properties"].as_object();
        for property in theirs.into_iter().flatten().map(|(p, _)| p) {
            if schemas[*name]["properties"].get(property).is_none() {
                missing.push(format!(
                    "components.schemas.{name}: lacks `{property}` of {twin}"
                ));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    assert!(mirrors.len() > 80, "only {} mirrors", mirrors.len());
}

// Negative tests: each breaks an in-memory copy of our spec and expects exactly the named
// disagreements on top of those of the spec as it stands.

/// The object at JSON `pointer` in `spec`, which must exist.
fn object_at<'v>(spec: &'v mut Value, pointer: &str) -> &'v mut Map<String, Value> {
    let node = spec.pointer_mut(pointer);
    node.and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("our spec has no object at {pointer}; update this test"))
}

/// Where our spec's operations use the parameter `reference`, in the spec's order, such as
/// `paths./v1/customers.get.parameters[3]`.
fn uses_of(reference: &str) -> Vec<String> {
    let paths = OURS["paths"].as_object().expect("our spec has paths");
    let mut places = Vec::new();
    for (path, item) in paths {
        for (method, operation) in item.as_object().into_iter().flatten() {
            let parameters = operation["parameters"].as_array().into_iter().flatten();
            for (index, parameter) in parameters.enumerate() {
                if parameter["$ref"] == reference {
                    places.push(format!("paths.{path}.{method}.parameters[{index}]"));
                }
            }
        }
    }
    places
}

/// The report on our spec after `edit`.
fn edited_report(edit: impl FnOnce(&mut Value)) -> Report {
    let mut ours = OURS.clone();
    edit(&mut ours);
    disagreements(&ours, &STRIPE)
}

/// The entries of `after` that are not in `before`.
fn added(before: &[String], after: Vec<String>) -> Vec<String> {
    after.into_iter().filter(|d| !before.contains(d)).collect()
}

/// The unaccepted disagreements `edit` adds to those of our spec as it stands.
fn new_disagreements(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let before = disagreements(&OURS, &STRIPE);
    added(&before.unaccepted, edited_report(edit).unaccepted)
}

/// The path of CreateProductParams as reached from the operation that creates a product.
const CREATE_PRODUCT_BODY: &str = "paths./v1/products.post.requestBody.content.\
    application/x-www-form-urlencoded.schema -> components.schemas.CreateProductParams";

#[test]
fn a_flipped_nullable_is_named() {
    let found = new_disagreements(|spec| {
        object_at(spec, "/components/schemas/Customer/properties/email").remove("nullable");
    });
    let expected = "components.schemas.Customer.properties.email: nullable false, Stripe has true";
    assert_eq!(found, [expected]);
}

#[test]
fn a_property_stripe_lacks_is_named() {
    let found = new_disagreements(|spec| {
        let properties = object_at(spec, "/components/schemas/Customer/properties");
        let email = properties.remove("email").expect("Customer has an email");
        properties.insert("e_mail".into(), email);
    });
    let expected =
        "components.schemas.Customer.properties.e_mail: no such property in Stripe's customer";
    assert_eq!(found, [expected]);
}

#[test]
fn a_dropped_required_flag_is_named() {
    let found = new_disagreements(|spec| {
        object_at(spec, "/components/schemas/CreateProductParams")
            .insert("required".into(), json!(["type"]));
    });
    let expected =
        format!("{CREATE_PRODUCT_BODY}.properties.name: required false, Stripe has true");
    assert_eq!(found, [expected]);
}

#[test]
fn a_missing_required_body_property_is_named() {
    let found = new_disagreements(|spec| {
        let schema = object_at(spec, "/components/schemas/CreateProductParams");
        schema.insert("required".into(), json!(["type"]));
        schema["properties"]
            .as_object_mut()
            .expect("properties")
            .remove("name");
    });
    let expected = format!("{CREATE_PRODUCT_BODY}.required: lacks `name`, which Stripe requires");
    assert_eq!(found, [expected]);
}

#[test]
fn a_changed_type_is_named() {
    let found = new_disagreements(|spec| {
        object_at(spec, "/components/schemas/Charge/properties/amount")
            .insert("type".into(), json!("string"));
    });
    let expected = "components.schemas.Charge.properties.amount: type string, Stripe has integer";
    assert_eq!(found, [expected]);
}

#[test]
fn a_wrong_array_item_type_is_named() {
    let found = new_disagreements(|spec| {
        let images = object_at(
            spec,
            "/components/schemas/CreateProductParams/properties/images",
        );
        images.insert("items".into(), json!({"type": "integer"}));
    });
    let expected =
        format!("{CREATE_PRODUCT_BODY}.properties.images.items: type integer, Stripe has string");
    assert_eq!(found, [expected]);
}

#[test]
fn a_missing_format_is_named() {
    let found = new_disagreements(|spec| {
        object_at(spec, "/components/schemas/Product/properties/created").remove("format");
    });
    let expected =
        "components.schemas.Product.properties.created: format none, Stripe has unix-time";
    assert_eq!(found, [expected]);
}

#[test]
fn a_short_enum_is_named() {
    let found = new_disagreements(|spec| {
        object_at(spec, "/components/schemas/Coupon/properties/duration")
            .insert("enum".into(), json!(["forever"]));
    });
    let expected = "components.schemas.Coupon.properties.duration: enum [\"forever\"], \
        Stripe has [\"forever\",\"once\",\"repeating\"]";
    assert_eq!(found, [expected]);
}

#[test]
fn a_named_enum_is_compared_as_if_in_place() {
    let found = new_disagreements(|spec| {
        object_at(spec, "/components/schemas/ApiErrorType")
            .insert("enum".into(), json!(["api_error"]));
    });
    assert_eq!(found.len(), 1, "{found:?}");
    let expected = "components.schemas.ApiError.properties.type -> \
        components.schemas.ApiErrorType: enum [\"api_error\"], Stripe has [";
    assert!(found[0].starts_with(expected), "{found:?}");
}

#[test]
fn a_reference_to_the_wrong_schema_is_named() {
    let found = new_disagreements(|spec| {
        let discount = object_at(spec, "/components/schemas/Customer/properties/discount");
        discount.insert(
            "allOf".into(),
            json!([{"$ref": "#/components/schemas/Coupon"}]),
        );
    });
    let expected = "components.schemas.Customer.properties.discount: \
        type $ref Coupon (x-stripe-schema coupon), Stripe has anyOf [$ref discount]";
    assert_eq!(found, [expected]);
}

#[test]
fn an_undocumented_expandable_field_is_named() {
    let found = new_disagreements(|spec| {
        object_at(spec, "/components/schemas/Order/properties/charge").remove("x-expandable");
    });
    let expected = "components.schemas.Order.properties.charge: \
        type anyOf [string, $ref Charge], Stripe has expandable anyOf [string, $ref charge]";
    assert_eq!(found, [expected]);
}

#[test]
fn an_expansion_to_the_wrong_object_is_named() {
    let found = new_disagreements(|spec| {
        let charge = object_at(spec, "/components/schemas/Order/properties/charge");
        charge.insert(
            "anyOf".into(),
            json!([{"type": "string"}, {"$ref": "#/components/schemas/Refund"}]),
        );
    });
    let expected = "components.schemas.Order.properties.charge: \
        type anyOf [string, $ref Refund], Stripe has expandable anyOf [string, $ref charge]";
    assert_eq!(found, [expected]);
}

#[test]
fn a_kind_missing_from_a_one_of_is_named() {
    let found = new_disagreements(|spec| {
        let kinds = object_at(spec, "/components/schemas/PaymentSource");
        kinds["oneOf"].as_array_mut().expect("oneOf").pop();
    });
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found.iter().any(|f| f.starts_with(
            "components.schemas.Customer.properties.default_source: type anyOf [string, $ref PaymentSource]"
        )),
        "{found:?}"
    );
}

#[test]
fn json_stands_only_for_objects_we_do_not_model() {
    let found = new_disagreements(|spec| {
        let charge = object_at(spec, "/components/schemas/Order/properties/charge");
        charge.insert(
            "anyOf".into(),
            json!([{"type": "string"}, {"$ref": "#/components/schemas/StripeObject"}]),
        );
    });
    let expected = "components.schemas.Order.properties.charge: \
        type anyOf [string, $ref StripeObject], Stripe has expandable anyOf [string, $ref charge]";
    assert_eq!(found, [expected]);
}

#[test]
fn a_parameter_in_the_wrong_place_is_named() {
    let found = new_disagreements(|spec| {
        object_at(spec, "/paths/~1v1~1products~1{id}/post/parameters/0")
            .insert("in".into(), json!("query"));
    });
    assert_eq!(
        found,
        [
            "paths./v1/products/{id}.post.parameters[0]: \
             Stripe's operation has no query parameter `id`",
            "paths./v1/products/{id}.post.parameters: \
             lacks path parameter `id`, which Stripe requires",
        ]
    );
}

#[test]
fn an_unknown_bracket_key_is_named_at_each_use() {
    let found = new_disagreements(|spec| {
        let parameter = object_at(spec, "/components/parameters/CreatedGt");
        parameter.remove("x-deviation");
        parameter.insert("name".into(), json!("created[after]"));
    });
    let expected: Vec<String> = uses_of("#/components/parameters/CreatedGt")
        .into_iter()
        .map(|place| {
            format!(
                "{place} -> components.parameters.CreatedGt: \
                 Stripe's `created` has no member `after`"
            )
        })
        .collect();
    assert!(!expected.is_empty(), "the spec uses CreatedGt");
    assert_eq!(found, expected);
}

#[test]
fn an_operation_stripe_lacks_is_named() {
    let found = new_disagreements(|spec| {
        let paths = object_at(spec, "/paths");
        paths.insert(
            "/v1/widgets".into(),
            json!({"get": {"operationId": "ListWidgets"}}),
        );
    });
    assert_eq!(
        found,
        ["paths./v1/widgets.get: Stripe has no GET /v1/widgets"]
    );
}

#[test]
fn an_x_deviation_accepts_what_lies_under_it() {
    let before = disagreements(&OURS, &STRIPE);
    let after = edited_report(|spec| {
        let email = object_at(spec, "/components/schemas/Customer/properties/email");
        email.remove("nullable");
        email.insert("x-deviation".into(), json!("a test"));
    });
    assert_eq!(
        added(&before.unaccepted, after.unaccepted),
        Vec::<String>::new()
    );
    let expected = "components.schemas.Customer.properties.email: nullable false, Stripe has true \
        (x-deviation at components.schemas.Customer.properties.email: a test)";
    assert_eq!(added(&before.accepted, after.accepted), [expected]);
}

#[test]
fn an_x_deviation_that_covers_nothing_is_stale() {
    let before = disagreements(&OURS, &STRIPE);
    let after = edited_report(|spec| {
        object_at(spec, "/components/schemas/Customer/properties/id")
            .insert("x-deviation".into(), json!("a test"));
    });
    let expected = "x-deviation at components.schemas.Customer.properties.id \
        covers no disagreement; remove it";
    assert_eq!(
        added(&before.stale_deviations, after.stale_deviations),
        [expected]
    );
}

#[test]
fn an_empty_string_alternative_needs_no_deviation() {
    let found = new_disagreements(|spec| {
        object_at(
            spec,
            "/components/schemas/UpdateProductParams/properties/images",
        )
        .remove("x-deviation");
    });
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn a_bracketed_bound_matches_the_deep_object_member() {
    let found = new_disagreements(|spec| {
        object_at(spec, "/components/parameters/CreatedGt").remove("x-deviation");
    });
    assert_eq!(found, Vec::<String>::new());
}
