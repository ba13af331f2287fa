//! `cargo xtask drift --docs DIR [--specs DIR] [--strict]`: compares the
//! vendors' docs feed with the specs written from it.
//!
//! For every `DIR/<vendor>/*.page.txt` and `DIR/<vendor>/*.typedoc.txt` (see
//! [`docs`] for the formats) and `specs/<vendor>.yaml`:
//!
//! * the documented operation exists: method and path (with or without the
//!   spec's server prefix, path parameters matching any value) for pages,
//!   the function name as operationId for typedoc pages;
//! * the curl body validates against the request schema, the first response
//!   example against the 2xx schema and each later one against one of the
//!   error schemas (the page does not say which status it shows);
//! * every documented response field (example or TypeScript type, nested
//!   objects and arrays included) exists in the spec's schema with a
//!   compatible type;
//! * the media types listed for the responses are declared, and the roles
//!   a typedoc page names appear in the operation's description.
//!
//! Each disagreement prints as
//! `vendor / operation / field path: docs say X vs spec says Y`.
//!
//! For every vendor SDK's generated models, `DIR/<vendor>/sdk/models*.py`
//! (see [`sdk`]): every model has a schema (of its name) in the spec its
//! file maps to, with the same fields (JSON names), required-ness,
//! nullability and values (`enum`, or the documented known values). Each
//! difference prints as `vendor: model M field f: what differs`, e.g.
//! `kaiten: model Instance field lifecycleStage: required in the SDK,
//! optional in the spec`. Models still waiting for their schema
//! ([`pending`]) print as a note, unless `--strict`.
//!
//! For every vendor's typed TypeScript client, `DIR/<vendor>/typedoc/sdk.gen.ts`
//! and `types.gen.ts` (see [`client`]): every function is an operation of
//! `specs/<vendor>.yaml` (operationId, method, path) with the same path and
//! query parameters, request body properties (required-ness included) and
//! success response properties, and every spec operation is a function.
//! Each difference prints as `vendor / operation / key: what differs`, e.g.
//! `kustomer / createConversation / body property priority: in the SDK
//! (optional), not in the spec`; the ones the spec records in its
//! `x-sdk-deviations` print as a note. The run prints
//! `vendor: N of M operations matched`.
//!
//! Every line ends with the file it comes from, in brackets; notes (what was
//! skipped, and why) start with `note`.

mod client;
mod docs;
mod pending;
mod python;
mod schema;
mod sdk;
mod ts;

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::spec::{self, Operation};
use schema::{Direction, Issue};

/// The docs feed `cargo xtask ci` checks, relative to the workspace root.
pub const CI_DOCS_DIR: &str = "../shared/docs-feed";

/// One disagreement between a docs page and a spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// The vendor directory.
    pub vendor: String,
    /// The operationId (or `METHOD path` when the spec has none).
    pub operation: String,
    /// The docs file it comes from.
    pub file: String,
    /// The disagreement.
    pub issue: Issue,
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} / {} / {}: docs say {} vs spec says {}  [{}]",
            self.vendor,
            self.operation,
            self.issue.path,
            self.issue.docs,
            self.issue.spec,
            self.file
        )
    }
}

/// One difference between an SDK model and the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelDrift {
    /// The vendor directory.
    pub vendor: String,
    /// The SDK file it comes from (`sdk/models_core.py`).
    pub file: String,
    /// The difference.
    pub issue: sdk::ModelIssue,
}

impl std::fmt::Display for ModelDrift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}  [{}]", self.vendor, self.issue, self.file)
    }
}

/// One difference between a typed client's function and the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientDrift {
    /// The vendor directory.
    pub vendor: String,
    /// The operationId.
    pub operation: String,
    /// The difference (its key, what differs, the file).
    pub difference: client::Difference,
}

impl std::fmt::Display for ClientDrift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = &self.difference;
        write!(
            f,
            "{} / {} / {}: {}  [{}]",
            self.vendor, self.operation, d.key, d.what, d.file
        )
    }
}

/// How many functions of a vendor's typed client matched the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientSummary {
    /// The vendor directory.
    pub vendor: String,
    /// Functions matched: in the spec with their method and path, and no
    /// unrecorded difference.
    pub matched: usize,
    /// Functions of `sdk.gen.ts`.
    pub total: usize,
}

