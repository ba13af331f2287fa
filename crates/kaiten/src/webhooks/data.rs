//! What webhook events carry in `data`, one struct per payload model of the
//! SDK (`kaitencloud.types`). Lenient, as every response model of this
//! crate: unknown fields are ignored, enums are plain strings (a value
//! added later parses), and a nullable or optional field may be missing.
//! The fields the SDK requires are required. Wire names are camelCase
//! unless the struct says snake_case.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use crate::targeting::{DefaultVariant, Targeting, Variant};
use crate::types::User;

type Time = DateTime<Utc>;
type Object = Map<String, Value>;

/// A versioned building block of the product, which releases are made of.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Component {
    /// When it was created.
    pub created_at: Time,
    /// Who created it.
    pub created_by: User,
    /// Its description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The previous version of this component.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_component_id: Option<String>,
    /// Its slug, unique per organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Its version.
    pub version: String,
}

/// A customer creation refused because the organization reached its
/// customer cap (no customer was created). snake_case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerCreationRejected {
    /// The name the customer would have had.
    pub name: String,
    /// Why it was refused.
    pub reason: String,
    /// The slug it would have had.
    pub slug: String,
}

/// A release deployed to a deployment zone (an append-only history record).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Deployment {
    /// When the deployment was recorded.
    pub created_at: Time,
    /// Who recorded it.
    pub created_by: User,
    /// The zone the release was deployed to.
    pub deployment_zone_id: String,
    /// The deployment's id.
    pub id: String,
    /// The release deployed.
    pub release_id: String,
}

/// An environment instances run in, and the release deployed to it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeploymentZone {
    /// When it was created.
    pub created_at: Time,
    /// Who created it.
    pub created_by: User,
    /// Its description.
    pub description: String,
    /// Its id.
    pub id: String,
    /// Typed metadata (validated against the organization's metadata fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Object>,
    /// Its name.
    pub name: String,
    /// The release currently deployed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_id: Option<String>,
    /// Its slug, unique per organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Environment class, free-form (`production`, `staging`,
    /// `development` are the ones the console labels); targeting rules see
    /// it as `__kaiten.deploymentZone.type`.
    #[serde(rename = "type")]
    pub type_: String,
    /// When it was last updated.
    pub updated_at: Time,
    /// Who last updated it.
    pub updated_by: User,
}

/// A reference to an entitlement group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntitlementGroupSummary {
    /// The group's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its slug.
    pub slug: String,
}

/// A catalog entry: something a license can grant, and how its usage is
/// measured.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entitlement {
    /// How reported usage folds into the total (`COUNT`, `SUM`, `AVERAGE`,
    /// `MIN`, `MAX`, `LATEST`; NUMBER only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregation_method: Option<String>,
    /// When it was created.
    pub created_at: Time,
    /// Its description (the key is always sent, possibly `null`).
    #[serde(default)]
    pub description: Option<String>,
    /// Sort order in customer-facing components.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_order: Option<i64>,
    /// The groups it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlement_groups: Option<Vec<EntitlementGroupSummary>>,
    /// The groups it belongs to, by slug.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_slugs: Option<Vec<String>>,
    /// An icon token (`provider:name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Phase of the periodic usage window (`CALENDAR`, `LICENSE_START`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reset_anchor: Option<String>,
    /// Usage reset cadence (`HOUR` … `YEAR`); none for a lifetime counter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reset_period: Option<String>,
    /// Base units per sale unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sale_unit_factor: Option<f64>,
    /// Plural label of the sale unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sale_unit_plural: Option<String>,
    /// Singular label of the sale unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sale_unit_singular: Option<String>,
    /// Its slug, unique per organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Its type (`BOOLEAN`, `NUMBER`, `CONFIG`, `NUMBER_AI_CREDIT`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Plural label of the base unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_plural: Option<String>,
    /// Singular label of the base unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_singular: Option<String>,
    /// When it was last updated.
    pub updated_at: Time,
    /// Whether customer-facing components show it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_facing: Option<bool>,
    /// Percentage of the cap at which a warning event fires (0: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning_threshold_percent: Option<i64>,
}

/// A named group of entitlements.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntitlementGroup {
    /// Its description (the key is always sent, possibly `null`).
    #[serde(default)]
    pub description: Option<String>,
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its slug, unique per organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

