//! With the `schemars` feature, every request body's derived JSON Schema has
//! the property names and required properties of specs/kaiten-platform.yaml, and every
//! operation with a JSON body has one:
//! `cargo test -p kaiten-platform-client --features schemars --test schemars` (CI runs it).
#![cfg(feature = "schemars")]

#[test]
fn every_request_body_schema_matches_the_spec() {
    let spec = include_str!("../specs/kaiten-platform.yaml");
    let derived: Vec<(&str, serde_json::Value)> =
        kaiten_platform_client::generated::request_body_schemas()
            .into_iter()
            .map(|(id, schema)| (id, schema.to_value()))
            .collect();
    // Each derived body is an object with properties or an array (so that
    // property names really are compared).
    for (id, schema) in &derived {
        assert!(
            schema.get("properties").is_some() || schema.get("items").is_some(),
            "{id}: {schema}"
        );
    }
    let problems = testkit::schemas::request_body_differences(spec, &derived);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
