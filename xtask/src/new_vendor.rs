//! `cargo xtask new-vendor NAME`: scaffolds a vendor.
//!
//! A vendor is discovered, not listed (`codegen::vendors`): it is a spec
//! `specs/<name>.yaml` plus a crate `crates/<name>` (package
//! `<name>-client`), which the workspace's `members = ["crates/*", …]`
//! picks up without an edit. This writes both:
//!
//! * `specs/<name>.yaml`: a minimal OpenAPI 3.0.3 spec that follows
//!   `specs/README.md` (one tagged operation, `GET /items/{itemId}`, with an
//!   example, and `application/problem+json` errors with examples), so it
//!   passes `cargo xtask validate` and `cargo xtask lint`;
//! * `crates/<name>/`: `Cargo.toml` mirroring `crates/kaiten/Cargo.toml`
//!   (its names replaced, so the new crate has the features and
//!   dependencies a vendor crate has today; a built-in template when it
//!   cannot serve), `build.rs` as Kaiten's, a `src/lib.rs` with the
//!   hand-written layer the generated code needs
//!   (`crate::Client::generated()`, `crate::Error`: builder, `from_env`,
//!   base URL, the error body's summary), a README (the crate docs), the
//!   tests `wire.rs` (testkit's loopback server), `operations_wire.rs` and
//!   `support/mod.rs` (every operation of the generated table on the
//!   loopback server), `env.rs` and `contract.rs` (Prism, for `cargo xtask
//!   contract`, also driven by the table), the symlink `specs/<name>.yaml`
//!   (a copy where there are no symlinks) that `cargo package` carries, and
//!   the snapshot `generated/<name>.rs` and the operations test table
//!   `tests/generated/operations.rs`, rendered by the function `cargo xtask
//!   codegen` writes them with.
//!
//! So right after it, `cargo xtask codegen --check`, `cargo build` and
//! `cargo test` pass. A refused name writes nothing; a failure half-way
//! removes what this run wrote.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Freshness;

/// The longest vendor name accepted (it becomes a crate, a module and the
/// prefix of environment variables).
pub const MAX_NAME_LEN: usize = 40;

/// Runs the task: `args` is `[NAME]`.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let name = match args {
        [name] if !name.starts_with('-') => name.as_str(),
        [] => {
            return Err(
                "`new-vendor` needs the vendor's name: `cargo xtask new-vendor NAME` (e.g. `acme`)"
                    .to_string(),
            );
        }
        [flag] => return Err(format!("`new-vendor` takes no flags (got `{flag}`)")),
        _ => {
            return Err(format!(
                "`new-vendor` takes exactly one NAME (got {} arguments: {})",
                args.len(),
                args.join(" ")
            ));
        }
    };
    let report = scaffold(root, name)?;
    for line in &report.written {
        println!("{line}");
    }
    if let Some(note) = &report.note {
        println!("note: {note}");
    }
    println!("\n{}", next_steps(&Names::new(name)));
    Ok(())
}

/// What [`scaffold`] did.
#[derive(Debug)]
pub struct Report {
    /// One line per file written (`wrote specs/acme.yaml`, `linked …`), in order.
    pub written: Vec<String>,
    /// Something worth saying that did not stop the scaffold (rustfmt missing).
    pub note: Option<String>,
}

/// The names a vendor name turns into.
#[derive(Debug, Clone)]
pub struct Names {
    /// The vendor as given: `acme`, `acme-labs`.
    pub name: String,
    /// The crate's Rust name: `acme_client`, `acme_labs_client`.
    pub ident: String,
    /// The environment variables' prefix: `ACME`, `ACME_LABS`.
    pub upper: String,
    /// The name in messages and docs: `Acme`, `Acme Labs`.
    pub title: String,
    /// The variable `cargo xtask contract` hands Prism's URL in.
    pub prism_env: String,
    /// client-runtime's features, which the crate forwards.
    pub features: Vec<Feature>,
}

/// A feature of client-runtime (a TLS backend) that a vendor crate forwards
/// under the same name, as Kaiten's and Kustomer's do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feature {
    /// `rustls-ring`.
    pub name: String,
    /// On by default in client-runtime, so on by default in the vendor crate.
    pub default: bool,
    /// The comment above it in crates/runtime/Cargo.toml, one line per entry.
    pub doc: Vec<String>,
}

/// The `[features]` of `crates/runtime/Cargo.toml` (none when it has none).
pub fn runtime_features(root: &Path) -> Vec<Feature> {
    std::fs::read_to_string(root.join("crates/runtime/Cargo.toml"))
        .map(|text| manifest_features(&text))
        .unwrap_or_default()
}

/// The `[features]` of a manifest, read line by line: `name = [...]`, the
/// comments just above each, and which ones `default` lists.
pub fn manifest_features(text: &str) -> Vec<Feature> {
    let mut features = Vec::new();
    let mut defaults: Vec<String> = Vec::new();
    let mut doc = Vec::new();
    let mut in_features = false;
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let line = line.trim();
        if line.starts_with('[') {
            in_features = line == "[features]";
            doc.clear();
            continue;
        }
        if !in_features {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            doc.push(comment.trim().to_string());
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            doc.clear();
            continue;
        };
        let key = key.trim().trim_matches('"').to_string();
        let mut value = value.to_string();
        while !value.contains(']') {
            match lines.next() {
                Some(more) => value.push_str(more),
                None => break,
            }
        }
        if key == "default" {
            defaults = value
                .split('"')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect();
        } else {
            features.push(Feature {
                name: key,
                default: false,
                doc: std::mem::take(&mut doc),
            });
        }
        doc.clear();
    }
    for f in &mut features {
        f.default = defaults.contains(&f.name);
    }
    features
}

impl Names {
    /// The names of vendor `name` (which [`check_name`] accepted), with the
    /// features of the runtime below `root`.
    pub fn for_workspace(root: &Path, name: &str) -> Names {
        Names {
            features: runtime_features(root),
            ..Names::new(name)
        }
    }

