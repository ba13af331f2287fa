//! Stage 2: everything progenitor 0.15.1 cannot take, refused before it is
//! asked to.
//!
//! [`validate`] walks every path and operation: the operationId and the Rust
//! methods it becomes, the parameters (and the path template), the request
//! body and the responses, and hands every schema typify will see to the
//! checks of `schemas.rs`. [`validate_rust_types`] checks each `x-rust-type`
//! extension. Each problem is a [`Diagnostic`] naming the spec file and,
//! where there is one, the operationId.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use openapiv3::{
    OpenAPI, Operation, Parameter, ParameterSchemaOrContent, PathItem, QueryStyle, ReferenceOr,
    RequestBody, Response, Schema, SchemaKind, StatusCode, Type,
};

use crate::normalise::{MediaKind, media_kind};
use crate::{CodegenError, Diagnostic, Spec, names, operations, schemas};

/// Request body media types progenitor 0.15.1 can send.
const REQUEST_MEDIA_TYPES: &[&str] = &[
    "application/json",
    "application/octet-stream",
    "application/x-www-form-urlencoded",
    "text/plain",
    "text/x-markdown",
];

fn resolve<'a, T>(
    spec: &'a OpenAPI,
    r: &'a ReferenceOr<T>,
    section: &str,
    pick: impl Fn(&'a openapiv3::Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
) -> Result<&'a T, String> {
    let mut cur = r;
    for _ in 0..16 {
        match cur {
            ReferenceOr::Item(item) => return Ok(item),
            ReferenceOr::Reference { reference } => {
                let prefix = format!("#/components/{section}/");
                let name = reference.strip_prefix(&prefix).ok_or_else(|| {
                    format!("`$ref: {reference}` must point into #/components/{section}")
                })?;
                cur = spec
                    .components
                    .as_ref()
                    .and_then(|c| pick(c).get(name))
                    .ok_or_else(|| format!("`$ref: {reference}` does not resolve"))?;
            }
        }
    }
    Err(format!(
        "reference chain in #/components/{section} is too long or circular"
    ))
}

fn schema_identity(spec: &OpenAPI, s: &ReferenceOr<Schema>) -> String {
    match s {
        ReferenceOr::Reference { reference } => reference.clone(),
        ReferenceOr::Item(schema) => {
            // An inline array of a referenced schema is the same Rust type
            // wherever it appears (`Vec<T>`); any other inline schema gets a
            // type of its own per response.
            if let SchemaKind::Type(Type::Array(a)) = &schema.schema_kind
                && let Some(ReferenceOr::Reference { reference }) = &a.items
            {
                return format!("[{reference}]");
            }
            let _ = spec;
            format!(
                "inline:{}",
                serde_json::to_string(schema).unwrap_or_default()
            )
        }
    }
}

/// What a response decodes into: nothing, a typed schema, or bytes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum ResponseShape {
    Empty,
    Typed(String),
    Raw,
}

impl fmt::Display for ResponseShape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseShape::Empty => f.write_str("no body"),
            ResponseShape::Typed(id) if id.starts_with("inline:") => {
                f.write_str("an inline schema")
            }
            ResponseShape::Typed(id) => f.write_str(id),
            ResponseShape::Raw => f.write_str("an untyped body"),
        }
    }
}

/// Checks a spec against everything progenitor 0.15.1 cannot take, so that a
/// panic inside the generator never reaches the user. Returns every problem
/// found, each naming the spec file and the operationId.
pub fn validate(spec: &Spec) -> Result<(), CodegenError> {
    let doc = &spec.openapi;
    let mut v = Validation {
        doc,
        spec: &spec.name,
        diags: Vec::new(),
        checks: schemas::SchemaChecks::new(doc),
        ids: BTreeMap::new(),
        methods: BTreeMap::new(),
    };
    if doc.paths.paths.is_empty() {
        v.push(None, "the spec has no paths".into());
    }
    for (path, item) in doc.paths.iter() {
        v.path_item(path, item);
    }
    v.finish()
}

