//! The SDK half of `drift`: every pydantic model of a vendor's generated SDK
//! (`DIR/<vendor>/sdk/models*.py`, read by [`super::python`]) against the
//! spec schema it maps to.
//!
//! **Which spec.** `models.py` and `models_core.py` → `specs/<vendor>.yaml`;
//! `models_webhooks.py` (webhook payloads, which the spec does not describe)
//! → only the models that have a schema of the same name in
//! `specs/<vendor>.yaml`, the rest are skipped with a note; any other
//! `models_<api>.py` → `specs/<vendor>-<api>.yaml` (Kaiten's
//! `models_platform.py` → `kaiten-platform.yaml`), skipped with a note while
//! that spec does not exist. A model maps to the schema of its own name,
//! unless [`RENAMES`] says otherwise.
//!
//! **How a model is read (pydantic v2 semantics).**
//! * JSON name: `Field(validation_alias=…)`, else `Field(alias=…)` (assigned
//!   or inside `Annotated[…]`), else the Python name. `_private` and
//!   `ClassVar` attributes are not fields; base models' fields are inherited.
//! * Required: no default. `= Field(…)` has one only through `default=`
//!   (not `...`), a first positional argument (not `...`) or
//!   `default_factory=`; `= ...` is no default. So `X | None` with no default
//!   is required **and nullable**, `X | None = None` is optional.
//! * Nullable: the type admits `None` (`| None`, `Optional[…]`, `Any`, a
//!   `Literal` with `None`, an alias of such a type). **Except** for an
//!   optional field whose default is `None`: the generator writes *every*
//!   optional field as `T | None = None` (there is no other kind in the
//!   Kaiten SDK), so there the `None` says nothing about the contract's
//!   `nullable` and it is not compared (the spec's own rule, README
//!   decision 9: such fields may be nullable or not).
//! * Values: `Literal[…]` members and enum classes (`class X(str, Enum)`),
//!   through aliases, also when the SDK keeps the set open (`Status | str`);
//!   for `list[…]` of such values, the item values.
//!
//! **What is compared.** Field names both ways (`in the SDK, not in the
//! spec` and the reverse, so a rename shows as both), required-ness against
//! the schema's `required`, nullability against `nullable` (an untyped
//! schema admits null), and values: against `enum` when the spec has one,
//! both ways; else against the property's documented **known values** (see
//! [`known_values`]): the spec's response schemas are lenient by rule (plain
//! strings, the values in the description), which is fine only when the
//! description lists them. A model with no schema is a difference, unless it
//! is on the vendor's pending list ([`super::pending`]) and `--strict` is
//! not given.

use std::collections::HashMap;

use serde_json::Value;

use super::python::{self, Arg, Class, Expr, Item, Stmt};
use super::schema;

/// Models whose spec schema has another name: `(vendor, model, schema)`.
/// Add a row only where the spec deliberately names a schema differently
/// (and say why next to it).
pub const RENAMES: &[(&str, &str, &str)] = &[
    // The SDK's `*View` suffix names its read model; the spec's resource is
    // the license family itself (decision B19 in specs/README.md).
    ("kaiten", "LicenseFamilyView", "LicenseFamily"),
];

/// Which spec a model file is checked against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Every model against this spec file; the vendor's own spec must exist.
    Vendor(String),
    /// Every model against this spec file (another API of the vendor);
    /// skipped with a note while the file does not exist.
    Api(String),
    /// Webhook payloads: only the models with a schema of the same name in
    /// the vendor's spec.
    Webhooks(String),
}

/// The spec a `models*.py` file maps to; `None` for other files.
pub fn target(vendor: &str, file: &str) -> Option<Target> {
    let stem = file.strip_suffix(".py")?;
    let part = if stem == "models" {
        "core"
    } else {
        stem.strip_prefix("models_")?
    };
    Some(match part {
        "core" => Target::Vendor(format!("{vendor}.yaml")),
        "webhooks" => Target::Webhooks(format!("{vendor}.yaml")),
        "" => return None,
        api => Target::Api(format!("{vendor}-{}.yaml", api.replace('_', "-"))),
    })
}

fn schema_name(renames: &[(&str, &str, &str)], vendor: &str, model: &str) -> String {
    renames
        .iter()
        .find(|(v, m, _)| *v == vendor && *m == model)
        .map_or(model, |(_, _, s)| s)
        .to_string()
}

/// One field of a model, as the wire sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The JSON name.
    pub json: String,
    /// No default.
    pub required: bool,
    /// Whether `null` is accepted; `None` when the SDK cannot say (an
    /// optional field defaulting to `None`).
    pub nullable: Option<bool>,
    /// The closed set of values, when the type has one.
    pub values: Option<Vec<Value>>,
    /// The same for the items of a list.
    pub item_values: Option<Vec<Value>>,
}

/// A pydantic model.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The class name.
    pub name: String,
    /// Its fields, inherited ones first.
    pub fields: Vec<Field>,
}

