//! The checks behind every vendor's table-driven wire test: the generated
//! operations table (`crates/<vendor>/tests/generated/operations.rs`, written
//! by `cargo xtask codegen`) lists each operation's expected request and a
//! call through the vendor's resource layer; these functions run every case
//! against the loopback [`TestServer`] and report each failing operation by
//! its operationId.

use std::future::Future;
use std::pin::Pin;

use serde_json::Value;

use crate::{Reply, TestServer, json_subset, typed_subset};

/// What a call came to: the typed result re-serialized, or the error.
#[derive(Debug)]
pub struct Outcome {
    /// The typed result as JSON (`null` for a body-less success).
    pub value: Option<Value>,
    /// The typed result, debug-printed (what a log line would show).
    pub debug: Option<String>,
    /// The error's HTTP status, when it has one.
    pub status: Option<u16>,
    /// The field an input error names (refused before any I/O).
    pub invalid_input: Option<String>,
    /// The error, displayed and then debug-printed.
    pub error: Option<String>,
    /// The error's kind (`client_runtime::ErrorKind`, debug-printed).
    pub kind: Option<String>,
    /// The raw response body the error keeps (lossy UTF-8).
    pub raw_body: Option<String>,
}

/// A call in flight.
pub type Call = Pin<Box<dyn Future<Output = Outcome>>>;

/// A case's call, given the vendor's client `C`.
pub type CallFn<C> = fn(C) -> Call;

/// One operation of a spec and what its call shows on the wire; `C` is the
/// vendor's client.
pub struct Case<C> {
    /// The operationId.
    pub operation_id: &'static str,
    /// The HTTP method, upper-case.
    pub method: &'static str,
    /// The spec's path template.
    pub path_template: &'static str,
    /// The path the call requests (below the base URL), example values percent-encoded.
    pub path: &'static str,
    /// The required query parameters, form-encoded (name, value).
    pub query: &'static [(&'static str, &'static str)],
    /// The JSON the call sends as its body.
    pub request_body: Option<&'static str>,
    /// The success status (the lowest 2xx the spec documents).
    pub status: u16,
    /// The example body of that success (none: body-less).
    pub response_body: Option<&'static str>,
    /// What the typed result, re-serialized, must contain.
    pub expected: Option<&'static str>,
    /// Whether a 404 is `Ok(None)` (`x-rust-not-found: none`), not an error.
    pub not_found_is_none: bool,
    /// Whether the client may resend the request after a failed attempt
    /// (`x-idempotent`, else the method: GET, HEAD, OPTIONS, PUT, DELETE).
    pub retried: bool,
    /// The secret values (`x-rust-secret` / `format: password` properties)
    /// the success example carries: never to be shown by `Debug` or logs.
    pub secrets: &'static [&'static str],
    /// Calls the operation through the resource layer with the examples.
    pub call: CallFn<C>,
    /// The first string path parameter, and the call with it empty.
    pub empty_segment: Option<(&'static str, CallFn<C>)>,
}

/// How a vendor's client appears on the wire.
pub struct Wire<'a> {
    /// The path prefix the client puts before every spec path (`/api`, `/v1`, or empty).
    pub prefix: &'a str,
    /// The token the test client authenticates with (`Authorization: Bearer …`).
    pub token: &'a str,
}

/// Runs every case against a loopback server answering its success example;
/// panics listing every operation whose request (method, path, required
/// query, `Authorization`, JSON body and `Content-Type`) or typed result
/// differs from the table.
pub async fn check_every_operation<C>(
    cases: &[Case<C>],
    client: impl Fn(&str) -> C,
    wire: &Wire<'_>,
) {
    let mut failures = Vec::new();
    for case in cases {
        let problems = check(case, &client, wire).await;
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
        cases.len(),
        failures.join("\n")
    );
}

