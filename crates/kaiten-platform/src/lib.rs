#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

use std::fmt;

use client_runtime::{
    ErrorBody, InputError, SecretToken, Settings, Transport, VendorInfo, env_var, parse_base_url,
};
use reqwest::StatusCode;

/// The client generated from `specs/kaiten-platform.yaml`: while this crate compiles,
/// by build.rs (`codegen::build_script`) with the default `codegen`
/// feature; or the committed snapshot `crates/kaiten-platform/generated/kaiten-platform.rs`
/// without it (the same code, drift-checked; no generator in the build).
///
/// Prefer [`Client`]: it checks input before any I/O and maps every failure
/// to [`Error`] with the raw body. Calling this client directly still goes
/// through the shared runtime (auth, retries, caps).
#[allow(missing_docs, clippy::all, unused_qualifications, rustdoc::all)]
pub mod generated {
    #[cfg(feature = "codegen")]
    include!(concat!(env!("OUT_DIR"), "/kaiten-platform.rs"));
    #[cfg(not(feature = "codegen"))]
    include!("../generated/kaiten-platform.rs");
}

pub use generated::resources::*;
pub use generated::types;
pub use types::{Connector, Organization, PlainToken, PlatformCredential, Problem, Token};

pub use client_runtime::{RateLimit, RetryPolicy, Timeouts};

/// Every way a Kaiten Platform call can fail. [`Error::Api`] carries the status, the
/// parsed [`Problem`] when the body is one, and the raw body.
pub type Error = client_runtime::Error<Problem>;

/// The environment variable with the base URL.
pub const ENV_BASE_URL: &str = "KAITEN_PLATFORM_BASE_URL";
/// The environment variable with the API token.
pub const ENV_AUTH_TOKEN: &str = "KAITEN_PLATFORM_TOKEN";

const VENDOR: VendorInfo = VendorInfo {
    name: "Kaiten Platform",
    user_agent: concat!("kaiten-platform-client-rust/", env!("CARGO_PKG_VERSION")),
    max_request_bytes: None,
};

impl ErrorBody for Problem {
    /// A body is a `Problem` only when it is a JSON object in which at least
    /// one of `title`, `detail` or `code` is non-empty (as in Kaiten's SDK,
    /// for both APIs). A member of an unexpected type is dropped, not the
    /// whole body ([`client_runtime::decode_lenient`]).
    fn parse(_status: StatusCode, raw: &[u8]) -> Option<Self> {
        let p: Problem = client_runtime::decode_lenient(raw)?;
        let meaningful = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
        (meaningful(&p.title) || meaningful(&p.detail) || meaningful(&p.code)).then_some(p)
    }

    /// ` [<code>]: <title>: <detail> (errorId: …)`, leaving out what is empty.
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
        Ok(())
    }
}

/// Normalises a base URL the way Kaiten's SDK does for both APIs: absolute
/// http(s) with a host, query and fragment dropped, trailing `/` removed,
/// and `/api` appended unless the path already ends with it (the Platform
/// listener, e.g. `http://kaiten-api.kaiten.svc:6001`, serves under `/api`).
pub fn normalize_base_url(raw: &str, allow_insecure_http: bool) -> Result<String, InputError> {
    let url = parse_base_url("base_url", raw, allow_insecure_http)?;
    let mut s = url.as_str().trim_end_matches('/').to_string();
    if !s.ends_with("/api") {
        s.push_str("/api");
    }
    Ok(s)
}

/// Refuses, before any I/O, what is not a Platform credential: the Platform
/// API takes only `ksm_…` credentials (a webhook signing secret `whsec_…`,
/// a Core organization token `ksh_…` or a JWT is refused here, where the
/// API itself would answer with a deliberately vague error).
fn check_credential(field: &'static str, token: &SecretToken) -> Result<(), InputError> {
    if token.starts_with("whsec_") {
        return Err(InputError::new(
            field,
            "is a webhook signing secret (whsec_…), not an API credential; pass a Platform credential (ksm_…)",
        ));
    }
    if !token.starts_with("ksm_") {
        return Err(InputError::new(
            field,
            "is not a Platform credential (ksm_…): Core API tokens (ksh_…) and identity-provider JWTs go to kaiten_client::Client",
        ));
    }
    Ok(())
}

/// A Kaiten Platform API client. Cheap to clone (one connection pool).
#[derive(Clone)]
pub struct Client {
    api: generated::Client,
    transport: Transport,
    base_url: String,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("kaiten_platform_client::Client")
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
        f.debug_struct("kaiten_platform_client::ClientBuilder")
            .field("base_url", &self.base_url)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("settings", &self.settings)
            .finish()
    }
}

impl ClientBuilder {
    /// The Platform listener's base URL, e.g. `http://kaiten-api.kaiten.svc:6001`
    /// (`/api` is appended when missing).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The Platform credential (`ksm_…`), sent as `Authorization: Bearer <token>`.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    client_runtime::settings_setters!();

    /// Checks everything and builds the client. Nothing is sent.
    pub fn build(self) -> Result<Client, Error> {
        let raw_url = self.base_url.ok_or_else(|| {
            InputError::new("base_url", "is not set; pass the Kaiten Platform API's URL")
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
    /// A client for the API at `base_url` with this bearer token and
    /// default settings (2 retries, 10 s connect / 30 s request timeouts).
    pub fn new(base_url: &str, token: &str) -> Result<Client, Error> {
        Client::builder().base_url(base_url).token(token).build()
    }

    /// A builder for explicit configuration.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from `KAITEN_PLATFORM_BASE_URL` and `KAITEN_PLATFORM_TOKEN`.
    /// A missing or empty variable is an error naming it.
    pub fn from_env() -> Result<Client, Error> {
        Client::builder_from_env()?.build()
    }

    /// A builder pre-filled from `KAITEN_PLATFORM_BASE_URL` and `KAITEN_PLATFORM_TOKEN`,
    /// to adjust other settings before building.
    pub fn builder_from_env() -> Result<ClientBuilder, Error> {
        let base_url = env_var(
            ENV_BASE_URL,
            "the Kaiten Platform listener's URL, e.g. http://kaiten-api.kaiten.svc:6001",
        )?;
        let token = env_var(ENV_AUTH_TOKEN, "the Kaiten Platform credential (ksm_…)")?;
        // Checked here so the message names the variable, not the argument.
        check_credential(
            ENV_AUTH_TOKEN,
            &SecretToken::new(ENV_AUTH_TOKEN, token.clone())?,
        )?;
        // The URL's shape is checked here, naming the variable; the plain-http
        // rule is applied by `build`, after the caller's own settings.
        normalize_base_url(&base_url, true)
            .map_err(|e| InputError::new(ENV_BASE_URL, e.message().to_string()))?;
        Ok(Client::builder().base_url(base_url).token(token))
    }

    /// The normalised base URL.
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
