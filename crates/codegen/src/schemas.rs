//! Checks on every schema progenitor hands to typify 0.8: the constructs it
//! panics on, and the names it would silently merge.
//!
//! typify names each inline struct or enum after where it sits
//! (`<Component>_<property>`, `<Parent>Item`, `<operationId>-response`,
//! `<operationId>-body`, `<operationId>-<parameter>`, or the schema's `title`)
//! and, when a name is taken, reuses the existing type without comparing it:
//! the client then decodes into the wrong struct. Two component schemas whose
//! names differ only in case become two Rust types of one name. Both are
//! refused here, together with everything typify panics on.

use std::collections::BTreeMap;

use openapiv3::{AdditionalProperties, OpenAPI, ReferenceOr, Schema, SchemaKind, Type};

use crate::names::{self, Case};

/// A schema or a reference to one, whichever box it comes in.
#[derive(Clone, Copy)]
pub(crate) enum Node<'a> {
    Ref(&'a str),
    Item(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for Node<'a> {
    fn from(r: &'a ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => Node::Ref(reference),
            ReferenceOr::Item(s) => Node::Item(s),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for Node<'a> {
    fn from(r: &'a ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => Node::Ref(reference),
            ReferenceOr::Item(s) => Node::Item(s),
        }
    }
}

/// How typify would name the type of a schema.
#[derive(Clone)]
pub(crate) enum Naming {
    /// A component schema: always this name, `title` is ignored.
    Required(String),
    /// An inline schema: this name unless the schema has a `title`.
    Suggested(String),
    /// No name from the position (e.g. `oneOf` branches); a `title` still
    /// names it.
    Unknown,
}

impl Naming {
    fn resolve(&self, schema: &Schema) -> Option<String> {
        match (self, &schema.schema_data.title) {
            (Naming::Required(n), _) => Some(n.clone()),
            (_, Some(title)) => Some(names::typify(title, Case::Pascal)),
            (Naming::Suggested(n), None) => Some(names::typify(n, Case::Pascal)),
            (Naming::Unknown, None) => None,
        }
    }
}

struct Inline {
    at: String,
    operation: Option<String>,
    json: String,
}

/// Collects problems while walking schemas. Each problem is an optional
/// operationId and a message.
pub(crate) struct SchemaChecks<'a> {
    doc: &'a OpenAPI,
    /// Rust type name → component key.
    components: BTreeMap<String, String>,
    /// Rust type name → the first inline schema that takes it.
    inline: BTreeMap<String, Inline>,
    pub(crate) problems: Vec<(Option<String>, String)>,
}

impl<'a> SchemaChecks<'a> {
    /// Registers and checks `components.schemas`.
    pub(crate) fn new(doc: &'a OpenAPI) -> Self {
        let mut me = SchemaChecks {
            doc,
            components: BTreeMap::new(),
            inline: BTreeMap::new(),
            problems: Vec::new(),
        };
        let Some(components) = &doc.components else {
            return me;
        };
        for key in components.schemas.keys() {
            let rust = names::typify(key, Case::Pascal);
            if let Some(prev) = me.components.insert(rust.clone(), key.clone()) {
                me.problems.push((
                    None,
                    format!(
                        "components.schemas `{prev}` and `{key}` both become the Rust type `{rust}`, \
                         which does not compile: rename one of them"
                    ),
                ));
            }
        }
        for (key, schema) in &components.schemas {
            let rust = names::typify(key, Case::Pascal);
            me.schema(
                None,
                &format!("components.schemas.{key}"),
                schema.into(),
                Naming::Required(rust),
            );
        }
        me
    }

    fn push(&mut self, operation: Option<&str>, message: String) {
        self.problems.push((operation.map(str::to_string), message));
    }

    /// Checks a `$ref`: typify resolves only `#/components/schemas/<Name>`
    /// and panics on anything else.
    fn reference(&mut self, operation: Option<&str>, at: &str, reference: &str) {
        let prefix = "#/components/schemas/";
        match reference.strip_prefix(prefix) {
            Some(name) if !name.is_empty() && !name.contains('/') => {
                let exists = self
                    .doc
                    .components
                    .as_ref()
                    .is_some_and(|c| c.schemas.contains_key(name));
                if !exists {
                    self.push(
                        operation,
                        format!(
                            "{at}: `$ref: {reference}` does not resolve: define `components.schemas.{name}` \
                             or fix the reference (typify 0.8 panics on a missing schema)"
                        ),
                    );
                }
            }
            _ => self.push(
                operation,
                format!(
                    "{at}: `$ref: {reference}` is not of the form `#/components/schemas/<Name>`; typify 0.8 \
                     panics on external and nested references: move the schema into components.schemas"
                ),
            ),
        }
    }

