//! `cargo xtask export-connector`: the spec as a Power Platform custom connector.
//!
//! Power Automate, Power Apps and Logic Apps import a custom connector as two files, the pair
//! that `paconn create` and `pac connector create` take: `apiDefinition.swagger.json` (Swagger
//! 2.0 with Microsoft's `x-ms-*` extensions) and `apiProperties.json` (the connection's
//! parameters, the policies the platform applies, the brand colour). [`export`] writes both
//! from the validated spec, with a README for the people who import them.
//!
//! What the export makes of the spec:
//! - the actions (`x-action`) under their operationIds, and the triggers (`x-trigger`) under
//!   their names: each a GET of the list with `x-ms-trigger: batch` over its `data`, polled by
//!   a `pollingtrigger` policy that asks for `created[gt]` the newest object it last saw;
//! - summaries and descriptions from the spec; each field's `x-ms-summary` title from its
//!   `title`, or else from its name (`account_balance` → `Account Balance`);
//! - `x-ms-visibility: important` on each field marked `x-original: true` (the original
//!   connector's own fields), `advanced` on every other, `internal` on what the platform sets
//!   itself (a constant such as product `type`, the triggers' `limit` and `created[gt]`);
//! - form bodies as `formData` parameters: a list of scalars with `maxItems: N` as N fields
//!   `name[0]` .. `name[N-1]` (Stripe reads `images[0]=a&images[1]=b`, and the platform cannot
//!   send a repeated or bracketed name for one array parameter), one without a bound as
//!   `UNBOUNDED_LIST_FIELDS` of them; an object of named fields as `name[key]`
//!   fields, to any depth (`shipping[address][city]`), its required fields needed only when
//!   any of its fields is given; what has no such form (a hash of free keys such as
//!   `metadata`, a list of objects) and `expand` / `expand[]` (the platform never expands)
//!   are left out and listed in the README, with why, and so are the lists given a bound and
//!   the `x-clearable` fields, which no input can send empty;
//! - OpenAPI 3 schemas as Swagger 2 ones: written in place (no `$ref`), `nullable` as
//!   `x-nullable`, unix timestamps as `integer` / `int64`, an open enum without its `enum`,
//!   an `x-expandable` field as the id string Stripe sends unexpanded, a `oneOf` of objects
//!   as an object without declared properties, another schema Swagger 2 cannot say as an
//!   untyped one;
//! - the API key as a `securestring` connection parameter, sent as `Authorization: Bearer …`
//!   by a `setheader` policy, and `Stripe-Version` pinned by another.
//!
//! The output is deterministic: paths and methods sorted, every object's keys in one order,
//! two-space JSON with a trailing newline.

mod definition;
mod properties;
mod readme;
mod schema;
mod titles;

use serde_json::Value;

use spec_model::extensions::ORIGINAL;
use spec_model::{Spec, SpecError};

/// The folder the export is written to, relative to the workspace root.
pub const EXPORT_DIR: &str = "power-platform";
/// The Swagger 2.0 definition, inside [`EXPORT_DIR`].
pub const DEFINITION_FILE: &str = "apiDefinition.swagger.json";
/// The connection parameters and policies, inside [`EXPORT_DIR`].
pub const PROPERTIES_FILE: &str = "apiProperties.json";
/// The README for the people who import the connector, inside [`EXPORT_DIR`].
pub const README_FILE: &str = "README.md";

/// Stripe's brand colour, the connector's icon background.
pub const BRAND_COLOR: &str = "#635bff";

/// The connection parameter that holds the API key.
pub const API_KEY_PARAMETER: &str = "api_key";

/// The exported connector: the text of its three files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// `apiDefinition.swagger.json`.
    pub definition: String,
    /// `apiProperties.json`.
    pub properties: String,
    /// `README.md`.
    pub readme: String,
    /// The inputs the export leaves out, because Power Platform has no form for them.
    pub skipped: Vec<Skipped>,
}

impl Export {
    /// Each file with its path relative to the workspace root, such as
    /// `power-platform/apiProperties.json`.
    pub fn files(&self) -> [(String, &str); 3] {
        [
            (format!("{EXPORT_DIR}/{DEFINITION_FILE}"), &self.definition),
            (format!("{EXPORT_DIR}/{PROPERTIES_FILE}"), &self.properties),
            (format!("{EXPORT_DIR}/{README_FILE}"), &self.readme),
        ]
    }
}

/// An input of the spec that the exported connector does not offer, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The operationId of the action.
    pub operation: String,
    /// The form field, as Stripe names it.
    pub field: String,
    /// Why Power Platform cannot send it.
    pub reason: String,
}

/// Exports a validated spec; `file` names it in errors.
pub fn export(file: &str, spec: &Spec) -> Result<Export, SpecError> {
    let built = definition::definition(spec).map_err(|p| p.in_file(file))?;
    let properties = properties::properties(spec);
    let readme = readme::readme(spec, &built);
    Ok(Export {
        definition: to_text(&built.document),
        properties: to_text(&properties),
        readme,
        skipped: built.skipped,
    })
}

/// The `apiDefinition.swagger.json` of a validated spec, as JSON.
pub fn definition(spec: &Spec) -> Result<Value, spec_model::error::Problem> {
    definition::definition(spec).map(|built| built.document)
}

/// Two-space JSON with a trailing newline.
fn to_text(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// Whether the extensions of a place mark it as one of the original connector's fields.
fn is_original(node: Option<&Value>) -> bool {
    node.and_then(|n| n.get(ORIGINAL)) == Some(&Value::Bool(true))
}
