//! The exported `README.md`: how to import the connector, what it offers (and how its lists,
//! objects and outputs look to a flow), what it leaves out or cannot clear, and what the two
//! files cannot say (the throttle, the poll interval) or the platform cannot do (tell apart the
//! objects of one second).

use std::fmt::Write;

use super::definition::{Built, UNBOUNDED_LIST_FIELDS};
use super::{DEFINITION_FILE, EXPORT_DIR, PROPERTIES_FILE};
use spec_model::Spec;

const HEAD: &str = r#"<!-- Generated from {spec} by `cargo xtask export-connector`. Do not edit: change the spec and regenerate. -->
# Stripe as a Power Platform custom connector

The Stripe connector of Logic Apps, Power Automate and Power Apps, as a custom connector you
import yourself: the same actions and polling triggers, pinned to Stripe API version
**{version}**. It is generated from the OpenAPI description of the
[stripe-connector](../README.md) Rust library (`{spec}`), the single source of both.

| file | what it is |
|---|---|
| `{definition}` | the operations: Swagger 2.0 with Microsoft's `x-ms-*` extensions |
| `{properties}` | the connection (your secret key), the brand colour, and the policies that send the key and the API version and run the triggers |

## Import it

With Microsoft's `paconn` (`pip install paconn`, then `paconn login`), from this folder:

```sh
paconn create --api-def {definition} --api-prop {properties}
```

or with the Power Platform CLI (`pac auth create` first):

```sh
pac connector create --api-definition-file {definition} --api-properties-file {properties}
```

Then create a connection with your Stripe secret key (`sk_test_…` to try it). The connector
sends it as `Authorization: Bearer …` and pins every call to `Stripe-Version: {version}`, so
Stripe answers with the fields of that version whatever your account's default is.

## Actions

| action | operationId | Stripe call |
|---|---|---|
"#;

const FIELDS: &str = r#"
The fields of the original connector are shown first (`important`); the others wait under
*Show advanced options*. A list is offered as numbered fields (a product's images are
*Image 1*, *Image 2*, ..., sent as `images[0]`, `images[1]`, ... as Stripe reads them): fill
them in order. An object is offered as one field per key, sent in brackets as Stripe reads
them (*Shipping Address City* is `shipping[address][city]`); a field the object needs is
marked so in its description, and is needed only when you give any field of that object.
Timestamps are integers, seconds since the Unix epoch.

The outputs are what Stripe answers without expansion, since the connector never asks for it:
a field Stripe can expand (a charge's `customer`) is the object's ID, so get the object with
another action (*Get a customer*). A field that holds one of several kinds of objects (a
customer's payment sources) or an object the connector does not describe (a charge's
`application_fee` when expanded, `metadata`) is an object whose fields the designer does not
list: read them with an expression such as `item()?['brand']`.
"#;

const UNBOUNDED: &str = r#"
Stripe sets no bound on these lists; the connector offers {n} numbered fields for each (a
longer list cannot be sent through it):

"#;

const CLEARING: &str = r#"
Leaving a field out keeps its value. Stripe clears (or leaves unset) the fields below when they
are sent empty, as `images=` or `address=`, and no input of this connector sends that: a list
or an object is offered as numbered or bracketed fields, never under its own name, and a field
with listed values takes only those. To clear one, call Stripe from an HTTP action with the
field sent empty, or (for a list) send the values it should keep.

"#;

const TRIGGERS: &str = r#"
Each trigger is a `pollingtrigger` policy: the platform keeps one number per trigger, the
creation time of the newest object it has seen, and each check asks Stripe for the objects
created after it (`created[gt]`), newest first, at most {limit} of them. A check that finds
nothing keeps the number; the first check, with no number yet, reads the newest objects there
are and takes the newest one's time. Split On (the default) starts one run per object.

What that means for you:

- **Objects created in the same second can be missed.** Stripe's times have one-second
  resolution and the platform keeps no ids. When a check sees an object created at second
  *T*, the next one asks for objects created *after T*: any object created later during
  second *T* is never delivered.
- **A burst larger than a page is cut.** When more than {limit} objects are created between
  two checks, the check reads only the newest {limit} and moves its number past all of them:
  the older ones are never delivered.

The Rust library the connector comes from loses neither: its triggers
(`stripe_connector::Watch`, or `stripe-connector watch` from the shell) read every page back
to where they stopped, read the last second again and drop the ids they have delivered, and
move their checkpoint only once a batch is acknowledged.

## What the files cannot say

The original connector has two rules that neither file can declare; the platform applies its
own instead:

- **At most {calls} calls per connection in any {period} seconds.** Keep your flows under it
  (for example with a loop's concurrency set to 1 and a delay), or Stripe's own rate limit
  answers `429` (about 25 requests per second in test mode).
- **A trigger checks every {poll} seconds.** How often a custom connector's polling trigger
  checks is the platform's choice (it depends on your plan), not these files'.

## Regenerate

These files are generated: change `{spec}` and run `cargo xtask export-connector` at the root
of the repository (`--check` fails when they are stale, as CI does). The folder is
`{folder}/`.
"#;

/// The README of the export of `spec`.
pub(crate) fn readme(spec: &Spec, built: &Built) -> String {
    let connector = &spec.connector;
    let limit = spec
        .triggers
        .iter()
        .map(|t| t.page_limit)
        .min()
        .unwrap_or(100);
    let fill = |template: &str| {
        template
            .replace("{spec}", spec_model::SPEC_PATH)
            .replace("{version}", &connector.stripe_version)
            .replace("{definition}", DEFINITION_FILE)
            .replace("{properties}", PROPERTIES_FILE)
            .replace("{folder}", EXPORT_DIR)
            .replace("{limit}", &limit.to_string())
            .replace("{calls}", &connector.throttle_calls.to_string())
            .replace("{period}", &connector.throttle_period_seconds.to_string())
            .replace("{poll}", &connector.poll_interval_seconds.to_string())
    };
    let mut out = fill(HEAD);
    for action in &spec.actions {
        let op = &action.operation;
        let _ = writeln!(
            out,
            "| {} | `{}` | `{} {}` |",
            op.summary, op.id, op.http_method, op.path
        );
    }
    out.push_str(FIELDS);
    if !built.unbounded.is_empty() {
        out.push_str(&UNBOUNDED.replace("{n}", &UNBOUNDED_LIST_FIELDS.to_string()));
        for field in &built.unbounded {
            let _ = writeln!(out, "- `{}` of `{}`", field.field, field.operation);
        }
    }
    if !built.clearable.is_empty() {
        out.push_str(CLEARING);
        for field in &built.clearable {
            let _ = writeln!(out, "- `{}` of `{}`", field.field, field.operation);
        }
    }
    if !built.skipped.is_empty() {
        out.push_str(
            "\nThese inputs of the library are left out of the connector, for the reason given:\n\n",
        );
        for skipped in &built.skipped {
            let _ = writeln!(
                out,
                "- `{}` of `{}`: {}",
                skipped.field, skipped.operation, skipped.reason
            );
        }
    }
    out.push_str("\n## Triggers\n\n| trigger | operationId | polls |\n|---|---|---|\n");
    for trigger in &spec.triggers {
        let op = &trigger.operation;
        let _ = writeln!(
            out,
            "| {} | `{}` | `{} {}` |",
            trigger.summary, trigger.name, op.http_method, op.path
        );
    }
    out.push_str(&fill(TRIGGERS));
    out
}
