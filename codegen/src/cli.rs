//! The command line's generated part, `cli/src/generated.rs`: a subcommand per action, grouped
//! as `x-action.command` says (`customer get ID`), with a flag per body field and a positional
//! argument per path parameter, their help in the spec's words; the dispatch from a parsed
//! subcommand to the action's `Connection` method; and the trigger names `watch` takes, with a
//! macro that runs generic code for the trigger a name picks.
//!
//! Flags are the fields' names in kebab case, or `x-flag` (`--image` for `images`, repeated once
//! per item); a boolean takes its value (`--active false`), an enum the name of a value, an
//! object JSON (`--address '{"line1":"1 Main St"}'`, parsed into its generated type), a hash
//! `key=value` once per key (`--metadata size=L`). A field whose enum has one value is fixed,
//! so it gets no flag; an `x-clearable` field other than a plain string (cleared with `--field ''`) also gets
//! `--clear-<field>`; an optional list of
//! the query is a repeated flag (`--expand default_source`). The fields of the original
//! connector (`x-original`) come first in `--help`, the others after under their own heading.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::connection::{body_fields, path_arguments, query_lists};
use crate::error::{Location, Problem};
use crate::fields::{Holder, holder, inner_type};
use crate::model::{Action, Input, Place, Shape, Spec, Trigger};
use crate::names;

/// What a repeatable flag's help adds to the spec's description.
const REPEAT: &str = "Repeat the option for each one.";
/// The `--help` heading of the fields the original connector did not have.
const MORE: &str = "More Stripe fields";