    /// The names of vendor `name` (which [`check_name`] accepted), with no
    /// runtime features to forward.
    pub fn new(name: &str) -> Names {
        let title = name
            .split('-')
            .map(|word| {
                let mut chars = word.chars();
                match chars.next() {
                    Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                    None => String::new(),
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        Names {
            name: name.to_string(),
            ident: format!("{}_client", name.replace('-', "_")),
            upper: name.to_ascii_uppercase().replace('-', "_"),
            title,
            prism_env: crate::contract::url_env(name),
            features: Vec::new(),
        }
    }

    /// The built-in template's `default` and `codegen` features and the
    /// forwarded runtime ones.
    fn features_toml(&self) -> String {
        let mut default = vec!["\"codegen\"".to_string()];
        default.extend(
            self.features
                .iter()
                .filter(|f| f.default)
                .map(|f| format!("\"{}\"", f.name)),
        );
        let mut out = format!(
            "default = [{}]\ncodegen = [\"dep:codegen\"]\n",
            default.join(", ")
        );
        if !self.features.is_empty() {
            out.push_str(
                "# client-runtime's features (the TLS backend for https), forwarded under the same\n\
                 # names; pick another with `default-features = false, features = [\"codegen\", …]`.\n",
            );
        }
        for f in &self.features {
            for line in &f.doc {
                out.push_str(&format!("# {line}\n").replace("# \n", "#\n"));
            }
            out.push_str(&format!("{0} = [\"client-runtime/{0}\"]\n", f.name));
        }
        out
    }

    /// `crates/<name>/Cargo.toml`: crates/kaiten/Cargo.toml ([`MODEL`])
    /// with its names replaced, so that the new crate has the features,
    /// dependencies and settings the generated code and the workspace expect
    /// of a vendor crate today; the built-in template when the model is
    /// missing or lacks what a vendor crate needs.
    pub fn cargo_toml(&self, root: &Path) -> String {
        std::fs::read_to_string(root.join("crates").join(MODEL).join("Cargo.toml"))
            .ok()
            .and_then(|model| self.adapt_model(&model))
            .unwrap_or_else(|| {
                CARGO_TOML
                    .replace("@features@", &self.features_toml())
                    .replace("@name@", &self.name)
                    .replace("@title@", &self.title)
            })
    }

    /// The model manifest with the names replaced, its own targets
    /// (`[[bench]]`, `[[test]]`, …) left out and the dev-dependencies the
    /// scaffolded tests use added; `None` when it is not a vendor crate's.
    fn adapt_model(&self, model: &str) -> Option<String> {
        let model_title = format!("{}{}", MODEL[..1].to_ascii_uppercase(), &MODEL[1..]);
        let text = model
            .replace(&model_title, &self.title)
            .replace(&MODEL.to_ascii_uppercase(), &self.upper)
            .replace(MODEL, &self.name);
        let mut sections: Vec<(String, Vec<String>)> = vec![(String::new(), Vec::new())];
        for line in text.lines() {
            let t = line.trim();
            if t.starts_with('[') {
                sections.push((t.to_string(), Vec::new()));
            }
            sections.last_mut()?.1.push(line.to_string());
        }
        sections.retain(|(header, _)| !header.starts_with("[["));
        let body = |header: &str| {
            sections
                .iter()
                .find(|(h, _)| h == header)
                .map(|(_, lines)| lines.join("\n"))
                .unwrap_or_default()
        };
        let vendor_crate = body("[package]").contains(&format!("name = \"{}-client\"", self.name))
            && body("[build-dependencies]").contains("optional = true")
            && body("[features]").contains("codegen = [\"dep:codegen\"]")
            && manifest_features(&text)
                .iter()
                .any(|f| f.name == "codegen" && f.default);
        if !vendor_crate {
            return None;
        }
        if !sections.iter().any(|(h, _)| h == "[dev-dependencies]") {
            if let Some((_, last)) = sections.last_mut()
                && last.last().is_some_and(|l| !l.trim().is_empty())
            {
                last.push(String::new());
            }
            sections.push((
                "[dev-dependencies]".to_string(),
                vec!["[dev-dependencies]".to_string()],
            ));
        }
        let (_, dev) = sections
            .iter_mut()
            .find(|(h, _)| h == "[dev-dependencies]")?;
        for key in ["testkit", "serde_yaml_ng", "tokio"] {
            let has = dev.iter().any(|l| {
                let l = l.trim_start();
                l.strip_prefix(key)
                    .is_some_and(|rest| rest.starts_with(['.', ' ', '=']))
            });
            if !has {
                dev.insert(1, format!("{key}.workspace = true"));
            }
        }
        let mut out: String = sections
            .iter()
            .flat_map(|(_, lines)| lines.iter().map(|l| format!("{l}\n")))
            .collect();
        while out.ends_with("\n\n") {
            out.pop();
        }
        Some(out)
    }

    fn fill(&self, template: &str) -> String {
        template
            .replace("@name@", &self.name)
            .replace("@ident@", &self.ident)
            .replace("@upper@", &self.upper)
            .replace("@title@", &self.title)
            .replace("@prism_env@", &self.prism_env)
    }

    /// Every file of `crates/<name>` (relative path, text) for the
    /// workspace at `root`.
    pub fn crate_files(&self, root: &Path) -> Vec<(&'static str, String)> {
        let cargo_toml = self.cargo_toml(root);
        let rows = feature_rows(&manifest_features(&cargo_toml));
        let readme = self.fill(README).replace("@feature_rows@", &rows);
        let mut files = vec![("Cargo.toml", cargo_toml), ("README.md", readme)];
        files.extend(
            CRATE_TEMPLATES
                .iter()
                .map(|(file, template)| (*file, self.fill(template))),
        );
        files
    }
}

/// The vendor crate a new crate's Cargo.toml mirrors.
pub const MODEL: &str = "kaiten";

/// The README's table rows of the features other than `codegen`.
fn feature_rows(features: &[Feature]) -> String {
    features
        .iter()
        .filter(|f| f.name != "codegen")
        .map(|f| {
            let doc = f.doc.join(" ").replace('|', "\\|");
            format!(
                "| `{}` | {} | {} |\n",
                f.name,
                if f.default { "on" } else { "" },
                if doc.is_empty() {
                    "see Cargo.toml"
                } else {
                    &doc
                }
            )
        })
        .collect()
}

/// Refuses a name that cannot be a vendor: it must be lowercase ASCII
/// letters, digits and single hyphens between them, start with a letter,
/// and not end in `-client` (the package is `<name>-client`).
pub fn check_name(name: &str) -> Result<(), String> {
    let refuse = |why: &str| {
        Err(format!(
            "`{name}` is not a valid vendor name: {why} (e.g. `acme` or `acme-labs`)"
        ))
    };
    let Some(first) = name.chars().next() else {
        return Err("the vendor name is empty (e.g. `acme` or `acme-labs`)".to_string());
    };
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        return refuse(&format!(
            "`{}` is not allowed; use lowercase ASCII letters, digits and hyphens",
            bad.escape_debug()
        ));
    }
    if !first.is_ascii_lowercase() {
        return refuse("it must start with a lowercase letter");
    }
    if name.ends_with('-') || name.contains("--") {
        return refuse("a hyphen must stand between two letters or digits");
    }
    if name.len() > MAX_NAME_LEN {
        return refuse(&format!("it is longer than {MAX_NAME_LEN} characters"));
    }
    if let Some(stem) = name.strip_suffix("-client") {
        return refuse(&format!(
            "the package would be `{name}-client`; name the vendor `{stem}`"
        ));
    }
    Ok(())
}

/// Refuses a vendor that exists, even in part: `specs/<name>.yaml` or
/// `crates/<name>` (a file, directory or symlink) is already there.
pub fn check_free(root: &Path, name: &str) -> Result<(), String> {
    for (path, what) in [
        (codegen::spec_path(root, name), format!("specs/{name}.yaml")),
        (root.join("crates").join(name), format!("crates/{name}")),
    ] {
        if path.symlink_metadata().is_ok() {
            let known = codegen::vendors(root);
            return Err(format!(
                "vendor `{name}` already exists: {what} is there (vendors: {}); choose another name, \
                 or remove specs/{name}.yaml and crates/{name} first",
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            ));
        }
    }
    for dir in ["specs", "crates"] {
        if !root.join(dir).is_dir() {
            return Err(format!(
                "{} has no {dir}/ directory: is it the workspace root?",
                root.display()
            ));
        }
    }
    Ok(())
}

/// Writes the vendor `name` below `root`: see the module docs. Nothing is
/// written when the name is refused; when a step fails, everything this
/// call wrote is removed again.
pub fn scaffold(root: &Path, name: &str) -> Result<Report, String> {
    scaffold_from(root, name, SPEC)
}

/// [`scaffold`] with another spec template (tests make it fail half-way).
fn scaffold_from(root: &Path, name: &str, spec_template: &str) -> Result<Report, String> {
    check_name(name)?;
    check_free(root, name)?;
    let names = Names::for_workspace(root, name);
    let mut undo = Undo {
        spec: None,
        crate_dir: None,
    };
    let mut written = Vec::new();

    let spec = codegen::spec_path(root, name);
    let spec_text = names.fill(spec_template);
    write_new(&spec, &spec_text)?;
    undo.spec = Some(spec.clone());
    written.push(format!("wrote   {}", rel(root, &spec)));

    let crate_dir = root.join("crates").join(name);
    std::fs::create_dir(&crate_dir).map_err(|e| format!("{}: {e}", crate_dir.display()))?;
    undo.crate_dir = Some(crate_dir.clone());
    let mut rust_files = Vec::new();
    for (file, text) in names.crate_files(root) {
        let path = crate_dir.join(file);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        write_new(&path, &text)?;
        if file.ends_with(".rs") {
            rust_files.push(path.clone());
        }
        written.push(format!("wrote   {}", rel(root, &path)));
    }

    // The crate's own copy of the spec, for `cargo package` (as Kaiten's
    // and Kustomer's): a relative symlink to specs/<name>.yaml.
    let link_dir = crate_dir.join("specs");
    std::fs::create_dir(&link_dir).map_err(|e| format!("{}: {e}", link_dir.display()))?;
    let link = link_dir.join(format!("{name}.yaml"));
    let target = format!("../../../specs/{name}.yaml");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&target, &link)
            .map_err(|e| format!("{}: {e}", link.display()))?;
        written.push(format!("linked  {} -> {target}", rel(root, &link)));
    }
    #[cfg(not(unix))]
    {
        write_new(&link, &spec_text)?;
        written.push(format!(
            "wrote   {} (a copy of specs/{name}.yaml: no symlinks here)",
            rel(root, &link)
        ));
    }

