//! The only place progenitor is configured.
//!
//! Every vendor client is produced by one pipeline, called from two places
//! that therefore cannot disagree:
//!
//! * each vendor crate's `build.rs`, with its default `codegen` feature,
//!   calls [`build_script`] (codegen is an optional build-dependency), which
//!   renders into `OUT_DIR` for the crate to `include!`;
//! * `cargo xtask codegen` calls [`render`] and writes the same text to the
//!   committed review snapshot `crates/<vendor>/generated/<vendor>.rs`
//!   (`--check` compares instead of writing).
//!
//! The pipeline is [`load`] (YAML → OpenAPI 3.0.x), [`validate`] (every
//! construct progenitor 0.15.1 cannot take is refused with a message naming
//! the spec file and the operationId), [`normalise`] (only what does not lie
//! about the wire: `+json` response media types are JSON for decoding) and
//! [`render`] (progenitor under `catch_unwind`, then the resource layer of
//! `resources.rs` and the `x-pagination` streams of `pagination.rs` above
//! progenitor's client, prettyplease, a preamble that names the regeneration
//! command, LF line endings).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use openapiv3::{
    OpenAPI, Operation, Parameter, ParameterSchemaOrContent, PathItem, QueryStyle, ReferenceOr,
    RequestBody, Response, Schema, SchemaKind, StatusCode, Type,
};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use quote::quote;

mod names;
mod pagination;
mod resources;
mod schemas;
mod tidy;

pub use resources::{method_name, resource_names};

/// The vendors of the workspace at `root`, discovered, not listed: every
/// `specs/<vendor>.yaml` that has a crate `crates/<vendor>` (package
/// `<vendor>-client`, snapshot `crates/<vendor>/generated/<vendor>.rs`),
/// sorted by name.
pub fn vendors(root: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(root.join("specs")) else {
        return Vec::new();
    };
    let mut out: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let vendor = name.strip_suffix(".yaml")?.to_string();
            root.join("crates")
                .join(&vendor)
                .join("Cargo.toml")
                .is_file()
                .then_some(vendor)
        })
        .collect();
    out.sort();
    out
}

/// The progenitor version the output is generated with (pinned in the
/// workspace manifest together with progenitor-client).
pub const PROGENITOR_VERSION: &str = "0.15.1";

/// One problem found in a spec, naming the spec file and, where there is one,
/// the operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The spec file, as given to [`load`] (relative to the workspace root
    /// when it comes from [`spec_path`]).
    pub spec: String,
    /// The operationId (or `METHOD /path` when the operation has none).
    pub operation: Option<String>,
    /// What is wrong, and what to do about it.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.operation {
            Some(op) => write!(f, "{}: operation `{}`: {}", self.spec, op, self.message),
            None => write!(f, "{}: {}", self.spec, self.message),
        }
    }
}

/// Why a spec could not be turned into a client: every diagnostic found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodegenError {
    /// All problems, in spec order.
    pub diagnostics: Vec<Diagnostic>,
}

impl CodegenError {
    fn one(spec: &str, operation: Option<String>, message: impl Into<String>) -> Self {
        CodegenError {
            diagnostics: vec![Diagnostic {
                spec: spec.to_string(),
                operation,
                message: message.into(),
            }],
        }
    }
}

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CodegenError {}

/// A spec that parsed as OpenAPI 3.0.x.
#[derive(Debug, Clone)]
pub struct Spec {
    /// The file name used in diagnostics.
    pub name: String,
    /// The parsed document.
    pub openapi: OpenAPI,
}

/// The workspace root, found from this crate's own location.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("crates/codegen sits two levels below the workspace root")
        .to_path_buf()
}

/// `specs/<vendor>.yaml` below `root`.
pub fn spec_path(root: &Path, vendor: &str) -> PathBuf {
    root.join("specs").join(format!("{vendor}.yaml"))
}

/// `crates/<vendor>/generated/<vendor>.rs` below `root`.
pub fn snapshot_path(root: &Path, vendor: &str) -> PathBuf {
    root.join("crates")
        .join(vendor)
        .join("generated")
        .join(format!("{vendor}.rs"))
}

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

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn operations(item: &PathItem) -> impl Iterator<Item = (&'static str, &Operation)> {
    [
        &item.get,
        &item.put,
        &item.post,
        &item.delete,
        &item.options,
        &item.head,
        &item.patch,
        &item.trace,
    ]
    .into_iter()
    .zip(METHODS)
    .filter_map(|(op, m)| op.as_ref().map(|op| (m, op)))
}

fn operations_mut(item: &mut PathItem) -> impl Iterator<Item = &mut Operation> {
    [
        &mut item.get,
        &mut item.put,
        &mut item.post,
        &mut item.delete,
        &mut item.options,
        &mut item.head,
        &mut item.patch,
        &mut item.trace,
    ]
    .into_iter()
    .filter_map(|op| op.as_mut())
}

/// How a media type is decoded by the generated client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MediaKind {
    /// `application/json` (with parameters): typed.
    Json,
    /// `application/<x>+json`: JSON on the wire, typed after [`normalise`].
    SuffixJson,
    /// Anything else: a byte stream.
    Raw,
}

