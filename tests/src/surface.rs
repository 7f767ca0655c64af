//! The public API surface of the generated files, one line per item: the types and their
//! fields, the client's methods and their builders' setters, the connection's actions, the
//! connector's constants and triggers, and the command line's subcommands with their flags.
//! A reviewer reads its snapshot in a minute, where the generated files run to thousands of
//! lines.

use syn::{Fields, ImplItem, Item, ItemImpl, ItemMod, Signature, Type, Visibility};

/// The surface of the generated client `client` and command line `cli`, as text.
pub fn surface(client: &str, cli: &str) -> String {
    let client = syn::parse_file(client).expect("the generated client parses");
    let cli = syn::parse_file(cli).expect("the generated command line parses");
    let mut out = Vec::new();
    section(&mut out, "types", types(&client.items));
    section(&mut out, "Client methods", client_methods(&client.items));
    section(&mut out, "builder setters", builders(&client.items));
    section(&mut out, "Connection actions", actions(&client.items));
    section(
        &mut out,
        "connector",
        module_items(&client.items, "connector"),
    );
    section(
        &mut out,
        "triggers",
        module_items(&client.items, "triggers"),
    );
    section(&mut out, "command line", commands(&cli.items));
    out.join("\n") + "\n"
}

fn section(out: &mut Vec<String>, title: &str, lines: Vec<String>) {
    out.push(format!("# {title}"));
    out.extend(lines);
    out.push(String::new());
}

/// A type as prettyplease prints it, without the `::std::…` paths that only make it longer.
fn text(ty: &Type) -> String {
    let item: Item = syn::parse_quote!(type T = #ty;);
    let printed = printed(item);
    shorten(
        printed
            .trim_start_matches("type T = ")
            .trim_end_matches(';'),
    )
}

/// A signature as prettyplease prints it, on one line.
fn signature(sig: &Signature) -> String {
    let item: Item = syn::parse_quote!(#sig {});
    let printed = printed(item);
    shorten(printed.trim_end_matches("{}").trim())
}

/// `item` printed by prettyplease, its lines joined by single spaces.
fn printed(item: Item) -> String {
    let file: syn::File = syn::parse_quote!(#item);
    let text = prettyplease::unparse(&file);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn shorten(text: &str) -> String {
    [
        "::std::option::",
        "::std::string::",
        "::std::vec::",
        "::std::result::",
        "::std::convert::",
        "::std::fmt::",
        "::std::",
    ]
    .iter()
    .fold(text.to_string(), |text, path| text.replace(path, ""))
    .replace("( ", "(")
    .replace(", )", ")")
    .trim_end_matches(',')
    .to_string()
}

/// The items of module `name` among `items`.
fn module<'a>(items: &'a [Item], name: &str) -> &'a [Item] {
    items
        .iter()
        .find_map(|item| match item {
            Item::Mod(ItemMod {
                ident,
                content: Some((_, items)),
                ..
            }) if ident == name => Some(items.as_slice()),
            _ => None,
        })
        .unwrap_or(&[])
}

fn is_pub(visibility: &Visibility) -> bool {
    matches!(visibility, Visibility::Public(_))
}

/// Each struct with its public fields, each enum with its variants.
fn types(items: &[Item]) -> Vec<String> {
    module(items, "types")
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) if is_pub(&s.vis) => Some(format!(
                "struct {} {{ {} }}",
                s.ident,
                fields(&s.fields).join(", ")
            )),
            Item::Enum(e) if is_pub(&e.vis) => {
                let variants: Vec<String> = e
                    .variants
                    .iter()
                    .map(|v| format!("{}{}", v.ident, tuple(&v.fields)))
                    .collect();
                Some(format!("enum {} {{ {} }}", e.ident, variants.join(", ")))
            }
            _ => None,
        })
        .collect()
}

fn fields(fields: &Fields) -> Vec<String> {
    fields
        .iter()
        .filter(|f| is_pub(&f.vis))
        .filter_map(|f| Some(format!("{}: {}", f.ident.as_ref()?, text(&f.ty))))
        .collect()
}

fn tuple(fields: &Fields) -> String {
    match fields {
        Fields::Unnamed(unnamed) => {
            let types: Vec<String> = unnamed.unnamed.iter().map(|f| text(&f.ty)).collect();
            format!("({})", types.join(", "))
        }
        _ => String::new(),
    }
}

/// The public methods of the `impl` blocks of `self_type` among `items`, as signatures.
fn methods(items: &[Item], self_type: &str) -> Vec<String> {
    items
        .iter()
        .filter_map(|item| match item {
            Item::Impl(block) if block.trait_.is_none() && names(block, self_type) => Some(block),
            _ => None,
        })
        .flat_map(|block| &block.items)
        .filter_map(|item| match item {
            ImplItem::Fn(f) if is_pub(&f.vis) => Some(signature(&f.sig)),
            _ => None,
        })
        .collect()
}

