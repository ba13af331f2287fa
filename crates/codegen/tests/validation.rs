//! What `codegen` accepts and refuses, and that progenitor never panics at
//! the user.
//!
//! Every refusal is checked for the exact spec name and operationId in the
//! diagnostic. Constructs that progenitor 0.15.1 / typify 0.8 panic on are
//! also fed to `render_unvalidated` (generation without `validate`) to show
//! that the panic guard turns them into an error naming the operation or
//! schema; `no_panic_message_reaches_stderr` runs those in a child process
//! and checks that nothing is printed.

use codegen::{
    CodegenError, Diagnostic, load, load_file, preamble, render, render_spec, render_unvalidated,
    spec_path, validate, workspace_root,
};

/// The spec name used in diagnostics throughout.
const NAME: &str = "specs/acme.yaml";

/// A 3.0.3 document with `paths` (a YAML block indented by two spaces) and
/// two component schemas, `Customer` and `Problem`, plus `schemas` (more
/// component schemas, indented by four spaces).
fn doc(paths: &str, schemas: &str) -> String {
    format!(
        "openapi: 3.0.3
info: {{title: Acme, version: 1.0.0}}
paths:
{paths}
components:
  schemas:
    Customer: {{type: object, properties: {{id: {{type: string}}}}}}
    Problem: {{type: object, properties: {{title: {{type: string}}}}}}
{schemas}"
    )
}

/// `GET /c` (`getC`) answering 200 with a `Customer`, plus `schemas`.
fn with_schemas(schemas: &str) -> String {
    doc(
        r##"  /c:
    get:
      operationId: getC
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}"##,
        schemas,
    )
}

/// A 200 response with a `Customer`, for operations written inline.
const OK: &str = r##"      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}"##;

/// Loads and validates `text`, which must be refused; returns the
/// diagnostics. `render_spec` must refuse it with the same diagnostics.
fn refused(text: &str) -> Vec<Diagnostic> {
    let diags = match load(NAME, text) {
        Err(e) => return e.diagnostics,
        Ok(spec) => match validate(&spec) {
            Ok(()) => panic!("the spec was accepted:\n{text}"),
            Err(e) => e.diagnostics,
        },
    };
    let spec = load(NAME, text).expect("loaded above");
    let rendered = render_spec("acme", spec).expect_err("render_spec must refuse too");
    assert_eq!(rendered.diagnostics, diags);
    diags
}

/// Asserts that one diagnostic names [`NAME`], exactly `operation`, and has
/// every one of `needles` in its message.
#[track_caller]
fn assert_diag(diags: &[Diagnostic], operation: Option<&str>, needles: &[&str]) {
    let found = diags.iter().any(|d| {
        d.spec == NAME
            && d.operation.as_deref() == operation
            && needles.iter().all(|n| d.message.contains(n))
    });
    assert!(
        found,
        "no diagnostic for operation {operation:?} containing {needles:?} in:\n{}",
        CodegenError {
            diagnostics: diags.to_vec()
        }
    );
}

/// Loads, validates and renders `text`, which must be accepted.
#[track_caller]
fn renders(text: &str) -> String {
    let spec = load(NAME, text).unwrap_or_else(|e| panic!("load: {e}\n{text}"));
    validate(&spec).unwrap_or_else(|e| panic!("validate: {e}\n{text}"));
    render_spec("acme", spec).unwrap_or_else(|e| panic!("render: {e}\n{text}"))
}

/// Generates `text` without validation: it must fail, because progenitor
/// panicked (not merely refused), and the error must name `operation` (and
/// have every one of `needles` in its message).
#[track_caller]
fn guarded(text: &str, operation: Option<&str>, needles: &[&str]) {
    let spec = load(NAME, text).unwrap_or_else(|e| panic!("load: {e}"));
    let err = render_unvalidated("acme", spec).expect_err("progenitor must fail on this spec");
    assert_eq!(err.diagnostics.len(), 1, "{err}");
    let d = &err.diagnostics[0];
    assert_eq!(d.spec, NAME, "{err}");
    assert_eq!(d.operation.as_deref(), operation, "{err}");
    assert!(d.message.contains("panicked"), "{err}");
    for n in needles {
        assert!(d.message.contains(n), "{n:?} missing from: {err}");
    }
}

// 1. OpenAPI version ---------------------------------------------------------

#[test]
fn openapi_3_1_is_refused_naming_the_spec() {
    let text = std::fs::read_to_string("tests/fixtures/openapi31.yaml").unwrap();
    let diags = refused(&text);
    assert_eq!(diags.len(), 1);
    assert_diag(
        &diags,
        None,
        &["`openapi: 3.1.0` is not supported", "3.0.3"],
    );
    assert_eq!(
        diags[0].to_string(),
        format!("{NAME}: {}", diags[0].message),
        "a spec-level diagnostic starts with the spec name"
    );

    // The same file read from disk is named as given.
    let err = load_file(
        std::path::Path::new("tests/fixtures/openapi31.yaml"),
        "fixtures/openapi31.yaml",
    )
    .unwrap_err();
    assert_eq!(err.diagnostics[0].spec, "fixtures/openapi31.yaml");
}

#[test]
fn openapi_3_1_content_under_a_3_0_header_is_refused() {
    let text = std::fs::read_to_string("tests/fixtures/openapi31.yaml")
        .unwrap()
        .replace("openapi: 3.1.0", "openapi: 3.0.3");
    let diags = refused(&text);
    assert_diag(&diags, None, &["not a valid OpenAPI 3.0 document"]);
}

#[test]
fn openapi_version_must_be_3_0_x() {
    for bad in ["3.1.0", "3.1", "2.0", "3.0", "3", "3.0.x", "3.0.3-rc1"] {
        let text = with_schemas("").replace("openapi: 3.0.3", &format!("openapi: \"{bad}\""));
        assert_diag(&refused(&text), None, &["is not supported"]);
    }
    // A YAML number is not a version string.
    let text = with_schemas("").replace("openapi: 3.0.3", "openapi: 3.0");
    assert_diag(&refused(&text), None, &["must be a version string"]);
    let text = with_schemas("").replace("openapi: 3.0.3\n", "");
    assert_diag(&refused(&text), None, &["missing the `openapi: 3.0.x`"]);
}

#[test]
fn openapi_3_0_patch_versions_are_accepted() {
    for good in ["3.0.0", "3.0.3", "3.0.4"] {
        let code = renders(&with_schemas("").replace("3.0.3", good));
        assert!(code.contains("pub async fn get_c"));
    }
}

// 2. Success responses -------------------------------------------------------

#[test]
fn two_different_success_schemas_are_refused() {
    let text = doc(
        r##"  /c:
    post:
      operationId: createC
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}
        "201": {description: created, content: {application/json: {schema: {$ref: "#/components/schemas/Other"}}}}"##,
        "    Other: {type: object, properties: {x: {type: string}}}",
    );
    let diags = refused(&text);
    assert_eq!(diags.len(), 1);
    assert_diag(
        &diags,
        Some("createC"),
        &[
            "2 different 2xx response shapes",
            "200 → #/components/schemas/Customer",
            "201 → #/components/schemas/Other",
            "share one `$ref`",
        ],
    );
    assert!(
        diags[0]
            .to_string()
            .starts_with("specs/acme.yaml: operation `createC`: ")
    );
    guarded(&text, Some("createC"), &["response_types.len() <= 1"]);
}

