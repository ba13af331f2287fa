//! `cargo xtask drift` on small fixtures of made-up vendors
//! (`tests/fixtures/drift/`): docs pages of `acme`, SDK models of `initech`.
//! A feed that agrees with its spec passes, and every kind of planted drift
//! is reported, one line each, with a non-zero exit.

use std::path::PathBuf;
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/drift")
}

fn drift(docs: &str) -> Output {
    drift_with(docs, &[])
}

fn drift_with(docs: &str, extra: &[&str]) -> Output {
    let dir = fixtures();
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("drift")
        .arg("--docs")
        .arg(dir.join(docs))
        .arg("--specs")
        .arg(dir.join("specs"))
        .args(extra)
        .output()
        .expect("run xtask")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn agreeing_docs_pass() {
    let out = drift("clean");
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    assert!(stdout.contains("ok      drift: 3 docs pages"), "{stdout}");
}

/// Each planted drift, as the line that must report it.
const EXPECTED: &[&str] = &[
    // The documented operation does not exist (method + path, prefix allowed).
    "acme / PATCH /v2/widgets/{id} / operation: docs say PATCH /v2/widgets/{id} vs spec says no such operation",
    // A typedoc function that is no operationId.
    "acme / renameWidget / operation: docs say function renameWidget vs spec says no operation with this operationId",
    // The curl body does not validate against the request schema.
    "acme / createWidget / request body.name: docs say number 7 vs spec says string",
    "acme / createWidget / request body.colour: docs say a field (string \"red\") vs spec says no such field (additionalProperties: false)",
    // The 2xx example does not validate against the 2xx schema.
    "acme / getWidget / 2xx example: response 200 body.name: docs say (field absent) vs spec says a required field",
    "acme / getWidget / 2xx example: response 200 body.createdAt: docs say string \"yesterday\" vs spec says string (date-time)",
    "acme / getWidget / 2xx example: response 200 body.parts[0].qty: docs say number 1.5 vs spec says integer",
    // An error example does not validate against the error schema.
    "acme / deleteWidget / error example #1: response 404 body.status: docs say string \"404\" vs spec says integer",
    // Documented response fields the spec lacks (nested ones included).
    "acme / getWidget / 2xx example: response 200 body.weight: docs say a field (number 3) vs spec says no such field",
    "acme / getWidget / 2xx example: response 200 body.parts[0].batch: docs say a field (string \"b-7\") vs spec says no such field",
    "acme / getWidget / 2xx type: response 200 body.owner: docs say a field of type { id: … } vs spec says no such field",
    // TypeScript types incompatible with the spec's.
    "acme / getWidget / 2xx type: response 200 body.name: docs say null | string vs spec says string (not nullable)",
    "acme / getWidget / 2xx type: response 200 body.color: docs say number vs spec says string, nullable",
    "acme / getWidget / 2xx type: response 200 body.parts[].qty: docs say string vs spec says integer",
    "acme / getWidget / 2xx type: response 200 body.labels.*: docs say number vs spec says string",
    // A role the operation's description does not name.
    "acme / getWidget / roles: docs say role org.acme.widget.admin is required vs spec says the operation's description does not name it",
    // A response media type the spec does not declare.
    "acme / getWidget / error response media type: docs say application/xml vs spec says no error response declares it",
];

#[test]
fn every_planted_drift_is_reported() {
    let out = drift("planted");
    let stdout = text(&out.stdout);
    let stderr = text(&out.stderr);
    assert!(!out.status.success(), "drift must fail:\n{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    for want in EXPECTED {
        assert!(
            lines.iter().any(|l| l.starts_with(want)),
            "missing: {want}\n--- got:\n{stdout}"
        );
    }
    assert_eq!(
        lines.len(),
        EXPECTED.len(),
        "unexpected extra reports:\n{stdout}"
    );
    assert!(
        stderr.contains(&format!("{} disagreement(s)", EXPECTED.len())),
        "{stderr}"
    );
    // Each line names the docs file it comes from.
    assert!(lines.iter().all(|l| l.ends_with(".txt]")), "{stdout}");
}

#[test]
fn a_vendor_without_a_spec_is_an_error() {
    let out = drift("no-spec");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("documents vendor `globex`, but there is no spec"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_feed_without_pages_is_an_error() {
    // `specs/` holds no vendor directories with pages: nothing to check is
    // not a pass.
    let out = drift("specs");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("no *.page.txt or *.typedoc.txt"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn docs_is_required() {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("drift")
        .output()
        .expect("run xtask");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("--docs"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn sdk_models_that_agree_pass() {
    let out = drift("sdk-clean");
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    // Gadget and Owner (core), Tenant (platform), OwnerChanged (webhooks).
    assert!(
        stdout.contains("ok      drift: 0 docs pages and 4 SDK models in"),
        "{stdout}"
    );
    // Nothing but notes and the ok line: no difference.
    let reports: Vec<&str> = stdout
        .lines()
        .filter(|l| !l.starts_with("note ") && !l.starts_with("ok "))
        .collect();
    assert_eq!(reports, Vec::<&str>::new());
    // A models_<api>.py whose spec does not exist is skipped, with a note;
    // so are webhook payloads without a schema of their name.
    for note in [
        "note    drift: initech sdk/models_billing.py: no spec specs/initech-billing.yaml yet, so its 1 model(s) are not checked: Invoice",
        "note    drift: initech sdk/models_webhooks.py: 1 webhook payload model(s) have no schema of the same name in specs/initech.yaml, so they are not checked",
    ] {
        assert!(
            stdout.lines().any(|l| l == note),
            "missing: {note}\n{stdout}"
        );
    }
    // --strict changes nothing here (initech has no pending models).
    let strict = drift_with("sdk-clean", &["--strict"]);
    assert!(strict.status.success(), "{}", text(&strict.stdout));
}

/// Each planted SDK drift, as the line that must report it.
const EXPECTED_SDK: &[&str] = &[
    // A renamed field shows from both sides.
    "initech: model Gadget field color: in the SDK, not in the spec  [sdk/models_core.py]",
    // An enum value the spec's enum lacks.
    "initech: model Gadget field kind: value \"gizmo\" in the SDK, not in the spec's enum  [sdk/models_core.py]",
    // Required changes, both ways.
    "initech: model Gadget field name: optional in the SDK, required in the spec  [sdk/models_core.py]",
    // Nullable changes, both ways.
    "initech: model Gadget field retiredAt: not nullable in the SDK, nullable in the spec  [sdk/models_core.py]",
    // A value the spec's documented known values lack (a lenient response enum).
    "initech: model Gadget field status: value \"LOST\" in the SDK, not in the spec's known values  [sdk/models_core.py]",
    // An item value the SDK lacks.
    "initech: model Gadget field tags[]: value \"blue\" in the spec's enum, not in the SDK  [sdk/models_core.py]",
    "initech: model Gadget field colour: in the spec, not in the SDK  [sdk/models_core.py]",
    "initech: model Owner field id: nullable in the SDK, not nullable in the spec  [sdk/models_core.py]",
    "initech: model Owner field role: required in the SDK, optional in the spec  [sdk/models_core.py]",
    // A model without a schema.
    "initech: model Widget: no schema Widget in specs/initech.yaml  [sdk/models_core.py]",
    // models_platform.py is checked against specs/initech-platform.yaml.
    "initech: model Tenant field region: required in the SDK, optional in the spec  [sdk/models_platform.py]",
    // A webhook payload with a schema of its name is checked.
    "initech: model OwnerChanged field previousOwner: required in the SDK, optional in the spec  [sdk/models_webhooks.py]",
];

#[test]
fn every_planted_sdk_drift_is_reported() {
    let out = drift("sdk-planted");
    let stdout = text(&out.stdout);
    let stderr = text(&out.stderr);
    assert!(!out.status.success(), "drift must fail:\n{stdout}");
    let reports: Vec<&str> = stdout.lines().filter(|l| !l.starts_with("note ")).collect();
    assert_eq!(reports, EXPECTED_SDK, "--- got:\n{stdout}");
    assert!(
        stderr.contains(&format!("{} disagreement(s)", EXPECTED_SDK.len())),
        "{stderr}"
    );
}

#[test]
fn sdk_models_of_a_vendor_without_a_spec_are_an_error() {
    let out = drift("sdk-no-spec");
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(
            "hooli: sdk/models_core.py holds models of vendor `hooli`, but there is no spec specs/hooli.yaml"
        ),
        "{stderr}"
    );
}
