//! The typed-client half of `drift`: a vendor's generated TypeScript client
//! (`DIR/<vendor>/typedoc/sdk.gen.ts` and `types.gen.ts`, as
//! `@hey-api/openapi-ts` writes them; Kustomer's `kustomer-client`) against
//! `specs/<vendor>.yaml`, operation by operation. Both files are parsed with
//! `oxc_parser` (not the hand-written [`super::ts`], which reads typedoc
//! pages).
//!
//! **What is read.** From `sdk.gen.ts`, every `export const NAME = (options:
//! Options<NameData, …>) => options.client.METHOD({ url: '/path', … })`: the
//! operationId `NAME`, the method, the path (relative to the spec's server,
//! which ends in `/v1`; an Express-style `:name` is `{name}`) and the `Data`
//! type. From `types.gen.ts`, every `export type`: `<Op>Data` (`path`,
//! `query`, `body`) and `<Op>Responses` (status → type; the lowest 2xx is the
//! success). Types are reduced to shapes: named references resolved,
//! `Array<T>`/`T[]` arrays, `A & B` the union of the properties (required
//! when required in one; `unknown &` adds nothing), `A | B` of objects the
//! union of the properties (required only when required in all), `| null`
//! and `| undefined` dropped, index signatures and `Record` open maps. Spec
//! schemas are reduced the same way (`$ref`, `allOf` as `&`, `oneOf`/`anyOf`
//! as `|`, `additionalProperties` an open map).
//!
//! **What is compared, and the key of each difference.** Every difference
//! prints as `vendor / operationId / KEY: what differs  [file]`; a key is
//! about one thing and has at most one difference:
//!
//! * `operation`: the SDK's function has no spec operation of that
//!   operationId, or a spec operation has no SDK function.
//! * `path`: the method or the path template differs (parameter names
//!   included).
//! * `path NAME`, `query NAME`: a path or query parameter in one and not the
//!   other, or optional in one and required in the other (the spec's
//!   operation and path-item `parameters`, `$ref`s resolved).
//! * `body`: the request body's shape differs (none, an object, an array of
//!   objects, an array of scalars, a scalar; an `unknown` side is not
//!   compared).
//! * `body property NAME`: a body property in one and not the other, optional
//!   in one and required in the other, or of another shape. `NAME` is the
//!   path below the body (`snooze.status`, `emails[].type`; an array body's
//!   items are the body); a segment that is empty or holds ` .[]'` is quoted
//!   (`''`, `'a.b'`). An open map with no properties (`{ [key: string]: … }`,
//!   a schema without `properties`) on either side is not looked into.
//! * `response status`: the lowest 2xx status differs.
//! * `response`: the SDK's success has properties and the spec's has no JSON
//!   body.
//! * `response property NAME`: a property of the SDK's success type (at any
//!   depth, arrays unwrapped on both sides, so `data.attributes.name`) that
//!   the spec's success schema does not have. Only this direction: response
//!   schemas are lenient by rule (README decision 9), so the spec may have
//!   more and leave required-ness open. An open map (no properties) in the
//!   spec is not looked into.
//!
//! **Recorded deviations.** A spec operation may carry `x-sdk-deviations`, a
//! map from such a key to the reason (a string). The difference of a listed
//! key prints as a note, not a failure, and does not keep the operation from
//! counting as matched; a listed key with no difference is itself a
//! difference (key `x-sdk-deviations KEY`, a stale entry).
//!
//! An operation is **matched** when the SDK's function exists in the spec
//! with its method and path and has no (unrecorded) difference; the run
//! prints `vendor: N of M operations matched`.

use std::collections::{BTreeMap, HashMap};

use oxc_allocator::Allocator;
use oxc_ast::ast::{
    Argument, Declaration, Expression, ObjectPropertyKind, Statement, TSSignature, TSType,
    TSTypeName,
};
use oxc_parser::Parser;
use oxc_span::SourceType;
use serde_json::Value;

use crate::spec;

/// The functions file, under `<vendor>/typedoc/`.
pub const SDK_FILE: &str = "sdk.gen.ts";
/// The types file, under `<vendor>/typedoc/`.
pub const TYPES_FILE: &str = "types.gen.ts";

/// One function of `sdk.gen.ts`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SdkOp {
    /// The function name: the operationId.
    pub name: String,
    /// Lowercase HTTP method.
    pub method: String,
    /// The path, `:name` turned into `{name}`.
    pub path: String,
    /// The name of its `…Data` type.
    pub data: String,
}

