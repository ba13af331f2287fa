//! HTTP/2 streams the server refuses unprocessed are retried by the
//! transport itself, whatever the method (reqwest's own retry layer, which
//! would otherwise do it, is turned off so requests are copied once): an
//! h2c server on 127.0.0.1 resets streams as each test plans.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use bytes::Bytes;
use client_runtime::{RetryPolicy, SecretToken, Transport, TransportConfig};

/// An HTTP/2 (prior knowledge) server: the n-th stream is reset with
/// `plan[n]` when that is `Some`, otherwise answered `201 {"ok":true}`.
/// Returns the base URL and the number of streams it has seen.
async fn h2_server(plan: Vec<Option<h2::Reason>>) -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = seen.clone();
    let plan = Arc::new(plan);
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let (counter, plan) = (counter.clone(), plan.clone());
            tokio::spawn(async move {
                let Ok(mut conn) = h2::server::handshake(socket).await else {
                    return;
                };
                while let Some(Ok((request, mut respond))) = conn.accept().await {
                    let n = counter.fetch_add(1, Ordering::SeqCst);
                    drop(request);
                    match plan.get(n).copied().flatten() {
                        Some(reason) => respond.send_reset(reason),
                        None => {
                            let response = http::Response::builder()
                                .status(201)
                                .header("content-type", "application/json")
                                .body(())
                                .expect("response");
                            if let Ok(mut body) = respond.send_response(response, false) {
                                let _ = body.send_data(Bytes::from_static(br#"{"ok":true}"#), true);
                            }
                        }
                    }
                }
            });
        }
    });
    (url, seen)
}

fn transport(retry: RetryPolicy) -> Transport {
    Transport::new(TransportConfig {
        vendor: "Test",
        token: SecretToken::new("token", "t0ken").expect("token"),
        retry,
        max_response_bytes: 1024 * 1024,
        max_request_bytes: None,
        max_concurrent_requests: 4,
    })
}

/// Configured as `Settings::build` configures it, plus h2c.
fn h2_client() -> reqwest::Client {
    reqwest::Client::builder()
        .http2_prior_knowledge()
        .retry(reqwest::retry::never().max_retries_per_request(0))
        .build()
        .expect("client")
}

async fn post(transport: &Transport, url: &str) -> reqwest::Result<reqwest::Response> {
    let request = h2_client()
        .post(format!("{url}/things"))
        .body(r#"{"name":"x"}"#)
        .build()
        .expect("request");
    transport
        .execute(&h2_client(), request, "create_thing", "application/json")
        .await
}

#[tokio::test]
async fn a_post_whose_stream_was_refused_is_sent_again_at_once() {
    let (url, seen) = h2_server(vec![Some(h2::Reason::REFUSED_STREAM)]).await;
    let started = std::time::Instant::now();
    let response = post(&transport(RetryPolicy::default()), &url)
        .await
        .expect("the second attempt succeeds");
    assert_eq!(response.status(), 201);
    assert_eq!(response.text().await.expect("body"), r#"{"ok":true}"#);
    assert_eq!(
        seen.load(Ordering::SeqCst),
        2,
        "refused once, then answered"
    );
    // No backoff for a refusal (the default backoff starts at 250 ms).
    assert!(started.elapsed() < std::time::Duration::from_millis(250));
}

#[tokio::test]
async fn nobody_else_retries_a_refused_stream() {
    // With the transport's retries off the refusal is the call's error:
    // neither reqwest nor hyper sends the request again behind its back.
    let (url, seen) = h2_server(vec![Some(h2::Reason::REFUSED_STREAM)]).await;
    let err = post(&transport(RetryPolicy::none()), &url)
        .await
        .expect_err("refused, not retried");
    assert!(!err.is_connect(), "{err:?}");
    assert_eq!(seen.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_post_reset_for_another_reason_is_not_repeated() {
    // INTERNAL_ERROR does not say the stream went unprocessed: a POST may
    // have taken effect, so it is not sent again.
    let (url, seen) = h2_server(vec![Some(h2::Reason::INTERNAL_ERROR)]).await;
    post(&transport(RetryPolicy::default()), &url)
        .await
        .expect_err("reset, not retried");
    assert_eq!(seen.load(Ordering::SeqCst), 1);
}
