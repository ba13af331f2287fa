//! The transport every generated operation goes through: authentication,
//! retries, timeouts, the response size cap, rate-limit bookkeeping and
//! tracing. Vendor crates configure it; none re-implements it.

use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use backon::{BackoffBuilder, ExponentialBuilder};
use bytes::{Bytes, BytesMut};
use reqwest::header::{
    ACCEPT, AUTHORIZATION, CONTENT_LENGTH, HeaderMap, HeaderName, HeaderValue, RETRY_AFTER,
};
use reqwest::{Method, StatusCode};
use tracing::Instrument;

use crate::error::{BodyTooLarge, Error, ErrorBody, InputError, is_retryable_status};
use crate::secret::SecretToken;

/// When and how often a failed request is tried again.
///
/// The default is the contract of Kaiten's official SDK: 2 retries; only
/// idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) are retried after
/// the request may have reached the server, any method when the connection
/// was never made or the server refused the HTTP/2 stream unprocessed
/// (`REFUSED_STREAM`, or a graceful `GOAWAY`; retried at once, as reqwest's
/// own retry layer would, which the runtime turns off so that a request is
/// copied once, not twice); retried on transport errors, 408, 429 and 5xx (never on
/// 401/403 or another 4xx); `Retry-After` (seconds or HTTP-date) honoured
/// up to 60 s, otherwise exponential backoff from 0.25 s with full jitter
/// (`0.25 s × 2ⁿ × (1 + U[0,1))`), capped at 8 s.
/// How an operation's requests may be retried, from its spec
/// (`x-idempotent`), for [`Transport::execute_as`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RetryClass {
    /// By the HTTP method, as [`RetryPolicy`] describes (the default).
    #[default]
    ByMethod,
    /// Idempotent whatever the method (`x-idempotent: true`: an upsert or an
    /// "ensure" POST, a PATCH that sets a state): retried like a GET.
    Idempotent,
    /// Never retried, not even when the connection was never made
    /// (`x-idempotent: false`: e.g. a usage report, which must not count
    /// twice).
    Never,
}

impl RetryClass {
    fn idempotent(self, method: &Method) -> bool {
        match self {
            RetryClass::ByMethod => is_idempotent(method),
            RetryClass::Idempotent => true,
            RetryClass::Never => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0 turns retrying off).
    pub max_retries: u32,
    /// The first backoff delay.
    pub initial_backoff: Duration,
    /// The largest backoff delay.
    pub max_backoff: Duration,
    /// The largest wait a `Retry-After` or rate-limit reset header can impose.
    pub max_retry_after: Duration,
    /// On 429, wait until the `x-ratelimit-reset` epoch second (plus jitter)
    /// when there is no `Retry-After`.
    pub honour_rate_limit_reset: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
            honour_rate_limit_reset: false,
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }
}

/// The last rate-limit headers the API sent (`x-ratelimit-limit`,
/// `x-ratelimit-remaining`, `x-ratelimit-reset`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RateLimit {
    /// Requests allowed in the window.
    pub limit: Option<u64>,
    /// Requests left in the window.
    pub remaining: Option<u64>,
    /// When the window resets, in seconds since the Unix epoch.
    pub reset_epoch_secs: Option<u64>,
}

/// What the runtime learned about one call; read back by [`Transport::call`].
#[derive(Debug, Default)]
pub struct CallRecord {
    /// Attempts made.
    pub attempts: u32,
    /// Status of the last response.
    pub status: Option<StatusCode>,
    /// Headers of the last response.
    pub headers: Option<HeaderMap>,
    /// Body of the last response, as received (up to the cap).
    pub body: Option<Bytes>,
    /// Input refused by the pre-flight checks.
    pub refused: Option<InputError>,
    /// The `operationId` of the last attempt.
    pub operation: Option<&'static str>,
    /// Whether the last attempt's method is idempotent.
    idempotent: bool,
    /// Set by the transport when the last attempt should be tried again.
    retry: Option<Retry>,
    /// Keep 2xx bodies in [`CallRecord::body`] (a caller needs them).
    keep_body: bool,
    /// The in-flight slot of the attempt, held until the generated code has
    /// read the body.
    slot: Option<tokio::sync::OwnedSemaphorePermit>,
}