/// The tokens of `cli/src/generated.rs`.
pub(crate) fn tokens(spec: &Spec, client: &syn::File) -> Result<TokenStream, Problem> {
    let mut groups: BTreeMap<usize, (&str, Vec<&Action>)> = BTreeMap::new();
    let mut order: Vec<&str> = Vec::new();
    for action in &spec.actions {
        let group = action.command[0].as_str();
        let index = match order.iter().position(|g| *g == group) {
            Some(i) => i,
            None => {
                order.push(group);
                order.len() - 1
            }
        };
        groups
            .entry(index)
            .or_insert((group, Vec::new()))
            .1
            .push(action);
    }
    let group_variants = groups
        .values()
        .map(|(group, actions)| group_variant(group, actions));
    let group_enums = groups
        .values()
        .map(|(group, actions)| group_enum(group, actions));
    let mut structs = Vec::new();
    let mut arms = Vec::new();
    for action in &spec.actions {
        let (item, arm) = action_tokens(action, client)?;
        structs.push(item);
        arms.push(arm);
    }
    let triggers = triggers(&spec.triggers);
    // What the actions and the triggers use, imported only when the spec has some.
    let (has_actions, has_triggers) = (!spec.actions.is_empty(), !spec.triggers.is_empty());
    let args = has_actions.then(|| quote!(Args,));
    let trigger_trait = has_triggers.then(|| quote!(Trigger,));
    let triggers_module = has_triggers.then(|| quote!(triggers,));
    let types_module = has_actions.then(|| quote!(types,));
    let runtime = has_actions.then(|| quote!(self,));
    let unused_stripe = (!has_actions).then(|| quote!(let _ = stripe;));
    Ok(quote! {
        use clap::{#args Subcommand};
        use stripe_connector::metadata::{#trigger_trait TriggerInfo};
        use stripe_connector::{Connection, #triggers_module #types_module};

        use crate::runtime::{#runtime Failure};

        /// The actions of the spec, in groups as a person types them (`x-action.command`).
        #[derive(Subcommand, Debug)]
        pub enum Action {
            #(#group_variants)*
        }

        impl Action {
            /// Runs the action through `stripe` (which checks its input before sending) and
            /// prints Stripe's answer as JSON.
            pub async fn run(self, stripe: &Connection) -> Result<(), Failure> {
                #unused_stripe
                match self {
                    #(#arms)*
                }
            }
        }

        #(#group_enums)*

        #(#structs)*

        #triggers
    })
}

fn group_variant(group: &str, actions: &[&Action]) -> TokenStream {
    let variant = format_ident!("{}", names::type_name(group));
    let ty = format_ident!("{}Action", names::type_name(group));
    let verbs: Vec<&str> = actions.iter().map(|a| a.command[1].as_str()).collect();
    let object = with_article(group);
    let about = match verbs.split_last() {
        Some((last, [])) => format!("{} {object}.", capitalized(last)),
        Some((last, rest)) => format!("{} or {last} {object}.", capitalized(&rest.join(", "))),
        None => String::new(),
    };
    quote! {
        #[command(name = #group, subcommand, about = #about)]
        #variant(#ty),
    }
}

/// `a customer`, `an invoiceitem`: the indefinite article a command group's name takes, by its
/// first letter (Stripe's object names that start with a `u`, such as `usage_record`, take `a`).
fn with_article(group: &str) -> String {
    let article = match group.starts_with(['a', 'e', 'i', 'o']) {
        true => "an",
        false => "a",
    };
    format!("{article} {group}")
}

/// The enum of a group's subcommands; each holds its arguments in a `Box`, as many as a body
/// has fields.
fn group_enum(group: &str, actions: &[&Action]) -> TokenStream {
    let ty = format_ident!("{}Action", names::type_name(group));
    let doc = format!(" `{group} ...`: the actions on {}.", with_article(group));
    let variants = actions.iter().map(|action| {
        let op = &action.operation;
        let name = &action.command[1];
        let variant = format_ident!("{}", names::variant(name));
        let args = format_ident!("{}", names::type_name(&op.id));
        let about = &op.summary;
        let mut long = format!("{} ({} {})", op.summary, op.http_method, op.path);
        if let Some(description) = &op.description {
            long = format!("{long}\n\n{description}");
        }
        quote! {
            #[command(name = #name, about = #about, long_about = #long)]
            #variant(Box<#args>),
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Subcommand, Debug)]
        pub enum #ty {
            #(#variants)*
        }
    }
}

/// The arguments struct of `action`, and its arm of `Action::run`.
fn action_tokens(
    action: &Action,
    client: &syn::File,
) -> Result<(TokenStream, TokenStream), Problem> {
    let op = &action.operation;
    let ty = format_ident!("{}", names::type_name(&op.id));
    let mut fields = Vec::new();
    let mut call_arguments = Vec::new();
    let mut members: Vec<String> = Vec::new();
    for (input, name) in path_arguments(action) {
        let ident = format_ident!("{}", name);
        let value_name = name.to_uppercase();
        let help = input.description.clone().unwrap_or_default();
        fields.push(quote! {
            #[arg(value_name = #value_name, help = #help)]
            #ident: String,
        });
        call_arguments.push(quote!(&args.#ident));
        members.push(name);
    }
    for input in query_lists(action) {
        let member = names::parameter(&input.name);
        let ident = format_ident!("{}", member);
        let long = long_flag(input);
        let help = format!("{} {REPEAT}", input.description.clone().unwrap_or_default());
        let help = help.trim();
        fields.push(quote! {
            #[arg(long = #long, help = #help)]
            #ident: Vec<String>,
        });
        call_arguments.push(quote!(&args.#ident.iter().map(String::as_str).collect::<Vec<_>>()));
        members.push(member);
    }
    let mut setters = Vec::new();
    if let Some(body) = &action.body {
        let body_type = format_ident!("{}", names::type_name(body));
        let mut chain = Vec::new();
        let mut conditional = Vec::new();
        let mut inputs: Vec<&Input> = body_fields(action).collect();
        inputs.sort_by_key(|input| !input.shown_first());
        for input in inputs {
            let at = Location::root()
                .key("components")
                .key("schemas")
                .key(body)
                .key("properties")
                .key(&input.name);
            let Some(value) = value(input, client, body, &at)? else {
                continue;
            };
            let member = names::field(&input.name);
            if members.contains(&member) {
                return Err(Problem::new(
                    at,
                    format!(
                        "the field `{}` has the name of a path parameter of `{}`",
                        input.name, op.id
                    ),
                )
                .help("the command line takes both as arguments of the same name: rename one"));
            }
            let ident = format_ident!("{}", member);
            let held = holder(client, body, &input.name)?;
            let (field, setter) = flag(input, &ident, &value, held);
            fields.extend(field);
            match setter {
                Setter::Chained(call) => chain.push(call),
                Setter::Conditional(statement) => conditional.push(statement),
            }
            members.push(member);
        }
        setters.push(quote!(let params = types::#body_type::builder()#(#chain)*;));
        setters.extend(conditional);
        call_arguments.push(quote!(params));
    }
    let doc = format!(
        " `{}`: {} (`{} {}`).",
        action.command.join(" "),
        op.summary,
        op.http_method,
        op.path
    );
    let item = quote! {
        #[doc = #doc]
        #[derive(Args, Debug)]
        pub struct #ty {
            #(#fields)*
        }
    };
    let group = format_ident!("{}", names::type_name(&action.command[0]));
    let group_ty = format_ident!("{}Action", names::type_name(&action.command[0]));
    let variant = format_ident!("{}", names::variant(&action.command[1]));
    let method = format_ident!("{}", op.method_name);
    let arm = quote! {
        Self::#group(#group_ty::#variant(args)) => {
            let args = *args;
            #(#setters)*
            runtime::print(&stripe.#method(#(#call_arguments),*).await?)
        }
    };
    Ok((item, arm))
}

/// What one value of a field's flag is: its Rust type, how clap parses it and how `--help`
/// shows it.
struct Value {
    ty: TokenStream,
    parser: Option<TokenStream>,
    name: Option<&'static str>,
    /// A hash: the flag's `key=value` pairs are collected into the field's map.
    map: bool,
}

/// One value of the flag of `input`, a field of the body `body` (at `at`), or `None` for a field
/// with nothing to choose.
fn value(
    input: &Input,
    client: &syn::File,
    body: &str,
    at: &Location,
) -> Result<Option<Value>, Problem> {
    let refuse = |what: &str| {
        Err(Problem::new(
            at.clone(),
            format!("the command line cannot take {what} yet"),
        )
        .help("teach codegen/src/cli.rs to, or leave the field out of the action's body"))
    };
    let shape = match &input.shape {
        Shape::Array(item) => item.as_ref(),
        shape => shape,
    };
    let item_uri = input.constraints.items.as_ref().is_some_and(|i| i.uri);
    let plain = |ty: TokenStream, name: Option<&'static str>| Value {
        ty,
        parser: None,
        name: if input.constraints.uri || item_uri {
            Some("URL")
        } else {
            name
        },
        map: false,
    };
    let generated = |parser: TokenStream, name: &'static str| -> Result<Value, Problem> {
        let ty = format_ident!("{}", inner_type(client, body, &input.name)?);
        Ok(Value {
            ty: quote!(types::#ty),
            parser: Some(quote!(crate::runtime::#parser::<types::#ty>)),
            name: Some(name),
            map: false,
        })
    };
    Ok(Some(match shape {
        shape if !has_flag(shape) => return Ok(None),
        Shape::Enum(_) => generated(quote!(parsed), "VALUE")?,
        Shape::String => plain(quote!(String), None),
        Shape::Integer => plain(quote!(i64), Some("N")),
        Shape::Timestamp => plain(quote!(stripe_connector::Timestamp), Some("UNIX_TIME")),
        Shape::Number => plain(quote!(f64), Some("NUMBER")),
        Shape::Boolean => plain(quote!(bool), Some("BOOL")),
        Shape::Object(_) => generated(quote!(json), "JSON")?,
        Shape::Map(values)
            if matches!(&input.shape, Shape::Map(_)) && **values == Shape::String =>
        {
            Value {
                ty: quote!((String, String)),
                parser: Some(quote!(crate::runtime::key_value)),
                name: Some("KEY=VALUE"),
                map: true,
            }
        }
        Shape::Array(_) | Shape::Map(_) => {
            return refuse("a list of lists or a hash of other than strings");
        }
    }))
}

/// The flag of a query list or a body field, without its dashes: its `x-flag`, or its name in
/// kebab case (`expand`, `image`, `postal-code`).
pub(crate) fn long_flag(input: &Input) -> String {
    match (&input.flag, input.place) {
        (Some(flag), _) => flag.clone(),
        (None, Place::Query) => names::kebab(&names::parameter(&input.name)),
        (None, _) => names::kebab(&input.name),
    }
}

/// Whether a body field of this shape gets a flag: all but an enum of one value, which has
/// nothing to choose.
pub(crate) fn has_flag(shape: &Shape) -> bool {
    !matches!(shape, Shape::Enum(values) if values.len() <= 1)
}

/// How a flag's value reaches the body's builder.
enum Setter {
    /// `.field(args.field)` in the builder's chain.
    Chained(TokenStream),
    /// A statement that sets the field when the flag was given (a field with a default, or
    /// one that can be cleared).
    Conditional(TokenStream),
}

/// The flag of a body field (and its `--clear-` flag), and the setter that passes its value to
/// the body's builder.
fn flag(
    input: &Input,
    ident: &syn::Ident,
    value: &Value,
    held: Holder,
) -> (Vec<TokenStream>, Setter) {
    let long = long_flag(input);
    let mut help = input.description.clone().unwrap_or_default();
    let value_name = value.name.map(|v| quote!(value_name = #v,));
    let parser = value.parser.as_ref().map(|p| quote!(value_parser = #p,));
    let heading = (!input.shown_first()).then(|| quote!(help_heading = #MORE,));
    let boolean =
        matches!(input.shape, Shape::Boolean).then(|| quote!(action = clap::ArgAction::Set,));
    let scalar = &value.ty;
    let list = held == Holder::Vec || value.map || matches!(input.shape, Shape::Array(_));
    let conditional = held == Holder::Plain && !input.required && !value.map;
    let ty = match held {
        _ if list => {
            help = format!("{help} {REPEAT}").trim().to_string();
            quote!(Vec<#scalar>)
        }
        Holder::Option => quote!(Option<#scalar>),
        Holder::Plain if conditional => quote!(Option<#scalar>),
        Holder::Vec | Holder::Plain => quote!(#scalar),
    };
    let mut fields = vec![quote! {
        #[arg(long = #long, #value_name #parser #boolean #heading help = #help)]
        #ident: #ty,
    }];
    let given = if value.map {
        quote!(args.#ident.into_iter().collect::<::std::collections::BTreeMap<_, _>>())
    } else {
        quote!(args.#ident)
    };
    if input.clearable {
        let clear = format_ident!("clear_{}", ident);
        let clear_long = format!("clear-{}", names::kebab(&input.name));
        let clear_help = format!(
            "{} This flag unsets it at Stripe (sends it empty).",
            input.description.clone().unwrap_or_default()
        );
        let clear_help = clear_help.trim();
        let id = ident.to_string();
        fields.push(quote! {
            #[arg(long = #clear_long, conflicts_with = #id, #heading help = #clear_help)]
            #clear: bool,
        });
        let set = match list {
            true => quote!((!args.#ident.is_empty()).then_some(args.#ident)),
            false => quote!(args.#ident),
        };
        return (
            fields,
            Setter::Conditional(quote! {
                let params = match args.#clear {
                    true => params.#ident(stripe_connector::Clearable::Clear),
                    false => params.#ident(#set),
                };
            }),
        );
    }
    let setter = match conditional {
        true => Setter::Conditional(quote! {
            let params = match args.#ident {
                Some(value) => params.#ident(value),
                None => params,
            };
        }),
        false => Setter::Chained(quote!(.#ident(#given))),
    };
    (fields, setter)
}

/// The trigger names of `watch`, and the macro that picks a trigger's type by name.
fn triggers(triggers: &[Trigger]) -> TokenStream {
    let variants: Vec<_> = triggers
        .iter()
        .map(|t| format_ident!("{}", names::type_name(&t.item_schema)))
        .collect();
    let types: Vec<_> = triggers
        .iter()
        .map(|t| format_ident!("{}", names::type_name(&t.name)))
        .collect();
    let names: Vec<String> = triggers.iter().map(Trigger::watch_name).collect();
    let summaries = triggers.iter().map(|t| &t.summary);
    // With no trigger, `watch` can name none and nothing calls the methods.
    let unused = triggers.is_empty().then(|| quote!(#[allow(dead_code)]));
    quote! {
        /// The triggers of the spec (`x-trigger`), as `watch` names them: by the objects they
        /// deliver.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
        pub enum TriggerName {
            #(
                #[value(name = #names, help = #summaries)]
                #variants,
            )*
        }

        #unused
        impl TriggerName {
            /// The trigger's name, summary and list from the spec.
            pub fn info(self) -> TriggerInfo {
                match self {
                    #(Self::#variants => triggers::#types::INFO,)*
                }
            }

            /// The name on the command line.
            pub fn as_str(self) -> &'static str {
                match self {
                    #(Self::#variants => #names,)*
                }
            }
        }

        /// `with_trigger!(name, |T| body)` evaluates `body` with `T` the trigger type that the
        /// [`TriggerName`] `name` picks, such as `triggers::OnNewOrder`.
        macro_rules! with_trigger {
            ($name:expr, |$trigger:ident| $body:expr) => {
                match $name {
                    #(
                        $crate::generated::TriggerName::#variants => {
                            type $trigger = stripe_connector::triggers::#types;
                            $body
                        }
                    )*
                }
            };
        }
        pub(crate) use with_trigger;
    }
}

/// `create, get` → `Create, get`.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::with_article;

    #[test]
    fn a_group_takes_the_article_its_first_letter_calls_for() {
        assert_eq!(with_article("customer"), "a customer");
        assert_eq!(with_article("invoiceitem"), "an invoiceitem");
        assert_eq!(with_article("order"), "an order");
        assert_eq!(with_article("usage_record"), "a usage_record");
    }
}
