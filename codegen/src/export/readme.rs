//! The exported `README.md`: how to import the connector, what it offers, and what the two
//! files cannot say (the throttle, the poll interval) or the platform cannot do (tell apart the
//! objects of one second).

use std::fmt::Write;

use super::definition::Built;
use super::{DEFINITION_FILE, EXPORT_DIR, PROPERTIES_FILE};
use crate::Spec;

/// The README of the export of `spec`.
pub(crate) fn readme(spec: &Spec, built: &Built) -> String {
    let connector = &spec.connector;
    let version = &connector.stripe_version;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!-- Generated from {spec_path} by `cargo xtask export-connector`. Do not edit: change the spec and regenerate. -->\n\
         # Stripe as a Power Platform custom connector\n\n\
         The Stripe connector of Logic Apps, Power Automate and Power Apps, as a custom connector you\n\
         import yourself: the same actions and polling triggers, pinned to Stripe API version\n\
         **{version}**. It is generated from the OpenAPI description of the\n\
         [stripe-connector](../README.md) Rust library (`{spec_path}`), the single source of both.\n\n\
         | file | what it is |\n\
         |---|---|\n\
         | `{DEFINITION_FILE}` | the operations: Swagger 2.0 with Microsoft's `x-ms-*` extensions |\n\
         | `{PROPERTIES_FILE}` | the connection (your secret key), the brand colour, and the policies that send the key and the API version and run the triggers |\n\n\
         ## Import it\n\n\
         With Microsoft's `paconn` (`pip install paconn`, then `paconn login`), from this folder:\n\n\
         ```sh\n\
         paconn create --api-def {DEFINITION_FILE} --api-prop {PROPERTIES_FILE}\n\
         ```\n\n\
         or with the Power Platform CLI (`pac auth create` first):\n\n\
         ```sh\n\
         pac connector create --api-definition-file {DEFINITION_FILE} --api-properties-file {PROPERTIES_FILE}\n\
         ```\n\n\
         Then create a connection with your Stripe secret key (`sk_test_…` to try it). The connector\n\
         sends it as `Authorization: Bearer …` and pins every call to `Stripe-Version: {version}`, so\n\
         Stripe answers with the fields of that version whatever your account's default is.\n\n",
        spec_path = crate::SPEC_PATH,
    );
    out.push_str("## Actions\n\n| action | operationId | Stripe call |\n|---|---|---|\n");
    for action in &spec.actions {
        let op = &action.operation;
        let _ = writeln!(
            out,
            "| {} | `{}` | `{} {}` |",
            op.summary, op.id, op.http_method, op.path
        );
    }
    out.push_str(
        "\nThe fields of the original connector are shown first (`important`); the others wait under\n\
         *Show advanced options*. A list is offered as numbered fields: a product's images are\n\
         *Image 1* to *Image 8*, sent as `images[0]`, `images[1]`, ... as Stripe reads them; fill\n\
         them in order. Timestamps are integers, seconds since the Unix epoch.\n",
    );
    if !built.skipped.is_empty() {
        out.push_str(
            "\nThese inputs of the library have no form a custom connector can send, and are left out:\n\n",
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
    let limit = spec
        .triggers
        .iter()
        .map(|t| t.page_limit)
        .min()
        .unwrap_or(100);
    let _ = write!(
        out,
        "\nEach trigger is a `pollingtrigger` policy: the platform keeps one number per trigger, the\n\
         creation time of the newest object it has seen, and each check asks Stripe for the objects\n\
         created after it (`created[gt]`), newest first, at most {limit} of them. A check that finds\n\
         nothing keeps the number; the first check, with no number yet, starts from the newest object\n\
         there is. Split On (the default) starts one run per object.\n\n\
         What that means for you:\n\n\
         - **Objects created in the same second can be missed.** Stripe's times have one-second\n\
           resolution and the platform keeps no ids. When a check sees an object created at second\n\
           *T*, the next one asks for objects created *after T*: any object created later during\n\
           second *T* is never delivered.\n\
         - **A burst larger than a page is cut.** When more than {limit} objects are created between two\n\
           checks, the check reads only the newest {limit} and moves its number past all of them: the\n\
           older ones are never delivered.\n\n\
         The Rust library the connector comes from does not lose them: its triggers\n\
         (`stripe_connector::Watch`, or `stripe-connector watch` from the shell) read every page back\n\
         to where they stopped, keep the last second's ids and read that second again, and move their\n\
         checkpoint only once a batch is acknowledged.\n\n\
         ## What the files cannot say\n\n\
         The original connector has two rules that neither file can declare; the platform applies its\n\
         own instead:\n\n\
         - **At most {calls} calls per connection in any {period} seconds.** Keep your flows under it (for\n\
           example with a loop's concurrency set to 1 and a delay), or Stripe's own rate limit answers\n\
           `429` (about 25 requests per second in test mode).\n\
         - **A trigger checks every {poll} seconds.** A custom connector's polling triggers check as often as\n\
           your plan allows; set the trigger's recurrence if you need the original's pace.\n\n\
         ## Regenerate\n\n\
         These files are generated: change `{spec_path}` and run `cargo xtask export-connector` at the\n\
         root of the repository (`--check` fails when they are stale, as CI does). The folder is\n\
         `{EXPORT_DIR}/`.\n",
        calls = connector.throttle_calls,
        period = connector.throttle_period_seconds,
        poll = connector.poll_interval_seconds,
        spec_path = crate::SPEC_PATH,
    );
    out
}
