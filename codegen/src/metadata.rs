//! What progenitor does not generate: the connector's metadata (with the spec's descriptions and
//! limits of the actions and their inputs, and the command that runs each action) and its
//! trigger descriptors.
//!
//! The types these tokens fill in (`ActionInfo`, `TriggerInfo`, the `Trigger`, `Page` and
//! `Listed` traits) are hand-written in `stripe-connector/src/metadata.rs`; only the values
//! come from the spec.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::cli;
use crate::connection::value_checks;
use crate::model::{Action, Connector, Constraints, Input, Operation, Place, Shape, Spec, Trigger};
use crate::names;

/// The `connector` and `triggers` modules, and the list impls the triggers rely on.
pub(crate) fn tokens(spec: &Spec) -> TokenStream {
    let connector = connector(&spec.connector, &spec.actions, &spec.triggers);
    let triggers = spec.triggers.iter().map(trigger);
    let lists = spec.triggers.iter().map(list_impls);
    let imports = (!spec.triggers.is_empty()).then(|| {
        quote! {
            use super::types;
            use crate::metadata::{ListQuery, TriggerInfo};
        }
    });
    quote! {
        #connector

        /// The polling triggers, one type each, from the spec's `x-trigger` extensions.
        pub mod triggers {
            #imports
            #(#triggers)*
        }

        #(#lists)*
    }
}

