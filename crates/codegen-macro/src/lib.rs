//! `generate!("<vendor>")`: a vendor client rendered from its spec while the
//! vendor crate compiles.
//!
//! Each vendor crate (`crates/<vendor>`) calls [`generate!`] when its default
//! `codegen` feature is on, and this crate is an *optional* dependency that
//! only that feature pulls in. The expansion is [`codegen::render`], the same
//! function `cargo xtask codegen` writes the committed snapshot
//! `crates/<vendor>/generated/<vendor>.rs` with, so the generated client and
//! the snapshot cannot disagree.
//!
//! Why a proc macro and not a `build.rs`: cargo cannot make a build script
//! depend on a feature, so a crate with one compiles and runs it even when
//! the feature is off. With the macro, a user who opts out
//! (`default-features = false`) builds a crate with no build script and no
//! generator in its graph: exactly a crate with checked-in code.
//!
//! Rebuilds: the expansion starts with
//! `const _: &[u8] = include_bytes!("<absolute path of the spec>");`, which
//! puts the spec in rustc's dep-info, so cargo recompiles the vendor crate
//! when the spec changes (progenitor's own `generate_api!` does the same).
//! The spec is the only file [`codegen::render`] reads.
//!
//! The macro never panics: a bad argument, a missing `CARGO_MANIFEST_DIR`, a
//! spec that cannot be rendered (the message names the spec file and the
//! operation) or output that does not parse become a `compile_error!`.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use proc_macro::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// Expands to the client generated from `specs/<vendor>.yaml` (the items of
/// the snapshot `crates/<vendor>/generated/<vendor>.rs`), for use inside a
/// module of the vendor crate:
///
/// ```ignore
/// pub mod generated {
///     #[cfg(feature = "codegen")]
///     codegen_macro::generate!("kaiten");
///     #[cfg(not(feature = "codegen"))]
///     include!("../generated/kaiten.rs");
/// }
/// ```
///
/// The argument is one string literal naming the vendor. The workspace root
/// is the second ancestor of the calling crate's `CARGO_MANIFEST_DIR`
/// (vendor crates sit at `crates/<vendor>`). Every failure, a bad spec
/// included, is reported as a `compile_error!` naming its cause.
#[proc_macro]
pub fn generate(input: TokenStream) -> TokenStream {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR");
    let expanded = parse_vendor(&input.to_string())
        .and_then(|vendor| expand(manifest_dir.as_deref(), &vendor))
        .and_then(|text| {
            text.parse::<TokenStream>().map_err(|e| {
                format!("codegen_macro::generate!: the generated code does not parse: {e}")
            })
        });
    match expanded {
        Ok(tokens) => tokens,
        Err(message) => compile_error(&message),
    }
}

