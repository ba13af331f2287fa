//! `cargo xtask contract`: every vendor client against `prism mock`.
//!
//! For each vendor this starts one Prism (pinned in `.ci/openapi-tools`) on
//! its own loopback port, serving `specs/<vendor>.yaml` with the paths moved
//! under the spec's server prefix (`/api`, `/v1`): Prism ignores the
//! servers' base path, while the clients send it. A second Kaiten Prism, the
//! *canary*, receives a deliberately invalid request from the tests.
//!
//! Then it runs the `contract` test target of every vendor crate with
//! `--include-ignored` and `<VENDOR>_PRISM_URL` set, and afterwards fails
//! when a Prism died during the run (it crashes on some inputs, see
//! `../shared/notes/tools.md`), when a vendor Prism logged a request or
//! response that breaks the spec, or when the canary did *not* log its
//! violation (which would mean this check cannot see violations at all).
//! Prism's `[NEGOTIATOR] Unable to find content` warnings are not
//! violations: they are logged for the body-less 204 responses.

use std::fs::File;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::{spec, tools};

/// How long a Prism may take to accept connections (cold start is ~2 s).
const READY_TIMEOUT: Duration = Duration::from_secs(60);

/// The vendor whose spec the canary serves.
const CANARY_VENDOR: &str = "kaiten";

/// The variable the canary test reads the canary Prism's URL from.
pub const CANARY_ENV: &str = "KAITEN_PRISM_CANARY_URL";

/// The variable vendor `vendor`'s contract tests read Prism's URL from
/// (`KAITEN_PRISM_URL`).
pub fn url_env(vendor: &str) -> String {
    format!("{}_PRISM_URL", vendor.to_uppercase())
}

/// The variable naming the operations vendor `vendor`'s contract tests
/// send to its second Prism (`KUSTOMER_PRISM_SHADOWED_OPS`, comma-separated),
/// the one serving the paths [`spec::shadowed_paths`] finds; its URL is in
/// `KUSTOMER_PRISM_SHADOWED_URL`.
pub fn shadowed_env(vendor: &str) -> (String, String) {
    let v = vendor.to_uppercase().replace('-', "_");
    (
        format!("{v}_PRISM_SHADOWED_URL"),
        format!("{v}_PRISM_SHADOWED_OPS"),
    )
}

/// Log lines that mean Prism saw a request or response the spec does not
/// allow, or a request it could not route.
const VIOLATION_MARKERS: [&str; 3] = [
    "did not pass the validation rules",
    "[VALIDATOR] ✖",
    "Request terminated with error",
];

/// Runs the contract tests against fresh Prism instances.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    if let Some(extra) = args.first() {
        return Err(format!("`contract` takes no arguments (got `{extra}`)"));
    }
    let bin = tools::ensure_installed(root)?;
    let vendors = codegen::vendors(root);
    let packages: Vec<String> = vendors.iter().map(|v| format!("{v}-client")).collect();
    let test_args = |extra: &[&str]| {
        let mut cmd = crate::cargo();
        cmd.current_dir(root).args(["test", "--locked"]);
        for p in &packages {
            cmd.args(["-p", p]);
        }
        cmd.args(["--test", "contract"]).args(extra);
        cmd
    };
    // Compile first, so no Prism idles through a build.
    crate::step("build the contract tests", &mut test_args(&["--no-run"]))?;

    let dir = target_dir(root).join("contract");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut servers = Vec::new();
    // (vendor, the operations its second Prism serves, that Prism's index)
    let mut shadowed_ops = Vec::new();
    for vendor in &vendors {
        let (served, shadowed) = write_served_spec(root, &dir, vendor)?;
        servers.push(Prism::start(root, &bin, vendor, &served, &dir)?);
        if let Some((spec, ops)) = shadowed {
            let name = format!("{vendor}-shadowed");
            servers.push(Prism::start(root, &bin, &name, &spec, &dir)?);
            shadowed_ops.push((vendor.clone(), ops, servers.len() - 1));
        }
    }
    let canary_spec = dir.join(format!("{CANARY_VENDOR}.json"));
    let mut canary = Prism::start(root, &bin, "canary", &canary_spec, &dir)?;
    for p in servers.iter_mut() {
        p.wait_ready()?;
    }
    canary.wait_ready()?;

    let mut cmd = test_args(&["--", "--include-ignored"]);
    for p in servers.iter().filter(|p| !p.name.ends_with("-shadowed")) {
        cmd.env(url_env(&p.name), p.url());
    }
    for (vendor, ops, at) in &shadowed_ops {
        let (url_var, ops_var) = shadowed_env(vendor);
        cmd.env(url_var, servers[*at].url());
        cmd.env(ops_var, ops.join(","));
    }
    cmd.env(CANARY_ENV, canary.url());
    let mut problems = Vec::new();
    if let Err(e) = crate::step("contract tests against Prism", &mut cmd) {
        problems.push(e);
    }

    for p in servers {
        let name = p.name.clone();
        match p.finish() {
            Ok(log) => {
                let found = violations(&log.text);
                if found.is_empty() {
                    println!(
                        "ok      Prism ({name}): alive, no violation in {}",
                        log.path.display()
                    );
                } else {
                    problems.push(format!(
                        "Prism ({name}) saw requests or responses the spec does not allow ({}):\n{}",
                        log.path.display(),
                        found.join("\n")
                    ));
                }
            }
            Err(e) => problems.push(e),
        }
    }
    match canary.finish() {
        Ok(log) if violations(&log.text).is_empty() => problems.push(format!(
            "the canary Prism logged no violation for the deliberately invalid request ({}): \
             the log check cannot be trusted",
            log.path.display()
        )),
        Ok(_) => println!("ok      Prism (canary): the deliberately invalid request was caught"),
        Err(e) => problems.push(e),
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n\n"))
    }
}