/// What a name of the module stands for.
#[derive(Clone, Copy)]
enum Def<'a> {
    Alias(&'a Result<Expr, String>),
    Class(&'a Class),
}

type Names<'a> = HashMap<&'a str, Def<'a>>;

const ENUM_BASES: [&str; 5] = ["Enum", "StrEnum", "IntEnum", "Flag", "IntFlag"];

#[derive(Debug, PartialEq)]
enum Kind {
    Model,
    Enum,
}

fn class_kind(c: &Class, names: &Names<'_>, depth: usize) -> Result<Kind, String> {
    if depth > 32 {
        return Err(format!("class {}: its bases form a cycle", c.name));
    }
    let mut model = false;
    for base in &c.bases {
        let Some(n) = base.simple_name() else {
            return Err(format!(
                "class {}: base {base:?} is not a plain name (generic models are not supported)",
                c.name
            ));
        };
        if ENUM_BASES.contains(&n) {
            return Ok(Kind::Enum);
        }
        match names.get(lookup_key(base)) {
            Some(Def::Class(b)) if b.name != c.name => match class_kind(b, names, depth + 1)? {
                Kind::Enum => return Ok(Kind::Enum),
                Kind::Model => model = true,
            },
            _ if n.ends_with("Model") && n != "RootModel" => model = true,
            _ => {}
        }
    }
    if model {
        Ok(Kind::Model)
    } else {
        Err(format!(
            "class {}: neither a pydantic model (a base named `…Model`) nor an Enum",
            c.name
        ))
    }
}

fn lookup_key(e: &Expr) -> &str {
    match e {
        // A local name; a dotted one (`models.Foo`) by its last segment.
        Expr::Name(n) => n.rsplit('.').next().unwrap_or(n),
        _ => "",
    }
}

/// The members of an enum class.
fn enum_values(c: &Class) -> Result<Vec<Value>, String> {
    let mut out = Vec::new();
    for stmt in &c.body {
        match stmt {
            Stmt::Assign { name, value, line } => match literal(value) {
                Some(v) => out.push(v),
                None => {
                    return Err(format!(
                        "line {line}: enum {}: member {name} is not a literal value",
                        c.name
                    ));
                }
            },
            Stmt::Field { name, line, .. } => {
                return Err(format!(
                    "line {line}: enum {}: annotated member {name} is not supported",
                    c.name
                ));
            }
        }
    }
    Ok(out)
}

/// A literal value: a string, number or boolean.
fn literal(e: &Expr) -> Option<Value> {
    match e {
        Expr::Str(s) => Some(Value::String(s.clone())),
        Expr::Num(n) => {
            let clean = n.replace('_', "");
            clean
                .parse::<i64>()
                .ok()
                .map(Value::from)
                .or_else(|| clean.parse::<f64>().ok().map(Value::from))
        }
        Expr::Name(n) if n == "True" => Some(Value::Bool(true)),
        Expr::Name(n) if n == "False" => Some(Value::Bool(false)),
        _ => None,
    }
}

/// What a type annotation admits.
#[derive(Debug, Default)]
struct Shape {
    /// `None` is a member.
    none: bool,
    /// `Any` (or `object`) is a member: anything, `None` included.
    any: bool,
    /// Literal and enum values.
    values: Vec<Value>,
    /// The values of a list member's items.
    items: Option<Box<Shape>>,
}

impl Shape {
    fn merge(&mut self, other: Shape) {
        self.none |= other.none;
        self.any |= other.any;
        for v in other.values {
            if !self.values.contains(&v) {
                self.values.push(v);
            }
        }
        if self.items.is_none() {
            self.items = other.items;
        }
    }
}

const LISTS: [&str; 11] = [
    "list",
    "List",
    "Sequence",
    "MutableSequence",
    "Iterable",
    "set",
    "Set",
    "frozenset",
    "FrozenSet",
    "tuple",
    "Tuple",
];

fn analyze(e: &Expr, names: &Names<'_>, depth: usize) -> Result<Shape, String> {
    if depth > 32 {
        return Err("type aliases form a cycle".into());
    }
    let mut shape = Shape::default();
    match e {
        Expr::Name(n) => match e.simple_name().unwrap_or(n.as_str()) {
            "None" => shape.none = true,
            "Any" | "object" => shape.any = true,
            _ => match names.get(lookup_key(e)) {
                Some(Def::Alias(Ok(alias))) => return analyze(alias, names, depth + 1),
                Some(Def::Alias(Err(why))) => {
                    return Err(format!(
                        "type {n} is defined by something unreadable: {why}"
                    ));
                }
                Some(Def::Class(c)) if class_kind(c, names, 0)? == Kind::Enum => {
                    shape.values = enum_values(c)?;
                }
                // A model, a builtin or an imported type: no values.
                _ => {}
            },
        },
        // A forward reference: `"User"`.
        Expr::Str(text) => {
            let inner = python::parse_expr_text(text)
                .map_err(|why| format!("forward reference {text:?}: {why}"))?;
            return analyze(&inner, names, depth + 1);
        }
        Expr::Union(parts) => {
            for p in parts {
                shape.merge(analyze(p, names, depth + 1)?);
            }
        }
        Expr::Subscript(base, args) => match base.simple_name() {
            Some("Literal") => literal_members(args, &mut shape)?,
            Some("Optional") => {
                shape = analyze(first(args)?, names, depth + 1)?;
                shape.none = true;
            }
            Some("Union") => {
                for a in args {
                    shape.merge(analyze(a, names, depth + 1)?);
                }
            }
            Some("Annotated" | "Required" | "NotRequired" | "ReadOnly") => {
                return analyze(first(args)?, names, depth + 1);
            }
            Some(list) if LISTS.contains(&list) => {
                shape.items = Some(Box::new(analyze(first(args)?, names, depth + 1)?));
            }
            // dict[…], Mapping[…], type[…], a generic: no values.
            _ => {}
        },
        other => return Err(format!("{other:?} is not a type")),
    }
    Ok(shape)
}

fn first(args: &[Expr]) -> Result<&Expr, String> {
    args.first()
        .ok_or_else(|| "an empty type subscript".to_string())
}

fn literal_members(args: &[Expr], shape: &mut Shape) -> Result<(), String> {
    for a in args {
        match a {
            Expr::Name(n) if n == "None" => shape.none = true,
            Expr::Subscript(base, inner) if base.simple_name() == Some("Literal") => {
                literal_members(inner, shape)?
            }
            _ => match literal(a) {
                Some(v) if !shape.values.contains(&v) => shape.values.push(v),
                Some(_) => {}
                None => return Err(format!("Literal member {a:?} is not supported")),
            },
        }
    }
    Ok(())
}

/// What a default says: `None` when there is none (required), else whether
/// it is `None`.
fn default_of(args: &[Arg]) -> Option<bool> {
    let value = Expr::keyword(args, "default").or_else(|| {
        args.first()
            .filter(|a| a.keyword.is_none())
            .map(|a| &a.value)
    });
    match value {
        Some(Expr::Ellipsis) => None,
        Some(v) => Some(is_none(v)),
        None => Expr::keyword(args, "default_factory").map(|_| false),
    }
}

fn is_none(e: &Expr) -> bool {
    matches!(e, Expr::Name(n) if n == "None")
}

fn read_field(
    py_name: &str,
    annotation: &Expr,
    default: Option<&Expr>,
    names: &Names<'_>,
) -> Result<Field, String> {
    let (ty, meta) = match annotation {
        Expr::Subscript(base, args) if base.simple_name() == Some("Annotated") => (
            first(args)?,
            args[1..].iter().find_map(|a| a.call_of("Field")),
        ),
        _ => (annotation, None),
    };
    let assigned = default.and_then(|d| d.call_of("Field"));
    let mut alias = None;
    for args in [assigned, meta].into_iter().flatten() {
        let found =
            Expr::keyword(args, "validation_alias").or_else(|| Expr::keyword(args, "alias"));
        match found {
            Some(Expr::Str(s)) => {
                alias.get_or_insert_with(|| s.clone());
            }
            Some(other) => return Err(format!("alias {other:?} is not a string literal")),
            None => {}
        }
    }
    let default = match (default, assigned) {
        (Some(_), Some(args)) => default_of(args).or_else(|| meta.and_then(default_of)),
        (Some(Expr::Ellipsis), None) => None,
        (Some(d), None) => Some(is_none(d)),
        (None, _) => meta.and_then(default_of),
    };
    let shape = analyze(ty, names, 0)?;
    let admits_none = shape.none || shape.any;
    Ok(Field {
        json: alias.unwrap_or_else(|| py_name.to_string()),
        required: default.is_none(),
        nullable: match default {
            Some(true) => None,
            _ => Some(admits_none),
        },
        values: (!shape.values.is_empty()).then_some(shape.values),
        item_values: shape
            .items
            .filter(|s| !s.values.is_empty())
            .map(|s| s.values),
    })
}

fn is_class_var(e: &Expr) -> bool {
    match e {
        Expr::Subscript(base, _) => base.simple_name() == Some("ClassVar"),
        other => other.simple_name() == Some("ClassVar"),
    }
}

/// Whether a `model_config` value sets an alias generator (then the Python
/// names are not the JSON names, and this reader cannot tell what they are).
fn sets_alias_generator(e: &Expr) -> bool {
    match e {
        Expr::Call(_, args) => args.iter().any(|a| {
            a.keyword.as_deref() == Some("alias_generator") || sets_alias_generator(&a.value)
        }),
        Expr::Display(items) => items
            .iter()
            .any(|i| matches!(i, Expr::Str(s) if s == "alias_generator")),
        _ => false,
    }
}

/// Adds or replaces (a subclass's field replaces its base's) a field,
/// keyed by its Python name.
fn put(fields: &mut Vec<(String, Field)>, py: String, f: Field) {
    match fields.iter_mut().find(|(p, _)| *p == py) {
        Some(slot) => slot.1 = f,
        None => fields.push((py, f)),
    }
}

/// A model's fields by Python name, inherited ones first.
fn model_fields(
    c: &Class,
    names: &Names<'_>,
    depth: usize,
) -> Result<Vec<(String, Field)>, String> {
    if depth > 32 {
        return Err(format!("class {}: its bases form a cycle", c.name));
    }
    let mut fields: Vec<(String, Field)> = Vec::new();
    for base in &c.bases {
        if let Some(Def::Class(b)) = names.get(lookup_key(base))
            && b.name != c.name
        {
            for (py, f) in model_fields(b, names, depth + 1)? {
                put(&mut fields, py, f);
            }
        }
    }
    for stmt in &c.body {
        match stmt {
            Stmt::Field {
                name,
                annotation,
                default,
                line,
            } => {
                if name.starts_with('_') || is_class_var(annotation) {
                    continue;
                }
                let f = read_field(name, annotation, default.as_ref(), names)
                    .map_err(|why| format!("line {line}: {}.{name}: {why}", c.name))?;
                put(&mut fields, name.clone(), f);
            }
            Stmt::Assign { name, value, line } => {
                if name == "model_config" {
                    if sets_alias_generator(value) {
                        return Err(format!(
                            "line {line}: {}: model_config sets an alias_generator, which the SDK reader does not apply",
                            c.name
                        ));
                    }
                } else if !name.starts_with('_') {
                    return Err(format!(
                        "line {line}: {}.{name}: an attribute without annotation in a model is not supported",
                        c.name
                    ));
                }
            }
        }
    }
    Ok(fields)
}

/// One parsed SDK file.
pub struct SdkFile {
    /// Its file name (`models_core.py`).
    pub name: String,
    /// Its text.
    pub text: String,
}

fn defs(items: &[Item]) -> Vec<(&str, Def<'_>)> {
    items
        .iter()
        .map(|i| match i {
            Item::Class(c) => (c.name.as_str(), Def::Class(c)),
            Item::Alias { name, value, .. } => (name.as_str(), Def::Alias(value)),
        })
        .collect()
}

/// The models of every file, in file order; names resolve in the file
/// first, then in the others (`models_webhooks.py` imports the core ones).
pub fn read_models(files: &[SdkFile]) -> Result<Vec<(String, Vec<Model>)>, String> {
    let parsed: Vec<(&str, Vec<Item>)> = files
        .iter()
        .map(|f| {
            python::read_module(&f.text)
                .map(|items| (f.name.as_str(), items))
                .map_err(|why| format!("sdk/{}: {why}", f.name))
        })
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for (i, (file, items)) in parsed.iter().enumerate() {
        let mut names: Names<'_> = HashMap::new();
        for (j, (_, other)) in parsed.iter().enumerate() {
            if j != i {
                names.extend(defs(other));
            }
        }
        names.extend(defs(items));
        let mut models = Vec::new();
        for item in items {
            let Item::Class(c) = item else { continue };
            let kind = class_kind(c, &names, 0)
                .map_err(|why| format!("sdk/{file}: line {}: {why}", c.line))?;
            if kind == Kind::Enum {
                enum_values(c).map_err(|why| format!("sdk/{file}: {why}"))?;
                continue;
            }
            let fields = model_fields(c, &names, 0).map_err(|why| format!("sdk/{file}: {why}"))?;
            models.push(Model {
                name: c.name.clone(),
                fields: fields.into_iter().map(|(_, f)| f).collect(),
            });
        }
        out.push((file.to_string(), models));
    }
    Ok(out)
}

/// One difference between an SDK model and the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelIssue {
    /// The model (class) name.
    pub model: String,
    /// The field's JSON name (`tags[]` for its items), if about a field.
    pub field: Option<String>,
    /// What differs: `required in the SDK, optional in the spec`.
    pub what: String,
}

