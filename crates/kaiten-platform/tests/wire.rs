//! The Kaiten Platform client against the testkit's HTTP server on 127.0.0.1: the
//! request its operation sends, the typed result, a typed error, and input
//! refused before any I/O.

use kaiten_platform_client::{Client, Error};
use testkit::{Recorded, Reply, TestServer};

const TOKEN: &str = "kaiten-platform-test-token-value";

/// The spec's example of `getItem`'s 200 response.
const ITEM: &str =
    r#"{"id": "item-123", "name": "Example item", "createdAt": "2024-01-01T12:00:00Z"}"#;

/// The spec's example of the 404 response.
const NOT_FOUND: &str = r#"{"type": "https://kaiten-platform.example/problems/not-found", "title": "Not Found", "status": 404, "detail": "There is no item with this id."}"#;

fn client(server: &TestServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .max_retries(0)
        .build()
        .expect("client")
}

fn assert_common_headers(r: &Recorded) {
    assert_eq!(
        r.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(
        r.header("accept"),
        Some("application/json, application/problem+json")
    );
    let user_agent = r.header("user-agent").expect("a User-Agent");
    assert!(
        user_agent.starts_with("kaiten-platform-client-rust/"),
        "{user_agent}"
    );
}

#[tokio::test]
async fn get_item_sends_the_documented_request_and_returns_the_typed_item() {
    let server = TestServer::start().await;
    server.enqueue([Reply::json(200, ITEM)]);
    let item = client(&server)
        .items()
        .get("item-123")
        .await
        .expect("the item");
    assert_eq!(item.id, "item-123");
    assert_eq!(item.name, "Example item");
    assert_eq!(
        item.created_at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-01-01T12:00:00+00:00")
    );

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let r = &requests[0];
    assert_eq!(
        (r.method.as_str(), r.target.as_str()),
        ("GET", "/items/item-123")
    );
    assert_common_headers(r);
    assert!(r.body.is_empty());
}

#[tokio::test]
async fn the_item_id_is_sent_as_one_percent_encoded_segment() {
    let server = TestServer::start().await;
    server.enqueue([Reply::json(200, ITEM)]);
    client(&server).items().get("a/b c?d").await.unwrap();
    assert_eq!(server.requests()[0].target, "/items/a%2Fb%20c%3Fd");
}

#[tokio::test]
async fn an_error_response_is_typed_with_the_parsed_problem_and_the_raw_body() {
    let server = TestServer::start().await;
    server.enqueue([Reply::with_type(404, "application/problem+json", NOT_FOUND)]);
    let err = client(&server).items().get("item-123").await.unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected Error::Api, got {err:?}")
    };
    assert_eq!(api.status(), 404);
    assert_eq!(
        api.body().and_then(|p| p.title.as_deref()),
        Some("Not Found")
    );
    assert_eq!(api.raw(), NOT_FOUND.as_bytes());
    assert_eq!(
        err.to_string(),
        "Kaiten Platform API error (404 Not Found): Not Found: There is no item with this id."
    );
    assert!(!err.is_retryable());
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn an_empty_item_id_is_refused_before_any_io() {
    let server = TestServer::start().await;
    let c = client(&server);
    for bad in ["", "   "] {
        let err = c.items().get(bad).await.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidInput(e) if e.field() == "item_id"),
            "{err:?}"
        );
    }
    assert_eq!(
        server.request_count(),
        0,
        "refused input never reaches the server"
    );
}

#[test]
fn the_builder_needs_a_base_url_and_a_token_and_redacts_the_token() {
    let field = |r: Result<Client, Error>| match r {
        Err(Error::InvalidInput(e)) => e.field().to_string(),
        other => panic!("expected an input error, got {other:?}"),
    };
    assert_eq!(field(Client::builder().token(TOKEN).build()), "base_url");
    let no_token = Client::builder().base_url("https://api.kaiten-platform.example");
    assert_eq!(field(no_token.build()), "token");
    // Plain http to a host that is not loopback would send the token in clear.
    assert_eq!(
        field(Client::new("http://api.kaiten-platform.example", TOKEN)),
        "base_url"
    );

    let builder = Client::builder()
        .base_url("https://api.kaiten-platform.example/")
        .token(TOKEN);
    assert!(!format!("{builder:?}").contains(TOKEN));
    let c = builder.build().expect("client");
    assert_eq!(c.base_url(), "https://api.kaiten-platform.example");
    assert!(!format!("{c:?}").contains(TOKEN));
}
