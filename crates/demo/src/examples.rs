//! A loopback server that answers every operation of a spec with the spec's
//! own examples, the way `prism mock` does: the first 2xx response by
//! default, or the status asked for with `Prefer: code=NNN`.

use serde_json::Value;
use testkit::{Recorded, Reply, TestServer};

/// One operation: method, path template split in segments, responses
/// (status, and the media type and example when the spec has one; a response
/// without an example is served without a body).
struct Route {
    method: String,
    segments: Vec<String>,
    responses: Vec<(u16, Option<(String, Value)>)>,
}

/// The routes of `spec_yaml`, mounted below `base_path` (e.g. `/api`).
fn routes(spec_yaml: &str, base_path: &str) -> Result<Vec<Route>, String> {
    let spec: Value =
        serde_yaml_ng::from_str(spec_yaml).map_err(|e| format!("spec is not YAML: {e}"))?;
    let components = spec.get("components").cloned().unwrap_or(Value::Null);
    let resolve = |v: &Value| -> Value {
        match v.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                let name = r.rsplit('/').next().unwrap_or("");
                components["responses"][name].clone()
            }
            None => v.clone(),
        }
    };
    let mut out = Vec::new();
    let paths = spec["paths"].as_object().ok_or("spec has no paths")?;
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, op) in item {
            let Some(responses) = op.get("responses").and_then(Value::as_object) else {
                continue;
            };
            let mut rs = Vec::new();
            for (code, resp) in responses {
                let Ok(code) = code.parse::<u16>() else {
                    continue;
                };
                let resp = resolve(resp);
                let media = resp
                    .get("content")
                    .and_then(Value::as_object)
                    .and_then(|c| c.iter().next())
                    .and_then(|(mt, m)| m.get("example").map(|ex| (mt.clone(), ex.clone())));
                rs.push((code, media));
            }
            let full = format!("{base_path}{path}");
            out.push(Route {
                method: method.to_ascii_uppercase(),
                segments: full.split('/').map(str::to_string).collect(),
                responses: rs,
            });
        }
    }
    Ok(out)
}

/// Whether one request path segment matches a template segment such as
/// `{customerSlug}` or `email={email}`.
fn segment_matches(template: &str, actual: &str) -> bool {
    match template.find('{') {
        None => template == actual,
        Some(open) => {
            let literal = &template[..open];
            actual.starts_with(literal) && actual.len() > literal.len()
        }
    }
}

fn answer(routes: &[Route], r: &Recorded) -> Reply {
    let actual: Vec<&str> = r.path().split('/').collect();
    let route = routes.iter().find(|route| {
        route.method == r.method
            && route.segments.len() == actual.len()
            && route
                .segments
                .iter()
                .zip(&actual)
                .all(|(t, a)| segment_matches(t, a))
    });
    let Some(route) = route else {
        return Reply::with_type(
            404,
            "application/problem+json",
            r#"{"title":"Not Found","detail":"no operation of the spec matches this request"}"#,
        );
    };
    let wanted = r
        .header("prefer")
        .and_then(|p| p.split(',').find_map(|kv| kv.trim().strip_prefix("code=")))
        .and_then(|c| c.trim().parse::<u16>().ok());
    let chosen = match wanted {
        Some(code) => route.responses.iter().find(|(c, _)| *c == code),
        None => route.responses.iter().find(|(c, _)| (200..300).contains(c)),
    };
    match chosen {
        Some((code, Some((media_type, example)))) => {
            Reply::with_type(*code, media_type, &example.to_string())
        }
        Some((code, None)) => Reply::status(*code),
        None => Reply::with_type(
            500,
            "application/problem+json",
            r#"{"title":"No example","detail":"the spec declares no such response for this operation"}"#,
        ),
    }
}

/// Starts a loopback server answering with the examples of `spec_yaml`.
pub async fn serve(spec_yaml: &str, base_path: &str) -> Result<TestServer, String> {
    let routes = routes(spec_yaml, base_path)?;
    Ok(TestServer::with_handler(move |r| answer(&routes, r)).await)
}