/// Everything one run found.
#[derive(Debug, Default)]
pub struct Report {
    /// Docs pages checked.
    pub pages: usize,
    /// SDK models checked (compared with a schema, or lacking one).
    pub models: usize,
    /// Disagreements of docs pages.
    pub drifts: Vec<Drift>,
    /// Differences of SDK models.
    pub model_drifts: Vec<ModelDrift>,
    /// The typed clients checked.
    pub clients: Vec<ClientSummary>,
    /// Differences of typed clients' functions.
    pub client_drifts: Vec<ClientDrift>,
    /// What was not checked, and why.
    pub notes: Vec<String>,
}

impl Report {
    fn count(&self) -> usize {
        self.drifts.len() + self.model_drifts.len() + self.client_drifts.len()
    }
}

/// Runs the check and prints every drift.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let mut docs_dir = None;
    let mut specs_dir = root.join("specs");
    let mut strict = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--docs" => {
                docs_dir = Some(PathBuf::from(it.next().ok_or("--docs needs a directory")?))
            }
            "--specs" => specs_dir = PathBuf::from(it.next().ok_or("--specs needs a directory")?),
            "--strict" => strict = true,
            other => {
                return Err(format!(
                    "unknown argument `{other}` (usage: drift --docs DIR [--specs DIR] [--strict])"
                ));
            }
        }
    }
    let docs_dir =
        docs_dir.ok_or("drift needs --docs DIR (the docs feed, e.g. ../shared/docs-feed)")?;
    let report = check_dir(&docs_dir, &specs_dir, strict)?;
    for note in &report.notes {
        println!("note    drift: {note}");
    }
    for d in &report.drifts {
        println!("{d}");
    }
    for d in &report.model_drifts {
        println!("{d}");
    }
    for d in &report.client_drifts {
        println!("{d}");
    }
    for c in &report.clients {
        println!(
            "{}: {} of {} operations matched",
            c.vendor, c.matched, c.total
        );
    }
    if report.count() == 0 {
        let clients: usize = report.clients.iter().map(|c| c.total).sum();
        let what = if clients == 0 {
            format!(
                "{} docs pages and {} SDK models",
                report.pages, report.models
            )
        } else {
            format!(
                "{} docs pages, {} SDK models and {clients} typed-client operations",
                report.pages, report.models
            )
        };
        println!(
            "ok      drift: {what} in {} agree with {}",
            docs_dir.display(),
            specs_dir.display()
        );
        Ok(())
    } else {
        Err(format!(
            "{} disagreement(s) between the docs feed {} and the specs in {} (listed above): \
             update the spec, or the docs changed and the spec must follow",
            report.count(),
            docs_dir.display(),
            specs_dir.display()
        ))
    }
}

/// Checks every docs page under `docs_dir` against `specs_dir/<vendor>.yaml`,
/// every SDK model under `docs_dir/<vendor>/sdk/` against the spec its
/// file maps to, and the typed client `docs_dir/<vendor>/typedoc/` (when
/// there) against `specs_dir/<vendor>.yaml`. A page, model or client file
/// that cannot be read or parsed, a vendor without a spec, or a feed with
/// neither pages, SDK models nor a typed client is an error.
/// `strict`: ignore the pending list ([`pending`]).
pub fn check_dir(docs_dir: &Path, specs_dir: &Path, strict: bool) -> Result<Report, String> {
    let entries =
        std::fs::read_dir(docs_dir).map_err(|e| format!("--docs {}: {e}", docs_dir.display()))?;
    let mut vendors: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    vendors.sort();
    let mut report = Report::default();
    let mut sdk_files_seen = 0;
    for vendor_dir in vendors {
        let vendor = file_name(&vendor_dir);
        let mut pages: Vec<PathBuf> = std::fs::read_dir(&vendor_dir)
            .map_err(|e| format!("{}: {e}", vendor_dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let n = file_name(p);
                n.ends_with(".page.txt") || n.ends_with(".typedoc.txt")
            })
            .collect();
        pages.sort();
        let sdk_files = sdk_files(&vendor, &vendor_dir.join("sdk"))?;
        sdk_files_seen += sdk_files.len();
        if !sdk_files.is_empty() {
            check_sdk(&vendor, &sdk_files, specs_dir, strict, &mut report)?;
        }
        // The typed client (Kustomer's `kustomer-client`): on whenever the
        // feed has `<vendor>/typedoc/sdk.gen.ts`.
        check_client(&vendor, &vendor_dir.join("typedoc"), specs_dir, &mut report)?;
        if pages.is_empty() {
            continue;
        }
        let spec_path = specs_dir.join(format!("{vendor}.yaml"));
        if !spec_path.is_file() {
            return Err(format!(
                "{} documents vendor `{vendor}`, but there is no spec {}",
                vendor_dir.display(),
                spec_path.display()
            ));
        }
        let spec = spec::load(&spec_path)?;
        for page in pages {
            let text =
                std::fs::read_to_string(&page).map_err(|e| format!("{}: {e}", page.display()))?;
            let file = file_name(&page);
            let found = if file.ends_with(".page.txt") {
                let parsed =
                    docs::parse_page(&text).map_err(|e| format!("{}: {e}", page.display()))?;
                check_page(&spec, &parsed)
            } else {
                let parsed =
                    docs::parse_typedoc(&text).map_err(|e| format!("{}: {e}", page.display()))?;
                check_typedoc(&spec, &parsed)
            };
            report.pages += 1;
            report
                .drifts
                .extend(found.into_iter().map(|(operation, issue)| Drift {
                    vendor: vendor.clone(),
                    operation,
                    file: file.clone(),
                    issue,
                }));
        }
    }
    if report.pages == 0 && sdk_files_seen == 0 && report.clients.is_empty() {
        return Err(format!(
            "no *.page.txt or *.typedoc.txt under {}/<vendor>/, no SDK models \
             (<vendor>/sdk/models*.py) and no typed client (<vendor>/typedoc/sdk.gen.ts): \
             is --docs the docs feed?",
            docs_dir.display()
        ));
    }
    Ok(report)
}

