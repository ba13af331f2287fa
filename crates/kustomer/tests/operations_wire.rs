//! Every operation of the spec on the wire, driven by the generated
//! operations table (`tests/generated/operations.rs`, written by `cargo
//! xtask codegen` from the spec): for each case, the testkit's loopback
//! server answers the spec's success example, and the request must be the
//! documented one (method, path, required query, `Authorization`, JSON
//! body) and the typed result must carry every field of the example
//! (`testkit::optable`).

mod support;

#[allow(dead_code, unused_imports, clippy::all)]
mod operations {
    include!("generated/operations.rs");
}

use operations::OPERATIONS;
use testkit::optable::{
    Wire, check_empty_segments, check_every_operation, check_faults, check_table,
};

#[tokio::test]
async fn every_operation_sends_its_documented_request_and_returns_its_typed_result() {
    let wire = Wire {
        prefix: support::PREFIX,
        token: support::TOKEN,
    };
    check_every_operation(OPERATIONS, support::client, &wire).await;
}

#[tokio::test]
async fn an_empty_path_segment_is_refused_before_any_io() {
    check_empty_segments(OPERATIONS, support::client).await;
}

#[test]
fn the_table_has_every_operation_once() {
    check_table(OPERATIONS, operations::OPERATION_COUNT);
}

/// The fault matrix over every operation (`testkit::optable::check_faults`):
/// a 503 and a reset connection are retried exactly where the spec allows
/// (writes are never sent twice), a 400 is final, a truncated success is a
/// decode error; each failure keeps its status and raw body.
#[tokio::test]
async fn every_operation_meets_the_fault_matrix() {
    check_faults(
        OPERATIONS,
        support::retrying_client,
        r#"{"errors":[{"status":"503","code":"unavailable","title":"Service Unavailable"}]}"#,
    )
    .await;
}