/// When to try an attempt again.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Retry {
    /// After this long (`Retry-After`, a rate-limit reset, or at once).
    After(Duration),
    /// After the next exponential backoff delay.
    Backoff,
}

tokio::task_local! {
    static CALL: Arc<Mutex<CallRecord>>;
}

fn record(f: impl FnOnce(&mut CallRecord)) {
    let _ = CALL.try_with(|r| f(&mut lock(r)));
}

/// The call's record. A panic while it was held leaves plain data behind
/// (no invariant spans two fields), so a poisoned lock is used as it is.
fn lock(rec: &Mutex<CallRecord>) -> std::sync::MutexGuard<'_, CallRecord> {
    rec.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Everything a vendor client configures about its transport. Shared by
/// every operation of one client (it is the generated client's inner value).
#[derive(Clone)]
pub struct Transport {
    inner: Arc<TransportInner>,
}

struct TransportInner {
    vendor: &'static str,
    authorization: HeaderValue,
    token: SecretToken,
    retry: RetryPolicy,
    max_response_bytes: usize,
    max_request_bytes: Option<usize>,
    rate_limit: Mutex<Option<RateLimit>>,
    max_concurrent_requests: usize,
    /// One permit per request in flight (see [`TransportConfig::max_concurrent_requests`]).
    permits: Arc<tokio::sync::Semaphore>,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("vendor", &self.inner.vendor)
            .field("token", &self.inner.token)
            .field("retry", &self.inner.retry)
            .field("max_response_bytes", &self.inner.max_response_bytes)
            .field("max_request_bytes", &self.inner.max_request_bytes)
            .field(
                "max_concurrent_requests",
                &self.inner.max_concurrent_requests,
            )
            .finish()
    }
}

/// The default response size cap: 32 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// The default limit on requests one client has in flight at once: 64.
pub const DEFAULT_MAX_CONCURRENT_REQUESTS: usize = 64;

/// Settings for a [`Transport`].
#[derive(Debug, Clone)]
pub struct TransportConfig {
    /// The vendor's name, as it appears in error messages ("Kaiten").
    pub vendor: &'static str,
    /// The bearer token.
    pub token: SecretToken,
    /// Retry policy.
    pub retry: RetryPolicy,
    /// Responses larger than this are refused (default 32 MiB).
    pub max_response_bytes: usize,
    /// Request bodies larger than this are refused before any I/O.
    pub max_request_bytes: Option<usize>,
    /// Requests in flight at once (each attempt holds a slot while it sends
    /// and reads; further requests wait for a free slot, and their timeout
    /// starts when they are sent). Bounds the connections one client opens
    /// to a host (default [`DEFAULT_MAX_CONCURRENT_REQUESTS`]; 0 is taken as 1).
    pub max_concurrent_requests: usize,
}

impl Transport {
    /// A transport with these settings.
    pub fn new(config: TransportConfig) -> Transport {
        Transport {
            inner: Arc::new(TransportInner {
                vendor: config.vendor,
                authorization: config.token.authorization(),
                token: config.token,
                retry: config.retry,
                max_response_bytes: config.max_response_bytes,
                max_request_bytes: config.max_request_bytes,
                rate_limit: Mutex::new(None),
                max_concurrent_requests: config.max_concurrent_requests.max(1),
                permits: Arc::new(tokio::sync::Semaphore::new(
                    config
                        .max_concurrent_requests
                        .clamp(1, tokio::sync::Semaphore::MAX_PERMITS),
                )),
            }),
        }
    }

