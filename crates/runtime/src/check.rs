//! The checks generated resource methods run on their arguments before any
//! I/O: one function per constraint a spec can state on a parameter, each
//! refusing with an [`InputError`] that names the parameter.
//!
//! crates/codegen emits calls to these for exactly the constraints the
//! generated types do not already enforce (a `minimum: 1` integer is already
//! a `NonZeroU64`, a string enum is already a Rust enum); hand-written code
//! may call them too.

use std::num::{
    NonZeroI8, NonZeroI16, NonZeroI32, NonZeroI64, NonZeroU8, NonZeroU16, NonZeroU32, NonZeroU64,
};

use crate::error::InputError;

pub use crate::config::require_segment as segment;

/// Whole-value checks a request body type states about itself (array sizes,
/// uniqueness, custom-attribute rules) beyond what its generated type
/// enforces. A spec opts an operation's body in with `x-rust-validate: true`
/// on the request body; the generated method then calls
/// [`Validate::validate`] before any I/O.
pub trait Validate {
    /// `Ok(())`, or the first problem, naming the JSON field.
    fn validate(&self) -> Result<(), InputError>;
}

impl<T: Validate + ?Sized> Validate for &T {
    fn validate(&self) -> Result<(), InputError> {
        (**self).validate()
    }
}

/// A check of one part of a request body, named by `x-rust-check` in the
/// spec: given the part's field name (`custom`, `[2].custom`,
/// `identity.custom`) and its JSON, `Ok(())` or the problem naming it.
pub type JsonCheck = fn(&str, &serde_json::Value) -> Result<(), InputError>;

/// Runs `checks` over a request body serialized to JSON: each is a path of
/// object keys, `*` for every item of an array, and the check to run on
/// what is there (skipped where the body leaves it out or sends `null`).
/// Generated resource methods call this for the spec's `x-rust-check`
/// properties before any I/O.
pub fn json_checks<T: serde::Serialize + ?Sized>(
    body: &T,
    checks: &[(&[&str], JsonCheck)],
) -> Result<(), InputError> {
    let value = serde_json::to_value(body)
        .map_err(|e| InputError::new("body", format!("cannot be serialized as JSON ({e})")))?;
    for (path, check) in checks {
        walk(&value, path, String::new(), *check)?;
    }
    Ok(())
}

fn walk(
    value: &serde_json::Value,
    path: &[&str],
    field: String,
    check: JsonCheck,
) -> Result<(), InputError> {
    match path.split_first() {
        None if value.is_null() => Ok(()),
        None => check(if field.is_empty() { "body" } else { &field }, value),
        Some((&"*", rest)) => match value.as_array() {
            Some(items) => items
                .iter()
                .enumerate()
                .try_for_each(|(i, v)| walk(v, rest, format!("{field}[{i}]"), check)),
            None => Ok(()),
        },
        Some((key, rest)) => match value.get(*key) {
            Some(v) => {
                let f = if field.is_empty() {
                    (*key).to_string()
                } else {
                    format!("{field}.{key}")
                };
                walk(v, rest, f, check)
            }
            None => Ok(()),
        },
    }
}

/// A number a numeric constraint can be checked on.
pub trait Number {
    /// The value as `f64` (exact for every integer a JSON API sends in
    /// practice; constraints are compared in `f64` as JSON Schema does).
    fn to_f64(&self) -> f64;
}

macro_rules! number {
    ($($t:ty),*) => {$(
        impl Number for $t {
            fn to_f64(&self) -> f64 {
                *self as f64
            }
        }
    )*};
}
number!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);

macro_rules! nonzero {
    ($($t:ty),*) => {$(
        impl Number for $t {
            fn to_f64(&self) -> f64 {
                self.get() as f64
            }
        }
    )*};
}
nonzero!(
    NonZeroU8, NonZeroU16, NonZeroU32, NonZeroU64, NonZeroI8, NonZeroI16, NonZeroI32, NonZeroI64
);

impl<T: Number + ?Sized> Number for &T {
    fn to_f64(&self) -> f64 {
        (**self).to_f64()
    }
}

fn fmt_num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// `value` must be at least `min` (`exclusive`: greater than `min`).
pub fn minimum(
    field: &'static str,
    value: impl Number,
    min: f64,
    exclusive: bool,
) -> Result<(), InputError> {
    let v = value.to_f64();
    let ok = if exclusive { v > min } else { v >= min };
    if ok {
        Ok(())
    } else {
        let rel = if exclusive {
            "greater than"
        } else {
            "at least"
        };
        Err(InputError::new(
            field,
            format!("is {}; it must be {rel} {}", fmt_num(v), fmt_num(min)),
        ))
    }
}

/// `value` must be at most `max` (`exclusive`: less than `max`).
pub fn maximum(
    field: &'static str,
    value: impl Number,
    max: f64,
    exclusive: bool,
) -> Result<(), InputError> {
    let v = value.to_f64();
    let ok = if exclusive { v < max } else { v <= max };
    if ok {
        Ok(())
    } else {
        let rel = if exclusive { "less than" } else { "at most" };
        Err(InputError::new(
            field,
            format!("is {}; it must be {rel} {}", fmt_num(v), fmt_num(max)),
        ))
    }
}

