//! The workflow expressions the `pollingtrigger` policy uses, evaluated as the platform would
//! against the body of a trigger's response: `@triggerBody().data` (a whole value) and
//! `@{triggerBody().data[0].created}` (a value inside a string). Only `triggerBody()` followed
//! by `.name`, `['name']`, `?['name']` and `[n]` is understood; anything else is an error.

use serde_json::Value;

/// Evaluates `template` against `body`: `@expr` is the value, `@{expr}` inside text is the
/// value as text, anything else is literal text.
pub fn evaluate(template: &str, body: &Value) -> Result<Value, String> {
    if let Some(expression) = template.strip_prefix('@')
        && !expression.starts_with('{')
    {
        return path(expression, body);
    }
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find("@{") {
        out.push_str(&rest[..start]);
        let inner = &rest[start + 2..];
        let end = inner
            .find('}')
            .ok_or_else(|| format!("`{template}`: `@{{` without its `}}`"))?;
        match path(&inner[..end], body)? {
            Value::String(s) => out.push_str(&s),
            Value::Null => return Err(format!("`{template}`: `{}` is null", &inner[..end])),
            other => out.push_str(&other.to_string()),
        }
        rest = &inner[end + 1..];
    }
    out.push_str(rest);
    Ok(Value::String(out))
}

/// `triggerBody()` and the accessors after it.
fn path(expression: &str, body: &Value) -> Result<Value, String> {
    let mut rest = expression
        .trim()
        .strip_prefix("triggerBody()")
        .ok_or_else(|| format!("`{expression}`: only `triggerBody()` is understood"))?;
    let mut node = body.clone();
    while !rest.is_empty() {
        rest = rest.strip_prefix('?').unwrap_or(rest);
        let (key, after) = if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[', '?']).unwrap_or(after.len());
            (Key::Name(after[..end].to_string()), &after[end..])
        } else if let Some(after) = rest.strip_prefix("['") {
            let end = after
                .find("']")
                .ok_or_else(|| format!("`{expression}`: `['` without its `']`"))?;
            (Key::Name(after[..end].to_string()), &after[end + 2..])
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after
                .find(']')
                .ok_or_else(|| format!("`{expression}`: `[` without its `]`"))?;
            let index = after[..end]
                .parse()
                .map_err(|_| format!("`{expression}`: `{}` is not an index", &after[..end]))?;
            (Key::Index(index), &after[end + 1..])
        } else {
            return Err(format!("`{expression}`: cannot read `{rest}`"));
        };
        node = match key {
            Key::Name(name) => node
                .get(&name)
                .cloned()
                .ok_or_else(|| format!("`{expression}`: no `{name}` in the body"))?,
            Key::Index(i) => node
                .get(i)
                .cloned()
                .ok_or_else(|| format!("`{expression}`: no item {i} in the body"))?,
        };
        rest = after;
    }
    Ok(node)
}

enum Key {
    Name(String),
    Index(usize),
}

/// The schema an expression's value has, following its accessors through a response schema
/// (`properties` for a name, `items` for an index), or why it cannot be followed.
pub fn schema_at<'a>(expression: &str, schema: &'a Value) -> Result<&'a Value, String> {
    let inner = expression
        .strip_prefix("@{")
        .and_then(|e| e.strip_suffix('}'))
        .or_else(|| expression.strip_prefix('@'))
        .ok_or_else(|| format!("`{expression}` is not an expression"))?;
    let mut rest = inner
        .trim()
        .strip_prefix("triggerBody()")
        .ok_or_else(|| format!("`{expression}`: only `triggerBody()` is understood"))?;
    let mut node = schema;
    while !rest.is_empty() {
        rest = rest.strip_prefix('?').unwrap_or(rest);
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[', '?']).unwrap_or(after.len());
            let name = &after[..end];
            node = node
                .get("properties")
                .and_then(|p| p.get(name))
                .ok_or_else(|| {
                    format!("`{expression}`: the response has no property `{name}` there")
                })?;
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after
                .find(']')
                .ok_or_else(|| format!("`{expression}`: `[` without its `]`"))?;
            node = node.get("items").ok_or_else(|| {
                format!(
                    "`{expression}`: `{}` indexes something that is not a list",
                    &after[..end]
                )
            })?;
            rest = &after[end + 1..];
        } else {
            return Err(format!("`{expression}`: cannot read `{rest}`"));
        }
    }
    Ok(node)
}