    /// The vendor's name.
    pub fn vendor(&self) -> &'static str {
        self.inner.vendor
    }

    /// The retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// The last rate-limit headers seen on any response, if any were sent.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.inner.rate_limit.lock().ok().and_then(|r| *r)
    }

    /// Whether `token` is the one this transport sends (for leak audits).
    pub fn token(&self) -> &SecretToken {
        &self.inner.token
    }

    /// Runs one generated operation, retrying it per the [`RetryPolicy`],
    /// and turns its result into the vendor's [`Error`], with the status,
    /// raw body and attempt count the transport recorded.
    ///
    /// `operation` builds the operation's future (`|| api.get_thing(id)`);
    /// it is called once per attempt, so a retry sends a request built
    /// afresh instead of a copy kept of every request in case one is needed.
    /// Each attempt's future is boxed right away, so what the caller awaits
    /// stays small however large the generated future is.
    pub fn call<T, E, B, F, Op>(
        &self,
        operation: Op,
    ) -> impl Future<Output = Result<progenitor_client::ResponseValue<T>, Error<B>>>
    where
        Op: FnMut() -> F,
        F: Future<
            Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>,
        >,
        B: ErrorBody,
    {
        self.run(operation, false, |value, _| Ok(value))
    }

    /// Like [`Transport::call`], then takes the part of the decoded 2xx body
    /// the caller wants (a wrapper's `data`). When `take` finds it missing,
    /// the call fails with [`Error::Decode`] saying the response has no
    /// `what`, with the status and the raw body as received.
    pub fn call_and_take<T, U, E, B, F, Op>(
        &self,
        operation: Op,
        what: &str,
        take: impl FnOnce(T) -> Option<U>,
    ) -> impl Future<Output = Result<U, Error<B>>>
    where
        Op: FnMut() -> F,
        F: Future<
            Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>,
        >,
        B: ErrorBody,
    {
        let vendor = self.inner.vendor;
        self.run(operation, true, move |value, raw| {
            let status = value.status();
            take(value.into_inner()).ok_or_else(|| Error::Decode {
                vendor,
                status,
                raw: raw.unwrap_or_default(),
                message: format!("the response has no {what}"),
            })
        })
    }

    /// The retry loop around a generated operation: each attempt runs with
    /// the call's [`CallRecord`] in scope, where [`Transport::execute`] sends
    /// one request and says whether to try again. The last attempt's success
    /// goes to `finish` (with the raw body when `keep_body`), its failure
    /// becomes an [`Error`] with what was recorded.
    async fn run<T, U, E, B, F, Op>(
        &self,
        mut operation: Op,
        keep_body: bool,
        finish: impl FnOnce(progenitor_client::ResponseValue<T>, Option<Bytes>) -> Result<U, Error<B>>,
    ) -> Result<U, Error<B>>
    where
        Op: FnMut() -> F,
        F: Future<
            Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>,
        >,
        B: ErrorBody,
    {
        use progenitor_client::Error as G;
        let policy = &self.inner.retry;
        let rec = Arc::new(Mutex::new(CallRecord {
            keep_body,
            ..CallRecord::default()
        }));
        let span = tracing::info_span!(
            "api_call",
            vendor = self.inner.vendor,
            operation = tracing::field::Empty,
            method = tracing::field::Empty,
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
        );
        let mut backoff = Backoff::new(policy);
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            {
                let mut r = lock(&rec);
                r.attempts = attempt;
                r.retry = None;
            }
            span.record("attempts", attempt);
            let mut result = CALL
                .scope(rec.clone(), Box::pin(operation()))
                .instrument(span.clone())
                .await;
            let (retry, idempotent, status) = {
                let mut r = lock(&rec);
                r.slot = None; // the body has been read (or dropped)
                (r.retry.take(), r.idempotent, r.status)
            };
            let retry = match &result {
                Ok(_) => None,
                // A 2xx body the generated code read itself and that broke
                // off mid-way: a failure of this attempt, tried again when
                // the method is idempotent.
                Err(G::ResponseBodyError(e))
                    if retry.is_none()
                        && idempotent
                        && attempt <= policy.max_retries
                        && !crate::error::is_too_large(e) =>
                {
                    Some(Retry::Backoff)
                }
                Err(_) => retry,
            };
            let Some(retry) = retry else {
                if let Some(status) = status {
                    span.record("status", status.as_u16());
                }
                if let Err(G::UnexpectedResponse(_)) = &result {
                    // An undocumented status the transport did not read:
                    // keep its body for the error.
                    // Boxed: a rare path, kept out of every call's future.
                    result = Box::pin(self.read_unexpected(result, &rec)).await;
                }
                let mut recorded = lock(&rec);
                return match result {
                    Ok(value) => {
                        let raw = recorded.body.take();
                        drop(recorded);
                        finish(value, raw)
                    }
                    Err(e) => Err(Error::from_generated(self.inner.vendor, e, &recorded)),
                };
            };
            let delay = match retry {
                Retry::After(d) => d,
                Retry::Backoff => backoff.next(),
            };
            let error = match &result {
                Err(G::CommunicationError(e) | G::ResponseBodyError(e)) => Some(e),
                _ => None,
            };
            span.in_scope(|| log_retry(attempt, delay, status, error));
            drop(result);
            // Boxed like the rare path above.
            Box::pin(tokio::time::sleep(delay)).await;
        }
    }

    /// Reads the body of an undocumented response the generated code hands
    /// back unread, so that the error keeps it (up to the size cap).
    async fn read_unexpected<T, E>(
        &self,
        result: Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>,
        rec: &Mutex<CallRecord>,
    ) -> Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>> {
        use progenitor_client::Error as G;
        let Err(G::UnexpectedResponse(resp)) = result else {
            return result;
        };
        if lock(rec).body.is_some() {
            return Err(G::UnexpectedResponse(resp));
        }
        match self.buffer(resp).await {
            Ok((resp, body)) => {
                lock(rec).body = body;
                Err(G::UnexpectedResponse(resp))
            }
            Err(e) => Err(G::ResponseBodyError(e)),
        }
    }

    /// Pre-flight checks on the built request, before any I/O: the body of
    /// every generated operation's `pre` hook. A refusal is recorded for
    /// [`Transport::call`] (which returns it as [`Error::InvalidInput`]) and
    /// returned as a message for callers of the generated client.
    pub fn preflight(
        &self,
        request: &reqwest::Request,
        operation_id: &'static str,
    ) -> Result<(), String> {
        self.check_request(request).map_err(|refusal| {
            tracing::warn!(
                vendor = self.inner.vendor,
                operation = operation_id,
                field = refusal.field(),
                "request refused before sending: {}",
                refusal.message()
            );
            let message = refusal.to_string();
            record(|r| r.refused = Some(refusal));
            message
        })
    }

    fn check_request(&self, request: &reqwest::Request) -> Result<(), InputError> {
        if let (Some(limit), Some(body)) = (self.inner.max_request_bytes, request.body())
            && let Some(bytes) = body.as_bytes()
            && bytes.len() > limit
        {
            return Err(InputError::new(
                "body",
                format!(
                    "is {} bytes, over the {} API's limit of {limit} bytes; it was not sent",
                    bytes.len(),
                    self.inner.vendor
                ),
            ));
        }
        Ok(())
    }

    /// Sends `request` as operation `operation_id`: the body of every
    /// generated operation's `exec` hook.
    ///
    /// Sets `Accept` and `Authorization` (marked sensitive) and reads error
    /// bodies up to the size cap. Within [`Transport::call`] it sends one
    /// attempt and records whether to try again (the call's loop builds the
    /// next request); used directly, it runs the whole [`RetryPolicy`]
    /// itself, keeping a copy of the request for each retry.
    pub async fn execute(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
        operation_id: &'static str,
        accept: &'static str,
    ) -> reqwest::Result<reqwest::Response> {
        self.execute_as(client, request, operation_id, accept, RetryClass::ByMethod)
            .await
    }

    /// [`Transport::execute`] with the operation's [`RetryClass`] (the
    /// generated `exec` hook passes the one its spec declares).
    pub async fn execute_as(
        &self,
        client: &reqwest::Client,
        mut request: reqwest::Request,
        operation_id: &'static str,
        accept: &'static str,
        class: RetryClass,
    ) -> reqwest::Result<reqwest::Response> {
        let headers = request.headers_mut();
        headers.insert(ACCEPT, HeaderValue::from_static(accept));
        headers.insert(AUTHORIZATION, self.inner.authorization.clone());
        if let Ok(rec) = CALL.try_with(Arc::clone) {
            return self
                .attempt_in_call(client, request, operation_id, &rec, class)
                .await;
        }
        let span = tracing::info_span!(
            "api_call",
            vendor = self.inner.vendor,
            operation = operation_id,
            method = %request.method(),
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
        );
        // Boxed once here, so the (large) retry loop is not copied along
        // with every future that contains this one.
        let result = Box::pin(self.send_with_retries(client, request, &span, class))
            .instrument(span.clone())
            .await;
        if let Ok(resp) = &result {
            span.record("status", resp.status().as_u16());
        }
        result
    }

    /// One attempt of a [`Transport::call`]: sends, records the outcome and
    /// whether (and when) the call's loop should try again.
    async fn attempt_in_call(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
        operation_id: &'static str,
        rec: &Mutex<CallRecord>,
        class: RetryClass,
    ) -> reqwest::Result<reqwest::Response> {
        let span = tracing::Span::current();
        span.record("operation", operation_id);
        span.record("method", request.method().as_str());
        let idempotent = class.idempotent(request.method());
        let (attempt, keep_body) = {
            let mut r = lock(rec);
            r.idempotent = idempotent;
            r.operation = Some(operation_id);
            (r.attempts, r.keep_body)
        };
        // Held until the generated code has read the body (the call's loop
        // releases it). The semaphore is never closed, so acquiring cannot
        // fail; if it did, the attempt would go ahead unthrottled.
        let slot = self.inner.permits.clone().acquire_owned().await.ok();
        let outcome = self.attempt(client, request, !keep_body).await;
        let retry = self.classify(&outcome, idempotent, class);
        let mut r = lock(rec);
        r.slot = slot;
        if attempt <= self.inner.retry.max_retries {
            r.retry = retry;
        }
        drop(r);
        outcome
    }

    /// The generated client used without [`Transport::call`]: the retry loop
    /// runs here, on copies of the request.
    async fn send_with_retries(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
        span: &tracing::Span,
        class: RetryClass,
    ) -> reqwest::Result<reqwest::Response> {
        let policy = &self.inner.retry;
        let idempotent = class.idempotent(request.method());
        let mut backoff = Backoff::new(policy);
        let mut current = request;
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            let can_retry = attempt <= policy.max_retries;
            // Keep a copy only when another attempt is possible; a body
            // that cannot be copied (a stream) means no retry.
            let spare = if can_retry { current.try_clone() } else { None };
            span.record("attempts", attempt);
            let outcome = {
                // Held until the body has been read (or has failed).
                let _slot = self.inner.permits.acquire().await.ok();
                self.attempt(client, current, false).await
            };
            let retry_in = match self.classify(&outcome, idempotent, class) {
                Some(Retry::After(d)) => Some(d),
                Some(Retry::Backoff) => Some(backoff.next()),
                None => None,
            };
            match (retry_in, spare) {
                (Some(delay), Some(spare)) => {
                    match &outcome {
                        Ok(resp) => log_retry(attempt, delay, Some(resp.status()), None),
                        Err(e) => log_retry(attempt, delay, None, Some(e)),
                    }
                    drop(outcome);
                    tokio::time::sleep(delay).await;
                    current = spare;
                }
                _ => return outcome,
            }
        }
    }

    /// Whether an attempt's outcome is retried, and when (the retry count is
    /// the caller's business).
    fn classify(
        &self,
        outcome: &reqwest::Result<reqwest::Response>,
        idempotent: bool,
        class: RetryClass,
    ) -> Option<Retry> {
        if class == RetryClass::Never {
            if let Ok(resp) = outcome {
                self.note_rate_limit(resp.headers());
            }
            return None;
        }
        match outcome {
            Ok(resp) => {
                self.note_rate_limit(resp.headers());
                let status = resp.status();
                (idempotent && is_retryable_status(status)).then(|| {
                    self.server_delay(status, resp.headers())
                        .map_or(Retry::Backoff, Retry::After)
                })
            }
            // A connect failure means the request never left, and a refused
            // HTTP/2 stream was not processed: safe to repeat whatever the
            // method (a refusal at once). Anything else may have reached
            // the server: only idempotent methods.
            Err(e) if refused_unprocessed(e) => Some(Retry::After(Duration::ZERO)),
            Err(e) if e.is_connect() || idempotent => Some(Retry::Backoff),
            Err(_) => None,
        }
    }

    /// One attempt: send, then (unless `stream_ok` lets a 2xx body with a
    /// declared length within the cap go to the generated code as it is)
    /// read the body up to the cap, so that a body that breaks off is a
    /// failure of this attempt (and retryable) and error bodies are kept.
    async fn attempt(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
        stream_ok: bool,
    ) -> reqwest::Result<reqwest::Response> {
        let resp = client.execute(request).await?;
        let status = resp.status();
        if stream_ok
            && status.is_success()
            && declared_length(resp.headers())
                .is_some_and(|d| d <= self.inner.max_response_bytes as u64)
        {
            // hyper fails a body that is longer or shorter than declared,
            // so the cap holds; the generated code reads it once.
            record(|r| {
                r.status = Some(status);
                r.headers = None;
                r.body = None;
            });
            return Ok(resp);
        }
        record(|r| {
            r.status = Some(status);
            // Copied into the call record only for error statuses, which
            // need them.
            r.headers = (!status.is_success()).then(|| resp.headers().clone());
            r.body = None;
        });
        let (resp, body) = self.buffer(resp).await?;
        if body.is_some() {
            record(|r| r.body = body);
        }
        Ok(resp)
    }

    /// Reads `resp`'s body up to the size cap and hands back a response
    /// around it, with the body read (`None` when it was over the cap: the
    /// response's body then fails when read, with [`BodyTooLarge`]).
    async fn buffer(
        &self,
        mut resp: reqwest::Response,
    ) -> reqwest::Result<(reqwest::Response, Option<Bytes>)> {
        let status = resp.status();
        let version = resp.version();
        let url = resp.url().clone();
        // The headers and extensions move into the rebuilt response.
        let headers = std::mem::take(resp.headers_mut());
        let extensions = std::mem::take(resp.extensions_mut());
        let limit = self.inner.max_response_bytes;
        let declared = declared_length(&headers);
        if declared.is_none_or(|d| d <= limit as u64) {
            // Most bodies arrive in one chunk: keep it as it is, copy only
            // when there are several.
            let mut first: Option<Bytes> = None;
            let mut buf: Option<BytesMut> = None;
            let mut len = 0usize;
            let mut over = false;
            while let Some(chunk) = resp.chunk().await? {
                len += chunk.len();
                if len > limit {
                    over = true;
                    break;
                }
                match (&mut buf, first.take()) {
                    (Some(b), _) => b.extend_from_slice(&chunk),
                    (None, None) => first = Some(chunk),
                    (None, Some(f)) => {
                        let mut b = BytesMut::with_capacity(
                            declared.map_or(f.len() + chunk.len(), |d| d as usize),
                        );
                        b.extend_from_slice(&f);
                        b.extend_from_slice(&chunk);
                        buf = Some(b);
                    }
                }
            }
            if !over {
                let body = match buf {
                    Some(b) => b.freeze(),
                    None => first.unwrap_or_default(),
                };
                let rebuilt = rebuild(
                    status,
                    version,
                    url,
                    headers,
                    extensions,
                    reqwest::Body::from(body.clone()),
                );
                return Ok((rebuilt, Some(body)));
            }
        }
        tracing::warn!(
            status = status.as_u16(),
            limit,
            "response body over the size cap"
        );
        // Hand back a body that fails when read: progenitor reports it as a
        // body error whose source chain carries `BodyTooLarge`.
        let failing =
            futures::stream::once(
                async move { Err::<Bytes, BodyTooLarge>(BodyTooLarge { limit }) },
            );
        let rebuilt = rebuild(
            status,
            version,
            url,
            headers,
            extensions,
            reqwest::Body::wrap_stream(failing),
        );
        Ok((rebuilt, None))
    }

    /// The wait the server asked for: `Retry-After`, or on 429 (when the
    /// policy says so) until `x-ratelimit-reset`.
    fn server_delay(&self, status: StatusCode, headers: &HeaderMap) -> Option<Duration> {
        let policy = &self.inner.retry;
        if let Some(d) = headers.get(RETRY_AFTER).and_then(parse_retry_after) {
            return Some(d.min(policy.max_retry_after));
        }
        if status == StatusCode::TOO_MANY_REQUESTS
            && policy.honour_rate_limit_reset
            && let Some(reset) = header_u64(headers, &X_RATELIMIT_RESET)
        {
            let now = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default()
                .as_secs_f64();
            let wait = (reset as f64 - now).max(0.0) + fastrand::f64() * 0.25;
            // Capped before converting: a reset far in the future must not
            // overflow a Duration.
            let cap = policy.max_retry_after;
            return Some(
                Duration::try_from_secs_f64(wait.min(cap.as_secs_f64()))
                    .map_or(cap, |d| d.min(cap)),
            );
        }
        None
    }

    fn note_rate_limit(&self, headers: &HeaderMap) {
        let seen = RateLimit {
            limit: header_u64(headers, &X_RATELIMIT_LIMIT),
            remaining: header_u64(headers, &X_RATELIMIT_REMAINING),
            reset_epoch_secs: header_u64(headers, &X_RATELIMIT_RESET),
        };
        if seen != RateLimit::default()
            && let Ok(mut r) = self.inner.rate_limit.lock()
        {
            *r = Some(seen);
        }
    }
}

