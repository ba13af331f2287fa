//! The only place progenitor is configured.
//!
//! Every vendor client is produced by one pipeline, called from two places
//! that therefore cannot disagree:
//!
//! * each vendor crate's `build.rs`, with its default `codegen` feature,
//!   calls [`build_script`] (codegen is an optional build-dependency), which
//!   renders into `OUT_DIR` for the crate to `include!`;
//! * `cargo xtask codegen` calls [`render`](fn@render) and writes the same
//!   text to the committed review snapshot
//!   `crates/<vendor>/generated/<vendor>.rs` (`--check` compares instead of
//!   writing).
//!
//! The pipeline, one module per stage:
//!
//! 1. [`load`](fn@load) (`load.rs`): YAML → OpenAPI 3.0.x, with the checks
//!    that must run on the raw YAML (the `openapi` version, path keys,
//!    non-finite numbers) before the typed model hides or chokes on them;
//! 2. [`validate`](fn@validate) and [`validate_rust_types`] (`validate.rs`,
//!    with the schema walk of `schemas.rs` and the Rust names of `names.rs`):
//!    every construct progenitor 0.15.1 cannot take is refused with a
//!    message naming the spec file and the operationId;
//! 3. [`normalise`](fn@normalise) (`normalise.rs`): only what does not lie
//!    about the wire: `+json` response media types are JSON for decoding;
//! 4. [`render`](fn@render) (`render.rs`): progenitor under `catch_unwind`
//!    (a failure is blamed on the operation or component schema it comes
//!    from), the `api-version` clean-up of `tidy.rs`, prettyplease, a
//!    preamble that names the regeneration command, LF line endings;
//! 5. the resource layer (`resources.rs`), with the `x-pagination` streams
//!    of `pagination.rs`, rendered above progenitor's client as part of
//!    step 4;
//! 6. the operations test table (`optable.rs`): one case per operation,
//!    called through the resource layer with the spec's examples, written by
//!    `cargo xtask codegen` to `crates/<vendor>/tests/generated/operations.rs`.

use std::fmt;
use std::path::{Path, PathBuf};

use openapiv3::{OpenAPI, Operation, PathItem};

mod derives;
mod features;
mod load;
mod names;
mod normalise;
mod optable;
mod pagination;
mod render;
mod resources;
mod schemas;
mod secrets;
mod tidy;
mod validate;

pub use load::{load, load_file};
pub use normalise::normalise;
pub use optable::render_operations;
#[doc(hidden)]
pub use render::render_unvalidated;
pub use render::{check_spec, preamble, render, render_spec};
pub use resources::{method_name, resource_names};
pub use validate::{validate, validate_rust_types};

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
    /// The spec file, as given to [`load`](fn@load) (relative to the workspace root
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
    /// An error of a single diagnostic.
    pub(crate) fn one(spec: &str, operation: Option<String>, message: impl Into<String>) -> Self {
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

/// `crates/<vendor>/tests/generated/operations.rs` below `root`: the
/// committed operations test table (see [`render_operations`]).
pub fn operations_table_path(root: &Path, vendor: &str) -> PathBuf {
    root.join("crates")
        .join(vendor)
        .join("tests")
        .join("generated")
        .join("operations.rs")
}

/// Loads `specs/<vendor>.yaml` below `root` and renders both committed
/// files from it: the client snapshot and the operations test table.
pub fn render_with_table(root: &Path, vendor: &str) -> Result<(String, String), CodegenError> {
    let name = format!("specs/{vendor}.yaml");
    let spec = load_file(&spec_path(root, vendor), &name)?;
    let client = render_spec(vendor, spec.clone())?;
    let table = render_operations(vendor, &spec, &client)?;
    Ok((client, table))
}

/// The HTTP methods of a path item, in the order [`operations`] yields them.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The operations of a path item with their (lower-case) methods.
pub(crate) fn operations(item: &PathItem) -> impl Iterator<Item = (&'static str, &Operation)> {
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

/// The operations of a path item, mutably.
pub(crate) fn operations_mut(item: &mut PathItem) -> impl Iterator<Item = &mut Operation> {
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

/// The body of every vendor crate's `build.rs` (with its default `codegen`
/// feature): renders the crate's spec into `$OUT_DIR/<vendor>.rs`, which the
/// crate `include!`s, and tells cargo to run again when the spec changes.
///
/// The vendor is the package name less `-client` (`kaiten-client` ->
/// `kaiten`); the spec is the crate's `specs/<vendor>.yaml` (a symlink to
/// the workspace's `specs/<vendor>.yaml`, so that `cargo package` carries
/// the file), else the workspace's (two levels above the crate). A spec that cannot be rendered stops the build with
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
    // The crate's own `specs/<vendor>.yaml`: in the workspace a symlink to
    // the workspace's spec, in a packaged crate (`cargo package`) the file
    // itself. A crate without one reads the workspace's directly.
    let local = manifest_dir.join("specs").join(format!("{vendor}.yaml"));
    let spec = if local.exists() {
        local
    } else {
        let root = manifest_dir
            .ancestors()
            .nth(2)
            .map(Path::to_path_buf)
            .unwrap_or_else(workspace_root);
        spec_path(&root, &vendor)
    };
    println!("cargo::rerun-if-changed={}", spec.display());
    if let Ok(target) = std::fs::canonicalize(&spec)
        && target != spec
    {
        println!("cargo::rerun-if-changed={}", target.display());
    }
    let name = format!("specs/{vendor}.yaml");
    match load_file(&spec, &name).and_then(|loaded| render_spec(&vendor, loaded)) {
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
