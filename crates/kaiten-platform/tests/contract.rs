//! Contract tests: every operation of [`kaiten_platform_client::Client`]
//! against `prism mock`, which serves `specs/kaiten-platform.yaml` and checks
//! every request the client sends against it.
//!
//! Run them with `cargo xtask contract` (also part of `cargo xtask ci`): it
//! starts Prism, sets `KAITEN-PLATFORM_PRISM_URL`, runs this target with
//! `--include-ignored`, and afterwards fails if Prism logged any request
//! that breaks the spec. A plain `cargo test` lists them as ignored; run
//! by hand without Prism, they fail (the variable is missing).
//!
//! Every operation runs from the generated operations table
//! (`tests/generated/operations.rs`, written by `cargo xtask codegen` from
//! the spec): its success with the spec's examples, decoded into the typed
//! model (its body is checked against the example by `operations_wire.rs`), and every error status the spec documents for it, requested with
//! `Prefer: code=NNN`, arriving as a typed error of that status with a
//! parsed [`kaiten_platform_client::Problem`] (checked for one operation).

#[allow(dead_code, unused_imports, clippy::all)]
mod generated {
    include!("generated/operations.rs");
}

use std::future::Future;

use kaiten_platform_client::{Client, Error};
use serde_json::Value;

/// Set by `cargo xtask contract` to the URL of the Prism serving this spec.
const PRISM_ENV: &str = "KAITEN-PLATFORM_PRISM_URL";

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
        .token("ksm_contract-test-credential")
        // Prism answers error statuses on request: nothing to retry.
        .max_retries(0);
    if let Some(code) = prefer {
        builder = builder.default_header("Prefer", format!("code={code}"));
    }
    builder.build().expect("a client for Prism")
}

fn spec() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../specs/kaiten-platform.yaml"
    );
    let text = std::fs::read_to_string(path).expect("specs/kaiten-platform.yaml");
    serde_yaml_ng::from_str(&text).expect("specs/kaiten-platform.yaml parses")
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
        .unwrap_or_else(|| panic!("no operation {operation_id} in specs/kaiten-platform.yaml"));
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
    let count = spec()["paths"]
        .as_object()
        .expect("paths")
        .values()
        .flat_map(|item| item.as_object().into_iter().flat_map(|o| o.keys()))
        .filter(|k| {
            [
                "get", "put", "post", "delete", "options", "head", "patch", "trace",
            ]
            .contains(&k.as_str())
        })
        .count();
    assert_eq!(generated::OPERATIONS.len(), count);
    assert_eq!(generated::OPERATION_COUNT, count);
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn every_operation_of_the_table_succeeds_and_fails_as_documented() {
    let errors = operations(&spec());
    let mut failures = Vec::new();
    for case in generated::OPERATIONS {
        // Success only: the example body is checked by operations_wire.rs.
        // Prism may route a request to a sibling operation whose template
        // also matches (it serves `/customers/email={email}` from
        // `/customers/{id}`), and then answers with that one's example.
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
async fn get_organization_errors_carry_a_parsed_problem() {
    let id: uuid::Uuid = "9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d".parse().unwrap();
    each_error("getOrganization", |c| async move {
        c.organizations().get(&id).await.map(drop)
    })
    .await;
}
