//! `cargo xtask`: the workspace's own tasks.
//!
//! ```text
//! cargo xtask codegen [--check] [-v] [VENDOR...]  regenerate (or check) the snapshots and operations test tables
//! cargo xtask validate [VENDOR...]                validate the specs as codegen does
//! cargo xtask validate --file PATH [VENDOR]       the same for one spec file anywhere
//! cargo xtask demo                                create a customer at each vendor (loopback unless credentials are set)
//! cargo xtask lint                                Redocly lint of every spec (pinned, offline)
//! cargo xtask contract                            every client operation against Prism mocks of the specs
//! cargo xtask drift --docs DIR [--specs DIR] [--strict]  compare the docs feed and SDK models with the specs
//! cargo xtask new-vendor NAME                     scaffold specs/NAME.yaml and crates/NAME (package NAME-client)
//! cargo xtask ci                                  every check CI runs
//! ```

mod contract;
mod demo;
mod drift;
mod lint;
mod new_vendor;
mod spec;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((cmd, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let root = codegen::workspace_root();
    let result = match cmd.as_str() {
        "codegen" => cmd_codegen(&root, rest),
        "validate" => cmd_validate(&root, rest),
        "demo" => demo::run(&root),
        "lint" => lint::run(&root, rest),
        "contract" => contract::run(&root, rest),
        "drift" => drift::run(&root, rest),
        "new-vendor" => new_vendor::run(&root, rest),
        "ci" => cmd_ci(&root, rest),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown task `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage: cargo xtask <task>

tasks:
  codegen [--check] [-v] [VENDOR...]  rewrite crates/<vendor>/generated/<vendor>.rs and the operations test table
                                      crates/<vendor>/tests/generated/operations.rs from specs/<vendor>.yaml;
                                      --check: fail (and with -v print a unified diff) when one is stale
  validate [VENDOR...]                check the specs the way codegen does (3.0.x, operationIds, progenitor limits)
  validate --file PATH [VENDOR]       the same for one spec file anywhere (rendered as VENDOR, default its stem)
  demo                                create a customer at each vendor and show one typed error: against an
                                      embedded loopback server, or the real API when credentials are set
  lint                                Redocly CLI (pinned in .ci/openapi-tools, installed with npm ci when
                                      missing or stale) over specs/*.yaml with the rules of redocly.yaml
  contract                            start one Prism mock per vendor spec (plus a canary), run every client
                                      operation against it (`--test contract --include-ignored`), fail on a
                                      Prism crash or any request/response the spec does not allow
  drift --docs DIR [--specs DIR] [--strict]
                                      compare DIR/<vendor>/*.page.txt and *.typedoc.txt (the vendors' docs as
                                      captured) and the SDK models in DIR/<vendor>/sdk/models*.py with
                                      specs/<vendor>.yaml; every disagreement is reported (models still listed
                                      in xtask/src/drift/pending.rs are noted, not failed, unless --strict)
  new-vendor NAME                     scaffold a vendor: specs/NAME.yaml (one operation) and crates/NAME
                                      (package NAME-client: build.rs, client layer, README, tests, snapshot),
                                      ready for codegen --check, build and test; NAME is lowercase letters,
                                      digits and hyphens, starting with a letter
  ci                                  every check: fmt, validate, codegen --check, lint, drift, clippy -D warnings,
                                      tests, contract, the snapshot path, the schemars feature, every TLS
                                      backend, cargo package --workspace, benches built, doc";

fn vendors(args: &[String]) -> Result<Vec<String>, String> {
    let known = codegen::vendors(&codegen::workspace_root());
    let named: Vec<String> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .cloned()
        .collect();
    if named.is_empty() {
        return Ok(known);
    }
    for v in &named {
        if !known.contains(v) {
            return Err(format!(
                "unknown vendor `{v}` (known: {})",
                known.join(", ")
            ));
        }
    }
    Ok(named)
}

fn flags_ok(args: &[String], allowed: &[&str]) -> Result<(), String> {
    for a in args.iter().filter(|a| a.starts_with('-')) {
        if !allowed.contains(&a.as_str()) {
            return Err(format!("unknown flag `{a}`"));
        }
    }
    Ok(())
}

/// What `codegen --check` found for one vendor.
pub enum Freshness {
    /// The snapshot matches.
    Fresh,
    /// The snapshot differs; the unified diff from snapshot to fresh output.
    Stale(String),
    /// There is no snapshot yet.
    Missing,
}

/// The generated files of `vendor` that are committed, with their fresh
/// text: the client snapshot and the operations test table, both rendered
/// by one call to codegen (so `codegen` and `codegen --check` cannot
/// disagree).
pub fn generated_files(root: &Path, vendor: &str) -> Result<Vec<(PathBuf, String)>, String> {
    let (client, table) = codegen::render_with_table(root, vendor).map_err(|e| e.to_string())?;
    Ok(vec![
        (codegen::snapshot_path(root, vendor), client),
        (codegen::operations_table_path(root, vendor), table),
    ])
}

/// Compares each committed generated file of `vendor` with its fresh text.
pub fn check_generated(root: &Path, vendor: &str) -> Result<Vec<(String, Freshness)>, String> {
    let mut out = Vec::new();
    for (path, fresh) in generated_files(root, vendor)? {
        let rel = rel(root, &path);
        let Ok(current) = std::fs::read_to_string(&path) else {
            out.push((rel, Freshness::Missing));
            continue;
        };
        let current = current.replace("\r\n", "\n");
        if current == fresh {
            out.push((rel, Freshness::Fresh));
            continue;
        }
        let diff = similar::TextDiff::from_lines(&current, &fresh)
            .unified_diff()
            .context_radius(3)
            .header(
                &format!("{rel} (committed)"),
                &format!("{rel} (from specs/{vendor}.yaml)"),
            )
            .to_string();
        out.push((rel, Freshness::Stale(diff)));
    }
    Ok(out)
}

/// Compares every committed generated file of `vendor` (the snapshot and
/// the operations test table) with freshly rendered code: `Fresh` when all
/// are, `Missing` when one is missing, else `Stale` with every diff.
pub fn check_snapshot(root: &Path, vendor: &str) -> Result<Freshness, String> {
    let mut diffs = String::new();
    for (_, freshness) in check_generated(root, vendor)? {
        match freshness {
            Freshness::Fresh => {}
            Freshness::Missing => return Ok(Freshness::Missing),
            Freshness::Stale(diff) => diffs.push_str(&diff),
        }
    }
    Ok(if diffs.is_empty() {
        Freshness::Fresh
    } else {
        Freshness::Stale(diffs)
    })
}

fn cmd_codegen(root: &Path, args: &[String]) -> Result<(), String> {
    flags_ok(args, &["--check", "-v", "--verbose"])?;
    let check = args.iter().any(|a| a == "--check");
    let verbose = args.iter().any(|a| a == "-v" || a == "--verbose");
    let mut stale = Vec::new();
    for vendor in vendors(args)? {
        if check {
            let files = check_generated(root, &vendor).map_err(|e| format!("{vendor}: {e}"))?;
            let mut fresh = true;
            for (rel, freshness) in files {
                match freshness {
                    Freshness::Fresh => println!("ok      {vendor}: {rel} is up to date"),
                    Freshness::Missing => {
                        println!("MISSING {vendor}: {rel} does not exist");
                        fresh = false;
                    }
                    Freshness::Stale(diff) => {
                        println!(
                            "STALE   {vendor}: {rel} differs from what specs/{vendor}.yaml generates"
                        );
                        if verbose {
                            println!("{diff}");
                        }
                        fresh = false;
                    }
                }
            }
            if !fresh {
                stale.push(vendor);
            }
        } else {
            for (path, code) in generated_files(root, &vendor)? {
                let current = std::fs::read_to_string(&path).ok();
                if current.as_deref() == Some(code.as_str()) {
                    println!("unchanged {}", rel(root, &path));
                } else {
                    if let Some(dir) = path.parent() {
                        std::fs::create_dir_all(dir)
                            .map_err(|e| format!("{}: {e}", dir.display()))?;
                    }
                    std::fs::write(&path, code).map_err(|e| format!("{}: {e}", path.display()))?;
                    println!("wrote     {}", rel(root, &path));
                }
            }
        }
    }
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "stale generated code for {}: run `cargo xtask codegen` and commit the result{}",
            stale.join(", "),
            if verbose {
                ""
            } else {
                " (add -v to see the diff)"
            }
        ))
    }
}

fn rel(root: &Path, p: &Path) -> String {
    p.strip_prefix(root).unwrap_or(p).display().to_string()
}

fn cmd_validate(root: &Path, args: &[String]) -> Result<(), String> {
    if let [flag, file, vendor @ ..] = args
        && flag == "--file"
    {
        return validate_file(Path::new(file), vendor.first().map(String::as_str));
    }
    flags_ok(args, &[])?;
    let mut failed = Vec::new();
    for vendor in vendors(args)? {
        // Rendering runs every check plus progenitor itself (under
        // catch_unwind), so "valid" means "a client can be generated".
        match codegen::render(root, &vendor) {
            Ok(_) => println!("ok      specs/{vendor}.yaml"),
            Err(e) => {
                println!("INVALID specs/{vendor}.yaml");
                for d in &e.diagnostics {
                    println!("  {d}");
                }
                failed.push(vendor);
            }
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "invalid spec: {}",
            failed
                .iter()
                .map(|v| format!("specs/{v}.yaml"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
    }
}

/// `validate --file PATH [VENDOR]`: a spec outside `specs/` (a draft, or a
/// vendor's published document), rendered as VENDOR (default: the file
/// stem) without writing anything.
fn validate_file(path: &Path, vendor: Option<&str>) -> Result<(), String> {
    let shown = path.display().to_string();
    let vendor = match vendor {
        Some(v) => v.to_string(),
        None => path
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or_else(|| format!("{shown}: no file name to take the vendor from"))?
            .to_string(),
    };
    let rendered =
        codegen::load_file(path, &shown).and_then(|spec| codegen::render_spec(&vendor, spec));
    match rendered {
        Ok(_) => {
            println!("ok      {shown}");
            Ok(())
        }
        Err(e) => {
            println!("INVALID {shown}");
            for d in &e.diagnostics {
                println!("  {d}");
            }
            Err(format!("invalid spec: {shown}"))
        }
    }
}

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// The resource features of `package` (its `resources` feature's list),
/// checked against the features its generated snapshot gates by: each must
/// be in the other. Empty for a crate without per-resource features.
fn resource_features(root: &Path, vendor: &str, package: &str) -> Result<Vec<String>, String> {
    let snapshot_path = root.join(format!("crates/{vendor}/generated/{vendor}.rs"));
    let snapshot = std::fs::read_to_string(&snapshot_path)
        .map_err(|e| format!("{}: {e}", snapshot_path.display()))?;
    let mut gated: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    for part in snapshot.split("feature = \"").skip(1) {
        if let Some(name) = part.split('"').next()
            && name != "schemars"
            && name != "codegen"
        {
            gated.insert(name.to_string());
        }
    }
    let out = cargo()
        .current_dir(root)
        .args([
            "metadata",
            "--locked",
            "--offline",
            "--no-deps",
            "--format-version",
            "1",
        ])
        .output()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let meta: serde_json::Value =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    let declared: std::collections::BTreeSet<String> = meta["packages"]
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["name"] == package))
        .and_then(|p| p["features"]["resources"].as_array())
        .map(|a| {
            a.iter()
                .filter_map(|f| f.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    if gated != declared {
        let missing: Vec<&String> = gated.difference(&declared).collect();
        let extra: Vec<&String> = declared.difference(&gated).collect();
        return Err(format!(
            "{package}: the `resources` feature of crates/{vendor}/Cargo.toml must list exactly \
             the features the generated code gates by (one per tag of specs/{vendor}.yaml, each \
             also declared as `name = []` and in `default` through `resources`); missing: \
             {missing:?}, not gated by anything: {extra:?}"
        ));
    }
    Ok(declared.into_iter().collect())
}

fn step(name: &str, cmd: &mut Command) -> Result<(), String> {
    println!("\n==> {name}");
    let status = cmd
        .status()
        .map_err(|e| format!("{name}: cannot start: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{name} failed ({status})"))
    }
}

fn cmd_ci(root: &Path, args: &[String]) -> Result<(), String> {
    flags_ok(args, &[])?;
    let started = std::time::Instant::now();
    step(
        "cargo fmt --check",
        cargo().current_dir(root).args(["fmt", "--all", "--check"]),
    )?;
    println!("\n==> validate specs");
    cmd_validate(root, &[])?;
    println!("\n==> codegen --check");
    cmd_codegen(root, &["--check".to_string(), "-v".to_string()])?;
    // The spec gates are cheap (seconds) and fail before the long builds.
    println!("\n==> lint specs (Redocly)");
    lint::run(root, &[])?;
    println!("\n==> drift: docs feed vs specs");
    let docs_feed = root.join(drift::CI_DOCS_DIR);
    drift::run(
        root,
        &["--docs".to_string(), docs_feed.display().to_string()],
    )?;
    step(
        "cargo clippy --all-targets -- -D warnings",
        cargo().current_dir(root).args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    step(
        "cargo test",
        cargo()
            .current_dir(root)
            .args(["test", "--workspace", "--locked"]),
    )?;
    // After the tests: their build already compiled the contract targets.
    println!("\n==> contract tests against Prism");
    contract::run(root, &[])?;
    // The snapshot path (no build-time generation) must compile too: it is
    // what users who opt out of the `codegen` feature build.
    let mut check = cargo();
    check
        .current_dir(root)
        .args(["check", "--locked", "--no-default-features"]);
    for vendor in codegen::vendors(root) {
        check.args(["--package", &format!("{vendor}-client")]);
    }
    step(
        "cargo check --no-default-features (vendor crates from their snapshots)",
        &mut check,
    )?;
    // One feature per resource (`info.x-rust-features`): the crate's
    // `resources` feature lists exactly the features its snapshot gates by,
    // and each of them builds alone.
    for vendor in codegen::vendors(root) {
        let package = format!("{vendor}-client");
        let features = resource_features(root, &vendor, &package)?;
        for f in &features {
            step(
                &format!("{package}: the `{f}` resource alone"),
                cargo().current_dir(root).args([
                    "check",
                    "--locked",
                    "--quiet",
                    "--package",
                    &package,
                    "--lib",
                    "--no-default-features",
                    "--features",
                    f,
                ]),
            )?;
        }
    }
    // The `schemars` feature: every request body's derived JSON Schema
    // against the spec (tests/schemars.rs of each vendor crate).
    let mut schemars = cargo();
    schemars.current_dir(root).args([
        "test",
        "--locked",
        "--features",
        "schemars",
        "--test",
        "schemars",
    ]);
    for vendor in codegen::vendors(root) {
        schemars.args(["--package", &format!("{vendor}-client")]);
    }
    step(
        "schemars feature: derived request body schemas vs the specs",
        &mut schemars,
    )?;
    // Every TLS backend the features offer builds a working client, and
    // with none an https base URL is refused by name (config.rs's test).
    for features in ["rustls-aws-lc", "rustls-ring", "native-tls", ""] {
        let label = if features.is_empty() {
            "no TLS"
        } else {
            features
        };
        step(
            &format!("TLS backend: {label}"),
            cargo().current_dir(root).args([
                "test",
                "--locked",
                "--package",
                "client-runtime",
                "--no-default-features",
                "--features",
                features,
                "--lib",
                "--",
                "tls_backend",
            ]),
        )?;
    }
    // Every crate builds on its own from its package (spec and snapshot
    // inside), as a library dependency would: `--allow-dirty` because the
    // question is what the packages carry, not whether the tree is committed.
    step(
        "cargo package --workspace (with verification)",
        cargo()
            .current_dir(root)
            .args(["package", "--workspace", "--locked", "--allow-dirty"]),
    )?;
    // Benchmarks are built, not run, in CI (see BENCHMARKS.md).
    step(
        "cargo bench --no-run",
        cargo()
            .current_dir(root)
            .args(["bench", "--workspace", "--locked", "--no-run"]),
    )?;
    step(
        "cargo doc (deny warnings)",
        cargo()
            .current_dir(root)
            .env("RUSTDOCFLAGS", "-D warnings")
            .args(["doc", "--workspace", "--no-deps", "--locked"]),
    )?;
    println!("\nci: every check passed in {:.0?}", started.elapsed());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Plain `cargo test` fails when a committed snapshot is stale, as
    /// `cargo xtask codegen --check` does.
    #[test]
    fn generated_snapshots_are_fresh() {
        let root = codegen::workspace_root();
        for vendor in &codegen::vendors(&root) {
            match check_snapshot(&root, vendor).unwrap() {
                Freshness::Fresh => {}
                Freshness::Missing => panic!(
                    "a generated file of {vendor} (its snapshot or operations table) is missing: run `cargo xtask codegen`"
                ),
                Freshness::Stale(diff) => {
                    panic!(
                        "a generated file of {vendor} is stale: run `cargo xtask codegen`\n{diff}"
                    )
                }
            }
        }
    }
}
