//! Checks documented values and TypeScript types against OpenAPI 3.0 Schema
//! Objects, reporting each disagreement at a field path.
//!
//! This is a small structural validator written for OpenAPI **3.0** (not
//! JSON Schema): `nullable`, `type` as one string, boolean
//! `exclusiveMinimum`/`exclusiveMaximum`, local `$ref`s, and `allOf` merged
//! into one object schema. It checks `type`, `enum`, `required`,
//! `properties`, `additionalProperties`, `items`, `oneOf`/`anyOf`,
//! string lengths, `pattern` (ECMAScript, through `regress`), the
//! `date-time` and `date` formats (other formats are vendor-specific and
//! not checked), numeric bounds, `integer`, and array/object sizes.
//!
//! On top of validation it applies the drift rule: a documented field that
//! the spec's schema does not declare is reported even when the schema is
//! lenient (no `additionalProperties`), because the spec should say
//! everything the docs say. Only free-form objects (no `properties`, or an
//! explicit `additionalProperties`) accept unknown fields.

use serde_json::{Map, Value};

use super::ts::Ts;
use crate::spec;

/// One disagreement between a documented value or type and the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Where: `body.emails[0].type`.
    pub path: String,
    /// What the docs say.
    pub docs: String,
    /// What the spec says.
    pub spec: String,
}

impl Issue {
    fn new(path: &str, docs: impl Into<String>, spec: impl Into<String>) -> Issue {
        Issue {
            path: path.to_string(),
            docs: docs.into(),
            spec: spec.into(),
        }
    }
}

/// Which side of the exchange a value is on (`readOnly` properties are not
/// required in requests, `writeOnly` ones not in responses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// A request body.
    Request,
    /// A response body.
    Response,
}

/// Validates `value` against `schema`, appending every disagreement.
pub fn validate(
    spec: &Value,
    schema: &Value,
    value: &Value,
    path: &str,
    dir: Direction,
    out: &mut Vec<Issue>,
) {
    let Some(schema) = resolved(spec, schema, path, out) else {
        return;
    };
    let schema = &schema;
    if value.is_null() {
        if admits_null(spec, schema) {
            return;
        }
        out.push(Issue::new(
            path,
            "null",
            format!("{} (not nullable)", describe(spec, schema)),
        ));
        return;
    }
    if let Some(branches) = schema.get("oneOf").and_then(Value::as_array) {
        let matching: Vec<Vec<Issue>> = branches
            .iter()
            .map(|b| collect(|o| validate(spec, b, value, path, dir, o)))
            .collect();
        let ok = matching.iter().filter(|m| m.is_empty()).count();
        if ok != 1 {
            let why = if ok == 0 {
                first_reason(&matching)
            } else {
                format!("matches {ok} of them, exactly one is allowed")
            };
            out.push(Issue::new(
                path,
                describe_value(value),
                format!("{} ({why})", describe(spec, schema)),
            ));
            return;
        }
    }
    if let Some(branches) = schema.get("anyOf").and_then(Value::as_array) {
        let matching: Vec<Vec<Issue>> = branches
            .iter()
            .map(|b| collect(|o| validate(spec, b, value, path, dir, o)))
            .collect();
        if !matching.iter().any(Vec::is_empty) {
            out.push(Issue::new(
                path,
                describe_value(value),
                format!("{} ({})", describe(spec, schema), first_reason(&matching)),
            ));
            return;
        }
    }
    let ty = schema_type(schema);
    if let Some(ty) = ty
        && !type_matches(ty, value)
    {
        out.push(Issue::new(
            path,
            describe_value(value),
            describe(spec, schema),
        ));
        return;
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array)
        && !options.contains(value)
    {
        out.push(Issue::new(
            path,
            describe_value(value),
            format!("one of {}", short_json(&Value::Array(options.clone()))),
        ));
    }
    match value {
        Value::String(s) => check_string(schema, s, path, out),
        Value::Number(_) => check_number(schema, value, path, out),
        Value::Array(items) => {
            check_array(spec, schema, items, path, dir, out);
        }
        Value::Object(fields) => check_object(spec, schema, fields, path, dir, out),
        _ => {}
    }
}

