//! One error type for every vendor client, generic over the vendor's error
//! body. Every failure keeps what is known about it: the HTTP status, the
//! raw body, the parsed body when it parses, and the number of attempts.

use std::borrow::Cow;
use std::fmt;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::transport::CallRecord;

/// How a vendor's error body is recognised and summarised.
///
/// Implemented by each vendor crate for its error schema (Kaiten's
/// `Problem`, Kustomer's `ErrorBody`).
pub trait ErrorBody: fmt::Debug + Clone + Send + Sync + Sized + 'static {
    /// Parses a raw error body. Returns `None` when the bytes are not an
    /// error body of this vendor (not JSON, wrong shape, or empty of
    /// meaning): the error then carries only the raw body.
    fn parse(status: StatusCode, raw: &[u8]) -> Option<Self>;

    /// Writes the part of the message after the status, e.g.
    /// ` [Customer.SlugTaken]: Conflict: slug taken (errorId: e-1)`.
    fn fmt_summary(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;

    /// A hint when the body says the request reached the wrong region or
    /// host for its credential (see [`Error::WrongRegion`]).
    fn wrong_region_hint(&self) -> Option<String> {
        None
    }
}

/// Input refused before any I/O, naming the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    field: Cow<'static, str>,
    message: String,
}

impl InputError {
    /// `field` names the argument, builder field, JSON field or environment
    /// variable; `message` says what is wrong with it (never its value when
    /// it is a secret).
    pub fn new(field: impl Into<Cow<'static, str>>, message: impl Into<String>) -> InputError {
        InputError {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The field that was refused.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// What is wrong with it.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.field, self.message)
    }
}

impl std::error::Error for InputError {}

/// A non-2xx response from the API (documented or not).
#[derive(Debug, Clone)]
pub struct ApiError<B> {
    vendor: &'static str,
    status: StatusCode,
    headers: HeaderMap,
    body: Option<B>,
    raw: Bytes,
    attempts: u32,
    operation: Option<&'static str>,
}

impl<B: ErrorBody> ApiError<B> {
    /// Builds an API error from a raw response body, parsing it with the
    /// vendor's [`ErrorBody::parse`].
    pub fn from_raw(
        vendor: &'static str,
        status: StatusCode,
        headers: HeaderMap,
        raw: Bytes,
        attempts: u32,
    ) -> Self {
        let body = B::parse(status, &raw);
        ApiError {
            vendor,
            status,
            headers,
            body,
            raw,
            attempts,
            operation: None,
        }
    }

    /// The same error, naming the spec operation (its `operationId`) that
    /// received it.
    pub fn with_operation(mut self, operation: Option<&'static str>) -> Self {
        self.operation = operation;
        self
    }

    /// The `operationId` of the spec operation that received this response,
    /// when the call went through a generated operation.
    pub fn operation(&self) -> Option<&'static str> {
        self.operation
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The parsed error body, when the body is one.
    pub fn body(&self) -> Option<&B> {
        self.body.as_ref()
    }

    /// The raw response body, whatever it was (HTML from a proxy, empty, ...).
    pub fn raw(&self) -> &[u8] {
        &self.raw
    }

    /// How many attempts were made (1 when not retried).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }
}

/// Where a transport failure happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransportKind {
    /// The connection could not be made (refused, DNS, connect timeout): the
    /// request never left.
    Connect,
    /// The request or the response took longer than the timeout.
    Timeout,
    /// The connection broke while sending or receiving (reset, closed,
    /// malformed HTTP).
    Io,
}

/// Why a pagination walk stopped with an error instead of a partial list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaginationError {
    message: String,
}

impl PaginationError {
    /// A pagination error with this explanation.
    pub fn new(message: impl Into<String>) -> Self {
        PaginationError {
            message: message.into(),
        }
    }