/// A TypeScript type of `types.gen.ts`, owned.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    /// `{ a: T; b?: U; [key: string]: V }`.
    Object {
        /// The named properties.
        props: Vec<Prop>,
        /// Whether there is an index signature.
        open: bool,
    },
    /// `T[]`, `Array<T>`.
    Array(Box<Ty>),
    /// `A | B`.
    Union(Vec<Ty>),
    /// `A & B`.
    Intersection(Vec<Ty>),
    /// A named type, with its type arguments.
    Named(String, Vec<Ty>),
    /// `T[K]` (only `X[keyof X]` is written by the generator).
    Indexed(Box<Ty>),
    /// `string`, `number`, `boolean`, a literal.
    Scalar,
    /// `null`.
    Null,
    /// `undefined`, `void`.
    Undefined,
    /// `never`.
    Never,
    /// `unknown`, `any`, and whatever else cannot be read.
    Unknown,
}

/// A property of an object type.
#[derive(Debug, Clone, PartialEq)]
pub struct Prop {
    /// The name (string-literal keys unquoted).
    pub name: String,
    /// `?`.
    pub optional: bool,
    /// Its type.
    pub ty: Ty,
}

/// Both files, read.
#[derive(Debug, Default)]
pub struct Client {
    /// The functions, in file order.
    pub ops: Vec<SdkOp>,
    /// Every exported type alias.
    pub types: HashMap<String, Ty>,
}

/// Parses `sdk.gen.ts` and `types.gen.ts`.
pub fn parse(sdk: &str, types: &str) -> Result<Client, String> {
    let mut client = Client::default();
    {
        let allocator = Allocator::default();
        let ret = Parser::new(&allocator, types, SourceType::ts()).parse();
        if let Some(e) = ret.errors.first() {
            return Err(format!("{TYPES_FILE}: {e}"));
        }
        for stmt in &ret.program.body {
            let Statement::ExportNamedDeclaration(export) = stmt else {
                continue;
            };
            if let Some(Declaration::TSTypeAliasDeclaration(alias)) = &export.declaration {
                client
                    .types
                    .insert(alias.id.name.to_string(), ty(&alias.type_annotation));
            }
        }
    }
    let allocator = Allocator::default();
    let ret = Parser::new(&allocator, sdk, SourceType::ts()).parse();
    if let Some(e) = ret.errors.first() {
        return Err(format!("{SDK_FILE}: {e}"));
    }
    for stmt in &ret.program.body {
        let Statement::ExportNamedDeclaration(export) = stmt else {
            continue;
        };
        let Some(Declaration::VariableDeclaration(var)) = &export.declaration else {
            continue;
        };
        for decl in &var.declarations {
            let Some(name) = decl.id.get_identifier_name() else {
                continue;
            };
            let Some(Expression::ArrowFunctionExpression(arrow)) = &decl.init else {
                continue;
            };
            let Some(op) = sdk_function(name.as_str(), arrow)? else {
                continue;
            };
            client.ops.push(op);
        }
    }
    Ok(client)
}

/// `(options: Options<XData, …>) => { return options.client.get({ url }) }`.
fn sdk_function(
    name: &str,
    arrow: &oxc_ast::ast::ArrowFunctionExpression<'_>,
) -> Result<Option<SdkOp>, String> {
    let call = arrow.body.statements.iter().find_map(|s| match s {
        Statement::ReturnStatement(r) => match &r.argument {
            Some(Expression::CallExpression(c)) => Some(c),
            _ => None,
        },
        Statement::ExpressionStatement(e) if arrow.expression => match &e.expression {
            Expression::CallExpression(c) => Some(c),
            _ => None,
        },
        _ => None,
    });
    let Some(call) = call else {
        return Ok(None);
    };
    let Expression::StaticMemberExpression(callee) = &call.callee else {
        return Ok(None);
    };
    let is_client = matches!(&callee.object, Expression::StaticMemberExpression(m) if m.property.name == "client");
    if !is_client {
        return Ok(None);
    }
    let method = callee.property.name.to_string();
    let url = call.arguments.iter().find_map(|a| match a {
        Argument::ObjectExpression(o) => o.properties.iter().find_map(|p| match p {
            ObjectPropertyKind::ObjectProperty(p)
                if p.key.static_name().as_deref() == Some("url") =>
            {
                match &p.value {
                    Expression::StringLiteral(s) => Some(s.value.to_string()),
                    _ => None,
                }
            }
            _ => None,
        }),
        _ => None,
    });
    let Some(url) = url else {
        return Err(format!(
            "{SDK_FILE}: function {name}: options.client.{method}(…) has no string `url`"
        ));
    };
    let data = arrow
        .params
        .items
        .first()
        .and_then(|p| p.pattern.type_annotation.as_ref())
        .and_then(|a| match &a.type_annotation {
            TSType::TSTypeReference(r) => r
                .type_arguments
                .as_ref()
                .and_then(|args| args.params.first())
                .and_then(|t| match t {
                    TSType::TSTypeReference(d) => type_name(&d.type_name),
                    _ => None,
                }),
            _ => None,
        })
        .unwrap_or_else(|| format!("{}Data", capitalize(name)));
    Ok(Some(SdkOp {
        name: name.to_string(),
        method,
        path: express_to_template(&url),
        data,
    }))
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// `/messages/externalid=:externalId` → `/messages/externalid={externalId}`.
pub fn express_to_template(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    let mut chars = url.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ':'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == '_')
        {
            out.push('{');
            while let Some(n) = chars.peek().copied() {
                if n.is_ascii_alphanumeric() || n == '_' {
                    out.push(n);
                    chars.next();
                } else {
                    break;
                }
            }
            out.push('}');
        } else {
            out.push(c);
        }
    }
    out
}

