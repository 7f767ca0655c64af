//! `crate::Identified` for the generated types, so that `Expandable::id` answers for an
//! expanded object too: every struct with a required string `id` reads its field; each type an
//! `x-expandable` field expands into that is a `oneOf` asks its variant, and one that is a
//! free-form object (`additionalProperties: true`) reads its `"id"` key.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use syn::visit::{self, Visit};
use syn::{Fields, Item};

use crate::error::{Location, Problem};
use crate::fields::types_items;

/// The `impl crate::Identified` blocks for the types of `client`.
pub(crate) fn tokens(client: &syn::File) -> Result<TokenStream, Problem> {
    let mut targets = Targets::default();
    targets.visit_file(client);
    let mut impls = Vec::new();
    let mut covered = BTreeSet::new();
    for item in types_items(client) {
        let (name, body) = match item {
            Item::Struct(s) => match &s.fields {
                Fields::Named(fields) if fields.named.iter().any(is_string_id) => {
                    (s.ident.to_string(), quote!(&self.id))
                }
                Fields::Unnamed(fields)
                    if targets.0.contains(&s.ident.to_string())
                        && fields.unnamed.len() == 1
                        && fields.unnamed[0]
                            .ty
                            .to_token_stream()
                            .to_string()
                            .contains("serde_json :: Map") =>
                {
                    (
                        s.ident.to_string(),
                        quote!(
                            self.0
                                .get("id")
                                .and_then(::serde_json::Value::as_str)
                                .unwrap_or_default()
                        ),
                    )
                }
                _ => continue,
            },
            Item::Enum(e)
                if targets.0.contains(&e.ident.to_string())
                    && e.variants.iter().all(
                        |v| matches!(&v.fields, Fields::Unnamed(f) if f.unnamed.len() == 1),
                    ) =>
            {
                let variants = e.variants.iter().map(|v| &v.ident);
                (
                    e.ident.to_string(),
                    quote!(match self { #(Self::#variants(object) => crate::Identified::id(object),)* }),
                )
            }
            _ => continue,
        };
        let ty = format_ident!("{}", name);
        impls.push(quote! {
            impl crate::Identified for types::#ty {
                fn id(&self) -> &str {
                    #body
                }
            }
        });
        covered.insert(name);
    }
    if let Some(missing) = targets.0.difference(&covered).next() {
        return Err(Problem::new(
            Location::root().key("components").key("schemas").key(missing),
            format!("an x-expandable field expands into `{missing}`, which has no id codegen can read"),
        )
        .help("give it a required string `id`, or make it a `oneOf` of such objects, or a free-form object (`additionalProperties: true`)"));
    }
    Ok(quote!(#(#impls)*))
}

/// `pub id: ::std::string::String`.
fn is_string_id(field: &syn::Field) -> bool {
    field.ident.as_ref().is_some_and(|i| i == "id")
        && field.ty.to_token_stream().to_string() == ":: std :: string :: String"
}

/// The types `X` of every `crate::Expandable<crate::types::X>` in the file.
#[derive(Default)]
struct Targets(BTreeSet<String>);

impl<'ast> Visit<'ast> for Targets {
    fn visit_path_segment(&mut self, segment: &'ast syn::PathSegment) {
        visit::visit_path_segment(self, segment);
        if segment.ident != "Expandable" {
            return;
        }
        if let syn::PathArguments::AngleBracketed(args) = &segment.arguments
            && let Some(syn::GenericArgument::Type(syn::Type::Path(path))) = args.args.first()
            && let Some(last) = path.path.segments.last()
        {
            self.0.insert(last.ident.to_string());
        }
    }
}