fn collect(f: impl FnOnce(&mut Vec<Issue>)) -> Vec<Issue> {
    let mut out = Vec::new();
    f(&mut out);
    out
}

fn first_reason(branches: &[Vec<Issue>]) -> String {
    branches
        .iter()
        .filter_map(|b| b.first())
        .map(|i| {
            format!(
                "no alternative matches; e.g. at {}: {} vs {}",
                i.path, i.docs, i.spec
            )
        })
        .next()
        .unwrap_or_else(|| "no alternative matches".into())
}

/// Resolves `$ref`s and merges `allOf` members into one schema.
pub(super) fn resolved(
    spec: &Value,
    schema: &Value,
    path: &str,
    out: &mut Vec<Issue>,
) -> Option<Value> {
    let Some(node) = spec::resolve(spec, schema) else {
        out.push(Issue::new(
            path,
            "(a value)",
            format!(
                "a dangling reference {}",
                schema.get("$ref").unwrap_or(&Value::Null)
            ),
        ));
        return None;
    };
    let Some(members) = node.get("allOf").and_then(Value::as_array) else {
        return Some(node.clone());
    };
    let mut merged = node.as_object().cloned().unwrap_or_default();
    merged.remove("allOf");
    for member in members {
        let member = resolved(spec, member, path, out)?;
        merge_into(&mut merged, &member);
    }
    Some(Value::Object(merged))
}

fn merge_into(target: &mut Map<String, Value>, member: &Value) {
    let Some(member) = member.as_object() else {
        return;
    };
    for (key, value) in member {
        match (key.as_str(), target.get_mut(key)) {
            ("properties", Some(Value::Object(props))) => {
                if let Some(more) = value.as_object() {
                    for (k, v) in more {
                        props.entry(k.clone()).or_insert_with(|| v.clone());
                    }
                }
            }
            ("required", Some(Value::Array(req))) => {
                if let Some(more) = value.as_array() {
                    for r in more {
                        if !req.contains(r) {
                            req.push(r.clone());
                        }
                    }
                }
            }
            (_, Some(_)) => {}
            (_, None) => {
                target.insert(key.clone(), value.clone());
            }
        }
    }
}

fn schema_type(schema: &Value) -> Option<&str> {
    schema.get("type").and_then(Value::as_str).or_else(|| {
        if schema.get("properties").is_some() || schema.get("additionalProperties").is_some() {
            Some("object")
        } else if schema.get("items").is_some() {
            Some("array")
        } else {
            None
        }
    })
}

fn nullable(schema: &Value) -> bool {
    schema.get("nullable") == Some(&Value::Bool(true))
}

/// Whether `null` is a valid value of `schema` (already resolved).
pub(super) fn admits_null(spec: &Value, schema: &Value) -> bool {
    if nullable(schema) {
        return true;
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array) {
        return options.contains(&Value::Null);
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            return branches
                .iter()
                .any(|b| spec::resolve(spec, b).is_some_and(|b| admits_null(spec, b)));
        }
    }
    // An untyped schema ("any value") admits null.
    schema_type(schema).is_none()
}

fn type_matches(ty: &str, value: &Value) -> bool {
    match ty {
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => is_integer(value),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => true,
    }
}

fn is_integer(value: &Value) -> bool {
    value.is_i64() || value.is_u64() || value.as_f64().is_some_and(|f| f.fract() == 0.0)
}

