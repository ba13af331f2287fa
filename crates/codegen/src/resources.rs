//! The resource layer: for each tag of the spec, a handle reached as
//! `client.<tag_in_snake_case>()` on the vendor crate's `Client`, with one
//! async method per operation, and `Stream` methods for every operation
//! that declares its pagination (`x-pagination`, see [`crate::pagination`]).
//!
//! The methods are rendered from two facts: the spec (names, docs,
//! constraints, extensions) and progenitor's own output (the exact Rust
//! signature of the operation it wraps, the types of response fields), so
//! they always call the generated client with the arguments it takes.
//!
//! Each method checks its arguments before any I/O (every path parameter is
//! a non-empty segment; every `minLength`, `maxLength`, `pattern`, `enum`,
//! `minimum`, `maximum`, `minItems`, `maxItems` on a parameter whose Rust
//! type does not already enforce it; the body's [`Validate`] impl when the
//! request body says `x-rust-validate: true`), then runs the operation
//! through the shared runtime's `Transport::call`, returning the typed body
//! or the vendor's `crate::Error`.
//!
//! Operation extensions read here:
//!
//! * `x-rust-method: NAME`: the method's name (default: [`method_name`]);
//! * `x-rust-unwrap: FIELD`: return the response object's `FIELD` (a JSON
//!   name) instead of the whole body; a 2xx without it is a decode error
//!   keeping the raw body;
//! * `x-rust-not-found: none`: return `Option<T>`, `None` on 404.
//!
//! The vendor crate provides `crate::Client` with
//! `fn generated(&self) -> &generated::Client` and `crate::Error`
//! (`client_runtime::Error<ItsErrorBody>`); `cargo xtask new-vendor`
//! scaffolds both.
//!
//! [`Validate`]: https://docs.rs/client-runtime (client_runtime::Validate)

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    OpenAPI, Operation, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind, Type,
};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::visit_mut::VisitMut;

use crate::names::{self, Case};
use crate::pagination;

/// One operation as the resource layer sees it.
pub(crate) struct Op<'s> {
    pub(crate) id: String,
    pub(crate) method: &'static str,
    pub(crate) path: String,
    pub(crate) op: &'s Operation,
    pub(crate) params: Vec<&'s Parameter>,
}

/// progenitor's generated method for one operation.
pub(crate) struct Generated {
    pub(crate) ident: Ident,
    pub(crate) generics: syn::Generics,
    /// Argument names and types, `self` left out, in order.
    pub(crate) args: Vec<(Ident, syn::Type)>,
    /// `T` of `ResponseValue<T>`.
    pub(crate) ok: syn::Type,
}

/// The structs of progenitor's `types` module: name -> fields (JSON name,
/// Rust field, Rust type).
pub(crate) type Structs = BTreeMap<String, Vec<(String, Ident, syn::Type)>>;

pub(crate) fn generated_methods(file: &syn::File) -> BTreeMap<String, Generated> {
    let mut out = BTreeMap::new();
    for item in &file.items {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let is_client = matches!(&*block.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"));
        if block.trait_.is_some() || !is_client {
            continue;
        }
        for member in &block.items {
            let syn::ImplItem::Fn(f) = member else {
                continue;
            };
            if f.sig.asyncness.is_none() {
                continue;
            }
            let mut args = Vec::new();
            for input in &f.sig.inputs {
                if let syn::FnArg::Typed(pt) = input
                    && let syn::Pat::Ident(pi) = &*pt.pat
                {
                    args.push((pi.ident.clone(), (*pt.ty).clone()));
                }
            }
            let Some(ok) = ok_type(&f.sig.output) else {
                continue;
            };
            out.insert(
                f.sig.ident.to_string(),
                Generated {
                    ident: f.sig.ident.clone(),
                    generics: f.sig.generics.clone(),
                    args,
                    ok,
                },
            );
        }
    }
    out
}

/// `T` of `-> Result<ResponseValue<T>, Error<E>>`.
fn ok_type(output: &syn::ReturnType) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    let result = generic_arg(ty, "Result", 0)?;
    generic_arg(&result, "ResponseValue", 0)
}

/// The `n`th type argument of `ty` when its last path segment is `name`.
pub(crate) fn generic_arg(ty: &syn::Type, name: &str, n: usize) -> Option<syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let syn::PathArguments::AngleBracketed(a) = &last.arguments else {
        return None;
    };
    a.args
        .iter()
        .filter_map(|g| match g {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        })
        .nth(n)
}

