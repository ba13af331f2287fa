//! The pinned Node tools of `.ci/openapi-tools` (Redocly CLI, Prism).
//!
//! `package.json` and `package-lock.json` are committed; `node_modules` is
//! not. [`ensure_installed`] runs `npm ci` when `node_modules` is missing or
//! does not match the lockfile, so a fresh clone and a lockfile bump both get
//! exactly the pinned versions. Installing needs the npm registry; running
//! the tools afterwards needs no network ([`tool_command`] turns Redocly's
//! telemetry and update check off).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// Where the tools' `package.json` lives, relative to the workspace root.
pub const TOOLS_DIR: &str = ".ci/openapi-tools";

/// The oldest Node.js the pinned tools run on (Redocly CLI 2.77.0 asks for
/// 20.19; Prism 5.14.2 for 18.20.1).
const MIN_NODE: (u64, u64) = (20, 19);

/// Checks Node.js, installs the tools with `npm ci` when needed, and returns
/// the directory with their executables (`node_modules/.bin`).
pub fn ensure_installed(root: &Path) -> Result<PathBuf, String> {
    check_node()?;
    let dir = root.join(TOOLS_DIR);
    let bin = dir.join("node_modules").join(".bin");
    match install_state(&dir)? {
        InstallState::Current => return Ok(bin),
        InstallState::Missing => println!("==> npm ci ({TOOLS_DIR}: tools not installed yet)"),
        InstallState::Stale(why) => println!("==> npm ci ({TOOLS_DIR}: {why})"),
    }
    let status = Command::new("npm")
        .current_dir(root)
        .args([
            "ci",
            "--prefix",
            TOOLS_DIR,
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ])
        .env("npm_config_update_notifier", "false")
        .status()
        .map_err(|e| missing_program("npm", &e))?;
    if !status.success() {
        return Err(format!(
            "`npm ci --prefix {TOOLS_DIR}` failed ({status}); it needs the npm registry to install the pinned tools"
        ));
    }
    match install_state(&dir)? {
        InstallState::Current => Ok(bin),
        InstallState::Missing => Err(format!(
            "`npm ci` succeeded but {TOOLS_DIR}/node_modules is still incomplete"
        )),
        InstallState::Stale(why) => Err(format!(
            "`npm ci` succeeded but {TOOLS_DIR}/node_modules still differs from the lockfile: {why}"
        )),
    }
}

/// A command running tool `name` from `bin` with the workspace root as its
/// working directory and every phone-home feature turned off.
pub fn tool_command(root: &Path, bin: &Path, name: &str) -> Command {
    let mut cmd = Command::new(bin.join(name));
    cmd.current_dir(root)
        .env("REDOCLY_TELEMETRY", "off")
        .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
        .env("CI", "true")
        .env("npm_config_update_notifier", "false");
    cmd
}

/// The error for a program that cannot be started.
pub fn missing_program(program: &str, e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::NotFound {
        format!(
            "`{program}` was not found on PATH: install Node.js {}.{} or later (it ships npm); \
             the spec lint and the contract tests run the pinned tools of {TOOLS_DIR} with it",
            MIN_NODE.0, MIN_NODE.1
        )
    } else {
        format!("cannot start `{program}`: {e}")
    }
}

fn check_node() -> Result<(), String> {
    let out = Command::new("node")
        .arg("--version")
        .output()
        .map_err(|e| missing_program("node", &e))?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let version = parse_node_version(&text).ok_or_else(|| {
        format!("cannot read the Node.js version from `node --version`: {text:?}")
    })?;
    if version < MIN_NODE {
        return Err(format!(
            "Node.js {text} is too old: the pinned tools of {TOOLS_DIR} need {}.{} or later",
            MIN_NODE.0, MIN_NODE.1
        ));
    }
    Ok(())
}

/// `v20.20.2` → `(20, 20)`.
fn parse_node_version(text: &str) -> Option<(u64, u64)> {
    let mut parts = text.trim().trim_start_matches('v').split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    Some((major, minor))
}

#[derive(Debug, PartialEq, Eq)]
enum InstallState {
    Current,
    Missing,
    Stale(String),
}

