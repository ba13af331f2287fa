//! The shared harness of the reliability and security tests: every vendor
//! client behind one [`AnyClient`], each call reduced to a vendor-neutral
//! [`Outcome`] (the typed error kind, status, attempts, raw body, messages),
//! and a panic watch, so that one case can be asserted for Kaiten and
//! Kustomer alike.
//!
//! The test targets live here rather than in a vendor crate because each
//! case runs against both clients: a vendor crate would need the other
//! vendor as a dev-dependency, and the runtime crate cannot depend on the
//! clients built on it. See `RELIABILITY.md` at the repository root.
//!
//! * `tests/faults.rs`: the fault matrix (`cargo test -p conformance --test faults`);
//! * `tests/security.rs`: plain-http refusal, the secrets audit, bad input;
//! * `tests/properties.rs`: proptest over the error-body and response decoders;
//! * `tests/load.rs`: 1,000 concurrent requests, connection reuse, no fd leak.

use std::sync::{Mutex, Once};
use std::time::Duration;

use client_runtime::{ErrorBody, RetryPolicy, TransportKind};
use futures::TryStreamExt;
use serde_json::{Value, json};
use testkit::TestServer;

/// The Kaiten token every test client sends.
pub const KAITEN_TOKEN: &str = "ksh_Fault-Matrix-s3cr3t-0001";
/// The Kustomer API key every test client sends.
pub const KUSTOMER_KEY: &str = "eyJhbGciOiJIUzI1NiJ9.fault-matrix-s3cr3t-0002";
/// A Kustomer customer id.
pub const KUSTOMER_ID: &str = "5822a4a5aa5f92110005d69a";
/// A Kaiten customer slug.
pub const KAITEN_SLUG: &str = "awesome-customer";

/// Which vendor a case runs against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vendor {
    /// `kaiten-client`.
    Kaiten,
    /// `kustomer-client`.
    Kustomer,
}

impl Vendor {
    /// Both vendors.
    pub const ALL: [Vendor; 2] = [Vendor::Kaiten, Vendor::Kustomer];

    /// The secret its test clients send.
    pub fn secret(self) -> &'static str {
        match self {
            Vendor::Kaiten => KAITEN_TOKEN,
            Vendor::Kustomer => KUSTOMER_KEY,
        }
    }

    /// A valid 2xx body for [`AnyClient::get`] (and `create`).
    pub fn customer_json(self) -> Value {
        match self {
            Vendor::Kaiten => kaiten_customer(),
            Vendor::Kustomer => json!({ "data": kustomer_customer() }),
        }
    }

    /// The error body the vendor documents, as (content type, body).
    pub fn error_body(self, status: u16) -> (&'static str, String) {
        match self {
            Vendor::Kaiten => (
                "application/problem+json",
                json!({"type": "https://kaiten.sh/problems/x", "title": "Unavailable", "status": status,
                       "detail": "try later", "code": "Service.Unavailable", "errorId": "e-1"})
                .to_string(),
            ),
            Vendor::Kustomer => (
                "application/json",
                json!({"errors": [{"status": status, "code": "unavailable", "title": "Unavailable"}]})
                    .to_string(),
            ),
        }
    }

    /// The path [`AnyClient::get`] requests.
    pub fn get_path(self) -> String {
        match self {
            Vendor::Kaiten => format!("/api/customers/{KAITEN_SLUG}"),
            Vendor::Kustomer => format!("/v1/customers/{KUSTOMER_ID}"),
        }
    }

    /// The path [`AnyClient::create`] posts to.
    pub fn create_path(self) -> &'static str {
        match self {
            Vendor::Kaiten => "/api/customers",
            Vendor::Kustomer => "/v1/customers",
        }
    }
}