fn type_name(name: &TSTypeName<'_>) -> Option<String> {
    match name {
        TSTypeName::IdentifierReference(id) => Some(id.name.to_string()),
        TSTypeName::QualifiedName(q) => Some(q.right.name.to_string()),
        TSTypeName::ThisExpression(_) => None,
    }
}

fn ty(t: &TSType<'_>) -> Ty {
    match t {
        TSType::TSStringKeyword(_)
        | TSType::TSNumberKeyword(_)
        | TSType::TSBooleanKeyword(_)
        | TSType::TSBigIntKeyword(_)
        | TSType::TSLiteralType(_)
        | TSType::TSTemplateLiteralType(_) => Ty::Scalar,
        TSType::TSNullKeyword(_) => Ty::Null,
        TSType::TSUndefinedKeyword(_) | TSType::TSVoidKeyword(_) => Ty::Undefined,
        TSType::TSNeverKeyword(_) => Ty::Never,
        TSType::TSArrayType(a) => Ty::Array(Box::new(ty(&a.element_type))),
        TSType::TSUnionType(u) => Ty::Union(u.types.iter().map(ty).collect()),
        TSType::TSIntersectionType(i) => Ty::Intersection(i.types.iter().map(ty).collect()),
        TSType::TSParenthesizedType(p) => ty(&p.type_annotation),
        TSType::TSTypeOperatorType(o) => ty(&o.type_annotation),
        TSType::TSIndexedAccessType(i) => Ty::Indexed(Box::new(ty(&i.object_type))),
        TSType::TSTypeReference(r) => {
            let args: Vec<Ty> = r
                .type_arguments
                .as_ref()
                .map(|a| a.params.iter().map(ty).collect())
                .unwrap_or_default();
            match type_name(&r.type_name) {
                Some(n) => Ty::Named(n, args),
                None => Ty::Unknown,
            }
        }
        TSType::TSTypeLiteral(lit) => {
            let mut props = Vec::new();
            let mut open = false;
            for m in &lit.members {
                match m {
                    TSSignature::TSPropertySignature(p) => {
                        let Some(name) = p.key.static_name() else {
                            open = true;
                            continue;
                        };
                        props.push(Prop {
                            name: name.into_owned(),
                            optional: p.optional,
                            ty: p
                                .type_annotation
                                .as_ref()
                                .map_or(Ty::Unknown, |a| ty(&a.type_annotation)),
                        });
                    }
                    TSSignature::TSIndexSignature(_) => open = true,
                    _ => {}
                }
            }
            Ty::Object { props, open }
        }
        _ => Ty::Unknown,
    }
}

/// The shape of a type or schema, as far as the check compares it.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// An object: its properties by name, and whether other names are allowed.
    Object {
        /// Property name → (required, shape).
        props: BTreeMap<String, Field>,
        /// An index signature / `additionalProperties`.
        open: bool,
    },
    /// An array of the shape.
    Array(Box<Shape>),
    /// A string, number, boolean or literal.
    Scalar,
    /// Anything (`unknown`, an untyped schema, a mixed union): not compared.
    Any,
    /// No value (`never`, no body).
    Nothing,
}

/// A property of an object shape.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Required (not `?`, or in `required`).
    pub required: bool,
    /// Its shape.
    pub shape: Shape,
}

impl Shape {
    fn describe(&self) -> &'static str {
        match self {
            Shape::Object { .. } => "an object",
            Shape::Array(item) => match **item {
                Shape::Object { .. } => "an array of objects",
                Shape::Scalar => "an array of scalars",
                Shape::Array(_) => "an array of arrays",
                _ => "an array",
            },
            Shape::Scalar => "a scalar",
            Shape::Any => "any value",
            Shape::Nothing => "none",
        }
    }

    /// The kind, for comparing shapes: object, array, scalar; `None` for
    /// `Any`.
    fn kind(&self) -> Option<u8> {
        match self {
            Shape::Object { .. } => Some(0),
            Shape::Array(_) => Some(1),
            Shape::Scalar => Some(2),
            Shape::Nothing => Some(3),
            Shape::Any => None,
        }
    }
}

const MAX_DEPTH: usize = 24;