/// One [`validate`] run: the problems found so far and what the operations
/// seen so far have claimed.
struct Validation<'a> {
    doc: &'a OpenAPI,
    /// The spec file, for the diagnostics.
    spec: &'a str,
    diags: Vec<Diagnostic>,
    /// The schema walk; its problems follow those of the operations.
    checks: schemas::SchemaChecks<'a>,
    /// operationId → the `METHOD /path` that declares it.
    ids: BTreeMap<String, String>,
    /// Rust method → what it is generated for.
    methods: BTreeMap<String, String>,
}

/// What the parameters of one operation claim.
#[derive(Default)]
struct ParamNames<'a> {
    /// The names of the path parameters.
    path: BTreeSet<String>,
    /// Parameter name → its location.
    by_name: BTreeMap<&'a str, &'static str>,
    /// Rust argument → what it is generated for.
    by_arg: BTreeMap<String, String>,
}

/// A response status as progenitor sorts it.
struct Status {
    /// `default`, `404` or `4XX`.
    label: String,
    /// A success type (`default` is both a success and an error).
    success: bool,
    /// An error type.
    error: bool,
}

impl Status {
    fn of(code: Option<&StatusCode>) -> Self {
        let label = match code {
            None => "default".to_string(),
            Some(StatusCode::Code(c)) => c.to_string(),
            Some(StatusCode::Range(r)) => format!("{r}XX"),
        };
        // `default` is both a success and an error to progenitor.
        let success = match code {
            None => true,
            Some(StatusCode::Code(c)) => (200..300).contains(c),
            Some(StatusCode::Range(r)) => *r == 2,
        };
        let error = match code {
            None => true,
            Some(StatusCode::Code(c)) => (400..600).contains(c),
            Some(StatusCode::Range(r)) => *r == 4 || *r == 5,
        };
        Status {
            label,
            success,
            error,
        }
    }
}

impl<'a> Validation<'a> {
    fn push(&mut self, operation: Option<String>, message: String) {
        self.diags.push(Diagnostic {
            spec: self.spec.to_string(),
            operation,
            message,
        })
    }

    /// A problem of the operation `id`.
    fn push_op(&mut self, id: &str, message: String) {
        self.push(Some(id.to_string()), message)
    }

    /// Every problem, the operations' first, then the schemas'.
    fn finish(mut self) -> Result<(), CodegenError> {
        for (operation, message) in std::mem::take(&mut self.checks.problems) {
            self.push(operation, message);
        }
        if self.diags.is_empty() {
            Ok(())
        } else {
            Err(CodegenError {
                diagnostics: self.diags,
            })
        }
    }

    /// One path: inline, with a template progenitor reads, then each of its
    /// operations.
    fn path_item(&mut self, path: &str, item: &'a ReferenceOr<PathItem>) {
        let item = match item {
            ReferenceOr::Item(item) => item,
            ReferenceOr::Reference { reference } => {
                self.push(
                    None,
                    format!(
                        "path `{path}` is a `$ref` ({reference}); progenitor needs path items inline"
                    ),
                );
                return;
            }
        };
        let template_vars = match path_template(path) {
            Ok(vars) => vars,
            Err(e) => {
                self.push(None, format!("path `{path}`: {e}"));
                return;
            }
        };
        if item.extensions.contains_key("x-dropshot-websocket") {
            self.push(
                None,
                format!(
                    "path `{path}`: `x-dropshot-websocket` is not supported here (see the operation)"
                ),
            );
        }
        for (method, op) in operations(item) {
            self.operation(path, &template_vars, item, method, op);
        }
    }

