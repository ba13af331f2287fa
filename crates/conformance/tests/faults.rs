//! The fault matrix: every case runs against both vendors' clients and a
//! testkit server on 127.0.0.1 that misbehaves in one exact way. Each case
//! asserts the typed error kind (or the recovered success), the attempts,
//! that nothing panicked, and for writes how many requests reached the
//! server. `RELIABILITY.md` lists every case with the test that shows it.
//!
//! Timing is only ever asserted from the server's side (when requests
//! arrived), with bounds that are generous in the direction a slow machine
//! would push them.

use std::time::{Duration, Instant, SystemTime};

use client_runtime::TransportKind;
use conformance::{
    AnyClient, KAITEN_TOKEN, KUSTOMER_ID, Kind, Opts, Outcome, Vendor, assert_no_panics,
    kaiten_customer, kustomer_customer,
};
use serde_json::{Value, json};
use testkit::{Reply, TestServer};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Get,
    Create,
}

impl Op {
    /// The documented success status.
    fn ok_status(self) -> u16 {
        match self {
            Op::Get => 200,
            Op::Create => 201,
        }
    }
}

async fn call(client: &AnyClient, op: Op) -> Outcome {
    match op {
        Op::Get => client.get().await,
        Op::Create => client.create().await,
    }
}

/// Starts a server with `replies` queued, calls `op` once, and returns what
/// the client did with the server (for its request log).
async fn case(
    v: Vendor,
    op: Op,
    replies: impl IntoIterator<Item = Reply>,
    opts: &Opts,
) -> (Outcome, TestServer) {
    let server = TestServer::start().await;
    server.enqueue(replies);
    let client = AnyClient::new(v, &server, opts);
    let outcome = call(&client, op).await;
    (outcome, server)
}

fn ok_reply(v: Vendor, op: Op) -> Reply {
    Reply::json(op.ok_status(), &v.customer_json().to_string())
}

fn error_reply(v: Vendor, status: u16) -> Reply {
    let (ct, body) = v.error_body(status);
    Reply::with_type(status, ct, &body)
}

/// The gap between the first and second request the server received.
fn gap(server: &TestServer) -> Duration {
    let r = server.requests();
    assert!(r.len() >= 2, "expected a retry, got {} requests", r.len());
    r[1].received_at - r[0].received_at
}

fn http_date_in(d: Duration) -> String {
    httpdate::fmt_http_date(SystemTime::now() + d)
}

// ---------------------------------------------------------------- bodies

#[tokio::test]
async fn malformed_json_in_a_2xx_is_a_decode_error_with_the_raw_body() {
    let body = r#"{"id": "x", "name": "#;
    for v in Vendor::ALL {
        for op in [Op::Get, Op::Create] {
            let (o, server) =
                case(v, op, [Reply::json(op.ok_status(), body)], &Opts::default()).await;
            assert_eq!(o.kind, Kind::Decode, "{v:?} {op:?}: {o:?}");
            assert_eq!(o.status, Some(op.ok_status()));
            assert_eq!(o.raw.as_deref(), Some(body.as_bytes()));
            assert!(!o.retryable);
            assert_eq!(
                server.request_count(),
                1,
                "{v:?} {op:?}: a decode error is not retried"
            );
        }
    }
    assert_no_panics();
}

#[tokio::test]
async fn truncated_body_fails_the_attempt_get_is_retried_post_is_not() {
    for v in Vendor::ALL {
        let full = v.customer_json().to_string();
        let cut = full.as_bytes()[..20].to_vec();
        let truncated = || Reply::Truncate {
            status: 200,
            declared: full.len(),
            body: cut.clone(),
        };
        // GET: each truncated attempt is retried; the third gives up.
        let (o, server) = case(
            v,
            Op::Get,
            [truncated(), truncated(), truncated()],
            &Opts::default(),
        )
        .await;
        assert_eq!(o.kind, Kind::Transport(TransportKind::Io), "{v:?}: {o:?}");
        assert_eq!(o.attempts, Some(3));
        assert!(o.retryable);
        assert_eq!(server.request_count(), 3);
        // GET: a truncated body then a whole one recovers.
        let (o, server) = case(
            v,
            Op::Get,
            [truncated(), ok_reply(v, Op::Get)],
            &Opts::default(),
        )
        .await;
        assert_eq!(o.kind, Kind::Ok, "{v:?}: {o:?}");
        assert_eq!(server.request_count(), 2);
        // POST: the server may have created it: never repeated.
        let (o, server) = case(
            v,
            Op::Create,
            [Reply::Truncate {
                status: 201,
                declared: full.len(),
                body: cut.clone(),
            }],
            &Opts::default(),
        )
        .await;
        assert_eq!(o.kind, Kind::Transport(TransportKind::Io), "{v:?}: {o:?}");
        assert_eq!(o.attempts, Some(1));
        assert_eq!(server.request_count(), 1, "{v:?}: exactly one create");
    }
    assert_no_panics();
}

#[tokio::test]
async fn valid_json_of_the_wrong_shape_is_a_decode_error() {
    for v in Vendor::ALL {
        for body in [
            r#"{"unexpected": true}"#,
            "[1, 2, 3]",
            r#""a string""#,
            "42",
            "null",
            "true",
        ] {
            let (o, server) = case(v, Op::Get, [Reply::json(200, body)], &Opts::default()).await;
            assert_eq!(o.kind, Kind::Decode, "{v:?} {body}: {o:?}");
            assert_eq!(o.status, Some(200));
            assert_eq!(
                o.raw.as_deref(),
                Some(body.as_bytes()),
                "{v:?} {body}: the raw body is kept"
            );
            assert_eq!(server.request_count(), 1);
        }
    }
    assert_no_panics();
}

