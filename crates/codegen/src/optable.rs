//! The operations test table: for every operation of a spec, a case the
//! vendor crate's tests run (`crates/<vendor>/tests/generated/operations.rs`,
//! committed and checked by `cargo xtask codegen --check` like the client
//! snapshot).
//!
//! Each case calls its operation through the resource layer
//! (`c.<resource>().<method>(…)`, the `<method>_page` variant for an
//! operation with `x-pagination`) with arguments built from the spec's
//! examples, and carries what the wire should show: the method, the path
//! with the example values percent-encoded as progenitor encodes them, the
//! required query pairs, the request body example, the success status and
//! its example body, and what the typed result re-serialized must contain.
//!
//! Arguments: a path, header or required query parameter takes its
//! `example` (else its schema's, else `"example-<name>"`, `1` or `true` by
//! its type); an optional query parameter is `None`; the body is the
//! request body's JSON example (else its schema's, else `{}`). Each is
//! deserialized with serde_json into the owned form of progenitor's
//! argument type (`&str` → `String`, `&'a types::X` → `types::X`).
//!
//! The table is rendered from the spec and from the rendered client itself
//! (progenitor's method signatures), so it calls the client with exactly the
//! arguments it takes.

use openapiv3::{
    MediaType, OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind,
    StatusCode, Type,
};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::names::{self, Case};
use crate::resources::{self, Generated, Op};
use crate::{CodegenError, PROGENITOR_VERSION, Spec};

/// The preamble of the generated test table.
fn preamble(vendor: &str) -> String {
    format!(
        "// @generated from specs/{vendor}.yaml through crates/codegen (progenitor {PROGENITOR_VERSION}'s signatures).\n\
         // Do not edit by hand: change the spec (or crates/codegen) and run `cargo xtask codegen`.\n\
         // `cargo xtask codegen --check` fails when this file is stale.\n\n"
    )
}

/// The Rust name of the vendor crate's library (`kaiten-platform` →
/// `kaiten_platform_client`).
fn crate_ident(vendor: &str) -> proc_macro2::Ident {
    format_ident!("{}_client", vendor.replace('-', "_"))
}

/// progenitor's `encode_path`: the WHATWG path-segment set plus `/` and `%`.
pub(crate) fn encode_path(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if !(0x20..0x7f).contains(&b) || b" \"#<>?`{}/%".contains(&b) {
            out.push_str(&format!("%{b:02X}"));
        } else {
            out.push(b as char);
        }
    }
    out
}

/// `application/x-www-form-urlencoded` as reqwest's query serializer writes it.
pub(crate) fn encode_query(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A JSON value as the text a path segment or query value carries.
fn as_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn schema_of<'a>(spec: &'a OpenAPI, s: &'a ReferenceOr<Schema>) -> Option<&'a Schema> {
    match s {
        ReferenceOr::Item(s) => Some(s),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/schemas/")?;
            spec.components.as_ref()?.schemas.get(name)?.as_item()
        }
    }
}

/// The example of a parameter, else a placeholder by its schema's type.
fn param_example(spec: &OpenAPI, p: &Parameter) -> serde_json::Value {
    let data = p.parameter_data_ref();
    if let Some(e) = &data.example {
        return e.clone();
    }
    if let Some(e) = data
        .examples
        .values()
        .find_map(|e| e.as_item()?.value.clone())
    {
        return e;
    }
    let schema = match &data.format {
        ParameterSchemaOrContent::Schema(s) => schema_of(spec, s),
        ParameterSchemaOrContent::Content(_) => None,
    };
    if let Some(e) = schema.and_then(|s| s.schema_data.example.clone()) {
        return e;
    }
    match schema.map(|s| &s.schema_kind) {
        Some(SchemaKind::Type(Type::Integer(_) | Type::Number(_))) => serde_json::json!(1),
        Some(SchemaKind::Type(Type::Boolean(_))) => serde_json::json!(true),
        Some(SchemaKind::Type(Type::String(s))) => {
            if let Some(Some(first)) = s.enumeration.first() {
                return serde_json::json!(first);
            }
            if matches!(&s.format, openapiv3::VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid") {
                return serde_json::json!("00000000-0000-4000-8000-000000000001");
            }
            serde_json::json!(format!("example-{}", data.name))
        }
        _ => serde_json::json!(format!("example-{}", data.name)),
    }
}

