//! Kustomer error bodies, every documented shape (`errors[]` with code and
//! message, JSON:API error objects, the legacy `error`/`errorCode`/
//! `message`): `ErrorBody::parse` on any bytes, the region-mismatch hint,
//! and the typed error formatted with `{}` and `{:?}`.
#![no_main]

use bytes::Bytes;
use client_runtime::{ApiError, Error, ErrorBody as _};
use http::{HeaderMap, StatusCode};
use kustomer_client::ErrorBody;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (status, raw) = match data.split_first() {
        Some((s, rest)) => (400 + u16::from(*s) % 200, rest),
        None => (500, data),
    };
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if let Some(body) = ErrorBody::parse(status, raw) {
        let _ = body.wrong_region_hint();
    }
    let api = ApiError::<ErrorBody>::from_raw(
        "Kustomer",
        status,
        HeaderMap::new(),
        Bytes::copy_from_slice(raw),
        1,
    );
    let text = api.to_string();
    assert!(text.starts_with("Kustomer API error ("));
    let e: Error<ErrorBody> = Error::Api(Box::new(api));
    let _ = format!("{e} {e:?}");
});
