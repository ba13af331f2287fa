//! One cargo feature per resource (`info.x-rust-features`): for a spec
//! whose client is too large to compile in one piece cheaply, every
//! resource (the operations of a tag) is gated by a feature of the tag's
//! name, so that a user who needs `conversations` alone compiles only its
//! operations and the types they reach.
//!
//! ```yaml
//! info:
//!   x-rust-features:
//!     shared: [CustomAttributeValue]   # types the hand-written layer uses whatever is on
//! ```
//!
//! What is gated, on the rendered file:
//!
//! * progenitor's method of each operation on `Client`, and the resource
//!   layer's struct, impls and accessor of each tag: `#[cfg(feature = "<tag>")]`;
//! * each row of `request_body_schemas()`, by its operation's tag;
//! * every item of `types` (a type and its impls) by the features whose
//!   items reach it, through the types' own fields and impls: no cfg when
//!   an ungated item or `shared` reaches it, else
//!   `#[cfg(any(feature = "a", feature = "b"))]`.
//!
//! The vendor crate declares the features (all in `default`); the hand-written
//! layer gates its own resource-specific code. `cargo xtask ci` checks that
//! each feature builds alone.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::OpenAPI;
use proc_macro2::{TokenStream, TokenTree};
use quote::{ToTokens, quote};

use crate::names::{self, Case};
use crate::resources;

/// The features a spec asks for: `None` without `info.x-rust-features`,
/// else the tags (feature names) and the `shared` type names.
/// The feature names (tags) and the `shared` type names.
pub(crate) type Requested = (Vec<String>, Vec<String>);

pub(crate) fn requested(spec: &OpenAPI) -> Result<Option<Requested>, String> {
    let Some(v) = spec.info.extensions.get("x-rust-features") else {
        return Ok(None);
    };
    let shared = match v.get("shared") {
        None => Vec::new(),
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .map(|s| {
                s.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| format!("info.x-rust-features.shared: {s} is not a type name"))
            })
            .collect::<Result<_, _>>()?,
        Some(other) => {
            return Err(format!(
                "info.x-rust-features.shared must list type names, not {other}"
            ));
        }
    };
    if let Some(k) = v
        .as_object()
        .and_then(|o| o.keys().find(|k| k.as_str() != "shared"))
    {
        return Err(format!("info.x-rust-features: unknown key `{k}`"));
    }
    let mut tags = BTreeSet::new();
    for op in resources::operations(spec) {
        tags.insert(first_tag(&op.op.tags));
    }
    Ok(Some((tags.into_iter().collect(), shared)))
}

fn first_tag(tags: &[String]) -> String {
    tags.first()
        .cloned()
        .unwrap_or_else(|| "default".to_string())
}

