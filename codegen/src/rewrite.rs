//! Adjustments to progenitor's output where Stripe's wire format differs from its defaults.
//!
//! - the `api-version` header becomes `Stripe-Version` (its value is already `info.version`);
//! - form bodies go through `crate::runtime::encode_form`, which writes Stripe's bracket notation
//!   (`images[0]=a`) where progenitor's `serde_urlencoded` fails on any array;
//! - `Client::new` goes, and `Client::new_with_client` is for the crate only: progenitor's
//!   `new` builds a client with no API key, a 15 s timeout and an `unwrap`, and either would
//!   let a caller make a client without the connection's key, throttle and retries;
//!   `Connection` is the way in;
//! - the body of a 4xx or 5xx is read by `crate::runtime::error_response`, which keeps the
//!   status, headers and body of an answer that is not Stripe's error JSON (an HTML 502 from a
//!   proxy) where progenitor's `ResponseValue::from_response` would keep only the body.
//!
//! Each rewrite must find its target: if progenitor's output changes shape, codegen fails
//! instead of silently shipping a client that speaks the wrong dialect.

use syn::visit_mut::{self, VisitMut};
use syn::{
    Expr, ExprAwait, ExprCall, ExprLit, ExprMethodCall, ExprTry, ImplItem, Item, Lit, parse_quote,
};

use crate::error::{Location, Problem};

/// Applies every rewrite; `expect_forms` says whether the spec has form bodies to find.
pub(crate) fn rewrite(file: &mut syn::File, expect_forms: bool) -> Result<(), Problem> {
    let mut rewriter = Rewriter::default();
    rewriter.visit_file_mut(file);
    let constructors = private_constructors(file);
    let missing = [
        (rewriter.version_headers > 0, "the `api-version` header"),
        (
            rewriter.forms > 0 || !expect_forms,
            "the `form_urlencoded` body call",
        ),
        (constructors, "`Client::new` and `Client::new_with_client`"),
        (
            rewriter.error_bodies > 0,
            "`Error::ErrorResponse(ResponseValue::from_response(response).await?)`",
        ),
    ];
    match missing.iter().find(|(found, _)| !found) {
        None => Ok(()),
        Some((_, what)) => Err(Problem::new(
            Location::root(),
            format!(
                "progenitor's output no longer contains {what}, which codegen rewrites for Stripe"
            ),
        )
        .help("progenitor changed: update codegen/src/rewrite.rs to its new output")),
    }
}

#[derive(Default)]
struct Rewriter {
    version_headers: usize,
    forms: usize,
    error_bodies: usize,
}

impl VisitMut for Rewriter {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        visit_mut::visit_expr_mut(self, expr);
        match expr {
            Expr::MethodCall(call) if call.method == "form_urlencoded" => {
                *expr = form_body(call);
                self.forms += 1;
            }
            Expr::Call(call) if is_path(call, &["Error", "ErrorResponse"]) => {
                if let Some(body) = call.args.first_mut()
                    && let Some(read) = error_body_read(body)
                {
                    let args = &read.args;
                    *read = parse_quote!(crate::runtime::error_response(#args));
                    self.error_bodies += 1;
                }
            }
            Expr::Call(call)
                if is_path(call, &["reqwest", "header", "HeaderName", "from_static"]) =>
            {
                if let Some(Expr::Lit(ExprLit {
                    lit: Lit::Str(name),
                    ..
                })) = call.args.first_mut()
                    && name.value() == "api-version"
                {
                    *name = parse_quote!("stripe-version");
                    self.version_headers += 1;
                }
            }
            _ => {}
        }
    }
}

/// Drops `Client::new` and makes `Client::new_with_client` `pub(crate)`; whether both were found.
fn private_constructors(file: &mut syn::File) -> bool {
    let client = file.items.iter_mut().find_map(|item| match item {
        Item::Impl(block)
            if block.trait_.is_none()
                && matches!(&*block.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"))
                && block
                    .items
                    .iter()
                    .any(|i| matches!(i, ImplItem::Fn(f) if f.sig.ident == "new")) =>
        {
            Some(block)
        }
        _ => None,
    });
    let Some(client) = client else {
        return false;
    };
    client
        .items
        .retain(|i| !matches!(i, ImplItem::Fn(f) if f.sig.ident == "new"));
    let mut found = false;
    for item in &mut client.items {
        if let ImplItem::Fn(f) = item
            && f.sig.ident == "new_with_client"
        {
            f.vis = parse_quote!(pub(crate));
            found = true;
        }
    }
    found
}

/// `request.form_urlencoded(&body)?` becomes `crate::runtime::encode_form(request, &body)?`.
fn form_body(call: &ExprMethodCall) -> Expr {
    let receiver = &call.receiver;
    let args = &call.args;
    parse_quote!(crate::runtime::encode_form(#receiver, #args))
}

/// The `ResponseValue::from_response(response)` call inside `<call>.await?`, the argument of
/// `Error::ErrorResponse` in the 4xx and 5xx arms (the `200` arm reads its body elsewhere).
fn error_body_read(body: &mut Expr) -> Option<&mut ExprCall> {
    let Expr::Try(ExprTry { expr, .. }) = body else {
        return None;
    };
    let Expr::Await(ExprAwait { base, .. }) = &mut **expr else {
        return None;
    };
    match &mut **base {
        Expr::Call(call) if is_path(call, &["ResponseValue", "from_response"]) => Some(call),
        _ => None,
    }
}

/// Whether `call` calls the function at exactly the path `segments`.
pub(crate) fn is_path(call: &ExprCall, segments: &[&str]) -> bool {
    let Expr::Path(path) = &*call.func else {
        return false;
    };
    path.path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .eq(segments.iter().copied())
}
