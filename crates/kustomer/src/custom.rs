//! Typed custom attributes.
//!
//! Kustomer types a custom attribute by the suffix of its name: `Num`
//! (number), `At` (RFC 3339 date-time), `Str` and `Txt` (string of at most
//! 1024 characters), `Bool` (boolean), `Url` (URI); `null` is allowed for
//! every suffix, and an object carries at most 100 of them. The API answers a
//! bad suffix with 400; this module refuses it, and every other violation,
//! before any I/O.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use chrono::{DateTime, SecondsFormat, Utc};
use client_runtime::InputError;

use crate::types::{CustomAttributeValue, CustomAttributeValueVariant1};

/// Most custom attributes one object can carry.
pub const MAX_CUSTOM_ATTRIBUTES: usize = 100;
/// Longest `Str`/`Txt` value, in characters.
pub const MAX_TEXT_CHARS: usize = 1024;

/// The type a custom attribute's name suffix declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Suffix {
    /// `…Num`: a finite number.
    Num,
    /// `…At`: an RFC 3339 date-time in UTC.
    At,
    /// `…Str`: a string of at most 1024 characters.
    Str,
    /// `…Txt`: a string of at most 1024 characters.
    Txt,
    /// `…Bool`: a boolean.
    Bool,
    /// `…Url`: an absolute URI.
    Url,
}

impl Suffix {
    /// Every suffix.
    pub const ALL: [Suffix; 6] = [
        Suffix::Num,
        Suffix::At,
        Suffix::Str,
        Suffix::Txt,
        Suffix::Bool,
        Suffix::Url,
    ];

    /// The suffix as written in names.
    pub fn as_str(self) -> &'static str {
        match self {
            Suffix::Num => "Num",
            Suffix::At => "At",
            Suffix::Str => "Str",
            Suffix::Txt => "Txt",
            Suffix::Bool => "Bool",
            Suffix::Url => "Url",
        }
    }
}