impl std::fmt::Display for ModelIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "model {}", self.model)?;
        if let Some(field) = &self.field {
            write!(f, " field {field}")?;
        }
        write!(f, ": {}", self.what)
    }
}

/// The values a description documents: the backticked words after the
/// phrase `known values` (any case), up to the end of that sentence (a `.`
/// outside backticks followed by a space or the end). `Gender; known values
/// `m`, `f`.` → `["m", "f"]`; `None` when there is no such list.
pub fn known_values(description: &str) -> Option<Vec<String>> {
    let lower = description.to_ascii_lowercase();
    let at = lower.find("known values")?;
    let rest = &description[at + "known values".len()..];
    let mut values = Vec::new();
    let mut open: Option<usize> = None;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match (c, open) {
            ('`', None) => open = Some(i + 1),
            ('`', Some(start)) => {
                values.push(rest[start..i].to_string());
                open = None;
            }
            ('.', None) if chars.peek().is_none_or(|(_, n)| n.is_whitespace()) => break,
            _ => {}
        }
    }
    (!values.is_empty()).then_some(values)
}

fn as_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Compares the values of one field (or its items).
fn compare_values(sdk: Option<&[Value]>, node: Option<(&Value, &Value)>, out: &mut Vec<String>) {
    // `node`: (the property as written, for its description; resolved).
    let spec_enum: Option<Vec<Value>> = node.and_then(|(_, p)| {
        p.get("enum")
            .and_then(Value::as_array)
            .map(|e| e.iter().filter(|v| !v.is_null()).cloned().collect())
    });
    let description = node.and_then(|(raw, p)| {
        raw.get("description")
            .or_else(|| p.get("description"))
            .and_then(Value::as_str)
    });
    match (sdk, spec_enum) {
        (None, None) => {}
        (None, Some(e)) => out.push(format!(
            "enum {} in the spec, no values in the SDK (a plain type)",
            Value::Array(e)
        )),
        (Some(s), Some(e)) => {
            for v in s.iter().filter(|v| !e.contains(v)) {
                out.push(format!("value {v} in the SDK, not in the spec's enum"));
            }
            for v in e.iter().filter(|v| !s.contains(v)) {
                out.push(format!("value {v} in the spec's enum, not in the SDK"));
            }
        }
        (Some(s), None) => match description.and_then(known_values) {
            Some(known) => {
                let sdk_text: Vec<String> = s.iter().map(as_text).collect();
                for (v, t) in s.iter().zip(&sdk_text) {
                    if !known.contains(t) {
                        out.push(format!(
                            "value {v} in the SDK, not in the spec's known values"
                        ));
                    }
                }
                for k in known.iter().filter(|k| !sdk_text.contains(k)) {
                    out.push(format!(
                        "value {} in the spec's known values, not in the SDK",
                        Value::String(k.clone())
                    ));
                }
            }
            None => out.push(format!(
                "values {} in the SDK; the spec has no enum and its description no `known values` list",
                Value::Array(s.to_vec())
            )),
        },
    }
}

