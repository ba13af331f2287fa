//! `x-pagination`: an operation's pagination, declared in the spec, and the
//! `Stream` methods rendered from it.
//!
//! The extension follows the shape of Speakeasy's `x-speakeasy-pagination`:
//!
//! ```yaml
//! x-pagination:
//!   type: cursor            # cursor | offsetLimit | url
//!   inputs:                 # the query parameters the walk sets
//!     - {name: cursor, in: parameters, type: cursor}   # cursor | page | offset | limit
//!     - {name: limit, in: parameters, type: limit}
//!   outputs:                # JSON paths into the success response
//!     results: $.items      # the page's items (an array)
//!     hasMore: $.hasMore    # optional: false ends the walk
//!     nextCursor: $.nextCursor   # type cursor
//!     nextUrl: $.links.next      # type url: the next page's link
//!   pageSize: 200           # what the walk asks for (required with a limit input)
//!   maxPages: 100           # optional: the API serves no more; more is an error
//!   firstPage: 1            # offsetLimit/url with a page input (default 1; offset: 0)
//!   bareArrayIsComplete: true   # optional: a 2xx bare array of items is the whole list
//! ```
//!
//! For an operation whose method is `NAME`, the resource gets `NAME_page`
//! (one page, the operation itself), `NAME` (every item) and `NAME_max`
//! (stop after N items). The walk never returns a silently partial list: a
//! page that says it has more without saying where, a cursor seen before,
//! a next link to another host or operation, or more pages than `maxPages`
//! all end the stream with `Error::Pagination`.

use std::collections::BTreeSet;

use openapiv3::{OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, SchemaKind, Type};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use syn::visit_mut::VisitMut;

use crate::resources::{Generated, Op, Qualify, Structs, arg_for, option_inner, type_name};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Cursor,
    OffsetLimit,
    Url,
}

/// One field access on the way to an output.
#[derive(Clone)]
pub(crate) struct Step {
    field: Ident,
    optional: bool,
}

/// A pagination input: the argument, its type (less `Option`), whether it
/// is optional, and its JSON name.
#[derive(Clone)]
pub(crate) struct Input {
    arg: Ident,
    inner: syn::Type,
    optional: bool,
    json: String,
}

pub(crate) struct Pagination {
    kind: Kind,
    cursor: Option<Input>,
    limit: Option<Input>,
    page: Option<(Input, bool)>,
    page_size: u64,
    first: u64,
    max_pages: Option<usize>,
    results: Vec<Step>,
    has_more: Option<Vec<Step>>,
    next_cursor: Option<Vec<Step>>,
    next_url: Option<Vec<Step>>,
    item: syn::Type,
    bare_array: bool,
}

const KEYS: &[&str] = &[
    "type",
    "inputs",
    "outputs",
    "pageSize",
    "maxPages",
    "firstPage",
    "bareArrayIsComplete",
];