#[test]
fn success_with_and_without_body_is_refused() {
    let text = doc(
        r##"  /c:
    put:
      operationId: putC
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}
        "204": {description: no content}"##,
        "",
    );
    assert_diag(&refused(&text), Some("putC"), &["204 → no body"]);
    guarded(&text, Some("putC"), &["response_types.len() <= 1"]);
}

#[test]
fn untyped_success_next_to_a_typed_one_is_refused() {
    let text = doc(
        r##"  /c:
    get:
      operationId: exportC
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}
        "202": {description: csv, content: {text/csv: {schema: {type: string}}}}"##,
        "",
    );
    assert_diag(
        &refused(&text),
        Some("exportC"),
        &["2 different 2xx response shapes", "202 → an untyped body"],
    );
    guarded(&text, Some("exportC"), &["response_types.len() <= 1"]);
}

#[test]
fn several_success_codes_sharing_one_ref_are_generated() {
    let code = renders(&doc(
        r##"  /c:
    post:
      operationId: createC
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}
        "201": {description: created, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}"##,
        "",
    ));
    assert!(code.contains("pub async fn create_c"));
    assert!(code.contains("Result<ResponseValue<types::Customer>, Error<()>>"));
    assert!(code.contains("200u16 =>") && code.contains("201u16 =>"));
}

// 3. `default` ---------------------------------------------------------------

#[test]
fn default_next_to_a_success_is_refused() {
    let text = doc(
        r##"  /c:
    get:
      operationId: getC
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}
        default: {description: error, content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}"##,
        "",
    );
    let diags = refused(&text);
    assert_eq!(diags.len(), 1);
    assert_diag(
        &diags,
        Some("getC"),
        &[
            "`default` response next to a 2xx",
            "Declare the error statuses",
        ],
    );
    guarded(&text, Some("getC"), &["response_types.len() <= 1"]);
}

#[test]
fn default_with_a_different_error_shape_is_refused() {
    // `default` is an error too: next to a 400 of another schema it makes
    // two error types.
    let text = doc(
        r##"  /c:
    delete:
      operationId: deleteC
      responses:
        "400": {description: bad, content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
        default: {description: other, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}"##,
        "",
    );
    assert_diag(
        &refused(&text),
        Some("deleteC"),
        &["2 different error response shapes", "default →", "400 →"],
    );
    guarded(&text, Some("deleteC"), &["response_types.len() <= 1"]);
}

#[test]
fn default_alone_is_accepted() {
    let code = renders(&doc(
        r##"  /c:
    get:
      operationId: getC
      responses:
        default: {description: any, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}"##,
        "",
    ));
    assert!(code.contains("pub async fn get_c"));
}

// 4. Error responses ---------------------------------------------------------

#[test]
fn two_distinct_error_schemas_are_refused() {
    let text = doc(
        r##"  /c:
    post:
      operationId: createC
      responses:
        "201": {description: created, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}
        "400": {description: bad, content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
        "409": {description: conflict, content: {application/json: {schema: {$ref: "#/components/schemas/Conflict"}}}}"##,
        "    Conflict: {type: object, properties: {existing: {type: string}}}",
    );
    let diags = refused(&text);
    assert_eq!(diags.len(), 1);
    assert_diag(
        &diags,
        Some("createC"),
        &[
            "2 different error response shapes",
            "400 → #/components/schemas/Problem",
            "409 → #/components/schemas/Conflict",
            "same `$ref` schema",
        ],
    );
    guarded(&text, Some("createC"), &["response_types.len() <= 1"]);
}

#[test]
fn an_error_without_body_next_to_typed_errors_is_refused() {
    let text = doc(
        r##"  /c:
    get:
      operationId: getC
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}
        "404": {description: missing, content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
        "429": {description: slow down}"##,
        "",
    );
    assert_diag(
        &refused(&text),
        Some("getC"),
        &["different error response shapes", "429 → no body"],
    );
    guarded(&text, Some("getC"), &["response_types.len() <= 1"]);
}

#[test]
fn error_codes_and_ranges_sharing_one_ref_are_accepted() {
    let code = renders(&doc(
        r##"  /c:
    get:
      operationId: getC
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}
        "404": {description: missing, content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
        "4XX": {description: client, content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
        "503": {description: down, content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}"##,
        "",
    ));
    assert!(code.contains("Result<ResponseValue<types::Customer>, Error<types::Problem>>"));
}

#[test]
fn informational_and_redirect_responses_are_refused() {
    for code in ["101", "302", "3XX"] {
        let text = doc(
            &format!(
                r##"  /c:
    get:
      operationId: getC
      responses:
        "200": {{description: ok, content: {{application/json: {{schema: {{$ref: "#/components/schemas/Customer"}}}}}}}}
        "{code}": {{description: other}}"##
            ),
            "",
        );
        assert_diag(
            &refused(&text),
            Some("getC"),
            &[&format!("response {code} is neither 2xx nor 4xx/5xx")],
        );
    }
}

#[test]
fn no_responses_is_refused() {
    let text = doc(
        "  /c:\n    get:\n      operationId: getC\n      responses: {}",
        "",
    );
    assert_diag(&refused(&text), Some("getC"), &["declares no responses"]);
}

#[test]
fn response_media_problems_are_refused() {
    // Two media types.
    let text = doc(
        r##"  /c:
    get:
      operationId: getC
      responses:
        "200":
          description: ok
          content:
            application/json: {schema: {$ref: "#/components/schemas/Customer"}}
            application/xml: {schema: {$ref: "#/components/schemas/Customer"}}"##,
        "",
    );
    assert_diag(
        &refused(&text),
        Some("getC"),
        &["response 200", "2 media types", "declare exactly one"],
    );

    // JSON without a schema: progenitor `todo!()`s.
    let text = doc(
        "  /c:\n    get:\n      operationId: getC\n      responses:\n        \"200\": {description: ok, content: {application/json: {}}}",
        "",
    );
    assert_diag(
        &refused(&text),
        Some("getC"),
        &["response 200", "has no schema"],
    );
    guarded(&text, Some("getC"), &["media type encoding, no schema"]);

    // JSON with an `encoding` map: progenitor asserts it is empty.
    let text = doc(
        r##"  /c:
    get:
      operationId: getC
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}, encoding: {id: {contentType: text/plain}}}}}"##,
        "",
    );
    assert_diag(
        &refused(&text),
        Some("getC"),
        &["`encoding` map", "drop it"],
    );
    guarded(&text, Some("getC"), &["mt.encoding.is_empty()"]);
}

// 5. operationIds --------------------------------------------------------------

#[test]
fn missing_operation_id_is_refused_naming_method_and_path() {
    let text = doc(
        &format!(
            "  /things/{{id}}:\n    post:\n      parameters:\n        - {{name: id, in: path, required: true, schema: {{type: string}}}}\n{OK}"
        ),
        "",
    );
    let diags = refused(&text);
    assert_eq!(diags.len(), 1);
    assert_diag(&diags, Some("POST /things/{id}"), &["has no operationId"]);
}

