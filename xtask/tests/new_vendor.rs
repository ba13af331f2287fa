//! `cargo xtask new-vendor` end to end, in a temporary copy of the workspace
//! (the working tree's files, without `target/`, `.git` and `node_modules`):
//! `new-vendor acme` scaffolds the vendor; refused names (bad, taken) write
//! nothing; then `codegen --check` and `validate` pass, and `cargo test -p
//! acme-client` builds the new crate and runs its tests, which call its one
//! operation against testkit's loopback server. The real workspace is left
//! as it was.
//!
//! The copy builds into this workspace's target directory (`CARGO_TARGET_DIR`
//! when set, else `<workspace>/target`), so the dependencies are not built
//! again, only the workspace's own crates, under artifact names of their
//! own ([`own_artifacts`]) so that the real workspace's stay as they are:
//! about 20 s on 2 cores when the dependencies are built, a few minutes
//! when the copy needs a feature set of theirs nothing built before.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

const VENDOR: &str = "acme";

/// Directory names never copied, at any depth.
const SKIP: [&str; 3] = [".git", "target", "node_modules"];

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits below the workspace root")
        .to_path_buf()
}

/// The real workspace's target directory.
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("target"),
    }
}

/// A directory below the system's temporary directory, removed on drop
/// (also when the test panics).
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let dir =
            std::env::temp_dir().join(format!("xtask-new-vendor-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create the temporary directory");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // remove_dir_all does not follow symlinks.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Copies the tree at `from` to `to`, symlinks as symlinks.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
    let entries = std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    for entry in entries {
        let entry = entry.expect("directory entry");
        let name = entry.file_name();
        let (src, dst) = (entry.path(), to.join(&name));
        let kind = entry.file_type().expect("file type");
        if kind.is_symlink() {
            let target = std::fs::read_link(&src).expect("read symlink");
            #[cfg(unix)]
            std::os::unix::fs::symlink(&target, &dst)
                .unwrap_or_else(|e| panic!("{}: {e}", dst.display()));
            #[cfg(not(unix))]
            if src.is_file() {
                std::fs::copy(&src, &dst).unwrap_or_else(|e| panic!("{}: {e}", dst.display()));
            }
        } else if kind.is_dir() {
            if !name.to_str().is_some_and(|n| SKIP.contains(&n)) {
                copy_tree(&src, &dst);
            }
        } else {
            std::fs::copy(&src, &dst).unwrap_or_else(|e| panic!("{}: {e}", dst.display()));
            // Modified now, whatever the platform's copy keeps: cargo must
            // find the copy's crates newer than the artifacts a previous
            // copy (another CARGO_MANIFEST_DIR compiled in) left. A file
            // that cannot be opened for writing keeps its time.
            let _ = std::fs::File::options()
                .write(true)
                .open(&dst)
                .and_then(|f| f.set_modified(std::time::SystemTime::now()));
        }
    }
}