    /// Walks one schema and everything inline in it.
    pub(crate) fn schema(
        &mut self,
        operation: Option<&str>,
        at: &str,
        node: Node<'_>,
        naming: Naming,
    ) {
        let schema = match node {
            Node::Ref(r) => return self.reference(operation, at, r),
            Node::Item(s) => s,
        };
        let name = naming.resolve(schema);
        if let (Some(name), Naming::Suggested(_) | Naming::Unknown) = (&name, &naming)
            && is_named(schema)
        {
            self.inline_name(operation, at, name, schema);
        }
        let child = |suffix: &str| match &name {
            Some(n) => Naming::Suggested(format!("{n}_{}", names::snake_case(suffix))),
            None => Naming::Unknown,
        };
        let item = || match &name {
            Some(n) => Naming::Suggested(format!("{n}Item")),
            None => Naming::Unknown,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                self.fields(operation, at, o.properties.keys());
                for (prop, s) in &o.properties {
                    self.schema(
                        operation,
                        &format!("{at}.properties.{prop}"),
                        s.into(),
                        child(prop),
                    );
                }
                self.additional(operation, at, o.additional_properties.as_ref());
            }
            SchemaKind::Type(Type::Array(a)) => {
                if let Some(items) = &a.items {
                    self.schema(operation, &format!("{at}.items"), items.into(), item());
                }
            }
            SchemaKind::Type(Type::String(s)) => {
                let values: Vec<&str> =
                    s.enumeration.iter().flatten().map(String::as_str).collect();
                self.enum_values(operation, at, &values);
            }
            SchemaKind::Type(Type::Number(_) | Type::Integer(_) | Type::Boolean(_)) => {}
            SchemaKind::OneOf { one_of: list } => self.branches(operation, at, "oneOf", list),
            SchemaKind::AllOf { all_of: list } => self.branches(operation, at, "allOf", list),
            SchemaKind::AnyOf { any_of: list } => self.branches(operation, at, "anyOf", list),
            SchemaKind::Not { .. } => self.push(
                operation,
                format!(
                    "{at}: `not` schemas are not supported (typify 0.8 panics on most of them): \
                     drop the `not` and describe the constraint in `description`"
                ),
            ),
            SchemaKind::Any(any) => {
                if let Some(t) = &any.typ
                    && !matches!(
                        t.as_str(),
                        "boolean" | "object" | "array" | "number" | "string" | "integer"
                    )
                {
                    self.push(
                        operation,
                        format!(
                            "{at}: `type: {t}` is not an OpenAPI 3.0 type (progenitor panics on it): write \
                             `nullable: true` instead of `type: \"null\"`, `type: string, format: binary` \
                             instead of `type: file`"
                        ),
                    );
                }
                for (bound, exclusive, value) in [
                    ("minimum", any.exclusive_minimum, any.minimum),
                    ("maximum", any.exclusive_maximum, any.maximum),
                ] {
                    if exclusive == Some(true) && value.is_none() {
                        let key = format!("exclusive{}{}", bound[..1].to_uppercase(), &bound[1..]);
                        self.push(
                            operation,
                            format!(
                                "{at}: `{key}: true` without `{bound}` (progenitor panics on it): give the \
                                 `{bound}` or drop `{key}`"
                            ),
                        );
                    }
                }
                if !any.one_of.is_empty() && !any.any_of.is_empty() {
                    self.push(
                        operation,
                        format!(
                            "{at}: has both `oneOf` and `anyOf` (typify 0.8 panics on that): keep one of them"
                        ),
                    );
                }
                if any.not.is_some() {
                    self.push(
                        operation,
                        format!(
                            "{at}: `not` schemas are not supported (typify 0.8 panics on most of them): \
                             drop the `not` and describe the constraint in `description`"
                        ),
                    );
                }
                let values: Vec<&str> = any.enumeration.iter().filter_map(|v| v.as_str()).collect();
                self.enum_values(operation, at, &values);
                self.fields(operation, at, any.properties.keys());
                for (prop, s) in &any.properties {
                    self.schema(
                        operation,
                        &format!("{at}.properties.{prop}"),
                        s.into(),
                        child(prop),
                    );
                }
                self.additional(operation, at, any.additional_properties.as_ref());
                if let Some(items) = &any.items {
                    self.schema(operation, &format!("{at}.items"), items.into(), item());
                }
                self.branches(operation, at, "oneOf", &any.one_of);
                self.branches(operation, at, "allOf", &any.all_of);
                self.branches(operation, at, "anyOf", &any.any_of);
            }
        }
    }

    fn branches(
        &mut self,
        operation: Option<&str>,
        at: &str,
        keyword: &str,
        list: &[ReferenceOr<Schema>],
    ) {
        if keyword != "allOf" {
            self.tagging(operation, at, keyword, list);
        }
        for (i, s) in list.iter().enumerate() {
            self.schema(
                operation,
                &format!("{at}.{keyword}[{i}]"),
                s.into(),
                Naming::Unknown,
            );
        }
    }

    /// typify 0.8 tries to turn a `oneOf`/`anyOf` of inline branches into a
    /// tagged enum and panics on the way when a lone-property branch
    /// requires another name, or when two tags become one variant name.
    fn tagging(
        &mut self,
        operation: Option<&str>,
        at: &str,
        keyword: &str,
        list: &[ReferenceOr<Schema>],
    ) {
        for (i, s) in list.iter().enumerate() {
            let Some(SchemaKind::Type(Type::Object(o))) = s.as_item().map(|s| &s.schema_kind)
            else {
                continue;
            };
            if o.properties.len() == 1 && !o.required.is_empty() {
                let prop = o.properties.keys().next().expect("one property");
                if o.required != [prop.clone()] {
                    self.push(
                        operation,
                        format!(
                            "{at}.{keyword}[{i}]: `required` lists {} but `properties` only has `{prop}` (typify 0.8 \
                             panics on such a branch): list every required property under `properties`",
                            o.required.iter().map(|r| format!("`{r}`")).collect::<Vec<_>>().join(", ")
                        ),
                    );
                }
            }
        }
        let inline: Vec<&Schema> = list.iter().filter_map(|s| s.as_item()).collect();
        if inline.len() != list.len() || inline.len() < 2 {
            return;
        }
        // Externally tagged: every branch a constant string or an object with
        // one required property; the variants are named after those.
        let external: Option<Vec<&str>> = inline
            .iter()
            .map(|s| {
                constant_string(s).or(match &s.schema_kind {
                    SchemaKind::Type(Type::Object(o))
                        if o.properties.len() == 1 && o.required.len() == 1 =>
                    {
                        Some(o.required[0].as_str())
                    }
                    _ => None,
                })
            })
            .collect();
        if let Some(tags) = external {
            self.tags(operation, &format!("{at}.{keyword}"), tags);
            return;
        }
        // Internally tagged: every branch an object with a required property
        // of one constant string value, the same property in all of them.
        let mut common: Option<BTreeMap<&str, Vec<&str>>> = None;
        for s in &inline {
            let SchemaKind::Type(Type::Object(o)) = &s.schema_kind else {
                return;
            };
            let constants: BTreeMap<&str, &str> = o
                .properties
                .iter()
                .filter(|(name, _)| o.required.contains(name))
                .filter_map(|(name, p)| match p {
                    ReferenceOr::Item(p) => constant_string(p).map(|v| (name.as_str(), v)),
                    ReferenceOr::Reference { .. } => None,
                })
                .collect();
            common = Some(match common {
                None => constants.into_iter().map(|(k, v)| (k, vec![v])).collect(),
                Some(prev) => prev
                    .into_iter()
                    .filter_map(|(k, mut vs)| {
                        constants.get(k).map(|v| {
                            vs.push(*v);
                            (k, vs)
                        })
                    })
                    .collect(),
            });
        }
        // typify picks the first property (by name) whose values all differ.
        let tag = common.into_iter().flatten().find(|(_, vs)| {
            let mut seen = std::collections::BTreeSet::new();
            vs.iter().all(|v| seen.insert(*v))
        });
        if let Some((name, values)) = tag {
            self.tags(operation, &format!("{at}.{keyword} (tag `{name}`)"), values);
        }
    }

    fn tags(&mut self, operation: Option<&str>, at: &str, mut values: Vec<&str>) {
        values.sort();
        values.dedup();
        self.enum_values(operation, at, &values);
    }

    fn additional(&mut self, operation: Option<&str>, at: &str, ap: Option<&AdditionalProperties>) {
        if let Some(AdditionalProperties::Schema(s)) = ap {
            self.schema(
                operation,
                &format!("{at}.additionalProperties"),
                s.as_ref().into(),
                Naming::Unknown,
            );
        }
    }

    /// Struct fields: property names that become one Rust field.
    fn fields<'k>(
        &mut self,
        operation: Option<&str>,
        at: &str,
        props: impl Iterator<Item = &'k String>,
    ) {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for prop in props {
            let field = names::typify(prop, Case::Snake);
            if let Some(prev) = seen.insert(field.clone(), prop) {
                self.push(
                    operation,
                    format!(
                        "{at}: properties `{prev}` and `{prop}` both become the Rust field `{field}`, which \
                         does not compile: drop one of them from the spec (unknown fields are ignored when decoding)"
                    ),
                );
            }
        }
    }

    fn enum_values(&mut self, operation: Option<&str>, at: &str, values: &[&str]) {
        if values.is_empty() || names::enum_variants(values).is_some() {
            return;
        }
        let mut by_variant: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for v in values {
            by_variant
                .entry(names::typify(v, Case::Pascal))
                .or_default()
                .push(v);
        }
        let clashes = by_variant
            .into_iter()
            .filter(|(_, vs)| vs.len() > 1)
            .map(|(variant, vs)| {
                let vs = vs
                    .iter()
                    .map(|v| format!("{v:?}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                format!("{vs} → `{variant}`")
            })
            .collect::<Vec<_>>()
            .join("; ");
        self.push(
            operation,
            format!(
                "{at}: enum values that become the same Rust variant ({clashes}); typify 0.8 panics on them: \
                 drop the `enum` (a plain string) or remove the duplicates"
            ),
        );
    }

    fn inline_name(&mut self, operation: Option<&str>, at: &str, name: &str, schema: &Schema) {
        if let Some(key) = self.components.get(name) {
            let key = key.clone();
            self.push(
                operation,
                format!(
                    "{at}: this inline schema would be the Rust type `{name}`, which is already \
                     components.schemas `{key}`; typify 0.8 would silently use `{key}` instead. \
                     Use `$ref: '#/components/schemas/{key}'` if it is the same schema, otherwise give it \
                     a `title` of its own or move it into components.schemas under another name"
                ),
            );
            return;
        }
        let json = serde_json::to_string(schema).unwrap_or_default();
        match self.inline.get(name) {
            None => {
                self.inline.insert(
                    name.to_string(),
                    Inline {
                        at: at.to_string(),
                        operation: operation.map(str::to_string),
                        json,
                    },
                );
            }
            Some(first) if first.json == json => {}
            Some(first) => {
                let first_at = match &first.operation {
                    Some(op) => format!("{} (operation `{op}`)", first.at),
                    None => first.at.clone(),
                };
                self.push(
                    operation,
                    format!(
                        "{at}: this inline schema would be the Rust type `{name}`, like the different schema at \
                         {first_at}; typify 0.8 would silently use the first one for both. Give one of them a \
                         `title` of its own or move it into components.schemas"
                    ),
                );
            }
        }
    }
}

/// The value of a single-value string `enum`, which typify treats as a
/// constant.
fn constant_string(schema: &Schema) -> Option<&str> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(st))
            if st.enumeration.len() == 1
                && st.pattern.is_none()
                && st.min_length.is_none()
                && st.max_length.is_none()
                && matches!(st.format, openapiv3::VariantOrUnknownOrEmpty::Empty) =>
        {
            st.enumeration[0].as_deref()
        }
        _ => None,
    }
}

/// Whether typify generates a named type (struct, enum or newtype) for an
/// inline schema. Conservative: only the shapes that certainly do.
fn is_named(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => !o.properties.is_empty(),
        SchemaKind::Type(Type::String(s)) => {
            !s.enumeration.is_empty()
                || s.pattern.is_some()
                || s.min_length.is_some()
                || s.max_length.is_some()
        }
        SchemaKind::OneOf { one_of } => one_of.len() > 1,
        SchemaKind::AnyOf { any_of } => any_of.len() > 1,
        SchemaKind::Any(any) => !any.properties.is_empty(),
        _ => false,
    }
}