#[tokio::test]
async fn an_error_body_that_is_not_an_object_keeps_the_raw_body() {
    for v in Vendor::ALL {
        let ct = v.error_body(409).0;
        for body in [r#""oops""#, r#"["a", "b"]"#, "42", "null", "{}", "[]"] {
            let (o, server) = case(
                v,
                Op::Create,
                [Reply::with_type(409, ct, body)],
                &Opts::default(),
            )
            .await;
            assert_eq!(o.kind, Kind::Api, "{v:?} {body}: {o:?}");
            assert_eq!(o.status, Some(409));
            assert!(!o.parsed_body, "{v:?} {body}: not an error body");
            assert_eq!(o.raw.as_deref(), Some(body.as_bytes()));
            assert!(
                o.display.ends_with(&format!("(409 Conflict): {body}")),
                "{v:?}: {}",
                o.display
            );
            assert_eq!(server.request_count(), 1);
        }
    }
    assert_no_panics();
}

#[tokio::test]
async fn content_type_is_not_trusted_the_body_decides() {
    for v in Vendor::ALL {
        let body = v.customer_json().to_string();
        // A 2xx with JSON under a wrong content type, or none, decodes.
        for ct in [Some("text/plain"), Some("text/html; charset=utf-8"), None] {
            let reply = match ct {
                Some(ct) => Reply::with_type(200, ct, &body),
                None => Reply::Respond {
                    status: 200,
                    headers: vec![],
                    body: body.clone().into_bytes(),
                },
            };
            let (o, _) = case(v, Op::Get, [reply], &Opts::default()).await;
            assert_eq!(o.kind, Kind::Ok, "{v:?} {ct:?}: {o:?}");
        }
        // An error body under the wrong content type still parses.
        let (_, err) = v.error_body(409);
        let (o, _) = case(
            v,
            Op::Create,
            [Reply::with_type(409, "text/plain", &err)],
            &Opts::default(),
        )
        .await;
        assert_eq!((o.kind, o.parsed_body), (Kind::Api, true), "{v:?}: {o:?}");
        // And HTML announced as JSON is a decode error, not a success.
        let (o, _) = case(
            v,
            Op::Get,
            [Reply::json(200, "<html>hi</html>")],
            &Opts::default(),
        )
        .await;
        assert_eq!(o.kind, Kind::Decode, "{v:?}: {o:?}");
    }
    assert_no_panics();
}

#[tokio::test]
async fn html_502_from_a_proxy_is_an_api_error_retried_for_get_only() {
    let html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
    for v in Vendor::ALL {
        let proxy = || Reply::with_type(502, "text/html", html);
        let (o, server) = case(v, Op::Get, [proxy(), proxy(), proxy()], &Opts::default()).await;
        assert_eq!(
            (o.kind, o.status, o.attempts),
            (Kind::Api, Some(502), Some(3)),
            "{v:?}: {o:?}"
        );
        assert!(!o.parsed_body);
        assert_eq!(o.raw.as_deref(), Some(html.as_bytes()));
        assert!(
            o.display.contains("502 Bad Gateway") && o.display.ends_with("after 3 attempts"),
            "{}",
            o.display
        );
        assert_eq!(server.request_count(), 3);
        let (o, server) = case(v, Op::Create, [proxy()], &Opts::default()).await;
        assert_eq!((o.kind, o.attempts), (Kind::Api, Some(1)), "{v:?}: {o:?}");
        assert!(o.retryable, "the caller may retry a 502 itself");
        assert_eq!(server.request_count(), 1, "{v:?}: exactly one create");
    }
    assert_no_panics();
}

#[tokio::test]
async fn empty_500_is_an_api_error_with_an_empty_body() {
    for v in Vendor::ALL {
        let (o, server) = case(
            v,
            Op::Get,
            (0..3).map(|_| Reply::status(500)),
            &Opts::default(),
        )
        .await;
        assert_eq!(
            (o.kind, o.status, o.attempts),
            (Kind::Api, Some(500), Some(3)),
            "{v:?}: {o:?}"
        );
        assert_eq!(o.raw.as_deref(), Some(&b""[..]));
        assert!(
            o.display
                .contains("(500 Internal Server Error): empty body"),
            "{}",
            o.display
        );
        assert_eq!(server.request_count(), 3);
        let (o, server) = case(v, Op::Create, [Reply::status(500)], &Opts::default()).await;
        assert_eq!((o.kind, o.attempts), (Kind::Api, Some(1)));
        assert_eq!(server.request_count(), 1);
    }
    assert_no_panics();
}

#[tokio::test]
async fn empty_200_where_json_is_expected_is_a_decode_error() {
    for v in Vendor::ALL {
        for op in [Op::Get, Op::Create] {
            let (o, server) = case(
                v,
                op,
                [Reply::with_type(op.ok_status(), "application/json", "")],
                &Opts::default(),
            )
            .await;
            assert_eq!(o.kind, Kind::Decode, "{v:?} {op:?}: {o:?}");
            assert_eq!(o.raw.as_deref(), Some(&b""[..]));
            assert!(o.display.ends_with("body: empty"), "{}", o.display);
            assert_eq!(server.request_count(), 1);
        }
    }
    assert_no_panics();
}