fn media_kind(media_type: &str) -> MediaKind {
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

/// Request body media types progenitor 0.15.1 can send.
const REQUEST_MEDIA_TYPES: &[&str] = &[
    "application/json",
    "application/octet-stream",
    "application/x-www-form-urlencoded",
    "text/plain",
    "text/x-markdown",
];

fn resolve<'a, T>(
    spec: &'a OpenAPI,
    r: &'a ReferenceOr<T>,
    section: &str,
    pick: impl Fn(&'a openapiv3::Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
) -> Result<&'a T, String> {
    let mut cur = r;
    for _ in 0..16 {
        match cur {
            ReferenceOr::Item(item) => return Ok(item),
            ReferenceOr::Reference { reference } => {
                let prefix = format!("#/components/{section}/");
                let name = reference.strip_prefix(&prefix).ok_or_else(|| {
                    format!("`$ref: {reference}` must point into #/components/{section}")
                })?;
                cur = spec
                    .components
                    .as_ref()
                    .and_then(|c| pick(c).get(name))
                    .ok_or_else(|| format!("`$ref: {reference}` does not resolve"))?;
            }
        }
    }
    Err(format!(
        "reference chain in #/components/{section} is too long or circular"
    ))
}

fn schema_identity(spec: &OpenAPI, s: &ReferenceOr<Schema>) -> String {
    match s {
        ReferenceOr::Reference { reference } => reference.clone(),
        ReferenceOr::Item(schema) => {
            // An inline array of a referenced schema is the same Rust type
            // wherever it appears (`Vec<T>`); any other inline schema gets a
            // type of its own per response.
            if let SchemaKind::Type(Type::Array(a)) = &schema.schema_kind
                && let Some(ReferenceOr::Reference { reference }) = &a.items
            {
                return format!("[{reference}]");
            }
            let _ = spec;
            format!(
                "inline:{}",
                serde_json::to_string(schema).unwrap_or_default()
            )
        }
    }
}

/// What a response decodes into: nothing, a typed schema, or bytes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum ResponseShape {
    Empty,
    Typed(String),
    Raw,
}

impl fmt::Display for ResponseShape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseShape::Empty => f.write_str("no body"),
            ResponseShape::Typed(id) if id.starts_with("inline:") => {
                f.write_str("an inline schema")
            }
            ResponseShape::Typed(id) => f.write_str(id),
            ResponseShape::Raw => f.write_str("an untyped body"),
        }
    }
}

