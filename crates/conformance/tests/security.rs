//! Security: plain-http refusal, the secrets audit (every operation of
//! every vendor with everything logged at TRACE, through `tracing` and
//! `log`), and bad input to every public constructor, builder and
//! operation refused before any I/O with a message naming the field.
//!
//! Its own test binary, because the audit installs process-wide loggers.

use std::num::NonZeroU64;
use std::sync::OnceLock;
use std::time::Duration;

use client_runtime::{RetryPolicy, SecretToken, TransportConfig};
use conformance::{KAITEN_TOKEN, KUSTOMER_ID, KUSTOMER_KEY, assert_no_panics, kaiten_customer};
use futures::TryStreamExt;
use kaiten_client::{CustomerCreate, CustomerUpdate, IntegrationInput};
use kustomer_client::types::{CustomerBulkCreate, CustomerSearchQuery};
use kustomer_client::{CustomerWrite, Nullable, Region};
use serde_json::json;
use testkit::{Captured, Reply, TestServer};

// ------------------------------------------------------------ capture

struct LogCapture(Captured);

impl log::Log for LogCapture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        let line = format!(
            "log {} {}: {}\n",
            record.level(),
            record.target(),
            record.args()
        );
        self.0.append(line.as_bytes());
    }
    fn flush(&self) {}
}

/// Installs (once, for the whole binary) a TRACE `tracing` subscriber and
/// a TRACE `log` logger writing into one buffer.
fn capture() -> Captured {
    static CAPTURED: OnceLock<Captured> = OnceLock::new();
    CAPTURED
        .get_or_init(|| {
            let captured = Captured::default();
            let subscriber = tracing_subscriber::fmt()
                .with_max_level(tracing::Level::TRACE)
                .with_writer(captured.clone())
                .with_ansi(false)
                .finish();
            tracing::subscriber::set_global_default(subscriber).expect("one subscriber");
            log::set_boxed_logger(Box::new(LogCapture(captured.clone()))).expect("one logger");
            log::set_max_level(log::LevelFilter::Trace);
            captured
        })
        .clone()
}

fn fast() -> RetryPolicy {
    RetryPolicy {
        initial_backoff: Duration::from_millis(1),
        max_backoff: Duration::from_millis(5),
        ..RetryPolicy::default()
    }
}

fn kaiten(server: &TestServer) -> kaiten_client::Client {
    kaiten_client::Client::builder()
        .base_url(server.url())
        .token(KAITEN_TOKEN)
        .retry_policy(fast())
        .build()
        .unwrap()
}

fn kustomer(server: &TestServer) -> kustomer_client::Client {
    kustomer_client::Client::builder()
        .base_url(server.url())
        .api_key(KUSTOMER_KEY)
        .retry_policy(fast())
        .build()
        .unwrap()
}