/// Merges shapes of `A | B` (`union`) or `A & B`.
fn merge(shapes: Vec<Shape>, union: bool) -> Shape {
    let mut shapes: Vec<Shape> = shapes
        .into_iter()
        .filter(|s| !matches!(s, Shape::Nothing))
        .collect();
    if !union {
        // `unknown & {…}` is `{…}`.
        shapes.retain(|s| !matches!(s, Shape::Any));
    }
    match shapes.len() {
        0 => return if union { Shape::Nothing } else { Shape::Any },
        1 => return shapes.pop().unwrap_or(Shape::Any),
        _ => {}
    }
    if shapes.iter().all(|s| matches!(s, Shape::Object { .. })) {
        let n = shapes.len();
        let mut all: BTreeMap<String, (usize, bool, bool, Vec<Shape>)> = BTreeMap::new();
        let mut any_open = false;
        for s in shapes {
            let Shape::Object { props, open } = s else {
                continue;
            };
            any_open |= open;
            for (name, f) in props {
                let e = all.entry(name).or_insert((0, false, true, Vec::new()));
                e.0 += 1;
                e.1 |= f.required;
                e.2 &= f.required;
                e.3.push(f.shape);
            }
        }
        let props = all
            .into_iter()
            .map(|(name, (count, any_required, all_required, shapes))| {
                // `|`: required only when in every member and required in
                // each; `&`: required when required in one.
                let required = if union {
                    count == n && all_required
                } else {
                    any_required
                };
                (
                    name,
                    Field {
                        required,
                        shape: merge(shapes, union),
                    },
                )
            })
            .collect();
        return Shape::Object {
            props,
            open: any_open,
        };
    }
    if shapes.iter().all(|s| matches!(s, Shape::Array(_))) {
        let items = shapes
            .into_iter()
            .map(|s| match s {
                Shape::Array(i) => *i,
                other => other,
            })
            .collect();
        return Shape::Array(Box::new(merge(items, union)));
    }
    if shapes.iter().all(|s| matches!(s, Shape::Scalar)) {
        return Shape::Scalar;
    }
    Shape::Any
}

/// The shape of a TypeScript type.
pub fn ts_shape(t: &Ty, types: &HashMap<String, Ty>) -> Shape {
    ts_shape_at(t, types, 0)
}

fn ts_shape_at(t: &Ty, types: &HashMap<String, Ty>, depth: usize) -> Shape {
    if depth > MAX_DEPTH {
        return Shape::Any;
    }
    let next = |t: &Ty| ts_shape_at(t, types, depth + 1);
    match t {
        Ty::Object { props, open } => Shape::Object {
            props: props
                .iter()
                .map(|p| {
                    (
                        p.name.clone(),
                        Field {
                            required: !p.optional,
                            shape: next(&p.ty),
                        },
                    )
                })
                .collect(),
            open: *open,
        },
        Ty::Array(item) => Shape::Array(Box::new(next(item))),
        Ty::Union(members) => {
            let kept: Vec<Shape> = members
                .iter()
                .filter(|m| !matches!(m, Ty::Null | Ty::Undefined))
                .map(next)
                .collect();
            if kept.is_empty() {
                Shape::Scalar
            } else {
                merge(kept, true)
            }
        }
        Ty::Intersection(members) => merge(members.iter().map(next).collect(), false),
        Ty::Named(name, args) => match (name.as_str(), args.as_slice()) {
            ("Array" | "ReadonlyArray", [item]) => Shape::Array(Box::new(next(item))),
            ("Record", _) => Shape::Object {
                props: BTreeMap::new(),
                open: true,
            },
            ("Date" | "Blob" | "File", _) => Shape::Scalar,
            _ => types.get(name).map_or(Shape::Any, next),
        },
        Ty::Indexed(_) => Shape::Any,
        Ty::Scalar | Ty::Null => Shape::Scalar,
        Ty::Undefined | Ty::Never => Shape::Nothing,
        Ty::Unknown => Shape::Any,
    }
}

/// The shape of a spec schema.
pub fn schema_shape(spec: &Value, schema: &Value) -> Shape {
    schema_shape_at(spec, schema, 0)
}

fn schema_shape_at(spec: &Value, schema: &Value, depth: usize) -> Shape {
    if depth > MAX_DEPTH {
        return Shape::Any;
    }
    let Some(s) = spec::resolve(spec, schema) else {
        return Shape::Any;
    };
    let next = |v: &Value| schema_shape_at(spec, v, depth + 1);
    let mut parts = Vec::new();
    if let Some(all) = s.get("allOf").and_then(Value::as_array) {
        parts.push(merge(all.iter().map(next).collect(), false));
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(any) = s.get(key).and_then(Value::as_array) {
            parts.push(merge(any.iter().map(next).collect(), true));
        }
    }
    let ty = s.get("type").and_then(Value::as_str);
    let own = match ty {
        Some("array") => Some(Shape::Array(Box::new(
            s.get("items").map_or(Shape::Any, next),
        ))),
        Some("string" | "integer" | "number" | "boolean") => Some(Shape::Scalar),
        Some("object") => Some(object_shape(spec, s, depth)),
        _ if s.get("properties").is_some() => Some(object_shape(spec, s, depth)),
        _ if s.get("enum").is_some() => Some(Shape::Scalar),
        _ => None,
    };
    parts.extend(own);
    merge(parts, false)
}