/// The SDK model files of a vendor (`sdk/models*.py`), sorted; none when
/// there is no `sdk/` directory.
fn sdk_files(vendor: &str, sdk_dir: &Path) -> Result<Vec<sdk::SdkFile>, String> {
    if !sdk_dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(sdk_dir)
        .map_err(|e| format!("{}: {e}", sdk_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && sdk::target(vendor, &file_name(p)).is_some())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            Ok(sdk::SdkFile {
                name: file_name(p),
                text: std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?,
            })
        })
        .collect()
}

fn check_sdk(
    vendor: &str,
    files: &[sdk::SdkFile],
    specs_dir: &Path,
    strict: bool,
    report: &mut Report,
) -> Result<(), String> {
    let specs_label = specs_dir.file_name().map_or_else(
        || specs_dir.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let mut load = |name: &str| {
        let path = specs_dir.join(name);
        if path.is_file() {
            spec::load(&path).map(Some)
        } else {
            Ok(None)
        }
    };
    let pending = if strict {
        &[][..]
    } else {
        pending::for_vendor(vendor)
    };
    let outcome = sdk::check(
        vendor,
        files,
        &mut load,
        &specs_label,
        pending,
        sdk::RENAMES,
    )
    .map_err(|e| format!("{vendor}: {e}"))?;
    report.models += outcome.checked;
    report.notes.extend(outcome.notes);
    report
        .model_drifts
        .extend(outcome.issues.into_iter().map(|(file, issue)| ModelDrift {
            vendor: vendor.to_string(),
            file,
            issue,
        }));
    Ok(())
}

/// Checks `typedoc_dir/sdk.gen.ts` and `types.gen.ts` against
/// `specs_dir/<vendor>.yaml`; nothing when there is no `sdk.gen.ts`.
fn check_client(
    vendor: &str,
    typedoc_dir: &Path,
    specs_dir: &Path,
    report: &mut Report,
) -> Result<(), String> {
    let sdk_path = typedoc_dir.join(client::SDK_FILE);
    if !sdk_path.is_file() {
        return Ok(());
    }
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let sdk_text = read(&sdk_path)?;
    let types_text = read(&typedoc_dir.join(client::TYPES_FILE))?;
    let parsed = client::parse(&sdk_text, &types_text)
        .map_err(|e| format!("{}: {e}", typedoc_dir.display()))?;
    let spec_name = format!("{vendor}.yaml");
    let spec_path = specs_dir.join(&spec_name);
    if !spec_path.is_file() {
        return Err(format!(
            "{} is the typed client of vendor `{vendor}`, but there is no spec {}",
            typedoc_dir.display(),
            spec_path.display()
        ));
    }
    let spec = spec::load(&spec_path)?;
    let outcome = client::check(&parsed, &spec, &spec_name);
    for (operation, difference, reason) in outcome.recorded {
        let d = ClientDrift {
            vendor: vendor.to_string(),
            operation,
            difference,
        };
        report
            .notes
            .push(format!("{d} (recorded in x-sdk-deviations: {reason})"));
    }
    report.client_drifts.extend(
        outcome
            .differences
            .into_iter()
            .map(|(operation, difference)| ClientDrift {
                vendor: vendor.to_string(),
                operation,
                difference,
            }),
    );
    report.clients.push(ClientSummary {
        vendor: vendor.to_string(),
        matched: outcome.matched,
        total: outcome.total,
    });
    Ok(())
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Finds the operation a page documents.
fn find_by_path<'a>(spec: &'a Value, method: &str, docs_path: &str) -> Option<Operation<'a>> {
    let prefix = spec::server_prefix(spec);
    let bare = docs_path
        .split('?')
        .next()
        .unwrap_or(docs_path)
        .trim_end_matches('/');
    let stripped = match bare.strip_prefix(prefix.as_str()) {
        Some(rest) if !prefix.is_empty() && rest.starts_with('/') => rest,
        _ => bare,
    };
    let docs_segments: Vec<&str> = stripped.split('/').collect();
    spec::operations(spec)
        .into_iter()
        .filter(|op| op.method.eq_ignore_ascii_case(method))
        .filter_map(|op| {
            let segments: Vec<&str> = op.path.trim_end_matches('/').split('/').collect();
            if segments.len() != docs_segments.len() {
                return None;
            }
            // The most specific template wins: count the literal characters
            // matched (`/customers/bulk` beats `/customers/{id}`).
            let mut literal = 0;
            for (s, d) in segments.iter().zip(&docs_segments) {
                if s == d {
                    literal += s.len() + 1;
                } else if segment_matches(s, d) {
                    literal += literal_len(s);
                } else {
                    return None;
                }
            }
            Some((literal, op))
        })
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, op)| op)
}