    /// One operation: its operationId and the Rust methods it becomes, then
    /// its parameters, request body and responses.
    fn operation(
        &mut self,
        path: &str,
        template_vars: &BTreeSet<String>,
        item: &'a PathItem,
        method: &str,
        op: &'a Operation,
    ) {
        let where_ = format!("{} {path}", method.to_uppercase());
        let Some(id) = op.operation_id.clone() else {
            self.push(
                Some(where_.clone()),
                "has no operationId; every operation needs a unique one (it names the Rust method)"
                    .into(),
            );
            return;
        };
        if let Some(prev) = self.ids.insert(id.clone(), where_.clone()) {
            self.push_op(
                &id,
                format!("operationId is used twice: by {prev} and by {where_}; make them unique"),
            );
        }
        self.method_names(&id, op);
        if op.extensions.contains_key("x-dropshot-websocket") {
            self.push_op(
                &id,
                "uses `x-dropshot-websocket`: progenitor would generate a websocket upgrade that needs the \
                 `base64` and `rand` crates and bypasses the shared transport; describe the endpoint without it"
                    .into(),
            );
        }
        self.parameters(&id, path, template_vars, item, op);
        self.request_body(&id, op);
        self.responses(&id, op);
    }

    /// The Rust methods of an operation, which must not collide with those
    /// of another: each operation is a method; a Dropshot-paginated one also
    /// gets `<method>_stream`.
    fn method_names(&mut self, id: &str, op: &Operation) {
        let snake = names::progenitor(id, names::Case::Snake);
        let mut methods = vec![(snake.clone(), format!("`{id}`"))];
        if op.extensions.contains_key("x-dropshot-pagination") {
            methods.push((
                format!("{snake}_stream"),
                format!("the pagination stream of `{id}`"),
            ));
        }
        for (method, what) in methods {
            if let Some(prev) = self.methods.insert(method.clone(), what.clone())
                && prev != what
            {
                self.push_op(
                    id,
                    format!(
                        "{} becomes the Rust method `{method}`, as {prev} does, which does not compile: \
                         rename one of them",
                        if what.starts_with('`') {
                            "operationId"
                        } else {
                            "its pagination stream"
                        }
                    ),
                );
            }
        }
    }

    /// The parameters of an operation, each on its own and against the path
    /// template.
    fn parameters(
        &mut self,
        id: &str,
        path: &str,
        template_vars: &BTreeSet<String>,
        item: &'a PathItem,
        op: &'a Operation,
    ) {
        let params = self.effective_parameters(id, item, op);
        let mut names = ParamNames::default();
        if op.request_body.is_some() {
            names
                .by_arg
                .insert("body".into(), "the request body".into());
        }
        for p in params {
            self.parameter(id, p, &mut names);
        }
        self.path_variables(id, path, template_vars, &names.path);
    }