#[test]
fn duplicate_operation_id_is_refused() {
    let text = doc(
        &format!(
            "  /a:\n    get:\n      operationId: getThing\n{OK}\n  /b:\n    get:\n      operationId: getThing\n{OK}"
        ),
        "",
    );
    let diags = refused(&text);
    assert_eq!(diags.len(), 1);
    assert_diag(
        &diags,
        Some("getThing"),
        &["operationId is used twice", "GET /a", "GET /b"],
    );
}

#[test]
fn operation_ids_colliding_after_snake_case_are_refused() {
    for (first, second, method) in [
        ("getX", "get_x", "get_x"),
        ("getHTTPResponse", "get_http_response", "get_http_response"),
        ("list-items", "listItems", "list_items"),
    ] {
        let text = doc(
            &format!(
                "  /a:\n    get:\n      operationId: {first}\n{OK}\n  /b:\n    get:\n      operationId: {second}\n{OK}"
            ),
            "",
        );
        let diags = refused(&text);
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_diag(
            &diags,
            Some(second),
            &[&format!(
                "becomes the Rust method `{method}`, as `{first}` does"
            )],
        );
    }
}

// 6. Request bodies ------------------------------------------------------------

#[test]
fn request_body_with_two_media_types_is_refused() {
    let text = doc(
        &format!(
            r##"  /c:
    post:
      operationId: createC
      requestBody:
        content:
          application/json: {{schema: {{$ref: "#/components/schemas/Customer"}}}}
          application/x-www-form-urlencoded: {{schema: {{$ref: "#/components/schemas/Customer"}}}}
{OK}"##
        ),
        "",
    );
    let diags = refused(&text);
    assert_eq!(diags.len(), 1);
    assert_diag(
        &diags,
        Some("createC"),
        &["request body has 2 media types", "exactly one"],
    );
    guarded(&text, Some("createC"), &["more media types than expected"]);
}

#[test]
fn merge_patch_request_body_is_refused() {
    let text = doc(
        &format!(
            r##"  /c/{{id}}:
    patch:
      operationId: updateC
      parameters:
        - {{name: id, in: path, required: true, schema: {{type: string}}}}
      requestBody:
        content:
          application/merge-patch+json: {{schema: {{$ref: "#/components/schemas/Customer"}}}}
{OK}"##
        ),
        "",
    );
    let diags = refused(&text);
    assert_eq!(diags.len(), 1);
    assert_diag(
        &diags,
        Some("updateC"),
        &[
            "`application/merge-patch+json` cannot be sent by progenitor",
            "hand-write it",
        ],
    );
}

#[test]
fn request_body_schema_problems_are_refused() {
    let body = |content: &str| {
        doc(
            &format!(
                "  /c:\n    post:\n      operationId: createC\n      requestBody: {{content: {{{content}}}}}\n{OK}"
            ),
            "",
        )
    };
    let cases: &[(&str, &[&str])] = &[
        (
            "application/json: {}",
            &["`application/json` has no schema"],
        ),
        (
            r##"application/json: {schema: {$ref: "#/components/schemas/Customer"}, encoding: {id: {contentType: text/plain}}}"##,
            &["`encoding` map"],
        ),
        (
            "application/octet-stream: {schema: {type: string}}",
            &["`{type: string, format: binary}`"],
        ),
        (
            "text/plain: {schema: {type: string, format: email}}",
            &["`text/plain` must have exactly the schema `{type: string}`"],
        ),
        (
            "text/plain: {schema: {type: integer}}",
            &["`text/plain` must have exactly the schema `{type: string}`"],
        ),
        (
            r##"Application/JSON: {schema: {$ref: "#/components/schemas/Customer"}}"##,
            &["`Application/JSON` cannot be sent"],
        ),
        (
            "multipart/form-data: {schema: {type: object, properties: {file: {type: string, format: binary}}}}",
            &["`multipart/form-data` cannot be sent"],
        ),
    ];
    for (content, needles) in cases {
        assert_diag(&refused(&body(content)), Some("createC"), needles);
    }
    guarded(
        &body(
            r##"application/json: {schema: {$ref: "#/components/schemas/Customer"}, encoding: {id: {contentType: text/plain}}}"##,
        ),
        Some("createC"),
        &["media type encoding not empty"],
    );
}

#[test]
fn supported_request_bodies_are_generated() {
    let code = renders(&doc(
        &format!(
            r##"  /json:
    post:
      operationId: sendJson
      requestBody: {{content: {{"application/json; charset=utf-8": {{schema: {{$ref: "#/components/schemas/Customer"}}}}}}}}
{OK}
  /form:
    post:
      operationId: sendForm
      requestBody: {{content: {{application/x-www-form-urlencoded: {{schema: {{$ref: "#/components/schemas/Customer"}}}}}}}}
{OK}
  /bytes:
    post:
      operationId: sendBytes
      requestBody: {{content: {{application/octet-stream: {{schema: {{type: string, format: binary}}}}}}}}
{OK}
  /text:
    post:
      operationId: sendText
      requestBody: {{content: {{text/plain: {{schema: {{type: string}}}}}}}}
{OK}"##
        ),
        "",
    ));
    for method in ["send_json", "send_form", "send_bytes", "send_text"] {
        assert!(code.contains(&format!("pub async fn {method}")), "{method}");
    }
}

#[test]
fn component_references_are_followed() {
    let code = renders(&doc(
        r##"  /c/{id}:
    put:
      operationId: putC
      parameters:
        - $ref: "#/components/parameters/Id"
      requestBody:
        $ref: "#/components/requestBodies/CustomerBody"
      responses:
        "200":
          $ref: "#/components/responses/CustomerResponse"
        "404":
          $ref: "#/components/responses/NotFound""##,
        r##"  parameters:
    Id: {name: id, in: path, required: true, schema: {type: string}}
  requestBodies:
    CustomerBody:
      required: true
      content:
        application/json: {schema: {$ref: "#/components/schemas/Customer"}}
  responses:
    CustomerResponse:
      description: ok
      content:
        application/json: {schema: {$ref: "#/components/schemas/Customer"}}
    NotFound:
      $ref: "#/components/responses/Problem"
    Problem:
      description: problem
      content:
        application/problem+json: {schema: {$ref: "#/components/schemas/Problem"}}"##,
    ));
    assert!(code.contains("pub async fn put_c"));
    assert!(code.contains("body: &'a types::Customer"));
    assert!(code.contains("Result<ResponseValue<types::Customer>, Error<types::Problem>>"));
}

// 7. Parameters ----------------------------------------------------------------

/// `GET /c/{id}` (`getC`) with a required path parameter `id` and `params`
/// (YAML flow mappings, one per line) after it.
fn with_params(params: &[&str]) -> String {
    let mut list =
        String::from("        - {name: id, in: path, required: true, schema: {type: string}}\n");
    for p in params {
        list.push_str(&format!("        - {p}\n"));
    }
    doc(
        &format!("  /c/{{id}}:\n    get:\n      operationId: getC\n      parameters:\n{list}{OK}"),
        "",
    )
}