/// Checks a spec against everything progenitor 0.15.1 cannot take, so that a
/// panic inside the generator never reaches the user. Returns every problem
/// found, each naming the spec file and the operationId.
pub fn validate(spec: &Spec) -> Result<(), CodegenError> {
    let mut diags = Vec::new();
    let doc = &spec.openapi;
    let mut push = |operation: Option<String>, message: String| {
        diags.push(Diagnostic {
            spec: spec.name.clone(),
            operation,
            message,
        })
    };
    if doc.paths.paths.is_empty() {
        push(None, "the spec has no paths".into());
    }
    let mut checks = schemas::SchemaChecks::new(doc);
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    let mut snake_ids: BTreeMap<String, String> = BTreeMap::new();
    for (path, item) in doc.paths.iter() {
        let item = match item {
            ReferenceOr::Item(item) => item,
            ReferenceOr::Reference { reference } => {
                push(
                    None,
                    format!(
                        "path `{path}` is a `$ref` ({reference}); progenitor needs path items inline"
                    ),
                );
                continue;
            }
        };
        let template_vars = match path_template(path) {
            Ok(vars) => vars,
            Err(e) => {
                push(None, format!("path `{path}`: {e}"));
                continue;
            }
        };
        if item.extensions.contains_key("x-dropshot-websocket") {
            push(
                None,
                format!(
                    "path `{path}`: `x-dropshot-websocket` is not supported here (see the operation)"
                ),
            );
        }
        for (method, op) in operations(item) {
            let where_ = format!("{} {path}", method.to_uppercase());
            let Some(id) = op.operation_id.clone() else {
                push(
                    Some(where_.clone()),
                    "has no operationId; every operation needs a unique one (it names the Rust method)".into(),
                );
                continue;
            };
            if let Some(prev) = ids.insert(id.clone(), where_.clone()) {
                push(
                    Some(id.clone()),
                    format!(
                        "operationId is used twice: by {prev} and by {where_}; make them unique"
                    ),
                );
            }
            // Each operation is a method; a Dropshot-paginated one also gets
            // `<method>_stream`.
            let snake = names::progenitor(&id, names::Case::Snake);
            let mut methods = vec![(snake.clone(), format!("`{id}`"))];
            if op.extensions.contains_key("x-dropshot-pagination") {
                methods.push((
                    format!("{snake}_stream"),
                    format!("the pagination stream of `{id}`"),
                ));
            }
            for (method, what) in methods {
                if let Some(prev) = snake_ids.insert(method.clone(), what.clone())
                    && prev != what
                {
                    push(
                        Some(id.clone()),
                        format!(
                            "{} becomes the Rust method `{method}`, as {prev} does, which does not compile: \
                             rename one of them",
                            if what.starts_with('`') {
                                "operationId"
                            } else {
                                "its pagination stream"
                            }
                        ),
                    );
                }
            }
            let op_name = Some(id.clone());
            if op.extensions.contains_key("x-dropshot-websocket") {
                push(
                    op_name.clone(),
                    "uses `x-dropshot-websocket`: progenitor would generate a websocket upgrade that needs the \
                     `base64` and `rand` crates and bypasses the shared transport; describe the endpoint without it"
                        .into(),
                );
            }

            // Parameters: an operation-level parameter overrides the
            // path-level one with the same name and location.
            let mut params: Vec<&Parameter> = Vec::new();
            for p in item.parameters.iter().chain(op.parameters.iter()) {
                let p = match resolve(doc, p, "parameters", |c| &c.parameters) {
                    Ok(p) => p,
                    Err(e) => {
                        push(op_name.clone(), format!("parameter: {e}"));
                        continue;
                    }
                };
                let key = |p: &Parameter| (p.parameter_data_ref().name.clone(), param_location(p));
                params.retain(|q| key(q) != key(p));
                params.push(p);
            }
            let mut path_params = BTreeSet::new();
            let mut by_name: BTreeMap<&str, &str> = BTreeMap::new();
            let mut by_arg: BTreeMap<String, String> = BTreeMap::new();
            if op.request_body.is_some() {
                by_arg.insert("body".into(), "the request body".into());
            }
            for p in &params {
                let data = p.parameter_data_ref();
                let location = param_location(p);
                if let Some(other) = by_name.insert(&data.name, location) {
                    push(
                        op_name.clone(),
                        format!(
                            "parameter `{}` is declared both in {other} and in {location}; progenitor keys parameters \
                             by name only and would drop one (or panic): rename one of them",
                            data.name
                        ),
                    );
                    continue;
                }
                let arg = names::progenitor(&data.name, names::Case::Snake);
                let this = format!("{location} parameter `{}`", data.name);
                if let Some(other) = by_arg.insert(arg.clone(), this.clone()) {
                    push(
                        op_name.clone(),
                        format!(
                            "{other} and {this} both become the Rust argument `{arg}`, which does not compile: \
                             rename one of them"
                        ),
                    );
                }
                if arg == "header_map"
                    && matches!(p, Parameter::Query { .. } | Parameter::Header { .. })
                {
                    push(
                        op_name.clone(),
                        format!(
                            "{this} becomes the Rust argument `header_map`, which the generated method shadows \
                             with its own local; rename it"
                        ),
                    );
                }
                match p {
                    Parameter::Cookie { .. } => push(
                        op_name.clone(),
                        format!(
                            "cookie parameter `{}` is not supported by progenitor: drop it (set the cookie through \
                             the runtime's default headers if it is needed)",
                            data.name
                        ),
                    ),
                    Parameter::Query { style, .. } => {
                        match style {
                            QueryStyle::Form => {}
                            QueryStyle::DeepObject => push(
                                op_name.clone(),
                                format!(
                                    "query parameter `{}` uses `style: deepObject`, which progenitor refuses: \
                                     describe each `{0}[key]` as a parameter of its own",
                                    data.name
                                ),
                            ),
                            other => push(
                                op_name.clone(),
                                format!(
                                    "query parameter `{}` uses `style: {}`, which progenitor refuses: use the \
                                     default `style: form` or a comma-separated string",
                                    data.name,
                                    query_style_name(other)
                                ),
                            ),
                        }
                        if data.explode == Some(false) && param_is_array(doc, &data.format) {
                            push(
                                op_name.clone(),
                                format!(
                                    "query parameter `{}` is an array with `explode: false`; progenitor ignores it and would send `{0}=a&{0}=b`: \
                                     model it as a comma-separated string instead",
                                    data.name
                                ),
                            );
                        }
                    }
                    Parameter::Path { style, .. } => {
                        path_params.insert(data.name.clone());
                        if !data.required {
                            push(
                                op_name.clone(),
                                format!(
                                    "path parameter `{}` is not `required: true`; OpenAPI requires it and progenitor \
                                     panics without it",
                                    data.name
                                ),
                            );
                        }
                        if !matches!(style, openapiv3::PathStyle::Simple) {
                            push(
                                op_name.clone(),
                                format!(
                                    "path parameter `{}` uses a `style` other than `simple`, which progenitor refuses",
                                    data.name
                                ),
                            );
                        }
                    }
                    Parameter::Header { .. } => {}
                }
                match &data.format {
                    ParameterSchemaOrContent::Content(_) => push(
                        op_name.clone(),
                        format!(
                            "parameter `{}` uses `content`; write it with `schema`",
                            data.name
                        ),
                    ),
                    ParameterSchemaOrContent::Schema(s) => {
                        if matches!(p, Parameter::Path { .. } | Parameter::Header { .. })
                            && let Some(kind) = param_container(doc, s)
                        {
                            push(
                                op_name.clone(),
                                format!(
                                    "{this} is {kind}; the generated code formats path and header values with \
                                     `to_string()`, which {kind} does not have, so the client would not compile: \
                                     use a string (comma-separated if need be)"
                                ),
                            );
                        }
                        if !matches!(p, Parameter::Cookie { .. }) {
                            checks.schema(
                                Some(&id),
                                &format!("parameter `{}`", data.name),
                                s.into(),
                                schemas::Naming::Suggested(names::progenitor(
                                    &format!("{id}-{}", data.name),
                                    names::Case::Pascal,
                                )),
                            );
                        }
                    }
                }
            }
            for v in &template_vars {
                if !path_params.contains(v) {
                    push(
                        op_name.clone(),
                        format!(
                            "path `{path}` has `{{{v}}}` but no path parameter named `{v}`: declare it"
                        ),
                    );
                }
            }
            for v in &path_params {
                if !template_vars.contains(v) {
                    push(
                        op_name.clone(),
                        format!(
                            "path parameter `{v}` does not appear in `{path}` (the generated method would take it and never \
                             send it): drop it or add `{{{v}}}` to the path"
                        ),
                    );
                }
            }

            // Request body: one media type, from the list progenitor can send,
            // with the schema progenitor expects for it.
            if let Some(body) = &op.request_body {
                match resolve(doc, body, "requestBodies", |c| &c.request_bodies) {
                    Err(e) => push(op_name.clone(), format!("request body: {e}")),
                    Ok(RequestBody { content, .. }) => {
                        if content.len() != 1 {
                            push(
                                op_name.clone(),
                                format!(
                                    "the request body has {} media types ({}); progenitor takes exactly one",
                                    content.len(),
                                    content.keys().cloned().collect::<Vec<_>>().join(", ")
                                ),
                            );
                        }
                        for (mt, media) in content {
                            match request_body_problem(doc, mt, media) {
                                Some(problem) => push(op_name.clone(), problem),
                                None => {
                                    if let Some(s) = &media.schema
                                        && matches!(
                                            request_essence(mt),
                                            "application/json"
                                                | "application/x-www-form-urlencoded"
                                        )
                                    {
                                        checks.schema(
                                            Some(&id),
                                            &format!("request body `{mt}` schema"),
                                            s.into(),
                                            schemas::Naming::Suggested(names::progenitor(
                                                &format!("{id}-body"),
                                                names::Case::Pascal,
                                            )),
                                        );
                                    }
                                }
                            }
                        }
                    }
                }
            }

            // Responses: one success shape, one error shape, no default next to a 2xx.
            let mut success: BTreeMap<ResponseShape, Vec<String>> = BTreeMap::new();
            let mut errors: BTreeMap<ResponseShape, Vec<String>> = BTreeMap::new();
            if op.responses.responses.is_empty() && op.responses.default.is_none() {
                push(op_name.clone(), "declares no responses".into());
            }
            let all = op
                .responses
                .default
                .iter()
                .map(|r| (None, r))
                .chain(op.responses.responses.iter().map(|(c, r)| (Some(c), r)));
            for (code, resp) in all {
                let label = match code {
                    None => "default".to_string(),
                    Some(StatusCode::Code(c)) => c.to_string(),
                    Some(StatusCode::Range(r)) => format!("{r}XX"),
                };
                // `default` is both a success and an error to progenitor.
                let is_success = match code {
                    None => true,
                    Some(StatusCode::Code(c)) => (200..300).contains(c),
                    Some(StatusCode::Range(r)) => *r == 2,
                };
                let is_error = match code {
                    None => true,
                    Some(StatusCode::Code(c)) => (400..600).contains(c),
                    Some(StatusCode::Range(r)) => *r == 4 || *r == 5,
                };
                let resp = match resolve(doc, resp, "responses", |c| &c.responses) {
                    Ok(r) => r,
                    Err(e) => {
                        push(op_name.clone(), format!("response {label}: {e}"));
                        continue;
                    }
                };
                let shape = match response_shape(doc, resp) {
                    Ok(s) => s,
                    Err(e) => {
                        push(op_name.clone(), format!("response {label}: {e}"));
                        continue;
                    }
                };
                if let ResponseShape::Typed(_) = shape
                    && let Some((mt, media)) = resp.content.first()
                    && let Some(s) = &media.schema
                {
                    checks.schema(
                        Some(&id),
                        &format!("response {label} `{mt}` schema"),
                        s.into(),
                        schemas::Naming::Suggested(names::progenitor(
                            &format!("{id}-response"),
                            names::Case::Pascal,
                        )),
                    );
                }
                if !is_success && !is_error {
                    push(
                        op_name.clone(),
                        format!(
                            "response {label} is neither 2xx nor 4xx/5xx; progenitor cannot describe it: drop it \
                             (the client reports undeclared statuses as `Error::UnexpectedResponse`)"
                        ),
                    );
                }
                if is_success && code.is_some() {
                    success
                        .entry(shape.clone())
                        .or_default()
                        .push(label.clone());
                }
                if is_error {
                    errors.entry(shape).or_default().push(label);
                }
            }
            if op.responses.default.is_some() && !success.is_empty() {
                push(
                    op_name.clone(),
                    "has a `default` response next to a 2xx response; progenitor 0.15.1 counts `default` as a second \
                     success type and panics. Declare the error statuses explicitly instead"
                        .into(),
                );
            }
            if success.len() > 1 {
                push(
                    op_name.clone(),
                    format!(
                        "has {} different 2xx response shapes ({}); progenitor 0.15.1 supports exactly one success type per \
                         operation (several 2xx codes may share one `$ref`)",
                        success.len(),
                        describe_shapes(&success)
                    ),
                );
            }
            if errors.len() > 1 {
                push(
                    op_name.clone(),
                    format!(
                        "has {} different error response shapes ({}); progenitor 0.15.1 supports exactly one error type per \
                         operation: give every 4xx/5xx response the same `$ref` schema and a body",
                        errors.len(),
                        describe_shapes(&errors)
                    ),
                );
            }
        }
    }
    for (operation, message) in checks.problems {
        push(operation, message);
    }
    if diags.is_empty() {
        Ok(())
    } else {
        Err(CodegenError { diagnostics: diags })
    }
}