    /// The parameters of an operation, resolved: an operation-level
    /// parameter overrides the path-level one with the same name and
    /// location.
    fn effective_parameters(
        &mut self,
        id: &str,
        item: &'a PathItem,
        op: &'a Operation,
    ) -> Vec<&'a Parameter> {
        let doc = self.doc;
        let mut params: Vec<&Parameter> = Vec::new();
        for p in item.parameters.iter().chain(op.parameters.iter()) {
            let p = match resolve(doc, p, "parameters", |c| &c.parameters) {
                Ok(p) => p,
                Err(e) => {
                    self.push_op(id, format!("parameter: {e}"));
                    continue;
                }
            };
            let key = |p: &Parameter| (p.parameter_data_ref().name.clone(), param_location(p));
            params.retain(|q| key(q) != key(p));
            params.push(p);
        }
        params
    }

    /// One parameter: its name and Rust argument, its style and its schema.
    fn parameter(&mut self, id: &str, p: &'a Parameter, names: &mut ParamNames<'a>) {
        let data = p.parameter_data_ref();
        let location = param_location(p);
        if let Some(other) = names.by_name.insert(&data.name, location) {
            self.push_op(
                id,
                format!(
                    "parameter `{}` is declared both in {other} and in {location}; progenitor keys parameters \
                     by name only and would drop one (or panic): rename one of them",
                    data.name
                ),
            );
            return;
        }
        let arg = names::progenitor(&data.name, names::Case::Snake);
        let this = format!("{location} parameter `{}`", data.name);
        if let Some(other) = names.by_arg.insert(arg.clone(), this.clone()) {
            self.push_op(
                id,
                format!(
                    "{other} and {this} both become the Rust argument `{arg}`, which does not compile: \
                     rename one of them"
                ),
            );
        }
        if arg == "header_map" && matches!(p, Parameter::Query { .. } | Parameter::Header { .. }) {
            self.push_op(
                id,
                format!(
                    "{this} becomes the Rust argument `header_map`, which the generated method shadows \
                     with its own local; rename it"
                ),
            );
        }
        self.parameter_style(id, p, &mut names.path);
        self.parameter_schema(id, p, &this);
    }

    /// What progenitor takes of each location: no cookies, `form` queries
    /// (arrays exploded), required `simple` path parameters, which are
    /// collected into `path_params`.
    fn parameter_style(&mut self, id: &str, p: &Parameter, path_params: &mut BTreeSet<String>) {
        let data = p.parameter_data_ref();
        match p {
            Parameter::Cookie { .. } => self.push_op(
                id,
                format!(
                    "cookie parameter `{}` is not supported by progenitor: drop it (set the cookie through \
                     the runtime's default headers if it is needed)",
                    data.name
                ),
            ),
            Parameter::Query { style, .. } => {
                match style {
                    QueryStyle::Form => {}
                    QueryStyle::DeepObject => self.push_op(
                        id,
                        format!(
                            "query parameter `{}` uses `style: deepObject`, which progenitor refuses: \
                             describe each `{0}[key]` as a parameter of its own",
                            data.name
                        ),
                    ),
                    other => self.push_op(
                        id,
                        format!(
                            "query parameter `{}` uses `style: {}`, which progenitor refuses: use the \
                             default `style: form` or a comma-separated string",
                            data.name,
                            query_style_name(other)
                        ),
                    ),
                }
                if data.explode == Some(false) && param_is_array(self.doc, &data.format) {
                    self.push_op(
                        id,
                        format!(
                            "query parameter `{}` is an array with `explode: false`; progenitor ignores it and would send `{0}=a&{0}=b`: \
                             model it as a comma-separated string instead",
                            data.name
                        ),
                    );
                }
            }
            Parameter::Path { style, .. } => {
                path_params.insert(data.name.clone());
                if !data.required {
                    self.push_op(
                        id,
                        format!(
                            "path parameter `{}` is not `required: true`; OpenAPI requires it and progenitor \
                             panics without it",
                            data.name
                        ),
                    );
                }
                if !matches!(style, openapiv3::PathStyle::Simple) {
                    self.push_op(
                        id,
                        format!(
                            "path parameter `{}` uses a `style` other than `simple`, which progenitor refuses",
                            data.name
                        ),
                    );
                }
            }
            Parameter::Header { .. } => {}
        }
    }

    /// The schema of a parameter (`content` is refused): no container in a
    /// path or header, and the schema checks for every schema typify sees.
    fn parameter_schema(&mut self, id: &str, p: &Parameter, this: &str) {
        let data = p.parameter_data_ref();
        match &data.format {
            ParameterSchemaOrContent::Content(_) => self.push_op(
                id,
                format!(
                    "parameter `{}` uses `content`; write it with `schema`",
                    data.name
                ),
            ),
            ParameterSchemaOrContent::Schema(s) => {
                if matches!(p, Parameter::Path { .. } | Parameter::Header { .. })
                    && let Some(kind) = param_container(self.doc, s)
                {
                    self.push_op(
                        id,
                        format!(
                            "{this} is {kind}; the generated code formats path and header values with \
                             `to_string()`, which {kind} does not have, so the client would not compile: \
                             use a string (comma-separated if need be)"
                        ),
                    );
                }
                if !matches!(p, Parameter::Cookie { .. }) {
                    self.checks.schema(
                        Some(id),
                        &format!("parameter `{}`", data.name),
                        s.into(),
                        schemas::Naming::Suggested(names::progenitor(
                            &format!("{id}-{}", data.name),
                            names::Case::Pascal,
                        )),
                    );
                }
            }
        }
    }

    /// The path template and the path parameters must name the same
    /// variables.
    fn path_variables(
        &mut self,
        id: &str,
        path: &str,
        template_vars: &BTreeSet<String>,
        path_params: &BTreeSet<String>,
    ) {
        for v in template_vars {
            if !path_params.contains(v) {
                self.push_op(
                    id,
                    format!(
                        "path `{path}` has `{{{v}}}` but no path parameter named `{v}`: declare it"
                    ),
                );
            }
        }
        for v in path_params {
            if !template_vars.contains(v) {
                self.push_op(
                    id,
                    format!(
                        "path parameter `{v}` does not appear in `{path}` (the generated method would take it and never \
                         send it): drop it or add `{{{v}}}` to the path"
                    ),
                );
            }
        }
    }

    /// The request body: one media type, from the list progenitor can send,
    /// with the schema progenitor expects for it.
    fn request_body(&mut self, id: &str, op: &'a Operation) {
        let Some(body) = &op.request_body else {
            return;
        };
        let doc = self.doc;
        let content = match resolve(doc, body, "requestBodies", |c| &c.request_bodies) {
            Err(e) => {
                self.push_op(id, format!("request body: {e}"));
                return;
            }
            Ok(RequestBody { content, .. }) => content,
        };
        if content.len() != 1 {
            self.push_op(
                id,
                format!(
                    "the request body has {} media types ({}); progenitor takes exactly one",
                    content.len(),
                    content.keys().cloned().collect::<Vec<_>>().join(", ")
                ),
            );
        }
        for (mt, media) in content {
            match request_body_problem(doc, mt, media) {
                Some(problem) => self.push_op(id, problem),
                None => {
                    if let Some(s) = &media.schema
                        && matches!(
                            request_essence(mt),
                            "application/json" | "application/x-www-form-urlencoded"
                        )
                    {
                        self.checks.schema(
                            Some(id),
                            &format!("request body `{mt}` schema"),
                            s.into(),
                            schemas::Naming::Suggested(names::progenitor(
                                &format!("{id}-body"),
                                names::Case::Pascal,
                            )),
                        );
                    }
                }
            }
        }
    }

    /// The responses of an operation: one success shape, one error shape, no
    /// `default` next to a 2xx.
    fn responses(&mut self, id: &str, op: &'a Operation) {
        let mut success: BTreeMap<ResponseShape, Vec<String>> = BTreeMap::new();
        let mut errors: BTreeMap<ResponseShape, Vec<String>> = BTreeMap::new();
        if op.responses.responses.is_empty() && op.responses.default.is_none() {
            self.push_op(id, "declares no responses".into());
        }
        let all = op
            .responses
            .default
            .iter()
            .map(|r| (None, r))
            .chain(op.responses.responses.iter().map(|(c, r)| (Some(c), r)));
        for (code, resp) in all {
            let status = Status::of(code);
            let Some(shape) = self.response(id, &status.label, resp) else {
                continue;
            };
            if !status.success && !status.error {
                self.push_op(
                    id,
                    format!(
                        "response {} is neither 2xx nor 4xx/5xx; progenitor cannot describe it: drop it \
                         (the client reports undeclared statuses as `Error::UnexpectedResponse`)",
                        status.label
                    ),
                );
            }
            if status.success && code.is_some() {
                success
                    .entry(shape.clone())
                    .or_default()
                    .push(status.label.clone());
            }
            if status.error {
                errors.entry(shape).or_default().push(status.label);
            }
        }
        self.response_shapes(id, op, &success, &errors);
    }

    /// One response, resolved, as the shape it decodes into (`None` when
    /// it has none progenitor can take); a typed body gets the schema
    /// checks.
    fn response(
        &mut self,
        id: &str,
        label: &str,
        resp: &'a ReferenceOr<Response>,
    ) -> Option<ResponseShape> {
        let doc = self.doc;
        let resp = match resolve(doc, resp, "responses", |c| &c.responses) {
            Ok(r) => r,
            Err(e) => {
                self.push_op(id, format!("response {label}: {e}"));
                return None;
            }
        };
        let shape = match response_shape(doc, resp) {
            Ok(s) => s,
            Err(e) => {
                self.push_op(id, format!("response {label}: {e}"));
                return None;
            }
        };
        if let ResponseShape::Typed(_) = shape
            && let Some((mt, media)) = resp.content.first()
            && let Some(s) = &media.schema
        {
            self.checks.schema(
                Some(id),
                &format!("response {label} `{mt}` schema"),
                s.into(),
                schemas::Naming::Suggested(names::progenitor(
                    &format!("{id}-response"),
                    names::Case::Pascal,
                )),
            );
        }
        Some(shape)
    }

    /// progenitor 0.15.1 takes one success type and one error type per
    /// operation, and counts `default` as a second success type.
    fn response_shapes(
        &mut self,
        id: &str,
        op: &Operation,
        success: &BTreeMap<ResponseShape, Vec<String>>,
        errors: &BTreeMap<ResponseShape, Vec<String>>,
    ) {
        if op.responses.default.is_some() && !success.is_empty() {
            self.push_op(
                id,
                "has a `default` response next to a 2xx response; progenitor 0.15.1 counts `default` as a second \
                 success type and panics. Declare the error statuses explicitly instead"
                    .into(),
            );
        }
        if success.len() > 1 {
            self.push_op(
                id,
                format!(
                    "has {} different 2xx response shapes ({}); progenitor 0.15.1 supports exactly one success type per \
                     operation (several 2xx codes may share one `$ref`)",
                    success.len(),
                    describe_shapes(success)
                ),
            );
        }
        if errors.len() > 1 {
            self.push_op(
                id,
                format!(
                    "has {} different error response shapes ({}); progenitor 0.15.1 supports exactly one error type per \
                     operation: give every 4xx/5xx response the same `$ref` schema and a body",
                    errors.len(),
                    describe_shapes(errors)
                ),
            );
        }
    }
}

