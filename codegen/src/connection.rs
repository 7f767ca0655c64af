//! The actions as methods of `Connection`, and the checks of their inputs.
//!
//! For each `x-action` the connection gets a method named like the client's (`create_product`):
//! it takes the path parameters (as `&str`), the optional lists of the query (`expand[]`, as
//! `&[&str]`, empty to leave out) and the body (its type or the type's builder),
//! checks them against the spec's limits before anything is sent, calls the generated client
//! and returns the answer in the crate's `Error` terms. Each body type gets an implementation
//! of the hand-written trait `crate::runtime::Check` with one check per limit of the spec
//! (`maxLength`, `pattern`, `format: uri`, `maxItems`, `minimum`, `maxProperties`, the
//! characters of a hash's keys...), down into its objects (`address.line1`), hashes and lists
//! of objects; the checks themselves are the generic functions of
//! `stripe-connector/src/input.rs`.

use std::collections::BTreeSet;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::error::Problem;
use crate::fields::{Holder, holder, inner_type};
use crate::model::{Action, Constraints, Input, Place, Shape, Spec};
use crate::names;

/// The `impl Connection` of the actions and the `Check` implementations of their bodies.
pub(crate) fn tokens(spec: &Spec, client: &syn::File) -> Result<TokenStream, Problem> {
    let methods = spec.actions.iter().map(method);
    let mut bodies = BTreeSet::new();
    let mut checks = Vec::new();
    for action in &spec.actions {
        if let Some(schema) = &action.body
            && bodies.insert(schema)
        {
            checks.push(check_impl(action, client, schema)?);
        }
    }
    let run = run_action(&spec.actions);
    Ok(quote! {
        /// The actions of the spec (`x-action`): inputs checked before sending, errors in this
        /// crate's terms.
        impl crate::Connection {
            #(#methods)*
            #run
        }

        #(#checks)*
    })
}

/// The path parameters of `action` with the names of their Rust arguments: `id` for the one
/// parameter of a path (always an object's id at Stripe), else each parameter's own name.
pub(crate) fn path_arguments(action: &Action) -> Vec<(&Input, String)> {
    let path: Vec<&Input> = action
        .operation
        .inputs
        .iter()
        .filter(|i| i.place == Place::Path)
        .collect();
    let single = path.len() == 1;
    path.into_iter()
        .map(|input| {
            let name = if single {
                "id".to_string()
            } else {
                names::parameter(&input.name)
            };
            (input, name)
        })
        .collect()
}

/// The optional lists of strings in the query of `action`, such as `expand[]`.
pub(crate) fn query_lists(action: &Action) -> impl Iterator<Item = &Input> {
    action
        .operation
        .inputs
        .iter()
        .filter(|i| i.place == Place::Query)
}

/// The body fields of `action`.
pub(crate) fn body_fields(action: &Action) -> impl Iterator<Item = &Input> {
    action
        .operation
        .inputs
        .iter()
        .filter(|i| i.place == Place::Body)
}