/// Every path below `dir`, relative to it, sorted.
fn listing(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries {
            let path = entry.expect("directory entry").path();
            out.push(path.strip_prefix(base).unwrap().display().to_string());
            if path.symlink_metadata().is_ok_and(|m| m.is_dir()) {
                walk(base, &path, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// What `new-vendor` may touch in a workspace.
fn vendor_dirs(root: &Path) -> Vec<String> {
    let mut all = listing(&root.join("specs"));
    all.extend(
        listing(&root.join("crates"))
            .into_iter()
            .map(|p| format!("crates/{p}")),
    );
    all
}

/// The package names of the workspace members below `root` (`crates/*`,
/// `xtask`).
fn members(root: &Path) -> Vec<String> {
    let mut manifests = vec![root.join("xtask/Cargo.toml")];
    for entry in std::fs::read_dir(root.join("crates")).expect("crates/") {
        manifests.push(entry.expect("directory entry").path().join("Cargo.toml"));
    }
    let mut names: Vec<String> = manifests
        .iter()
        .filter_map(|m| std::fs::read_to_string(m).ok())
        .filter_map(|text| {
            let package = &text[text.find("[package]")?..];
            let line = package
                .lines()
                .find(|l| l.trim_start().starts_with("name"))?;
            Some(line.split('"').nth(1)?.to_string())
        })
        .collect();
    names.sort();
    names
}

/// `--config` arguments that give the copy's workspace crates artifacts of
/// their own in the shared target directory.
///
/// Cargo names a workspace crate's artifacts by a hash of its package id
/// taken *relative to the workspace root*, its profile, features and
/// dependencies: so a copy's `codegen` would get the same file names as
/// the real one, overwrite them (with `CARGO_MANIFEST_DIR` of the copy
/// compiled in: `codegen::workspace_root()`), and the real workspace would
/// then find them fresh. A profile setting of their own (line tables only,
/// which also links faster) changes the hash of exactly those crates, so
/// the dependencies' artifacts are still shared.
fn own_artifacts(members: &[String]) -> Vec<String> {
    members
        .iter()
        .flat_map(|m| {
            [
                "--config".to_string(),
                format!("profile.dev.package.{m}.debug=\"line-tables-only\""),
            ]
        })
        .collect()
}

/// Runs cargo in the copy `dir` with the real workspace's target directory
/// (`config`: [`own_artifacts`], before the arguments).
fn cargo(dir: &Path, target: &Path, config: &[String], args: &[&str]) -> Output {
    let started = Instant::now();
    let (command, rest) = args.split_first().expect("a cargo command");
    let out = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("CARGO_BUILD_TARGET_DIR")
        // No test talks to anything but 127.0.0.1: the new crate's
        // dependencies are the workspace's, already fetched for this build
        // (adding it to the copy's Cargo.lock needs no registry).
        .env("CARGO_NET_OFFLINE", "true")
        .arg(command)
        .args(config)
        .args(rest)
        .output()
        .expect("run cargo");
    eprintln!(
        "cargo {} ({:.1?}): {}",
        args.join(" "),
        started.elapsed(),
        out.status
    );
    out
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The stdout of a command that must succeed.
fn success(out: Output, what: &str) -> String {
    assert!(
        out.status.success(),
        "{what} failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
        out.status,
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// The stderr of a command that must fail.
fn failure(out: Output, what: &str) -> String {
    assert!(
        !out.status.success(),
        "{what} should have failed:\n--- stdout\n{}\n--- stderr\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stderr)
}

#[test]
fn new_vendor_scaffolds_a_crate_that_builds_and_calls_its_operation() {
    let started = Instant::now();
    let real = workspace_root();
    let target = target_dir(&real);
    let real_lock = || std::fs::read_to_string(real.join("Cargo.lock")).unwrap_or_default();
    for path in [format!("specs/{VENDOR}.yaml"), format!("crates/{VENDOR}")] {
        assert!(
            real.join(&path).symlink_metadata().is_err(),
            "the real workspace already has {path}: remove it (a leftover?) before running this test"
        );
    }
    assert!(!real_lock().contains(&format!("\"{VENDOR}-client\"")));

    let tmp = TempDir::new();
    let copy = tmp.0.join("main");
    copy_tree(&real, &copy);
    let members = members(&copy);
    for crate_ in ["xtask", "client-runtime"] {
        assert!(members.iter().any(|m| m == crate_), "{members:?}");
    }
    let config = own_artifacts(&members);
    let xtask = |args: &[&str]| {
        let mut all = vec!["run", "-q", "-p", "xtask", "--"];
        all.extend_from_slice(args);
        cargo(&copy, &target, &config, &all)
    };

    let out = success(xtask(&["new-vendor", VENDOR]), "new-vendor acme");
    for expected in [
        "wrote   specs/acme.yaml",
        "wrote   crates/acme/Cargo.toml",
        "wrote   crates/acme/build.rs",
        "wrote   crates/acme/README.md",
        "wrote   crates/acme/src/lib.rs",
        "wrote   crates/acme/tests/wire.rs",
        "wrote   crates/acme/generated/acme.rs",
        "wrote   crates/acme/tests/operations_wire.rs",
        "wrote   crates/acme/tests/generated/operations.rs",
        "next steps:",
        "ACME_BASE_URL and ACME_TOKEN",
        "cargo test -p acme-client",
    ] {
        assert!(out.contains(expected), "`{expected}` not in:\n{out}");
    }
    #[cfg(unix)]
    {
        assert!(
            out.contains("linked  crates/acme/specs/acme.yaml -> ../../../specs/acme.yaml"),
            "{out}"
        );
        let link = copy.join("crates/acme/specs/acme.yaml");
        assert_eq!(
            std::fs::read_link(&link).expect("a symlink"),
            Path::new("../../../specs/acme.yaml")
        );
    }
    assert_eq!(
        std::fs::read_to_string(copy.join("crates/acme/specs/acme.yaml")).expect("resolves"),
        std::fs::read_to_string(copy.join("specs/acme.yaml")).unwrap()
    );

    // Refusals, through the binary: nothing is written.
    let before = vendor_dirs(&copy);
    for (args, why) in [
        (vec!["new-vendor", VENDOR], "vendor `acme` already exists"),
        (
            vec!["new-vendor", "kaiten"],
            "vendor `kaiten` already exists",
        ),
        (vec!["new-vendor", "Acme"], "not a valid vendor name"),
        (vec!["new-vendor", "acme_labs"], "not a valid vendor name"),
        (
            vec!["new-vendor", "9lives"],
            "start with a lowercase letter",
        ),
        (vec!["new-vendor"], "needs the vendor's name"),
    ] {
        let err = failure(xtask(&args), &args.join(" "));
        assert!(err.contains(why), "{args:?}: `{why}` not in {err}");
    }
    assert_eq!(vendor_dirs(&copy), before, "a refusal writes nothing");

    let out = success(xtask(&["codegen", "--check"]), "codegen --check");
    assert!(
        out.contains("ok      acme: crates/acme/generated/acme.rs is up to date"),
        "{out}"
    );
    success(xtask(&["validate", VENDOR]), "validate acme");

    let out = success(
        cargo(&copy, &target, &config, &["test", "-p", "acme-client"]),
        "cargo test -p acme-client",
    );
    for test in [
        "get_item_sends_the_documented_request_and_returns_the_typed_item ... ok",
        "an_empty_item_id_is_refused_before_any_io ... ok",
        "an_error_response_is_typed_with_the_parsed_problem_and_the_raw_body ... ok",
        "from_env_names_the_missing_variable ... ok",
        "every_operation_of_the_spec_is_in_the_generated_table ... ok",
        "every_operation_sends_its_documented_request_and_returns_its_typed_result ... ok",
        "an_empty_path_segment_is_refused_before_any_io ... ok",
    ] {
        assert!(out.contains(test), "`{test}` not in:\n{out}");
    }
    assert!(!out.contains("FAILED"), "{out}");
    let lock = std::fs::read_to_string(copy.join("Cargo.lock")).expect("Cargo.lock");
    assert!(
        lock.contains("name = \"acme-client\""),
        "Cargo.lock of the copy"
    );

    // The real workspace is untouched.
    for path in [format!("specs/{VENDOR}.yaml"), format!("crates/{VENDOR}")] {
        assert!(
            real.join(&path).symlink_metadata().is_err(),
            "{path} leaked into the real workspace"
        );
    }
    assert!(!real_lock().contains(&format!("\"{VENDOR}-client\"")));
    eprintln!("new-vendor end to end: {:.0?}", started.elapsed());
}
