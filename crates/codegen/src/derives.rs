//! The `schemars` feature of every vendor crate: each serde type of
//! progenitor's `types` module gets
//! `#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]`, and
//! the file gets `request_body_schemas()`, the JSON Schema of every
//! operation's request body by operationId.
//!
//! The attribute names the including crate's feature, so the generated code
//! stays one file for both paths: without the feature nothing refers to
//! `schemars` and the crate does not depend on it.

use proc_macro2::TokenStream;
use quote::quote;
use syn::visit_mut::VisitMut;

use crate::resources::{Generated, Op};

/// Adds the `cfg_attr` derive to every struct and enum of `pub mod types`
/// (and its submodules) that derives `Serialize` or `Deserialize`.
pub(crate) fn add_json_schema(file: &mut syn::File) {
    for item in &mut file.items {
        if let syn::Item::Mod(m) = item
            && m.ident == "types"
        {
            add_to_module(m);
        }
    }
}

fn add_to_module(m: &mut syn::ItemMod) {
    let Some((_, items)) = &mut m.content else {
        return;
    };
    for item in items {
        if let syn::Item::Struct(s) = item {
            mark_required_nullable(s);
        }
        let attrs = match item {
            syn::Item::Struct(s) => &mut s.attrs,
            syn::Item::Enum(e) => &mut e.attrs,
            syn::Item::Mod(inner) => {
                add_to_module(inner);
                continue;
            }
            _ => continue,
        };
        let Some(at) = attrs.iter().position(derives_serde) else {
            continue;
        };
        let attr: syn::Attribute =
            syn::parse_quote!(#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]);
        attrs.insert(at + 1, attr);
    }
}

/// A required, nullable property is an `Option` that typify serializes even
/// when `None` (no `skip_serializing_if`): schemars would call it optional,
/// so it is marked `required` for the derive.
fn mark_required_nullable(s: &mut syn::ItemStruct) {
    let syn::Fields::Named(fields) = &mut s.fields else {
        return;
    };
    for f in &mut fields.named {
        let is_option = matches!(&f.ty, syn::Type::Path(p)
            if p.path.segments.last().is_some_and(|seg| seg.ident == "Option"));
        let skipped = f.attrs.iter().any(|a| {
            a.path().is_ident("serde")
                && quote::quote!(#a)
                    .to_string()
                    .contains("skip_serializing_if")
        });
        if is_option && !skipped {
            f.attrs.push(syn::parse_quote!(
                #[cfg_attr(feature = "schemars", schemars(required))]
            ));
        }
    }
}

fn derives_serde(attr: &syn::Attribute) -> bool {
    if !attr.path().is_ident("derive") {
        return false;
    }
    let mut found = false;
    let _ = attr.parse_nested_meta(|meta| {
        if meta
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident == "Serialize" || s.ident == "Deserialize")
        {
            found = true;
        }
        Ok(())
    });
    found
}

/// `request_body_schemas()`: (operationId, schema of the body type) for
/// every operation whose generated method takes a `body`.
pub(crate) fn request_body_schemas(ops: &[(&Op<'_>, &Generated)]) -> TokenStream {
    let mut rows = Vec::new();
    for (op, g) in ops {
        let Some((_, ty)) = g.args.iter().find(|(name, _)| name == "body") else {
            continue;
        };
        let mut ty = match ty {
            syn::Type::Reference(r) => (*r.elem).clone(),
            other => other.clone(),
        };
        StaticLifetimes.visit_type_mut(&mut ty);
        let id = &op.id;
        rows.push(quote! { (#id, ::schemars::schema_for!(#ty)) });
    }
    quote! {
        /// The JSON Schema of every operation's request body, by
        /// operationId, as the `schemars` feature derives it from the
        /// generated types (property names and required properties as the
        /// spec states them; a test in each vendor crate checks that).
        #[cfg(feature = "schemars")]
        pub fn request_body_schemas() -> ::std::vec::Vec<(&'static str, ::schemars::Schema)> {
            ::std::vec![#(#rows),*]
        }
    }
}

/// `&'a [T]` in a body type becomes `&'static [T]`, so `schema_for!` names
/// a type without a lifetime parameter in scope.
struct StaticLifetimes;

impl VisitMut for StaticLifetimes {
    fn visit_lifetime_mut(&mut self, l: &mut syn::Lifetime) {
        *l = syn::Lifetime::new("'static", l.span());
    }
}
