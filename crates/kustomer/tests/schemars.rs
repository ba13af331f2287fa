//! With the `schemars` feature, every request body's derived JSON Schema has
//! the property names and required properties of specs/kustomer.yaml, and every
//! operation with a JSON body has one:
//! `cargo test -p kustomer-client --features schemars --test schemars` (CI runs it).
#![cfg(feature = "schemars")]

#[test]
fn every_request_body_schema_matches_the_spec() {
    let spec = include_str!("../specs/kustomer.yaml");
    let derived: Vec<(&str, serde_json::Value)> =
        kustomer_client::generated::request_body_schemas()
            .into_iter()
            .map(|(id, schema)| (id, schema.to_value()))
            .collect();
    assert!(!derived.is_empty());
    // Not vacuous: each derived body is an object with properties, an
    // array, or a union of such (a draft: one shape per channel), so
    // property names really are compared.
    for (id, schema) in &derived {
        assert!(
            ["properties", "items", "anyOf", "oneOf"]
                .iter()
                .any(|k| schema.get(*k).is_some()),
            "{id}: {}",
            schema.get("title").unwrap_or(&serde_json::Value::Null)
        );
    }
    let problems = testkit::schemas::request_body_differences(spec, &derived);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
