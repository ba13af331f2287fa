// @generated from specs/kustomer.yaml through crates/codegen (progenitor 0.15.1's signatures).
// Do not edit by hand: change the spec (or crates/codegen) and run `cargo xtask codegen`.
// `cargo xtask codegen --check` fails when this file is stale.

// The operations test table (see crates/codegen/src/optable.rs), included by
// the tests as `mod operations { include!("generated/operations.rs"); }`.

use ::std::future::Future;
use ::std::pin::Pin;
use kustomer_client::Client;
pub use ::testkit::optable::{Call, Outcome};
/// One operation of the spec and what its call shows on the wire.
pub type Case = ::testkit::optable::Case<Client>;
/// How many operations the spec has.
pub const OPERATION_COUNT: usize = 13usize;
/// Every operation of `specs/kustomer.yaml`, in document order.
pub const OPERATIONS: &[Case] = &[
    Case {
        operation_id: "getCustomers",
        method: "GET",
        path_template: "/customers",
        path: "/customers",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2016-11-09T04:23:01.925Z\",\"displayName\":\"Jane Doe\",\"externalId\":\"crm-42\",\"name\":\"Jane Doe\",\"updatedAt\":\"2016-11-09T04:23:01.925Z\"},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"relationships\":{},\"type\":\"customer\"}],\"links\":{\"first\":\"/v1/customers?page=1&pageSize=100\",\"last\":\"/v1/customers?page=43&pageSize=100\",\"next\":\"/v1/customers?page=3&pageSize=100\",\"prev\":\"/v1/customers?page=1&pageSize=100\",\"self\":\"/v1/customers?page=2&pageSize=100\"},\"meta\":{\"page\":2,\"pageSize\":100,\"total\":4210,\"totalPages\":43}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2016-11-09T04:23:01.925Z\",\"displayName\":\"Jane Doe\",\"externalId\":\"crm-42\",\"name\":\"Jane Doe\",\"updatedAt\":\"2016-11-09T04:23:01.925Z\"},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"relationships\":{},\"type\":\"customer\"}],\"links\":{\"first\":\"/v1/customers?page=1&pageSize=100\",\"last\":\"/v1/customers?page=43&pageSize=100\",\"next\":\"/v1/customers?page=3&pageSize=100\",\"prev\":\"/v1/customers?page=1&pageSize=100\",\"self\":\"/v1/customers?page=2&pageSize=100\"},\"meta\":{\"page\":2,\"pageSize\":100,\"total\":4210,\"totalPages\":43}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_customers,
        empty_segment: None,
    },
    Case {
        operation_id: "createCustomer",
        method: "POST",
        path_template: "/customers",
        path: "/customers",
        query: &[],
        request_body: Some(
            "{\"custom\":{\"acceptsMarketingBool\":true,\"latestCsatNum\":5,\"salesForceIdStr\":\"0015g00000XyZaB\"},\"defaultLang\":\"pt\",\"emails\":[{\"email\":\"jane@example.com\",\"type\":\"work\"}],\"externalId\":\"crm-42\",\"gender\":\"f\",\"locale\":\"en_US\",\"name\":\"Jane Doe\",\"phones\":[{\"phone\":\"+18005551212\",\"type\":\"mobile\"}]}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"activeUsers\":[],\"conversationCounts\":{\"all\":0,\"done\":0,\"open\":0,\"snoozed\":0},\"createdAt\":\"2016-11-09T04:23:01.925Z\",\"custom\":{\"acceptsMarketingBool\":true,\"latestCsatNum\":5,\"salesForceIdStr\":\"0015g00000XyZaB\"},\"defaultLang\":\"pt\",\"displayColor\":\"green\",\"displayIcon\":\"compass\",\"displayName\":\"Jane Doe\",\"emails\":[{\"email\":\"jane@example.com\",\"id\":null,\"type\":\"work\",\"verified\":false}],\"externalIds\":[],\"gender\":\"f\",\"lastActivityAt\":\"2016-11-09T04:23:01.925Z\",\"lastConversation\":{\"tags\":[]},\"locale\":\"en_US\",\"locations\":[{\"address\":\"1 Main Street, Springfield\",\"id\":null,\"type\":\"home\"}],\"modifiedAt\":\"2016-11-09T04:23:01.925Z\",\"name\":\"Jane Doe\",\"phones\":[{\"id\":null,\"phone\":\"+18005551212\",\"type\":\"mobile\",\"verified\":false}],\"progressiveStatus\":null,\"recentLocation\":{\"updatedAt\":\"2016-11-09T04:23:01.925Z\"},\"rev\":1,\"sharedEmails\":[],\"sharedExternalIds\":[],\"sharedPhones\":[],\"sharedSocials\":[],\"socials\":[{\"id\":null,\"type\":\"twitter\",\"url\":\"https://twitter.com/janedoe\",\"userid\":\"12345\",\"username\":\"janedoe\",\"verified\":false}],\"tags\":[\"5822a4a5aa5f92110005d6a0\"],\"updatedAt\":\"2016-11-09T04:23:01.925Z\",\"urls\":[{\"id\":null,\"type\":\"website\",\"url\":\"https://jane.example.com\"}],\"verified\":false,\"watchers\":[]},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d600\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5822a4a5aa5f92110005d600\"}},\"messages\":{\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d600\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5822a4a5aa5f92110005d600\"}},\"org\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d500\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5822a4a5aa5f92110005d500\"}}},\"type\":\"customer\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"activeUsers\":[],\"conversationCounts\":{\"all\":0,\"done\":0,\"open\":0,\"snoozed\":0},\"createdAt\":\"2016-11-09T04:23:01.925Z\",\"custom\":{\"acceptsMarketingBool\":true,\"latestCsatNum\":5,\"salesForceIdStr\":\"0015g00000XyZaB\"},\"defaultLang\":\"pt\",\"displayColor\":\"green\",\"displayIcon\":\"compass\",\"displayName\":\"Jane Doe\",\"emails\":[{\"email\":\"jane@example.com\",\"id\":null,\"type\":\"work\",\"verified\":false}],\"externalIds\":[],\"gender\":\"f\",\"lastActivityAt\":\"2016-11-09T04:23:01.925Z\",\"lastConversation\":{\"tags\":[]},\"locale\":\"en_US\",\"locations\":[{\"address\":\"1 Main Street, Springfield\",\"id\":null,\"type\":\"home\"}],\"modifiedAt\":\"2016-11-09T04:23:01.925Z\",\"name\":\"Jane Doe\",\"phones\":[{\"id\":null,\"phone\":\"+18005551212\",\"type\":\"mobile\",\"verified\":false}],\"progressiveStatus\":null,\"recentLocation\":{\"updatedAt\":\"2016-11-09T04:23:01.925Z\"},\"rev\":1,\"sharedEmails\":[],\"sharedExternalIds\":[],\"sharedPhones\":[],\"sharedSocials\":[],\"socials\":[{\"id\":null,\"type\":\"twitter\",\"url\":\"https://twitter.com/janedoe\",\"userid\":\"12345\",\"username\":\"janedoe\",\"verified\":false}],\"tags\":[\"5822a4a5aa5f92110005d6a0\"],\"updatedAt\":\"2016-11-09T04:23:01.925Z\",\"urls\":[{\"id\":null,\"type\":\"website\",\"url\":\"https://jane.example.com\"}],\"verified\":false,\"watchers\":[]},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d600\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5822a4a5aa5f92110005d600\"}},\"messages\":{\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d600\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5822a4a5aa5f92110005d600\"}},\"org\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d500\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5822a4a5aa5f92110005d500\"}}},\"type\":\"customer\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_customer,
        empty_segment: None,
    },
    Case {
        operation_id: "getCustomerById",
        method: "GET",
        path_template: "/customers/{id}",
        path: "/customers/5822a4a5aa5f92110005d69a",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"avatarUrl\":null,\"birthdayAt\":null,\"createdAt\":\"2016-11-09T04:23:01.925Z\",\"custom\":{\"latestCsatNum\":5},\"displayName\":\"Jane Doe\",\"emails\":[{\"email\":\"jane@example.com\",\"id\":null,\"type\":\"work\",\"verified\":false}],\"externalId\":\"crm-42\",\"externalIds\":[{\"externalId\":\"crm-42\",\"id\":null,\"verified\":true}],\"lastConversation\":{\"id\":\"5822a4a5aa5f92110005d700\",\"sentiment\":{\"confidence\":0.8,\"polarity\":1},\"tags\":[]},\"lastCustomerActivityAt\":\"2016-11-10T08:00:00.000Z\",\"lastMessageIn\":{\"sentAt\":\"2016-11-10T08:00:00.000Z\",\"sentiment\":null},\"lastSeenAt\":\"2016-11-10T08:00:00.000Z\",\"modifiedAt\":\"2016-11-10T08:00:00.000Z\",\"name\":\"Jane Doe\",\"presence\":\"offline\",\"preview\":{\"previewAt\":\"2016-11-10T08:00:00.000Z\",\"subject\":\"Order 1234\",\"text\":\"Thanks for the quick reply!\",\"type\":\"email\"},\"rev\":3,\"sentiment\":{\"confidence\":0.8,\"polarity\":1},\"signedUpAt\":null,\"timeZone\":null,\"updatedAt\":\"2016-11-10T08:00:00.000Z\",\"username\":null},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"relationships\":{\"messages\":{\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d600\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5822a4a5aa5f92110005d600\"}},\"org\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d500\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5822a4a5aa5f92110005d500\"}}},\"type\":\"customer\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"avatarUrl\":null,\"birthdayAt\":null,\"createdAt\":\"2016-11-09T04:23:01.925Z\",\"custom\":{\"latestCsatNum\":5},\"displayName\":\"Jane Doe\",\"emails\":[{\"email\":\"jane@example.com\",\"id\":null,\"type\":\"work\",\"verified\":false}],\"externalId\":\"crm-42\",\"externalIds\":[{\"externalId\":\"crm-42\",\"id\":null,\"verified\":true}],\"lastConversation\":{\"id\":\"5822a4a5aa5f92110005d700\",\"sentiment\":{\"confidence\":0.8,\"polarity\":1},\"tags\":[]},\"lastCustomerActivityAt\":\"2016-11-10T08:00:00.000Z\",\"lastMessageIn\":{\"sentAt\":\"2016-11-10T08:00:00.000Z\",\"sentiment\":null},\"lastSeenAt\":\"2016-11-10T08:00:00.000Z\",\"modifiedAt\":\"2016-11-10T08:00:00.000Z\",\"name\":\"Jane Doe\",\"presence\":\"offline\",\"preview\":{\"previewAt\":\"2016-11-10T08:00:00.000Z\",\"subject\":\"Order 1234\",\"text\":\"Thanks for the quick reply!\",\"type\":\"email\"},\"rev\":3,\"sentiment\":{\"confidence\":0.8,\"polarity\":1},\"signedUpAt\":null,\"timeZone\":null,\"updatedAt\":\"2016-11-10T08:00:00.000Z\",\"username\":null},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"relationships\":{\"messages\":{\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d600\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5822a4a5aa5f92110005d600\"}},\"org\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d500\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5822a4a5aa5f92110005d500\"}}},\"type\":\"customer\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_customer_by_id,
        empty_segment: Some(("id", empty_get_customer_by_id)),
    },
    Case {
        operation_id: "updateCustomer",
        method: "PUT",
        path_template: "/customers/{id}",
        path: "/customers/5822a4a5aa5f92110005d69a",
        query: &[],
        request_body: Some(
            "{\"company\":\"5822a4a5aa5f92110005d800\",\"externalId\":\"crm-42\",\"name\":\"Jane Doe\",\"rev\":3,\"tags\":[\"vip\"]}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"displayName\":\"Jane Doe\",\"externalId\":\"crm-42\",\"modifiedAt\":\"2016-11-11T10:00:00.000Z\",\"name\":\"Jane Doe\",\"rev\":4,\"tags\":[\"5822a4a5aa5f92110005d6a0\"],\"updatedAt\":\"2016-11-11T10:00:00.000Z\"},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"type\":\"customer\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"displayName\":\"Jane Doe\",\"externalId\":\"crm-42\",\"modifiedAt\":\"2016-11-11T10:00:00.000Z\",\"name\":\"Jane Doe\",\"rev\":4,\"tags\":[\"5822a4a5aa5f92110005d6a0\"],\"updatedAt\":\"2016-11-11T10:00:00.000Z\"},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"type\":\"customer\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_customer,
        empty_segment: Some(("id", empty_update_customer)),
    },
    Case {
        operation_id: "deleteCustomer",
        method: "DELETE",
        path_template: "/customers/{id}",
        path: "/customers/5822a4a5aa5f92110005d69a",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_customer,
        empty_segment: Some(("id", empty_delete_customer)),
    },
    Case {
        operation_id: "updateCustomerAttributes",
        method: "PATCH",
        path_template: "/customers/{id}",
        path: "/customers/5822a4a5aa5f92110005d69a",
        query: &[],
        request_body: Some(
            "{\"custom\":{\"acceptsMarketingBool\":false},\"locale\":\"en_GB\",\"timeZone\":\"Europe/London\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"custom\":{\"acceptsMarketingBool\":false},\"locale\":\"en_GB\",\"name\":\"Jane Doe\",\"rev\":5,\"timeZone\":\"Europe/London\",\"updatedAt\":\"2016-11-11T10:00:00.000Z\"},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"type\":\"customer\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"custom\":{\"acceptsMarketingBool\":false},\"locale\":\"en_GB\",\"name\":\"Jane Doe\",\"rev\":5,\"timeZone\":\"Europe/London\",\"updatedAt\":\"2016-11-11T10:00:00.000Z\"},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"type\":\"customer\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_update_customer_attributes,
        empty_segment: Some(("id", empty_update_customer_attributes)),
    },
    Case {
        operation_id: "getCustomerByEmail",
        method: "GET",
        path_template: "/customers/email={email}",
        path: "/customers/email=sam@example.com",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"emails\":[{\"email\":\"sam@example.com\",\"id\":null,\"type\":\"home\",\"verified\":true}],\"name\":\"Jane Doe\"},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"type\":\"customer\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"emails\":[{\"email\":\"sam@example.com\",\"id\":null,\"type\":\"home\",\"verified\":true}],\"name\":\"Jane Doe\"},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"type\":\"customer\"}",
        ),
        not_found_is_none: true,
        retried: true,
        secrets: &[],
        call: call_get_customer_by_email,
        empty_segment: Some(("email", empty_get_customer_by_email)),
    },
    Case {
        operation_id: "getCustomerByExternalId",
        method: "GET",
        path_template: "/customers/externalId={externalId}",
        path: "/customers/externalId=crm-42",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"externalId\":\"crm-42\",\"name\":\"Jane Doe\"},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"type\":\"customer\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"externalId\":\"crm-42\",\"name\":\"Jane Doe\"},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"type\":\"customer\"}",
        ),
        not_found_is_none: true,
        retried: true,
        secrets: &[],
        call: call_get_customer_by_external_id,
        empty_segment: Some(("external_id", empty_get_customer_by_external_id)),
    },
    Case {
        operation_id: "getCustomerByPhone",
        method: "GET",
        path_template: "/customers/phone={phone}",
        path: "/customers/phone=+18005551212",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"name\":\"Jane Doe\",\"phones\":[{\"id\":null,\"phone\":\"+18005551212\",\"type\":\"mobile\",\"verified\":false}]},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"type\":\"customer\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"name\":\"Jane Doe\",\"phones\":[{\"id\":null,\"phone\":\"+18005551212\",\"type\":\"mobile\",\"verified\":false}]},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"type\":\"customer\"}",
        ),
        not_found_is_none: true,
        retried: true,
        secrets: &[],
        call: call_get_customer_by_phone,
        empty_segment: Some(("phone", empty_get_customer_by_phone)),
    },
    Case {
        operation_id: "customerSearch",
        method: "POST",
        path_template: "/customers/search",
        path: "/customers/search",
        query: &[],
        request_body: Some(
            "{\"and\":[{\"customer_updated_at\":{\"gte\":\"2016-01-01\"}},{\"customer_custom_myCustomStr\":{\"equals\":\"gold\"}}],\"includeDeleted\":false,\"queryContext\":\"customer\",\"sort\":[{\"customer_updated_at\":\"asc\"}],\"timeZone\":\"America/New_York\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"name\":\"Jane Doe\",\"updatedAt\":\"2016-11-10T08:00:00.000Z\"},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"type\":\"customer\"}],\"links\":{\"first\":\"/v1/customers/search?page=1&pageSize=100\",\"last\":\"/v1/customers/search?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/search?page=1&pageSize=100\"},\"meta\":{\"aggregations\":{},\"page\":1,\"pageSize\":100,\"total\":1,\"totalPages\":1}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"name\":\"Jane Doe\",\"updatedAt\":\"2016-11-10T08:00:00.000Z\"},\"id\":\"5822a4a5aa5f92110005d69a\",\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"},\"type\":\"customer\"}],\"links\":{\"first\":\"/v1/customers/search?page=1&pageSize=100\",\"last\":\"/v1/customers/search?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/search?page=1&pageSize=100\"},\"meta\":{\"aggregations\":{},\"page\":1,\"pageSize\":100,\"total\":1,\"totalPages\":1}}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_customer_search,
        empty_segment: None,
    },
    Case {
        operation_id: "bulkBatchUpdateCustomers",
        method: "PUT",
        path_template: "/customers/bulk",
        path: "/customers/bulk",
        query: &[("ids", "5822a4a5aa5f92110005d69a%2C5822a4a5aa5f92110005d69b")],
        request_body: Some("{\"tags\":[\"vip\"]}"),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"createdAt\":\"2016-11-09T04:23:01.925Z\",\"ids\":[\"5822a4a5aa5f92110005d69a\",\"5822a4a5aa5f92110005d69b\"],\"status\":\"pending\",\"updatedAt\":\"2016-11-09T04:23:01.925Z\"},\"id\":\"5822a4a5aa5f92110005d901\",\"links\":{\"self\":\"/v1/bulk/5822a4a5aa5f92110005d901\"},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"createdAt\":\"2016-11-09T04:23:01.925Z\",\"ids\":[\"5822a4a5aa5f92110005d69a\",\"5822a4a5aa5f92110005d69b\"],\"status\":\"pending\",\"updatedAt\":\"2016-11-09T04:23:01.925Z\"},\"id\":\"5822a4a5aa5f92110005d901\",\"links\":{\"self\":\"/v1/bulk/5822a4a5aa5f92110005d901\"},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_bulk_batch_update_customers,
        empty_segment: None,
    },
    Case {
        operation_id: "bulkCreateCustomers",
        method: "POST",
        path_template: "/customers/bulk",
        path: "/customers/bulk",
        query: &[],
        request_body: Some(
            "[{\"emails\":[{\"email\":\"jane@example.com\",\"type\":\"work\"}],\"externalId\":\"crm-42\",\"name\":\"Jane Doe\"},{\"externalId\":\"crm-43\",\"name\":\"Sam Smith\"}]",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"createdAt\":\"2016-11-09T04:23:01.925Z\",\"status\":\"pending\",\"updatedAt\":\"2016-11-09T04:23:01.925Z\"},\"id\":\"5822a4a5aa5f92110005d900\",\"links\":{\"self\":\"/v1/bulk/5822a4a5aa5f92110005d900\"},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"createdAt\":\"2016-11-09T04:23:01.925Z\",\"status\":\"pending\",\"updatedAt\":\"2016-11-09T04:23:01.925Z\"},\"id\":\"5822a4a5aa5f92110005d900\",\"links\":{\"self\":\"/v1/bulk/5822a4a5aa5f92110005d900\"},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_bulk_create_customers,
        empty_segment: None,
    },
    Case {
        operation_id: "bulkDeleteCustomers",
        method: "DELETE",
        path_template: "/customers/bulk",
        path: "/customers/bulk",
        query: &[("ids", "5822a4a5aa5f92110005d69a%2C5822a4a5aa5f92110005d69b")],
        request_body: None,
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"createdAt\":\"2016-11-09T04:23:01.925Z\",\"ids\":[\"5822a4a5aa5f92110005d69a\",\"5822a4a5aa5f92110005d69b\"],\"status\":\"pending\",\"updatedAt\":\"2016-11-09T04:23:01.925Z\"},\"id\":\"5822a4a5aa5f92110005d902\",\"links\":{\"self\":\"/v1/bulk/5822a4a5aa5f92110005d902\"},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"createdAt\":\"2016-11-09T04:23:01.925Z\",\"ids\":[\"5822a4a5aa5f92110005d69a\",\"5822a4a5aa5f92110005d69b\"],\"status\":\"pending\",\"updatedAt\":\"2016-11-09T04:23:01.925Z\"},\"id\":\"5822a4a5aa5f92110005d902\",\"links\":{\"self\":\"/v1/bulk/5822a4a5aa5f92110005d902\"},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_bulk_delete_customers,
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
    r: Result<T, kustomer_client::Error>,
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
                    kustomer_client::Error::InvalidInput(i) => {
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
fn call_get_customers(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.customers().list_page(a0, a1).await)
    })
}
fn call_create_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::CustomerWrite = arg(
            "body",
            "{\"custom\":{\"acceptsMarketingBool\":true,\"latestCsatNum\":5,\"salesForceIdStr\":\"0015g00000XyZaB\"},\"defaultLang\":\"pt\",\"emails\":[{\"email\":\"jane@example.com\",\"type\":\"work\"}],\"externalId\":\"crm-42\",\"gender\":\"f\",\"locale\":\"en_US\",\"name\":\"Jane Doe\",\"phones\":[{\"phone\":\"+18005551212\",\"type\":\"mobile\"}]}",
        );
        outcome(c.customers().create(&a0).await)
    })
}
fn call_get_customer_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5822a4a5aa5f92110005d69a\"");
        outcome(c.customers().get(&a0).await)
    })
}
fn empty_get_customer_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.customers().get(&a0).await)
    })
}
fn call_update_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5822a4a5aa5f92110005d69a\"");
        let a1: ::std::option::Option<bool> = arg("replace", "null");
        let a2: ::kustomer_client::CustomerUpdate = arg(
            "body",
            "{\"company\":\"5822a4a5aa5f92110005d800\",\"externalId\":\"crm-42\",\"name\":\"Jane Doe\",\"rev\":3,\"tags\":[\"vip\"]}",
        );
        outcome(c.customers().update(&a0, a1, &a2).await)
    })
}
fn empty_update_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<bool> = arg("replace", "null");
        let a2: ::kustomer_client::CustomerUpdate = arg(
            "body",
            "{\"company\":\"5822a4a5aa5f92110005d800\",\"externalId\":\"crm-42\",\"name\":\"Jane Doe\",\"rev\":3,\"tags\":[\"vip\"]}",
        );
        outcome(c.customers().update(&a0, a1, &a2).await)
    })
}
fn call_delete_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5822a4a5aa5f92110005d69a\"");
        outcome(c.customers().delete(&a0).await)
    })
}
fn empty_delete_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.customers().delete(&a0).await)
    })
}
fn call_update_customer_attributes(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5822a4a5aa5f92110005d69a\"");
        let a1: ::kustomer_client::CustomerUpdate = arg(
            "body",
            "{\"custom\":{\"acceptsMarketingBool\":false},\"locale\":\"en_GB\",\"timeZone\":\"Europe/London\"}",
        );
        outcome(c.customers().patch(&a0, &a1).await)
    })
}
fn empty_update_customer_attributes(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::kustomer_client::CustomerUpdate = arg(
            "body",
            "{\"custom\":{\"acceptsMarketingBool\":false},\"locale\":\"en_GB\",\"timeZone\":\"Europe/London\"}",
        );
        outcome(c.customers().patch(&a0, &a1).await)
    })
}
fn call_get_customer_by_email(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("email", "\"sam@example.com\"");
        outcome(c.customers().get_by_email(&a0).await)
    })
}
fn empty_get_customer_by_email(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.customers().get_by_email(&a0).await)
    })
}
fn call_get_customer_by_external_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("external_id", "\"crm-42\"");
        outcome(c.customers().get_by_external_id(&a0).await)
    })
}
fn empty_get_customer_by_external_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.customers().get_by_external_id(&a0).await)
    })
}
fn call_get_customer_by_phone(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("phone", "\"+18005551212\"");
        outcome(c.customers().get_by_phone(&a0).await)
    })
}
fn empty_get_customer_by_phone(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.customers().get_by_phone(&a0).await)
    })
}
fn call_customer_search(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        let a2: kustomer_client::types::CustomerSearchQuery = arg(
            "body",
            "{\"and\":[{\"customer_updated_at\":{\"gte\":\"2016-01-01\"}},{\"customer_custom_myCustomStr\":{\"equals\":\"gold\"}}],\"includeDeleted\":false,\"queryContext\":\"customer\",\"sort\":[{\"customer_updated_at\":\"asc\"}],\"timeZone\":\"America/New_York\"}",
        );
        outcome(c.customers().search_page(a0, a1, &a2).await)
    })
}
fn call_bulk_batch_update_customers(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::BulkBatchUpdateCustomersIds = arg(
            "ids",
            "\"5822a4a5aa5f92110005d69a,5822a4a5aa5f92110005d69b\"",
        );
        let a1: kustomer_client::types::CustomerWrite = arg(
            "body",
            "{\"tags\":[\"vip\"]}",
        );
        outcome(c.customers().bulk_update_joined(&a0, &a1).await)
    })
}
fn call_bulk_create_customers(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::CustomerBulkCreate = arg(
            "body",
            "[{\"emails\":[{\"email\":\"jane@example.com\",\"type\":\"work\"}],\"externalId\":\"crm-42\",\"name\":\"Jane Doe\"},{\"externalId\":\"crm-43\",\"name\":\"Sam Smith\"}]",
        );
        outcome(c.customers().bulk_create(&a0).await)
    })
}
fn call_bulk_delete_customers(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::BulkDeleteCustomersIds = arg(
            "ids",
            "\"5822a4a5aa5f92110005d69a,5822a4a5aa5f92110005d69b\"",
        );
        outcome(c.customers().bulk_delete_joined(&a0).await)
    })
}
