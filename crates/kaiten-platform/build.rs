//! Renders specs/kaiten-platform.yaml into OUT_DIR with the default `codegen` feature;
//! without it, does nothing (src/lib.rs then includes the committed snapshot).
fn main() {
    #[cfg(feature = "codegen")]
    codegen::build_script();
}
