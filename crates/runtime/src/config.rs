//! Settings shared by every vendor client's builder.

use std::fmt;
use std::time::Duration;

use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderMap, HeaderName, HeaderValue};
use url::Url;

use crate::error::InputError;
use crate::secret::SecretToken;
use crate::transport::{
    DEFAULT_MAX_CONCURRENT_REQUESTS, DEFAULT_MAX_RESPONSE_BYTES, RetryPolicy, Transport,
    TransportConfig,
};

/// Connect and whole-request timeouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Time allowed to open the connection (default 10 s).
    pub connect: Duration,
    /// Time allowed for the whole request, body included (default 30 s).
    pub request: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(10),
            request: Duration::from_secs(30),
        }
    }
}

/// Transport settings common to every vendor builder.
#[derive(Clone)]
pub struct Settings {
    /// Retry policy (default: [`RetryPolicy::default`]).
    pub retry: RetryPolicy,
    /// Timeouts (default: 10 s connect, 30 s request).
    pub timeouts: Timeouts,
    /// Response size cap in bytes (default 32 MiB).
    pub max_response_bytes: usize,
    /// Requests in flight at once, and idle connections kept per host
    /// (default 64): bounds the sockets one client opens however many
    /// calls run concurrently; further calls wait for a free slot.
    pub max_concurrent_requests: usize,
    /// Allow sending the token over plain `http://` to a host that is not
    /// loopback (default: refused).
    pub allow_insecure_http: bool,
    /// Appended to the `User-Agent` header.
    pub user_agent_suffix: Option<String>,
    /// Extra headers sent with every request, as `(name, value)` pairs; for
    /// a name given twice the last value wins (checked by
    /// [`Settings::build`]; `Debug` shows their names only).
    pub default_headers: Vec<(String, String)>,
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header_names: Vec<&str> = self
            .default_headers
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        f.debug_struct("Settings")
            .field("retry", &self.retry)
            .field("timeouts", &self.timeouts)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("max_concurrent_requests", &self.max_concurrent_requests)
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field("user_agent_suffix", &self.user_agent_suffix)
            .field("default_headers", &header_names)
            .finish()
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            retry: RetryPolicy::default(),
            timeouts: Timeouts::default(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            max_concurrent_requests: DEFAULT_MAX_CONCURRENT_REQUESTS,
            allow_insecure_http: false,
            user_agent_suffix: None,
            default_headers: Vec::new(),
        }
    }
}

/// What a vendor crate states about itself when building a client.
#[derive(Debug, Clone, Copy)]
pub struct VendorInfo {
    /// Name in messages, e.g. "Kaiten".
    pub name: &'static str,
    /// `User-Agent` product, e.g. `kaiten-client-rust/0.1.0`.
    pub user_agent: &'static str,
    /// Request bodies over this size are refused before I/O.
    pub max_request_bytes: Option<usize>,
}

impl Settings {
    /// Checks the settings and builds the HTTP client and transport.
    pub fn build(
        &self,
        vendor: VendorInfo,
        token: SecretToken,
    ) -> Result<(reqwest::Client, Transport), InputError> {
        if self.max_response_bytes == 0 {
            return Err(InputError::new(
                "max_response_bytes",
                "must be greater than 0",
            ));
        }
        if self.max_concurrent_requests == 0 {
            return Err(InputError::new(
                "max_concurrent_requests",
                "must be greater than 0",
            ));
        }
        for (field, d) in [
            ("connect_timeout", self.timeouts.connect),
            ("timeout", self.timeouts.request),
        ] {
            if d.is_zero() {
                return Err(InputError::new(field, "must be greater than 0"));
            }
        }
        let mut ua = vendor.user_agent.to_string();
        if let Some(s) = &self.user_agent_suffix {
            if s.chars().any(|c| c.is_control()) || !s.is_ascii() {
                return Err(InputError::new(
                    "user_agent_suffix",
                    "must be printable ASCII",
                ));
            }
            if s.trim().is_empty() {
                return Err(InputError::new(
                    "user_agent_suffix",
                    "is empty; leave it unset instead",
                ));
            }
            if s.len() > MAX_USER_AGENT_SUFFIX {
                return Err(InputError::new(
                    "user_agent_suffix",
                    format!("is longer than {MAX_USER_AGENT_SUFFIX} characters"),
                ));
            }
            ua.push(' ');
            ua.push_str(s.trim());
        }
        let headers = default_header_map(&self.default_headers)?;
        let client = tls_backend(reqwest::Client::builder())
            .default_headers(headers)
            .connect_timeout(self.timeouts.connect)
            .timeout(self.timeouts.request)
            .user_agent(ua)
            .pool_max_idle_per_host(self.max_concurrent_requests)
            .redirect(redirect_policy())
            .referer(false)
            // reqwest's own retry layer copies every request in case the
            // server refuses an HTTP/2 stream; the transport's retry loop
            // already keeps a copy and retries those refusals itself
            // (`Transport`'s retry docs), so the layer is turned off.
            .retry(reqwest::retry::never().max_retries_per_request(0))
            .build()
            .map_err(|e| InputError::new("http client", format!("cannot be built: {e}")))?;
        let transport = Transport::new(TransportConfig {
            vendor: vendor.name,
            token,
            retry: self.retry.clone(),
            max_response_bytes: self.max_response_bytes,
            max_request_bytes: vendor.max_request_bytes,
            max_concurrent_requests: self.max_concurrent_requests,
        });
        Ok((client, transport))
    }
}

