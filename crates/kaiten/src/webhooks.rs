//! Kaiten delivers webhooks through Svix (Standard Webhooks compatible).
//! Every delivery carries three headers, `svix-id`, `svix-timestamp` (Unix
//! seconds) and `svix-signature`, or the same under the `webhook-` prefix
//! (`webhook-id`, …); names are matched case-insensitively. The signature
//! header holds space-separated `v1,<base64>` entries, each an HMAC-SHA256
//! of `{id}.{timestamp}.{raw body}` keyed with the endpoint's signing
//! secret `whsec_<base64 key>`; a delivery is authentic when any `v1` entry
//! matches (compared in constant time), and fresh when its timestamp is
//! within a tolerance of now (5 minutes either way by default).
//!
//! Verify the **raw** request body, exactly as received: parsing and
//! re-serializing JSON changes the bytes that were signed. Then act on the
//! typed [`Event`], one variant per event type Kaiten publishes (55), with
//! [`Event::Unknown`] for a type newer than this crate.
//!
//! ```
//! use kaiten_client::webhooks::{Event, Webhook, WebhookError};
//!
//! /// A webhook endpoint's core: the raw body and the headers in, a status out.
//! fn handle(webhook: &Webhook, body: &[u8], headers: &http::HeaderMap) -> u16 {
//!     match webhook.verify_and_parse(body, headers) {
//!         Ok(Event::CustomerCreationRejected { data, .. }) => {
//!             eprintln!("customer cap reached: {} ({})", data.name, data.reason);
//!             204
//!         }
//!         Ok(Event::InstanceEntitlementCapExceeded { data, .. }) => {
//!             eprintln!("{} over its cap by {}", data.entitlement_slug, data.overage);
//!             204
//!         }
//!         Ok(_other) => 204,
//!         // Authentic, but not what the event type promises.
//!         Err(WebhookError::InvalidPayload { .. }) => 422,
//!         // Not from Kaiten, replayed, or stale: do not act on it.
//!         Err(_) => 400,
//!     }
//! }
//!
//! // Build it once: the secret is decoded and checked here.
//! let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").expect("a valid secret");
//! assert_eq!(handle(&webhook, b"{}", &http::HeaderMap::new()), 400);
//! ```
//!
//! Headers can also be given as name/value pairs (`&[(&str, &str)]`, a
//! `Vec` of pairs or a `HashMap`): see [`WebhookHeaders`].
//!
//! Nothing here panics on any input, and neither `Debug` nor `Display` of
//! a [`WebhookSecret`], a [`Webhook`] or a [`WebhookError`] shows the
//! secret.
//!
//! [`Event`]: crate::webhooks::Event
//! [`Event::Unknown`]: crate::webhooks::Event::Unknown
//! [`WebhookHeaders`]: crate::webhooks::WebhookHeaders
//! [`WebhookSecret`]: crate::webhooks::WebhookSecret
//! [`Webhook`]: crate::webhooks::Webhook
//! [`WebhookError`]: crate::webhooks::WebhookError

mod data;

use std::collections::HashMap;
use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretSlice};
use serde::de::DeserializeOwned;
use serde_json::Value;
use sha2::Sha256;

pub use data::{
    Component, CustomerCreationRejected, Deployment, DeploymentZone, Entitlement, EntitlementGroup,
    EntitlementGroupSummary, EntitlementUsage, EntitlementValue, FeatureFlag, FeatureFlagEvaluated,
    Instance, InstanceEntitlementCapExceeded, InstanceEntitlementUsagePeriodRolledOver,
    InstanceEntitlementUsageReportAccepted, InstanceEntitlementUsageWarningThresholdReached,
    InstanceEntitlementValueGet, InstanceIntegration, InstanceLifecycleStageChanged,
    InstanceStatusChanged, License, LicenseEntitlement, LicenseFamilyView, MetadataField,
    MetadataFieldReordered, Release, SystemTokenIssuance,
};

use crate::types::Customer;

/// How far a delivery's timestamp may be from now, either way: 5 minutes.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(5 * 60);

const SECRET_PREFIX: &str = "whsec_";

/// An endpoint's signing secret, `whsec_<base64>`: the key is the base64
/// decoding of what follows the prefix (the prefix may be left out, as the
/// SDK allows). Held as a secret: zeroed on drop, never shown by `Debug` or
/// `Display`.
#[derive(Clone)]
pub struct WebhookSecret {
    key: SecretSlice<u8>,
}

