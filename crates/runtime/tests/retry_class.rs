//! `RetryClass` (a spec's `x-idempotent`): the server counts the attempts.

use std::time::Duration;

use client_runtime::{RetryClass, RetryPolicy, SecretToken, Transport, TransportConfig};
use testkit::{Reply, TestServer};

fn transport() -> Transport {
    Transport::new(TransportConfig {
        vendor: "Test",
        token: SecretToken::new("token", "t0ken").expect("token"),
        retry: RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(2),
            ..RetryPolicy::default()
        },
        max_response_bytes: 1024 * 1024,
        max_request_bytes: None,
        max_concurrent_requests: 4,
    })
}

async fn attempts(method: reqwest::Method, class: RetryClass) -> (u16, usize) {
    let server = TestServer::start().await;
    server.enqueue([Reply::status(503), Reply::status(503), Reply::status(503)]);
    let client = reqwest::Client::new();
    let request = client
        .request(method, format!("{}/things", server.url()))
        .body("{}")
        .build()
        .expect("request");
    let resp = transport()
        .execute_as(&client, request, "op", "application/json", class)
        .await
        .expect("a response");
    (resp.status().as_u16(), server.request_count())
}

#[tokio::test]
async fn a_post_is_retried_only_when_declared_idempotent() {
    assert_eq!(
        attempts(reqwest::Method::POST, RetryClass::ByMethod).await,
        (503, 1)
    );
    assert_eq!(
        attempts(reqwest::Method::POST, RetryClass::Idempotent).await,
        (503, 3)
    );
    assert_eq!(
        attempts(reqwest::Method::PATCH, RetryClass::Idempotent).await,
        (503, 3)
    );
}

#[tokio::test]
async fn never_means_never_even_for_a_put() {
    assert_eq!(
        attempts(reqwest::Method::PUT, RetryClass::ByMethod).await,
        (503, 3)
    );
    assert_eq!(
        attempts(reqwest::Method::PUT, RetryClass::Never).await,
        (503, 1)
    );
}