/// The log line of a retry (both retry loops): the transport error, or the
/// status that is retried.
fn log_retry(
    attempt: u32,
    delay: Duration,
    status: Option<StatusCode>,
    error: Option<&reqwest::Error>,
) {
    let delay_ms = delay.as_millis() as u64;
    match error {
        Some(e) => tracing::info!(
            attempt,
            connect = e.is_connect(),
            timeout = e.is_timeout(),
            delay_ms,
            "retrying after a transport error"
        ),
        None => tracing::info!(
            attempt,
            status = status.map(|s| s.as_u16()),
            delay_ms,
            "retrying after a retryable status"
        ),
    }
}

fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::PUT | Method::DELETE | Method::TRACE
    )
}

fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
}

/// Exponential backoff with full jitter, built on the first retry (most
/// calls never need it).
struct Backoff<'a> {
    policy: &'a RetryPolicy,
    state: Option<backon::ExponentialBackoff>,
}

impl<'a> Backoff<'a> {
    fn new(policy: &'a RetryPolicy) -> Self {
        Backoff {
            policy,
            state: None,
        }
    }

    fn next(&mut self) -> Duration {
        let policy = self.policy;
        self.state
            .get_or_insert_with(|| {
                ExponentialBuilder::default()
                    .with_min_delay(policy.initial_backoff)
                    .with_max_delay(policy.max_backoff)
                    .with_factor(2.0)
                    .with_jitter()
                    .without_max_times()
                    .build()
            })
            .next()
            .unwrap_or(policy.max_backoff)
            .min(policy.max_backoff)
    }
}