/// `value` must have at least `min` characters (Unicode scalar values, as
/// JSON Schema counts them).
pub fn min_length(field: &'static str, value: &str, min: usize) -> Result<(), InputError> {
    let n = value.chars().count();
    if n >= min {
        Ok(())
    } else if n == 0 {
        Err(InputError::new(
            field,
            format!("is empty; it needs at least {min} characters"),
        ))
    } else {
        Err(InputError::new(
            field,
            format!("has {n} characters; it needs at least {min}"),
        ))
    }
}

/// `value` must have at most `max` characters.
pub fn max_length(field: &'static str, value: &str, max: usize) -> Result<(), InputError> {
    let n = value.chars().count();
    if n <= max {
        Ok(())
    } else {
        Err(InputError::new(
            field,
            format!("has {n} characters; at most {max} are allowed"),
        ))
    }
}

/// `value` must match the ECMA-262 `pattern` (unanchored, as JSON Schema
/// applies it). codegen checks that the pattern compiles; one that does not
/// is still refused here as an input error, never a panic.
pub fn pattern(field: &'static str, value: &str, pattern: &str) -> Result<(), InputError> {
    match regress::Regex::new(pattern) {
        Ok(re) if re.find(value).is_some() => Ok(()),
        Ok(_) => Err(InputError::new(
            field,
            format!("does not match the pattern `{pattern}`"),
        )),
        Err(e) => Err(InputError::new(
            field,
            format!("cannot be checked: the spec's pattern `{pattern}` does not compile ({e})"),
        )),
    }
}

/// `value` must be one of `allowed`.
pub fn one_of(field: &'static str, value: &str, allowed: &[&str]) -> Result<(), InputError> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(InputError::new(
            field,
            format!("is `{value}`; it must be one of {}", allowed.join(", ")),
        ))
    }
}

/// A list must have at least `min` items.
pub fn min_items(field: &'static str, len: usize, min: usize) -> Result<(), InputError> {
    if len >= min {
        Ok(())
    } else {
        Err(InputError::new(
            field,
            format!("has {len} items; at least {min} are needed"),
        ))
    }
}

/// A list must have at most `max` items.
pub fn max_items(field: &'static str, len: usize, max: usize) -> Result<(), InputError> {
    if len <= max {
        Ok(())
    } else {
        Err(InputError::new(
            field,
            format!("has {len} items; at most {max} are allowed"),
        ))
    }
}

#[cfg(test)]
mod json_check_tests {
    use super::*;

    fn small(field: &str, v: &serde_json::Value) -> Result<(), InputError> {
        match v.as_object() {
            Some(m) if m.len() <= 1 => Ok(()),
            _ => Err(InputError::new(field.to_string(), "too big")),
        }
    }

    #[test]
    fn json_checks_name_the_field_through_objects_and_arrays() {
        let checks: &[(&[&str], JsonCheck)] = &[(&["*", "custom"], small)];
        let ok = serde_json::json!([{"custom": {"a": 1}}, {"custom": null}, {}]);
        assert!(json_checks(&ok, checks).is_ok());
        let bad = serde_json::json!([{"custom": {"a": 1}}, {"custom": {"a": 1, "b": 2}}]);
        assert_eq!(json_checks(&bad, checks).unwrap_err().field(), "[1].custom");
        let nested: &[(&[&str], JsonCheck)] = &[(&["identity", "custom"], small)];
        let bad = serde_json::json!({"identity": {"custom": {"a": 1, "b": 2}}});
        assert_eq!(
            json_checks(&bad, nested).unwrap_err().field(),
            "identity.custom"
        );
        let root: &[(&[&str], JsonCheck)] = &[(&[], small)];
        assert!(json_checks(&bad, root).is_ok());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert!(minimum("limit", 1u64, 1.0, false).is_ok());
        assert!(minimum("limit", 1u64, 1.0, true).is_err());
        let e = maximum("limit", NonZeroU64::new(201).unwrap(), 200.0, false).unwrap_err();
        assert_eq!(e.field(), "limit");
        assert_eq!(e.message(), "is 201; it must be at most 200");
        assert!(maximum("x", 0.5f64, 1.0, true).is_ok());
    }

    #[test]
    fn strings() {
        assert_eq!(
            min_length("cursor", "", 1).unwrap_err().message(),
            "is empty; it needs at least 1 characters"
        );
        assert!(max_length("q", "ééé", 3).is_ok());
        assert!(max_length("q", "éééé", 3).is_err());
        assert!(pattern("id", "abc1", "^[a-z]+[0-9]$").is_ok());
        assert!(pattern("id", "abc", "^[a-z]+[0-9]$").is_err());
        let e = pattern("id", "abc", "(").unwrap_err();
        assert!(e.message().contains("does not compile"));
        assert!(one_of("sort", "asc", &["asc", "desc"]).is_ok());
        assert_eq!(
            one_of("sort", "up", &["asc", "desc"])
                .unwrap_err()
                .message(),
            "is `up`; it must be one of asc, desc"
        );
    }

    #[test]
    fn lists() {
        assert!(max_items("ids", 3, 2).is_err());
        assert!(min_items("ids", 0, 1).is_err());
        assert!(max_items("ids", 2, 2).is_ok());
    }
}
