//! The Kaiten client against a real HTTP server on 127.0.0.1: the exact
//! request on the wire and the typed result, for every operation; retries,
//! pagination, errors and secrets.

use std::time::Duration;

use futures::TryStreamExt;
use kaiten_client::{Client, CustomerCreate, CustomerUpdate, Error, IntegrationInput, RetryPolicy};
use serde_json::{Value, json};
use testkit::{Captured, Recorded, Reply, TestServer};

const TOKEN: &str = "ksh_t0ps3cr3t-token-value";

/// The docs page's 2xx example for POST /customers, verbatim.
const DOCS_CUSTOMER: &str = r#"{
  "createdAt": "2023-10-01T12:00:00Z",
  "createdBy": {
    "id": "123e4567-e89b-12d3-a456-426614174000",
    "name": "John Doe"
  },
  "externalCustomerId": "external-customer-id-12345",
  "id": "123e4567-e89b-12d3-a456-426614174000",
  "name": "Awesome Customer",
  "slug": "awesome-customer",
  "updatedAt": "2023-10-01T12:00:00Z",
  "updatedBy": {
    "id": "123e4567-e89b-12d3-a456-426614174000",
    "name": "John Doe"
  }
}"#;

/// The docs page's error example (the same body for all five error responses).
const DOCS_PROBLEM: &str = r#"{
  "detail": "Property foo is required but is missing.",
  "errors": [
    {
      "location": "string",
      "message": "string",
      "value": null
    }
  ],
  "instance": "https://example.com/error-log/abc123",
  "status": 400,
  "title": "Bad Request",
  "type": "https://example.com/errors/example"
}"#;

fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        initial_backoff: Duration::from_millis(5),
        max_backoff: Duration::from_millis(20),
        ..RetryPolicy::default()
    }
}

fn client(server: &TestServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .retry_policy(fast_retries())
        .build()
        .expect("client")
}

fn body_json(r: &Recorded) -> Value {
    serde_json::from_slice(&r.body).expect("request body is JSON")
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
    assert!(
        r.header("user-agent")
            .unwrap()
            .starts_with("kaiten-client-rust/")
    );
    assert_eq!(
        r.header("api-version"),
        None,
        "progenitor's api-version header is not sent"
    );
}

fn problem(status: u16, code: &str) -> Reply {
    let body = json!({
        "type": "https://kaiten.sh/problems/x",
        "title": "Conflict",
        "status": status,
        "detail": "slug awesome-customer is taken",
        "code": code,
        "errorId": "err-7f3a",
        "errors": [{"location": "body.slug", "message": "taken", "value": "awesome-customer"}]
    });
    Reply::with_type(status, "application/problem+json", &body.to_string())
}

#[tokio::test]
async fn create_customer_wire_format_and_docs_example() {
    let server = TestServer::start().await;
    server.enqueue([Reply::json(201, DOCS_CUSTOMER)]);
    let kaiten = client(&server);
    let mut new = CustomerCreate::named("Awesome Customer");
    new.external_customer_id = Some("external-customer-id-12345".into());
    let c = kaiten.customers().create(&new).await.expect("created");

    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.target, "/api/customers");
    assert_common_headers(r);
    assert_eq!(r.header("content-type"), Some("application/json"));
    // The docs page's curl body, exactly: unset optional fields are left out.
    assert_eq!(
        body_json(r),
        json!({"externalCustomerId": "external-customer-id-12345", "name": "Awesome Customer"})
    );

    assert_eq!(c.id, "123e4567-e89b-12d3-a456-426614174000");
    assert_eq!(c.name, "Awesome Customer");
    assert_eq!(c.slug.as_deref(), Some("awesome-customer"));
    assert_eq!(
        c.external_customer_id.as_deref(),
        Some("external-customer-id-12345")
    );
    assert_eq!(c.created_at.to_rfc3339(), "2023-10-01T12:00:00+00:00");
    assert_eq!(c.updated_at.to_rfc3339(), "2023-10-01T12:00:00+00:00");
    assert_eq!(c.created_by.id, "123e4567-e89b-12d3-a456-426614174000");
    assert_eq!(c.created_by.name.as_deref(), Some("John Doe"));
    assert_eq!(c.updated_by.name.as_deref(), Some("John Doe"));
    assert!(c.domain.is_none() && c.integrations.is_none());
}