fn method(action: &Action) -> TokenStream {
    let op = &action.operation;
    let method = format_ident!("{}", op.method_name);
    let response = format_ident!("{}", names::type_name(&action.response));
    let mut doc = vec![format!(
        " **{}** (`{} {}`).",
        op.summary, op.http_method, op.path
    )];
    if let Some(description) = &op.description {
        doc.extend([String::new(), format!(" {description}")]);
    }
    let mut arguments = Vec::new();
    let mut checks = Vec::new();
    let mut call = quote!(self.client().#method());
    for (input, name) in path_arguments(action) {
        let ident = format_ident!("{}", name);
        let setter = format_ident!("{}", names::parameter(&input.name));
        let value = value_checks(&name, &quote!(#ident), &input.shape, &input.constraints);
        arguments.push(quote!(#ident: &str));
        checks.push(quote! {
            crate::runtime::check_id(#name, #ident)?;
            #value
        });
        call = quote!(#call.#setter(#ident));
    }
    let mut optional = Vec::new();
    for input in query_lists(action) {
        let name = names::parameter(&input.name);
        let ident = format_ident!("{}", name);
        let value = value_checks(&name, &quote!(#ident), &input.shape, &input.constraints);
        arguments.push(quote!(#ident: &[&str]));
        checks.push(value);
        optional.push(quote! {
            let request = match #ident {
                [] => request,
                list => request.#ident(list.iter().map(|item| item.to_string()).collect::<Vec<_>>()),
            };
        });
        if let Some(description) = &input.description {
            doc.extend([
                String::new(),
                format!(" `{name}`: {description} Empty leaves it out."),
            ]);
        }
    }
    let mut generics = quote!();
    let mut bounds = quote!();
    if let Some(body) = &action.body {
        let ty = format_ident!("{}", names::type_name(body));
        let noun = &action.command[0];
        doc.extend([
            String::new(),
            format!(
                " Takes [`types::{body}`] or its builder (`types::{body}::builder()`); its \
                 fields are checked against the spec's limits before anything is sent."
            ),
        ]);
        generics = quote!(<P>);
        bounds = quote! {
            where
                P: ::std::convert::TryInto<types::#ty>,
                P::Error: ::std::fmt::Display,
        };
        arguments.push(quote!(params: P));
        checks.push(quote! {
            let params: types::#ty = crate::runtime::action_params(#noun, params)?;
            crate::runtime::Check::check(&params)?;
        });
        call = quote!(#call.body(params));
    }
    quote! {
        #(#[doc = #doc])*
        pub async fn #method #generics(&self, #(#arguments),*) -> ::std::result::Result<types::#response, crate::Error>
        #bounds
        {
            #(#checks)*
            let request = #call;
            #(#optional)*
            crate::runtime::finish_action(request.send().await).await
        }
    }
}

/// `run_action`: any action by its `operationId`, its inputs and its answer as JSON.
fn run_action(actions: &[Action]) -> TokenStream {
    let body = if actions.is_empty() {
        quote! {
            let _ = inputs;
            Err(crate::runtime::unknown_operation(operation_id))
        }
    } else {
        run_action_match(actions)
    };
    quote! {
        /// Runs the action `operation_id` (one of [`connector::ACTIONS`](crate::connector::ACTIONS))
        /// with `inputs`, a JSON object of its inputs by the names Stripe reads (path
        /// parameters, query lists such as `expand`, form fields), as a flow passes them; its
        /// inputs are checked like the method's, and its answer is the object Stripe returns.
        pub async fn run_action(
            &self,
            operation_id: &str,
            inputs: ::serde_json::Value,
        ) -> ::std::result::Result<::serde_json::Value, crate::Error> {
            #body
        }
    }
}

/// The body of `run_action` for a spec with `actions`: the inputs read, and a match on the
/// operation's id with an arm per action.
fn run_action_match(actions: &[Action]) -> TokenStream {
    // Path parameters and query lists are taken out of the inputs one by one; a body takes
    // the rest at once.
    let takes_one_by_one = actions
        .iter()
        .any(|action| !path_arguments(action).is_empty() || query_lists(action).next().is_some());
    let binding = if takes_one_by_one {
        quote!(mut inputs)
    } else {
        quote!(inputs)
    };
    let arms = actions.iter().map(|action| {
        let op = &action.operation;
        let (id, method) = (&op.id, format_ident!("{}", op.method_name));
        let mut takes = Vec::new();
        let mut arguments = Vec::new();
        for (input, name) in path_arguments(action) {
            let (ident, spec_name) = (format_ident!("{}", name), &input.name);
            takes.push(quote!(let #ident = inputs.text(#spec_name)?;));
            arguments.push(quote!(&#ident));
        }
        for input in query_lists(action) {
            let (ident, spec_name) = (
                format_ident!("{}", names::parameter(&input.name)),
                &input.name,
            );
            takes.push(quote! {
                let #ident = inputs.list(#spec_name)?;
                let #ident: Vec<&str> = #ident.iter().map(String::as_str).collect();
            });
            arguments.push(quote!(&#ident));
        }
        match &action.body {
            Some(body) => {
                let (ty, noun) = (
                    format_ident!("{}", names::type_name(body)),
                    &action.command[0],
                );
                let fields = body_fields(action).map(|field| &field.name);
                takes.push(quote!(let params: types::#ty = inputs.body(#noun, &[#(#fields),*])?;));
                arguments.push(quote!(params));
            }
            None => takes.push(quote!(inputs.finish()?;)),
        }
        quote! {
            #id => {
                #(#takes)*
                crate::runtime::answer_as_json(self.#method(#(#arguments),*).await?)
            }
        }
    });
    quote! {
        let #binding = crate::runtime::Inputs::new(inputs)?;
        match operation_id {
            #(#arms)*
            other => Err(crate::runtime::unknown_operation(other)),
        }
    }
}

/// `Check` for the body `schema` of `action` (every action with that body has its fields).
fn check_impl(action: &Action, client: &syn::File, schema: &str) -> Result<TokenStream, Problem> {
    let ty = format_ident!("{}", names::type_name(schema));
    let fields: Vec<&Input> = body_fields(action).collect();
    let checks = field_checks(client, schema, &fields, &quote!(self), "")?;
    let doc = format!(" The limits `spec/stripe.yaml` puts on the fields of `{schema}`.");
    Ok(quote! {
        #[doc = #doc]
        impl crate::runtime::Check for types::#ty {
            fn check(&self) -> ::std::result::Result<(), crate::Error> {
                #checks
                Ok(())
            }
        }
    })
}

/// The checks of `fields`, the fields of the struct `types::<schema>` that `owner` is, each
/// named `<prefix><field>` in errors (`address.line1`); the fields of an object field, and of
/// each object of a list, are checked in turn.
fn field_checks(
    client: &syn::File,
    schema: &str,
    fields: &[&Input],
    owner: &TokenStream,
    prefix: &str,
) -> Result<TokenStream, Problem> {
    let mut checks = Vec::new();
    for field in fields {
        let label = format!("{prefix}{}", field.name);
        let mut checked = value_checks(&label, &quote!(value), &field.shape, &field.constraints);
        let nested = |sub: &[Input], value: TokenStream| -> Result<TokenStream, Problem> {
            let inner = inner_type(client, schema, &field.name)?;
            let sub: Vec<&Input> = sub.iter().collect();
            field_checks(client, &inner, &sub, &value, &format!("{label}."))
        };
        match &field.shape {
            Shape::Object(sub) => checked.extend(nested(sub, quote!(value))?),
            Shape::Array(item) => {
                if let Shape::Object(sub) = &**item {
                    let each = nested(sub, quote!(value))?;
                    if !each.is_empty() {
                        checked.extend(quote!(for value in value { #each }));
                    }
                }
            }
            _ => {}
        }
        if checked.is_empty() {
            continue;
        }
        let member = format_ident!("{}", names::field(&field.name));
        let set = match field.clearable {
            true => quote!(crate::Clearable::Set(value)),
            false => quote!(value),
        };
        checks.push(
            match (holder(client, schema, &field.name)?, field.clearable) {
                (Holder::Option, _) => quote! {
                    if let Some(#set) = &#owner.#member {
                        #checked
                    }
                },
                (_, true) => quote! {
                    if let #set = &#owner.#member {
                        #checked
                    }
                },
                (Holder::Vec | Holder::Plain, false) => quote! {
                    {
                        let value = &#owner.#member;
                        #checked
                    }
                },
            },
        );
    }
    Ok(quote!(#(#checks)*))
}

/// The checks of `constraints` on `value`, an expression of type `&T` for the field `field`;
/// empty when there is nothing to check.
pub(crate) fn value_checks(
    field: &str,
    value: &TokenStream,
    shape: &Shape,
    c: &Constraints,
) -> TokenStream {
    let mut checks = Vec::new();
    match shape {
        Shape::String => {
            if c.min_length.is_some() || c.max_length.is_some() {
                let (min, max) = (option(c.min_length), option(c.max_length));
                checks.push(quote!(crate::runtime::check_length(#field, #value, #min, #max)?;));
            }
            if let Some(pattern) = &c.pattern {
                checks.push(quote!(crate::runtime::check_pattern(#field, #value, #pattern)?;));
            }
            if c.uri {
                checks.push(quote!(crate::runtime::check_url(#field, #value)?;));
            }
            if c.empty_clears && !checks.is_empty() {
                // `""` clears the field at Stripe: only a value that sets it is checked.
                checks = vec![
                    quote!(crate::runtime::unless_cleared(#value, || { #(#checks)* Ok(()) })?;),
                ];
            }
        }
        Shape::Integer | Shape::Number if c.minimum.is_some() || c.maximum.is_some() => {
            let float = |v: Option<f64>| match v {
                Some(v) => {
                    let v = Literal::f64_unsuffixed(v);
                    quote!(Some(#v))
                }
                None => quote!(None),
            };
            let (min, max) = (float(c.minimum), float(c.maximum));
            checks.push(quote! {
                crate::runtime::check_range(#field, crate::runtime::Number::to_f64(#value), #min, #max)?;
            });
        }
        Shape::Array(item) => {
            if c.min_items.is_some() || c.max_items.is_some() {
                let (min, max) = (option(c.min_items), option(c.max_items));
                checks
                    .push(quote!(crate::runtime::check_items(#field, #value.len(), #min, #max)?;));
            }
            if let Some(items) = &c.items {
                let each = value_checks(field, &quote!(item), item, items);
                if !each.is_empty() {
                    checks.push(quote!(for item in #value { #each }));
                }
            }
        }
        Shape::Map(values) => {
            if let Some(max) = c.max_properties {
                let max = Literal::u64_unsuffixed(max);
                checks.push(
                    quote!(crate::runtime::check_entries(#field, #value.len(), Some(#max))?;),
                );
            }
            let length = c.key_max_length.map(|max| {
                let max = Literal::u64_unsuffixed(max);
                quote!(crate::runtime::check_key(#field, key, #max)?;)
            });
            let characters = c.key_forbidden.as_ref().map(
                |forbidden| quote!(crate::runtime::check_key_characters(#field, key, #forbidden)?;),
            );
            let key =
                (length.is_some() || characters.is_some()).then(|| quote!(#characters #length));
            let each = match &c.values {
                Some(limits) => value_checks(field, &quote!(value), values, limits),
                None => quote!(),
            };
            let each = (!each.is_empty())
                .then(|| quote!(crate::runtime::check_entry(key, || { #each Ok(()) })?;));
            if key.is_some() || each.is_some() {
                checks.push(quote!(for (key, value) in #value { #key #each }));
            }
        }
        _ => {}
    }
    quote!(#(#checks)*)
}

fn option(value: Option<u64>) -> TokenStream {
    match value {
        Some(v) => {
            let v = Literal::u64_unsuffixed(v);
            quote!(Some(#v))
        }
        None => quote!(None),
    }
}