impl WebhookSecret {
    /// Decodes a signing secret (surrounding white space is ignored).
    /// Refused with [`WebhookError::InvalidSecret`] when what follows the
    /// prefix is not standard, padded base64 or decodes to no bytes; the
    /// error never contains the secret.
    pub fn new(secret: &str) -> Result<WebhookSecret, WebhookError> {
        let value = secret.trim();
        let value = value.strip_prefix(SECRET_PREFIX).unwrap_or(value);
        // The decode error names the offending byte: dropped, it is secret.
        let key = STANDARD
            .decode(value)
            .map_err(|_| WebhookError::InvalidSecret {
                reason: "is not base64 after the whsec_ prefix",
            })?;
        if key.is_empty() {
            return Err(WebhookError::InvalidSecret {
                reason: "is empty after the whsec_ prefix",
            });
        }
        Ok(WebhookSecret { key: key.into() })
    }

    fn mac(&self) -> Result<Hmac<Sha256>, WebhookError> {
        Hmac::<Sha256>::new_from_slice(self.key.expose_secret()).map_err(|_| {
            WebhookError::InvalidSecret {
                reason: "is not a usable HMAC key",
            }
        })
    }

    /// The `v1,<base64>` signature entry for a delivery, as Kaiten (Svix)
    /// computes it: for tests and for replaying deliveries to a handler.
    pub fn sign(&self, id: &str, timestamp: i64, body: &[u8]) -> Result<String, WebhookError> {
        let mut mac = self.mac()?;
        mac.update(id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        Ok(format!(
            "v1,{}",
            STANDARD.encode(mac.finalize().into_bytes())
        ))
    }
}

impl std::str::FromStr for WebhookSecret {
    type Err = WebhookError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        WebhookSecret::new(s)
    }
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookSecret(<redacted>)")
    }
}

impl fmt::Display for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Why a delivery was refused, or a secret or payload could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// The signing secret is not a valid `whsec_…` secret.
    InvalidSecret {
        /// What is wrong with it (never the secret itself).
        reason: &'static str,
    },
    /// A header is missing or empty under both prefixes.
    MissingHeader {
        /// Its `svix-` name (`svix-id`, `svix-timestamp`, `svix-signature`);
        /// the `webhook-` name was looked up as well.
        name: &'static str,
    },
    /// The timestamp header is not an integer number of seconds.
    InvalidTimestamp {
        /// The header's value, at most 64 characters of it.
        value: String,
    },
    /// The timestamp is further in the past than the tolerance: a replay,
    /// or a delivery held up too long.
    TooOld {
        /// The delivery's timestamp (Unix seconds).
        timestamp: i64,
        /// The tolerance applied.
        tolerance: Duration,
    },
    /// The timestamp is further in the future than the tolerance.
    TooNew {
        /// The delivery's timestamp (Unix seconds).
        timestamp: i64,
        /// The tolerance applied.
        tolerance: Duration,
    },
    /// No `v1` entry of the signature header matches the body: not signed
    /// with this secret, or altered on the way.
    NoMatchingSignature,
    /// The delivery is authentic (when it came from a `verify_and_parse`
    /// method), but its body is not a JSON object with a string `type`, or
    /// its `data` does not match the event type's model.
    InvalidPayload {
        /// The event type, when the body names one.
        event_type: Option<String>,
        /// What did not match.
        message: String,
    },
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::InvalidSecret { reason } => {
                write!(
                    f,
                    "the webhook signing secret {reason}; pass the endpoint's whsec_… secret"
                )
            }
            WebhookError::MissingHeader { name } => {
                let alt = name.replacen("svix-", "webhook-", 1);
                write!(f, "the {name} header (or {alt}) is missing or empty")
            }
            WebhookError::InvalidTimestamp { value } => write!(
                f,
                "the svix-timestamp header is not a Unix timestamp in seconds: {value:?}"
            ),
            WebhookError::TooOld {
                timestamp,
                tolerance,
            } => write!(
                f,
                "the delivery's timestamp {timestamp} is more than {} s in the past",
                tolerance.as_secs_f64()
            ),
            WebhookError::TooNew {
                timestamp,
                tolerance,
            } => write!(
                f,
                "the delivery's timestamp {timestamp} is more than {} s in the future",
                tolerance.as_secs_f64()
            ),
            WebhookError::NoMatchingSignature => {
                f.write_str("no v1 signature of the svix-signature header matches the payload")
            }
            WebhookError::InvalidPayload {
                event_type: Some(t),
                message,
            } => write!(
                f,
                "the webhook payload does not match the {t:?} event: {message}"
            ),
            WebhookError::InvalidPayload {
                event_type: None,
                message,
            } => write!(f, "the webhook payload is not an event: {message}"),
        }
    }
}

impl std::error::Error for WebhookError {}

