//! Telling Kaiten's errors apart the way its SDK does.
//!
//! Every failure is a [`crate::Error`]; [`ErrorExt`] adds what the SDK's
//! exception classes say: the [`ErrorKind`] (`BadRequest` for
//! `BadRequestError`, `NotFound` for `NotFoundError`, ...), the problem's
//! stable `code` (branch on it, not on the status), and the cases the SDK
//! raises as errors of their own: a 409 on the usage report is
//! `ThresholdExceededError` (the report was refused and nothing recorded).
//! Which operation and status that is comes from the spec
//! (`x-error-kinds`, see [`crate::generated::ERROR_KINDS`]).
//!
//! ```
//! use kaiten_client::{Error, ErrorExt, ErrorKind, codes};
//!
//! fn explain(e: &Error) -> &'static str {
//!     if e.is_threshold_exceeded() {
//!         "over the license's maximum: nothing was recorded"
//!     } else if e.has_code(codes::GET_LICENSE_FAMILY_NO_PUBLISHED_VERSION) {
//!         "the family has no published version yet"
//!     } else if e.kind() == ErrorKind::NotFound {
//!         "no such resource"
//!     } else {
//!         "something else"
//!     }
//! }
//! # let _ = explain;
//! ```

use crate::{Error, generated};
pub use client_runtime::ErrorKind;

/// The kind name the spec gives Kaiten's threshold-exceeded usage report.
const THRESHOLD_EXCEEDED: &str = "ThresholdExceeded";

/// Problem `code`s Kaiten documents (`Operation.Reason`), for
/// [`ErrorExt::has_code`]. Other codes come back as sent.
pub mod codes {
    /// 404 from `getLicenseFamily`: the family exists but has no published
    /// version to resolve to (the SDK tells it apart from a missing family).
    pub const GET_LICENSE_FAMILY_NO_PUBLISHED_VERSION: &str = "GetLicenseFamily.NoPublishedVersion";
    /// 404: no such license.
    pub const LICENSE_NOT_FOUND: &str = "License.NotFound";
    /// 404 from `createLicense`: the family does not exist.
    pub const CREATE_LICENSE_FAMILY_NOT_FOUND: &str = "CreateLicense.FamilyNotFound";
    /// 409 from `createLicense`: a default license must be published.
    pub const CREATE_LICENSE_DEFAULT_MUST_BE_PUBLISHED: &str =
        "CreateLicense.DefaultMustBePublished";
    /// 422 from `createLicense`: the license does not belong to that family.
    pub const CREATE_LICENSE_FAMILY_MISMATCH: &str = "CreateLicense.FamilyMismatch";
    /// `createLicense`: the lifecycle state cannot be set on creation.
    pub const CREATE_LICENSE_LIFECYCLE_STATE_NOT_SETTABLE: &str =
        "CreateLicense.LifecycleStateNotSettable";
    /// `createLicense`: the version cannot be set on creation.
    pub const CREATE_LICENSE_VERSION_NOT_SETTABLE: &str = "CreateLicense.VersionNotSettable";
    /// 409 from `updateLicense`: a default license must be published.
    pub const UPDATE_LICENSE_DEFAULT_MUST_BE_PUBLISHED: &str =
        "UpdateLicense.DefaultMustBePublished";
    /// `updateLicense`: a license cannot move to another family.
    pub const UPDATE_LICENSE_FAMILY_NOT_REASSIGNABLE: &str = "UpdateLicense.FamilyNotReassignable";
    /// `updateLicense`: the lifecycle state cannot be set by an update.
    pub const UPDATE_LICENSE_LIFECYCLE_STATE_NOT_SETTABLE: &str =
        "UpdateLicense.LifecycleStateNotSettable";
    /// `updateLicense`: the version cannot be set by an update.
    pub const UPDATE_LICENSE_VERSION_NOT_SETTABLE: &str = "UpdateLicense.VersionNotSettable";
    /// 409 from `publishLicense`: only a draft can be published.
    pub const PUBLISH_LICENSE_NOT_A_DRAFT: &str = "PublishLicense.NotADraft";
    /// 409 from `archiveLicense`: only a published license can be archived.
    pub const ARCHIVE_LICENSE_NOT_PUBLISHED: &str = "ArchiveLicense.NotPublished";
    /// 409 from `archiveLicense`: the family's default must stay published.
    pub const ARCHIVE_LICENSE_DEFAULT_MUST_BE_PUBLISHED: &str =
        "ArchiveLicense.DefaultMustBePublished";
    /// 409 from `unarchiveLicense`: the license is not archived.
    pub const UNARCHIVE_LICENSE_NOT_ARCHIVED: &str = "UnarchiveLicense.NotArchived";
    /// `createInstance`: the license is archived.
    pub const CREATE_INSTANCE_LICENSE_ARCHIVED: &str = "CreateInstance.LicenseArchived";
    /// `updateInstance`: the license is archived.
    pub const UPDATE_INSTANCE_LICENSE_ARCHIVED: &str = "UpdateInstance.LicenseArchived";
}

/// What Kaiten's SDK tells apart in an error, on [`crate::Error`].
pub trait ErrorExt {
    /// The problem's `code` (`GetLicenseFamily.NoPublishedVersion`), when
    /// the API sent a problem with one.
    fn code(&self) -> Option<&str>;

    /// Whether the problem's `code` is `code` (see [`codes`]).
    fn has_code(&self, code: &str) -> bool {
        self.code() == Some(code)
    }

    /// The kind the spec gives this operation's status (`x-error-kinds`),
    /// e.g. `ThresholdExceeded`; `None` for every other error.
    fn spec_kind(&self) -> Option<&'static str>;

    /// A usage report refused because it would take usage past the
    /// license's maximum (the grant plus its overage allowance): the SDK's
    /// `ThresholdExceededError`. Nothing was recorded; the report is never
    /// retried.
    fn is_threshold_exceeded(&self) -> bool {
        self.spec_kind() == Some(THRESHOLD_EXCEEDED)
    }
}

impl ErrorExt for Error {
    fn code(&self) -> Option<&str> {
        self.body()
            .and_then(|p| p.code.as_deref())
            .filter(|c| !c.is_empty())
    }

    fn spec_kind(&self) -> Option<&'static str> {
        let api = self.api()?;
        generated::error_kind(api.operation()?, api.status().as_u16())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_kind_the_spec_names_is_one_this_module_knows() {
        for (op, status, kind) in crate::generated::ERROR_KINDS {
            assert_eq!(*kind, super::THRESHOLD_EXCEEDED, "{op} {status}");
        }
        assert!(
            crate::generated::error_kind("reportInstanceEntitlementUsage", 409).is_some(),
            "the spec marks the usage report's 409"
        );
    }
}
