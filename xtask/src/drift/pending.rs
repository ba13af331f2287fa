//! SDK models whose spec schema is not written yet.
//!
//! `drift` reports an SDK model with no schema in the spec as a difference.
//! While a spec is being written resource by resource, the models of the
//! resources it does not cover yet are listed here, so that `cargo xtask ci`
//! can run the check on everything the spec *does* cover. This is a list of
//! work left, not an exemption:
//!
//! * a listed model is still checked in full as soon as its schema exists
//!   (and every run then asks for its entry to be removed);
//! * a model that is not listed and has no schema is a difference, so a new
//!   SDK model needs a schema (or, deliberately, an entry here);
//! * every run prints the listed models that still lack a schema, by name;
//! * `cargo xtask drift --docs … --strict` ignores this list and reports each
//!   of them as a difference.
//!
//! Remove entries as schemas land; delete a vendor's row when it is empty.

/// `(vendor, models)`: none today (every Kaiten model has its schema).
const PENDING: &[(&str, &[&str])] = &[];

/// The pending models of `vendor` (none for a vendor without a row).
pub fn for_vendor(vendor: &str) -> &'static [&'static str] {
    PENDING
        .iter()
        .find(|(v, _)| *v == vendor)
        .map_or(&[], |(_, models)| models)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_unique_and_sorted() {
        for &(vendor, models) in PENDING {
            assert!(!models.is_empty(), "{vendor}: delete an empty row");
            assert!(
                models.windows(2).all(|w| w[0] < w[1]),
                "{vendor}: keep the list sorted and without repeats"
            );
        }
        assert!(for_vendor("nobody").is_empty());
    }
}
