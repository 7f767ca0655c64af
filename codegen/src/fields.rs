//! What typify made of a form body's fields: whether each is an `Option`, a `Vec` or a plain
//! value, and the struct an object field holds, read from the generated `types` module rather than guessed from the spec, so the
//! generated checks and the command line always match the struct they fill in.

use syn::{Item, Type};

use crate::error::{Location, Problem};
use crate::names;

/// How typify holds a field's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holder {
    /// `Option<T>`: the field may be left out.
    Option,
    /// `Vec<T>`: a list, empty when left out.
    Vec,
    /// `T`: always present (required, or filled with its default).
    Plain,
}

/// How the struct `types::<schema>` of `file` holds its field `name` (a spec name).
pub(crate) fn holder(file: &syn::File, schema: &str, name: &str) -> Result<Holder, Problem> {
    let last = match field_type(file, schema, name)? {
        Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    };
    Ok(match last.as_deref() {
        Some("Option") => Holder::Option,
        Some("Vec") => Holder::Vec,
        _ => Holder::Plain,
    })
}

/// The type inside the wrappers (`Option`, `Vec`, `Clearable`...) of the field `name` of the
/// struct `types::<schema>`: the struct an object field holds, such as `AddressParams`.
pub(crate) fn inner_type(file: &syn::File, schema: &str, name: &str) -> Result<String, Problem> {
    let mut ty = field_type(file, schema, name)?;
    loop {
        let Type::Path(path) = ty else {
            return Ok(String::new());
        };
        let Some(last) = path.path.segments.last() else {
            return Ok(String::new());
        };
        match &last.arguments {
            syn::PathArguments::AngleBracketed(args) => match args.args.first() {
                Some(syn::GenericArgument::Type(inner)) => ty = inner,
                _ => return Ok(last.ident.to_string()),
            },
            _ => return Ok(last.ident.to_string()),
        }
    }
}

/// The type of the field `name` (a spec name) of the struct `types::<schema>` of `file`.
fn field_type<'a>(file: &'a syn::File, schema: &str, name: &str) -> Result<&'a Type, Problem> {
    let rust = names::field(name);
    let changed = || {
        Problem::new(
            Location::root()
                .key("components")
                .key("schemas")
                .key(schema)
                .key("properties")
                .key(name),
            format!("progenitor's output no longer has the field `types::{schema}::{rust}`"),
        )
        .help("progenitor changed how it names fields: update spec-model/src/names.rs")
    };
    types_items(file)
        .iter()
        .find_map(|item| match item {
            Item::Struct(s) if s.ident == schema => Some(s),
            _ => None,
        })
        .and_then(|s| {
            s.fields
                .iter()
                .find(|f| f.ident.as_ref().is_some_and(|i| i == &rust))
        })
        .map(|f| &f.ty)
        .ok_or_else(changed)
}

pub(crate) fn types_items(file: &syn::File) -> &[Item] {
    file.items
        .iter()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|(_, items)| &items[..]),
            _ => None,
        })
        .unwrap_or_default()
}