/// `T` of `Option<T>`, or `None` when `ty` is not an option.
pub(crate) fn option_inner(ty: &syn::Type) -> Option<syn::Type> {
    generic_arg(ty, "Option", 0)
}

/// The last path segment's name of a type (`types::Customer` -> `Customer`).
pub(crate) fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(r) => type_name(&r.elem),
        _ => None,
    }
}

fn structs(file: &syn::File) -> Structs {
    let mut out = Structs::new();
    for item in &file.items {
        let syn::Item::Mod(m) = item else { continue };
        if m.ident != "types" {
            continue;
        }
        let Some((_, items)) = &m.content else {
            continue;
        };
        for item in items {
            let syn::Item::Struct(s) = item else { continue };
            let syn::Fields::Named(fields) = &s.fields else {
                continue;
            };
            let list = fields
                .named
                .iter()
                .filter_map(|f| {
                    let ident = f.ident.clone()?;
                    let json = serde_rename(&f.attrs).unwrap_or_else(|| {
                        let s = ident.to_string();
                        s.strip_prefix("r#").unwrap_or(&s).to_string()
                    });
                    Some((json, ident, f.ty.clone()))
                })
                .collect();
            out.insert(s.ident.to_string(), list);
        }
    }
    out
}

pub(crate) fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    let mut found = None;
    for a in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = a.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                found = Some(lit.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            } else if meta.input.peek(syn::token::Paren) {
                let _ = meta.parse_nested_meta(|m| {
                    if m.input.peek(syn::Token![=]) {
                        let _: syn::Expr = m.value()?.parse()?;
                    }
                    Ok(())
                });
            }
            Ok(())
        });
    }
    found
}

/// Makes the types-module-relative names in a field's type (`Customer`)
/// usable from the resources module (`types::Customer`).
pub(crate) struct Qualify<'a>(pub(crate) &'a BTreeSet<String>);

impl VisitMut for Qualify<'_> {
    fn visit_type_path_mut(&mut self, p: &mut syn::TypePath) {
        if p.qself.is_none()
            && p.path.leading_colon.is_none()
            && p.path.segments.len() == 1
            && self.0.contains(&p.path.segments[0].ident.to_string())
        {
            p.path
                .segments
                .insert(0, syn::PathSegment::from(format_ident!("types")));
        }
        syn::visit_mut::visit_type_path_mut(self, p);
    }
}

fn type_names(file: &syn::File) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for item in &file.items {
        let syn::Item::Mod(m) = item else { continue };
        if m.ident != "types" {
            continue;
        }
        for item in m.content.iter().flat_map(|(_, i)| i) {
            match item {
                syn::Item::Struct(s) => {
                    out.insert(s.ident.to_string());
                }
                syn::Item::Enum(e) => {
                    out.insert(e.ident.to_string());
                }
                syn::Item::Type(t) => {
                    out.insert(t.ident.to_string());
                }
                _ => {}
            }
        }
    }
    out
}

/// The method name derived from an operationId: its snake_case words less
/// the first run of words that spells the tag, in the plural or the
/// singular (`createCustomerIntegration` in tag `customers` ->
/// `create_integration`; `listCustomers` -> `list`). When nothing would
/// be left, the whole snake_case operationId.
pub fn method_name(operation_id: &str, tag: &str) -> String {
    let words: Vec<String> = names::words(operation_id)
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    let plural: Vec<String> = names::words(tag).iter().map(|w| w.to_lowercase()).collect();
    let mut singular = plural.clone();
    if let Some(last) = singular.last_mut() {
        if let Some(s) = last.strip_suffix("ies") {
            *last = format!("{s}y");
        } else if let Some(s) = last.strip_suffix('s') {
            *last = s.to_string();
        }
    }
    for spelled in [&plural, &singular] {
        if spelled.is_empty() || spelled.len() >= words.len() {
            continue;
        }
        if let Some(at) =
            (0..=words.len() - spelled.len()).find(|&i| words[i..i + spelled.len()] == spelled[..])
        {
            let mut left = words.clone();
            left.drain(at..at + spelled.len());
            return names::progenitor(&left.join("_"), Case::Snake);
        }
    }
    names::progenitor(operation_id, Case::Snake)
}

