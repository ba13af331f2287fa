//! Property tests over the decoders the fuzz targets cover (`fuzz/`): the
//! vendors' error-body parsers, the typed error's formatting, the response
//! types, `decode_lenient` and `parse_retry_after`. A few hundred cases
//! each, so they run in CI with plain `cargo test`.

use bytes::Bytes;
use client_runtime::{ApiError, ErrorBody, decode_lenient, parse_retry_after};
use http::{HeaderMap, HeaderValue, StatusCode};
use proptest::prelude::*;
use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Value, json};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Any JSON value, a few levels deep, biased towards the member names the
/// decoders know.
fn any_json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("title".to_string()),
        Just("detail".to_string()),
        Just("code".to_string()),
        Just("status".to_string()),
        Just("errors".to_string()),
        Just("error".to_string()),
        Just("message".to_string()),
        Just("data".to_string()),
        Just("items".to_string()),
        Just("id".to_string()),
        Just("name".to_string()),
        Just("attributes".to_string()),
        Just("links".to_string()),
        Just("createdAt".to_string()),
        Just("source".to_string()),
        "[a-zA-Z]{1,6}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        Just(Value::from("2023-10-01T12:00:00Z")),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn status() -> impl Strategy<Value = StatusCode> {
    (400u16..600).prop_map(|s| StatusCode::from_u16(s).unwrap())
}

/// Formats the typed error built from `raw` and checks what every message
/// promises: the vendor prefix, one line, a bounded excerpt when unparsed.
fn check_error<B: ErrorBody>(vendor: &'static str, status: StatusCode, raw: &[u8]) {
    let api = ApiError::<B>::from_raw(
        vendor,
        status,
        HeaderMap::new(),
        Bytes::copy_from_slice(raw),
        1,
    );
    assert_eq!(api.body().is_some(), B::parse(status, raw).is_some());
    let text = api.to_string();
    assert!(text.starts_with(&format!("{vendor} API error (")), "{text}");
    if api.body().is_none() {
        assert!(!text.contains('\n') && !text.contains('\r'), "{text}");
        assert!(text.chars().count() <= 260, "{text}");
    }
    let _ = format!("{api:?}");
}