/// Request headers to verify a delivery against: every value of a header,
/// by lowercase name, matched case-insensitively.
///
/// Implemented for [`http::HeaderMap`] (what axum, hyper, reqwest and
/// others use), for name/value pairs (`[(K, V)]`, `[(K, V); N]`,
/// `Vec<(K, V)>`) and for `HashMap<K, V>`, with `K: AsRef<str>` and
/// `V: AsRef<[u8]>` (`&str`, `String`, bytes).
pub trait WebhookHeaders {
    /// Every value of the header `name` (given in lowercase), in order.
    fn values(&self, name: &str) -> Vec<&[u8]>;
}

impl WebhookHeaders for http::HeaderMap {
    fn values(&self, name: &str) -> Vec<&[u8]> {
        self.get_all(name).iter().map(|v| v.as_bytes()).collect()
    }
}

impl<K: AsRef<str>, V: AsRef<[u8]>> WebhookHeaders for [(K, V)] {
    fn values(&self, name: &str) -> Vec<&[u8]> {
        self.iter()
            .filter(|(k, _)| k.as_ref().trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_ref())
            .collect()
    }
}

impl<K: AsRef<str>, V: AsRef<[u8]>, const N: usize> WebhookHeaders for [(K, V); N] {
    fn values(&self, name: &str) -> Vec<&[u8]> {
        self.as_slice().values(name)
    }
}

impl<K: AsRef<str>, V: AsRef<[u8]>> WebhookHeaders for Vec<(K, V)> {
    fn values(&self, name: &str) -> Vec<&[u8]> {
        self.as_slice().values(name)
    }
}

impl<K: AsRef<str>, V: AsRef<[u8]>, S> WebhookHeaders for HashMap<K, V, S> {
    fn values(&self, name: &str) -> Vec<&[u8]> {
        self.iter()
            .filter(|(k, _)| k.as_ref().trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_ref())
            .collect()
    }
}

/// The first non-empty value of `svix-{field}`, else of `webhook-{field}`.
fn header<'h, H: WebhookHeaders + ?Sized>(
    headers: &'h H,
    svix: &'static str,
    webhook: &str,
) -> Result<&'h [u8], WebhookError> {
    let first = |name: &str| {
        headers
            .values(name)
            .into_iter()
            .map(<[u8]>::trim_ascii)
            .find(|v| !v.is_empty())
    };
    first(svix)
        .or_else(|| first(webhook))
        .ok_or(WebhookError::MissingHeader { name: svix })
}

/// Every value of the signature header (both prefixes), space-separated
/// entries flattened.
fn signature_entries<H: WebhookHeaders + ?Sized>(headers: &H) -> Vec<&[u8]> {
    let mut values = headers.values("svix-signature");
    if values.iter().all(|v| v.trim_ascii().is_empty()) {
        values = headers.values("webhook-signature");
    }
    values
        .into_iter()
        .flat_map(|v| v.split(u8::is_ascii_whitespace))
        .filter(|e| !e.is_empty())
        .collect()
}

fn parse_timestamp(raw: &[u8]) -> Result<i64, WebhookError> {
    std::str::from_utf8(raw)
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .ok_or_else(|| WebhookError::InvalidTimestamp {
            value: String::from_utf8_lossy(raw)
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .take(64)
                .collect(),
        })
}

/// Nanoseconds since the Unix epoch (negative before it).
fn unix_nanos(t: SystemTime) -> i128 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// A verifier for one webhook endpoint: its secret and the timestamp
/// tolerance. Cheap to clone; build it once and reuse it.
#[derive(Clone, Debug)]
pub struct Webhook {
    secret: WebhookSecret,
    tolerance: Duration,
}

impl Webhook {
    /// A verifier for the signing secret `whsec_…`, with the default
    /// tolerance ([`DEFAULT_TOLERANCE`], 5 minutes). A secret that does not
    /// decode is [`WebhookError::InvalidSecret`].
    pub fn new(secret: &str) -> Result<Webhook, WebhookError> {
        Ok(Webhook::from_secret(WebhookSecret::new(secret)?))
    }

    /// A verifier for an already decoded secret.
    pub fn from_secret(secret: WebhookSecret) -> Webhook {
        Webhook {
            secret,
            tolerance: DEFAULT_TOLERANCE,
        }
    }

    /// The same verifier with another tolerance: how far a delivery's
    /// timestamp may be from now, in either direction (inclusive).
    pub fn with_tolerance(mut self, tolerance: Duration) -> Webhook {
        self.tolerance = tolerance;
        self
    }

    /// The tolerance in force.
    pub fn tolerance(&self) -> Duration {
        self.tolerance
    }

    /// The secret.
    pub fn secret(&self) -> &WebhookSecret {
        &self.secret
    }

