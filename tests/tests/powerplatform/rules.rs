//! Microsoft's written rules for connectors that no schema checks (its connector string
//! guidance and coding standards, as listed in `shared/powerplatform/README.md`):
//!
//! - the title: at most 30 characters, without the word "API";
//! - each operation: an operationId in PascalCase (no `-` or `_`); a summary in sentence case,
//!   at most 80 characters, without trailing punctuation or `/`; a description that differs
//!   from the summary; a 2xx response, `default` never the only one;
//! - each parameter: an `internal` one that is required has a default;
//! - each `x-ms-summary` title: at most 80 characters, without trailing punctuation.

use serde_json::Value;

use super::schemas::DEFINITION;

/// Words that keep their capital inside a sentence-case summary.
const PROPER_NOUNS: &[&str] = &["Stripe"];

/// Every rule the definition breaks, each naming its place.
pub fn errors(definition: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut fail = |at: &str, message: String| out.push(format!("{DEFINITION}: {at}: {message}"));
    let title = definition["info"]["title"].as_str().unwrap_or_default();
    if title.chars().count() > 30 {
        fail(
            "/info/title",
            format!("the title {title:?} is longer than 30 characters"),
        );
    }
    if title
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("api"))
    {
        fail(
            "/info/title",
            format!("the title {title:?} contains the word \"API\""),
        );
    }
    let paths = definition["paths"].as_object().into_iter().flatten();
    for (path, item) in paths {
        for (method, op) in item.as_object().into_iter().flatten() {
            let at = format!("/paths/{}/{method}", path.replace('/', "~1"));
            operation(&at, op, &mut fail);
        }
    }
    out
}

fn operation(at: &str, op: &Value, fail: &mut impl FnMut(&str, String)) {
    let id = op["operationId"].as_str().unwrap_or_default();
    if !is_pascal_case(id) {
        fail(
            &format!("{at}/operationId"),
            format!(
                "the operationId {id:?} is not in PascalCase (letters and digits, a capital first)"
            ),
        );
    }
    let summary = op["summary"].as_str();
    match summary {
        None => fail(at, format!("`{id}` has no summary")),
        Some(summary) => {
            let at = format!("{at}/summary");
            if summary.chars().count() > 80 {
                fail(
                    &at,
                    format!("the summary {summary:?} is longer than 80 characters"),
                );
            }
            if ends_in_punctuation(summary) {
                fail(&at, format!("the summary {summary:?} ends in punctuation"));
            }
            if let Some(word) = not_sentence_case(summary) {
                fail(
                    &at,
                    format!(
                        "the summary {summary:?} is not in sentence case: {word:?} is capitalised"
                    ),
                );
            }
        }
    }
    match (op["description"].as_str(), summary) {
        (None, _) => fail(at, format!("`{id}` has no description")),
        (Some(description), Some(summary)) if description.trim() == summary.trim() => fail(
            &format!("{at}/description"),
            format!("`{id}`'s description repeats its summary"),
        ),
        _ => {}
    }
    let codes: Vec<&String> = op["responses"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(c, _)| c)
        .collect();
    if !codes.iter().any(|c| c.starts_with('2') && c.len() == 3) {
        let what = if codes.iter().any(|c| *c == "default") {
            "only a `default` response"
        } else {
            "no 2xx response"
        };
        fail(&format!("{at}/responses"), format!("`{id}` has {what}"));
    }
    let parameters = op["parameters"].as_array().into_iter().flatten();
    for (i, parameter) in parameters.enumerate() {
        let p_at = format!("{at}/parameters/{i}");
        let name = parameter["name"].as_str().unwrap_or_default();
        if parameter["x-ms-visibility"] == "internal"
            && parameter["required"] == true
            && parameter.get("default").is_none()
        {
            fail(
                &p_at,
                format!("`{name}` is internal and required but has no default: nobody can set it"),
            );
        }
        titles(&p_at, parameter, fail);
        if let Some(schema) = parameter.get("schema") {
            schema_titles(&format!("{p_at}/schema"), schema, fail);
        }
    }
    for (code, response) in op["responses"].as_object().into_iter().flatten() {
        if let Some(schema) = response.get("schema") {
            schema_titles(&format!("{at}/responses/{code}/schema"), schema, fail);
        }
    }
}

/// The `x-ms-summary` of a place.
fn titles(at: &str, node: &Value, fail: &mut impl FnMut(&str, String)) {
    let Some(title) = node.get("x-ms-summary").and_then(Value::as_str) else {
        return;
    };
    if title.chars().count() > 80 {
        fail(
            at,
            format!("the title {title:?} is longer than 80 characters"),
        );
    }
    if ends_in_punctuation(title) {
        fail(at, format!("the title {title:?} ends in punctuation"));
    }
}

fn schema_titles(at: &str, schema: &Value, fail: &mut impl FnMut(&str, String)) {
    titles(at, schema, fail);
    if let Some(items) = schema.get("items") {
        schema_titles(&format!("{at}/items"), items, fail);
    }
    for (name, property) in schema["properties"].as_object().into_iter().flatten() {
        schema_titles(&format!("{at}/properties/{name}"), property, fail);
    }
}

fn is_pascal_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_uppercase())
        && id.chars().all(|c| c.is_ascii_alphanumeric())
}

fn ends_in_punctuation(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', ',', ';', ':', '!', '?', '/'])
}

/// The first word after the first that is capitalised without being an acronym (`ID`) or a
/// proper noun.
pub fn not_sentence_case(text: &str) -> Option<&str> {
    let mut words = text.split_whitespace();
    let first = words.next()?;
    if !first.starts_with(|c: char| c.is_uppercase()) {
        return Some(first);
    }
    words.find(|word| {
        let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
        letters.starts_with(|c: char| c.is_uppercase())
            && letters.chars().any(|c| c.is_lowercase())
            && !PROPER_NOUNS.contains(&letters.as_str())
    })
}