    /// The explanation.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for PaginationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for PaginationError {}

/// What kind of failure an [`Error`] is, by the classes the vendors' SDKs
/// raise (Kaiten's `BadRequestError`, `NotFoundError`, ...): match on it
/// instead of on status numbers. A vendor crate may tell some cases apart
/// further (Kaiten's threshold-exceeded usage report is a `Conflict` here).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// 400: the request is malformed.
    BadRequest,
    /// 401: the credential is missing, invalid, expired or revoked.
    Unauthorized,
    /// 403: the credential lacks a scope or role, or its class is refused.
    Forbidden,
    /// 404.
    NotFound,
    /// 409: a limit was reached, or the resource conflicts with another.
    Conflict,
    /// 413: the request body is larger than the API accepts.
    PayloadTooLarge,
    /// 422: well-formed, but the content is refused.
    Unprocessable,
    /// 429: over the rate limit (after the client's own retries).
    RateLimited,
    /// 503.
    ServiceUnavailable,
    /// Any other 5xx.
    ServerError,
    /// Any other non-2xx status (405, 408, ...).
    OtherStatus,
    /// The credential belongs to another region or host ([`Error::WrongRegion`]).
    WrongRegion,
    /// The connection could not be made.
    Connect,
    /// A timeout.
    Timeout,
    /// The connection broke while sending or receiving.
    Io,
    /// A 2xx response that does not match the spec ([`Error::Decode`]).
    Decode,
    /// The response was larger than the client's cap.
    ResponseTooLarge,
    /// Input refused before any I/O.
    InvalidInput,
    /// A pagination walk could not continue.
    Pagination,
}

impl ErrorKind {
    /// The kind of a non-2xx status.
    pub fn of_status(status: StatusCode) -> ErrorKind {
        match status.as_u16() {
            400 => ErrorKind::BadRequest,
            401 => ErrorKind::Unauthorized,
            403 => ErrorKind::Forbidden,
            404 => ErrorKind::NotFound,
            409 => ErrorKind::Conflict,
            413 => ErrorKind::PayloadTooLarge,
            422 => ErrorKind::Unprocessable,
            429 => ErrorKind::RateLimited,
            503 => ErrorKind::ServiceUnavailable,
            500..=599 => ErrorKind::ServerError,
            _ => ErrorKind::OtherStatus,
        }
    }
}

/// Every way a call through a vendor client can fail.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<B> {
    /// The API answered with a non-2xx status.
    Api(Box<ApiError<B>>),
    /// The API answered, but it says the credential belongs to another
    /// region or host; `hint` says where to point the client instead.
    WrongRegion {
        /// What to change.
        hint: String,
        /// The response itself.
        api: Box<ApiError<B>>,
    },
    /// A 2xx response whose body does not match the spec (malformed JSON,
    /// wrong shape, an undocumented status).
    Decode {
        /// Which vendor.
        vendor: &'static str,
        /// The status it came with.
        status: StatusCode,
        /// The body as received.
        raw: Bytes,
        /// What did not match.
        message: String,
    },
    /// The request could not be completed at the transport level.
    Transport {
        /// Which vendor.
        vendor: &'static str,
        /// Connect, timeout or I/O.
        kind: TransportKind,
        /// How many attempts were made.
        attempts: u32,
        /// The underlying error.
        source: reqwest::Error,
    },
    /// The response body was larger than the client's cap; reading stopped there.
    ResponseTooLarge {
        /// Which vendor.
        vendor: &'static str,
        /// The status the response came with.
        status: StatusCode,
        /// The cap, in bytes.
        limit: usize,
    },
    /// Input refused before any I/O.
    InvalidInput(InputError),
    /// A paginated walk could not continue without silently losing items.
    Pagination(PaginationError),
}

impl<B> From<InputError> for Error<B> {
    fn from(e: InputError) -> Self {
        Error::InvalidInput(e)
    }
}

impl<B> From<PaginationError> for Error<B> {
    fn from(e: PaginationError) -> Self {
        Error::Pagination(e)
    }
}