    /// Verifies a delivery against the clock: its headers are present, its
    /// timestamp is within the tolerance and a `v1` signature matches.
    /// `body` is the raw request body.
    pub fn verify<H: WebhookHeaders + ?Sized>(
        &self,
        body: &[u8],
        headers: &H,
    ) -> Result<(), WebhookError> {
        self.verify_at(body, headers, SystemTime::now())
    }

    /// [`Webhook::verify`] with `now` as the current time (for tests, or a
    /// delivery that was queued with its arrival time).
    pub fn verify_at<H: WebhookHeaders + ?Sized>(
        &self,
        body: &[u8],
        headers: &H,
        now: SystemTime,
    ) -> Result<(), WebhookError> {
        let id = header(headers, "svix-id", "webhook-id")?;
        let raw_timestamp = header(headers, "svix-timestamp", "webhook-timestamp")?;
        let entries = signature_entries(headers);
        if entries.is_empty() {
            return Err(WebhookError::MissingHeader {
                name: "svix-signature",
            });
        }

        let timestamp = parse_timestamp(raw_timestamp)?;
        let sent = i128::from(timestamp) * 1_000_000_000;
        let now = unix_nanos(now);
        let tolerance = i128::try_from(self.tolerance.as_nanos()).unwrap_or(i128::MAX);
        if sent < now.saturating_sub(tolerance) {
            return Err(WebhookError::TooOld {
                timestamp,
                tolerance: self.tolerance,
            });
        }
        if sent > now.saturating_add(tolerance) {
            return Err(WebhookError::TooNew {
                timestamp,
                tolerance: self.tolerance,
            });
        }

        let mut mac = self.secret.mac()?;
        mac.update(id);
        mac.update(b".");
        mac.update(raw_timestamp);
        mac.update(b".");
        mac.update(body);
        for entry in entries {
            let mut parts = entry.splitn(2, |b| *b == b',');
            let (Some(b"v1"), Some(signature)) = (parts.next(), parts.next()) else {
                continue;
            };
            let Ok(signature) = STANDARD.decode(signature) else {
                continue;
            };
            // Constant-time comparison.
            if mac.clone().verify_slice(&signature).is_ok() {
                return Ok(());
            }
        }
        Err(WebhookError::NoMatchingSignature)
    }

    /// Verifies a delivery ([`Webhook::verify`]), then parses its event
    /// ([`parse_event`]).
    pub fn verify_and_parse<H: WebhookHeaders + ?Sized>(
        &self,
        body: &[u8],
        headers: &H,
    ) -> Result<Event, WebhookError> {
        self.verify_and_parse_at(body, headers, SystemTime::now())
    }

    /// [`Webhook::verify_and_parse`] with `now` as the current time.
    pub fn verify_and_parse_at<H: WebhookHeaders + ?Sized>(
        &self,
        body: &[u8],
        headers: &H,
        now: SystemTime,
    ) -> Result<Event, WebhookError> {
        self.verify_at(body, headers, now)?;
        parse_event(body)
    }
}

/// Parses an event **without verifying it**: for tests, or a payload
/// verified upstream. The body must be a JSON object with a string `type`;
/// a type this crate does not know is [`Event::Unknown`], and one it knows
/// must carry `data` matching its model ([`WebhookError::InvalidPayload`]
/// otherwise). A missing `name` is read as empty.
pub fn parse_event(body: &[u8]) -> Result<Event, WebhookError> {
    let invalid = |event_type: Option<&str>, message: String| WebhookError::InvalidPayload {
        event_type: event_type.map(str::to_string),
        message,
    };
    let value: Value =
        serde_json::from_slice(body).map_err(|e| invalid(None, format!("not JSON: {e}")))?;
    let Value::Object(mut envelope) = value else {
        return Err(invalid(None, "not a JSON object".into()));
    };
    let event_type = match envelope.remove("type") {
        Some(Value::String(t)) => t,
        Some(_) => return Err(invalid(None, "`type` is not a string".into())),
        None => return Err(invalid(None, "`type` is missing".into())),
    };
    let name = match envelope.remove("name") {
        Some(Value::String(n)) => n,
        None | Some(Value::Null) => String::new(),
        Some(_) => {
            return Err(invalid(Some(&event_type), "`name` is not a string".into()));
        }
    };
    let data = envelope.remove("data").unwrap_or(Value::Null);
    Event::from_parts(event_type, name, data)
}

fn decode<T: DeserializeOwned>(event_type: &str, data: Value) -> Result<T, WebhookError> {
    serde_json::from_value(data).map_err(|e| WebhookError::InvalidPayload {
        event_type: Some(event_type.to_string()),
        message: format!("data: {e}"),
    })
}