/// Cargo's target directory (`CARGO_TARGET_DIR`, else `<root>/target`).
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("target"),
    }
}

/// A served spec and the operations of its second half, when it has one.
type Served = (PathBuf, Option<(PathBuf, Vec<String>)>);

/// Writes `<target>/contract/<vendor>.json`: the vendor's spec with the
/// server prefix folded into its paths. A path that repeats an earlier
/// one's template with other parameter names ([`spec::shadowed_paths`]:
/// Kustomer's `/klasses/{name}` beside `/klasses/{id}`) goes to a second
/// file, `<vendor>-shadowed.json`, for a Prism of its own (one Prism would
/// route both to the first), returned with the operations under it.
fn write_served_spec(root: &Path, dir: &Path, vendor: &str) -> Result<Served, String> {
    let source = codegen::spec_path(root, vendor);
    let loaded = spec::load(&source)?;
    let shadowed = spec::shadowed_paths(&loaded);
    let write = |name: &str, value: &serde_json::Value| -> Result<PathBuf, String> {
        let path = dir.join(format!("{name}.json"));
        let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(path)
    };
    if shadowed.is_empty() {
        return Ok((write(vendor, &spec::with_prefixed_paths(&loaded))?, None));
    }
    let ops = spec::operation_ids_under(&loaded, &shadowed);
    let mut main = loaded.clone();
    let mut second = loaded.clone();
    if let (Some(m), Some(s)) = (
        main.get_mut("paths")
            .and_then(serde_json::Value::as_object_mut),
        second
            .get_mut("paths")
            .and_then(serde_json::Value::as_object_mut),
    ) {
        m.retain(|p, _| !shadowed.contains(p));
        s.retain(|p, _| shadowed.contains(p));
    }
    let main = write(vendor, &spec::with_prefixed_paths(&main))?;
    let second = write(
        &format!("{vendor}-shadowed"),
        &spec::with_prefixed_paths(&second),
    )?;
    Ok((main, Some((second, ops))))
}

/// The lines of a Prism log that report a violation.
pub fn violations(log: &str) -> Vec<String> {
    log.lines()
        .filter(|l| VIOLATION_MARKERS.iter().any(|m| l.contains(m)))
        .map(|l| l.trim_end().to_string())
        .collect()
}

/// The log of a Prism that was stopped.
struct FinishedLog {
    path: PathBuf,
    text: String,
}

/// One `prism mock` process. Dropping it kills the process.
struct Prism {
    name: String,
    child: Option<Child>,
    pid: u32,
    addr: SocketAddr,
    log: PathBuf,
}

impl Prism {
    fn start(
        root: &Path,
        bin: &Path,
        name: &str,
        spec: &Path,
        dir: &Path,
    ) -> Result<Prism, String> {
        let addr = free_port()?;
        let mut cmd = tools::tool_command(root, bin, "prism");
        cmd.arg("mock").arg(spec).args([
            "-h",
            "127.0.0.1",
            "-p",
            &addr.port().to_string(),
            "-v",
            "warn",
        ]);
        let prism = Prism::spawn(name, cmd, addr, &dir.join(format!("prism-{name}.log")))?;
        println!(
            "==> started Prism ({name}) pid {} on http://{addr}, serving {}, log {}",
            prism.pid,
            spec.display(),
            prism.log.display()
        );
        Ok(prism)
    }