/// A resource's Rust names: the accessor (`customer_integrations`) and the
/// handle type (`CustomerIntegrations`).
pub fn resource_names(tag: &str) -> (String, String) {
    (
        names::progenitor(tag, Case::Snake),
        names::progenitor(tag, Case::Pascal),
    )
}

fn ident(name: &str) -> Ident {
    syn::parse_str::<Ident>(name).unwrap_or_else(|_| Ident::new_raw(name, Span::call_site()))
}

fn ext_str<'a>(op: &'a Operation, key: &str) -> Option<&'a str> {
    op.extensions.get(key).and_then(|v| v.as_str())
}

/// Everything the resource layer renders, or the problems that stop it
/// (each naming the operation).
pub(crate) fn render(
    spec: &OpenAPI,
    file: &syn::File,
) -> Result<TokenStream, Vec<(Option<String>, String)>> {
    let generated = generated_methods(file);
    let structs = structs(file);
    let known = type_names(file);
    let mut problems = Vec::new();
    let mut by_tag: BTreeMap<String, Vec<(String, TokenStream)>> = BTreeMap::new();
    let mut names_in_tag: BTreeMap<(String, String), String> = BTreeMap::new();

    for op in operations(spec) {
        // Operations without a tag form the resource `default`.
        let tag = op
            .op
            .tags
            .first()
            .cloned()
            .unwrap_or_else(|| "default".to_string());
        let progenitor_name = names::progenitor(&op.id, Case::Snake);
        let Some(g) = generated.get(&progenitor_name) else {
            problems.push((
                Some(op.id.clone()),
                format!("progenitor generated no method `{progenitor_name}` for it"),
            ));
            continue;
        };
        let name = match ext_str(op.op, "x-rust-method") {
            Some(n) if syn::parse_str::<Ident>(n).is_ok() && !n.starts_with("r#") => n.to_string(),
            Some(n) => {
                problems.push((
                    Some(op.id.clone()),
                    format!("x-rust-method `{n}` is not a Rust identifier"),
                ));
                continue;
            }
            None => method_name(&op.id, &tag),
        };
        let paging = match pagination::parse(spec, &op, g, &structs, &known) {
            Ok(p) => p,
            Err(e) => {
                problems.push((Some(op.id.clone()), e));
                continue;
            }
        };
        let mut method_names = vec![name.clone()];
        if paging.is_some() {
            method_names = vec![format!("{name}_page"), name.clone(), format!("{name}_max")];
        }
        let mut clash = false;
        for m in &method_names {
            if m == "new" {
                problems.push((
                    Some(op.id.clone()),
                    "would be a method named `new`, which each resource uses for itself; set x-rust-method".to_string(),
                ));
                clash = true;
            } else if let Some(other) = names_in_tag.insert((tag.clone(), m.clone()), op.id.clone())
            {
                problems.push((
                    Some(format!("{other}, {}", op.id)),
                    format!(
                        "both would be the method `{m}` of resource `{tag}`; set x-rust-method on one of them"
                    ),
                ));
                clash = true;
            }
        }
        if clash {
            continue;
        }
        let call_name = &method_names[0];
        let method = match render_method(spec, &op, g, call_name, &structs, &known) {
            Ok(m) => m,
            Err(e) => {
                problems.push((Some(op.id.clone()), e));
                continue;
            }
        };
        let entry = by_tag.entry(tag.clone()).or_default();
        entry.push((call_name.clone(), method));
        if let Some(p) = paging {
            entry.push((
                name.clone(),
                pagination::render(&op, g, &p, &name, call_name),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let all = operations(spec);
    let with_methods: Vec<_> = all
        .iter()
        .filter_map(|op| {
            let g = generated.get(&names::progenitor(&op.id, Case::Snake))?;
            Some((op, g))
        })
        .collect();
    let schemas = crate::derives::request_body_schemas(&with_methods);
    let resources = render_resources(spec, by_tag);
    Ok(quote! { #resources #schemas })
}

fn render_resources(
    spec: &OpenAPI,
    by_tag: BTreeMap<String, Vec<(String, TokenStream)>>,
) -> TokenStream {
    let mut handles = Vec::new();
    let mut accessors = Vec::new();
    for (tag, methods) in by_tag {
        let (accessor, ty) = resource_names(&tag);
        let accessor = ident(&accessor);
        let ty = ident(&ty);
        let described = spec
            .tags
            .iter()
            .find(|t| t.name == tag)
            .and_then(|t| t.description.clone())
            .unwrap_or_default();
        let doc = format!(" The `{tag}` resource. {}", described.trim());
        let acc_doc = format!(" The `{tag}` resource: its operations as methods.");
        let bodies = methods.iter().map(|(_, m)| m);
        let name = tag.clone();
        handles.push(quote! {
            #[doc = #doc]
            #[derive(Clone, Copy)]
            pub struct #ty<'c> {
                api: &'c super::Client,
            }
            impl ::std::fmt::Debug for #ty<'_> {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(#name).finish_non_exhaustive()
                }
            }
            impl<'c> #ty<'c> {
                /// This resource of the generated client `api` (the vendor
                /// crate's `Client` hands it out).
                pub fn new(api: &'c super::Client) -> Self {
                    Self { api }
                }
                #(#bodies)*
            }
        });
        accessors.push(quote! {
            #[doc = #acc_doc]
            pub fn #accessor(&self) -> resources::#ty<'_> {
                resources::#ty::new(crate::Client::generated(self))
            }
        });
    }
    quote! {
        /// One handle per tag of the spec, with a method per operation:
        /// arguments checked before any I/O, the call made through the shared
        /// runtime, failures as the vendor's `Error`.
        pub mod resources {
            #![allow(clippy::too_many_arguments, clippy::needless_lifetimes, unused_imports)]
            use super::types;
            #(#handles)*
        }
        /// The resources of the spec, on the vendor crate's `Client`.
        impl crate::Client {
            #(#accessors)*
        }
    }
}

/// Every operation of the spec, in document order (paths, then methods in
/// openapiv3's order, as progenitor emits them).
pub(crate) fn operations(spec: &OpenAPI) -> Vec<Op<'_>> {
    let mut out = Vec::new();
    for (path, item) in spec.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, op) in crate::operations(item) {
            let mut params: Vec<&Parameter> = Vec::new();
            for p in op.parameters.iter().chain(item.parameters.iter()) {
                if let Some(p) = resolve_param(spec, p)
                    && !params
                        .iter()
                        .any(|q| q.parameter_data_ref().name == p.parameter_data_ref().name)
                {
                    params.push(p);
                }
            }
            out.push(Op {
                id: op
                    .operation_id
                    .clone()
                    .unwrap_or_else(|| format!("{} {path}", method.to_uppercase())),
                method,
                path: path.clone(),
                op,
                params,
            });
        }
    }
    out
}

