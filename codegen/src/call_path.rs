//! Rewrites that take work off the call path of every generated operation, without changing
//! what it sends, what it returns or its signature:
//!
//! - the body of a success answer is read by `crate::runtime::read_answer`, which moves the answer's
//!   headers into the `ResponseValue` where progenitor's `ResponseValue::from_response` copies
//!   them (an allocation and a copy of every header per call);
//! - the fixed headers progenitor collects in a `HeaderMap` of their own (`Stripe-Version`),
//!   then merges into the request's, are set on the request directly (a map, its allocations
//!   and a merge per call);
//! - an optional query parameter is added by `crate::runtime::add_query` only when it is set,
//!   where progenitor's `.query(..)` rewrites the URL's query for every parameter, set or not;
//! - the URL is built by `crate::runtime::url` in one allocation, where progenitor's
//!   `format!("{}/v1/customers/{}", client.baseurl, encode_path(&customer.to_string()))` copies
//!   each path parameter twice (`to_string`, then `encode_path`) before formatting.
//!
//! Like the rewrites of `rewrite.rs`, the first two must find their targets (every operation has
//! an answer and a `Stripe-Version`), or codegen fails; a spec may have no optional query
//! parameter, so the third may find none. The fourth must find every operation's URL.

use std::collections::{BTreeMap, BTreeSet};

use syn::punctuated::Punctuated;
use syn::visit::Visit;
use syn::visit_mut::{self, VisitMut};
use syn::{
    Block, Expr, ExprMethodCall, Fields, Ident, Item, ItemImpl, Lit, Local, Macro, Pat, Stmt,
    Token, Type, parse_quote,
};

use crate::error::{Location, Problem};
use crate::rewrite::is_path;

/// The variable progenitor collects the fixed headers in.
const HEADER_MAP: &str = "header_map";

/// Applies every rewrite; run after `rewrite.rs`, which has taken the error answers' reads.
pub(crate) fn rewrite(file: &mut syn::File) -> Result<(), Problem> {
    let mut rewriter = Rewriter {
        optional: optional_builder_fields(file),
        ..Rewriter::default()
    };
    rewriter.visit_file_mut(file);
    let missing = [
        (
            rewriter.success_bodies > 0,
            "`ResponseValue::from_response(response)`",
        ),
        (
            rewriter.header_maps > 0,
            "`let mut header_map = HeaderMap::with_capacity(..)` merged by `.headers(header_map)`",
        ),
        (
            rewriter.urls > 0 && rewriter.urls == rewriter.success_bodies,
            "`format!(\"{}/path/{}\", client.baseurl, encode_path(&param.to_string()))` for \
             each operation's URL",
        ),
    ];
    match missing.iter().find(|(found, _)| !found) {
        None => Ok(()),
        Some((_, what)) => Err(Problem::new(
            Location::root(),
            format!(
                "progenitor's output no longer contains {what}, which codegen rewrites to lighten \
                 the call path"
            ),
        )
        .help("progenitor changed: update codegen/src/call_path.rs to its new output")),
    }
}

#[derive(Default)]
struct Rewriter {
    /// For each builder, the names of its fields that hold an `Option`
    /// (`Result<Option<_>, String>`).
    optional: BTreeMap<String, BTreeSet<String>>,
    /// The fields of the builder whose `impl` is being visited.
    current: BTreeSet<String>,
    success_bodies: usize,
    header_maps: usize,
    urls: usize,
}

impl VisitMut for Rewriter {
    fn visit_item_impl_mut(&mut self, item: &mut ItemImpl) {
        let name = match &*item.self_ty {
            Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
            _ => None,
        };
        self.current = name
            .and_then(|name| self.optional.get(&name).cloned())
            .unwrap_or_default();
        visit_mut::visit_item_impl_mut(self, item);
        self.current.clear();
    }

