//! The operations test table: a small spec in, one case per operation out,
//! calling the resource layer with the spec's examples.

use codegen::{load, render_operations, render_spec};

const SPEC: &str = r##"openapi: 3.0.3
info: {title: Acme, version: 1.0.0}
paths:
  /widgets:
    get:
      operationId: listWidgets
      tags: [widgets]
      parameters:
        - {name: kind, in: query, required: true, schema: {type: string}, example: big one}
        - {name: limit, in: query, schema: {type: integer, minimum: 1}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Widget"}}
              example: [{id: w/1, name: Big}]
    post:
      operationId: createWidget
      tags: [widgets]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/WidgetCreate"}
            example: {name: Big}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Widget"}, example: {id: w1, name: Big}}}}
        "201": {description: created, content: {application/json: {schema: {$ref: "#/components/schemas/Widget"}, example: {id: w1, name: Big}}}}
  /widgets/{widgetId}:
    parameters:
      - {name: widgetId, in: path, required: true, schema: {type: string}, example: "a b/c"}
    get:
      operationId: getWidget
      tags: [widgets]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Widget"}, example: {id: "a b/c", name: Big}}}}
    delete:
      operationId: deleteWidget
      tags: [widgets]
      responses:
        "204": {description: gone}
components:
  schemas:
    Widget:
      type: object
      required: [id, name]
      properties: {id: {type: string}, name: {type: string}}
    WidgetCreate:
      type: object
      required: [name]
      properties: {name: {type: string}}
"##;

fn table() -> String {
    let spec = load("specs/acme.yaml", SPEC).expect("the spec loads");
    let client = render_spec("acme", spec.clone()).expect("the client renders");
    render_operations("acme", &spec, &client).expect("the table renders")
}

/// The text of the table entry of `id`.
fn entry<'t>(table: &'t str, id: &str) -> &'t str {
    let at = table
        .find(&format!("operation_id: \"{id}\""))
        .unwrap_or_else(|| panic!("no case {id} in:\n{table}"));
    let rest = &table[at..];
    &rest[..rest.find("},\n    Case {").unwrap_or(rest.len())]
}

#[test]
fn the_table_has_one_case_per_operation_and_is_rust() {
    let t = table();
    assert!(t.starts_with("// @generated from specs/acme.yaml"), "{t}");
    syn::parse_file(&t).expect("the table parses as Rust");
    assert!(t.contains("pub const OPERATION_COUNT: usize = 4"), "{t}");
    assert!(t.contains("use acme_client::Client;"), "{t}");
    for id in ["listWidgets", "createWidget", "getWidget", "deleteWidget"] {
        entry(&t, id);
    }
}

#[test]
fn a_path_example_is_percent_encoded_and_an_empty_segment_is_tried() {
    let t = table();
    let e = entry(&t, "getWidget");
    assert!(e.contains(r#"path_template: "/widgets/{widgetId}""#), "{e}");
    assert!(e.contains(r#"path: "/widgets/a%20b%2Fc""#), "{e}");
    assert!(
        e.contains(r#"empty_segment: Some(("widget_id", empty_get_widget))"#),
        "{e}"
    );
    assert!(e.contains("status: 200u16"), "{e}");
    assert!(
        t.contains(r#"let a0: ::std::string::String = arg("widget_id", "\"a b/c\"");"#),
        "{t}"
    );
    assert!(t.contains("outcome(c.widgets().get(&a0).await)"), "{t}");
}

#[test]
fn required_query_takes_its_example_and_optional_query_none() {
    let t = table();
    let e = entry(&t, "listWidgets");
    assert!(e.contains(r#"query: &[("kind", "big+one")]"#), "{e}");
    assert!(e.contains("request_body: None"), "{e}");
    assert!(t.contains(r#"arg("kind", "\"big one\"")"#), "{t}");
    assert!(t.contains(r#"arg("limit", "null")"#), "{t}");
    assert!(t.contains("c.widgets().list(&a0, a1).await"), "{t}");
}

#[test]
fn the_body_is_the_example_in_the_argument_type_and_the_lowest_2xx_is_expected() {
    let t = table();
    let e = entry(&t, "createWidget");
    assert!(
        e.contains(r#"request_body: Some("{\"name\":\"Big\"}")"#),
        "{e}"
    );
    assert!(e.contains("status: 200u16"), "{e}");
    assert!(
        t.contains("let a0: acme_client::types::WidgetCreate = arg("),
        "{t}"
    );
    let d = entry(&t, "deleteWidget");
    assert!(d.contains("status: 204u16"), "{d}");
    assert!(d.contains("response_body: None"), "{d}");
}