#[tokio::test]
async fn create_accepts_200_too() {
    let server = TestServer::start().await;
    server.enqueue([Reply::json(200, DOCS_CUSTOMER)]);
    let c = client(&server)
        .customers()
        .create(&CustomerCreate::named("Awesome Customer"))
        .await
        .unwrap();
    assert_eq!(c.slug.as_deref(), Some("awesome-customer"));
}

#[tokio::test]
async fn every_documented_create_error_is_typed_and_not_retried() {
    for status in [400u16, 401, 403, 409, 422, 429, 500, 503] {
        let server = TestServer::start().await;
        server.enqueue([Reply::with_type(
            status,
            "application/problem+json",
            DOCS_PROBLEM,
        )]);
        let err = client(&server)
            .customers()
            .create(&CustomerCreate::named("x"))
            .await
            .unwrap_err();
        let Error::Api(api) = &err else {
            panic!("{status}: expected Error::Api, got {err:?}")
        };
        assert_eq!(api.status().as_u16(), status);
        let p = api.body().expect("the docs example parses as a Problem");
        assert_eq!(p.title.as_deref(), Some("Bad Request"));
        assert_eq!(
            p.detail.as_deref(),
            Some("Property foo is required but is missing.")
        );
        assert_eq!(p.errors.len(), 1);
        assert_eq!(p.errors[0].location.as_deref(), Some("string"));
        assert_eq!(api.raw(), DOCS_PROBLEM.as_bytes());
        assert_eq!(
            server.request_count(),
            1,
            "{status}: a POST is never retried after it was sent"
        );
        assert!(
            err.to_string()
                .starts_with(&format!("Kaiten API error ({status} ")),
            "{err}"
        );
    }
}

#[tokio::test]
async fn error_message_has_code_title_detail_and_error_id() {
    let server = TestServer::start().await;
    server.enqueue([problem(409, "Customer.SlugTaken")]);
    let err = client(&server)
        .customers()
        .create(&CustomerCreate::named("Awesome Customer"))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Kaiten API error (409 Conflict) [Customer.SlugTaken]: Conflict: slug awesome-customer is taken \
         (errorId: err-7f3a); body.slug: taken"
    );
    assert_eq!(err.status().unwrap(), 409);
    assert_eq!(
        err.body().unwrap().code.as_deref(),
        Some("Customer.SlugTaken")
    );
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn undocumented_html_error_is_typed_with_raw_body() {
    let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let server = TestServer::start().await;
    server.enqueue([Reply::with_type(502, "text/html", html)]);
    let err = client(&server)
        .customers()
        .create(&CustomerCreate::named("x"))
        .await
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.status(), 502);
    assert!(api.body().is_none());
    assert_eq!(api.raw(), html.as_bytes());
    assert!(err.is_retryable());
    assert!(err.to_string().contains("502 Bad Gateway"), "{err}");

    // A documented status with an HTML body (a proxy's 500) is the same.
    server.enqueue([Reply::with_type(500, "text/html", html)]);
    let err = client(&server)
        .customers()
        .create(&CustomerCreate::named("x"))
        .await
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (api.status().as_u16(), api.body().is_none(), api.raw()),
        (500, true, html.as_bytes())
    );
}

#[tokio::test]
async fn the_generated_client_used_directly_retries_in_the_runtime_too() {
    // Without `Client`'s call loop, `execute` runs the retry policy itself
    // on copies of the request: a GET is sent again after a 503, with the
    // same headers; a POST answered 503 is sent once.
    let server = TestServer::start().await;
    let kaiten = client(&server);
    server.enqueue([
        Reply::json(503, DOCS_PROBLEM),
        Reply::json(200, DOCS_CUSTOMER),
    ]);
    let customer = kaiten
        .generated()
        .get_customer("awesome-customer")
        .await
        .expect("recovers on the second attempt")
        .into_inner();
    assert_eq!(customer.slug.as_deref(), Some("awesome-customer"));
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for r in &requests {
        assert_eq!(
            (r.method.as_str(), r.path()),
            ("GET", "/api/customers/awesome-customer")
        );
        assert_common_headers(r);
    }

    server.enqueue([Reply::json(503, DOCS_PROBLEM)]);
    let err = kaiten
        .generated()
        .create_customer(&CustomerCreate::named("x"))
        .await
        .expect_err("503");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.request_count(), 3, "the POST was sent once");
}

