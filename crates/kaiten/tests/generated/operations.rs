// @generated from specs/kaiten.yaml through crates/codegen (progenitor 0.15.1's signatures).
// Do not edit by hand: change the spec (or crates/codegen) and run `cargo xtask codegen`.
// `cargo xtask codegen --check` fails when this file is stale.

// The operations test table (see crates/codegen/src/optable.rs), included by
// the tests as `mod operations { include!("generated/operations.rs"); }`.

use ::std::future::Future;
use ::std::pin::Pin;
use kaiten_client::Client;
pub use ::testkit::optable::{Call, Outcome};
/// One operation of the spec and what its call shows on the wire.
pub type Case = ::testkit::optable::Case<Client>;
/// How many operations the spec has.
pub const OPERATION_COUNT: usize = 103usize;
/// Every operation of `specs/kaiten.yaml`, in document order.
pub const OPERATIONS: &[Case] = &[
    Case {
        operation_id: "listCustomers",
        method: "GET",
        path_template: "/customers",
        path: "/customers",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2023-10-01T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"externalCustomerId\":\"external-customer-id-12345\",\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"Awesome Customer\",\"slug\":\"awesome-customer\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2023-10-01T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"externalCustomerId\":\"external-customer-id-12345\",\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"Awesome Customer\",\"slug\":\"awesome-customer\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_customers,
        empty_segment: None,
    },
    Case {
        operation_id: "createCustomer",
        method: "POST",
        path_template: "/customers",
        path: "/customers",
        query: &[],
        request_body: Some(
            "{\"externalCustomerId\":\"external-customer-id-12345\",\"name\":\"Awesome Customer\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2023-10-01T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"externalCustomerId\":\"external-customer-id-12345\",\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"Awesome Customer\",\"slug\":\"awesome-customer\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        expected: Some(
            "{\"createdAt\":\"2023-10-01T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"externalCustomerId\":\"external-customer-id-12345\",\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"Awesome Customer\",\"slug\":\"awesome-customer\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_customer,
        empty_segment: None,
    },
    Case {
        operation_id: "getCustomer",
        method: "GET",
        path_template: "/customers/{customerSlug}",
        path: "/customers/awesome-customer",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2023-10-01T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"domain\":\"acme.com\",\"externalCustomerId\":\"external-customer-id-12345\",\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"integrations\":{\"attio\":{\"external_id\":\"rec_0123456789\",\"synced_at\":\"2023-10-02T08:30:00Z\",\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}},\"name\":\"Awesome Customer\",\"slug\":\"awesome-customer\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        expected: Some(
            "{\"createdAt\":\"2023-10-01T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"domain\":\"acme.com\",\"externalCustomerId\":\"external-customer-id-12345\",\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"integrations\":{\"attio\":{\"external_id\":\"rec_0123456789\",\"synced_at\":\"2023-10-02T08:30:00Z\",\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}},\"name\":\"Awesome Customer\",\"slug\":\"awesome-customer\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_customer,
        empty_segment: Some(("customer_slug", empty_get_customer)),
    },
    Case {
        operation_id: "updateCustomer",
        method: "PUT",
        path_template: "/customers/{customerSlug}",
        path: "/customers/awesome-customer",
        query: &[],
        request_body: Some(
            "{\"domain\":\"awesome.example\",\"externalCustomerId\":\"external-customer-id-12345\",\"name\":\"Awesome Customer Inc.\"}",
        ),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_customer,
        empty_segment: Some(("customer_slug", empty_update_customer)),
    },
    Case {
        operation_id: "deleteCustomer",
        method: "DELETE",
        path_template: "/customers/{customerSlug}",
        path: "/customers/awesome-customer",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_customer,
        empty_segment: Some(("customer_slug", empty_delete_customer)),
    },
    Case {
        operation_id: "getCustomerIntegration",
        method: "GET",
        path_template: "/customers/{customerSlug}/integrations/{integrationName}",
        path: "/customers/awesome-customer/integrations/attio",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"external_id\":\"rec_0123456789\",\"metadata\":{\"workspace\":\"acme\"},\"synced_at\":\"2023-10-02T08:30:00Z\",\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        ),
        expected: Some(
            "{\"external_id\":\"rec_0123456789\",\"metadata\":{\"workspace\":\"acme\"},\"synced_at\":\"2023-10-02T08:30:00Z\",\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_customer_integration,
        empty_segment: Some(("customer_slug", empty_get_customer_integration)),
    },
    Case {
        operation_id: "updateCustomerIntegration",
        method: "PUT",
        path_template: "/customers/{customerSlug}/integrations/{integrationName}",
        path: "/customers/awesome-customer/integrations/attio",
        query: &[],
        request_body: Some(
            "{\"external_id\":\"rec_0123456789\",\"last_error\":\"rate limited by upstream, will retry\",\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"external_id\":\"rec_0123456789\",\"last_error\":\"rate limited by upstream, will retry\",\"synced_at\":\"2023-10-03T09:00:00Z\",\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        ),
        expected: Some(
            "{\"external_id\":\"rec_0123456789\",\"last_error\":\"rate limited by upstream, will retry\",\"synced_at\":\"2023-10-03T09:00:00Z\",\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_customer_integration,
        empty_segment: Some(("customer_slug", empty_update_customer_integration)),
    },
    Case {
        operation_id: "createCustomerIntegration",
        method: "POST",
        path_template: "/customers/{customerSlug}/integrations/{integrationName}",
        path: "/customers/awesome-customer/integrations/attio",
        query: &[],
        request_body: Some(
            "{\"external_id\":\"rec_0123456789\",\"metadata\":{\"workspace\":\"acme\"},\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"external_id\":\"rec_0123456789\",\"metadata\":{\"workspace\":\"acme\"},\"synced_at\":\"2023-10-02T08:30:00Z\",\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        ),
        expected: Some(
            "{\"external_id\":\"rec_0123456789\",\"metadata\":{\"workspace\":\"acme\"},\"synced_at\":\"2023-10-02T08:30:00Z\",\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_customer_integration,
        empty_segment: Some(("customer_slug", empty_create_customer_integration)),
    },
    Case {
        operation_id: "deleteCustomerIntegration",
        method: "DELETE",
        path_template: "/customers/{customerSlug}/integrations/{integrationName}",
        path: "/customers/awesome-customer/integrations/attio",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_customer_integration,
        empty_segment: Some(("customer_slug", empty_delete_customer_integration)),
    },
    Case {
        operation_id: "listInstances",
        method: "GET",
        path_template: "/instances",
        path: "/instances",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2023-10-01T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"customerId\":\"123e4567-e89b-12d3-a456-426614174000\",\"customerSlug\":\"awesome-customer\",\"deploymentZoneId\":\"3e8f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b\",\"deploymentZoneSlug\":\"production-eu\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"id\":\"5f0c6c1e-8a1b-4c1e-9d2a-3b4c5d6e7f80\",\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"lifecycleStage\":\"ACTIVE\",\"name\":\"Awesome Customer Production\",\"slug\":\"awesome-customer-production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\",\"status\":\"HEALTHY\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2023-10-01T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"customerId\":\"123e4567-e89b-12d3-a456-426614174000\",\"customerSlug\":\"awesome-customer\",\"deploymentZoneId\":\"3e8f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b\",\"deploymentZoneSlug\":\"production-eu\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"id\":\"5f0c6c1e-8a1b-4c1e-9d2a-3b4c5d6e7f80\",\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"lifecycleStage\":\"ACTIVE\",\"name\":\"Awesome Customer Production\",\"slug\":\"awesome-customer-production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\",\"status\":\"HEALTHY\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_instances,
        empty_segment: None,
    },
    Case {
        operation_id: "createInstance",
        method: "POST",
        path_template: "/instances",
        path: "/instances",
        query: &[],
        request_body: Some(
            "{\"customerId\":\"123e4567-e89b-12d3-a456-426614174000\",\"deploymentZoneId\":\"3e8f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"integrations\":{\"attio\":{\"external_id\":\"rec_9876543210\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}},\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"name\":\"Awesome Customer Production\",\"slug\":\"awesome-customer-production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2023-10-01T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"customerId\":\"123e4567-e89b-12d3-a456-426614174000\",\"customerSlug\":\"awesome-customer\",\"deploymentZoneId\":\"3e8f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b\",\"deploymentZoneSlug\":\"production-eu\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"id\":\"5f0c6c1e-8a1b-4c1e-9d2a-3b4c5d6e7f80\",\"integrations\":{\"attio\":{\"external_id\":\"rec_9876543210\",\"synced_at\":\"2023-10-01T12:00:00Z\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}},\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"name\":\"Awesome Customer Production\",\"slug\":\"awesome-customer-production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        expected: Some(
            "{\"createdAt\":\"2023-10-01T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"customerId\":\"123e4567-e89b-12d3-a456-426614174000\",\"customerSlug\":\"awesome-customer\",\"deploymentZoneId\":\"3e8f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b\",\"deploymentZoneSlug\":\"production-eu\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"id\":\"5f0c6c1e-8a1b-4c1e-9d2a-3b4c5d6e7f80\",\"integrations\":{\"attio\":{\"external_id\":\"rec_9876543210\",\"synced_at\":\"2023-10-01T12:00:00Z\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}},\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"name\":\"Awesome Customer Production\",\"slug\":\"awesome-customer-production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_instance,
        empty_segment: None,
    },
    Case {
        operation_id: "getInstance",
        method: "GET",
        path_template: "/instances/{instanceSlug}",
        path: "/instances/awesome-customer-production",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2023-10-01T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"customerId\":\"123e4567-e89b-12d3-a456-426614174000\",\"customerSlug\":\"awesome-customer\",\"deploymentZoneId\":\"3e8f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b\",\"deploymentZoneSlug\":\"production-eu\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"id\":\"5f0c6c1e-8a1b-4c1e-9d2a-3b4c5d6e7f80\",\"integrations\":{\"attio\":{\"external_id\":\"rec_9876543210\",\"synced_at\":\"2023-10-02T08:30:00Z\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}},\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"lifecycleStage\":\"ACTIVE\",\"metadata\":{\"region\":\"eu-west-1\"},\"name\":\"Awesome Customer Production\",\"slug\":\"awesome-customer-production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\",\"status\":\"HEALTHY\",\"updatedAt\":\"2023-10-02T08:30:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        expected: Some(
            "{\"createdAt\":\"2023-10-01T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"customerId\":\"123e4567-e89b-12d3-a456-426614174000\",\"customerSlug\":\"awesome-customer\",\"deploymentZoneId\":\"3e8f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b\",\"deploymentZoneSlug\":\"production-eu\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"id\":\"5f0c6c1e-8a1b-4c1e-9d2a-3b4c5d6e7f80\",\"integrations\":{\"attio\":{\"external_id\":\"rec_9876543210\",\"synced_at\":\"2023-10-02T08:30:00Z\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}},\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"lifecycleStage\":\"ACTIVE\",\"metadata\":{\"region\":\"eu-west-1\"},\"name\":\"Awesome Customer Production\",\"slug\":\"awesome-customer-production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\",\"status\":\"HEALTHY\",\"updatedAt\":\"2023-10-02T08:30:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_instance,
        empty_segment: Some(("instance_slug", empty_get_instance)),
    },
    Case {
        operation_id: "updateInstance",
        method: "PUT",
        path_template: "/instances/{instanceSlug}",
        path: "/instances/awesome-customer-production",
        query: &[],
        request_body: Some(
            "{\"customerId\":\"123e4567-e89b-12d3-a456-426614174000\",\"deploymentZoneId\":\"3e8f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b\",\"description\":\"Production deployment of Awesome Customer, EU region.\",\"endLicenseDate\":\"2025-10-01T00:00:00Z\",\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"metadata\":{\"region\":\"eu-west-1\"},\"name\":\"Awesome Customer Production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\"}",
        ),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_instance,
        empty_segment: Some(("instance_slug", empty_update_instance)),
    },
    Case {
        operation_id: "deleteInstance",
        method: "DELETE",
        path_template: "/instances/{instanceSlug}",
        path: "/instances/awesome-customer-production",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_instance,
        empty_segment: Some(("instance_slug", empty_delete_instance)),
    },
    Case {
        operation_id: "patchInstance",
        method: "PATCH",
        path_template: "/instances/{instanceSlug}",
        path: "/instances/awesome-customer-production",
        query: &[],
        request_body: Some("{\"status\":\"DEGRADED\"}"),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_patch_instance,
        empty_segment: Some(("instance_slug", empty_patch_instance)),
    },
    Case {
        operation_id: "listInstanceAuditTrails",
        method: "GET",
        path_template: "/instances/{instanceSlug}/audit-trails",
        path: "/instances/awesome-customer-production/audit-trails",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":true,\"items\":[{\"eventName\":\"ENTITLEMENT_VALUE_GET\",\"eventType\":\"com.kaiten.instance.entitlement.v1.value_get\",\"id\":\"8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a\",\"instanceId\":\"5f0c6c1e-8a1b-4c1e-9d2a-3b4c5d6e7f80\",\"instanceSlug\":\"awesome-customer-production\",\"payload\":{\"entitlement_slug\":\"seats\",\"type\":\"number\",\"value\":{\"type\":\"number\",\"value\":25}},\"timestamp\":\"2023-10-02T08:30:00Z\"}],\"nextCursor\":\"eyJpZCI6IjEyMyJ9\"}",
        ),
        expected: Some(
            "{\"hasMore\":true,\"items\":[{\"eventName\":\"ENTITLEMENT_VALUE_GET\",\"eventType\":\"com.kaiten.instance.entitlement.v1.value_get\",\"id\":\"8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a\",\"instanceId\":\"5f0c6c1e-8a1b-4c1e-9d2a-3b4c5d6e7f80\",\"instanceSlug\":\"awesome-customer-production\",\"payload\":{\"entitlement_slug\":\"seats\",\"type\":\"number\",\"value\":{\"type\":\"number\",\"value\":25}},\"timestamp\":\"2023-10-02T08:30:00Z\"}],\"nextCursor\":\"eyJpZCI6IjEyMyJ9\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_instance_audit_trails,
        empty_segment: Some(("instance_slug", empty_list_instance_audit_trails)),
    },
    Case {
        operation_id: "listInstanceEntitlementUsage",
        method: "GET",
        path_template: "/instances/{instanceSlug}/entitlements/usage",
        path: "/instances/awesome-customer-production/entitlements/usage",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "[{\"currentPeriodEnd\":\"2023-11-01T00:00:00Z\",\"currentPeriodStart\":\"2023-10-01T00:00:00Z\",\"entitlementId\":\"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"entitlementSlug\":\"ai-credits\",\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"limit\":{\"type\":\"number\",\"value\":1000000},\"value\":{\"type\":\"number\",\"value\":250000}},{\"currentPeriodEnd\":null,\"currentPeriodStart\":null,\"entitlementId\":\"6b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e\",\"entitlementSlug\":\"seats\",\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"limit\":{\"type\":\"number\",\"value\":-1},\"value\":{\"type\":\"number\",\"value\":25}}]",
        ),
        expected: Some(
            "[{\"currentPeriodEnd\":\"2023-11-01T00:00:00Z\",\"currentPeriodStart\":\"2023-10-01T00:00:00Z\",\"entitlementId\":\"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"entitlementSlug\":\"ai-credits\",\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"limit\":{\"type\":\"number\",\"value\":1000000},\"value\":{\"type\":\"number\",\"value\":250000}},{\"currentPeriodEnd\":null,\"currentPeriodStart\":null,\"entitlementId\":\"6b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e\",\"entitlementSlug\":\"seats\",\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"limit\":{\"type\":\"number\",\"value\":-1},\"value\":{\"type\":\"number\",\"value\":25}}]",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_instance_entitlement_usage,
        empty_segment: Some(("instance_slug", empty_list_instance_entitlement_usage)),
    },
    Case {
        operation_id: "getInstanceEntitlementUsage",
        method: "GET",
        path_template: "/instances/{instanceSlug}/entitlements/{entitlementSlug}/usage",
        path: "/instances/awesome-customer-production/entitlements/ai-credits/usage",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"currentPeriodEnd\":\"2023-11-01T00:00:00Z\",\"currentPeriodStart\":\"2023-10-01T00:00:00Z\",\"entitlementId\":\"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"entitlementSlug\":\"ai-credits\",\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"limit\":{\"type\":\"number\",\"value\":1000000},\"value\":{\"type\":\"number\",\"value\":250000}}",
        ),
        expected: Some(
            "{\"currentPeriodEnd\":\"2023-11-01T00:00:00Z\",\"currentPeriodStart\":\"2023-10-01T00:00:00Z\",\"entitlementId\":\"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"entitlementSlug\":\"ai-credits\",\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"limit\":{\"type\":\"number\",\"value\":1000000},\"value\":{\"type\":\"number\",\"value\":250000}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_instance_entitlement_usage,
        empty_segment: Some(("instance_slug", empty_get_instance_entitlement_usage)),
    },
    Case {
        operation_id: "reportInstanceEntitlementUsage",
        method: "POST",
        path_template: "/instances/{instanceSlug}/entitlements/{entitlementSlug}/usage",
        path: "/instances/awesome-customer-production/entitlements/ai-credits/usage",
        query: &[],
        request_body: Some(
            "{\"behavior\":\"append\",\"metadata\":{\"model\":\"gpt-4o\"},\"value\":{\"type\":\"number\",\"value\":1500}}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"currentPeriodEnd\":\"2023-11-01T00:00:00Z\",\"currentPeriodStart\":\"2023-10-01T00:00:00Z\",\"entitlementId\":\"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"entitlementSlug\":\"ai-credits\",\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"limit\":{\"type\":\"number\",\"value\":1000000},\"value\":{\"type\":\"number\",\"value\":251500}}",
        ),
        expected: Some(
            "{\"currentPeriodEnd\":\"2023-11-01T00:00:00Z\",\"currentPeriodStart\":\"2023-10-01T00:00:00Z\",\"entitlementId\":\"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"entitlementSlug\":\"ai-credits\",\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"licenseSlug\":\"growth\",\"limit\":{\"type\":\"number\",\"value\":1000000},\"value\":{\"type\":\"number\",\"value\":251500}}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_report_instance_entitlement_usage,
        empty_segment: Some(("instance_slug", empty_report_instance_entitlement_usage)),
    },
    Case {
        operation_id: "getInstanceIntegration",
        method: "GET",
        path_template: "/instances/{instanceSlug}/integrations/{integrationName}",
        path: "/instances/awesome-customer-production/integrations/attio",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"external_id\":\"rec_9876543210\",\"metadata\":{\"workspace\":\"acme\"},\"synced_at\":\"2023-10-02T08:30:00Z\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        ),
        expected: Some(
            "{\"external_id\":\"rec_9876543210\",\"metadata\":{\"workspace\":\"acme\"},\"synced_at\":\"2023-10-02T08:30:00Z\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_instance_integration,
        empty_segment: Some(("instance_slug", empty_get_instance_integration)),
    },
    Case {
        operation_id: "updateInstanceIntegration",
        method: "PUT",
        path_template: "/instances/{instanceSlug}/integrations/{integrationName}",
        path: "/instances/awesome-customer-production/integrations/attio",
        query: &[],
        request_body: Some(
            "{\"external_id\":\"rec_9876543210\",\"last_error\":\"rate limited by upstream, will retry\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"external_id\":\"rec_9876543210\",\"last_error\":\"rate limited by upstream, will retry\",\"synced_at\":\"2023-10-03T09:00:00Z\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        ),
        expected: Some(
            "{\"external_id\":\"rec_9876543210\",\"last_error\":\"rate limited by upstream, will retry\",\"synced_at\":\"2023-10-03T09:00:00Z\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_instance_integration,
        empty_segment: Some(("instance_slug", empty_update_instance_integration)),
    },
    Case {
        operation_id: "createInstanceIntegration",
        method: "POST",
        path_template: "/instances/{instanceSlug}/integrations/{integrationName}",
        path: "/instances/awesome-customer-production/integrations/attio",
        query: &[],
        request_body: Some(
            "{\"external_id\":\"rec_9876543210\",\"metadata\":{\"workspace\":\"acme\"},\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"external_id\":\"rec_9876543210\",\"metadata\":{\"workspace\":\"acme\"},\"synced_at\":\"2023-10-02T08:30:00Z\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        ),
        expected: Some(
            "{\"external_id\":\"rec_9876543210\",\"metadata\":{\"workspace\":\"acme\"},\"synced_at\":\"2023-10-02T08:30:00Z\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_instance_integration,
        empty_segment: Some(("instance_slug", empty_create_instance_integration)),
    },
    Case {
        operation_id: "deleteInstanceIntegration",
        method: "DELETE",
        path_template: "/instances/{instanceSlug}/integrations/{integrationName}",
        path: "/instances/awesome-customer-production/integrations/attio",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_instance_integration,
        empty_segment: Some(("instance_slug", empty_delete_instance_integration)),
    },
    Case {
        operation_id: "getIntegrationCustomer",
        method: "GET",
        path_template: "/integration/{adapter}/customer/{externalId}",
        path: "/integration/attio/customer/rec_0123456789",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"domain\":\"acme.com\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"name\":\"Awesome Customer\",\"slug\":\"awesome-customer\",\"webUrl\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        ),
        expected: Some(
            "{\"domain\":\"acme.com\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"name\":\"Awesome Customer\",\"slug\":\"awesome-customer\",\"webUrl\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_integration_customer,
        empty_segment: Some(("adapter", empty_get_integration_customer)),
    },
    Case {
        operation_id: "upsertIntegrationCustomer",
        method: "PATCH",
        path_template: "/integration/{adapter}/customer/{externalId}",
        path: "/integration/attio/customer/rec_0123456789",
        query: &[],
        request_body: Some(
            "{\"domain\":\"acme.com\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"name\":\"Awesome Customer\",\"webUrl\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"domain\":\"acme.com\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"name\":\"Awesome Customer\",\"slug\":\"awesome-customer\",\"webUrl\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        ),
        expected: Some(
            "{\"domain\":\"acme.com\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"name\":\"Awesome Customer\",\"slug\":\"awesome-customer\",\"webUrl\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_upsert_integration_customer,
        empty_segment: Some(("adapter", empty_upsert_integration_customer)),
    },
    Case {
        operation_id: "getIntegrationInstance",
        method: "GET",
        path_template: "/integration/{adapter}/instance/{externalId}",
        path: "/integration/attio/instance/rec_0123456789",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"customerExternalId\":\"rec_0123456789\",\"deploymentZoneId\":\"3e8f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"name\":\"Awesome Customer Production\",\"slug\":\"awesome-customer-production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\",\"webUrl\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        ),
        expected: Some(
            "{\"customerExternalId\":\"rec_0123456789\",\"deploymentZoneId\":\"3e8f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"name\":\"Awesome Customer Production\",\"slug\":\"awesome-customer-production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\",\"webUrl\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_integration_instance,
        empty_segment: Some(("adapter", empty_get_integration_instance)),
    },
    Case {
        operation_id: "upsertIntegrationInstance",
        method: "PATCH",
        path_template: "/integration/{adapter}/instance/{externalId}",
        path: "/integration/attio/instance/rec_0123456789",
        query: &[],
        request_body: Some(
            "{\"customerExternalId\":\"rec_0123456789\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"name\":\"Awesome Customer Production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\",\"webUrl\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"customerExternalId\":\"rec_0123456789\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"name\":\"Awesome Customer Production\",\"slug\":\"awesome-customer-production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\",\"webUrl\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        ),
        expected: Some(
            "{\"customerExternalId\":\"rec_0123456789\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"name\":\"Awesome Customer Production\",\"slug\":\"awesome-customer-production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\",\"webUrl\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_upsert_integration_instance,
        empty_segment: Some(("adapter", empty_upsert_integration_instance)),
    },
    Case {
        operation_id: "listEntitlements",
        method: "GET",
        path_template: "/entitlements",
        path: "/entitlements",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"aggregationMethod\":\"SUM\",\"createdAt\":\"2023-10-01T12:00:00Z\",\"description\":\"Seats included in the plan.\",\"displayOrder\":1,\"icon\":\"lucide:users\",\"id\":\"6b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e\",\"name\":\"Seats\",\"slug\":\"seats\",\"type\":\"NUMBER\",\"unitPlural\":\"seats\",\"unitSingular\":\"seat\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"userFacing\":true,\"warningThresholdPercent\":80}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"aggregationMethod\":\"SUM\",\"createdAt\":\"2023-10-01T12:00:00Z\",\"description\":\"Seats included in the plan.\",\"displayOrder\":1,\"icon\":\"lucide:users\",\"id\":\"6b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e\",\"name\":\"Seats\",\"slug\":\"seats\",\"type\":\"NUMBER\",\"unitPlural\":\"seats\",\"unitSingular\":\"seat\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"userFacing\":true,\"warningThresholdPercent\":80}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_entitlements,
        empty_segment: None,
    },
    Case {
        operation_id: "createEntitlement",
        method: "POST",
        path_template: "/entitlements",
        path: "/entitlements",
        query: &[],
        request_body: Some(
            "{\"aggregationMethod\":\"SUM\",\"description\":\"Monthly AI credits.\",\"displayOrder\":2,\"groupSlugs\":[\"ai-quotas\"],\"icon\":\"lucide:sparkles\",\"name\":\"AI credits\",\"resetAnchor\":\"LICENSE_START\",\"resetPeriod\":\"MONTH\",\"saleUnitFactor\":1000000,\"saleUnitPlural\":\"packs\",\"saleUnitSingular\":\"pack\",\"slug\":\"ai-credits\",\"type\":\"NUMBER_AI_CREDIT\",\"unitPlural\":\"credits\",\"unitSingular\":\"credit\",\"userFacing\":true,\"warningThresholdPercent\":80}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"aggregationMethod\":\"SUM\",\"createdAt\":\"2023-10-01T12:00:00Z\",\"description\":\"Monthly AI credits.\",\"displayOrder\":2,\"entitlementGroups\":[{\"id\":\"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f\",\"name\":\"AI quotas\",\"slug\":\"ai-quotas\"}],\"groupSlugs\":[\"ai-quotas\"],\"icon\":\"lucide:sparkles\",\"id\":\"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"name\":\"AI credits\",\"resetAnchor\":\"LICENSE_START\",\"resetPeriod\":\"MONTH\",\"saleUnitFactor\":1000000,\"saleUnitPlural\":\"packs\",\"saleUnitSingular\":\"pack\",\"slug\":\"ai-credits\",\"type\":\"NUMBER_AI_CREDIT\",\"unitPlural\":\"credits\",\"unitSingular\":\"credit\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"userFacing\":true,\"warningThresholdPercent\":80}",
        ),
        expected: Some(
            "{\"aggregationMethod\":\"SUM\",\"createdAt\":\"2023-10-01T12:00:00Z\",\"description\":\"Monthly AI credits.\",\"displayOrder\":2,\"entitlementGroups\":[{\"id\":\"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f\",\"name\":\"AI quotas\",\"slug\":\"ai-quotas\"}],\"groupSlugs\":[\"ai-quotas\"],\"icon\":\"lucide:sparkles\",\"id\":\"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"name\":\"AI credits\",\"resetAnchor\":\"LICENSE_START\",\"resetPeriod\":\"MONTH\",\"saleUnitFactor\":1000000,\"saleUnitPlural\":\"packs\",\"saleUnitSingular\":\"pack\",\"slug\":\"ai-credits\",\"type\":\"NUMBER_AI_CREDIT\",\"unitPlural\":\"credits\",\"unitSingular\":\"credit\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"userFacing\":true,\"warningThresholdPercent\":80}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_entitlement,
        empty_segment: None,
    },
    Case {
        operation_id: "getEntitlement",
        method: "GET",
        path_template: "/entitlements/{entitlementSlug}",
        path: "/entitlements/ai-credits",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"aggregationMethod\":\"SUM\",\"createdAt\":\"2023-10-01T12:00:00Z\",\"description\":null,\"id\":\"6b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e\",\"name\":\"Seats\",\"slug\":\"seats\",\"type\":\"NUMBER\",\"unitPlural\":\"seats\",\"unitSingular\":\"seat\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"userFacing\":true}",
        ),
        expected: Some(
            "{\"aggregationMethod\":\"SUM\",\"createdAt\":\"2023-10-01T12:00:00Z\",\"description\":null,\"id\":\"6b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e\",\"name\":\"Seats\",\"slug\":\"seats\",\"type\":\"NUMBER\",\"unitPlural\":\"seats\",\"unitSingular\":\"seat\",\"updatedAt\":\"2023-10-01T12:00:00Z\",\"userFacing\":true}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_entitlement,
        empty_segment: Some(("entitlement_slug", empty_get_entitlement)),
    },
    Case {
        operation_id: "updateEntitlement",
        method: "PUT",
        path_template: "/entitlements/{entitlementSlug}",
        path: "/entitlements/ai-credits",
        query: &[],
        request_body: Some(
            "{\"aggregationMethod\":\"SUM\",\"description\":\"Seats included in the plan.\",\"displayOrder\":1,\"name\":\"Seats\",\"type\":\"NUMBER\",\"unitPlural\":\"seats\",\"unitSingular\":\"seat\",\"userFacing\":true}",
        ),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_entitlement,
        empty_segment: Some(("entitlement_slug", empty_update_entitlement)),
    },
    Case {
        operation_id: "deleteEntitlement",
        method: "DELETE",
        path_template: "/entitlements/{entitlementSlug}",
        path: "/entitlements/ai-credits",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_entitlement,
        empty_segment: Some(("entitlement_slug", empty_delete_entitlement)),
    },
    Case {
        operation_id: "listEntitlementGroups",
        method: "GET",
        path_template: "/entitlement-groups",
        path: "/entitlement-groups",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"description\":\"Quotas of the AI features.\",\"id\":\"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f\",\"name\":\"AI quotas\",\"slug\":\"ai-quotas\"}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"description\":\"Quotas of the AI features.\",\"id\":\"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f\",\"name\":\"AI quotas\",\"slug\":\"ai-quotas\"}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_entitlement_groups,
        empty_segment: None,
    },
    Case {
        operation_id: "createEntitlementGroup",
        method: "POST",
        path_template: "/entitlement-groups",
        path: "/entitlement-groups",
        query: &[],
        request_body: Some(
            "{\"description\":null,\"name\":\"AI quotas\",\"slug\":\"ai-quotas\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"description\":null,\"id\":\"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f\",\"name\":\"AI quotas\",\"slug\":\"ai-quotas\"}",
        ),
        expected: Some(
            "{\"description\":null,\"id\":\"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f\",\"name\":\"AI quotas\",\"slug\":\"ai-quotas\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_entitlement_group,
        empty_segment: None,
    },
    Case {
        operation_id: "getEntitlementGroup",
        method: "GET",
        path_template: "/entitlement-groups/{entitlementGroupSlug}",
        path: "/entitlement-groups/ai-quotas",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"description\":\"Quotas of the AI features.\",\"id\":\"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f\",\"name\":\"AI quotas\",\"slug\":\"ai-quotas\"}",
        ),
        expected: Some(
            "{\"description\":\"Quotas of the AI features.\",\"id\":\"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f\",\"name\":\"AI quotas\",\"slug\":\"ai-quotas\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_entitlement_group,
        empty_segment: Some(("entitlement_group_slug", empty_get_entitlement_group)),
    },
    Case {
        operation_id: "updateEntitlementGroup",
        method: "PUT",
        path_template: "/entitlement-groups/{entitlementGroupSlug}",
        path: "/entitlement-groups/ai-quotas",
        query: &[],
        request_body: Some(
            "{\"description\":\"Quotas of the AI features.\",\"name\":\"AI quotas\"}",
        ),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_entitlement_group,
        empty_segment: Some(("entitlement_group_slug", empty_update_entitlement_group)),
    },
    Case {
        operation_id: "deleteEntitlementGroup",
        method: "DELETE",
        path_template: "/entitlement-groups/{entitlementGroupSlug}",
        path: "/entitlement-groups/ai-quotas",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_entitlement_group,
        empty_segment: Some(("entitlement_group_slug", empty_delete_entitlement_group)),
    },
    Case {
        operation_id: "addEntitlementGroupEntitlement",
        method: "POST",
        path_template: "/entitlement-groups/{entitlementGroupSlug}/entitlements",
        path: "/entitlement-groups/ai-quotas/entitlements",
        query: &[],
        request_body: Some("{\"entitlementSlug\":\"ai-credits\"}"),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_add_entitlement_group_entitlement,
        empty_segment: Some((
            "entitlement_group_slug",
            empty_add_entitlement_group_entitlement,
        )),
    },
    Case {
        operation_id: "removeEntitlementGroupEntitlement",
        method: "DELETE",
        path_template: "/entitlement-groups/{entitlementGroupSlug}/entitlements/{entitlementSlug}",
        path: "/entitlement-groups/ai-quotas/entitlements/ai-credits",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_remove_entitlement_group_entitlement,
        empty_segment: Some((
            "entitlement_group_slug",
            empty_remove_entitlement_group_entitlement,
        )),
    },
    Case {
        operation_id: "getEntitlementGroupUsage",
        method: "GET",
        path_template: "/entitlement-groups/{entitlementGroupSlug}/usage",
        path: "/entitlement-groups/ai-quotas/usage",
        query: &[("instance", "awesome-customer-production")],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "[{\"currentPeriodEnd\":\"2023-11-01T00:00:00Z\",\"currentPeriodStart\":\"2023-10-01T00:00:00Z\",\"entitlementId\":\"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"entitlementName\":\"AI credits\",\"entitlementSlug\":\"ai-credits\",\"entitlementType\":\"NUMBER_AI_CREDIT\",\"licenseValue\":{\"type\":\"number\",\"value\":1000000},\"usageValue\":{\"type\":\"number\",\"value\":250000}}]",
        ),
        expected: Some(
            "[{\"currentPeriodEnd\":\"2023-11-01T00:00:00Z\",\"currentPeriodStart\":\"2023-10-01T00:00:00Z\",\"entitlementId\":\"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"entitlementName\":\"AI credits\",\"entitlementSlug\":\"ai-credits\",\"entitlementType\":\"NUMBER_AI_CREDIT\",\"licenseValue\":{\"type\":\"number\",\"value\":1000000},\"usageValue\":{\"type\":\"number\",\"value\":250000}}]",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_entitlement_group_usage,
        empty_segment: Some((
            "entitlement_group_slug",
            empty_get_entitlement_group_usage,
        )),
    },
    Case {
        operation_id: "listLicenses",
        method: "GET",
        path_template: "/licenses",
        path: "/licenses",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-15T09:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"isDefault\":true,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth\",\"type\":\"PAID\",\"updatedAt\":\"2026-01-15T09:00:00Z\",\"version\":\"1\",\"versionName\":\"Version - 1\"}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-15T09:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"isDefault\":true,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth\",\"type\":\"PAID\",\"updatedAt\":\"2026-01-15T09:00:00Z\",\"version\":\"1\",\"versionName\":\"Version - 1\"}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_licenses,
        empty_segment: None,
    },
    Case {
        operation_id: "createLicense",
        method: "POST",
        path_template: "/licenses",
        path: "/licenses",
        query: &[],
        request_body: Some(
            "{\"description\":\"Growth plan for mid-size teams.\",\"familySlug\":\"growth\",\"isDefault\":false,\"lifecycleState\":\"DRAFT\",\"name\":\"Growth\",\"type\":\"PAID\",\"versionName\":\"Winter 2026\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-02-01T10:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"isDefault\":false,\"lifecycleState\":\"DRAFT\",\"name\":\"Growth\",\"slug\":\"growth-v2\",\"type\":\"PAID\",\"updatedAt\":\"2026-02-01T10:00:00Z\",\"version\":\"2\",\"versionName\":\"Winter 2026\"}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-02-01T10:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"isDefault\":false,\"lifecycleState\":\"DRAFT\",\"name\":\"Growth\",\"slug\":\"growth-v2\",\"type\":\"PAID\",\"updatedAt\":\"2026-02-01T10:00:00Z\",\"version\":\"2\",\"versionName\":\"Winter 2026\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_license,
        empty_segment: None,
    },
    Case {
        operation_id: "getLicense",
        method: "GET",
        path_template: "/licenses/{licenseSlug}",
        path: "/licenses/growth",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-01-15T09:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"isDefault\":true,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth\",\"type\":\"PAID\",\"updatedAt\":\"2026-01-15T09:00:00Z\",\"version\":\"1\",\"versionName\":\"Version - 1\"}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-01-15T09:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"isDefault\":true,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth\",\"type\":\"PAID\",\"updatedAt\":\"2026-01-15T09:00:00Z\",\"version\":\"1\",\"versionName\":\"Version - 1\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_license,
        empty_segment: Some(("license_slug", empty_get_license)),
    },
    Case {
        operation_id: "updateLicense",
        method: "PUT",
        path_template: "/licenses/{licenseSlug}",
        path: "/licenses/growth",
        query: &[],
        request_body: Some(
            "{\"description\":\"Growth plan for mid-size and large teams.\",\"isDefault\":true,\"name\":\"Growth\",\"type\":\"PAID\",\"versionName\":\"Version - 1\"}",
        ),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_license,
        empty_segment: Some(("license_slug", empty_update_license)),
    },
    Case {
        operation_id: "deleteLicense",
        method: "DELETE",
        path_template: "/licenses/{licenseSlug}",
        path: "/licenses/growth",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_license,
        empty_segment: Some(("license_slug", empty_delete_license)),
    },
    Case {
        operation_id: "publishLicense",
        method: "POST",
        path_template: "/licenses/{licenseSlug}/publish",
        path: "/licenses/growth/publish",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-02-01T10:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"isDefault\":false,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth-v2\",\"type\":\"PAID\",\"updatedAt\":\"2026-02-03T08:00:00Z\",\"version\":\"2\",\"versionName\":\"Winter 2026\"}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-02-01T10:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"isDefault\":false,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth-v2\",\"type\":\"PAID\",\"updatedAt\":\"2026-02-03T08:00:00Z\",\"version\":\"2\",\"versionName\":\"Winter 2026\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_publish_license,
        empty_segment: Some(("license_slug", empty_publish_license)),
    },
    Case {
        operation_id: "archiveLicense",
        method: "POST",
        path_template: "/licenses/{licenseSlug}/archive",
        path: "/licenses/growth/archive",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-02-01T10:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"isDefault\":false,\"lifecycleState\":\"ARCHIVED\",\"name\":\"Growth\",\"slug\":\"growth-v2\",\"type\":\"PAID\",\"updatedAt\":\"2026-06-30T17:00:00Z\",\"version\":\"2\",\"versionName\":\"Winter 2026\"}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-02-01T10:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"isDefault\":false,\"lifecycleState\":\"ARCHIVED\",\"name\":\"Growth\",\"slug\":\"growth-v2\",\"type\":\"PAID\",\"updatedAt\":\"2026-06-30T17:00:00Z\",\"version\":\"2\",\"versionName\":\"Winter 2026\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_archive_license,
        empty_segment: Some(("license_slug", empty_archive_license)),
    },
    Case {
        operation_id: "unarchiveLicense",
        method: "POST",
        path_template: "/licenses/{licenseSlug}/unarchive",
        path: "/licenses/growth/unarchive",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-02-01T10:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"isDefault\":false,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth-v2\",\"type\":\"PAID\",\"updatedAt\":\"2026-07-01T08:00:00Z\",\"version\":\"2\",\"versionName\":\"Winter 2026\"}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-02-01T10:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"isDefault\":false,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth-v2\",\"type\":\"PAID\",\"updatedAt\":\"2026-07-01T08:00:00Z\",\"version\":\"2\",\"versionName\":\"Winter 2026\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_unarchive_license,
        empty_segment: Some(("license_slug", empty_unarchive_license)),
    },
    Case {
        operation_id: "listLicenseEntitlements",
        method: "GET",
        path_template: "/licenses/{licenseSlug}/entitlements",
        path: "/licenses/growth/entitlements",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-15T09:05:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"entitlementName\":\"Seats\",\"entitlementSlug\":\"seats\",\"entitlementType\":\"NUMBER\",\"licenseId\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"licenseSlug\":\"growth\",\"limitCapExceededOveragePercent\":10,\"updatedAt\":\"2026-01-15T09:05:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"value\":{\"type\":\"number\",\"value\":100}}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-15T09:05:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"entitlementName\":\"Seats\",\"entitlementSlug\":\"seats\",\"entitlementType\":\"NUMBER\",\"licenseId\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"licenseSlug\":\"growth\",\"limitCapExceededOveragePercent\":10,\"updatedAt\":\"2026-01-15T09:05:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"value\":{\"type\":\"number\",\"value\":100}}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_license_entitlements,
        empty_segment: Some(("license_slug", empty_list_license_entitlements)),
    },
    Case {
        operation_id: "createLicenseEntitlement",
        method: "POST",
        path_template: "/licenses/{licenseSlug}/entitlements",
        path: "/licenses/growth/entitlements",
        query: &[],
        request_body: Some(
            "{\"entitlementSlug\":\"seats\",\"limitCapExceededOveragePercent\":10,\"value\":{\"type\":\"number\",\"value\":100}}",
        ),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_license_entitlement,
        empty_segment: Some(("license_slug", empty_create_license_entitlement)),
    },
    Case {
        operation_id: "getLicenseEntitlement",
        method: "GET",
        path_template: "/licenses/{licenseSlug}/entitlements/{entitlementSlug}",
        path: "/licenses/growth/entitlements/ai-credits",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-01-15T09:05:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"entitlementGroups\":[{\"id\":\"3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f\",\"name\":\"Collaboration\",\"slug\":\"collaboration\"}],\"entitlementName\":\"Seats\",\"entitlementSlug\":\"seats\",\"entitlementType\":\"NUMBER\",\"licenseId\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"licenseSlug\":\"growth\",\"limitCapExceededOveragePercent\":10,\"updatedAt\":\"2026-01-15T09:05:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"value\":{\"type\":\"number\",\"value\":100}}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-01-15T09:05:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"entitlementGroups\":[{\"id\":\"3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f\",\"name\":\"Collaboration\",\"slug\":\"collaboration\"}],\"entitlementName\":\"Seats\",\"entitlementSlug\":\"seats\",\"entitlementType\":\"NUMBER\",\"licenseId\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"licenseSlug\":\"growth\",\"limitCapExceededOveragePercent\":10,\"updatedAt\":\"2026-01-15T09:05:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"value\":{\"type\":\"number\",\"value\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_license_entitlement,
        empty_segment: Some(("license_slug", empty_get_license_entitlement)),
    },
    Case {
        operation_id: "updateLicenseEntitlement",
        method: "PUT",
        path_template: "/licenses/{licenseSlug}/entitlements/{entitlementSlug}",
        path: "/licenses/growth/entitlements/ai-credits",
        query: &[],
        request_body: Some(
            "{\"limitCapExceededOveragePercent\":0,\"value\":{\"type\":\"number\",\"value\":150}}",
        ),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_license_entitlement,
        empty_segment: Some(("license_slug", empty_update_license_entitlement)),
    },
    Case {
        operation_id: "deleteLicenseEntitlement",
        method: "DELETE",
        path_template: "/licenses/{licenseSlug}/entitlements/{entitlementSlug}",
        path: "/licenses/growth/entitlements/ai-credits",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_license_entitlement,
        empty_segment: Some(("license_slug", empty_delete_license_entitlement)),
    },
    Case {
        operation_id: "listLicenseFamilies",
        method: "GET",
        path_template: "/license-families",
        path: "/license-families",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-15T09:00:00Z\",\"currentVersion\":{\"createdAt\":\"2026-01-15T09:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"isDefault\":true,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth\",\"type\":\"PAID\",\"updatedAt\":\"2026-01-15T09:00:00Z\",\"version\":\"1\",\"versionName\":\"Version - 1\"},\"id\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"slug\":\"growth\",\"updatedAt\":\"2026-02-01T10:00:00Z\",\"versionCount\":2}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-15T09:00:00Z\",\"currentVersion\":{\"createdAt\":\"2026-01-15T09:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"isDefault\":true,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth\",\"type\":\"PAID\",\"updatedAt\":\"2026-01-15T09:00:00Z\",\"version\":\"1\",\"versionName\":\"Version - 1\"},\"id\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"slug\":\"growth\",\"updatedAt\":\"2026-02-01T10:00:00Z\",\"versionCount\":2}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_license_families,
        empty_segment: None,
    },
    Case {
        operation_id: "getLicenseFamily",
        method: "GET",
        path_template: "/license-families/{familySlug}",
        path: "/license-families/growth",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-01-15T09:00:00Z\",\"currentVersion\":{\"createdAt\":\"2026-01-15T09:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"isDefault\":true,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth\",\"type\":\"PAID\",\"updatedAt\":\"2026-01-15T09:00:00Z\",\"version\":\"1\",\"versionName\":\"Version - 1\"},\"id\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"slug\":\"growth\",\"updatedAt\":\"2026-02-01T10:00:00Z\",\"versionCount\":2,\"versions\":[{\"createdAt\":\"2026-01-15T09:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"isDefault\":true,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth\",\"type\":\"PAID\",\"updatedAt\":\"2026-01-15T09:00:00Z\",\"version\":\"1\",\"versionName\":\"Version - 1\"},{\"createdAt\":\"2026-02-01T10:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"isDefault\":false,\"lifecycleState\":\"DRAFT\",\"name\":\"Growth\",\"slug\":\"growth-v2\",\"type\":\"PAID\",\"updatedAt\":\"2026-02-01T10:00:00Z\",\"version\":\"2\",\"versionName\":\"Winter 2026\"}]}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-01-15T09:00:00Z\",\"currentVersion\":{\"createdAt\":\"2026-01-15T09:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"isDefault\":true,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth\",\"type\":\"PAID\",\"updatedAt\":\"2026-01-15T09:00:00Z\",\"version\":\"1\",\"versionName\":\"Version - 1\"},\"id\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"slug\":\"growth\",\"updatedAt\":\"2026-02-01T10:00:00Z\",\"versionCount\":2,\"versions\":[{\"createdAt\":\"2026-01-15T09:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"isDefault\":true,\"lifecycleState\":\"PUBLISHED\",\"name\":\"Growth\",\"slug\":\"growth\",\"type\":\"PAID\",\"updatedAt\":\"2026-01-15T09:00:00Z\",\"version\":\"1\",\"versionName\":\"Version - 1\"},{\"createdAt\":\"2026-02-01T10:00:00Z\",\"description\":\"Growth plan for mid-size teams.\",\"familyId\":\"5f2b8c1e-7d4a-4b6e-9c3f-1a2b3c4d5e6f\",\"id\":\"0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"isDefault\":false,\"lifecycleState\":\"DRAFT\",\"name\":\"Growth\",\"slug\":\"growth-v2\",\"type\":\"PAID\",\"updatedAt\":\"2026-02-01T10:00:00Z\",\"version\":\"2\",\"versionName\":\"Winter 2026\"}]}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_license_family,
        empty_segment: Some(("family_slug", empty_get_license_family)),
    },
    Case {
        operation_id: "listFeatureFlags",
        method: "GET",
        path_template: "/feature-flags",
        path: "/feature-flags",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"default_variant\":{\"type\":\"basic\",\"value\":\"off\"},\"description\":null,\"enabled\":true,\"event_name\":\"\",\"id\":\"7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918\",\"metadata\":{},\"name\":\"New checkout\",\"slug\":\"new-checkout\",\"targetings\":[{\"name\":\"Growth plan\",\"rule\":\"__kaiten.license.familySlug == 'growth'\",\"type\":\"basic\",\"variant\":\"on\"}],\"type\":\"boolean\",\"variants\":[{\"description\":\"\",\"name\":\"on\",\"value\":true},{\"description\":\"\",\"name\":\"off\",\"value\":false}]}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"default_variant\":{\"type\":\"basic\",\"value\":\"off\"},\"description\":null,\"enabled\":true,\"event_name\":\"\",\"id\":\"7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918\",\"metadata\":{},\"name\":\"New checkout\",\"slug\":\"new-checkout\",\"targetings\":[{\"name\":\"Growth plan\",\"rule\":\"__kaiten.license.familySlug == 'growth'\",\"type\":\"basic\",\"variant\":\"on\"}],\"type\":\"boolean\",\"variants\":[{\"description\":\"\",\"name\":\"on\",\"value\":true},{\"description\":\"\",\"name\":\"off\",\"value\":false}]}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_feature_flags,
        empty_segment: None,
    },
    Case {
        operation_id: "createFeatureFlag",
        method: "POST",
        path_template: "/feature-flags",
        path: "/feature-flags",
        query: &[],
        request_body: Some(
            "{\"default_variant\":{\"type\":\"basic\",\"value\":\"off\"},\"description\":null,\"enabled\":true,\"event_name\":\"\",\"metadata\":{},\"name\":\"New checkout\",\"slug\":\"new-checkout\",\"targetings\":[{\"name\":\"Growth plan\",\"rule\":\"__kaiten.license.familySlug == 'growth'\",\"type\":\"basic\",\"variant\":\"on\"},{\"distribution\":{\"off\":80,\"on\":20},\"name\":\"Everyone else\",\"rule\":\"true\",\"type\":\"rollout_percentage\"}],\"type\":\"boolean\",\"variants\":[{\"description\":\"\",\"name\":\"on\",\"value\":true},{\"description\":\"\",\"name\":\"off\",\"value\":false}]}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"default_variant\":{\"type\":\"basic\",\"value\":\"off\"},\"description\":null,\"enabled\":true,\"event_name\":\"\",\"id\":\"7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918\",\"metadata\":{},\"name\":\"New checkout\",\"slug\":\"new-checkout\",\"targetings\":[{\"name\":\"Growth plan\",\"rule\":\"__kaiten.license.familySlug == 'growth'\",\"type\":\"basic\",\"variant\":\"on\"},{\"distribution\":{\"off\":80,\"on\":20},\"name\":\"Everyone else\",\"rule\":\"true\",\"type\":\"rollout_percentage\"}],\"type\":\"boolean\",\"variants\":[{\"description\":\"\",\"name\":\"on\",\"value\":true},{\"description\":\"\",\"name\":\"off\",\"value\":false}]}",
        ),
        expected: Some(
            "{\"default_variant\":{\"type\":\"basic\",\"value\":\"off\"},\"description\":null,\"enabled\":true,\"event_name\":\"\",\"id\":\"7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918\",\"metadata\":{},\"name\":\"New checkout\",\"slug\":\"new-checkout\",\"targetings\":[{\"name\":\"Growth plan\",\"rule\":\"__kaiten.license.familySlug == 'growth'\",\"type\":\"basic\",\"variant\":\"on\"},{\"distribution\":{\"off\":80,\"on\":20},\"name\":\"Everyone else\",\"rule\":\"true\",\"type\":\"rollout_percentage\"}],\"type\":\"boolean\",\"variants\":[{\"description\":\"\",\"name\":\"on\",\"value\":true},{\"description\":\"\",\"name\":\"off\",\"value\":false}]}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_feature_flag,
        empty_segment: None,
    },
    Case {
        operation_id: "getFeatureFlag",
        method: "GET",
        path_template: "/feature-flags/{featureFlagSlug}",
        path: "/feature-flags/new-checkout",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"default_variant\":{\"end\":{\"date\":\"2026-03-31T00:00:00Z\",\"percentage\":100,\"variant\":\"on\"},\"start\":{\"date\":\"2026-03-01T00:00:00Z\",\"percentage\":0,\"variant\":\"on\"},\"type\":\"rollout_date\"},\"description\":\"Staged rollout of the new checkout.\",\"enabled\":true,\"event_name\":\"checkout_completed\",\"id\":\"7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918\",\"metadata\":{},\"name\":\"New checkout\",\"slug\":\"new-checkout\",\"targetings\":null,\"type\":\"boolean\",\"variants\":[{\"description\":\"\",\"name\":\"on\",\"value\":true},{\"description\":\"\",\"name\":\"off\",\"value\":false}]}",
        ),
        expected: Some(
            "{\"default_variant\":{\"end\":{\"date\":\"2026-03-31T00:00:00Z\",\"percentage\":100,\"variant\":\"on\"},\"start\":{\"date\":\"2026-03-01T00:00:00Z\",\"percentage\":0,\"variant\":\"on\"},\"type\":\"rollout_date\"},\"description\":\"Staged rollout of the new checkout.\",\"enabled\":true,\"event_name\":\"checkout_completed\",\"id\":\"7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918\",\"metadata\":{},\"name\":\"New checkout\",\"slug\":\"new-checkout\",\"targetings\":null,\"type\":\"boolean\",\"variants\":[{\"description\":\"\",\"name\":\"on\",\"value\":true},{\"description\":\"\",\"name\":\"off\",\"value\":false}]}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_feature_flag,
        empty_segment: Some(("feature_flag_slug", empty_get_feature_flag)),
    },
    Case {
        operation_id: "updateFeatureFlag",
        method: "PUT",
        path_template: "/feature-flags/{featureFlagSlug}",
        path: "/feature-flags/new-checkout",
        query: &[],
        request_body: Some(
            "{\"default_variant\":{\"distribution\":{\"off\":50,\"on\":50},\"type\":\"rollout_percentage\"},\"description\":\"Half of all traffic gets the new checkout.\",\"enabled\":true,\"event_name\":\"\",\"metadata\":{},\"name\":\"New checkout\",\"slug\":\"new-checkout\",\"targetings\":[],\"type\":\"boolean\",\"variants\":[{\"description\":\"\",\"name\":\"on\",\"value\":true},{\"description\":\"\",\"name\":\"off\",\"value\":false}]}",
        ),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_feature_flag,
        empty_segment: Some(("feature_flag_slug", empty_update_feature_flag)),
    },
    Case {
        operation_id: "deleteFeatureFlag",
        method: "DELETE",
        path_template: "/feature-flags/{featureFlagSlug}",
        path: "/feature-flags/new-checkout",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_feature_flag,
        empty_segment: Some(("feature_flag_slug", empty_delete_feature_flag)),
    },
    Case {
        operation_id: "getTargetingContext",
        method: "GET",
        path_template: "/feature-flags/targeting/context",
        path: "/feature-flags/targeting/context",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"__kaiten\":{\"deploymentZone\":{\"type\":\"production\"},\"instance\":{\"metadata\":{}},\"license\":{\"familySlug\":\"growth\"}}}",
        ),
        expected: Some(
            "{\"__kaiten\":{\"deploymentZone\":{\"type\":\"production\"},\"instance\":{\"metadata\":{}},\"license\":{\"familySlug\":\"growth\"}}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_targeting_context,
        empty_segment: None,
    },
    Case {
        operation_id: "lintTargetingRule",
        method: "POST",
        path_template: "/feature-flags/targeting/lint",
        path: "/feature-flags/targeting/lint",
        query: &[],
        request_body: Some("{\"rule\":\"__kaiten.license.familySlug == 'growth'\"}"),
        status: 200u16,
        response_body: Some("{\"issues\":[],\"valid\":true}"),
        expected: Some("{\"issues\":[],\"valid\":true}"),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_lint_targeting_rule,
        empty_segment: None,
    },
    Case {
        operation_id: "testTargetingRule",
        method: "POST",
        path_template: "/feature-flags/targeting/test",
        path: "/feature-flags/targeting/test",
        query: &[],
        request_body: Some(
            "{\"context\":{},\"rule\":\"__kaiten.license.familySlug == 'growth'\",\"targetingKey\":\"acme-production\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"evaluationError\":null,\"facts\":{\"__kaiten\":{\"license\":{\"familySlug\":\"growth\"}}},\"issues\":[],\"matched\":true,\"valid\":true}",
        ),
        expected: Some(
            "{\"evaluationError\":null,\"facts\":{\"__kaiten\":{\"license\":{\"familySlug\":\"growth\"}}},\"issues\":[],\"matched\":true,\"valid\":true}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_test_targeting_rule,
        empty_segment: None,
    },
    Case {
        operation_id: "getOpenFeatureManifest",
        method: "GET",
        path_template: "/openfeature/v0/manifest",
        path: "/openfeature/v0/manifest",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"flags\":[{\"defaultValue\":false,\"description\":\"Staged rollout of the new checkout.\",\"key\":\"new-checkout\",\"name\":\"New checkout\",\"type\":\"boolean\"}]}",
        ),
        expected: Some(
            "{\"flags\":[{\"defaultValue\":false,\"description\":\"Staged rollout of the new checkout.\",\"key\":\"new-checkout\",\"name\":\"New checkout\",\"type\":\"boolean\"}]}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_open_feature_manifest,
        empty_segment: None,
    },
    Case {
        operation_id: "evaluateFlags",
        method: "POST",
        path_template: "/ofrep/v1/evaluate/flags",
        path: "/ofrep/v1/evaluate/flags",
        query: &[],
        request_body: Some("{\"context\":{\"targetingKey\":\"acme-production\"}}"),
        status: 200u16,
        response_body: Some(
            "{\"flags\":[{\"key\":\"new-checkout\",\"metadata\":{},\"reason\":\"TARGETING_MATCH\",\"value\":true,\"variant\":\"on\"}]}",
        ),
        expected: Some(
            "{\"flags\":[{\"key\":\"new-checkout\",\"metadata\":{},\"reason\":\"TARGETING_MATCH\",\"value\":true,\"variant\":\"on\"}]}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_evaluate_flags,
        empty_segment: None,
    },
    Case {
        operation_id: "evaluateFlag",
        method: "POST",
        path_template: "/ofrep/v1/evaluate/flags/{key}",
        path: "/ofrep/v1/evaluate/flags/new-checkout",
        query: &[],
        request_body: Some("{\"context\":{\"targetingKey\":\"acme-production\"}}"),
        status: 200u16,
        response_body: Some(
            "{\"key\":\"new-checkout\",\"metadata\":{},\"reason\":\"TARGETING_MATCH\",\"value\":true,\"variant\":\"on\"}",
        ),
        expected: Some(
            "{\"key\":\"new-checkout\",\"metadata\":{},\"reason\":\"TARGETING_MATCH\",\"value\":true,\"variant\":\"on\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_evaluate_flag,
        empty_segment: Some(("key", empty_evaluate_flag)),
    },
    Case {
        operation_id: "listComponents",
        method: "GET",
        path_template: "/components",
        path: "/components",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-10T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"Edge API gateway.\",\"id\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"name\":\"api-gateway\",\"slug\":\"api-gateway\",\"version\":\"v1.2.3\"}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-10T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"Edge API gateway.\",\"id\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"name\":\"api-gateway\",\"slug\":\"api-gateway\",\"version\":\"v1.2.3\"}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_components,
        empty_segment: None,
    },
    Case {
        operation_id: "createComponent",
        method: "POST",
        path_template: "/components",
        path: "/components",
        query: &[],
        request_body: Some(
            "{\"description\":\"Edge API gateway.\",\"name\":\"api-gateway\",\"previousComponentId\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"version\":\"v1.3.0\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-02-10T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"Edge API gateway.\",\"id\":\"4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a\",\"name\":\"api-gateway\",\"previousComponentId\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"slug\":\"api-gateway-2\",\"version\":\"v1.3.0\"}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-02-10T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"Edge API gateway.\",\"id\":\"4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a\",\"name\":\"api-gateway\",\"previousComponentId\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"slug\":\"api-gateway-2\",\"version\":\"v1.3.0\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_component,
        empty_segment: None,
    },
    Case {
        operation_id: "getComponent",
        method: "GET",
        path_template: "/components/{componentSlug}",
        path: "/components/api-gateway",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-01-10T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"Edge API gateway.\",\"id\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"name\":\"api-gateway\",\"slug\":\"api-gateway\",\"version\":\"v1.2.3\"}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-01-10T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"Edge API gateway.\",\"id\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"name\":\"api-gateway\",\"slug\":\"api-gateway\",\"version\":\"v1.2.3\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_component,
        empty_segment: Some(("component_slug", empty_get_component)),
    },
    Case {
        operation_id: "updateComponent",
        method: "PUT",
        path_template: "/components/{componentSlug}",
        path: "/components/api-gateway",
        query: &[],
        request_body: Some(
            "{\"description\":\"Edge API gateway (hotfix).\",\"name\":\"api-gateway\",\"version\":\"v1.2.4\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-01-10T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"Edge API gateway (hotfix).\",\"id\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"name\":\"api-gateway\",\"slug\":\"api-gateway\",\"version\":\"v1.2.4\"}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-01-10T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"Edge API gateway (hotfix).\",\"id\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"name\":\"api-gateway\",\"slug\":\"api-gateway\",\"version\":\"v1.2.4\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_component,
        empty_segment: Some(("component_slug", empty_update_component)),
    },
    Case {
        operation_id: "deleteComponent",
        method: "DELETE",
        path_template: "/components/{componentSlug}",
        path: "/components/api-gateway",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_component,
        empty_segment: Some(("component_slug", empty_delete_component)),
    },
    Case {
        operation_id: "listReleases",
        method: "GET",
        path_template: "/releases",
        path: "/releases",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"componentIds\":[\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\"],\"createdAt\":\"2026-01-20T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"First general-availability release.\",\"id\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"v1-4-0\",\"version\":\"v1.4.0\"}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"componentIds\":[\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\"],\"createdAt\":\"2026-01-20T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"First general-availability release.\",\"id\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"v1-4-0\",\"version\":\"v1.4.0\"}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_releases,
        empty_segment: None,
    },
    Case {
        operation_id: "createRelease",
        method: "POST",
        path_template: "/releases",
        path: "/releases",
        query: &[],
        request_body: Some(
            "{\"componentIds\":[\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\"],\"description\":\"First general-availability release.\",\"version\":\"v1.4.0\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"componentIds\":[\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\"],\"components\":[{\"createdAt\":\"2026-01-10T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"Edge API gateway.\",\"id\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"name\":\"api-gateway\",\"slug\":\"api-gateway\",\"version\":\"v1.2.3\"}],\"createdAt\":\"2026-01-20T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"First general-availability release.\",\"id\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"v1-4-0\",\"version\":\"v1.4.0\"}",
        ),
        expected: Some(
            "{\"componentIds\":[\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\"],\"components\":[{\"createdAt\":\"2026-01-10T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"Edge API gateway.\",\"id\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"name\":\"api-gateway\",\"slug\":\"api-gateway\",\"version\":\"v1.2.3\"}],\"createdAt\":\"2026-01-20T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"First general-availability release.\",\"id\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"v1-4-0\",\"version\":\"v1.4.0\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_release,
        empty_segment: None,
    },
    Case {
        operation_id: "getRelease",
        method: "GET",
        path_template: "/releases/{releaseSlug}",
        path: "/releases/v1-4-0",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"componentIds\":[\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\"],\"components\":[{\"createdAt\":\"2026-01-10T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"Edge API gateway.\",\"id\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"name\":\"api-gateway\",\"slug\":\"api-gateway\",\"version\":\"v1.2.3\"}],\"createdAt\":\"2026-01-20T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"First general-availability release.\",\"id\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"v1-4-0\",\"version\":\"v1.4.0\"}",
        ),
        expected: Some(
            "{\"componentIds\":[\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\"],\"components\":[{\"createdAt\":\"2026-01-10T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"Edge API gateway.\",\"id\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"name\":\"api-gateway\",\"slug\":\"api-gateway\",\"version\":\"v1.2.3\"}],\"createdAt\":\"2026-01-20T12:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"First general-availability release.\",\"id\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"v1-4-0\",\"version\":\"v1.4.0\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_release,
        empty_segment: Some(("release_slug", empty_get_release)),
    },
    Case {
        operation_id: "deleteRelease",
        method: "DELETE",
        path_template: "/releases/{releaseSlug}",
        path: "/releases/v1-4-0",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_release,
        empty_segment: Some(("release_slug", empty_delete_release)),
    },
    Case {
        operation_id: "listDeploymentZones",
        method: "GET",
        path_template: "/deployment-zones",
        path: "/deployment-zones",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-05T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"\",\"id\":\"8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e\",\"metadata\":{},\"name\":\"AWS eu-west-1\",\"releaseId\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"aws-eu-west-1\",\"type\":\"production\",\"updatedAt\":\"2026-01-21T08:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-05T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"\",\"id\":\"8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e\",\"metadata\":{},\"name\":\"AWS eu-west-1\",\"releaseId\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"aws-eu-west-1\",\"type\":\"production\",\"updatedAt\":\"2026-01-21T08:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_deployment_zones,
        empty_segment: None,
    },
    Case {
        operation_id: "createDeploymentZone",
        method: "POST",
        path_template: "/deployment-zones",
        path: "/deployment-zones",
        query: &[],
        request_body: Some(
            "{\"description\":\"\",\"name\":\"AWS eu-west-1\",\"releaseId\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"aws-eu-west-1\",\"type\":\"production\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-01-05T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"\",\"id\":\"8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e\",\"name\":\"AWS eu-west-1\",\"releaseId\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"aws-eu-west-1\",\"type\":\"production\",\"updatedAt\":\"2026-01-05T08:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-01-05T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"\",\"id\":\"8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e\",\"name\":\"AWS eu-west-1\",\"releaseId\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"aws-eu-west-1\",\"type\":\"production\",\"updatedAt\":\"2026-01-05T08:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_deployment_zone,
        empty_segment: None,
    },
    Case {
        operation_id: "getDeploymentZone",
        method: "GET",
        path_template: "/deployment-zones/{deploymentZoneSlug}",
        path: "/deployment-zones/aws-eu-west-1",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-01-05T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"\",\"id\":\"8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e\",\"metadata\":{},\"name\":\"AWS eu-west-1\",\"releaseId\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"aws-eu-west-1\",\"type\":\"production\",\"updatedAt\":\"2026-01-21T08:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-01-05T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"description\":\"\",\"id\":\"8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e\",\"metadata\":{},\"name\":\"AWS eu-west-1\",\"releaseId\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"aws-eu-west-1\",\"type\":\"production\",\"updatedAt\":\"2026-01-21T08:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_deployment_zone,
        empty_segment: Some(("deployment_zone_slug", empty_get_deployment_zone)),
    },
    Case {
        operation_id: "updateDeploymentZone",
        method: "PUT",
        path_template: "/deployment-zones/{deploymentZoneSlug}",
        path: "/deployment-zones/aws-eu-west-1",
        query: &[],
        request_body: Some(
            "{\"description\":\"Primary production zone.\",\"metadata\":{},\"name\":\"AWS eu-west-1\",\"releaseId\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"type\":\"production\"}",
        ),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_deployment_zone,
        empty_segment: Some(("deployment_zone_slug", empty_update_deployment_zone)),
    },
    Case {
        operation_id: "deleteDeploymentZone",
        method: "DELETE",
        path_template: "/deployment-zones/{deploymentZoneSlug}",
        path: "/deployment-zones/aws-eu-west-1",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_deployment_zone,
        empty_segment: Some(("deployment_zone_slug", empty_delete_deployment_zone)),
    },
    Case {
        operation_id: "listConnectors",
        method: "GET",
        path_template: "/connectors",
        path: "/connectors",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "[{\"created_at\":\"2026-01-15T09:00:00Z\",\"entitlement_slug\":\"crm-sync\",\"name\":\"kaiten.integration.crm.attio\",\"settings_schema\":{\"properties\":{\"apiKey\":{\"type\":\"string\",\"writeOnly\":true},\"workspace\":{\"type\":\"string\"}},\"required\":[\"apiKey\"],\"type\":\"object\"},\"updated_at\":\"2026-03-02T10:30:00Z\",\"version\":\"1.4.0\"}]",
        ),
        expected: Some(
            "[{\"created_at\":\"2026-01-15T09:00:00Z\",\"entitlement_slug\":\"crm-sync\",\"name\":\"kaiten.integration.crm.attio\",\"settings_schema\":{\"properties\":{\"apiKey\":{\"type\":\"string\",\"writeOnly\":true},\"workspace\":{\"type\":\"string\"}},\"required\":[\"apiKey\"],\"type\":\"object\"},\"updated_at\":\"2026-03-02T10:30:00Z\",\"version\":\"1.4.0\"}]",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_connectors,
        empty_segment: None,
    },
    Case {
        operation_id: "getConnector",
        method: "GET",
        path_template: "/connectors/{connectorName}",
        path: "/connectors/kaiten.integration.crm.attio",
        query: &[],
        request_body: None,
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
        call: call_get_connector,
        empty_segment: Some(("connector_name", empty_get_connector)),
    },
    Case {
        operation_id: "getConnectorState",
        method: "GET",
        path_template: "/connectors/{connectorName}/state",
        path: "/connectors/kaiten.integration.crm.attio/state",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"activated\":true,\"activatedAt\":\"2026-03-05T14:00:00Z\",\"available\":true,\"connectorName\":\"kaiten.integration.crm.attio\",\"entitled\":true,\"version\":\"1.4.0\"}",
        ),
        expected: Some(
            "{\"activated\":true,\"activatedAt\":\"2026-03-05T14:00:00Z\",\"available\":true,\"connectorName\":\"kaiten.integration.crm.attio\",\"entitled\":true,\"version\":\"1.4.0\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_connector_state,
        empty_segment: Some(("connector_name", empty_get_connector_state)),
    },
    Case {
        operation_id: "activateConnector",
        method: "PUT",
        path_template: "/connectors/{connectorName}/activation",
        path: "/connectors/kaiten.integration.crm.attio/activation",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"activatedAt\":\"2026-03-05T14:00:00Z\",\"connectorName\":\"kaiten.integration.crm.attio\"}",
        ),
        expected: Some(
            "{\"activatedAt\":\"2026-03-05T14:00:00Z\",\"connectorName\":\"kaiten.integration.crm.attio\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_activate_connector,
        empty_segment: Some(("connector_name", empty_activate_connector)),
    },
    Case {
        operation_id: "deactivateConnector",
        method: "DELETE",
        path_template: "/connectors/{connectorName}/activation",
        path: "/connectors/kaiten.integration.crm.attio/activation",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_deactivate_connector,
        empty_segment: Some(("connector_name", empty_deactivate_connector)),
    },
    Case {
        operation_id: "getConnectorSettingsSchema",
        method: "GET",
        path_template: "/connectors/{connectorName}/settings/schema",
        path: "/connectors/kaiten.integration.crm.attio/settings/schema",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"connector_name\":\"kaiten.integration.crm.attio\",\"schema\":{\"properties\":{\"apiKey\":{\"type\":\"string\",\"writeOnly\":true},\"workspace\":{\"type\":\"string\"}},\"required\":[\"apiKey\"],\"type\":\"object\"},\"version\":\"1.4.0\"}",
        ),
        expected: Some(
            "{\"connector_name\":\"kaiten.integration.crm.attio\",\"schema\":{\"properties\":{\"apiKey\":{\"type\":\"string\",\"writeOnly\":true},\"workspace\":{\"type\":\"string\"}},\"required\":[\"apiKey\"],\"type\":\"object\"},\"version\":\"1.4.0\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_connector_settings_schema,
        empty_segment: Some(("connector_name", empty_get_connector_settings_schema)),
    },
    Case {
        operation_id: "getConnectorSettings",
        method: "GET",
        path_template: "/connectors/{connectorName}/settings",
        path: "/connectors/kaiten.integration.crm.attio/settings",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"connector_name\":\"kaiten.integration.crm.attio\",\"settings\":{\"workspace\":\"acme\"}}",
        ),
        expected: Some(
            "{\"connector_name\":\"kaiten.integration.crm.attio\",\"settings\":{\"workspace\":\"acme\"}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_connector_settings,
        empty_segment: Some(("connector_name", empty_get_connector_settings)),
    },
    Case {
        operation_id: "updateConnectorSettings",
        method: "PUT",
        path_template: "/connectors/{connectorName}/settings",
        path: "/connectors/kaiten.integration.crm.attio/settings",
        query: &[],
        request_body: Some(
            "{\"settings\":{\"apiKey\":\"attio-api-key-example\",\"workspace\":\"acme\"}}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"connector_name\":\"kaiten.integration.crm.attio\",\"settings\":{\"workspace\":\"acme\"}}",
        ),
        expected: Some(
            "{\"connector_name\":\"kaiten.integration.crm.attio\",\"settings\":{\"workspace\":\"acme\"}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_connector_settings,
        empty_segment: Some(("connector_name", empty_update_connector_settings)),
    },
    Case {
        operation_id: "deleteConnectorSettings",
        method: "DELETE",
        path_template: "/connectors/{connectorName}/settings",
        path: "/connectors/kaiten.integration.crm.attio/settings",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_connector_settings,
        empty_segment: Some(("connector_name", empty_delete_connector_settings)),
    },
    Case {
        operation_id: "listMetadataFields",
        method: "GET",
        path_template: "/metadata-fields",
        path: "/metadata-fields",
        query: &[("resourceType", "INSTANCE")],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-02-01T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"displayOrder\":0,\"id\":\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\",\"jsonSchema\":{\"enum\":[\"eu\",\"us\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Region\",\"resourceType\":\"INSTANCE\",\"updatedAt\":\"2026-02-01T08:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-02-01T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"displayOrder\":0,\"id\":\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\",\"jsonSchema\":{\"enum\":[\"eu\",\"us\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Region\",\"resourceType\":\"INSTANCE\",\"updatedAt\":\"2026-02-01T08:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_metadata_fields,
        empty_segment: None,
    },
    Case {
        operation_id: "createMetadataField",
        method: "POST",
        path_template: "/metadata-fields",
        path: "/metadata-fields",
        query: &[],
        request_body: Some(
            "{\"displayOrder\":0,\"jsonSchema\":{\"enum\":[\"eu\",\"us\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Region\",\"resourceType\":\"INSTANCE\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-02-01T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"displayOrder\":0,\"id\":\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\",\"jsonSchema\":{\"enum\":[\"eu\",\"us\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Region\",\"resourceType\":\"INSTANCE\",\"updatedAt\":\"2026-02-01T08:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-02-01T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"displayOrder\":0,\"id\":\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\",\"jsonSchema\":{\"enum\":[\"eu\",\"us\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Region\",\"resourceType\":\"INSTANCE\",\"updatedAt\":\"2026-02-01T08:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_metadata_field,
        empty_segment: None,
    },
    Case {
        operation_id: "reorderMetadataFields",
        method: "POST",
        path_template: "/metadata-fields/reorder",
        path: "/metadata-fields/reorder",
        query: &[],
        request_body: Some(
            "{\"ids\":[\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\",\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\"]}",
        ),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_reorder_metadata_fields,
        empty_segment: None,
    },
    Case {
        operation_id: "updateMetadataField",
        method: "PATCH",
        path_template: "/metadata-fields/{id}",
        path: "/metadata-fields/3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f",
        query: &[],
        request_body: Some(
            "{\"jsonSchema\":{\"enum\":[\"eu\",\"us\",\"apac\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Hosting region\",\"resourceType\":\"INSTANCE\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-02-01T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"displayOrder\":0,\"id\":\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\",\"jsonSchema\":{\"enum\":[\"eu\",\"us\",\"apac\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Hosting region\",\"resourceType\":\"INSTANCE\",\"updatedAt\":\"2026-02-10T11:15:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-02-01T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"displayOrder\":0,\"id\":\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\",\"jsonSchema\":{\"enum\":[\"eu\",\"us\",\"apac\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Hosting region\",\"resourceType\":\"INSTANCE\",\"updatedAt\":\"2026-02-10T11:15:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_update_metadata_field,
        empty_segment: Some(("id", empty_update_metadata_field)),
    },
    Case {
        operation_id: "archiveMetadataField",
        method: "POST",
        path_template: "/metadata-fields/{id}/archive",
        path: "/metadata-fields/3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f/archive",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"archivedAt\":\"2026-04-01T12:00:00Z\",\"createdAt\":\"2026-02-01T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"displayOrder\":0,\"id\":\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\",\"jsonSchema\":{\"enum\":[\"eu\",\"us\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Region\",\"resourceType\":\"INSTANCE\",\"updatedAt\":\"2026-04-01T12:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        expected: Some(
            "{\"archivedAt\":\"2026-04-01T12:00:00Z\",\"createdAt\":\"2026-02-01T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"displayOrder\":0,\"id\":\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\",\"jsonSchema\":{\"enum\":[\"eu\",\"us\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Region\",\"resourceType\":\"INSTANCE\",\"updatedAt\":\"2026-04-01T12:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_archive_metadata_field,
        empty_segment: Some(("id", empty_archive_metadata_field)),
    },
    Case {
        operation_id: "unarchiveMetadataField",
        method: "POST",
        path_template: "/metadata-fields/{id}/unarchive",
        path: "/metadata-fields/3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f/unarchive",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-02-01T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"displayOrder\":0,\"id\":\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\",\"jsonSchema\":{\"enum\":[\"eu\",\"us\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Region\",\"resourceType\":\"INSTANCE\",\"updatedAt\":\"2026-04-02T09:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-02-01T08:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"displayOrder\":0,\"id\":\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\",\"jsonSchema\":{\"enum\":[\"eu\",\"us\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Region\",\"resourceType\":\"INSTANCE\",\"updatedAt\":\"2026-04-02T09:00:00Z\",\"updatedBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"}}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_unarchive_metadata_field,
        empty_segment: Some(("id", empty_unarchive_metadata_field)),
    },
    Case {
        operation_id: "dryRunMetadataField",
        method: "POST",
        path_template: "/metadata-fields/{id}/dry-run",
        path: "/metadata-fields/3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f/dry-run",
        query: &[],
        request_body: Some("{\"jsonSchema\":{\"enum\":[\"eu\"],\"type\":\"string\"}}"),
        status: 200u16,
        response_body: Some(
            "{\"count\":1,\"samples\":[{\"name\":\"Acme Production\",\"slug\":\"acme-production\"}]}",
        ),
        expected: Some(
            "{\"count\":1,\"samples\":[{\"name\":\"Acme Production\",\"slug\":\"acme-production\"}]}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_dry_run_metadata_field,
        empty_segment: Some(("id", empty_dry_run_metadata_field)),
    },
    Case {
        operation_id: "listServiceAccounts",
        method: "GET",
        path_template: "/service-accounts",
        path: "/service-accounts",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-20T10:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"name\":\"billing-sync\",\"slug\":\"billing-sync\",\"tokens\":[{\"createdAt\":\"2026-01-20T10:05:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"expiresAt\":\"2027-01-20T10:05:00Z\",\"id\":\"5b1f3a2e-8c4d-4f6a-9b7e-2d3c4b5a6f7e\",\"name\":\"ci\",\"scopes\":[\"read:customers\",\"write:instances\"],\"serviceAccountId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"slug\":\"ci\"}]}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-20T10:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"name\":\"billing-sync\",\"slug\":\"billing-sync\",\"tokens\":[{\"createdAt\":\"2026-01-20T10:05:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"expiresAt\":\"2027-01-20T10:05:00Z\",\"id\":\"5b1f3a2e-8c4d-4f6a-9b7e-2d3c4b5a6f7e\",\"name\":\"ci\",\"scopes\":[\"read:customers\",\"write:instances\"],\"serviceAccountId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"slug\":\"ci\"}]}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_service_accounts,
        empty_segment: None,
    },
    Case {
        operation_id: "createServiceAccount",
        method: "POST",
        path_template: "/service-accounts",
        path: "/service-accounts",
        query: &[],
        request_body: Some("{\"name\":\"billing-sync\"}"),
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-01-20T10:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"name\":\"billing-sync\",\"slug\":\"billing-sync\",\"tokens\":null}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-01-20T10:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"name\":\"billing-sync\",\"slug\":\"billing-sync\",\"tokens\":null}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_service_account,
        empty_segment: None,
    },
    Case {
        operation_id: "getServiceAccount",
        method: "GET",
        path_template: "/service-accounts/{serviceAccountSlug}",
        path: "/service-accounts/billing-sync",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-01-20T10:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"name\":\"billing-sync\",\"slug\":\"billing-sync\",\"tokens\":[{\"createdAt\":\"2026-01-20T10:05:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"expiresAt\":\"2027-01-20T10:05:00Z\",\"id\":\"5b1f3a2e-8c4d-4f6a-9b7e-2d3c4b5a6f7e\",\"name\":\"ci\",\"scopes\":[\"read:customers\",\"write:instances\"],\"serviceAccountId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"slug\":\"ci\"}]}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-01-20T10:00:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"name\":\"billing-sync\",\"slug\":\"billing-sync\",\"tokens\":[{\"createdAt\":\"2026-01-20T10:05:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"expiresAt\":\"2027-01-20T10:05:00Z\",\"id\":\"5b1f3a2e-8c4d-4f6a-9b7e-2d3c4b5a6f7e\",\"name\":\"ci\",\"scopes\":[\"read:customers\",\"write:instances\"],\"serviceAccountId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"slug\":\"ci\"}]}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_service_account,
        empty_segment: Some(("service_account_slug", empty_get_service_account)),
    },
    Case {
        operation_id: "updateServiceAccount",
        method: "PUT",
        path_template: "/service-accounts/{serviceAccountSlug}",
        path: "/service-accounts/billing-sync",
        query: &[],
        request_body: Some("{\"name\":\"billing-sync-v2\"}"),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_service_account,
        empty_segment: Some(("service_account_slug", empty_update_service_account)),
    },
    Case {
        operation_id: "listServiceAccountTokens",
        method: "GET",
        path_template: "/service-accounts/{serviceAccountSlug}/tokens",
        path: "/service-accounts/billing-sync/tokens",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-20T10:05:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"expiresAt\":\"2027-01-20T10:05:00Z\",\"id\":\"5b1f3a2e-8c4d-4f6a-9b7e-2d3c4b5a6f7e\",\"name\":\"ci\",\"scopes\":[\"read:customers\",\"write:instances\"],\"serviceAccountId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"slug\":\"ci\"}],\"nextCursor\":null}",
        ),
        expected: Some(
            "{\"hasMore\":false,\"items\":[{\"createdAt\":\"2026-01-20T10:05:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"expiresAt\":\"2027-01-20T10:05:00Z\",\"id\":\"5b1f3a2e-8c4d-4f6a-9b7e-2d3c4b5a6f7e\",\"name\":\"ci\",\"scopes\":[\"read:customers\",\"write:instances\"],\"serviceAccountId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"slug\":\"ci\"}],\"nextCursor\":null}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_list_service_account_tokens,
        empty_segment: Some(("service_account_slug", empty_list_service_account_tokens)),
    },
    Case {
        operation_id: "createServiceAccountToken",
        method: "POST",
        path_template: "/service-accounts/{serviceAccountSlug}/tokens",
        path: "/service-accounts/billing-sync/tokens",
        query: &[],
        request_body: Some(
            "{\"expiresAt\":\"2027-01-20T10:05:00Z\",\"name\":\"ci\",\"scopes\":[\"read:customers\",\"write:instances\"]}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"createdAt\":\"2026-01-20T10:05:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"expiresAt\":\"2027-01-20T10:05:00Z\",\"id\":\"5b1f3a2e-8c4d-4f6a-9b7e-2d3c4b5a6f7e\",\"name\":\"ci\",\"scopes\":[\"read:customers\",\"write:instances\"],\"serviceAccountId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"slug\":\"ci\",\"token\":\"ksh_example0000000000000000000000\"}",
        ),
        expected: Some(
            "{\"createdAt\":\"2026-01-20T10:05:00Z\",\"createdBy\":{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"name\":\"John Doe\"},\"expiresAt\":\"2027-01-20T10:05:00Z\",\"id\":\"5b1f3a2e-8c4d-4f6a-9b7e-2d3c4b5a6f7e\",\"name\":\"ci\",\"scopes\":[\"read:customers\",\"write:instances\"],\"serviceAccountId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"slug\":\"ci\",\"token\":\"ksh_example0000000000000000000000\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &["ksh_example0000000000000000000000"],
        call: call_create_service_account_token,
        empty_segment: Some(("service_account_slug", empty_create_service_account_token)),
    },
    Case {
        operation_id: "deleteServiceAccountToken",
        method: "DELETE",
        path_template: "/service-accounts/{serviceAccountSlug}/tokens/{tokenSlug}",
        path: "/service-accounts/billing-sync/tokens/ci",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_service_account_token,
        empty_segment: Some(("service_account_slug", empty_delete_service_account_token)),
    },
];
fn arg<T: ::serde::de::DeserializeOwned>(name: &str, json: &str) -> T {
    ::serde_json::from_str(json)
        .unwrap_or_else(|e| {
            panic!("the example of `{name}` ({json}) does not fit its type: {e}")
        })
}
fn outcome<T: ::serde::Serialize + ::std::fmt::Debug>(
    r: Result<T, kaiten_client::Error>,
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
                    kaiten_client::Error::InvalidInput(i) => Some(i.field().to_string()),
                    _ => None,
                },
                error: Some(format!("{e}\n{e:?}")),
                kind: Some(format!("{:?}", e.kind())),
                raw_body: e.raw_body().map(|b| String::from_utf8_lossy(b).into_owned()),
            }
        }
    }
}
fn call_list_customers(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.customers().list_page(a0.as_deref(), a1).await)
    })
}
fn call_create_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::CustomerCreate = arg(
            "body",
            "{\"externalCustomerId\":\"external-customer-id-12345\",\"name\":\"Awesome Customer\"}",
        );
        outcome(c.customers().create(&a0).await)
    })
}
fn call_get_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("customer_slug", "\"awesome-customer\"");
        outcome(c.customers().get(&a0).await)
    })
}
fn empty_get_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.customers().get(&a0).await)
    })
}
fn call_update_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("customer_slug", "\"awesome-customer\"");
        let a1: kaiten_client::types::CustomerUpdate = arg(
            "body",
            "{\"domain\":\"awesome.example\",\"externalCustomerId\":\"external-customer-id-12345\",\"name\":\"Awesome Customer Inc.\"}",
        );
        outcome(c.customers().update(&a0, &a1).await)
    })
}
fn empty_update_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::CustomerUpdate = arg(
            "body",
            "{\"domain\":\"awesome.example\",\"externalCustomerId\":\"external-customer-id-12345\",\"name\":\"Awesome Customer Inc.\"}",
        );
        outcome(c.customers().update(&a0, &a1).await)
    })
}
fn call_delete_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("customer_slug", "\"awesome-customer\"");
        outcome(c.customers().delete(&a0).await)
    })
}
fn empty_delete_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.customers().delete(&a0).await)
    })
}
fn call_get_customer_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("customer_slug", "\"awesome-customer\"");
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        outcome(c.customers().get_integration(&a0, &a1).await)
    })
}
fn empty_get_customer_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        outcome(c.customers().get_integration(&a0, &a1).await)
    })
}
fn call_update_customer_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("customer_slug", "\"awesome-customer\"");
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        let a2: kaiten_client::types::IntegrationInput = arg(
            "body",
            "{\"external_id\":\"rec_0123456789\",\"last_error\":\"rate limited by upstream, will retry\",\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        );
        outcome(c.customers().update_integration(&a0, &a1, &a2).await)
    })
}
fn empty_update_customer_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        let a2: kaiten_client::types::IntegrationInput = arg(
            "body",
            "{\"external_id\":\"rec_0123456789\",\"last_error\":\"rate limited by upstream, will retry\",\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        );
        outcome(c.customers().update_integration(&a0, &a1, &a2).await)
    })
}
fn call_create_customer_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("customer_slug", "\"awesome-customer\"");
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        let a2: kaiten_client::types::IntegrationInput = arg(
            "body",
            "{\"external_id\":\"rec_0123456789\",\"metadata\":{\"workspace\":\"acme\"},\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        );
        outcome(c.customers().create_integration(&a0, &a1, &a2).await)
    })
}
fn empty_create_customer_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        let a2: kaiten_client::types::IntegrationInput = arg(
            "body",
            "{\"external_id\":\"rec_0123456789\",\"metadata\":{\"workspace\":\"acme\"},\"web_url\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        );
        outcome(c.customers().create_integration(&a0, &a1, &a2).await)
    })
}
fn call_delete_customer_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("customer_slug", "\"awesome-customer\"");
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        outcome(c.customers().delete_integration(&a0, &a1).await)
    })
}
fn empty_delete_customer_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        outcome(c.customers().delete_integration(&a0, &a1).await)
    })
}
fn call_list_instances(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.instances().list_page(a0.as_deref(), a1).await)
    })
}
fn call_create_instance(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::InstanceCreate = arg(
            "body",
            "{\"customerId\":\"123e4567-e89b-12d3-a456-426614174000\",\"deploymentZoneId\":\"3e8f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"integrations\":{\"attio\":{\"external_id\":\"rec_9876543210\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}},\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"name\":\"Awesome Customer Production\",\"slug\":\"awesome-customer-production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\"}",
        );
        outcome(c.instances().create(&a0).await)
    })
}
fn call_get_instance(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "instance_slug",
            "\"awesome-customer-production\"",
        );
        outcome(c.instances().get(&a0).await)
    })
}
fn empty_get_instance(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.instances().get(&a0).await)
    })
}
fn call_update_instance(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "instance_slug",
            "\"awesome-customer-production\"",
        );
        let a1: kaiten_client::types::InstanceUpdate = arg(
            "body",
            "{\"customerId\":\"123e4567-e89b-12d3-a456-426614174000\",\"deploymentZoneId\":\"3e8f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b\",\"description\":\"Production deployment of Awesome Customer, EU region.\",\"endLicenseDate\":\"2025-10-01T00:00:00Z\",\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"metadata\":{\"region\":\"eu-west-1\"},\"name\":\"Awesome Customer Production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\"}",
        );
        outcome(c.instances().update(&a0, &a1).await)
    })
}
fn empty_update_instance(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::InstanceUpdate = arg(
            "body",
            "{\"customerId\":\"123e4567-e89b-12d3-a456-426614174000\",\"deploymentZoneId\":\"3e8f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b\",\"description\":\"Production deployment of Awesome Customer, EU region.\",\"endLicenseDate\":\"2025-10-01T00:00:00Z\",\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"metadata\":{\"region\":\"eu-west-1\"},\"name\":\"Awesome Customer Production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\"}",
        );
        outcome(c.instances().update(&a0, &a1).await)
    })
}
fn call_delete_instance(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "instance_slug",
            "\"awesome-customer-production\"",
        );
        outcome(c.instances().delete(&a0).await)
    })
}
fn empty_delete_instance(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.instances().delete(&a0).await)
    })
}
fn call_patch_instance(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "instance_slug",
            "\"awesome-customer-production\"",
        );
        let a1: kaiten_client::types::InstancePatch = arg(
            "body",
            "{\"status\":\"DEGRADED\"}",
        );
        outcome(c.instances().patch(&a0, &a1).await)
    })
}
fn empty_patch_instance(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::InstancePatch = arg(
            "body",
            "{\"status\":\"DEGRADED\"}",
        );
        outcome(c.instances().patch(&a0, &a1).await)
    })
}
fn call_list_instance_audit_trails(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "instance_slug",
            "\"awesome-customer-production\"",
        );
        let a1: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>> = arg(
            "after",
            "null",
        );
        let a2: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>> = arg(
            "before",
            "null",
        );
        let a3: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a4: ::std::option::Option<::std::string::String> = arg("event_name", "null");
        let a5: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(
            c
                .instances()
                .list_audit_trails_page(
                    &a0,
                    a1.as_ref(),
                    a2.as_ref(),
                    a3.as_deref(),
                    a4.as_deref(),
                    a5,
                )
                .await,
        )
    })
}
fn empty_list_instance_audit_trails(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>> = arg(
            "after",
            "null",
        );
        let a2: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>> = arg(
            "before",
            "null",
        );
        let a3: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a4: ::std::option::Option<::std::string::String> = arg("event_name", "null");
        let a5: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(
            c
                .instances()
                .list_audit_trails_page(
                    &a0,
                    a1.as_ref(),
                    a2.as_ref(),
                    a3.as_deref(),
                    a4.as_deref(),
                    a5,
                )
                .await,
        )
    })
}
fn call_list_instance_entitlement_usage(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "instance_slug",
            "\"awesome-customer-production\"",
        );
        outcome(c.instances().list_usage(&a0).await)
    })
}
fn empty_list_instance_entitlement_usage(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.instances().list_usage(&a0).await)
    })
}
fn call_get_instance_entitlement_usage(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "instance_slug",
            "\"awesome-customer-production\"",
        );
        let a1: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        outcome(c.instances().get_usage(&a0, &a1).await)
    })
}
fn empty_get_instance_entitlement_usage(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        outcome(c.instances().get_usage(&a0, &a1).await)
    })
}
fn call_report_instance_entitlement_usage(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "instance_slug",
            "\"awesome-customer-production\"",
        );
        let a1: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        let a2: kaiten_client::types::EntitlementUsageReport = arg(
            "body",
            "{\"behavior\":\"append\",\"metadata\":{\"model\":\"gpt-4o\"},\"value\":{\"type\":\"number\",\"value\":1500}}",
        );
        outcome(c.instances().report_usage(&a0, &a1, &a2).await)
    })
}
fn empty_report_instance_entitlement_usage(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        let a2: kaiten_client::types::EntitlementUsageReport = arg(
            "body",
            "{\"behavior\":\"append\",\"metadata\":{\"model\":\"gpt-4o\"},\"value\":{\"type\":\"number\",\"value\":1500}}",
        );
        outcome(c.instances().report_usage(&a0, &a1, &a2).await)
    })
}
fn call_get_instance_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "instance_slug",
            "\"awesome-customer-production\"",
        );
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        outcome(c.instances().get_integration(&a0, &a1).await)
    })
}
fn empty_get_instance_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        outcome(c.instances().get_integration(&a0, &a1).await)
    })
}
fn call_update_instance_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "instance_slug",
            "\"awesome-customer-production\"",
        );
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        let a2: kaiten_client::types::IntegrationInput = arg(
            "body",
            "{\"external_id\":\"rec_9876543210\",\"last_error\":\"rate limited by upstream, will retry\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        );
        outcome(c.instances().update_integration(&a0, &a1, &a2).await)
    })
}
fn empty_update_instance_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        let a2: kaiten_client::types::IntegrationInput = arg(
            "body",
            "{\"external_id\":\"rec_9876543210\",\"last_error\":\"rate limited by upstream, will retry\",\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        );
        outcome(c.instances().update_integration(&a0, &a1, &a2).await)
    })
}
fn call_create_instance_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "instance_slug",
            "\"awesome-customer-production\"",
        );
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        let a2: kaiten_client::types::IntegrationInput = arg(
            "body",
            "{\"external_id\":\"rec_9876543210\",\"metadata\":{\"workspace\":\"acme\"},\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        );
        outcome(c.instances().create_integration(&a0, &a1, &a2).await)
    })
}
fn empty_create_instance_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        let a2: kaiten_client::types::IntegrationInput = arg(
            "body",
            "{\"external_id\":\"rec_9876543210\",\"metadata\":{\"workspace\":\"acme\"},\"web_url\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        );
        outcome(c.instances().create_integration(&a0, &a1, &a2).await)
    })
}
fn call_delete_instance_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "instance_slug",
            "\"awesome-customer-production\"",
        );
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        outcome(c.instances().delete_integration(&a0, &a1).await)
    })
}
fn empty_delete_instance_integration(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("integration_name", "\"attio\"");
        outcome(c.instances().delete_integration(&a0, &a1).await)
    })
}
fn call_get_integration_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("adapter", "\"attio\"");
        let a1: ::std::string::String = arg("external_id", "\"rec_0123456789\"");
        outcome(c.integrations().get_customer(&a0, &a1).await)
    })
}
fn empty_get_integration_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("external_id", "\"rec_0123456789\"");
        outcome(c.integrations().get_customer(&a0, &a1).await)
    })
}
fn call_upsert_integration_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("adapter", "\"attio\"");
        let a1: ::std::string::String = arg("external_id", "\"rec_0123456789\"");
        let a2: kaiten_client::types::CustomerIntegrationResourceUpsert = arg(
            "body",
            "{\"domain\":\"acme.com\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"name\":\"Awesome Customer\",\"webUrl\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        );
        outcome(c.integrations().upsert_customer(&a0, &a1, &a2).await)
    })
}
fn empty_upsert_integration_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("external_id", "\"rec_0123456789\"");
        let a2: kaiten_client::types::CustomerIntegrationResourceUpsert = arg(
            "body",
            "{\"domain\":\"acme.com\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"name\":\"Awesome Customer\",\"webUrl\":\"https://app.attio.com/acme/company/rec_0123456789\"}",
        );
        outcome(c.integrations().upsert_customer(&a0, &a1, &a2).await)
    })
}
fn call_get_integration_instance(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("adapter", "\"attio\"");
        let a1: ::std::string::String = arg("external_id", "\"rec_0123456789\"");
        outcome(c.integrations().get_instance(&a0, &a1).await)
    })
}
fn empty_get_integration_instance(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("external_id", "\"rec_0123456789\"");
        outcome(c.integrations().get_instance(&a0, &a1).await)
    })
}
fn call_upsert_integration_instance(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("adapter", "\"attio\"");
        let a1: ::std::string::String = arg("external_id", "\"rec_0123456789\"");
        let a2: kaiten_client::types::InstanceIntegrationResourceUpsert = arg(
            "body",
            "{\"customerExternalId\":\"rec_0123456789\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"name\":\"Awesome Customer Production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\",\"webUrl\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        );
        outcome(c.integrations().upsert_instance(&a0, &a1, &a2).await)
    })
}
fn empty_upsert_integration_instance(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("external_id", "\"rec_0123456789\"");
        let a2: kaiten_client::types::InstanceIntegrationResourceUpsert = arg(
            "body",
            "{\"customerExternalId\":\"rec_0123456789\",\"description\":\"Production deployment of Awesome Customer.\",\"endLicenseDate\":\"2024-10-01T00:00:00Z\",\"integrationMetadata\":{\"workspace\":\"acme\"},\"licenseId\":\"9b2d7e4a-1c3f-4a5b-8d6e-7f8091a2b3c4\",\"name\":\"Awesome Customer Production\",\"startLicenseDate\":\"2023-10-01T00:00:00Z\",\"webUrl\":\"https://app.attio.com/acme/instance/rec_9876543210\"}",
        );
        outcome(c.integrations().upsert_instance(&a0, &a1, &a2).await)
    })
}
fn call_list_entitlements(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.entitlements().list_page(a0.as_deref(), a1).await)
    })
}
fn call_create_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::EntitlementCreate = arg(
            "body",
            "{\"aggregationMethod\":\"SUM\",\"description\":\"Monthly AI credits.\",\"displayOrder\":2,\"groupSlugs\":[\"ai-quotas\"],\"icon\":\"lucide:sparkles\",\"name\":\"AI credits\",\"resetAnchor\":\"LICENSE_START\",\"resetPeriod\":\"MONTH\",\"saleUnitFactor\":1000000,\"saleUnitPlural\":\"packs\",\"saleUnitSingular\":\"pack\",\"slug\":\"ai-credits\",\"type\":\"NUMBER_AI_CREDIT\",\"unitPlural\":\"credits\",\"unitSingular\":\"credit\",\"userFacing\":true,\"warningThresholdPercent\":80}",
        );
        outcome(c.entitlements().create(&a0).await)
    })
}
fn call_get_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        outcome(c.entitlements().get(&a0).await)
    })
}
fn empty_get_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.entitlements().get(&a0).await)
    })
}
fn call_update_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        let a1: kaiten_client::types::EntitlementUpdate = arg(
            "body",
            "{\"aggregationMethod\":\"SUM\",\"description\":\"Seats included in the plan.\",\"displayOrder\":1,\"name\":\"Seats\",\"type\":\"NUMBER\",\"unitPlural\":\"seats\",\"unitSingular\":\"seat\",\"userFacing\":true}",
        );
        outcome(c.entitlements().update(&a0, &a1).await)
    })
}
fn empty_update_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::EntitlementUpdate = arg(
            "body",
            "{\"aggregationMethod\":\"SUM\",\"description\":\"Seats included in the plan.\",\"displayOrder\":1,\"name\":\"Seats\",\"type\":\"NUMBER\",\"unitPlural\":\"seats\",\"unitSingular\":\"seat\",\"userFacing\":true}",
        );
        outcome(c.entitlements().update(&a0, &a1).await)
    })
}
fn call_delete_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        outcome(c.entitlements().delete(&a0).await)
    })
}
fn empty_delete_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.entitlements().delete(&a0).await)
    })
}
fn call_list_entitlement_groups(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.entitlement_groups().list_page(a0.as_deref(), a1).await)
    })
}
fn call_create_entitlement_group(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::EntitlementGroupCreate = arg(
            "body",
            "{\"description\":null,\"name\":\"AI quotas\",\"slug\":\"ai-quotas\"}",
        );
        outcome(c.entitlement_groups().create(&a0).await)
    })
}
fn call_get_entitlement_group(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("entitlement_group_slug", "\"ai-quotas\"");
        outcome(c.entitlement_groups().get(&a0).await)
    })
}
fn empty_get_entitlement_group(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.entitlement_groups().get(&a0).await)
    })
}
fn call_update_entitlement_group(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("entitlement_group_slug", "\"ai-quotas\"");
        let a1: kaiten_client::types::EntitlementGroupUpdate = arg(
            "body",
            "{\"description\":\"Quotas of the AI features.\",\"name\":\"AI quotas\"}",
        );
        outcome(c.entitlement_groups().update(&a0, &a1).await)
    })
}
fn empty_update_entitlement_group(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::EntitlementGroupUpdate = arg(
            "body",
            "{\"description\":\"Quotas of the AI features.\",\"name\":\"AI quotas\"}",
        );
        outcome(c.entitlement_groups().update(&a0, &a1).await)
    })
}
fn call_delete_entitlement_group(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("entitlement_group_slug", "\"ai-quotas\"");
        outcome(c.entitlement_groups().delete(&a0).await)
    })
}
fn empty_delete_entitlement_group(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.entitlement_groups().delete(&a0).await)
    })
}
fn call_add_entitlement_group_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("entitlement_group_slug", "\"ai-quotas\"");
        let a1: kaiten_client::types::EntitlementGroupMemberAdd = arg(
            "body",
            "{\"entitlementSlug\":\"ai-credits\"}",
        );
        outcome(c.entitlement_groups().add_entitlement(&a0, &a1).await)
    })
}
fn empty_add_entitlement_group_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::EntitlementGroupMemberAdd = arg(
            "body",
            "{\"entitlementSlug\":\"ai-credits\"}",
        );
        outcome(c.entitlement_groups().add_entitlement(&a0, &a1).await)
    })
}
fn call_remove_entitlement_group_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("entitlement_group_slug", "\"ai-quotas\"");
        let a1: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        outcome(c.entitlement_groups().remove_entitlement(&a0, &a1).await)
    })
}
fn empty_remove_entitlement_group_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        outcome(c.entitlement_groups().remove_entitlement(&a0, &a1).await)
    })
}
fn call_get_entitlement_group_usage(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("entitlement_group_slug", "\"ai-quotas\"");
        let a1: ::std::string::String = arg(
            "instance",
            "\"awesome-customer-production\"",
        );
        outcome(c.entitlement_groups().get_usage(&a0, &a1).await)
    })
}
fn empty_get_entitlement_group_usage(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg(
            "instance",
            "\"awesome-customer-production\"",
        );
        outcome(c.entitlement_groups().get_usage(&a0, &a1).await)
    })
}
fn call_list_licenses(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.licenses().list_page(a0.as_deref(), a1).await)
    })
}
fn call_create_license(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::LicenseCreate = arg(
            "body",
            "{\"description\":\"Growth plan for mid-size teams.\",\"familySlug\":\"growth\",\"isDefault\":false,\"lifecycleState\":\"DRAFT\",\"name\":\"Growth\",\"type\":\"PAID\",\"versionName\":\"Winter 2026\"}",
        );
        outcome(c.licenses().create(&a0).await)
    })
}
fn call_get_license(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("license_slug", "\"growth\"");
        outcome(c.licenses().get(&a0).await)
    })
}
fn empty_get_license(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.licenses().get(&a0).await)
    })
}
fn call_update_license(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("license_slug", "\"growth\"");
        let a1: kaiten_client::types::LicenseUpdate = arg(
            "body",
            "{\"description\":\"Growth plan for mid-size and large teams.\",\"isDefault\":true,\"name\":\"Growth\",\"type\":\"PAID\",\"versionName\":\"Version - 1\"}",
        );
        outcome(c.licenses().update(&a0, &a1).await)
    })
}
fn empty_update_license(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::LicenseUpdate = arg(
            "body",
            "{\"description\":\"Growth plan for mid-size and large teams.\",\"isDefault\":true,\"name\":\"Growth\",\"type\":\"PAID\",\"versionName\":\"Version - 1\"}",
        );
        outcome(c.licenses().update(&a0, &a1).await)
    })
}
fn call_delete_license(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("license_slug", "\"growth\"");
        outcome(c.licenses().delete(&a0).await)
    })
}
fn empty_delete_license(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.licenses().delete(&a0).await)
    })
}
fn call_publish_license(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("license_slug", "\"growth\"");
        outcome(c.licenses().publish(&a0).await)
    })
}
fn empty_publish_license(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.licenses().publish(&a0).await)
    })
}
fn call_archive_license(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("license_slug", "\"growth\"");
        outcome(c.licenses().archive(&a0).await)
    })
}
fn empty_archive_license(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.licenses().archive(&a0).await)
    })
}
fn call_unarchive_license(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("license_slug", "\"growth\"");
        outcome(c.licenses().unarchive(&a0).await)
    })
}
fn empty_unarchive_license(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.licenses().unarchive(&a0).await)
    })
}
fn call_list_license_entitlements(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("license_slug", "\"growth\"");
        let a1: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.licenses().list_entitlements_page(&a0, a1.as_deref(), a2).await)
    })
}
fn empty_list_license_entitlements(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.licenses().list_entitlements_page(&a0, a1.as_deref(), a2).await)
    })
}
fn call_create_license_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("license_slug", "\"growth\"");
        let a1: kaiten_client::types::LicenseEntitlementCreate = arg(
            "body",
            "{\"entitlementSlug\":\"seats\",\"limitCapExceededOveragePercent\":10,\"value\":{\"type\":\"number\",\"value\":100}}",
        );
        outcome(c.licenses().associate_entitlement(&a0, &a1).await)
    })
}
fn empty_create_license_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::LicenseEntitlementCreate = arg(
            "body",
            "{\"entitlementSlug\":\"seats\",\"limitCapExceededOveragePercent\":10,\"value\":{\"type\":\"number\",\"value\":100}}",
        );
        outcome(c.licenses().associate_entitlement(&a0, &a1).await)
    })
}
fn call_get_license_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("license_slug", "\"growth\"");
        let a1: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        outcome(c.licenses().get_entitlement(&a0, &a1).await)
    })
}
fn empty_get_license_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        outcome(c.licenses().get_entitlement(&a0, &a1).await)
    })
}
fn call_update_license_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("license_slug", "\"growth\"");
        let a1: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        let a2: kaiten_client::types::LicenseEntitlementUpdate = arg(
            "body",
            "{\"limitCapExceededOveragePercent\":0,\"value\":{\"type\":\"number\",\"value\":150}}",
        );
        outcome(c.licenses().update_entitlement(&a0, &a1, &a2).await)
    })
}
fn empty_update_license_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        let a2: kaiten_client::types::LicenseEntitlementUpdate = arg(
            "body",
            "{\"limitCapExceededOveragePercent\":0,\"value\":{\"type\":\"number\",\"value\":150}}",
        );
        outcome(c.licenses().update_entitlement(&a0, &a1, &a2).await)
    })
}
fn call_delete_license_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("license_slug", "\"growth\"");
        let a1: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        outcome(c.licenses().delete_entitlement(&a0, &a1).await)
    })
}
fn empty_delete_license_entitlement(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("entitlement_slug", "\"ai-credits\"");
        outcome(c.licenses().delete_entitlement(&a0, &a1).await)
    })
}
fn call_list_license_families(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.license_families().list_page(a0.as_deref(), a1).await)
    })
}
fn call_get_license_family(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("family_slug", "\"growth\"");
        let a1: ::std::option::Option<kaiten_client::types::GetLicenseFamilyInclude> = arg(
            "include",
            "null",
        );
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("version", "null");
        outcome(c.license_families().get(&a0, a1, a2).await)
    })
}
fn empty_get_license_family(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<kaiten_client::types::GetLicenseFamilyInclude> = arg(
            "include",
            "null",
        );
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("version", "null");
        outcome(c.license_families().get(&a0, a1, a2).await)
    })
}
fn call_list_feature_flags(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.feature_flags().list_page(a0.as_deref(), a1).await)
    })
}
fn call_create_feature_flag(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::FeatureFlagCreate = arg(
            "body",
            "{\"default_variant\":{\"type\":\"basic\",\"value\":\"off\"},\"description\":null,\"enabled\":true,\"event_name\":\"\",\"metadata\":{},\"name\":\"New checkout\",\"slug\":\"new-checkout\",\"targetings\":[{\"name\":\"Growth plan\",\"rule\":\"__kaiten.license.familySlug == 'growth'\",\"type\":\"basic\",\"variant\":\"on\"},{\"distribution\":{\"off\":80,\"on\":20},\"name\":\"Everyone else\",\"rule\":\"true\",\"type\":\"rollout_percentage\"}],\"type\":\"boolean\",\"variants\":[{\"description\":\"\",\"name\":\"on\",\"value\":true},{\"description\":\"\",\"name\":\"off\",\"value\":false}]}",
        );
        outcome(c.feature_flags().create(&a0).await)
    })
}
fn call_get_feature_flag(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("feature_flag_slug", "\"new-checkout\"");
        outcome(c.feature_flags().get(&a0).await)
    })
}
fn empty_get_feature_flag(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.feature_flags().get(&a0).await)
    })
}
fn call_update_feature_flag(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("feature_flag_slug", "\"new-checkout\"");
        let a1: kaiten_client::types::FeatureFlagUpdate = arg(
            "body",
            "{\"default_variant\":{\"distribution\":{\"off\":50,\"on\":50},\"type\":\"rollout_percentage\"},\"description\":\"Half of all traffic gets the new checkout.\",\"enabled\":true,\"event_name\":\"\",\"metadata\":{},\"name\":\"New checkout\",\"slug\":\"new-checkout\",\"targetings\":[],\"type\":\"boolean\",\"variants\":[{\"description\":\"\",\"name\":\"on\",\"value\":true},{\"description\":\"\",\"name\":\"off\",\"value\":false}]}",
        );
        outcome(c.feature_flags().update(&a0, &a1).await)
    })
}
fn empty_update_feature_flag(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::FeatureFlagUpdate = arg(
            "body",
            "{\"default_variant\":{\"distribution\":{\"off\":50,\"on\":50},\"type\":\"rollout_percentage\"},\"description\":\"Half of all traffic gets the new checkout.\",\"enabled\":true,\"event_name\":\"\",\"metadata\":{},\"name\":\"New checkout\",\"slug\":\"new-checkout\",\"targetings\":[],\"type\":\"boolean\",\"variants\":[{\"description\":\"\",\"name\":\"on\",\"value\":true},{\"description\":\"\",\"name\":\"off\",\"value\":false}]}",
        );
        outcome(c.feature_flags().update(&a0, &a1).await)
    })
}
fn call_delete_feature_flag(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("feature_flag_slug", "\"new-checkout\"");
        outcome(c.feature_flags().delete(&a0).await)
    })
}
fn empty_delete_feature_flag(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.feature_flags().delete(&a0).await)
    })
}
fn call_get_targeting_context(c: Client) -> Call {
    Box::pin(async move { outcome(c.feature_flags().get_targeting_context().await) })
}
fn call_lint_targeting_rule(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::RuleLintRequest = arg(
            "body",
            "{\"rule\":\"__kaiten.license.familySlug == 'growth'\"}",
        );
        outcome(c.feature_flags().lint_targeting_rule(&a0).await)
    })
}
fn call_test_targeting_rule(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::RuleTestRequest = arg(
            "body",
            "{\"context\":{},\"rule\":\"__kaiten.license.familySlug == 'growth'\",\"targetingKey\":\"acme-production\"}",
        );
        outcome(c.feature_flags().test_targeting_rule(&a0).await)
    })
}
fn call_get_open_feature_manifest(c: Client) -> Call {
    Box::pin(async move { outcome(c.feature_flags().manifest().await) })
}
fn call_evaluate_flags(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::OfrepEvaluationRequest = arg(
            "body",
            "{\"context\":{\"targetingKey\":\"acme-production\"}}",
        );
        outcome(c.ofrep().evaluate_flags(&a0).await)
    })
}
fn call_evaluate_flag(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("key", "\"new-checkout\"");
        let a1: kaiten_client::types::OfrepEvaluationRequest = arg(
            "body",
            "{\"context\":{\"targetingKey\":\"acme-production\"}}",
        );
        outcome(c.ofrep().evaluate_flag(&a0, &a1).await)
    })
}
fn empty_evaluate_flag(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::OfrepEvaluationRequest = arg(
            "body",
            "{\"context\":{\"targetingKey\":\"acme-production\"}}",
        );
        outcome(c.ofrep().evaluate_flag(&a0, &a1).await)
    })
}
fn call_list_components(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.components().list_page(a0.as_deref(), a1).await)
    })
}
fn call_create_component(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::ComponentCreate = arg(
            "body",
            "{\"description\":\"Edge API gateway.\",\"name\":\"api-gateway\",\"previousComponentId\":\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\",\"version\":\"v1.3.0\"}",
        );
        outcome(c.components().create(&a0).await)
    })
}
fn call_get_component(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("component_slug", "\"api-gateway\"");
        outcome(c.components().get(&a0).await)
    })
}
fn empty_get_component(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.components().get(&a0).await)
    })
}
fn call_update_component(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("component_slug", "\"api-gateway\"");
        let a1: kaiten_client::types::ComponentUpdate = arg(
            "body",
            "{\"description\":\"Edge API gateway (hotfix).\",\"name\":\"api-gateway\",\"version\":\"v1.2.4\"}",
        );
        outcome(c.components().update(&a0, &a1).await)
    })
}
fn empty_update_component(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::ComponentUpdate = arg(
            "body",
            "{\"description\":\"Edge API gateway (hotfix).\",\"name\":\"api-gateway\",\"version\":\"v1.2.4\"}",
        );
        outcome(c.components().update(&a0, &a1).await)
    })
}
fn call_delete_component(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("component_slug", "\"api-gateway\"");
        outcome(c.components().delete(&a0).await)
    })
}
fn empty_delete_component(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.components().delete(&a0).await)
    })
}
fn call_list_releases(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.releases().list_page(a0.as_deref(), a1).await)
    })
}
fn call_create_release(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::ReleaseCreate = arg(
            "body",
            "{\"componentIds\":[\"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\"],\"description\":\"First general-availability release.\",\"version\":\"v1.4.0\"}",
        );
        outcome(c.releases().create(&a0).await)
    })
}
fn call_get_release(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("release_slug", "\"v1-4-0\"");
        outcome(c.releases().get(&a0).await)
    })
}
fn empty_get_release(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.releases().get(&a0).await)
    })
}
fn call_delete_release(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("release_slug", "\"v1-4-0\"");
        outcome(c.releases().delete(&a0).await)
    })
}
fn empty_delete_release(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.releases().delete(&a0).await)
    })
}
fn call_list_deployment_zones(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.deployment_zones().list_page(a0.as_deref(), a1).await)
    })
}
fn call_create_deployment_zone(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::DeploymentZoneCreate = arg(
            "body",
            "{\"description\":\"\",\"name\":\"AWS eu-west-1\",\"releaseId\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"slug\":\"aws-eu-west-1\",\"type\":\"production\"}",
        );
        outcome(c.deployment_zones().create(&a0).await)
    })
}
fn call_get_deployment_zone(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("deployment_zone_slug", "\"aws-eu-west-1\"");
        outcome(c.deployment_zones().get(&a0).await)
    })
}
fn empty_get_deployment_zone(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.deployment_zones().get(&a0).await)
    })
}
fn call_update_deployment_zone(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("deployment_zone_slug", "\"aws-eu-west-1\"");
        let a1: kaiten_client::types::DeploymentZoneUpdate = arg(
            "body",
            "{\"description\":\"Primary production zone.\",\"metadata\":{},\"name\":\"AWS eu-west-1\",\"releaseId\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"type\":\"production\"}",
        );
        outcome(c.deployment_zones().update(&a0, &a1).await)
    })
}
fn empty_update_deployment_zone(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::DeploymentZoneUpdate = arg(
            "body",
            "{\"description\":\"Primary production zone.\",\"metadata\":{},\"name\":\"AWS eu-west-1\",\"releaseId\":\"6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c\",\"type\":\"production\"}",
        );
        outcome(c.deployment_zones().update(&a0, &a1).await)
    })
}
fn call_delete_deployment_zone(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("deployment_zone_slug", "\"aws-eu-west-1\"");
        outcome(c.deployment_zones().delete(&a0).await)
    })
}
fn empty_delete_deployment_zone(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.deployment_zones().delete(&a0).await)
    })
}
fn call_list_connectors(c: Client) -> Call {
    Box::pin(async move { outcome(c.connectors().list().await) })
}
fn call_get_connector(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "connector_name",
            "\"kaiten.integration.crm.attio\"",
        );
        outcome(c.connectors().get(&a0).await)
    })
}
fn empty_get_connector(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.connectors().get(&a0).await)
    })
}
fn call_get_connector_state(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "connector_name",
            "\"kaiten.integration.crm.attio\"",
        );
        outcome(c.connectors().get_state(&a0).await)
    })
}
fn empty_get_connector_state(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.connectors().get_state(&a0).await)
    })
}
fn call_activate_connector(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "connector_name",
            "\"kaiten.integration.crm.attio\"",
        );
        outcome(c.connectors().activate(&a0).await)
    })
}
fn empty_activate_connector(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.connectors().activate(&a0).await)
    })
}
fn call_deactivate_connector(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "connector_name",
            "\"kaiten.integration.crm.attio\"",
        );
        outcome(c.connectors().deactivate(&a0).await)
    })
}
fn empty_deactivate_connector(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.connectors().deactivate(&a0).await)
    })
}
fn call_get_connector_settings_schema(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "connector_name",
            "\"kaiten.integration.crm.attio\"",
        );
        outcome(c.connectors().get_settings_schema(&a0).await)
    })
}
fn empty_get_connector_settings_schema(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.connectors().get_settings_schema(&a0).await)
    })
}
fn call_get_connector_settings(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "connector_name",
            "\"kaiten.integration.crm.attio\"",
        );
        outcome(c.connectors().get_settings(&a0).await)
    })
}
fn empty_get_connector_settings(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.connectors().get_settings(&a0).await)
    })
}
fn call_update_connector_settings(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "connector_name",
            "\"kaiten.integration.crm.attio\"",
        );
        let a1: kaiten_client::types::ConnectorSettingsUpdate = arg(
            "body",
            "{\"settings\":{\"apiKey\":\"attio-api-key-example\",\"workspace\":\"acme\"}}",
        );
        outcome(c.connectors().update_settings(&a0, &a1).await)
    })
}
fn empty_update_connector_settings(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::ConnectorSettingsUpdate = arg(
            "body",
            "{\"settings\":{\"apiKey\":\"attio-api-key-example\",\"workspace\":\"acme\"}}",
        );
        outcome(c.connectors().update_settings(&a0, &a1).await)
    })
}
fn call_delete_connector_settings(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "connector_name",
            "\"kaiten.integration.crm.attio\"",
        );
        outcome(c.connectors().delete_settings(&a0).await)
    })
}
fn empty_delete_connector_settings(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.connectors().delete_settings(&a0).await)
    })
}
fn call_list_metadata_fields(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        let a2: kaiten_client::types::MetadataFieldResourceType = arg(
            "resource_type",
            "\"INSTANCE\"",
        );
        outcome(c.metadata_fields().list_page(a0.as_deref(), a1, a2).await)
    })
}
fn call_create_metadata_field(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::MetadataFieldCreate = arg(
            "body",
            "{\"displayOrder\":0,\"jsonSchema\":{\"enum\":[\"eu\",\"us\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Region\",\"resourceType\":\"INSTANCE\"}",
        );
        outcome(c.metadata_fields().create(&a0).await)
    })
}
fn call_reorder_metadata_fields(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::MetadataFieldReorder = arg(
            "body",
            "{\"ids\":[\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\",\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\"]}",
        );
        outcome(c.metadata_fields().reorder(&a0).await)
    })
}
fn call_update_metadata_field(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "id",
            "\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\"",
        );
        let a1: kaiten_client::types::MetadataFieldUpdate = arg(
            "body",
            "{\"jsonSchema\":{\"enum\":[\"eu\",\"us\",\"apac\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Hosting region\",\"resourceType\":\"INSTANCE\"}",
        );
        outcome(c.metadata_fields().update(&a0, &a1).await)
    })
}
fn empty_update_metadata_field(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::MetadataFieldUpdate = arg(
            "body",
            "{\"jsonSchema\":{\"enum\":[\"eu\",\"us\",\"apac\"],\"type\":\"string\"},\"key\":\"region\",\"label\":\"Hosting region\",\"resourceType\":\"INSTANCE\"}",
        );
        outcome(c.metadata_fields().update(&a0, &a1).await)
    })
}
fn call_archive_metadata_field(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "id",
            "\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\"",
        );
        outcome(c.metadata_fields().archive(&a0).await)
    })
}
fn empty_archive_metadata_field(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.metadata_fields().archive(&a0).await)
    })
}
fn call_unarchive_metadata_field(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "id",
            "\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\"",
        );
        outcome(c.metadata_fields().unarchive(&a0).await)
    })
}
fn empty_unarchive_metadata_field(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.metadata_fields().unarchive(&a0).await)
    })
}
fn call_dry_run_metadata_field(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "id",
            "\"3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f\"",
        );
        let a1: kaiten_client::types::MetadataFieldDryRun = arg(
            "body",
            "{\"jsonSchema\":{\"enum\":[\"eu\"],\"type\":\"string\"}}",
        );
        outcome(c.metadata_fields().dry_run(&a0, &a1).await)
    })
}
fn empty_dry_run_metadata_field(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::MetadataFieldDryRun = arg(
            "body",
            "{\"jsonSchema\":{\"enum\":[\"eu\"],\"type\":\"string\"}}",
        );
        outcome(c.metadata_fields().dry_run(&a0, &a1).await)
    })
}
fn call_list_service_accounts(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.service_accounts().list_page(a0.as_deref(), a1).await)
    })
}
fn call_create_service_account(c: Client) -> Call {
    Box::pin(async move {
        let a0: kaiten_client::types::ServiceAccountCreate = arg(
            "body",
            "{\"name\":\"billing-sync\"}",
        );
        outcome(c.service_accounts().create(&a0).await)
    })
}
fn call_get_service_account(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("service_account_slug", "\"billing-sync\"");
        outcome(c.service_accounts().get(&a0).await)
    })
}
fn empty_get_service_account(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.service_accounts().get(&a0).await)
    })
}
fn call_update_service_account(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("service_account_slug", "\"billing-sync\"");
        let a1: kaiten_client::types::ServiceAccountUpdate = arg(
            "body",
            "{\"name\":\"billing-sync-v2\"}",
        );
        outcome(c.service_accounts().update(&a0, &a1).await)
    })
}
fn empty_update_service_account(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::ServiceAccountUpdate = arg(
            "body",
            "{\"name\":\"billing-sync-v2\"}",
        );
        outcome(c.service_accounts().update(&a0, &a1).await)
    })
}
fn call_list_service_account_tokens(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("service_account_slug", "\"billing-sync\"");
        let a1: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.service_accounts().list_tokens_page(&a0, a1.as_deref(), a2).await)
    })
}
fn empty_list_service_account_tokens(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::string::String> = arg("cursor", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("limit", "null");
        outcome(c.service_accounts().list_tokens_page(&a0, a1.as_deref(), a2).await)
    })
}
fn call_create_service_account_token(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("service_account_slug", "\"billing-sync\"");
        let a1: kaiten_client::types::ServiceAccountTokenCreate = arg(
            "body",
            "{\"expiresAt\":\"2027-01-20T10:05:00Z\",\"name\":\"ci\",\"scopes\":[\"read:customers\",\"write:instances\"]}",
        );
        outcome(c.service_accounts().create_token(&a0, &a1).await)
    })
}
fn empty_create_service_account_token(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kaiten_client::types::ServiceAccountTokenCreate = arg(
            "body",
            "{\"expiresAt\":\"2027-01-20T10:05:00Z\",\"name\":\"ci\",\"scopes\":[\"read:customers\",\"write:instances\"]}",
        );
        outcome(c.service_accounts().create_token(&a0, &a1).await)
    })
}
fn call_delete_service_account_token(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("service_account_slug", "\"billing-sync\"");
        let a1: ::std::string::String = arg("token_slug", "\"ci\"");
        outcome(c.service_accounts().delete_token(&a0, &a1).await)
    })
}
fn empty_delete_service_account_token(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("token_slug", "\"ci\"");
        outcome(c.service_accounts().delete_token(&a0, &a1).await)
    })
}
