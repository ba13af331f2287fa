fn main() {
    codegen::build_script("kaiten");
}