#[test]
fn unsupported_parameters_are_refused() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["{name: session, in: cookie, schema: {type: string}}"],
            &["cookie parameter `session` is not supported"],
        ),
        (
            &[
                "{name: filter, in: query, style: deepObject, schema: {type: object, properties: {a: {type: string}}}}",
            ],
            &["`filter` uses `style: deepObject`"],
        ),
        (
            &[
                "{name: ids, in: query, explode: false, schema: {type: array, items: {type: string}}}",
            ],
            &[
                "`ids` is an array with `explode: false`",
                "comma-separated string",
            ],
        ),
        (
            &[
                "{name: ids, in: query, style: pipeDelimited, schema: {type: array, items: {type: string}}}",
            ],
            &["`ids` uses `style: pipeDelimited`"],
        ),
        (
            &[
                "{name: ids, in: query, style: spaceDelimited, schema: {type: array, items: {type: string}}}",
            ],
            &["`ids` uses `style: spaceDelimited`"],
        ),
        (
            &["{name: q, in: query, content: {application/json: {schema: {type: string}}}}"],
            &["parameter `q` uses `content`"],
        ),
        (
            &["{name: X-Ids, in: header, schema: {type: array, items: {type: string}}}"],
            &["header parameter `X-Ids` is an array", "to_string()"],
        ),
        (
            &["{name: X-Obj, in: header, schema: {$ref: \"#/components/schemas/Customer\"}}"],
            &["header parameter `X-Obj` is an object"],
        ),
        (
            &["{name: header_map, in: query, schema: {type: string}}"],
            &["`header_map`", "shadows"],
        ),
    ];
    for (params, needles) in cases {
        assert_diag(&refused(&with_params(params)), Some("getC"), needles);
    }
}

#[test]
fn path_template_and_path_parameters_must_match() {
    // A template variable without a parameter.
    let text = doc(
        &format!("  /c/{{id}}:\n    get:\n      operationId: getC\n{OK}"),
        "",
    );
    let diags = refused(&text);
    assert_eq!(diags.len(), 1);
    assert_diag(
        &diags,
        Some("getC"),
        &["path `/c/{id}` has `{id}` but no path parameter named `id`"],
    );
    guarded(&text, Some("getC"), &["missing path name mapping id"]);

    // A path parameter without a template variable.
    let text = doc(
        &format!(
            "  /c:\n    get:\n      operationId: getC\n      parameters:\n        - {{name: id, in: path, required: true, schema: {{type: string}}}}\n{OK}"
        ),
        "",
    );
    let diags = refused(&text);
    assert_eq!(diags.len(), 1);
    assert_diag(
        &diags,
        Some("getC"),
        &[
            "path parameter `id` does not appear in `/c`",
            "never send it",
        ],
    );

    // A path-level parameter counts for every operation below it.
    let code = renders(&doc(
        &format!(
            "  /c/{{id}}:\n    parameters:\n      - {{name: id, in: path, required: true, schema: {{type: string}}}}\n    get:\n      operationId: getC\n{OK}"
        ),
        "",
    ));
    assert!(code.contains("id: &'a str"));
}

#[test]
fn path_parameter_must_be_required_and_simple() {
    let text = doc(
        &format!(
            "  /c/{{id}}:\n    get:\n      operationId: getC\n      parameters:\n        - {{name: id, in: path, required: false, schema: {{type: string}}}}\n{OK}"
        ),
        "",
    );
    assert_diag(
        &refused(&text),
        Some("getC"),
        &["path parameter `id` is not `required: true`"],
    );
    guarded(&text, Some("getC"), &["parameter_data.required"]);

    let text = doc(
        &format!(
            "  /c/{{id}}:\n    get:\n      operationId: getC\n      parameters:\n        - {{name: id, in: path, required: true, style: matrix, schema: {{type: string}}}}\n{OK}"
        ),
        "",
    );
    assert_diag(
        &refused(&text),
        Some("getC"),
        &["path parameter `id` uses a `style` other than `simple`"],
    );

    let text = doc(
        &format!(
            "  /c/{{ids}}:\n    get:\n      operationId: getC\n      parameters:\n        - {{name: ids, in: path, required: true, schema: {{type: array, items: {{type: string}}}}}}\n{OK}"
        ),
        "",
    );
    assert_diag(
        &refused(&text),
        Some("getC"),
        &["path parameter `ids` is an array"],
    );
}

#[test]
fn malformed_paths_are_refused() {
    let text = doc(
        &format!("  /c/{{id:\n    get:\n      operationId: getC\n{OK}"),
        "",
    );
    assert_diag(
        &refused(&text),
        None,
        &["path `/c/{id`", "without a closing `}`"],
    );
    let text = doc(
        &format!("  /c/id}}:\n    get:\n      operationId: getC\n{OK}"),
        "",
    );
    assert_diag(&refused(&text), None, &["`}` without a `{`"]);
    let text = doc(
        &format!("  /c/{{}}:\n    get:\n      operationId: getC\n{OK}"),
        "",
    );
    assert_diag(&refused(&text), None, &["invalid template variable `{}`"]);

    // The OpenAPI parser drops path keys without a leading `/`: refused
    // before it can.
    let text = doc(
        &format!(
            "  /a:\n    get:\n      operationId: getA\n{OK}\n  c:\n    get:\n      operationId: getC\n{OK}"
        ),
        "",
    );
    let diags = refused(&text);
    assert_eq!(diags.len(), 1);
    assert_diag(
        &diags,
        None,
        &["path `c` does not start with `/`", "write `/c`"],
    );
}

#[test]
fn parameter_name_collisions_are_refused() {
    // One name in two locations: progenitor keys parameters by name only.
    let text = with_params(&["{name: id, in: query, schema: {type: string}}"]);
    let diags = refused(&text);
    assert_eq!(diags.len(), 1);
    assert_diag(
        &diags,
        Some("getC"),
        &["parameter `id` is declared both in path and in query"],
    );
    guarded(&text, Some("getC"), &["missing path name mapping id"]);

    // Two names, one Rust argument.
    let text = with_params(&[
        "{name: X-Trace, in: header, schema: {type: string}}",
        "{name: x_trace, in: query, schema: {type: string}}",
    ]);
    assert_diag(
        &refused(&text),
        Some("getC"),
        &[
            "header parameter `X-Trace` and query parameter `x_trace` both become the Rust argument `x_trace`",
        ],
    );

    // A parameter named like the request body argument.
    let text = doc(
        &format!(
            r##"  /c:
    post:
      operationId: createC
      parameters:
        - {{name: body, in: query, schema: {{type: string}}}}
      requestBody: {{content: {{application/json: {{schema: {{$ref: "#/components/schemas/Customer"}}}}}}}}
{OK}"##
        ),
        "",
    );
    assert_diag(
        &refused(&text),
        Some("createC"),
        &["the request body and query parameter `body` both become the Rust argument `body`"],
    );

    // An operation-level parameter may override a path-level one.
    let code = renders(&doc(
        &format!(
            "  /c/{{id}}:\n    parameters:\n      - {{name: id, in: path, required: true, schema: {{type: string}}}}\n    get:\n      operationId: getC\n      parameters:\n        - {{name: id, in: path, required: true, schema: {{type: integer}}}}\n{OK}"
        ),
        "",
    ));
    assert!(code.contains("id: i64"));
}

