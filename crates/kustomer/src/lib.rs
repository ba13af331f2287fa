#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

// The spec maps `CustomerUpdate` to the hand-written type below with
// `x-rust-type: kustomer_client::CustomerUpdate`; this makes that path
// resolve inside the crate too.
extern crate self as kustomer_client;

mod checks;
mod custom;
#[cfg(feature = "customers")]
mod update;

use std::fmt;

use client_runtime::{
    ErrorBody as ErrorBodyTrait, InputError, SecretToken, Settings, Transport, VendorInfo, env_var,
    env_var_opt, parse_base_url,
};
use reqwest::StatusCode;

pub use custom::{
    CustomAttributes, CustomKey, CustomValue, MAX_CUSTOM_ATTRIBUTES, MAX_TEXT_CHARS, Suffix,
    validate_custom,
};
#[cfg(feature = "customers")]
pub use update::{CustomerUpdate, Nullable};

/// The client generated from `specs/kustomer.yaml`: while this crate compiles,
/// by build.rs (`codegen::build_script`) with the default `codegen`
/// feature; or the committed snapshot `crates/kustomer/generated/kustomer.rs`
/// without it (the same code, drift-checked; no generator in the build).
///
/// Prefer [`Client`]: it validates input before any I/O, maps every failure
/// to [`Error`] with the raw body, and paginates. Calling this client
/// directly still goes through the shared runtime (auth, retries, caps).
#[allow(missing_docs, clippy::all, unused_qualifications, rustdoc::all)]
pub mod generated {
    #[cfg(feature = "codegen")]
    include!(concat!(env!("OUT_DIR"), "/kustomer.rs"));
    #[cfg(not(feature = "codegen"))]
    include!("../generated/kustomer.rs");
}

#[cfg(feature = "customers")]
pub use generated::resources::Customers;
pub use generated::types;
pub use types::ErrorBody;
#[cfg(feature = "customers")]
pub use types::{
    BulkJob, Customer, CustomerAttributes, CustomerList, CustomerSearchQuery, CustomerWrite,
};

pub use client_runtime::{RateLimit, RetryPolicy, Timeouts};

/// Every way a Kustomer call can fail. [`Error::Api`] carries the status,
/// the parsed [`ErrorBody`] (whichever documented shape it had) and the raw
/// body; [`Error::WrongRegion`] says the API key belongs to another region.
pub type Error = client_runtime::Error<ErrorBody>;

/// The environment variable with the API key.
pub const ENV_API_KEY: &str = "KUSTOMER_API_KEY";
/// The environment variable with the org name (`acme` for `acme.kustomerapp.com`).
pub const ENV_ORG: &str = "KUSTOMER_ORG";
/// The environment variable with an explicit base URL (wins over the org).
pub const ENV_BASE_URL: &str = "KUSTOMER_BASE_URL";

/// Kustomer refuses request bodies over 100 kb with 413 (Node's `100kb`,
/// 102,400 bytes); larger bodies are refused before any I/O.
pub const MAX_REQUEST_BYTES: usize = 100 * 1024;
/// Largest `pageSize` of `GET /customers`.
pub const MAX_LIST_PAGE_SIZE: u64 = 100;
/// Largest `pageSize` of a search.
pub const MAX_SEARCH_PAGE_SIZE: u64 = 500;
/// Search serves at most this many pages; a walk that needs more fails with
/// [`Error::Pagination`] (narrow the query, e.g. by `customer_updated_at`).
pub const MAX_SEARCH_PAGES: usize = 100;
/// Most items per array field of [`CustomerWrite`] (tags: 20).
pub const MAX_ARRAY_ITEMS: usize = 10;
/// Most tags of a customer.
pub const MAX_TAGS: usize = 20;
/// Most customers per bulk job.
pub const MAX_BULK_ITEMS: usize = 100;

