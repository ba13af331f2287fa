//! What the table-driven tests of this crate share: the client they call the
//! generated operations table (`tests/generated/operations.rs`) with.

#![allow(dead_code)]

/// The token every table-driven test authenticates with.
pub const TOKEN: &str = "ksh_test-token";

/// The path prefix the client puts before every spec path (`/api`).
pub const PREFIX: &str = "/api";

/// A client for `base_url` with the test token and no retries.
pub fn client(base_url: &str) -> kaiten_client::Client {
    kaiten_client::Client::builder()
        .base_url(base_url)
        .token(TOKEN)
        .max_retries(0)
        .build()
        .expect("a client for the test server")
}

/// A client for `base_url` that retries once, at once (no backoff): for
/// the table-driven fault matrix.
pub fn retrying_client(base_url: &str) -> kaiten_client::Client {
    kaiten_client::Client::builder()
        .base_url(base_url)
        .token(TOKEN)
        .retry_policy(client_runtime::RetryPolicy {
            max_retries: 1,
            initial_backoff: std::time::Duration::ZERO,
            max_backoff: std::time::Duration::ZERO,
            ..client_runtime::RetryPolicy::default()
        })
        .build()
        .expect("a client for the test server")
}