fn connector(connector: &Connector, actions: &[Action], triggers: &[Trigger]) -> TokenStream {
    let Connector {
        stripe_version,
        throttle_calls,
        throttle_period_seconds,
        poll_interval_seconds,
    } = connector;
    let throttle_calls = Literal::u32_unsuffixed(*throttle_calls);
    let throttle_period_seconds = Literal::u64_unsuffixed(*throttle_period_seconds);
    let poll_interval_seconds = Literal::u64_unsuffixed(*poll_interval_seconds);
    // The types of the actions' inputs, imported only when some action has inputs.
    let input_types = actions
        .iter()
        .any(|action| !action.operation.inputs.is_empty())
        .then(|| quote!(InputInfo, InputShape, Limits,));
    let actions = actions.iter().map(action_info);
    let info = |t: &Trigger| {
        let name = format_ident!("{}", names::type_name(&t.name));
        quote!(<super::triggers::#name as crate::metadata::Trigger>::INFO)
    };
    let trigger_infos = triggers.iter().map(info);
    let trigger_types = triggers
        .iter()
        .map(|t| format_ident!("{}", names::type_name(&t.name)));
    let event_arms: Vec<TokenStream> = triggers
        .iter()
        .filter(|t| !t.events.is_empty())
        .map(|t| {
            let (events, info) = (&t.events, info(t));
            quote!(#(#events)|* => Some(&#info),)
        })
        .collect();
    let trigger_for_event = if event_arms.is_empty() {
        quote! {
            let _ = event_type;
            None
        }
    } else {
        quote! {
            match event_type {
                #(#event_arms)*
                _ => None,
            }
        }
    };
    quote! {
        /// The connection rules and the catalogue of the connector, from the spec's metadata.
        pub mod connector {
            use std::time::Duration;

            use crate::AnyTrigger;
            use crate::metadata::{ActionInfo, #input_types Throttle, TriggerInfo};

            /// The Stripe API version every request is pinned to (`info.version`).
            pub const STRIPE_VERSION: &str = #stripe_version;

            /// The most calls one connection may make in any sliding window
            /// (`info.x-connector.throttle`).
            pub const THROTTLE: Throttle = Throttle {
                calls: #throttle_calls,
                period: Duration::from_secs(#throttle_period_seconds),
            };

            /// How often a trigger polls unless told otherwise
            /// (`info.x-connector.poll-interval-seconds`).
            pub const POLL_INTERVAL: Duration = Duration::from_secs(#poll_interval_seconds);

            /// The actions (`x-action`), in the order of the spec.
            pub const ACTIONS: &[ActionInfo] = &[#(#actions),*];

            /// The polling triggers, in the order of the spec.
            pub const TRIGGERS: &[TriggerInfo] = &[#(#trigger_infos),*];

            /// The polling triggers, in the order of the spec, each with a poll that hands its
            /// objects over as JSON: for programs that serve every trigger alike.
            pub const REGISTRY: &[AnyTrigger] =
                &[#(AnyTrigger::of::<super::triggers::#trigger_types>()),*];

            /// The trigger whose objects events of type `event_type` (such as
            /// `charge.succeeded`) announce, from the triggers' `x-trigger.events`.
            pub fn trigger_for_event(event_type: &str) -> Option<&'static TriggerInfo> {
                #trigger_for_event
            }
        }
    }
}

fn action_info(action: &Action) -> TokenStream {
    let [group, name] = &action.command;
    let Operation {
        id,
        method_name,
        http_method,
        path,
        summary,
        description,
        inputs,
    } = &action.operation;
    let description = description.as_deref().unwrap_or_default();
    let inputs = inputs.iter().map(|input| {
        let flag = match input.place {
            Place::Path => None,
            Place::Query => Some(cli::long_flag(input)),
            Place::Body => cli::has_flag(&input.shape).then(|| cli::long_flag(input)),
        };
        input_info(input, flag)
    });
    quote! {
        ActionInfo {
            operation_id: #id,
            method_name: #method_name,
            http_method: #http_method,
            path: #path,
            summary: #summary,
            description: #description,
            command: [#group, #name],
            inputs: &[#(#inputs),*],
        }
    }
}

/// The `InputInfo` of `input`, set from the shell by `flag`.
fn input_info(input: &Input, flag: Option<String>) -> TokenStream {
    let (name, description, required) = (
        &input.name,
        input.description.as_deref().unwrap_or_default(),
        input.required,
    );
    let shape = shape(&input.shape);
    let flag = match flag {
        Some(flag) => quote!(Some(#flag)),
        None => quote!(None),
    };
    let limits = limits(&input.constraints);
    quote! {
        InputInfo {
            name: #name,
            description: #description,
            required: #required,
            shape: #shape,
            flag: #flag,
            limits: #limits,
        }
    }
}

/// A shape of the model as the `InputShape` of an `InputInfo`; an object's fields have no flag.
fn shape(shape: &Shape) -> TokenStream {
    match shape {
        Shape::String => quote!(InputShape::Text),
        Shape::Enum(values) => quote!(InputShape::Choice(&[#(#values),*])),
        Shape::Integer => quote!(InputShape::Integer),
        Shape::Timestamp => quote!(InputShape::Timestamp),
        Shape::Number => quote!(InputShape::Number),
        Shape::Boolean => quote!(InputShape::Boolean),
        Shape::Array(item) => {
            let item = self::shape(item);
            quote!(InputShape::List(&#item))
        }
        Shape::Map(value) => {
            let value = self::shape(value);
            quote!(InputShape::Map(&#value))
        }
        Shape::Object(fields) => {
            let fields = fields.iter().map(|field| input_info(field, None));
            quote!(InputShape::Object(&[#(#fields),*]))
        }
    }
}

/// The limits of one input, as the `Limits` of its `InputInfo`.
fn limits(c: &Constraints) -> TokenStream {
    let count = |v: Option<u64>| match v {
        Some(v) => {
            let v = Literal::u64_unsuffixed(v);
            quote!(Some(#v))
        }
        None => quote!(None),
    };
    let bound = |v: Option<f64>| match v {
        Some(v) => {
            let v = Literal::f64_unsuffixed(v);
            quote!(Some(#v))
        }
        None => quote!(None),
    };
    let pattern = c.pattern.as_ref().map(|p| quote!(Some(#p)));
    let nested = |inner: &Option<Box<Constraints>>| {
        inner.as_ref().map(|inner| {
            let inner = limits(inner);
            quote!(Some(&#inner))
        })
    };
    let forbidden = c.key_forbidden.as_ref().map(|f| quote!(Some(#f)));
    let fields = [
        ("min_length", c.min_length.map(|v| count(Some(v)))),
        ("max_length", c.max_length.map(|v| count(Some(v)))),
        ("pattern", pattern),
        ("uri", c.uri.then(|| quote!(true))),
        ("minimum", c.minimum.map(|v| bound(Some(v)))),
        ("maximum", c.maximum.map(|v| bound(Some(v)))),
        ("min_items", c.min_items.map(|v| count(Some(v)))),
        ("max_items", c.max_items.map(|v| count(Some(v)))),
        ("items", nested(&c.items)),
        ("empty_clears", c.empty_clears.then(|| quote!(true))),
        ("max_entries", c.max_properties.map(|v| count(Some(v)))),
        ("key_max_length", c.key_max_length.map(|v| count(Some(v)))),
        ("key_forbidden", forbidden),
        ("values", nested(&c.values)),
    ];
    let set = fields.into_iter().filter_map(|(name, value)| {
        let name = format_ident!("{}", name);
        value.map(|value| quote!(#name: #value,))
    });
    quote!(Limits { #(#set)* ..Limits::NONE })
}

fn trigger(trigger: &Trigger) -> TokenStream {
    let name = format_ident!("{}", names::type_name(&trigger.name));
    let item = format_ident!("{}", names::type_name(&trigger.item_schema));
    let page = format_ident!("{}", names::type_name(&trigger.page_schema));
    let (trigger_name, summary, events) = (&trigger.name, &trigger.summary, &trigger.events);
    let page_limit = Literal::u64_unsuffixed(trigger.page_limit);
    let command = trigger.watch_name();
    let Operation {
        id,
        method_name,
        http_method,
        path,
        ..
    } = &trigger.operation;
    let method = format_ident!("{}", method_name);
    let checks = list_checks(&trigger.operation);
    let doc = format!(
        "{summary}: polls `{http_method} {path}` ([`Client::{method_name}`](super::Client::{method_name}))."
    );
    quote! {
        #[doc = #doc]
        #[derive(Clone, Copy, Debug, Default)]
        pub struct #name;

        impl crate::metadata::Trigger for #name {
            type Item = types::#item;
            type Page = types::#page;
            const INFO: TriggerInfo = TriggerInfo {
                name: #trigger_name,
                command: #command,
                summary: #summary,
                events: &[#(#events),*],
                operation_id: #id,
                method_name: #method_name,
                path: #path,
                page_limit: match ::std::num::NonZeroU64::new(#page_limit) {
                    Some(limit) => limit,
                    None => ::std::num::NonZeroU64::MIN,
                },
            };

            async fn list(
                client: &super::Client,
                query: &ListQuery,
            ) -> Result<types::#page, crate::Error> {
                #checks
                let mut call = client.#method().limit(query.limit);
                if let Some(id) = &query.ending_before {
                    call = call.ending_before(id.clone());
                }
                if let Some(id) = &query.starting_after {
                    call = call.starting_after(id.clone());
                }
                if let Some(time) = query.created_gte {
                    call = call.created_gte(time);
                }
                if let Some(time) = query.created_lte {
                    call = call.created_lte(time);
                }
                if let Some(time) = query.created_lt {
                    call = call.created_lt(time);
                }
                crate::runtime::finish_action(call.send().await).await
            }
        }
    }
}

/// The checks of the list's parameters that a `ListQuery` fills in, against the spec's limits.
fn list_checks(operation: &Operation) -> TokenStream {
    let fields = [
        ("limit", "limit", false),
        ("ending_before", "ending_before", true),
        ("starting_after", "starting_after", true),
        ("created[gte]", "created_gte", true),
        ("created[lte]", "created_lte", true),
        ("created[lt]", "created_lt", true),
    ];
    let checks = fields.into_iter().filter_map(|(name, field, optional)| {
        let input = operation.inputs.iter().find(|i| i.name == name)?;
        let checked = value_checks(name, &quote!(value), &input.shape, &input.constraints);
        if checked.is_empty() {
            return None;
        }
        let field = format_ident!("{}", field);
        Some(match optional {
            true => quote!(if let Some(value) = &query.#field { #checked }),
            false => quote!(let value = &query.#field; #checked),
        })
    });
    quote!(#(#checks)*)
}

fn list_impls(trigger: &Trigger) -> TokenStream {
    let item = format_ident!("{}", names::type_name(&trigger.item_schema));
    let page = format_ident!("{}", names::type_name(&trigger.page_schema));
    let created = format_ident!("{}", names::field(&trigger.created_field));
    quote! {
        impl crate::metadata::Page for types::#page {
            type Item = types::#item;
            fn into_parts(self) -> (Vec<types::#item>, bool) {
                (self.data, self.has_more)
            }
        }

        impl crate::metadata::Listed for types::#item {
            fn id(&self) -> &str {
                &self.id
            }
            fn created(&self) -> crate::Timestamp {
                self.#created
            }
        }
    }
}