/// A typed entitlement value, discriminated by `type`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EntitlementValue {
    /// `number`: a quota, or an amount consumed ([`crate::usage::UNLIMITED`]
    /// for no cap).
    Number {
        /// The number.
        value: f64,
        /// Events accumulated (server-computed; leave it out when echoing).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        event_count: Option<i64>,
    },
    /// `boolean`: whether a feature is included.
    Boolean {
        /// The flag.
        value: bool,
    },
    /// `object`: a free-form configuration.
    Object {
        /// The configuration.
        value: Object,
    },
    /// A `type` this version does not know, as received.
    #[serde(untagged)]
    Other(Value),
}

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum KnownValue {
    Number {
        value: f64,
        #[serde(default)]
        event_count: Option<i64>,
    },
    Boolean {
        value: bool,
    },
    Object {
        value: Object,
    },
}

impl<'de> Deserialize<'de> for EntitlementValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        if !matches!(
            v.get("type").and_then(Value::as_str),
            Some("number" | "boolean" | "object")
        ) {
            return Ok(EntitlementValue::Other(v));
        }
        Ok(
            match KnownValue::deserialize(v).map_err(D::Error::custom)? {
                KnownValue::Number { value, event_count } => {
                    EntitlementValue::Number { value, event_count }
                }
                KnownValue::Boolean { value } => EntitlementValue::Boolean { value },
                KnownValue::Object { value } => EntitlementValue::Object { value },
            },
        )
    }
}

/// An instance's consumption of one entitlement, next to the grant it is
/// measured against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntitlementUsage {
    /// End of the current usage window (exclusive); none for a lifetime
    /// entitlement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_period_end: Option<Time>,
    /// Start of the current usage window (inclusive); none for a lifetime
    /// entitlement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_period_start: Option<Time>,
    /// The entitlement's id.
    pub entitlement_id: String,
    /// The entitlement's slug.
    pub entitlement_slug: String,
    /// The license's id.
    pub license_id: String,
    /// The license's slug.
    pub license_slug: String,
    /// The grant the usage is measured against (`-1` for unlimited).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<EntitlementValue>,
    /// The resolved value.
    pub value: EntitlementValue,
}

/// A feature flag: its variants, targeting rules and default variant.
/// snake_case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FeatureFlag {
    /// What a context no rule matches gets.
    pub default_variant: DefaultVariant,
    /// Its description (the key is always sent, possibly `null`).
    #[serde(default)]
    pub description: Option<String>,
    /// Whether it is enabled.
    pub enabled: bool,
    /// The event name evaluations are reported under.
    pub event_name: String,
    /// Its id.
    pub id: String,
    /// Free-form metadata.
    pub metadata: Object,
    /// Its name.
    pub name: String,
    /// Its slug, also the evaluation key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Targeting rules, in evaluation order (`null` when none).
    #[serde(default)]
    pub targetings: Option<Vec<Targeting>>,
    /// The variants' type (`boolean`, `string`, `number`, `object`).
    #[serde(rename = "type")]
    pub type_: String,
    /// Its variants (`null` when none).
    #[serde(default)]
    pub variants: Option<Vec<Variant>>,
}

/// One flag evaluation, without its evaluation context. snake_case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeatureFlagEvaluated {
    /// Set when the evaluation failed and the default was returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// Detail accompanying `error_code`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// The flag's id.
    pub flag_id: String,
    /// The flag's slug.
    pub flag_slug: String,
    /// The rule that matched, for a `TARGETING_MATCH`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matched_rule_name: Option<String>,
    /// Why the value resolved as it did.
    pub reason: String,
    /// The resolved variant, when the flag has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
}

/// An instance's link to a record in a third-party system. snake_case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InstanceIntegration {
    /// The record's id in the third-party system.
    pub external_id: String,
    /// The last synchronization error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    /// Adapter-specific metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Object>,
    /// When it was last synchronized.
    pub synced_at: Time,
    /// Link to the record in the third-party system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_url: Option<String>,
}

