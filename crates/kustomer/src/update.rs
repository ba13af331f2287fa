//! The body of PUT and PATCH, which can tell "leave out" from "set to null".

use std::collections::BTreeSet;

use client_runtime::InputError;
use serde::{Serialize, Serializer};

use crate::types::CustomerWrite;

/// A `CustomerWrite` field that may be sent as an explicit `null` to clear it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Nullable {
    /// `name`
    Name,
    /// `company` (note: leaving `company` out of an update also unlinks it)
    Company,
    /// `externalId`
    ExternalId,
    /// `username`
    Username,
    /// `signedUpAt`
    SignedUpAt,
    /// `lastActivityAt`
    LastActivityAt,
    /// `lastCustomerActivityAt`
    LastCustomerActivityAt,
    /// `lastSeenAt`
    LastSeenAt,
    /// `avatarUrl`
    AvatarUrl,
    /// `locale`
    Locale,
    /// `timeZone`
    TimeZone,
    /// `birthdayAt`
    BirthdayAt,
    /// `gender`
    Gender,
    /// `defaultLang`
    DefaultLang,
}

impl Nullable {
    /// Every nullable field.
    pub const ALL: [Nullable; 14] = [
        Nullable::Name,
        Nullable::Company,
        Nullable::ExternalId,
        Nullable::Username,
        Nullable::SignedUpAt,
        Nullable::LastActivityAt,
        Nullable::LastCustomerActivityAt,
        Nullable::LastSeenAt,
        Nullable::AvatarUrl,
        Nullable::Locale,
        Nullable::TimeZone,
        Nullable::BirthdayAt,
        Nullable::Gender,
        Nullable::DefaultLang,
    ];

    /// The JSON field name.
    pub fn json_name(self) -> &'static str {
        match self {
            Nullable::Name => "name",
            Nullable::Company => "company",
            Nullable::ExternalId => "externalId",
            Nullable::Username => "username",
            Nullable::SignedUpAt => "signedUpAt",
            Nullable::LastActivityAt => "lastActivityAt",
            Nullable::LastCustomerActivityAt => "lastCustomerActivityAt",
            Nullable::LastSeenAt => "lastSeenAt",
            Nullable::AvatarUrl => "avatarUrl",
            Nullable::Locale => "locale",
            Nullable::TimeZone => "timeZone",
            Nullable::BirthdayAt => "birthdayAt",
            Nullable::Gender => "gender",
            Nullable::DefaultLang => "defaultLang",
        }
    }

    fn is_set_in(self, w: &CustomerWrite) -> bool {
        match self {
            Nullable::Name => w.name.is_some(),
            Nullable::Company => w.company.is_some(),
            Nullable::ExternalId => w.external_id.is_some(),
            Nullable::Username => w.username.is_some(),
            Nullable::SignedUpAt => w.signed_up_at.is_some(),
            Nullable::LastActivityAt => w.last_activity_at.is_some(),
            Nullable::LastCustomerActivityAt => w.last_customer_activity_at.is_some(),
            Nullable::LastSeenAt => w.last_seen_at.is_some(),
            Nullable::AvatarUrl => w.avatar_url.is_some(),
            Nullable::Locale => w.locale.is_some(),
            Nullable::TimeZone => w.time_zone.is_some(),
            Nullable::BirthdayAt => w.birthday_at.is_some(),
            Nullable::Gender => w.gender.is_some(),
            Nullable::DefaultLang => w.default_lang.is_some(),
        }
    }
}

/// The body of update (PUT) and update attributes (PATCH).
///
/// Each field of [`CustomerUpdate::fields`] left as `None` is **left out**
/// of the request; each field named in [`CustomerUpdate::set_null`] is sent
/// as an explicit `null`, which clears it. One exception is Kustomer's:
/// **leaving `company` out of an update unlinks the customer from its
/// company**, so send the company again to keep it.
///
/// ```
/// use kustomer_client::{CustomerUpdate, Nullable, types::CustomerWrite};
///
/// let mut fields = CustomerWrite::default();
/// fields.locale = Some("en_GB".parse().unwrap());
/// let update = CustomerUpdate::new(fields).set_null(Nullable::AvatarUrl);
/// assert_eq!(
///     serde_json::to_value(&update).unwrap(),
///     serde_json::json!({"locale": "en_GB", "avatarUrl": null})
/// );
/// ```
#[derive(Debug, Clone, Default)]
pub struct CustomerUpdate {
    /// The fields to send; `None` leaves a field out.
    pub fields: CustomerWrite,
    nulls: BTreeSet<Nullable>,
}

impl CustomerUpdate {
    /// An update sending `fields` (and no explicit nulls).
    pub fn new(fields: CustomerWrite) -> CustomerUpdate {
        CustomerUpdate {
            fields,
            nulls: BTreeSet::new(),
        }
    }

    /// Sends `field` as `null` (clearing it).
    pub fn set_null(mut self, field: Nullable) -> CustomerUpdate {
        self.nulls.insert(field);
        self
    }

    /// The fields that will be sent as `null`.
    pub fn nulls(&self) -> impl Iterator<Item = Nullable> + '_ {
        self.nulls.iter().copied()
    }

    /// Refuses a field that is both given a value and set to null.
    pub fn check(&self) -> Result<(), InputError> {
        for n in &self.nulls {
            if n.is_set_in(&self.fields) {
                return Err(InputError::new(
                    n.json_name(),
                    "is both given a value and set to null; choose one",
                ));
            }
        }
        Ok(())
    }
}

impl From<CustomerWrite> for CustomerUpdate {
    fn from(fields: CustomerWrite) -> Self {
        CustomerUpdate::new(fields)
    }
}

impl Serialize for CustomerUpdate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut value = serde_json::to_value(&self.fields).map_err(serde::ser::Error::custom)?;
        if let Some(map) = value.as_object_mut() {
            for n in &self.nulls {
                map.entry(n.json_name()).or_insert(serde_json::Value::Null);
            }
        }
        value.serialize(serializer)
    }
}

/// The inverse of its `Serialize`: a [`CustomerWrite`] whose explicit
/// `null`s of [`Nullable`] fields become [`CustomerUpdate::set_null`] (so a
/// JSON update, such as the spec's example, reads back as the same update).
impl<'de> serde::Deserialize<'de> for CustomerUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut map = serde_json::Map::deserialize(deserializer)?;
        let mut nulls = BTreeSet::new();
        for n in Nullable::ALL {
            if map
                .get(n.json_name())
                .is_some_and(serde_json::Value::is_null)
            {
                map.remove(n.json_name());
                nulls.insert(n);
            }
        }
        let fields = serde_json::from_value(serde_json::Value::Object(map))
            .map_err(serde::de::Error::custom)?;
        Ok(CustomerUpdate { fields, nulls })
    }
}

/// On the wire a [`CustomerUpdate`] is a [`CustomerWrite`] (with the fields
/// named by [`CustomerUpdate::set_null`] sent as `null`), so its schema is
/// `CustomerWrite`'s, under the spec's name.
#[cfg(feature = "schemars")]
impl schemars::JsonSchema for CustomerUpdate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CustomerUpdate".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        CustomerWrite::json_schema(generator)
    }
}
