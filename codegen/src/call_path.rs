//! Rewrites that take work off the call path of every generated operation, without changing
//! what it does or its signature:
//!
//! - the body of a success answer is read by `crate::http::answer`, which moves the answer's
//!   headers into the `ResponseValue` where progenitor's `ResponseValue::from_response` copies
//!   them (an allocation and a copy of every header per call).
//!
//! Like the rewrites of `rewrite.rs`, each must find its target, or codegen fails.

use syn::visit_mut::{self, VisitMut};
use syn::{Expr, parse_quote};

use crate::error::{Location, Problem};
use crate::rewrite::is_path;

/// Applies every rewrite; run after `rewrite.rs`, which has taken the error answers' reads.
pub(crate) fn rewrite(file: &mut syn::File) -> Result<(), Problem> {
    let mut rewriter = Rewriter::default();
    rewriter.visit_file_mut(file);
    if rewriter.success_bodies == 0 {
        return Err(Problem::new(
            Location::root(),
            "progenitor's output no longer contains `ResponseValue::from_response(response)`, \
             which codegen rewrites to read success answers without copying their headers",
        )
        .help("progenitor changed: update codegen/src/call_path.rs to its new output"));
    }
    Ok(())
}

#[derive(Default)]
struct Rewriter {
    success_bodies: usize,
}

impl VisitMut for Rewriter {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        visit_mut::visit_expr_mut(self, expr);
        if let Expr::Call(call) = expr
            && is_path(call, &["ResponseValue", "from_response"])
        {
            let args = &call.args;
            *expr = parse_quote!(crate::http::answer(#args));
            self.success_bodies += 1;
        }
    }
}
