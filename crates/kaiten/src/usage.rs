//! The semantics of the SDK's `kaitencloud.usage`, so an application can
//! render a meter or check a usage report before sending it.
//!
//! A numeric grant carries two numbers: its **value** and its **overage
//! allowance** (a license entitlement's `limitCapExceededOveragePercent`).
//! Every boundary derives from them:
//!
//! | overage percent | meaning | a report is refused when usage is |
//! |---|---|---|
//! | `-1` (value [`UNLIMITED`]) | unlimited | never |
//! | `0` or none | hard limit | above the value |
//! | `10` | soft limit, +10 % | above the value plus 10 % of it |
//!
//! - cap ([`maximum_allowed_usage`]) = `value + value × max(overage, 0) / 100`;
//!   none when the value is [`UNLIMITED`] (or any negative value). Zero is
//!   a real cap.
//! - a report is accepted ([`accepts`]) when `usage ≤ cap`.
//! - hard limit: overage ≤ 0; soft limit: overage > 0 (neither when unlimited).
//! - [`remaining`] = `max(cap − used, 0)`, none when unlimited.
//! - [`percentage_used`] = `used / value × 100`, against the grant, not the
//!   cap, so it exceeds 100 inside a soft limit's allowance; none when
//!   unlimited or the value is ≤ 0.
//!
//! ```
//! use kaiten_client::usage::{self, Grant};
//!
//! // 100 seats with a 10 % allowance: the 110th seat is served, the 111th refused.
//! let seats = Grant::new(100.0, Some(10));
//! assert_eq!(seats.cap(), Some(110.0));
//! assert!(seats.is_soft_limit());
//! assert!(seats.accepts(110.0) && !seats.accepts(111.0));
//! assert_eq!(seats.remaining(105.0), Some(5.0));
//! assert_eq!(seats.percentage_used(105.0), Some(105.0));
//!
//! assert_eq!(usage::maximum_allowed_usage(usage::UNLIMITED, Some(-1)), None);
//! ```
//!
//! Values are `f64` (the API's numbers); NaN in gives NaN or `false` out,
//! as in the SDK.
//!
//! [`UNLIMITED`]: crate::usage::UNLIMITED
//! [`maximum_allowed_usage`]: crate::usage::maximum_allowed_usage
//! [`accepts`]: crate::usage::accepts
//! [`remaining`]: crate::usage::remaining
//! [`percentage_used`]: crate::usage::percentage_used

/// The grant value that means "no cap".
pub const UNLIMITED: f64 = -1.0;

/// Whether a grant `value` is the unlimited sentinel, [`UNLIMITED`].
pub fn is_unlimited(value: f64) -> bool {
    value == UNLIMITED
}

/// The most usage the API accepts against a grant: its value plus its
/// allowance (`value + value × max(overage, 0) / 100`; a missing overage is
/// 0). `None` for an unlimited grant, and for any negative value.
pub fn maximum_allowed_usage(value: f64, overage_percent: Option<i64>) -> Option<f64> {
    if is_unlimited(value) || value < 0.0 {
        return None;
    }
    let overage = overage_percent.unwrap_or(0).max(0) as f64;
    Some(value + value * overage / 100.0)
}

/// Whether usage is refused as soon as it exceeds the grant's value: not
/// unlimited, and an overage of 0, none or negative.
pub fn is_hard_limit(value: f64, overage_percent: Option<i64>) -> bool {
    !is_unlimited(value) && overage_percent.unwrap_or(0) <= 0
}

/// Whether usage may exceed the grant's value by an allowance before being
/// refused: not unlimited, and a positive overage.
pub fn is_soft_limit(value: f64, overage_percent: Option<i64>) -> bool {
    !is_unlimited(value) && overage_percent.unwrap_or(0) > 0
}

/// Whether the API accepts a report that leaves usage at `usage`: always
/// when there is no cap, otherwise when `usage ≤ cap`.
pub fn accepts(value: f64, usage: f64, overage_percent: Option<i64>) -> bool {
    match maximum_allowed_usage(value, overage_percent) {
        None => true,
        Some(cap) => usage <= cap,
    }
}

