//! Tagged `oneOf`s: each `oneOf` of Stripe objects, which typify writes as an untagged enum,
//! decodes by the object's `object` field instead (`stripe_connector`'s `tagged.rs`).
//!
//! typify derives `Deserialize` with `#[serde(untagged)]`: serde buffers the whole object, tries
//! every variant in turn, and when none fits says only "data did not match any variant". Every
//! variant of these enums is an object with a one-value `object` enum (`CardObject`: `"card"`),
//! which names it; two variants may share it when one is the deleted form of the other (a
//! required `deleted: bool`), and `deleted` then tells them apart. For each such enum this module
//! drops the derived `Deserialize` (the untagged `Serialize` stays: each variant writes its own
//! `object`) and implements `crate::runtime::Tagged`, whose `Deserialize` chooses the variant
//! from `object` and decodes it in place.
//!
//! Any other untagged enum (a field that is an id or an object, without `x-expandable`, say)
//! stays as typify writes it.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Fields, Item, ItemEnum, ItemStruct, Type, parse_quote};

use crate::error::{Location, Problem};
use crate::open_enum::{drop_derives, types_module};

/// What a variant's struct says about it.
struct Variant {
    name: syn::Ident,
    object: String,
    deleted: bool,
}

/// Makes each untagged enum of the `types` module decode by `object`.
pub(crate) fn rewrite(file: &mut syn::File) -> Result<(), Problem> {
    let items = types_module(file).ok_or_else(|| {
        Problem::new(
            Location::root(),
            "progenitor's output no longer has a `types` module",
        )
    })?;
    let mut added = Vec::new();
    for (at, item) in items.iter().enumerate() {
        let Item::Enum(item) = item else { continue };
        if !is_untagged(item) {
            continue;
        }
        let variants = item
            .variants
            .iter()
            .map(|variant| describe(items, variant))
            .collect::<Option<Vec<_>>>();
        if let Some(tokens) = variants.and_then(|variants| tagged(&item.ident, &variants)) {
            added.push((at, tokens));
        }
    }
    for (at, tokens) in added.into_iter().rev() {
        if let Item::Enum(item) = &mut items[at] {
            for attr in &mut item.attrs {
                drop_derives(attr, &["Deserialize"]);
            }
        }
        let file: syn::File = parse_quote!(#tokens);
        items.splice(at + 1..at + 1, file.items);
    }
    Ok(())
}

/// Whether the enum itself (not one of its variants) is `#[serde(untagged)]`.
fn is_untagged(item: &ItemEnum) -> bool {
    item.attrs.iter().any(|attr| {
        attr.path().is_ident("serde")
            && attr
                .parse_args::<syn::Ident>()
                .is_ok_and(|arg| arg == "untagged")
    })
}

/// The `object` (and whether it is a deleted form) of `variant`, from its struct.
fn describe(items: &[Item], variant: &syn::Variant) -> Option<Variant> {
    let Fields::Unnamed(fields) = &variant.fields else {
        return None;
    };
    let [field] = fields.unnamed.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let inner = last_ident(&field.ty)?;
    let found = items.iter().find_map(|i| match i {
        Item::Struct(s) if s.ident == inner => Some(s),
        _ => None,
    })?;
    let object = one_value(items, &last_ident(field_type(found, "object")?)?)?;
    let deleted = field_type(found, "deleted")
        .is_some_and(|ty| matches!(ty, Type::Path(p) if p.path.is_ident("bool")));
    Some(Variant {
        name: variant.ident.clone(),
        object,
        deleted,
    })
}

fn last_ident(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

fn field_type<'a>(item: &'a ItemStruct, name: &str) -> Option<&'a Type> {
    let Fields::Named(fields) = &item.fields else {
        return None;
    };
    fields
        .named
        .iter()
        .find(|field| field.ident.as_ref().is_some_and(|ident| ident == name))
        .map(|field| &field.ty)
}

/// The value of the enum `name` when it has exactly one, `#[serde(rename = "value")]`.
fn one_value(items: &[Item], name: &str) -> Option<String> {
    let item = items.iter().find_map(|i| match i {
        Item::Enum(e) if e.ident == name => Some(e),
        _ => None,
    })?;
    let [variant] = item.variants.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    variant.attrs.iter().find_map(|attr| {
        if !attr.path().is_ident("serde") {
            return None;
        }
        let syn::Meta::List(list) = &attr.meta else {
            return None;
        };
        let value: syn::MetaNameValue = list.parse_args().ok()?;
        match (&value.value, value.path.is_ident("rename")) {
            (
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }),
                true,
            ) => Some(text.value()),
            _ => None,
        }
    })
}

/// `impl crate::runtime::Tagged` and `Deserialize` for the enum `name` of `variants`; `None`
/// when two of them share `object` and `deleted` does not tell them apart.
fn tagged(name: &syn::Ident, variants: &[Variant]) -> Option<TokenStream> {
    let mut by_object: BTreeMap<&str, Vec<&Variant>> = BTreeMap::new();
    for variant in variants {
        by_object.entry(&variant.object).or_default().push(variant);
    }
    let mut arms = Vec::new();
    let mut shared = Vec::new();
    for (object, group) in &by_object {
        let arm = |variant: &Variant, deleted: TokenStream| {
            let ident = &variant.name;
            quote!((#object, #deleted) => ::serde::Deserialize::deserialize(deserializer).map(Self::#ident),)
        };
        match group[..] {
            [one] => arms.push(arm(one, quote!(_))),
            [a, b] if a.deleted != b.deleted => {
                let (live, deleted) = if a.deleted { (b, a) } else { (a, b) };
                arms.push(arm(live, quote!(false)));
                arms.push(arm(deleted, quote!(true)));
                shared.push(*object);
            }
            _ => return None,
        }
    }
    let objects = by_object.keys();
    let type_name = name.to_string();
    let shared = match shared.is_empty() {
        true => quote!(
            fn shared(_object: &str) -> bool {
                false
            }
        ),
        false => quote!(
            fn shared(object: &str) -> bool {
                matches!(object, #(#shared)|*)
            }
        ),
    };
    Some(quote! {
        impl crate::runtime::Tagged for #name {
            const NAME: &'static str = #type_name;
            const OBJECTS: &'static [&'static str] = &[#(#objects),*];
            #shared
            fn variant<'de, D: ::serde::Deserializer<'de>>(
                object: &str,
                deleted: bool,
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                match (object, deleted) {
                    #(#arms)*
                    _ => Err(::serde::de::Error::unknown_variant(object, Self::OBJECTS)),
                }
            }
        }
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                crate::runtime::deserialize_tagged(deserializer)
            }
        }
    })
}