/// Whether `block` implements methods on a type whose path ends in `name`.
fn names(block: &ItemImpl, name: &str) -> bool {
    match &*block.self_ty {
        Type::Path(path) => path.path.segments.last().is_some_and(|s| s.ident == name),
        _ => false,
    }
}

fn client_methods(items: &[Item]) -> Vec<String> {
    methods(items, "Client")
}

/// Each operation's builder and its setters.
fn builders(items: &[Item]) -> Vec<String> {
    let builder = module(items, "builder");
    builder
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) if is_pub(&s.vis) => Some(s.ident.to_string()),
            _ => None,
        })
        .map(|name| {
            let setters: Vec<String> = methods(builder, &name)
                .iter()
                .filter_map(|sig| sig.strip_prefix("pub fn ").or(sig.strip_prefix("fn ")))
                .filter_map(|sig| sig.split(['<', '(']).next())
                .filter(|setter| !matches!(*setter, "new" | "send"))
                .map(str::to_string)
                .collect();
            format!("builder::{name} {{ {} }}", setters.join(", "))
        })
        .collect()
}

fn actions(items: &[Item]) -> Vec<String> {
    methods(items, "Connection")
}

/// The public constants and structs of module `name`.
fn module_items(items: &[Item], name: &str) -> Vec<String> {
    module(items, name)
        .iter()
        .filter_map(|item| match item {
            Item::Const(c) if is_pub(&c.vis) => Some(format!("const {}: {}", c.ident, text(&c.ty))),
            Item::Struct(s) if is_pub(&s.vis) => Some(format!("struct {}", s.ident)),
            _ => None,
        })
        .collect()
}

/// Each subcommand of the command line with its arguments: `<ID>` a positional one, `--flag
/// TYPE` an option, `...` one that repeats, `[--flag]` a switch.
fn commands(items: &[Item]) -> Vec<String> {
    let mut lines = Vec::new();
    for (group, group_type) in subcommands(items, "Action") {
        for (command, args) in subcommands(items, &group_type) {
            lines.push(format!("{group} {command} {}", arguments(items, &args)));
        }
    }
    lines
}

/// The variants of enum `name` as (command name, the type it holds).
fn subcommands(items: &[Item], name: &str) -> Vec<(String, String)> {
    let Some(e) = items.iter().find_map(|item| match item {
        Item::Enum(e) if e.ident == name => Some(e),
        _ => None,
    }) else {
        return Vec::new();
    };
    e.variants
        .iter()
        .filter_map(|v| {
            let held = match &v.fields {
                Fields::Unnamed(f) => {
                    let held = text(&f.unnamed.first()?.ty);
                    match held.starts_with("Box<") {
                        true => inner(&held).to_string(),
                        false => held,
                    }
                }
                _ => return None,
            };
            let command = attribute_value(&v.attrs, "name").unwrap_or_else(|| v.ident.to_string());
            Some((command, held))
        })
        .collect()
}

/// The arguments of struct `name`.
fn arguments(items: &[Item], name: &str) -> String {
    let Some(s) = items.iter().find_map(|item| match item {
        Item::Struct(s) if s.ident == name => Some(s),
        _ => None,
    }) else {
        return String::new();
    };
    let args: Vec<String> = s
        .fields
        .iter()
        .map(|f| {
            let ty = text(&f.ty);
            let switch = ty == "bool"
                && !quote::ToTokens::to_token_stream(&f.attrs[0])
                    .to_string()
                    .contains("ArgAction :: Set");
            match attribute_value(&f.attrs, "long") {
                Some(long) if switch => format!("[--{long}]"),
                Some(long) if ty.starts_with("Vec<") => format!("[--{long} {}]...", inner(&ty)),
                Some(long) if ty.starts_with("Option<") => format!("[--{long} {}]", inner(&ty)),
                Some(long) => format!("--{long} {ty}"),
                None => format!(
                    "<{}>",
                    f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default()
                ),
            }
        })
        .collect();
    args.join(" ")
}

/// `T` of `Option<T>` or `Vec<T>`.
fn inner(ty: &str) -> &str {
    ty.split_once('<')
        .and_then(|(_, rest)| rest.strip_suffix('>'))
        .unwrap_or(ty)
}

/// The string value of `key = "…"` in the attributes, if any (`name` is not `value_name`).
fn attribute_value(attrs: &[syn::Attribute], key: &str) -> Option<String> {
    let pattern = format!("{key} = \"");
    attrs.iter().find_map(|attr| {
        let tokens = quote::ToTokens::to_token_stream(&attr.meta).to_string();
        let (start, _) = tokens.match_indices(&pattern).find(|(at, _)| {
            let before = tokens[..*at].chars().next_back();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
        })?;
        let rest = &tokens[start + pattern.len()..];
        Some(rest[..rest.find('"')?].to_string())
    })
}