/// `x-rust-type` may only name a type of the vendor's own client crate, in
/// the form typify honours: anything else is silently replaced by a
/// generated type (another crate, a missing or invalid `version`, malformed
/// `parameters`) or makes typify panic (a `path` that is not a Rust path).
/// Checked wherever the extension appears, inline schemas included.
pub fn validate_rust_types(vendor: &str, spec: &Spec) -> Result<(), CodegenError> {
    let own = format!("{vendor}-client");
    let ident = own.replace('-', "_");
    let mut found = Vec::new();
    fn walk(
        v: &serde_json::Value,
        at: &mut Vec<String>,
        found: &mut Vec<(String, serde_json::Value)>,
    ) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    if k == "x-rust-type" {
                        found.push((at.join("."), v.clone()));
                    } else {
                        at.push(k.clone());
                        walk(v, at, found);
                        at.pop();
                    }
                }
            }
            serde_json::Value::Array(a) => {
                for (i, v) in a.iter().enumerate() {
                    at.push(i.to_string());
                    walk(v, at, found);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    walk(
        &serde_json::to_value(&spec.openapi).unwrap_or_default(),
        &mut Vec::new(),
        &mut found,
    );
    let mut diags = Vec::new();
    for (at, ext) in found {
        let krate = ext.get("crate").and_then(|v| v.as_str()).unwrap_or("");
        let path = ext.get("path").and_then(|v| v.as_str()).unwrap_or("");
        let version = ext.get("version").and_then(|v| v.as_str());
        let problem = if krate != own || !path.starts_with(&format!("{ident}::")) {
            Some(format!(
                "must name a type of this vendor's crate (`crate: {own}`, `path: {ident}::…`), found crate \
                 `{krate}`, path `{path}`"
            ))
        } else if syn::parse_str::<syn::TypePath>(&format!("::{path}")).is_err() {
            Some(format!(
                "`path: {path}` is not a Rust type path (typify 0.8 panics on it)"
            ))
        } else if version != Some("*") {
            Some(
                "needs `version: \"*\"`; without a valid version typify silently generates its own type instead"
                    .to_string(),
            )
        } else if ext.get("parameters").is_some_and(|p| !p.is_array()) {
            Some(
                "`parameters` must be a list of schemas; otherwise typify silently generates its own type instead"
                    .to_string(),
            )
        } else {
            None
        };
        if let Some(problem) = problem {
            diags.push(Diagnostic {
                spec: spec.name.clone(),
                operation: None,
                message: format!("{at}: `x-rust-type` {problem}"),
            });
        }
    }
    if diags.is_empty() {
        Ok(())
    } else {
        Err(CodegenError { diagnostics: diags })
    }
}

fn describe_shapes(m: &BTreeMap<ResponseShape, Vec<String>>) -> String {
    m.iter()
        .map(|(shape, codes)| format!("{} → {shape}", codes.join("/")))
        .collect::<Vec<_>>()
        .join("; ")
}

fn response_shape(doc: &OpenAPI, resp: &Response) -> Result<ResponseShape, String> {
    if resp.content.is_empty() {
        return Ok(ResponseShape::Empty);
    }
    if resp.content.len() > 1 {
        return Err(format!(
            "has {} media types ({}); declare exactly one",
            resp.content.len(),
            resp.content.keys().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    let (mt, media) = resp.content.first().expect("length checked above");
    match media_kind(mt) {
        MediaKind::Raw => Ok(ResponseShape::Raw),
        MediaKind::Json | MediaKind::SuffixJson if !media.encoding.is_empty() => Err(format!(
            "media type `{mt}` has an `encoding` map, which progenitor 0.15.1 panics on: drop it"
        )),
        MediaKind::Json | MediaKind::SuffixJson => match &media.schema {
            None => Err(format!(
                "media type `{mt}` has no schema (progenitor panics on that): add one, or declare no \
                 content if the body is to be ignored"
            )),
            Some(s) => {
                if let ReferenceOr::Reference { reference } = s {
                    let name =
                        reference
                            .strip_prefix("#/components/schemas/")
                            .ok_or_else(|| {
                                format!("`$ref: {reference}` must point into #/components/schemas")
                            })?;
                    let exists = doc
                        .components
                        .as_ref()
                        .is_some_and(|c| c.schemas.contains_key(name));
                    if !exists {
                        return Err(format!("`$ref: {reference}` does not resolve"));
                    }
                }
                Ok(ResponseShape::Typed(schema_identity(doc, s)))
            }
        },
    }
}

fn param_is_array(doc: &OpenAPI, format: &ParameterSchemaOrContent) -> bool {
    let ParameterSchemaOrContent::Schema(s) = format else {
        return false;
    };
    let schema = match s {
        ReferenceOr::Item(s) => Some(s),
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/schemas/")
            .and_then(|n| doc.components.as_ref()?.schemas.get(n))
            .and_then(|s| s.as_item()),
    };
    matches!(
        schema.map(|s| &s.schema_kind),
        Some(SchemaKind::Type(Type::Array(_)))
    )
}

/// The template variables of a path, checked the way progenitor's path
/// parser reads it (it refuses what is refused here).
fn path_template(path: &str) -> Result<BTreeSet<String>, String> {
    if !path.starts_with('/') {
        return Err("must start with `/`".into());
    }
    let mut out = BTreeSet::new();
    let mut rest = path;
    while let Some(start) = rest.find(['{', '}']) {
        if rest[start..].starts_with('}') {
            return Err("has a `}` without a `{`".into());
        }
        let after = &rest[start + 1..];
        let end = after
            .find('}')
            .ok_or_else(|| "has a `{` without a closing `}`".to_string())?;
        let name = &after[..end];
        if name.is_empty() || name.contains(['/', '{']) {
            return Err(format!("has an invalid template variable `{{{name}}}`"));
        }
        out.insert(name.to_string());
        rest = &after[end + 1..];
    }
    Ok(out)
}

fn param_location(p: &Parameter) -> &'static str {
    match p {
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Path { .. } => "path",
        Parameter::Cookie { .. } => "cookie",
    }
}

fn query_style_name(style: &QueryStyle) -> &'static str {
    match style {
        QueryStyle::Form => "form",
        QueryStyle::SpaceDelimited => "spaceDelimited",
        QueryStyle::PipeDelimited => "pipeDelimited",
        QueryStyle::DeepObject => "deepObject",
    }
}

/// `Some("an array")` / `Some("an object")` when a parameter schema is one.
fn param_container(doc: &OpenAPI, s: &ReferenceOr<Schema>) -> Option<&'static str> {
    let schema = match s {
        ReferenceOr::Item(s) => s,
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/schemas/")
            .and_then(|n| doc.components.as_ref()?.schemas.get(n))
            .and_then(|s| s.as_item())?,
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::Array(_)) => Some("an array"),
        SchemaKind::Type(Type::Object(_)) => Some("an object"),
        SchemaKind::Any(any) if any.typ.as_deref() == Some("array") || any.items.is_some() => {
            Some("an array")
        }
        SchemaKind::Any(any)
            if any.typ.as_deref() == Some("object") || !any.properties.is_empty() =>
        {
            Some("an object")
        }
        _ => None,
    }
}

