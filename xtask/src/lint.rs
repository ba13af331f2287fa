//! `cargo xtask lint`: Redocly CLI (pinned in `.ci/openapi-tools`) over
//! every `specs/*.yaml`, with the rules of the committed `redocly.yaml`
//! (the recommended set, example mismatches as errors).

use std::path::{Path, PathBuf};

use crate::tools;

/// Lints every spec; fails on any Redocly error.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    if let Some(extra) = args.first() {
        return Err(format!("`lint` takes no arguments (got `{extra}`)"));
    }
    let config = root.join("redocly.yaml");
    if !config.is_file() {
        return Err(format!(
            "{} is missing: it holds the lint rules",
            config.display()
        ));
    }
    let specs = spec_files(root)?;
    let bin = tools::ensure_installed(root)?;
    let mut cmd = tools::tool_command(root, &bin, "redocly");
    cmd.args(["lint", "--format=stylish", "--config", "redocly.yaml"]);
    cmd.args(&specs);
    println!("==> redocly lint {}", specs.join(" "));
    let status = cmd
        .status()
        .map_err(|e| tools::missing_program("redocly", &e))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "redocly lint failed ({status}): fix the errors above, or turn a rule off in redocly.yaml with a comment saying why"
        ))
    }
}

/// `specs/*.yaml`, relative to the root, sorted.
fn spec_files(root: &Path) -> Result<Vec<String>, String> {
    let dir = root.join("specs");
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut specs: Vec<String> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .filter_map(|p: PathBuf| {
            p.file_name()
                .map(|n| format!("specs/{}", n.to_string_lossy()))
        })
        .collect();
    specs.sort();
    if specs.is_empty() {
        return Err(format!("no *.yaml spec in {}", dir.display()));
    }
    Ok(specs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_vendor_spec() {
        let root = codegen::workspace_root();
        let specs = spec_files(&root).unwrap();
        for vendor in codegen::VENDORS {
            assert!(specs.contains(&format!("specs/{vendor}.yaml")), "{specs:?}");
        }
    }
}
