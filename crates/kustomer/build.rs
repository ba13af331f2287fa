fn main() {
    codegen::build_script("kustomer");
}
