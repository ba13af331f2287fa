//! Kaiten error bodies: `<Problem as ErrorBody>::parse` on any bytes, and
//! the typed error built from them formatted with `{}` and `{:?}` (the
//! summary when the body parses, the raw excerpt when it does not).
#![no_main]

use bytes::Bytes;
use client_runtime::{ApiError, Error, ErrorBody};
use http::{HeaderMap, StatusCode};
use kaiten_client::Problem;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the status among 4xx/5xx.
    let (status, raw) = match data.split_first() {
        Some((s, rest)) => (400 + u16::from(*s) % 200, rest),
        None => (500, data),
    };
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let parsed = <Problem as ErrorBody>::parse(status, raw);
    let api = ApiError::<Problem>::from_raw(
        "Kaiten",
        status,
        HeaderMap::new(),
        Bytes::copy_from_slice(raw),
        1,
    );
    assert_eq!(api.body().is_some(), parsed.is_some());
    let text = api.to_string();
    assert!(text.starts_with("Kaiten API error ("));
    let e: Error<Problem> = Error::Api(Box::new(api));
    let _ = format!("{e} {e:?}");
});