/// A Kaiten customer as the docs page shows it.
pub fn kaiten_customer() -> Value {
    json!({
        "createdAt": "2023-10-01T12:00:00Z",
        "createdBy": {"id": "123e4567-e89b-12d3-a456-426614174000", "name": "John Doe"},
        "externalCustomerId": "external-customer-id-12345",
        "id": "123e4567-e89b-12d3-a456-426614174000",
        "name": "Awesome Customer",
        "slug": KAITEN_SLUG,
        "updatedAt": "2023-10-01T12:00:00Z",
        "updatedBy": {"id": "123e4567-e89b-12d3-a456-426614174000", "name": "John Doe"}
    })
}

/// A Kustomer customer resource (the `data` of a response).
pub fn kustomer_customer() -> Value {
    json!({
        "type": "customer",
        "id": KUSTOMER_ID,
        "attributes": {
            "name": "Jane Doe",
            "displayName": "Jane Doe",
            "emails": [{"email": "jane@example.com", "type": "work", "verified": false}],
            "gender": "f",
            "rev": 1,
            "conversationCounts": {"all": 0, "done": 0, "open": 0, "snoozed": 0},
            "createdAt": "2016-11-09T04:23:01.925Z"
        },
        "links": {"self": format!("/v1/customers/{KUSTOMER_ID}")}
    })
}

/// Retries as fast as a test wants them: the default budget (2 retries),
/// 5–20 ms backoff, `Retry-After` capped at 2 s.
pub fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        initial_backoff: Duration::from_millis(5),
        max_backoff: Duration::from_millis(20),
        max_retry_after: Duration::from_secs(2),
        honour_rate_limit_reset: true,
        ..RetryPolicy::default()
    }
}

/// What a test client is built with.
#[derive(Debug, Clone)]
pub struct Opts {
    /// Retry policy (default [`fast_retries`]).
    pub retry: RetryPolicy,
    /// Whole-request timeout (default 10 s).
    pub timeout: Duration,
    /// Response size cap (default: the client's, 32 MiB).
    pub max_response_bytes: Option<usize>,
    /// Extra default headers.
    pub default_headers: Vec<(String, String)>,
}

impl Default for Opts {
    fn default() -> Self {
        Opts {
            retry: fast_retries(),
            timeout: Duration::from_secs(10),
            max_response_bytes: None,
            default_headers: Vec::new(),
        }
    }
}

impl Opts {
    /// With `max_retries` retries.
    pub fn retries(mut self, n: u32) -> Self {
        self.retry.max_retries = n;
        self
    }

    /// With this whole-request timeout.
    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = t;
        self
    }
}

/// Either vendor's client.
#[derive(Debug, Clone)]
pub enum AnyClient {
    /// A Kaiten client.
    Kaiten(kaiten_client::Client),
    /// A Kustomer client.
    Kustomer(kustomer_client::Client),
}

/// A vendor-neutral kind of [`client_runtime::Error`] (or success).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The call succeeded.
    Ok,
    /// `Error::Api`.
    Api,
    /// `Error::WrongRegion`.
    WrongRegion,
    /// `Error::Decode`.
    Decode,
    /// `Error::Transport` of this kind.
    Transport(TransportKind),
    /// `Error::ResponseTooLarge`.
    TooLarge,
    /// `Error::InvalidInput`.
    InvalidInput,
    /// `Error::Pagination`.
    Pagination,
    /// The call panicked (never acceptable).
    Panicked,
}

/// What one call did, whatever the vendor.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The error kind, or [`Kind::Ok`].
    pub kind: Kind,
    /// The HTTP status, when a response arrived.
    pub status: Option<u16>,
    /// Attempts, for `Api` and `Transport` errors.
    pub attempts: Option<u32>,
    /// The raw body kept by the error.
    pub raw: Option<Vec<u8>>,
    /// Whether the vendor's error body parsed.
    pub parsed_body: bool,
    /// The error's field, for `InvalidInput`.
    pub field: Option<String>,
    /// `is_retryable()`.
    pub retryable: bool,
    /// The error formatted with `{}` (empty on success).
    pub display: String,
    /// The error formatted with `{:?}` (the value's `Debug` on success).
    pub debug: String,
    /// The decoded value's name (Kaiten) or display name (Kustomer), on success.
    pub name: Option<String>,
}