/// Runs every operation of both clients once, returning every error
/// formatted with `{}` and `{:?}` (and every success with `{:?}`).
async fn every_operation(k: &kaiten_client::Client, c: &kustomer_client::Client) -> Vec<String> {
    fn fmt<T: std::fmt::Debug, E: std::fmt::Display + std::fmt::Debug>(r: Result<T, E>) -> String {
        match r {
            Ok(v) => format!("{v:?}"),
            Err(e) => format!("{e}\n{e:?}"),
        }
    }
    let link = IntegrationInput {
        external_id: "rec-1".into(),
        last_error: None,
        metadata: Default::default(),
        web_url: None,
    };
    let update = CustomerUpdate {
        domain: None,
        external_customer_id: None,
        name: "Awesome Customer".into(),
    };
    let kc = k.customers();
    let mut out = vec![
        fmt(kc.list().try_collect::<Vec<_>>().await),
        fmt(kc.list_page(Some("c1"), NonZeroU64::new(10)).await),
        fmt(kc.get("awesome-customer").await),
        fmt(kc.create(&CustomerCreate::named("Awesome Customer")).await),
        fmt(kc.update("awesome-customer", &update).await),
        fmt(kc.delete("awesome-customer").await),
        fmt(kc.get_integration("awesome-customer", "attio").await),
        fmt(kc
            .create_integration("awesome-customer", "attio", &link)
            .await),
        fmt(kc
            .update_integration("awesome-customer", "attio", &link)
            .await),
        fmt(kc.delete_integration("awesome-customer", "attio").await),
    ];
    let w = CustomerWrite::named("Jane Doe").unwrap();
    let up = kustomer_client::CustomerUpdate::new(w.clone()).set_null(Nullable::AvatarUrl);
    let cc = c.customers();
    out.extend([
        fmt(cc.create(&w).await),
        fmt(cc.list().try_collect::<Vec<_>>().await),
        fmt(cc.list_page(NonZeroU64::new(1), NonZeroU64::new(10)).await),
        fmt(cc.get(KUSTOMER_ID).await),
        fmt(cc.update(KUSTOMER_ID, Some(true), &up).await),
        fmt(cc.patch(KUSTOMER_ID, &up).await),
        fmt(cc.delete(KUSTOMER_ID).await),
        fmt(cc.get_by_email("jane@example.com").await),
        fmt(cc.get_by_external_id("ext-1").await),
        fmt(cc.get_by_phone("+18005551212").await),
        fmt(cc
            .search(&CustomerSearchQuery::default())
            .try_collect::<Vec<_>>()
            .await),
        fmt(cc
            .search_page(
                NonZeroU64::new(1),
                NonZeroU64::new(10),
                &CustomerSearchQuery::default(),
            )
            .await),
        fmt(cc.bulk_create(&CustomerBulkCreate(vec![w.clone()])).await),
        fmt(cc.bulk_update(&[KUSTOMER_ID], &w).await),
        fmt(cc.bulk_delete(&[KUSTOMER_ID]).await),
    ]);
    out
}