const VENDOR: VendorInfo = VendorInfo {
    name: "Kustomer",
    user_agent: concat!("kustomer-client-rust/", env!("CARGO_PKG_VERSION")),
    max_request_bytes: Some(MAX_REQUEST_BYTES),
};

/// Where the API is: a region, the org host, or any base URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Region {
    /// The org host `https://<org>.api.kustomerapp.com`, which routes to the
    /// right region by itself: the recommended choice.
    Org(String),
    /// US (prod1): `https://api.kustomerapp.com`.
    Us,
    /// EU (prod2): `https://api.prod2.kustomerapp.com`.
    Eu,
    /// India (prod4): `https://api.prod4.kustomerapp.com`.
    India,
    /// Any base URL (a proxy, a test server); `/v1` is appended when missing.
    Custom(String),
}

impl Region {
    /// The API base URL, ending in `/v1`.
    pub fn base_url(&self, allow_insecure_http: bool) -> Result<String, InputError> {
        let root = match self {
            Region::Us => "https://api.kustomerapp.com".to_string(),
            Region::Eu => "https://api.prod2.kustomerapp.com".to_string(),
            Region::India => "https://api.prod4.kustomerapp.com".to_string(),
            Region::Org(org) => format!("https://{}.api.kustomerapp.com", check_org(org)?),
            Region::Custom(url) => {
                let u = parse_base_url("base_url", url, allow_insecure_http)?;
                u.as_str().trim_end_matches('/').to_string()
            }
        };
        Ok(if root.ends_with("/v1") {
            root
        } else {
            format!("{root}/v1")
        })
    }
}

fn check_org(org: &str) -> Result<String, InputError> {
    let o = org.trim().to_ascii_lowercase();
    let ok = !o.is_empty()
        && o.len() <= 63
        && o.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !o.starts_with('-')
        && !o.ends_with('-');
    if ok {
        Ok(o)
    } else {
        Err(InputError::new(
            "org",
            "must be your Kustomer org name (the `acme` of acme.kustomerapp.com): letters, digits and `-`",
        ))
    }
}

/// Pod names in region-mismatch messages, and where they are.
fn pod_region(pod: &str) -> Option<&'static str> {
    match pod {
        "prod1" => Some("Region::Us"),
        "prod2" => Some("Region::Eu"),
        "prod4" => Some("Region::India"),
        _ => None,
    }
}

impl ErrorBodyTrait for ErrorBody {
    /// Any documented shape: `{errors:[{code,message,meta}]}`, JSON:API
    /// `{errors:[{status,code,title,detail,source}]}` (status a number or a
    /// string), or the legacy `{error, errorCode, message}`. A body with
    /// none of these is not an error body (the raw body is kept). A member
    /// of an unexpected type is dropped, not the whole body
    /// ([`client_runtime::decode_lenient`]).
    fn parse(_status: StatusCode, raw: &[u8]) -> Option<Self> {
        let body: ErrorBody = client_runtime::decode_lenient(raw)?;
        let useful = !body.errors.is_empty()
            || body.error.is_some()
            || body.error_code.is_some()
            || body.message.is_some();
        useful.then_some(body)
    }

    fn fmt_summary(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(item) = self.errors.first() {
            if let Some(code) = item.code.as_deref().filter(|c| !c.is_empty()) {
                write!(f, " [{code}]")?;
            }
            let parts: Vec<&str> = [
                item.title.as_deref(),
                item.message.as_deref(),
                item.detail.as_deref(),
            ]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect();
            if !parts.is_empty() {
                write!(f, ": {}", parts.join(": "))?;
            }
            if let Some(src) = &item.source
                && let Some(p) = src
                    .pointer
                    .as_deref()
                    .or(src.parameter.as_deref())
                    .or(src.parameters.as_deref())
            {
                write!(f, " (at {p})")?;
            }
            if self.errors.len() > 1 {
                write!(f, " (+{} more)", self.errors.len() - 1)?;
            }
        } else {
            if let Some(code) = self.error_code.as_deref().filter(|c| !c.is_empty()) {
                write!(f, " [{code}]")?;
            }
            let parts: Vec<&str> = [self.error.as_deref(), self.message.as_deref()]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect();
            if !parts.is_empty() {
                write!(f, ": {}", parts.join(": "))?;
            }
        }
        Ok(())
    }