fn check_string(schema: &Value, s: &str, path: &str, out: &mut Vec<Issue>) {
    let len = s.chars().count() as u64;
    if let Some(min) = schema.get("minLength").and_then(Value::as_u64)
        && len < min
    {
        out.push(Issue::new(
            path,
            format!("a string of {len} characters"),
            format!("minLength {min}"),
        ));
    }
    if let Some(max) = schema.get("maxLength").and_then(Value::as_u64)
        && len > max
    {
        out.push(Issue::new(
            path,
            format!("a string of {len} characters"),
            format!("maxLength {max}"),
        ));
    }
    if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
        match regress::Regex::new(pattern) {
            Ok(re) if re.find(s).is_none() => out.push(Issue::new(
                path,
                describe_value(&Value::String(s.into())),
                format!("pattern {pattern}"),
            )),
            Ok(_) => {}
            Err(e) => out.push(Issue::new(
                path,
                describe_value(&Value::String(s.into())),
                format!("pattern {pattern}, which does not compile: {e}"),
            )),
        }
    }
    let format_ok = match schema.get("format").and_then(Value::as_str) {
        Some("date-time") => is_date_time(s),
        Some("date") => is_date(s),
        _ => true,
    };
    if !format_ok {
        out.push(Issue::new(
            path,
            describe_value(&Value::String(s.into())),
            describe_plain(schema),
        ));
    }
}

/// RFC 3339 `date`: `YYYY-MM-DD` with a valid month and day.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| {
        s.get(r)
            .filter(|t| t.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|t| t.parse::<u32>().ok())
    };
    let (Some(year), Some(month), Some(day)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// RFC 3339 `date-time`: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`.
fn is_date_time(s: &str) -> bool {
    let Some((date, time)) = s.split_once(['T', 't', ' ']) else {
        return false;
    };
    if !is_date(date) {
        return false;
    }
    let (clock, zone) = if let Some(clock) = time.strip_suffix(['Z', 'z']) {
        (clock, None)
    } else if let Some(at) = time.rfind(['+', '-']) {
        (&time[..at], Some(&time[at + 1..]))
    } else {
        return false;
    };
    let two = |t: &str, max: u32| {
        t.len() == 2
            && t.bytes().all(|c| c.is_ascii_digit())
            && t.parse::<u32>().is_ok_and(|n| n <= max)
    };
    if let Some(zone) = zone {
        let Some((h, m)) = zone.split_once(':') else {
            return false;
        };
        if !two(h, 23) || !two(m, 59) {
            return false;
        }
    }
    let (hms, frac) = clock.split_once('.').unwrap_or((clock, "0"));
    let parts: Vec<&str> = hms.split(':').collect();
    parts.len() == 3
        && two(parts[0], 23)
        && two(parts[1], 59)
        && two(parts[2], 60)
        && !frac.is_empty()
        && frac.bytes().all(|c| c.is_ascii_digit())
}

fn check_number(schema: &Value, value: &Value, path: &str, out: &mut Vec<Issue>) {
    let Some(n) = value.as_f64() else {
        return;
    };
    let exclusive = |key: &str| schema.get(key) == Some(&Value::Bool(true));
    if let Some(min) = schema.get("minimum").and_then(Value::as_f64) {
        let bad = if exclusive("exclusiveMinimum") {
            n <= min
        } else {
            n < min
        };
        if bad {
            out.push(Issue::new(
                path,
                describe_value(value),
                format!(
                    "minimum {min}{}",
                    if exclusive("exclusiveMinimum") {
                        " (exclusive)"
                    } else {
                        ""
                    }
                ),
            ));
        }
    }
    if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
        let bad = if exclusive("exclusiveMaximum") {
            n >= max
        } else {
            n > max
        };
        if bad {
            out.push(Issue::new(
                path,
                describe_value(value),
                format!(
                    "maximum {max}{}",
                    if exclusive("exclusiveMaximum") {
                        " (exclusive)"
                    } else {
                        ""
                    }
                ),
            ));
        }
    }
}