fn object_shape(spec: &Value, s: &Value, depth: usize) -> Shape {
    let required: Vec<&str> = s
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let props = s
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| {
            p.iter()
                .map(|(name, v)| {
                    (
                        name.clone(),
                        Field {
                            required: required.contains(&name.as_str()),
                            shape: schema_shape_at(spec, v, depth + 1),
                        },
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let open = match s.get("additionalProperties") {
        Some(Value::Bool(b)) => *b,
        Some(Value::Object(_)) => true,
        // No `additionalProperties`: open, but only a map when there are no
        // properties either.
        _ => s.get("properties").is_none(),
    };
    Shape::Object { props, open }
}

/// One difference of an operation: its key (see the module docs) and what
/// differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// `query page`, `body property priority`, …
    pub key: String,
    /// `in the SDK (optional), not in the spec`.
    pub what: String,
    /// The file it comes from: `typedoc/types.gen.ts`, …
    pub file: String,
}

/// What the check of one vendor found.
#[derive(Debug, Default)]
pub struct Outcome {
    /// SDK functions.
    pub total: usize,
    /// SDK functions matched (see the module docs).
    pub matched: usize,
    /// `(operation, difference)`, in SDK order, then the spec's operations
    /// the SDK lacks.
    pub differences: Vec<(String, Difference)>,
    /// Differences recorded in `x-sdk-deviations`: `(operation, difference,
    /// reason)`.
    pub recorded: Vec<(String, Difference, String)>,
}

fn sdk_label(file: &str) -> String {
    format!("typedoc/{file}")
}

fn required_word(required: bool) -> &'static str {
    if required { "required" } else { "optional" }
}

/// A property path segment, quoted when it would read ambiguously.
fn segment(name: &str) -> String {
    if name.is_empty() || name.contains([' ', '.', '[', ']', '\'']) {
        format!("'{name}'")
    } else {
        name.to_string()
    }
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        segment(name)
    } else {
        format!("{prefix}.{}", segment(name))
    }
}

/// Checks the parsed client against the spec. `spec_file` names the spec in
/// the lines about stale deviations.
pub fn check(client: &Client, spec: &Value, spec_file: &str) -> Outcome {
    let mut out = Outcome {
        total: client.ops.len(),
        ..Outcome::default()
    };
    let ops = spec::operations(spec);
    let prefix = spec::server_prefix(spec);
    for sdk_op in &client.ops {
        let Some(op) = ops.iter().find(|o| o.id() == sdk_op.name) else {
            let same_route = ops
                .iter()
                .find(|o| o.method == sdk_op.method && o.path == sdk_op.path)
                .map(|o| {
                    format!(
                        " (the spec's {} {} is {})",
                        o.method.to_uppercase(),
                        o.path,
                        o.id()
                    )
                })
                .unwrap_or_default();
            out.differences.push((
                sdk_op.name.clone(),
                Difference {
                    key: "operation".into(),
                    what: format!(
                        "in the SDK ({} {}), not in the spec{same_route}",
                        sdk_op.method.to_uppercase(),
                        sdk_op.path
                    ),
                    file: sdk_label(SDK_FILE),
                },
            ));
            continue;
        };
        let mut found = Vec::new();
        let sdk_path = match sdk_op.path.strip_prefix(prefix.as_str()) {
            Some(rest) if !prefix.is_empty() && rest.starts_with('/') => rest,
            _ => sdk_op.path.as_str(),
        };
        let route_ok = op.method == sdk_op.method && op.path == sdk_path;
        if !route_ok {
            found.push(Difference {
                key: "path".into(),
                what: format!(
                    "in the SDK {} {}, in the spec {} {}",
                    sdk_op.method.to_uppercase(),
                    sdk_path,
                    op.method.to_uppercase(),
                    op.path
                ),
                file: sdk_label(SDK_FILE),
            });
        }
        compare_operation(client, spec, op, sdk_op, &mut found);
        let clean = apply_deviations(&sdk_op.name, op.op, found, spec_file, &mut out);
        if route_ok && clean {
            out.matched += 1;
        }
    }
    for op in &ops {
        let id = op.id();
        if client.ops.iter().any(|o| o.name == id) {
            continue;
        }
        let found = vec![Difference {
            key: "operation".into(),
            what: format!(
                "in the spec ({} {}), not in the SDK",
                op.method.to_uppercase(),
                op.path
            ),
            file: sdk_label(SDK_FILE),
        }];
        apply_deviations(&id, op.op, found, spec_file, &mut out);
    }
    out
}

/// Splits `found` into recorded deviations and differences, adds the stale
/// entries; whether no unrecorded difference is left.
fn apply_deviations(
    id: &str,
    op: &Value,
    found: Vec<Difference>,
    spec_file: &str,
    out: &mut Outcome,
) -> bool {
    let listed: Vec<(&String, &Value)> = op
        .get("x-sdk-deviations")
        .and_then(Value::as_object)
        .map(|m| m.iter().collect())
        .unwrap_or_default();
    let mut clean = true;
    for d in &found {
        match listed.iter().find(|(k, _)| **k == d.key) {
            Some((_, reason)) => {
                let reason = reason
                    .as_str()
                    .map_or_else(|| reason.to_string(), str::to_string);
                out.recorded.push((id.to_string(), d.clone(), reason));
            }
            None => {
                clean = false;
                out.differences.push((id.to_string(), d.clone()));
            }
        }
    }
    for (key, reason) in listed {
        let stale = !found.iter().any(|d| &d.key == key);
        let not_text = !reason.is_string();
        if stale || not_text {
            clean = false;
            out.differences.push((
                id.to_string(),
                Difference {
                    key: format!("x-sdk-deviations {key}"),
                    what: if stale {
                        "recorded, but the SDK and the spec agree there (a stale deviation)".into()
                    } else {
                        format!("the reason must be a string, not {reason}")
                    },
                    file: spec_file.to_string(),
                },
            ));
        }
    }
    clean
}

/// The object members of `<Op>Data` (`path`, `query`, `body`).
fn data_member<'c>(data: Option<&'c Ty>, name: &str) -> Option<&'c Ty> {
    match data? {
        Ty::Object { props, .. } => props.iter().find(|p| p.name == name).map(|p| &p.ty),
        _ => None,
    }
}