/// What is wrong with one case's request and result (empty: nothing).
async fn check<C>(case: &Case<C>, client: &impl Fn(&str) -> C, wire: &Wire<'_>) -> Vec<String> {
    let server = TestServer::start().await;
    server.enqueue([match case.response_body {
        Some(body) => Reply::json(case.status, body),
        None => Reply::status(case.status),
    }]);
    let out = (case.call)(client(&server.url())).await;
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
    let path = format!("{}{}", wire.prefix, case.path);
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
    let auth = format!("Bearer {}", wire.token);
    if r.header("authorization") != Some(auth.as_str()) {
        problems.push(format!("Authorization {:?}", r.header("authorization")));
    }
    match case.request_body {
        Some(expected) => {
            let expected: Value = serde_json::from_str(expected).expect("the table's JSON");
            match serde_json::from_slice::<Value>(&r.body) {
                Ok(sent) => {
                    let diff: Vec<String> = json_subset(&expected, &sent)
                        .into_iter()
                        .chain(json_subset(&sent, &expected))
                        .collect();
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

/// Every case with a string path parameter, called with it empty, is refused
/// naming that parameter, and nothing reaches the server.
pub async fn check_empty_segments<C>(cases: &[Case<C>], client: impl Fn(&str) -> C) {
    let server = TestServer::start().await;
    let mut failures = Vec::new();
    let mut tried = 0;
    for case in cases {
        let Some((field, call)) = case.empty_segment else {
            continue;
        };
        tried += 1;
        let out = call(client(&server.url())).await;
        if out.invalid_input.as_deref() != Some(field) {
            failures.push(format!("{}: `{field}` empty: {:?}", case.operation_id, out));
        }
    }
    assert!(tried > 0, "no operation has a string path parameter");
    assert_eq!(server.request_count(), 0, "a request was sent");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The table lists each operationId once, and as many as the spec has.
pub fn check_table<C>(cases: &[Case<C>], operation_count: usize) {
    let mut ids: Vec<&str> = cases.iter().map(|c| c.operation_id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(
        ids.len(),
        cases.len(),
        "an operationId is in the table twice"
    );
    assert_eq!(cases.len(), operation_count);
}

/// The fault matrix over every operation: each case is called (through a
/// client that retries once, with no backoff) against a server that
///
/// 1. answers 503 with `error_body`, then the success: an operation the
///    table marks `retried` recovers after exactly two requests; any other
///    fails after one, keeping the status and the raw body;
/// 2. resets the connection after reading the request, then answers the
///    success: `retried` recovers after two requests; any other fails after
///    exactly one (a write is never sent twice), with no status;
/// 3. answers 400 with `error_body`: never retried, status and raw body kept;
/// 4. (an operation with a JSON success) answers its success status with a
///    truncated JSON body: a decode error keeping that status and body, and
///    not retried.
///
/// Panics listing every operation that behaved otherwise.
pub async fn check_faults<C>(cases: &[Case<C>], client: impl Fn(&str) -> C, error_body: &str) {
    let mut failures = Vec::new();
    for case in cases {
        let mut problems = Vec::new();
        let success = || match case.response_body {
            Some(body) => Reply::json(case.status, body),
            None => Reply::status(case.status),
        };
        // 1 and 2: a retryable failure, then the success.
        for (name, first) in [
            ("503", Reply::json(503, error_body)),
            ("reset", Reply::Reset),
        ] {
            let server = TestServer::start().await;
            server.enqueue([first, success()]);
            let out = (case.call)(client(&server.url())).await;
            let n = server.request_count();
            if case.retried {
                if n != 2 || out.error.is_some() {
                    problems.push(format!(
                        "{name}: retried, so expected recovery after 2 requests; {n} requests, error {:?}",
                        out.error
                    ));
                }
            } else {
                let status_ok = match name {
                    "503" => out.status == Some(503) && out.raw_body.as_deref() == Some(error_body),
                    _ => out.status.is_none(),
                };
                if n != 1 || out.error.is_none() || !status_ok {
                    problems.push(format!(
                        "{name}: not retried, so expected one request and the error; {n} requests, \
                         status {:?}, raw body {:?}, error {:?}",
                        out.status, out.raw_body, out.error
                    ));
                }
            }
        }
        // 3: a client error is final.
        let server = TestServer::start().await;
        server.enqueue([Reply::json(400, error_body), success()]);
        let out = (case.call)(client(&server.url())).await;
        let n = server.request_count();
        if n != 1 || out.status != Some(400) || out.raw_body.as_deref() != Some(error_body) {
            problems.push(format!(
                "400: expected one request and the error with its body; {n} requests, status {:?}, \
                 raw body {:?}, kind {:?}",
                out.status, out.raw_body, out.kind
            ));
        }
        // 4: a success that is not JSON.
        if case.response_body.is_some() {
            let truncated = "{\"truncated\": [1, 2";
            let server = TestServer::start().await;
            server.enqueue([Reply::json(case.status, truncated), success()]);
            let out = (case.call)(client(&server.url())).await;
            let n = server.request_count();
            if n != 1
                || out.kind.as_deref() != Some("Decode")
                || out.status != Some(case.status)
                || out.raw_body.as_deref() != Some(truncated)
            {
                problems.push(format!(
                    "truncated JSON: expected one request and a decode error with the body; {n} \
                     requests, status {:?}, kind {:?}, raw body {:?}",
                    out.status, out.kind, out.raw_body
                ));
            }
        }
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
        "{} of {} operations failed the fault matrix:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The secrets of every case's success example (`Case::secrets`) are
/// decoded (the re-serialized result carries them, so the caller can read
/// them) but never shown by the result's `Debug`. Returns every text the
/// calls produced (results and errors, debug-printed) for the caller's own
/// audit of logs and tokens; panics listing every leak.
pub async fn check_secret_responses<C>(
    cases: &[Case<C>],
    client: impl Fn(&str) -> C,
) -> Vec<String> {
    let mut failures = Vec::new();
    let mut texts = Vec::new();
    for case in cases.iter().filter(|c| !c.secrets.is_empty()) {
        let server = TestServer::start().await;
        server.enqueue([Reply::json(
            case.status,
            case.response_body.unwrap_or("null"),
        )]);
        let out = (case.call)(client(&server.url())).await;
        let value = out.value.as_ref().map(Value::to_string).unwrap_or_default();
        let debug = out.debug.clone().unwrap_or_default();
        for secret in case.secrets {
            if !value.contains(secret) {
                failures.push(format!(
                    "{}: the secret {secret:?} was not decoded: {:?}",
                    case.operation_id, out
                ));
            }
            if debug.contains(secret) || out.error.as_deref().unwrap_or("").contains(secret) {
                failures.push(format!(
                    "{}: the secret shows in Debug: {debug}",
                    case.operation_id
                ));
            }
        }
        texts.push(debug);
        texts.extend(out.error);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    texts
}