/// Reads and checks the operation's `x-pagination`, or `Ok(None)` without
/// one. Every name it gives must be a query parameter or response field the
/// operation has.
pub(crate) fn parse(
    spec: &OpenAPI,
    op: &Op<'_>,
    g: &Generated,
    structs: &Structs,
    known: &BTreeSet<String>,
) -> Result<Option<Pagination>, String> {
    let Some(ext) = op.op.extensions.get("x-pagination") else {
        return Ok(None);
    };
    let obj = ext.as_object().ok_or("x-pagination must be an object")?;
    for k in obj.keys() {
        if !KEYS.contains(&k.as_str()) {
            return Err(format!(
                "x-pagination has the unknown key `{k}` (known: {})",
                KEYS.join(", ")
            ));
        }
    }
    for key in ["x-rust-unwrap", "x-rust-not-found"] {
        if op.op.extensions.contains_key(key) {
            return Err(format!("x-pagination cannot be combined with {key}"));
        }
    }
    let kind = match obj.get("type").and_then(|v| v.as_str()) {
        Some("cursor") => Kind::Cursor,
        Some("offsetLimit") => Kind::OffsetLimit,
        Some("url") => Kind::Url,
        other => {
            return Err(format!(
                "x-pagination.type must be cursor, offsetLimit or url, not {other:?}"
            ));
        }
    };
    let mut p = Pagination {
        kind,
        cursor: None,
        limit: None,
        page: None,
        page_size: 0,
        first: 1,
        max_pages: None,
        results: Vec::new(),
        has_more: None,
        next_cursor: None,
        next_url: None,
        item: syn::parse_quote!(()),
        bare_array: false,
    };
    read_inputs(spec, op, g, obj.get("inputs"), &mut p)?;
    read_numbers(spec, op, obj, &mut p)?;
    let outputs = obj
        .get("outputs")
        .and_then(|v| v.as_object())
        .ok_or("x-pagination.outputs must be an object")?;
    let root = type_name(&g.ok).unwrap_or_default();
    for (k, v) in outputs {
        let path = v.as_str().ok_or_else(|| {
            format!("x-pagination.outputs.{k} must be a JSON path such as `$.items`")
        })?;
        let (steps, leaf) = walk(structs, &root, path)
            .map_err(|e| format!("x-pagination.outputs.{k} `{path}`: {e}"))?;
        match k.as_str() {
            "results" => {
                let mut item = crate::resources::generic_arg(&leaf, "Vec", 0).ok_or_else(|| {
                    format!("x-pagination.outputs.results `{path}` is not an array")
                })?;
                Qualify(known).visit_type_mut(&mut item);
                p.item = item;
                p.results = steps;
            }
            "hasMore" => p.has_more = Some(steps),
            "nextCursor" => p.next_cursor = Some(steps),
            "nextUrl" => p.next_url = Some(steps),
            other => {
                return Err(format!(
                    "x-pagination.outputs has the unknown key `{other}` (known: results, hasMore, nextCursor, nextUrl)"
                ));
            }
        }
    }
    if p.results.is_empty() {
        return Err("x-pagination.outputs.results is required".to_string());
    }
    match kind {
        Kind::Cursor if p.cursor.is_none() || p.next_cursor.is_none() => Err(
            "x-pagination type cursor needs a `cursor` input and outputs.nextCursor".to_string(),
        ),
        Kind::Url if p.next_url.is_none() => {
            Err("x-pagination type url needs outputs.nextUrl".to_string())
        }
        Kind::OffsetLimit if p.page.is_none() => {
            Err("x-pagination type offsetLimit needs a `page` or `offset` input".to_string())
        }
        _ => Ok(Some(p)),
    }
}

fn read_inputs(
    _spec: &OpenAPI,
    op: &Op<'_>,
    g: &Generated,
    inputs: Option<&serde_json::Value>,
    p: &mut Pagination,
) -> Result<(), String> {
    let inputs = inputs
        .and_then(|v| v.as_array())
        .ok_or("x-pagination.inputs must be a list")?;
    for input in inputs {
        let name = input
            .get("name")
            .and_then(|v| v.as_str())
            .ok_or("every x-pagination input needs a `name`")?;
        if let Some(place) = input.get("in").and_then(|v| v.as_str())
            && place != "parameters"
        {
            return Err(format!(
                "x-pagination input `{name}`: only `in: parameters` is supported, not `{place}`"
            ));
        }
        let is_query = op.params.iter().any(
            |q| matches!(q, Parameter::Query { parameter_data, .. } if parameter_data.name == name),
        );
        if !is_query {
            return Err(format!(
                "x-pagination input `{name}` is not a query parameter of the operation"
            ));
        }
        let (arg, ty) = arg_for(g, name).ok_or_else(|| {
            format!("x-pagination input `{name}` has no argument in progenitor's method")
        })?;
        let (optional, inner) = match option_inner(ty) {
            Some(t) => (true, t),
            None => (false, ty.clone()),
        };
        let it = Input {
            arg: arg.clone(),
            inner,
            optional,
            json: name.to_string(),
        };
        match input.get("type").and_then(|v| v.as_str()) {
            Some("cursor") => {
                if !optional {
                    return Err(format!(
                        "x-pagination cursor input `{name}` must be an optional parameter (the first page has none)"
                    ));
                }
                p.cursor = Some(it);
            }
            Some("limit") => p.limit = Some(it),
            Some("page") => p.page = Some((it, false)),
            Some("offset") => {
                p.first = 0;
                p.page = Some((it, true));
            }
            other => {
                return Err(format!(
                    "x-pagination input `{name}`: type must be cursor, limit, page or offset, not {other:?}"
                ));
            }
        }
    }
    Ok(())
}

