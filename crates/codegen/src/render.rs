//! Stage 4: progenitor, the resource layer and the file.
//!
//! progenitor runs under [`catch`], so a panic becomes a diagnostic; when it
//! fails, [`blame`] finds the operation or component schema it fails on by
//! generating parts of the spec alone. Its output is tidied (`tidy.rs`),
//! joined by the shared-runtime hooks and the resource layer
//! (`resources.rs`), formatted with prettyplease and given the
//! [`preamble`].

use std::collections::{BTreeMap, BTreeSet};
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;

use openapiv3::{PathItem, ReferenceOr};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use quote::quote;

use crate::load::load_file;
use crate::normalise::normalise;
use crate::validate::{validate, validate_rust_types};
use crate::{
    CodegenError, Diagnostic, PROGENITOR_VERSION, Spec, derives, operations, resources, secrets,
    spec_path, tidy,
};

/// The progenitor settings every vendor client is generated with.
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
fn hooks_impl(accept: &str, classes: &RetryClasses) -> proc_macro2::TokenStream {
    let idempotent = &classes.idempotent;
    let never = &classes.never;
    let error_kinds = classes
        .error_kinds
        .iter()
        .map(|(op, status, kind)| quote! { (#op, #status, #kind) });
    let idempotent_arm = (!idempotent.is_empty())
        .then(|| quote! { #(#idempotent)|* => ::client_runtime::RetryClass::Idempotent, });
    let never_arm =
        (!never.is_empty()).then(|| quote! { #(#never)|* => ::client_runtime::RetryClass::Never, });
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
                self.inner
                    .execute_as(
                        &self.client,
                        request,
                        info.operation_id,
                        ACCEPT,
                        retry_class(info.operation_id),
                    )
                    .await
            }
        }

        /// How each operation may be retried: its spec's `x-idempotent`
        /// (`true`: retried like a GET whatever the method; `false`: never),
        /// else by its HTTP method.
        pub fn retry_class(operation_id: &str) -> ::client_runtime::RetryClass {
            match operation_id {
                #idempotent_arm
                #never_arm
                _ => ::client_runtime::RetryClass::ByMethod,
            }
        }

        /// The `Accept` header every operation sends: JSON, plus each
        /// `+json` media type the spec declares for its responses.
        pub const ACCEPT: &str = #accept;

        /// The error responses the spec gives a kind of their own
        /// (`x-error-kinds` on the operation), as `(operationId, status,
        /// kind)`: a vendor's SDK tells these apart from other errors of the
        /// same status (Kaiten: a 409 on the usage report is
        /// `ThresholdExceeded`, not a plain conflict).
        pub const ERROR_KINDS: &[(&str, u16, &str)] = &[#(#error_kinds),*];

        /// The kind [`ERROR_KINDS`] names for this operation and status.
        pub fn error_kind(operation_id: &str, status: u16) -> Option<&'static str> {
            ERROR_KINDS
                .iter()
                .find(|(op, s, _)| *op == operation_id && *s == status)
                .map(|(_, _, kind)| *kind)
        }
    }
}

/// The operations whose spec sets `x-idempotent`, by value, and the
/// statuses `x-error-kinds` names.
#[derive(Default)]
struct RetryClasses {
    idempotent: Vec<String>,
    never: Vec<String>,
    error_kinds: Vec<(String, u16, String)>,
}

/// Reads `x-error-kinds: {"409": ThresholdExceeded}` off an operation: each
/// key a 4xx/5xx status the operation declares, each value a PascalCase
/// name. Problems are messages for the operation's diagnostic.
fn error_kinds(
    op: &openapiv3::Operation,
    v: &serde_json::Value,
) -> Result<Vec<(u16, String)>, String> {
    let map = v
        .as_object()
        .ok_or_else(|| format!("x-error-kinds must map statuses to kind names, not {v}"))?;
    let mut out = Vec::new();
    for (status, kind) in map {
        let code: u16 = status
            .parse()
            .ok()
            .filter(|c| (400..600).contains(c))
            .ok_or_else(|| format!("x-error-kinds: `{status}` is not a 4xx or 5xx status"))?;
        let declared = op
            .responses
            .responses
            .keys()
            .any(|k| matches!(k, openapiv3::StatusCode::Code(c) if *c == code));
        if !declared {
            return Err(format!(
                "x-error-kinds: status {code} is not a response this operation declares"
            ));
        }
        let name = kind.as_str().filter(|k| {
            k.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && k.chars().all(|c| c.is_ascii_alphanumeric())
        });
        match name {
            Some(name) => out.push((code, name.to_string())),
            None => {
                return Err(format!(
                    "x-error-kinds: the kind for {code} must be a PascalCase name, not {kind}"
                ));
            }
        }
    }
    Ok(out)
}

/// Reads `x-idempotent` off every operation; a value that is not a boolean
/// is a problem naming the operation.
fn retry_classes(spec: &Spec) -> Result<RetryClasses, CodegenError> {
    let mut out = RetryClasses::default();
    let mut diagnostics = Vec::new();
    for (_, item) in spec.openapi.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (_, op) in operations(item) {
            if let (Some(id), Some(v)) = (&op.operation_id, op.extensions.get("x-error-kinds")) {
                match error_kinds(op, v) {
                    Ok(kinds) => out
                        .error_kinds
                        .extend(kinds.into_iter().map(|(c, k)| (id.clone(), c, k))),
                    Err(message) => diagnostics.push(Diagnostic {
                        spec: spec.name.clone(),
                        operation: Some(id.clone()),
                        message,
                    }),
                }
            }
            let (Some(id), Some(v)) = (&op.operation_id, op.extensions.get("x-idempotent")) else {
                continue;
            };
            match v.as_bool() {
                Some(true) => out.idempotent.push(id.clone()),
                Some(false) => out.never.push(id.clone()),
                None => diagnostics.push(Diagnostic {
                    spec: spec.name.clone(),
                    operation: Some(id.clone()),
                    message: format!("x-idempotent must be true or false, not {v}"),
                }),
            }
        }
    }
    if diagnostics.is_empty() {
        Ok(out)
    } else {
        Err(CodegenError { diagnostics })
    }
}

/// progenitor's client for `spec`, as tokens (it may panic: see [`catch`]).
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
pub(crate) fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
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

/// Every `#/components/schemas/<Name>` a JSON value (a schema, a request
/// body) references directly, pushed onto `out`.
pub(crate) fn schema_refs(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                match (k.as_str(), v) {
                    ("$ref", serde_json::Value::String(r)) => {
                        if let Some(n) = r.strip_prefix("#/components/schemas/") {
                            out.push(n.to_string());
                        }
                    }
                    _ => schema_refs(v, out),
                }
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| schema_refs(v, out)),
        _ => {}
    }
}

/// The component schemas `roots` name and everything they reference,
/// directly or not (names that are not component schemas are left out).
pub(crate) fn schema_closure(spec: &Spec, roots: Vec<String>) -> BTreeSet<String> {
    let schemas = spec.openapi.components.as_ref().map(|c| &c.schemas);
    let mut seen = BTreeSet::new();
    let mut todo = roots;
    while let Some(n) = todo.pop() {
        let Some(schema) = schemas.and_then(|s| s.get(&n)) else {
            continue;
        };
        if !seen.insert(n) {
            continue;
        }
        let mut found = Vec::new();
        schema_refs(
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
            let closure = schema_closure(spec, vec![key.clone()]);
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
    crate::normalise::optional_collections_in_requests(&mut spec);
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
    let hooks = hooks_impl(&accept, &retry_classes(&spec)?);
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
    let ids: std::collections::BTreeMap<String, String> =
        crate::resources::operations(&spec.openapi)
            .iter()
            .map(|op| {
                (
                    crate::names::progenitor(&op.id, crate::names::Case::Snake),
                    op.id.clone(),
                )
            })
            .collect();
    tidy::spec_operation_ids(&mut file, &ids).map_err(|unknown| {
        CodegenError::one(
            &spec.name,
            None,
            format!(
                "progenitor named operations {} in a way crates/codegen/src/tidy.rs cannot trace \
                 back to their operationId (another progenitor version?)",
                unknown.join(", ")
            ),
        )
    })?;
    // Secret-bearing properties become `client_runtime::Secret`.
    secrets::marked(&spec.openapi)
        .and_then(|marked| secrets::apply(&mut file, &marked))
        .map_err(|problems| CodegenError {
            diagnostics: problems
                .into_iter()
                .map(|message| Diagnostic {
                    spec: spec.name.clone(),
                    operation: None,
                    message,
                })
                .collect(),
        })?;
    derives::add_json_schema(&mut file);
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
    // One cargo feature per resource, when the spec asks for them.
    let one = |message: String| CodegenError::one(&spec.name, None, message);
    if let Some((_, shared)) = crate::features::requested(&spec.openapi).map_err(one)? {
        crate::features::gate(&mut file, &spec.openapi, &shared).map_err(|problems| {
            CodegenError {
                diagnostics: problems
                    .into_iter()
                    .map(|message| Diagnostic {
                        spec: spec.name.clone(),
                        operation: None,
                        message,
                    })
                    .collect(),
            }
        })?;
    }
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
