//! The semantics of the SDK's `kaitencloud.targeting`: every builder
//! produces exactly the JSON its Python counterpart returns.
//!
//! A flag has **variants** (its possible values), a **default variant**
//! (what a context no rule matches gets) and **targetings**: rules with a
//! [CEL](https://cel.dev) expression over the evaluation context, evaluated
//! in order, the first match deciding. The server fills the reserved
//! `__kaiten` namespace itself (`__kaiten.license.familySlug`,
//! `__kaiten.instance.metadata`, `__kaiten.deploymentZone.type`), so a rule
//! can target what a customer bought; target a plan by its `familySlug`,
//! which survives new license versions. Splits are sticky: a subject is
//! bucketed on the flag's key and its targeting key.
//!
//! | builder | JSON |
//! |---|---|
//! | [`variant`] | `{name, value, description}` (`description` is `""` unless set) |
//! | [`fixed`] | `{type: "basic", value}` |
//! | [`split`] | `{type: "rollout_percentage", distribution: {variant: weight}}` |
//! | [`step`] | `{variant, percentage, date}` (one end of a schedule) |
//! | [`schedule`] | `{type: "rollout_date", start, end}` |
//! | [`rule`] | `{type: "basic", name, rule, variant}` |
//! | [`split_rule`] | `{type: "rollout_percentage", name, rule, distribution}` |
//! | [`schedule_rule`] | `{type: "rollout_date", name, rule, start, end}` |
//!
//! Invalid input is refused with a [`client_runtime::InputError`] naming the
//! field, before anything is sent: a split with no variant, or a weight that
//! is not a positive integer (`distribution`); a step percentage outside
//! 0–100 (`percentage`). A split naming the same variant twice is refused
//! too (a JSON object cannot carry it).
//!
//! The types are also what Kaiten returns (a flag in a webhook event, see
//! [`crate::webhooks::FeatureFlag`]): a `type` this version does not know
//! is kept as received in an `Other` variant instead of failing.
//!
//! This crate does not evaluate flags: evaluation goes through OFREP
//! (`/api/ofrep/v1/…`) with any OpenFeature provider and the same token.
//!
//! ```
//! use kaiten_client::targeting::{fixed, rule, split_rule, variant};
//! use serde_json::json;
//!
//! # fn main() -> Result<(), kaiten_client::Error> {
//! let variants = [variant("on", true), variant("off", false)];
//! let default = fixed("off");
//! let targetings = [
//!     rule("Growth plan", "__kaiten.license.familySlug == 'growth'", "on"),
//!     split_rule("Everyone else", "true", [("on", 20), ("off", 80)])?,
//! ];
//! assert_eq!(
//!     serde_json::to_value(&targetings[1]).unwrap(),
//!     json!({"type": "rollout_percentage", "name": "Everyone else", "rule": "true",
//!            "distribution": {"on": 20, "off": 80}})
//! );
//! # let _ = (variants, default);
//! # Ok(())
//! # }
//! ```
//!
//! [`variant`]: crate::targeting::variant()
//! [`fixed`]: crate::targeting::fixed()
//! [`split`]: crate::targeting::split()
//! [`step`]: crate::targeting::step()
//! [`schedule`]: crate::targeting::schedule()
//! [`rule`]: crate::targeting::rule()
//! [`split_rule`]: crate::targeting::split_rule()
//! [`schedule_rule`]: crate::targeting::schedule_rule()

use std::collections::BTreeMap;

use chrono::{DateTime, SecondsFormat, TimeZone, Utc};
use client_runtime::InputError;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// Variant names and their weights in a split. Weights are relative (they
/// need not add up to 100).
pub type Distribution = BTreeMap<String, i64>;

/// One possible value of a flag: `{name, value, description}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Variant {
    /// The variant's name, which defaults and rules refer to.
    pub name: String,
    /// Its value: any JSON value of the flag's type.
    #[serde(default)]
    pub value: Value,
    /// A description; the SDK sends `""` when none is given.
    #[serde(default)]
    pub description: String,
}

impl Variant {
    /// The same variant with this description.
    pub fn with_description(mut self, description: impl Into<String>) -> Variant {
        self.description = description.into();
        self
    }
}

