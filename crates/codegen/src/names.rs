//! The identifiers progenitor 0.15.1 and typify 0.8 derive from spec names,
//! reproduced so that [`crate::validate`](fn@crate::validate) can refuse two
//! spec names that would become one Rust name (a duplicate method or field
//! does not compile; a duplicate type name makes typify silently reuse the
//! first type).
//!
//! The word splitting is ported from heck 0.5 (`transform`), which both
//! generators use; identifier characters are approximated with
//! `char::is_alphanumeric` instead of Unicode XID, which only differs for
//! exotic characters.

/// Splits `s` into words the way heck 0.5 does: on every non-alphanumeric
/// character, between a lowercase and an uppercase letter, and before the
/// last capital of an acronym that is followed by a lowercase letter
/// (`HTTPResponse` → `HTTP`, `Response`).
pub(crate) fn words(s: &str) -> Vec<&str> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        Boundary,
        Lower,
        Upper,
    }
    let mut out = Vec::new();
    for word in s.split(|c: char| !c.is_alphanumeric()) {
        let mut chars = word.char_indices().peekable();
        let mut init = 0;
        let mut mode = Mode::Boundary;
        while let Some((i, c)) = chars.next() {
            let Some(&(next_i, next)) = chars.peek() else {
                out.push(&word[init..]);
                break;
            };
            let next_mode = if c.is_lowercase() {
                Mode::Lower
            } else if c.is_uppercase() {
                Mode::Upper
            } else {
                mode
            };
            if next_mode == Mode::Lower && next.is_uppercase() {
                out.push(&word[init..next_i]);
                init = next_i;
                mode = Mode::Boundary;
            } else if mode == Mode::Upper && c.is_uppercase() && next.is_lowercase() {
                out.push(&word[init..i]);
                init = i;
                mode = Mode::Boundary;
            } else {
                mode = next_mode;
            }
        }
    }
    out.retain(|w| !w.is_empty());
    out
}

/// heck's `to_snake_case`.
pub(crate) fn snake_case(s: &str) -> String {
    words(s)
        .iter()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join("_")
}

/// heck's `to_pascal_case`.
pub(crate) fn pascal_case(s: &str) -> String {
    words(s)
        .iter()
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.as_str().to_lowercase().chars())
                    .collect(),
                None => String::new(),
            }
        })
        .collect()
}

/// Which case a name is converted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// Types and enum variants.
    Pascal,
    /// Methods, arguments and fields.
    Snake,
}

/// The keywords typify refuses as identifiers (it appends `_`).
fn is_keyword(s: &str) -> bool {
    matches!(
        s,
        "_" | "abstract"
            | "as"
            | "async"
            | "await"
            | "become"
            | "box"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "do"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "final"
            | "fn"
            | "for"
            | "gen"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "macro"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "override"
            | "priv"
            | "pub"
            | "ref"
            | "return"
            | "Self"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "try"
            | "type"
            | "typeof"
            | "unsafe"
            | "unsized"
            | "use"
            | "virtual"
            | "where"
            | "while"
            | "yield"
    )
}

fn is_ident_continue(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn sanitize_with(input: &str, case: Case, empty_or_digit_prefix: &str) -> String {
    let to_case = match case {
        Case::Pascal => pascal_case,
        Case::Snake => snake_case,
    };
    let out = match input {
        "+1" => "plus1".to_string(),
        "-1" => "minus1".to_string(),
        _ => to_case(
            &input
                .replace('\'', "")
                .replace(|c: char| !is_ident_continue(c), "-"),
        ),
    };
    let out = match out.chars().next() {
        None => to_case("x"),
        Some(c) if is_ident_start(c) => out,
        Some(_) => format!("{empty_or_digit_prefix}{out}"),
    };
    if is_keyword(&out) {
        format!("{out}_")
    } else {
        out
    }
}

/// progenitor's `sanitize`: operation methods, arguments and the names it
/// suggests for inline types (`<operationId>-response`, `-body`, `-<param>`).
pub(crate) fn progenitor(input: &str, case: Case) -> String {
    sanitize_with(input, case, "_")
}

/// typify's `sanitize`: type names, enum variants and struct fields.
pub(crate) fn typify(input: &str, case: Case) -> String {
    let prefix = match case {
        Case::Pascal => "X",
        Case::Snake => "x",
    };
    sanitize_with(input, case, prefix)
}

/// The variant names typify gives the values of a string enum, or `None`
/// when it cannot make them unique (typify 0.8 then panics with "Failed to
/// make unique variant names").
pub(crate) fn enum_variants(values: &[&str]) -> Option<Vec<String>> {
    let unique = |names: &[String]| {
        let mut seen = std::collections::BTreeSet::new();
        names.iter().all(|n| seen.insert(n.as_str()))
    };
    let first: Vec<String> = values.iter().map(|v| typify(v, Case::Pascal)).collect();
    if unique(&first) {
        return Some(first);
    }
    let second: Vec<String> = values
        .iter()
        .map(|v| {
            typify(
                &v.replace(|c: char| c == '_' || !is_ident_continue(c), "X"),
                Case::Pascal,
            )
        })
        .collect();
    unique(&second).then_some(second)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_matches_heck() {
        assert_eq!(snake_case("getHTTPResponse"), "get_http_response");
        assert_eq!(snake_case("get_http_response"), "get_http_response");
        assert_eq!(snake_case("getX"), "get_x");
        assert_eq!(snake_case("X-Request-Id"), "x_request_id");
        assert_eq!(snake_case("listCustomers2"), "list_customers2");
        assert_eq!(snake_case("ABC"), "abc");
        assert_eq!(snake_case(""), "");
    }

    #[test]
    fn pascal_case_matches_heck() {
        assert_eq!(pascal_case("customer"), "Customer");
        assert_eq!(pascal_case("getC-response"), "GetCResponse");
        assert_eq!(pascal_case("foo bar"), "FooBar");
        assert_eq!(pascal_case("HTTPError"), "HttpError");
    }

    #[test]
    fn sanitize_like_the_generators() {
        assert_eq!(progenitor("type", Case::Snake), "type_");
        assert_eq!(progenitor("123abc", Case::Snake), "_123abc");
        assert_eq!(typify("", Case::Pascal), "X");
        assert_eq!(typify("1st", Case::Pascal), "X1st");
        assert_eq!(typify("self", Case::Pascal), "Self_");
    }

    #[test]
    fn enum_variants_like_typify() {
        assert_eq!(
            enum_variants(&["active", "closed"]),
            Some(vec!["Active".to_string(), "Closed".to_string()])
        );
        // First pass collides, second pass (elided characters as X) does not.
        assert_eq!(
            enum_variants(&["a_b", "aB"]),
            Some(vec!["AXb".to_string(), "AB".to_string()])
        );
        assert_eq!(enum_variants(&["foo bar", "foo-bar"]), None);
        assert_eq!(enum_variants(&["", "-", "+", "_"]), None);
        assert_eq!(enum_variants(&["self", "Self"]), None);
    }
}
