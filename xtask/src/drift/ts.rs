//! A parser for the TypeScript types typedoc pages print (`Returns
//! RequestResult<{ data: { id: string; tags: string[] } }, unknown, …>`).
//!
//! It covers what generated clients' typedoc shows: object types (members
//! separated by `;` or `,`, optional `?`, `readonly`, index signatures),
//! `T[]`, `Array<T>`, `Record<K, V>`, unions, intersections, parentheses,
//! string/number/boolean literals and the primitive keywords. Any other named
//! type is kept as a reference that cannot be compared.

use std::fmt;

/// A TypeScript type.
#[derive(Debug, Clone, PartialEq)]
pub enum Ts {
    /// `string`.
    String,
    /// `number` (or `bigint`).
    Number,
    /// `boolean`.
    Boolean,
    /// `null`.
    Null,
    /// `undefined` or `void`.
    Undefined,
    /// `unknown`, `any`, `object` or `never`: nothing to compare.
    Unknown,
    /// A string literal type: `"customer"`.
    StrLit(String),
    /// A number literal type: `404`.
    NumLit(f64),
    /// `true` or `false`.
    BoolLit(bool),
    /// `{ name: T; other?: U }`, with an optional index signature.
    Object(Vec<Member>, Option<Box<Ts>>),
    /// `T[]` or `Array<T>`.
    Array(Box<Ts>),
    /// `A | B`.
    Union(Vec<Ts>),
    /// `A & B`.
    Intersection(Vec<Ts>),
    /// Any other named type, with its type arguments: `RequestResult<…>`.
    Ref(String, Vec<Ts>),
}

/// One member of an object type.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The property name.
    pub name: String,
    /// Declared with `?`.
    pub optional: bool,
    /// Its type.
    pub ty: Ts,
}

impl fmt::Display for Ts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ts::String => f.write_str("string"),
            Ts::Number => f.write_str("number"),
            Ts::Boolean => f.write_str("boolean"),
            Ts::Null => f.write_str("null"),
            Ts::Undefined => f.write_str("undefined"),
            Ts::Unknown => f.write_str("unknown"),
            Ts::StrLit(s) => write!(f, "{s:?}"),
            Ts::NumLit(n) => write!(f, "{n}"),
            Ts::BoolLit(b) => write!(f, "{b}"),
            Ts::Object(members, index) => {
                let mut parts: Vec<String> = members
                    .iter()
                    .map(|m| format!("{}{}: …", m.name, if m.optional { "?" } else { "" }))
                    .collect();
                if index.is_some() {
                    parts.push("[key: string]: …".into());
                }
                if parts.len() > 3 {
                    parts.truncate(3);
                    parts.push("…".into());
                }
                write!(f, "{{ {} }}", parts.join("; "))
            }
            Ts::Array(inner) => match **inner {
                Ts::Union(_) | Ts::Intersection(_) => write!(f, "({inner})[]"),
                _ => write!(f, "{inner}[]"),
            },
            Ts::Union(parts) => join(f, parts, " | "),
            Ts::Intersection(parts) => join(f, parts, " & "),
            Ts::Ref(name, args) if args.is_empty() => f.write_str(name),
            Ts::Ref(name, args) => {
                write!(f, "{name}<")?;
                join(f, args, ", ")?;
                f.write_str(">")
            }
        }
    }
}

fn join(f: &mut fmt::Formatter<'_>, parts: &[Ts], sep: &str) -> fmt::Result {
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            f.write_str(sep)?;
        }
        write!(f, "{p}")?;
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Num(f64),
    Punct(char),
}