/// One end of a scheduled rollout: `variant` gets `percentage` percent of
/// the traffic at `date`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RolloutStep {
    /// The variant the percentage is for.
    pub variant: String,
    /// Its share of traffic at `date`, 0–100 when built with [`step`].
    pub percentage: i64,
    /// When; sent as RFC 3339 in UTC with a `Z` suffix.
    #[serde(serialize_with = "serialize_utc")]
    pub date: DateTime<Utc>,
}

/// What a flag serves when no targeting rule matches, discriminated by
/// `type`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DefaultVariant {
    /// `basic`: always serve one variant ([`fixed`]).
    Basic {
        /// The variant's name.
        value: String,
    },
    /// `rollout_percentage`: split traffic by weight ([`split`]).
    RolloutPercentage {
        /// Variant names and weights.
        distribution: Distribution,
    },
    /// `rollout_date`: move traffic linearly from `start` to `end` over
    /// time ([`schedule`]).
    RolloutDate {
        /// Where the rollout starts.
        start: RolloutStep,
        /// Where it ends.
        end: RolloutStep,
    },
    /// A `type` this version does not know, as received.
    #[serde(untagged)]
    Other(Value),
}

/// One targeting rule of a flag, discriminated by `type`, with its CEL
/// expression in `rule`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Targeting {
    /// `basic`: serve one variant to every context the rule matches
    /// ([`rule`]).
    Basic {
        /// The rule's name.
        name: String,
        /// The CEL expression.
        rule: String,
        /// The variant served.
        variant: String,
    },
    /// `rollout_percentage`: split the matching contexts by weight
    /// ([`split_rule`]).
    RolloutPercentage {
        /// The rule's name.
        name: String,
        /// The CEL expression.
        rule: String,
        /// Variant names and weights.
        distribution: Distribution,
    },
    /// `rollout_date`: move the matching contexts from `start` to `end`
    /// over time ([`schedule_rule`]).
    RolloutDate {
        /// The rule's name.
        name: String,
        /// The CEL expression.
        rule: String,
        /// Where the rollout starts.
        start: RolloutStep,
        /// Where it ends.
        end: RolloutStep,
    },
    /// A `type` this version does not know, as received.
    #[serde(untagged)]
    Other(Value),
}

/// One possible value of a flag, e.g. `variant("on", true)`; its
/// description is `""` (set one with [`Variant::with_description`]).
pub fn variant(name: impl Into<String>, value: impl Into<Value>) -> Variant {
    Variant {
        name: name.into(),
        value: value.into(),
        description: String::new(),
    }
}

/// A default variant that always serves `variant`: `{type: "basic", value}`.
pub fn fixed(variant: impl Into<String>) -> DefaultVariant {
    DefaultVariant::Basic {
        value: variant.into(),
    }
}

/// A default variant that splits traffic by weight, e.g.
/// `split([("on", 20), ("off", 80)])`. Refused (field `distribution`) when
/// empty, when a weight is not a positive integer, or when a variant is
/// named twice.
pub fn split<N: Into<String>>(
    distribution: impl IntoIterator<Item = (N, i64)>,
) -> Result<DefaultVariant, InputError> {
    Ok(DefaultVariant::RolloutPercentage {
        distribution: weights(distribution)?,
    })
}

/// One end of a scheduled rollout: `variant` gets `percentage` percent of
/// traffic at `at` (converted to UTC). Refused (field `percentage`) outside
/// 0–100.
pub fn step<Tz: TimeZone>(
    variant: impl Into<String>,
    percentage: i64,
    at: DateTime<Tz>,
) -> Result<RolloutStep, InputError> {
    if !(0..=100).contains(&percentage) {
        return Err(InputError::new(
            "percentage",
            format!("must be between 0 and 100, got {percentage}"),
        ));
    }
    Ok(RolloutStep {
        variant: variant.into(),
        percentage,
        date: at.with_timezone(&Utc),
    })
}

/// A default variant whose traffic moves linearly from `start` to `end`.
pub fn schedule(start: RolloutStep, end: RolloutStep) -> DefaultVariant {
    DefaultVariant::RolloutDate { start, end }
}

/// A rule serving `variant` to every context the CEL `expression` matches.
pub fn rule(
    name: impl Into<String>,
    expression: impl Into<String>,
    variant: impl Into<String>,
) -> Targeting {
    Targeting::Basic {
        name: name.into(),
        rule: expression.into(),
        variant: variant.into(),
    }
}

