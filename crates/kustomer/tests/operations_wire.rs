//! Every operation of the spec on the wire, driven by the generated
//! operations table (`tests/generated/operations.rs`, written by `cargo
//! xtask codegen` from the spec): for each case, the testkit's loopback
//! server answers the spec's success example, and the request must be the
//! documented one (method, path, required query, `Authorization`, JSON
//! body) and the typed result must carry every field of the example.

mod support;

#[allow(dead_code, unused_imports, clippy::all)]
mod operations {
    include!("generated/operations.rs");
}

use operations::{Case, OPERATIONS};
use serde_json::Value;
use testkit::{Reply, TestServer, json_subset, typed_subset};

/// Differences between a request body example and what the typed body sends
/// that are known, by operationId and the difference (none for this spec;
/// see kaiten's `operations_wire.rs` for what one looks like). The
/// test fails when a listed gap no longer occurs, so the list stays true.
const KNOWN_BODY_GAPS: &[(&str, &str)] = &[];

/// What is wrong with one case's request and result (empty: nothing).
async fn check(case: &Case) -> Vec<String> {
    let server = TestServer::start().await;
    server.enqueue([match case.response_body {
        Some(body) => Reply::json(case.status, body),
        None => Reply::status(case.status),
    }]);
    let out = (case.call)(support::client(&server.url())).await;
    let mut problems = Vec::new();
    if let Some(e) = &out.error {
        problems.push(format!("the call failed: {e}"));
    }
    let requests = server.requests();
    let [r] = requests.as_slice() else {
        problems.push(format!("{} requests instead of one", requests.len()));
        return problems;
    };
    if r.method != case.method {
        problems.push(format!("method {} instead of {}", r.method, case.method));
    }
    let path = format!("{}{}", support::PREFIX, case.path);
    if r.path() != path {
        problems.push(format!("path {} instead of {path}", r.path()));
    }
    let pairs: Vec<(&str, &str)> = r
        .query()
        .unwrap_or("")
        .split('&')
        .filter_map(|p| p.split_once('='))
        .collect();
    for want in case.query {
        if !pairs.contains(want) {
            problems.push(format!("query {:?} lacks {}={}", r.query(), want.0, want.1));
        }
    }
    let auth = format!("Bearer {}", support::TOKEN);
    if r.header("authorization") != Some(auth.as_str()) {
        problems.push(format!("Authorization {:?}", r.header("authorization")));
    }
    match case.request_body {
        Some(expected) => {
            let expected: Value = serde_json::from_str(expected).expect("the table's JSON");
            match serde_json::from_slice::<Value>(&r.body) {
                Ok(sent) => {
                    let mut diff: Vec<String> = json_subset(&expected, &sent)
                        .into_iter()
                        .chain(json_subset(&sent, &expected))
                        .collect();
                    let known: Vec<&str> = KNOWN_BODY_GAPS
                        .iter()
                        .filter(|(id, _)| *id == case.operation_id)
                        .map(|(_, gap)| *gap)
                        .collect();
                    for gap in &known {
                        match diff.iter().position(|d| d == gap) {
                            Some(at) => {
                                diff.remove(at);
                            }
                            None => problems.push(format!(
                                "the known body gap `{gap}` no longer occurs: remove it from KNOWN_BODY_GAPS"
                            )),
                        }
                    }
                    if !diff.is_empty() {
                        problems.push(format!("the body differs from the example: {diff:?}"));
                    }
                }
                Err(e) => problems.push(format!("the body is not JSON ({e}): {}", r.body_text())),
            }
            if !r
                .header("content-type")
                .is_some_and(|t| t.starts_with("application/json"))
            {
                problems.push(format!("Content-Type {:?}", r.header("content-type")));
            }
        }
        None if !r.body.is_empty() => problems.push(format!("a body: {}", r.body_text())),
        None => {}
    }
    if let (Some(expected), Some(value)) = (case.expected, &out.value) {
        let expected: Value = serde_json::from_str(expected).expect("the table's JSON");
        let diff = typed_subset(&expected, value);
        if !diff.is_empty() {
            problems.push(format!("the typed result lacks the example's {diff:?}"));
        }
    }
    problems
}

#[tokio::test]
async fn every_operation_sends_its_documented_request_and_returns_its_typed_result() {
    let mut failures = Vec::new();
    for case in OPERATIONS {
        let problems = check(case).await;
        if !problems.is_empty() {
            failures.push(format!(
                "{} ({} {}):\n    {}",
                case.operation_id,
                case.method,
                case.path_template,
                problems.join("\n    ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} operations failed:\n{}",
        failures.len(),
        OPERATIONS.len(),
        failures.join("\n")
    );
}

#[tokio::test]
async fn an_empty_path_segment_is_refused_before_any_io() {
    let server = TestServer::start().await;
    let mut failures = Vec::new();
    let mut tried = 0;
    for case in OPERATIONS {
        let Some((field, call)) = case.empty_segment else {
            continue;
        };
        tried += 1;
        let out = call(support::client(&server.url())).await;
        if out.invalid_input.as_deref() != Some(field) {
            failures.push(format!("{}: `{field}` empty: {:?}", case.operation_id, out));
        }
    }
    assert!(tried > 0, "no operation has a string path parameter");
    assert_eq!(server.request_count(), 0, "a request was sent");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_table_has_every_operation_once() {
    let mut ids: Vec<&str> = OPERATIONS.iter().map(|c| c.operation_id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), OPERATIONS.len());
    assert_eq!(OPERATIONS.len(), operations::OPERATION_COUNT);
}
