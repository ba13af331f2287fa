//! `cargo xtask demo`: runs the `demo` crate, which creates a customer at
//! each vendor (against an embedded loopback server that serves the specs'
//! examples, unless the vendor's credentials are set) and shows one typed
//! error from each. It is a separate crate so that xtask itself never
//! depends on the generated clients: `cargo xtask validate` must work on a
//! spec the clients cannot be built from.

use std::path::Path;

pub fn run(root: &Path) -> Result<(), String> {
    let status = super::cargo()
        .current_dir(root)
        .args(["run", "--quiet", "--package", "demo"])
        .status()
        .map_err(|e| format!("cannot start cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the demo failed ({status})"))
    }
}