/// Whether this build has a TLS backend (one of the features `rustls-aws-lc`,
/// `rustls-ring`, `native-tls`), so that `https` base URLs work.
pub const HAS_TLS: bool = cfg!(any(
    feature = "rustls-aws-lc",
    feature = "rustls-ring",
    feature = "native-tls"
));

/// The TLS backend the features chose: native-tls, else rustls (with ring
/// when `rustls-ring` is on: installed as rustls's process default unless
/// the program installed a provider first; else aws-lc-rs).
fn tls_backend(builder: reqwest::ClientBuilder) -> reqwest::ClientBuilder {
    #[cfg(feature = "native-tls")]
    return builder.tls_backend_native();
    #[cfg(all(feature = "rustls-ring", not(feature = "native-tls")))]
    {
        if rustls::crypto::CryptoProvider::get_default().is_none() {
            // Err only when another thread installed one meanwhile: theirs
            // is used, which is what a program that installs one wants.
            let _ = rustls::crypto::ring::default_provider().install_default();
        }
        return builder.tls_backend_rustls();
    }
    #[cfg(all(
        feature = "rustls-aws-lc",
        not(feature = "rustls-ring"),
        not(feature = "native-tls")
    ))]
    return builder.tls_backend_rustls();
    #[cfg(not(any(
        feature = "rustls-aws-lc",
        feature = "rustls-ring",
        feature = "native-tls"
    )))]
    builder
}

/// The most redirects one request follows (see [`Settings::build`]).
pub const MAX_REDIRECTS: usize = 5;

const MAX_USER_AGENT_SUFFIX: usize = 256;
const MAX_HEADER_VALUE: usize = 8 * 1024;

/// Redirects are followed only within the origin (scheme, host and port) of
/// the request, at most [`MAX_REDIRECTS`] hops. Any other redirect is not
/// followed: the 3xx becomes the call's error, naming its `Location`. So
/// the token and every default header stay with the configured host (reqwest
/// itself strips only `Authorization` and cookies on a cross-host hop), a
/// POST is never silently re-sent as a GET elsewhere, and an `https` base
/// URL is never downgraded to `http`.
fn redirect_policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let previous = attempt.previous();
        let same_origin = previous
            .first()
            .is_some_and(|first| first.origin() == attempt.url().origin());
        if same_origin && previous.len() <= MAX_REDIRECTS {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

/// Checks the extra headers and turns them into a map. `Authorization` and
/// `Accept` are refused: the transport sets both on every request, so a
/// default would be silently replaced.
fn default_header_map(pairs: &[(String, String)]) -> Result<HeaderMap, InputError> {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        let header = HeaderName::from_bytes(name.trim().as_bytes()).map_err(|_| {
            InputError::new(
                "default_header",
                format!("`{name}` is not a valid header name"),
            )
        })?;
        if header == AUTHORIZATION || header == ACCEPT {
            return Err(InputError::new(
                "default_header",
                format!("`{header}` is set by the client itself and cannot be overridden"),
            ));
        }
        if value.len() > MAX_HEADER_VALUE {
            return Err(InputError::new(
                "default_header",
                format!("the value of `{header}` is longer than {MAX_HEADER_VALUE} bytes"),
            ));
        }
        let value = HeaderValue::from_str(value.trim()).map_err(|_| {
            InputError::new(
                "default_header",
                format!("the value of `{header}` is not a valid header value (printable ASCII, no control characters)"),
            )
        })?;
        map.insert(header, value);
    }
    Ok(map)
}

/// The longest base URL accepted, in characters.
pub const MAX_BASE_URL_CHARS: usize = 2048;