    // The snapshot and the operations test table, exactly as `cargo xtask
    // codegen` writes them.
    let files = crate::generated_files(root, name).map_err(|e| {
        format!("the scaffolded spec does not generate (a bug in xtask/src/new_vendor.rs):\n{e}")
    })?;
    for (path, code) in files {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        write_new(&path, &code)?;
        written.push(format!("wrote   {}", rel(root, &path)));
    }

    // The templates are rustfmt-clean for short names; a long name can
    // move a line break, and `cargo fmt --check` is a CI gate.
    let note = rustfmt(&rust_files)?;

    match crate::check_snapshot(root, name)? {
        Freshness::Fresh => {}
        Freshness::Missing | Freshness::Stale(_) => {
            return Err(format!(
                "crates/{name}/generated/{name}.rs does not match what `cargo xtask codegen --check` renders"
            ));
        }
    }
    undo.spec = None;
    undo.crate_dir = None;
    Ok(Report { written, note })
}

/// Removes, when dropped with its paths still set, what a failed
/// [`scaffold`] wrote (only paths it created itself: both were checked
/// absent first).
struct Undo {
    spec: Option<PathBuf>,
    crate_dir: Option<PathBuf>,
}

impl Drop for Undo {
    fn drop(&mut self) {
        if let Some(dir) = self.crate_dir.take() {
            let _ = std::fs::remove_dir_all(dir);
        }
        if let Some(spec) = self.spec.take() {
            let _ = std::fs::remove_file(spec);
        }
    }
}