    /// Spawns `cmd`, which is to listen on `addr`, with its output in `log`.
    fn spawn(name: &str, mut cmd: Command, addr: SocketAddr, log: &Path) -> Result<Prism, String> {
        let out = File::create(log).map_err(|e| format!("{}: {e}", log.display()))?;
        let err = out
            .try_clone()
            .map_err(|e| format!("{}: {e}", log.display()))?;
        cmd.stdin(Stdio::null()).stdout(out).stderr(err);
        let program = cmd.get_program().to_string_lossy().into_owned();
        let child = cmd
            .spawn()
            .map_err(|e| tools::missing_program(&program, &e))?;
        Ok(Prism {
            name: name.to_string(),
            pid: child.id(),
            child: Some(child),
            addr,
            log: log.to_path_buf(),
        })
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The process's exit status if it has exited.
    fn exited(&mut self) -> Result<Option<String>, String> {
        match self.child.as_mut() {
            Some(child) => child
                .try_wait()
                .map(|s| s.map(|s| s.to_string()))
                .map_err(|e| format!("Prism ({}) pid {}: {e}", self.name, self.pid)),
            None => Ok(None),
        }
    }

    fn wait_ready(&mut self) -> Result<(), String> {
        let started = Instant::now();
        loop {
            if let Some(status) = self.exited()? {
                return Err(format!(
                    "Prism ({}) exited before it was ready ({status}); the end of {}:\n{}",
                    self.name,
                    self.log.display(),
                    self.log_tail()
                ));
            }
            if TcpStream::connect_timeout(&self.addr, Duration::from_millis(250)).is_ok() {
                return Ok(());
            }
            if started.elapsed() > READY_TIMEOUT {
                return Err(format!(
                    "Prism ({}) did not accept connections on {} within {READY_TIMEOUT:?}; the end of {}:\n{}",
                    self.name,
                    self.addr,
                    self.log.display(),
                    self.log_tail()
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Checks that Prism is still running, stops it and returns its log.
    fn finish(mut self) -> Result<FinishedLog, String> {
        if let Some(status) = self.exited()? {
            return Err(format!(
                "Prism ({}) pid {} died during the tests ({status}); the end of {}:\n{}",
                self.name,
                self.pid,
                self.log.display(),
                self.log_tail()
            ));
        }
        self.stop();
        let text = std::fs::read_to_string(&self.log)
            .map_err(|e| format!("{}: {e}", self.log.display()))?;
        Ok(FinishedLog {
            path: self.log.clone(),
            text,
        })
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A loopback address with a port that was free a moment ago.
fn free_port() -> Result<SocketAddr, String> {
    let listener =
        TcpListener::bind("127.0.0.1:0").map_err(|e| format!("cannot bind 127.0.0.1: {e}"))?;
    listener
        .local_addr()
        .map_err(|e| format!("cannot read the bound address: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines as Prism 5.14.2 writes them with `-v warn` (captured from a
    /// run that sent an invalid body and an unknown path).
    const LOG: &str = "\
[4:00:33 PM] › [CLI] …  awaiting  Starting Prism…
[4:00:36 PM] ›     [VALIDATOR] ⚠  warning   Request did not pass the validation rules
[4:00:36 PM] ›     [VALIDATOR] ✖  error     Request body must have required property 'name'
[4:00:36 PM] ›     [VALIDATOR] ✖  error     Violation: request.body Request body must have required property 'name'
[3:59:21 PM] › [HTTP SERVER] get /api/nope ✖  error     Request terminated with error: https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR: Route not resolved, no path matched
";

    #[test]
    fn finds_violations() {
        let found = violations(LOG);
        assert_eq!(found.len(), 4, "{found:#?}");
        assert!(found[0].contains("Request did not pass"));
        assert!(found[3].contains("NO_PATH_MATCHED_ERROR"));
        assert!(violations("[4:00:33 PM] › [CLI] …  awaiting  Starting Prism…\n").is_empty());
    }

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("xtask-contract-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn sh(script: &str) -> Command {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", script]);
        cmd
    }

    /// A server that exits before it listens is reported with its log.
    #[test]
    fn a_server_that_dies_at_start_is_reported() {
        let dir = scratch("dies");
        let addr = free_port().unwrap();
        let mut p = Prism::spawn("dies", sh("echo boom; exit 3"), addr, &dir.join("log")).unwrap();
        let e = p.wait_ready().unwrap_err();
        assert!(
            e.contains("exited before it was ready") && e.contains("boom"),
            "{e}"
        );
    }

    /// Readiness is a connection; a server that dies during the tests fails
    /// the run; one still alive is stopped and its log returned.
    #[test]
    fn liveness_is_checked_after_the_run() {
        let dir = scratch("alive");
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let mut alive = Prism::spawn(
            "alive",
            sh("echo up; exec sleep 60"),
            addr,
            &dir.join("alive.log"),
        )
        .unwrap();
        alive.wait_ready().unwrap();
        let pid = alive.pid;
        std::thread::sleep(Duration::from_millis(200));
        let log = alive.finish().unwrap();
        assert!(log.text.contains("up"), "{}", log.text);
        // Stopped: signal 0 to the pid fails once it is reaped.
        let probe = Command::new("kill")
            .args(["-0", &pid.to_string()])
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(!probe.success(), "pid {pid} is still running");

        let mut dead = Prism::spawn(
            "dead",
            sh("echo crashed; exit 1"),
            addr,
            &dir.join("dead.log"),
        )
        .unwrap();
        dead.wait_ready().ok();
        std::thread::sleep(Duration::from_millis(300));
        let e = dead.finish().map(|l| l.text).unwrap_err();
        assert!(
            e.contains("died during the tests") && e.contains("crashed"),
            "{e}"
        );
        drop(listener);
    }

    #[test]
    fn env_names() {
        assert_eq!(url_env("kaiten"), "KAITEN_PRISM_URL");
        assert_eq!(url_env("kustomer"), "KUSTOMER_PRISM_URL");
    }
}