/// A request media type as progenitor reads it: everything before `;`,
/// compared case-sensitively.
fn request_essence(mt: &str) -> &str {
    mt.split(';').next().unwrap_or("")
}

/// What progenitor would refuse (or panic on) in one request body media
/// type, if anything.
fn request_body_problem(doc: &OpenAPI, mt: &str, media: &openapiv3::MediaType) -> Option<String> {
    let essence = request_essence(mt);
    if !REQUEST_MEDIA_TYPES.contains(&essence) {
        return Some(format!(
            "request body media type `{mt}` cannot be sent by progenitor (it can send {}): declare \
             `application/json` if the server accepts it, otherwise leave the operation out of the spec and \
             hand-write it",
            REQUEST_MEDIA_TYPES.join(", ")
        ));
    }
    let Some(schema) = &media.schema else {
        return Some(format!(
            "request body `{mt}` has no schema; progenitor needs one"
        ));
    };
    if !media.encoding.is_empty()
        && matches!(
            essence,
            "application/json" | "application/x-www-form-urlencoded"
        )
    {
        return Some(format!(
            "request body `{mt}` has an `encoding` map, which progenitor 0.15.1 panics on: drop it"
        ));
    }
    let schema = match schema {
        ReferenceOr::Item(s) => s,
        ReferenceOr::Reference { reference } => {
            match reference
                .strip_prefix("#/components/schemas/")
                .and_then(|n| doc.components.as_ref()?.schemas.get(n))
            {
                Some(ReferenceOr::Item(s)) => s,
                // Reported by the schema checks (or an alias progenitor
                // cannot see through either).
                _ if matches!(
                    essence,
                    "application/json" | "application/x-www-form-urlencoded"
                ) =>
                {
                    return None;
                }
                _ => {
                    return Some(format!(
                        "request body `{mt}` schema `$ref: {reference}` must point directly at a `type: string` schema"
                    ));
                }
            }
        }
    };
    let wanted_format = match essence {
        "application/octet-stream" => "binary",
        "text/plain" | "text/x-markdown" => "",
        _ => return None,
    };
    let plain = !schema.schema_data.nullable
        && schema.schema_data.discriminator.is_none()
        && schema.schema_data.default.is_none();
    let ok = plain
        && match &schema.schema_kind {
            SchemaKind::Type(Type::String(st)) => {
                let format_ok = match wanted_format {
                    "binary" => matches!(
                        st.format,
                        openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary)
                    ),
                    _ => matches!(st.format, openapiv3::VariantOrUnknownOrEmpty::Empty),
                };
                format_ok
                    && st.pattern.is_none()
                    && st.min_length.is_none()
                    && st.max_length.is_none()
                    && st.enumeration.is_empty()
            }
            _ => false,
        };
    if ok {
        None
    } else if wanted_format == "binary" {
        Some(format!(
            "request body `{mt}` must have exactly the schema `{{type: string, format: binary}}` (no \
             nullable/default/pattern/length/enum); progenitor refuses anything else"
        ))
    } else {
        Some(format!(
            "request body `{mt}` must have exactly the schema `{{type: string}}` (no format, \
             nullable/default/pattern/length/enum); progenitor refuses anything else"
        ))
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

fn settings(vendor: &str) -> GenerationSettings {
    let mut s = GenerationSettings::default();
    // A schema may name a hand-written type of its own client crate with
    // `x-rust-type: {crate: <vendor>-client, version: "*", path:
    // <vendor>_client::Type}` (the crate declares `extern crate self as
    // <vendor>_client;`). No other crate is allowed: see `validate_rust_types`.
    s.with_crate(format!("{vendor}-client"), progenitor::CrateVers::Any, None);
    s.with_interface(InterfaceStyle::Positional)
        .with_tag(TagStyle::Merged)
        .with_inner_type(quote!(::client_runtime::Transport))
        .with_hooks(HooksMode::Expected)
        .with_timeout(30);
    s
}

/// The hand-off from every generated operation to the shared runtime:
/// retries, timeouts, size caps, authentication and tracing all happen in
/// `client_runtime::Transport::execute`, so no operation needs code of its own.
fn hooks_impl(accept: &str) -> proc_macro2::TokenStream {
    quote! {
        /// Every generated operation sends its request through the shared
        /// runtime ([`client_runtime::Transport::execute`]).
        impl ClientHooks<::client_runtime::Transport> for Client {
            async fn pre<E>(
                &self,
                request: &mut reqwest::Request,
                info: &OperationInfo,
            ) -> std::result::Result<(), Error<E>> {
                self.inner
                    .preflight(request, info.operation_id)
                    .map_err(Error::InvalidRequest)
            }

            async fn exec(
                &self,
                request: reqwest::Request,
                info: &OperationInfo,
            ) -> reqwest::Result<reqwest::Response> {
                self.inner.execute(&self.client, request, info.operation_id, ACCEPT).await
            }
        }

        /// The `Accept` header every operation sends: JSON, plus each
        /// `+json` media type the spec declares for its responses.
        pub const ACCEPT: &str = #accept;
    }
}

fn generate(vendor: &str, spec: &Spec) -> Result<proc_macro2::TokenStream, String> {
    let mut generator = Generator::new(&settings(vendor));
    generator
        .generate_tokens(&spec.openapi)
        .map_err(|e| e.to_string())
}

thread_local! {
    /// How many [`catch`] calls are active on this thread.
    static CATCHING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Runs `f`, turning a panic into an error carrying the panic message.
///
/// The panic hook is silenced for panics on this thread while `f` runs, and
/// only for those: the hook is wrapped once per process (a panic elsewhere,
/// such as in another test thread, is still reported), so concurrent calls
/// cannot restore each other's hook.
fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static WRAP_HOOK: std::sync::Once = std::sync::Once::new();
    WRAP_HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if CATCHING.with(|c| c.get()) == 0 {
                previous(info);
            }
        }));
    });
    CATCHING.with(|c| c.set(c.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    CATCHING.with(|c| c.set(c.get() - 1));
    result.map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown panic".to_string())
    })
}

