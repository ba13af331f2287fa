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
