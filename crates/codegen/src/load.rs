//! Stage 1: spec text → [`Spec`].
//!
//! The `openapi` version and what the typed OpenAPI model would hide or
//! choke on (path keys it drops, numbers it panics on) are checked on the raw
//! YAML first; only then is the document parsed into `openapiv3`'s model.

use std::path::Path;

use openapiv3::OpenAPI;

use crate::render::catch;
use crate::{CodegenError, Diagnostic, PROGENITOR_VERSION, Spec};

/// Parses spec text. `name` is only used in diagnostics.
///
/// The `openapi` version is checked first, on the raw YAML, so that a 3.1
/// document is refused with a plain message rather than a schema parse error.
pub fn load(name: &str, text: &str) -> Result<Spec, CodegenError> {
    let raw: serde_yaml_ng::Value = serde_yaml_ng::from_str(text)
        .map_err(|e| CodegenError::one(name, None, format!("not valid YAML: {e}")))?;
    let version = match raw.get("openapi") {
        None => {
            return Err(CodegenError::one(
                name,
                None,
                "missing the `openapi: 3.0.x` version field",
            ));
        }
        Some(v) => v.as_str().ok_or_else(|| {
            CodegenError::one(
                name,
                None,
                format!(
                    "`openapi: {}` must be a version string such as `3.0.3`",
                    serde_yaml_ng::to_string(v).unwrap_or_default().trim()
                ),
            )
        })?,
    };
    if !is_supported_version(version) {
        return Err(CodegenError::one(
            name,
            None,
            format!(
                "`openapi: {version}` is not supported: progenitor {PROGENITOR_VERSION} reads OpenAPI 3.0.x only \
                 (write `openapi: 3.0.3`, with `nullable: true` instead of type arrays)"
            ),
        ));
    }
    let mut diags = Vec::new();
    raw_checks(&raw, &mut |message| {
        diags.push(Diagnostic {
            spec: name.to_string(),
            operation: None,
            message,
        })
    });
    if !diags.is_empty() {
        return Err(CodegenError { diagnostics: diags });
    }
    // openapiv3 can panic while reporting a parse error ("somehow this parsed
    // successfully the second time"); the raw checks above refuse the inputs
    // known to cause it, and `catch` keeps any other from reaching the user.
    let openapi: OpenAPI = match catch(|| serde_yaml_ng::from_str(text)) {
        Ok(Ok(openapi)) => openapi,
        Ok(Err(e)) => {
            return Err(CodegenError::one(
                name,
                None,
                format!("not a valid OpenAPI 3.0 document: {e}"),
            ));
        }
        Err(panic_message) => {
            return Err(CodegenError::one(
                name,
                None,
                format!(
                    "not a valid OpenAPI 3.0 document (the openapiv3 parser panicked: {panic_message})"
                ),
            ));
        }
    };
    Ok(Spec {
        name: name.to_string(),
        openapi,
    })
}

/// Checks on the raw YAML, for what the typed OpenAPI model would hide or
/// choke on.
fn raw_checks(raw: &serde_yaml_ng::Value, push: &mut dyn FnMut(String)) {
    // openapiv3 keeps only path keys that start with `/` and silently drops
    // the rest, operations and all.
    if let Some(paths) = raw.get("paths").and_then(|p| p.as_mapping()) {
        for key in paths.keys() {
            match key.as_str() {
                Some(k) if k.starts_with('/') || k.starts_with("x-") => {}
                Some(k) => push(format!(
                    "path `{k}` does not start with `/`; the OpenAPI parser would silently drop it and \
                     its operations: write `/{k}`"
                )),
                None => push(format!("path key {key:?} is not a string")),
            }
        }
    }
    // `.nan` and `.inf` make openapiv3 panic while parsing, and progenitor
    // panics on them too (serde_json has no non-finite numbers).
    fn non_finite(v: &serde_yaml_ng::Value, at: &mut Vec<String>, push: &mut dyn FnMut(String)) {
        match v {
            serde_yaml_ng::Value::Number(n) if n.as_f64().is_some_and(|f| !f.is_finite()) => {
                push(format!(
                    "`{}` is {n}, which JSON cannot represent (the OpenAPI parser panics on it): use a finite number \
                 or leave the bound out",
                    at.join(".")
                ))
            }
            serde_yaml_ng::Value::Sequence(seq) => {
                for (i, item) in seq.iter().enumerate() {
                    at.push(i.to_string());
                    non_finite(item, at, push);
                    at.pop();
                }
            }
            serde_yaml_ng::Value::Mapping(map) => {
                for (k, item) in map {
                    at.push(
                        k.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| format!("{k:?}")),
                    );
                    non_finite(item, at, push);
                    at.pop();
                }
            }
            serde_yaml_ng::Value::Tagged(t) => non_finite(&t.value, at, push),
            _ => {}
        }
    }
    non_finite(raw, &mut Vec::new(), push);
}

fn is_supported_version(v: &str) -> bool {
    let mut parts = v.split('.');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some("3"), Some("0"), Some(p), None) if !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())
    )
}

/// Reads and parses `path`, naming it `name` in diagnostics.
pub fn load_file(path: &Path, name: &str) -> Result<Spec, CodegenError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        CodegenError::one(name, None, format!("cannot read {}: {e}", path.display()))
    })?;
    load(name, &text)
}