/// `x-rust-type` may only name a type of the vendor's own client crate, in
/// the form typify honours: anything else is silently replaced by a
/// generated type (another crate, a missing or invalid `version`, malformed
/// `parameters`) or makes typify panic (a `path` that is not a Rust path).
/// Checked wherever the extension appears, inline schemas included.
pub fn validate_rust_types(vendor: &str, spec: &Spec) -> Result<(), CodegenError> {
    let own = format!("{vendor}-client");
    let ident = own.replace('-', "_");
    let mut found = Vec::new();
    fn walk(
        v: &serde_json::Value,
        at: &mut Vec<String>,
        found: &mut Vec<(String, serde_json::Value)>,
    ) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    if k == "x-rust-type" {
                        found.push((at.join("."), v.clone()));
                    } else {
                        at.push(k.clone());
                        walk(v, at, found);
                        at.pop();
                    }
                }
            }
            serde_json::Value::Array(a) => {
                for (i, v) in a.iter().enumerate() {
                    at.push(i.to_string());
                    walk(v, at, found);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    walk(
        &serde_json::to_value(&spec.openapi).unwrap_or_default(),
        &mut Vec::new(),
        &mut found,
    );
    let mut diags = Vec::new();
    for (at, ext) in found {
        let krate = ext.get("crate").and_then(|v| v.as_str()).unwrap_or("");
        let path = ext.get("path").and_then(|v| v.as_str()).unwrap_or("");
        let version = ext.get("version").and_then(|v| v.as_str());
        let problem = if krate != own || !path.starts_with(&format!("{ident}::")) {
            Some(format!(
                "must name a type of this vendor's crate (`crate: {own}`, `path: {ident}::…`), found crate \
                 `{krate}`, path `{path}`"
            ))
        } else if syn::parse_str::<syn::TypePath>(&format!("::{path}")).is_err() {
            Some(format!(
                "`path: {path}` is not a Rust type path (typify 0.8 panics on it)"
            ))
        } else if version != Some("*") {
            Some(
                "needs `version: \"*\"`; without a valid version typify silently generates its own type instead"
                    .to_string(),
            )
        } else if ext.get("parameters").is_some_and(|p| !p.is_array()) {
            Some(
                "`parameters` must be a list of schemas; otherwise typify silently generates its own type instead"
                    .to_string(),
            )
        } else {
            None
        };
        if let Some(problem) = problem {
            diags.push(Diagnostic {
                spec: spec.name.clone(),
                operation: None,
                message: format!("{at}: `x-rust-type` {problem}"),
            });
        }
    }
    if diags.is_empty() {
        Ok(())
    } else {
        Err(CodegenError { diagnostics: diags })
    }
}

fn describe_shapes(m: &BTreeMap<ResponseShape, Vec<String>>) -> String {
    m.iter()
        .map(|(shape, codes)| format!("{} → {shape}", codes.join("/")))
        .collect::<Vec<_>>()
        .join("; ")
}

fn response_shape(doc: &OpenAPI, resp: &Response) -> Result<ResponseShape, String> {
    if resp.content.is_empty() {
        return Ok(ResponseShape::Empty);
    }
    if resp.content.len() > 1 {
        return Err(format!(
            "has {} media types ({}); declare exactly one",
            resp.content.len(),
            resp.content.keys().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    let (mt, media) = resp.content.first().expect("length checked above");
    match media_kind(mt) {
        MediaKind::Raw => Ok(ResponseShape::Raw),
        MediaKind::Json | MediaKind::SuffixJson if !media.encoding.is_empty() => Err(format!(
            "media type `{mt}` has an `encoding` map, which progenitor 0.15.1 panics on: drop it"
        )),
        MediaKind::Json | MediaKind::SuffixJson => match &media.schema {
            None => Err(format!(
                "media type `{mt}` has no schema (progenitor panics on that): add one, or declare no \
                 content if the body is to be ignored"
            )),
            Some(s) => {
                if let ReferenceOr::Reference { reference } = s {
                    let name =
                        reference
                            .strip_prefix("#/components/schemas/")
                            .ok_or_else(|| {
                                format!("`$ref: {reference}` must point into #/components/schemas")
                            })?;
                    let exists = doc
                        .components
                        .as_ref()
                        .is_some_and(|c| c.schemas.contains_key(name));
                    if !exists {
                        return Err(format!("`$ref: {reference}` does not resolve"));
                    }
                }
                Ok(ResponseShape::Typed(schema_identity(doc, s)))
            }
        },
    }
}

fn param_is_array(doc: &OpenAPI, format: &ParameterSchemaOrContent) -> bool {
    let ParameterSchemaOrContent::Schema(s) = format else {
        return false;
    };
    let schema = match s {
        ReferenceOr::Item(s) => Some(s),
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/schemas/")
            .and_then(|n| doc.components.as_ref()?.schemas.get(n))
            .and_then(|s| s.as_item()),
    };
    matches!(
        schema.map(|s| &s.schema_kind),
        Some(SchemaKind::Type(Type::Array(_)))
    )
}

/// The template variables of a path, checked the way progenitor's path
/// parser reads it (it refuses what is refused here).
fn path_template(path: &str) -> Result<BTreeSet<String>, String> {
    if !path.starts_with('/') {
        return Err("must start with `/`".into());
    }
    let mut out = BTreeSet::new();
    let mut rest = path;
    while let Some(start) = rest.find(['{', '}']) {
        if rest[start..].starts_with('}') {
            return Err("has a `}` without a `{`".into());
        }
        let after = &rest[start + 1..];
        let end = after
            .find('}')
            .ok_or_else(|| "has a `{` without a closing `}`".to_string())?;
        let name = &after[..end];
        if name.is_empty() || name.contains(['/', '{']) {
            return Err(format!("has an invalid template variable `{{{name}}}`"));
        }
        out.insert(name.to_string());
        rest = &after[end + 1..];
    }
    Ok(out)
}

fn param_location(p: &Parameter) -> &'static str {
    match p {
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Path { .. } => "path",
        Parameter::Cookie { .. } => "cookie",
    }
}

fn query_style_name(style: &QueryStyle) -> &'static str {
    match style {
        QueryStyle::Form => "form",
        QueryStyle::SpaceDelimited => "spaceDelimited",
        QueryStyle::PipeDelimited => "pipeDelimited",
        QueryStyle::DeepObject => "deepObject",
    }
}

/// `Some("an array")` / `Some("an object")` when a parameter schema is one.
fn param_container(doc: &OpenAPI, s: &ReferenceOr<Schema>) -> Option<&'static str> {
    let schema = match s {
        ReferenceOr::Item(s) => s,
        ReferenceOr::Reference { reference } => reference
            .strip_prefix("#/components/schemas/")
            .and_then(|n| doc.components.as_ref()?.schemas.get(n))
            .and_then(|s| s.as_item())?,
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::Array(_)) => Some("an array"),
        SchemaKind::Type(Type::Object(_)) => Some("an object"),
        SchemaKind::Any(any) if any.typ.as_deref() == Some("array") || any.items.is_some() => {
            Some("an array")
        }
        SchemaKind::Any(any)
            if any.typ.as_deref() == Some("object") || !any.properties.is_empty() =>
        {
            Some("an object")
        }
        _ => None,
    }
}