macro_rules! events {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident($data:ty) = $type:literal, $name:literal;
    )*) => {
        /// An event Kaiten delivers to a webhook endpoint, discriminated by
        /// its `type` (`com.kaiten.<resource>.v1.<action>`): one variant per
        /// published type, with `data` typed as the SDK types it, and
        /// [`Event::Unknown`] for any other type.
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub enum Event {
            $(
                $(#[doc = $doc])*
                #[doc = ""]
                #[doc = concat!("Type `", $type, "`, name `", $name, "`.")]
                $variant {
                    #[doc = concat!("The event name, `", $name, "`.")]
                    name: String,
                    /// What the event is about.
                    data: $data,
                },
            )*
            /// An event type this version of the crate does not know
            /// (typically one published after it), kept as received.
            Unknown {
                /// The event name.
                name: String,
                /// The event type.
                event_type: String,
                /// What the event is about, untyped (`null` when missing).
                data: Value,
            },
        }

        /// Every event type [`Event`] has a variant for, in the SDK's order.
        pub const EVENT_TYPES: &[&str] = &[$($type),*];

        impl Event {
            /// The event type, e.g. `com.kaiten.customer.v1.created`.
            pub fn event_type(&self) -> &str {
                match self {
                    $(Event::$variant { .. } => $type,)*
                    Event::Unknown { event_type, .. } => event_type,
                }
            }

            /// The event name as delivered, e.g. `CUSTOMER_CREATED`.
            pub fn name(&self) -> &str {
                match self {
                    $(Event::$variant { name, .. } => name,)*
                    Event::Unknown { name, .. } => name,
                }
            }

            /// The name Kaiten publishes for a known event type (`None` for
            /// any other type).
            pub fn name_of(event_type: &str) -> Option<&'static str> {
                match event_type {
                    $($type => Some($name),)*
                    _ => None,
                }
            }

            fn from_parts(event_type: String, name: String, data: Value) -> Result<Event, WebhookError> {
                Ok(match event_type.as_str() {
                    $($type => Event::$variant { name, data: decode($type, data)? },)*
                    _ => Event::Unknown { name, event_type, data },
                })
            }
        }
    };
}