/// The number of characters of a segment template outside `{…}`.
fn literal_len(template: &str) -> usize {
    let mut depth = 0usize;
    template
        .chars()
        .filter(|c| {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .count()
}

/// Whether docs segment `docs` fits spec segment template `template`
/// (`email={email}` fits `email=jane@example.com` and `email={address}`).
fn segment_matches(template: &str, docs: &str) -> bool {
    if !template.contains('{') {
        return false;
    }
    let literals: Vec<&str> = template
        .split('{')
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once('}').map_or("", |(_, lit)| lit)
            }
        })
        .collect();
    let (first, last) = (literals[0], literals[literals.len() - 1]);
    if !docs.starts_with(first)
        || !docs[first.len()..].ends_with(last)
        || docs.len() < first.len() + last.len()
    {
        return false;
    }
    let mut rest = &docs[first.len()..docs.len() - last.len()];
    for lit in &literals[1..literals.len() - 1] {
        match rest.find(lit) {
            Some(at) => rest = &rest[at + lit.len()..],
            None => return false,
        }
    }
    true
}

type Found = Vec<(String, Issue)>;

fn check_page(spec: &Value, page: &docs::Page) -> Found {
    let label = format!("{} {}", page.method, page.path);
    let Some(op) = find_by_path(spec, &page.method, &page.path) else {
        let prefix = spec::server_prefix(spec);
        return vec![(
            label.clone(),
            Issue {
                path: "operation".into(),
                docs: label,
                spec: format!(
                    "no such operation (paths are matched with and without the server prefix `{prefix}`)"
                ),
            },
        )];
    };
    let id = op.id();
    let mut out = Vec::new();

    if let Some(body) = &page.request_body {
        match request_schema(spec, &op) {
            Some(schema) => schema::validate(
                spec,
                schema,
                body,
                "request body",
                Direction::Request,
                &mut out,
            ),
            None => out.push(Issue {
                path: "request body".into(),
                docs: "a JSON body (curl -d)".into(),
                spec: "no application/json request body".into(),
            }),
        }
    }

    let media = &page.response_media_types;
    let success = responses(spec, &op, true);
    let errors = responses(spec, &op, false);
    // The 2xx example comes first, unless the operation's success has no
    // body (a 204): then every example shows an error.
    let success_has_body = !candidate_schemas(&success, None).is_empty();
    let (success_example, error_examples) = match page.responses.split_first() {
        Some((first, rest)) if success_has_body => (Some(first), rest),
        _ => (None, page.responses.as_slice()),
    };
    let skip = usize::from(success_example.is_some());
    if let Some(example) = success_example {
        let wanted = media.first().map(String::as_str);
        check_example(spec, &success, example, "2xx example: ", wanted, &mut out);
    }
    for (i, example) in error_examples.iter().enumerate() {
        let wanted = media.get(i + skip).map(String::as_str);
        let label = format!("error example #{}: ", i + 1);
        check_example(spec, &errors, example, &label, wanted, &mut out);
    }
    let (success_media, error_media) = match media.split_first() {
        Some((first, rest)) if success_has_body => (Some(first), rest),
        _ => (None, media.as_slice()),
    };
    if let Some(m) = success_media {
        check_media(m, &success, "2xx response", &mut out);
    }
    let mut seen: Vec<&String> = Vec::new();
    for m in error_media {
        if !seen.contains(&m) {
            seen.push(m);
            check_media(m, &errors, "error response", &mut out);
        }
    }
    out.into_iter().map(|issue| (id.clone(), issue)).collect()
}

