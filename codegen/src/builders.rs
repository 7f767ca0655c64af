//! The builders of the types only ever received from Stripe go, and the enums they hold open.
//!
//! typify writes a builder for every struct (`types::Customer::builder()` and
//! `types::builder::Customer`), but only a request body, and the types a body refers to, is
//! ever built by a caller; the answers are decoded. With every field of Stripe's objects the
//! answers' builders would double the generated file, so each struct that no request body
//! reaches through its fields loses its builder. Like the other rewrites, it must find the
//! builder of every struct it prunes. The enums only received are listed for `open_enum`, so
//! that a value Stripe adds to one does not fail the decoding of a whole answer.

use std::collections::{BTreeMap, BTreeSet};

use syn::visit::{self, Visit};
use syn::{ImplItem, Item};

use crate::error::{Location, Problem};

/// The component schemas of the request bodies of every operation of `openapi` (an action's or
/// not: a caller builds each), written as a `$ref`.
pub(crate) fn request_bodies(openapi: &openapiv3::OpenAPI) -> Vec<String> {
    let mut bodies: Vec<String> = openapi
        .operations()
        .filter_map(|(_, _, op)| op.request_body.as_ref()?.as_item())
        .flat_map(|body| body.content.values())
        .filter_map(|media| match media.schema.as_ref()? {
            openapiv3::ReferenceOr::Reference { reference } => {
                crate::reference::schema_name(reference).map(str::to_string)
            }
            openapiv3::ReferenceOr::Item(_) => None,
        })
        .collect();
    bodies.sort();
    bodies.dedup();
    bodies
}

/// Removes the builders of the structs of `file` that none of `bodies` (component names)
/// reaches.
pub(crate) fn prune(file: &mut syn::File, bodies: &[String]) -> Result<(), Problem> {
    let Some(types) = module(&mut file.items, "types") else {
        return Ok(());
    };
    let reached = reached(types, bodies);
    let structs: BTreeSet<String> = types
        .iter()
        .filter_map(|item| match item {
            // typify writes builders for structs of named fields only.
            Item::Struct(s) if matches!(s.fields, syn::Fields::Named(_)) => {
                Some(s.ident.to_string())
            }
            _ => None,
        })
        .collect();
    let answers: BTreeSet<String> = structs.difference(&reached).cloned().collect();
    let mut pruned = BTreeSet::new();
    types.retain_mut(|item| match item {
        Item::Impl(block) if block.trait_.is_none() && named(&block.self_ty, &answers) => {
            let before = block.items.len();
            block
                .items
                .retain(|i| !matches!(i, ImplItem::Fn(f) if f.sig.ident == "builder"));
            if block.items.len() < before {
                pruned.insert(last_ident(&block.self_ty));
            }
            !block.items.is_empty()
        }
        _ => true,
    });
    if let Some(builders) = module(types, "builder") {
        builders.retain(|item| match item {
            Item::Struct(s) => !answers.contains(&s.ident.to_string()),
            Item::Impl(block) => !named(&block.self_ty, &answers),
            _ => true,
        });
    }
    match answers.difference(&pruned).next() {
        None => Ok(()),
        Some(missing) => Err(Problem::new(
            Location::root(),
            format!("codegen found no `{missing}::builder()` to remove"),
        )
        .help("typify changed its builders: update codegen/src/builders.rs to its new output")),
    }
}

/// The enums of `file` with more than one value that none of `bodies` reaches: the values
/// Stripe sends, to which it may add (a new bank, a new tax id type). A one-value enum stays
/// closed: it is an object's `object`, which tells the kinds of a `oneOf` apart.
pub(crate) fn answer_enums(file: &mut syn::File, bodies: &[String]) -> Vec<String> {
    let Some(types) = module(&mut file.items, "types") else {
        return Vec::new();
    };
    let reached = reached(types, bodies);
    types
        .iter()
        .filter_map(|item| match item {
            Item::Enum(e)
                if e.variants.len() > 1
                    && e.variants.iter().all(|v| v.fields.is_empty())
                    && !reached.contains(&e.ident.to_string()) =>
            {
                Some(e.ident.to_string())
            }
            _ => None,
        })
        .collect()
}

/// The types of `types` that `bodies` (component names) hold, directly or through their
/// fields.
fn reached(types: &[Item], bodies: &[String]) -> BTreeSet<String> {
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in types {
        let (name, used) = match item {
            Item::Struct(s) => (s.ident.to_string(), Named::in_fields(&s.fields)),
            Item::Enum(e) => (
                e.ident.to_string(),
                e.variants
                    .iter()
                    .flat_map(|v| Named::in_fields(&v.fields))
                    .collect(),
            ),
            _ => continue,
        };
        uses.insert(name, used);
    }
    let mut reached = BTreeSet::new();
    let mut next: Vec<String> = bodies.iter().map(|b| crate::names::type_name(b)).collect();
    while let Some(name) = next.pop() {
        if reached.insert(name.clone()) {
            next.extend(uses.get(&name).into_iter().flatten().cloned());
        }
    }
    reached
}

/// The items of the inline module `name` among `items`.
fn module<'a>(items: &'a mut [Item], name: &str) -> Option<&'a mut Vec<Item>> {
    items.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// Whether `ty` is a path (`X`, `super::X`) whose last segment is one of `names`.
fn named(ty: &syn::Type, names: &BTreeSet<String>) -> bool {
    names.contains(&last_ident(ty))
}

fn last_ident(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(path) => path
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// The last segments of every path in the types of some fields: the types they may hold.
#[derive(Default)]
struct Named(BTreeSet<String>);

impl Named {
    fn in_fields(fields: &syn::Fields) -> BTreeSet<String> {
        let mut named = Named::default();
        for field in fields {
            named.visit_type(&field.ty);
        }
        named.0
    }
}

impl<'ast> Visit<'ast> for Named {
    fn visit_path_segment(&mut self, segment: &'ast syn::PathSegment) {
        visit::visit_path_segment(self, segment);
        self.0.insert(segment.ident.to_string());
    }
}