fn compare_operation(
    client: &Client,
    spec: &Value,
    op: &spec::Operation<'_>,
    sdk_op: &SdkOp,
    found: &mut Vec<Difference>,
) {
    let types_file = sdk_label(TYPES_FILE);
    let data = client.types.get(&sdk_op.data);
    // Parameters.
    let spec_params = parameters(spec, op);
    for (location, _) in [("path", ()), ("query", ())] {
        let sdk_params: Vec<(String, bool)> =
            match data_member(data, location).map(|t| ts_shape(t, &client.types)) {
                Some(Shape::Object { props, .. }) => {
                    props.into_iter().map(|(n, f)| (n, f.required)).collect()
                }
                _ => Vec::new(),
            };
        let in_spec: Vec<&(String, String, bool)> =
            spec_params.iter().filter(|p| p.1 == location).collect();
        for (name, required) in &sdk_params {
            let key = format!("{location} {name}");
            match in_spec.iter().find(|p| &p.0 == name) {
                None => found.push(Difference {
                    key,
                    what: format!("in the SDK ({}), not in the spec", required_word(*required)),
                    file: types_file.clone(),
                }),
                Some(p) if p.2 != *required => found.push(Difference {
                    key,
                    what: format!(
                        "{} in the SDK, {} in the spec",
                        required_word(*required),
                        required_word(p.2)
                    ),
                    file: types_file.clone(),
                }),
                Some(_) => {}
            }
        }
        for p in in_spec {
            if !sdk_params.iter().any(|(n, _)| *n == p.0) {
                found.push(Difference {
                    key: format!("{location} {}", p.0),
                    what: format!("in the spec ({}), not in the SDK", required_word(p.2)),
                    file: types_file.clone(),
                });
            }
        }
    }
    // Request body.
    let sdk_body = data_member(data, "body").map_or(Shape::Nothing, |t| ts_shape(t, &client.types));
    let spec_body = request_schema(spec, op).map_or(Shape::Nothing, |s| schema_shape(spec, s));
    match (sdk_body.kind(), spec_body.kind()) {
        (Some(a), Some(b)) if a != b => found.push(Difference {
            key: "body".into(),
            what: format!(
                "in the SDK {}, in the spec {}",
                sdk_body.describe(),
                if matches!(spec_body, Shape::Nothing) {
                    "no request body"
                } else {
                    spec_body.describe()
                }
            ),
            file: types_file.clone(),
        }),
        _ => {
            let (a, b) = (unwrap_array(&sdk_body), unwrap_array(&spec_body));
            compare_props("body property", "", a, b, &types_file, found);
        }
    }
    // Success response.
    let responses = client
        .types
        .get(&format!(
            "{}Responses",
            sdk_op.data.strip_suffix("Data").unwrap_or(&sdk_op.data)
        ))
        .or_else(|| {
            client
                .types
                .get(&format!("{}Responses", capitalize(&sdk_op.name)))
        });
    let sdk_success = match responses {
        Some(Ty::Object { props, .. }) => props
            .iter()
            .filter(|p| p.name.len() == 3 && p.name.starts_with('2'))
            .min_by(|a, b| a.name.cmp(&b.name)),
        _ => None,
    };
    let Some(sdk_success) = sdk_success else {
        return;
    };
    let spec_success = success_response(spec, op);
    let spec_status = spec_success.as_ref().map(|(s, _)| s.as_str());
    if spec_status != Some(sdk_success.name.as_str()) {
        found.push(Difference {
            key: "response status".into(),
            what: format!(
                "in the SDK {}, in the spec {}",
                sdk_success.name,
                spec_status.unwrap_or("no 2xx response")
            ),
            file: types_file.clone(),
        });
    }
    let sdk_shape = ts_shape(&sdk_success.ty, &client.types);
    let sdk_shape = unwrap_array(&sdk_shape);
    let has_props = matches!(sdk_shape, Shape::Object { props, .. } if !props.is_empty());
    match spec_success.and_then(|(_, s)| s) {
        Some(schema) => {
            let spec_shape = schema_shape(spec, schema);
            response_props("", sdk_shape, unwrap_array(&spec_shape), &types_file, found);
        }
        None if has_props => found.push(Difference {
            key: "response".into(),
            what: format!(
                "in the SDK {} {}, in the spec no JSON body",
                sdk_success.name,
                sdk_shape.describe()
            ),
            file: types_file.clone(),
        }),
        None => {}
    }
}