/// Creates `path` with `text`; an existing file is never overwritten.
fn write_new(path: &Path, text: &str) -> Result<(), String> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    file.write_all(text.as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// `rustfmt --edition 2024` over the new Rust files. A missing rustfmt is a
/// note, not an error; rustfmt refusing a file is an error (a template bug).
fn rustfmt(files: &[PathBuf]) -> Result<Option<String>, String> {
    let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    match Command::new(&rustfmt)
        .args(["--edition", "2024"])
        .args(files)
        .output()
    {
        Ok(out) if out.status.success() => Ok(None),
        Ok(out) => Err(format!(
            "rustfmt refused the scaffolded code (a bug in xtask/src/new_vendor.rs):\n{}",
            String::from_utf8_lossy(&out.stderr)
        )),
        Err(e) => Ok(Some(format!(
            "rustfmt could not run ({e}): run `cargo fmt` before committing"
        ))),
    }
}

fn rel(root: &Path, p: &Path) -> String {
    p.strip_prefix(root)
        .unwrap_or(p)
        .display()
        .to_string()
        .replace('\\', "/")
}

/// What to do after the scaffold.
pub fn next_steps(n: &Names) -> String {
    n.fill(
        "next steps:
  1. Review specs/@name@.yaml: replace the placeholder server and `GET /items/{itemId}` with what
     the vendor documents (the rules: specs/README.md, \"Authoring rules\"), add its provenance
     section and table rows to specs/README.md and README.md, then run `cargo xtask validate @name@`,
     `cargo xtask lint` and `cargo xtask codegen` (which rewrites crates/@name@/generated/@name@.rs).
  2. Credentials: crates/@name@/src/lib.rs reads @upper@_BASE_URL and @upper@_TOKEN and sends the
     token as `Authorization: Bearer`; adapt the base-URL rules, credential checks and the error
     body's summary (`impl ErrorBody for Problem`) to the vendor's, and its README.
  3. cargo test -p @name@-client   (the first build adds @name@-client to Cargo.lock; commit it)
  4. cargo xtask ci                (fmt, clippy, docs, contract tests against Prism, ...)",
    )
}

/// `specs/<name>.yaml`.
const SPEC: &str = r##"openapi: 3.0.3
info:
  title: @title@ API
  version: 0.1.0
  description: |
    Hand-written OpenAPI 3.0.3 description of the @title@ API, written for code generation with
    progenitor 0.15.1 (the rules are in `specs/README.md`, "Authoring rules").

    Scaffolded by `cargo xtask new-vendor @name@`: the server, the `items` resource, its one
    operation and the `Problem` error body are placeholders that show the workspace's conventions.
    Replace them with what the vendor documents, and record where every operation comes from in
    `specs/README.md`.

    Response schemas are lenient (no `additionalProperties: false`, no closed enums); request
    schemas are strict.
  contact:
    name: @title@
    url: https://@name@.example
servers:
  - url: https://api.@name@.example
    description: Placeholder API root; the client appends the paths below to the base URL it is given.
security:
  - bearerAuth: []
tags:
  - name: items
    description: Items (a placeholder resource).
paths:
  /items/{itemId}:
    parameters:
      - $ref: '#/components/parameters/ItemId'
    get:
      operationId: getItem
      summary: Get an item
      description: Returns the item with the given id; 404 if there is none.
      tags: [items]
      responses:
        '200':
          description: The item.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Item'
              example:
                id: item-123
                name: Example item
                createdAt: '2024-01-01T12:00:00Z'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
        '429':
          $ref: '#/components/responses/TooManyRequests'
        '500':
          $ref: '#/components/responses/InternalServerError'
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: '`Authorization: Bearer <token>`.'
  parameters:
    ItemId:
      name: itemId
      in: path
      required: true
      description: Id of the item. Percent-encode it as one path segment.
      schema:
        type: string
      example: item-123
  responses:
    Unauthorized:
      description: The token is missing, invalid or expired.
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
          example:
            type: https://@name@.example/problems/unauthorized
            title: Unauthorized
            status: 401
            detail: The token is missing, invalid or expired.
    NotFound:
      description: There is no item with this id.
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
          example:
            type: https://@name@.example/problems/not-found
            title: Not Found
            status: 404
            detail: There is no item with this id.
    TooManyRequests:
      description: Rate limited; the client retries it, honouring `Retry-After`.
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
          example:
            type: https://@name@.example/problems/rate-limited
            title: Too Many Requests
            status: 429
            detail: Slow down and retry after the time in Retry-After.
    InternalServerError:
      description: The server failed; the client retries it.
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
          example:
            type: https://@name@.example/problems/internal
            title: Internal Server Error
            status: 500
            detail: Something went wrong on our side.
  schemas:
    Item:
      type: object
      description: An item (a placeholder schema).
      required: [id, name]
      properties:
        id:
          type: string
          description: The item's id.
        name:
          type: string
          description: The item's display name.
        createdAt:
          type: string
          format: date-time
          description: When the item was created.
    Problem:
      type: object
      description: >-
        An RFC 9457 problem document. All fields are optional; the client treats a body as a
        Problem only when `title` or `detail` is non-empty.
      properties:
        type:
          type: string
          description: A URI reference to human-readable documentation for the error.
        title:
          type: string
          description: Short summary that does not change between occurrences.
        status:
          type: integer
          description: HTTP status code.
        detail:
          type: string
          description: Explanation of this occurrence.
        instance:
          type: string
          description: URI reference identifying this occurrence.
"##;

/// The crate's files besides Cargo.toml and README.md, relative to
/// `crates/<name>`.
const CRATE_TEMPLATES: [(&str, &str); 8] = [
    ("build.rs", BUILD_RS),
    ("src/lib.rs", LIB_RS),
    ("tests/wire.rs", WIRE_RS),
    ("tests/support/mod.rs", SUPPORT_RS),
    ("tests/operations_wire.rs", OPERATIONS_WIRE_RS),
    ("tests/env.rs", ENV_RS),
    ("tests/contract.rs", CONTRACT_RS),
    ("tests/schemars.rs", SCHEMARS_RS),
];

/// The `schemars` feature's check, as in every vendor crate (CI runs it for
/// each: `cargo xtask ci`).
const SCHEMARS_RS: &str = r##"//! With the `schemars` feature, every request body's derived JSON Schema has
//! the property names and required properties of specs/@name@.yaml, and every
//! operation with a JSON body has one:
//! `cargo test -p @name@-client --features schemars --test schemars` (CI runs it).
#![cfg(feature = "schemars")]

#[test]
fn every_request_body_schema_matches_the_spec() {
    let spec = include_str!("../specs/@name@.yaml");
    let derived: Vec<(&str, serde_json::Value)> = @ident@::generated::request_body_schemas()
        .into_iter()
        .map(|(id, schema)| (id, schema.to_value()))
        .collect();
    // Each derived body is an object with properties or an array (so that
    // property names really are compared).
    for (id, schema) in &derived {
        assert!(
            schema.get("properties").is_some() || schema.get("items").is_some(),
            "{id}: {schema}"
        );
    }
    let problems = testkit::schemas::request_body_differences(spec, &derived);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
"##;

/// Cargo.toml when crates/kaiten/Cargo.toml cannot serve as the model.
const CARGO_TOML: &str = r##"[package]
name = "@name@-client"
description = "Typed Rust client for the @title@ API, generated from specs/@name@.yaml by progenitor at build time."
version.workspace = true
edition.workspace = true
rust-version.workspace = true
license.workspace = true
publish.workspace = true
readme = "README.md"

[dependencies]
client-runtime.workspace = true
progenitor-client.workspace = true
reqwest.workspace = true
serde.workspace = true
serde_json.workspace = true
chrono.workspace = true
regress.workspace = true
futures.workspace = true
bytes.workspace = true
schemars = { workspace = true, optional = true }

[build-dependencies]
codegen = { workspace = true, optional = true }

[features]
# Generate the client from specs/@name@.yaml at build time (the default): build.rs calls
# codegen::build_script, the same renderer `cargo xtask codegen` writes the committed
# snapshot generated/@name@.rs with, into OUT_DIR, and cargo runs it again when the spec
# changes. Without it (`default-features = false`) build.rs does nothing and the crate
# compiles the committed, drift-checked snapshot instead: no progenitor, typify or YAML
# parser in the build graph. Both paths compile byte-identical code.
@features@
[dev-dependencies]
testkit.workspace = true
serde_yaml_ng.workspace = true
tokio.workspace = true
"##;

const BUILD_RS: &str = r##"//! Renders specs/@name@.yaml into OUT_DIR with the default `codegen` feature;
//! without it, does nothing (src/lib.rs then includes the committed snapshot).
fn main() {
    #[cfg(feature = "codegen")]
    codegen::build_script();
}
"##;

const README: &str = r##"# @name@-client

A typed Rust client for the @title@ API, generated at build time from the
hand-written OpenAPI spec `specs/@name@.yaml` by progenitor, with a small
hand-written layer on the workspace's shared runtime.

Scaffolded by `cargo xtask new-vendor @name@`: the spec's one operation,
`GET /items/{itemId}`, is a placeholder for the vendor's documented ones.

Covered: **items** (get).

```toml
[dependencies]
@name@-client = { git = "<this repository>" }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
```

```rust,no_run
use @ident@::{Client, Error};

# async fn demo() -> Result<(), Error> {
// @upper@_BASE_URL=https://api.@name@.example @upper@_TOKEN=…
let client = Client::from_env()?;

let item = client.items().get("item-123").await?;
println!("{} ({})", item.name, item.id);

match client.items().get("no-such-item").await {
    Err(Error::Api(e)) if e.status() == 404 => println!("not found: {e}"),
    other => println!("{other:?}"),
}
# Ok(())
# }
```

## What the client does for you

- **Base URL**: an absolute `http(s)` URL with a host; query and fragment
  are dropped and a trailing `/` removed, and the spec's paths are appended
  to it. Plain `http://` is refused for hosts other than loopback unless you
  opt in (`allow_insecure_http(true)`).
- **Credentials**: `Client::from_env()` reads `@upper@_BASE_URL` and
  `@upper@_TOKEN`; a missing or empty variable is an error naming it. The
  token is sent as `Authorization: Bearer …` and is a secret: redacted in
  `Debug`/`Display`, a sensitive header, never in errors or logs.
- **Retries, timeouts, limits, tracing**: the shared runtime's (2 retries of
  idempotent calls on connection errors, 408, 429 and 5xx, honouring
  `Retry-After`; 10 s connect and 30 s request timeouts; responses over
  32 MiB refused), all configurable on [`ClientBuilder`].
- **Errors**: one [`Error`] type. `Error::Api` keeps the status, the parsed
  [`Problem`] and the raw body; its message reads `@title@ API error (404 Not
  Found): Not Found: There is no item with this id.`
- **Input checks**: an empty or blank `item_id` is refused before any I/O.

## Cargo features

| feature | default | what it does |
|---|---|---|
| `codegen` | on | `build.rs` renders `specs/@name@.yaml` with the workspace's `codegen` (progenitor) into `OUT_DIR`, again whenever the spec changes. Off: the committed snapshot `generated/@name@.rs` is compiled instead (the same code, proven byte-identical in CI), with no generator in the build graph. |
@feature_rows@"##;

const LIB_RS: &str = r##"#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

use std::fmt;

use client_runtime::{
    ErrorBody, InputError, SecretToken, Settings, Transport, VendorInfo, env_var, parse_base_url,
};
use reqwest::StatusCode;

/// The client generated from `specs/@name@.yaml`: while this crate compiles,
/// by build.rs (`codegen::build_script`) with the default `codegen`
/// feature; or the committed snapshot `crates/@name@/generated/@name@.rs`
/// without it (the same code, drift-checked; no generator in the build).
///
/// Prefer [`Client`]: it checks input before any I/O and maps every failure
/// to [`Error`] with the raw body. Calling this client directly still goes
/// through the shared runtime (auth, retries, caps).
#[allow(missing_docs, clippy::all, unused_qualifications, rustdoc::all)]
pub mod generated {
    #[cfg(feature = "codegen")]
    include!(concat!(env!("OUT_DIR"), "/@name@.rs"));
    #[cfg(not(feature = "codegen"))]
    include!("../generated/@name@.rs");
}

pub use generated::resources::Items;
pub use generated::types;
pub use types::{Item, Problem};

pub use client_runtime::{RateLimit, RetryPolicy, Timeouts};

/// Every way a @title@ call can fail. [`Error::Api`] carries the status, the
/// parsed [`Problem`] when the body is one, and the raw body.
pub type Error = client_runtime::Error<Problem>;

/// The environment variable with the base URL.
pub const ENV_BASE_URL: &str = "@upper@_BASE_URL";
/// The environment variable with the API token.
pub const ENV_AUTH_TOKEN: &str = "@upper@_TOKEN";

const VENDOR: VendorInfo = VendorInfo {
    name: "@title@",
    user_agent: concat!("@name@-client-rust/", env!("CARGO_PKG_VERSION")),
    max_request_bytes: None,
};

impl ErrorBody for Problem {
    /// A body is a `Problem` only when it is a JSON object in which `title`
    /// or `detail` is non-empty. A member of an unexpected type (a `status`
    /// of `"404"`) is dropped, not the whole body
    /// ([`client_runtime::decode_lenient`]).
    fn parse(_status: StatusCode, raw: &[u8]) -> Option<Self> {
        let p: Problem = client_runtime::decode_lenient(raw)?;
        let meaningful = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
        (meaningful(&p.title) || meaningful(&p.detail)).then_some(p)
    }

    /// `: <title>: <detail>`, leaving out what is empty.
    fn fmt_summary(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<&str> = [self.title.as_deref(), self.detail.as_deref()]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect();
        if !parts.is_empty() {
            write!(f, ": {}", parts.join(": "))?;
        }
        Ok(())
    }
}

/// Normalises a base URL: absolute http(s) with a host, query and fragment
/// dropped, trailing `/` removed (the spec's paths are appended to it).
pub fn normalize_base_url(raw: &str, allow_insecure_http: bool) -> Result<String, InputError> {
    let url = parse_base_url("base_url", raw, allow_insecure_http)?;
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// A @title@ API client. Cheap to clone (one connection pool).
#[derive(Clone)]
pub struct Client {
    api: generated::Client,
    transport: Transport,
    base_url: String,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("@ident@::Client")
            .field("base_url", &self.base_url)
            .field("transport", &self.transport)
            .finish()
    }
}

/// Builds a [`Client`] with explicit settings.
#[derive(Clone, Default)]
pub struct ClientBuilder {
    base_url: Option<String>,
    token: Option<String>,
    settings: Settings,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("@ident@::ClientBuilder")
            .field("base_url", &self.base_url)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("settings", &self.settings)
            .finish()
    }
}

impl ClientBuilder {
    /// The API's base URL, e.g. `https://api.@name@.example`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The API token, sent as `Authorization: Bearer <token>`.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    client_runtime::settings_setters!();

    /// Checks everything and builds the client. Nothing is sent.
    pub fn build(self) -> Result<Client, Error> {
        let raw_url = self.base_url.ok_or_else(|| {
            InputError::new("base_url", "is not set; pass the @title@ API's URL")
        })?;
        let base_url = normalize_base_url(&raw_url, self.settings.allow_insecure_http)?;
        let token = SecretToken::new(
            "token",
            self.token
                .ok_or_else(|| InputError::new("token", "is not set; pass the API token"))?,
        )?;
        let (http, transport) = self.settings.build(VENDOR, token)?;
        let api = generated::Client::new_with_client(&base_url, http, transport.clone());
        Ok(Client {
            api,
            transport,
            base_url,
        })
    }
}

impl Client {
    /// A client for the API at `base_url` with this bearer token and
    /// default settings (2 retries, 10 s connect / 30 s request timeouts).
    pub fn new(base_url: &str, token: &str) -> Result<Client, Error> {
        Client::builder().base_url(base_url).token(token).build()
    }

    /// A builder for explicit configuration.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from `@upper@_BASE_URL` and `@upper@_TOKEN`.
    /// A missing or empty variable is an error naming it.
    pub fn from_env() -> Result<Client, Error> {
        Client::builder_from_env()?.build()
    }

    /// A builder pre-filled from `@upper@_BASE_URL` and `@upper@_TOKEN`,
    /// to adjust other settings before building.
    pub fn builder_from_env() -> Result<ClientBuilder, Error> {
        let base_url = env_var(
            ENV_BASE_URL,
            "the @title@ API's URL, e.g. https://api.@name@.example",
        )?;
        let token = env_var(ENV_AUTH_TOKEN, "the @title@ API token")?;
        // Checked here so the message names the variable, not the argument.
        SecretToken::new(ENV_AUTH_TOKEN, token.clone())?;
        // The URL's shape is checked here, naming the variable; the plain-http
        // rule is applied by `build`, after the caller's own settings.
        normalize_base_url(&base_url, true)
            .map_err(|e| InputError::new(ENV_BASE_URL, e.message().to_string()))?;
        Ok(Client::builder().base_url(base_url).token(token))
    }

    /// The normalised base URL.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The last rate-limit headers the API sent, if it sends them.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.transport.rate_limit()
    }

    /// The generated client underneath (same transport).
    pub fn generated(&self) -> &generated::Client {
        &self.api
    }
}
"##;

