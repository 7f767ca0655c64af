//! The Rust names progenitor and typify give spec names, computed exactly as they compute them:
//! heck's case conversion, then their escaping (`type` → `type_`, a leading digit prefixed).
//!
//! Every name codegen derives from the spec goes through here: the method it calls in a trigger,
//! the types and fields it names, the collisions the validator refuses, the items `spec-diff`
//! reports. `GetHTTPThing` is `get_http_thing` everywhere, as in the generated client.
//!
//! The copy follows `sanitize` and `accept_as_ident` in progenitor-impl 0.15.1 (`src/util.rs`)
//! and typify-impl 0.8.0 (`src/util.rs`); the two differ only in how they escape a name that
//! starts with a character no identifier may start with. codegen's tests check the keyword list
//! against typify's own.

use heck::{ToKebabCase, ToPascalCase, ToSnakeCase};
use unicode_ident::{is_xid_continue, is_xid_start};

#[derive(Clone, Copy)]
enum Case {
    Snake,
    Pascal,
}

/// Whose escaping: progenitor prefixes `_` to a name that cannot start an identifier, typify
/// prefixes `x` (or `X`).
#[derive(Clone, Copy)]
enum Escaping {
    Progenitor,
    Typify,
}

/// The `Client` method of an operationId: `CreateProduct` → `create_product`.
pub fn method(operation_id: &str) -> String {
    sanitize(operation_id, Case::Snake, Escaping::Progenitor)
}

/// The builder struct of an operationId: `GetHTTPThing` → `GetHttpThing` (progenitor cases the
/// method name again).
pub fn builder(operation_id: &str) -> String {
    sanitize(&method(operation_id), Case::Pascal, Escaping::Progenitor)
}

/// The builder method of a parameter: `created[gt]` → `created_gt`.
pub fn parameter(name: &str) -> String {
    sanitize(name, Case::Snake, Escaping::Progenitor)
}

/// The type progenitor names after an operation and one of its parameters, for a parameter
/// whose schema needs a type of its own (an enum): `ListOrders`, `status` → `ListOrdersStatus`.
pub fn parameter_type(operation_id: &str, name: &str) -> String {
    sanitize(
        &format!("{operation_id}-{name}"),
        Case::Pascal,
        Escaping::Progenitor,
    )
}

/// The struct field of a property: `type` → `type_`.
pub fn field(property: &str) -> String {
    sanitize(property, Case::Snake, Escaping::Typify)
}

/// The type of a component schema: `order_list` → `OrderList`.
pub fn type_name(schema: &str) -> String {
    sanitize(schema, Case::Pascal, Escaping::Typify)
}

/// The enum variant of a string enum value: `rate_limit_error` → `RateLimitError`.
pub fn variant(value: &str) -> String {
    sanitize(value, Case::Pascal, Escaping::Typify)
}

/// A command-line word, in heck's words too: `InvoiceItem` → `invoice-item`,
/// `created_gt` → `created-gt`.
pub fn kebab(name: &str) -> String {
    name.to_kebab_case()
}

fn sanitize(input: &str, case: Case, escaping: Escaping) -> String {
    let to_case = |text: &str| match case {
        Case::Snake => text.to_snake_case(),
        Case::Pascal => text.to_pascal_case(),
    };
    let out = match input {
        "+1" => "plus1".to_string(),
        "-1" => "minus1".to_string(),
        _ => to_case(
            &input
                .replace('\'', "")
                .replace(|c: char| !is_xid_continue(c), "-"),
        ),
    };
    let out = match (out.chars().next(), escaping) {
        (None, _) => to_case("x"),
        (Some(c), _) if is_xid_start(c) => out,
        (Some(_), Escaping::Progenitor) => format!("_{out}"),
        (Some(_), Escaping::Typify) => format!("{}{out}", to_case("x")),
    };
    if accept_as_ident(&out) {
        out
    } else {
        format!("{out}_")
    }
}

/// The words typify escapes with a trailing `_`: Rust's keywords, reserved words and `_`.
pub const KEYWORDS: [&str; 53] = [
    "_", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "Self", "self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Whether typify takes `name` as an identifier as it is (typify-impl's `accept_as_ident`).
pub fn accept_as_ident(name: &str) -> bool {
    !KEYWORDS.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_progenitor_and_typify() {
        assert_eq!(method("CreateProduct"), "create_product");
        assert_eq!(method("GetHTTPThing"), "get_http_thing");
        assert_eq!(builder("GetHTTPThing"), "GetHttpThing");
        assert_eq!(builder("ListOrders"), "ListOrders");
        assert_eq!(parameter("created[gt]"), "created_gt");
        assert_eq!(parameter_type("ListOrders", "status"), "ListOrdersStatus");
        assert_eq!(field("type"), "type_");
        assert_eq!(field("account_balance"), "account_balance");
        assert_eq!(type_name("order_list"), "OrderList");
        assert_eq!(type_name("Self"), "Self_");
        assert_eq!(variant("rate_limit_error"), "RateLimitError");
        assert_eq!(variant("good"), "Good");
    }

    #[test]
    fn a_name_that_cannot_start_an_identifier_is_escaped_as_each_generator_does() {
        assert_eq!(method("3DSecure"), "_3d_secure");
        assert_eq!(field("3d_secure"), "x3d_secure");
        assert_eq!(variant("+1"), "plus1");
        assert_eq!(type_name(""), "X");
    }
}
