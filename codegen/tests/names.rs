//! The front end names things as the generators do without linking them; here, where typify is
//! at hand, its copy of typify's identifier test is checked against typify's own.

use spec_model::names::{KEYWORDS, accept_as_ident};

#[test]
fn every_copied_keyword_is_one_typify_escapes() {
    for word in KEYWORDS {
        assert!(
            !typify::accept_as_ident(word),
            "typify takes `{word}` as it is"
        );
    }
}

#[test]
fn the_copy_agrees_with_typify_on_every_rust_keyword_and_ordinary_names() {
    let words = [
        // Strict, reserved and weak keywords of Rust 2024, and what surrounds them.
        "as",
        "async",
        "await",
        "break",
        "const",
        "continue",
        "crate",
        "dyn",
        "else",
        "enum",
        "extern",
        "false",
        "fn",
        "for",
        "if",
        "impl",
        "in",
        "let",
        "loop",
        "match",
        "mod",
        "move",
        "mut",
        "pub",
        "ref",
        "return",
        "self",
        "Self",
        "static",
        "struct",
        "super",
        "trait",
        "true",
        "type",
        "unsafe",
        "use",
        "where",
        "while",
        "abstract",
        "become",
        "box",
        "do",
        "final",
        "gen",
        "macro",
        "override",
        "priv",
        "try",
        "typeof",
        "unsized",
        "virtual",
        "yield",
        "union",
        "raw",
        "safe",
        "macro_rules",
        "'static",
        "_",
        "__",
        "type_",
        "x",
        "customer",
        "created_gt",
        "Self_",
        "default",
    ];
    for word in words {
        assert_eq!(
            accept_as_ident(word),
            typify::accept_as_ident(word),
            "`{word}`"
        );
    }
}
