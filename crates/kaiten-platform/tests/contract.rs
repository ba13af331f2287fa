//! Contract tests: every operation of [`kaiten_platform_client::Client`] against
//! `prism mock`, which serves `specs/kaiten-platform.yaml` and checks every request
//! the client sends against it.
//!
//! Run them with `cargo xtask contract` (also part of `cargo xtask ci`): it
//! starts Prism, sets `KAITEN-PLATFORM_PRISM_URL`, runs this target with
//! `--include-ignored`, and afterwards fails if Prism logged any request
//! that breaks the spec. A plain `cargo test` lists them as ignored; run
//! by hand without Prism, they fail (the variable is missing).
//!
//! For each operation, the success is decoded into the typed model, and
//! every error status the spec documents for it is requested with
//! `Prefer: code=NNN` and decoded into the typed [`Error`] with a parsed
//! [`kaiten_platform_client::Problem`].

use std::future::Future;

use kaiten_platform_client::{Client, Error};
use serde_json::Value;

/// Set by `cargo xtask contract` to the URL of the Prism serving this spec.
const PRISM_ENV: &str = "KAITEN-PLATFORM_PRISM_URL";
const ITEM_ID: &str = "item-123";

/// Every operationId a test below exercises.
const COVERED: &[&str] = &["getItem"];

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
        .token("kaiten-platform-contract-test-token")
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
fn every_operation_of_the_spec_has_a_contract_test() {
    let mut covered: Vec<String> = COVERED.iter().map(|s| s.to_string()).collect();
    covered.sort();
    let ids: Vec<String> = operations(&spec()).into_iter().map(|(id, _)| id).collect();
    assert_eq!(
        ids, covered,
        "add a contract test for each new operation (and list it in COVERED)"
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