fn check_typedoc(spec: &Value, doc: &docs::Typedoc) -> Found {
    let Some(op) = spec::operations(spec)
        .into_iter()
        .find(|op| op.id() == doc.function)
    else {
        return vec![(
            doc.function.clone(),
            Issue {
                path: "operation".into(),
                docs: format!("function {}", doc.function),
                spec: "no operation with this operationId".into(),
            },
        )];
    };
    let mut out = Vec::new();
    let text = [op.op.get("summary"), op.op.get("description")]
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect::<Vec<_>>()
        .join("\n");
    for role in &doc.roles {
        if !text.contains(role.as_str()) {
            out.push(Issue {
                path: "roles".into(),
                docs: format!("role {role} is required"),
                spec: "the operation's description does not name it".into(),
            });
        }
    }
    let success = responses(spec, &op, true);
    check_type(spec, &success, &doc.data, "2xx type: ", &mut out);
    if let Some(error) = &doc.error {
        let errors = responses(spec, &op, false);
        check_type(spec, &errors, error, "error type: ", &mut out);
    }
    out.into_iter()
        .map(|issue| (doc.function.clone(), issue))
        .collect()
}

/// A response of an operation: its status and media types with schemas.
struct Response<'a> {
    status: String,
    content: Vec<(&'a str, &'a Value)>,
}

/// The 2xx (or the 4xx/5xx) responses of `op`, in status order.
fn responses<'a>(spec: &'a Value, op: &Operation<'a>, success: bool) -> Vec<Response<'a>> {
    let Some(map) = op.op.get("responses").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut out: Vec<Response<'a>> = map
        .iter()
        .filter(|(status, _)| {
            let first = status.chars().next();
            if success {
                first == Some('2')
            } else {
                matches!(first, Some('4' | '5'))
            }
        })
        .filter_map(|(status, r)| {
            let r = spec::resolve(spec, r)?;
            let content = r
                .get("content")
                .and_then(Value::as_object)
                .map(|c| {
                    c.iter()
                        .filter_map(|(media, m)| m.get("schema").map(|s| (media.as_str(), s)))
                        .collect()
                })
                .unwrap_or_default();
            Some(Response {
                status: status.clone(),
                content,
            })
        })
        .collect();
    out.sort_by(|a, b| a.status.cmp(&b.status));
    out
}

fn request_schema<'a>(spec: &'a Value, op: &Operation<'a>) -> Option<&'a Value> {
    let body = spec::resolve(spec, op.op.get("requestBody")?)?;
    let content = body.get("content")?.as_object()?;
    content
        .get("application/json")
        .or_else(|| {
            content
                .iter()
                .find(|(m, _)| m.ends_with("+json"))
                .map(|(_, v)| v)
        })?
        .get("schema")
}

/// The schemas to try for a documented body: the documented media type's
/// when declared, else every JSON one.
fn candidate_schemas<'a>(
    responses: &[Response<'a>],
    media: Option<&str>,
) -> Vec<(String, &'a Value)> {
    let mut out = Vec::new();
    for r in responses {
        let exact: Vec<_> = r
            .content
            .iter()
            .filter(|(m, _)| Some(*m) == media)
            .collect();
        let chosen: Vec<_> = if exact.is_empty() {
            r.content
                .iter()
                .filter(|(m, _)| m.ends_with("json"))
                .collect()
        } else {
            exact
        };
        out.extend(chosen.into_iter().map(|(_, s)| (r.status.clone(), *s)));
    }
    out
}