/// Compares `package-lock.json` with the `node_modules/.package-lock.json`
/// npm writes on install (and the executables the tasks use).
fn install_state(dir: &Path) -> Result<InstallState, String> {
    let lock_path = dir.join("package-lock.json");
    let lock = read_json(&lock_path)?.ok_or_else(|| {
        format!(
            "{} is missing: it pins the tool versions and must be committed",
            lock_path.display()
        )
    })?;
    let Some(installed) = read_json(&dir.join("node_modules").join(".package-lock.json"))? else {
        return Ok(InstallState::Missing);
    };
    for tool in ["redocly", "prism"] {
        if !dir.join("node_modules").join(".bin").join(tool).exists() {
            return Ok(InstallState::Missing);
        }
    }
    Ok(compare_locks(&lock, &installed))
}

fn read_json(path: &Path) -> Result<Option<Value>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| format!("{}: not valid JSON: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Every package npm installed must be the locked one, and every locked
/// package must be installed unless it is optional (platform-specific
/// packages such as `fsevents` are skipped on other platforms).
fn compare_locks(lock: &Value, installed: &Value) -> InstallState {
    let empty = serde_json::Map::new();
    let locked = lock
        .get("packages")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let present = installed
        .get("packages")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    for (name, entry) in locked {
        if name.is_empty() {
            continue; // the root project itself
        }
        match present.get(name) {
            Some(got) if got == entry => {}
            Some(got) => {
                return InstallState::Stale(format!(
                    "{name} is installed at {} but locked at {}",
                    got.get("version").unwrap_or(&Value::Null),
                    entry.get("version").unwrap_or(&Value::Null)
                ));
            }
            None if entry.get("optional") == Some(&Value::Bool(true)) => {}
            None => return InstallState::Stale(format!("{name} is locked but not installed")),
        }
    }
    if let Some(extra) = present.keys().find(|k| !locked.contains_key(*k)) {
        return InstallState::Stale(format!("{extra} is installed but not in the lockfile"));
    }
    InstallState::Current
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn node_versions() {
        assert_eq!(parse_node_version("v20.20.2"), Some((20, 20)));
        assert_eq!(parse_node_version("v24.1.0\n"), Some((24, 1)));
        assert_eq!(parse_node_version("garbage"), None);
        assert!(parse_node_version("v20.18.0").unwrap() < MIN_NODE);
    }

    #[test]
    fn lock_comparison() {
        let lock = json!({"packages": {
            "": {"name": "openapi-tools"},
            "node_modules/a": {"version": "1.0.0", "integrity": "sha512-a"},
            "node_modules/fsevents": {"version": "2.3.3", "optional": true},
        }});
        let installed = json!({"packages": {
            "node_modules/a": {"version": "1.0.0", "integrity": "sha512-a"},
        }});
        assert_eq!(compare_locks(&lock, &installed), InstallState::Current);

        let older = json!({"packages": {"node_modules/a": {"version": "0.9.0"}}});
        let InstallState::Stale(why) = compare_locks(&lock, &older) else {
            panic!("a different version must be stale");
        };
        assert!(
            why.contains("\"0.9.0\"") && why.contains("\"1.0.0\""),
            "{why}"
        );

        let missing = json!({"packages": {}});
        assert!(
            matches!(compare_locks(&lock, &missing), InstallState::Stale(w) if w.contains("node_modules/a"))
        );

        let extra = json!({"packages": {
            "node_modules/a": {"version": "1.0.0", "integrity": "sha512-a"},
            "node_modules/b": {"version": "1.0.0"},
        }});
        assert!(
            matches!(compare_locks(&lock, &extra), InstallState::Stale(w) if w.contains("node_modules/b"))
        );
    }

    /// The committed lockfile matches what is installed here, when it is.
    #[test]
    fn committed_lockfile_parses() {
        let dir = codegen::workspace_root().join(TOOLS_DIR);
        let lock = read_json(&dir.join("package-lock.json")).unwrap().unwrap();
        for tool in [
            "node_modules/@redocly/cli",
            "node_modules/@stoplight/prism-cli",
        ] {
            assert!(lock["packages"].get(tool).is_some(), "{tool} is not pinned");
        }
    }
}
