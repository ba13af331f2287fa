//! Bearer tokens held as secrets.

use std::fmt;

use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};

use crate::error::InputError;

/// A bearer token. It is never shown by `Debug` or `Display`, and the
/// `Authorization` header built from it is marked sensitive, so reqwest and
/// `http` redact it too.
#[derive(Clone)]
pub struct SecretToken {
    secret: SecretString,
}

impl SecretToken {
    /// Wraps a token after trimming surrounding white space. Refuses an empty
    /// token, and one with characters that cannot go into an HTTP header
    /// (control characters, non-ASCII, inner white space); `field` names the
    /// argument or variable it came from in the error message, which never
    /// contains the token itself.
    pub fn new(field: &'static str, token: impl Into<String>) -> Result<SecretToken, InputError> {
        let token: String = token.into();
        let trimmed = token.trim();
        if trimmed.is_empty() {
            return Err(InputError::new(field, "is empty; pass the API token"));
        }
        if trimmed
            .get(..7)
            .is_some_and(|p| p.eq_ignore_ascii_case("bearer "))
        {
            return Err(InputError::new(
                field,
                "starts with `Bearer `; pass the token alone (the client adds the scheme)",
            ));
        }
        if trimmed.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(InputError::new(
                field,
                "contains white space or control characters, which a bearer token cannot carry",
            ));
        }
        if !trimmed.is_ascii() {
            return Err(InputError::new(
                field,
                "contains non-ASCII characters, which a bearer token cannot carry",
            ));
        }
        if trimmed.len() > 16 * 1024 {
            return Err(InputError::new(field, "is longer than 16 KiB"));
        }
        Ok(SecretToken {
            secret: SecretString::from(trimmed.to_string()),
        })
    }

    /// Whether the token starts with `prefix` (for credential-class checks
    /// that must not reveal the token).
    pub fn starts_with(&self, prefix: &str) -> bool {
        self.secret.expose_secret().starts_with(prefix)
    }

    /// Whether the token appears in `text`: for tests and audits that prove
    /// it was not leaked.
    pub fn appears_in(&self, text: &str) -> bool {
        text.contains(self.secret.expose_secret())
    }

    /// The `Authorization: Bearer …` header value, marked sensitive.
    pub fn authorization(&self) -> HeaderValue {
        let mut v = HeaderValue::from_str(&format!("Bearer {}", self.secret.expose_secret()))
            .unwrap_or_else(|_| HeaderValue::from_static("Bearer"));
        v.set_sensitive(true);
        v
    }
}

impl fmt::Debug for SecretToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretToken(<redacted>)")
    }
}

impl fmt::Display for SecretToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacted_everywhere() {
        let t = SecretToken::new("token", "  ksh_s3cr3t  ").unwrap();
        assert_eq!(format!("{t:?}"), "SecretToken(<redacted>)");
        assert_eq!(format!("{t}"), "<redacted>");
        assert!(t.appears_in("xx ksh_s3cr3t yy"));
        let h = t.authorization();
        assert!(h.is_sensitive());
        assert_eq!(h.to_str().unwrap(), "Bearer ksh_s3cr3t");
        assert!(!format!("{h:?}").contains("s3cr3t"));
    }

    #[test]
    fn refuses_bad_tokens_naming_the_field() {
        let e = SecretToken::new("token", "Bearer ksh_x").unwrap_err();
        assert!(e.message().contains("pass the token alone"), "{e}");
        assert!(!e.message().contains("ksh_x"));
        for bad in ["", "   ", "a b", "a\nb", "tök", "bearer x"] {
            let e = SecretToken::new("KAITEN_AUTH_TOKEN", bad).unwrap_err();
            assert_eq!(e.field(), "KAITEN_AUTH_TOKEN");
            assert!(e.to_string().starts_with("KAITEN_AUTH_TOKEN "), "{e}");
        }
    }
}

/// A secret the API returns or takes inside a body (a minted token's value,
/// a signing secret): the type codegen gives every string property the spec
/// marks `x-rust-secret: true` or `format: password`. `Debug` (and so
/// tracing and the client's errors) shows `[redacted]`; the value is read
/// with [`Secret::expose`]. Serializing writes the real value, because a
/// request body must carry it.
#[derive(Clone)]
pub struct Secret(SecretString);

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(SecretString::from(value.into()))
    }

    /// The secret itself. Keep it out of logs.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Secret {
        Secret::new(value)
    }
}

impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose())
    }
}

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Secret, D::Error> {
        String::deserialize(deserializer).map(Secret::new)
    }
}

/// A secret's schema is a string's (`writeOnly` in spirit: the value is never
/// shown, only its shape).
#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Secret {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Secret".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

#[cfg(test)]
mod secret_value_tests {
    use super::*;

    #[test]
    fn a_secret_round_trips_through_json_and_never_shows_in_debug() {
        let s: Secret = serde_json::from_str("\"kt_s3cr3t\"").unwrap();
        assert_eq!(s.expose(), "kt_s3cr3t");
        assert_eq!(format!("{s:?}"), "[redacted]");
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"kt_s3cr3t\"");
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Minted {
            token: Secret,
        }
        let m: Minted = serde_json::from_str(r#"{"token":"kt_s3cr3t"}"#).unwrap();
        assert!(!format!("{m:?}").contains("s3cr3t"));
    }
}