/// How much more can be used before reports are refused,
/// `max(cap − used, 0)`; `None` when there is no cap.
pub fn remaining(value: f64, used: f64, overage_percent: Option<i64>) -> Option<f64> {
    let left = maximum_allowed_usage(value, overage_percent)? - used;
    // Python's max(left, 0.0): NaN stays NaN.
    Some(if 0.0 > left { 0.0 } else { left })
}

/// Usage as a percentage of the grant's value, `used / value × 100` (not of
/// its cap, so it can exceed 100); `None` when the grant is unlimited or its
/// value is ≤ 0.
pub fn percentage_used(value: f64, used: f64) -> Option<f64> {
    if is_unlimited(value) || value <= 0.0 {
        return None;
    }
    Some(used / value * 100.0)
}

/// A numeric grant, for calling the functions of this module as methods.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grant {
    /// The granted value ([`UNLIMITED`] for no cap).
    pub value: f64,
    /// The overage allowance in percent (`limitCapExceededOveragePercent`;
    /// `None` counts as 0).
    pub overage_percent: Option<i64>,
}

impl Grant {
    /// A grant of `value` with this overage allowance.
    pub fn new(value: f64, overage_percent: Option<i64>) -> Grant {
        Grant {
            value,
            overage_percent,
        }
    }

    /// See [`is_unlimited`].
    pub fn is_unlimited(&self) -> bool {
        is_unlimited(self.value)
    }

    /// The cap: see [`maximum_allowed_usage`].
    pub fn cap(&self) -> Option<f64> {
        maximum_allowed_usage(self.value, self.overage_percent)
    }

    /// See [`is_hard_limit`].
    pub fn is_hard_limit(&self) -> bool {
        is_hard_limit(self.value, self.overage_percent)
    }

    /// See [`is_soft_limit`].
    pub fn is_soft_limit(&self) -> bool {
        is_soft_limit(self.value, self.overage_percent)
    }

    /// See [`accepts`].
    pub fn accepts(&self, usage: f64) -> bool {
        accepts(self.value, usage, self.overage_percent)
    }

    /// See [`remaining`].
    pub fn remaining(&self, used: f64) -> Option<f64> {
        remaining(self.value, used, self.overage_percent)
    }