const WIRE_RS: &str = r##"//! The @title@ client against the testkit's HTTP server on 127.0.0.1: the
//! request its operation sends, the typed result, a typed error, and input
//! refused before any I/O.

use @ident@::{Client, Error};
use testkit::{Recorded, Reply, TestServer};

const TOKEN: &str = "@name@-test-token-value";

/// The spec's example of `getItem`'s 200 response.
const ITEM: &str =
    r#"{"id": "item-123", "name": "Example item", "createdAt": "2024-01-01T12:00:00Z"}"#;

/// The spec's example of the 404 response.
const NOT_FOUND: &str = r#"{"type": "https://@name@.example/problems/not-found", "title": "Not Found", "status": 404, "detail": "There is no item with this id."}"#;

fn client(server: &TestServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .max_retries(0)
        .build()
        .expect("client")
}

fn assert_common_headers(r: &Recorded) {
    assert_eq!(
        r.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(
        r.header("accept"),
        Some("application/json, application/problem+json")
    );
    let user_agent = r.header("user-agent").expect("a User-Agent");
    assert!(
        user_agent.starts_with("@name@-client-rust/"),
        "{user_agent}"
    );
}

#[tokio::test]
async fn get_item_sends_the_documented_request_and_returns_the_typed_item() {
    let server = TestServer::start().await;
    server.enqueue([Reply::json(200, ITEM)]);
    let item = client(&server)
        .items()
        .get("item-123")
        .await
        .expect("the item");
    assert_eq!(item.id, "item-123");
    assert_eq!(item.name, "Example item");
    assert_eq!(
        item.created_at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-01-01T12:00:00+00:00")
    );

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let r = &requests[0];
    assert_eq!(
        (r.method.as_str(), r.target.as_str()),
        ("GET", "/items/item-123")
    );
    assert_common_headers(r);
    assert!(r.body.is_empty());
}

#[tokio::test]
async fn the_item_id_is_sent_as_one_percent_encoded_segment() {
    let server = TestServer::start().await;
    server.enqueue([Reply::json(200, ITEM)]);
    client(&server).items().get("a/b c?d").await.unwrap();
    assert_eq!(server.requests()[0].target, "/items/a%2Fb%20c%3Fd");
}

#[tokio::test]
async fn an_error_response_is_typed_with_the_parsed_problem_and_the_raw_body() {
    let server = TestServer::start().await;
    server.enqueue([Reply::with_type(
        404,
        "application/problem+json",
        NOT_FOUND,
    )]);
    let err = client(&server).items().get("item-123").await.unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected Error::Api, got {err:?}")
    };
    assert_eq!(api.status(), 404);
    assert_eq!(
        api.body().and_then(|p| p.title.as_deref()),
        Some("Not Found")
    );
    assert_eq!(api.raw(), NOT_FOUND.as_bytes());
    assert_eq!(
        err.to_string(),
        "@title@ API error (404 Not Found): Not Found: There is no item with this id."
    );
    assert!(!err.is_retryable());
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn an_empty_item_id_is_refused_before_any_io() {
    let server = TestServer::start().await;
    let c = client(&server);
    for bad in ["", "   "] {
        let err = c.items().get(bad).await.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidInput(e) if e.field() == "item_id"),
            "{err:?}"
        );
    }
    assert_eq!(
        server.request_count(),
        0,
        "refused input never reaches the server"
    );
}

