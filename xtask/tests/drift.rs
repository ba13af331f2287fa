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

// The typed client (`<vendor>/typedoc/sdk.gen.ts` + `types.gen.ts`) of a
// made-up Kustomer excerpt, `tests/fixtures/drift/client/`: four functions
// and their spec. Each planted drift is one edit of a copy of the fixture.

/// Where an edit goes.
#[derive(Clone, Copy)]
enum In {
    Sdk,
    Types,
    Spec,
}

/// Copies the client fixture to a fresh directory, applies `edits` (each
/// `from` must occur once) and runs drift on the copy.
fn client_drift(name: &str, edits: &[Edit]) -> Output {
    let src = fixtures().join("client");
    let dir =
        std::env::temp_dir().join(format!("xtask-drift-client-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let typedoc = dir.join("feed/kustomer/typedoc");
    std::fs::create_dir_all(&typedoc).unwrap();
    std::fs::create_dir_all(dir.join("specs")).unwrap();
    let files = [
        (In::Sdk, "feed/kustomer/typedoc/sdk.gen.ts"),
        (In::Types, "feed/kustomer/typedoc/types.gen.ts"),
        (In::Spec, "specs/kustomer.yaml"),
    ];
    for (which, rel) in files {
        let mut body = std::fs::read_to_string(src.join(rel)).unwrap();
        for (target, from, to) in edits {
            if std::mem::discriminant(target) == std::mem::discriminant(&which) {
                assert_eq!(body.matches(from).count(), 1, "edit {from:?} of {rel}");
                body = body.replacen(from, to, 1);
            }
        }
        std::fs::write(dir.join(rel), body).unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("drift")
        .arg("--docs")
        .arg(dir.join("feed"))
        .arg("--specs")
        .arg(dir.join("specs"))
        .output()
        .expect("run xtask");
    let _ = std::fs::remove_dir_all(&dir);
    out
}

/// The difference lines (not notes, not the summary).
fn difference_lines(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter(|l| l.starts_with("kustomer / "))
        .collect()
}

#[test]
fn a_typed_client_that_agrees_passes() {
    let out = client_drift("clean", &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    assert_eq!(difference_lines(&stdout), Vec::<&str>::new(), "{stdout}");
    assert!(
        stdout.contains("kustomer: 4 of 4 operations matched"),
        "{stdout}"
    );
    assert!(
        stdout.contains("ok      drift: 0 docs pages, 0 SDK models and 4 typed-client operations"),
        "{stdout}"
    );
}

/// A function the spec does not have, put before `listWidgets`.
const NEW_FUNCTION: &str = "
export const archiveWidget = <ThrowOnError extends boolean = true>(
    options: Options<ArchiveWidgetData, ThrowOnError>
) => {
    return options.client.post<unknown, unknown, ThrowOnError>({
        url: '/widgets/:id/archive',
        ...options,
    })
}

export const listWidgets";

/// One edit of the fixture: which file, what, into what.
type Edit = (In, &'static str, &'static str);

/// A planted drift: name, edits, the lines reporting it, operations matched.
type Plant = (&'static str, Vec<Edit>, Vec<&'static str>, usize);

/// Each planted drift: its edits, the lines that must report it (and
/// nothing else), and how many operations still match.
fn planted() -> Vec<Plant> {
    vec![
        (
            "new-operation",
            vec![(In::Sdk, "\nexport const listWidgets", NEW_FUNCTION)],
            vec![
                "kustomer / archiveWidget / operation: in the SDK (POST /widgets/{id}/archive), not in the spec  [typedoc/sdk.gen.ts]",
            ],
            4,
        ),
        (
            "spec-only-operation",
            vec![(In::Sdk, "export const deleteWidget", "const deleteWidget")],
            vec![
                "kustomer / deleteWidget / operation: in the spec (DELETE /widgets/{id}), not in the SDK  [typedoc/sdk.gen.ts]",
            ],
            3,
        ),
        (
            "renamed-body-property",
            vec![(
                In::Types,
                "        priority?: number\n        tags?: Array<string>\n        owner?: WidgetOwner",
                "        urgency?: number\n        tags?: Array<string>\n        owner?: WidgetOwner",
            )],
            vec![
                "kustomer / createWidget / body property urgency: in the SDK (optional), not in the spec  [typedoc/types.gen.ts]",
                "kustomer / createWidget / body property priority: in the spec (optional), not in the SDK  [typedoc/types.gen.ts]",
            ],
            3,
        ),
        (
            "nested-body-property",
            vec![(
                In::Types,
                "    email?: string | null",
                "    mail?: string | null",
            )],
            vec![
                "kustomer / createWidget / body property owner.mail: in the SDK (optional), not in the spec  [typedoc/types.gen.ts]",
                "kustomer / createWidget / body property owner.email: in the spec (optional), not in the SDK  [typedoc/types.gen.ts]",
                // The same named type is a response property of listWidgets.
                "kustomer / listWidgets / response property data[].attributes.owner.mail: in the SDK, not in the spec  [typedoc/types.gen.ts]",
            ],
            2,
        ),
        (
            "renamed-query-parameter",
            vec![(In::Types, "include?: string", "expand?: string")],
            vec![
                "kustomer / getWidgetByExternalId / query expand: in the SDK (optional), not in the spec  [typedoc/types.gen.ts]",
                "kustomer / getWidgetByExternalId / query include: in the spec (optional), not in the SDK  [typedoc/types.gen.ts]",
            ],
            3,
        ),
        (
            "required-body-property",
            vec![(
                In::Types,
                "        name: string\n        priority?: number",
                "        name?: string\n        priority?: number",
            )],
            vec![
                "kustomer / createWidget / body property name: optional in the SDK, required in the spec  [typedoc/types.gen.ts]",
            ],
            3,
        ),
        (
            "required-query-parameter",
            vec![(In::Types, "page?: number", "page: number")],
            vec![
                "kustomer / listWidgets / query page: required in the SDK, optional in the spec  [typedoc/types.gen.ts]",
            ],
            3,
        ),
        (
            "changed-method",
            vec![(In::Sdk, "options.client.delete", "options.client.post")],
            vec![
                "kustomer / deleteWidget / path: in the SDK POST /widgets/{id}, in the spec DELETE /widgets/{id}  [typedoc/sdk.gen.ts]",
            ],
            3,
        ),
        (
            "changed-path",
            vec![(In::Sdk, "url: '/widgets/{id}'", "url: '/widget/{id}'")],
            vec![
                "kustomer / deleteWidget / path: in the SDK DELETE /widget/{id}, in the spec DELETE /widgets/{id}  [typedoc/sdk.gen.ts]",
            ],
            3,
        ),
        (
            "body-shape",
            vec![(
                In::Types,
                "    body?: never\n    path: {\n        id: string",
                "    body?: Array<string>\n    path: {\n        id: string",
            )],
            vec![
                "kustomer / deleteWidget / body: in the SDK an array of scalars, in the spec no request body  [typedoc/types.gen.ts]",
            ],
            3,
        ),
        (
            "removed-response-property",
            vec![(
                In::Spec,
                "    WidgetAttributes:\n      type: object\n      additionalProperties: {}\n      properties:\n        name:\n          type: string\n        priority:\n          type: integer\n",
                "    WidgetAttributes:\n      type: object\n      additionalProperties: {}\n      properties:\n        name:\n          type: string\n",
            )],
            vec![
                "kustomer / createWidget / response property data.attributes.priority: in the SDK, not in the spec  [typedoc/types.gen.ts]",
            ],
            3,
        ),
        (
            "response-status",
            vec![(
                In::Spec,
                "        '201':\n          description: Created.",
                "        '200':\n          description: Created.",
            )],
            vec![
                "kustomer / createWidget / response status: in the SDK 201, in the spec 200  [typedoc/types.gen.ts]",
            ],
            3,
        ),
    ]
}

#[test]
fn every_planted_client_drift_is_reported() {
    for (name, edits, want, matched) in planted() {
        let out = client_drift(name, &edits);
        let stdout = text(&out.stdout);
        assert!(!out.status.success(), "{name}: drift must fail:\n{stdout}");
        let mut got = difference_lines(&stdout);
        got.sort_unstable();
        let mut want = want.clone();
        want.sort_unstable();
        assert_eq!(got, want, "{name}:\n{stdout}");
        let summary = format!("kustomer: {matched} of ");
        assert!(stdout.contains(&summary), "{name}: {summary}…\n{stdout}");
    }
}

#[test]
fn a_recorded_deviation_silences_exactly_its_difference() {
    let rename = (In::Types, "include?: string", "expand?: string");
    let record = (
        In::Spec,
        "      operationId: getWidgetByExternalId\n",
        "      operationId: getWidgetByExternalId\n      x-sdk-deviations:\n        query include: the spec keeps the documented name\n",
    );
    let out = client_drift("deviation", &[rename, record]);
    let stdout = text(&out.stdout);
    assert!(!out.status.success(), "{stdout}");
    assert_eq!(
        difference_lines(&stdout),
        [
            "kustomer / getWidgetByExternalId / query expand: in the SDK (optional), not in the spec  [typedoc/types.gen.ts]"
        ],
        "{stdout}"
    );
    assert!(stdout.contains(
        "note    drift: kustomer / getWidgetByExternalId / query include: in the spec (optional), not in the SDK  [typedoc/types.gen.ts] (recorded in x-sdk-deviations: the spec keeps the documented name)"
    ), "{stdout}");

    // Both recorded: no difference left, the operation matches.
    let both = (
        In::Spec,
        "      operationId: getWidgetByExternalId\n",
        "      operationId: getWidgetByExternalId\n      x-sdk-deviations:\n        query include: the spec keeps the documented name\n        query expand: not sent by our client\n",
    );
    let out = client_drift("deviations", &[rename, both]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("kustomer: 4 of 4 operations matched"),
        "{stdout}"
    );
}

#[test]
fn a_stale_deviation_is_reported() {
    let record = (
        In::Spec,
        "      operationId: listWidgets\n",
        "      operationId: listWidgets\n      x-sdk-deviations:\n        query pageSize: added for paging\n",
    );
    let out = client_drift("stale", &[record]);
    let stdout = text(&out.stdout);
    assert!(!out.status.success(), "{stdout}");
    assert_eq!(
        difference_lines(&stdout),
        [
            "kustomer / listWidgets / x-sdk-deviations query pageSize: recorded, but the SDK and the spec agree there (a stale deviation)  [kustomer.yaml]"
        ],
        "{stdout}"
    );
    assert!(
        stdout.contains("kustomer: 3 of 4 operations matched"),
        "{stdout}"
    );
}
