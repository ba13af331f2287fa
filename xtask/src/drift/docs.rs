//! Parsers for the docs feed's two page kinds.
//!
//! * `*.page.txt`: a rendered docs page. Title lines, then a line holding
//!   only the HTTP method and the next line the path, a `Response Body`
//!   section listing media types, a `curl … -d '<json>'` example, and then
//!   the JSON response examples: the 2xx first, then the errors.
//! * `*.typedoc.txt`: a generated client's typedoc page: `Function <name>`,
//!   prose naming the roles (`org.…`), and `Returns <TypeScript type>`.

use serde_json::Value;

use super::ts::{self, Ts};

const METHODS: [&str; 7] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// A parsed `*.page.txt`.
#[derive(Debug, Clone)]
pub struct Page {
    /// Uppercase method.
    pub method: String,
    /// The documented path (may carry the server prefix or concrete values).
    pub path: String,
    /// The media types listed under `Response Body`, in order.
    pub response_media_types: Vec<String>,
    /// The curl example's `-d` body, when it has one.
    pub request_body: Option<Value>,
    /// The JSON response examples, in page order (2xx first).
    pub responses: Vec<Value>,
}

/// Parses a docs page.
pub fn parse_page(text: &str) -> Result<Page, String> {
    let lines: Vec<&str> = text.lines().collect();
    let method_at = lines
        .iter()
        .position(|l| METHODS.contains(&l.trim()))
        .ok_or("no line holding only an HTTP method (GET, POST, ...)")?;
    let method = lines[method_at].trim().to_string();
    let path = lines[method_at + 1..]
        .iter()
        .map(|l| l.trim())
        .find(|l| !l.is_empty())
        .filter(|l| l.starts_with('/'))
        .ok_or_else(|| format!("the line after `{method}` is not a path starting with `/`"))?
        .to_string();

    let curl_at = lines
        .iter()
        .position(|l| l.trim_start().starts_with("curl "));
    let media_end = curl_at.unwrap_or(lines.len());
    let response_media_types = match lines[..media_end]
        .iter()
        .position(|l| l.trim() == "Response Body")
    {
        Some(start) => lines[start + 1..media_end]
            .iter()
            .map(|l| l.trim())
            .filter(|l| is_media_type(l))
            .map(str::to_string)
            .collect(),
        None => Vec::new(),
    };

    // Byte offset where the curl example starts; the responses follow it.
    let (request_body, rest) = match curl_at {
        Some(at) => {
            let offset: usize = lines[..at].iter().map(|l| l.len() + 1).sum();
            let curl = &text[offset.min(text.len())..];
            split_curl(curl)?
        }
        None => (None, ""),
    };
    let mut responses = Vec::new();
    for (i, value) in serde_json::Deserializer::from_str(rest)
        .into_iter::<Value>()
        .enumerate()
    {
        responses.push(value.map_err(|e| {
            format!(
                "response example #{} after the curl example is not JSON: {e}",
                i + 1
            )
        })?);
    }
    Ok(Page {
        method,
        path,
        response_media_types,
        request_body,
        responses,
    })
}

fn is_media_type(s: &str) -> bool {
    let mut parts = s.split('/');
    matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None)
        if !a.is_empty() && !b.is_empty() && !s.contains(' '))
}

/// Splits `curl …` into its JSON body (if any) and the text after the
/// curl example.
fn split_curl(curl: &str) -> Result<(Option<Value>, &str), String> {
    // The command ends at the first line that does not end with `\`.
    let mut command_end = 0;
    for line in curl.split_inclusive('\n') {
        command_end += line.len();
        if !line.trim_end().ends_with('\\') {
            break;
        }
    }
    let flag = ["--data-raw '", "--data-binary '", "--data '", "-d '"]
        .iter()
        .filter_map(|f| curl.find(f).map(|at| (at, f.len())))
        .filter(|(at, _)| *at < command_end)
        .min_by_key(|(at, _)| *at);
    let Some((at, len)) = flag else {
        return Ok((None, &curl[command_end..]));
    };
    let start = at + len;
    let close = curl[start..]
        .find('\'')
        .ok_or("the curl example's -d body has no closing `'`")?;
    let body = &curl[start..start + close];
    let value = serde_json::from_str(body)
        .map_err(|e| format!("the curl example's -d body is not JSON: {e}"))?;
    let after = start + close + 1;
    let rest_start = curl[after..].find('\n').map_or(curl.len(), |n| after + n);
    Ok((Some(value), &curl[rest_start..]))
}

/// A parsed `*.typedoc.txt`.
#[derive(Debug, Clone)]
pub struct Typedoc {
    /// The function name (the operationId).
    pub function: String,
    /// Role names (`org.user.customer.write`) mentioned before `Returns`.
    pub roles: Vec<String>,
    /// The 2xx body type (first type argument of the return type, or the
    /// return type itself when it has none).
    pub data: Ts,
    /// The error body type (second type argument), when given.
    pub error: Option<Ts>,
}

