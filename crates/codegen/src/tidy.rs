//! Work progenitor's output does on every call and no vendor here needs,
//! taken out of the generated code rather than undone at run time.
//!
//! progenitor 0.15.1 sends an `api-version` header carrying the spec's
//! `info.version` on every request: it builds a header map for it, copies
//! that map into the request and (before this pass) the runtime removed the
//! header again. None of the vendors defines such a header, so the pass
//! drops the statement that appends it, and the map itself when nothing else
//! goes into it. The wire tests check that the header is not sent.

use quote::ToTokens;
use syn::{Expr, File, ImplItem, Item, Lit, Stmt, Type};

/// Removes the `api-version` header from every generated operation. Fails,
/// naming the operations, if an operation does not contain the statement in
/// the shape this pass knows (another progenitor version): the runtime no
/// longer strips the header, so it must not slip through.
pub(crate) fn drop_api_version(file: &mut File) -> Result<(), Vec<String>> {
    let mut unknown = Vec::new();
    for item in &mut file.items {
        let Item::Impl(block) = item else { continue };
        if block.trait_.is_some() || !is_client(&block.self_ty) {
            continue;
        }
        for member in &mut block.items {
            let ImplItem::Fn(f) = member else { continue };
            let stmts = &mut f.block.stmts;
            if !stmts.iter().any(|s| mentions(s, "OperationInfo")) {
                continue; // not an operation (constructors, accessors)
            }
            let before = stmts.len();
            stmts.retain(|s| !is_api_version_append(s));
            if stmts.len() + 1 != before {
                unknown.push(f.sig.ident.to_string());
                continue;
            }
            let users = stmts.iter().filter(|s| mentions(s, "header_map")).count();
            if users == 2 {
                // Only `let mut header_map = …` and `.headers(header_map)` are
                // left: the map would go out empty. Remove both.
                let mut stripped = false;
                for s in stmts.iter_mut() {
                    if let Stmt::Local(local) = s
                        && let Some(init) = local.init.as_mut()
                        && strip_headers_call(&mut init.expr)
                    {
                        stripped = true;
                    }
                }
                if !stripped {
                    unknown.push(f.sig.ident.to_string());
                    continue;
                }
                stmts.retain(|s| !is_header_map_let(s));
            } else if !shrink_capacity(stmts) {
                unknown.push(f.sig.ident.to_string());
            }
        }
    }
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(unknown)
    }
}

fn is_client(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident("Client"))
}

fn tokens(s: &impl ToTokens) -> String {
    s.to_token_stream().to_string()
}

fn mentions(s: &Stmt, ident: &str) -> bool {
    // Identifiers are separate tokens, so a word match is exact enough.
    tokens(s)
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|w| w == ident)
}

/// `header_map.append(HeaderName::from_static("api-version"), HeaderValue::from_static(Self::api_version()));`
fn is_api_version_append(s: &Stmt) -> bool {
    let Stmt::Expr(Expr::MethodCall(call), _) = s else {
        return false;
    };
    call.method == "append"
        && matches!(&*call.receiver, Expr::Path(p) if p.path.is_ident("header_map"))
        && call
            .args
            .first()
            .is_some_and(|a| tokens(a).contains("\"api-version\""))
        && call
            .args
            .iter()
            .nth(1)
            .is_some_and(|a| tokens(a).contains("api_version"))
}

/// `let mut header_map = ::reqwest::header::HeaderMap::with_capacity(N);`
fn is_header_map_let(s: &Stmt) -> bool {
    matches!(s, Stmt::Local(local) if binds_header_map(local))
}

fn binds_header_map(local: &syn::Local) -> bool {
    tokens(&local.pat).split_whitespace().last() == Some("header_map")
}

/// Replaces `<chain>.headers(header_map)` in a request builder chain
/// (possibly under `.build()?`) with `<chain>`.
fn strip_headers_call(e: &mut Expr) -> bool {
    let is_target = matches!(e, Expr::MethodCall(m)
        if m.method == "headers"
            && m.args.len() == 1
            && matches!(m.args.first(), Some(Expr::Path(p)) if p.path.is_ident("header_map")));
    if is_target {
        if let Expr::MethodCall(m) = e {
            let receiver = std::mem::replace(&mut *m.receiver, Expr::Verbatim(Default::default()));
            *e = receiver;
        }
        return true;
    }
    match e {
        Expr::Try(t) => strip_headers_call(&mut t.expr),
        Expr::MethodCall(m) => strip_headers_call(&mut m.receiver),
        _ => false,
    }
}

/// `HeaderMap::with_capacity(N)` → `N - 1` when the map still gets other
/// headers (an operation with header parameters).
fn shrink_capacity(stmts: &mut [Stmt]) -> bool {
    for s in stmts {
        if let Stmt::Local(local) = s
            && binds_header_map(local)
            && let Some(init) = local.init.as_mut()
            && let Expr::Call(call) = &mut *init.expr
            && let Some(Expr::Lit(lit)) = call.args.first_mut()
            && let Lit::Int(n) = &lit.lit
            && let Ok(v) = n.base10_parse::<usize>()
        {
            let fewer = v.saturating_sub(1);
            lit.lit = Lit::Int(syn::LitInt::new(&format!("{fewer}usize"), n.span()));
            return true;
        }
    }
    false
}

/// Replaces progenitor's snake_case `OperationInfo { operation_id }` in
/// every generated operation with the spec's own `operationId`
/// (`create_customer` -> `createCustomer`), so that the runtime's
/// per-operation tables (`retry_class`, `error_kind`), tracing spans and
/// `ApiError::operation()` all speak the spec's names. `ids` maps
/// progenitor's name to the spec's; a name it does not know is returned as
/// a problem (progenitor named an operation in a way this pass cannot
/// trace back, so a table lookup would silently miss).
pub(crate) fn spec_operation_ids(
    file: &mut File,
    ids: &std::collections::BTreeMap<String, String>,
) -> Result<(), Vec<String>> {
    use syn::visit_mut::VisitMut;
    struct Rename<'a> {
        ids: &'a std::collections::BTreeMap<String, String>,
        unknown: Vec<String>,
    }
    impl VisitMut for Rename<'_> {
        fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
            let is_info = e
                .path
                .segments
                .last()
                .is_some_and(|s| s.ident == "OperationInfo");
            if is_info {
                for field in &mut e.fields {
                    let syn::Member::Named(name) = &field.member else {
                        continue;
                    };
                    if name != "operation_id" {
                        continue;
                    }
                    if let Expr::Lit(lit) = &mut field.expr
                        && let Lit::Str(s) = &lit.lit
                    {
                        match self.ids.get(&s.value()) {
                            Some(id) => lit.lit = Lit::Str(syn::LitStr::new(id, s.span())),
                            None => self.unknown.push(s.value()),
                        }
                    }
                }
            }
            syn::visit_mut::visit_expr_struct_mut(self, e);
        }
    }
    let mut pass = Rename {
        ids,
        unknown: Vec::new(),
    };
    pass.visit_file_mut(file);
    if pass.unknown.is_empty() {
        Ok(())
    } else {
        Err(pass.unknown)
    }
}
