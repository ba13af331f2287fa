// @generated from specs/kaiten-platform.yaml through crates/codegen (progenitor 0.15.1's signatures).
// Do not edit by hand: change the spec (or crates/codegen) and run `cargo xtask codegen`.
// `cargo xtask codegen --check` fails when this file is stale.

// The operations test table (see crates/codegen/src/optable.rs), included by
// the tests as `mod operations { include!("generated/operations.rs"); }`.

use ::std::future::Future;
use ::std::pin::Pin;
use kaiten_platform_client::Client;
pub use ::testkit::optable::{Call, Outcome};
/// One operation of the spec and what its call shows on the wire.
pub type Case = ::testkit::optable::Case<Client>;
/// How many operations the spec has.
pub const OPERATION_COUNT: usize = 10usize;
/// Every operation of `specs/kaiten-platform.yaml`, in document order.
pub const OPERATIONS: &[Case] = &[
    Case {
        operation_id: "getCurrentCredential",
        method: "GET",
        path_template: "/platform/me",
        path: "/platform/me",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-01-10T08:00:00Z\",\"credentialKind\":\"platform\",\"id\":\"0b6f3c2a-1d4e-4f5a-8b9c-7d6e5f4a3b2c\",\"name\":\"bootstrap\",\"scopes\":[\"write:organizations\",\"delete:organizations\"],\"slug\":\"bootstrap\",\"subject\":\"system:kaiten\"}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-01-10T08:00:00Z\",\"credentialKind\":\"platform\",\"id\":\"0b6f3c2a-1d4e-4f5a-8b9c-7d6e5f4a3b2c\",\"name\":\"bootstrap\",\"scopes\":[\"write:organizations\",\"delete:organizations\"],\"slug\":\"bootstrap\",\"subject\":\"system:kaiten\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_current_credential,
        empty_segment: None,
    },
    Case {
        operation_id: "registerConnector",
        method: "POST",
        path_template: "/platform/connectors",
        path: "/platform/connectors",
        query: &[],
        request_body: Some(
            "{\"entitlement_slug\":\"crm-sync\",\"name\":\"kaiten.integration.crm.attio\",\"settings_schema\":{\"properties\":{\"apiKey\":{\"type\":\"string\",\"writeOnly\":true},\"workspace\":{\"type\":\"string\"}},\"required\":[\"apiKey\"],\"type\":\"object\"},\"version\":\"1.4.0\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"created_at\":\"2026-01-15T09:00:00Z\",\"entitlement_slug\":\"crm-sync\",\"name\":\"kaiten.integration.crm.attio\",\"settings_schema\":{\"properties\":{\"apiKey\":{\"type\":\"string\",\"writeOnly\":true},\"workspace\":{\"type\":\"string\"}},\"required\":[\"apiKey\"],\"type\":\"object\"},\"updated_at\":\"2026-03-02T10:30:00Z\",\"version\":\"1.4.0\"}",
        ),
        expected: Some(
            "{\"created_at\":\"2026-01-15T09:00:00Z\",\"entitlement_slug\":\"crm-sync\",\"name\":\"kaiten.integration.crm.attio\",\"settings_schema\":{\"properties\":{\"apiKey\":{\"type\":\"string\",\"writeOnly\":true},\"workspace\":{\"type\":\"string\"}},\"required\":[\"apiKey\"],\"type\":\"object\"},\"updated_at\":\"2026-03-02T10:30:00Z\",\"version\":\"1.4.0\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_register_connector,
        empty_segment: None,
    },
    Case {
        operation_id: "ensureOrganization",
        method: "POST",
        path_template: "/platform/organizations",
        path: "/platform/organizations",
        query: &[],
        request_body: Some("{\"externalId\":\"org_2abcDEF\",\"name\":\"Acme\"}"),
        status: 200u16,
        response_body: Some(
            "{\"external_id\":\"org_2abcDEF\",\"id\":\"9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d\",\"name\":\"Acme\"}",
        ),
        expected: Some(
            "{\"external_id\":\"org_2abcDEF\",\"id\":\"9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d\",\"name\":\"Acme\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_ensure_organization,
        empty_segment: None,
    },
    Case {
        operation_id: "getOrganization",
        method: "GET",
        path_template: "/platform/organizations/{orgId}",
        path: "/platform/organizations/9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"external_id\":\"org_2abcDEF\",\"id\":\"9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d\",\"name\":\"Acme\"}",
        ),
        expected: Some(
            "{\"external_id\":\"org_2abcDEF\",\"id\":\"9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d\",\"name\":\"Acme\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_organization,
        empty_segment: None,
    },
    Case {
        operation_id: "deleteOrganization",
        method: "DELETE",
        path_template: "/platform/organizations/{orgId}",
        path: "/platform/organizations/9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_organization,
        empty_segment: None,
    },
    Case {
        operation_id: "deleteOrganizationMembership",
        method: "DELETE",
        path_template: "/platform/organizations/{orgId}/memberships/{userId}",
        path: "/platform/organizations/9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d/memberships/6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_organization_membership,
        empty_segment: None,
    },
    Case {
        operation_id: "listOrganizationTokens",
        method: "GET",
        path_template: "/platform/organizations/{orgId}/tokens",
        path: "/platform/organizations/9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d/tokens",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "[{\"createdAt\":\"2026-03-01T12:00:00Z\",\"createdBy\":{\"id\":\"0b6f3c2a-1d4e-4f5a-8b9c-7d6e5f4a3b2c\",\"name\":\"bootstrap\"},\"expiresAt\":\"2026-03-02T12:00:00Z\",\"id\":\"4c3b2a1d-6e5f-4a7b-9c8d-1f0e2d3c4b5a\",\"name\":\"provisioner\",\"scopes\":[\"read:customers\",\"write:instances\"],\"slug\":\"provisioner-4k2j\"}]",
        ),
        expected: Some(
            "[{\"createdAt\":\"2026-03-01T12:00:00Z\",\"createdBy\":{\"id\":\"0b6f3c2a-1d4e-4f5a-8b9c-7d6e5f4a3b2c\",\"name\":\"bootstrap\"},\"expiresAt\":\"2026-03-02T12:00:00Z\",\"id\":\"4c3b2a1d-6e5f-4a7b-9c8d-1f0e2d3c4b5a\",\"name\":\"provisioner\",\"scopes\":[\"read:customers\",\"write:instances\"],\"slug\":\"provisioner-4k2j\"}]",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_organization_tokens,
        empty_segment: None,
    },
    Case {
        operation_id: "mintOrganizationToken",
        method: "POST",
        path_template: "/platform/organizations/{orgId}/tokens",
        path: "/platform/organizations/9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d/tokens",
        query: &[],
        request_body: Some(
            "{\"name\":\"provisioner\",\"scopes\":[\"read:customers\",\"write:instances\"],\"ttl\":\"24h\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-03-01T12:00:00Z\",\"createdBy\":{\"id\":\"0b6f3c2a-1d4e-4f5a-8b9c-7d6e5f4a3b2c\",\"name\":\"bootstrap\"},\"expiresAt\":\"2026-03-02T12:00:00Z\",\"id\":\"4c3b2a1d-6e5f-4a7b-9c8d-1f0e2d3c4b5a\",\"name\":\"provisioner\",\"scopes\":[\"read:customers\",\"write:instances\"],\"slug\":\"provisioner-4k2j\",\"token\":\"ksh_example0000000000000000000000\"}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-03-01T12:00:00Z\",\"createdBy\":{\"id\":\"0b6f3c2a-1d4e-4f5a-8b9c-7d6e5f4a3b2c\",\"name\":\"bootstrap\"},\"expiresAt\":\"2026-03-02T12:00:00Z\",\"id\":\"4c3b2a1d-6e5f-4a7b-9c8d-1f0e2d3c4b5a\",\"name\":\"provisioner\",\"scopes\":[\"read:customers\",\"write:instances\"],\"slug\":\"provisioner-4k2j\",\"token\":\"ksh_example0000000000000000000000\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &["ksh_example0000000000000000000000"],
        call: call_mint_organization_token,
        empty_segment: None,
    },
    Case {
        operation_id: "revokeOrganizationToken",
        method: "DELETE",
        path_template: "/platform/organizations/{orgId}/tokens/{tokenSlug}",
        path: "/platform/organizations/9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d/tokens/provisioner-4k2j",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_revoke_organization_token,
        empty_segment: Some(("token_slug", empty_revoke_organization_token)),
    },
    Case {
        operation_id: "deleteUser",
        method: "DELETE",
        path_template: "/platform/users/{id}",
        path: "/platform/users/6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_user,
        empty_segment: None,
    },
];
fn arg<T: ::serde::de::DeserializeOwned>(name: &str, json: &str) -> T {
    ::serde_json::from_str(json)
        .unwrap_or_else(|e| {
            panic!("the example of `{name}` ({json}) does not fit its type: {e}")
        })
}
fn outcome<T: ::serde::Serialize + ::std::fmt::Debug>(
    r: Result<T, kaiten_platform_client::Error>,
) -> Outcome {
    match r {
        Ok(v) => {
            Outcome {
                value: Some(
                    ::serde_json::to_value(&v).expect("a typed result serializes"),
                ),
                debug: Some(format!("{v:?}")),
                status: None,
                invalid_input: None,
                error: None,
                kind: None,
                raw_body: None,
            }
        }
        Err(e) => {
            Outcome {
                value: None,
                debug: None,
                status: e.status().map(|s| s.as_u16()),
                invalid_input: match &e {
                    kaiten_platform_client::Error::InvalidInput(i) => {
                        Some(i.field().to_string())
                    }
                    _ => None,
                },
                error: Some(format!("{e}\n{e:?}")),
                kind: Some(format!("{:?}", e.kind())),
                raw_body: e.raw_body().map(|b| String::from_utf8_lossy(b).into_owned()),
            }
        }
    }
}
fn call_get_current_credential(c: Client) -> Call {
    Box::pin(async move { outcome(c.credentials().get_current().await) })
}
fn call_register_connector(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_platform_client::types::ConnectorRegistration = arg(
            "body",
            "{\"entitlement_slug\":\"crm-sync\",\"name\":\"kaiten.integration.crm.attio\",\"settings_schema\":{\"properties\":{\"apiKey\":{\"type\":\"string\",\"writeOnly\":true},\"workspace\":{\"type\":\"string\"}},\"required\":[\"apiKey\"],\"type\":\"object\"},\"version\":\"1.4.0\"}",
        );
        outcome(c.connectors().register(&a0).await)
    })
}
fn call_ensure_organization(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_platform_client::types::OrganizationEnsure = arg(
            "body",
            "{\"externalId\":\"org_2abcDEF\",\"name\":\"Acme\"}",
        );
        outcome(c.organizations().ensure(&a0).await)
    })
}
fn call_get_organization(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::uuid::Uuid = arg("org_id", "\"9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d\"");
        outcome(c.organizations().get(&a0).await)
    })
}
fn call_delete_organization(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::uuid::Uuid = arg("org_id", "\"9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d\"");
        outcome(c.organizations().delete(&a0).await)
    })
}
fn call_delete_organization_membership(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::uuid::Uuid = arg("org_id", "\"9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d\"");
        let a1: ::uuid::Uuid = arg(
            "user_id",
            "\"6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d\"",
        );
        outcome(c.organizations().delete_membership(&a0, &a1).await)
    })
}
fn call_list_organization_tokens(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::uuid::Uuid = arg("org_id", "\"9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d\"");
        outcome(c.tokens().list(&a0).await)
    })
}
fn call_mint_organization_token(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::uuid::Uuid = arg("org_id", "\"9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d\"");
        let a1: kaiten_platform_client::types::TokenMint = arg(
            "body",
            "{\"name\":\"provisioner\",\"scopes\":[\"read:customers\",\"write:instances\"],\"ttl\":\"24h\"}",
        );
        outcome(c.tokens().mint(&a0, &a1).await)
    })
}
fn call_revoke_organization_token(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::uuid::Uuid = arg("org_id", "\"9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d\"");
        let a1: ::std::string::String = arg("token_slug", "\"provisioner-4k2j\"");
        outcome(c.tokens().revoke(&a0, &a1).await)
    })
}
fn empty_revoke_organization_token(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::uuid::Uuid = arg("org_id", "\"9b2d7c1a-3e4f-4a5b-8c6d-0e1f2a3b4c5d\"");
        let a1: ::std::string::String = ::std::string::String::new();
        outcome(c.tokens().revoke(&a0, &a1).await)
    })
}
fn call_delete_user(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::uuid::Uuid = arg("id", "\"6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d\"");
        outcome(c.users().delete(&a0).await)
    })
}