fn resolve_node(spec: &Value, node: &Value) -> Option<Value> {
    let mut scratch = Vec::new();
    schema::resolved(spec, node, "", &mut scratch)
}

/// Compares one model with one schema (a component schema's node).
pub fn compare(spec: &Value, node: &Value, model: &Model) -> Vec<ModelIssue> {
    let mut out = Vec::new();
    let mut push = |field: Option<&str>, what: String| {
        out.push(ModelIssue {
            model: model.name.clone(),
            field: field.map(str::to_string),
            what,
        })
    };
    let Some(schema) = resolve_node(spec, node) else {
        push(None, "its schema holds a dangling $ref".into());
        return out;
    };
    let empty = serde_json::Map::new();
    let props = schema
        .get("properties")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for f in &model.fields {
        let name = f.json.as_str();
        let Some(raw) = props.get(name) else {
            push(Some(name), "in the SDK, not in the spec".into());
            continue;
        };
        match (f.required, required.contains(&name)) {
            (true, false) => push(
                Some(name),
                "required in the SDK, optional in the spec".into(),
            ),
            (false, true) => push(
                Some(name),
                "optional in the SDK, required in the spec".into(),
            ),
            _ => {}
        }
        let Some(prop) = resolve_node(spec, raw) else {
            push(Some(name), "its schema holds a dangling $ref".into());
            continue;
        };
        if let Some(sdk_nullable) = f.nullable {
            let spec_nullable = schema::admits_null(spec, &prop);
            if sdk_nullable != spec_nullable {
                push(
                    Some(name),
                    if sdk_nullable {
                        "nullable in the SDK, not nullable in the spec".into()
                    } else {
                        "not nullable in the SDK, nullable in the spec".into()
                    },
                );
            }
        }
        let mut found = Vec::new();
        compare_values(f.values.as_deref(), Some((raw, &prop)), &mut found);
        for what in found {
            push(Some(name), what);
        }
        let items_raw = prop.get("items");
        let items = items_raw.and_then(|i| resolve_node(spec, i));
        let mut found = Vec::new();
        // Item values documented on the item schema, else on the array.
        let described = items_raw
            .filter(|i| i.get("description").is_some())
            .unwrap_or(raw);
        match &items {
            Some(items) => compare_values(
                f.item_values.as_deref(),
                Some((described, items)),
                &mut found,
            ),
            None if f.item_values.is_some() => {
                found.push("item values in the SDK, but the spec's property is no array".into())
            }
            None => {}
        }
        for what in found {
            push(Some(&format!("{name}[]")), what);
        }
    }
    let sdk_names: Vec<&str> = model.fields.iter().map(|f| f.json.as_str()).collect();
    let mut spec_names: Vec<&str> = props.keys().map(String::as_str).collect();
    spec_names.extend(required.iter().filter(|r| !props.contains_key(**r)));
    for name in spec_names {
        if !sdk_names.contains(&name) {
            push(Some(name), "in the spec, not in the SDK".into());
        }
    }
    out
}