fn check_array(
    spec: &Value,
    schema: &Value,
    items: &[Value],
    path: &str,
    dir: Direction,
    out: &mut Vec<Issue>,
) {
    let n = items.len() as u64;
    if let Some(min) = schema.get("minItems").and_then(Value::as_u64)
        && n < min
    {
        out.push(Issue::new(
            path,
            format!("{n} items"),
            format!("minItems {min}"),
        ));
    }
    if let Some(max) = schema.get("maxItems").and_then(Value::as_u64)
        && n > max
    {
        out.push(Issue::new(
            path,
            format!("{n} items"),
            format!("maxItems {max}"),
        ));
    }
    if schema.get("uniqueItems") == Some(&Value::Bool(true)) {
        for (i, item) in items.iter().enumerate() {
            if items[..i].contains(item) {
                out.push(Issue::new(
                    &format!("{path}[{i}]"),
                    "a repeated item",
                    "uniqueItems",
                ));
            }
        }
    }
    if let Some(item_schema) = schema.get("items") {
        for (i, item) in items.iter().enumerate() {
            validate(spec, item_schema, item, &format!("{path}[{i}]"), dir, out);
        }
    }
}

fn check_object(
    spec: &Value,
    schema: &Value,
    fields: &Map<String, Value>,
    path: &str,
    dir: Direction,
    out: &mut Vec<Issue>,
) {
    let empty = Map::new();
    let props = schema
        .get("properties")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    if let Some(required) = schema.get("required").and_then(Value::as_array) {
        for name in required.iter().filter_map(Value::as_str) {
            if fields.contains_key(name) {
                continue;
            }
            let skip = props
                .get(name)
                .and_then(|p| spec::resolve(spec, p))
                .is_some_and(|p| {
                    let flag = |k: &str| p.get(k) == Some(&Value::Bool(true));
                    (dir == Direction::Request && flag("readOnly"))
                        || (dir == Direction::Response && flag("writeOnly"))
                });
            if !skip {
                out.push(Issue::new(
                    &join(path, name),
                    "(field absent)",
                    "a required field",
                ));
            }
        }
    }
    let n = fields.len() as u64;
    if let Some(min) = schema.get("minProperties").and_then(Value::as_u64)
        && n < min
    {
        out.push(Issue::new(
            path,
            format!("{n} fields"),
            format!("minProperties {min}"),
        ));
    }
    if let Some(max) = schema.get("maxProperties").and_then(Value::as_u64)
        && n > max
    {
        out.push(Issue::new(
            path,
            format!("{n} fields"),
            format!("maxProperties {max}"),
        ));
    }
    let additional = schema.get("additionalProperties");
    for (name, value) in fields {
        let field_path = join(path, name);
        if let Some(prop) = props.get(name) {
            validate(spec, prop, value, &field_path, dir, out);
            continue;
        }
        match extra_fields(additional, props) {
            Extra::Refused => out.push(Issue::new(
                &field_path,
                format!("a field ({})", describe_value(value)),
                "no such field (additionalProperties: false)",
            )),
            Extra::Undeclared => out.push(Issue::new(
                &field_path,
                format!("a field ({})", describe_value(value)),
                "no such field",
            )),
            Extra::Typed(extra) => validate(spec, extra, value, &field_path, dir, out),
            Extra::Free => {}
        }
    }
}

/// What a schema says about a field it does not declare.
enum Extra<'a> {
    /// `additionalProperties: false`: invalid.
    Refused,
    /// A record (it declares properties) that merely tolerates unknown
    /// fields (`additionalProperties` absent, `true` or `{}`): valid, but a
    /// documented field the spec does not declare is drift.
    Undeclared,
    /// Extra fields have a schema of their own (a map).
    Typed(&'a Value),
    /// A free-form object: anything goes.
    Free,
}

fn extra_fields<'a>(additional: Option<&'a Value>, props: &Map<String, Value>) -> Extra<'a> {
    match additional {
        Some(Value::Bool(false)) => Extra::Refused,
        None | Some(Value::Bool(true)) => tolerated(props),
        Some(Value::Object(o)) if o.is_empty() => tolerated(props),
        Some(schema) => Extra::Typed(schema),
    }
}