    /// "Auth token associated with pod prod2 but request is being handled
    /// by prod1": the key only works in its own region.
    fn wrong_region_hint(&self) -> Option<String> {
        let texts = self
            .errors
            .iter()
            .flat_map(|e| {
                [
                    e.message.as_deref(),
                    e.detail.as_deref(),
                    e.title.as_deref(),
                ]
            })
            .chain([self.message.as_deref(), self.error.as_deref()])
            .flatten();
        for t in texts {
            let lower = t.to_ascii_lowercase();
            let Some(at) = lower.find("associated with pod ") else {
                continue;
            };
            let pod: String = lower[at + "associated with pod ".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let target = pod_region(&pod)
                .map(|r| format!("point the client at {r}"))
                .unwrap_or_else(|| format!("point the client at the region of pod {pod}"));
            return Some(format!(
                "the API key belongs to pod {pod}, another region than the host this client calls: {target}, \
                 or better use the org host (Region::Org / KUSTOMER_ORG), which routes to the right region"
            ));
        }
        None
    }
}

/// A Kustomer API client. Cheap to clone (one connection pool).
#[derive(Clone)]
pub struct Client {
    api: generated::Client,
    transport: Transport,
    base_url: String,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("kustomer_client::Client")
            .field("base_url", &self.base_url)
            .field("transport", &self.transport)
            .finish()
    }
}

/// Builds a [`Client`] with explicit settings.
#[derive(Clone)]
pub struct ClientBuilder {
    region: Option<Region>,
    api_key: Option<String>,
    settings: Settings,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        let mut settings = Settings::default();
        // Kustomer's 429s carry `x-ratelimit-reset` (epoch seconds).
        settings.retry.honour_rate_limit_reset = true;
        ClientBuilder {
            region: None,
            api_key: None,
            settings,
        }
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("kustomer_client::ClientBuilder")
            .field("region", &self.region)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("settings", &self.settings)
            .finish()
    }
}

impl ClientBuilder {
    /// Use the org host `https://<org>.api.kustomerapp.com` (recommended:
    /// it routes to the right region).
    pub fn org(mut self, org: impl Into<String>) -> Self {
        self.region = Some(Region::Org(org.into()));
        self
    }

    /// Use a regional host or any [`Region`].
    pub fn region(mut self, region: Region) -> Self {
        self.region = Some(region);
        self
    }

    /// Use this base URL (`/v1` is appended when missing).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.region = Some(Region::Custom(url.into()));
        self
    }

    /// The API key (a JWT from Settings > Security > API Keys).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    client_runtime::settings_setters!();

    /// Checks everything and builds the client. Nothing is sent.
    pub fn build(self) -> Result<Client, Error> {
        let region = self.region.ok_or_else(|| {
            InputError::new(
                "org",
                "is not set; pass your org name (recommended), a region or a base URL",
            )
        })?;
        let base_url = region.base_url(self.settings.allow_insecure_http)?;
        let key = SecretToken::new(
            "api_key",
            self.api_key
                .ok_or_else(|| InputError::new("api_key", "is not set; pass the API key"))?,
        )?;
        let (http, transport) = self.settings.build(VENDOR, key)?;
        let api = generated::Client::new_with_client(&base_url, http, transport.clone());
        Ok(Client {
            api,
            transport,
            base_url,
        })
    }
}

impl Client {
    /// A client for the org host of `org` with this API key.
    pub fn new(org: &str, api_key: &str) -> Result<Client, Error> {
        Client::builder().org(org).api_key(api_key).build()
    }

