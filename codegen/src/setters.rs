//! The builders' setters of optional strings take `&str` as well as `Option<String>`.
//!
//! typify writes the setter of an `Option<String>` field with the bound
//! `T: TryInto<Option<String>>`, which `String` and `Option<String>` meet but `&str` does not,
//! so `.caption("Warm")` would not compile. Each such setter is rewritten to take the
//! hand-written `crate::OptionalString` (implemented for `&str`, `String`, `Option<String>`,
//! `Option<&str>`...), which cannot fail. Like the other rewrites, it must find every setter it
//! expects: one per `Option<String>` field of the builders.

use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, ImplItemFn, Item, ItemStruct, Stmt, parse_quote};

use crate::error::{Location, Problem};

/// The type of a builder field that holds an optional string, as typify writes it.
const OPTIONAL_STRING_FIELD: &str = ":: std :: result :: Result < :: std :: option :: Option < :: std :: string :: String > , :: std :: string :: String >";
/// The bound typify puts on the setter of such a field.
const OPTIONAL_STRING_BOUND: &str =
    ":: std :: convert :: TryInto < :: std :: option :: Option < :: std :: string :: String > >";

/// Rewrites the optional-string setters of the `types::builder` module of `file`.
pub(crate) fn rewrite(file: &mut syn::File) -> Result<(), Problem> {
    let Some(builders) = builder_module(file) else {
        return Ok(());
    };
    let expected: usize = builders
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some(optional_string_fields(s)),
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

fn optional_string_fields(builder: &ItemStruct) -> usize {
    builder
        .fields
        .iter()
        .filter(|f| f.ty.to_token_stream().to_string() == OPTIONAL_STRING_FIELD)
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
        let takes_optional_string = clause.predicates.iter().any(|p| match p {
            syn::WherePredicate::Type(t) => t
                .bounds
                .iter()
                .any(|b| b.to_token_stream().to_string() == OPTIONAL_STRING_BOUND),
            _ => false,
        });
        if !takes_optional_string {
            return;
        }
        let Some(Stmt::Expr(Expr::Assign(assign), _)) = setter.block.stmts.first_mut() else {
            return;
        };
        *assign.right = parse_quote!(Ok(crate::OptionalString::into_option(value)));
        setter.sig.generics.where_clause = Some(parse_quote!(where T: crate::OptionalString));
        self.rewritten += 1;
    }
}
