//! Contract tests: every operation of [`kaiten_client::Client`] against
//! `prism mock`, which serves `specs/kaiten.yaml` and checks every request
//! the client sends against it.
//!
//! Run them with `cargo xtask contract` (also part of `cargo xtask ci`): it
//! starts Prism, sets `KAITEN_PRISM_URL`, runs this target with
//! `--include-ignored`, and afterwards fails if Prism logged any request
//! that breaks the spec. A plain `cargo test` lists them as ignored; run
//! by hand without Prism, they fail (the variable is missing).
//!
//! Every operation runs from the generated operations table
//! (`tests/generated/operations.rs`, written by `cargo xtask codegen` from
//! the spec): its success with the spec's examples, decoded into the typed
//! model (its body is checked against the example by `operations_wire.rs`), and every error status the spec documents for it, requested with
//! `Prefer: code=NNN` and arriving as a typed error of that status. The
//! hand-written tests below go further for the customer operations: each
//! error decodes into the typed [`Error`] with a parsed
//! [`kaiten_client::Problem`].

#[allow(dead_code, unused_imports, clippy::all)]
mod operations {
    include!("generated/operations.rs");
}

use std::future::Future;

use futures::TryStreamExt;
use kaiten_client::{Client, CustomerCreate, CustomerUpdate, Error, IntegrationInput};
use serde_json::{Value, json};

const PRISM_ENV: &str = "KAITEN_PRISM_URL";
const CANARY_ENV: &str = "KAITEN_PRISM_CANARY_URL";
const SLUG: &str = "awesome-customer";
const INTEGRATION: &str = "attio";

fn env_url(var: &str) -> String {
    match std::env::var(var) {
        Ok(url) if !url.trim().is_empty() => url,
        _ => panic!(
            "{var} is not set: these tests need Prism; run `cargo xtask contract`, which starts it and sets {var}"
        ),
    }
}

/// A client for Prism; with `prefer`, every call asks Prism for that status.
fn client(prefer: Option<u16>) -> Client {
    let mut builder = Client::builder()
        .base_url(env_url(PRISM_ENV))
        .token("ksh_contract-test-token")
        // Prism answers error statuses on request: nothing to retry.
        .max_retries(0);
    if let Some(code) = prefer {
        builder = builder.default_header("Prefer", format!("code={code}"));
    }
    builder.build().expect("a client for Prism")
}

fn spec() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/kaiten.yaml");
    let text = std::fs::read_to_string(path).expect("specs/kaiten.yaml");
    serde_yaml_ng::from_str(&text).expect("specs/kaiten.yaml parses")
}

/// Every operationId in the spec, sorted.
fn operation_ids(spec: &Value) -> Vec<String> {
    let mut ids: Vec<String> = spec["paths"]
        .as_object()
        .expect("paths")
        .values()
        .flat_map(|item| item.as_object().into_iter().flat_map(|o| o.values()))
        .filter_map(|op| op.get("operationId").and_then(Value::as_str))
        .map(str::to_string)
        .collect();
    ids.sort();
    ids
}

/// The 4xx/5xx statuses the spec documents for `operation_id`.
fn error_statuses(operation_id: &str) -> Vec<u16> {
    let spec = spec();
    for item in spec["paths"].as_object().expect("paths").values() {
        for op in item.as_object().into_iter().flat_map(|o| o.values()) {
            if op.get("operationId").and_then(Value::as_str) == Some(operation_id) {
                let codes: Vec<u16> = op["responses"]
                    .as_object()
                    .expect("responses")
                    .keys()
                    .filter_map(|k| k.parse().ok())
                    .filter(|c| *c >= 400)
                    .collect();
                assert!(!codes.is_empty(), "{operation_id} documents no error");
                return codes;
            }
        }
    }
    panic!("no operation {operation_id} in specs/kaiten.yaml")
}