/// A rule splitting the contexts `expression` matches between variants by
/// weight; refused like [`split`].
pub fn split_rule<N: Into<String>>(
    name: impl Into<String>,
    expression: impl Into<String>,
    distribution: impl IntoIterator<Item = (N, i64)>,
) -> Result<Targeting, InputError> {
    Ok(Targeting::RolloutPercentage {
        name: name.into(),
        rule: expression.into(),
        distribution: weights(distribution)?,
    })
}

/// A rule moving the contexts `expression` matches from `start` to `end`
/// over time.
pub fn schedule_rule(
    name: impl Into<String>,
    expression: impl Into<String>,
    start: RolloutStep,
    end: RolloutStep,
) -> Targeting {
    Targeting::RolloutDate {
        name: name.into(),
        rule: expression.into(),
        start,
        end,
    }
}

fn weights<N: Into<String>>(
    distribution: impl IntoIterator<Item = (N, i64)>,
) -> Result<Distribution, InputError> {
    let mut out = Distribution::new();
    for (name, weight) in distribution {
        let name = name.into();
        if weight <= 0 {
            return Err(InputError::new(
                "distribution",
                format!("weights are positive integers, got {name:?}: {weight}"),
            ));
        }
        if out.insert(name.clone(), weight).is_some() {
            return Err(InputError::new(
                "distribution",
                format!("names the variant {name:?} twice"),
            ));
        }
    }
    if out.is_empty() {
        return Err(InputError::new(
            "distribution",
            "is empty; a split needs at least one variant",
        ));
    }
    Ok(out)
}

/// RFC 3339 in UTC with a `Z` suffix, as the SDK sends datetimes: whole
/// seconds without a fraction, otherwise microseconds (Python's precision).
fn format_utc(date: &DateTime<Utc>) -> String {
    if date.timestamp_subsec_nanos() == 0 {
        date.to_rfc3339_opts(SecondsFormat::Secs, true)
    } else {
        date.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
    }
}

fn serialize_utc<S: Serializer>(date: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format_utc(date))
}

/// The shapes of the known `type`s, for decoding; anything else is `Other`.
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum KnownDefault {
    Basic {
        value: String,
    },
    RolloutPercentage {
        distribution: Distribution,
    },
    RolloutDate {
        start: RolloutStep,
        end: RolloutStep,
    },
}

impl<'de> Deserialize<'de> for DefaultVariant {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        if !matches!(
            v.get("type").and_then(Value::as_str),
            Some("basic" | "rollout_percentage" | "rollout_date")
        ) {
            return Ok(DefaultVariant::Other(v));
        }
        Ok(
            match KnownDefault::deserialize(v).map_err(D::Error::custom)? {
                KnownDefault::Basic { value } => DefaultVariant::Basic { value },
                KnownDefault::RolloutPercentage { distribution } => {
                    DefaultVariant::RolloutPercentage { distribution }
                }
                KnownDefault::RolloutDate { start, end } => {
                    DefaultVariant::RolloutDate { start, end }
                }
            },
        )
    }
}

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum KnownTargeting {
    Basic {
        name: String,
        rule: String,
        variant: String,
    },
    RolloutPercentage {
        name: String,
        rule: String,
        distribution: Distribution,
    },
    RolloutDate {
        name: String,
        rule: String,
        start: RolloutStep,
        end: RolloutStep,
    },
}

impl<'de> Deserialize<'de> for Targeting {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        if !matches!(
            v.get("type").and_then(Value::as_str),
            Some("basic" | "rollout_percentage" | "rollout_date")
        ) {
            return Ok(Targeting::Other(v));
        }
        Ok(
            match KnownTargeting::deserialize(v).map_err(D::Error::custom)? {
                KnownTargeting::Basic {
                    name,
                    rule,
                    variant,
                } => Targeting::Basic {
                    name,
                    rule,
                    variant,
                },
                KnownTargeting::RolloutPercentage {
                    name,
                    rule,
                    distribution,
                } => Targeting::RolloutPercentage {
                    name,
                    rule,
                    distribution,
                },
                KnownTargeting::RolloutDate {
                    name,
                    rule,
                    start,
                    end,
                } => Targeting::RolloutDate {
                    name,
                    rule,
                    start,
                    end,
                },
            },
        )
    }
}