fn unwrap_array(s: &Shape) -> &Shape {
    match s {
        Shape::Array(item) => unwrap_array(item),
        other => other,
    }
}

/// Body properties, both ways, with required-ness and shape, recursively.
fn compare_props(
    label: &str,
    prefix: &str,
    sdk: &Shape,
    spec: &Shape,
    file: &str,
    found: &mut Vec<Difference>,
) {
    let (
        Shape::Object {
            props: sdk_props,
            open: sdk_open,
        },
        Shape::Object {
            props: spec_props,
            open: spec_open,
        },
    ) = (sdk, spec)
    else {
        return;
    };
    // An open map with no properties on one side says nothing about names.
    let sdk_map = *sdk_open && sdk_props.is_empty();
    let spec_map = *spec_open && spec_props.is_empty();
    if sdk_map || spec_map {
        return;
    }
    for (name, f) in sdk_props {
        let path = join(prefix, name);
        let key = format!("{label} {path}");
        let Some(g) = spec_props.get(name) else {
            found.push(Difference {
                key,
                what: format!(
                    "in the SDK ({}), not in the spec",
                    required_word(f.required)
                ),
                file: file.to_string(),
            });
            continue;
        };
        let mut what = Vec::new();
        if f.required != g.required {
            what.push(format!(
                "{} in the SDK, {} in the spec",
                required_word(f.required),
                required_word(g.required)
            ));
        }
        match (f.shape.kind(), g.shape.kind()) {
            (Some(a), Some(b)) if a != b => what.push(format!(
                "in the SDK {}, in the spec {}",
                f.shape.describe(),
                g.shape.describe()
            )),
            _ => {}
        }
        if !what.is_empty() {
            found.push(Difference {
                key,
                what: what.join("; "),
                file: file.to_string(),
            });
        }
        let child = match (&f.shape, &g.shape) {
            (Shape::Array(_), Shape::Array(_)) => format!("{path}[]"),
            _ => path,
        };
        compare_props(
            label,
            &child,
            unwrap_array(&f.shape),
            unwrap_array(&g.shape),
            file,
            found,
        );
    }
    for (name, g) in spec_props {
        if !sdk_props.contains_key(name) {
            found.push(Difference {
                key: format!("{label} {}", join(prefix, name)),
                what: format!(
                    "in the spec ({}), not in the SDK",
                    required_word(g.required)
                ),
                file: file.to_string(),
            });
        }
    }
}

/// Response properties of the SDK that the spec lacks, recursively (arrays
/// unwrapped on both sides).
fn response_props(
    prefix: &str,
    sdk: &Shape,
    spec: &Shape,
    file: &str,
    found: &mut Vec<Difference>,
) {
    let (
        Shape::Object {
            props: sdk_props, ..
        },
        Shape::Object {
            props: spec_props,
            open,
        },
    ) = (sdk, spec)
    else {
        return;
    };
    if *open && spec_props.is_empty() {
        return;
    }
    for (name, f) in sdk_props {
        let path = join(prefix, name);
        match spec_props.get(name) {
            None => found.push(Difference {
                key: format!("response property {path}"),
                what: "in the SDK, not in the spec".into(),
                file: file.to_string(),
            }),
            Some(g) => {
                let child = match (&f.shape, &g.shape) {
                    (Shape::Array(_), Shape::Array(_)) => format!("{path}[]"),
                    _ => path,
                };
                response_props(
                    &child,
                    unwrap_array(&f.shape),
                    unwrap_array(&g.shape),
                    file,
                    found,
                );
            }
        }
    }
}