/// What progenitor failed on, found by generating parts of the spec alone.
#[derive(Debug, Default)]
struct Culprits {
    /// Component schemas that fail with only the schemas they reference.
    schemas: Vec<String>,
    /// Operations that fail alone (with all components).
    operations: Vec<String>,
}

/// The component schemas `name` references, directly or not, and itself.
fn schema_closure(spec: &Spec, name: &str) -> BTreeSet<String> {
    fn refs(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    match (k.as_str(), v) {
                        ("$ref", serde_json::Value::String(r)) => {
                            if let Some(n) = r.strip_prefix("#/components/schemas/") {
                                out.push(n.to_string());
                            }
                        }
                        _ => refs(v, out),
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let schemas = spec.openapi.components.as_ref().map(|c| &c.schemas);
    let mut seen = BTreeSet::new();
    let mut todo = vec![name.to_string()];
    while let Some(n) = todo.pop() {
        let Some(schema) = schemas.and_then(|s| s.get(&n)) else {
            continue;
        };
        if !seen.insert(n) {
            continue;
        }
        let mut found = Vec::new();
        refs(
            &serde_json::to_value(schema).unwrap_or_default(),
            &mut found,
        );
        todo.extend(found);
    }
    seen
}

/// When progenitor fails on the whole spec, find what it fails on: first the
/// component schemas without any operation (each one with what it
/// references, keeping those whose references do not fail alone), then, if
/// the schemas are fine, each operation alone.
fn blame(vendor: &str, spec: &Spec) -> Culprits {
    let fails = |s: &Spec| !matches!(catch(|| generate(vendor, s)), Ok(Ok(_)));
    let mut culprits = Culprits::default();
    let mut no_paths = spec.clone();
    no_paths.openapi.paths.paths.clear();
    if fails(&no_paths) {
        let keys: Vec<String> = spec
            .openapi
            .components
            .iter()
            .flat_map(|c| c.schemas.keys().cloned())
            .collect();
        let mut failing = BTreeMap::new();
        for key in &keys {
            let closure = schema_closure(spec, key);
            let mut alone = no_paths.clone();
            if let Some(c) = alone.openapi.components.as_mut() {
                c.schemas.retain(|k, _| closure.contains(k));
            }
            if fails(&alone) {
                failing.insert(key.clone(), closure);
            }
        }
        culprits.schemas = failing
            .iter()
            .filter(|(key, closure)| {
                !closure
                    .iter()
                    .any(|other| other != *key && failing.contains_key(other))
            })
            .map(|(key, _)| key.clone())
            .collect();
        return culprits;
    }
    for (path, item) in spec.openapi.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, op) in operations(item) {
            let mut single = spec.clone();
            let mut only = PathItem {
                parameters: item.parameters.clone(),
                ..Default::default()
            };
            let slot = match method {
                "get" => &mut only.get,
                "put" => &mut only.put,
                "post" => &mut only.post,
                "delete" => &mut only.delete,
                "options" => &mut only.options,
                "head" => &mut only.head,
                "patch" => &mut only.patch,
                _ => &mut only.trace,
            };
            *slot = Some(op.clone());
            single.openapi.paths.paths = [(path.clone(), ReferenceOr::Item(only))]
                .into_iter()
                .collect();
            if fails(&single) {
                culprits.operations.push(
                    op.operation_id
                        .clone()
                        .unwrap_or_else(|| format!("{} {path}", method.to_uppercase())),
                );
            }
        }
    }
    culprits
}