events! {
    /// A component was created.
    ComponentCreated(Component) = "com.kaiten.component.v1.created", "COMPONENT_CREATED";
    /// A component was deleted.
    ComponentDeleted(Component) = "com.kaiten.component.v1.deleted", "COMPONENT_DELETED";
    /// A component was updated or auto-versioned.
    ComponentUpdated(Component) = "com.kaiten.component.v1.updated", "COMPONENT_UPDATED";
    /// A customer was created.
    CustomerCreated(Customer) = "com.kaiten.customer.v1.created", "CUSTOMER_CREATED";
    /// A customer creation was refused because the organization reached its
    /// customer cap; no customer was created.
    CustomerCreationRejected(CustomerCreationRejected) = "com.kaiten.customer.v1.creation_rejected", "CUSTOMER_CREATION_REJECTED";
    /// A customer was deleted.
    CustomerDeleted(Customer) = "com.kaiten.customer.v1.deleted", "CUSTOMER_DELETED";
    /// A customer was updated.
    CustomerUpdated(Customer) = "com.kaiten.customer.v1.updated", "CUSTOMER_UPDATED";
    /// A deployment zone was created.
    DeploymentZoneCreated(DeploymentZone) = "com.kaiten.deployment_zone.v1.created", "DEPLOYMENT_ZONE_CREATED";
    /// A deployment zone was deleted.
    DeploymentZoneDeleted(DeploymentZone) = "com.kaiten.deployment_zone.v1.deleted", "DEPLOYMENT_ZONE_DELETED";
    /// A release was deployed to a deployment zone (at the zone's creation
    /// or when its release changed).
    ReleaseDeployed(Deployment) = "com.kaiten.deployment_zone.v1.release_deployed", "RELEASE_DEPLOYED";
    /// A deployment zone was updated.
    DeploymentZoneUpdated(DeploymentZone) = "com.kaiten.deployment_zone.v1.updated", "DEPLOYMENT_ZONE_UPDATED";
    /// An entitlement was created.
    EntitlementCreated(Entitlement) = "com.kaiten.entitlement.v1.created", "ENTITLEMENT_CREATED";
    /// An entitlement was deleted.
    EntitlementDeleted(Entitlement) = "com.kaiten.entitlement.v1.deleted", "ENTITLEMENT_DELETED";
    /// An entitlement was updated.
    EntitlementUpdated(Entitlement) = "com.kaiten.entitlement.v1.updated", "ENTITLEMENT_UPDATED";
    /// An entitlement group was created.
    EntitlementGroupCreated(EntitlementGroup) = "com.kaiten.entitlement_group.v1.created", "ENTITLEMENT_GROUP_CREATED";
    /// An entitlement group was deleted.
    EntitlementGroupDeleted(EntitlementGroup) = "com.kaiten.entitlement_group.v1.deleted", "ENTITLEMENT_GROUP_DELETED";
    /// An entitlement group was updated.
    EntitlementGroupUpdated(EntitlementGroup) = "com.kaiten.entitlement_group.v1.updated", "ENTITLEMENT_GROUP_UPDATED";
    /// A feature flag was created.
    FeatureFlagCreated(FeatureFlag) = "com.kaiten.feature_flag.v1.created", "FEATURE_FLAG_CREATED";
    /// A feature flag was deleted.
    FeatureFlagDeleted(FeatureFlag) = "com.kaiten.feature_flag.v1.deleted", "FEATURE_FLAG_DELETED";
    /// A flag was evaluated (on every evaluation; no evaluation context is
    /// included).
    FeatureFlagEvaluated(FeatureFlagEvaluated) = "com.kaiten.feature_flag.v1.evaluated", "FEATURE_FLAG_EVALUATED";
    /// A feature flag was updated.
    FeatureFlagUpdated(FeatureFlag) = "com.kaiten.feature_flag.v1.updated", "FEATURE_FLAG_UPDATED";
    /// A platform credential minted an organization credential for the
    /// `system:kaiten` identity (about as often as an integration refreshes).
    SystemOrganizationTokenIssued(SystemTokenIssuance) = "com.kaiten.identity.v1.system_token_issued", "SYSTEM_ORGANIZATION_TOKEN_ISSUED";
    /// A soft-limit entitlement's usage crossed its cap (once per crossing).
    InstanceEntitlementCapExceeded(InstanceEntitlementCapExceeded) = "com.kaiten.instance.entitlement.v1.cap_exceeded", "INSTANCE_ENTITLEMENT_CAP_EXCEEDED";
    /// A usage window closed (once per window closed by a report, skipped
    /// windows included as synthetic events).
    InstanceEntitlementUsagePeriodRolledOver(InstanceEntitlementUsagePeriodRolledOver) = "com.kaiten.instance.entitlement.v1.usage_period_rolled_over", "INSTANCE_ENTITLEMENT_USAGE_PERIOD_ROLLED_OVER";
    /// An instance's entitlement usage reached its threshold.
    InstanceEntitlementUsageReached(EntitlementUsage) = "com.kaiten.instance.entitlement.v1.usage_reached", "INSTANCE_ENTITLEMENT_USAGE_REACHED";
    /// A usage report was persisted (a soft-limit overage included).
    InstanceEntitlementUsageReportAccepted(InstanceEntitlementUsageReportAccepted) = "com.kaiten.instance.entitlement.v1.usage_report_accepted", "ENTITLEMENT_USAGE_REPORT_ACCEPTED";
    /// A usage report was refused at a hard limit's cap; nothing was
    /// recorded.
    InstanceEntitlementUsageReportRejected(InstanceEntitlementUsageReportAccepted) = "com.kaiten.instance.entitlement.v1.usage_report_rejected", "ENTITLEMENT_USAGE_REPORT_REJECTED";
    /// Usage crossed an entitlement's early-warning threshold (once per
    /// crossing).
    InstanceEntitlementUsageWarningThresholdReached(InstanceEntitlementUsageWarningThresholdReached) = "com.kaiten.instance.entitlement.v1.usage_warning_threshold_reached", "INSTANCE_ENTITLEMENT_USAGE_WARNING_THRESHOLD_REACHED";
    /// An instance entitlement's value was read (a read audit, not a
    /// change).
    InstanceEntitlementValueGet(InstanceEntitlementValueGet) = "com.kaiten.instance.entitlement.v1.value_get", "ENTITLEMENT_VALUE_GET";
    /// An instance was created.
    InstanceCreated(Instance) = "com.kaiten.instance.v1.created", "INSTANCE_CREATED";
    /// An instance was deleted.
    InstanceDeleted(Instance) = "com.kaiten.instance.v1.deleted", "INSTANCE_DELETED";
    /// An instance was deployed to a deployment zone.
    InstanceDeployed(Instance) = "com.kaiten.instance.v1.deployed", "INSTANCE_DEPLOYED";
    /// An instance's commercial lifecycle stage changed.
    InstanceLifecycleStageChanged(InstanceLifecycleStageChanged) = "com.kaiten.instance.v1.lifecycle_stage_changed", "INSTANCE_LIFECYCLE_STAGE_CHANGED";
    /// An instance moved from one deployment zone to another.
    InstanceMigrated(Instance) = "com.kaiten.instance.v1.migrated", "INSTANCE_MIGRATED";
    /// An instance's operational status changed.
    InstanceStatusChanged(InstanceStatusChanged) = "com.kaiten.instance.v1.status_changed", "INSTANCE_STATUS_CHANGED";
    /// An instance was updated.
    InstanceUpdated(Instance) = "com.kaiten.instance.v1.updated", "INSTANCE_UPDATED";
    /// An entitlement was assigned to a license.
    LicenseEntitlementAssigned(LicenseEntitlement) = "com.kaiten.license.entitlement.v1.assigned", "LICENSE_ENTITLEMENT_ASSIGNED";
    /// An entitlement was unassigned from a license.
    LicenseEntitlementUnassigned(LicenseEntitlement) = "com.kaiten.license.entitlement.v1.unassigned", "LICENSE_ENTITLEMENT_UNASSIGNED";
    /// A license entitlement was updated.
    LicenseEntitlementUpdated(LicenseEntitlement) = "com.kaiten.license.entitlement.v1.updated", "LICENSE_ENTITLEMENT_UPDATED";
    /// A published license version was archived (withdrawn from sale).
    LicenseArchived(License) = "com.kaiten.license.v1.archived", "LICENSE_ARCHIVED";
    /// A license was created.
    LicenseCreated(License) = "com.kaiten.license.v1.created", "LICENSE_CREATED";
    /// A license was deleted.
    LicenseDeleted(License) = "com.kaiten.license.v1.deleted", "LICENSE_DELETED";
    /// A draft license version was published (put on sale).
    LicensePublished(License) = "com.kaiten.license.v1.published", "LICENSE_PUBLISHED";
    /// An archived license version was put back on sale.
    LicenseUnarchived(License) = "com.kaiten.license.v1.unarchived", "LICENSE_UNARCHIVED";
    /// A license was updated.
    LicenseUpdated(License) = "com.kaiten.license.v1.updated", "LICENSE_UPDATED";
    /// A license created without a family opened a new one (recorded with
    /// that version's `LICENSE_CREATED`).
    LicenseFamilyCreated(LicenseFamilyView) = "com.kaiten.license_family.v1.created", "LICENSE_FAMILY_CREATED";
    /// A family's last version was deleted, deleting the family (as it
    /// stood before) and freeing its slug.
    LicenseFamilyDeleted(LicenseFamilyView) = "com.kaiten.license_family.v1.deleted", "LICENSE_FAMILY_DELETED";
    /// A family started serving another version, or none.
    LicenseFamilyUpdated(LicenseFamilyView) = "com.kaiten.license_family.v1.updated", "LICENSE_FAMILY_UPDATED";
    /// A metadata field was archived.
    MetadataFieldArchived(MetadataField) = "com.kaiten.metadata_field.v1.archived", "METADATA_FIELD_ARCHIVED";
    /// A metadata field was declared for a resource type.
    MetadataFieldCreated(MetadataField) = "com.kaiten.metadata_field.v1.created", "METADATA_FIELD_CREATED";
    /// A resource type's metadata fields were given a new display order.
    MetadataFieldReordered(MetadataFieldReordered) = "com.kaiten.metadata_field.v1.reordered", "METADATA_FIELD_REORDERED";
    /// An archived metadata field was restored.
    MetadataFieldUnarchived(MetadataField) = "com.kaiten.metadata_field.v1.unarchived", "METADATA_FIELD_UNARCHIVED";
    /// A metadata field's label or JSON schema changed (a reordering is
    /// `METADATA_FIELD_REORDERED`).
    MetadataFieldUpdated(MetadataField) = "com.kaiten.metadata_field.v1.updated", "METADATA_FIELD_UPDATED";
    /// A release was created.
    ReleaseCreated(Release) = "com.kaiten.release.v1.created", "RELEASE_CREATED";
    /// A release was deleted.
    ReleaseDeleted(Release) = "com.kaiten.release.v1.deleted", "RELEASE_DELETED";
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const TS: i64 = 1_614_265_330;
    const BODY: &[u8] = br#"{"test": 2432232314}"#;

    fn at(secs: i64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs as u64)
    }

    fn signed(sig: &str) -> Vec<(&'static str, String)> {
        vec![
            ("svix-id", ID.to_string()),
            ("svix-timestamp", TS.to_string()),
            ("svix-signature", sig.to_string()),
        ]
    }

    #[test]
    fn the_standard_webhooks_test_vector() {
        // The published Svix / Standard Webhooks example delivery.
        let secret = WebhookSecret::new(SECRET).unwrap();
        let sig = secret.sign(ID, TS, BODY).unwrap();
        assert_eq!(sig, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        let wh = Webhook::from_secret(secret);
        wh.verify_at(BODY, &signed(&sig), at(TS)).unwrap();
    }

    #[test]
    fn secret_prefix_is_optional_and_bad_secrets_are_typed() {
        let bare = SECRET.strip_prefix("whsec_").unwrap();
        let a = WebhookSecret::new(bare)
            .unwrap()
            .sign(ID, TS, BODY)
            .unwrap();
        let b = WebhookSecret::new(&format!("  {SECRET}\n"))
            .unwrap()
            .sign(ID, TS, BODY)
            .unwrap();
        assert_eq!(a, b);
        for bad in [
            "",
            "whsec_",
            "whsec_!!!",
            "whsec_abc",
            "whsec_ab cd",
            "whsec_é",
        ] {
            let e = WebhookSecret::new(bad).unwrap_err();
            assert!(
                matches!(e, WebhookError::InvalidSecret { .. }),
                "{bad:?}: {e:?}"
            );
        }
    }

    #[test]
    fn timestamps_are_checked_before_signatures() {
        let wh = Webhook::new(SECRET).unwrap();
        let e = wh
            .verify_at(BODY, &signed("v1,AAAA"), at(TS + 301))
            .unwrap_err();
        assert!(
            matches!(e, WebhookError::TooOld { timestamp: TS, .. }),
            "{e:?}"
        );
        let e = wh.verify_at(BODY, &signed("v1,AAAA"), at(TS)).unwrap_err();
        assert_eq!(e, WebhookError::NoMatchingSignature);
    }

    #[test]
    fn garbage_never_panics() {
        let wh = Webhook::new(SECRET).unwrap();
        let long = "9".repeat(400);
        let cases: Vec<Vec<(&str, &str)>> = vec![
            vec![],
            vec![
                ("svix-id", ""),
                ("svix-timestamp", ""),
                ("svix-signature", ""),
            ],
            vec![
                ("svix-id", "x"),
                ("svix-timestamp", "-9223372036854775808"),
                ("svix-signature", "v1"),
            ],
            vec![
                ("svix-id", "x"),
                ("svix-timestamp", "9223372036854775807"),
                ("svix-signature", ",,,"),
            ],
            vec![
                ("svix-id", "x"),
                ("svix-timestamp", long.as_str()),
                ("svix-signature", "v1,"),
            ],
            vec![
                ("svix-id", "x"),
                ("svix-timestamp", "1e9"),
                ("svix-signature", "v1,="),
            ],
            vec![
                ("svix-id", "x"),
                ("svix-timestamp", "1614265330"),
                ("svix-signature", "v1,%%% v2,abc v1a,xyz"),
            ],
        ];
        for headers in cases {
            assert!(wh.verify_at(b"", &headers, at(TS)).is_err());
            assert!(
                wh.verify_at(&[0xff, 0, 1], &headers, UNIX_EPOCH - Duration::from_secs(5))
                    .is_err()
            );
        }
        assert!(
            wh.clone()
                .with_tolerance(Duration::MAX)
                .verify_at(b"", &signed("v1,x"), at(0))
                .is_err()
        );
        let bodies: [&[u8]; 6] = [b"", b"null", b"[]", b"{", b"{\"type\": 5}", b"\xff\xfe"];
        for body in bodies {
            assert!(matches!(
                parse_event(body),
                Err(WebhookError::InvalidPayload { .. })
            ));
        }
        let e = WebhookError::InvalidTimestamp { value: "x".into() };
        assert!(e.to_string().contains("svix-timestamp"));
    }

    #[test]
    fn names_and_types_agree() {
        assert_eq!(EVENT_TYPES.len(), 55);
        for t in EVENT_TYPES {
            let name = Event::name_of(t).unwrap();
            let e = Event::from_parts(t.to_string(), name.into(), json!({}));
            // Every known type refuses data that is not its model, except
            // the one whose model has no required field.
            match e {
                Ok(e) => assert!(matches!(e, Event::MetadataFieldReordered { .. }), "{t}"),
                Err(e) => assert!(
                    matches!(&e, WebhookError::InvalidPayload { event_type: Some(x), .. } if x == t),
                    "{e:?}"
                ),
            }
        }
        let u = parse_event(br#"{"type":"com.kaiten.x.v2.new","name":"X","data":[1]}"#).unwrap();
        assert_eq!(u.event_type(), "com.kaiten.x.v2.new");
        assert_eq!(u.name(), "X");
        assert!(Event::name_of("com.kaiten.x.v2.new").is_none());
    }
}