fn round_trip<T: Serialize + DeserializeOwned>(v: &Value) {
    if let Ok(t) = serde_json::from_value::<T>(v.clone()) {
        let once = serde_json::to_value(&t).unwrap();
        let again: T = serde_json::from_value(once.clone()).unwrap();
        assert_eq!(serde_json::to_value(&again).unwrap(), once);
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn error_bodies_of_any_bytes_never_panic(status in status(), raw in prop::collection::vec(any::<u8>(), 0..256)) {
        check_error::<kaiten_client::Problem>("Kaiten", status, &raw);
        check_error::<kustomer_client::ErrorBody>("Kustomer", status, &raw);
    }

    #[test]
    fn error_bodies_of_any_json_never_panic(status in status(), v in any_json()) {
        let raw = v.to_string();
        check_error::<kaiten_client::Problem>("Kaiten", status, raw.as_bytes());
        check_error::<kustomer_client::ErrorBody>("Kustomer", status, raw.as_bytes());
        if let Some(b) = <kustomer_client::ErrorBody as ErrorBody>::parse(status, raw.as_bytes()) {
            let _ = b.wrong_region_hint();
        }
    }

    #[test]
    fn a_problem_keeps_its_code_whatever_its_other_members_are(
        code in "[A-Z][a-z]{1,8}\\.[A-Z][a-z]{1,8}",
        title in "[^\\p{C}]{1,20}",
        status_value in any_json(),
        extra in any_json(),
    ) {
        let body = json!({"code": code, "title": title, "status": status_value, "x-extra": extra});
        let raw = body.to_string();
        let p = <kaiten_client::Problem as ErrorBody>::parse(StatusCode::CONFLICT, raw.as_bytes())
            .expect("a Problem with a code");
        prop_assert_eq!(p.code.as_deref(), Some(code.as_str()));
        prop_assert_eq!(p.title.as_deref(), Some(title.as_str()));
        let text = ApiError::<kaiten_client::Problem>::from_raw("Kaiten", StatusCode::CONFLICT, HeaderMap::new(), Bytes::from(raw), 1).to_string();
        prop_assert!(text.contains(&format!("[{code}]")), "{}", text);
    }

    #[test]
    fn every_kustomer_error_shape_keeps_its_code(
        code in "[a-z_]{1,12}",
        text in "[^\\p{C}]{1,20}",
        shape in 0..3usize,
        status_value in any_json(),
    ) {
        let body = match shape {
            0 => json!({"errors": [{"code": code, "message": text, "meta": {}, "status": status_value}]}),
            1 => json!({"errors": [{"status": status_value, "code": code, "title": text, "source": {"pointer": "/x"}}]}),
            _ => json!({"error": text, "errorCode": code, "message": text}),
        };
        let raw = body.to_string();
        let b = <kustomer_client::ErrorBody as ErrorBody>::parse(StatusCode::BAD_REQUEST, raw.as_bytes())
            .expect("every documented shape parses");
        let shown = ApiError::<kustomer_client::ErrorBody>::from_raw("Kustomer", StatusCode::BAD_REQUEST, HeaderMap::new(), Bytes::from(raw), 1).to_string();
        prop_assert!(shown.contains(&format!("[{code}]")), "{}", shown);
        prop_assert!(shown.contains(text.as_str()), "{}", shown);
        let _ = b;
    }

    #[test]
    fn responses_of_any_json_decode_or_fail_and_what_decodes_round_trips(v in any_json()) {
        round_trip::<kaiten_client::Customer>(&v);
        round_trip::<kaiten_client::CustomerPage>(&v);
        round_trip::<kustomer_client::Customer>(&v);
        round_trip::<kustomer_client::types::CustomerResponse>(&v);
        round_trip::<kustomer_client::CustomerList>(&v);
    }

    #[test]
    fn a_valid_kaiten_customer_decodes_to_what_was_sent(
        id in "[0-9a-f-]{1,36}",
        name in "[^\\p{C}]{1,40}",
        slug in proptest::option::of("[a-z0-9-]{2,20}"),
        secs in 0i64..4_102_444_800,
        extra in any_json(),
    ) {
        let when = chrono::DateTime::from_timestamp(secs, 0).unwrap().to_rfc3339();
        let mut v = json!({"id": id, "name": name, "createdAt": when, "updatedAt": when,
                           "createdBy": {"id": "u"}, "updatedBy": {"id": "u", "name": "N"},
                           "unknownMember": extra});
        if let Some(s) = &slug {
            v["slug"] = json!(s);
        }
        let c: kaiten_client::Customer = serde_json::from_slice(v.to_string().as_bytes()).unwrap();
        prop_assert_eq!(&c.id, &id);
        prop_assert_eq!(&c.name, &name);
        prop_assert_eq!(&c.slug, &slug);
        prop_assert_eq!(c.created_at.timestamp(), secs);
    }

    #[test]
    fn decode_lenient_never_panics_and_agrees_with_strict(v in any_json()) {
        let raw = v.to_string();
        let lenient: Option<kaiten_client::Problem> = decode_lenient(raw.as_bytes());
        if serde_json::from_str::<kaiten_client::Problem>(&raw).is_ok() {
            prop_assert!(lenient.is_some());
        }
        if !v.is_object() {
            prop_assert!(lenient.is_none());
        }
    }

    #[test]
    fn retry_after_never_panics_and_reads_delta_seconds(text in "\\PC{0,30}", secs in 0u32..100_000) {
        if let Ok(h) = HeaderValue::from_str(&text) {
            let _ = parse_retry_after(&h);
        }
        let h = HeaderValue::from_str(&secs.to_string()).unwrap();
        prop_assert_eq!(parse_retry_after(&h), Some(std::time::Duration::from_secs(secs.into())));
    }
}