impl Outcome {
    fn ok(name: Option<String>, debug: String) -> Outcome {
        Outcome {
            kind: Kind::Ok,
            status: None,
            attempts: None,
            raw: None,
            parsed_body: false,
            field: None,
            retryable: false,
            display: String::new(),
            debug,
            name,
        }
    }

    /// Reduces a vendor error.
    pub fn from_error<B: ErrorBody>(e: &client_runtime::Error<B>) -> Outcome {
        use client_runtime::Error as E;
        let (kind, attempts, field) = match e {
            E::Api(a) => (Kind::Api, Some(a.attempts()), None),
            E::WrongRegion { api, .. } => (Kind::WrongRegion, Some(api.attempts()), None),
            E::Decode { .. } => (Kind::Decode, None, None),
            E::Transport { kind, attempts, .. } => (Kind::Transport(*kind), Some(*attempts), None),
            E::ResponseTooLarge { .. } => (Kind::TooLarge, None, None),
            E::InvalidInput(i) => (Kind::InvalidInput, None, Some(i.field().to_string())),
            E::Pagination(_) => (Kind::Pagination, None, None),
            _ => (Kind::Panicked, None, None),
        };
        Outcome {
            kind,
            status: e.status().map(|s| s.as_u16()),
            attempts,
            raw: e.raw_body().map(<[u8]>::to_vec),
            parsed_body: e.body().is_some(),
            field,
            retryable: e.is_retryable(),
            display: e.to_string(),
            debug: format!("{e:?}"),
            name: None,
        }
    }

    fn panicked(what: String) -> Outcome {
        Outcome {
            kind: Kind::Panicked,
            status: None,
            attempts: None,
            raw: None,
            parsed_body: false,
            field: None,
            retryable: false,
            display: what.clone(),
            debug: what,
            name: None,
        }
    }

    /// The raw body as text (lossy).
    pub fn raw_text(&self) -> String {
        String::from_utf8_lossy(self.raw.as_deref().unwrap_or_default()).into_owned()
    }
}

fn reduce<T, B: ErrorBody>(
    r: Result<T, client_runtime::Error<B>>,
    name: impl FnOnce(&T) -> Option<String>,
) -> Outcome
where
    T: std::fmt::Debug,
{
    match r {
        Ok(v) => Outcome::ok(name(&v), format!("{v:?}")),
        Err(e) => Outcome::from_error(&e),
    }
}

impl AnyClient {
    /// A client of `vendor` for `base_url`.
    pub fn build(vendor: Vendor, base_url: &str, opts: &Opts) -> AnyClient {
        match vendor {
            Vendor::Kaiten => {
                let mut b = kaiten_client::Client::builder()
                    .base_url(base_url)
                    .token(KAITEN_TOKEN)
                    .retry_policy(opts.retry.clone())
                    .timeout(opts.timeout);
                if let Some(n) = opts.max_response_bytes {
                    b = b.max_response_bytes(n);
                }
                for (n, v) in &opts.default_headers {
                    b = b.default_header(n, v);
                }
                AnyClient::Kaiten(b.build().expect("kaiten client"))
            }
            Vendor::Kustomer => {
                let mut b = kustomer_client::Client::builder()
                    .base_url(base_url)
                    .api_key(KUSTOMER_KEY)
                    .retry_policy(opts.retry.clone())
                    .timeout(opts.timeout);
                if let Some(n) = opts.max_response_bytes {
                    b = b.max_response_bytes(n);
                }
                for (n, v) in &opts.default_headers {
                    b = b.default_header(n, v);
                }
                AnyClient::Kustomer(b.build().expect("kustomer client"))
            }
        }
    }

    /// A client of `vendor` for `server`.
    pub fn new(vendor: Vendor, server: &TestServer, opts: &Opts) -> AnyClient {
        AnyClient::build(vendor, &server.url(), opts)
    }

