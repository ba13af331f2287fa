fn main() {
    #[cfg(feature = "codegen")]
    codegen::build_script("kaiten");
}
