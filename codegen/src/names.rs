//! The Rust names progenitor and typify give spec names: `CreateProduct` → `create_product`,
//! `created[gt]` → `created_gt`, `type` → `type_`, `rate_limit_error` → `RateLimitError`.

/// Rust keywords a field or method may not be named, which typify suffixes with `_`.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
    "where", "while", "yield",
];

/// The words of a name: split at anything not alphanumeric and where a capital follows a
/// lower-case letter or digit.
fn words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            words.extend((!current.is_empty()).then(|| std::mem::take(&mut current)));
            previous_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && previous_lower {
            words.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        current.push(c.to_ascii_lowercase());
    }
    words.extend((!current.is_empty()).then_some(current));
    words
}

/// A field, parameter or method name: `created[gt]` → `created_gt`, `type` → `type_`.
pub(crate) fn snake(name: &str) -> String {
    let name = words(name).join("_");
    if KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// A command-line word: `InvoiceItem` → `invoice-item`, `created_gt` → `created-gt`.
pub(crate) fn kebab(name: &str) -> String {
    words(name).join("-")
}

/// A type or variant name: `rate_limit_error` → `RateLimitError`.
pub(crate) fn camel(name: &str) -> String {
    words(name)
        .iter()
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_progenitor() {
        assert_eq!(snake("CreateProduct"), "create_product");
        assert_eq!(snake("created[gt]"), "created_gt");
        assert_eq!(snake("type"), "type_");
        assert_eq!(camel("rate_limit_error"), "RateLimitError");
        assert_eq!(camel("ListOrders"), "ListOrders");
        assert_eq!(camel("good"), "Good");
        assert_eq!(camel("fake-stripe"), "FakeStripe");
        assert_eq!(kebab("InvoiceItem"), "invoice-item");
    }
}