    /// Which vendor.
    pub fn vendor(&self) -> Vendor {
        match self {
            AnyClient::Kaiten(_) => Vendor::Kaiten,
            AnyClient::Kustomer(_) => Vendor::Kustomer,
        }
    }

    /// GET one customer (idempotent: retried).
    pub async fn get(&self) -> Outcome {
        let c = self.clone();
        guarded(async move {
            match &c {
                AnyClient::Kaiten(k) => reduce(k.customers().get(KAITEN_SLUG).await, |v| {
                    Some(v.name.clone())
                }),
                AnyClient::Kustomer(k) => reduce(k.customers().get(KUSTOMER_ID).await, |v| {
                    v.attributes
                        .as_ref()
                        .and_then(|a| a.display_name.clone().or(a.name.clone()))
                }),
            }
        })
        .await
    }

    /// POST one customer (not idempotent: never retried once sent).
    pub async fn create(&self) -> Outcome {
        let c = self.clone();
        guarded(async move {
            match &c {
                AnyClient::Kaiten(k) => reduce(
                    k.customers()
                        .create(&kaiten_client::CustomerCreate::named("Awesome Customer"))
                        .await,
                    |v| Some(v.name.clone()),
                ),
                AnyClient::Kustomer(k) => {
                    let w =
                        kustomer_client::CustomerWrite::named("Jane Doe").expect("a valid name");
                    reduce(k.customers().create(&w).await, |v| {
                        v.attributes
                            .as_ref()
                            .and_then(|a| a.display_name.clone().or(a.name.clone()))
                    })
                }
            }
        })
        .await
    }

    /// Collects the whole customer list (the pagination stream).
    pub async fn list(&self) -> Outcome {
        let c = self.clone();
        guarded(async move {
            match &c {
                AnyClient::Kaiten(k) => {
                    let r: Result<Vec<_>, _> = k.customers().list().try_collect().await;
                    reduce(r, |v| Some(v.len().to_string()))
                }
                AnyClient::Kustomer(k) => {
                    let r: Result<Vec<_>, _> = k.customers().list().try_collect().await;
                    reduce(r, |v| Some(v.len().to_string()))
                }
            }
        })
        .await
    }

    /// `Debug` of the client.
    pub fn debug(&self) -> String {
        format!("{self:?}")
    }
}

/// Runs a call in its own task, so that a panic inside it becomes an
/// [`Outcome`] of kind [`Kind::Panicked`] instead of tearing the test down
/// before it can say what happened.
pub async fn guarded(call: impl Future<Output = Outcome> + Send + 'static) -> Outcome {
    watch_panics();
    match tokio::spawn(call).await {
        Ok(o) => o,
        Err(e) if e.is_panic() => {
            let p = e.into_panic();
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Outcome::panicked(format!("the call panicked: {msg}"))
        }
        Err(e) => Outcome::panicked(format!("the call's task failed: {e}")),
    }
}

static PANICS: Mutex<Vec<String>> = Mutex::new(Vec::new());
static HOOK: Once = Once::new();

/// Installs (once) a panic hook that records the thread of every panic,
/// then defers to the default hook.
pub fn watch_panics() {
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let thread = std::thread::current().name().unwrap_or("?").to_string();
            if let Ok(mut p) = PANICS.lock() {
                p.push(format!("{thread}: {info}"));
            }
            default(info)
        }));
    });
}

/// Panics recorded on this thread (a `current_thread` test runtime runs the
/// client's background tasks, hyper's connection tasks included, on the
/// test's own thread, whose name is the test's name).
pub fn panics_on_this_thread() -> Vec<String> {
    let me = format!("{}: ", std::thread::current().name().unwrap_or("?"));
    PANICS
        .lock()
        .map(|p| p.iter().filter(|l| l.starts_with(&me)).cloned().collect())
        .unwrap_or_default()
}

/// Asserts that nothing panicked on this thread so far.
pub fn assert_no_panics() {
    let p = panics_on_this_thread();
    assert!(p.is_empty(), "panicked: {p:?}");
}
