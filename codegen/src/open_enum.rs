//! Open enums: a component string enum marked `x-open-enum: true` also takes the values Stripe
//! adds after the spec was written, kept as sent in a last variant, `Other(String)`.
//!
//! typify writes every string enum closed: it derives `Copy`, its `Display` matches on `*self`
//! and its `FromStr` refuses any other string, so a value Stripe added later fails to decode.
//! For each open enum this module adds the variant (`#[serde(untagged)]`, so that it encodes as
//! the bare string), drops `Copy` (a `String` is not `Copy`), makes `Display` write the raw
//! string and `FromStr` (and the `TryFrom`s typify builds on it) accept any string. It decodes
//! through that `FromStr`, by a visitor on the string (`stripe_connector`'s `open_enum.rs`), in
//! place of serde's derive: with an untagged variant, the derive buffers every value before it
//! tries the named ones, which cost an allocation for each enum of every answer.
//!
//! Like the rewrites of `rewrite.rs`, each must find its target, or codegen fails.

use syn::punctuated::Punctuated;
use syn::{
    Attribute, Block, Expr, ExprMatch, ImplItem, Item, ItemEnum, ItemImpl, Pat, Stmt, Token,
};
use syn::{Path, parse_quote};

use crate::error::{Location, Problem};
use crate::extensions::OPEN_ENUM;

/// The name of the variant that holds a value the spec does not list.
const OTHER: &str = "Other";

/// Opens each enum of `open` (component schema names, which typify keeps as type names).
pub(crate) fn rewrite(file: &mut syn::File, open: &[String]) -> Result<(), Problem> {
    if open.is_empty() {
        return Ok(());
    }
    let items = types_module(file).ok_or_else(|| changed("the `types` module"))?;
    for name in open {
        let at = Location::root()
            .key("components")
            .key("schemas")
            .key(name)
            .key(OPEN_ENUM);
        let (mut found_enum, mut display, mut from_str) = (false, false, false);
        for item in items.iter_mut() {
            match item {
                Item::Enum(item) if item.ident == name => {
                    open_enum(item, &at)?;
                    found_enum = true;
                }
                Item::Impl(item) if implements(item, "Display", name) => {
                    display = open_display(item);
                }
                Item::Impl(item) if implements(item, "FromStr", name) => {
                    from_str = open_from_str(item);
                }
                _ => {}
            }
        }
        let missing = [
            (found_enum, format!("the enum `{name}`")),
            (display, format!("`match *self` in `Display for {name}`")),
            (from_str, format!("the `_` arm of `FromStr for {name}`")),
        ];
        if let Some((_, what)) = missing.iter().find(|(found, _)| !found) {
            return Err(changed(what));
        }
        let ident = syn::Ident::new(name, proc_macro2::Span::call_site());
        let at = items
            .iter()
            .position(|item| matches!(item, Item::Enum(item) if item.ident == name))
            .expect("found above");
        items.insert(at + 1, deserialize_by_from_str(&ident));
    }
    Ok(())
}

/// `Deserialize` for an open enum: its `FromStr`, by a visitor that sees a string.
fn deserialize_by_from_str(name: &syn::Ident) -> Item {
    parse_quote! {
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::runtime::deserialize_open_enum(deserializer)
            }
        }
    }
}

fn changed(what: &str) -> Problem {
    Problem::new(
        Location::root(),
        format!(
            "progenitor's output no longer contains {what}, which codegen rewrites to open an enum"
        ),
    )
    .help("progenitor changed: update codegen/src/open_enum.rs to its new output")
}

pub(crate) fn types_module(file: &mut syn::File) -> Option<&mut Vec<Item>> {
    file.items.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == "types" => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// Whether `item` is `impl <...>::<trait_name> for <name>`.
fn implements(item: &ItemImpl, trait_name: &str, name: &str) -> bool {
    let last = |path: &Path, wanted: &str| path.segments.last().is_some_and(|s| s.ident == wanted);
    let for_name = matches!(&*item.self_ty, syn::Type::Path(ty) if last(&ty.path, name));
    for_name
        && item
            .trait_
            .as_ref()
            .is_some_and(|(path, _)| last(path, trait_name))
}

/// Adds the `Other` variant and drops `Copy` and the derived `Deserialize`.
fn open_enum(item: &mut ItemEnum, at: &Location) -> Result<(), Problem> {
    let name = &item.ident;
    if item.variants.iter().any(|v| v.ident == OTHER) {
        return Err(Problem::new(
            at.clone(),
            format!("`{name}` already has a variant `{OTHER}`, the name of the variant that holds the values it does not list"),
        )
        .help("an enum with a value such as `other` cannot be open; remove `x-open-enum`"));
    }
    for attr in &mut item.attrs {
        drop_derives(attr, &["Copy", "Deserialize"]);
    }
    item.variants.push(parse_quote! {
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String)
    });
    Ok(())
}

/// `#[derive(..)]` without the traits named in `dropped`; any other attribute stays as it is.
pub(crate) fn drop_derives(attr: &mut Attribute, dropped: &[&str]) {
    if !attr.path().is_ident("derive") {
        return;
    }
    let Ok(derives) = attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated) else {
        return;
    };
    let named = |path: &Path| {
        path.segments
            .last()
            .is_some_and(|last| dropped.iter().any(|name| last.ident == name))
    };
    let kept = derives.into_iter().filter(|path| !named(path));
    let kept: Punctuated<Path, Token![,]> = kept.collect();
    *attr = parse_quote!(#[derive(#kept)]);
}

/// `match *self { .. }` becomes `match self { .., Self::Other(value) => f.write_str(value) }`.
fn open_display(item: &mut ItemImpl) -> bool {
    let Some(found) = method_match(item, "fmt") else {
        return false;
    };
    let Expr::Unary(deref) = &*found.expr else {
        return false;
    };
    if !matches!(deref.op, syn::UnOp::Deref(_)) {
        return false;
    }
    found.expr = parse_quote!(self);
    found
        .arms
        .push(parse_quote!(Self::Other(value) => f.write_str(value),));
    true
}

/// `_ => Err("invalid value".into())` becomes `_ => Ok(Self::Other(value.to_string()))`.
fn open_from_str(item: &mut ItemImpl) -> bool {
    let Some(found) = method_match(item, "from_str") else {
        return false;
    };
    let Some(arm) = found
        .arms
        .iter_mut()
        .find(|arm| matches!(arm.pat, Pat::Wild(_)))
    else {
        return false;
    };
    *arm.body = parse_quote!(Ok(Self::Other(value.to_string())));
    true
}

/// The `match` that is the whole body of the method `name` of `item`.
fn method_match<'a>(item: &'a mut ItemImpl, name: &str) -> Option<&'a mut ExprMatch> {
    let method = item.items.iter_mut().find_map(|item| match item {
        ImplItem::Fn(method) if method.sig.ident == name => Some(method),
        _ => None,
    })?;
    only_match(&mut method.block)
}

fn only_match(block: &mut Block) -> Option<&mut ExprMatch> {
    match block.stmts.as_mut_slice() {
        [Stmt::Expr(Expr::Match(found), None)] => Some(found),
        _ => None,
    }
}
