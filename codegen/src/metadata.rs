//! What progenitor does not generate: the connector's metadata (with the spec's descriptions of
//! the actions and their inputs, for help texts at run time) and its trigger descriptors.
//!
//! The types these tokens fill in (`ActionInfo`, `TriggerInfo`, the `Trigger`, `Page` and
//! `Listed` traits) are hand-written in `stripe-connector/src/metadata.rs`; only the values
//! come from the spec.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::model::{Connector, Operation, Spec, Trigger};
use crate::names;

/// The `connector` and `triggers` modules, and the list impls the triggers rely on.
pub(crate) fn tokens(spec: &Spec) -> TokenStream {
    let connector = connector(&spec.connector, &spec.operations, &spec.triggers);
    let triggers = spec.triggers.iter().map(trigger);
    let lists = spec.triggers.iter().map(list_impls);
    quote! {
        #connector

        /// The polling triggers, one type each, from the spec's `x-trigger` extensions.
        pub mod triggers {
            use super::types;
            use crate::metadata::{ListQuery, TriggerInfo};
            #(#triggers)*
        }

        #(#lists)*
    }
}

fn connector(connector: &Connector, operations: &[Operation], triggers: &[Trigger]) -> TokenStream {
    let Connector {
        stripe_version,
        throttle_calls,
        throttle_period_seconds,
        poll_interval_seconds,
    } = connector;
    let throttle_calls = Literal::u32_unsuffixed(*throttle_calls);
    let throttle_period_seconds = Literal::u64_unsuffixed(*throttle_period_seconds);
    let poll_interval_seconds = Literal::u64_unsuffixed(*poll_interval_seconds);
    let trigger_operations: Vec<&str> = triggers.iter().map(|t| t.operation.id.as_str()).collect();
    let actions = operations
        .iter()
        .filter(|op| !trigger_operations.contains(&op.id.as_str()))
        .map(action_info);
    let trigger_infos = triggers.iter().map(|t| {
        let name = format_ident!("{}", names::type_name(&t.name));
        quote!(<super::triggers::#name as crate::metadata::Trigger>::INFO)
    });
    quote! {
        /// The connection rules and the catalogue of the connector, from the spec's metadata.
        pub mod connector {
            use std::time::Duration;

            use crate::metadata::{ActionInfo, InputInfo, Throttle, TriggerInfo};

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

            /// The actions, in the order of the spec.
            pub const ACTIONS: &[ActionInfo] = &[#(#actions),*];

            /// The polling triggers, in the order of the spec.
            pub const TRIGGERS: &[TriggerInfo] = &[#(#trigger_infos),*];
        }
    }
}

fn action_info(op: &Operation) -> TokenStream {
    let Operation {
        id,
        method_name,
        http_method,
        path,
        summary,
        description,
        inputs,
    } = op;
    let description = description.as_deref().unwrap_or_default();
    let inputs = inputs.iter().map(|input| {
        let (name, description) = (
            &input.name,
            input.description.as_deref().unwrap_or_default(),
        );
        quote!(InputInfo { name: #name, description: #description })
    });
    quote! {
        ActionInfo {
            operation_id: #id,
            method_name: #method_name,
            http_method: #http_method,
            path: #path,
            summary: #summary,
            description: #description,
            inputs: &[#(#inputs),*],
        }
    }
}

fn trigger(trigger: &Trigger) -> TokenStream {
    let name = format_ident!("{}", names::type_name(&trigger.name));
    let item = format_ident!("{}", names::type_name(&trigger.item_schema));
    let page = format_ident!("{}", names::type_name(&trigger.page_schema));
    let (trigger_name, summary) = (&trigger.name, &trigger.summary);
    let Operation {
        id,
        method_name,
        http_method,
        path,
        ..
    } = &trigger.operation;
    let method = format_ident!("{}", method_name);
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
                summary: #summary,
                operation_id: #id,
                method_name: #method_name,
                path: #path,
            };

            fn list(
                client: &super::Client,
                query: &ListQuery,
            ) -> impl ::std::future::Future<
                Output = Result<types::#page, crate::ClientError<types::ErrorResponse>>,
            > + Send {
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
                async move { call.send().await.map(crate::ResponseValue::into_inner) }
            }
        }
    }
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