fn cfg_of(features: &BTreeSet<String>) -> Option<syn::Attribute> {
    let names: Vec<&String> = features.iter().collect();
    let attr: syn::Attribute = match names.as_slice() {
        [] => return None,
        [one] => syn::parse_quote!(#[cfg(feature = #one)]),
        many => syn::parse_quote!(#[cfg(any(#(feature = #many),*))]),
    };
    Some(attr)
}

fn idents(tokens: TokenStream, out: &mut BTreeSet<String>) {
    for t in tokens {
        match t {
            TokenTree::Ident(i) => {
                out.insert(i.to_string());
            }
            TokenTree::Group(g) => idents(g.stream(), out),
            _ => {}
        }
    }
}

fn self_type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// Gates `file` (progenitor's client, the hooks and the resource layer) by
/// resource; see the module docs.
pub(crate) fn gate(
    file: &mut syn::File,
    spec: &OpenAPI,
    shared: &[String],
) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    // operation (snake) -> tag; tag -> (accessor, struct)
    let mut method_tag: BTreeMap<String, String> = BTreeMap::new();
    let mut op_tag: BTreeMap<String, String> = BTreeMap::new();
    let mut accessor_tag: BTreeMap<String, String> = BTreeMap::new();
    let mut struct_tag: BTreeMap<String, String> = BTreeMap::new();
    for op in resources::operations(spec) {
        let tag = first_tag(&op.op.tags);
        method_tag.insert(names::progenitor(&op.id, Case::Snake), tag.clone());
        op_tag.insert(op.id.clone(), tag.clone());
        let (accessor, strukt) = resources::resource_names(&tag);
        accessor_tag.insert(accessor, tag.clone());
        struct_tag.insert(strukt, tag);
    }
    // The type names of `types`.
    let Some(types_at) = file
        .items
        .iter()
        .position(|i| matches!(i, syn::Item::Mod(m) if m.ident == "types" && m.content.is_some()))
    else {
        return Err(vec!["progenitor generated no `types` module".to_string()]);
    };
    let known: BTreeSet<String> = match &file.items[types_at] {
        syn::Item::Mod(m) => m.content.as_ref().map_or_else(BTreeSet::new, |(_, items)| {
            items
                .iter()
                .filter_map(|i| match i {
                    syn::Item::Struct(s) => Some(s.ident.to_string()),
                    syn::Item::Enum(e) => Some(e.ident.to_string()),
                    syn::Item::Type(t) => Some(t.ident.to_string()),
                    _ => None,
                })
                .collect()
        }),
        _ => BTreeSet::new(),
    };
    for s in shared {
        if !known.contains(s) {
            problems.push(format!(
                "info.x-rust-features.shared: `{s}` is no generated type"
            ));
        }
    }
    // Roots: what each feature's gated items mention; what ungated items mention.
    let mut roots: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut always: BTreeSet<String> = shared.iter().cloned().collect();
    let mut note = |feature: Option<&String>, tokens: TokenStream| {
        let mut found = BTreeSet::new();
        idents(tokens, &mut found);
        let found = found.into_iter().filter(|i| known.contains(i));
        match feature {
            Some(f) => roots.entry(f.clone()).or_default().extend(found),
            None => always.extend(found),
        }
    };
    for (at, item) in file.items.iter_mut().enumerate() {
        if at == types_at {
            continue;
        }
        match item {
            syn::Item::Impl(imp) if imp.trait_.is_none() => {
                for ii in imp.items.iter_mut() {
                    if let syn::ImplItem::Fn(f) = ii {
                        let name = f.sig.ident.to_string();
                        let tag = method_tag
                            .get(&name)
                            .or_else(|| accessor_tag.get(&name))
                            .cloned();
                        // Only the client's own methods and the accessors.
                        let tag = match self_type_name(&imp.self_ty).as_deref() {
                            Some("Client") => tag,
                            _ => None,
                        };
                        if let Some(tag) = &tag
                            && let Some(attr) = cfg_of(&BTreeSet::from([tag.clone()]))
                        {
                            f.attrs.push(attr);
                        }
                        note(tag.as_ref(), f.to_token_stream());
                    } else {
                        note(None, ii.to_token_stream());
                    }
                }
            }
            syn::Item::Mod(m) if m.ident == "resources" => {
                if let Some((_, items)) = m.content.as_mut() {
                    for i in items.iter_mut() {
                        let name = match &*i {
                            syn::Item::Struct(s) => Some(s.ident.to_string()),
                            syn::Item::Impl(imp) => self_type_name(&imp.self_ty),
                            _ => None,
                        };
                        let tag = name.and_then(|n| struct_tag.get(&n).cloned());
                        if let Some(tag) = &tag {
                            let attr = cfg_of(&BTreeSet::from([tag.clone()]));
                            match i {
                                syn::Item::Struct(s) => s.attrs.extend(attr),
                                syn::Item::Impl(imp) => imp.attrs.extend(attr),
                                _ => {}
                            }
                        }
                        note(tag.as_ref(), i.to_token_stream());
                    }
                }
            }
            syn::Item::Fn(f) if f.sig.ident == "request_body_schemas" => {
                gate_schema_rows(f, &op_tag, &mut problems);
                note(None, f.to_token_stream());
            }
            other => note(None, other.to_token_stream()),
        }
    }
    // Edges among the types, and the items each type owns.
    let syn::Item::Mod(types) = &mut file.items[types_at] else {
        return Err(problems);
    };
    let Some((_, items)) = types.content.as_mut() else {
        return Err(problems);
    };
    let owner = |i: &syn::Item| -> Option<String> {
        match i {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            syn::Item::Type(t) => Some(t.ident.to_string()),
            // `impl From<X> for String`: owned by the generated type it converts.
            syn::Item::Impl(imp) => self_type_name(&imp.self_ty)
                .filter(|n| known.contains(n))
                .or_else(|| {
                    let (path, _) = imp.trait_.as_ref()?;
                    let mut found = BTreeSet::new();
                    idents(path.to_token_stream(), &mut found);
                    found.into_iter().find(|n| known.contains(n))
                }),
            _ => None,
        }
    };
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for i in items.iter() {
        let Some(o) = owner(i) else { continue };
        let mut found = BTreeSet::new();
        idents(i.to_token_stream(), &mut found);
        edges
            .entry(o)
            .or_default()
            .extend(found.into_iter().filter(|n| known.contains(n)));
    }
    let reach = |start: &BTreeSet<String>| -> BTreeSet<String> {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut todo: Vec<String> = start.iter().cloned().collect();
        while let Some(n) = todo.pop() {
            if seen.insert(n.clone())
                && let Some(next) = edges.get(&n)
            {
                todo.extend(next.iter().filter(|m| !seen.contains(*m)).cloned());
            }
        }
        seen
    };
    let always = reach(&always);
    let mut features_of: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (feature, start) in &roots {
        for t in reach(start) {
            features_of.entry(t).or_default().insert(feature.clone());
        }
    }
    for i in items.iter_mut() {
        let Some(o) = owner(i) else { continue };
        if always.contains(&o) {
            continue;
        }
        // A type nothing reaches is kept with every feature that exists.
        let features = features_of
            .get(&o)
            .cloned()
            .unwrap_or_else(|| roots.keys().cloned().collect());
        let Some(attr) = cfg_of(&features) else {
            continue;
        };
        match i {
            syn::Item::Struct(s) => s.attrs.push(attr),
            syn::Item::Enum(e) => e.attrs.push(attr),
            syn::Item::Type(t) => t.attrs.push(attr),
            syn::Item::Impl(imp) => imp.attrs.push(attr),
            _ => {}
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// `request_body_schemas()`'s `vec![(id, schema), …]` as pushes, each gated
/// by its operation's tag.
fn gate_schema_rows(
    f: &mut syn::ItemFn,
    op_tag: &BTreeMap<String, String>,
    problems: &mut Vec<String>,
) {
    let Some(syn::Stmt::Expr(syn::Expr::Macro(m), _)) = f.block.stmts.last() else {
        problems.push("request_body_schemas() is not one vec![…] (a crates/codegen bug)".into());
        return;
    };
    let rows = match m.mac.parse_body_with(
        syn::punctuated::Punctuated::<syn::ExprTuple, syn::Token![,]>::parse_terminated,
    ) {
        Ok(rows) => rows,
        Err(e) => {
            problems.push(format!("request_body_schemas() rows do not parse: {e}"));
            return;
        }
    };
    let mut pushes = Vec::new();
    for row in rows {
        let id = match row.elems.first() {
            Some(syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            })) => s.value(),
            _ => String::new(),
        };
        let cfg = op_tag
            .get(&id)
            .and_then(|t| cfg_of(&BTreeSet::from([t.clone()])));
        pushes.push(quote!(#cfg rows.push(#row);));
    }
    f.block = syn::parse_quote!({
        #[allow(unused_mut)]
        let mut rows = ::std::vec::Vec::new();
        #(#pushes)*
        rows
    });
}