/// A request media type as progenitor reads it: everything before `;`,
/// compared case-sensitively.
fn request_essence(mt: &str) -> &str {
    mt.split(';').next().unwrap_or("")
}

/// What progenitor would refuse (or panic on) in one request body media
/// type, if anything.
fn request_body_problem(doc: &OpenAPI, mt: &str, media: &openapiv3::MediaType) -> Option<String> {
    let essence = request_essence(mt);
    if !REQUEST_MEDIA_TYPES.contains(&essence) {
        return Some(format!(
            "request body media type `{mt}` cannot be sent by progenitor (it can send {}): declare \
             `application/json` if the server accepts it, otherwise leave the operation out of the spec and \
             hand-write it",
            REQUEST_MEDIA_TYPES.join(", ")
        ));
    }
    let Some(schema) = &media.schema else {
        return Some(format!(
            "request body `{mt}` has no schema; progenitor needs one"
        ));
    };
    if !media.encoding.is_empty()
        && matches!(
            essence,
            "application/json" | "application/x-www-form-urlencoded"
        )
    {
        return Some(format!(
            "request body `{mt}` has an `encoding` map, which progenitor 0.15.1 panics on: drop it"
        ));
    }
    let schema = match schema {
        ReferenceOr::Item(s) => s,
        ReferenceOr::Reference { reference } => {
            match reference
                .strip_prefix("#/components/schemas/")
                .and_then(|n| doc.components.as_ref()?.schemas.get(n))
            {
                Some(ReferenceOr::Item(s)) => s,
                // Reported by the schema checks (or an alias progenitor
                // cannot see through either).
                _ if matches!(
                    essence,
                    "application/json" | "application/x-www-form-urlencoded"
                ) =>
                {
                    return None;
                }
                _ => {
                    return Some(format!(
                        "request body `{mt}` schema `$ref: {reference}` must point directly at a `type: string` schema"
                    ));
                }
            }
        }
    };
    let wanted_format = match essence {
        "application/octet-stream" => "binary",
        "text/plain" | "text/x-markdown" => "",
        _ => return None,
    };
    let plain = !schema.schema_data.nullable
        && schema.schema_data.discriminator.is_none()
        && schema.schema_data.default.is_none();
    let ok = plain
        && match &schema.schema_kind {
            SchemaKind::Type(Type::String(st)) => {
                let format_ok = match wanted_format {
                    "binary" => matches!(
                        st.format,
                        openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary)
                    ),
                    _ => matches!(st.format, openapiv3::VariantOrUnknownOrEmpty::Empty),
                };
                format_ok
                    && st.pattern.is_none()
                    && st.min_length.is_none()
                    && st.max_length.is_none()
                    && st.enumeration.is_empty()
            }
            _ => false,
        };
    if ok {
        None
    } else if wanted_format == "binary" {
        Some(format!(
            "request body `{mt}` must have exactly the schema `{{type: string, format: binary}}` (no \
             nullable/default/pattern/length/enum); progenitor refuses anything else"
        ))
    } else {
        Some(format!(
            "request body `{mt}` must have exactly the schema `{{type: string}}` (no format, \
             nullable/default/pattern/length/enum); progenitor refuses anything else"
        ))
    }
}