fn tolerated<'a>(props: &Map<String, Value>) -> Extra<'a> {
    if props.is_empty() {
        Extra::Free
    } else {
        Extra::Undeclared
    }
}

/// Checks a documented TypeScript type against `schema`: every documented
/// field must exist with a compatible type.
pub fn compat(spec: &Value, schema: &Value, ty: &Ts, path: &str, out: &mut Vec<Issue>) {
    let Some(schema) = resolved(spec, schema, path, out) else {
        return;
    };
    let schema = &schema;
    match ty {
        Ts::Unknown | Ts::Ref(..) | Ts::Undefined => return,
        Ts::Union(parts) => {
            let has_null = parts.contains(&Ts::Null);
            if has_null && !admits_null(spec, schema) {
                out.push(Issue::new(
                    path,
                    ty.to_string(),
                    format!("{} (not nullable)", describe(spec, schema)),
                ));
            }
            for part in parts
                .iter()
                .filter(|p| !matches!(p, Ts::Null | Ts::Undefined))
            {
                let issues = collect(|o| compat(spec, schema, part, path, o));
                // Report the whole union, so the message shows what the docs say.
                for mut issue in issues {
                    if issue.path == path {
                        issue.docs = ty.to_string();
                    }
                    out.push(issue);
                }
            }
            return;
        }
        Ts::Intersection(parts) => {
            for part in parts {
                compat(spec, schema, part, path, out);
            }
            return;
        }
        _ => {}
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            let results: Vec<Vec<Issue>> = branches
                .iter()
                .map(|b| collect(|o| compat(spec, b, ty, path, o)))
                .collect();
            if !results.iter().any(Vec::is_empty) {
                out.push(Issue::new(
                    path,
                    ty.to_string(),
                    format!("{} ({})", describe(spec, schema), first_reason(&results)),
                ));
            }
            return;
        }
    }
    if *ty == Ts::Null {
        if !admits_null(spec, schema) {
            out.push(Issue::new(
                path,
                "null",
                format!("{} (not nullable)", describe(spec, schema)),
            ));
        }
        return;
    }
    let Some(stype) = schema_type(schema) else {
        return; // any value
    };
    let compatible = match ty {
        Ts::String => stype == "string",
        Ts::StrLit(s) => {
            stype == "string"
                && schema
                    .get("enum")
                    .and_then(Value::as_array)
                    .is_none_or(|e| e.contains(&Value::String(s.clone())))
        }
        Ts::Number => stype == "number" || stype == "integer",
        Ts::NumLit(n) => stype == "number" || (stype == "integer" && n.fract() == 0.0),
        Ts::Boolean | Ts::BoolLit(_) => stype == "boolean",
        Ts::Array(_) => stype == "array",
        Ts::Object(..) => stype == "object",
        _ => true,
    };
    if !compatible {
        out.push(Issue::new(path, ty.to_string(), describe(spec, schema)));
        return;
    }
    match ty {
        Ts::Array(inner) => {
            if let Some(items) = schema.get("items") {
                compat(spec, items, inner, &format!("{path}[]"), out);
            }
        }
        Ts::Object(members, index) => {
            let empty = Map::new();
            let props = schema
                .get("properties")
                .and_then(Value::as_object)
                .unwrap_or(&empty);
            let additional = schema.get("additionalProperties");
            for m in members {
                let field_path = join(path, &m.name);
                if let Some(prop) = props.get(&m.name) {
                    compat(spec, prop, &m.ty, &field_path, out);
                    continue;
                }
                match extra_fields(additional, props) {
                    Extra::Refused => out.push(Issue::new(
                        &field_path,
                        format!("a field of type {}", m.ty),
                        "no such field (additionalProperties: false)",
                    )),
                    Extra::Undeclared => out.push(Issue::new(
                        &field_path,
                        format!("a field of type {}", m.ty),
                        "no such field",
                    )),
                    Extra::Typed(extra) => compat(spec, extra, &m.ty, &field_path, out),
                    Extra::Free => {}
                }
            }
            if let (Some(index), Extra::Typed(extra)) = (index, extra_fields(additional, props)) {
                compat(spec, extra, index, &format!("{path}.*"), out);
            }
        }
        _ => {}
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// A short description of a schema: `string (date-time), nullable`.
pub fn describe(spec: &Value, schema: &Value) -> String {
    let Some(schema) = spec::resolve(spec, schema) else {
        return "a dangling reference".into();
    };
    for key in ["oneOf", "anyOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            let parts: Vec<String> = branches.iter().map(|b| describe(spec, b)).collect();
            return format!("{key} [{}]", parts.join(", "));
        }
    }
    let mut text = describe_plain(schema);
    if let Some(items) = schema.get("items")
        && schema_type(schema) == Some("array")
    {
        text = format!("array of {}", describe(spec, items));
    }
    text
}