#[test]
fn websocket_extension_is_refused() {
    let text = doc(
        "  /c:\n    get:\n      operationId: watchC\n      x-dropshot-websocket: {}\n      responses:\n        default: {description: upgrade}",
        "",
    );
    assert_diag(&refused(&text), Some("watchC"), &["x-dropshot-websocket"]);
}

// 8. `+json` media types -------------------------------------------------------

#[test]
fn problem_json_errors_are_normalised_and_typed() {
    let text = std::fs::read_to_string("tests/fixtures/problem_json.yaml").unwrap();
    let code = renders(&text);
    assert!(
        code.contains("Result<ResponseValue<types::Customer>, Error<types::Problem>>"),
        "{code}"
    );
    assert!(!code.contains("Error<ByteStream>"));
    assert!(
        code.contains("pub const ACCEPT: &str = \"application/json, application/problem+json\";")
    );
}

#[test]
fn json_spelled_differently_is_typed() {
    let code = renders(&doc(
        r##"  /c:
    get:
      operationId: getC
      responses:
        "200": {description: ok, content: {Application/JSON: {schema: {$ref: "#/components/schemas/Customer"}}}}
        "201": {description: ok, content: {"application/json; charset=utf-8": {schema: {$ref: "#/components/schemas/Customer"}}}}
        "404": {description: no, content: {"Application/Problem+JSON": {schema: {$ref: "#/components/schemas/Problem"}}}}"##,
        "",
    ));
    assert!(code.contains("Result<ResponseValue<types::Customer>, Error<types::Problem>>"));
    assert!(
        code.contains("pub const ACCEPT: &str = \"application/json, application/problem+json\";")
    );
}

// 9. The panic guard -----------------------------------------------------------

/// Specs progenitor 0.15.1 or typify 0.8 panic on, each refused by
/// `validate`: (spec, operation or None, the panic message progenitor gives,
/// what the diagnostic says).
fn panicking_specs() -> Vec<(String, Option<&'static str>, &'static str, &'static str)> {
    vec![
        (
            with_schemas(
                "    Other: {type: object, properties: {x: {$ref: \"#/components/schemas/Missing\"}}}",
            ),
            None,
            "$ref #/components/schemas/Missing is missing",
            "does not resolve",
        ),
        (
            with_schemas(
                "    Other: {type: object, properties: {x: {$ref: \"other.yaml#/Thing\"}}}",
            ),
            None,
            "external references are not supported",
            "is not of the form `#/components/schemas/<Name>`",
        ),
        (
            with_schemas("    Status: {type: string, enum: [\"foo bar\", \"foo-bar\"]}"),
            None,
            "Failed to make unique variant names",
            "become the same Rust variant",
        ),
        (
            with_schemas("    Other: {not: {type: object}}"),
            None,
            "unhandled not schema",
            "`not` schemas are not supported",
        ),
        (
            with_schemas("    Other: {type: \"null\"}"),
            None,
            "invalid type: null",
            "`type: null` is not an OpenAPI 3.0 type",
        ),
        (
            with_schemas("    Other: {type: object, properties: {n: {exclusiveMinimum: true}}}"),
            None,
            "exclusive_minimum set without minimum",
            "`exclusiveMinimum: true` without `minimum`",
        ),
        (
            with_schemas(
                "    Other: {oneOf: [{type: string}, {type: integer}], anyOf: [{type: string}]}",
            ),
            None,
            "any_of.is_none() || one_of.is_none()",
            "both `oneOf` and `anyOf`",
        ),
        (
            with_schemas(
                "    Other: {oneOf: [{type: object, required: [a], properties: {b: {type: string}}}, {type: string}]}",
            ),
            None,
            "required.contains(prop_name)",
            "`required` lists `a` but `properties` only has `b`",
        ),
        (
            with_schemas(
                "    Other: {oneOf: [{type: string, enum: [foo-bar]}, {type: string, enum: [foo_bar]}]}",
            ),
            None,
            "Failed to make unique variant names",
            "become the same Rust variant",
        ),
        (
            doc(
                &format!(
                    "  /c/{{id}}:\n    get:\n      operationId: getC\n      parameters:\n        - {{name: id, in: path, required: false, schema: {{type: string}}}}\n{OK}"
                ),
                "",
            ),
            Some("getC"),
            "parameter_data.required",
            "not `required: true`",
        ),
    ]
}

#[test]
fn panicking_constructs_are_refused_by_validate() {
    for (text, operation, _, diagnostic) in panicking_specs() {
        assert_diag(&refused(&text), operation, &[diagnostic]);
    }
}

#[test]
fn a_panic_inside_progenitor_becomes_an_error_naming_the_culprit() {
    for (text, operation, panic, _) in panicking_specs() {
        guarded(&text, operation, &[panic]);
        // A schema problem is blamed on the schema, not on the operations.
        if operation.is_none() {
            let spec = load(NAME, &text).unwrap();
            let err = render_unvalidated("acme", spec).unwrap_err();
            assert!(
                err.diagnostics[0]
                    .message
                    .starts_with("components.schemas `"),
                "{err}"
            );
        }
    }
}

#[test]
fn only_the_failing_operation_is_blamed() {
    let text = doc(
        &format!(
            "  /a:\n    get:\n      operationId: getA\n{OK}\n  /b/{{id}}:\n    get:\n      operationId: getB\n      parameters:\n        - {{name: id, in: path, required: false, schema: {{type: string}}}}\n{OK}"
        ),
        "",
    );
    guarded(&text, Some("getB"), &["parameter_data.required"]);
}

#[test]
fn only_the_failing_schema_is_blamed() {
    // `Broken` panics; `UsesBroken` only because it references it.
    let text = with_schemas(
        "    Broken: {type: string, enum: [a_b, a-b]}\n    UsesBroken: {type: object, properties: {b: {$ref: \"#/components/schemas/Broken\"}}}",
    );
    let spec = load(NAME, &text).unwrap();
    let err = render_unvalidated("acme", spec).unwrap_err();
    assert_eq!(err.diagnostics[0].operation, None);
    assert!(
        err.diagnostics[0]
            .message
            .starts_with("components.schemas `Broken`: progenitor 0.15.1 panicked"),
        "{err}"
    );
}

#[test]
fn non_finite_numbers_are_refused_before_the_parser_panics() {
    for (value, shown) in [(".nan", ".nan"), (".inf", ".inf"), ("-.inf", "-.inf")] {
        let text = with_schemas(&format!("    Other: {{type: number, maximum: {value}}}"));
        let diags = refused(&text);
        assert_eq!(diags.len(), 1);
        assert_diag(
            &diags,
            None,
            &[
                &format!("`components.schemas.Other.maximum` is {shown}"),
                "finite number",
            ],
        );
    }
}