fn resolve_param<'a>(spec: &'a OpenAPI, p: &'a ReferenceOr<Parameter>) -> Option<&'a Parameter> {
    match p {
        ReferenceOr::Item(p) => Some(p),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/parameters/")?;
            match spec.components.as_ref()?.parameters.get(name)? {
                ReferenceOr::Item(p) => Some(p),
                ReferenceOr::Reference { .. } => None,
            }
        }
    }
}

/// The argument of `g` that carries the spec parameter `name`.
pub(crate) fn arg_for<'g>(g: &'g Generated, name: &str) -> Option<&'g (Ident, syn::Type)> {
    let want = names::progenitor(name, Case::Snake);
    g.args.iter().find(|(i, _)| {
        let s = i.to_string();
        s == want || s.strip_prefix("r#") == Some(want.as_str())
    })
}

/// The argument list of a resource method: progenitor's, less `skip`.
pub(crate) fn arg_list(g: &Generated, skip: &[Ident]) -> Vec<TokenStream> {
    g.args
        .iter()
        .filter(|(i, _)| !skip.contains(i))
        .map(|(i, t)| quote!(#i: #t))
        .collect()
}

fn doc_lines(op: &Op<'_>, extra: &[String]) -> TokenStream {
    let mut text = String::new();
    if let Some(s) = &op.op.summary {
        text.push_str(s.trim());
        text.push_str("\n\n");
    }
    if let Some(d) = &op.op.description {
        text.push_str(d.trim());
        text.push_str("\n\n");
    }
    text.push_str(&format!(
        "`{} {}` (operation `{}`).",
        op.method.to_uppercase(),
        op.path,
        op.id
    ));
    for e in extra {
        text.push_str("\n\n");
        text.push_str(e);
    }
    let lines = text.lines().map(|l| format!(" {l}"));
    quote!(#(#[doc = #lines])*)
}

/// The checks run before any I/O on the parameters of `op`.
pub(crate) fn param_checks(
    spec: &OpenAPI,
    op: &Op<'_>,
    g: &Generated,
    skip: &[Ident],
) -> Result<TokenStream, String> {
    let mut checks = Vec::new();
    for p in &op.params {
        let data = p.parameter_data_ref();
        let Some((arg, ty)) = arg_for(g, &data.name) else {
            if matches!(p, Parameter::Header { .. } | Parameter::Cookie { .. }) {
                continue;
            }
            return Err(format!(
                "parameter `{}` has no argument in progenitor's method `{}`",
                data.name, g.ident
            ));
        };
        if skip.contains(arg) {
            continue;
        }
        let field = arg.to_string();
        let field = field.strip_prefix("r#").unwrap_or(&field).to_string();
        let (optional, inner) = match option_inner(ty) {
            Some(t) => (true, t),
            None => (false, ty.clone()),
        };
        let value = format_ident!("value");
        let mut these = Vec::new();
        let is_str = matches!(&inner, syn::Type::Reference(r) if matches!(&*r.elem, syn::Type::Path(p) if p.path.is_ident("str")))
            || type_name(&inner).as_deref() == Some("String");
        let is_cursor = op
            .op
            .extensions
            .get("x-pagination")
            .and_then(|x| x.get("inputs"))
            .and_then(|i| i.as_array())
            .is_some_and(|inputs| {
                inputs.iter().any(|i| {
                    i.get("name").and_then(|n| n.as_str()) == Some(data.name.as_str())
                        && i.get("type").and_then(|t| t.as_str()) == Some("cursor")
                })
            });
        // A path segment, and an opaque cursor, must be non-empty and free
        // of control characters.
        if (matches!(p, Parameter::Path { .. }) || is_cursor) && is_str {
            these.push(quote!(::client_runtime::check::segment(#field, #value)?;));
        }
        if let ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) = &data.format {
            these.extend(constraint_checks(
                spec, schema, &field, &inner, is_str, &value,
            )?);
        }
        if these.is_empty() {
            continue;
        }
        if optional {
            checks.push(quote!(if let Some(#value) = &#arg { #(#these)* }));
        } else {
            checks.push(quote!({ let #value = &#arg; #(#these)* }));
        }
    }
    Ok(quote!(#(#checks)*))
}

fn constraint_checks(
    _spec: &OpenAPI,
    schema: &Schema,
    field: &str,
    inner: &syn::Type,
    is_str: bool,
    value: &Ident,
) -> Result<Vec<TokenStream>, String> {
    let mut out = Vec::new();
    let nonzero = type_name(inner).is_some_and(|n| n.starts_with("NonZero"));
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) if is_str => {
            if let Some(n) = s.min_length.filter(|n| *n > 0) {
                out.push(quote!(::client_runtime::check::min_length(#field, #value, #n)?;));
            }
            if let Some(n) = s.max_length {
                out.push(quote!(::client_runtime::check::max_length(#field, #value, #n)?;));
            }
            if let Some(p) = &s.pattern {
                if let Err(e) = regress::Regex::new(p) {
                    return Err(format!(
                        "parameter `{field}`: pattern `{p}` is not an ECMA-262 regular expression ({e})"
                    ));
                }
                out.push(quote!(::client_runtime::check::pattern(#field, #value, #p)?;));
            }
            let values: Vec<&str> = s.enumeration.iter().flatten().map(String::as_str).collect();
            if !values.is_empty() {
                out.push(
                    quote!(::client_runtime::check::one_of(#field, #value, &[#(#values),*])?;),
                );
            }
        }
        SchemaKind::Type(Type::Integer(i)) => {
            if let Some(min) = i.minimum {
                let already = nonzero && min <= 1 && !i.exclusive_minimum;
                if !already {
                    let min = min as f64;
                    let ex = i.exclusive_minimum;
                    out.push(quote!(::client_runtime::check::minimum(#field, #value, #min, #ex)?;));
                }
            }
            if let Some(max) = i.maximum {
                let max = max as f64;
                let ex = i.exclusive_maximum;
                out.push(quote!(::client_runtime::check::maximum(#field, #value, #max, #ex)?;));
            }
        }
        SchemaKind::Type(Type::Number(n)) => {
            if let Some(min) = n.minimum {
                let ex = n.exclusive_minimum;
                out.push(quote!(::client_runtime::check::minimum(#field, #value, #min, #ex)?;));
            }
            if let Some(max) = n.maximum {
                let ex = n.exclusive_maximum;
                out.push(quote!(::client_runtime::check::maximum(#field, #value, #max, #ex)?;));
            }
        }
        SchemaKind::Type(Type::Array(a)) => {
            if let Some(n) = a.min_items.filter(|n| *n > 0) {
                out.push(quote!(::client_runtime::check::min_items(#field, #value.len(), #n)?;));
            }
            if let Some(n) = a.max_items {
                out.push(quote!(::client_runtime::check::max_items(#field, #value.len(), #n)?;));
            }
        }
        _ => {}
    }
    Ok(out)
}

/// `Validate::validate(body)?` when the request body opts in.
pub(crate) fn body_check(
    spec: &OpenAPI,
    op: &Op<'_>,
    g: &Generated,
) -> Result<TokenStream, String> {
    let Some(body) = &op.op.request_body else {
        return Ok(quote!());
    };
    let body = match body {
        ReferenceOr::Item(b) => Some(b),
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/requestBodies/")
            .and_then(|n| spec.components.as_ref()?.request_bodies.get(n))
            .and_then(|b| b.as_item()),
    };
    let Some(arg) = g.args.iter().find(|(i, _)| i == "body").map(|(i, _)| i) else {
        return match body.and_then(|b| b.extensions.get("x-rust-validate")) {
            Some(serde_json::Value::Bool(true)) => {
                Err("x-rust-validate is set but progenitor's method takes no `body`".to_string())
            }
            _ => Ok(quote!()),
        };
    };
    let wants = body
        .and_then(|b| b.extensions.get("x-rust-validate"))
        .or_else(|| op.op.extensions.get("x-rust-validate"));
    let validate = match wants {
        None | Some(serde_json::Value::Bool(false)) => quote!(),
        Some(serde_json::Value::Bool(true)) => {
            quote!(::client_runtime::check::Validate::validate(&#arg)?;)
        }
        Some(other) => {
            return Err(format!(
                "x-rust-validate must be true or false, not {other}"
            ));
        }
    };
    let mut found = Vec::new();
    if let Some(schema) = body
        .and_then(|b| {
            b.content.iter().find(|(k, _)| {
                let k = k.split(';').next().unwrap_or("").trim();
                k == "application/json" || k.ends_with("+json")
            })
        })
        .and_then(|(_, m)| m.schema.as_ref())
    {
        json_checks(spec, schema, &mut Vec::new(), &mut found, 0)?;
    }
    let checks = found.iter().map(|(path, name)| {
        let f = format_ident!("{}", name);
        quote!((&[#(#path),*], crate::checks::#f))
    });
    let json = if found.is_empty() {
        quote!()
    } else {
        quote!(::client_runtime::check::json_checks(&#arg, &[#(#checks),*])?;)
    };
    Ok(quote!(#validate #json))
}

/// The `x-rust-check` marks under a request body schema: for each, the path
/// of JSON keys to it (`*` for array items) and the check's name, a function
/// of the vendor crate's `checks` module
/// (`fn(&str, &serde_json::Value) -> Result<(), InputError>`).
fn json_checks(
    spec: &OpenAPI,
    schema: &ReferenceOr<Schema>,
    path: &mut Vec<String>,
    out: &mut Vec<(Vec<String>, String)>,
    depth: usize,
) -> Result<(), String> {
    if depth > 32 {
        return Ok(());
    }
    let item = match schema {
        ReferenceOr::Item(s) => s,
        ReferenceOr::Reference { reference } => {
            match reference
                .strip_prefix("#/components/schemas/")
                .and_then(|n| spec.components.as_ref()?.schemas.get(n))
                .and_then(|s| s.as_item())
            {
                Some(s) => s,
                None => return Ok(()),
            }
        }
    };
    if let Some(v) = item.schema_data.extensions.get("x-rust-check") {
        let name = v
            .as_str()
            .filter(|n| {
                !n.is_empty()
                    && n.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            })
            .ok_or_else(|| {
                format!("x-rust-check must name a snake_case function of the crate's `checks` module, not {v}")
            })?;
        let entry = (path.clone(), name.to_string());
        if !out.contains(&entry) {
            out.push(entry);
        }
    }
    match &item.schema_kind {
        SchemaKind::Type(Type::Object(o)) => {
            for (k, p) in &o.properties {
                path.push(k.clone());
                json_checks(spec, &p.clone().unbox(), path, out, depth + 1)?;
                path.pop();
            }
        }
        SchemaKind::Type(Type::Array(a)) => {
            if let Some(items) = &a.items {
                path.push("*".to_string());
                json_checks(spec, &items.clone().unbox(), path, out, depth + 1)?;
                path.pop();
            }
        }
        SchemaKind::OneOf { one_of: v }
        | SchemaKind::AnyOf { any_of: v }
        | SchemaKind::AllOf { all_of: v } => {
            for s in v {
                json_checks(spec, s, path, out, depth + 1)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn render_method(
    spec: &OpenAPI,
    op: &Op<'_>,
    g: &Generated,
    name: &str,
    structs: &Structs,
    known: &BTreeSet<String>,
) -> Result<TokenStream, String> {
    let checks = param_checks(spec, op, g, &[])?;
    let body_check = body_check(spec, op, g)?;
    let generics = &g.generics;
    let args = arg_list(g, &[]);
    let call = &g.ident;
    let pass: Vec<&Ident> = g.args.iter().map(|(i, _)| i).collect();
    let method = ident(name);
    let mut notes = Vec::new();
    let unwrap = match op.op.extensions.get("x-rust-unwrap") {
        None => None,
        Some(serde_json::Value::String(field)) => Some(field.clone()),
        Some(other) => {
            return Err(format!(
                "x-rust-unwrap must name a response field, not {other}"
            ));
        }
    };
    let (ok, call_expr) = match &unwrap {
        None => match option_inner(&g.ok).filter(|t| type_name(t).as_deref() == Some("Vec")) {
            // A nullable array response (Kaiten's un-paginated lists):
            // `null` means an empty list, so the caller gets a `Vec`.
            Some(list) => {
                notes.push("A `null` response is returned as an empty list.".to_string());
                (
                    quote!(#list),
                    quote!(api.inner.call(|| api.#call(#(#pass),*)).await.map(|v| v.into_inner().unwrap_or_default())),
                )
            }
            None => {
                let ok = g.ok.clone();
                (
                    quote!(#ok),
                    quote!(api.inner.call(|| api.#call(#(#pass),*)).await.map(::client_runtime::progenitor_client::ResponseValue::into_inner)),
                )
            }
        },
        Some(field) => {
            let container = type_name(&g.ok).unwrap_or_default();
            let Some(fields) = structs.get(&container) else {
                return Err(format!(
                    "x-rust-unwrap `{field}`: the success response is not an object type (it is `{}`)",
                    {
                        let t = &g.ok;
                        quote!(#t).to_string().replace(' ', "")
                    }
                ));
            };
            let Some((_, fident, fty)) = fields.iter().find(|(j, _, _)| j == field) else {
                return Err(format!(
                    "x-rust-unwrap `{field}`: the success response `{container}` has no property `{field}`"
                ));
            };
            let ok_ty = &g.ok;
            let (mut inner, take) = match option_inner(fty) {
                Some(t) => (t, quote!(|r: #ok_ty| r.#fident)),
                None => (fty.clone(), quote!(|r: #ok_ty| Some(r.#fident))),
            };
            Qualify(known).visit_type_mut(&mut inner);
            let what = format!("`{field}`");
            notes.push(format!("Returns the response's `{field}`."));
            (
                quote!(#inner),
                quote!(api.inner.call_and_take(|| api.#call(#(#pass),*), #what, #take).await),
            )
        }
    };
    let (ret, body) = match ext_str(op.op, "x-rust-not-found") {
        None => (quote!(#ok), call_expr),
        Some("none") => {
            notes.push("`None` when the API answers 404.".to_string());
            (
                quote!(::std::option::Option<#ok>),
                quote! {
                    match #call_expr {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if e.status() == Some(::reqwest::StatusCode::NOT_FOUND) => Ok(None),
                        Err(e) => Err(e),
                    }
                },
            )
        }
        Some(other) => return Err(format!("x-rust-not-found must be `none`, not `{other}`")),
    };
    let doc = doc_lines(op, &notes);
    Ok(quote! {
        #doc
        pub async fn #method #generics (&self, #(#args),*) -> ::std::result::Result<#ret, crate::Error> {
            #checks
            #body_check
            let api = self.api;
            #body
        }
    })
}