macro_rules! into_value {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            /// The JSON the SDK sends for it.
            fn from(v: $t) -> Value {
                serde_json::to_value(v).unwrap_or(Value::Null)
            }
        }
    )*};
}
into_value!(Variant, RolloutStep, DefaultVariant, Targeting);

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;
    use serde_json::json;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn json_of(v: impl Serialize) -> Value {
        serde_json::to_value(v).unwrap()
    }

    // Each expected value is what targeting.py's function returns for the
    // same arguments (a dict, compared key by key).

    #[test]
    fn variant_as_the_sdk() {
        assert_eq!(
            json_of(variant("on", true)),
            json!({"name": "on", "value": true, "description": ""})
        );
        assert_eq!(
            json_of(variant("blue", json!({"hex": "#00f"})).with_description("Blue theme")),
            json!({"name": "blue", "value": {"hex": "#00f"}, "description": "Blue theme"})
        );
        assert_eq!(
            json_of(variant("n", 3)),
            json!({"name": "n", "value": 3, "description": ""})
        );
        assert_eq!(
            json_of(variant("none", Value::Null)),
            json!({"name": "none", "value": null, "description": ""})
        );
    }

    #[test]
    fn fixed_is_basic() {
        assert_eq!(
            json_of(fixed("off")),
            json!({"type": "basic", "value": "off"})
        );
    }

    #[test]
    fn split_is_rollout_percentage() {
        assert_eq!(
            json_of(split([("on", 20), ("off", 80)]).unwrap()),
            json!({"type": "rollout_percentage", "distribution": {"on": 20, "off": 80}})
        );
        // Weights are relative: the SDK does not require a sum of 100.
        assert_eq!(
            json_of(split([("a".to_string(), 1)]).unwrap()),
            json!({"type": "rollout_percentage", "distribution": {"a": 1}})
        );
    }

    #[test]
    fn split_refuses_what_the_sdk_refuses() {
        let empty: [(&str, i64); 0] = [];
        let e = split(empty).unwrap_err();
        assert_eq!(e.field(), "distribution");
        assert!(e.message().contains("at least one variant"), "{e}");
        for bad in [0, -1, i64::MIN] {
            let e = split([("on", 50), ("off", bad)]).unwrap_err();
            assert_eq!(e.field(), "distribution");
            assert!(e.message().contains("positive integers"), "{e}");
            assert!(e.message().contains("\"off\""), "{e}");
        }
        let e = split_rule("r", "true", [("on", 0)]).unwrap_err();
        assert_eq!(e.field(), "distribution");
        let e = split([("on", 1), ("on", 2)]).unwrap_err();
        assert_eq!(e.field(), "distribution");
        assert!(e.message().contains("twice"), "{e}");
    }

    #[test]
    fn step_as_the_sdk() {
        assert_eq!(
            json_of(step("on", 10, at("2026-01-01T00:00:00Z")).unwrap()),
            json!({"variant": "on", "percentage": 10, "date": "2026-01-01T00:00:00Z"})
        );
        // An offset is converted to UTC with a `Z`.
        let paris = FixedOffset::east_opt(3600).unwrap();
        let local = paris.with_ymd_and_hms(2026, 3, 1, 9, 30, 0).unwrap();
        assert_eq!(
            json_of(step("on", 0, local).unwrap()),
            json!({"variant": "on", "percentage": 0, "date": "2026-03-01T08:30:00Z"})
        );
        // Sub-second times carry microseconds, as Python's isoformat does.
        assert_eq!(
            json_of(step("on", 100, at("2026-01-01T00:00:00.5Z")).unwrap())["date"],
            json!("2026-01-01T00:00:00.500000Z")
        );
    }

    #[test]
    fn step_percentage_bounds() {
        let t = at("2026-01-01T00:00:00Z");
        assert!(step("on", 0, t).is_ok());
        assert!(step("on", 100, t).is_ok());
        for bad in [-1, 101, i64::MAX] {
            let e = step("on", bad, t).unwrap_err();
            assert_eq!(e.field(), "percentage");
            assert!(e.message().contains("between 0 and 100"), "{e}");
        }
    }

    #[test]
    fn schedule_is_rollout_date() {
        let start = step("on", 0, at("2026-01-01T00:00:00Z")).unwrap();
        let end = step("on", 100, at("2026-02-01T00:00:00Z")).unwrap();
        assert_eq!(
            json_of(schedule(start.clone(), end.clone())),
            json!({
                "type": "rollout_date",
                "start": {"variant": "on", "percentage": 0, "date": "2026-01-01T00:00:00Z"},
                "end": {"variant": "on", "percentage": 100, "date": "2026-02-01T00:00:00Z"}
            })
        );
        assert_eq!(
            json_of(schedule_rule(
                "Ramp",
                "__kaiten.deploymentZone.type == 'staging'",
                start,
                end
            )),
            json!({
                "type": "rollout_date",
                "name": "Ramp",
                "rule": "__kaiten.deploymentZone.type == 'staging'",
                "start": {"variant": "on", "percentage": 0, "date": "2026-01-01T00:00:00Z"},
                "end": {"variant": "on", "percentage": 100, "date": "2026-02-01T00:00:00Z"}
            })
        );
    }

    #[test]
    fn rules_as_the_sdk() {
        assert_eq!(
            json_of(rule(
                "Growth plan",
                "__kaiten.license.familySlug == 'growth'",
                "on"
            )),
            json!({"type": "basic", "name": "Growth plan",
                   "rule": "__kaiten.license.familySlug == 'growth'", "variant": "on"})
        );
        assert_eq!(
            json_of(split_rule("Everyone else", "true", [("on", 20), ("off", 80)]).unwrap()),
            json!({"type": "rollout_percentage", "name": "Everyone else", "rule": "true",
                   "distribution": {"on": 20, "off": 80}})
        );
    }

    #[test]
    fn the_sdk_docstring_flag() {
        // targeting.py's module example, as the request body's JSON parts.
        let body = json!({
            "variants": [variant("on", true), variant("off", false)],
            "default_variant": fixed("off"),
            "targetings": [
                rule("Growth plan", "__kaiten.license.familySlug == 'growth'", "on"),
                split_rule("Everyone else", "true", [("on", 20), ("off", 80)]).unwrap(),
            ],
        });
        assert_eq!(
            body,
            json!({
                "variants": [
                    {"name": "on", "value": true, "description": ""},
                    {"name": "off", "value": false, "description": ""}
                ],
                "default_variant": {"type": "basic", "value": "off"},
                "targetings": [
                    {"type": "basic", "name": "Growth plan",
                     "rule": "__kaiten.license.familySlug == 'growth'", "variant": "on"},
                    {"type": "rollout_percentage", "name": "Everyone else", "rule": "true",
                     "distribution": {"on": 20, "off": 80}}
                ]
            })
        );
        assert_eq!(
            Value::from(fixed("off")),
            json!({"type": "basic", "value": "off"})
        );
    }

    #[test]
    fn decodes_what_it_encodes_and_keeps_unknown_types() {
        let start = step("a", 5, at("2026-01-01T00:00:00Z")).unwrap();
        let end = step("b", 95, at("2026-01-02T00:00:00Z")).unwrap();
        let all_defaults = [
            fixed("x"),
            split([("x", 1), ("y", 3)]).unwrap(),
            schedule(start.clone(), end.clone()),
        ];
        for d in all_defaults {
            let back: DefaultVariant = serde_json::from_value(json_of(&d)).unwrap();
            assert_eq!(back, d);
        }
        let all_rules = [
            rule("r", "true", "x"),
            split_rule("r", "true", [("x", 2)]).unwrap(),
            schedule_rule("r", "true", start, end),
        ];
        for t in all_rules {
            let back: Targeting = serde_json::from_value(json_of(&t)).unwrap();
            assert_eq!(back, t);
        }
        let future = json!({"type": "by_region", "regions": ["eu"]});
        let d: DefaultVariant = serde_json::from_value(future.clone()).unwrap();
        assert_eq!(d, DefaultVariant::Other(future.clone()));
        assert_eq!(json_of(&d), future);
        let t: Targeting = serde_json::from_value(future.clone()).unwrap();
        assert_eq!(t, Targeting::Other(future.clone()));
        assert_eq!(json_of(&t), future);
        // A known type with the wrong shape is an error, not `Other`.
        assert!(serde_json::from_value::<DefaultVariant>(json!({"type": "basic"})).is_err());
        assert!(
            serde_json::from_value::<Targeting>(json!({"type": "basic", "name": "r"})).is_err()
        );
        // A variant without a description (as a server may send) decodes.
        let v: Variant = serde_json::from_value(json!({"name": "on", "value": 1})).unwrap();
        assert_eq!(v, variant("on", 1));
    }
}