/// Parses a base URL: absolute `http`/`https` with a host, no credentials,
/// at most [`MAX_BASE_URL_CHARS`] characters, query or fragment dropped,
/// trailing `/` removed. Plain `http://` is refused for any host but
/// loopback (`localhost`, `127.0.0.0/8`, `[::1]`) unless
/// `allow_insecure_http`, because the bearer token would travel in clear
/// text.
pub fn parse_base_url(
    field: &'static str,
    raw: &str,
    allow_insecure_http: bool,
) -> Result<Url, InputError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(InputError::new(
            field,
            "is empty; pass an absolute http(s) URL",
        ));
    }
    if text.chars().any(|c| c.is_control()) {
        return Err(InputError::new(field, "contains control characters"));
    }
    if text.chars().count() > MAX_BASE_URL_CHARS {
        return Err(InputError::new(
            field,
            format!("is longer than {MAX_BASE_URL_CHARS} characters"),
        ));
    }
    let mut url = Url::parse(text).map_err(|e| {
        InputError::new(
            field,
            format!("is not an absolute URL ({e}); pass e.g. https://api.example.com"),
        )
    })?;
    match url.scheme() {
        "https" | "http" => {}
        other => {
            return Err(InputError::new(
                field,
                format!("has scheme `{other}`; only http and https are supported"),
            ));
        }
    }
    if url.scheme() == "https" && !HAS_TLS {
        return Err(InputError::new(
            field,
            "is https, but client-runtime was built without a TLS backend; enable one of the \
             features rustls-aws-lc (the default), rustls-ring or native-tls",
        ));
    }
    let Some(host) = url.host() else {
        return Err(InputError::new(field, "has no host"));
    };
    if !url.username().is_empty() || url.password().is_some() {
        return Err(InputError::new(
            field,
            "must not carry credentials; pass the token separately",
        ));
    }
    if url.scheme() == "http" && !allow_insecure_http && !is_loopback(&host) {
        return Err(InputError::new(
            field,
            format!(
                "uses plain http:// to `{host}`, which would send the bearer token unencrypted; use https://, \
                 or opt in with allow_insecure_http(true)"
            ),
        ));
    }
    url.set_query(None);
    url.set_fragment(None);
    let path = url.path().trim_end_matches('/').to_string();
    url.set_path(&path);
    Ok(url)
}

/// Only names that cannot resolve elsewhere: `localhost` itself (never
/// `*.localhost`, which reqwest hands to the system resolver like any other
/// name) and loopback addresses.
fn is_loopback(host: &url::Host<&str>) -> bool {
    match host {
        url::Host::Domain(d) => d.eq_ignore_ascii_case("localhost"),
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => ip.is_loopback(),
    }
}

/// Refuses an empty or blank path segment value before any I/O.
pub fn require_segment(field: &'static str, value: &str) -> Result<(), InputError> {
    if value.trim().is_empty() {
        return Err(InputError::new(
            field,
            "is empty; it names the resource in the URL path",
        ));
    }
    if value.chars().any(|c| c.is_control()) {
        return Err(InputError::new(field, "contains control characters"));
    }
    Ok(())
}

/// Adds the transport setters every vendor builder offers to a builder
/// struct that has a `settings: client_runtime::Settings` field.
#[macro_export]
macro_rules! settings_setters {
    () => {
        /// Retries after the first attempt (default 2; 0 turns retrying off).
        pub fn max_retries(mut self, retries: u32) -> Self {
            self.settings.retry.max_retries = retries;
            self
        }

        /// The whole retry policy (see [`client_runtime::RetryPolicy`]).
        pub fn retry_policy(mut self, policy: $crate::RetryPolicy) -> Self {
            self.settings.retry = policy;
            self
        }

        /// Time allowed to open a connection (default 10 s).
        pub fn connect_timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.settings.timeouts.connect = timeout;
            self
        }

        /// Time allowed for a whole request, body included (default 30 s).
        pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.settings.timeouts.request = timeout;
            self
        }

        /// Responses larger than this many bytes are refused (default 32 MiB).
        pub fn max_response_bytes(mut self, limit: usize) -> Self {
            self.settings.max_response_bytes = limit;
            self
        }

        /// Requests this client has in flight at once (default 64); further
        /// calls wait for a free slot, and their timeout starts when they
        /// are sent. Also the idle connections kept per host, so it bounds
        /// the sockets the client opens.
        pub fn max_concurrent_requests(mut self, limit: usize) -> Self {
            self.settings.max_concurrent_requests = limit;
            self
        }

        /// Allow sending the token over plain `http://` to a host that is
        /// not loopback (default: refused before any I/O).
        pub fn allow_insecure_http(mut self, allow: bool) -> Self {
            self.settings.allow_insecure_http = allow;
            self
        }

        /// Adds a header sent with every request (for example a proxy's
        /// routing header). Repeat to add several; for a name given twice
        /// the last value wins. `Authorization` and `Accept` are refused by
        /// `build` because the client sets them itself.
        pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
            self.settings
                .default_headers
                .push((name.into(), value.into()));
            self
        }

        /// Text appended to the `User-Agent` header (your application's name).
        pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
            self.settings.user_agent_suffix = Some(suffix.into());
            self
        }
    };
}