#[test]
fn the_builder_needs_a_base_url_and_a_token_and_redacts_the_token() {
    let field = |r: Result<Client, Error>| match r {
        Err(Error::InvalidInput(e)) => e.field().to_string(),
        other => panic!("expected an input error, got {other:?}"),
    };
    assert_eq!(field(Client::builder().token(TOKEN).build()), "base_url");
    let no_token = Client::builder().base_url("https://api.@name@.example");
    assert_eq!(field(no_token.build()), "token");
    // Plain http to a host that is not loopback would send the token in clear.
    assert_eq!(
        field(Client::new("http://api.@name@.example", TOKEN)),
        "base_url"
    );

    let builder = Client::builder()
        .base_url("https://api.@name@.example/")
        .token(TOKEN);
    assert!(!format!("{builder:?}").contains(TOKEN));
    let c = builder.build().expect("client");
    assert_eq!(c.base_url(), "https://api.@name@.example");
    assert!(!format!("{c:?}").contains(TOKEN));
}
"##;

const ENV_RS: &str = r##"//! `Client::from_env()`: one test in its own binary, because it changes the
//! process environment.

use @ident@::{Client, ENV_AUTH_TOKEN, ENV_BASE_URL, Error};

fn field_of(r: Result<Client, Error>) -> String {
    match r {
        Err(Error::InvalidInput(e)) => e.field().to_string(),
        other => panic!("expected an input error, got {other:?}"),
    }
}

#[test]
fn from_env_names_the_missing_variable() {
    assert_eq!(
        (ENV_BASE_URL, ENV_AUTH_TOKEN),
        ("@upper@_BASE_URL", "@upper@_TOKEN")
    );
    // SAFETY: this binary has a single test, so no other thread reads the
    // environment while it changes.
    unsafe {
        std::env::remove_var(ENV_BASE_URL);
        std::env::remove_var(ENV_AUTH_TOKEN);
    }
    assert_eq!(field_of(Client::from_env()), ENV_BASE_URL);
    unsafe { std::env::set_var(ENV_BASE_URL, "https://api.@name@.example/") };
    assert_eq!(field_of(Client::from_env()), ENV_AUTH_TOKEN);
    unsafe { std::env::set_var(ENV_AUTH_TOKEN, "  ") };
    assert_eq!(field_of(Client::from_env()), ENV_AUTH_TOKEN);
    unsafe { std::env::set_var(ENV_BASE_URL, "not a url") };
    unsafe { std::env::set_var(ENV_AUTH_TOKEN, "t0ken") };
    assert_eq!(field_of(Client::from_env()), ENV_BASE_URL);
    unsafe { std::env::set_var(ENV_BASE_URL, "https://api.@name@.example/") };
    let c = Client::from_env().expect("client");
    assert_eq!(c.base_url(), "https://api.@name@.example");
}
"##;

const SUPPORT_RS: &str = r##"//! What the table-driven tests of this crate share: the client they call the
//! generated operations table (`tests/generated/operations.rs`) with.

#![allow(dead_code)]

/// The token every table-driven test authenticates with.
pub const TOKEN: &str = "@name@-test-token";

/// The path prefix the client puts before every spec path (none: the
/// spec's paths are appended to the base URL as they are).
pub const PREFIX: &str = "";

/// A client for `base_url` with the test token and no retries.
pub fn client(base_url: &str) -> @ident@::Client {
    @ident@::Client::builder()
        .base_url(base_url)
        .token(TOKEN)
        .max_retries(0)
        .build()
        .expect("a client for the test server")
}
"##;

const OPERATIONS_WIRE_RS: &str = r##"//! Every operation of the spec on the wire, driven by the generated
//! operations table (`tests/generated/operations.rs`, written by `cargo
//! xtask codegen` from the spec): for each case, the testkit's loopback
//! server answers the spec's success example, and the request must be the
//! documented one (method, path, required query, `Authorization`, JSON
//! body) and the typed result must carry every field of the example
//! (`testkit::optable`).

mod support;

#[allow(dead_code, unused_imports, clippy::all)]
mod operations {
    include!("generated/operations.rs");
}

use operations::OPERATIONS;
use testkit::optable::{Wire, check_empty_segments, check_every_operation, check_table};


#[tokio::test]
async fn every_operation_sends_its_documented_request_and_returns_its_typed_result() {
    let wire = Wire {
        prefix: support::PREFIX,
        token: support::TOKEN,
    };
    check_every_operation(OPERATIONS, support::client, &wire).await;
}

#[tokio::test]
async fn an_empty_path_segment_is_refused_before_any_io() {
    check_empty_segments(OPERATIONS, support::client).await;
}

#[test]
fn the_table_has_every_operation_once() {
    check_table(OPERATIONS, operations::OPERATION_COUNT);
}
"##;

const CONTRACT_RS: &str = r##"//! Contract tests: every operation of [`@ident@::Client`] against
//! `prism mock`, which serves `specs/@name@.yaml` and checks every request
//! the client sends against it.
//!
//! Run them with `cargo xtask contract` (also part of `cargo xtask ci`): it
//! starts Prism, sets `@prism_env@`, runs this target with
//! `--include-ignored`, and afterwards fails if Prism logged any request
//! that breaks the spec. A plain `cargo test` lists them as ignored; run
//! by hand without Prism, they fail (the variable is missing).
//!
//! Every operation runs from the generated operations table
//! (`tests/generated/operations.rs`, written by `cargo xtask codegen` from
//! the spec): its success with the spec's examples, decoded into the typed
//! model (its body is checked against the example by `operations_wire.rs`),
//! and every error status the spec documents for it, requested with
//! `Prefer: code=NNN`, arriving as a typed error of that status. `get_item`
//! also checks the parsed [`@ident@::Problem`].

#[allow(dead_code, unused_imports, clippy::all)]
mod generated {
    include!("generated/operations.rs");
}

use std::future::Future;

use @ident@::{Client, Error};
use serde_json::Value;

/// Set by `cargo xtask contract` to the URL of the Prism serving this spec.
const PRISM_ENV: &str = "@prism_env@";
const ITEM_ID: &str = "item-123";

fn prism_url() -> String {
    match std::env::var(PRISM_ENV) {
        Ok(url) if !url.trim().is_empty() => url,
        _ => panic!(
            "{PRISM_ENV} is not set: these tests need Prism; run `cargo xtask contract`, which starts it and sets {PRISM_ENV}"
        ),
    }
}

/// A client for Prism; with `prefer`, every call asks Prism for that status.
fn client(prefer: Option<u16>) -> Client {
    let mut builder = Client::builder()
        .base_url(prism_url())
        .token("@name@-contract-test-token")
        // Prism answers error statuses on request: nothing to retry.
        .max_retries(0);
    if let Some(code) = prefer {
        builder = builder.default_header("Prefer", format!("code={code}"));
    }
    builder.build().expect("a client for Prism")
}

fn spec() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/@name@.yaml");
    let text = std::fs::read_to_string(path).expect("specs/@name@.yaml");
    serde_yaml_ng::from_str(&text).expect("specs/@name@.yaml parses")
}

/// Every operation of the spec: its operationId and its documented 4xx/5xx
/// statuses.
fn operations(spec: &Value) -> Vec<(String, Vec<u16>)> {
    let mut ops: Vec<(String, Vec<u16>)> = spec["paths"]
        .as_object()
        .expect("paths")
        .values()
        .flat_map(|item| item.as_object().into_iter().flat_map(|o| o.values()))
        .filter_map(|op| {
            let id = op.get("operationId")?.as_str()?.to_string();
            let errors = op["responses"]
                .as_object()
                .into_iter()
                .flat_map(|r| r.keys())
                .filter_map(|k| k.parse().ok())
                .filter(|c| *c >= 400)
                .collect();
            Some((id, errors))
        })
        .collect();
    ops.sort();
    ops
}

