#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

use std::fmt;

use client_runtime::{
    ErrorBody, InputError, SecretToken, Settings, Transport, VendorInfo, env_var, parse_base_url,
    require_segment,
};
use reqwest::StatusCode;

/// The client generated from `specs/kaiten.yaml`: while this crate compiles,
/// by build.rs (`codegen::build_script`) with the default `codegen`
/// feature; or the committed snapshot `crates/kaiten/generated/kaiten.rs`
/// without it (the same code, drift-checked; no generator in the build).
///
/// Prefer [`Client`]: it validates input before any I/O, maps every failure
/// to [`Error`] with the raw body, and paginates. Calling this client
/// directly still goes through the shared runtime (auth, retries, caps).
#[allow(missing_docs, clippy::all, unused_qualifications, rustdoc::all)]
pub mod generated {
    #[cfg(feature = "codegen")]
    include!(concat!(env!("OUT_DIR"), "/kaiten.rs"));
    #[cfg(not(feature = "codegen"))]
    include!("../generated/kaiten.rs");
}

pub use generated::resources::Customers;
pub use generated::types;
pub use types::{
    Customer, CustomerCreate, CustomerIntegration, CustomerPage, CustomerUpdate, IntegrationInput,
    Problem,
};

pub use client_runtime::{RateLimit, RetryPolicy, Timeouts};

/// Telling errors apart as Kaiten's SDK does: kinds, problem codes, a
/// threshold-exceeded usage report.
pub mod errors;
pub use errors::{ErrorExt, ErrorKind, codes};

/// Verifying webhook deliveries (Svix / Standard Webhooks signatures, the
/// timestamp tolerance) and parsing them into a typed [`webhooks::Event`],
/// one variant per event type Kaiten publishes.
pub mod webhooks;

/// The arithmetic the API enforces entitlement limits with: caps, hard and
/// soft limits, what remains, the percentage used.
pub mod usage;

/// Builders for feature-flag variants, default variants and targeting rules,
/// serializing to the JSON Kaiten's SDK sends.
pub mod targeting;

/// Every way a Kaiten call can fail. [`Error::Api`] carries the status, the
/// parsed [`Problem`] when the body is one, and the raw body.
pub type Error = client_runtime::Error<Problem>;

/// The environment variable with the base URL.
pub const ENV_BASE_URL: &str = "KAITEN_BASE_URL";
/// The environment variable with the organization token.
pub const ENV_AUTH_TOKEN: &str = "KAITEN_AUTH_TOKEN";

const VENDOR: VendorInfo = VendorInfo {
    name: "Kaiten",
    user_agent: concat!("kaiten-client-rust/", env!("CARGO_PKG_VERSION")),
    max_request_bytes: None,
};

impl ErrorBody for Problem {
    /// A body is a `Problem` only when it is a JSON object in which at least
    /// one of `title`, `detail` or `code` is non-empty (as in Kaiten's SDK).
    /// A member of an unexpected type (a `status` of `"409"`) is dropped,
    /// not the whole body ([`client_runtime::decode_lenient`]).
    fn parse(_status: StatusCode, raw: &[u8]) -> Option<Self> {
        let p: Problem = client_runtime::decode_lenient(raw)?;
        let meaningful = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
        (meaningful(&p.title) || meaningful(&p.detail) || meaningful(&p.code)).then_some(p)
    }

    fn fmt_summary(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(code) = self.code.as_deref().filter(|c| !c.is_empty()) {
            write!(f, " [{code}]")?;
        }
        let parts: Vec<&str> = [self.title.as_deref(), self.detail.as_deref()]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect();
        if !parts.is_empty() {
            write!(f, ": {}", parts.join(": "))?;
        }
        if let Some(id) = self.error_id.as_deref().filter(|c| !c.is_empty()) {
            write!(f, " (errorId: {id})")?;
        }
        for e in self.errors.iter().take(5) {
            let loc = e.location.as_deref().unwrap_or("?");
            let msg = e.message.as_deref().unwrap_or("");
            write!(f, "; {loc}: {msg}")?;
        }
        Ok(())
    }
}

/// Normalises a base URL the way Kaiten's SDK does: absolute http(s) with a
/// host, query and fragment dropped, trailing `/` removed, and `/api`
/// appended unless the path already ends with it (the API is served under
/// `/api`; the docs page's `https://demo.kaiten.sh/customers` leaves it out).
pub fn normalize_base_url(raw: &str, allow_insecure_http: bool) -> Result<String, InputError> {
    let url = parse_base_url("base_url", raw, allow_insecure_http)?;
    let mut s = url.as_str().trim_end_matches('/').to_string();
    if !s.ends_with("/api") {
        s.push_str("/api");
    }
    Ok(s)
}

/// Refuses, before any I/O, credentials that are not Kaiten Core API tokens:
/// a webhook signing secret (`whsec_…`) or a Platform credential (`ksm_…`).
fn check_credential(field: &'static str, token: &SecretToken) -> Result<(), InputError> {
    if token.starts_with("whsec_") {
        return Err(InputError::new(
            field,
            "is a webhook signing secret (whsec_…), not an API credential; pass an organization token (ksh_…) or an identity-provider JWT",
        ));
    }
    if token.starts_with("ksm_") {
        return Err(InputError::new(
            field,
            "is a Platform credential (ksm_…), which the Core API refuses; pass an organization token (ksh_…) or an identity-provider JWT",
        ));
    }
    Ok(())
}