/// Run by [`no_panic_message_reaches_stderr`] and
/// [`panics_outside_the_guard_are_still_printed`] in a child process; does
/// nothing otherwise.
#[test]
fn child_process() {
    match std::env::var("CODEGEN_PANIC_CHILD").as_deref() {
        Ok("guarded") => {
            for (text, operation, panic, _) in panicking_specs() {
                guarded(&text, operation, &[panic]);
                refused(&text);
            }
            for value in [".nan", ".inf"] {
                refused(&with_schemas(&format!(
                    "    Other: {{type: number, maximum: {value}}}"
                )));
            }
        }
        Ok("outside") => {
            // After the guard has run, a panic elsewhere still reaches the
            // hook that was installed before.
            guarded(
                &with_schemas("    Other: {not: {type: object}}"),
                None,
                &["unhandled not schema"],
            );
            let joined = std::thread::spawn(|| panic!("a panic outside the guard")).join();
            assert!(joined.is_err());
        }
        _ => return,
    }
    println!("child done");
}

/// Runs [`child_process`] in `mode`; returns (stdout, stderr).
fn run_child(mode: &str) -> (String, String) {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_process",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("CODEGEN_PANIC_CHILD", mode)
        .env("RUST_BACKTRACE", "0")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        out.status.success(),
        "child failed\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    assert!(
        stdout.contains("child done"),
        "the child did not run:\n{stdout}"
    );
    (stdout, stderr)
}

#[test]
fn no_panic_message_reaches_stderr() {
    let (stdout, stderr) = run_child("guarded");
    for text in [&stdout, &stderr] {
        assert!(!text.contains("panicked"), "a panic was printed:\n{text}");
    }
}

#[test]
fn panics_outside_the_guard_are_still_printed() {
    let (stdout, stderr) = run_child("outside");
    let all = format!("{stdout}{stderr}");
    assert!(all.contains("a panic outside the guard"), "{all}");
    assert!(!all.contains("unhandled not schema"), "{all}");
}

// 10. Output -------------------------------------------------------------------

#[test]
fn rendering_is_deterministic_with_preamble_and_lf() {
    let text = std::fs::read_to_string("tests/fixtures/problem_json.yaml").unwrap();
    let first = render_spec("acme", load(NAME, &text).unwrap()).unwrap();
    let second = render_spec("acme", load(NAME, &text).unwrap()).unwrap();
    assert_eq!(first, second);
    assert!(first.starts_with(&preamble("acme")));
    assert!(first.starts_with("// @generated by progenitor 0.15.1 from specs/acme.yaml"));
    assert!(preamble("acme").contains("`cargo xtask codegen`"));
    assert!(!first.contains('\r'));
    assert!(first.ends_with('\n'));
    // CRLF input gives the same output.
    let crlf = text.replace('\n', "\r\n");
    assert_eq!(
        render_spec("acme", load(NAME, &crlf).unwrap()).unwrap(),
        first
    );
}

// 11. The real specs -----------------------------------------------------------

#[test]
fn every_vendor_spec_validates_and_renders() {
    let root = workspace_root();
    let vendors = codegen::vendors(&root);
    assert!(vendors.len() >= 2, "{vendors:?}");
    for vendor in &vendors {
        let name = format!("specs/{vendor}.yaml");
        let spec = load_file(&spec_path(&root, vendor), &name).unwrap_or_else(|e| panic!("{e}"));
        validate(&spec).unwrap_or_else(|e| panic!("{e}"));
        let code = render(&root, vendor).unwrap_or_else(|e| panic!("{e}"));
        assert!(code.starts_with(&preamble(vendor)));
        assert!(code.contains("pub const ACCEPT: &str"));
        assert!(!code.contains('\r'));
    }
}

// 12. Unresolvable references --------------------------------------------------

#[test]
fn unresolvable_references_are_diagnosed() {
    let cases: Vec<(String, &[&str])> = vec![
        (
            doc(
                "  /c:\n    get:\n      operationId: getC\n      responses:\n        \"200\": {$ref: \"#/components/responses/Nope\"}",
                "",
            ),
            &[
                "response 200",
                "`$ref: #/components/responses/Nope` does not resolve",
            ],
        ),
        (
            doc(
                "  /c:\n    get:\n      operationId: getC\n      responses:\n        \"200\": {description: ok, content: {application/json: {schema: {$ref: \"#/components/schemas/Nope\"}}}}",
                "",
            ),
            &[
                "response 200",
                "`$ref: #/components/schemas/Nope` does not resolve",
            ],
        ),
        (
            doc(
                "  /c:\n    get:\n      operationId: getC\n      responses:\n        \"200\": {description: ok, content: {application/json: {schema: {type: array, items: {$ref: \"#/components/schemas/Nope\"}}}}}",
                "",
            ),
            &[
                "response 200 `application/json` schema.items",
                "does not resolve",
            ],
        ),
        (
            doc(
                "  /c:\n    get:\n      operationId: getC\n      responses:\n        \"200\": {$ref: \"#/components/schemas/Customer\"}",
                "",
            ),
            &["must point into #/components/responses"],
        ),
        (
            doc(
                &format!(
                    "  /c:\n    get:\n      operationId: getC\n      parameters:\n        - $ref: \"#/components/parameters/Nope\"\n{OK}"
                ),
                "",
            ),
            &["parameter: `$ref: #/components/parameters/Nope` does not resolve"],
        ),
        (
            doc(
                &format!(
                    "  /c:\n    get:\n      operationId: getC\n      parameters:\n        - {{name: q, in: query, schema: {{$ref: \"#/components/schemas/Nope\"}}}}\n{OK}"
                ),
                "",
            ),
            &["parameter `q`", "does not resolve"],
        ),
        (
            doc(
                &format!(
                    "  /c:\n    post:\n      operationId: getC\n      requestBody: {{$ref: \"#/components/requestBodies/Nope\"}}\n{OK}"
                ),
                "",
            ),
            &["request body: `$ref: #/components/requestBodies/Nope` does not resolve"],
        ),
        (
            doc(
                &format!(
                    "  /c:\n    post:\n      operationId: getC\n      requestBody: {{content: {{application/json: {{schema: {{$ref: \"#/components/schemas/Nope\"}}}}}}}}\n{OK}"
                ),
                "",
            ),
            &["request body `application/json` schema", "does not resolve"],
        ),
        (
            doc(
                &format!(
                    "  /c:\n    post:\n      operationId: getC\n      requestBody: {{content: {{application/json: {{schema: {{$ref: \"#/components/schemas/Customer/properties/id\"}}}}}}}}\n{OK}"
                ),
                "",
            ),
            &["is not of the form `#/components/schemas/<Name>`"],
        ),
    ];
    for (text, needles) in cases {
        assert_diag(&refused(&text), Some("getC"), needles);
    }

    // References between components: reported once, without an operation.
    let text = doc(
        &format!(
            "  /c:\n    get:\n      operationId: getC\n      parameters:\n        - $ref: \"#/components/parameters/A\"\n{OK}"
        ),
        "  parameters:\n    A: {$ref: \"#/components/parameters/B\"}\n    B: {$ref: \"#/components/parameters/A\"}",
    );
    assert_diag(&refused(&text), Some("getC"), &["too long or circular"]);

    let text = with_schemas(
        "    Other: {allOf: [{$ref: \"#/components/schemas/Nope\"}]}\n    Map: {type: object, additionalProperties: {$ref: \"#/components/schemas/Nope\"}}",
    );
    let diags = refused(&text);
    assert_diag(
        &diags,
        None,
        &["components.schemas.Other.allOf[0]", "does not resolve"],
    );
    assert_diag(
        &diags,
        None,
        &[
            "components.schemas.Map.additionalProperties",
            "does not resolve",
        ],
    );
}