/// The JSON example of a media type (its own, else its first named one,
/// else its schema's).
fn media_example(spec: &OpenAPI, m: &MediaType) -> Option<serde_json::Value> {
    m.example
        .clone()
        .or_else(|| m.examples.values().find_map(|e| e.as_item()?.value.clone()))
        .or_else(|| {
            m.schema
                .as_ref()
                .and_then(|s| schema_of(spec, s))
                .and_then(|s| s.schema_data.example.clone())
        })
}

fn json_media(content: &indexmap::IndexMap<String, MediaType>) -> Option<&MediaType> {
    content
        .iter()
        .find(|(k, _)| {
            let k = k.split(';').next().unwrap_or("").trim();
            k == "application/json" || k.ends_with("+json")
        })
        .map(|(_, m)| m)
}

fn request_example(spec: &OpenAPI, op: &Op<'_>) -> Option<serde_json::Value> {
    let body = match op.op.request_body.as_ref()? {
        ReferenceOr::Item(b) => b,
        ReferenceOr::Reference { reference } => {
            let n = reference.strip_prefix("#/components/requestBodies/")?;
            spec.components.as_ref()?.request_bodies.get(n)?.as_item()?
        }
    };
    media_example(spec, json_media(&body.content)?)
}

/// The lowest documented 2xx status (Prism's default), its JSON example and
/// the JSON success response's schema.
fn success_with_schema<'a>(
    spec: &'a OpenAPI,
    op: &Op<'a>,
) -> (
    u16,
    Option<serde_json::Value>,
    Option<&'a ReferenceOr<Schema>>,
) {
    let mut codes: Vec<(u16, &ReferenceOr<openapiv3::Response>)> = op
        .op
        .responses
        .responses
        .iter()
        .filter_map(|(c, r)| match c {
            StatusCode::Code(n) if (200..300).contains(n) => Some((*n, r)),
            _ => None,
        })
        .collect();
    codes.sort_by_key(|(c, _)| *c);
    let Some((code, r)) = codes.first() else {
        return (200, None, None);
    };
    let r = match r {
        ReferenceOr::Item(r) => Some(r),
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/responses/")
            .and_then(|n| spec.components.as_ref()?.responses.get(n)?.as_item()),
    };
    let media = r.and_then(|r| json_media(&r.content));
    let example = media.and_then(|m| media_example(spec, m));
    (*code, example, media.and_then(|m| m.schema.as_ref()))
}

/// Whether the client retries the operation: its `x-idempotent`, else its
/// method (the runtime's `RetryClass::ByMethod`).
fn retried(op: &Op<'_>) -> bool {
    match op
        .op
        .extensions
        .get("x-idempotent")
        .and_then(|v| v.as_bool())
    {
        Some(b) => b,
        None => matches!(
            op.method.to_ascii_uppercase().as_str(),
            "GET" | "HEAD" | "OPTIONS" | "PUT" | "DELETE" | "TRACE"
        ),
    }
}

/// The string values `example` holds in the properties `marked` names
/// (`x-rust-secret` / `format: password`), walking `schema` beside it.
fn secret_values(
    spec: &OpenAPI,
    schema: &ReferenceOr<Schema>,
    value: &serde_json::Value,
    marked: &[(String, String)],
    depth: usize,
    out: &mut Vec<String>,
) {
    if depth > 64 {
        return;
    }
    if let ReferenceOr::Reference { reference } = schema
        && let (Some(name), Some(object)) = (
            reference.strip_prefix("#/components/schemas/"),
            value.as_object(),
        )
    {
        for (_, property) in marked.iter().filter(|(s, _)| s == name) {
            if let Some(serde_json::Value::String(v)) = object.get(property)
                && !out.contains(v)
            {
                out.push(v.clone());
            }
        }
    }
    let Some(item) = schema_of(spec, schema) else {
        return;
    };
    match &item.schema_kind {
        SchemaKind::Type(Type::Object(o)) => {
            let Some(map) = value.as_object() else { return };
            for (k, v) in map {
                if let Some(p) = o.properties.get(k) {
                    secret_values(spec, &p.clone().unbox(), v, marked, depth + 1, out);
                } else if let Some(openapiv3::AdditionalProperties::Schema(p)) =
                    &o.additional_properties
                {
                    secret_values(spec, p, v, marked, depth + 1, out);
                }
            }
        }
        SchemaKind::Type(Type::Array(a)) => {
            if let (Some(items), Some(values)) = (&a.items, value.as_array()) {
                let items = items.clone().unbox();
                for v in values {
                    secret_values(spec, &items, v, marked, depth + 1, out);
                }
            }
        }
        SchemaKind::OneOf { one_of: v }
        | SchemaKind::AnyOf { any_of: v }
        | SchemaKind::AllOf { all_of: v } => {
            for s in v {
                secret_values(spec, s, value, marked, depth + 1, out);
            }
        }
        _ => {}
    }
}

