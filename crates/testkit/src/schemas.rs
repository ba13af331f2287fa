//! Compares the JSON Schemas a vendor crate derives with its `schemars`
//! feature against the spec's request bodies: the property names and the
//! required properties of every operation's body, and that no operation
//! with a JSON request body is missing (or extra).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

/// Every difference between the spec (`spec_yaml`, an OpenAPI 3.0 document)
/// and `derived` (operationId, schema as JSON), each naming the operation.
/// Empty when they agree.
pub fn request_body_differences(spec_yaml: &str, derived: &[(&str, Value)]) -> Vec<String> {
    let spec: Value = match serde_yaml_ng::from_str(spec_yaml) {
        Ok(v) => v,
        Err(e) => return vec![format!("the spec does not parse: {e}")],
    };
    let mut problems = Vec::new();
    let expected = spec_bodies(&spec);
    let derived: BTreeMap<&str, &Value> = derived.iter().map(|(id, s)| (*id, s)).collect();
    for id in expected.keys() {
        if !derived.contains_key(id.as_str()) {
            problems.push(format!(
                "{id}: has a JSON request body but no derived schema"
            ));
        }
    }
    for (id, schema) in &derived {
        let Some(spec_schema) = expected.get(*id) else {
            problems.push(format!(
                "{id}: a derived schema, but no JSON request body in the spec"
            ));
            continue;
        };
        let want = shape(spec_schema, &spec);
        let got = shape(schema, schema);
        if want != got {
            problems.push(format!("{id}: spec {want:?}, derived {got:?}"));
        }
    }
    problems
}

/// operationId -> the JSON request body's schema, for every operation.
fn spec_bodies(spec: &Value) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    let Some(paths) = spec.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for item in paths.values() {
        let Some(item) = item.as_object() else {
            continue;
        };
        for op in item.values() {
            let (Some(id), Some(body)) = (
                op.get("operationId").and_then(Value::as_str),
                op.get("requestBody"),
            ) else {
                continue;
            };
            let body = deref(spec, body);
            let Some(content) = body.get("content").and_then(Value::as_object) else {
                continue;
            };
            let json = content.iter().find(|(mt, _)| {
                mt.split(';')
                    .next()
                    .is_some_and(|m| m.trim().ends_with("json"))
            });
            if let Some(schema) = json.and_then(|(_, m)| m.get("schema")) {
                out.insert(id.to_string(), schema.clone());
            }
        }
    }
    out
}

/// The shape compared: for an object, its property names and required ones;
/// for an array, its items' shape.
#[derive(Debug, PartialEq, Eq)]
enum Shape {
    Object {
        properties: BTreeSet<String>,
        required: BTreeSet<String>,
    },
    Array(Box<Shape>),
    Other,
}

fn shape(schema: &Value, defs_root: &Value) -> Shape {
    let schema = deref(defs_root, schema);
    // A single-member allOf/anyOf (a `$ref` with siblings, or a nullable
    // wrapper) is the member.
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some([only]) = schema.get(key).and_then(Value::as_array).map(Vec::as_slice) {
            return shape(only, defs_root);
        }
    }
    if let Some(items) = schema.get("items") {
        return Shape::Array(Box::new(shape(items, defs_root)));
    }
    let names = |v: Option<&Value>| -> BTreeSet<String> {
        match v {
            Some(Value::Object(m)) => m.keys().cloned().collect(),
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect(),
            _ => BTreeSet::new(),
        }
    };
    match schema.get("properties") {
        Some(p) => Shape::Object {
            properties: names(Some(p)),
            required: names(schema.get("required")),
        },
        None => Shape::Other,
    }
}

/// Follows local `$ref`s (`#/components/...` in a spec, `#/$defs/...` in a
/// derived schema).
fn deref<'v>(root: &'v Value, mut v: &'v Value) -> &'v Value {
    for _ in 0..32 {
        let Some(r) = v.get("$ref").and_then(Value::as_str) else {
            return v;
        };
        let Some(target) = r.strip_prefix('#').and_then(|p| root.pointer(p)) else {
            return v;
        };
        v = target;
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SPEC: &str = r##"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Thing"}
      responses: {"204": {description: ok}}
    put:
      operationId: putThings
      requestBody:
        content:
          application/json:
            schema: {type: array, items: {$ref: "#/components/schemas/Thing"}}
      responses: {"204": {description: ok}}
components:
  schemas:
    Thing:
      type: object
      required: [name]
      properties: {name: {type: string}, note: {type: string}}
"##;

    fn thing(required: &[&str], props: &[&str]) -> Value {
        let properties: serde_json::Map<String, Value> = props
            .iter()
            .map(|p| (p.to_string(), json!({"type": "string"})))
            .collect();
        json!({"type": "object", "required": required, "properties": properties})
    }

    fn array_of_thing() -> Value {
        json!({"type": "array", "items": {"$ref": "#/$defs/Thing"},
               "$defs": {"Thing": thing(&["name"], &["name", "note"])}})
    }

    #[test]
    fn agreeing_schemas_have_no_differences() {
        let derived = [
            ("createThing", thing(&["name"], &["name", "note"])),
            ("putThings", array_of_thing()),
        ];
        assert_eq!(
            request_body_differences(SPEC, &derived),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_renamed_property_a_required_change_and_a_missing_body_are_reported() {
        let derived = [("createThing", thing(&[], &["name", "notes"]))];
        let problems = request_body_differences(SPEC, &derived);
        assert_eq!(problems.len(), 2, "{problems:#?}");
        assert!(problems[0].starts_with("putThings: has a JSON request body but no derived"));
        assert!(
            problems[1].starts_with("createThing: spec"),
            "{}",
            problems[1]
        );
        assert!(problems[1].contains("\"notes\""), "{}", problems[1]);
    }

    #[test]
    fn an_extra_derived_schema_is_reported() {
        let derived = [
            ("createThing", thing(&["name"], &["name", "note"])),
            ("putThings", array_of_thing()),
            ("deleteThing", thing(&[], &[])),
        ];
        let problems = request_body_differences(SPEC, &derived);
        assert_eq!(
            problems,
            ["deleteThing: a derived schema, but no JSON request body in the spec"]
        );
    }
}