/// A deployment of the product for one customer, under one license.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Instance {
    /// When it was created.
    pub created_at: Time,
    /// Who created it.
    pub created_by: User,
    /// Its customer's id.
    pub customer_id: String,
    /// Its customer's slug.
    pub customer_slug: String,
    /// Its deployment zone's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_zone_id: Option<String>,
    /// Its deployment zone's slug.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_zone_slug: Option<String>,
    /// Its description.
    pub description: String,
    /// End of its license.
    pub end_license_date: Time,
    /// Its id.
    pub id: String,
    /// Integration links by adapter name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrations: Option<HashMap<String, InstanceIntegration>>,
    /// The license version it is pinned to.
    pub license_id: String,
    /// Its license's slug.
    pub license_slug: String,
    /// Commercial lifecycle stage, free-form (`TRIAL`, `ACTIVE`, `AT_RISK`,
    /// `CHURNED` suggested).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_stage: Option<String>,
    /// Its metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Object>,
    /// Its name.
    pub name: String,
    /// Its slug, unique per organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Start of its license.
    pub start_license_date: Time,
    /// Operational status (`HEALTHY`, `DEGRADED`, `INCIDENT`, `MAINTENANCE`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// When it was last updated.
    pub updated_at: Time,
    /// Who last updated it.
    pub updated_by: User,
}

/// A soft-limit entitlement's usage crossed its cap (fired once per
/// crossing). snake_case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InstanceEntitlementCapExceeded {
    /// The entitlement's slug.
    pub entitlement_slug: String,
    /// How far usage exceeds the cap.
    pub overage: f64,
    /// The cap.
    pub threshold: f64,
    /// Current usage, including the overage.
    pub value: f64,
}

/// A periodic usage window closed and a new one opened. snake_case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InstanceEntitlementUsagePeriodRolledOver {
    /// End of the closed window (the key is always sent, possibly `null`).
    #[serde(default)]
    pub closed_period_end: Option<Time>,
    /// Start of the closed window (the key is always sent, possibly `null`).
    #[serde(default)]
    pub closed_period_start: Option<Time>,
    /// The entitlement's id.
    pub entitlement_id: String,
    /// The entitlement's slug.
    pub entitlement_slug: String,
    /// Reports folded into the closed window.
    pub event_count: i64,
    /// The instance's id.
    pub instance_id: String,
    /// Whether this stands for a window skipped entirely since the last
    /// report.
    pub is_synthetic: bool,
    /// Start of the new window.
    pub new_period_start: Time,
    /// The closed window's value.
    pub value: f64,
}

/// The outcome of a usage report, accepted or rejected (both events carry
/// it). snake_case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InstanceEntitlementUsageReportAccepted {
    /// `append` (folded in) or `set` (overwritten).
    pub behavior: String,
    /// The entitlement's slug.
    pub entitlement_slug: String,
    /// Reports in the current usage window, including this one.
    pub event_count: i64,
    /// `ACCEPTED` or `REJECTED`.
    pub status: String,
    /// The reported value.
    pub value: f64,
}

/// Usage crossed an entitlement's warning threshold (fired once per
/// crossing). snake_case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InstanceEntitlementUsageWarningThresholdReached {
    /// The usage at which the warning fires (cap × warning percent / 100).
    pub boundary: f64,
    /// The entitlement's slug.
    pub entitlement_slug: String,
    /// The cap.
    pub threshold: f64,
    /// Current usage.
    pub value: f64,
}

/// An entitlement value read for an instance (a read audit, not a change).
/// snake_case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InstanceEntitlementValueGet {
    /// The entitlement's id.
    pub entitlement_id: String,
    /// The entitlement's slug.
    pub entitlement_slug: String,
    /// The instance's id.
    pub instance_id: String,
    /// The license's id.
    pub license_id: String,
    /// The organization's id.
    pub organization_id: String,
    /// When it was read.
    pub timestamp: Time,
    /// The value's discriminator.
    #[serde(rename = "type")]
    pub type_: String,
    /// The value read.
    pub value: EntitlementValue,
}

/// An instance's commercial lifecycle stage changed. snake_case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstanceLifecycleStageChanged {
    /// Who changed it.
    pub changed_by: String,
    /// The instance's id.
    pub instance_id: String,
    /// The new stage (the key is always sent, possibly `null`).
    #[serde(default)]
    pub new_lifecycle_stage: Option<String>,
    /// The previous stage (the key is always sent, possibly `null`).
    #[serde(default)]
    pub previous_lifecycle_stage: Option<String>,
}

/// An instance's operational status changed. snake_case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstanceStatusChanged {
    /// Who changed it.
    pub changed_by: String,
    /// The instance's id.
    pub instance_id: String,
    /// The new status (`HEALTHY`, `DEGRADED`, `INCIDENT`, `MAINTENANCE`).
    pub new_status: String,
    /// The previous status.
    pub previous_status: String,
}