#[tokio::test]
async fn an_undocumented_2xx_is_a_decode_error_with_the_body_as_received() {
    // A 2xx with a declared length goes to the generated code unread; when
    // the status is not one the operation documents, the runtime reads the
    // body for the error.
    let body = r#"{"queued":true}"#;
    let server = TestServer::start().await;
    server.enqueue([Reply::json(202, body)]);
    let err = client(&server)
        .customers()
        .get("awesome-customer")
        .await
        .unwrap_err();
    match &err {
        Error::Decode {
            status,
            raw,
            message,
            ..
        } => {
            assert_eq!(*status, 202);
            assert_eq!(raw.as_ref(), body.as_bytes());
            assert!(message.contains("not a documented response"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(server.request_count(), 1, "a 2xx is not retried");
}

#[tokio::test]
async fn malformed_2xx_json_is_a_decode_error() {
    let server = TestServer::start().await;
    server.enqueue([Reply::json(201, r#"{"id": "x", "name": "#)]);
    let err = client(&server)
        .customers()
        .create(&CustomerCreate::named("x"))
        .await
        .unwrap_err();
    match &err {
        Error::Decode { status, raw, .. } => {
            assert_eq!(*status, 201);
            assert_eq!(&raw[..], br#"{"id": "x", "name": "#);
        }
        other => panic!("{other:?}"),
    }
    // A 2xx of the wrong shape too.
    server.enqueue([Reply::json(201, r#"{"unexpected": true}"#)]);
    let err = client(&server)
        .customers()
        .create(&CustomerCreate::named("x"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}

#[tokio::test]
async fn unknown_fields_in_a_response_are_tolerated() {
    let mut v: Value = serde_json::from_str(DOCS_CUSTOMER).unwrap();
    v["brandNewField"] = json!({"nested": [1, 2]});
    v["createdBy"]["avatar"] = json!("x");
    let server = TestServer::start().await;
    server.enqueue([Reply::json(200, &v.to_string())]);
    let c = client(&server)
        .customers()
        .get("awesome-customer")
        .await
        .unwrap();
    assert_eq!(c.name, "Awesome Customer");
}

#[tokio::test]
async fn get_update_delete_wire_format() {
    let server = TestServer::start().await;
    server.enqueue([
        Reply::json(200, DOCS_CUSTOMER),
        Reply::status(204),
        Reply::status(204),
    ]);
    let kaiten = client(&server);
    let c = kaiten.customers().get("awesome-customer").await.unwrap();
    assert_eq!(c.id, "123e4567-e89b-12d3-a456-426614174000");
    kaiten
        .customers()
        .update(
            "awesome-customer",
            &CustomerUpdate {
                name: "Renamed".into(),
                domain: Some("acme.com".into()),
                external_customer_id: None,
            },
        )
        .await
        .unwrap();
    kaiten.customers().delete("awesome-customer").await.unwrap();

    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    assert_eq!(
        (reqs[0].method.as_str(), reqs[0].target.as_str()),
        ("GET", "/api/customers/awesome-customer")
    );
    assert!(reqs[0].body.is_empty());
    assert_eq!(
        (reqs[1].method.as_str(), reqs[1].target.as_str()),
        ("PUT", "/api/customers/awesome-customer")
    );
    assert_eq!(reqs[1].header("content-type"), Some("application/json"));
    // A full replacement: the cleared field is simply absent.
    assert_eq!(
        body_json(&reqs[1]),
        json!({"name": "Renamed", "domain": "acme.com"})
    );
    assert_eq!(
        (reqs[2].method.as_str(), reqs[2].target.as_str()),
        ("DELETE", "/api/customers/awesome-customer")
    );
    for r in &reqs {
        assert_common_headers(r);
    }
}

#[tokio::test]
async fn integration_operations_wire_format_snake_case() {
    let link = json!({
        "external_id": "rec_123",
        "synced_at": "2024-05-01T08:30:00Z",
        "web_url": "https://app.attio.com/rec_123",
        "metadata": {"workspace": "acme"},
        "last_error": null
    });
    let server = TestServer::start().await;
    server.enqueue([
        Reply::json(200, &link.to_string()),
        Reply::json(201, &link.to_string()),
        Reply::json(200, &link.to_string()),
        Reply::status(204),
    ]);
    let kaiten = client(&server);
    let got = kaiten
        .customers()
        .get_integration("acme", "attio")
        .await
        .unwrap();
    assert_eq!(got.external_id, "rec_123");
    assert_eq!(
        got.web_url.as_deref(),
        Some("https://app.attio.com/rec_123")
    );
    assert_eq!(got.synced_at.to_rfc3339(), "2024-05-01T08:30:00+00:00");
    let input = IntegrationInput {
        external_id: "rec_123".into(),
        last_error: None,
        metadata: serde_json::from_value(json!({"workspace": "acme"})).unwrap(),
        web_url: Some("https://app.attio.com/rec_123".into()),
    };
    kaiten
        .customers()
        .create_integration("acme", "attio", &input)
        .await
        .unwrap();
    kaiten
        .customers()
        .update_integration("acme", "attio", &input)
        .await
        .unwrap();
    kaiten
        .customers()
        .delete_integration("acme", "attio")
        .await
        .unwrap();

    let reqs = server.requests();
    let expect = [
        ("GET", false),
        ("POST", true),
        ("PUT", true),
        ("DELETE", false),
    ];
    for (r, (method, has_body)) in reqs.iter().zip(expect) {
        assert_eq!(r.method, method);
        assert_eq!(r.target, "/api/customers/acme/integrations/attio");
        assert_common_headers(r);
        if has_body {
            assert_eq!(
                body_json(r),
                json!({"external_id": "rec_123", "metadata": {"workspace": "acme"}, "web_url": "https://app.attio.com/rec_123"})
            );
        } else {
            assert!(r.body.is_empty());
        }
    }
}

#[tokio::test]
async fn slugs_are_one_percent_encoded_segment_and_empty_ones_are_refused() {
    let server = TestServer::start().await;
    server.enqueue([Reply::json(200, DOCS_CUSTOMER)]);
    let kaiten = client(&server);
    kaiten.customers().get("a/b c?d#e%f").await.unwrap();
    assert_eq!(
        server.requests()[0].target,
        "/api/customers/a%2Fb%20c%3Fd%23e%25f"
    );

    for bad in ["", "   "] {
        let err = kaiten.customers().get(bad).await.unwrap_err();
        let Error::InvalidInput(e) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(e.field(), "customer_slug");
        let err = kaiten
            .customers()
            .delete_integration("acme", bad)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidInput(e) if e.field() == "integration_name"),
            "{err:?}"
        );
    }
    let err = kaiten
        .customers()
        .create(&CustomerCreate::named(" "))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(e) if e.field() == "name"),
        "{err:?}"
    );
    assert_eq!(
        server.request_count(),
        1,
        "refused input never reaches the server"
    );
}

#[tokio::test]
async fn get_retries_503_twice_then_succeeds_after_exactly_three_requests() {
    let server = TestServer::start().await;
    server.enqueue([
        Reply::with_type(503, "application/problem+json", DOCS_PROBLEM),
        Reply::with_type(503, "application/problem+json", DOCS_PROBLEM),
        Reply::json(200, DOCS_CUSTOMER),
    ]);
    let c = client(&server)
        .customers()
        .get("awesome-customer")
        .await
        .unwrap();
    assert_eq!(c.name, "Awesome Customer");
    assert_eq!(server.request_count(), 3);
}

#[tokio::test]
async fn retries_give_up_with_the_last_error_and_attempt_count() {
    let server = TestServer::start().await;
    server.enqueue((0..5).map(|_| Reply::with_type(503, "application/problem+json", DOCS_PROBLEM)));
    let err = client(&server).customers().get("x").await.unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((api.status().as_u16(), api.attempts()), (503, 3));
    assert_eq!(server.request_count(), 3, "default: 2 retries");
    assert!(err.to_string().ends_with("after 3 attempts"), "{err}");
}

#[tokio::test]
async fn retries_can_be_turned_off() {
    let server = TestServer::start().await;
    server.enqueue([Reply::with_type(
        503,
        "application/problem+json",
        DOCS_PROBLEM,
    )]);
    let kaiten = Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .max_retries(0)
        .build()
        .unwrap();
    assert!(kaiten.customers().get("x").await.is_err());
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn post_dropped_after_the_server_read_it_is_attempted_exactly_once() {
    let server = TestServer::start().await;
    server.enqueue([Reply::Drop]);
    let err = client(&server)
        .customers()
        .create(&CustomerCreate::named("Awesome Customer"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport { attempts: 1, .. }),
        "{err:?}"
    );
    assert_eq!(
        server.request_count(),
        1,
        "the POST may have been processed: never repeated"
    );
}

#[tokio::test]
async fn get_dropped_is_retried() {
    let server = TestServer::start().await;
    server.enqueue([Reply::Drop, Reply::json(200, DOCS_CUSTOMER)]);
    client(&server)
        .customers()
        .get("awesome-customer")
        .await
        .unwrap();
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn retry_after_one_second_is_honoured() {
    let server = TestServer::start().await;
    server.enqueue([
        Reply::with_type(429, "application/problem+json", DOCS_PROBLEM).header("retry-after", "1"),
        Reply::json(200, DOCS_CUSTOMER),
    ]);
    client(&server)
        .customers()
        .get("awesome-customer")
        .await
        .unwrap();
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    // Measured on the server: the second request came no sooner than the
    // header asked (the backoff for this client is at most 20 ms).
    let gap = reqs[1].received_at - reqs[0].received_at;
    assert!(gap >= Duration::from_millis(950), "gap {gap:?}");
}

#[tokio::test]
async fn unauthorized_is_not_retried() {
    let server = TestServer::start().await;
    server.enqueue([Reply::with_type(
        401,
        "application/problem+json",
        DOCS_PROBLEM,
    )]);
    let err = client(&server).customers().get("x").await.unwrap_err();
    assert_eq!(err.status().unwrap(), 401);
    assert_eq!(server.request_count(), 1);
}

fn page(items: &[&str], has_more: bool, next: Option<&str>) -> Reply {
    let items: Vec<Value> = items
        .iter()
        .map(|slug| {
            let mut v: Value = serde_json::from_str(DOCS_CUSTOMER).unwrap();
            v["slug"] = json!(slug);
            v["name"] = json!(slug);
            v
        })
        .collect();
    Reply::json(
        200,
        &json!({"items": items, "hasMore": has_more, "nextCursor": next}).to_string(),
    )
}

#[tokio::test]
async fn list_walks_three_pages_following_next_cursor() {
    let server = TestServer::start().await;
    server.enqueue([
        page(&["a", "b"], true, Some("c1")),
        page(&["c", "d"], true, Some("c2")),
        page(&["e"], false, None),
    ]);
    let all: Vec<_> = client(&server)
        .customers()
        .list()
        .try_collect()
        .await
        .unwrap();
    let slugs: Vec<_> = all.iter().map(|c| c.slug.clone().unwrap()).collect();
    assert_eq!(slugs, ["a", "b", "c", "d", "e"]);
    let targets: Vec<_> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/api/customers?limit=200",
            "/api/customers?cursor=c1&limit=200",
            "/api/customers?cursor=c2&limit=200"
        ]
    );
}

#[tokio::test]
async fn list_max_stops_fetching() {
    let server = TestServer::start().await;
    server.enqueue([
        page(&["a", "b"], true, Some("c1")),
        page(&["c"], false, None),
    ]);
    let some: Vec<_> = client(&server)
        .customers()
        .list_max(2)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(some.len(), 2);
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn a_repeated_cursor_is_a_pagination_error() {
    let server = TestServer::start().await;
    server.enqueue([
        page(&["a"], true, Some("c1")),
        page(&["b"], true, Some("c1")),
    ]);
    let err = client(&server)
        .customers()
        .list()
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Pagination(p) if p.message().contains("c1")),
        "{err:?}"
    );
}

#[tokio::test]
async fn has_more_without_cursor_is_a_pagination_error() {
    let server = TestServer::start().await;
    server.enqueue([page(&["a"], true, None)]);
    let err = client(&server)
        .customers()
        .list()
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Pagination(_)), "{err:?}");
    server.enqueue([page(&["a"], true, Some(""))]);
    let err = client(&server)
        .customers()
        .list()
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Pagination(_)), "{err:?}");
}

#[tokio::test]
async fn a_legacy_bare_array_is_the_complete_list() {
    let server = TestServer::start().await;
    server.enqueue([Reply::json(
        200,
        &format!("[{DOCS_CUSTOMER},{DOCS_CUSTOMER}]"),
    )]);
    let all: Vec<_> = client(&server)
        .customers()
        .list()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn page_limit_is_checked_before_io() {
    let server = TestServer::start().await;
    let kaiten = client(&server);
    // 0 cannot be passed (the limit is a `NonZeroU64`); above 200 is refused.
    for bad in [201, 1000] {
        let err = kaiten
            .customers()
            .list_page(None, std::num::NonZeroU64::new(bad))
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidInput(e) if e.field() == "limit"),
            "{err:?}"
        );
    }
    assert_eq!(server.request_count(), 0);
}

#[test]
fn credentials_are_guarded_before_io() {
    for (token, needle) in [
        ("", "empty"),
        ("   ", "empty"),
        ("whsec_abc", "webhook signing secret"),
        ("ksm_abc", "Platform credential"),
    ] {
        let err = Client::new("https://kaiten.example.com", token).unwrap_err();
        let Error::InvalidInput(e) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(e.field(), "token");
        assert!(e.message().contains(needle), "{token:?}: {e}");
        assert!(
            !e.message().contains("abc"),
            "the message never contains the token"
        );
    }
}

#[test]
fn base_url_is_normalised_like_the_sdk() {
    for (given, expect) in [
        (
            "https://kaiten.example.com",
            "https://kaiten.example.com/api",
        ),
        (
            "https://kaiten.example.com/",
            "https://kaiten.example.com/api",
        ),
        (
            "https://kaiten.example.com/api",
            "https://kaiten.example.com/api",
        ),
        (
            "https://kaiten.example.com/api/",
            "https://kaiten.example.com/api",
        ),
        ("https://h.example/x", "https://h.example/x/api"),
        ("https://h.example/x?q=1#frag", "https://h.example/x/api"),
        ("http://127.0.0.1:6000", "http://127.0.0.1:6000/api"),
    ] {
        assert_eq!(
            Client::new(given, TOKEN).unwrap().base_url(),
            expect,
            "{given}"
        );
    }
    for bad in [
        "demo.kaiten.sh",
        "/customers",
        "ftp://h.example",
        "http://kaiten.example.com",
    ] {
        let err = Client::new(bad, TOKEN).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidInput(e) if e.field() == "base_url"),
            "{bad}: {err:?}"
        );
    }
    // Plain http to a remote host only with an explicit opt-in.
    let c = Client::builder()
        .base_url("http://kaiten.internal")
        .token(TOKEN)
        .allow_insecure_http(true)
        .build()
        .unwrap();
    assert_eq!(c.base_url(), "http://kaiten.internal/api");
}

#[tokio::test(flavor = "current_thread")]
async fn the_token_never_appears_in_debug_errors_or_traces() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(captured.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = TestServer::start().await;
    server.enqueue([
        Reply::with_type(503, "application/problem+json", DOCS_PROBLEM),
        Reply::json(200, DOCS_CUSTOMER),
        problem(409, "Customer.SlugTaken"),
        Reply::Drop,
    ]);
    let kaiten = client(&server);
    let mut texts = vec![format!("{kaiten:?}")];
    texts.push(format!(
        "{:?}",
        Client::builder().token(TOKEN).base_url(server.url())
    ));
    kaiten.customers().get("awesome-customer").await.unwrap();
    let errors = [
        kaiten
            .customers()
            .create(&CustomerCreate::named("x"))
            .await
            .unwrap_err(),
        kaiten
            .customers()
            .create(&CustomerCreate::named("x"))
            .await
            .unwrap_err(),
        Client::new("https://kaiten.example.com", &format!("whsec_{TOKEN}")).unwrap_err(),
        Client::new("http://kaiten.example.com", TOKEN).unwrap_err(),
    ];
    for e in &errors {
        texts.push(format!("{e}"));
        texts.push(format!("{e:?}"));
    }
    let traces = captured.text();
    assert!(traces.contains("api_call"), "spans were captured: {traces}");
    assert!(traces.contains("operation=\"getCustomer\""), "{traces}");
    assert!(traces.contains("retrying"), "{traces}");
    texts.push(traces);
    for t in &texts {
        assert!(
            !t.contains(TOKEN) && !t.contains("t0ps3cr3t"),
            "token leaked in: {t}"
        );
    }
    // The token did reach the server, so the check above is meaningful.
    assert!(
        server
            .requests()
            .iter()
            .all(|r| r.header("authorization") == Some(&*format!("Bearer {TOKEN}")))
    );
}

#[tokio::test]
async fn a_response_over_the_size_cap_is_refused() {
    let big = format!("{{\"name\":\"{}\"}}", "x".repeat(4096));
    let server = TestServer::start().await;
    // Announced by Content-Length, and streamed without one.
    server.enqueue([
        Reply::json(200, &big),
        Reply::Raw(format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n{:x}\r\n{big}\r\n0\r\n\r\n", big.len()).into_bytes()),
    ]);
    let kaiten = Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .max_response_bytes(1024)
        .max_retries(0)
        .build()
        .unwrap();
    for _ in 0..2 {
        let err = kaiten.customers().get("x").await.unwrap_err();
        assert!(
            matches!(&err, Error::ResponseTooLarge { limit: 1024, status, .. } if *status == 200),
            "{err:?}"
        );
    }
}

/// The SDK's exception classes, from the wire: a 409 on the usage report
/// is threshold-exceeded (and sent once: never retried), a 409 elsewhere is
/// a plain conflict, and a 404's problem code tells a family without a
/// published version from a missing one.
#[tokio::test]
async fn errors_are_told_apart_as_the_sdk_does() {
    use kaiten_client::{ErrorExt, ErrorKind, codes};

    let server = TestServer::start().await;
    server.enqueue([problem(409, "ReportUsage.ThresholdExceeded")]);
    let report: kaiten_client::types::EntitlementUsageReport = serde_json::from_value(
        json!({"value": {"type": "number", "value": 5}, "behavior": "append"}),
    )
    .unwrap();
    let err = client(&server)
        .instances()
        .report_usage("edge-1", "seats", &report)
        .await
        .unwrap_err();
    assert_eq!(server.request_count(), 1, "a usage report is never retried");
    let r = server.requests().remove(0);
    assert_eq!(r.method, "POST");
    assert_eq!(r.path(), "/api/instances/edge-1/entitlements/seats/usage");
    assert_eq!(
        body_json(&r),
        json!({"value": {"type": "number", "value": 5.0}, "behavior": "append"})
    );
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert!(err.is_threshold_exceeded(), "{err:?}");
    assert_eq!(err.spec_kind(), Some("ThresholdExceeded"));
    assert_eq!(err.operation(), Some("reportInstanceEntitlementUsage"));
    assert_eq!(err.code(), Some("ReportUsage.ThresholdExceeded"));

    server.enqueue([problem(409, "CreateCustomer.SlugTaken")]);
    let err = client(&server)
        .customers()
        .create(&CustomerCreate::named("x"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert!(
        !err.is_threshold_exceeded(),
        "a 409 elsewhere is a plain conflict"
    );
    assert_eq!(err.operation(), Some("createCustomer"));

    server.enqueue([problem(404, codes::GET_LICENSE_FAMILY_NO_PUBLISHED_VERSION)]);
    let err = client(&server)
        .license_families()
        .get("enterprise", None, None)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert!(err.has_code(codes::GET_LICENSE_FAMILY_NO_PUBLISHED_VERSION));
    assert!(!err.is_threshold_exceeded());

    server.enqueue([Reply::with_type(404, "text/html", "<h1>no</h1>")]);
    let err = client(&server)
        .license_families()
        .get("missing", None, None)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.code(), None, "a body that is not a problem has no code");
    assert_eq!(err.raw_body(), Some(&b"<h1>no</h1>"[..]));
}

/// `x-idempotent` reaches the wire: the SDK's idempotent PATCH is retried
/// on a 503 like a GET (by its method alone a PATCH would be sent once).
#[tokio::test]
async fn an_idempotent_patch_is_retried_as_its_spec_says() {
    let server = TestServer::start().await;
    server.enqueue([
        Reply::with_type(503, "application/problem+json", DOCS_PROBLEM),
        Reply::with_type(503, "application/problem+json", DOCS_PROBLEM),
        Reply::status(204),
    ]);
    let patch: kaiten_client::types::InstancePatch =
        serde_json::from_value(json!({"status": "DEGRADED"})).unwrap();
    client(&server)
        .instances()
        .patch("edge-1", &patch)
        .await
        .expect("the third attempt succeeds");
    assert_eq!(
        server.request_count(),
        3,
        "PATCH /instances/{{slug}} is idempotent per the SDK"
    );
    for r in server.requests() {
        assert_eq!(r.method, "PATCH");
        assert_eq!(r.path(), "/api/instances/edge-1");
        assert_eq!(body_json(&r), json!({"status": "DEGRADED"}));
    }
}
