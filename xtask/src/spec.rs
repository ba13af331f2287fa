//! A spec as plain JSON: loading, its server path prefix, its operations and
//! `$ref` lookup. Shared by `contract` (which serves the spec under the
//! server prefix) and `drift` (which compares the docs feed with it).

use std::path::Path;

use serde_json::Value;

/// The HTTP methods an OpenAPI path item can hold.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Reads a YAML (or JSON) spec into a JSON value.
pub fn load(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_yaml_ng::from_str::<Value>(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The path part of the first server URL, with server variables replaced by
/// their defaults and no trailing `/`: `https://{host}/api` → `/api`,
/// `https://{org}.api.kustomerapp.com/v1` → `/v1`, none → empty.
pub fn server_prefix(spec: &Value) -> String {
    let Some(server) = spec.pointer("/servers/0") else {
        return String::new();
    };
    let mut url = server
        .get("url")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    if let Some(vars) = server.get("variables").and_then(Value::as_object) {
        for (name, var) in vars {
            let default = var.get("default").and_then(Value::as_str).unwrap_or("");
            url = url.replace(&format!("{{{name}}}"), default);
        }
    }
    let path = match url.find("://") {
        Some(i) => {
            let rest = &url[i + 3..];
            rest.find('/').map_or("", |j| &rest[j..])
        }
        None => url.as_str(),
    };
    path.trim_end_matches('/').to_string()
}

/// One operation of a spec.
#[derive(Debug, Clone)]
pub struct Operation<'a> {
    /// Lowercase method (`post`).
    pub method: &'static str,
    /// The path template as written in the spec (`/customers/{id}`).
    pub path: &'a str,
    /// The operation object.
    pub op: &'a Value,
}

impl Operation<'_> {
    /// The operationId, or `METHOD path` when there is none.
    pub fn id(&self) -> String {
        self.op
            .get("operationId")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("{} {}", self.method.to_uppercase(), self.path))
    }
}

/// Every operation, in spec order.
pub fn operations(spec: &Value) -> Vec<Operation<'_>> {
    let mut ops = Vec::new();
    if let Some(paths) = spec.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            for method in METHODS {
                if let Some(op) = item.get(method) {
                    ops.push(Operation { method, path, op });
                }
            }
        }
    }
    ops
}

/// Follows `$ref`s (local `#/...` only) until a non-reference; `None` for a
/// dangling or non-local reference or a cycle of references.
pub fn resolve<'a>(spec: &'a Value, mut node: &'a Value) -> Option<&'a Value> {
    for _ in 0..32 {
        let Some(reference) = node.get("$ref").and_then(Value::as_str) else {
            return Some(node);
        };
        let pointer = reference.strip_prefix('#')?;
        node = spec.pointer(pointer)?;
    }
    None
}

/// A copy of `spec` whose paths carry the server prefix (`/customers` →
/// `/api/customers`), for mock servers that ignore the servers' base path
/// (Prism matches bare paths) while the clients send the full one.
pub fn with_prefixed_paths(spec: &Value) -> Value {
    let prefix = server_prefix(spec);
    let mut out = spec.clone();
    if let Some(paths) = spec.get("paths").and_then(Value::as_object) {
        let prefixed: serde_json::Map<String, Value> = paths
            .iter()
            .map(|(p, item)| (format!("{prefix}{p}"), item.clone()))
            .collect();
        out["paths"] = Value::Object(prefixed);
    }
    out
}

/// The paths that repeat an earlier path's template with other parameter
/// names (`/klasses/{name}` after `/klasses/{id}`): OpenAPI calls them
/// identical, the vendor's server tells them apart by the value, and a mock
/// server routing by template cannot. In the loaded spec's key order.
pub fn shadowed_paths(spec: &Value) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    if let Some(paths) = spec.get("paths").and_then(Value::as_object) {
        for p in paths.keys() {
            let mut shape = String::new();
            let mut in_param = false;
            for c in p.chars() {
                match c {
                    '{' => {
                        in_param = true;
                        shape.push_str("{}");
                    }
                    '}' => in_param = false,
                    c if !in_param => shape.push(c),
                    _ => {}
                }
            }
            if !seen.insert(shape) {
                out.push(p.clone());
            }
        }
    }
    out
}

/// The operationIds of the operations under `paths`.
pub fn operation_ids_under(spec: &Value, paths: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for p in paths {
        if let Some(item) = spec.pointer(&format!(
            "/paths/{}",
            p.replace('~', "~0").replace('/', "~1")
        )) {
            for method in [
                "get", "put", "post", "delete", "options", "head", "patch", "trace",
            ] {
                if let Some(id) = item
                    .pointer(&format!("/{method}/operationId"))
                    .and_then(Value::as_str)
                {
                    out.push(id.to_string());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn shadowed_paths_are_the_repeated_templates() {
        let spec = json!({"paths": {
            "/klasses/{id}": {"get": {"operationId": "getKlass"}},
            "/klasses/{name}": {"get": {"operationId": "getKObjects"}, "post": {"operationId": "createKObject"}},
            "/klasses/{name}/bulk": {},
            "/users/{id}": {}, "/users/current": {}, "/users/{ids}": {}
        }});
        let shadowed = shadowed_paths(&spec);
        // The loaded spec's keys are sorted: `/users/{ids}` comes before `/users/{id}`.
        assert_eq!(shadowed, ["/klasses/{name}", "/users/{id}"]);
        assert_eq!(
            operation_ids_under(&spec, &shadowed),
            ["getKObjects", "createKObject"]
        );
    }

    #[test]
    fn server_prefixes() {
        let s = |url: &str| json!({"servers": [{"url": url, "variables": {"host": {"default": "h.example"}}}]});
        assert_eq!(server_prefix(&s("https://{host}/api")), "/api");
        assert_eq!(server_prefix(&s("https://{host}/api/")), "/api");
        assert_eq!(server_prefix(&s("https://{host}")), "");
        assert_eq!(server_prefix(&s("/v2")), "/v2");
        assert_eq!(server_prefix(&json!({})), "");
    }

    #[test]
    fn vendor_prefixes() {
        let root = codegen::workspace_root();
        let prefix = |v: &str| server_prefix(&load(&root.join(format!("specs/{v}.yaml"))).unwrap());
        assert_eq!(prefix("kaiten"), "/api");
        assert_eq!(prefix("kustomer"), "/v1");
    }

    #[test]
    fn refs_and_prefixed_paths() {
        let spec = json!({
            "servers": [{"url": "https://x.example/v1"}],
            "paths": {"/a": {"get": {"operationId": "getA"}}},
            "components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"type": "string"},
                                        "Loop": {"$ref": "#/components/schemas/Loop"}}}
        });
        let a = json!({"$ref": "#/components/schemas/A"});
        assert_eq!(resolve(&spec, &a), Some(&json!({"type": "string"})));
        assert_eq!(resolve(&spec, &json!({"$ref": "#/nope"})), None);
        assert_eq!(
            resolve(&spec, &json!({"$ref": "#/components/schemas/Loop"})),
            None
        );
        let moved = with_prefixed_paths(&spec);
        assert!(moved.pointer("/paths/~1v1~1a/get").is_some(), "{moved}");
        let ops = operations(&spec);
        assert_eq!(
            (ops[0].method, ops[0].path, ops[0].id()),
            ("get", "/a", "getA".to_string())
        );
    }
}