/// A generation failure as a diagnostic naming what failed.
fn failure(vendor: &str, spec: &Spec, what: String) -> CodegenError {
    let culprits = blame(vendor, spec);
    let (operation, what) = if !culprits.schemas.is_empty() {
        let list = culprits
            .schemas
            .iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ");
        (None, format!("components.schemas {list}: {what}"))
    } else if !culprits.operations.is_empty() {
        (Some(culprits.operations.join(", ")), what)
    } else {
        (None, what)
    };
    CodegenError::one(&spec.name, operation, what)
}

/// The preamble of every generated file.
pub fn preamble(vendor: &str) -> String {
    format!(
        "// @generated by progenitor {PROGENITOR_VERSION} from specs/{vendor}.yaml through crates/codegen.\n\
         // Do not edit by hand: change the spec (or crates/codegen) and run `cargo xtask codegen`.\n\
         // `cargo xtask codegen --check` fails when this file is stale.\n\n"
    )
}

/// Validates, normalises and renders a parsed spec into formatted Rust.
pub fn render_spec(vendor: &str, spec: Spec) -> Result<String, CodegenError> {
    validate(&spec)?;
    validate_rust_types(vendor, &spec)?;
    render_unvalidated(vendor, spec)
}

/// [`render_spec`] without [`validate`]: what guards against a construct
/// that validation misses. A panic inside progenitor becomes an error naming
/// the operation (or component schema) it fails on, and prints nothing.
/// Public only so that the guard itself can be tested; use [`render_spec`].
#[doc(hidden)]
pub fn render_unvalidated(vendor: &str, mut spec: Spec) -> Result<String, CodegenError> {
    let rewritten = normalise(&mut spec);
    let mut accept = vec!["application/json".to_string()];
    accept.extend(rewritten);
    let accept = accept.join(", ");

    let tokens = match catch(|| generate(vendor, &spec)) {
        Ok(Ok(tokens)) => tokens,
        Ok(Err(message)) => {
            return Err(failure(
                vendor,
                &spec,
                format!("progenitor refused the spec: {message}"),
            ));
        }
        Err(panic_message) => {
            return Err(failure(
                vendor,
                &spec,
                format!(
                    "progenitor {PROGENITOR_VERSION} panicked on this spec ({panic_message}); \
                     crates/codegen's validation should have refused it: please add a check there"
                ),
            ));
        }
    };
    let hooks = hooks_impl(&accept);
    let all = quote! { #tokens #hooks };
    let mut file: syn::File = syn::parse2(all).map_err(|e| {
        CodegenError::one(
            &spec.name,
            None,
            format!("progenitor produced code that does not parse: {e}"),
        )
    })?;
    tidy::drop_api_version(&mut file).map_err(|operations| {
        CodegenError::one(
            &spec.name,
            None,
            format!(
                "progenitor's output for {} does not append the `api-version` header in the \
                 shape crates/codegen/src/tidy.rs removes (another progenitor version?)",
                operations.join(", ")
            ),
        )
    })?;
    let layer = resources::render(&spec.openapi, &file).map_err(|problems| CodegenError {
        diagnostics: problems
            .into_iter()
            .map(|(operation, message)| Diagnostic {
                spec: spec.name.clone(),
                operation,
                message,
            })
            .collect(),
    })?;
    let layer: syn::File = syn::parse2(layer).map_err(|e| {
        CodegenError::one(
            &spec.name,
            None,
            format!("the resource layer does not parse (a crates/codegen bug): {e}"),
        )
    })?;
    file.items.extend(layer.items);
    let body = prettyplease::unparse(&file);
    let mut out = preamble(vendor);
    out.push_str(&body);
    Ok(out.replace("\r\n", "\n"))
}

/// Loads `specs/<vendor>.yaml` below `root` and renders its client.
pub fn render(root: &Path, vendor: &str) -> Result<String, CodegenError> {
    let name = format!("specs/{vendor}.yaml");
    let spec = load_file(&spec_path(root, vendor), &name)?;
    render_spec(vendor, spec)
}

/// Loads and validates `specs/<vendor>.yaml` below `root` without rendering.
pub fn check_spec(root: &Path, vendor: &str) -> Result<(), CodegenError> {
    let name = format!("specs/{vendor}.yaml");
    let spec = load_file(&spec_path(root, vendor), &name)?;
    validate(&spec)?;
    validate_rust_types(vendor, &spec)
}

/// The body of every vendor crate's `build.rs` (with its default `codegen`
/// feature): renders the crate's spec into `$OUT_DIR/<vendor>.rs`, which the
/// crate `include!`s, and tells cargo to run again when the spec changes.
///
/// The vendor is the package name less `-client` (`kaiten-client` ->
/// `kaiten`); the spec is `specs/<vendor>.yaml` of the workspace (two levels
/// above the crate). A spec that cannot be rendered stops the build with
/// every diagnostic, each naming the spec file and the operation; nothing
/// panics.
pub fn build_script() {
    let env = |k: &str| std::env::var_os(k).map(PathBuf::from);
    let (Some(manifest_dir), Some(out_dir)) = (env("CARGO_MANIFEST_DIR"), env("OUT_DIR")) else {
        eprintln!(
            "codegen::build_script must run from a build script (CARGO_MANIFEST_DIR/OUT_DIR unset)"
        );
        std::process::exit(1);
    };
    let package = std::env::var("CARGO_PKG_NAME").unwrap_or_default();
    let vendor = match package.strip_suffix("-client") {
        Some(v) if !v.is_empty() => v.to_string(),
        _ => {
            eprintln!(
                "codegen::build_script: the package `{package}` is not named `<vendor>-client`"
            );
            std::process::exit(1);
        }
    };
    let root = manifest_dir
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .unwrap_or_else(workspace_root);
    let spec = spec_path(&root, &vendor);
    println!("cargo::rerun-if-changed={}", spec.display());
    match render(&root, &vendor) {
        Ok(code) => {
            let target = out_dir.join(format!("{vendor}.rs"));
            // Write only when the text changed, so an untouched spec keeps
            // the crate's fingerprint.
            if std::fs::read_to_string(&target).ok().as_deref() != Some(code.as_str())
                && let Err(e) = std::fs::write(&target, code)
            {
                eprintln!("cannot write {}: {e}", target.display());
                std::process::exit(1);
            }
        }
        Err(e) => {
            eprintln!("error: the {vendor} client cannot be generated:\n{e}");
            std::process::exit(1);
        }
    }
}