/// A Kaiten Core API client. Cheap to clone (one connection pool).
#[derive(Clone)]
pub struct Client {
    api: generated::Client,
    transport: Transport,
    base_url: String,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("kaiten_client::Client")
            .field("base_url", &self.base_url)
            .field("transport", &self.transport)
            .finish()
    }
}

/// Builds a [`Client`] with explicit settings.
#[derive(Clone, Default)]
pub struct ClientBuilder {
    base_url: Option<String>,
    token: Option<String>,
    settings: Settings,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("kaiten_client::ClientBuilder")
            .field("base_url", &self.base_url)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("settings", &self.settings)
            .finish()
    }
}

impl ClientBuilder {
    /// The deployment's base URL, e.g. `https://kaiten.example.com` (`/api`
    /// is appended when missing).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The organization token (`ksh_…`) or identity-provider JWT.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    client_runtime::settings_setters!();

    /// Checks everything and builds the client. Nothing is sent.
    pub fn build(self) -> Result<Client, Error> {
        let raw_url = self.base_url.ok_or_else(|| {
            InputError::new("base_url", "is not set; pass the Kaiten deployment's URL")
        })?;
        let base_url = normalize_base_url(&raw_url, self.settings.allow_insecure_http)?;
        let token = SecretToken::new(
            "token",
            self.token
                .ok_or_else(|| InputError::new("token", "is not set; pass the API token"))?,
        )?;
        check_credential("token", &token)?;
        let (http, transport) = self.settings.build(VENDOR, token)?;
        let api = generated::Client::new_with_client(&base_url, http, transport.clone());
        Ok(Client {
            api,
            transport,
            base_url,
        })
    }
}

impl Client {
    /// A client for the deployment at `base_url` with this bearer token and
    /// default settings (2 retries, 10 s connect / 30 s request timeouts).
    pub fn new(base_url: &str, token: &str) -> Result<Client, Error> {
        Client::builder().base_url(base_url).token(token).build()
    }

    /// A builder for explicit configuration.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from `KAITEN_BASE_URL` and `KAITEN_AUTH_TOKEN`.
    /// A missing or empty variable is an error naming it.
    pub fn from_env() -> Result<Client, Error> {
        Client::builder_from_env()?.build()
    }

    /// A builder pre-filled from `KAITEN_BASE_URL` and `KAITEN_AUTH_TOKEN`,
    /// to adjust other settings before building.
    pub fn builder_from_env() -> Result<ClientBuilder, Error> {
        let base_url = env_var(
            ENV_BASE_URL,
            "the Kaiten deployment's URL, e.g. https://kaiten.example.com",
        )?;
        let token = env_var(ENV_AUTH_TOKEN, "an organization token (ksh_…)")?;
        // Checked here so the message names the variable, not the argument.
        let secret = SecretToken::new(ENV_AUTH_TOKEN, token.clone())?;
        check_credential(ENV_AUTH_TOKEN, &secret)?;
        // The URL's shape is checked here, naming the variable; the plain-http
        // rule is applied by `build`, after the caller's own settings.
        normalize_base_url(&base_url, true)
            .map_err(|e| InputError::new(ENV_BASE_URL, e.message().to_string()))?;
        Ok(Client::builder().base_url(base_url).token(token))
    }

    /// The normalised base URL (ends with `/api`).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The last rate-limit headers the API sent, if it sends them.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.transport.rate_limit()
    }

    /// The generated client underneath (same transport).
    pub fn generated(&self) -> &generated::Client {
        &self.api
    }
}

/// Checks of the request bodies the generated types cannot express: a
/// blank name is refused (the spec can only say `minLength`), and slugs and
/// external ids are refused when they could not name a resource.
impl client_runtime::Validate for CustomerCreate {
    fn validate(&self) -> Result<(), InputError> {
        if self.name.trim().is_empty() {
            return Err(InputError::new("name", "is empty; a customer needs a name"));
        }
        if let Some(slug) = &self.slug {
            require_segment("slug", slug)?;
        }
        Ok(())
    }
}

impl client_runtime::Validate for CustomerUpdate {
    fn validate(&self) -> Result<(), InputError> {
        if self.name.trim().is_empty() {
            return Err(InputError::new("name", "is empty; a customer needs a name"));
        }
        Ok(())
    }
}

impl client_runtime::Validate for IntegrationInput {
    fn validate(&self) -> Result<(), InputError> {
        require_segment("external_id", &self.external_id)
    }
}

impl CustomerCreate {
    /// A creation request with just a name (the slug is generated by the
    /// server from it).
    pub fn named(name: impl Into<String>) -> CustomerCreate {
        CustomerCreate {
            domain: None,
            external_customer_id: None,
            integrations: Default::default(),
            name: name.into(),
            slug: None,
        }
    }
}

/// The workspace README's Rust examples, compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct WorkspaceReadmeDoctests;
