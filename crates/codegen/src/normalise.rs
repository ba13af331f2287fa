//! Stage 3: the rewrites that do not lie about the wire.
//!
//! A validated spec is rewritten only where progenitor would otherwise drop
//! typing for a body that is JSON on the wire (`+json` media types, JSON
//! spelled differently), before it is handed to progenitor.

use std::collections::BTreeSet;

use openapiv3::{ReferenceOr, Response};

use crate::{Spec, operations_mut};

/// How a media type is decoded by the generated client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MediaKind {
    /// `application/json` (with parameters): typed.
    Json,
    /// `application/<x>+json`: JSON on the wire, typed after [`normalise`].
    SuffixJson,
    /// Anything else: a byte stream.
    Raw,
}

/// The [`MediaKind`] of a media type, compared case-insensitively and
/// without its parameters.
pub(crate) fn media_kind(media_type: &str) -> MediaKind {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if essence == "application/json" {
        MediaKind::Json
    } else if essence.starts_with("application/") && essence.ends_with("+json") {
        MediaKind::SuffixJson
    } else {
        MediaKind::Raw
    }
}

/// Rewrites what can be rewritten without lying about the wire:
/// `application/<x>+json` response media types (`problem+json`,
/// `vnd.api+json`, ...) and differently spelled JSON (`Application/JSON`)
/// become `application/json`, so progenitor types them.
/// The body on the wire is JSON either way and the generated decoder ignores
/// the response `Content-Type`. Returns the original media types that were
/// rewritten, sorted, so the client can list them in its `Accept` header.
pub fn normalise(spec: &mut Spec) -> Vec<String> {
    let mut rewritten = BTreeSet::new();
    let mut fix = |resp: &mut ReferenceOr<Response>| {
        if let ReferenceOr::Item(resp) = resp {
            let keys: Vec<String> = resp.content.keys().cloned().collect();
            for k in keys {
                let kind = media_kind(&k);
                // progenitor types only `application/json` and
                // `application/json;…`, spelled exactly so.
                let typed_as_is = k == "application/json" || k.starts_with("application/json;");
                if kind == MediaKind::SuffixJson || (kind == MediaKind::Json && !typed_as_is) {
                    let media = resp.content.shift_remove(&k).expect("key listed above");
                    if kind == MediaKind::SuffixJson {
                        rewritten.insert(
                            k.split(';')
                                .next()
                                .unwrap_or("")
                                .trim()
                                .to_ascii_lowercase(),
                        );
                    }
                    resp.content.insert("application/json".to_string(), media);
                }
            }
        }
    };
    for item in spec.openapi.paths.paths.values_mut() {
        if let ReferenceOr::Item(item) = item {
            for op in operations_mut(item) {
                if let Some(d) = op.responses.default.as_mut() {
                    fix(d);
                }
                for r in op.responses.responses.values_mut() {
                    fix(r);
                }
            }
        }
    }
    if let Some(c) = spec.openapi.components.as_mut() {
        for r in c.responses.values_mut() {
            fix(r);
        }
    }
    rewritten.into_iter().collect()
}

/// Makes every optional array or map property of a request body `nullable`
/// in memory, so that typify generates `Option<Vec<_>>` / `Option<Map<_>>`
/// for it instead of a bare collection that is left out when empty.
///
/// Without it an empty list or map the caller sets on purpose (`tags: []`
/// to clear a list, `metadata: {}` on an update) is silently not sent:
/// typify's `skip_serializing_if = "Vec::is_empty"` cannot tell "unset"
/// from "empty". With it, `None` is left out and `Some(vec![])` is sent as
/// `[]`; the generated client never sends `null` for an unset field. The
/// spec file is unchanged (it describes the wire, where omitting and `[]`
/// differ); component schemas reached from a response as well become more
/// lenient there (a `null` decodes as `None`), never stricter.
pub(crate) fn optional_collections_in_requests(spec: &mut Spec) {
    // Component schemas reachable from a request body, by `$ref`.
    let mut roots = Vec::new();
    for item in spec.openapi.paths.paths.values() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (_, op) in item.iter() {
            if let Some(body) = &op.request_body {
                let body = match body {
                    ReferenceOr::Item(b) => Some(b),
                    ReferenceOr::Reference { reference } => reference
                        .strip_prefix("#/components/requestBodies/")
                        .and_then(|n| spec.openapi.components.as_ref()?.request_bodies.get(n))
                        .and_then(|b| b.as_item()),
                };
                if let Some(body) = body {
                    let value = serde_json::to_value(body).unwrap_or_default();
                    crate::render::schema_refs(&value, &mut roots);
                }
            }
        }
    }
    let reached = crate::render::schema_closure(spec, roots);
    let openapi = &mut spec.openapi;
    let mut body_refs: BTreeSet<String> = BTreeSet::new();
    for item in openapi.paths.paths.values_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for op in operations_mut(item) {
            match op.request_body.as_mut() {
                Some(ReferenceOr::Item(body)) => {
                    for media in body.content.values_mut() {
                        if let Some(ReferenceOr::Item(s)) = media.schema.as_mut() {
                            nullable_optional_collections(s);
                        }
                    }
                }
                Some(ReferenceOr::Reference { reference }) => {
                    if let Some(name) = reference.strip_prefix("#/components/requestBodies/") {
                        body_refs.insert(name.to_string());
                    }
                }
                None => {}
            }
        }
    }
    if let Some(c) = openapi.components.as_mut() {
        for name in &body_refs {
            if let Some(ReferenceOr::Item(body)) = c.request_bodies.get_mut(name) {
                for media in body.content.values_mut() {
                    if let Some(ReferenceOr::Item(s)) = media.schema.as_mut() {
                        nullable_optional_collections(s);
                    }
                }
            }
        }
        for name in &reached {
            if let Some(ReferenceOr::Item(s)) = c.schemas.get_mut(name) {
                nullable_optional_collections(s);
            }
        }
    }
}

/// Whether an inline schema is an array, or an object with no named
/// properties (a map), that is not nullable yet.
fn is_plain_collection(s: &openapiv3::Schema) -> bool {
    use openapiv3::{SchemaKind, Type};
    !s.schema_data.nullable
        && match &s.schema_kind {
            SchemaKind::Type(Type::Array(_)) => true,
            SchemaKind::Type(Type::Object(o)) => o.properties.is_empty(),
            _ => false,
        }
}

fn nullable_optional_collections(s: &mut openapiv3::Schema) {
    use openapiv3::{AdditionalProperties, SchemaKind, Type};
    match &mut s.schema_kind {
        SchemaKind::Type(Type::Object(o)) => {
            for (name, p) in o.properties.iter_mut() {
                if let ReferenceOr::Item(p) = p {
                    if !o.required.contains(name) && is_plain_collection(p) {
                        p.schema_data.nullable = true;
                    }
                    nullable_optional_collections(p);
                }
            }
            if let Some(AdditionalProperties::Schema(a)) = &mut o.additional_properties
                && let ReferenceOr::Item(a) = a.as_mut()
            {
                nullable_optional_collections(a);
            }
        }
        SchemaKind::Type(Type::Array(a)) => {
            if let Some(ReferenceOr::Item(items)) = &mut a.items {
                nullable_optional_collections(items);
            }
        }
        SchemaKind::AllOf { all_of: v }
        | SchemaKind::OneOf { one_of: v }
        | SchemaKind::AnyOf { any_of: v } => {
            for x in v {
                if let ReferenceOr::Item(x) = x {
                    nullable_optional_collections(x);
                }
            }
        }
        _ => {}
    }
}