#[tokio::test]
async fn unknown_extra_fields_and_enum_values_in_a_2xx_are_decoded() {
    // Kaiten: unknown fields anywhere are ignored.
    let mut k = kaiten_customer();
    k["brandNewField"] = json!({"nested": [1, 2, {"deeper": null}]});
    k["createdBy"]["avatarUrl"] = json!("https://x.example/a.png");
    k["tier"] = json!("platinum-plus");
    let (o, _) = case(
        Vendor::Kaiten,
        Op::Get,
        [Reply::json(200, &k.to_string())],
        &Opts::default(),
    )
    .await;
    assert_eq!(
        (o.kind, o.name.as_deref()),
        (Kind::Ok, Some("Awesome Customer")),
        "{o:?}"
    );
    // Kustomer: open string sets (`type`, `gender`) take values the spec
    // does not list, and unknown attributes are kept.
    let mut c = kustomer_customer();
    c["attributes"]["emails"][0]["type"] = json!("pager");
    c["attributes"]["gender"] = json!("x-unknown");
    c["attributes"]["brandNewAttr"] = json!([1, 2]);
    c["type"] = json!("customer-v2");
    c["brandNewTopLevel"] = json!(true);
    let server = TestServer::start().await;
    server.enqueue([Reply::json(
        200,
        &json!({"data": c, "meta": {"x": 1}}).to_string(),
    )]);
    let k = kustomer_client::Client::builder()
        .base_url(server.url())
        .api_key(conformance::KUSTOMER_KEY)
        .build()
        .unwrap();
    let got = k.customers().get(KUSTOMER_ID).await.unwrap();
    let attrs = got.attributes.as_ref().unwrap();
    assert_eq!(attrs.emails[0].type_.as_deref(), Some("pager"));
    assert_eq!(attrs.gender.as_deref(), Some("x-unknown"));
    assert_eq!(attrs.extra.get("brandNewAttr"), Some(&json!([1, 2])));
    assert_eq!(got.type_.as_deref(), Some("customer-v2"));
    assert_eq!(got.extra.get("brandNewTopLevel"), Some(&json!(true)));
    assert_no_panics();
}

#[tokio::test]
async fn invalid_utf8_in_a_string_field_is_refused_and_formatted_lossily() {
    for v in Vendor::ALL {
        let text = v.customer_json().to_string();
        let name = if v == Vendor::Kaiten {
            "Awesome Customer"
        } else {
            "Jane Doe"
        };
        let at = text.find(name).unwrap();
        let mut bad = text.as_bytes().to_vec();
        bad.splice(at..at + 1, [0xff, 0xfe]);
        let (o, _) = case(
            v,
            Op::Get,
            [Reply::Respond {
                status: 200,
                headers: vec![("content-type".into(), "application/json".into())],
                body: bad.clone(),
            }],
            &Opts::default(),
        )
        .await;
        assert_eq!(o.kind, Kind::Decode, "{v:?}: {o:?}");
        assert_eq!(o.raw.as_deref(), Some(&bad[..]), "the exact bytes are kept");
        // In an error body: not parsed, raw kept, the message shows U+FFFD.
        let err = [
            &br#"{"title": "bad "#[..],
            &[0xff],
            br#" byte", "message": "bad "#,
            &[0xff],
            br#" byte"}"#,
        ]
        .concat();
        let (o, _) = case(
            v,
            Op::Create,
            [Reply::Respond {
                status: 409,
                headers: vec![("content-type".into(), "application/json".into())],
                body: err.clone(),
            }],
            &Opts::default(),
        )
        .await;
        assert_eq!((o.kind, o.parsed_body), (Kind::Api, false), "{v:?}: {o:?}");
        assert_eq!(o.raw.as_deref(), Some(&err[..]));
        assert!(o.display.contains("bad \u{FFFD} byte"), "{}", o.display);
    }
    assert_no_panics();
}

fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn serde_json_recursion_limit_is_128() {
    // The limit every decoder here relies on against stack exhaustion: 128
    // levels of arrays or objects, counting the outermost.
    assert!(serde_json::from_str::<Value>(&nested(127)).is_ok());
    let e = serde_json::from_str::<Value>(&nested(128)).unwrap_err();
    assert!(e.to_string().contains("recursion limit exceeded"), "{e}");
    // Unknown fields of a derived struct are skipped without recursion, so
    // they need no limit and cannot exhaust the stack either.
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Named {
        name: String,
    }
    let deep = format!(r#"{{"name":"x","unknown":{}}}"#, nested(1_000_000));
    assert!(serde_json::from_str::<Named>(&deep).is_ok());
}

#[tokio::test]
async fn deeply_nested_json_is_refused_without_overflowing_the_stack() {
    for v in Vendor::ALL {
        // 100,000 levels in an unknown field of a 2xx. Kaiten skips unknown
        // fields (iteratively); Kustomer keeps them (`extra`), so it meets
        // the recursion limit: a decode error either way, never a crash.
        let mut c = v.customer_json();
        match v {
            Vendor::Kaiten => c["deep"] = json!("PLACEHOLDER"),
            Vendor::Kustomer => c["data"]["deep"] = json!("PLACEHOLDER"),
        }
        let body = c.to_string().replace(r#""PLACEHOLDER""#, &nested(100_000));
        let (o, _) = case(v, Op::Get, [Reply::json(200, &body)], &Opts::default()).await;
        match v {
            Vendor::Kaiten => assert_eq!(o.kind, Kind::Ok, "{v:?}: {:?}", o.kind),
            Vendor::Kustomer => {
                assert_eq!(o.kind, Kind::Decode, "{v:?}: {:?}", o.kind);
                assert!(
                    o.display.contains("recursion limit exceeded"),
                    "{}",
                    &o.display[..300]
                );
                assert_eq!(o.raw.as_ref().map(Vec::len), Some(body.len()));
            }
        }
        // 100,000 levels in a known field: a decode error for both.
        let mut c = v.customer_json();
        match v {
            Vendor::Kaiten => c["createdBy"] = json!("PLACEHOLDER"),
            Vendor::Kustomer => c["data"]["attributes"] = json!("PLACEHOLDER"),
        }
        let body = c.to_string().replace(r#""PLACEHOLDER""#, &nested(100_000));
        let (o, _) = case(v, Op::Get, [Reply::json(200, &body)], &Opts::default()).await;
        assert_eq!(o.kind, Kind::Decode, "{v:?}: {:?}", o.kind);
        // Nesting within the limit in an unknown field is decoded.
        let mut c = v.customer_json();
        match v {
            Vendor::Kaiten => c["deep"] = json!("PLACEHOLDER"),
            Vendor::Kustomer => c["data"]["deep"] = json!("PLACEHOLDER"),
        }
        let ok = c.to_string().replace(r#""PLACEHOLDER""#, &nested(100));
        let (o, _) = case(v, Op::Get, [Reply::json(200, &ok)], &Opts::default()).await;
        assert_eq!(o.kind, Kind::Ok, "{v:?}: {o:?}");
        // In an error body: not parsed, raw kept, message bounded.
        let err = format!(r#"{{"title":"x","errors":{}}}"#, nested(100_000));
        let (o, _) = case(v, Op::Create, [Reply::json(409, &err)], &Opts::default()).await;
        assert_eq!((o.kind, o.parsed_body), (Kind::Api, false), "{v:?}");
        assert_eq!(o.raw.as_ref().map(Vec::len), Some(err.len()));
        assert!(o.display.chars().count() < 400, "the excerpt is bounded");
    }
    assert_no_panics();
}

#[tokio::test]
async fn numbers_out_of_range_are_decode_errors_in_a_2xx() {
    // Kustomer's `rev` is a double and its counts are integers.
    for (field, value) in [
        ("rev", "1e400"),
        ("rev", "-1e400"),
        ("conversationCounts", r#"{"all": 1e30}"#),
        ("conversationCounts", r#"{"all": 9223372036854775808}"#),
    ] {
        let mut c = kustomer_customer();
        c["attributes"][field] = json!("PLACEHOLDER");
        let body = json!({"data": c})
            .to_string()
            .replace(r#""PLACEHOLDER""#, value);
        let (o, _) = case(
            Vendor::Kustomer,
            Op::Get,
            [Reply::json(200, &body)],
            &Opts::default(),
        )
        .await;
        assert_eq!(o.kind, Kind::Decode, "{field}={value}: {o:?}");
        assert_eq!(o.raw.as_deref(), Some(body.as_bytes()));
    }
    // At the edges of the range they decode.
    let mut c = kustomer_customer();
    c["attributes"]["rev"] = json!(1.7976931348623157e308);
    c["attributes"]["conversationCounts"]["all"] = json!(i64::MAX);
    let (o, _) = case(
        Vendor::Kustomer,
        Op::Get,
        [Reply::json(200, &json!({"data": c}).to_string())],
        &Opts::default(),
    )
    .await;
    assert_eq!(o.kind, Kind::Ok, "{o:?}");
    // A Kaiten page's list of customers with an out-of-range number in an
    // unknown field: unknown fields are skipped, so it decodes.
    let mut k = kaiten_customer();
    k["score"] = json!("PLACEHOLDER");
    let body = k.to_string().replace(r#""PLACEHOLDER""#, "1e400");
    let (o, _) = case(
        Vendor::Kaiten,
        Op::Get,
        [Reply::json(200, &body)],
        &Opts::default(),
    )
    .await;
    assert_eq!(o.kind, Kind::Ok, "{o:?}");
    assert_no_panics();
}

#[tokio::test]
async fn an_error_body_with_one_ill_typed_member_keeps_the_rest() {
    // Kaiten: `status` is an integer; a string or an out-of-range number
    // must not cost the caller the `code` it branches on.
    for status in [r#""409""#, "99999999999999999999", "{}"] {
        let body = format!(
            r#"{{"title":"Conflict","status":{status},"code":"Customer.SlugTaken","detail":"taken"}}"#
        );
        let (o, _) = case(
            Vendor::Kaiten,
            Op::Create,
            [Reply::with_type(409, "application/problem+json", &body)],
            &Opts::default(),
        )
        .await;
        assert!(o.parsed_body, "status {status}: {o:?}");
        assert_eq!(
            o.display, "Kaiten API error (409 Conflict) [Customer.SlugTaken]: Conflict: taken",
            "status {status}"
        );
    }
    // Kustomer: one ill-typed item member, the other members stay.
    let body =
        r#"{"errors":[{"status":[409],"code":"conflict","title":"Conflict","source":"rev"}]}"#;
    let (o, _) = case(
        Vendor::Kustomer,
        Op::Create,
        [Reply::json(409, body)],
        &Opts::default(),
    )
    .await;
    assert!(o.parsed_body, "{o:?}");
    assert_eq!(
        o.display,
        "Kustomer API error (409 Conflict) [conflict]: Conflict"
    );
    assert_eq!(o.raw.as_deref(), Some(body.as_bytes()));
    assert_no_panics();
}

#[tokio::test]
async fn duplicate_keys_are_refused_in_a_2xx_and_the_last_wins_in_an_error_body() {
    // A 2xx with a field given twice is ambiguous: refused, not guessed.
    let k = kaiten_customer().to_string();
    let dup = k.replacen('{', r#"{"name":"Evil Twin","#, 1);
    let (o, _) = case(
        Vendor::Kaiten,
        Op::Get,
        [Reply::json(200, &dup)],
        &Opts::default(),
    )
    .await;
    assert_eq!(o.kind, Kind::Decode, "{o:?}");
    assert!(
        o.display.contains("duplicate field `name`"),
        "{}",
        o.display
    );
    let c = json!({"data": kustomer_customer()}).to_string();
    let dup = c.replacen(
        r#"{"data":{"#,
        r#"{"data":{"id":"5822a4a5aa5f92110005d000","#,
        1,
    );
    assert_ne!(dup, c);
    let (o, _) = case(
        Vendor::Kustomer,
        Op::Get,
        [Reply::json(200, &dup)],
        &Opts::default(),
    )
    .await;
    assert_eq!(o.kind, Kind::Decode, "{o:?}");
    assert!(o.display.contains("duplicate field `id`"), "{}", o.display);
    // An error body is best effort: the last value of a repeated member.
    let body = r#"{"title":"First","code":"A.B","title":"Second"}"#;
    let (o, _) = case(
        Vendor::Kaiten,
        Op::Create,
        [Reply::with_type(409, "application/problem+json", body)],
        &Opts::default(),
    )
    .await;
    assert_eq!(o.display, "Kaiten API error (409 Conflict) [A.B]: Second");
    assert_no_panics();
}

#[tokio::test]
async fn a_body_over_the_size_cap_is_refused_whether_announced_or_streamed() {
    let opts = Opts {
        max_response_bytes: Some(1024),
        ..Opts::default()
    }
    .retries(0);
    for v in Vendor::ALL {
        let mut big = v.customer_json();
        big["padding"] = json!("x".repeat(4096));
        let big = big.to_string();
        let chunked = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n{:x}\r\n{big}\r\n0\r\n\r\n",
            big.len()
        );
        for (what, reply, status) in [
            ("announced", Reply::json(200, &big), 200),
            ("streamed", Reply::Raw(chunked.into_bytes()), 200),
            ("an error", Reply::with_type(500, "text/html", &big), 500),
        ] {
            let (o, server) = case(v, Op::Get, [reply], &opts).await;
            assert_eq!(
                (o.kind, o.status),
                (Kind::TooLarge, Some(status)),
                "{v:?} {what}: {o:?}"
            );
            assert!(o.display.contains("cap of 1024 bytes"), "{}", o.display);
            assert_eq!(server.request_count(), 1);
        }
        // Exactly at the cap is accepted.
        let body = v.customer_json().to_string();
        let exact = format!("{body:<1024}");
        assert_eq!(exact.len(), 1024);
        let (o, _) = case(v, Op::Get, [Reply::json(200, &exact)], &opts).await;
        assert_eq!(o.kind, Kind::Ok, "{v:?}: {o:?}");
    }
    assert_no_panics();
}

// ---------------------------------------------------------------- connections

#[tokio::test]
async fn connection_refused_is_a_connect_error_retried_even_for_post() {
    let addr = testkit::unused_loopback_addr().unwrap();
    for v in Vendor::ALL {
        let client = AnyClient::build(v, &format!("http://{addr}"), &Opts::default());
        for op in [Op::Get, Op::Create] {
            let o = call(&client, op).await;
            assert_eq!(
                o.kind,
                Kind::Transport(TransportKind::Connect),
                "{v:?} {op:?}: {o:?}"
            );
            // Nothing was sent, so even a POST is safe to repeat.
            assert_eq!(o.attempts, Some(3), "{v:?} {op:?}");
            assert!(o.retryable);
            assert!(
                o.display.contains("could not connect after 3 attempts"),
                "{}",
                o.display
            );
        }
    }
    assert_no_panics();
}

#[tokio::test]
async fn reset_before_the_response_get_recovers_post_is_sent_once() {
    for v in Vendor::ALL {
        let (o, server) = case(
            v,
            Op::Get,
            [Reply::Reset, ok_reply(v, Op::Get)],
            &Opts::default(),
        )
        .await;
        assert_eq!(o.kind, Kind::Ok, "{v:?}: {o:?}");
        assert_eq!(server.request_count(), 2);
        let (o, server) = case(v, Op::Create, [Reply::Reset], &Opts::default()).await;
        assert_eq!(o.kind, Kind::Transport(TransportKind::Io), "{v:?}: {o:?}");
        assert_eq!(o.attempts, Some(1));
        assert_eq!(server.request_count(), 1, "{v:?}: exactly one create");
    }
    assert_no_panics();
}

#[tokio::test]
async fn reset_in_the_middle_of_the_body_get_recovers_post_is_sent_once() {
    for v in Vendor::ALL {
        for op in [Op::Get, Op::Create] {
            let full = v.customer_json().to_string();
            let reset = Reply::ResetMidBody {
                status: op.ok_status(),
                declared: full.len(),
                body: full.as_bytes()[..full.len() / 2].to_vec(),
            };
            let (o, server) = case(v, op, [reset, ok_reply(v, op)], &Opts::default()).await;
            match op {
                Op::Get => {
                    assert_eq!(o.kind, Kind::Ok, "{v:?}: {o:?}");
                    assert_eq!(server.request_count(), 2);
                }
                Op::Create => {
                    assert_eq!(o.kind, Kind::Transport(TransportKind::Io), "{v:?}: {o:?}");
                    assert_eq!(o.attempts, Some(1));
                    assert_eq!(server.request_count(), 1, "{v:?}: exactly one create");
                }
            }
        }
    }
    assert_no_panics();
}

#[tokio::test]
async fn a_malformed_http_response_is_an_io_error() {
    for v in Vendor::ALL {
        let garbage = || Reply::Raw(b"this is not HTTP\r\n\r\n".to_vec());
        let (o, server) = case(
            v,
            Op::Get,
            [garbage(), garbage(), garbage()],
            &Opts::default(),
        )
        .await;
        assert_eq!(
            (o.kind, o.attempts),
            (Kind::Transport(TransportKind::Io), Some(3)),
            "{v:?}: {o:?}"
        );
        assert_eq!(server.request_count(), 3);
        let (o, server) = case(v, Op::Create, [garbage()], &Opts::default()).await;
        assert_eq!(
            (o.kind, o.attempts),
            (Kind::Transport(TransportKind::Io), Some(1))
        );
        assert_eq!(server.request_count(), 1);
    }
    assert_no_panics();
}

#[tokio::test]
async fn the_lost_response_to_a_post_means_exactly_one_create() {
    for v in Vendor::ALL {
        let server = TestServer::start().await;
        server.enqueue([Reply::Drop, ok_reply(v, Op::Get)]);
        let client = AnyClient::new(v, &server, &Opts::default());
        let o = client.create().await;
        assert_eq!(
            (o.kind, o.attempts),
            (Kind::Transport(TransportKind::Io), Some(1)),
            "{v:?}: {o:?}"
        );
        assert!(o.retryable, "the caller decides (e.g. look it up first)");
        assert_eq!(server.request_count(), 1, "{v:?}: exactly one create");
        assert_eq!(server.requests()[0].method, "POST");
        assert_eq!(server.requests()[0].path(), v.create_path());
        // The client is not poisoned: the next call goes through.
        assert_eq!(client.get().await.kind, Kind::Ok);
        assert_eq!(server.request_count(), 2);
    }
    assert_no_panics();
}

#[tokio::test]
async fn never_answered_times_out_within_bounds() {
    let timeout = Duration::from_millis(300);
    for v in Vendor::ALL {
        for (op, retries, requests) in [(Op::Get, 1, 2), (Op::Create, 2, 1)] {
            let started = Instant::now();
            let (o, server) = case(
                v,
                op,
                [Reply::Hang, Reply::Hang, Reply::Hang],
                &Opts::default().timeout(timeout).retries(retries),
            )
            .await;
            let took = started.elapsed();
            assert_eq!(
                o.kind,
                Kind::Transport(TransportKind::Timeout),
                "{v:?} {op:?}: {o:?}"
            );
            assert_eq!(o.attempts, Some(requests as u32));
            assert!(o.display.contains("timed out"), "{}", o.display);
            assert_eq!(server.request_count(), requests, "{v:?} {op:?}");
            // At least one timeout per attempt; far less than a hang.
            assert!(took >= timeout * requests as u32, "{took:?}");
            assert!(took < Duration::from_secs(10), "{took:?}");
        }
    }
    assert_no_panics();
}

#[tokio::test]
async fn a_server_dripping_one_byte_per_second_times_out_in_bounded_time() {
    let timeout = Duration::from_millis(1500);
    for v in Vendor::ALL {
        for op in [Op::Get, Op::Create] {
            let drip = Reply::Drip {
                status: op.ok_status(),
                body: v.customer_json().to_string().into_bytes(),
                every: Duration::from_secs(1),
            };
            let started = Instant::now();
            let (o, server) =
                case(v, op, [drip], &Opts::default().timeout(timeout).retries(0)).await;
            let took = started.elapsed();
            assert_eq!(
                o.kind,
                Kind::Transport(TransportKind::Timeout),
                "{v:?} {op:?}: {o:?}"
            );
            assert_eq!(server.request_count(), 1);
            assert!(took >= timeout, "{took:?}");
            // The body would take minutes at this rate.
            assert!(took < Duration::from_secs(10), "{took:?}");
        }
    }
    assert_no_panics();
}

// ---------------------------------------------------------------- retries

#[tokio::test]
async fn retry_after_in_seconds_is_honoured() {
    for v in Vendor::ALL {
        let (o, server) = case(
            v,
            Op::Get,
            [
                error_reply(v, 429).header("retry-after", "1"),
                ok_reply(v, Op::Get),
            ],
            &Opts::default(),
        )
        .await;
        assert_eq!(o.kind, Kind::Ok, "{v:?}: {o:?}");
        let g = gap(&server);
        assert!(
            g >= Duration::from_millis(950),
            "{v:?}: retried after {g:?}"
        );
        assert!(g < Duration::from_secs(10), "{v:?}: {g:?}");
    }
    assert_no_panics();
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    for v in Vendor::ALL {
        // Whole seconds: the wait is more than 1 s and at most 2 s.
        let date = http_date_in(Duration::from_secs(2));
        let (o, server) = case(
            v,
            Op::Get,
            [
                error_reply(v, 503).header("retry-after", &date),
                ok_reply(v, Op::Get),
            ],
            &Opts::default(),
        )
        .await;
        assert_eq!(o.kind, Kind::Ok, "{v:?}: {o:?}");
        let g = gap(&server);
        assert!(
            g >= Duration::from_millis(900),
            "{v:?}: retried after {g:?} for {date}"
        );
        assert!(g < Duration::from_secs(10), "{v:?}: {g:?}");
        // A date in the past: retried at once.
        let (o, server) = case(
            v,
            Op::Get,
            [
                error_reply(v, 503).header("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT"),
                ok_reply(v, Op::Get),
            ],
            &Opts::default(),
        )
        .await;
        assert_eq!(o.kind, Kind::Ok);
        assert!(gap(&server) < Duration::from_millis(1500));
    }
    assert_no_panics();
}

#[tokio::test]
async fn garbage_retry_after_falls_back_to_backoff() {
    // Every one of these is ignored; honouring any as a number of seconds
    // would wait for the 3 s cap.
    let opts = Opts {
        retry: client_runtime::RetryPolicy {
            max_retry_after: Duration::from_secs(3),
            ..conformance::fast_retries()
        },
        ..Opts::default()
    };
    for v in Vendor::ALL {
        for garbage in [
            "soon",
            "30s",
            "1.5.2",
            "-5",
            "NaN",
            "inf",
            "٣٠",
            "Tomorrow, 25 Dec",
        ] {
            let (o, server) = case(
                v,
                Op::Get,
                [
                    error_reply(v, 429).header("retry-after", garbage),
                    ok_reply(v, Op::Get),
                ],
                &opts,
            )
            .await;
            assert_eq!(o.kind, Kind::Ok, "{v:?} {garbage}: {o:?}");
            assert_eq!(server.request_count(), 2);
            let g = gap(&server);
            assert!(
                g < Duration::from_millis(2500),
                "{v:?} {garbage:?}: waited {g:?}"
            );
        }
    }
    assert_no_panics();
}

#[tokio::test]
async fn a_huge_retry_after_is_capped() {
    let opts = Opts {
        retry: client_runtime::RetryPolicy {
            max_retry_after: Duration::from_millis(500),
            ..conformance::fast_retries()
        },
        ..Opts::default()
    };
    for v in Vendor::ALL {
        for huge in [
            "999999999",
            "1e300",
            "18446744073709551616",
            "Fri, 31 Dec 9999 23:59:59 GMT",
        ] {
            let (o, server) = case(
                v,
                Op::Get,
                [
                    error_reply(v, 429).header("retry-after", huge),
                    ok_reply(v, Op::Get),
                ],
                &opts,
            )
            .await;
            assert_eq!(o.kind, Kind::Ok, "{v:?} {huge}: {o:?}");
            let g = gap(&server);
            assert!(g >= Duration::from_millis(450), "{v:?} {huge}: {g:?}");
            assert!(
                g < Duration::from_secs(5),
                "{v:?} {huge}: not capped, {g:?}"
            );
        }
    }
    assert_no_panics();
}

#[tokio::test]
async fn kustomer_429_waits_for_x_ratelimit_reset_capped_and_never_panics() {
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let opts = Opts {
        retry: client_runtime::RetryPolicy {
            max_retry_after: Duration::from_millis(1500),
            ..conformance::fast_retries()
        },
        ..Opts::default()
    };
    let limited = |reset: &str| {
        error_reply(Vendor::Kustomer, 429)
            .header("x-ratelimit-limit", "1000")
            .header("x-ratelimit-remaining", "0")
            .header("x-ratelimit-reset", reset)
    };
    // (reset header, least wait, most wait)
    let cases: Vec<(String, Duration, Duration)> = vec![
        // The next second: waited for.
        (
            (now + 1).to_string(),
            Duration::ZERO,
            Duration::from_secs(5),
        ),
        // Far away or absurd: capped at max_retry_after.
        (
            (now + 3600).to_string(),
            Duration::from_millis(1400),
            Duration::from_secs(5),
        ),
        (
            "18446744073709551615".into(),
            Duration::from_millis(1400),
            Duration::from_secs(5),
        ),
        (
            "1e30".into(),
            Duration::from_millis(1400),
            Duration::from_secs(5),
        ),
        // In the past, or garbage: no wait beyond jitter / backoff.
        ("0".into(), Duration::ZERO, Duration::from_millis(1300)),
        ("soon".into(), Duration::ZERO, Duration::from_millis(1300)),
        ("-7".into(), Duration::ZERO, Duration::from_millis(1300)),
    ];
    for (reset, least, most) in cases {
        let (o, server) = case(
            Vendor::Kustomer,
            Op::Get,
            [limited(&reset), ok_reply(Vendor::Kustomer, Op::Get)],
            &opts,
        )
        .await;
        assert_eq!(o.kind, Kind::Ok, "reset {reset}: {o:?}");
        let g = gap(&server);
        assert!(g >= least && g < most, "reset {reset}: waited {g:?}");
    }
    // The first case, exactly: the retry came once the reset second began.
    let reset = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 1;
    let (_, server) = case(
        Vendor::Kustomer,
        Op::Get,
        [
            limited(&reset.to_string()),
            ok_reply(Vendor::Kustomer, Op::Get),
        ],
        &opts,
    )
    .await;
    let second = server.requests()[1].received_at;
    let second_at = SystemTime::now() - second.elapsed();
    assert!(
        second_at + Duration::from_millis(20)
            >= SystemTime::UNIX_EPOCH + Duration::from_secs(reset),
        "retried before the reset"
    );
    assert_no_panics();
}

#[tokio::test]
async fn a_503_storm_longer_than_the_budget_gives_up_with_the_last_error() {
    for v in Vendor::ALL {
        let storm = |n: u32| {
            Reply::with_type(
                503,
                "application/json",
                &json!({"title": format!("storm {n}"), "message": format!("storm {n}")})
                    .to_string(),
            )
        };
        let (o, server) = case(v, Op::Get, (1..=6).map(storm), &Opts::default()).await;
        assert_eq!(
            (o.kind, o.status, o.attempts),
            (Kind::Api, Some(503), Some(3)),
            "{v:?}: {o:?}"
        );
        assert!(
            o.raw_text().contains("storm 3"),
            "the last response: {}",
            o.raw_text()
        );
        assert!(o.display.ends_with("after 3 attempts"), "{}", o.display);
        assert_eq!(server.request_count(), 3, "default: 2 retries");
        // A larger budget: exactly that many attempts.
        let (o, server) = case(v, Op::Get, (1..=6).map(storm), &Opts::default().retries(4)).await;
        assert_eq!((o.attempts, server.request_count()), (Some(5), 5));
        assert!(o.raw_text().contains("storm 5"));
        // A POST is never retried after it was sent.
        let (o, server) = case(v, Op::Create, (1..=6).map(storm), &Opts::default()).await;
        assert_eq!(
            (o.kind, o.attempts, server.request_count()),
            (Kind::Api, Some(1), 1)
        );
    }
    assert_no_panics();
}

#[tokio::test]
async fn retryable_and_final_statuses() {
    for v in Vendor::ALL {
        // 408 is retried for GET.
        let (o, server) = case(
            v,
            Op::Get,
            [error_reply(v, 408), ok_reply(v, Op::Get)],
            &Opts::default(),
        )
        .await;
        assert_eq!((o.kind, server.request_count()), (Kind::Ok, 2), "{v:?}");
        // 401, 403, 404, 409, 422 are final.
        for status in [401, 403, 404, 409, 422] {
            let (o, server) = case(v, Op::Get, [error_reply(v, status)], &Opts::default()).await;
            assert!(matches!(o.kind, Kind::Api), "{v:?} {status}: {o:?}");
            assert_eq!(
                (o.status, o.attempts, o.retryable),
                (Some(status), Some(1), false)
            );
            assert_eq!(server.request_count(), 1);
        }
    }
    assert_no_panics();
}

// ---------------------------------------------------------------- redirects

#[tokio::test]
async fn a_redirect_to_another_host_is_not_followed() {
    for v in Vendor::ALL {
        let elsewhere = TestServer::start().await;
        for status in [301, 302, 303, 307, 308] {
            // `localhost` and another port: another origin, like any other host.
            let target = format!("http://localhost:{}/collect", elsewhere.addr().port());
            for op in [Op::Get, Op::Create] {
                let opts = Opts {
                    default_headers: vec![("X-Proxy-Key".into(), "proxy-s3cr3t".into())],
                    ..Opts::default()
                };
                let (o, server) = case(v, op, [Reply::redirect(status, &target)], &opts).await;
                assert_eq!(o.kind, Kind::Decode, "{v:?} {status} {op:?}: {o:?}");
                assert_eq!(o.status, Some(status));
                assert!(
                    o.display.contains(&target) && o.display.contains("not followed"),
                    "{}",
                    o.display
                );
                assert_eq!(server.request_count(), 1);
            }
        }
        // Neither the token nor any default header ever reached the other host.
        assert_eq!(
            elsewhere.request_count(),
            0,
            "{v:?}: {:?}",
            elsewhere.requests()
        );
    }
    assert_no_panics();
}

#[tokio::test]
async fn a_redirect_on_the_same_origin_is_followed_with_the_token() {
    for v in Vendor::ALL {
        let server = TestServer::start().await;
        let moved = format!("{}{}/moved", server.url(), v.get_path());
        server.enqueue([Reply::redirect(307, &moved), ok_reply(v, Op::Get)]);
        let o = AnyClient::new(v, &server, &Opts::default()).get().await;
        assert_eq!(o.kind, Kind::Ok, "{v:?}: {o:?}");
        let r = server.requests();
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].target, format!("{}/moved", v.get_path()));
        let bearer = format!("Bearer {}", v.secret());
        assert_eq!(r[1].header("authorization"), Some(bearer.as_str()));
        // A redirect loop ends with an error, not a hang.
        let looping = TestServer::with_handler(|r| Reply::redirect(307, &r.target)).await;
        let o = AnyClient::new(v, &looping, &Opts::default().retries(0))
            .get()
            .await;
        assert_eq!(
            (o.kind, o.status),
            (Kind::Decode, Some(307)),
            "{v:?}: {o:?}"
        );
        assert_eq!(
            looping.request_count(),
            1 + client_runtime::MAX_REDIRECTS,
            "the request and {} hops",
            client_runtime::MAX_REDIRECTS
        );
    }
    assert_no_panics();
}

// ---------------------------------------------------------------- non-ASCII

#[tokio::test]
async fn non_ascii_in_error_messages_is_kept_exactly() {
    let text = "Конфликт: «Café» 已存在 ☕";
    let kaiten = json!({"title": text, "code": "Customer.SlugTaken"}).to_string();
    let (o, _) = case(
        Vendor::Kaiten,
        Op::Create,
        [Reply::with_type(409, "application/problem+json", &kaiten)],
        &Opts::default(),
    )
    .await;
    assert_eq!(
        o.display,
        format!("Kaiten API error (409 Conflict) [Customer.SlugTaken]: {text}")
    );
    let kustomer = json!({"errors": [{"code": "conflict", "title": text}]}).to_string();
    let (o, _) = case(
        Vendor::Kustomer,
        Op::Create,
        [Reply::json(409, &kustomer)],
        &Opts::default(),
    )
    .await;
    assert_eq!(
        o.display,
        format!("Kustomer API error (409 Conflict) [conflict]: {text}")
    );
    // Unparsed: the excerpt is cut at 200 characters, never inside one.
    let long = "é".repeat(300);
    let (o, _) = case(
        Vendor::Kaiten,
        Op::Create,
        [Reply::with_type(409, "text/plain", &long)],
        &Opts::default(),
    )
    .await;
    assert!(
        o.display.ends_with(&format!("{}…", "é".repeat(200))),
        "{}",
        o.display
    );
    assert_no_panics();
}

#[tokio::test]
async fn non_ascii_headers_and_reason_phrases_do_not_break_anything() {
    for v in Vendor::ALL {
        // A non-ASCII Retry-After is garbage (backoff), other non-ASCII
        // headers are carried, and the call recovers.
        let (o, server) = case(
            v,
            Op::Get,
            [
                error_reply(v, 503)
                    .header("retry-after", "٣")
                    .header("x-note", "café ☕"),
                ok_reply(v, Op::Get),
            ],
            &Opts::default(),
        )
        .await;
        assert_eq!(o.kind, Kind::Ok, "{v:?}: {o:?}");
        assert!(gap(&server) < Duration::from_millis(1500));
        // A non-ASCII reason phrase: the status is what counts.
        let (o, _) = case(
            v,
            Op::Get,
            [Reply::Raw(
                "HTTP/1.1 404 Nicht gefunden – Überprüfen\r\ncontent-length: 0\r\n\r\n"
                    .as_bytes()
                    .to_vec(),
            )],
            &Opts::default(),
        )
        .await;
        assert_eq!((o.kind, o.status), (Kind::Api, Some(404)), "{v:?}: {o:?}");
    }
    // The header is kept, byte for byte, on the typed error.
    let server = TestServer::start().await;
    server.enqueue([error_reply(Vendor::Kaiten, 409).header("x-note", "café ☕")]);
    let k = kaiten_client::Client::builder()
        .base_url(server.url())
        .token(KAITEN_TOKEN)
        .build()
        .unwrap();
    let e = k
        .customers()
        .create(&kaiten_client::CustomerCreate::named("x"))
        .await
        .unwrap_err();
    let note = e.api().unwrap().headers().get("x-note").unwrap();
    assert_eq!(note.as_bytes(), "café ☕".as_bytes());
    assert_no_panics();
}

// ---------------------------------------------------------------- pagination

#[tokio::test]
async fn a_page_that_fails_mid_walk_fails_the_walk_not_a_partial_list() {
    for v in Vendor::ALL {
        let server = TestServer::start().await;
        let first = match v {
            Vendor::Kaiten => {
                json!({"items": [kaiten_customer()], "hasMore": true, "nextCursor": "c2"})
            }
            Vendor::Kustomer => json!({"data": [kustomer_customer()],
                                        "links": {"next": "/v1/customers?page=2&pageSize=100"}}),
        };
        server.enqueue(
            std::iter::once(Reply::json(200, &first.to_string())).chain(
                (0..3).map(|_| Reply::with_type(502, "text/html", "<html>bad gateway</html>")),
            ),
        );
        let o = AnyClient::new(v, &server, &Opts::default()).list().await;
        assert_eq!(
            (o.kind, o.status, o.attempts),
            (Kind::Api, Some(502), Some(3)),
            "{v:?}: {o:?}"
        );
        assert_eq!(server.request_count(), 4);
    }
    assert_no_panics();
}