/// Validates a documented body against the candidates; it agrees when one
/// accepts it. Otherwise the issues against the most likely candidate are
/// reported (the one whose status the body names, else the first).
fn check_example(
    spec: &Value,
    responses: &[Response<'_>],
    example: &Value,
    label: &str,
    media: Option<&str>,
    out: &mut Vec<Issue>,
) {
    let candidates = candidate_schemas(responses, media);
    if candidates.is_empty() {
        out.push(Issue {
            path: format!("{label}response body"),
            docs: schema::describe_value(example),
            spec: "no response with a JSON body".into(),
        });
        return;
    }
    let mut results = Vec::new();
    for (status, schema) in &candidates {
        let mut issues = Vec::new();
        schema::validate(
            spec,
            schema,
            example,
            &format!("{label}response {status} body"),
            Direction::Response,
            &mut issues,
        );
        if issues.is_empty() {
            return;
        }
        results.push((status.clone(), issues));
    }
    let named = example
        .get("status")
        .map(|s| s.to_string().trim_matches('"').to_string());
    let pick = results
        .iter()
        .position(|(status, _)| Some(status) == named.as_ref())
        .unwrap_or(0);
    out.append(&mut results.swap_remove(pick).1);
}

fn check_type(
    spec: &Value,
    responses: &[Response<'_>],
    ty: &ts::Ts,
    label: &str,
    out: &mut Vec<Issue>,
) {
    let candidates = candidate_schemas(responses, Some("application/json"));
    if candidates.is_empty() {
        if !matches!(ty, ts::Ts::Unknown | ts::Ts::Undefined) {
            out.push(Issue {
                path: format!("{label}response body"),
                docs: ty.to_string(),
                spec: "no response with a JSON body".into(),
            });
        }
        return;
    }
    let mut first = None;
    for (status, schema) in &candidates {
        let mut issues = Vec::new();
        schema::compat(
            spec,
            schema,
            ty,
            &format!("{label}response {status} body"),
            &mut issues,
        );
        if issues.is_empty() {
            return;
        }
        first.get_or_insert(issues);
    }
    out.append(&mut first.unwrap_or_default());
}

fn check_media(media: &str, responses: &[Response<'_>], what: &str, out: &mut Vec<Issue>) {
    if !responses
        .iter()
        .any(|r| r.content.iter().any(|(m, _)| *m == media))
    {
        out.push(Issue {
            path: format!("{what} media type"),
            docs: media.to_string(),
            spec: format!("no {what} declares it"),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_templates() {
        assert!(segment_matches("{id}", "abc"));
        assert!(segment_matches("email={email}", "email=jane@example.com"));
        assert!(segment_matches("email={email}", "email={address}"));
        assert!(!segment_matches("email={email}", "phone=1"));
        assert!(!segment_matches("bulk", "other"));
        assert!(segment_matches("{a}-{b}.json", "x-y.json"));
        assert!(!segment_matches("{a}-{b}.json", "xy.json"));
    }

    #[test]
    fn operations_are_found_with_or_without_the_prefix() {
        let spec = serde_json::json!({
            "servers": [{"url": "https://{h}/v1", "variables": {"h": {"default": "x"}}}],
            "paths": {
                "/customers/{id}": {"get": {"operationId": "byId"}},
                "/customers/bulk": {"get": {"operationId": "bulk"}},
                "/customers/email={email}": {"get": {"operationId": "byEmail"}}
            }
        });
        let id = |m: &str, p: &str| find_by_path(&spec, m, p).map(|o| o.id());
        assert_eq!(id("GET", "/customers/123").as_deref(), Some("byId"));
        assert_eq!(id("GET", "/v1/customers/123").as_deref(), Some("byId"));
        assert_eq!(id("GET", "/v1/customers/bulk").as_deref(), Some("bulk"));
        assert_eq!(
            id("GET", "/customers/email=a@b.c").as_deref(),
            Some("byEmail")
        );
        assert_eq!(id("POST", "/customers/123"), None);
        assert_eq!(id("GET", "/customers"), None);
    }
}