/// Requests every documented error status of `operation_id` and checks it
/// arrives as a typed API error with a parsed `Problem`.
async fn each_error<F, Fut>(operation_id: &str, call: F)
where
    F: Fn(Client) -> Fut,
    Fut: Future<Output = Result<(), Error>>,
{
    let ops = operations(&spec());
    let (_, codes) = ops
        .iter()
        .find(|(id, _)| id == operation_id)
        .unwrap_or_else(|| panic!("no operation {operation_id} in specs/@name@.yaml"));
    assert!(!codes.is_empty(), "{operation_id} documents no error");
    for &code in codes {
        let err = match call(client(Some(code))).await {
            Ok(()) => panic!("{operation_id}, Prefer code={code}: succeeded"),
            Err(e) => e,
        };
        assert_eq!(
            err.status().map(|s| s.as_u16()),
            Some(code),
            "{operation_id}, Prefer code={code}: {err:?}"
        );
        let problem = err
            .body()
            .unwrap_or_else(|| panic!("{operation_id} {code}: body is not a Problem: {err:?}"));
        assert!(
            problem.title.is_some(),
            "{operation_id} {code}: {problem:?}"
        );
    }
}

#[test]
fn every_operation_of_the_spec_is_in_the_generated_table() {
    let spec_ids: Vec<String> = operations(&spec()).into_iter().map(|(id, _)| id).collect();
    let mut table: Vec<String> = generated::OPERATIONS
        .iter()
        .map(|c| c.operation_id.to_string())
        .collect();
    table.sort();
    assert_eq!(
        table, spec_ids,
        "tests/generated/operations.rs is stale: run `cargo xtask codegen`"
    );
    assert_eq!(generated::OPERATIONS.len(), spec_ids.len());
    assert_eq!(generated::OPERATION_COUNT, spec_ids.len());
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn every_operation_of_the_table_succeeds_and_fails_as_documented() {
    let errors = operations(&spec());
    let mut failures = Vec::new();
    for case in generated::OPERATIONS {
        // Success only: the example body is checked by operations_wire.rs
        // (Prism may answer from a sibling operation whose template matches).
        let out = (case.call)(client(None)).await;
        if let Some(e) = &out.error {
            failures.push(format!("{}: the success failed: {e}", case.operation_id));
        }
        let codes = errors
            .iter()
            .find(|(id, _)| id == case.operation_id)
            .map(|(_, c)| c.clone())
            .unwrap_or_default();
        for code in codes {
            let out = (case.call)(client(Some(code))).await;
            if code == 404 && case.not_found_is_none {
                if out.value != Some(Value::Null) {
                    failures.push(format!(
                        "{}: Prefer code=404 is not Ok(None): {out:?}",
                        case.operation_id
                    ));
                }
            } else if out.status != Some(code) {
                failures.push(format!(
                    "{}: Prefer code={code} came back as {:?}",
                    case.operation_id,
                    out.error.as_deref().unwrap_or("a success")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems over {} operations:\n{}",
        failures.len(),
        generated::OPERATIONS.len(),
        failures.join("\n")
    );
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn get_item() {
    let item = client(None).items().get(ITEM_ID).await.expect("get");
    assert_eq!(item.id, ITEM_ID);
    assert_eq!(item.name, "Example item");
    each_error("getItem", |c| async move {
        c.items().get(ITEM_ID).await.map(drop)
    })
    .await;
}
"##;

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch directory with `specs/` and `crates/`, removed on drop.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(tag: &str) -> Scratch {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static N: AtomicUsize = AtomicUsize::new(0);
            let dir = std::env::temp_dir().join(format!(
                "xtask-new-vendor-unit-{}-{}-{tag}",
                std::process::id(),
                N.fetch_add(1, Ordering::SeqCst)
            ));
            let _ = std::fs::remove_dir_all(&dir);
            for sub in ["specs", "crates"] {
                std::fs::create_dir_all(dir.join(sub)).unwrap();
            }
            Scratch(dir)
        }

        /// Every path below the root, relative, sorted.
        fn listing(&self) -> Vec<String> {
            fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
                for e in std::fs::read_dir(dir).unwrap() {
                    let p = e.unwrap().path();
                    out.push(rel(root, &p));
                    if p.symlink_metadata().unwrap().is_dir() {
                        walk(root, &p, out);
                    }
                }
            }
            let mut out = Vec::new();
            walk(&self.0, &self.0, &mut out);
            out.sort();
            out
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn names_are_checked() {
        for ok in ["acme", "a", "acme-labs", "x2", "acme-2-go", "clientele"] {
            assert_eq!(check_name(ok), Ok(()), "{ok}");
        }
        for (bad, why) in [
            ("", "empty"),
            ("Acme", "`A` is not allowed"),
            ("acme_labs", "`_` is not allowed"),
            ("acme labs", "` ` is not allowed"),
            ("acmé", "`é` is not allowed"),
            ("../acme", "`.` is not allowed"),
            ("acme/x", "`/` is not allowed"),
            ("2acme", "start with a lowercase letter"),
            ("-acme", "start with a lowercase letter"),
            ("acme-", "between two letters or digits"),
            ("acme--labs", "between two letters or digits"),
            ("acme-client", "name the vendor `acme`"),
            (&"a".repeat(MAX_NAME_LEN + 1), "longer than"),
        ] {
            let err = check_name(bad).expect_err(bad);
            assert!(err.contains(why), "{bad:?}: {err}");
        }
    }

    #[test]
    fn derived_names() {
        let n = Names::new("acme-labs");
        assert_eq!(
            (
                n.ident.as_str(),
                n.upper.as_str(),
                n.title.as_str(),
                n.prism_env.as_str()
            ),
            (
                "acme_labs_client",
                "ACME_LABS",
                "Acme Labs",
                "ACME-LABS_PRISM_URL"
            )
        );
        let n = Names::new("acme");
        assert_eq!(
            (n.ident.as_str(), n.upper.as_str(), n.title.as_str()),
            ("acme_client", "ACME", "Acme")
        );
    }

    #[test]
    fn every_placeholder_is_filled() {
        let scratch = Scratch::new("placeholders");
        // Without a model crate (the built-in Cargo.toml) and with this
        // workspace's.
        for root in [scratch.0.clone(), codegen::workspace_root()] {
            let n = Names::for_workspace(&root, "acme-labs");
            let spec = ("specs/acme-labs.yaml", n.fill(SPEC));
            for (file, text) in std::iter::once(spec).chain(n.crate_files(&root)) {
                assert!(
                    !text.contains('@'),
                    "{file}: a placeholder is left:\n{text}"
                );
                assert!(!text.contains(MODEL), "{file} names {MODEL}:\n{text}");
            }
        }
    }

    /// crates/kaiten/Cargo.toml is the model: it must stay one.
    #[test]
    fn this_workspaces_model_crate_serves() {
        let root = codegen::workspace_root();
        let model = std::fs::read_to_string(root.join("crates").join(MODEL).join("Cargo.toml"))
            .expect("the model crate's Cargo.toml");
        let toml = Names::new("acme")
            .adapt_model(&model)
            .expect("a vendor crate's manifest");
        assert!(toml.contains("name = \"acme-client\""), "{toml}");
        assert!(toml.contains("specs/acme.yaml"), "{toml}");
        assert!(toml.contains("testkit.workspace = true"), "{toml}");
    }

    #[test]
    fn a_model_manifest_is_adapted() {
        let model = r#"[package]
name = "kaiten-client"
description = "Typed Rust client for the Kaiten API, generated from specs/kaiten.yaml."
version.workspace = true

[dependencies]
client-runtime.workspace = true

[build-dependencies]
codegen = { workspace = true, optional = true }

[features]
# Build-time generation.
default = ["codegen", "tls"]
codegen = ["dep:codegen"]
# The TLS backend.
tls = ["client-runtime/tls"]

[[bench]]
name = "kaiten"
harness = false

[dev-dependencies]
tokio.workspace = true
tracing.workspace = true
"#;
        let n = Names::new("acme-labs");
        let toml = n.adapt_model(model).expect("adapted");
        assert_eq!(
            toml,
            r#"[package]
name = "acme-labs-client"
description = "Typed Rust client for the Acme Labs API, generated from specs/acme-labs.yaml."
version.workspace = true

[dependencies]
client-runtime.workspace = true

[build-dependencies]
codegen = { workspace = true, optional = true }

[features]
# Build-time generation.
default = ["codegen", "tls"]
codegen = ["dep:codegen"]
# The TLS backend.
tls = ["client-runtime/tls"]

[dev-dependencies]
serde_yaml_ng.workspace = true
testkit.workspace = true
tokio.workspace = true
tracing.workspace = true
"#
        );
        let features = manifest_features(&toml);
        assert_eq!(
            features,
            [
                Feature {
                    name: "codegen".into(),
                    default: true,
                    doc: vec![],
                },
                Feature {
                    name: "tls".into(),
                    default: true,
                    doc: vec!["The TLS backend.".into()],
                }
            ]
        );
        assert_eq!(
            feature_rows(&features),
            "| `tls` | on | The TLS backend. |\n"
        );
        // Not a vendor crate's manifest: the built-in template instead.
        assert!(
            n.adapt_model("[package]\nname = \"kaiten-client\"\n")
                .is_none()
        );
    }

    #[test]
    fn the_built_in_manifest_forwards_the_runtime_features() {
        let scratch = Scratch::new("runtime");
        let root = &scratch.0;
        std::fs::create_dir_all(root.join("crates/runtime")).unwrap();
        std::fs::write(
            root.join("crates/runtime/Cargo.toml"),
            "[package]\nname = \"client-runtime\"\n\n[features]\n# Comment of default.\n\
             default = [\"tls-a\"]\n# A, the default.\ntls-a = [\"reqwest/rustls\"]\n\n# B.\n\
             tls-b = [\n  \"reqwest/native-tls\",\n]\n\n[dev-dependencies]\nx = \"1\"\n",
        )
        .unwrap();
        let n = Names::for_workspace(root, "acme");
        let toml = n.cargo_toml(root);
        assert!(
            toml.contains("default = [\"codegen\", \"tls-a\"]\ncodegen = [\"dep:codegen\"]\n"),
            "{toml}"
        );
        assert!(
            toml.contains(
                "# A, the default.\ntls-a = [\"client-runtime/tls-a\"]\n\
                 # B.\ntls-b = [\"client-runtime/tls-b\"]\n"
            ),
            "{toml}"
        );
        assert!(!toml.contains('@'), "{toml}");
    }

    /// The whole scaffold below a scratch root, for a hyphenated name too:
    /// every file, a snapshot that `codegen --check` finds fresh, and a
    /// second run refused without writing anything.
    #[test]
    fn scaffolds_a_vendor_whose_snapshot_is_fresh() {
        for name in ["acme", "acme-labs"] {
            let scratch = Scratch::new(name);
            let root = &scratch.0;
            let report = scaffold(root, name).unwrap_or_else(|e| panic!("{name}: {e}"));
            let listing = scratch.listing();
            for file in [
                format!("specs/{name}.yaml"),
                format!("crates/{name}/Cargo.toml"),
                format!("crates/{name}/build.rs"),
                format!("crates/{name}/README.md"),
                format!("crates/{name}/src/lib.rs"),
                format!("crates/{name}/tests/wire.rs"),
                format!("crates/{name}/tests/env.rs"),
                format!("crates/{name}/tests/contract.rs"),
                format!("crates/{name}/tests/schemars.rs"),
                format!("crates/{name}/specs/{name}.yaml"),
                format!("crates/{name}/generated/{name}.rs"),
            ] {
                assert!(listing.contains(&file), "{file} not in {listing:?}");
            }
            assert_eq!(report.written.len(), 14, "{:?}", report.written);
            assert!(
                report.written[0].ends_with(&format!("specs/{name}.yaml")),
                "{:?}",
                report.written
            );
            let link = root.join(format!("crates/{name}/specs/{name}.yaml"));
            #[cfg(unix)]
            assert_eq!(
                std::fs::read_link(&link).unwrap(),
                PathBuf::from(format!("../../../specs/{name}.yaml"))
            );
            assert_eq!(
                std::fs::read_to_string(&link).unwrap(),
                std::fs::read_to_string(codegen::spec_path(root, name)).unwrap()
            );
            assert!(matches!(
                crate::check_snapshot(root, name).unwrap(),
                Freshness::Fresh
            ));
            assert_eq!(codegen::vendors(root), [name]);
            let n = Names::new(name);
            let cargo =
                std::fs::read_to_string(root.join(format!("crates/{name}/Cargo.toml"))).unwrap();
            assert!(
                cargo.contains(&format!("name = \"{name}-client\"")),
                "{cargo}"
            );
            let lib =
                std::fs::read_to_string(root.join(format!("crates/{name}/src/lib.rs"))).unwrap();
            assert!(lib.contains(&format!("\"{}_BASE_URL\"", n.upper)), "{lib}");
            assert!(lib.contains(&format!("\"{}_TOKEN\"", n.upper)), "{lib}");
            let wire =
                std::fs::read_to_string(root.join(format!("crates/{name}/tests/wire.rs"))).unwrap();
            assert!(wire.contains(&format!("use {}::", n.ident)), "{wire}");
            let code = std::fs::read_to_string(codegen::snapshot_path(root, name)).unwrap();
            assert!(code.contains("pub fn items(&self)"), "no items() accessor");

            let before = scratch.listing();
            let err = scaffold(root, name).unwrap_err();
            assert!(err.contains("already exists"), "{err}");
            assert_eq!(scratch.listing(), before, "a refusal writes nothing");
        }
    }

    #[test]
    fn refusals_write_nothing() {
        let scratch = Scratch::new("refusals");
        let root = &scratch.0;
        std::fs::write(root.join("specs/taken.yaml"), "openapi: 3.0.3\n").unwrap();
        std::fs::create_dir(root.join("crates/occupied")).unwrap();
        let before = scratch.listing();
        for (name, why) in [
            ("Bad", "not a valid vendor name"),
            ("", "empty"),
            ("taken", "specs/taken.yaml is there"),
            ("occupied", "crates/occupied is there"),
        ] {
            let err = scaffold(root, name).expect_err(name);
            assert!(err.contains(why), "{name}: {err}");
            assert_eq!(scratch.listing(), before, "{name}: nothing written");
        }
        for args in [
            vec![],
            vec!["--force".to_string()],
            vec!["a".to_string(), "b".to_string()],
        ] {
            assert!(run(root, &args).is_err(), "{args:?}");
        }
        assert_eq!(scratch.listing(), before);
    }

    #[test]
    fn a_failure_half_way_removes_what_was_written() {
        let scratch = Scratch::new("undo");
        let root = &scratch.0;
        let before = scratch.listing();
        // Every file is written before the snapshot is rendered; a spec
        // codegen refuses (a `default:` response) fails there.
        let broken = SPEC.replace("        '401':\n", "        default:\n");
        assert_ne!(broken, SPEC);
        let err = scaffold_from(root, "acme", &broken).unwrap_err();
        assert!(err.contains("does not generate"), "{err}");
        assert_eq!(scratch.listing(), before, "everything written was removed");
    }
}
