//! The request-body checks `specs/kustomer.yaml` names with `x-rust-check`:
//! generated resource methods run them on the body's JSON before any I/O
//! (`client_runtime::check::json_checks`), so every resource with custom
//! attributes (companies, conversations, messages, KObjects, tracking
//! identities) is checked as customers are.

use std::collections::HashMap;

use client_runtime::InputError;
use serde_json::Value;

use crate::custom::validate_custom;
use crate::types::CustomAttributeValue;

// Unused only in a build with no resource that has custom attributes
// (the per-resource features, `info.x-rust-features`).
#[allow(dead_code)]
/// A `custom` map: at most 100 keys, each with a known type suffix and a
/// value of that type (see [`crate::custom`]).
pub fn custom_attributes(field: &str, value: &Value) -> Result<(), InputError> {
    let map: HashMap<String, CustomAttributeValue> = serde_json::from_value(value.clone())
        .map_err(|e| {
            InputError::new(
                field.to_string(),
                format!("must be an object of custom attribute values ({e})"),
            )
        })?;
    validate_custom(field, &map)
}