/// Requests every documented error status of `operation_id` and checks it
/// arrives as a typed API error with a parsed `Problem`.
async fn each_error<F, Fut>(operation_id: &str, call: F)
where
    F: Fn(Client) -> Fut,
    Fut: Future<Output = Result<(), Error>>,
{
    for code in error_statuses(operation_id) {
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
    let spec_ids = operation_ids(&spec());
    let mut table: Vec<String> = operations::OPERATIONS
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
    assert_eq!(operations::OPERATIONS.len(), count);
    assert_eq!(operations::OPERATION_COUNT, count);
}

/// The 4xx/5xx statuses the spec documents for every operation.
fn all_error_statuses(spec: &Value) -> std::collections::BTreeMap<String, Vec<u16>> {
    let mut out = std::collections::BTreeMap::new();
    for item in spec["paths"].as_object().expect("paths").values() {
        for op in item.as_object().into_iter().flat_map(|o| o.values()) {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let codes = op["responses"]
                .as_object()
                .into_iter()
                .flat_map(|r| r.keys())
                .filter_map(|k| k.parse().ok())
                .filter(|c| *c >= 400)
                .collect();
            out.insert(id.to_string(), codes);
        }
    }
    out
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn every_operation_of_the_table_succeeds_and_fails_as_documented() {
    let errors = all_error_statuses(&spec());
    let mut failures = Vec::new();
    for case in operations::OPERATIONS {
        // Success only: the example body is checked by operations_wire.rs.
        // Prism may route a request to a sibling operation whose template
        // also matches (it serves `/customers/email={email}` from
        // `/customers/{id}`), and then answers with that one's example.
        let out = (case.call)(client(None)).await;
        if let Some(e) = &out.error {
            failures.push(format!("{}: the success failed: {e}", case.operation_id));
        }
        for &code in errors.get(case.operation_id).into_iter().flatten() {
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
        operations::OPERATIONS.len(),
        failures.join("\n")
    );
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn list_customers() {
    let c = client(None);
    let page = c
        .customers()
        .list_page(None, std::num::NonZeroU64::new(200))
        .await
        .expect("first page");
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].name, "Awesome Customer");
    assert_eq!(page.has_more, Some(false));
    let page = c
        .customers()
        .list_page(Some("eyJpZCI6IjEyMyJ9"), std::num::NonZeroU64::new(50))
        .await
        .expect("page after a cursor");
    assert_eq!(page.items[0].slug.as_deref(), Some(SLUG));
    let all: Vec<_> = c.customers().list().try_collect().await.expect("list");
    assert_eq!(all.len(), 1);
    each_error("listCustomers", |c| async move {
        c.customers()
            .list_page(None, std::num::NonZeroU64::new(200))
            .await
            .map(drop)
    })
    .await;
}

fn new_customer() -> CustomerCreate {
    CustomerCreate {
        external_customer_id: Some("external-customer-id-12345".into()),
        ..CustomerCreate::named("Awesome Customer")
    }
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn create_customer() {
    let created = client(None)
        .customers()
        .create(&new_customer())
        .await
        .expect("create");
    assert_eq!(created.slug.as_deref(), Some(SLUG));
    assert_eq!(created.created_by.name.as_deref(), Some("John Doe"));
    assert_eq!(created.created_at.to_rfc3339(), "2023-10-01T12:00:00+00:00");
    each_error("createCustomer", |c| async move {
        c.customers().create(&new_customer()).await.map(drop)
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn get_customer() {
    let customer = client(None).customers().get(SLUG).await.expect("get");
    assert_eq!(customer.domain.as_deref(), Some("acme.com"));
    let attio = &customer.integrations.as_ref().expect("integrations")[INTEGRATION];
    assert_eq!(attio.external_id, "rec_0123456789");
    each_error("getCustomer", |c| async move {
        c.customers().get(SLUG).await.map(drop)
    })
    .await;
}

fn replacement() -> CustomerUpdate {
    CustomerUpdate {
        name: "Awesome Customer Inc.".into(),
        external_customer_id: Some("external-customer-id-12345".into()),
        domain: Some("awesome.example".into()),
    }
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn update_customer() {
    client(None)
        .customers()
        .update(SLUG, &replacement())
        .await
        .expect("update");
    each_error("updateCustomer", |c| async move {
        c.customers().update(SLUG, &replacement()).await
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn delete_customer() {
    client(None).customers().delete(SLUG).await.expect("delete");
    each_error("deleteCustomer", |c| async move {
        c.customers().delete(SLUG).await
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn get_customer_integration() {
    let link = client(None)
        .customers()
        .get_integration(SLUG, INTEGRATION)
        .await
        .expect("get integration");
    assert_eq!(link.external_id, "rec_0123456789");
    assert_eq!(
        link.metadata.as_ref().and_then(|m| m.get("workspace")),
        Some(&json!("acme"))
    );
    each_error("getCustomerIntegration", |c| async move {
        c.customers()
            .get_integration(SLUG, INTEGRATION)
            .await
            .map(drop)
    })
    .await;
}

fn link(last_error: Option<&str>) -> IntegrationInput {
    IntegrationInput {
        external_id: "rec_0123456789".into(),
        last_error: last_error.map(str::to_string),
        metadata: serde_json::from_value(json!({"workspace": "acme"})).expect("metadata"),
        web_url: Some("https://app.attio.com/acme/company/rec_0123456789".into()),
    }
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn create_customer_integration() {
    let created = client(None)
        .customers()
        .create_integration(SLUG, INTEGRATION, &link(None))
        .await
        .expect("create integration");
    assert_eq!(created.external_id, "rec_0123456789");
    each_error("createCustomerIntegration", |c| async move {
        c.customers()
            .create_integration(SLUG, INTEGRATION, &link(None))
            .await
            .map(drop)
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn update_customer_integration() {
    let updated = client(None)
        .customers()
        .update_integration(SLUG, INTEGRATION, &link(Some("rate limited")))
        .await
        .expect("update integration");
    assert_eq!(
        updated.last_error.as_deref(),
        Some("rate limited by upstream, will retry")
    );
    each_error("updateCustomerIntegration", |c| async move {
        c.customers()
            .update_integration(SLUG, INTEGRATION, &link(None))
            .await
            .map(drop)
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn delete_customer_integration() {
    client(None)
        .customers()
        .delete_integration(SLUG, INTEGRATION)
        .await
        .expect("delete integration");
    each_error("deleteCustomerIntegration", |c| async move {
        c.customers().delete_integration(SLUG, INTEGRATION).await
    })
    .await;
}

/// The harness itself: a body the spec forbids, sent to the second
/// ("canary") Prism, is refused and reported. `cargo xtask contract` then
/// checks that the canary's log holds the violation, proving that the log
/// check which guards the tests above can see one.
#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn the_harness_catches_an_invalid_request() {
    let url = format!("{}/api/customers", env_url(CANARY_ENV));
    // `name` missing, an undeclared `nickname`, a number where a string
    // belongs. ASCII only: Prism crashes on non-ASCII violation messages.
    let resp = reqwest::Client::new()
        .post(&url)
        .bearer_auth("ksh_contract-test-token")
        .header("accept", "application/json, application/problem+json")
        .json(&json!({"nickname": "x", "externalCustomerId": 7}))
        .send()
        .await
        .expect("the canary answers");
    let status = resp.status().as_u16();
    let violations = resp
        .headers()
        .get("sl-violations")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(
        status == 400 || status == 422,
        "an invalid body must be refused, got {status}"
    );
    for needle in ["'name'", "nickname", "externalCustomerId"] {
        assert!(violations.contains(needle), "{needle} not in {violations}");
    }
}