impl<B: ErrorBody> Error<B> {
    /// The HTTP status, when a response arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(a) | Error::WrongRegion { api: a, .. } => Some(a.status),
            Error::Decode { status, .. } | Error::ResponseTooLarge { status, .. } => Some(*status),
            Error::Transport { source, .. } => source.status(),
            Error::InvalidInput(_) | Error::Pagination(_) => None,
        }
    }

    /// The parsed error body, when the API sent one.
    pub fn body(&self) -> Option<&B> {
        match self {
            Error::Api(a) | Error::WrongRegion { api: a, .. } => a.body(),
            _ => None,
        }
    }

    /// The raw response body, when a response arrived and was read.
    pub fn raw_body(&self) -> Option<&[u8]> {
        match self {
            Error::Api(a) | Error::WrongRegion { api: a, .. } => Some(a.raw()),
            Error::Decode { raw, .. } => Some(raw),
            _ => None,
        }
    }

    /// The API error, for a non-2xx response.
    pub fn api(&self) -> Option<&ApiError<B>> {
        match self {
            Error::Api(a) | Error::WrongRegion { api: a, .. } => Some(a),
            _ => None,
        }
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Api(a) => ErrorKind::of_status(a.status),
            Error::WrongRegion { .. } => ErrorKind::WrongRegion,
            Error::Decode { .. } => ErrorKind::Decode,
            Error::Transport { kind, .. } => match kind {
                TransportKind::Connect => ErrorKind::Connect,
                TransportKind::Timeout => ErrorKind::Timeout,
                TransportKind::Io => ErrorKind::Io,
            },
            Error::ResponseTooLarge { .. } => ErrorKind::ResponseTooLarge,
            Error::InvalidInput(_) => ErrorKind::InvalidInput,
            Error::Pagination(_) => ErrorKind::Pagination,
        }
    }

    /// The `operationId` of the spec operation that received the API error
    /// response, when it came through a generated operation.
    pub fn operation(&self) -> Option<&'static str> {
        self.api().and_then(ApiError::operation)
    }

    /// Whether trying the same call again later may succeed: transport
    /// failures and 408, 429 and 5xx responses. (The client has already
    /// retried what its retry policy allows.)
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport { .. } => true,
            Error::Api(a) => is_retryable_status(a.status),
            _ => false,
        }
    }

    /// Whether this is a timeout.
    pub fn is_timeout(&self) -> bool {
        matches!(
            self,
            Error::Transport {
                kind: TransportKind::Timeout,
                ..
            }
        )
    }
}

/// 408, 429 and every 5xx.
pub fn is_retryable_status(status: StatusCode) -> bool {
    status == StatusCode::REQUEST_TIMEOUT
        || status == StatusCode::TOO_MANY_REQUESTS
        || status.is_server_error()
}

fn status_text(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(r) => format!("{} {r}", status.as_u16()),
        None => status.as_u16().to_string(),
    }
}

/// At most `max` characters of a raw body, on one line.
fn excerpt(raw: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(raw);
    let mut out: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(max)
        .collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

impl<B: ErrorBody> fmt::Display for ApiError<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} API error ({})",
            self.vendor,
            status_text(self.status)
        )?;
        match &self.body {
            Some(b) => b.fmt_summary(f)?,
            None if self.raw.is_empty() => f.write_str(": empty body")?,
            None => write!(f, ": {}", excerpt(&self.raw, 200))?,
        }
        if self.attempts > 1 {
            write!(f, " after {} attempts", self.attempts)?;
        }
        Ok(())
    }
}

impl<B: ErrorBody> fmt::Display for Error<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(a) => write!(f, "{a}"),
            Error::WrongRegion { hint, api } => write!(f, "{api}; {hint}"),
            Error::Decode {
                vendor,
                status,
                raw,
                message,
            } => write!(
                f,
                "{vendor} API response ({}) does not match the spec: {message}; body: {}",
                status_text(*status),
                if raw.is_empty() {
                    "empty".to_string()
                } else {
                    excerpt(raw, 200)
                }
            ),
            Error::Transport {
                vendor,
                kind,
                attempts,
                source,
            } => {
                let what = match kind {
                    TransportKind::Connect => "could not connect",
                    TransportKind::Timeout => "timed out",
                    TransportKind::Io => "connection failed",
                };
                write!(f, "{vendor} request {what}")?;
                if *attempts > 1 {
                    write!(f, " after {attempts} attempts")?;
                }
                write!(f, ": {}", chain(source))
            }
            Error::ResponseTooLarge {
                vendor,
                status,
                limit,
            } => write!(
                f,
                "{vendor} API response ({}) is larger than the client's cap of {limit} bytes; reading stopped there",
                status_text(*status)
            ),
            Error::InvalidInput(e) => write!(f, "invalid input: {e}"),
            Error::Pagination(e) => write!(f, "pagination failed: {e}"),
        }
    }
}

/// An error and its sources, joined with `: `, without repeats.
fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut cur = e.source();
    while let Some(s) = cur {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        cur = s.source();
    }
    out
}

impl<B: ErrorBody> std::error::Error for Error<B> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport { source, .. } => Some(source),
            Error::InvalidInput(e) => Some(e),
            Error::Pagination(e) => Some(e),
            _ => None,
        }
    }
}

/// Marker in a body stream's error chain: the body exceeded the cap.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BodyTooLarge {
    pub(crate) limit: usize,
}

impl fmt::Display for BodyTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "response body exceeds the {}-byte cap", self.limit)
    }
}

impl std::error::Error for BodyTooLarge {}