/// Whether the server refused the request's HTTP/2 stream before processing
/// it: `REFUSED_STREAM` (RFC 9113 §8.7), or a graceful `GOAWAY` (`NO_ERROR`)
/// that left the stream out. The same cases reqwest's default retry layer
/// repeats.
fn refused_unprocessed(e: &reqwest::Error) -> bool {
    let mut source = std::error::Error::source(e);
    while let Some(err) = source {
        if let Some(h2) = err.downcast_ref::<h2::Error>() {
            return h2.is_remote()
                && ((h2.is_reset() && h2.reason() == Some(h2::Reason::REFUSED_STREAM))
                    || (h2.is_go_away() && h2.reason() == Some(h2::Reason::NO_ERROR)));
        }
        source = err.source();
    }
    false
}

/// Header names looked up on every response, parsed once.
const X_RATELIMIT_LIMIT: HeaderName = HeaderName::from_static("x-ratelimit-limit");
const X_RATELIMIT_REMAINING: HeaderName = HeaderName::from_static("x-ratelimit-remaining");
const X_RATELIMIT_RESET: HeaderName = HeaderName::from_static("x-ratelimit-reset");

fn header_u64(headers: &HeaderMap, name: &HeaderName) -> Option<u64> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|v| v.is_finite() && *v >= 0.0)
        .map(|v| v as u64)
}

/// `Retry-After` as delta-seconds (integer or decimal) or an HTTP-date.
/// Garbage and negative values give `None` (the caller backs off instead).
pub fn parse_retry_after(value: &HeaderValue) -> Option<Duration> {
    let text = value.to_str().ok()?.trim();
    if let Ok(secs) = text.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs.min(1e9)));
    }
    let when = httpdate::parse_http_date(text).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// A response with the original status, version, headers and URL around a
/// body that was already read (or a failing one).
fn rebuild(
    status: StatusCode,
    version: http::Version,
    url: url::Url,
    headers: HeaderMap,
    extensions: http::Extensions,
    body: reqwest::Body,
) -> reqwest::Response {
    use reqwest::ResponseBuilderExt;
    let mut builder = http::Response::builder().status(status).version(version);
    if let Some(e) = builder.extensions_mut() {
        *e = extensions;
    }
    builder = builder.url(url);
    if let Some(h) = builder.headers_mut() {
        *h = headers;
    }
    match builder.body(body) {
        Ok(r) => reqwest::Response::from(r),
        // Status, version and headers come from a valid response.
        Err(_) => reqwest::Response::from(http::Response::new(reqwest::Body::from(Bytes::new()))),
    }
}