fn read_numbers(
    spec: &OpenAPI,
    op: &Op<'_>,
    obj: &serde_json::Map<String, serde_json::Value>,
    p: &mut Pagination,
) -> Result<(), String> {
    let num = |key: &str| -> Result<Option<u64>, String> {
        match obj.get(key) {
            None => Ok(None),
            Some(v) => v
                .as_u64()
                .map(Some)
                .ok_or_else(|| format!("x-pagination.{key} must be a non-negative integer")),
        }
    };
    match (&p.limit, num("pageSize")?) {
        (Some(limit), Some(size)) => {
            if let Some((min, max)) = int_bounds(spec, op, &limit.json)
                && (min.is_some_and(|m| (size as i64) < m)
                    || max.is_some_and(|m| (size as i64) > m))
            {
                return Err(format!(
                    "x-pagination.pageSize {size} is outside the bounds of parameter `{}`",
                    limit.json
                ));
            }
            p.page_size = size;
        }
        (Some(limit), None) => {
            return Err(format!(
                "x-pagination has a limit input `{}` but no pageSize",
                limit.json
            ));
        }
        (None, Some(_)) => return Err("x-pagination.pageSize needs a `limit` input".to_string()),
        (None, None) => {}
    }
    if let Some(first) = num("firstPage")? {
        p.first = first;
    }
    p.max_pages = num("maxPages")?.map(|n| n as usize);
    p.bare_array = match obj.get("bareArrayIsComplete") {
        None => false,
        Some(v) => v
            .as_bool()
            .ok_or("x-pagination.bareArrayIsComplete must be true or false")?,
    };
    Ok(())
}

fn int_bounds(spec: &OpenAPI, op: &Op<'_>, name: &str) -> Option<(Option<i64>, Option<i64>)> {
    let _ = spec;
    let p = op
        .params
        .iter()
        .find(|q| q.parameter_data_ref().name == name)?;
    let ParameterSchemaOrContent::Schema(ReferenceOr::Item(s)) = &p.parameter_data_ref().format
    else {
        return None;
    };
    match &s.schema_kind {
        SchemaKind::Type(Type::Integer(i)) => Some((i.minimum, i.maximum)),
        _ => None,
    }
}

/// Follows `$.a.b` through the generated structs from `root`.
fn walk(structs: &Structs, root: &str, path: &str) -> Result<(Vec<Step>, syn::Type), String> {
    let rest = path.strip_prefix("$.").ok_or("must start with `$.`")?;
    let mut current = root.to_string();
    let mut steps = Vec::new();
    let mut leaf = None;
    for (i, name) in rest.split('.').enumerate() {
        if i > 0 {
            let Some(ty) = &leaf else {
                return Err("is not a path".to_string());
            };
            current = type_name(ty).ok_or("goes through a field that is not an object")?;
        }
        let fields = structs
            .get(&current)
            .ok_or_else(|| format!("`{current}` is not an object type of the response"))?;
        let (_, ident, ty) = fields
            .iter()
            .find(|(j, _, _)| j == name)
            .ok_or_else(|| format!("the response type `{current}` has no property `{name}`"))?;
        let (optional, inner) = match option_inner(ty) {
            Some(t) => (true, t),
            None => (false, ty.clone()),
        };
        steps.push(Step {
            field: ident.clone(),
            optional,
        });
        leaf = Some(inner);
    }
    Ok((steps, leaf.ok_or("names no property")?))
}