/// The outcome of checking one vendor's SDK.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Models compared with a schema or reported as lacking one.
    pub checked: usize,
    /// Every difference, with the file it comes from (`sdk/models_core.py`).
    pub issues: Vec<(String, ModelIssue)>,
    /// What was skipped, and why.
    pub notes: Vec<String>,
}

/// Checks a vendor's SDK model files. `load_spec(file)` reads
/// `specs/<file>` (`Ok(None)` when it does not exist); `specs_label` names
/// the specs directory in messages; `pending` lists the models whose
/// missing schema is a note rather than a difference.
pub fn check(
    vendor: &str,
    files: &[SdkFile],
    load_spec: &mut dyn FnMut(&str) -> Result<Option<Value>, String>,
    specs_label: &str,
    pending: &[&str],
    renames: &[(&str, &str, &str)],
) -> Result<Outcome, String> {
    let mut outcome = Outcome::default();
    let all = read_models(files)?;
    let mut seen_models: Vec<&str> = Vec::new();
    for (file, models) in &all {
        seen_models.extend(models.iter().map(|m| m.name.as_str()));
        let label = format!("sdk/{file}");
        let Some(target) = target(vendor, file) else {
            continue;
        };
        let (spec_file, webhooks) = match &target {
            Target::Vendor(s) | Target::Api(s) => (s.as_str(), false),
            Target::Webhooks(s) => (s.as_str(), true),
        };
        let Some(spec) = load_spec(spec_file)? else {
            if let Target::Api(_) = target {
                let list: Vec<&str> = models.iter().map(|m| m.name.as_str()).collect();
                outcome.notes.push(format!(
                    "{vendor} {label}: no spec {specs_label}/{spec_file} yet, so its {} model(s) are not checked: {}",
                    models.len(),
                    list.join(", ")
                ));
                continue;
            }
            return Err(format!(
                "{label} holds models of vendor `{vendor}`, but there is no spec {specs_label}/{spec_file}"
            ));
        };
        let schemas = spec.pointer("/components/schemas");
        let mut unmatched_webhooks = 0;
        let mut pending_missing = Vec::new();
        for model in models {
            let name = schema_name(renames, vendor, &model.name);
            match schemas.and_then(|s| s.get(&name)) {
                Some(node) => {
                    outcome.checked += 1;
                    if !webhooks && pending.contains(&model.name.as_str()) {
                        outcome.notes.push(format!(
                            "{vendor}: model {} has a schema in {specs_label}/{spec_file} now and is checked: \
                             remove it from the pending list (xtask/src/drift/pending.rs)",
                            model.name
                        ));
                    }
                    outcome.issues.extend(
                        compare(&spec, node, model)
                            .into_iter()
                            .map(|i| (label.clone(), i)),
                    );
                }
                None if webhooks => unmatched_webhooks += 1,
                None if pending.contains(&model.name.as_str()) => {
                    pending_missing.push(model.name.as_str())
                }
                None => {
                    outcome.checked += 1;
                    outcome.issues.push((
                        label.clone(),
                        ModelIssue {
                            model: model.name.clone(),
                            field: None,
                            what: format!("no schema {name} in {specs_label}/{spec_file}"),
                        },
                    ));
                }
            }
        }
        if unmatched_webhooks > 0 {
            outcome.notes.push(format!(
                "{vendor} {label}: {unmatched_webhooks} webhook payload model(s) have no schema of the same \
                 name in {specs_label}/{spec_file}, so they are not checked"
            ));
        }
        if !pending_missing.is_empty() {
            outcome.notes.push(format!(
                "{vendor} {label}: {} model(s) have no schema in {specs_label}/{spec_file} yet and are on the \
                 pending list (xtask/src/drift/pending.rs; --strict reports them): {}",
                pending_missing.len(),
                pending_missing.join(", ")
            ));
        }
    }
    for p in pending.iter().filter(|p| !seen_models.contains(p)) {
        outcome.notes.push(format!(
            "{vendor}: the pending list names {p}, which is no model of the SDK: remove it \
             (xtask/src/drift/pending.rs)"
        ));
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn models(text: &str) -> Vec<Model> {
        let files = [SdkFile {
            name: "models_core.py".into(),
            text: text.into(),
        }];
        read_models(&files).unwrap().remove(0).1
    }

    fn field(m: &Model, json: &str) -> Field {
        m.fields
            .iter()
            .find(|f| f.json == json)
            .cloned()
            .unwrap_or_else(|| panic!("no field {json} in {m:?}"))
    }

    #[test]
    fn files_map_to_specs() {
        assert_eq!(
            target("kaiten", "models_core.py"),
            Some(Target::Vendor("kaiten.yaml".into()))
        );
        assert_eq!(
            target("kaiten", "models.py"),
            Some(Target::Vendor("kaiten.yaml".into()))
        );
        assert_eq!(
            target("kaiten", "models_platform.py"),
            Some(Target::Api("kaiten-platform.yaml".into()))
        );
        assert_eq!(
            target("kaiten", "models_usage_api.py"),
            Some(Target::Api("kaiten-usage-api.yaml".into()))
        );
        assert_eq!(
            target("kaiten", "models_webhooks.py"),
            Some(Target::Webhooks("kaiten.yaml".into()))
        );
        assert_eq!(target("kaiten", "params.py"), None);
        assert_eq!(target("kaiten", "models_.py"), None);
        assert_eq!(schema_name(&[("v", "A", "B")], "v", "A"), "B");
        assert_eq!(schema_name(&[("v", "A", "B")], "w", "A"), "A");
    }

    /// Required-ness and nullability the way pydantic v2 reads them.
    #[test]
    fn pydantic_semantics() {
        let m = &models(
            r#"
from pydantic import BaseModel, Field
class M(BaseModel):
    plain: str
    opt: str | None = None
    req_null: str | None
    optional_old: Optional[int] = None
    req_optional_old: Optional[int]
    aliased: str = Field(alias="camelCase")
    aliased_opt: str | None = Field(default=None, alias="camelOpt")
    positional_none: int | None = Field(None, alias="posNone")
    ellipsis: int = Field(..., alias="dots")
    bare_ellipsis: int = ...
    factory: list[str] = Field(default_factory=list)
    with_value: int = 5
    nullable_value: int | None = 5
    anything: Any
    anything_opt: Any | None = None
    annotated: Annotated[str, Field(alias="ann")]
    annotated_opt: Annotated[str | None, Field(default=None, alias="annOpt")]
    validation: str = Field(alias="a", validation_alias="v")
    _private: int = 0
    constant: ClassVar[int] = 1
    model_config = ConfigDict(populate_by_name=True)
"#,
        )[0];
        let check = |json: &str, required: bool, nullable: Option<bool>| {
            let f = field(m, json);
            assert_eq!((f.required, f.nullable), (required, nullable), "{json}");
        };
        check("plain", true, Some(false));
        check("opt", false, None);
        check("req_null", true, Some(true));
        check("optional_old", false, None);
        check("req_optional_old", true, Some(true));
        check("camelCase", true, Some(false));
        check("camelOpt", false, None);
        check("posNone", false, None);
        check("dots", true, Some(false));
        check("bare_ellipsis", true, Some(false));
        check("factory", false, Some(false));
        check("with_value", false, Some(false));
        check("nullable_value", false, Some(true));
        check("anything", true, Some(true));
        check("anything_opt", false, None);
        check("ann", true, Some(false));
        check("annOpt", false, None);
        check("v", true, Some(false));
        assert_eq!(m.fields.len(), 18, "{:?}", m.fields);
    }

    #[test]
    fn values_through_literals_aliases_and_enums() {
        let all = models(
            r#"
Status = Literal["A", "B"]
"""Doc."""
Statuses = list[Status] | None
Wrapped = Annotated[Status | str, Field(description="x")]
class Color(str, Enum):
    RED = "red"
    BLUE = "blue"
class Base(KaitenModel):
    inherited: int
    status: str
class M(Base):
    status: Status | str
    statuses: Statuses
    wrapped: Wrapped | None = None
    color: Color
    mixed: Literal["x", 1, True, None]
    nested: Literal[Literal["p"], "q"]
    forward: "Status"
    plain: str
"#,
        );
        assert_eq!(all.len(), 2, "the enum is no model");
        let m = &all[1];
        let values = |json: &str| field(m, json).values;
        assert_eq!(values("status"), Some(vec![json!("A"), json!("B")]));
        assert_eq!(
            field(m, "statuses").item_values,
            Some(vec![json!("A"), json!("B")])
        );
        assert_eq!(field(m, "statuses").nullable, Some(true));
        assert_eq!(values("wrapped"), Some(vec![json!("A"), json!("B")]));
        assert_eq!(values("color"), Some(vec![json!("red"), json!("blue")]));
        assert_eq!(
            values("mixed"),
            Some(vec![json!("x"), json!(1), json!(true)])
        );
        assert_eq!(field(m, "mixed").nullable, Some(true));
        assert_eq!(values("nested"), Some(vec![json!("p"), json!("q")]));
        assert_eq!(values("forward"), Some(vec![json!("A"), json!("B")]));
        assert_eq!(values("plain"), None);
        // Inherited first; the override replaced the base's `status`.
        let order: Vec<&str> = m.fields.iter().map(|f| f.json.as_str()).collect();
        assert_eq!(order[..2], ["inherited", "status"]);
        assert_eq!(m.fields.len(), 9);
    }

    #[test]
    fn unreadable_models_are_errors() {
        let err = |text: &str| {
            read_models(&[SdkFile {
                name: "models_core.py".into(),
                text: text.into(),
            }])
            .unwrap_err()
        };
        let e =
            err("class M(KaitenModel):\n    model_config = ConfigDict(alias_generator=to_camel)\n");
        assert!(e.contains("alias_generator"), "{e}");
        let e = err("class M(Something):\n    a: int\n");
        assert!(e.contains("neither a pydantic model"), "{e}");
        let e = err("Broken = Literal[lambda: 1]\nclass M(KaitenModel):\n    a: Broken\n");
        assert!(
            e.contains("sdk/models_core.py: line 3: M.a: type Broken"),
            "{e}"
        );
        let e = err("class M(KaitenModel):\n    a: str = Field(alias=NAME)\n");
        assert!(e.contains("not a string literal"), "{e}");
        let e = err("class M(KaitenModel):\n    a = 1\n");
        assert!(e.contains("without annotation"), "{e}");
    }

    #[test]
    fn documented_values() {
        assert_eq!(
            known_values("Gender; known values `m`, `f`. Others are `x`."),
            Some(vec!["m".into(), "f".into()])
        );
        assert_eq!(
            known_values("Known values include `a.b`, `c`"),
            Some(vec!["a.b".into(), "c".into()])
        );
        assert_eq!(known_values("Values: `a`, `b`."), None);
        assert_eq!(known_values("Known values are listed elsewhere."), None);
    }

    fn spec() -> Value {
        json!({"components": {"schemas": {
            "M": {"type": "object", "required": ["a", "n"], "properties": {
                "a": {"type": "string"},
                "n": {"type": "string", "nullable": true},
                "e": {"type": "string", "nullable": true, "enum": ["x", "y", null]},
                "k": {"type": "string", "description": "Kind; known values `p`, `q`."},
                "s": {"type": "string"},
                "l": {"type": "array", "items": {"type": "string", "enum": ["u"]}},
                "r": {"$ref": "#/components/schemas/R"},
                "any": {}
            }},
            "R": {"type": "object"}
        }}})
    }

    fn issues(text: &str) -> Vec<String> {
        let spec = spec();
        let m = &models(text)[0];
        compare(&spec, &spec["components"]["schemas"]["M"], m)
            .into_iter()
            .map(|i| i.to_string())
            .collect()
    }

    #[test]
    fn an_agreeing_model_has_no_issues() {
        let found = issues(
            r#"class M(KaitenModel):
    a: str
    n: str | None
    e: Literal["x", "y"] | None = None
    k: Literal["p", "q"] | str | None = None
    s: str | None = None
    l: list[Literal["u"]] | None = None
    r: R | None = None
    any: Any | None = None
"#,
        );
        assert_eq!(found, Vec::<String>::new());
    }

    #[test]
    fn every_kind_of_difference() {
        let found = issues(
            r#"class M(KaitenModel):
    a: str | None
    n: str = None
    e: Literal["x", "z"] | None
    k: Literal["p", "o"] | None = None
    s: Literal["v"] | None = None
    l: list[Literal["w"]] | None = None
    r: R
    extra: int | None = None
"#,
        );
        assert_eq!(
            found,
            [
                "model M field a: nullable in the SDK, not nullable in the spec",
                "model M field n: optional in the SDK, required in the spec",
                "model M field e: required in the SDK, optional in the spec",
                "model M field e: value \"z\" in the SDK, not in the spec's enum",
                "model M field e: value \"y\" in the spec's enum, not in the SDK",
                "model M field k: value \"o\" in the SDK, not in the spec's known values",
                "model M field k: value \"q\" in the spec's known values, not in the SDK",
                "model M field s: values [\"v\"] in the SDK; the spec has no enum and its description no `known values` list",
                "model M field l[]: value \"w\" in the SDK, not in the spec's enum",
                "model M field l[]: value \"u\" in the spec's enum, not in the SDK",
                "model M field r: required in the SDK, optional in the spec",
                "model M field extra: in the SDK, not in the spec",
                "model M field any: in the spec, not in the SDK",
            ]
        );
        // A spec enum the SDK does not have; a non-null required field the
        // spec makes nullable.
        let found =
            issues("class M(KaitenModel):\n    a: str\n    n: str\n    e: str | None = None\n");
        assert!(
            found
                .contains(&"model M field n: not nullable in the SDK, nullable in the spec".into()),
            "{found:?}"
        );
        assert!(
            found.contains(
                &"model M field e: enum [\"x\",\"y\"] in the spec, no values in the SDK (a plain type)".into()
            ),
            "{found:?}"
        );
    }

    #[test]
    fn pending_models_and_skipped_files() {
        let files = [
            SdkFile {
                name: "models_core.py".into(),
                text: "class M(KaitenModel):\n    a: str\nclass Later(KaitenModel):\n    x: int\nclass Gone(KaitenModel):\n    y: int\n".into(),
            },
            SdkFile {
                name: "models_platform.py".into(),
                text: "class P(KaitenModel):\n    id: str\n".into(),
            },
            SdkFile {
                name: "models_webhooks.py".into(),
                text: "class MEvent(KaitenModel):\n    data: M\n".into(),
            },
        ];
        let spec = || {
            json!({"components": {"schemas": {
                "M": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}
            }}})
        };
        let mut load = |file: &str| Ok::<_, String>((file == "v.yaml").then(spec));
        let out = check(
            "v",
            &files,
            &mut load,
            "specs",
            &["Later", "M", "Nope"],
            &[],
        )
        .unwrap();
        let issues: Vec<String> = out
            .issues
            .iter()
            .map(|(f, i)| format!("{i}  [{f}]"))
            .collect();
        // M is pending but has a schema: checked (and agrees); Gone is not
        // pending: a difference; Later is pending: a note.
        assert_eq!(
            issues,
            ["model Gone: no schema Gone in specs/v.yaml  [sdk/models_core.py]"]
        );
        assert_eq!(out.checked, 2);
        let notes = out.notes.join("\n");
        for want in [
            "v: model M has a schema in specs/v.yaml now and is checked: remove it from the pending list",
            "v sdk/models_core.py: 1 model(s) have no schema in specs/v.yaml yet and are on the pending list (xtask/src/drift/pending.rs; --strict reports them): Later",
            "v sdk/models_platform.py: no spec specs/v-platform.yaml yet, so its 1 model(s) are not checked: P",
            "v sdk/models_webhooks.py: 1 webhook payload model(s) have no schema of the same name in specs/v.yaml",
            "the pending list names Nope, which is no model of the SDK",
        ] {
            assert!(notes.contains(want), "missing note: {want}\n{notes}");
        }
        // Without the pending list (--strict), Later is a difference too.
        let out = check("v", &files, &mut load, "specs", &[], &[]).unwrap();
        assert_eq!(out.issues.len(), 2);
        // The vendor's own spec is required.
        let mut none = |_: &str| Ok::<_, String>(None);
        let e = check("v", &files, &mut none, "specs", &[], &[]).unwrap_err();
        assert!(e.contains("there is no spec specs/v.yaml"), "{e}");
    }
}