    fn visit_block_mut(&mut self, block: &mut Block) {
        visit_mut::visit_block_mut(self, block);
        if inline_header_map(block) {
            self.header_maps += 1;
        }
    }

    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        visit_mut::visit_expr_mut(self, expr);
        match expr {
            Expr::Call(call) if is_path(call, &["ResponseValue", "from_response"]) => {
                let args = &call.args;
                *expr = parse_quote!(crate::runtime::read_answer(#args));
                self.success_bodies += 1;
            }
            Expr::MethodCall(call) if call.method == "query" => {
                if let Some((name, value)) = optional_query(call, &self.current) {
                    let receiver = &call.receiver;
                    *expr = parse_quote!(crate::runtime::add_query(#receiver, #name, &#value));
                }
            }
            Expr::Macro(call) => {
                if let Some(url) = url(&call.mac) {
                    *expr = url;
                    self.urls += 1;
                }
            }
            _ => {}
        }
    }
}

/// `crate::runtime::url(&client.baseurl, &[pieces])` for
/// `format!("{}fixed{}…", client.baseurl, encode_path(&p.to_string()), …)`, where each `{}` after
/// the first is a path parameter; `None` for any other `format!`.
fn url(mac: &Macro) -> Option<Expr> {
    if !mac.path.is_ident("format") {
        return None;
    }
    let args = mac
        .parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated)
        .ok()?;
    let mut args = args.into_iter();
    let Some(Expr::Lit(template)) = args.next() else {
        return None;
    };
    let Lit::Str(template) = &template.lit else {
        return None;
    };
    let template = template.value();
    let fixed = template.strip_prefix("{}")?.split("{}");
    let base = args.next()?;
    if !matches!(&base, Expr::Field(field) if matches!(&field.member, syn::Member::Named(name) if name == "baseurl"))
    {
        return None;
    }
    let mut pieces: Vec<Expr> = Vec::new();
    let mut params = args.map(path_parameter);
    for (n, text) in fixed.enumerate() {
        if text.contains(['{', '}']) {
            return None;
        }
        if n > 0 {
            let param = params.next()??;
            pieces.push(parse_quote!(crate::runtime::Piece::Param(#param.as_str())));
        }
        if !text.is_empty() {
            pieces.push(parse_quote!(crate::runtime::Piece::Fixed(#text)));
        }
    }
    if params.next().is_some() {
        return None;
    }
    Some(parse_quote!(crate::runtime::url(&#base, &[#(#pieces),*])))
}

/// `param` of `encode_path(&param.to_string())`.
fn path_parameter(arg: Expr) -> Option<Ident> {
    let Expr::Call(call) = &arg else {
        return None;
    };
    if !is_path(call, &["encode_path"]) {
        return None;
    }
    let [Expr::Reference(argument)] = call.args.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let Expr::MethodCall(to_string) = &*argument.expr else {
        return None;
    };
    let Expr::Path(param) = &*to_string.receiver else {
        return None;
    };
    (to_string.method == "to_string" && to_string.args.is_empty())
        .then(|| param.path.get_ident().cloned())
        .flatten()
}

/// For each builder, its fields whose type is `Result<Option<_>, String>`: the optional ones.
fn optional_builder_fields(file: &syn::File) -> BTreeMap<String, BTreeSet<String>> {
    let mut optional = BTreeMap::new();
    let builders = file.items.iter().find_map(|item| match item {
        Item::Mod(m) if m.ident == "builder" => m.content.as_ref().map(|(_, items)| items),
        _ => None,
    });
    for item in builders.into_iter().flatten() {
        let Item::Struct(builder) = item else {
            continue;
        };
        let Fields::Named(fields) = &builder.fields else {
            continue;
        };
        let names = fields.named.iter().filter(|field| holds_option(&field.ty));
        let names = names.filter_map(|field| field.ident.as_ref().map(Ident::to_string));
        optional.insert(builder.ident.to_string(), names.collect());
    }
    optional
}

/// Whether `ty` is `Result<Option<_>, _>`.
fn holds_option(ty: &Type) -> bool {
    let first_argument = |ty: &Type, wanted: &str| -> Option<Type> {
        let Type::Path(path) = ty else { return None };
        let last = path.path.segments.last()?;
        if last.ident != wanted {
            return None;
        }
        let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
            return None;
        };
        match args.args.first()? {
            syn::GenericArgument::Type(ty) => Some(ty.clone()),
            _ => None,
        }
    };
    first_argument(ty, "Result").is_some_and(|inner| first_argument(&inner, "Option").is_some())
}

/// `(name, value)` of `.query(&progenitor_client::QueryParam::new(name, &value))` when `value`
/// is one of the builders' optional fields.
fn optional_query(call: &ExprMethodCall, optional: &BTreeSet<String>) -> Option<(Expr, Ident)> {
    let [Expr::Reference(argument)] = call.args.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let Expr::Call(new) = &*argument.expr else {
        return None;
    };
    if !is_path(new, &["progenitor_client", "QueryParam", "new"]) {
        return None;
    }
    let [name, Expr::Reference(value)] = new.args.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let Expr::Path(value) = &*value.expr else {
        return None;
    };
    let value = value.path.get_ident()?;
    optional
        .contains(&value.to_string())
        .then(|| (name.clone(), value.clone()))
}

/// In a block that fills `header_map` with unconditional `append`s only and merges it with
/// `.headers(header_map)`, sets each header on the request instead; whether it did.
fn inline_header_map(block: &mut Block) -> bool {
    let Some(start) = block.stmts.iter().position(declares_header_map) else {
        return false;
    };
    let appends: Vec<(Expr, Expr)> = block.stmts[start + 1..]
        .iter()
        .map_while(header_append)
        .collect();
    let rest = start + 1 + appends.len();
    let mut uses = Uses::default();
    for stmt in &block.stmts[rest..] {
        uses.visit_stmt(stmt);
    }
    if appends.is_empty() || uses.count != 1 {
        return false;
    }
    let mut merge = Merge {
        appends,
        done: false,
    };
    for stmt in &mut block.stmts[rest..] {
        merge.visit_stmt_mut(stmt);
    }
    if !merge.done {
        return false;
    }
    block.stmts.drain(start..rest);
    true
}

/// `let mut header_map = ..HeaderMap::with_capacity(..);`
fn declares_header_map(stmt: &Stmt) -> bool {
    let Stmt::Local(Local { pat, init, .. }) = stmt else {
        return false;
    };
    let Pat::Ident(ident) = pat else {
        return false;
    };
    ident.ident == HEADER_MAP
        && init.as_ref().is_some_and(|init| {
            matches!(&*init.expr, Expr::Call(call)
                if is_path(call, &["reqwest", "header", "HeaderMap", "with_capacity"]))
        })
}

/// `(name, value)` of `header_map.append(name, value);`
fn header_append(stmt: &Stmt) -> Option<(Expr, Expr)> {
    let Stmt::Expr(Expr::MethodCall(call), Some(_)) = stmt else {
        return None;
    };
    let Expr::Path(receiver) = &*call.receiver else {
        return None;
    };
    if !receiver.path.is_ident(HEADER_MAP) || call.method != "append" {
        return None;
    }
    let [name, value] = call.args.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    Some((name.clone(), value.clone()))
}

/// Counts the mentions of `header_map`.
#[derive(Default)]
struct Uses {
    count: usize,
}

impl Visit<'_> for Uses {
    fn visit_ident(&mut self, ident: &Ident) {
        if ident == HEADER_MAP {
            self.count += 1;
        }
    }
}

/// Replaces `.headers(header_map)` with a `.header(name, value)` for each append.
struct Merge {
    appends: Vec<(Expr, Expr)>,
    done: bool,
}

impl VisitMut for Merge {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        visit_mut::visit_expr_mut(self, expr);
        let Expr::MethodCall(call) = expr else {
            return;
        };
        let merges = call.method == "headers"
            && matches!(call.args.first(), Some(Expr::Path(p)) if p.path.is_ident(HEADER_MAP));
        if !merges {
            return;
        }
        let mut chained = (*call.receiver).clone();
        for (name, value) in &self.appends {
            chained = parse_quote!(#chained.header(#name, #value));
        }
        *expr = chained;
        self.done = true;
    }
}