fn tokenize(text: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if "{}[]<>():;,|&?=".contains(c) {
            out.push(Tok::Punct(c));
            i += 1;
        } else if c == '"' || c == '\'' {
            let start = i + 1;
            let mut j = start;
            while j < chars.len() && chars[j] != c {
                if chars[j] == '\\' {
                    j += 1;
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err("unterminated string literal".into());
            }
            out.push(Tok::Str(chars[start..j].iter().collect()));
            i = j + 1;
        } else if c.is_ascii_digit()
            || (c == '-' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            let start = i;
            i += 1;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let text: String = chars[start..i].iter().collect();
            let n = text
                .parse()
                .map_err(|_| format!("bad number literal `{text}`"))?;
            out.push(Tok::Num(n));
        } else if c.is_alphanumeric() || c == '_' || c == '$' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric()
                    || chars[i] == '_'
                    || chars[i] == '$'
                    || chars[i] == '.')
            {
                i += 1;
            }
            out.push(Tok::Ident(chars[start..i].iter().collect()));
        } else {
            return Err(format!("unexpected character `{c}`"));
        }
    }
    Ok(out)
}

/// Parses a whole TypeScript type expression.
pub fn parse(text: &str) -> Result<Ts, String> {
    let mut p = Parser {
        toks: tokenize(text)?,
        pos: 0,
    };
    let ty = p.ty()?;
    if p.pos != p.toks.len() {
        return Err(format!("unexpected {} after the type", p.describe()));
    }
    Ok(ty)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn describe(&self) -> String {
        match self.peek() {
            Some(Tok::Ident(s)) => format!("`{s}`"),
            Some(Tok::Str(s)) => format!("{s:?}"),
            Some(Tok::Num(n)) => format!("`{n}`"),
            Some(Tok::Punct(c)) => format!("`{c}`"),
            None => "end of type".into(),
        }
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(&Tok::Punct(c)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(format!("expected `{c}`, found {}", self.describe()))
        }
    }

    fn ty(&mut self) -> Result<Ts, String> {
        self.eat('|');
        let mut parts = vec![self.intersection()?];
        while self.eat('|') {
            parts.push(self.intersection()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Ts::Union(parts)
        })
    }

    fn intersection(&mut self) -> Result<Ts, String> {
        self.eat('&');
        let mut parts = vec![self.postfix()?];
        while self.eat('&') {
            parts.push(self.postfix()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Ts::Intersection(parts)
        })
    }

    fn postfix(&mut self) -> Result<Ts, String> {
        let mut ty = self.primary()?;
        while self.peek() == Some(&Tok::Punct('['))
            && self.toks.get(self.pos + 1) == Some(&Tok::Punct(']'))
        {
            self.pos += 2;
            ty = Ts::Array(Box::new(ty));
        }
        Ok(ty)
    }

    fn primary(&mut self) -> Result<Ts, String> {
        match self.peek().cloned() {
            Some(Tok::Punct('{')) => {
                self.pos += 1;
                self.object()
            }
            Some(Tok::Punct('(')) => {
                self.pos += 1;
                let ty = self.ty()?;
                self.expect(')')?;
                Ok(ty)
            }
            Some(Tok::Str(s)) => {
                self.pos += 1;
                Ok(Ts::StrLit(s))
            }
            Some(Tok::Num(n)) => {
                self.pos += 1;
                Ok(Ts::NumLit(n))
            }
            Some(Tok::Ident(name)) => {
                self.pos += 1;
                let args = if self.eat('<') {
                    let mut args = Vec::new();
                    while !self.eat('>') {
                        args.push(self.ty()?);
                        if !self.eat(',') {
                            self.expect('>')?;
                            break;
                        }
                    }
                    args
                } else {
                    Vec::new()
                };
                Ok(named(name, args))
            }
            _ => Err(format!("expected a type, found {}", self.describe())),
        }
    }

    fn object(&mut self) -> Result<Ts, String> {
        let mut members = Vec::new();
        let mut index = None;
        loop {
            if self.eat('}') {
                return Ok(Ts::Object(members, index));
            }
            if self.eat('[') {
                // Index signature: `[key: string]: T`.
                self.name()?;
                self.expect(':')?;
                self.ty()?;
                self.expect(']')?;
                self.expect(':')?;
                index = Some(Box::new(self.ty()?));
            } else {
                let mut name = self.name()?;
                if name == "readonly" && !matches!(self.peek(), Some(Tok::Punct(':' | '?'))) {
                    name = self.name()?;
                }
                let optional = self.eat('?');
                self.expect(':')?;
                let ty = self.ty()?;
                members.push(Member { name, optional, ty });
            }
            if !self.eat(';') && !self.eat(',') && self.peek() != Some(&Tok::Punct('}')) {
                return Err(format!(
                    "expected `;`, `,` or `}}` in an object type, found {}",
                    self.describe()
                ));
            }
        }
    }

    fn name(&mut self) -> Result<String, String> {
        match self.peek().cloned() {
            Some(Tok::Ident(s)) | Some(Tok::Str(s)) => {
                self.pos += 1;
                Ok(s)
            }
            Some(Tok::Num(n)) => {
                self.pos += 1;
                Ok(n.to_string())
            }
            _ => Err(format!(
                "expected a property name, found {}",
                self.describe()
            )),
        }
    }
}