impl fmt::Display for Suffix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A custom attribute name whose suffix declares its type, e.g. `orderCountNum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomKey {
    name: String,
    suffix: Suffix,
}

fn check_stem(field: &str, stem: &str) -> Result<(), InputError> {
    let mut chars = stem.chars();
    match chars.next() {
        None => {
            return Err(InputError::new(
                field.to_string(),
                "has an empty name before its type suffix",
            ));
        }
        Some(c) if !c.is_ascii_alphabetic() => {
            return Err(InputError::new(
                field.to_string(),
                "must start with an ASCII letter",
            ));
        }
        _ => {}
    }
    if !stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(InputError::new(
            field.to_string(),
            "may contain only ASCII letters, digits and `_` before its type suffix",
        ));
    }
    // camelCase boundary: `isChatBool` is a Bool, `format` is not an At.
    let last = stem.chars().last().unwrap_or('a');
    if !(last.is_ascii_lowercase() || last.is_ascii_digit()) {
        return Err(InputError::new(
            field.to_string(),
            "must have a lower-case letter or digit right before its type suffix (camelCase, e.g. `orderCountNum`)",
        ));
    }
    Ok(())
}

impl CustomKey {
    /// Parses a full name, refusing one without a valid suffix (the error
    /// names the key).
    pub fn parse(name: &str) -> Result<CustomKey, InputError> {
        let field = format!("custom.{name}");
        let suffix = Suffix::ALL
            .into_iter()
            .filter(|s| name.ends_with(s.as_str()))
            .max_by_key(|s| s.as_str().len())
            .ok_or_else(|| {
                InputError::new(
                    field.clone(),
                    "has no type suffix; custom attribute names end in Num, At, Str, Txt, Bool or Url",
                )
            })?;
        let stem = &name[..name.len() - suffix.as_str().len()];
        check_stem(&field, stem)?;
        Ok(CustomKey {
            name: name.to_string(),
            suffix,
        })
    }

    /// `<stem><suffix>`, checking the stem.
    pub fn new(stem: &str, suffix: Suffix) -> Result<CustomKey, InputError> {
        check_stem(&format!("custom.{stem}{suffix}"), stem)?;
        Ok(CustomKey {
            name: format!("{stem}{suffix}"),
            suffix,
        })
    }

    /// `<stem>Num`.
    pub fn num(stem: &str) -> Result<CustomKey, InputError> {
        CustomKey::new(stem, Suffix::Num)
    }
    /// `<stem>At`.
    pub fn at(stem: &str) -> Result<CustomKey, InputError> {
        CustomKey::new(stem, Suffix::At)
    }
    /// `<stem>Str`.
    pub fn str(stem: &str) -> Result<CustomKey, InputError> {
        CustomKey::new(stem, Suffix::Str)
    }
    /// `<stem>Txt`.
    pub fn txt(stem: &str) -> Result<CustomKey, InputError> {
        CustomKey::new(stem, Suffix::Txt)
    }
    /// `<stem>Bool`.
    pub fn bool(stem: &str) -> Result<CustomKey, InputError> {
        CustomKey::new(stem, Suffix::Bool)
    }
    /// `<stem>Url`.
    pub fn url(stem: &str) -> Result<CustomKey, InputError> {
        CustomKey::new(stem, Suffix::Url)
    }

    /// The full name.
    pub fn as_str(&self) -> &str {
        &self.name
    }

    /// The declared type.
    pub fn suffix(&self) -> Suffix {
        self.suffix
    }
}

impl fmt::Display for CustomKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// A custom attribute value.
#[derive(Debug, Clone, PartialEq)]
pub enum CustomValue {
    /// For `…Num` keys.
    Num(f64),
    /// For `…At` keys; sent as RFC 3339 UTC with milliseconds (`…T04:23:01.925Z`).
    At(DateTime<Utc>),
    /// For `…Str` keys.
    Str(String),
    /// For `…Txt` keys.
    Txt(String),
    /// For `…Bool` keys.
    Bool(bool),
    /// For `…Url` keys: an absolute URI.
    Url(String),
    /// Clears the attribute (any suffix).
    Null,
}

impl CustomValue {
    fn kind(&self) -> Option<Suffix> {
        match self {
            CustomValue::Num(_) => Some(Suffix::Num),
            CustomValue::At(_) => Some(Suffix::At),
            CustomValue::Str(_) => Some(Suffix::Str),
            CustomValue::Txt(_) => Some(Suffix::Txt),
            CustomValue::Bool(_) => Some(Suffix::Bool),
            CustomValue::Url(_) => Some(Suffix::Url),
            CustomValue::Null => None,
        }
    }

    fn to_wire(&self, field: &str) -> Result<CustomAttributeValue, InputError> {
        let text = |s: &str| -> Result<CustomAttributeValue, InputError> {
            CustomAttributeValueVariant1::try_from(s)
                .map(CustomAttributeValue::Variant1)
                .map_err(|_| {
                    InputError::new(
                        field.to_string(),
                        format!("is longer than {MAX_TEXT_CHARS} characters"),
                    )
                })
        };
        match self {
            CustomValue::Num(n) if n.is_finite() => Ok(CustomAttributeValue::Variant0(Some(*n))),
            CustomValue::Num(_) => Err(InputError::new(
                field.to_string(),
                "must be a finite number (not NaN or infinity)",
            )),
            CustomValue::At(t) => text(&t.to_rfc3339_opts(SecondsFormat::Millis, true)),
            CustomValue::Str(s) | CustomValue::Txt(s) => text(s),
            CustomValue::Url(u) => {
                check_url(field, u)?;
                text(u)
            }
            CustomValue::Bool(b) => Ok(CustomAttributeValue::Variant2(*b)),
            CustomValue::Null => Ok(CustomAttributeValue::Variant0(None)),
        }
    }
}

fn check_url(field: &str, u: &str) -> Result<(), InputError> {
    match url::Url::parse(u) {
        Ok(parsed) if !parsed.cannot_be_a_base() || parsed.scheme() == "mailto" => Ok(()),
        Ok(_) => Err(InputError::new(
            field.to_string(),
            "must be an absolute URI such as https://example.com/x",
        )),
        Err(e) => Err(InputError::new(
            field.to_string(),
            format!("is not an absolute URI ({e})"),
        )),
    }
}

/// A checked set of custom attributes (at most 100), each value matching its
/// key's suffix.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CustomAttributes {
    values: BTreeMap<CustomKey, CustomValue>,
}

impl CustomAttributes {
    /// An empty set.
    pub fn new() -> CustomAttributes {
        CustomAttributes::default()
    }

    /// Adds (or replaces) an attribute, checking the key, that the value's
    /// type matches the suffix, the value itself, and the 100-key limit.
    pub fn insert(
        &mut self,
        key: &str,
        value: CustomValue,
    ) -> Result<&mut CustomAttributes, InputError> {
        let key = CustomKey::parse(key)?;
        self.insert_key(key, value)
    }

    /// Like [`CustomAttributes::insert`] with a key built by [`CustomKey`].
    pub fn insert_key(
        &mut self,
        key: CustomKey,
        value: CustomValue,
    ) -> Result<&mut CustomAttributes, InputError> {
        let field = format!("custom.{key}");
        if let Some(kind) = value.kind()
            && kind != key.suffix
        {
            return Err(InputError::new(
                field,
                format!(
                    "is a {} attribute (by its suffix) but was given a {kind} value",
                    key.suffix
                ),
            ));
        }
        value.to_wire(&field)?;
        if !self.values.contains_key(&key) && self.values.len() >= MAX_CUSTOM_ATTRIBUTES {
            return Err(InputError::new(
                "custom",
                format!("would have more than {MAX_CUSTOM_ATTRIBUTES} attributes"),
            ));
        }
        self.values.insert(key, value);
        Ok(self)
    }

    /// Builder form of [`CustomAttributes::insert`].
    pub fn with(mut self, key: &str, value: CustomValue) -> Result<CustomAttributes, InputError> {
        self.insert(key, value)?;
        Ok(self)
    }

    /// Number of attributes.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The value of `key`, if set.
    pub fn get(&self, key: &str) -> Option<&CustomValue> {
        self.values
            .iter()
            .find(|(k, _)| k.as_str() == key)
            .map(|(_, v)| v)
    }

    /// The map the generated `CustomerWrite::custom` field takes.
    pub fn to_wire(&self) -> HashMap<String, CustomAttributeValue> {
        self.values
            .iter()
            .filter_map(|(k, v)| v.to_wire(k.as_str()).ok().map(|w| (k.name.clone(), w)))
            .collect()
    }
}

/// Checks a raw `custom` map (as the generated types allow building it):
/// every key has a valid suffix, every value matches it, at most 100 keys.
/// Called on every write before any I/O.
pub fn validate_custom(
    prefix: &str,
    map: &HashMap<String, CustomAttributeValue>,
) -> Result<(), InputError> {
    if map.len() > MAX_CUSTOM_ATTRIBUTES {
        return Err(InputError::new(
            prefix.to_string(),
            format!(
                "has {} attributes; at most {MAX_CUSTOM_ATTRIBUTES} are allowed",
                map.len()
            ),
        ));
    }
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort();
    for name in keys {
        let key = CustomKey::parse(name)
            .map_err(|e| InputError::new(format!("{prefix}.{name}"), e.message().to_string()))?;
        let field = format!("{prefix}.{name}");
        let value = &map[name];
        let mismatch = |what: &str| {
            InputError::new(
                field.clone(),
                format!(
                    "is a {} attribute (by its suffix) but was given {what}",
                    key.suffix
                ),
            )
        };
        match (key.suffix, value) {
            (_, CustomAttributeValue::Variant0(None)) => {}
            (Suffix::Num, CustomAttributeValue::Variant0(Some(n))) => {
                if !n.is_finite() {
                    return Err(InputError::new(
                        field,
                        "must be a finite number (not NaN or infinity)",
                    ));
                }
            }
            (Suffix::Bool, CustomAttributeValue::Variant2(_)) => {}
            (Suffix::Str | Suffix::Txt, CustomAttributeValue::Variant1(_)) => {}
            (Suffix::At, CustomAttributeValue::Variant1(s)) => {
                let t = DateTime::parse_from_rfc3339(s).map_err(|e| {
                    InputError::new(field.clone(), format!("is not an RFC 3339 date-time ({e})"))
                })?;
                if t.offset().local_minus_utc() != 0 {
                    return Err(InputError::new(
                        field,
                        "must be in UTC (end in Z or +00:00)",
                    ));
                }
            }
            (Suffix::Url, CustomAttributeValue::Variant1(s)) => check_url(&field, s)?,
            (_, CustomAttributeValue::Variant0(Some(_))) => return Err(mismatch("a number")),
            (_, CustomAttributeValue::Variant1(_)) => return Err(mismatch("a string")),
            (_, CustomAttributeValue::Variant2(_)) => return Err(mismatch("a boolean")),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_by_suffix() {
        for (name, suffix) in [
            ("orderCountNum", Suffix::Num),
            ("lastChatAt", Suffix::At),
            ("isChatBool", Suffix::Bool),
            ("salesForceIdStr", Suffix::Str),
            ("notesTxt", Suffix::Txt),
            ("homepageUrl", Suffix::Url),
            ("v2Num", Suffix::Num),
        ] {
            assert_eq!(CustomKey::parse(name).unwrap().suffix(), suffix, "{name}");
        }
        for bad in [
            "format",
            "Num",
            "orderCount",
            "ORDERNum",
            "order countNum",
            "9lives",
            "flat",
            "äNum",
            "",
        ] {
            let e = CustomKey::parse(bad).unwrap_err();
            assert_eq!(e.field(), format!("custom.{bad}"), "{bad}: {e}");
        }
        assert_eq!(
            CustomKey::num("orderCount").unwrap().as_str(),
            "orderCountNum"
        );
        assert_eq!(CustomKey::at("lastOrder").unwrap().as_str(), "lastOrderAt");
        assert!(CustomKey::bool("").is_err());
        assert!(CustomKey::url("X").is_err());
    }

    #[test]
    fn values_are_checked() {
        let mut c = CustomAttributes::new();
        c.insert("orderCountNum", CustomValue::Num(3.0)).unwrap();
        c.insert(
            "lastOrderAt",
            CustomValue::At("2024-05-01T08:30:00Z".parse().unwrap()),
        )
        .unwrap();
        c.insert(
            "homepageUrl",
            CustomValue::Url("https://acme.example/x".into()),
        )
        .unwrap();
        c.insert("noteTxt", CustomValue::Null).unwrap();
        let wire = serde_json::to_value(c.to_wire()).unwrap();
        assert_eq!(
            wire,
            serde_json::json!({"orderCountNum": 3.0, "lastOrderAt": "2024-05-01T08:30:00.000Z",
                               "homepageUrl": "https://acme.example/x", "noteTxt": null})
        );
        assert!(c.insert("xNum", CustomValue::Num(f64::NAN)).is_err());
        assert!(c.insert("xNum", CustomValue::Str("1".into())).is_err());
        assert!(
            c.insert("xStr", CustomValue::Str("é".repeat(1025)))
                .is_err()
        );
        assert!(c.insert("xStr", CustomValue::Str("é".repeat(1024))).is_ok());
        assert!(
            c.insert("xUrl", CustomValue::Url("/relative".into()))
                .is_err()
        );
        let mut full = CustomAttributes::new();
        for i in 0..100 {
            full.insert(&format!("k{i}Num"), CustomValue::Num(1.0))
                .unwrap();
        }
        assert_eq!(
            full.insert("oneMoreNum", CustomValue::Num(1.0))
                .unwrap_err()
                .field(),
            "custom"
        );
        assert!(
            full.insert("k1Num", CustomValue::Num(2.0)).is_ok(),
            "replacing stays within the limit"
        );
    }

    #[test]
    fn raw_maps_are_checked() {
        let ok: HashMap<String, CustomAttributeValue> = serde_json::from_value(serde_json::json!(
            {"aNum": 1.5, "bAt": "2024-01-01T00:00:00.000Z", "cBool": true, "dUrl": "https://x.example", "eStr": null}
        ))
        .unwrap();
        validate_custom("custom", &ok).unwrap();
        for (bad, field) in [
            (serde_json::json!({"a": 1}), "custom.a"),
            (serde_json::json!({"aNum": "1"}), "custom.aNum"),
            (serde_json::json!({"aAt": "yesterday"}), "custom.aAt"),
            (
                serde_json::json!({"aAt": "2024-01-01T00:00:00+02:00"}),
                "custom.aAt",
            ),
            (serde_json::json!({"aBool": 1}), "custom.aBool"),
            (serde_json::json!({"aUrl": "not a url"}), "custom.aUrl"),
        ] {
            let map: HashMap<String, CustomAttributeValue> = serde_json::from_value(bad).unwrap();
            assert_eq!(validate_custom("custom", &map).unwrap_err().field(), field);
        }
    }
}