/// Reads environment variable `name`; a missing, empty or non-UTF-8 value
/// is an error naming the variable and saying what to set it to (`what`).
pub fn env_var(name: &'static str, what: &str) -> Result<String, InputError> {
    match std::env::var(name) {
        Ok(v) if !v.trim().is_empty() => Ok(v),
        Ok(_) => Err(InputError::new(
            name,
            format!("is set but empty; set it to {what}"),
        )),
        Err(std::env::VarError::NotPresent) => Err(InputError::new(
            name,
            format!("is not set; set it to {what}"),
        )),
        Err(std::env::VarError::NotUnicode(_)) => Err(InputError::new(name, "is not valid UTF-8")),
    }
}

/// Reads an optional environment variable: `None` when unset or empty.
pub fn env_var_opt(name: &'static str) -> Result<Option<String>, InputError> {
    match std::env::var(name) {
        Ok(v) if !v.trim().is_empty() => Ok(Some(v)),
        Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(InputError::new(name, "is not valid UTF-8")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEST_VENDOR: VendorInfo = VendorInfo {
        name: "Test",
        user_agent: "test-client/0",
        max_request_bytes: None,
    };

    /// CI runs this once per TLS feature (`cargo xtask ci`): each backend
    /// builds a client (rustls-ring without a provider would panic inside
    /// reqwest here), and https base URLs are accepted exactly when one is
    /// compiled in.
    #[test]
    fn tls_backend_builds_a_client() {
        let token = SecretToken::new("token", "tls-test-token").unwrap();
        let built = Settings::default().build(TEST_VENDOR, token);
        assert!(built.is_ok(), "{:?}", built.err());
        let https = parse_base_url("base_url", "https://api.example.com", false);
        if HAS_TLS {
            assert!(https.is_ok());
        } else {
            let e = https.unwrap_err();
            assert_eq!(e.field(), "base_url");
            assert!(e.to_string().contains("rustls-ring"), "{e}");
        }
        #[cfg(all(feature = "rustls-ring", not(feature = "native-tls")))]
        assert!(rustls::crypto::CryptoProvider::get_default().is_some());
    }

    fn settings_with(headers: &[(&str, &str)]) -> Settings {
        Settings {
            default_headers: headers
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
            ..Settings::default()
        }
    }

    fn token() -> SecretToken {
        SecretToken::new("token", "t0k".to_string()).unwrap()
    }

    #[test]
    fn default_headers_are_checked() {
        let refused = |headers: &[(&str, &str)]| {
            settings_with(headers)
                .build(TEST_VENDOR, token())
                .map(drop)
                .unwrap_err()
        };
        let e = refused(&[("bad name", "x")]);
        assert_eq!(e.field(), "default_header");
        assert!(e.message().contains("not a valid header name"), "{e}");
        assert!(
            refused(&[("X-Ok", "line\nbreak")])
                .message()
                .contains("`x-ok`")
        );
        assert!(
            refused(&[("Authorization", "Bearer x")])
                .message()
                .contains("cannot be overridden")
        );
        assert!(
            refused(&[("accept", "text/plain")])
                .message()
                .contains("cannot be overridden")
        );
        assert!(
            settings_with(&[("Prefer", "code=404"), ("X-Trace", "a")])
                .build(TEST_VENDOR, token())
                .is_ok()
        );
    }

    #[test]
    fn debug_shows_header_names_only() {
        let text = format!("{:?}", settings_with(&[("X-Api-Key", "s3cret-value")]));
        assert!(text.contains("X-Api-Key"), "{text}");
        assert!(!text.contains("s3cret-value"), "{text}");
    }

    #[tokio::test]
    async fn default_headers_are_sent() {
        let server = testkit::TestServer::start().await;
        server.enqueue([testkit::Reply::json(200, "{}")]);
        let (http, _transport) =
            settings_with(&[("Prefer", "code=404"), ("X-Trace", "a"), ("X-Trace", "b")])
                .build(TEST_VENDOR, token())
                .unwrap();
        http.get(server.url()).send().await.unwrap();
        let recorded = server.requests();
        assert_eq!(recorded[0].header("prefer"), Some("code=404"));
        // A name given twice: the last value wins (reqwest's default
        // headers hold one value per name).
        assert_eq!(recorded[0].header_all("x-trace"), vec!["b"]);
    }

    #[tokio::test]
    async fn redirects_stay_on_the_origin() {
        let elsewhere = testkit::TestServer::start().await;
        let server = testkit::TestServer::start().await;
        let away = format!("http://localhost:{}/x", elsewhere.addr().port());
        server.enqueue([
            testkit::Reply::redirect(307, "/same-origin"),
            testkit::Reply::json(200, "{}"),
            testkit::Reply::redirect(302, &away),
        ]);
        let (http, _transport) = settings_with(&[("X-Proxy-Key", "p-s3cr3t")])
            .build(TEST_VENDOR, token())
            .unwrap();
        // Same origin: followed.
        let r = http.get(server.url()).send().await.unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(server.requests()[1].target, "/same-origin");
        assert_eq!(server.requests()[1].header("referer"), None);
        // Another host (reqwest alone would follow it, forwarding
        // X-Proxy-Key and a Referer): the 302 itself is the answer.
        let r = http.post(server.url()).send().await.unwrap();
        assert_eq!(r.status(), 302);
        assert_eq!(elsewhere.request_count(), 0);
    }

    #[test]
    fn user_agent_suffix_and_header_sizes_are_checked() {
        for (bad, needle) in [
            ("", "empty"),
            ("   ", "empty"),
            ("a\u{7}b", "printable"),
            ("é", "printable"),
        ] {
            let s = Settings {
                user_agent_suffix: Some(bad.to_string()),
                ..Settings::default()
            };
            let e = s.build(TEST_VENDOR, token()).map(drop).unwrap_err();
            assert_eq!(e.field(), "user_agent_suffix");
            assert!(e.message().contains(needle), "{bad:?}: {e}");
        }
        let long = "x".repeat(257);
        let s = Settings {
            user_agent_suffix: Some(long.clone()),
            ..Settings::default()
        };
        assert!(s.build(TEST_VENDOR, token()).is_err());
        let e = settings_with(&[("X-Big", &"v".repeat(8 * 1024 + 1))])
            .build(TEST_VENDOR, token())
            .map(drop)
            .unwrap_err();
        assert!(e.message().contains("longer than"), "{e}");
    }

    #[test]
    fn base_urls() {
        assert_eq!(
            parse_base_url("u", " https://h.example/x/ ", false)
                .unwrap()
                .as_str(),
            "https://h.example/x"
        );
        assert_eq!(
            parse_base_url("u", "http://127.0.0.1:8080", false)
                .unwrap()
                .as_str(),
            "http://127.0.0.1:8080/"
        );
        assert!(parse_base_url("u", "http://localhost:1", false).is_ok());
        assert!(parse_base_url("u", "http://[::1]:1", false).is_ok());
        assert!(parse_base_url("u", "http://127.9.9.9", false).is_ok());
        // `*.localhost` goes to the system resolver, which may answer anything.
        let e = parse_base_url("u", "http://api.localhost", false).unwrap_err();
        assert!(e.message().contains("unencrypted"), "{e}");
        let long = format!("https://h.example/{}", "a".repeat(MAX_BASE_URL_CHARS));
        let e = parse_base_url("base_url", &long, false).unwrap_err();
        assert_eq!(e.field(), "base_url");
        assert!(e.message().contains("longer than 2048"), "{e}");
        let e = parse_base_url("base_url", "http://api.example.com", false).unwrap_err();
        assert_eq!(e.field(), "base_url");
        assert!(e.message().contains("unencrypted"), "{e}");
        assert!(parse_base_url("u", "http://api.example.com", true).is_ok());
        assert!(
            parse_base_url("u", "ftp://h", false)
                .unwrap_err()
                .message()
                .contains("ftp")
        );
        assert!(parse_base_url("u", "/customers", false).is_err());
        assert!(parse_base_url("u", "", false).is_err());
        assert!(parse_base_url("u", "https://u:p@h.example", false).is_err());
        assert_eq!(
            parse_base_url("u", "https://h.example/a?q=1#f", false)
                .unwrap()
                .as_str(),
            "https://h.example/a"
        );
    }
}
