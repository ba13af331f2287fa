//! `cargo xtask lint`: Redocly CLI (pinned in `.ci/openapi-tools`) over
//! every `specs/*.yaml`, with the rules of the committed `redocly.yaml`
//! (the recommended set, example mismatches as errors), plus a check that
//! Redocly has no rule for: every request body and every success response
//! carries an example (Prism serves them, and they are what the docs show).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::{spec, tools};

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
    if !status.success() {
        return Err(format!(
            "redocly lint failed ({status}): fix the errors above, or turn a rule off in redocly.yaml with a comment saying why"
        ));
    }
    let mut missing = Vec::new();
    for file in &specs {
        let doc = spec::load(&root.join(file))?;
        missing.extend(
            missing_examples(&doc)
                .into_iter()
                .map(|m| format!("{file}: {m}")),
        );
    }
    if missing.is_empty() {
        println!("ok      every request body and success response has an example");
        Ok(())
    } else {
        for m in &missing {
            println!("{m}");
        }
        Err(format!(
            "{} request bodies or success responses have no example (listed above)",
            missing.len()
        ))
    }
}

/// Request bodies and 2xx responses whose media types carry neither
/// `example` nor `examples`.
fn missing_examples(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut check = |what: String, body: Option<&Value>| {
        let Some(content) = body
            .and_then(|b| spec::resolve(doc, b))
            .and_then(|b| b.get("content"))
            .and_then(Value::as_object)
        else {
            return;
        };
        for (media, m) in content {
            if m.get("example").is_none() && m.get("examples").is_none() {
                out.push(format!("{what} ({media}) has no example"));
            }
        }
    };
    for op in spec::operations(doc) {
        let id = op.id();
        check(format!("{id} request body"), op.op.get("requestBody"));
        if let Some(responses) = op.op.get("responses").and_then(Value::as_object) {
            for (status, response) in responses.iter().filter(|(s, _)| s.starts_with('2')) {
                check(format!("{id} response {status}"), Some(response));
            }
        }
    }
    out
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
    use serde_json::json;

    #[test]
    fn request_bodies_and_successes_need_examples() {
        let doc = json!({
            "paths": {"/w": {"post": {
                "operationId": "makeW",
                "requestBody": {"content": {"application/json": {"schema": {}}}},
                "responses": {
                    "201": {"$ref": "#/components/responses/W"},
                    "204": {"description": "no body"},
                    "400": {"content": {"application/json": {"schema": {}}}}
                }
            }}},
            "components": {"responses": {"W": {"content": {"application/json": {"schema": {}, "examples": {}}}}}}
        });
        assert_eq!(
            missing_examples(&doc),
            ["makeW request body (application/json) has no example"]
        );
        for vendor in &codegen::vendors(&codegen::workspace_root()) {
            let doc = spec::load(&codegen::spec_path(&codegen::workspace_root(), vendor)).unwrap();
            assert_eq!(missing_examples(&doc), Vec::<String>::new(), "{vendor}");
        }
    }

    #[test]
    fn finds_every_vendor_spec() {
        let root = codegen::workspace_root();
        let specs = spec_files(&root).unwrap();
        for vendor in &codegen::vendors(&root) {
            assert!(specs.contains(&format!("specs/{vendor}.yaml")), "{specs:?}");
        }
    }
}
