//! The builders' setters of optional strings take `&str` as well as `Option<String>`.
//!
//! typify writes the setter of an `Option<String>` field with the bound
//! `T: TryInto<Option<String>>`, which `String` and `Option<String>` meet but `&str` does not,
//! so `.caption("Warm")` would not compile. Each such setter is rewritten to take the
//! hand-written `crate::OptionalString` (implemented for `&str`, `String`, `Option<String>`,
//! `Option<&str>`...), which cannot fail. The setter of a clearable field
//! (`Option<crate::Clearable<X>>`) likewise takes `crate::ClearableValue<X>`: an `X`, an
//! `Option<X>` or a `Clearable<X>`. Like the other rewrites, it must find every setter it
//! expects: one per `Option<String>` or `Option<Clearable<_>>` field of the builders.

use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, ImplItemFn, Item, ItemStruct, Stmt, parse_quote};

use crate::error::{Location, Problem};

/// The type of a builder field that holds an optional string, as typify writes it.
const OPTIONAL_STRING_FIELD: &str = ":: std :: result :: Result < :: std :: option :: Option < :: std :: string :: String > , :: std :: string :: String >";
/// The bound typify puts on the setter of such a field.
const OPTIONAL_STRING_BOUND: &str =
    ":: std :: convert :: TryInto < :: std :: option :: Option < :: std :: string :: String > >";
/// How the type of a builder field that holds an optional clearable value starts.
const CLEARABLE_FIELD: &str =
    ":: std :: result :: Result < :: std :: option :: Option < crate :: Clearable <";
/// How the bound typify puts on the setter of such a field starts.
const CLEARABLE_BOUND: &str =
    ":: std :: convert :: TryInto < :: std :: option :: Option < crate :: Clearable <";

/// Rewrites the optional-string setters of the `types::builder` module of `file`.
pub(crate) fn rewrite(file: &mut syn::File) -> Result<(), Problem> {
    let Some(builders) = builder_module(file) else {
        return Ok(());
    };
    let expected: usize = builders
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some(rewritten_fields(s)),
            _ => None,
        })
        .sum();
    let mut setters = Setters::default();
    for item in builders.iter_mut() {
        setters.visit_item_mut(item);
    }
    if setters.rewritten != expected {
        return Err(Problem::new(
            Location::root(),
            format!(
                "the builders have {expected} optional string fields but codegen found {} of their setters",
                setters.rewritten
            ),
        )
        .help("progenitor changed its builders: update codegen/src/setters.rs to its new output"));
    }
    Ok(())
}

fn builder_module(file: &mut syn::File) -> Option<&mut Vec<Item>> {
    let types = file.items.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == "types" => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })?;
    types.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == "builder" => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// The fields of `builder` whose setters are rewritten.
fn rewritten_fields(builder: &ItemStruct) -> usize {
    builder
        .fields
        .iter()
        .filter(|f| {
            let ty = f.ty.to_token_stream().to_string();
            ty == OPTIONAL_STRING_FIELD || ty.starts_with(CLEARABLE_FIELD)
        })
        .count()
}

#[derive(Default)]
struct Setters {
    rewritten: usize,
}

impl VisitMut for Setters {
    fn visit_impl_item_fn_mut(&mut self, setter: &mut ImplItemFn) {
        visit_mut::visit_impl_item_fn_mut(self, setter);
        let Some(clause) = &setter.sig.generics.where_clause else {
            return;
        };
        let bounds = clause.predicates.iter().flat_map(|p| match p {
            syn::WherePredicate::Type(t) => t.bounds.iter().collect(),
            _ => Vec::new(),
        });
        let mut rewrite = None;
        for bound in bounds {
            let text = bound.to_token_stream().to_string();
            if text == OPTIONAL_STRING_BOUND {
                rewrite = Some((
                    parse_quote!(Ok(crate::OptionalString::into_option(value))),
                    parse_quote!(where T: crate::OptionalString),
                ));
            } else if text.starts_with(CLEARABLE_BOUND)
                && let Some(value) = clearable_value(bound)
            {
                rewrite = Some((
                    parse_quote!(Ok(crate::ClearableValue::into_clearable(value))),
                    parse_quote!(where T: crate::ClearableValue<#value>),
                ));
            }
        }
        let Some((right, clause)) = rewrite else {
            return;
        };
        let Some(Stmt::Expr(Expr::Assign(assign), _)) = setter.block.stmts.first_mut() else {
            return;
        };
        *assign.right = right;
        setter.sig.generics.where_clause = Some(clause);
        self.rewritten += 1;
    }
}

/// `X` in the bound `TryInto<Option<crate::Clearable<X>>>`.
fn clearable_value(bound: &syn::TypeParamBound) -> Option<syn::Type> {
    let syn::TypeParamBound::Trait(bound) = bound else {
        return None;
    };
    let mut ty = first_argument(bound.path.segments.last()?)?;
    for _ in 0..2 {
        let syn::Type::Path(path) = ty else {
            return None;
        };
        ty = first_argument(path.path.segments.last()?)?;
    }
    Some(ty.clone())
}

/// The first generic argument of `segment`, when it is a type.
fn first_argument(segment: &syn::PathSegment) -> Option<&syn::Type> {
    match &segment.arguments {
        syn::PathArguments::AngleBracketed(args) => match args.args.first()? {
            syn::GenericArgument::Type(ty) => Some(ty),
            _ => None,
        },
        _ => None,
    }
}