/// The vendor named by the macro's argument, given as the argument's tokens
/// printed as text: exactly one plain string literal (a trailing comma is
/// allowed) of ASCII letters, digits, `-` and `_`, so it can only name a
/// file directly in `specs/`.
fn parse_vendor(arg: &str) -> Result<String, String> {
    let given = arg.trim();
    let inner = given
        .strip_suffix(',')
        .unwrap_or(given)
        .trim_end()
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .filter(|name| {
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
    match inner {
        Some(name) => Ok(name.to_string()),
        None => Err(format!(
            "codegen_macro::generate! takes one string literal naming the vendor \
             (ASCII letters, digits, `-`, `_`), as in `generate!(\"kaiten\")`; got `{given}`"
        )),
    }
}

/// The workspace root: the second ancestor of the calling crate's manifest
/// directory (`crates/<vendor>`), or codegen's own workspace root when the
/// directory has no second ancestor, as the former `codegen::build_script`
/// resolved it. Relative directories are made absolute, so the spec path
/// given to `include_bytes!` does not depend on the file the macro is in.
fn workspace_root(manifest_dir: Option<&OsStr>) -> Result<PathBuf, String> {
    let Some(dir) = manifest_dir else {
        return Err("codegen_macro::generate!: CARGO_MANIFEST_DIR is not set; \
             the macro must be expanded in a crate that cargo builds"
            .to_string());
    };
    let dir = Path::new(dir);
    let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    Ok(dir
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .unwrap_or_else(codegen::workspace_root))
}

/// The macro's output as text: the line that tracks the spec, then the
/// client rendered by [`codegen::render`]; or the message for
/// `compile_error!`.
fn expand(manifest_dir: Option<&OsStr>, vendor: &str) -> Result<String, String> {
    let root = workspace_root(manifest_dir)?;
    let spec = codegen::spec_path(&root, vendor);
    let Some(spec_str) = spec.to_str() else {
        return Err(format!(
            "codegen_macro::generate!: the spec path {} is not UTF-8, so it cannot be tracked \
             with include_bytes!",
            spec.display()
        ));
    };
    let code = codegen::render(&root, vendor).map_err(|e| {
        format!(
            "the {vendor} client cannot be generated from {}:\n{e}",
            spec.display()
        )
    })?;
    Ok(output_text(spec_str, &code))
}

/// `const _: &[u8] = include_bytes!("<spec>");` followed by `code`. The
/// path is written as a Rust string literal (`{:?}` escapes quotes,
/// backslashes and control characters the way Rust reads them back).
fn output_text(spec: &str, code: &str) -> String {
    format!("const _: &[u8] = ::core::include_bytes!({spec:?});\n{code}")
}

/// `::core::compile_error!("<message>");`, built token by token so that it
/// cannot fail whatever the message holds.
fn compile_error(message: &str) -> TokenStream {
    let span = Span::call_site();
    let path_sep = || {
        [
            TokenTree::Punct(Punct::new(':', Spacing::Joint)),
            TokenTree::Punct(Punct::new(':', Spacing::Alone)),
        ]
    };
    let mut tokens = Vec::new();
    tokens.extend(path_sep());
    tokens.push(TokenTree::Ident(Ident::new("core", span)));
    tokens.extend(path_sep());
    tokens.push(TokenTree::Ident(Ident::new("compile_error", span)));
    tokens.push(TokenTree::Punct(Punct::new('!', Spacing::Alone)));
    tokens.push(TokenTree::Group(Group::new(
        Delimiter::Parenthesis,
        TokenTree::Literal(Literal::string(message)).into(),
    )));
    tokens.push(TokenTree::Punct(Punct::new(';', Spacing::Alone)));
    tokens.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::ffi::OsString;

    /// This workspace's root, from this crate's own location (`crates/codegen-macro`).
    fn this_root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .ancestors()
            .nth(2)
            .unwrap()
            .to_path_buf()
    }

    /// A fresh directory under the system temp dir, removed on drop.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let dir = std::env::temp_dir().join(format!(
                "codegen-macro-{name}-{}-{:?}",
                std::process::id(),
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap_or_default()
            ));
            std::fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn the_argument_is_one_plain_string_literal() {
        assert_eq!(parse_vendor("\"kaiten\"").unwrap(), "kaiten");
        assert_eq!(parse_vendor("  \"kustomer\" , ").unwrap(), "kustomer");
        assert_eq!(parse_vendor("\"a-b_c9\"").unwrap(), "a-b_c9");
        for bad in [
            "",
            "kaiten",
            "\"\"",
            "\"kaiten",
            "\"../kaiten\"",
            "\"specs/kaiten\"",
            "\"kaiten.yaml\"",
            "\"kai ten\"",
            "\"a\", \"b\"",
            "\"a\" \"b\"",
            "r\"kaiten\"",
            "\"kaiten\"u8",
            "b\"kaiten\"",
            "42",
            "\"kaiten\",,",
        ] {
            let err = parse_vendor(bad).expect_err(bad);
            assert!(
                err.contains("takes one string literal naming the vendor"),
                "{bad}: {err}"
            );
            assert!(err.contains(bad.trim()), "{bad}: {err}");
        }
    }

    #[test]
    fn the_root_is_the_manifest_dirs_second_ancestor() {
        let dir = OsString::from("/w/crates/kaiten");
        assert_eq!(workspace_root(Some(&dir)).unwrap(), Path::new("/w"));
        let dir = OsString::from("/w/crates/kaiten/");
        assert_eq!(workspace_root(Some(&dir)).unwrap(), Path::new("/w"));
        // No second ancestor: codegen's own workspace root, as build_script did.
        let dir = OsString::from("/");
        assert_eq!(workspace_root(Some(&dir)).unwrap(), this_root());
        // Relative: made absolute against the working directory.
        let dir = OsString::from("x/crates/kaiten");
        let root = workspace_root(Some(&dir)).unwrap();
        assert!(root.is_absolute(), "{}", root.display());
        assert!(root.ends_with("x"), "{}", root.display());
    }

    #[test]
    fn no_manifest_dir_is_a_message() {
        let err = workspace_root(None).unwrap_err();
        assert!(err.contains("CARGO_MANIFEST_DIR is not set"), "{err}");
        let err = expand(None, "kaiten").unwrap_err();
        assert!(err.contains("CARGO_MANIFEST_DIR is not set"), "{err}");
    }

    #[test]
    fn the_output_tracks_the_spec_then_holds_the_rendered_client() {
        assert_eq!(
            output_text("/w/specs/kaiten.yaml", "pub struct Client;\n"),
            "const _: &[u8] = ::core::include_bytes!(\"/w/specs/kaiten.yaml\");\npub struct Client;\n"
        );
        // A path with quotes and backslashes stays one valid literal.
        let text = output_text(r#"C:\w\"q"\specs\kaiten.yaml"#, "");
        let file = syn::parse_file(&text).unwrap();
        assert_eq!(file.items.len(), 1);
        assert!(
            text.contains(r#"include_bytes!("C:\\w\\\"q\"\\specs\\kaiten.yaml")"#),
            "{text}"
        );
    }

    #[test]
    fn every_vendor_expands_to_its_spec_line_and_codegen_render() {
        let root = this_root();
        for vendor in codegen::VENDORS {
            let manifest_dir = root.join("crates").join(vendor);
            let text = expand(Some(manifest_dir.as_os_str()), vendor).unwrap();
            let spec = root.join("specs").join(format!("{vendor}.yaml"));
            let first = text.lines().next().unwrap();
            assert_eq!(
                first,
                format!(
                    "const _: &[u8] = ::core::include_bytes!({:?});",
                    spec.to_str().unwrap()
                )
            );
            assert!(spec.is_absolute() && spec.is_file(), "{}", spec.display());
            let rendered = codegen::render(&root, vendor).unwrap();
            assert_eq!(text, output_text(spec.to_str().unwrap(), &rendered));
            // What the macro hands to rustc parses as items.
            syn::parse_file(&text).unwrap();
        }
    }

    #[test]
    fn a_broken_spec_is_a_message_naming_the_spec_file_and_operation() {
        let tmp = TempDir::new("broken");
        let specs = tmp.0.join("specs");
        std::fs::create_dir_all(&specs).unwrap();
        std::fs::create_dir_all(tmp.0.join("crates").join("kaiten")).unwrap();
        let original = std::fs::read_to_string(this_root().join("specs/kaiten.yaml")).unwrap();
        let broken = original.replacen(
            "operationId: getCustomer\n",
            "operationId: listCustomers\n",
            1,
        );
        assert_ne!(broken, original, "the spec no longer has getCustomer");
        let spec = specs.join("kaiten.yaml");
        std::fs::write(&spec, broken).unwrap();

        let manifest_dir = tmp.0.join("crates").join("kaiten");
        let err = expand(Some(manifest_dir.as_os_str()), "kaiten").unwrap_err();
        assert!(
            err.starts_with(&format!(
                "the kaiten client cannot be generated from {}:\n",
                spec.display()
            )),
            "{err}"
        );
        assert!(err.contains("specs/kaiten.yaml: operation `"), "{err}");
        assert!(err.contains("operationId is used twice"), "{err}");
        assert!(err.contains("listCustomers"), "{err}");
    }

    #[test]
    fn a_missing_spec_is_a_message_naming_the_spec_file() {
        let tmp = TempDir::new("missing");
        let manifest_dir = tmp.0.join("crates").join("nobody");
        let err = expand(Some(manifest_dir.as_os_str()), "nobody").unwrap_err();
        assert!(err.contains("specs/nobody.yaml"), "{err}");
        assert!(err.contains("cannot read"), "{err}");
    }
}