// Names that collide in Rust ---------------------------------------------------

#[test]
fn component_schemas_colliding_in_rust_are_refused() {
    let diags = refused(&with_schemas("    customer: {type: object}"));
    assert_eq!(diags.len(), 1);
    assert_diag(
        &diags,
        None,
        &["components.schemas `Customer` and `customer` both become the Rust type `Customer`"],
    );
}

#[test]
fn inline_schemas_taking_a_taken_type_name_are_refused() {
    // The inline response would be `GetCResponse`, which is a component.
    let text = doc(
        "  /c:\n    get:\n      operationId: getC\n      responses:\n        \"200\": {description: ok, content: {application/json: {schema: {type: object, properties: {z: {type: string}}}}}}",
        "    GetCResponse: {type: object, properties: {y: {type: string}}}",
    );
    assert_diag(
        &refused(&text),
        Some("getC"),
        &[
            "would be the Rust type `GetCResponse`",
            "components.schemas `GetCResponse`",
        ],
    );

    // A `title` names an inline type too.
    let text = with_schemas(
        "    Order: {type: object, properties: {buyer: {title: Customer, type: object, properties: {n: {type: string}}}}}",
    );
    assert_diag(
        &refused(&text),
        None,
        &["components.schemas.Order.properties.buyer", "`Customer`"],
    );

    // A property named after an existing `<Parent><Property>` component.
    let text = with_schemas(
        "    Order: {type: object, properties: {address: {type: object, properties: {city: {type: string}}}}}\n    OrderAddress: {type: object, properties: {street: {type: string}}}",
    );
    assert_diag(
        &refused(&text),
        None,
        &[
            "components.schemas.Order.properties.address",
            "`OrderAddress`",
        ],
    );

    // Success and error schemas inline in one operation share a name.
    let text = doc(
        "  /c:\n    get:\n      operationId: getC\n      responses:\n        \"200\": {description: ok, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}\n        \"400\": {description: no, content: {application/json: {schema: {type: object, properties: {b: {type: string}}}}}}",
        "",
    );
    assert_diag(
        &refused(&text),
        Some("getC"),
        &[
            "response 400",
            "`GetCResponse`",
            "like the different schema at response 200",
        ],
    );

    // An inline query enum named like a component.
    let text = with_params(&["{name: status, in: query, schema: {type: string, enum: [a, b]}}"])
        .replace(
            "components:\n  schemas:\n",
            "components:\n  schemas:\n    GetCStatus: {type: string}\n",
        );
    assert_diag(
        &refused(&text),
        Some("getC"),
        &["parameter `status`", "`GetCStatus`"],
    );
}

#[test]
fn identical_inline_schemas_may_share_a_name() {
    let code = renders(&doc(
        "  /c:\n    get:\n      operationId: getC\n      responses:\n        \"200\": {description: ok, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}\n        \"201\": {description: ok, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}",
        "",
    ));
    assert!(code.contains("pub struct GetCResponse"));
}

#[test]
fn properties_colliding_in_rust_are_refused() {
    let diags = refused(&with_schemas(
        "    Other: {type: object, properties: {fooBar: {type: string}, foo_bar: {type: integer}}}",
    ));
    assert_diag(
        &diags,
        None,
        &[
            "components.schemas.Other",
            "`fooBar` and `foo_bar` both become the Rust field `foo_bar`",
        ],
    );
}

#[test]
fn enum_values_colliding_in_rust_are_refused() {
    for values in [r#"["foo bar", "foo-bar"]"#, r#"["", "-"]"#, "[self, Self]"] {
        let diags = refused(&with_schemas(&format!(
            "    Status: {{type: string, enum: {values}}}"
        )));
        assert_diag(
            &diags,
            None,
            &["components.schemas.Status", "same Rust variant"],
        );
    }
    // typify's second naming pass (elided characters as `X`) is accepted.
    let code = renders(&with_schemas("    Status: {type: string, enum: [a_b, aB]}"));
    assert!(code.contains("AXb") && code.contains("AB"));
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = doc(
        &format!(
            "  /a:\n    get:\n      operationId: getA\n      parameters:\n        - {{name: s, in: cookie, schema: {{type: string}}}}\n{OK}\n  /b/{{id}}:\n    get:\n{OK}"
        ),
        "    customer: {type: object}",
    );
    let diags = refused(&text);
    assert_diag(&diags, Some("getA"), &["cookie parameter `s`"]);
    assert_diag(&diags, Some("GET /b/{id}"), &["has no operationId"]);
    assert_diag(&diags, None, &["both become the Rust type `Customer`"]);
}

#[test]
fn pagination_stream_names_count_as_methods() {
    let text = doc(
        &format!(
            "  /a:\n    get:\n      operationId: listC\n      x-dropshot-pagination: {{required: []}}\n{OK}\n  /b:\n    get:\n      operationId: listCStream\n{OK}"
        ),
        "",
    );
    assert_diag(
        &refused(&text),
        Some("listCStream"),
        &["becomes the Rust method `list_c_stream`, as the pagination stream of `listC` does"],
    );
}

// x-rust-type --------------------------------------------------------------------

/// Renders `with_schemas(schemas)` for the vendor `acme` (crate
/// `acme-client`); `render_spec` checks `x-rust-type` after `validate`.
fn render_acme(schemas: &str) -> Result<String, CodegenError> {
    let text = with_schemas(schemas);
    let spec = load(NAME, &text).unwrap();
    validate(&spec).unwrap();
    render_spec("acme", spec)
}

#[test]
fn x_rust_type_of_the_own_crate_is_used() {
    let code = render_acme(
        "    Patch: {type: object, x-rust-type: {crate: acme-client, version: \"*\", path: \"acme_client::Patch\"}}\n    Holder: {type: object, properties: {p: {$ref: \"#/components/schemas/Patch\"}}}",
    )
    .unwrap();
    assert!(code.contains("::acme_client::Patch"));
    assert!(!code.contains("pub struct Patch"));
}

#[test]
fn x_rust_type_problems_are_refused() {
    let cases: &[(&str, &str)] = &[
        (
            "    Patch: {type: object, x-rust-type: {crate: other, version: \"*\", path: \"other::Patch\"}}",
            "must name a type of this vendor's crate (`crate: acme-client`",
        ),
        (
            "    Patch: {type: object, x-rust-type: {crate: acme-client, version: \"*\", path: \"acme_client::Not A Path\"}}",
            "is not a Rust type path",
        ),
        (
            "    Patch: {type: object, x-rust-type: {crate: acme-client, path: \"acme_client::Patch\"}}",
            "needs `version: \"*\"`",
        ),
        (
            "    Patch: {type: object, x-rust-type: {crate: acme-client, version: \"*\", path: \"acme_client::Patch\", parameters: 5}}",
            "`parameters` must be a list",
        ),
    ];
    for (schemas, needle) in cases {
        let err = render_acme(schemas).unwrap_err();
        assert_diag(
            &err.diagnostics,
            None,
            &["components.schemas.Patch: `x-rust-type`", needle],
        );
    }
    // Inline schemas are checked too.
    let err = render_acme(
        "    Holder: {type: object, properties: {p: {type: object, x-rust-type: {crate: other, version: \"*\", path: \"other::P\"}}}}",
    )
    .unwrap_err();
    assert_diag(
        &err.diagnostics,
        None,
        &["components.schemas.Holder.properties.p: `x-rust-type` must name a type"],
    );
    // What typify would panic on is caught by the guard as well.
    guarded(
        &with_schemas(
            "    Patch: {type: object, x-rust-type: {crate: acme-client, version: \"*\", path: \"acme_client::Not A Path\"}}",
        ),
        None,
        &["type path wasn't valid"],
    );
}

