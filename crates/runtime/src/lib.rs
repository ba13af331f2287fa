//! The hand-written runtime shared by every generated vendor client.
//!
//! Each vendor crate's generated `Client` carries a [`Transport`] as its
//! inner value, and crates/codegen makes every generated operation's
//! progenitor hooks call [`Transport::preflight`] and [`Transport::execute`].
//! So every operation of every vendor gets, without code of its own:
//!
//! * the bearer token as a [`SecretToken`] (redacted in `Debug`/`Display`,
//!   a sensitive header, never in errors or logs);
//! * retries with a [`RetryPolicy`] (idempotent methods, `Retry-After`,
//!   jittered exponential backoff, rate-limit resets) and [`Timeouts`];
//! * a response size cap and request size limits checked before I/O;
//! * one [`Error`] type, generic over the vendor's [`ErrorBody`], that keeps
//!   status, raw body, parsed body and attempt count;
//! * `tracing` spans per operation (`api_call`: vendor, operation, method,
//!   status, attempts), without secrets;
//! * [`paginate`], which turns a per-page call into a `Stream` of items.

pub mod check;
mod config;
mod error;
mod lenient;
mod pagination;
mod secret;
mod transport;

pub use check::Validate;
pub use config::{
    HAS_TLS, MAX_BASE_URL_CHARS, MAX_REDIRECTS, Settings, Timeouts, VendorInfo, env_var,
    env_var_opt, parse_base_url, require_segment,
};
pub use error::{
    ApiError, Error, ErrorBody, ErrorKind, InputError, PaginationError, TransportKind,
    is_retryable_status,
};
pub use lenient::{LENIENT_MAX_BYTES, decode_lenient};
pub use pagination::{Limits, Page, link_param, next_link, paginate};
pub use secret::{Secret, SecretToken};
pub use transport::{
    CallRecord, DEFAULT_MAX_CONCURRENT_REQUESTS, DEFAULT_MAX_RESPONSE_BYTES, RateLimit, RetryClass,
    RetryPolicy, Transport, TransportConfig, parse_retry_after,
};

/// Re-exported for generated code and vendor crates.
pub use progenitor_client;