/// `Option<&Leaf>` of a path, borrowing `page`.
fn by_ref(steps: &[Step]) -> TokenStream {
    let mut e = quote!(::std::option::Option::Some(&page));
    for s in steps {
        let f = &s.field;
        e = if s.optional {
            quote!(#e.and_then(|x| x.#f.as_ref()))
        } else {
            quote!(#e.map(|x| &x.#f))
        };
    }
    e
}

/// `Option<Leaf>` of a path, consuming `page`.
fn by_move(steps: &[Step]) -> TokenStream {
    let mut e = quote!(::std::option::Option::Some(page));
    for s in steps {
        let f = &s.field;
        e = if s.optional {
            quote!(#e.and_then(|x| x.#f))
        } else {
            quote!(#e.map(|x| x.#f))
        };
    }
    e
}

fn convert(inner: &syn::Type, value: TokenStream, field: &str) -> TokenStream {
    quote! {
        <#inner as ::std::convert::TryFrom<u64>>::try_from(#value).map_err(|_| {
            ::client_runtime::InputError::new(#field, "cannot hold the page value the walk needs")
        })?
    }
}

/// The stream methods `NAME`, `NAME_max` (and the private `NAME_walk`).
pub(crate) fn render(
    op: &Op<'_>,
    g: &Generated,
    p: &Pagination,
    name: &str,
    page_method: &str,
) -> TokenStream {
    let walk = format_ident!("{name}_walk");
    let all = format_ident!("{name}");
    let max = format_ident!("{name}_max");
    let page_method = format_ident!("{page_method}");
    let item = &p.item;
    let mut skip: Vec<Ident> = Vec::new();
    for i in [&p.cursor, &p.limit].into_iter().flatten() {
        skip.push(i.arg.clone());
    }
    if let Some((i, _)) = &p.page {
        skip.push(i.arg.clone());
    }
    let others: Vec<&Ident> = g
        .args
        .iter()
        .map(|(i, _)| i)
        .filter(|i| !skip.contains(i))
        .collect();
    let params = crate::resources::arg_list(g, &skip);
    let max_pages = match p.max_pages {
        Some(n) => quote!(::std::option::Option::Some(#n)),
        None => quote!(::std::option::Option::None),
    };
    let (state_ty, setup) = state_setup(p);
    let pass = g.args.iter().map(|(i, _)| {
        if p.cursor.as_ref().is_some_and(|c| &c.arg == i) {
            quote!(cursor_value)
        } else if p.limit.as_ref().is_some_and(|c| &c.arg == i) {
            quote!(limit_value)
        } else if p.page.as_ref().is_some_and(|(c, _)| &c.arg == i) {
            quote!(page_value)
        } else {
            quote!(#i)
        }
    });
    let bare = if p.bare_array {
        quote! {
            Err(::client_runtime::Error::Decode { vendor, status, raw, .. })
                if status.is_success() && raw.first() == Some(&b'[') =>
            {
                return match ::serde_json::from_slice::<::std::vec::Vec<#item>>(&raw) {
                    Ok(items) => Ok(::client_runtime::Page { items, next: None }),
                    Err(e) => Err(::client_runtime::Error::Decode {
                        vendor,
                        status,
                        raw,
                        message: format!("neither a page nor a bare array of items: {e}"),
                    }),
                };
            }
        }
    } else {
        quote!()
    };
    let next = next_expr(op, p);
    let results = by_move(&p.results);
    let generics = &g.generics;
    let lt = g
        .generics
        .lifetimes()
        .next()
        .map(|l| l.lifetime.clone())
        .unwrap_or_else(|| syn::Lifetime::new("'a", proc_macro2::Span::call_site()));
    let ret =
        quote!(impl ::futures::Stream<Item = ::std::result::Result<#item, crate::Error>> + #lt);
    let all_doc = format!(
        " Every item of `{} {}`, as a stream that fetches page after page \
         ([`Self::{page_method}`]). It ends with `Error::Pagination`, never a silently \
         partial list, when the API's paging would lose or repeat items.",
        op.method.to_uppercase(),
        op.path
    );
    let max_doc = format!(
        " Like [`Self::{name}`], stopping after `max_items` items (no further page is fetched once they have been yielded)."
    );
    quote! {
        #[doc = #all_doc]
        pub fn #all #generics (self, #(#params),*) -> #ret where 'c: #lt {
            self.#walk(#(#others,)* ::client_runtime::Limits { max_items: None, max_pages: #max_pages })
        }
        #[doc = #max_doc]
        pub fn #max #generics (self, #(#params,)* max_items: usize) -> #ret where 'c: #lt {
            self.#walk(#(#others,)* ::client_runtime::Limits { max_items: Some(max_items), max_pages: #max_pages })
        }
        fn #walk #generics (self, #(#params,)* limits: ::client_runtime::Limits) -> #ret where 'c: #lt {
            ::client_runtime::paginate(limits, move |state: ::std::option::Option<#state_ty>| {
                #(let #others = ::std::clone::Clone::clone(&#others);)*
                async move {
                    #setup
                    let page = match self.#page_method(#(#pass),*).await {
                        Ok(page) => page,
                        #bare
                        Err(e) => return Err(e),
                    };
                    #next
                    let items = #results.unwrap_or_default();
                    #[allow(clippy::redundant_closure_call)]
                    let next = (next_of)(&items);
                    Ok::<_, crate::Error>(::client_runtime::Page { items, next })
                }
            })
        }
    }
}

/// The walk's state type and the code that turns it into the arguments
/// `cursor_value`, `limit_value`, `page_value` for one page.
fn state_setup(p: &Pagination) -> (TokenStream, TokenStream) {
    let size = p.page_size;
    let limit = p.limit.as_ref().map(|l| {
        let v = convert(&l.inner, quote!(#size), &l.json);
        quote!(let limit_fixed = #v;)
    });
    let wrap = |i: &Input, v: TokenStream| {
        if i.optional {
            quote!(::std::option::Option::Some(#v))
        } else {
            v
        }
    };
    match p.kind {
        Kind::Cursor => {
            let limit_value = p.limit.as_ref().map(|l| {
                let v = wrap(l, quote!(limit_fixed));
                quote!(let limit_value = #v;)
            });
            (
                quote!(::std::string::String),
                quote! {
                    #limit
                    #limit_value
                    let cursor_value = state.as_deref();
                },
            )
        }
        Kind::OffsetLimit => {
            let (page, _) = p.page.as_ref().expect("checked in parse");
            let first = p.first;
            let pv = wrap(page, convert(&page.inner, quote!(current), &page.json));
            let limit_value = p.limit.as_ref().map(|l| {
                let v = wrap(l, quote!(limit_fixed));
                quote!(let limit_value = #v;)
            });
            (
                quote!(u64),
                quote! {
                    #limit
                    #limit_value
                    let current: u64 = state.unwrap_or(#first);
                    let page_value = #pv;
                },
            )
        }
        Kind::Url => {
            let first = p.first;
            let mut code = quote! {
                #limit
                let link: ::std::vec::Vec<(::std::string::String, ::std::string::String)> =
                    state.unwrap_or_default();
                let first = link.is_empty();
                let _ = first;
            };
            if let Some(l) = &p.limit {
                let json = &l.json;
                let inner = &l.inner;
                let v = wrap(l, quote!(size));
                code.extend(quote! {
                    let size: #inner = match ::client_runtime::link_param::<#inner>(&link, #json)? {
                        Some(v) => v,
                        None => limit_fixed,
                    };
                    let limit_value = #v;
                });
            }
            if let Some((page, _)) = &p.page {
                let json = &page.json;
                let inner = &page.inner;
                let first_v = convert(inner, quote!(#first), json);
                let v = wrap(page, quote!(number));
                code.extend(quote! {
                    let number: #inner = if first {
                        #first_v
                    } else {
                        match ::client_runtime::link_param::<#inner>(&link, #json)? {
                            Some(v) => v,
                            None => {
                                return Err(::client_runtime::PaginationError::new(concat!(
                                    "the next link has no `", #json, "`; the list would be incomplete"
                                )).into());
                            }
                        }
                    };
                    let page_value = #v;
                });
            }
            if let Some(c) = &p.cursor {
                let json = &c.json;
                code.extend(quote! {
                    let cursor_owned: ::std::option::Option<::std::string::String> =
                        ::client_runtime::link_param::<::std::string::String>(&link, #json)?;
                    let cursor_value = cursor_owned.as_deref();
                });
            }
            (
                quote!(::std::vec::Vec<(::std::string::String, ::std::string::String)>),
                code,
            )
        }
    }
}

/// Reads where the next page is from `page` (before its items are moved
/// out) into `next_of`, a closure of the page's items.
fn next_expr(op: &Op<'_>, p: &Pagination) -> TokenStream {
    let has_more = match &p.has_more {
        Some(steps) => {
            let e = by_ref(steps);
            quote!(let has_more: ::std::option::Option<bool> = #e.copied();)
        }
        None => quote!(let has_more: ::std::option::Option<bool> = None;),
    };
    match p.kind {
        Kind::Cursor => {
            let e = by_ref(p.next_cursor.as_deref().unwrap_or_default());
            let item = &p.item;
            let declared = p.has_more.is_some();
            quote! {
                #has_more
                let cursor_next: ::std::option::Option<::std::string::String> =
                    #e.map(|c| ::std::string::ToString::to_string(c)).filter(|c| !c.is_empty());
                let next = match (has_more, cursor_next) {
                    // A declared `hasMore` that is false or missing ends the walk.
                    (Some(false), _) | (None, _) if #declared => None,
                    (Some(true), None) => {
                        return Err(::client_runtime::PaginationError::new(
                            "the API said it has more but sent no next cursor; the list would be incomplete",
                        ).into());
                    }
                    (_, c) => c,
                };
                let next_of = move |_: &::std::vec::Vec<#item>| next;
            }
        }
        Kind::OffsetLimit => {
            let item = &p.item;
            let step = if p.page.as_ref().is_some_and(|(_, offset)| *offset) {
                quote!(items.len() as u64)
            } else {
                quote!(1u64)
            };
            let size = p.page_size as usize;
            let short = if p.limit.is_some() {
                quote!(items.len() < #size)
            } else {
                quote!(false)
            };
            quote! {
                #has_more
                let next_of = move |items: &::std::vec::Vec<#item>| {
                    let done = items.is_empty() || has_more == Some(false) || (has_more.is_none() && #short);
                    if done { None } else { Some(current + #step) }
                };
            }
        }
        Kind::Url => {
            let e = by_ref(p.next_url.as_deref().unwrap_or_default());
            let path = &op.path;
            let mut names: Vec<&str> = Vec::new();
            for i in [&p.cursor, &p.limit].into_iter().flatten() {
                names.push(&i.json);
            }
            if let Some((i, _)) = &p.page {
                names.push(&i.json);
            }
            let item = &p.item;
            quote! {
                #has_more
                let link_next: ::std::option::Option<::std::string::String> =
                    #e.map(|c| ::std::string::ToString::to_string(c));
                let link_next = if has_more == Some(false) { None } else { link_next };
                let next = ::client_runtime::next_link(
                    ::client_runtime::progenitor_client::ClientInfo::baseurl(self.api),
                    link_next.as_deref(),
                    #path,
                    &[#(#names),*],
                )?;
                let next_of = move |_: &::std::vec::Vec<#item>| next;
            }
        }
    }
}