/// Whether `ty` is `str` or `String`.
fn is_str(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Path(p) => p.path.is_ident("str") || p.path.is_ident("String"),
        _ => false,
    }
}

/// The owned form of an argument type and how to pass a value of it.
fn owned(ty: &syn::Type, value: &proc_macro2::Ident) -> (TokenStream, TokenStream) {
    if let syn::Type::Reference(r) = ty {
        let elem = &*r.elem;
        return match elem {
            _ if is_str(elem) => (quote!(::std::string::String), quote!(&#value)),
            syn::Type::Slice(s) => {
                let e = &s.elem;
                (quote!(::std::vec::Vec<#e>), quote!(&#value))
            }
            _ => (quote!(#elem), quote!(&#value)),
        };
    }
    if let Some(inner) = resources::option_inner(ty) {
        if let syn::Type::Reference(r) = &inner {
            let elem = &*r.elem;
            return match elem {
                _ if is_str(elem) => (
                    quote!(::std::option::Option<::std::string::String>),
                    quote!(#value.as_deref()),
                ),
                syn::Type::Slice(s) => {
                    let e = &s.elem;
                    (
                        quote!(::std::option::Option<::std::vec::Vec<#e>>),
                        quote!(#value.as_deref()),
                    )
                }
                _ => (
                    quote!(::std::option::Option<#elem>),
                    quote!(#value.as_ref()),
                ),
            };
        }
        return (quote!(::std::option::Option<#inner>), quote!(#value));
    }
    (quote!(#ty), quote!(#value))
}

/// Replaces `types::X` by `<crate>::types::X`.
fn qualify(tokens: TokenStream, krate: &proc_macro2::Ident) -> TokenStream {
    let text = tokens.to_string();
    let text = text.replace("types ::", &format!("{krate} :: types ::"));
    text.parse().unwrap_or(tokens)
}

fn lit(v: &serde_json::Value) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".to_string())
}

/// One operation's case: the call function (and the empty-segment call) and
/// the table entry.
fn render_case(
    spec: &OpenAPI,
    op: &Op<'_>,
    g: &Generated,
    krate: &proc_macro2::Ident,
) -> Result<(TokenStream, TokenStream), String> {
    let tag = op
        .op
        .tags
        .first()
        .cloned()
        .unwrap_or_else(|| "default".to_string());
    let (accessor, _) = resources::resource_names(&tag);
    let mut method = match op
        .op
        .extensions
        .get("x-rust-method")
        .and_then(|v| v.as_str())
    {
        Some(n) => n.to_string(),
        None => resources::method_name(&op.id, &tag),
    };
    if op.op.extensions.contains_key("x-pagination") {
        method.push_str("_page");
    }
    let accessor = format_ident!("{}", accessor);
    let method = format_ident!("{}", method);

    let body_example = request_example(spec, op);
    let mut path = op.path.clone();
    let mut query = Vec::new();
    let mut lets = Vec::new();
    let mut pass = Vec::new();
    // The first `&str` path parameter: its argument and its JSON name.
    let mut segment: Option<(usize, String)> = None;
    for (i, (arg, ty)) in g.args.iter().enumerate() {
        let arg_name = arg.to_string();
        let arg_name = arg_name.strip_prefix("r#").unwrap_or(&arg_name).to_string();
        let var = format_ident!("a{i}");
        let (owned_ty, passed) = owned(ty, &var);
        let owned_ty = qualify(owned_ty, krate);
        let param = op
            .params
            .iter()
            .find(|p| names::progenitor(&p.parameter_data_ref().name, Case::Snake) == arg_name);
        let value = match param {
            Some(p) => {
                let data = p.parameter_data_ref();
                let required = data.required || matches!(p, Parameter::Path { .. });
                if !required {
                    serde_json::Value::Null
                } else {
                    let mut v = param_example(spec, p);
                    let wants_str = match ty {
                        syn::Type::Reference(r) => is_str(&r.elem),
                        _ => is_str(ty),
                    };
                    if wants_str && !v.is_string() {
                        v = serde_json::Value::String(as_text(&v));
                    }
                    match p {
                        Parameter::Path { .. } => {
                            path = path
                                .replace(&format!("{{{}}}", data.name), &encode_path(&as_text(&v)));
                            if wants_str && segment.is_none() {
                                segment = Some((i, arg_name.clone()));
                            }
                        }
                        Parameter::Query { .. } => {
                            query.push((encode_query(&data.name), encode_query(&as_text(&v))))
                        }
                        _ => {}
                    }
                    v
                }
            }
            None if arg_name == "body" => body_example
                .clone()
                .unwrap_or_else(|| serde_json::json!({})),
            None => {
                return Err(format!(
                    "the argument `{arg_name}` of progenitor's method `{}` is no parameter of the operation",
                    g.ident
                ));
            }
        };
        let json = lit(&value);
        lets.push(quote!(let #var: #owned_ty = arg(#arg_name, #json);));
        pass.push(passed);
    }
    let snake = names::progenitor(&op.id, Case::Snake);
    let call_fn = format_ident!("call_{}", snake);
    let call = quote! {
        fn #call_fn(c: Client) -> Call {
            Box::pin(async move {
                #(#lets)*
                outcome(c.#accessor().#method(#(#pass),*).await)
            })
        }
    };
    let empty = match &segment {
        Some((at, name)) => {
            let empty_fn = format_ident!("empty_{}", snake);
            let mut lets = lets.clone();
            let var = format_ident!("a{at}");
            lets[*at] = quote!(let #var: ::std::string::String = ::std::string::String::new(););
            let f = quote! {
                fn #empty_fn(c: Client) -> Call {
                    Box::pin(async move {
                        #(#lets)*
                        outcome(c.#accessor().#method(#(#pass),*).await)
                    })
                }
            };
            (quote!(Some((#name, #empty_fn))), f)
        }
        None => (quote!(None), quote!()),
    };
    let (empty_entry, empty_fn) = empty;
    let (status, response, response_schema) = success_with_schema(spec, op);
    let mut secrets = Vec::new();
    if let (Some(schema), Some(example)) = (response_schema, &response) {
        let marked = crate::secrets::marked(spec).unwrap_or_default();
        secret_values(spec, schema, example, &marked, 0, &mut secrets);
    }
    let retried = retried(op);
    let expected = match (&response, op.op.extensions.get("x-rust-unwrap")) {
        (Some(r), Some(serde_json::Value::String(field))) => r.get(field).cloned(),
        (r, _) => r.clone(),
    };
    let opt = |v: &Option<serde_json::Value>| match v {
        Some(v) => {
            let s = lit(v);
            quote!(Some(#s))
        }
        None => quote!(None),
    };
    let request_body = if g.args.iter().any(|(i, _)| i == "body") {
        opt(&Some(body_example.unwrap_or_else(|| serde_json::json!({}))))
    } else {
        quote!(None)
    };
    let response = opt(&response);
    let expected = opt(&expected);
    let not_found_is_none = op
        .op
        .extensions
        .get("x-rust-not-found")
        .and_then(|v| v.as_str())
        == Some("none");
    let id = &op.id;
    let http = op.method.to_uppercase();
    let template = &op.path;
    let query = query.iter().map(|(k, v)| quote!((#k, #v)));
    let entry = quote! {
        Case {
            operation_id: #id,
            method: #http,
            path_template: #template,
            path: #path,
            query: &[#(#query),*],
            request_body: #request_body,
            status: #status,
            response_body: #response,
            expected: #expected,
            not_found_is_none: #not_found_is_none,
            retried: #retried,
            secrets: &[#(#secrets),*],
            call: #call_fn,
            empty_segment: #empty_entry,
        }
    };
    Ok((quote!(#call #empty_fn), entry))
}

/// The test table of `vendor` from its spec and its rendered client (the
/// text [`render_spec`](crate::render_spec) produced for the same spec).
pub fn render_operations(vendor: &str, spec: &Spec, client: &str) -> Result<String, CodegenError> {
    let file = syn::parse_file(client).map_err(|e| {
        CodegenError::one(
            &spec.name,
            None,
            format!("the rendered client does not parse: {e}"),
        )
    })?;
    let generated = resources::generated_methods(&file);
    let krate = crate_ident(vendor);
    let mut fns = Vec::new();
    let mut entries = Vec::new();
    let mut diagnostics = Vec::new();
    for op in resources::operations(&spec.openapi) {
        let Some(g) = generated.get(&names::progenitor(&op.id, Case::Snake)) else {
            diagnostics.push(crate::Diagnostic {
                spec: spec.name.clone(),
                operation: Some(op.id.clone()),
                message: "progenitor generated no method for it".to_string(),
            });
            continue;
        };
        match render_case(&spec.openapi, &op, g, &krate) {
            Ok((f, e)) => {
                fns.push(f);
                entries.push(e);
            }
            Err(message) => diagnostics.push(crate::Diagnostic {
                spec: spec.name.clone(),
                operation: Some(op.id.clone()),
                message,
            }),
        }
    }
    if !diagnostics.is_empty() {
        return Err(CodegenError { diagnostics });
    }
    let count = entries.len();
    let doc = format!(" Every operation of `specs/{vendor}.yaml`, in document order.");
    let tokens = quote! {
        use ::std::future::Future;
        use ::std::pin::Pin;
        use #krate::Client;

        pub use ::testkit::optable::{Call, Outcome};

        /// One operation of the spec and what its call shows on the wire.
        pub type Case = ::testkit::optable::Case<Client>;

        /// How many operations the spec has.
        pub const OPERATION_COUNT: usize = #count;

        #[doc = #doc]
        pub const OPERATIONS: &[Case] = &[#(#entries),*];

        fn arg<T: ::serde::de::DeserializeOwned>(name: &str, json: &str) -> T {
            ::serde_json::from_str(json)
                .unwrap_or_else(|e| panic!("the example of `{name}` ({json}) does not fit its type: {e}"))
        }

        fn outcome<T: ::serde::Serialize + ::std::fmt::Debug>(r: Result<T, #krate::Error>) -> Outcome {
            match r {
                Ok(v) => Outcome {
                    value: Some(::serde_json::to_value(&v).expect("a typed result serializes")),
                    debug: Some(format!("{v:?}")),
                    status: None,
                    invalid_input: None,
                    error: None,
                    kind: None,
                    raw_body: None,
                },
                Err(e) => Outcome {
                    value: None,
                    debug: None,
                    status: e.status().map(|s| s.as_u16()),
                    invalid_input: match &e {
                        #krate::Error::InvalidInput(i) => Some(i.field().to_string()),
                        _ => None,
                    },
                    error: Some(format!("{e}\n{e:?}")),
                    kind: Some(format!("{:?}", e.kind())),
                    raw_body: e.raw_body().map(|b| String::from_utf8_lossy(b).into_owned()),
                },
            }
        }

        #(#fns)*
    };
    let file: syn::File = syn::parse2(tokens).map_err(|e| {
        CodegenError::one(
            &spec.name,
            None,
            format!("the operations test table does not parse (a crates/codegen bug): {e}"),
        )
    })?;
    let mut out = preamble(vendor);
    out.push_str(
        "// The operations test table (see crates/codegen/src/optable.rs), included by\n\
         // the tests as `mod operations { include!(\"generated/operations.rs\"); }`.\n\n",
    );
    out.push_str(&prettyplease::unparse(&file));
    Ok(out.replace("\r\n", "\n"))
}