/// Whether `e` is the size cap's [`BodyTooLarge`].
pub(crate) fn is_too_large(e: &reqwest::Error) -> bool {
    find_too_large(e).is_some()
}

fn find_too_large(e: &reqwest::Error) -> Option<BodyTooLarge> {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cur {
        if let Some(t) = err.downcast_ref::<BodyTooLarge>() {
            return Some(*t);
        }
        cur = err.source();
    }
    None
}

fn transport_kind(e: &reqwest::Error) -> TransportKind {
    if e.is_connect() {
        TransportKind::Connect
    } else if e.is_timeout() {
        TransportKind::Timeout
    } else {
        TransportKind::Io
    }
}

impl<B: ErrorBody> Error<B> {
    pub(crate) fn transport(vendor: &'static str, source: reqwest::Error, attempts: u32) -> Self {
        Error::Transport {
            vendor,
            kind: transport_kind(&source),
            attempts: attempts.max(1),
            source,
        }
    }

    fn api_or_region(api: ApiError<B>) -> Self {
        let api = Box::new(api);
        match api.body.as_ref().and_then(|b| b.wrong_region_hint()) {
            Some(hint) => Error::WrongRegion { hint, api },
            None => Error::Api(api),
        }
    }

    /// Turns what a generated operation returned, plus what the runtime
    /// recorded about the call, into this error type.
    pub(crate) fn from_generated<E>(
        vendor: &'static str,
        e: progenitor_client::Error<E>,
        rec: &CallRecord,
    ) -> Self {
        use progenitor_client::Error as G;
        let attempts = rec.attempts.max(1);
        let status = rec.status.unwrap_or(StatusCode::OK);
        if let Some(input) = &rec.refused {
            return Error::InvalidInput(input.clone());
        }
        match e {
            G::InvalidRequest(m) | G::Custom(m) => {
                Error::InvalidInput(InputError::new("request", m))
            }
            G::CommunicationError(source) | G::InvalidUpgrade(source) => {
                match (find_too_large(&source), rec.status) {
                    (Some(t), Some(status)) => Error::ResponseTooLarge {
                        vendor,
                        status,
                        limit: t.limit,
                    },
                    _ => Error::transport(vendor, source, attempts),
                }
            }
            G::ResponseBodyError(source) => match find_too_large(&source) {
                Some(t) => Error::ResponseTooLarge {
                    vendor,
                    status,
                    limit: t.limit,
                },
                None => Error::transport(vendor, source, attempts),
            },
            G::ErrorResponse(rv) => {
                let status = rv.status();
                let headers = rv.headers().clone();
                let raw = rec.body.clone().unwrap_or_default();
                Error::api_or_region(
                    ApiError::from_raw(vendor, status, headers, raw, attempts)
                        .with_operation(rec.operation),
                )
            }
            G::InvalidResponsePayload(raw, err) => {
                if status.is_success() {
                    Error::Decode {
                        vendor,
                        status,
                        raw,
                        message: err.to_string(),
                    }
                } else {
                    let headers = rec.headers.clone().unwrap_or_default();
                    Error::api_or_region(
                        ApiError::from_raw(vendor, status, headers, raw, attempts)
                            .with_operation(rec.operation),
                    )
                }
            }
            G::UnexpectedResponse(resp) => {
                let status = resp.status();
                let headers = resp.headers().clone();
                let raw = rec.body.clone().unwrap_or_default();
                if status.is_redirection() {
                    let location = headers
                        .get(reqwest::header::LOCATION)
                        .map(|l| String::from_utf8_lossy(l.as_bytes()).into_owned());
                    Error::Decode {
                        vendor,
                        status,
                        raw,
                        message: format!(
                            "the API redirected to {}; not followed: redirects are followed only within the \
                             base URL's origin (scheme, host and port), at most {} hops, so that the token \
                             and headers never go elsewhere",
                            location.map_or("no Location".to_string(), |l| format!("`{l}`")),
                            crate::config::MAX_REDIRECTS
                        ),
                    }
                } else if status.is_success() || status.is_informational() {
                    Error::Decode {
                        vendor,
                        status,
                        raw,
                        message: format!(
                            "status {} is not a documented response of this operation",
                            status.as_u16()
                        ),
                    }
                } else {
                    Error::api_or_region(
                        ApiError::from_raw(vendor, status, headers, raw, attempts)
                            .with_operation(rec.operation),
                    )
                }
            }
        }
    }
}