/// A version of a license family: one set of grants, with its lifecycle
/// state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct License {
    /// When it was created.
    pub created_at: Time,
    /// Its description.
    pub description: String,
    /// Its family's id (always present in responses).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_id: Option<String>,
    /// Write-only on create; not expected here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_slug: Option<String>,
    /// Its id.
    pub id: String,
    /// Whether it is the version its family puts forward.
    pub is_default: bool,
    /// `DRAFT`, `PUBLISHED` or `ARCHIVED` (always present in responses).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_state: Option<String>,
    /// Its display name.
    pub name: String,
    /// Its slug, unique per organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// `DEVELOPMENT`, `TRIAL`, `PAID` or `COMMUNITY`.
    #[serde(rename = "type")]
    pub type_: String,
    /// When it was last updated.
    pub updated_at: Time,
    /// Its version in the family, assigned by the server (a string).
    pub version: String,
    /// A human-readable name for the version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
}

/// A grant: the value a license gives one entitlement, and how it is
/// enforced.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LicenseEntitlement {
    /// When it was created.
    pub created_at: Time,
    /// Who created it.
    pub created_by: User,
    /// The entitlement's groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlement_groups: Option<Vec<EntitlementGroupSummary>>,
    /// The entitlement's name.
    pub entitlement_name: String,
    /// The entitlement's slug.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlement_slug: Option<String>,
    /// `BOOLEAN`, `NUMBER` or `CONFIG`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlement_type: Option<String>,
    /// The license's id.
    pub license_id: String,
    /// The license's slug.
    pub license_slug: String,
    /// The overage allowance: `-1` unlimited, `0` hard limit, a positive
    /// percentage a soft limit; none for non-numeric grants. See
    /// [`crate::usage`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit_cap_exceeded_overage_percent: Option<i64>,
    /// When it was last updated.
    pub updated_at: Time,
    /// Who last updated it.
    pub updated_by: User,
    /// The granted value.
    pub value: EntitlementValue,
}

/// A license family (the product) resolved to one of its versions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LicenseFamilyView {
    /// When it was created.
    pub created_at: Time,
    /// The version it resolves to; none when it has no published version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_version: Option<License>,
    /// Its id.
    pub id: String,
    /// Its slug, stable across renames and versions.
    pub slug: String,
    /// When a version was last added.
    pub updated_at: Time,
    /// How many versions it has.
    pub version_count: i64,
    /// Every version, oldest first, when asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub versions: Option<Vec<License>>,
}

/// A typed field an organization declares on its instances or deployment
/// zones.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MetadataField {
    /// When it was archived; none while active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived_at: Option<Time>,
    /// When it was created.
    pub created_at: Time,
    /// Who created it.
    pub created_by: User,
    /// Sort order in the admin UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_order: Option<i64>,
    /// Its id.
    pub id: String,
    /// The JSON Schema (2020-12) of its values.
    pub json_schema: Object,
    /// Its key, unique per resource type.
    pub key: String,
    /// Its label.
    pub label: String,
    /// `DEPLOYMENT_ZONE` or `INSTANCE`.
    pub resource_type: String,
    /// When it was last updated.
    pub updated_at: Time,
    /// Who last updated it.
    pub updated_by: User,
}

/// Metadata fields were given a new display order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetadataFieldReordered {
    /// The fields' ids in their new order (the key is always sent,
    /// possibly `null`).
    #[serde(default)]
    pub ids: Option<Vec<String>>,
}

/// An immutable, versioned set of components.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Release {
    /// Its components' ids.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component_ids: Option<Vec<String>>,
    /// Its components, fixed at creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<Component>>,
    /// When it was created.
    pub created_at: Time,
    /// Who created it.
    pub created_by: User,
    /// Its description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its id.
    pub id: String,
    /// Its slug, unique per organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Its version.
    pub version: String,
}

/// A platform credential minted an organization credential for the
/// `system:kaiten` identity (never the credential's value).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SystemTokenIssuance {
    /// The credential class that minted it (`platform`).
    pub credential_kind: String,
    /// When the minted credential expires; none when it does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Time>,
    /// When it was minted.
    pub issued_at: Time,
    /// The minted credential's id.
    pub issued_token_id: String,
    /// Its label.
    pub name: String,
    /// The platform credential that minted it.
    pub platform_token_id: String,
    /// The scopes granted (the key is always sent, possibly `null`).
    #[serde(default)]
    pub scopes: Option<Vec<String>>,
    /// Its server-assigned slug.
    pub slug: String,
}
