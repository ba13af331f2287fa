//! Best-effort decoding of vendor error bodies.
//!
//! An error body is read to explain a failure, so one member of an
//! unexpected type (a `status` sent as `"409"`, a `source` sent as a string)
//! must not cost the caller the `code` or `title` next to it. Responses to
//! successful calls are never decoded this way: a 2xx that does not match
//! the spec is an error ([`crate::Error::Decode`]).

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// Error bodies larger than this are only decoded strictly (the fallback
/// costs a few decodes per member, so it is bounded).
pub const LENIENT_MAX_BYTES: usize = 64 * 1024;

/// Decodes `raw` as `T`, a vendor's error body type whose members are all
/// optional, keeping every member that fits and dropping each one that does
/// not (recursively, through objects and array items). Returns `None` when
/// `raw` is not a JSON object (not JSON, invalid UTF-8, nested deeper than
/// serde_json's recursion limit of 128, a number out of `f64` range, an
/// array, a string, ...). When a member is repeated the last one counts.
///
/// Strict decoding is tried first, so a body that matches the schema costs
/// one decode.
pub fn decode_lenient<T: DeserializeOwned>(raw: &[u8]) -> Option<T> {
    if let Ok(t) = serde_json::from_slice::<T>(raw) {
        return Some(t);
    }
    if raw.len() > LENIENT_MAX_BYTES {
        return None;
    }
    let value: Value = serde_json::from_slice(raw).ok()?;
    if !value.is_object() {
        return None;
    }
    let kept = prune::<T>(value, &|v| v)?;
    serde_json::from_value(kept).ok()
}

/// Whether `doc` decodes as `T`.
fn fits<T: DeserializeOwned>(doc: Value) -> bool {
    T::deserialize(doc).is_ok()
}

/// `v` as far as it fits into `T` at the position `wrap` puts it (`wrap`
/// builds the smallest document holding `v` where it was found).
fn prune<T: DeserializeOwned>(v: Value, wrap: &dyn Fn(Value) -> Value) -> Option<Value> {
    if fits::<T>(wrap(v.clone())) {
        return Some(v);
    }
    let pruned = match v {
        Value::Object(members) => {
            let mut kept = Map::new();
            for (name, member) in members {
                let at = name.clone();
                let inner = move |x: Value| wrap(Value::Object(Map::from_iter([(at.clone(), x)])));
                if let Some(m) = prune::<T>(member, &inner) {
                    kept.insert(name, m);
                }
            }
            Value::Object(kept)
        }
        Value::Array(items) => Value::Array(
            items
                .into_iter()
                .filter_map(|item| prune::<T>(item, &|x| wrap(Value::Array(vec![x]))))
                .collect(),
        ),
        _ => return None,
    };
    fits::<T>(wrap(pruned.clone())).then_some(pruned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, PartialEq, serde::Deserialize)]
    struct Item {
        code: Option<String>,
        status: Option<i64>,
    }

    #[derive(Debug, Default, PartialEq, serde::Deserialize)]
    struct Body {
        title: Option<String>,
        status: Option<i64>,
        #[serde(default)]
        errors: Vec<Item>,
    }

    fn body(raw: &str) -> Option<Body> {
        decode_lenient(raw.as_bytes())
    }

    #[test]
    fn keeps_what_fits() {
        assert_eq!(
            body(r#"{"title":"t","status":"409"}"#),
            Some(Body {
                title: Some("t".into()),
                ..Body::default()
            })
        );
        assert_eq!(
            body(r#"{"title":1,"errors":[{"code":"a","status":"x"},7,{"code":"b","status":2}]}"#),
            Some(Body {
                title: None,
                status: None,
                errors: vec![
                    Item {
                        code: Some("a".into()),
                        status: None
                    },
                    Item {
                        code: Some("b".into()),
                        status: Some(2)
                    }
                ],
            })
        );
        assert_eq!(
            body(r#"{"title":"a","title":"b"}"#)
                .unwrap()
                .title
                .as_deref(),
            Some("b")
        );
        assert_eq!(
            body(r#"{"status":99999999999999999999,"title":"big"}"#)
                .unwrap()
                .title
                .as_deref(),
            Some("big")
        );
    }

    #[test]
    fn refuses_what_is_not_an_object() {
        for raw in [
            "",
            "[]",
            "\"x\"",
            "null",
            "1e400",
            "{\"status\":1e400}",
            "{",
        ] {
            assert_eq!(body(raw), None, "{raw}");
        }
        // Too deep for serde_json to build a Value of.
        let deep = format!(
            "{{\"title\":\"t\",\"errors\":{}{}}}",
            "[".repeat(200),
            "]".repeat(200)
        );
        assert_eq!(body(&deep), None);
    }

    #[test]
    fn large_bodies_are_only_decoded_strictly() {
        let big = format!(
            r#"{{"status":"409","title":"{}"}}"#,
            "x".repeat(LENIENT_MAX_BYTES)
        );
        assert_eq!(body(&big), None);
    }
}