    /// A builder for explicit configuration.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from `KUSTOMER_API_KEY` plus `KUSTOMER_BASE_URL`
    /// or (recommended) `KUSTOMER_ORG`. A missing variable is an error naming it.
    pub fn from_env() -> Result<Client, Error> {
        Client::builder_from_env()?.build()
    }

    /// A builder pre-filled from the environment, to adjust other settings.
    pub fn builder_from_env() -> Result<ClientBuilder, Error> {
        let key = env_var(ENV_API_KEY, "a Kustomer API key")?;
        SecretToken::new(ENV_API_KEY, key.clone())?;
        let builder = Client::builder().api_key(key);
        if let Some(url) = env_var_opt(ENV_BASE_URL)? {
            Region::Custom(url.clone())
                .base_url(true)
                .map_err(|e| InputError::new(ENV_BASE_URL, e.message().to_string()))?;
            return Ok(builder.base_url(url));
        }
        match env_var_opt(ENV_ORG)? {
            Some(org) => {
                check_org(&org).map_err(|e| InputError::new(ENV_ORG, e.message().to_string()))?;
                Ok(builder.org(org))
            }
            None => Err(InputError::new(
                ENV_ORG,
                "is not set (nor KUSTOMER_BASE_URL); set it to your org name, the `acme` of acme.kustomerapp.com",
            )
            .into()),
        }
    }

    /// The base URL (ends with `/v1`).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The last `x-ratelimit-*` headers the API sent (the org-wide budget).
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.transport.rate_limit()
    }

    /// The generated client underneath (same transport).
    pub fn generated(&self) -> &generated::Client {
        &self.api
    }
}

/// Checks what the generated types cannot: array sizes (at most 10 items,
/// 20 tags) and custom attributes (suffix, value, at most 100 keys).
#[cfg(feature = "customers")]
pub fn validate_write(prefix: &str, w: &CustomerWrite) -> Result<(), InputError> {
    let field = |name: &str| {
        if prefix.is_empty() {
            name.to_string()
        } else {
            format!("{prefix}.{name}")
        }
    };
    let arrays: [(&str, Option<usize>); 13] = [
        ("emails", w.emails.as_ref().map(Vec::len)),
        ("sharedEmails", w.shared_emails.as_ref().map(Vec::len)),
        ("phones", w.phones.as_ref().map(Vec::len)),
        ("sharedPhones", w.shared_phones.as_ref().map(Vec::len)),
        ("whatsapps", w.whatsapps.as_ref().map(Vec::len)),
        ("externalIds", w.external_ids.as_ref().map(Vec::len)),
        (
            "sharedExternalIds",
            w.shared_external_ids.as_ref().map(Vec::len),
        ),
        ("facebookIds", w.facebook_ids.as_ref().map(Vec::len)),
        ("instagramIds", w.instagram_ids.as_ref().map(Vec::len)),
        ("socials", w.socials.as_ref().map(Vec::len)),
        ("sharedSocials", w.shared_socials.as_ref().map(Vec::len)),
        ("urls", w.urls.as_ref().map(Vec::len)),
        ("locations", w.locations.as_ref().map(Vec::len)),
    ];
    for (name, len) in arrays {
        if let Some(n) = len
            && n > MAX_ARRAY_ITEMS
        {
            return Err(InputError::new(
                field(name),
                format!("has {n} items; at most {MAX_ARRAY_ITEMS} are allowed"),
            ));
        }
    }
    if let Some(tags) = &w.tags {
        if tags.len() > MAX_TAGS {
            return Err(InputError::new(
                field("tags"),
                format!("has {} tags; at most {MAX_TAGS} are allowed", tags.len()),
            ));
        }
        let mut seen = std::collections::BTreeSet::new();
        for t in tags {
            if !seen.insert(t.as_str()) {
                return Err(InputError::new(
                    field("tags"),
                    format!("has the tag `{}` twice; tags must be unique", t.as_str()),
                ));
            }
        }
    }
    if let Some(r) = w.rev
        && !r.is_finite()
    {
        return Err(InputError::new(field("rev"), "must be a finite number"));
    }
    match &w.custom {
        Some(custom) => validate_custom(&field("custom"), custom),
        None => Ok(()),
    }
}

