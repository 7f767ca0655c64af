//! A small YAML emitter in the style of `spec/stripe.yaml`: block mappings indented by two,
//! sequences of scalars in flow style (`[a, b]`), other sequences as `- ` items, strings plain
//! unless YAML would read them otherwise, and long descriptions folded (`>-`) at 100 columns.
//!
//! It writes what [`super`] builds (a `serde_json::Value` whose maps keep their insertion order),
//! nothing more general: no anchors, tags or multi-document streams.

use serde_json::Value;

/// The column a folded description wraps at.
const WIDTH: usize = 100;

/// `value` as lines of YAML, each indented by at least `indent` spaces.
pub fn emit(value: &Value, indent: usize, out: &mut Vec<String>) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                let key = if key == "$ref" {
                    key.clone()
                } else {
                    scalar(&Value::String(key.clone()), false)
                };
                match item {
                    Value::String(text) if key == "description" => {
                        out.push(format!("{pad}{key}:{}", description(text, indent)));
                    }
                    Value::Array(items) if items.iter().all(is_scalar) => {
                        flow(&format!("{pad}{key}: ["), items, indent + 4, out);
                    }
                    Value::Object(inner) if inner.is_empty() => {
                        out.push(format!("{pad}{key}: {{}}"))
                    }
                    Value::Object(_) | Value::Array(_) => {
                        out.push(format!("{pad}{key}:"));
                        emit(item, indent + 2, out);
                    }
                    _ => out.push(format!("{pad}{key}: {}", scalar(item, false))),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                let mut lines = Vec::new();
                emit(item, indent + 2, &mut lines);
                let mut lines = lines.into_iter();
                if let Some(first) = lines.next() {
                    out.push(format!("{pad}- {}", &first[indent + 2..]));
                }
                out.extend(lines);
            }
        }
        _ => out.push(format!("{pad}{}", scalar(value, false))),
    }
}

/// A sequence of scalars in flow style after `opening` (`key: [`), wrapped at 100 columns with
/// the lines after the first indented by `indent`, as the spec writes long `required` and `enum`.
fn flow(opening: &str, items: &[Value], indent: usize, out: &mut Vec<String>) {
    let mut line = opening.to_string();
    let mut empty = true;
    for (i, item) in items.iter().enumerate() {
        let end = if i + 1 == items.len() { "]" } else { "," };
        let piece = format!("{}{end}", scalar(item, true));
        if empty {
            line.push_str(&piece);
        } else if line.chars().count() + 1 + piece.chars().count() <= WIDTH {
            line.push(' ');
            line.push_str(&piece);
        } else {
            out.push(line);
            line = format!("{}{piece}", " ".repeat(indent));
        }
        empty = false;
    }
    if empty {
        line.push(']');
    }
    out.push(line);
}

/// Whether `value` is written on one line by itself (not a map or a sequence).
fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Object(_) | Value::Array(_))
}

/// A description after its key: on the same line when short and plain (nothing to quote or
/// escape), else folded.
fn description(text: &str, indent: usize) -> String {
    let plain = text.chars().count() + indent + 13 <= WIDTH
        && !text.contains('\n')
        && !text.contains(|c| "#'\"`[]{}".contains(c))
        && !text.contains(": ")
        && !needs_quotes(text, false);
    if plain {
        format!(" {}", scalar(&Value::String(text.to_string()), false))
    } else {
        folded(text, indent + 2)
    }
}

/// `text` as a folded block scalar (`>-`): its words wrapped greedily so that no line passes
/// column 100 (a word longer than a line stays whole), each line indented by `indent`.
pub fn folded(text: &str, indent: usize) -> String {
    let width = WIDTH.saturating_sub(indent).max(40);
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    let pad = " ".repeat(indent);
    let body: Vec<String> = lines.iter().map(|line| format!("{pad}{line}")).collect();
    format!(" >-\n{}", body.join("\n"))
}

/// A scalar as YAML reads it back: a string plain when that is unambiguous, else quoted.
/// `flow` is set inside `[...]`, where a comma would end the item.
pub fn scalar(value: &Value, flow: bool) -> String {
    match value {
        Value::String(text) if text.chars().any(char::is_control) => value.to_string(),
        Value::String(text) if needs_quotes(text, flow) => {
            format!("'{}'", text.replace('\'', "''"))
        }
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// Whether YAML would read `text`, written plain, as something else (a number, a boolean, a
/// comment, a flow collection, an alias...) or fail to read it.
fn needs_quotes(text: &str, flow: bool) -> bool {
    const WORDS: [&str; 10] = [
        "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~",
    ];
    text.is_empty()
        || text.contains(|c| "#{}[]&*!|>'\"%@`".contains(c))
        || (flow && text.contains(','))
        || text.contains(": ")
        || text.ends_with(':')
        || text.starts_with(char::is_whitespace)
        || text.ends_with(char::is_whitespace)
        || text.starts_with(['-', '?'])
        || WORDS.contains(&text.to_lowercase().as_str())
        || text.chars().all(|c| "+-0123456789.eE".contains(c))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn yaml(value: &Value) -> String {
        let mut out = Vec::new();
        emit(value, 0, &mut out);
        out.join("\n")
    }

    #[test]
    fn strings_yaml_would_misread_are_quoted() {
        for text in [
            "",
            "2019-10-08",
            "true",
            "No",
            "#/components",
            "a: b",
            "-x",
            "it's",
        ] {
            let quoted = scalar(&json!(text), false);
            assert!(quoted.starts_with('\''), "{text:?} written {quoted}");
            let back: String = serde_norway::from_str(&quoted).unwrap();
            assert_eq!(back, text);
        }
        assert_eq!(
            scalar(&json!("charge_automatically"), false),
            "charge_automatically"
        );
        assert_eq!(scalar(&json!("a, b"), true), "'a, b'");
    }

    #[test]
    fn long_descriptions_fold_within_100_columns() {
        let text = "word ".repeat(60);
        let out = yaml(&json!({"description": text, "type": "string"}));
        assert!(out.starts_with("description: >-\n  word word"), "{out}");
        assert!(out.lines().all(|line| line.len() <= 100), "{out}");
        let back: Value = serde_norway::from_str(&out).unwrap();
        assert_eq!(back["description"], text.trim());
    }

    #[test]
    fn scalar_lists_flow_and_object_lists_are_blocks() {
        let value = json!({"required": ["id", "object"], "anyOf": [{"type": "string"}]});
        assert_eq!(
            yaml(&value),
            "required: [id, object]\nanyOf:\n  - type: string"
        );
    }

    #[test]
    fn long_flow_lists_wrap_within_100_columns() {
        let names: Vec<String> = (0..40).map(|i| format!("field_{i}")).collect();
        let out = yaml(&json!({ "required": names }));
        assert!(out.lines().count() > 1, "{out}");
        assert!(
            out.lines()
                .skip(1)
                .all(|line| line.starts_with("    field_")),
            "{out}"
        );
        assert!(out.lines().all(|line| line.len() <= 100), "{out}");
        let back: Value = serde_norway::from_str(&out).unwrap();
        assert_eq!(back["required"], json!(names));
    }
}