/// `(name, in, required)` of the operation's and its path item's parameters
/// (the operation's win).
fn parameters(spec: &Value, op: &spec::Operation<'_>) -> Vec<(String, String, bool)> {
    let mut out: Vec<(String, String, bool)> = Vec::new();
    let item = spec
        .get("paths")
        .and_then(|p| p.get(op.path))
        .and_then(|i| i.get("parameters"));
    for list in [op.op.get("parameters"), item].into_iter().flatten() {
        for p in list.as_array().into_iter().flatten() {
            let Some(p) = spec::resolve(spec, p) else {
                continue;
            };
            let (Some(name), Some(location)) = (
                p.get("name").and_then(Value::as_str),
                p.get("in").and_then(Value::as_str),
            ) else {
                continue;
            };
            if out.iter().any(|(n, l, _)| n == name && l == location) {
                continue;
            }
            let required = p.get("required").and_then(Value::as_bool).unwrap_or(false);
            out.push((name.to_string(), location.to_string(), required));
        }
    }
    out
}

fn request_schema<'a>(spec: &'a Value, op: &spec::Operation<'a>) -> Option<&'a Value> {
    let body = spec::resolve(spec, op.op.get("requestBody")?)?;
    let content = body.get("content")?.as_object()?;
    let media = content
        .get("application/json")
        .or_else(|| {
            content
                .iter()
                .find(|(m, _)| m.ends_with("json"))
                .map(|(_, v)| v)
        })
        .or_else(|| content.values().next())?;
    // A body without a schema is still a body, of any value.
    Some(media.get("schema").unwrap_or(&Value::Bool(true)))
}

/// The lowest 2xx status of the spec's operation and its JSON schema.
fn success_response<'a>(
    spec: &'a Value,
    op: &spec::Operation<'a>,
) -> Option<(String, Option<&'a Value>)> {
    let map = op.op.get("responses")?.as_object()?;
    let (status, r) = map
        .iter()
        .filter(|(s, _)| s.starts_with('2'))
        .min_by(|a, b| a.0.cmp(b.0))?;
    let r = spec::resolve(spec, r);
    let schema = r
        .and_then(|r| r.get("content"))
        .and_then(Value::as_object)
        .and_then(|c| {
            c.get("application/json")
                .or_else(|| c.iter().find(|(m, _)| m.ends_with("json")).map(|(_, v)| v))
        })
        .and_then(|m| m.get("schema"));
    Some((status.clone(), schema))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn express_segments() {
        assert_eq!(
            express_to_template("/messages/externalid=:externalId"),
            "/messages/externalid={externalId}"
        );
        assert_eq!(express_to_template("/a/:id/b"), "/a/{id}/b");
        assert_eq!(express_to_template("/a/{id}"), "/a/{id}");
    }

    /// The real feed: Kustomer's `kustomer-client` declarations, 166
    /// functions, each with its `Data` and `Responses` types.
    #[test]
    fn the_kustomer_client_parses() {
        let dir = codegen::workspace_root()
            .join(super::super::CI_DOCS_DIR)
            .join("kustomer/typedoc");
        let (Ok(sdk), Ok(types)) = (
            std::fs::read_to_string(dir.join(SDK_FILE)),
            std::fs::read_to_string(dir.join(TYPES_FILE)),
        ) else {
            eprintln!(
                "skipped: the docs feed is not there ({} has no {SDK_FILE} and {TYPES_FILE})",
                dir.display()
            );
            return;
        };
        let client = parse(&sdk, &types).unwrap();
        assert_eq!(client.ops.len(), 166);
        for op in &client.ops {
            assert!(
                client.types.contains_key(&op.data),
                "{}: {}",
                op.name,
                op.data
            );
            let responses = format!("{}Responses", op.data.trim_end_matches("Data"));
            assert!(client.types.contains_key(&responses), "{}", op.name);
        }
        let by_id = client
            .ops
            .iter()
            .find(|o| o.name == "getMessageByExternalId")
            .unwrap();
        assert_eq!(
            (by_id.method.as_str(), by_id.path.as_str()),
            ("get", "/messages/externalid={externalId}")
        );
        let mut methods: Vec<&str> = client.ops.iter().map(|o| o.method.as_str()).collect();
        methods.sort_unstable();
        methods.dedup();
        assert_eq!(methods, ["delete", "get", "patch", "post", "put"]);
    }

    #[test]
    fn unions_and_intersections() {
        let sdk = "";
        let types = "export type A = { a: string; b?: number } | { a: string; c: string }\n\
                     export type B = unknown & { x?: string } & { x: string; y?: A }\n";
        let client = parse(sdk, types).unwrap();
        let Shape::Object { props, .. } = ts_shape(&client.types["A"], &client.types) else {
            panic!("A is an object");
        };
        let req: Vec<(&str, bool)> = props
            .iter()
            .map(|(n, f)| (n.as_str(), f.required))
            .collect();
        assert_eq!(req, [("a", true), ("b", false), ("c", false)]);
        let Shape::Object { props, .. } = ts_shape(&client.types["B"], &client.types) else {
            panic!("B is an object");
        };
        assert!(props["x"].required);
        assert!(matches!(props["y"].shape, Shape::Object { .. }));
    }
}