    /// See [`percentage_used`].
    pub fn percentage_used(&self, used: f64) -> Option<f64> {
        percentage_used(self.value, used)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlimited_is_minus_one_only() {
        assert!(is_unlimited(UNLIMITED));
        assert!(is_unlimited(-1.0));
        assert!(!is_unlimited(-2.0));
        assert!(!is_unlimited(0.0));
        assert!(!is_unlimited(f64::NAN));
    }

    #[test]
    fn cap_is_value_plus_allowance() {
        assert_eq!(maximum_allowed_usage(100.0, Some(0)), Some(100.0));
        assert_eq!(maximum_allowed_usage(100.0, None), Some(100.0));
        assert_eq!(maximum_allowed_usage(100.0, Some(10)), Some(110.0));
        assert_eq!(maximum_allowed_usage(100.0, Some(150)), Some(250.0));
        assert_eq!(maximum_allowed_usage(10.0, Some(5)), Some(10.5));
        // A negative overage counts as none: a hard limit.
        assert_eq!(maximum_allowed_usage(100.0, Some(-1)), Some(100.0));
        assert_eq!(maximum_allowed_usage(100.0, Some(-50)), Some(100.0));
        // Zero is a real cap, whatever the allowance.
        assert_eq!(maximum_allowed_usage(0.0, Some(0)), Some(0.0));
        assert_eq!(maximum_allowed_usage(0.0, Some(50)), Some(0.0));
    }

    #[test]
    fn no_cap_when_unlimited_or_negative() {
        assert_eq!(maximum_allowed_usage(UNLIMITED, Some(-1)), None);
        assert_eq!(maximum_allowed_usage(UNLIMITED, None), None);
        assert_eq!(maximum_allowed_usage(UNLIMITED, Some(10)), None);
        assert_eq!(maximum_allowed_usage(-5.0, Some(0)), None);
        assert_eq!(maximum_allowed_usage(-0.5, None), None);
    }

    #[test]
    fn hard_and_soft_limits() {
        assert!(is_hard_limit(100.0, Some(0)));
        assert!(is_hard_limit(100.0, None));
        assert!(is_hard_limit(100.0, Some(-1)));
        assert!(!is_soft_limit(100.0, Some(0)));
        assert!(!is_soft_limit(100.0, None));
        assert!(is_soft_limit(100.0, Some(1)));
        assert!(!is_hard_limit(100.0, Some(1)));
        // Unlimited is neither.
        assert!(!is_hard_limit(UNLIMITED, Some(-1)));
        assert!(!is_soft_limit(UNLIMITED, Some(10)));
        // A zero grant is a hard limit too.
        assert!(is_hard_limit(0.0, None));
    }

    #[test]
    fn accepted_up_to_the_cap_inclusive() {
        assert!(accepts(100.0, 100.0, Some(0)));
        assert!(!accepts(100.0, 100.5, Some(0)));
        assert!(accepts(100.0, 110.0, Some(10)));
        assert!(!accepts(100.0, 110.01, Some(10)));
        assert!(accepts(100.0, 0.0, None));
        assert!(accepts(100.0, -5.0, None));
        assert!(accepts(0.0, 0.0, None));
        assert!(!accepts(0.0, 1.0, Some(100)));
        // No cap: everything is accepted.
        assert!(accepts(UNLIMITED, 1e12, Some(-1)));
        assert!(accepts(-3.0, 1e12, None));
        // NaN compares false, as in the SDK.
        assert!(!accepts(100.0, f64::NAN, None));
    }

    #[test]
    fn remaining_counts_down_to_the_cap_and_stops_at_zero() {
        assert_eq!(remaining(100.0, 40.0, None), Some(60.0));
        assert_eq!(remaining(100.0, 100.0, Some(0)), Some(0.0));
        assert_eq!(remaining(100.0, 150.0, Some(0)), Some(0.0));
        assert_eq!(remaining(100.0, 105.0, Some(10)), Some(5.0));
        assert_eq!(remaining(100.0, 120.0, Some(10)), Some(0.0));
        assert_eq!(remaining(0.0, 0.0, None), Some(0.0));
        assert_eq!(remaining(UNLIMITED, 5.0, Some(-1)), None);
        assert_eq!(remaining(-2.0, 5.0, None), None);
        assert!(remaining(100.0, f64::NAN, None).unwrap().is_nan());
    }

    #[test]
    fn percentage_is_of_the_value_not_the_cap() {
        assert_eq!(percentage_used(100.0, 50.0), Some(50.0));
        assert_eq!(percentage_used(100.0, 0.0), Some(0.0));
        assert_eq!(percentage_used(100.0, 105.0), Some(105.0));
        assert_eq!(percentage_used(200.0, 300.0), Some(150.0));
        assert_eq!(percentage_used(UNLIMITED, 50.0), None);
        assert_eq!(percentage_used(0.0, 0.0), None);
        assert_eq!(percentage_used(-5.0, 1.0), None);
    }

    #[test]
    fn grant_methods_are_the_functions() {
        let g = Grant::new(100.0, Some(10));
        assert!(!g.is_unlimited());
        assert_eq!(g.cap(), Some(110.0));
        assert!(g.is_soft_limit() && !g.is_hard_limit());
        assert!(g.accepts(110.0) && !g.accepts(111.0));
        assert_eq!(g.remaining(100.0), Some(10.0));
        assert_eq!(g.percentage_used(150.0), Some(150.0));
        let u = Grant::new(UNLIMITED, Some(-1));
        assert!(u.is_unlimited());
        assert_eq!(u.cap(), None);
        assert!(!u.is_soft_limit() && !u.is_hard_limit());
        assert!(u.accepts(f64::MAX));
        assert_eq!(u.remaining(1.0), None);
        assert_eq!(u.percentage_used(1.0), None);
    }
}