#[cfg(feature = "customers")]
impl client_runtime::Validate for CustomerWrite {
    fn validate(&self) -> Result<(), InputError> {
        validate_write("", self)
    }
}

#[cfg(feature = "customers")]
impl client_runtime::Validate for CustomerUpdate {
    fn validate(&self) -> Result<(), InputError> {
        self.check()?;
        validate_write("", &self.fields)
    }
}

#[cfg(feature = "customers")]
impl client_runtime::Validate for types::CustomerBulkCreate {
    /// 1 to 100 customers, each one checked as a [`CustomerWrite`] (fields
    /// named `customers[i].…`).
    fn validate(&self) -> Result<(), InputError> {
        let n = self.0.len();
        if n == 0 || n > MAX_BULK_ITEMS {
            return Err(InputError::new(
                "customers",
                format!("has {n} items; a bulk job takes 1 to {MAX_BULK_ITEMS}"),
            ));
        }
        for (i, c) in self.0.iter().enumerate() {
            validate_write(&format!("customers[{i}]"), c)?;
        }
        Ok(())
    }
}

/// Kustomer's bulk jobs take their customer ids as one comma-separated
/// query parameter; these take a list and join it, refusing ids that would
/// change its meaning.
#[cfg(feature = "customers")]
impl Customers<'_> {
    /// Starts a bulk job applying `update` to every customer in `ids`
    /// (1 to 100): [`Customers::bulk_update_joined`] with the ids joined.
    pub async fn bulk_update(
        &self,
        ids: &[&str],
        update: &CustomerWrite,
    ) -> Result<BulkJob, Error> {
        let ids: types::BulkBatchUpdateCustomersIds = join_ids(ids)?
            .parse()
            .map_err(|e| InputError::new("ids", format!("{e}")))?;
        self.bulk_update_joined(&ids, update).await
    }

    /// Starts a bulk job deleting every customer in `ids` (1 to 100):
    /// [`Customers::bulk_delete_joined`] with the ids joined.
    pub async fn bulk_delete(&self, ids: &[&str]) -> Result<BulkJob, Error> {
        let ids: types::BulkDeleteCustomersIds = join_ids(ids)?
            .parse()
            .map_err(|e| InputError::new("ids", format!("{e}")))?;
        self.bulk_delete_joined(&ids).await
    }
}

#[cfg(feature = "customers")]
fn join_ids(ids: &[&str]) -> Result<String, InputError> {
    if ids.is_empty() || ids.len() > MAX_BULK_ITEMS {
        return Err(InputError::new(
            "ids",
            format!(
                "has {} ids; a bulk job takes 1 to {MAX_BULK_ITEMS}",
                ids.len()
            ),
        ));
    }
    for id in ids {
        if id.trim().is_empty()
            || id.contains(',')
            || id.chars().any(|c| c.is_control() || c.is_whitespace())
        {
            return Err(InputError::new(
                "ids",
                format!("contains `{id}`, which is not a customer id"),
            ));
        }
    }
    Ok(ids.join(","))
}

#[cfg(feature = "customers")]
impl CustomerWrite {
    /// A write with just a name.
    pub fn named(name: &str) -> Result<CustomerWrite, InputError> {
        Ok(CustomerWrite {
            name: Some(
                name.parse()
                    .map_err(|e| InputError::new("name", format!("{e}")))?,
            ),
            ..Default::default()
        })
    }

    /// Sets the custom attributes from a checked [`CustomAttributes`].
    pub fn with_custom(mut self, custom: &CustomAttributes) -> CustomerWrite {
        self.custom = Some(custom.to_wire());
        self
    }
}