fn named(name: String, mut args: Vec<Ts>) -> Ts {
    match (name.as_str(), args.len()) {
        ("string", 0) => Ts::String,
        ("number" | "bigint", 0) => Ts::Number,
        ("boolean", 0) => Ts::Boolean,
        ("null", 0) => Ts::Null,
        ("undefined" | "void", 0) => Ts::Undefined,
        ("unknown" | "any" | "object" | "never", 0) => Ts::Unknown,
        ("true", 0) => Ts::BoolLit(true),
        ("false", 0) => Ts::BoolLit(false),
        ("Array" | "ReadonlyArray", 1) => Ts::Array(Box::new(args.remove(0))),
        ("Record", 2) => Ts::Object(Vec::new(), Some(Box::new(args.remove(1)))),
        _ => Ts::Ref(name, args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member<'a>(ty: &'a Ts, name: &str) -> &'a Ts {
        match ty {
            Ts::Object(members, _) => &members.iter().find(|m| m.name == name).unwrap().ty,
            other => panic!("not an object: {other}"),
        }
    }

    #[test]
    fn typedoc_shapes() {
        // Line breaks inside unions, as typedoc prints them.
        let ty = parse(
            "RequestResult<\n  {\n data: { id: null\n | string; tags: string[];\n
             emails: { email: string; verified: boolean }[];\n n?: number, lit: \"customer\" };\n },\n unknown,\n ThrowOnError,\n>",
        )
        .unwrap();
        let Ts::Ref(name, args) = &ty else {
            panic!("{ty}")
        };
        assert_eq!(name, "RequestResult");
        assert_eq!(args.len(), 3);
        assert_eq!(args[1], Ts::Unknown);
        let data = member(&args[0], "data");
        assert_eq!(member(data, "id"), &Ts::Union(vec![Ts::Null, Ts::String]));
        assert_eq!(member(data, "tags"), &Ts::Array(Box::new(Ts::String)));
        assert_eq!(member(data, "lit"), &Ts::StrLit("customer".into()));
        let Ts::Array(email) = member(data, "emails") else {
            panic!()
        };
        assert_eq!(member(email, "verified"), &Ts::Boolean);
        assert_eq!(member(data, "id").to_string(), "null | string");
    }

    #[test]
    fn other_forms() {
        assert_eq!(
            parse("Array<number>").unwrap(),
            Ts::Array(Box::new(Ts::Number))
        );
        assert_eq!(
            parse("(string | null)[]").unwrap().to_string(),
            "(string | null)[]"
        );
        let rec = parse("Record<string, boolean>").unwrap();
        assert_eq!(rec, Ts::Object(Vec::new(), Some(Box::new(Ts::Boolean))));
        let idx = parse("{ readonly a: 1; [key: string]: unknown }").unwrap();
        assert_eq!(member(&idx, "a"), &Ts::NumLit(1.0));
        assert!(parse("{ a: }").is_err());
        assert!(parse("{ a: string").is_err());
        assert!(parse("string string").is_err());
    }
}
