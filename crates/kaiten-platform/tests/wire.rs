//! The Kaiten Platform client's own rules against the testkit's HTTP server
//! on 127.0.0.1: the credential it takes (a Platform credential, `ksm_…`;
//! a webhook signing secret or a Core API token is refused before any I/O),
//! the `/api` it appends to the base URL, and a typed error. Every
//! operation's request and result is checked by `operations_wire.rs`, from
//! the generated operations table.

use kaiten_platform_client::{Client, Error};
use testkit::{Reply, TestServer};

const TOKEN: &str = "ksm_t0ps3cr3t-platform-credential";

/// The spec's `NotFound` example (the docs page's generic problem, verbatim).
const NOT_FOUND: &str = r#"{"detail": "Property foo is required but is missing.", "errors": [{"location": "string", "message": "string", "value": null}], "instance": "https://example.com/error-log/abc123", "status": 400, "title": "Bad Request", "type": "https://example.com/errors/example"}"#;

fn field(r: Result<Client, Error>) -> String {
    match r {
        Err(Error::InvalidInput(e)) => e.field().to_string(),
        other => panic!("expected an input error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_platform_credential_is_sent_as_a_bearer_token_under_api() {
    let server = TestServer::start().await;
    server.enqueue([Reply::status(204)]);
    let c = Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .max_retries(0)
        .build()
        .expect("a ksm_ credential is accepted");
    assert_eq!(c.base_url(), format!("{}/api", server.url()));
    c.users()
        .delete(&"6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d".parse().unwrap())
        .await
        .expect("the deletion");
    let r = &server.requests()[0];
    assert_eq!(
        (r.method.as_str(), r.target.as_str()),
        (
            "DELETE",
            "/api/platform/users/6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d"
        )
    );
    assert_eq!(
        r.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    let user_agent = r.header("user-agent").expect("a User-Agent");
    assert!(
        user_agent.starts_with("kaiten-platform-client-rust/"),
        "{user_agent}"
    );
}

#[tokio::test]
async fn a_webhook_secret_or_a_core_token_is_refused_before_any_io() {
    let server = TestServer::start().await;
    for (bad, says) in [
        ("whsec_0123456789abcdef", "webhook signing secret"),
        ("ksh_core-api-token", "not a Platform credential"),
        ("eyJhbGciOiJSUzI1NiJ9.e30.sig", "not a Platform credential"),
    ] {
        let err = Client::builder()
            .base_url(server.url())
            .token(bad)
            .build()
            .unwrap_err();
        let Error::InvalidInput(e) = &err else {
            panic!("{bad}: expected an input error, got {err:?}")
        };
        assert_eq!(e.field(), "token", "{bad}");
        assert!(err.to_string().contains(says), "{bad}: {err}");
        assert!(!err.to_string().contains(bad), "{bad} leaked: {err}");
    }
    assert_eq!(server.request_count(), 0, "refused before any I/O");
}

#[test]
fn api_is_appended_to_the_base_url_once() {
    for (given, normalised) in [
        ("https://kaiten.example", "https://kaiten.example/api"),
        ("https://kaiten.example/", "https://kaiten.example/api"),
        ("https://kaiten.example/api", "https://kaiten.example/api"),
        ("https://kaiten.example/api/", "https://kaiten.example/api"),
        (
            "https://kaiten.example/platform",
            "https://kaiten.example/platform/api",
        ),
    ] {
        let c = Client::new(given, TOKEN).expect(given);
        assert_eq!(c.base_url(), normalised, "{given}");
    }
}

#[tokio::test]
async fn an_error_response_is_typed_with_the_parsed_problem_and_the_raw_body() {
    let server = TestServer::start().await;
    server.enqueue([Reply::with_type(404, "application/problem+json", NOT_FOUND)]);
    let c = Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .max_retries(0)
        .build()
        .unwrap();
    let err = c
        .organizations()
        .get(&"9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d".parse().unwrap())
        .await
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected Error::Api, got {err:?}")
    };
    assert_eq!(api.status(), 404);
    assert_eq!(
        api.body().and_then(|p| p.title.as_deref()),
        Some("Bad Request")
    );
    assert_eq!(api.raw(), NOT_FOUND.as_bytes());
    assert!(!err.is_retryable());
    assert_eq!(server.request_count(), 1);
}

#[test]
fn the_builder_needs_a_base_url_and_a_token_and_redacts_the_token() {
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
    assert_eq!(c.base_url(), "https://api.kaiten-platform.example/api");
    assert!(!format!("{c:?}").contains(TOKEN));
}