/// Parses a typedoc page.
pub fn parse_typedoc(text: &str) -> Result<Typedoc, String> {
    let function = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("Function "))
        .map(str::trim)
        .find(|n| {
            !n.is_empty()
                && n.chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '$')
        })
        .ok_or("no `Function <name>` line")?
        .to_string();
    let returns_at = text
        .find("Returns ")
        .ok_or("no `Returns <type>` signature")?;
    let roles = roles(&text[..returns_at]);
    let type_text = balanced_type(&text[returns_at + "Returns ".len()..]);
    let ty = ts::parse(type_text).map_err(|e| format!("cannot parse the return type: {e}"))?;
    let (data, error) = match ty {
        Ts::Ref(_, mut args) if !args.is_empty() => {
            let error = (args.len() > 1).then(|| args.remove(1));
            (args.remove(0), error)
        }
        other => (other, None),
    };
    Ok(Typedoc {
        function,
        roles,
        data,
        error,
    })
}

/// `org.`-prefixed role names, in order of appearance, without repeats.
fn roles(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '_' || c == '-')) {
        let word = word.trim_end_matches('.');
        if word.starts_with("org.") && word.len() > 4 && !out.iter().any(|r| r == word) {
            out.push(word.to_string());
        }
    }
    out
}

/// The return type's text: a name plus its balanced `<…>`, or a balanced
/// `{…}`; stops where the brackets close (any page text after is ignored).
fn balanced_type(text: &str) -> &str {
    let mut depth = 0i32;
    let mut seen_open = false;
    for (i, c) in text.char_indices() {
        match c {
            '<' | '{' | '(' | '[' => {
                depth += 1;
                seen_open = true;
            }
            '>' | '}' | ')' | ']' => {
                depth -= 1;
                if depth == 0 && seen_open {
                    return &text[..i + c.len_utf8()];
                }
            }
            '\n' if depth == 0 && !seen_open => return &text[..i],
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_parts() {
        let page = parse_page(
            "Acme\nWidgets\n\nMake a widget\n\nPOST\n/v2/widgets\n\nResponse Body\n\napplication/json\n\napplication/problem+json\n\n\
             curl -X POST \"https://acme.example/v2/widgets\" \\  -H \"Content-Type: application/json\" \\  -d '{    \"name\": \"w\"  }'\n\
             {\n  \"id\": 1\n}\n{\"title\": \"Bad\"}",
        )
        .unwrap();
        assert_eq!(
            (page.method.as_str(), page.path.as_str()),
            ("POST", "/v2/widgets")
        );
        assert_eq!(
            page.response_media_types,
            ["application/json", "application/problem+json"]
        );
        assert_eq!(page.request_body, Some(serde_json::json!({"name": "w"})));
        assert_eq!(page.responses.len(), 2);
        assert_eq!(page.responses[1]["title"], "Bad");
    }

    #[test]
    fn page_errors() {
        assert!(
            parse_page("nothing here")
                .unwrap_err()
                .contains("HTTP method")
        );
        assert!(parse_page("GET\nwidgets").unwrap_err().contains("path"));
        let e = parse_page("GET\n/w\ncurl x -d '{bad'\n").unwrap_err();
        assert!(e.contains("not JSON"), "{e}");
        let e = parse_page("GET\n/w\ncurl x\n{\"a\": 1}\nnot json").unwrap_err();
        assert!(e.contains("#2"), "{e}");
        let page = parse_page("DELETE\n/w/{id}\n").unwrap();
        assert!(page.request_body.is_none() && page.responses.is_empty());
    }

    #[test]
    fn typedoc_parts() {
        let doc = parse_typedoc(
            "acme-client\n  Function makeWidget\n  • Make a widget. Roles: org.user.widget.write or\n  org.permission.widget.create.\n\
             Returns RequestResult<\n  { id: number; tags: string[] },\n  { title: string },\n  ThrowOnError,\n>\n\nDefined in src/sdk.gen.ts:12",
        )
        .unwrap();
        assert_eq!(doc.function, "makeWidget");
        assert_eq!(
            doc.roles,
            ["org.user.widget.write", "org.permission.widget.create"]
        );
        assert!(matches!(doc.data, Ts::Object(ref m, None) if m.len() == 2));
        assert!(matches!(doc.error, Some(Ts::Object(..))));
        assert!(
            parse_typedoc("Returns string")
                .unwrap_err()
                .contains("Function")
        );
        let plain = parse_typedoc("Function f\nReturns string\n").unwrap();
        assert_eq!((plain.data, plain.error), (Ts::String, None));
    }
}