#[test]
fn one_of_branches_typify_would_tag_wrongly_are_refused() {
    // An internally tagged oneOf whose lone-property branch requires more.
    let text = with_schemas(
        "    Event: {oneOf: [{type: object, required: [kind, id], properties: {kind: {type: string, enum: [a]}}}, {type: object, required: [kind], properties: {kind: {type: string, enum: [b]}, x: {type: string}}}]}",
    );
    assert_diag(
        &refused(&text),
        None,
        &[
            "components.schemas.Event.oneOf[0]",
            "`required` lists `kind`, `id`",
        ],
    );
    guarded(&text, None, &["left == right"]);

    // Tag values that become one variant.
    let text = with_schemas(
        "    Event: {oneOf: [{type: object, required: [kind], properties: {kind: {type: string, enum: [a b]}, x: {type: string}}}, {type: object, required: [kind], properties: {kind: {type: string, enum: [a-b]}}}]}",
    );
    assert_diag(
        &refused(&text),
        None,
        &[
            "components.schemas.Event.oneOf (tag `kind`)",
            "same Rust variant",
        ],
    );
    guarded(&text, None, &["Failed to make unique variant names"]);

    // What typify handles: shared tag values (untagged), distinct tags,
    // branches by reference.
    for schemas in [
        "    Event: {oneOf: [{type: object, required: [kind], properties: {kind: {type: string, enum: [a]}}}, {type: object, required: [kind], properties: {kind: {type: string, enum: [a]}}}]}",
        "    Event: {oneOf: [{type: string, enum: [a]}, {type: string, enum: [a]}]}",
        "    Event: {oneOf: [{type: object, required: [type], properties: {type: {type: string, enum: [a]}, value: {type: string}}}, {type: object, required: [type], properties: {type: {type: string, enum: [b]}, value: {type: integer}}}]}",
        "    Event: {oneOf: [{$ref: \"#/components/schemas/A\"}, {$ref: \"#/components/schemas/B\"}]}\n    A: {type: string, enum: [foo-bar]}\n    B: {type: string, enum: [foo_bar]}",
    ] {
        renders(&with_schemas(schemas));
    }
}

/// progenitor's `api-version` header (from `info.version`) is taken out of
/// every operation: with no other header the map is gone, and with a header
/// parameter the map stays with one slot fewer and still carries that header.
#[test]
fn the_api_version_header_is_not_generated() {
    let text = doc(
        r##"  /c:
    get:
      operationId: getC
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}
    post:
      operationId: postC
      parameters:
        - {name: x-request-id, in: header, required: true, schema: {type: string}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Customer"}}}}"##,
        "",
    );
    let code = render_spec("acme", load(NAME, &text).expect("loads")).expect("renders");
    assert!(!code.contains("api-version"), "{code}");
    assert!(!code.contains("Self::api_version()"), "{code}");
    let get = &code[code.find("pub async fn get_c").expect("get_c")..];
    let get = &get[..get.find("pub async fn post_c").unwrap_or(get.len())];
    assert!(
        !get.contains("header_map"),
        "get_c keeps no header map:\n{get}"
    );
    let post = &code[code.find("pub async fn post_c").expect("post_c")..];
    assert!(
        post.contains("HeaderMap::with_capacity(1usize)") && post.contains("\"x-request-id\""),
        "post_c keeps its own header:\n{post}"
    );
    // Both vendors' clients, as generated today.
    for vendor in &codegen::vendors(&workspace_root()) {
        let code = render(&workspace_root(), vendor).expect("renders");
        assert!(!code.contains("\"api-version\""), "{vendor}");
    }
}

// Secret-bearing properties ---------------------------------------------------

/// `Token` answered by `GET /c`, with `schemas` defining it.
fn token_spec(token_schema: &str) -> String {
    doc(
        r##"  /c:
    get:
      operationId: getC
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Token"}}}}"##,
        token_schema,
    )
}

#[test]
fn secret_marked_strings_become_redacted_secrets() {
    let code = renders(&token_spec(
        "    Token:
      type: object
      required: [token, name]
      properties:
        name: {type: string}
        token: {type: string, x-rust-secret: true}
        backup: {type: string, format: password}",
    ));
    let strukt = code
        .split("pub struct Token {")
        .nth(1)
        .and_then(|s| s.split("\n    }").next())
        .expect("struct Token");
    assert!(
        strukt.contains("pub token: ::client_runtime::Secret,"),
        "{strukt}"
    );
    assert!(
        strukt.contains("pub backup: ::std::option::Option<::client_runtime::Secret>,"),
        "{strukt}"
    );
    assert!(
        strukt.contains("pub name: ::std::string::String,"),
        "{strukt}"
    );
}

#[test]
fn a_secret_mark_on_a_non_string_is_refused_naming_the_property() {
    let spec = load(
        NAME,
        &token_spec(
            "    Token:
      type: object
      properties:
        token: {type: integer, x-rust-secret: true}",
        ),
    )
    .expect("loads");
    let err = render_spec("acme", spec).expect_err("refused");
    assert!(
        err.diagnostics.iter().any(|d| d.spec == NAME
            && d.message
                .contains("components.schemas.Token.properties.token")
            && d.message.contains("only for string properties")),
        "{err}"
    );
}

// x-idempotent -----------------------------------------------------------------

fn with_idempotent(value: &str) -> String {
    doc(
        &format!(
            r##"  /c:
    post:
      operationId: ensureC
      x-idempotent: {value}
{OK}
    patch:
      operationId: reportC
      x-idempotent: false
{OK}"##
        ),
        "",
    )
}

#[test]
fn x_idempotent_selects_each_operations_retry_class() {
    let code = renders(&with_idempotent("true"));
    assert!(
        code.contains("\"ensureC\" => ::client_runtime::RetryClass::Idempotent"),
        "{code}"
    );
    assert!(code.contains("\"reportC\" => ::client_runtime::RetryClass::Never"));
    assert!(code.contains("_ => ::client_runtime::RetryClass::ByMethod"));
}

#[test]
fn a_non_boolean_x_idempotent_is_refused_naming_the_operation() {
    let spec = load(NAME, &with_idempotent("\"yes\"")).expect("loads");
    let err = render_spec("acme", spec).expect_err("refused");
    assert_diag(
        &err.diagnostics,
        Some("ensureC"),
        &["x-idempotent must be true or false"],
    );
}