fn assert_no_secret(texts: &[String]) {
    for t in texts {
        for secret in [KAITEN_TOKEN, KUSTOMER_KEY, "s3cr3t"] {
            assert!(!t.contains(secret), "a secret leaked ({secret}) in: {t}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secrets_audit_every_operation_every_outcome_traced_at_trace() {
    let captured = capture();
    // Every request is answered in turn: the spec's error body (401), a
    // retried 503 then 200, a dropped connection, a redirect elsewhere,
    // a 2xx that is not the spec's shape.
    let replies = |r: &testkit::Recorded| -> Reply {
        let n = r.body.len() + r.target.len();
        match n % 5 {
            0 => Reply::with_type(
                401,
                "application/problem+json",
                r#"{"title":"Unauthorized","detail":"token expired","errors":[{"message":"Expired token"}]}"#,
            ),
            1 => Reply::json(503, r#"{"errors":[{"code":"unavailable"}]}"#),
            2 => Reply::Drop,
            3 => Reply::redirect(302, "http://localhost:9/elsewhere"),
            _ => Reply::json(200, r#"{"unexpected": true}"#),
        }
    };
    let server = TestServer::with_handler(replies).await;
    let k = kaiten(&server);
    let c = kustomer(&server);
    let mut texts = every_operation(&k, &c).await;
    // A round where every call succeeds as far as the server goes.
    let ok = TestServer::with_handler(|r| {
        if r.path().starts_with("/api") {
            Reply::json(200, &kaiten_customer().to_string())
        } else {
            Reply::json(
                200,
                &json!({"data": conformance::kustomer_customer()}).to_string(),
            )
        }
    })
    .await;
    texts.extend(every_operation(&kaiten(&ok), &kustomer(&ok)).await);
    assert!(server.request_count() >= 25 && ok.request_count() >= 25);
    // The clients, builders and configuration, debug-printed.
    let token = SecretToken::new("token", KAITEN_TOKEN).unwrap();
    texts.extend([
        format!("{k:?}"),
        format!("{c:?}"),
        format!("{:?}", k.generated()),
        format!("{:?}", c.generated()),
        format!(
            "{:?}",
            kaiten_client::Client::builder()
                .token(KAITEN_TOKEN)
                .base_url("https://kaiten.example.com")
                .default_header("X-Api-Key", KAITEN_TOKEN)
        ),
        format!(
            "{:?}",
            kustomer_client::Client::builder()
                .api_key(KUSTOMER_KEY)
                .org("acme")
        ),
        format!("{token:?} {token}"),
        format!(
            "{:?}",
            TransportConfig {
                vendor: "Kaiten",
                token: token.clone(),
                retry: RetryPolicy::default(),
                max_response_bytes: 1,
                max_request_bytes: None,
                max_concurrent_requests: 1,
            }
        ),
    ]);
    // Constructors refusing input that contains the secret.
    for e in [
        kaiten_client::Client::new("https://k.example", &format!("whsec_{KAITEN_TOKEN}"))
            .unwrap_err(),
        kaiten_client::Client::new("https://k.example", &format!("ksm_{KAITEN_TOKEN}"))
            .unwrap_err(),
        kaiten_client::Client::new("https://k.example", &format!("Bearer {KAITEN_TOKEN}"))
            .unwrap_err(),
        kaiten_client::Client::new("https://k.example", &format!("{KAITEN_TOKEN}\nX")).unwrap_err(),
        kaiten_client::Client::new(
            &format!("http://{KAITEN_TOKEN}@api.example.com"),
            KAITEN_TOKEN,
        )
        .unwrap_err(),
        kaiten_client::Client::new(
            &format!("ftp://u:{KAITEN_TOKEN}@api.example.com"),
            KAITEN_TOKEN,
        )
        .unwrap_err(),
        kaiten_client::Client::builder()
            .base_url("https://k.example")
            .token(KAITEN_TOKEN)
            .default_header("X-Key", format!("{KAITEN_TOKEN}\u{7}"))
            .build()
            .unwrap_err(),
    ] {
        texts.push(format!("{e}\n{e:?}"));
    }
    for e in [
        kustomer_client::Client::new("acme", &format!("{KUSTOMER_KEY} x")).unwrap_err(),
        kustomer_client::Client::new(KUSTOMER_KEY, KUSTOMER_KEY).unwrap_err(),
        kustomer_client::Client::builder()
            .region(Region::Custom(format!("https://{KUSTOMER_KEY}@x.example")))
            .api_key(KUSTOMER_KEY)
            .build()
            .unwrap_err(),
    ] {
        texts.push(format!("{e}\n{e:?}"));
    }
    // Give background tasks (connection teardown) a moment to log.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let logs = captured.text();
    // The capture really saw the calls, at every level, through both paths.
    for needle in [
        "api_call",
        "operation=\"createCustomer\"",
        "operation=\"bulkDeleteCustomers\"",
        "operation=\"createCustomerIntegration\"",
        "retrying",
        "TRACE",
        "log ",
    ] {
        assert!(logs.contains(needle), "{needle} not captured:\n{logs}");
    }
    texts.push(logs);
    assert_no_secret(&texts);
    // The secrets did reach the servers, so the check above means something.
    for r in server.requests().iter().chain(ok.requests().iter()) {
        let expected = if r.path().starts_with("/api") {
            KAITEN_TOKEN
        } else {
            KUSTOMER_KEY
        };
        assert_eq!(
            r.header("authorization"),
            Some(&*format!("Bearer {expected}"))
        );
    }
    assert_no_panics();
}

// ------------------------------------------- every generated operation

#[allow(dead_code, unused_imports, clippy::all)]
mod kaiten_ops {
    include!("../../kaiten/tests/generated/operations.rs");
}

#[allow(dead_code, unused_imports, clippy::all)]
mod platform_ops {
    include!("../../kaiten-platform/tests/generated/operations.rs");
}

#[allow(dead_code, unused_imports, clippy::all)]
mod kustomer_ops {
    include!("../../kustomer/tests/generated/operations.rs");
}

const PLATFORM_TOKEN: &str = "ksm_Platform-audit-s3cr3t-0003";

fn kaiten_at(url: &str) -> kaiten_client::Client {
    kaiten_client::Client::builder()
        .base_url(url)
        .token(KAITEN_TOKEN)
        .retry_policy(fast())
        .build()
        .unwrap()
}

fn platform_at(url: &str) -> kaiten_platform_client::Client {
    kaiten_platform_client::Client::builder()
        .base_url(url)
        .token(PLATFORM_TOKEN)
        .retry_policy(fast())
        .build()
        .unwrap()
}

fn kustomer_at(url: &str) -> kustomer_client::Client {
    kustomer_client::Client::builder()
        .base_url(url)
        .api_key(KUSTOMER_KEY)
        .retry_policy(fast())
        .build()
        .unwrap()
}

/// Every case of a vendor's generated operations table against a server
/// that answers each request in turn with an error body, a 503 (retried
/// where allowed), a dropped connection and the case's success example;
/// returns every outcome's texts (results and errors, debug-printed).
async fn every_case<C>(
    cases: &[testkit::optable::Case<C>],
    client: impl Fn(&str) -> C,
    error: &'static str,
) -> Vec<String> {
    let mut texts = Vec::new();
    for case in cases {
        let server = TestServer::start().await;
        server.enqueue([
            Reply::json(401, error),
            Reply::json(503, error),
            Reply::Drop,
            match case.response_body {
                Some(body) => Reply::json(case.status, body),
                None => Reply::status(case.status),
            },
        ]);
        for _ in 0..3 {
            let out = (case.call)(client(&server.url())).await;
            texts.extend(out.error);
            texts.extend(out.debug);
            if out.value.is_some() {
                break;
            }
        }
    }
    texts
}

/// The secrets audit over every operation the specs describe (the three
/// generated operations tables): credentials never show in any outcome or
/// log line, and the secrets an API returns (`x-rust-secret` fields: a
/// minted token) are decoded yet never shown by `Debug` or logs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secrets_audit_every_generated_operation() {
    let captured = capture();
    let problem = r#"{"title":"Unauthorized","status":401,"detail":"token expired"}"#;
    let errors = r#"{"errors":[{"status":"401","title":"Unauthorized"}]}"#;
    let mut texts = every_case(kaiten_ops::OPERATIONS, kaiten_at, problem).await;
    texts.extend(every_case(platform_ops::OPERATIONS, platform_at, problem).await);
    texts.extend(every_case(kustomer_ops::OPERATIONS, kustomer_at, errors).await);
    texts.extend(testkit::optable::check_secret_responses(kaiten_ops::OPERATIONS, kaiten_at).await);
    texts.extend(
        testkit::optable::check_secret_responses(platform_ops::OPERATIONS, platform_at).await,
    );
    texts.extend(
        testkit::optable::check_secret_responses(kustomer_ops::OPERATIONS, kustomer_at).await,
    );
    let returned: Vec<&str> = kaiten_ops::OPERATIONS
        .iter()
        .flat_map(|c| c.secrets.iter().copied())
        .chain(
            platform_ops::OPERATIONS
                .iter()
                .flat_map(|c| c.secrets.iter().copied()),
        )
        .chain(
            kustomer_ops::OPERATIONS
                .iter()
                .flat_map(|c| c.secrets.iter().copied()),
        )
        .collect();
    // Minted tokens, Core and Platform, are among the audited secrets.
    for op in ["createServiceAccountToken", "mintOrganizationToken"] {
        let in_table = kaiten_ops::OPERATIONS
            .iter()
            .map(|c| (c.operation_id, c.secrets.len()))
            .chain(
                platform_ops::OPERATIONS
                    .iter()
                    .map(|c| (c.operation_id, c.secrets.len())),
            )
            .any(|(id, n)| id == op && n > 0);
        assert!(in_table, "{op} carries no audited secret in its example");
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    let logs = captured.text();
    for needle in [
        "operation=\"mintOrganizationToken\"",
        "operation=\"getCustomers\"",
        "retrying",
    ] {
        assert!(logs.contains(needle), "{needle} not captured");
    }
    texts.push(logs);
    for t in &texts {
        for secret in [KAITEN_TOKEN, KUSTOMER_KEY, PLATFORM_TOKEN]
            .into_iter()
            .chain(returned.iter().copied())
        {
            assert!(!t.contains(secret), "a secret leaked ({secret}) in: {t}");
        }
    }
    assert_no_panics();
}

// ------------------------------------------------------------ plain http

#[test]
fn plain_http_to_a_remote_host_is_refused_before_io_for_both_vendors() {
    let remote = [
        "http://api.example.com",
        "http://10.0.0.8:8080",
        "http://192.168.1.10",
        "http://[2001:db8::1]",
        "http://0.0.0.0:8080",
        "http://api.localhost",
        "http://localhost.example.com",
    ];
    for url in remote {
        let e = kaiten_client::Client::new(url, KAITEN_TOKEN).unwrap_err();
        let kaiten_client::Error::InvalidInput(i) = &e else {
            panic!("{url}: {e:?}")
        };
        assert_eq!(i.field(), "base_url");
        assert!(
            i.message().contains("unencrypted")
                && i.message().contains("allow_insecure_http(true)"),
            "{url}: {i}"
        );
        let e = kustomer_client::Client::builder()
            .base_url(url)
            .api_key(KUSTOMER_KEY)
            .build()
            .unwrap_err();
        assert!(
            matches!(&e, kustomer_client::Error::InvalidInput(i) if i.field() == "base_url" && i.message().contains("unencrypted")),
            "{url}: {e:?}"
        );
        // The explicit opt-in.
        assert!(
            kaiten_client::Client::builder()
                .base_url(url)
                .token(KAITEN_TOKEN)
                .allow_insecure_http(true)
                .build()
                .is_ok()
        );
        assert!(
            kustomer_client::Client::builder()
                .base_url(url)
                .api_key(KUSTOMER_KEY)
                .allow_insecure_http(true)
                .build()
                .is_ok()
        );
    }
    // Loopback needs no opt-in; https never does.
    for url in [
        "http://127.0.0.1:1",
        "http://127.1.2.3",
        "http://localhost:8080",
        "http://LOCALHOST",
        "http://[::1]:8080",
        "https://api.example.com",
    ] {
        assert!(
            kaiten_client::Client::new(url, KAITEN_TOKEN).is_ok(),
            "{url}"
        );
        assert!(
            kustomer_client::Client::builder()
                .base_url(url)
                .api_key(KUSTOMER_KEY)
                .build()
                .is_ok(),
            "{url}"
        );
    }
    // The Kustomer regions and org hosts are https.
    for r in [
        Region::Us,
        Region::Eu,
        Region::India,
        Region::Org("acme".into()),
    ] {
        let c = kustomer_client::Client::builder()
            .region(r)
            .api_key(KUSTOMER_KEY)
            .build()
            .unwrap();
        assert!(c.base_url().starts_with("https://"));
    }
}

// ------------------------------------------------------------ bad input

/// Asserts an `InvalidInput` naming `field`, whose message contains `needle`.
fn refused<T: std::fmt::Debug, B: client_runtime::ErrorBody>(
    what: &str,
    r: Result<T, client_runtime::Error<B>>,
    field: &str,
    needle: &str,
) {
    match r {
        Err(client_runtime::Error::InvalidInput(e)) => {
            assert_eq!(e.field(), field, "{what}: {e}");
            assert!(
                e.message().contains(needle),
                "{what}: `{needle}` not in: {e}"
            );
            assert!(e.to_string().starts_with(field), "{what}: {e}");
        }
        other => panic!("{what}: expected InvalidInput({field}), got {other:?}"),
    }
}

#[tokio::test]
async fn bad_input_to_every_builder_is_refused_naming_the_field() {
    let server = TestServer::start().await;
    let url = server.url();
    let oversize = "x".repeat(16 * 1024 + 1);
    let kb = || {
        kaiten_client::Client::builder()
            .base_url(&url)
            .token(KAITEN_TOKEN)
    };
    let ub = || {
        kustomer_client::Client::builder()
            .base_url(&url)
            .api_key(KUSTOMER_KEY)
    };
    // token / api_key: empty, blank, control, non-ASCII, oversize, wrong class.
    for (bad, needle) in [
        ("", "empty"),
        ("   ", "empty"),
        ("ab\u{7}cd", "control"),
        ("ab\ncd", "white space"),
        ("ab cd", "white space"),
        ("tök", "non-ASCII"),
        (oversize.as_str(), "16 KiB"),
        ("Bearer abc", "pass the token alone"),
    ] {
        refused(bad, kb().token(bad).build(), "token", needle);
        refused(bad, ub().api_key(bad).build(), "api_key", needle);
    }
    refused(
        "whsec",
        kb().token("whsec_abc").build(),
        "token",
        "webhook signing secret",
    );
    refused(
        "ksm",
        kb().token("ksm_abc").build(),
        "token",
        "Platform credential",
    );
    refused(
        "unset",
        kaiten_client::Client::builder().base_url(&url).build(),
        "token",
        "not set",
    );
    refused(
        "unset",
        kustomer_client::Client::builder().base_url(&url).build(),
        "api_key",
        "not set",
    );
    // base_url: empty, blank, control, oversize, not absolute, bad scheme, credentials.
    let long = format!("http://127.0.0.1/{}", "a".repeat(2048));
    for (bad, needle) in [
        ("", "empty"),
        ("  ", "empty"),
        ("http://127.0.0.1\u{0}/x", "control"),
        (long.as_str(), "longer than 2048"),
        ("127.0.0.1:8080", "not an absolute URL"),
        ("/customers", "not an absolute URL"),
        ("ftp://h.example", "only http and https"),
        ("https://u:p@h.example", "credentials"),
    ] {
        refused(bad, kb().base_url(bad).build(), "base_url", needle);
        refused(bad, ub().base_url(bad).build(), "base_url", needle);
    }
    refused(
        "unset",
        kaiten_client::Client::builder().token(KAITEN_TOKEN).build(),
        "base_url",
        "not set",
    );
    // org: empty, blank, control, oversize, not a name.
    for bad in [
        "",
        " ",
        "ac\nme",
        &"a".repeat(64),
        "-acme",
        "acme.kustomerapp.com",
        "äcme",
    ] {
        refused(
            bad,
            kustomer_client::Client::new(bad, KUSTOMER_KEY),
            "org",
            "org name",
        );
    }
    refused(
        "unset",
        kustomer_client::Client::builder()
            .api_key(KUSTOMER_KEY)
            .build(),
        "org",
        "not set",
    );
    // Settings, for both builders alike.
    refused(
        "0",
        kb().timeout(Duration::ZERO).build(),
        "timeout",
        "greater than 0",
    );
    refused(
        "0",
        ub().connect_timeout(Duration::ZERO).build(),
        "connect_timeout",
        "greater than 0",
    );
    refused(
        "0",
        kb().max_response_bytes(0).build(),
        "max_response_bytes",
        "greater than 0",
    );
    for (name, value, needle) in [
        ("", "v", "not a valid header name"),
        ("bad name", "v", "not a valid header name"),
        ("X-Ok", "line\nbreak", "not a valid header value"),
        ("X-Ok", &"v".repeat(8 * 1024 + 1), "longer than"),
        ("Authorization", "Bearer x", "cannot be overridden"),
        ("accept", "text/plain", "cannot be overridden"),
    ] {
        refused(
            name,
            kb().default_header(name, value).build(),
            "default_header",
            needle,
        );
        refused(
            name,
            ub().default_header(name, value).build(),
            "default_header",
            needle,
        );
    }
    for (bad, needle) in [
        ("", "empty"),
        ("  ", "empty"),
        ("app\u{7}", "printable"),
        ("äpp", "printable"),
        (&"a".repeat(257), "longer than 256"),
    ] {
        refused(
            bad,
            kb().user_agent_suffix(bad).build(),
            "user_agent_suffix",
            needle,
        );
        refused(
            bad,
            ub().user_agent_suffix(bad).build(),
            "user_agent_suffix",
            needle,
        );
    }
    // Extreme but valid settings build, and do not panic when used.
    let k = kb()
        .timeout(Duration::MAX)
        .connect_timeout(Duration::MAX)
        .max_response_bytes(usize::MAX)
        .retry_policy(RetryPolicy {
            max_retries: 0,
            initial_backoff: Duration::MAX,
            max_backoff: Duration::MAX,
            max_retry_after: Duration::MAX,
            honour_rate_limit_reset: true,
        })
        .build()
        .unwrap();
    server.enqueue([Reply::json(200, &kaiten_customer().to_string())]);
    k.customers().get("awesome-customer").await.unwrap();
    assert_eq!(
        server.request_count(),
        1,
        "only the last, valid client sent anything"
    );
    assert_no_panics();
}

#[tokio::test]
async fn bad_input_to_every_operation_is_refused_before_io() {
    let server = TestServer::start().await;
    let k = kaiten(&server);
    let c = kustomer(&server);
    let kc = k.customers();
    let link = |id: &str| IntegrationInput {
        external_id: id.into(),
        last_error: None,
        metadata: Default::default(),
        web_url: None,
    };
    let upd = |name: &str| CustomerUpdate {
        domain: None,
        external_customer_id: None,
        name: name.into(),
    };
    for bad in ["", "  ", "a\u{0}b", "a\nb"] {
        let needle = if bad.trim().is_empty() {
            "empty"
        } else {
            "control"
        };
        refused(bad, kc.get(bad).await, "customer_slug", needle);
        refused(bad, kc.delete(bad).await, "customer_slug", needle);
        refused(
            bad,
            kc.update(bad, &upd("x")).await,
            "customer_slug",
            needle,
        );
        refused(
            bad,
            kc.get_integration(bad, "attio").await,
            "customer_slug",
            needle,
        );
        refused(
            bad,
            kc.get_integration("s", bad).await,
            "integration_name",
            needle,
        );
        refused(
            bad,
            kc.create_integration("s", "attio", &link(bad)).await,
            "external_id",
            needle,
        );
        refused(
            bad,
            kc.update_integration("s", bad, &link("x")).await,
            "integration_name",
            needle,
        );
        refused(
            bad,
            kc.delete_integration(bad, "attio").await,
            "customer_slug",
            needle,
        );
        refused(
            bad,
            kc.list_page(Some(bad), NonZeroU64::new(10)).await,
            "cursor",
            needle,
        );
        refused(bad, c.customers().get(bad).await, "id", needle);
        refused(bad, c.customers().delete(bad).await, "id", needle);
        refused(bad, c.customers().get_by_email(bad).await, "email", needle);
        refused(bad, c.customers().get_by_phone(bad).await, "phone", needle);
        refused(
            bad,
            c.customers().get_by_external_id(bad).await,
            "external_id",
            needle,
        );
    }
    for bad in ["", "   "] {
        refused(
            bad,
            kc.create(&CustomerCreate::named(bad)).await,
            "name",
            "empty",
        );
        refused(bad, kc.update("s", &upd(bad)).await, "name", "empty");
        let mut slugged = CustomerCreate::named("x");
        slugged.slug = Some(bad.into());
        refused(bad, kc.create(&slugged).await, "slug", "empty");
    }
    // 0 cannot be passed: page numbers and sizes are `NonZeroU64`.
    refused(
        "limit",
        kc.list_page(None, NonZeroU64::new(201)).await,
        "limit",
        "is 201; it must be at most 200",
    );
    let cc = c.customers();
    refused(
        "size",
        cc.list_page(NonZeroU64::new(1), NonZeroU64::new(101)).await,
        "page_size",
        "at most 100",
    );
    refused(
        "size",
        cc.search_page(
            NonZeroU64::new(1),
            NonZeroU64::new(501),
            &CustomerSearchQuery::default(),
        )
        .await,
        "page_size",
        "at most 500",
    );
    let w = CustomerWrite::named("x").unwrap();
    refused(
        "bulk",
        cc.bulk_create(&CustomerBulkCreate(vec![])).await,
        "customers",
        "1 to 100",
    );
    refused(
        "bulk",
        cc.bulk_create(&CustomerBulkCreate(vec![w.clone(); 101]))
            .await,
        "customers",
        "1 to 100",
    );
    refused("ids", cc.bulk_delete(&[]).await, "ids", "1 to 100");
    refused(
        "ids",
        cc.bulk_delete(&["a,b"]).await,
        "ids",
        "not a customer id",
    );
    refused(
        "ids",
        cc.bulk_update(&["a b"], &w).await,
        "ids",
        "not a customer id",
    );
    let both = kustomer_client::CustomerUpdate::new(w.clone()).set_null(Nullable::Name);
    refused(
        "null",
        cc.patch(KUSTOMER_ID, &both).await,
        "name",
        "both given a value and set to null",
    );
    // Kustomer's name has a maxLength and no minLength (a customer can be
    // created from an email alone), so only oversize names are refused.
    assert!(CustomerWrite::named(&"x".repeat(257)).is_err());
    assert_eq!(server.request_count(), 0, "nothing reached the server");
    assert_no_panics();
}