fn describe_plain(schema: &Value) -> String {
    let mut text = schema_type(schema).unwrap_or("any value").to_string();
    if let Some(format) = schema.get("format").and_then(Value::as_str) {
        text.push_str(&format!(" ({format})"));
    }
    if nullable(schema) {
        text.push_str(", nullable");
    }
    text
}

/// A short description of a JSON value: `number 5`, `string "abc"`.
pub fn describe_value(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {n}"),
        Value::String(_) => format!("string {}", short_json(value)),
        Value::Array(a) => format!("an array of {} items", a.len()),
        Value::Object(_) => "an object".into(),
    }
}

fn short_json(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(57).collect::<String>())
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drift::ts;
    use serde_json::json;

    fn spec() -> Value {
        json!({"components": {"schemas": {
            "Widget": {"type": "object", "required": ["id", "name"], "properties": {
                "id": {"type": "integer", "minimum": 1},
                "name": {"type": "string", "maxLength": 5, "pattern": "^[a-z]+$"},
                "at": {"type": "string", "format": "date-time", "nullable": true},
                "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true},
                "kind": {"type": "string", "enum": ["a", "b"]},
                "meta": {"type": "object", "additionalProperties": true},
                "value": {"oneOf": [{"type": "number", "nullable": true}, {"type": "string"}]},
                "secret": {"type": "string", "readOnly": true}
            }},
            "Strict": {"type": "object", "additionalProperties": false, "required": ["secret"],
                       "properties": {"a": {"type": "string"}, "secret": {"type": "string", "readOnly": true}}},
            "Tolerant": {"type": "object", "additionalProperties": {}, "properties": {"a": {"type": "string"}}},
            "Map": {"type": "object", "additionalProperties": {"type": "integer"}},
            "Both": {"allOf": [{"$ref": "#/components/schemas/Strict"}, {"properties": {"b": {"type": "boolean"}}}]}
        }}})
    }

    fn issues(schema: &str, value: Value, dir: Direction) -> Vec<Issue> {
        let spec = spec();
        let schema = json!({"$ref": format!("#/components/schemas/{schema}")});
        collect(|o| validate(&spec, &schema, &value, "body", dir, o))
    }

    #[test]
    fn valid_values_pass() {
        let ok = json!({"id": 1, "name": "abc", "at": "2023-10-01T12:00:00.5+02:00", "tags": ["x", "y"],
                        "kind": "a", "meta": {"any": [1]}, "value": null, "secret": "s"});
        assert_eq!(issues("Widget", ok, Direction::Response), []);
        assert_eq!(
            issues(
                "Widget",
                json!({"id": 2, "name": "z", "at": null, "value": "v"}),
                Direction::Response
            ),
            []
        );
        assert_eq!(
            issues("Strict", json!({"a": "x"}), Direction::Request),
            [],
            "readOnly is not required in requests"
        );
        assert_eq!(
            issues(
                "Both",
                json!({"a": "x", "b": true, "secret": "s"}),
                Direction::Response
            ),
            []
        );
    }

    #[test]
    fn each_violation_is_reported_at_its_path() {
        let bad = json!({"id": 0, "name": "TOO-LONG", "at": "yesterday", "tags": ["x", "x"], "kind": "c",
                         "value": true, "extra": 1});
        let found = issues("Widget", bad, Direction::Response);
        let at = |p: &str| {
            found
                .iter()
                .filter(|i| i.path == p)
                .map(|i| i.spec.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(at("body.id"), ["minimum 1"]);
        assert_eq!(at("body.name"), ["maxLength 5", "pattern ^[a-z]+$"]);
        assert_eq!(at("body.at"), ["string (date-time), nullable"]);
        assert_eq!(at("body.tags[1]"), ["uniqueItems"]);
        assert_eq!(at("body.kind"), ["one of [\"a\",\"b\"]"]);
        assert!(
            at("body.value")[0].starts_with("oneOf [number, nullable, string]"),
            "{found:#?}"
        );
        assert_eq!(at("body.extra"), ["no such field"]);
        let missing = issues("Widget", json!({"id": 1.5}), Direction::Response);
        assert_eq!(
            missing[0],
            Issue::new("body.name", "(field absent)", "a required field")
        );
        assert_eq!(missing[1], Issue::new("body.id", "number 1.5", "integer"));
        let strict = issues(
            "Strict",
            json!({"a": 1, "b": 2, "secret": "s"}),
            Direction::Request,
        );
        assert_eq!(strict[0], Issue::new("body.a", "number 1", "string"));
        assert_eq!(
            strict[1].spec,
            "no such field (additionalProperties: false)"
        );
        assert_eq!(
            issues("Widget", Value::Null, Direction::Response)[0].docs,
            "null"
        );
    }

    #[test]
    fn formats() {
        assert!(is_date_time("2023-10-01T12:00:00Z"));
        assert!(is_date_time("2016-11-09T04:23:01.925Z"));
        assert!(is_date_time("2023-10-01T12:00:00-05:30"));
        assert!(!is_date_time("2023-10-01"));
        assert!(!is_date_time("2023-02-30T12:00:00Z"));
        assert!(!is_date_time("2023-10-01T25:00:00Z"));
        assert!(!is_date_time("2023-10-01T12:00:00"));
        assert!(is_date("2024-02-29") && !is_date("2023-02-29") && !is_date("2023-1-01"));
    }

    #[test]
    fn typescript_compatibility() {
        let spec = spec();
        let schema = json!({"$ref": "#/components/schemas/Widget"});
        let check = |text: &str| {
            let ty = ts::parse(text).unwrap();
            collect(|o| compat(&spec, &schema, &ty, "data", o))
        };
        assert_eq!(
            check(
                "{ id: number; name: string; at: null | string; tags: string[]; kind: \"a\"; meta: { x: unknown }; value: null | string }"
            ),
            []
        );
        let found = check(
            "{ id: string; name: null | string; tags: number[]; kind: \"z\"; nope: boolean; value: boolean[] }",
        );
        let at = |p: &str| {
            found
                .iter()
                .filter(|i| i.path == p)
                .map(|i| (i.docs.clone(), i.spec.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(at("data.id"), [("string".into(), "integer".into())]);
        assert_eq!(
            at("data.name"),
            [("null | string".into(), "string (not nullable)".into())]
        );
        assert_eq!(at("data.tags[]"), [("number".into(), "string".into())]);
        assert_eq!(at("data.kind"), [("\"z\"".into(), "string".into())]);
        assert_eq!(
            at("data.nope"),
            [("a field of type boolean".into(), "no such field".into())]
        );
        assert_eq!(at("data.value").len(), 1, "{found:#?}");
        assert_eq!(found.len(), 6, "{found:#?}");
    }
}
