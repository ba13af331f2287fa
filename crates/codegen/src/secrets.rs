//! Secret-bearing properties: a string property of a component schema marked
//! `x-rust-secret: true` or `format: password` becomes
//! `::client_runtime::Secret` in the generated type (redacted `Debug`, read
//! with `expose()`), so a minted token never reaches `Debug`, tracing or an
//! error message by accident.

use openapiv3::{
    OpenAPI, ReferenceOr, Schema, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty,
};

use crate::names::{self, Case};

/// (schema name, property name) of every marked property; a marked property
/// that is not a string is a problem naming both.
pub(crate) fn marked(spec: &OpenAPI) -> Result<Vec<(String, String)>, Vec<String>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let Some(components) = &spec.components else {
        return Ok(out);
    };
    for (name, schema) in &components.schemas {
        let ReferenceOr::Item(schema) = schema else {
            continue;
        };
        let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
            continue;
        };
        for (property, p) in &object.properties {
            let ReferenceOr::Item(p) = p else { continue };
            let flagged = p
                .schema_data
                .extensions
                .get("x-rust-secret")
                .is_some_and(|v| v == &serde_json::Value::Bool(true));
            let string = string_format(p);
            let password = matches!(
                string,
                Some(VariantOrUnknownOrEmpty::Item(StringFormat::Password))
            );
            if flagged && string.is_none() {
                problems.push(format!(
                    "components.schemas.{name}.properties.{property}: x-rust-secret is only for \
                     string properties"
                ));
            } else if flagged || password {
                out.push((name.clone(), property.clone()));
            }
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

fn string_format(p: &Schema) -> Option<&VariantOrUnknownOrEmpty<StringFormat>> {
    match &p.schema_kind {
        SchemaKind::Type(Type::String(s)) => Some(&s.format),
        _ => None,
    }
}

/// Rewrites the marked fields of progenitor's `types` module: `String`
/// becomes `Secret`, `Option<String>` becomes `Option<Secret>`.
pub(crate) fn apply(file: &mut syn::File, marked: &[(String, String)]) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let Some(items) = file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    }) else {
        return if marked.is_empty() {
            Ok(())
        } else {
            Err(vec!["progenitor generated no `types` module".to_string()])
        };
    };
    for (schema, property) in marked {
        let type_name = names::typify(schema, Case::Pascal);
        let field = items.iter_mut().find_map(|item| match item {
            syn::Item::Struct(s) if s.ident == type_name => match &mut s.fields {
                syn::Fields::Named(fields) => fields
                    .named
                    .iter_mut()
                    .find(|f| json_name(f).as_deref() == Some(property.as_str())),
                _ => None,
            },
            _ => None,
        });
        let Some(field) = field else {
            problems.push(format!(
                "components.schemas.{schema}.properties.{property}: marked secret, but the \
                 generated struct `{type_name}` has no field for it"
            ));
            continue;
        };
        let ty = &field.ty;
        let text = quote::quote!(#ty).to_string().replace(' ', "");
        field.ty = match text.as_str() {
            "::std::string::String" | "String" => syn::parse_quote!(::client_runtime::Secret),
            "::std::option::Option<::std::string::String>" | "Option<String>" => {
                syn::parse_quote!(::std::option::Option<::client_runtime::Secret>)
            }
            other => {
                problems.push(format!(
                    "components.schemas.{schema}.properties.{property}: marked secret, but its \
                     generated type is `{other}`, not a string"
                ));
                continue;
            }
        };
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The JSON name of a field: its `#[serde(rename = "…")]`, else its ident.
fn json_name(f: &syn::Field) -> Option<String> {
    crate::resources::serde_rename(&f.attrs).or_else(|| {
        let ident = f.ident.as_ref()?.to_string();
        Some(ident.strip_prefix("r#").unwrap_or(&ident).to_string())
    })
}
