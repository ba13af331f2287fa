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
pub const OPERATION_COUNT: usize = 166usize;
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
    Case {
        operation_id: "getAuthSettings",
        method: "GET",
        path_template: "/auth/settings",
        path: "/auth/settings",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"google\":{\"enabled\":false},\"kustomer\":{\"enabled\":true},\"modifiedAt\":\"2020-02-03T14:45:10.500Z\",\"saml\":{\"allowUnencryptedAssert\":false,\"enabled\":true,\"forceAuth\":false,\"idpIssuerId\":\"https://idp.example.com/metadata\",\"idpLoginUrl\":\"https://idp.example.com/saml/login\",\"idpLogoutUrl\":\"https://idp.example.com/saml/logout\",\"idpPublicCerts\":[\"MIIC8DCCAdigAwIBAgIQbdXr1Jq0\"],\"signRequests\":true},\"updatedAt\":\"2020-02-03T14:45:10.500Z\"},\"id\":\"5d2f8e3e2f1c4b0012345650\",\"links\":{\"self\":\"/v1/auth/settings\"},\"relationships\":{\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"auth_settings\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"google\":{\"enabled\":false},\"kustomer\":{\"enabled\":true},\"modifiedAt\":\"2020-02-03T14:45:10.500Z\",\"saml\":{\"allowUnencryptedAssert\":false,\"enabled\":true,\"forceAuth\":false,\"idpIssuerId\":\"https://idp.example.com/metadata\",\"idpLoginUrl\":\"https://idp.example.com/saml/login\",\"idpLogoutUrl\":\"https://idp.example.com/saml/logout\",\"idpPublicCerts\":[\"MIIC8DCCAdigAwIBAgIQbdXr1Jq0\"],\"signRequests\":true},\"updatedAt\":\"2020-02-03T14:45:10.500Z\"},\"id\":\"5d2f8e3e2f1c4b0012345650\",\"links\":{\"self\":\"/v1/auth/settings\"},\"relationships\":{\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"auth_settings\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_auth_settings,
        empty_segment: None,
    },
    Case {
        operation_id: "updateAuthSettings",
        method: "PUT",
        path_template: "/auth/settings",
        path: "/auth/settings",
        query: &[],
        request_body: Some(
            "{\"app\":{\"userSessionExpirationMilliseconds\":43200000},\"google\":{\"enabled\":true},\"kustomer\":{\"enabled\":true},\"saml\":{\"enabled\":false}}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"app\":{\"userSessionExpirationMilliseconds\":43200000},\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"google\":{\"enabled\":true},\"kustomer\":{\"enabled\":true},\"modifiedAt\":\"2020-03-01T08:00:00.000Z\",\"saml\":{\"allowUnencryptedAssert\":false,\"enabled\":false,\"forceAuth\":false,\"idpIssuerId\":\"\",\"idpLoginUrl\":\"\",\"idpLogoutUrl\":\"\",\"idpPublicCerts\":[],\"signRequests\":false},\"updatedAt\":\"2020-03-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345650\",\"links\":{\"self\":\"/v1/auth/settings\"},\"relationships\":{\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"auth_settings\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"app\":{\"userSessionExpirationMilliseconds\":43200000},\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"google\":{\"enabled\":true},\"kustomer\":{\"enabled\":true},\"modifiedAt\":\"2020-03-01T08:00:00.000Z\",\"saml\":{\"allowUnencryptedAssert\":false,\"enabled\":false,\"forceAuth\":false,\"idpIssuerId\":\"\",\"idpLoginUrl\":\"\",\"idpLogoutUrl\":\"\",\"idpPublicCerts\":[],\"signRequests\":false},\"updatedAt\":\"2020-03-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345650\",\"links\":{\"self\":\"/v1/auth/settings\"},\"relationships\":{\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"auth_settings\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_auth_settings,
        empty_segment: None,
    },
    Case {
        operation_id: "getAuthCustomerSettings",
        method: "GET",
        path_template: "/auth/customer/settings",
        path: "/auth/customer/settings",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"corsWhitelist\":[\"https://www.example.com\"],\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"secret\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\",\"updatedAt\":\"2020-02-03T14:45:10.500Z\"},\"id\":\"5d2f8e3e2f1c4b0012345651\",\"links\":{\"self\":\"/v1/auth/customer/settings\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"customer_auth_settings\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"corsWhitelist\":[\"https://www.example.com\"],\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"secret\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\",\"updatedAt\":\"2020-02-03T14:45:10.500Z\"},\"id\":\"5d2f8e3e2f1c4b0012345651\",\"links\":{\"self\":\"/v1/auth/customer/settings\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"customer_auth_settings\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
        call: call_get_auth_customer_settings,
        empty_segment: None,
    },
    Case {
        operation_id: "getPublicAuthSettings",
        method: "GET",
        path_template: "/p/auth/settings",
        path: "/p/auth/settings",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"google\":{\"enabled\":false},\"kustomer\":{\"enabled\":true},\"saml\":{\"enabled\":true}},\"id\":\"5d2f8e3e2f1c4b0012345650\",\"links\":{\"self\":\"/v1/p/auth/settings\"},\"type\":\"auth_settings\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"google\":{\"enabled\":false},\"kustomer\":{\"enabled\":true},\"saml\":{\"enabled\":true}},\"id\":\"5d2f8e3e2f1c4b0012345650\",\"links\":{\"self\":\"/v1/p/auth/settings\"},\"type\":\"auth_settings\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_public_auth_settings,
        empty_segment: None,
    },
    Case {
        operation_id: "getAuthTokens",
        method: "GET",
        path_template: "/auth/tokens",
        path: "/auth/tokens",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2020-02-03T14:45:10.500Z\",\"ipAddress\":\"203.0.113.10\",\"lastAccessedAt\":\"2020-02-04T09:00:00.000Z\",\"lastTokenChars\":\"a1b2c3\",\"name\":\"Zendesk import\",\"roles\":[\"org.user.customer.read\",\"org.user.customer.write\"],\"updatedAt\":\"2020-02-03T14:45:10.500Z\",\"userAgent\":\"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\"},\"id\":\"5d2f8e3e2f1c4b0012345640\",\"links\":{\"self\":\"/v1/auth/tokens/5d2f8e3e2f1c4b0012345640\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"user\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}}},\"type\":\"token\"}],\"links\":{\"first\":\"/v1/auth/tokens?page=1&pageSize=100\",\"next\":\"/v1/auth/tokens?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/auth/tokens?page=1&pageSize=100\"},\"meta\":{\"page\":\"1\",\"pageSize\":\"100\"}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2020-02-03T14:45:10.500Z\",\"ipAddress\":\"203.0.113.10\",\"lastAccessedAt\":\"2020-02-04T09:00:00.000Z\",\"lastTokenChars\":\"a1b2c3\",\"name\":\"Zendesk import\",\"roles\":[\"org.user.customer.read\",\"org.user.customer.write\"],\"updatedAt\":\"2020-02-03T14:45:10.500Z\",\"userAgent\":\"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\"},\"id\":\"5d2f8e3e2f1c4b0012345640\",\"links\":{\"self\":\"/v1/auth/tokens/5d2f8e3e2f1c4b0012345640\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"user\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}}},\"type\":\"token\"}],\"links\":{\"first\":\"/v1/auth/tokens?page=1&pageSize=100\",\"next\":\"/v1/auth/tokens?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/auth/tokens?page=1&pageSize=100\"},\"meta\":{\"page\":\"1\",\"pageSize\":\"100\"}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_auth_tokens,
        empty_segment: None,
    },
    Case {
        operation_id: "createToken",
        method: "POST",
        path_template: "/auth/tokens",
        path: "/auth/tokens",
        query: &[],
        request_body: Some(
            "{\"domain\":\"acme\",\"email\":\"jane@example.com\",\"password\":\"correct-horse-battery-staple\",\"remember\":true}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"ipAddress\":\"203.0.113.10\",\"lastAccessedAt\":\"2020-03-01T08:00:00.000Z\",\"lastTokenChars\":\"bGU\",\"name\":\"\",\"roles\":[\"org.user\"],\"token\":\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6IjVkMmY4ZTNlMmYxYzRiMDAxMjM0NTY0MSJ9.c2lnbmF0dXJlLWV4YW1wbGU\",\"updatedAt\":\"2020-03-01T08:00:00.000Z\",\"userAgent\":\"curl/7.68.0\"},\"id\":\"5d2f8e3e2f1c4b0012345641\",\"links\":{\"self\":\"/v1/auth/tokens/5d2f8e3e2f1c4b0012345641\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"user\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}}},\"type\":\"token\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"ipAddress\":\"203.0.113.10\",\"lastAccessedAt\":\"2020-03-01T08:00:00.000Z\",\"lastTokenChars\":\"bGU\",\"name\":\"\",\"roles\":[\"org.user\"],\"token\":\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6IjVkMmY4ZTNlMmYxYzRiMDAxMjM0NTY0MSJ9.c2lnbmF0dXJlLWV4YW1wbGU\",\"updatedAt\":\"2020-03-01T08:00:00.000Z\",\"userAgent\":\"curl/7.68.0\"},\"id\":\"5d2f8e3e2f1c4b0012345641\",\"links\":{\"self\":\"/v1/auth/tokens/5d2f8e3e2f1c4b0012345641\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"user\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}}},\"type\":\"token\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6IjVkMmY4ZTNlMmYxYzRiMDAxMjM0NTY0MSJ9.c2lnbmF0dXJlLWV4YW1wbGU",
        ],
        call: call_create_token,
        empty_segment: None,
    },
    Case {
        operation_id: "getCurrentAuthToken",
        method: "GET",
        path_template: "/auth/tokens/current",
        path: "/auth/tokens/current",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-02-03T14:45:10.500Z\",\"ipAddress\":\"203.0.113.10\",\"lastAccessedAt\":\"2020-02-04T09:00:00.000Z\",\"lastTokenChars\":\"a1b2c3\",\"name\":\"Zendesk import\",\"roles\":[\"org.user.customer.read\"],\"updatedAt\":\"2020-02-03T14:45:10.500Z\",\"userAgent\":\"kustomer-client\"},\"id\":\"5d2f8e3e2f1c4b0012345640\",\"links\":{\"self\":\"/v1/auth/tokens/5d2f8e3e2f1c4b0012345640\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"user\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}}},\"type\":\"token\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-02-03T14:45:10.500Z\",\"ipAddress\":\"203.0.113.10\",\"lastAccessedAt\":\"2020-02-04T09:00:00.000Z\",\"lastTokenChars\":\"a1b2c3\",\"name\":\"Zendesk import\",\"roles\":[\"org.user.customer.read\"],\"updatedAt\":\"2020-02-03T14:45:10.500Z\",\"userAgent\":\"kustomer-client\"},\"id\":\"5d2f8e3e2f1c4b0012345640\",\"links\":{\"self\":\"/v1/auth/tokens/5d2f8e3e2f1c4b0012345640\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"user\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}}},\"type\":\"token\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_current_auth_token,
        empty_segment: None,
    },
    Case {
        operation_id: "deleteCurrentAuthToken",
        method: "DELETE",
        path_template: "/auth/tokens/current",
        path: "/auth/tokens/current",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_current_auth_token,
        empty_segment: None,
    },
    Case {
        operation_id: "getAuthTokenById",
        method: "GET",
        path_template: "/auth/tokens/{id}",
        path: "/auth/tokens/5d2f8e3e2f1c4b0012345640",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-02-03T14:45:10.500Z\",\"ipAddress\":\"203.0.113.10\",\"lastAccessedAt\":\"2020-02-04T09:00:00.000Z\",\"lastTokenChars\":\"a1b2c3\",\"name\":\"Zendesk import\",\"roles\":[\"org.user.customer.read\",\"org.user.customer.write\"],\"updatedAt\":\"2020-02-03T14:45:10.500Z\",\"userAgent\":\"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\"},\"id\":\"5d2f8e3e2f1c4b0012345640\",\"links\":{\"self\":\"/v1/auth/tokens/5d2f8e3e2f1c4b0012345640\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"user\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}}},\"type\":\"token\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-02-03T14:45:10.500Z\",\"ipAddress\":\"203.0.113.10\",\"lastAccessedAt\":\"2020-02-04T09:00:00.000Z\",\"lastTokenChars\":\"a1b2c3\",\"name\":\"Zendesk import\",\"roles\":[\"org.user.customer.read\",\"org.user.customer.write\"],\"updatedAt\":\"2020-02-03T14:45:10.500Z\",\"userAgent\":\"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\"},\"id\":\"5d2f8e3e2f1c4b0012345640\",\"links\":{\"self\":\"/v1/auth/tokens/5d2f8e3e2f1c4b0012345640\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"user\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}}},\"type\":\"token\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_auth_token_by_id,
        empty_segment: Some(("id", empty_get_auth_token_by_id)),
    },
    Case {
        operation_id: "deleteAuthTokenById",
        method: "DELETE",
        path_template: "/auth/tokens/{id}",
        path: "/auth/tokens/5d2f8e3e2f1c4b0012345640",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_auth_token_by_id,
        empty_segment: Some(("id", empty_delete_auth_token_by_id)),
    },
    Case {
        operation_id: "getAuthRoles",
        method: "GET",
        path_template: "/auth/roles",
        path: "/auth/roles",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"id\":\"org.user.customer.read\",\"type\":\"role\"},{\"id\":\"org.user.customer.write\",\"type\":\"role\"},{\"id\":\"org.admin.brand.read\",\"type\":\"role\"}]}",
        ),
        expected: Some(
            "{\"data\":[{\"id\":\"org.user.customer.read\",\"type\":\"role\"},{\"id\":\"org.user.customer.write\",\"type\":\"role\"},{\"id\":\"org.admin.brand.read\",\"type\":\"role\"}]}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_auth_roles,
        empty_segment: None,
    },
    Case {
        operation_id: "getBrands",
        method: "GET",
        path_template: "/brands",
        path: "/brands",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"default\":true,\"name\":\"Acme\",\"updatedAt\":\"2019-07-18T09:12:30.125Z\"},\"id\":\"5d2f8e3e2f1c4b0012345610\",\"links\":{\"self\":\"/v1/brands/5d2f8e3e2f1c4b0012345610\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"brand\"},{\"attributes\":{\"createdAt\":\"2020-01-10T16:20:00.000Z\",\"default\":false,\"modifiedAt\":\"2020-01-12T10:05:00.000Z\",\"name\":\"Acme Outdoors\",\"updatedAt\":\"2020-01-12T10:05:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345611\",\"links\":{\"self\":\"/v1/brands/5d2f8e3e2f1c4b0012345611\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"brand\"}],\"links\":{\"first\":\"/v1/brands?page=1&pageSize=100\",\"next\":\"/v1/brands?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/brands?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"default\":true,\"name\":\"Acme\",\"updatedAt\":\"2019-07-18T09:12:30.125Z\"},\"id\":\"5d2f8e3e2f1c4b0012345610\",\"links\":{\"self\":\"/v1/brands/5d2f8e3e2f1c4b0012345610\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"brand\"},{\"attributes\":{\"createdAt\":\"2020-01-10T16:20:00.000Z\",\"default\":false,\"modifiedAt\":\"2020-01-12T10:05:00.000Z\",\"name\":\"Acme Outdoors\",\"updatedAt\":\"2020-01-12T10:05:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345611\",\"links\":{\"self\":\"/v1/brands/5d2f8e3e2f1c4b0012345611\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"brand\"}],\"links\":{\"first\":\"/v1/brands?page=1&pageSize=100\",\"next\":\"/v1/brands?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/brands?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_brands,
        empty_segment: None,
    },
    Case {
        operation_id: "createBrand",
        method: "POST",
        path_template: "/brands",
        path: "/brands",
        query: &[],
        request_body: Some(
            "{\"iconUrl\":\"https://cdn.example.com/brands/acme-outdoors.png\",\"name\":\"Acme Outdoors\"}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-01-10T16:20:00.000Z\",\"default\":false,\"iconUrl\":\"https://cdn.example.com/brands/acme-outdoors.png\",\"modifiedAt\":\"2020-01-10T16:20:00.000Z\",\"name\":\"Acme Outdoors\",\"updatedAt\":\"2020-01-10T16:20:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345611\",\"links\":{\"self\":\"/v1/brands/5d2f8e3e2f1c4b0012345611\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"brand\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-01-10T16:20:00.000Z\",\"default\":false,\"iconUrl\":\"https://cdn.example.com/brands/acme-outdoors.png\",\"modifiedAt\":\"2020-01-10T16:20:00.000Z\",\"name\":\"Acme Outdoors\",\"updatedAt\":\"2020-01-10T16:20:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345611\",\"links\":{\"self\":\"/v1/brands/5d2f8e3e2f1c4b0012345611\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"brand\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_brand,
        empty_segment: None,
    },
    Case {
        operation_id: "getDefaultBrand",
        method: "GET",
        path_template: "/brands/default",
        path: "/brands/default",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"default\":true,\"name\":\"Acme\",\"updatedAt\":\"2019-07-18T09:12:30.125Z\"},\"id\":\"5d2f8e3e2f1c4b0012345610\",\"links\":{\"self\":\"/v1/brands/5d2f8e3e2f1c4b0012345610\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"brand\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"default\":true,\"name\":\"Acme\",\"updatedAt\":\"2019-07-18T09:12:30.125Z\"},\"id\":\"5d2f8e3e2f1c4b0012345610\",\"links\":{\"self\":\"/v1/brands/5d2f8e3e2f1c4b0012345610\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"brand\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_default_brand,
        empty_segment: None,
    },
    Case {
        operation_id: "getBrandById",
        method: "GET",
        path_template: "/brands/{id}",
        path: "/brands/5d2f8e3e2f1c4b0012345611",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-01-10T16:20:00.000Z\",\"default\":false,\"modifiedAt\":\"2020-01-12T10:05:00.000Z\",\"name\":\"Acme Outdoors\",\"updatedAt\":\"2020-01-12T10:05:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345611\",\"links\":{\"self\":\"/v1/brands/5d2f8e3e2f1c4b0012345611\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"brand\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-01-10T16:20:00.000Z\",\"default\":false,\"modifiedAt\":\"2020-01-12T10:05:00.000Z\",\"name\":\"Acme Outdoors\",\"updatedAt\":\"2020-01-12T10:05:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345611\",\"links\":{\"self\":\"/v1/brands/5d2f8e3e2f1c4b0012345611\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"brand\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_brand_by_id,
        empty_segment: Some(("id", empty_get_brand_by_id)),
    },
    Case {
        operation_id: "patchBrand",
        method: "PATCH",
        path_template: "/brands/{id}",
        path: "/brands/5d2f8e3e2f1c4b0012345611",
        query: &[],
        request_body: Some(
            "{\"iconUrl\":\"https://cdn.example.com/brands/acme-outdoor-gear.png\",\"name\":\"Acme Outdoor Gear\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-01-10T16:20:00.000Z\",\"default\":false,\"iconUrl\":\"https://cdn.example.com/brands/acme-outdoor-gear.png\",\"modifiedAt\":\"2020-03-01T08:00:00.000Z\",\"name\":\"Acme Outdoor Gear\",\"updatedAt\":\"2020-03-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345611\",\"links\":{\"self\":\"/v1/brands/5d2f8e3e2f1c4b0012345611\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"brand\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-01-10T16:20:00.000Z\",\"default\":false,\"iconUrl\":\"https://cdn.example.com/brands/acme-outdoor-gear.png\",\"modifiedAt\":\"2020-03-01T08:00:00.000Z\",\"name\":\"Acme Outdoor Gear\",\"updatedAt\":\"2020-03-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345611\",\"links\":{\"self\":\"/v1/brands/5d2f8e3e2f1c4b0012345611\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"brand\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_patch_brand,
        empty_segment: Some(("id", empty_patch_brand)),
    },
    Case {
        operation_id: "getAllSchedules",
        method: "GET",
        path_template: "/schedules",
        path: "/schedules",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"default\":true,\"hours\":{\"0\":null,\"1\":[[480,1020]],\"2\":[[480,1020]],\"3\":[[480,1020]],\"4\":[[480,1020]],\"5\":[[480,960]],\"6\":null},\"modifiedAt\":\"2019-07-18T09:12:30.125Z\",\"name\":\"Business hours\",\"timezone\":\"America/New_York\",\"updatedAt\":\"2019-07-18T09:12:30.125Z\"},\"id\":\"5d2f8e3e2f1c4b0012345620\",\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345620\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"schedule\"}],\"links\":{\"first\":\"/v1/schedules?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/schedules?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"default\":true,\"hours\":{\"0\":null,\"1\":[[480,1020]],\"2\":[[480,1020]],\"3\":[[480,1020]],\"4\":[[480,1020]],\"5\":[[480,960]],\"6\":null},\"modifiedAt\":\"2019-07-18T09:12:30.125Z\",\"name\":\"Business hours\",\"timezone\":\"America/New_York\",\"updatedAt\":\"2019-07-18T09:12:30.125Z\"},\"id\":\"5d2f8e3e2f1c4b0012345620\",\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345620\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"schedule\"}],\"links\":{\"first\":\"/v1/schedules?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/schedules?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_all_schedules,
        empty_segment: None,
    },
    Case {
        operation_id: "createSchedule",
        method: "POST",
        path_template: "/schedules",
        path: "/schedules",
        query: &[],
        request_body: Some(
            "{\"default\":false,\"hours\":{\"0\":null,\"1\":[[540,720],[780,1080]],\"2\":[[540,720],[780,1080]],\"3\":[[540,720],[780,1080]],\"4\":[[540,720],[780,1080]],\"5\":[[540,900]],\"6\":null},\"name\":\"Support hours (EU)\",\"timezone\":\"Europe/Berlin\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"default\":false,\"hours\":{\"0\":null,\"1\":[[540,720],[780,1080]],\"2\":[[540,720],[780,1080]],\"3\":[[540,720],[780,1080]],\"4\":[[540,720],[780,1080]],\"5\":[[540,900]],\"6\":null},\"modifiedAt\":\"2020-03-01T08:00:00.000Z\",\"name\":\"Support hours (EU)\",\"timezone\":\"Europe/Berlin\",\"updatedAt\":\"2020-03-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345621\",\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345621\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"schedule\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"default\":false,\"hours\":{\"0\":null,\"1\":[[540,720],[780,1080]],\"2\":[[540,720],[780,1080]],\"3\":[[540,720],[780,1080]],\"4\":[[540,720],[780,1080]],\"5\":[[540,900]],\"6\":null},\"modifiedAt\":\"2020-03-01T08:00:00.000Z\",\"name\":\"Support hours (EU)\",\"timezone\":\"Europe/Berlin\",\"updatedAt\":\"2020-03-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345621\",\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345621\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"schedule\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_schedule,
        empty_segment: None,
    },
    Case {
        operation_id: "getDefaultSchedule",
        method: "GET",
        path_template: "/schedules/default",
        path: "/schedules/default",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"default\":true,\"hours\":{\"0\":null,\"1\":[[480,1020]],\"2\":[[480,1020]],\"3\":[[480,1020]],\"4\":[[480,1020]],\"5\":[[480,960]],\"6\":null},\"modifiedAt\":\"2019-07-18T09:12:30.125Z\",\"name\":\"Business hours\",\"timezone\":\"America/New_York\",\"updatedAt\":\"2019-07-18T09:12:30.125Z\"},\"id\":\"5d2f8e3e2f1c4b0012345620\",\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345620\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"schedule\"},\"included\":[{\"attributes\":{\"createdAt\":\"2020-01-02T10:00:00.000Z\",\"description\":\"Office closed\",\"enabled\":true,\"endDate\":\"2020-07-05T00:00:00.000Z\",\"modifiedAt\":\"2020-01-02T10:00:00.000Z\",\"name\":\"Independence Day\",\"startDate\":\"2020-07-04T00:00:00.000Z\",\"updatedAt\":\"2020-01-02T10:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345630\",\"links\":{\"self\":\"/v1/holidays/5d2f8e3e2f1c4b0012345630\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"schedule\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345620\",\"type\":\"schedule\"},\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345620\"}}},\"type\":\"holiday\"}]}",
        ),
        expected: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"default\":true,\"hours\":{\"0\":null,\"1\":[[480,1020]],\"2\":[[480,1020]],\"3\":[[480,1020]],\"4\":[[480,1020]],\"5\":[[480,960]],\"6\":null},\"modifiedAt\":\"2019-07-18T09:12:30.125Z\",\"name\":\"Business hours\",\"timezone\":\"America/New_York\",\"updatedAt\":\"2019-07-18T09:12:30.125Z\"},\"id\":\"5d2f8e3e2f1c4b0012345620\",\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345620\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"schedule\"},\"included\":[{\"attributes\":{\"createdAt\":\"2020-01-02T10:00:00.000Z\",\"description\":\"Office closed\",\"enabled\":true,\"endDate\":\"2020-07-05T00:00:00.000Z\",\"modifiedAt\":\"2020-01-02T10:00:00.000Z\",\"name\":\"Independence Day\",\"startDate\":\"2020-07-04T00:00:00.000Z\",\"updatedAt\":\"2020-01-02T10:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345630\",\"links\":{\"self\":\"/v1/holidays/5d2f8e3e2f1c4b0012345630\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"schedule\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345620\",\"type\":\"schedule\"},\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345620\"}}},\"type\":\"holiday\"}]}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_default_schedule,
        empty_segment: None,
    },
    Case {
        operation_id: "getScheduleById",
        method: "GET",
        path_template: "/schedules/{id}",
        path: "/schedules/5d2f8e3e2f1c4b0012345621",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"default\":false,\"hours\":{\"0\":null,\"1\":[[540,720],[780,1080]],\"2\":[[540,720],[780,1080]],\"3\":[[540,720],[780,1080]],\"4\":[[540,720],[780,1080]],\"5\":[[540,900]],\"6\":null},\"modifiedAt\":\"2020-03-01T08:00:00.000Z\",\"name\":\"Support hours (EU)\",\"timezone\":\"Europe/Berlin\",\"updatedAt\":\"2020-03-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345621\",\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345621\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"schedule\"},\"included\":[]}",
        ),
        expected: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"default\":false,\"hours\":{\"0\":null,\"1\":[[540,720],[780,1080]],\"2\":[[540,720],[780,1080]],\"3\":[[540,720],[780,1080]],\"4\":[[540,720],[780,1080]],\"5\":[[540,900]],\"6\":null},\"modifiedAt\":\"2020-03-01T08:00:00.000Z\",\"name\":\"Support hours (EU)\",\"timezone\":\"Europe/Berlin\",\"updatedAt\":\"2020-03-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345621\",\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345621\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"schedule\"},\"included\":[]}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_schedule_by_id,
        empty_segment: Some(("id", empty_get_schedule_by_id)),
    },
    Case {
        operation_id: "updateScheduleById",
        method: "PUT",
        path_template: "/schedules/{id}",
        path: "/schedules/5d2f8e3e2f1c4b0012345621",
        query: &[],
        request_body: Some(
            "{\"default\":false,\"hours\":{\"0\":null,\"1\":[[540,1080]],\"2\":[[540,1080]],\"3\":[[540,1080]],\"4\":[[540,1080]],\"5\":[[540,900]],\"6\":[[600,840]]},\"name\":\"Support hours (EU)\",\"timezone\":\"Europe/Berlin\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"default\":false,\"hours\":{\"0\":null,\"1\":[[540,1080]],\"2\":[[540,1080]],\"3\":[[540,1080]],\"4\":[[540,1080]],\"5\":[[540,900]],\"6\":[[600,840]]},\"modifiedAt\":\"2020-03-02T11:30:00.000Z\",\"name\":\"Support hours (EU)\",\"timezone\":\"Europe/Berlin\",\"updatedAt\":\"2020-03-02T11:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345621\",\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345621\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"schedule\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"default\":false,\"hours\":{\"0\":null,\"1\":[[540,1080]],\"2\":[[540,1080]],\"3\":[[540,1080]],\"4\":[[540,1080]],\"5\":[[540,900]],\"6\":[[600,840]]},\"modifiedAt\":\"2020-03-02T11:30:00.000Z\",\"name\":\"Support hours (EU)\",\"timezone\":\"Europe/Berlin\",\"updatedAt\":\"2020-03-02T11:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345621\",\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345621\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"schedule\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_schedule_by_id,
        empty_segment: Some(("id", empty_update_schedule_by_id)),
    },
    Case {
        operation_id: "deleteScheduleById",
        method: "DELETE",
        path_template: "/schedules/{id}",
        path: "/schedules/5d2f8e3e2f1c4b0012345621",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"default\":false,\"deleted\":true,\"deletedAt\":\"2020-03-05T09:00:00.000Z\",\"hours\":{\"0\":null,\"1\":[[540,1080]],\"2\":[[540,1080]],\"3\":[[540,1080]],\"4\":[[540,1080]],\"5\":[[540,900]],\"6\":null},\"modifiedAt\":\"2020-03-05T09:00:00.000Z\",\"name\":\"Support hours (EU)\",\"timezone\":\"Europe/Berlin\",\"updatedAt\":\"2020-03-05T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345621\",\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345621\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"deletedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"schedule\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"default\":false,\"deleted\":true,\"deletedAt\":\"2020-03-05T09:00:00.000Z\",\"hours\":{\"0\":null,\"1\":[[540,1080]],\"2\":[[540,1080]],\"3\":[[540,1080]],\"4\":[[540,1080]],\"5\":[[540,900]],\"6\":null},\"modifiedAt\":\"2020-03-05T09:00:00.000Z\",\"name\":\"Support hours (EU)\",\"timezone\":\"Europe/Berlin\",\"updatedAt\":\"2020-03-05T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345621\",\"links\":{\"self\":\"/v1/schedules/5d2f8e3e2f1c4b0012345621\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"deletedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"schedule\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_schedule_by_id,
        empty_segment: Some(("id", empty_delete_schedule_by_id)),
    },
    Case {
        operation_id: "getCustomAttributeMetadata",
        method: "GET",
        path_template: "/metadata/{resource}",
        path: "/metadata/customer",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"properties\":{\"loyaltyTierStr\":{\"displayName\":\"Loyalty Tier\",\"enumeration\":[\"bronze\",\"silver\",\"gold\"],\"modifiedAt\":\"2020-02-03T14:45:10.500Z\",\"modifiedBy\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"string\",\"updatedAt\":\"2020-02-03T14:45:10.500Z\"},\"ordersId\":{\"displayName\":\"Orders\",\"modifiedAt\":\"2020-02-03T14:45:10.500Z\",\"modifiedBy\":\"5d2f8e3e2f1c4b0012345601\",\"multi\":true,\"target\":\"kobject.order\",\"type\":\"id\",\"updatedAt\":\"2020-02-03T14:45:10.500Z\"},\"shopifyCustomerIdNum\":{\"displayName\":\"Shopify Customer ID\",\"type\":\"number\"}}},\"id\":\"5d2f8e3e2f1c4b0012345660\",\"links\":{\"self\":\"/v1/metadata/customer\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"metadata\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"properties\":{\"loyaltyTierStr\":{\"displayName\":\"Loyalty Tier\",\"enumeration\":[\"bronze\",\"silver\",\"gold\"],\"modifiedAt\":\"2020-02-03T14:45:10.500Z\",\"modifiedBy\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"string\",\"updatedAt\":\"2020-02-03T14:45:10.500Z\"},\"ordersId\":{\"displayName\":\"Orders\",\"modifiedAt\":\"2020-02-03T14:45:10.500Z\",\"modifiedBy\":\"5d2f8e3e2f1c4b0012345601\",\"multi\":true,\"target\":\"kobject.order\",\"type\":\"id\",\"updatedAt\":\"2020-02-03T14:45:10.500Z\"},\"shopifyCustomerIdNum\":{\"displayName\":\"Shopify Customer ID\",\"type\":\"number\"}}},\"id\":\"5d2f8e3e2f1c4b0012345660\",\"links\":{\"self\":\"/v1/metadata/customer\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"metadata\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_custom_attribute_metadata,
        empty_segment: Some(("resource", empty_get_custom_attribute_metadata)),
    },
    Case {
        operation_id: "updateCustomAttributeMetadata",
        method: "PUT",
        path_template: "/metadata/{resource}",
        path: "/metadata/customer",
        query: &[],
        request_body: Some(
            "{\"properties\":{\"loyaltyTierStr\":{\"displayName\":\"Loyalty Tier\",\"enumeration\":[\"bronze\",\"silver\",\"gold\"],\"sensitive\":{\"enabled\":true,\"maskType\":\"partial\"}}}}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"properties\":{\"loyaltyTierStr\":{\"displayName\":\"Loyalty Tier\",\"enumeration\":[\"bronze\",\"silver\",\"gold\"],\"modifiedAt\":\"2020-03-01T08:00:00.000Z\",\"modifiedBy\":\"5d2f8e3e2f1c4b0012345601\",\"sensitive\":{\"enabled\":true,\"maskType\":\"partial\"},\"type\":\"string\",\"updatedAt\":\"2020-03-01T08:00:00.000Z\"},\"shopifyCustomerIdNum\":{\"displayName\":\"Shopify Customer ID\",\"type\":\"number\"}}},\"id\":\"5d2f8e3e2f1c4b0012345660\",\"links\":{\"self\":\"/v1/metadata/customer\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"metadata\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"properties\":{\"loyaltyTierStr\":{\"displayName\":\"Loyalty Tier\",\"enumeration\":[\"bronze\",\"silver\",\"gold\"],\"modifiedAt\":\"2020-03-01T08:00:00.000Z\",\"modifiedBy\":\"5d2f8e3e2f1c4b0012345601\",\"sensitive\":{\"enabled\":true,\"maskType\":\"partial\"},\"type\":\"string\",\"updatedAt\":\"2020-03-01T08:00:00.000Z\"},\"shopifyCustomerIdNum\":{\"displayName\":\"Shopify Customer ID\",\"type\":\"number\"}}},\"id\":\"5d2f8e3e2f1c4b0012345660\",\"links\":{\"self\":\"/v1/metadata/customer\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"metadata\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_custom_attribute_metadata,
        empty_segment: Some(("resource", empty_update_custom_attribute_metadata)),
    },
    Case {
        operation_id: "getAuditLogs",
        method: "GET",
        path_template: "/audit-logs",
        path: "/audit-logs",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"changes\":{\"attributes\":{\"name\":{\"after\":\"Jane Doe\",\"before\":\"Jane Roe\"}},\"relationships\":{}},\"client\":\"web\",\"createdAt\":\"2020-03-02T11:30:00.000Z\",\"eventName\":\"customer.update\",\"eventVerb\":\"update\",\"expiresAt\":\"2021-03-02T11:30:00.000Z\",\"ip\":\"203.0.113.10\",\"objectId\":\"5822a4a5aa5f92110005d69a\",\"objectType\":\"customer\",\"org\":\"5d2f8e3e2f1c4b0012345600\",\"publishedAt\":\"2020-03-02T11:30:00.120Z\",\"userId\":\"5d2f8e3e2f1c4b0012345601\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345671\",\"links\":{\"self\":\"/v1/audit-logs/5d2f8e3e2f1c4b0012345671\"},\"relationships\":{\"user\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}}},\"type\":\"audit_log\"}],\"links\":{\"first\":\"/v1/audit-logs?count=100\",\"next\":\"/v1/audit-logs?count=100&before=5d2f8e3e2f1c4b0012345671&after=5d2f8e3e2f1c4b0012345600\",\"previous\":null,\"self\":\"/v1/audit-logs?count=100\"}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"changes\":{\"attributes\":{\"name\":{\"after\":\"Jane Doe\",\"before\":\"Jane Roe\"}},\"relationships\":{}},\"client\":\"web\",\"createdAt\":\"2020-03-02T11:30:00.000Z\",\"eventName\":\"customer.update\",\"eventVerb\":\"update\",\"expiresAt\":\"2021-03-02T11:30:00.000Z\",\"ip\":\"203.0.113.10\",\"objectId\":\"5822a4a5aa5f92110005d69a\",\"objectType\":\"customer\",\"org\":\"5d2f8e3e2f1c4b0012345600\",\"publishedAt\":\"2020-03-02T11:30:00.120Z\",\"userId\":\"5d2f8e3e2f1c4b0012345601\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345671\",\"links\":{\"self\":\"/v1/audit-logs/5d2f8e3e2f1c4b0012345671\"},\"relationships\":{\"user\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}}},\"type\":\"audit_log\"}],\"links\":{\"first\":\"/v1/audit-logs?count=100\",\"next\":\"/v1/audit-logs?count=100&before=5d2f8e3e2f1c4b0012345671&after=5d2f8e3e2f1c4b0012345600\",\"previous\":null,\"self\":\"/v1/audit-logs?count=100\"}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_audit_logs,
        empty_segment: None,
    },
    Case {
        operation_id: "getCompanies",
        method: "GET",
        path_template: "/companies",
        path: "/companies",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2020-05-12T10:15:30.000Z\",\"externalId\":\"acct-1001\",\"modifiedAt\":\"2020-06-01T08:00:00.000Z\",\"name\":\"Acme Corporation\",\"tags\":[\"5d2f8e3e2f1c4b0012345710\"],\"updatedAt\":\"2020-06-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/companies/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"company\"}],\"links\":{\"first\":\"/v1/companies?page=1&pageSize=100\",\"next\":\"/v1/companies?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/companies?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2020-05-12T10:15:30.000Z\",\"externalId\":\"acct-1001\",\"modifiedAt\":\"2020-06-01T08:00:00.000Z\",\"name\":\"Acme Corporation\",\"tags\":[\"5d2f8e3e2f1c4b0012345710\"],\"updatedAt\":\"2020-06-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/companies/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"company\"}],\"links\":{\"first\":\"/v1/companies?page=1&pageSize=100\",\"next\":\"/v1/companies?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/companies?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_companies,
        empty_segment: None,
    },
    Case {
        operation_id: "createCompany",
        method: "POST",
        path_template: "/companies",
        path: "/companies",
        query: &[],
        request_body: Some(
            "{\"custom\":{\"accountTierStr\":\"gold\",\"annualRevenueNum\":1250000,\"renewalAt\":\"2021-01-31T00:00:00.000Z\"},\"domains\":[{\"domain\":\"acme.example.com\"}],\"emails\":[{\"email\":\"info@acme.example.com\",\"type\":\"work\"}],\"employeeCount\":250,\"externalId\":\"acct-1001\",\"locations\":[{\"address\":\"1 Main Street\",\"cityName\":\"Springfield\",\"countryCode\":\"US\",\"type\":\"work\"}],\"name\":\"Acme Corporation\",\"phones\":[{\"phone\":\"+18005550100\",\"type\":\"work\"}],\"tags\":[\"5d2f8e3e2f1c4b0012345710\"],\"urls\":[{\"type\":\"website\",\"url\":\"https://acme.example.com\"}]}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-05-12T10:15:30.000Z\",\"modifiedAt\":\"2020-05-12T10:15:30.000Z\",\"name\":\"Acme Corporation\",\"tags\":[],\"updatedAt\":\"2020-05-12T10:15:30.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/companies/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"company\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-05-12T10:15:30.000Z\",\"modifiedAt\":\"2020-05-12T10:15:30.000Z\",\"name\":\"Acme Corporation\",\"tags\":[],\"updatedAt\":\"2020-05-12T10:15:30.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/companies/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"company\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_company,
        empty_segment: None,
    },
    Case {
        operation_id: "bulkBatchUpdateCompanies",
        method: "PUT",
        path_template: "/companies/bulk",
        path: "/companies/bulk",
        query: &[],
        request_body: Some(
            "[{\"employeeCount\":300,\"id\":\"5d2f8e3e2f1c4b0012345700\",\"name\":\"Acme Corporation\"},{\"custom\":{\"accountTierStr\":\"gold\"},\"id\":\"5d2f8e3e2f1c4b0012345701\",\"name\":\"Globex Inc\"}]",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"context\":\"company\",\"createdAt\":\"2020-06-01T08:00:00.000Z\",\"ids\":[\"5d2f8e3e2f1c4b0012345700\",\"5d2f8e3e2f1c4b0012345701\"],\"payload\":{\"api\":{\"data\":[{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"name\":\"Acme Corporation\"},{\"id\":\"5d2f8e3e2f1c4b0012345701\",\"name\":\"Globex Inc\"}],\"method\":\"PUT\",\"path\":\"/v1/companies/bulk\"}},\"status\":\"pending\",\"updatedAt\":\"2020-06-01T08:00:00.000Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345721\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345721\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"context\":\"company\",\"createdAt\":\"2020-06-01T08:00:00.000Z\",\"ids\":[\"5d2f8e3e2f1c4b0012345700\",\"5d2f8e3e2f1c4b0012345701\"],\"payload\":{\"api\":{\"data\":[{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"name\":\"Acme Corporation\"},{\"id\":\"5d2f8e3e2f1c4b0012345701\",\"name\":\"Globex Inc\"}],\"method\":\"PUT\",\"path\":\"/v1/companies/bulk\"}},\"status\":\"pending\",\"updatedAt\":\"2020-06-01T08:00:00.000Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345721\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345721\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_bulk_batch_update_companies,
        empty_segment: None,
    },
    Case {
        operation_id: "bulkCreateCompanies",
        method: "POST",
        path_template: "/companies/bulk",
        path: "/companies/bulk",
        query: &[],
        request_body: Some(
            "[{\"domains\":[{\"domain\":\"acme.example.com\"}],\"externalId\":\"acct-1001\",\"name\":\"Acme Corporation\"},{\"custom\":{\"accountTierStr\":\"silver\"},\"externalId\":\"acct-1002\",\"name\":\"Globex Inc\"}]",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"context\":\"company\",\"createdAt\":\"2020-05-12T10:15:30.000Z\",\"ids\":[],\"payload\":{\"api\":{\"data\":[{\"name\":\"Acme Corporation\"},{\"name\":\"Globex Inc\"}],\"method\":\"POST\",\"path\":\"/v1/companies/bulk\"}},\"status\":\"pending\",\"updatedAt\":\"2020-05-12T10:15:30.000Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345720\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345720\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"context\":\"company\",\"createdAt\":\"2020-05-12T10:15:30.000Z\",\"ids\":[],\"payload\":{\"api\":{\"data\":[{\"name\":\"Acme Corporation\"},{\"name\":\"Globex Inc\"}],\"method\":\"POST\",\"path\":\"/v1/companies/bulk\"}},\"status\":\"pending\",\"updatedAt\":\"2020-05-12T10:15:30.000Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345720\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345720\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_bulk_create_companies,
        empty_segment: None,
    },
    Case {
        operation_id: "getCompanyById",
        method: "GET",
        path_template: "/companies/{id}",
        path: "/companies/5d2f8e3e2f1c4b0012345700",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-05-12T10:15:30.000Z\",\"modifiedAt\":\"2020-06-01T08:00:00.000Z\",\"name\":\"Acme Corporation\",\"tags\":[\"5d2f8e3e2f1c4b0012345710\"],\"updatedAt\":\"2020-06-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/companies/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"company\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-05-12T10:15:30.000Z\",\"modifiedAt\":\"2020-06-01T08:00:00.000Z\",\"name\":\"Acme Corporation\",\"tags\":[\"5d2f8e3e2f1c4b0012345710\"],\"updatedAt\":\"2020-06-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/companies/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"company\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_company_by_id,
        empty_segment: Some(("id", empty_get_company_by_id)),
    },
    Case {
        operation_id: "updateCompanyAttributes",
        method: "PUT",
        path_template: "/companies/{id}",
        path: "/companies/5d2f8e3e2f1c4b0012345700",
        query: &[],
        request_body: Some(
            "{\"custom\":{\"accountTierStr\":\"platinum\"},\"employeeCount\":300,\"name\":\"Acme Corporation\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-05-12T10:15:30.000Z\",\"modifiedAt\":\"2020-07-15T09:30:00.000Z\",\"name\":\"Acme Corporation\",\"tags\":[\"5d2f8e3e2f1c4b0012345710\"],\"updatedAt\":\"2020-07-15T09:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/companies/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345602\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345602\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"company\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-05-12T10:15:30.000Z\",\"modifiedAt\":\"2020-07-15T09:30:00.000Z\",\"name\":\"Acme Corporation\",\"tags\":[\"5d2f8e3e2f1c4b0012345710\"],\"updatedAt\":\"2020-07-15T09:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/companies/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345602\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345602\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"company\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_company_attributes,
        empty_segment: Some(("id", empty_update_company_attributes)),
    },
    Case {
        operation_id: "createCustomerMerge",
        method: "POST",
        path_template: "/customers/merges",
        path: "/customers/merges",
        query: &[],
        request_body: Some(
            "{\"source\":\"5d2f8e3e2f1c4b0012345801\",\"target\":\"5d2f8e3e2f1c4b0012345800\"}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-08-03T12:00:00.000Z\",\"status\":\"queued\",\"updatedAt\":\"2020-08-03T12:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b00123458a0\",\"links\":{\"self\":\"/v1/customers/merges/5d2f8e3e2f1c4b00123458a0\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"source\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345801\"}},\"target\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}}},\"type\":\"customer_merge\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-08-03T12:00:00.000Z\",\"status\":\"queued\",\"updatedAt\":\"2020-08-03T12:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b00123458a0\",\"links\":{\"self\":\"/v1/customers/merges/5d2f8e3e2f1c4b00123458a0\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"source\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345801\"}},\"target\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}}},\"type\":\"customer_merge\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_customer_merge,
        empty_segment: None,
    },
    Case {
        operation_id: "getCustomerMerge",
        method: "GET",
        path_template: "/customers/merges/{id}",
        path: "/customers/merges/5d2f8e3e2f1c4b00123458a0",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-08-03T12:00:00.000Z\",\"status\":\"done\",\"updatedAt\":\"2020-08-03T12:00:05.250Z\"},\"id\":\"5d2f8e3e2f1c4b00123458a0\",\"links\":{\"self\":\"/v1/customers/merges/5d2f8e3e2f1c4b00123458a0\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"source\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345801\"}},\"target\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}}},\"type\":\"customer_merge\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-08-03T12:00:00.000Z\",\"status\":\"done\",\"updatedAt\":\"2020-08-03T12:00:05.250Z\"},\"id\":\"5d2f8e3e2f1c4b00123458a0\",\"links\":{\"self\":\"/v1/customers/merges/5d2f8e3e2f1c4b00123458a0\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"source\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345801\"}},\"target\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}}},\"type\":\"customer_merge\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_customer_merge,
        empty_segment: Some(("id", empty_get_customer_merge)),
    },
    Case {
        operation_id: "getCustomerMergesByCustomer",
        method: "GET",
        path_template: "/customers/{id}/merges",
        path: "/customers/5d2f8e3e2f1c4b0012345800/merges",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2020-08-03T12:00:00.000Z\",\"status\":\"done\",\"updatedAt\":\"2020-08-03T12:00:05.250Z\"},\"id\":\"5d2f8e3e2f1c4b00123458a0\",\"links\":{\"self\":\"/v1/customers/merges/5d2f8e3e2f1c4b00123458a0\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"source\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345801\"}},\"target\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}}},\"type\":\"customer_merge\"}],\"links\":{\"first\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/merges?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/merges?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2020-08-03T12:00:00.000Z\",\"status\":\"done\",\"updatedAt\":\"2020-08-03T12:00:05.250Z\"},\"id\":\"5d2f8e3e2f1c4b00123458a0\",\"links\":{\"self\":\"/v1/customers/merges/5d2f8e3e2f1c4b00123458a0\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}},\"source\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345801\"}},\"target\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}}},\"type\":\"customer_merge\"}],\"links\":{\"first\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/merges?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/merges?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_customer_merges_by_customer,
        empty_segment: Some(("id", empty_get_customer_merges_by_customer)),
    },
    Case {
        operation_id: "getaCustomerEvent",
        method: "GET",
        path_template: "/customers/{customerId}/events/{id}",
        path: "/customers/5d2f8e3e2f1c4b0012345800/events/5d2f8e3e2f1c4b00123458b0",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"changes\":{\"attributes\":{\"conversationCounts\":{\"after\":{\"all\":3,\"done\":1,\"open\":2,\"snoozed\":0},\"before\":{\"all\":2,\"done\":1,\"open\":1,\"snoozed\":0},\"op\":\"replace\"},\"progressiveStatus\":{\"after\":\"open\",\"before\":null,\"op\":\"replace\"},\"rev\":{\"after\":5,\"before\":4,\"op\":\"replace\"}},\"relationships\":{}},\"createdAt\":\"2020-08-03T12:10:00.120Z\",\"location\":null,\"meta\":null,\"modifiedAt\":null,\"name\":\"kustomer.customer.update\",\"publishedAt\":\"2020-08-03T12:10:00.000Z\",\"type\":\"customer\",\"updatedAt\":\"2020-08-03T12:10:00.120Z\"},\"id\":\"5d2f8e3e2f1c4b00123458b0\",\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/events/5d2f8e3e2f1c4b00123458b0\"},\"relationships\":{\"createdBy\":null,\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}},\"modifiedBy\":null,\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"customer_event\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"changes\":{\"attributes\":{\"conversationCounts\":{\"after\":{\"all\":3,\"done\":1,\"open\":2,\"snoozed\":0},\"before\":{\"all\":2,\"done\":1,\"open\":1,\"snoozed\":0},\"op\":\"replace\"},\"progressiveStatus\":{\"after\":\"open\",\"before\":null,\"op\":\"replace\"},\"rev\":{\"after\":5,\"before\":4,\"op\":\"replace\"}},\"relationships\":{}},\"createdAt\":\"2020-08-03T12:10:00.120Z\",\"location\":null,\"meta\":null,\"modifiedAt\":null,\"name\":\"kustomer.customer.update\",\"publishedAt\":\"2020-08-03T12:10:00.000Z\",\"type\":\"customer\",\"updatedAt\":\"2020-08-03T12:10:00.120Z\"},\"id\":\"5d2f8e3e2f1c4b00123458b0\",\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/events/5d2f8e3e2f1c4b00123458b0\"},\"relationships\":{\"createdBy\":null,\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}},\"modifiedBy\":null,\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"customer_event\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_geta_customer_event,
        empty_segment: Some(("customer_id", empty_geta_customer_event)),
    },
    Case {
        operation_id: "getAllCustomerEvents",
        method: "GET",
        path_template: "/customers/{id}/events",
        path: "/customers/5d2f8e3e2f1c4b0012345800/events",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"changes\":{\"attributes\":{\"lastSeenAt\":{\"after\":\"2020-08-03T12:20:00.000Z\",\"before\":null,\"op\":\"replace\"},\"presence\":{\"after\":\"online\",\"before\":null,\"op\":\"replace\"},\"rev\":{\"after\":6,\"before\":5,\"op\":\"replace\"}},\"relationships\":{}},\"createdAt\":\"2020-08-03T12:20:00.080Z\",\"location\":null,\"meta\":null,\"modifiedAt\":null,\"name\":\"kustomer.customer.update\",\"publishedAt\":\"2020-08-03T12:20:00.000Z\",\"type\":\"customer\",\"updatedAt\":\"2020-08-03T12:20:00.080Z\"},\"id\":\"5d2f8e3e2f1c4b00123458b1\",\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/events/5d2f8e3e2f1c4b00123458b1\"},\"relationships\":{\"createdBy\":null,\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}},\"modifiedBy\":null,\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"customer_event\"}],\"links\":{\"first\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/events?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/events?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"changes\":{\"attributes\":{\"lastSeenAt\":{\"after\":\"2020-08-03T12:20:00.000Z\",\"before\":null,\"op\":\"replace\"},\"presence\":{\"after\":\"online\",\"before\":null,\"op\":\"replace\"},\"rev\":{\"after\":6,\"before\":5,\"op\":\"replace\"}},\"relationships\":{}},\"createdAt\":\"2020-08-03T12:20:00.080Z\",\"location\":null,\"meta\":null,\"modifiedAt\":null,\"name\":\"kustomer.customer.update\",\"publishedAt\":\"2020-08-03T12:20:00.000Z\",\"type\":\"customer\",\"updatedAt\":\"2020-08-03T12:20:00.080Z\"},\"id\":\"5d2f8e3e2f1c4b00123458b1\",\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/events/5d2f8e3e2f1c4b00123458b1\"},\"relationships\":{\"createdBy\":null,\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}},\"modifiedBy\":null,\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"customer_event\"}],\"links\":{\"first\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/events?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/events?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_all_customer_events,
        empty_segment: Some(("id", empty_get_all_customer_events)),
    },
    Case {
        operation_id: "getAllEventsByCustomerForSession",
        method: "GET",
        path_template: "/customers/{customerId}/sessions/{sessionId}/events",
        path: "/customers/5d2f8e3e2f1c4b0012345800/sessions/5d2f8e3e2f1c4b00123458c0/events",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"app\":null,\"createdAt\":\"2020-08-03T11:58:00.310Z\",\"location\":{\"areaCode\":\"212\",\"cityName\":\"New York\",\"countryCode\":\"US\",\"countryName\":\"United States\",\"latitude\":40.7506,\"longitude\":-73.9972,\"regionCode\":\"NY\",\"regionName\":\"New York\",\"zipCode\":\"10001\"},\"meta\":{\"statusStr\":\"trial\"},\"name\":\"Viewed pricing page\",\"publishedAt\":\"2020-08-03T11:58:00.000Z\",\"realIp\":\"203.0.113.24\",\"sessionId\":\"5d2f8e3e2f1c4b00123458c0\",\"trackingEvent\":\"pricing_viewed\"},\"id\":\"5d2f8e3e2f1c4b00123458d0\",\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/events/5d2f8e3e2f1c4b00123458d0\"},\"relationships\":{\"createdBy\":null,\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}},\"modifiedBy\":null,\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"tracking_event\"}],\"links\":{\"first\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/sessions/5d2f8e3e2f1c4b00123458c0/events?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/sessions/5d2f8e3e2f1c4b00123458c0/events?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"app\":null,\"createdAt\":\"2020-08-03T11:58:00.310Z\",\"location\":{\"areaCode\":\"212\",\"cityName\":\"New York\",\"countryCode\":\"US\",\"countryName\":\"United States\",\"latitude\":40.7506,\"longitude\":-73.9972,\"regionCode\":\"NY\",\"regionName\":\"New York\",\"zipCode\":\"10001\"},\"meta\":{\"statusStr\":\"trial\"},\"name\":\"Viewed pricing page\",\"publishedAt\":\"2020-08-03T11:58:00.000Z\",\"realIp\":\"203.0.113.24\",\"sessionId\":\"5d2f8e3e2f1c4b00123458c0\",\"trackingEvent\":\"pricing_viewed\"},\"id\":\"5d2f8e3e2f1c4b00123458d0\",\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/events/5d2f8e3e2f1c4b00123458d0\"},\"relationships\":{\"createdBy\":null,\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}},\"modifiedBy\":null,\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"tracking_event\"}],\"links\":{\"first\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/sessions/5d2f8e3e2f1c4b00123458c0/events?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/sessions/5d2f8e3e2f1c4b00123458c0/events?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_all_events_by_customer_for_session,
        empty_segment: Some((
            "customer_id",
            empty_get_all_events_by_customer_for_session,
        )),
    },
    Case {
        operation_id: "getCustomerSessions",
        method: "GET",
        path_template: "/customers/{id}/sessions",
        path: "/customers/5d2f8e3e2f1c4b0012345800/sessions",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"count\":4,\"firstEventAt\":\"2020-08-03T11:55:12.000Z\",\"lastEventAt\":\"2020-08-03T12:04:40.000Z\",\"sessionId\":\"5d2f8e3e2f1c4b00123458c0\"},\"id\":\"5d2f8e3e2f1c4b00123458c0\",\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/sessions/5d2f8e3e2f1c4b00123458c0\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"session\"}],\"links\":{\"first\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/sessions?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/sessions?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"count\":4,\"firstEventAt\":\"2020-08-03T11:55:12.000Z\",\"lastEventAt\":\"2020-08-03T12:04:40.000Z\",\"sessionId\":\"5d2f8e3e2f1c4b00123458c0\"},\"id\":\"5d2f8e3e2f1c4b00123458c0\",\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/sessions/5d2f8e3e2f1c4b00123458c0\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"session\"}],\"links\":{\"first\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/sessions?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800/sessions?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_customer_sessions,
        empty_segment: Some(("id", empty_get_customer_sessions)),
    },
    Case {
        operation_id: "createUnmaskingWindowByCustomer",
        method: "POST",
        path_template: "/customers/{id}/unmasking-windows",
        path: "/customers/5d2f8e3e2f1c4b0012345800/unmasking-windows",
        query: &[],
        request_body: None,
        status: 201u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_unmasking_window_by_customer,
        empty_segment: Some(("id", empty_create_unmasking_window_by_customer)),
    },
    Case {
        operation_id: "deleteUnmaskingWindowByCustomer",
        method: "DELETE",
        path_template: "/customers/{id}/unmasking-windows",
        path: "/customers/5d2f8e3e2f1c4b0012345800/unmasking-windows",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_unmasking_window_by_customer,
        empty_segment: Some(("id", empty_delete_unmasking_window_by_customer)),
    },
    Case {
        operation_id: "customerArchiveSearch",
        method: "POST",
        path_template: "/customers/archive/search",
        path: "/customers/archive/search",
        query: &[],
        request_body: Some(
            "{\"and\":[{\"customer_updated_at\":{\"gte\":\"2016-01-01\"}}],\"or\":[],\"queryContext\":\"customer\",\"sort\":[{\"customer_updated_at\":\"asc\"}],\"timeZone\":\"America/New_York\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2016-03-02T09:00:00.000Z\",\"displayName\":\"Sam Smith\",\"lastActivityAt\":\"2016-07-27T22:30:48.939Z\",\"name\":\"Sam Smith\",\"rev\":7,\"updatedAt\":\"2016-07-27T22:30:48.939Z\",\"verified\":false},\"id\":\"5d2f8e3e2f1c4b0012345802\",\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345802\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"customer\"}],\"links\":{\"first\":\"/v1/customers/archive/search?page=1&pageSize=100\",\"last\":\"/v1/customers/archive/search?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/archive/search?page=1&pageSize=100\"},\"meta\":{\"aggregations\":{},\"page\":1,\"pageSize\":100,\"total\":1,\"totalPages\":1}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2016-03-02T09:00:00.000Z\",\"displayName\":\"Sam Smith\",\"lastActivityAt\":\"2016-07-27T22:30:48.939Z\",\"name\":\"Sam Smith\",\"rev\":7,\"updatedAt\":\"2016-07-27T22:30:48.939Z\",\"verified\":false},\"id\":\"5d2f8e3e2f1c4b0012345802\",\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345802\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"customer\"}],\"links\":{\"first\":\"/v1/customers/archive/search?page=1&pageSize=100\",\"last\":\"/v1/customers/archive/search?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/archive/search?page=1&pageSize=100\"},\"meta\":{\"aggregations\":{},\"page\":1,\"pageSize\":100,\"total\":1,\"totalPages\":1}}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_customer_archive_search,
        empty_segment: None,
    },
    Case {
        operation_id: "createTrackingEvent",
        method: "POST",
        path_template: "/tracking/event",
        path: "/tracking/event",
        query: &[],
        request_body: Some(
            "{\"meta\":{\"planStr\":\"enterprise\",\"seatsNum\":25},\"name\":\"Viewed pricing page\",\"sessionId\":\"5d2f8e3e2f1c4b00123458c0\",\"trackingId\":\"5d2f8e3e2f1c4b00123458e1\"}",
        ),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_tracking_event,
        empty_segment: None,
    },
    Case {
        operation_id: "createTrackingIdentity",
        method: "POST",
        path_template: "/tracking/identity",
        path: "/tracking/identity",
        query: &[],
        request_body: Some(
            "{\"custom\":{\"planStr\":\"enterprise\"},\"email\":\"jane@example.com\",\"externalId\":\"crm-42\",\"locale\":\"en_US\",\"name\":\"Jane Doe\",\"sessionId\":\"5d2f8e3e2f1c4b00123458c0\",\"timeZone\":\"America/New_York\",\"trackingId\":\"5d2f8e3e2f1c4b00123458e1\"}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-08-03T11:55:12.000Z\",\"email\":\"jane@example.com\",\"status\":\"identified\",\"statusAt\":\"2020-08-03T11:55:12.000Z\",\"trackingId\":\"5d2f8e3e2f1c4b00123458e1\",\"updatedAt\":\"2020-08-03T11:55:12.000Z\"},\"id\":\"5d2f8e3e2f1c4b00123458e0\",\"links\":{\"self\":\"/v1/tracking/identities/5d2f8e3e2f1c4b00123458e0\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"tracking_identity\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-08-03T11:55:12.000Z\",\"email\":\"jane@example.com\",\"status\":\"identified\",\"statusAt\":\"2020-08-03T11:55:12.000Z\",\"trackingId\":\"5d2f8e3e2f1c4b00123458e1\",\"updatedAt\":\"2020-08-03T11:55:12.000Z\"},\"id\":\"5d2f8e3e2f1c4b00123458e0\",\"links\":{\"self\":\"/v1/tracking/identities/5d2f8e3e2f1c4b00123458e0\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"tracking_identity\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_tracking_identity,
        empty_segment: None,
    },
    Case {
        operation_id: "createTrackingIdentityEvent",
        method: "POST",
        path_template: "/tracking/identityEvent",
        path: "/tracking/identityEvent",
        query: &[],
        request_body: Some(
            "{\"event\":{\"meta\":{\"planStr\":\"enterprise\"},\"name\":\"Started trial\",\"sessionId\":\"5d2f8e3e2f1c4b00123458c0\",\"trackingId\":\"5d2f8e3e2f1c4b00123458e1\"},\"identity\":{\"email\":\"jane@example.com\",\"name\":\"Jane Doe\",\"trackingId\":\"5d2f8e3e2f1c4b00123458e1\"}}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-08-03T11:55:12.000Z\",\"email\":\"jane@example.com\",\"status\":\"identified\",\"statusAt\":\"2020-08-03T11:55:12.000Z\",\"trackingId\":\"5d2f8e3e2f1c4b00123458e1\",\"updatedAt\":\"2020-08-03T11:55:12.000Z\"},\"id\":\"5d2f8e3e2f1c4b00123458e0\",\"links\":{\"self\":\"/v1/tracking/identities/5d2f8e3e2f1c4b00123458e0\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"tracking_identity\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-08-03T11:55:12.000Z\",\"email\":\"jane@example.com\",\"status\":\"identified\",\"statusAt\":\"2020-08-03T11:55:12.000Z\",\"trackingId\":\"5d2f8e3e2f1c4b00123458e1\",\"updatedAt\":\"2020-08-03T11:55:12.000Z\"},\"id\":\"5d2f8e3e2f1c4b00123458e0\",\"links\":{\"self\":\"/v1/tracking/identities/5d2f8e3e2f1c4b00123458e0\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345800\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345800\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"tracking_identity\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_tracking_identity_event,
        empty_segment: None,
    },
    Case {
        operation_id: "getConversations",
        method: "GET",
        path_template: "/conversations",
        path: "/conversations",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"channels\":[\"email\"],\"createdAt\":\"2020-03-02T10:15:30.125Z\",\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":false},\"direction\":\"in\",\"externalId\":\"helpdesk-88231\",\"firstResponse\":{\"sentAt\":\"2020-03-02T10:20:00.000Z\",\"time\":269875},\"lastMessageIn\":{\"sentAt\":\"2020-03-02T10:15:30.125Z\"},\"messageCount\":2,\"modifiedAt\":\"2020-03-02T10:20:00.000Z\",\"name\":\"Order 1234 has not arrived\",\"noteCount\":1,\"outboundMessageCount\":1,\"rev\":3,\"satisfaction\":0,\"sentiment\":{\"confidence\":0.6,\"polarity\":0},\"status\":\"open\",\"suggestedTags\":[],\"tags\":[\"5e1a2b3c4d5e6f0012340030\"],\"updatedAt\":\"2020-03-02T10:20:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}],\"links\":{\"first\":\"/v1/conversations?page=1&pageSize=100\",\"next\":\"/v1/conversations?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/conversations?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"channels\":[\"email\"],\"createdAt\":\"2020-03-02T10:15:30.125Z\",\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":false},\"direction\":\"in\",\"externalId\":\"helpdesk-88231\",\"firstResponse\":{\"sentAt\":\"2020-03-02T10:20:00.000Z\",\"time\":269875},\"lastMessageIn\":{\"sentAt\":\"2020-03-02T10:15:30.125Z\"},\"messageCount\":2,\"modifiedAt\":\"2020-03-02T10:20:00.000Z\",\"name\":\"Order 1234 has not arrived\",\"noteCount\":1,\"outboundMessageCount\":1,\"rev\":3,\"satisfaction\":0,\"sentiment\":{\"confidence\":0.6,\"polarity\":0},\"status\":\"open\",\"suggestedTags\":[],\"tags\":[\"5e1a2b3c4d5e6f0012340030\"],\"updatedAt\":\"2020-03-02T10:20:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}],\"links\":{\"first\":\"/v1/conversations?page=1&pageSize=100\",\"next\":\"/v1/conversations?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/conversations?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_conversations,
        empty_segment: None,
    },
    Case {
        operation_id: "createConversation",
        method: "POST",
        path_template: "/conversations",
        path: "/conversations",
        query: &[],
        request_body: Some(
            "{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":false},\"customer\":\"5e1a2b3c4d5e6f0012340010\",\"defaultLang\":\"en_US\",\"direction\":\"in\",\"externalId\":\"helpdesk-88231\",\"name\":\"Order 1234 has not arrived\",\"priority\":2,\"status\":\"open\",\"tags\":[\"5e1a2b3c4d5e6f0012340030\"]}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"assignedUsers\":[],\"channels\":[],\"createdAt\":\"2020-03-02T10:15:30.125Z\",\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":false},\"direction\":\"in\",\"externalId\":\"helpdesk-88231\",\"firstResponse\":{},\"lastMessageIn\":{},\"messageCount\":0,\"modifiedAt\":\"2020-03-02T10:15:30.125Z\",\"name\":\"Order 1234 has not arrived\",\"noteCount\":0,\"outboundMessageCount\":0,\"rev\":1,\"satisfaction\":0,\"sentiment\":{},\"status\":\"open\",\"suggestedTags\":[],\"tags\":[\"5e1a2b3c4d5e6f0012340030\"],\"updatedAt\":\"2020-03-02T10:15:30.125Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"assignedUsers\":[],\"channels\":[],\"createdAt\":\"2020-03-02T10:15:30.125Z\",\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":false},\"direction\":\"in\",\"externalId\":\"helpdesk-88231\",\"firstResponse\":{},\"lastMessageIn\":{},\"messageCount\":0,\"modifiedAt\":\"2020-03-02T10:15:30.125Z\",\"name\":\"Order 1234 has not arrived\",\"noteCount\":0,\"outboundMessageCount\":0,\"rev\":1,\"satisfaction\":0,\"sentiment\":{},\"status\":\"open\",\"suggestedTags\":[],\"tags\":[\"5e1a2b3c4d5e6f0012340030\"],\"updatedAt\":\"2020-03-02T10:15:30.125Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_conversation,
        empty_segment: None,
    },
    Case {
        operation_id: "bulkBatchUpdateConversations",
        method: "PUT",
        path_template: "/conversations/bulk",
        path: "/conversations/bulk",
        query: &[],
        request_body: Some(
            "[{\"id\":\"5e1a2b3c4d5e6f0012340100\",\"status\":\"done\"},{\"id\":\"5e1a2b3c4d5e6f0012340101\",\"name\":\"Change my shipping address\",\"priority\":3}]",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"createdAt\":\"2020-03-02T11:05:00.000Z\",\"ids\":[\"5e1a2b3c4d5e6f0012340100\",\"5e1a2b3c4d5e6f0012340101\"],\"status\":\"pending\",\"updatedAt\":\"2020-03-02T11:05:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340401\",\"links\":{\"self\":\"/v1/bulk/5e1a2b3c4d5e6f0012340401\"},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"createdAt\":\"2020-03-02T11:05:00.000Z\",\"ids\":[\"5e1a2b3c4d5e6f0012340100\",\"5e1a2b3c4d5e6f0012340101\"],\"status\":\"pending\",\"updatedAt\":\"2020-03-02T11:05:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340401\",\"links\":{\"self\":\"/v1/bulk/5e1a2b3c4d5e6f0012340401\"},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_bulk_batch_update_conversations,
        empty_segment: None,
    },
    Case {
        operation_id: "bulkCreateConversations",
        method: "POST",
        path_template: "/conversations/bulk",
        path: "/conversations/bulk",
        query: &[],
        request_body: Some(
            "[{\"customer\":\"5e1a2b3c4d5e6f0012340010\",\"externalId\":\"helpdesk-88231\",\"name\":\"Order 1234 has not arrived\"},{\"customer\":\"5e1a2b3c4d5e6f0012340011\",\"externalId\":\"helpdesk-88232\",\"importedAt\":\"2020-03-01T08:00:00Z\",\"name\":\"Change my shipping address\"}]",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"createdAt\":\"2020-03-02T11:00:00.000Z\",\"status\":\"pending\",\"updatedAt\":\"2020-03-02T11:00:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340400\",\"links\":{\"self\":\"/v1/bulk/5e1a2b3c4d5e6f0012340400\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"createdAt\":\"2020-03-02T11:00:00.000Z\",\"status\":\"pending\",\"updatedAt\":\"2020-03-02T11:00:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340400\",\"links\":{\"self\":\"/v1/bulk/5e1a2b3c4d5e6f0012340400\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_bulk_create_conversations,
        empty_segment: None,
    },
    Case {
        operation_id: "getConversationByExternalId",
        method: "GET",
        path_template: "/conversations/externalId={externalId}",
        path: "/conversations/externalId=helpdesk-88231",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"channels\":[\"email\"],\"createdAt\":\"2020-03-02T10:15:30.125Z\",\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":false},\"direction\":\"in\",\"externalId\":\"helpdesk-88231\",\"firstResponse\":{\"sentAt\":\"2020-03-02T10:20:00.000Z\",\"time\":269875},\"lastMessageIn\":{\"sentAt\":\"2020-03-02T10:15:30.125Z\"},\"messageCount\":2,\"modifiedAt\":\"2020-03-02T10:20:00.000Z\",\"name\":\"Order 1234 has not arrived\",\"noteCount\":1,\"outboundMessageCount\":1,\"rev\":3,\"satisfaction\":0,\"sentiment\":{\"confidence\":0.6,\"polarity\":0},\"status\":\"open\",\"suggestedTags\":[],\"tags\":[\"5e1a2b3c4d5e6f0012340030\"],\"updatedAt\":\"2020-03-02T10:20:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"channels\":[\"email\"],\"createdAt\":\"2020-03-02T10:15:30.125Z\",\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":false},\"direction\":\"in\",\"externalId\":\"helpdesk-88231\",\"firstResponse\":{\"sentAt\":\"2020-03-02T10:20:00.000Z\",\"time\":269875},\"lastMessageIn\":{\"sentAt\":\"2020-03-02T10:15:30.125Z\"},\"messageCount\":2,\"modifiedAt\":\"2020-03-02T10:20:00.000Z\",\"name\":\"Order 1234 has not arrived\",\"noteCount\":1,\"outboundMessageCount\":1,\"rev\":3,\"satisfaction\":0,\"sentiment\":{\"confidence\":0.6,\"polarity\":0},\"status\":\"open\",\"suggestedTags\":[],\"tags\":[\"5e1a2b3c4d5e6f0012340030\"],\"updatedAt\":\"2020-03-02T10:20:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}",
        ),
        not_found_is_none: true,
        retried: true,
        secrets: &[],
        call: call_get_conversation_by_external_id,
        empty_segment: Some(("external_id", empty_get_conversation_by_external_id)),
    },
    Case {
        operation_id: "getConversationTimeByIds",
        method: "GET",
        path_template: "/conversations/times/{ids}",
        path: "/conversations/times/5e1a2b3c4d5e6f0012340200",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"channels\":[\"email\"],\"createdAt\":\"2020-03-02T10:25:00.000Z\",\"createdByTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"handleAt\":\"2020-03-02T10:25:00.000Z\",\"handleTime\":300000},\"id\":\"5e1a2b3c4d5e6f0012340200\",\"links\":{\"self\":\"/v1/conversations/times/5e1a2b3c4d5e6f0012340200\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340100\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation_time\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"channels\":[\"email\"],\"createdAt\":\"2020-03-02T10:25:00.000Z\",\"createdByTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"handleAt\":\"2020-03-02T10:25:00.000Z\",\"handleTime\":300000},\"id\":\"5e1a2b3c4d5e6f0012340200\",\"links\":{\"self\":\"/v1/conversations/times/5e1a2b3c4d5e6f0012340200\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340100\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation_time\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_conversation_time_by_ids,
        empty_segment: Some(("ids", empty_get_conversation_time_by_ids)),
    },
    Case {
        operation_id: "getConversation",
        method: "GET",
        path_template: "/conversations/{id}",
        path: "/conversations/5e1a2b3c4d5e6f0012340100",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"channels\":[\"email\"],\"createdAt\":\"2020-03-02T10:15:30.125Z\",\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":false},\"direction\":\"in\",\"externalId\":\"helpdesk-88231\",\"firstResponse\":{\"sentAt\":\"2020-03-02T10:20:00.000Z\",\"time\":269875},\"lastMessageIn\":{\"sentAt\":\"2020-03-02T10:15:30.125Z\"},\"messageCount\":2,\"modifiedAt\":\"2020-03-02T10:20:00.000Z\",\"name\":\"Order 1234 has not arrived\",\"noteCount\":1,\"outboundMessageCount\":1,\"rev\":3,\"satisfaction\":0,\"sentiment\":{\"confidence\":0.6,\"polarity\":0},\"status\":\"open\",\"suggestedTags\":[],\"tags\":[\"5e1a2b3c4d5e6f0012340030\"],\"updatedAt\":\"2020-03-02T10:20:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"channels\":[\"email\"],\"createdAt\":\"2020-03-02T10:15:30.125Z\",\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":false},\"direction\":\"in\",\"externalId\":\"helpdesk-88231\",\"firstResponse\":{\"sentAt\":\"2020-03-02T10:20:00.000Z\",\"time\":269875},\"lastMessageIn\":{\"sentAt\":\"2020-03-02T10:15:30.125Z\"},\"messageCount\":2,\"modifiedAt\":\"2020-03-02T10:20:00.000Z\",\"name\":\"Order 1234 has not arrived\",\"noteCount\":1,\"outboundMessageCount\":1,\"rev\":3,\"satisfaction\":0,\"sentiment\":{\"confidence\":0.6,\"polarity\":0},\"status\":\"open\",\"suggestedTags\":[],\"tags\":[\"5e1a2b3c4d5e6f0012340030\"],\"updatedAt\":\"2020-03-02T10:20:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_conversation,
        empty_segment: Some(("id", empty_get_conversation)),
    },
    Case {
        operation_id: "updateConversation",
        method: "PUT",
        path_template: "/conversations/{id}",
        path: "/conversations/5e1a2b3c4d5e6f0012340100",
        query: &[],
        request_body: Some(
            "{\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"custom\":{\"refundRequestedBool\":true},\"name\":\"Order 1234 has not arrived\",\"rev\":3,\"snooze\":{\"status\":\"scheduled\",\"time\":\"2020-03-03T09:00:00Z\"},\"status\":\"snoozed\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":true},\"modifiedAt\":\"2020-03-02T12:00:00.000Z\",\"name\":\"Order 1234 has not arrived\",\"rev\":4,\"status\":\"snoozed\",\"updatedAt\":\"2020-03-02T12:00:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":true},\"modifiedAt\":\"2020-03-02T12:00:00.000Z\",\"name\":\"Order 1234 has not arrived\",\"rev\":4,\"status\":\"snoozed\",\"updatedAt\":\"2020-03-02T12:00:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_conversation,
        empty_segment: Some(("id", empty_update_conversation)),
    },
    Case {
        operation_id: "deleteConversation",
        method: "DELETE",
        path_template: "/conversations/{id}",
        path: "/conversations/5e1a2b3c4d5e6f0012340100",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_conversation,
        empty_segment: Some(("id", empty_delete_conversation)),
    },
    Case {
        operation_id: "updateConversationAttributes",
        method: "PATCH",
        path_template: "/conversations/{id}",
        path: "/conversations/5e1a2b3c4d5e6f0012340100",
        query: &[],
        request_body: Some(
            "{\"priority\":1,\"satisfactionLevel\":{\"channel\":\"email\",\"createdAt\":\"2020-03-02T13:00:00Z\",\"form\":\"5e1a2b3c4d5e6f0012340600\",\"rating\":5,\"status\":\"rated\"},\"sentiment\":{\"confidence\":0.9,\"polarity\":1},\"status\":\"done\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"externalQueue\":\"\",\"modifiedAt\":\"2020-03-02T13:00:00.000Z\",\"name\":\"Order 1234 has not arrived\",\"rev\":5,\"satisfaction\":5,\"sentiment\":{\"confidence\":0.9,\"polarity\":1},\"status\":\"done\",\"updatedAt\":\"2020-03-02T13:00:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"externalQueue\":\"\",\"modifiedAt\":\"2020-03-02T13:00:00.000Z\",\"name\":\"Order 1234 has not arrived\",\"rev\":5,\"satisfaction\":5,\"sentiment\":{\"confidence\":0.9,\"polarity\":1},\"status\":\"done\",\"updatedAt\":\"2020-03-02T13:00:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_update_conversation_attributes,
        empty_segment: Some(("id", empty_update_conversation_attributes)),
    },
    Case {
        operation_id: "getConversationEvents",
        method: "GET",
        path_template: "/conversations/{id}/events",
        path: "/conversations/5e1a2b3c4d5e6f0012340100/events",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"changes\":{\"attributes\":{\"updatedAt\":{\"after\":\"2020-03-02T12:00:00.000Z\",\"before\":\"2020-03-02T10:20:00.000Z\",\"op\":\"replace\"}},\"relationships\":{\"customer\":{\"after\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"before\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340011\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340011\"}},\"op\":\"replace\"}}},\"createdAt\":\"2020-03-02T12:00:00.100Z\",\"location\":null,\"meta\":null,\"modifiedAt\":\"2020-03-02T12:00:00.100Z\",\"name\":\"kustomer.conversation.update\",\"publishedAt\":\"2020-03-02T12:00:00.100Z\",\"type\":\"conversation\",\"updatedAt\":\"2020-03-02T12:00:00.100Z\"},\"id\":\"5e1a2b3c4d5e6f0012340300\",\"links\":{\"self\":\"/v1/events/5e1a2b3c4d5e6f0012340300\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340100\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"event\"}],\"links\":{\"first\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/events?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/events?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"changes\":{\"attributes\":{\"updatedAt\":{\"after\":\"2020-03-02T12:00:00.000Z\",\"before\":\"2020-03-02T10:20:00.000Z\",\"op\":\"replace\"}},\"relationships\":{\"customer\":{\"after\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"before\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340011\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340011\"}},\"op\":\"replace\"}}},\"createdAt\":\"2020-03-02T12:00:00.100Z\",\"location\":null,\"meta\":null,\"modifiedAt\":\"2020-03-02T12:00:00.100Z\",\"name\":\"kustomer.conversation.update\",\"publishedAt\":\"2020-03-02T12:00:00.100Z\",\"type\":\"conversation\",\"updatedAt\":\"2020-03-02T12:00:00.100Z\"},\"id\":\"5e1a2b3c4d5e6f0012340300\",\"links\":{\"self\":\"/v1/events/5e1a2b3c4d5e6f0012340300\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340100\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"event\"}],\"links\":{\"first\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/events?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/events?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_conversation_events,
        empty_segment: Some(("id", empty_get_conversation_events)),
    },
    Case {
        operation_id: "appendTagsToConversation",
        method: "POST",
        path_template: "/conversations/{id}/tags",
        path: "/conversations/5e1a2b3c4d5e6f0012340100/tags",
        query: &[],
        request_body: Some("[\"shipping\",\"5e1a2b3c4d5e6f0012340031\"]"),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"name\":\"Order 1234 has not arrived\",\"rev\":5,\"status\":\"open\",\"tags\":[\"5e1a2b3c4d5e6f0012340030\",\"5e1a2b3c4d5e6f0012340031\",\"5e1a2b3c4d5e6f0012340032\"],\"updatedAt\":\"2020-03-02T12:30:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"name\":\"Order 1234 has not arrived\",\"rev\":5,\"status\":\"open\",\"tags\":[\"5e1a2b3c4d5e6f0012340030\",\"5e1a2b3c4d5e6f0012340031\",\"5e1a2b3c4d5e6f0012340032\"],\"updatedAt\":\"2020-03-02T12:30:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_append_tags_to_conversation,
        empty_segment: Some(("id", empty_append_tags_to_conversation)),
    },
    Case {
        operation_id: "removeTagsFromConversation",
        method: "DELETE",
        path_template: "/conversations/{id}/tags",
        path: "/conversations/5e1a2b3c4d5e6f0012340100/tags",
        query: &[],
        request_body: Some("[\"shipping\"]"),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"name\":\"Order 1234 has not arrived\",\"rev\":6,\"status\":\"open\",\"tags\":[\"5e1a2b3c4d5e6f0012340030\"],\"updatedAt\":\"2020-03-02T12:35:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"name\":\"Order 1234 has not arrived\",\"rev\":6,\"status\":\"open\",\"tags\":[\"5e1a2b3c4d5e6f0012340030\"],\"updatedAt\":\"2020-03-02T12:35:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_remove_tags_from_conversation,
        empty_segment: Some(("id", empty_remove_tags_from_conversation)),
    },
    Case {
        operation_id: "getConversationTimesByConversationId",
        method: "GET",
        path_template: "/conversations/{id}/times",
        path: "/conversations/5e1a2b3c4d5e6f0012340100/times",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"assignedTeams\":[],\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"channels\":[\"email\"],\"createdAt\":\"2020-03-02T10:25:00.000Z\",\"createdByTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"handleAt\":\"2020-03-02T10:25:00.000Z\",\"handleTime\":300000,\"messageAt\":\"2020-03-02T10:20:00.000Z\",\"messageTime\":120000},\"id\":\"5e1a2b3c4d5e6f0012340200\",\"links\":{\"self\":\"/v1/conversations/times/5e1a2b3c4d5e6f0012340200\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340100\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation_time\"}],\"links\":{\"first\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/times?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/times?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"assignedTeams\":[],\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"channels\":[\"email\"],\"createdAt\":\"2020-03-02T10:25:00.000Z\",\"createdByTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"handleAt\":\"2020-03-02T10:25:00.000Z\",\"handleTime\":300000,\"messageAt\":\"2020-03-02T10:20:00.000Z\",\"messageTime\":120000},\"id\":\"5e1a2b3c4d5e6f0012340200\",\"links\":{\"self\":\"/v1/conversations/times/5e1a2b3c4d5e6f0012340200\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340100\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation_time\"}],\"links\":{\"first\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/times?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/times?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_conversation_times_by_conversation_id,
        empty_segment: Some(("id", empty_get_conversation_times_by_conversation_id)),
    },
    Case {
        operation_id: "getConversationsByCustomer",
        method: "GET",
        path_template: "/customers/{id}/conversations",
        path: "/customers/5e1a2b3c4d5e6f0012340010/conversations",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"channels\":[\"email\"],\"createdAt\":\"2020-03-02T10:15:30.125Z\",\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":false},\"direction\":\"in\",\"externalId\":\"helpdesk-88231\",\"firstResponse\":{\"sentAt\":\"2020-03-02T10:20:00.000Z\",\"time\":269875},\"lastMessageIn\":{\"sentAt\":\"2020-03-02T10:15:30.125Z\"},\"messageCount\":2,\"modifiedAt\":\"2020-03-02T10:20:00.000Z\",\"name\":\"Order 1234 has not arrived\",\"noteCount\":1,\"outboundMessageCount\":1,\"rev\":3,\"satisfaction\":0,\"sentiment\":{\"confidence\":0.6,\"polarity\":0},\"status\":\"open\",\"suggestedTags\":[],\"tags\":[\"5e1a2b3c4d5e6f0012340030\"],\"updatedAt\":\"2020-03-02T10:20:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}],\"links\":{\"first\":\"/v1/customers/5e1a2b3c4d5e6f0012340010/conversations?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010/conversations?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"channels\":[\"email\"],\"createdAt\":\"2020-03-02T10:15:30.125Z\",\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":false},\"direction\":\"in\",\"externalId\":\"helpdesk-88231\",\"firstResponse\":{\"sentAt\":\"2020-03-02T10:20:00.000Z\",\"time\":269875},\"lastMessageIn\":{\"sentAt\":\"2020-03-02T10:15:30.125Z\"},\"messageCount\":2,\"modifiedAt\":\"2020-03-02T10:20:00.000Z\",\"name\":\"Order 1234 has not arrived\",\"noteCount\":1,\"outboundMessageCount\":1,\"rev\":3,\"satisfaction\":0,\"sentiment\":{\"confidence\":0.6,\"polarity\":0},\"status\":\"open\",\"suggestedTags\":[],\"tags\":[\"5e1a2b3c4d5e6f0012340030\"],\"updatedAt\":\"2020-03-02T10:20:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}],\"links\":{\"first\":\"/v1/customers/5e1a2b3c4d5e6f0012340010/conversations?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010/conversations?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_conversations_by_customer,
        empty_segment: Some(("id", empty_get_conversations_by_customer)),
    },
    Case {
        operation_id: "createConversationForCustomer",
        method: "POST",
        path_template: "/customers/{id}/conversations",
        path: "/customers/5e1a2b3c4d5e6f0012340010/conversations",
        query: &[],
        request_body: Some(
            "{\"custom\":{\"orderNumberStr\":\"1234\"},\"direction\":\"out\",\"name\":\"Follow-up on order 1234\",\"priority\":2,\"queue\":{\"id\":\"5e1a2b3c4d5e6f0012340040\"},\"status\":\"open\"}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"assignedTeams\":[],\"assignedUsers\":[],\"channels\":[],\"createdAt\":\"2020-03-02T14:00:00.000Z\",\"custom\":{\"orderNumberStr\":\"1234\"},\"direction\":\"out\",\"firstResponse\":{},\"lastMessageIn\":{},\"messageCount\":0,\"modifiedAt\":\"2020-03-02T14:00:00.000Z\",\"name\":\"Follow-up on order 1234\",\"noteCount\":0,\"outboundMessageCount\":0,\"rev\":1,\"satisfaction\":0,\"sentiment\":{},\"status\":\"open\",\"suggestedTags\":[],\"tags\":[],\"updatedAt\":\"2020-03-02T14:00:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"assignedTeams\":[],\"assignedUsers\":[],\"channels\":[],\"createdAt\":\"2020-03-02T14:00:00.000Z\",\"custom\":{\"orderNumberStr\":\"1234\"},\"direction\":\"out\",\"firstResponse\":{},\"lastMessageIn\":{},\"messageCount\":0,\"modifiedAt\":\"2020-03-02T14:00:00.000Z\",\"name\":\"Follow-up on order 1234\",\"noteCount\":0,\"outboundMessageCount\":0,\"rev\":1,\"satisfaction\":0,\"sentiment\":{},\"status\":\"open\",\"suggestedTags\":[],\"tags\":[],\"updatedAt\":\"2020-03-02T14:00:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340100\",\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"customer\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340010\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a2b3c4d5e6f0012340010\"}},\"messages\":{\"links\":{\"self\":\"/v1/conversations/5e1a2b3c4d5e6f0012340100/messages\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"conversation\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_conversation_for_customer,
        empty_segment: Some(("id", empty_create_conversation_for_customer)),
    },
    Case {
        operation_id: "getSpamSenders",
        method: "GET",
        path_template: "/spam/senders",
        path: "/spam/senders",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"channel\":\"email\",\"createdAt\":\"2020-02-10T09:00:00.000Z\",\"list\":\"blacklist\",\"modifiedAt\":\"2020-02-10T09:00:00.000Z\",\"sender\":\"deals@promo.example.net\",\"updatedAt\":\"2020-02-10T09:00:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340500\",\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"spam_sender\"}],\"links\":{\"first\":\"/v1/spam/senders?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/spam/senders?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"channel\":\"email\",\"createdAt\":\"2020-02-10T09:00:00.000Z\",\"list\":\"blacklist\",\"modifiedAt\":\"2020-02-10T09:00:00.000Z\",\"sender\":\"deals@promo.example.net\",\"updatedAt\":\"2020-02-10T09:00:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340500\",\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"spam_sender\"}],\"links\":{\"first\":\"/v1/spam/senders?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/spam/senders?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_spam_senders,
        empty_segment: None,
    },
    Case {
        operation_id: "upsertSpamSender",
        method: "PUT",
        path_template: "/spam/senders",
        path: "/spam/senders",
        query: &[],
        request_body: Some(
            "{\"channel\":\"email\",\"list\":\"blacklist\",\"sender\":\"deals@promo.example.net\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"channel\":\"email\",\"createdAt\":\"2020-02-10T09:00:00.000Z\",\"list\":\"blacklist\",\"modifiedAt\":\"2020-03-02T15:00:00.000Z\",\"sender\":\"deals@promo.example.net\",\"updatedAt\":\"2020-03-02T15:00:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340500\",\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"spam_sender\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"channel\":\"email\",\"createdAt\":\"2020-02-10T09:00:00.000Z\",\"list\":\"blacklist\",\"modifiedAt\":\"2020-03-02T15:00:00.000Z\",\"sender\":\"deals@promo.example.net\",\"updatedAt\":\"2020-03-02T15:00:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340500\",\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"modifiedBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}}},\"type\":\"spam_sender\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_upsert_spam_sender,
        empty_segment: None,
    },
    Case {
        operation_id: "deleteSpamSender",
        method: "DELETE",
        path_template: "/spam/senders/{id}",
        path: "/spam/senders/5e1a2b3c4d5e6f0012340500",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_spam_sender,
        empty_segment: Some(("id", empty_delete_spam_sender)),
    },
    Case {
        operation_id: "getSatisfaction",
        method: "GET",
        path_template: "/satisfaction",
        path: "/satisfaction",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"allQuestions\":[],\"channel\":\"email\",\"createdAt\":\"2019-11-04T08:30:00.000Z\",\"criteria\":{\"and\":[{\"conversation_channel\":{\"operator\":\"in\",\"value\":\"email\"}}]},\"delayTime\":3600,\"description\":\"Sent when a conversation is marked done.\",\"enabled\":true,\"followUpType\":\"comment\",\"formType\":\"csat\",\"from\":{\"account\":\"support@example.com\",\"app\":\"postmark\",\"channel\":\"email\"},\"introduction\":\"Thanks for contacting us.\",\"metaDescription\":\"Rate your support experience.\",\"metaTitle\":\"How did we do?\",\"modifiedAt\":\"2020-01-15T16:45:00.000Z\",\"name\":\"Post-resolution survey\",\"negativeQuestions\":[],\"positiveQuestions\":[],\"questions\":[],\"ratingPrompt\":\"How satisfied are you with the help you received?\",\"scale\":{\"labelHigh\":\"Very satisfied\",\"labelLow\":\"Very unsatisfied\",\"options\":5,\"type\":\"stars\"},\"updatedAt\":\"2020-01-15T16:45:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340600\",\"links\":{\"self\":\"/v1/satisfaction/5e1a2b3c4d5e6f0012340600\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}},\"template\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340601\",\"type\":\"template\"},\"links\":{\"self\":\"/v1/templates/5e1a2b3c4d5e6f0012340601\"}}},\"type\":\"satisfaction\"}],\"links\":{\"first\":\"/v1/satisfaction?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/satisfaction?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"allQuestions\":[],\"channel\":\"email\",\"createdAt\":\"2019-11-04T08:30:00.000Z\",\"criteria\":{\"and\":[{\"conversation_channel\":{\"operator\":\"in\",\"value\":\"email\"}}]},\"delayTime\":3600,\"description\":\"Sent when a conversation is marked done.\",\"enabled\":true,\"followUpType\":\"comment\",\"formType\":\"csat\",\"from\":{\"account\":\"support@example.com\",\"app\":\"postmark\",\"channel\":\"email\"},\"introduction\":\"Thanks for contacting us.\",\"metaDescription\":\"Rate your support experience.\",\"metaTitle\":\"How did we do?\",\"modifiedAt\":\"2020-01-15T16:45:00.000Z\",\"name\":\"Post-resolution survey\",\"negativeQuestions\":[],\"positiveQuestions\":[],\"questions\":[],\"ratingPrompt\":\"How satisfied are you with the help you received?\",\"scale\":{\"labelHigh\":\"Very satisfied\",\"labelLow\":\"Very unsatisfied\",\"options\":5,\"type\":\"stars\"},\"updatedAt\":\"2020-01-15T16:45:00.000Z\"},\"id\":\"5e1a2b3c4d5e6f0012340600\",\"links\":{\"self\":\"/v1/satisfaction/5e1a2b3c4d5e6f0012340600\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}},\"template\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340601\",\"type\":\"template\"},\"links\":{\"self\":\"/v1/templates/5e1a2b3c4d5e6f0012340601\"}}},\"type\":\"satisfaction\"}],\"links\":{\"first\":\"/v1/satisfaction?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/satisfaction?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_satisfaction,
        empty_segment: None,
    },
    Case {
        operation_id: "getSlaById",
        method: "GET",
        path_template: "/slas/{id}",
        path: "/slas/5e1a2b3c4d5e6f0012340700",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2019-09-01T12:00:00.000Z\",\"currentVersion\":2},\"id\":\"5e1a2b3c4d5e6f0012340700\",\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}},\"versions\":{\"data\":[{\"id\":\"5e1a2b3c4d5e6f0012340701\",\"type\":\"sla_version\"}]}},\"type\":\"sla\"},\"included\":[{\"attributes\":{\"createdAt\":\"2020-01-20T10:00:00.000Z\",\"criteria\":{\"and\":[{\"conversation_channel\":{\"operator\":\"equals\",\"value\":\"email\"}}]},\"description\":\"Response targets for email conversations.\",\"hours\":\"business\",\"metrics\":{\"firstResponse\":{\"enabled\":true,\"times\":{\"1\":86400,\"2\":43200,\"3\":14400,\"4\":3600,\"5\":1800}},\"longestUnrespondedMessage\":{\"enabled\":true,\"times\":{\"1\":172800,\"2\":86400,\"3\":28800,\"4\":7200,\"5\":3600}},\"totalConversationOpenTime\":{\"enabled\":false,\"times\":{}},\"totalCustomerWaitTime\":{\"enabled\":false,\"times\":{}}},\"name\":\"Email priority SLA\",\"version\":2},\"id\":\"5e1a2b3c4d5e6f0012340701\",\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}},\"sla\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340700\",\"type\":\"sla\"},\"links\":{\"self\":\"/v1/slas/5e1a2b3c4d5e6f0012340700\"}}},\"type\":\"sla_version\"}]}",
        ),
        expected: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2019-09-01T12:00:00.000Z\",\"currentVersion\":2},\"id\":\"5e1a2b3c4d5e6f0012340700\",\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}},\"versions\":{\"data\":[{\"id\":\"5e1a2b3c4d5e6f0012340701\",\"type\":\"sla_version\"}]}},\"type\":\"sla\"},\"included\":[{\"attributes\":{\"createdAt\":\"2020-01-20T10:00:00.000Z\",\"criteria\":{\"and\":[{\"conversation_channel\":{\"operator\":\"equals\",\"value\":\"email\"}}]},\"description\":\"Response targets for email conversations.\",\"hours\":\"business\",\"metrics\":{\"firstResponse\":{\"enabled\":true,\"times\":{\"1\":86400,\"2\":43200,\"3\":14400,\"4\":3600,\"5\":1800}},\"longestUnrespondedMessage\":{\"enabled\":true,\"times\":{\"1\":172800,\"2\":86400,\"3\":28800,\"4\":7200,\"5\":3600}},\"totalConversationOpenTime\":{\"enabled\":false,\"times\":{}},\"totalCustomerWaitTime\":{\"enabled\":false,\"times\":{}}},\"name\":\"Email priority SLA\",\"version\":2},\"id\":\"5e1a2b3c4d5e6f0012340701\",\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340002\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a2b3c4d5e6f0012340002\"}},\"org\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340001\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a2b3c4d5e6f0012340001\"}},\"sla\":{\"data\":{\"id\":\"5e1a2b3c4d5e6f0012340700\",\"type\":\"sla\"},\"links\":{\"self\":\"/v1/slas/5e1a2b3c4d5e6f0012340700\"}}},\"type\":\"sla_version\"}]}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_sla_by_id,
        empty_segment: Some(("id", empty_get_sla_by_id)),
    },
    Case {
        operation_id: "getMessages",
        method: "GET",
        path_template: "/messages",
        path: "/messages",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:15:01.250Z\",\"direction\":\"in\",\"externalId\":\"0100017a1b2c3d4e-5f6a7b8c-9d0e\",\"meta\":{\"cc\":[],\"from\":\"jane@example.com\",\"inReplyTo\":\"<CAF=abc123@mail.example.com>\",\"recipient\":{\"email\":\"support@acme.example.com\",\"mailboxHash\":\"support\"},\"subject\":\"Where is my order?\",\"to\":[{\"email\":\"support@acme.example.com\"}]},\"preview\":\"Hi, my order 1234 has not arrived yet.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"sentiment\":{},\"size\":1523,\"status\":\"received\",\"updatedAt\":\"2020-03-02T10:15:01.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}},\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345680\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"message\"}],\"links\":{\"first\":\"/v1/messages?page=1&pageSize=100\",\"next\":\"/v1/messages?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/messages?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:15:01.250Z\",\"direction\":\"in\",\"externalId\":\"0100017a1b2c3d4e-5f6a7b8c-9d0e\",\"meta\":{\"cc\":[],\"from\":\"jane@example.com\",\"inReplyTo\":\"<CAF=abc123@mail.example.com>\",\"recipient\":{\"email\":\"support@acme.example.com\",\"mailboxHash\":\"support\"},\"subject\":\"Where is my order?\",\"to\":[{\"email\":\"support@acme.example.com\"}]},\"preview\":\"Hi, my order 1234 has not arrived yet.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"sentiment\":{},\"size\":1523,\"status\":\"received\",\"updatedAt\":\"2020-03-02T10:15:01.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}},\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345680\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"message\"}],\"links\":{\"first\":\"/v1/messages?page=1&pageSize=100\",\"next\":\"/v1/messages?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/messages?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_messages,
        empty_segment: None,
    },
    Case {
        operation_id: "createMessage",
        method: "POST",
        path_template: "/messages",
        path: "/messages",
        query: &[],
        request_body: Some(
            "{\"app\":\"postmark\",\"channel\":\"email\",\"conversation\":\"5d2f8e3e2f1c4b0012345690\",\"custom\":{\"orderNumberStr\":\"1234\",\"priorityNum\":2},\"customer\":\"5d2f8e3e2f1c4b0012345680\",\"direction\":\"in\",\"externalId\":\"0100017a1b2c3d4e-5f6a7b8c-9d0e\",\"lang\":\"en\",\"meta\":{\"from\":\"jane@example.com\",\"to\":[{\"email\":\"support@acme.example.com\"}]},\"preview\":\"Hi, my order 1234 has not arrived yet.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"status\":\"received\",\"subject\":\"Where is my order?\"}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:15:01.250Z\",\"direction\":\"in\",\"lang\":\"en\",\"meta\":{\"from\":\"jane@example.com\",\"to\":[{\"email\":\"support@acme.example.com\"}]},\"modifiedAt\":\"2020-03-02T10:15:01.250Z\",\"preview\":\"Hi, my order 1234 has not arrived yet.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"size\":1523,\"status\":\"received\",\"subject\":\"Where is my order?\",\"updatedAt\":\"2020-03-02T10:15:01.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}},\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345680\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"message\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:15:01.250Z\",\"direction\":\"in\",\"lang\":\"en\",\"meta\":{\"from\":\"jane@example.com\",\"to\":[{\"email\":\"support@acme.example.com\"}]},\"modifiedAt\":\"2020-03-02T10:15:01.250Z\",\"preview\":\"Hi, my order 1234 has not arrived yet.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"size\":1523,\"status\":\"received\",\"subject\":\"Where is my order?\",\"updatedAt\":\"2020-03-02T10:15:01.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}},\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345680\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"message\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_message,
        empty_segment: None,
    },
    Case {
        operation_id: "bulkBatchUpdateMessages",
        method: "PUT",
        path_template: "/messages/bulk",
        path: "/messages/bulk",
        query: &[],
        request_body: Some(
            "[{\"custom\":{\"reviewedBool\":true},\"id\":\"5d2f8e3e2f1c4b0012345700\"},{\"custom\":{\"reviewedBool\":true},\"id\":\"5d2f8e3e2f1c4b0012345701\",\"status\":\"sent\"}]",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"context\":\"message\",\"createdAt\":\"2020-03-05T08:10:00Z\",\"ids\":[\"5d2f8e3e2f1c4b0012345700\",\"5d2f8e3e2f1c4b0012345701\"],\"status\":\"pending\",\"updatedAt\":\"2020-03-05T08:10:00Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345731\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345731\"},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"context\":\"message\",\"createdAt\":\"2020-03-05T08:10:00Z\",\"ids\":[\"5d2f8e3e2f1c4b0012345700\",\"5d2f8e3e2f1c4b0012345701\"],\"status\":\"pending\",\"updatedAt\":\"2020-03-05T08:10:00Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345731\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345731\"},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_bulk_batch_update_messages,
        empty_segment: None,
    },
    Case {
        operation_id: "bulkCreateMessages",
        method: "POST",
        path_template: "/messages/bulk",
        path: "/messages/bulk",
        query: &[],
        request_body: Some(
            "[{\"app\":\"chat\",\"channel\":\"chat\",\"conversation\":\"5d2f8e3e2f1c4b0012345690\",\"direction\":\"in\",\"importedAt\":\"2020-03-05T08:00:00Z\",\"preview\":\"Hello, is anyone there?\",\"sentAt\":\"2020-03-02T10:15:00Z\"},{\"app\":\"chat\",\"channel\":\"chat\",\"conversation\":\"5d2f8e3e2f1c4b0012345690\",\"direction\":\"out\",\"importedAt\":\"2020-03-05T08:00:00Z\",\"preview\":\"Hi Jane, how can I help?\",\"sentAt\":\"2020-03-02T10:16:30Z\"}]",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"context\":\"message\",\"createdAt\":\"2020-03-05T08:00:01Z\",\"ids\":[],\"payload\":{\"api\":{\"method\":\"POST\",\"path\":\"/v1/messages/bulk\"}},\"status\":\"pending\",\"updatedAt\":\"2020-03-05T08:00:01Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345730\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345730\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"context\":\"message\",\"createdAt\":\"2020-03-05T08:00:01Z\",\"ids\":[],\"payload\":{\"api\":{\"method\":\"POST\",\"path\":\"/v1/messages/bulk\"}},\"status\":\"pending\",\"updatedAt\":\"2020-03-05T08:00:01Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345730\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345730\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_bulk_create_messages,
        empty_segment: None,
    },
    Case {
        operation_id: "getMessageByExternalId",
        method: "GET",
        path_template: "/messages/externalid={externalId}",
        path: "/messages/externalid=0100017a1b2c3d4e-5f6a7b8c-9d0e",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:15:01.250Z\",\"direction\":\"in\",\"externalId\":\"0100017a1b2c3d4e-5f6a7b8c-9d0e\",\"modifiedAt\":\"2020-03-02T10:15:01.250Z\",\"preview\":\"Hi, my order 1234 has not arrived yet.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"status\":\"received\",\"updatedAt\":\"2020-03-02T10:15:01.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}}},\"type\":\"message\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:15:01.250Z\",\"direction\":\"in\",\"externalId\":\"0100017a1b2c3d4e-5f6a7b8c-9d0e\",\"modifiedAt\":\"2020-03-02T10:15:01.250Z\",\"preview\":\"Hi, my order 1234 has not arrived yet.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"status\":\"received\",\"updatedAt\":\"2020-03-02T10:15:01.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}}},\"type\":\"message\"}",
        ),
        not_found_is_none: true,
        retried: true,
        secrets: &[],
        call: call_get_message_by_external_id,
        empty_segment: Some(("external_id", empty_get_message_by_external_id)),
    },
    Case {
        operation_id: "getMessage",
        method: "GET",
        path_template: "/messages/{id}",
        path: "/messages/5d2f8e3e2f1c4b0012345700",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:15:01.250Z\",\"direction\":\"in\",\"externalId\":\"0100017a1b2c3d4e-5f6a7b8c-9d0e\",\"lang\":\"en\",\"meta\":{\"cc\":[],\"from\":\"jane@example.com\",\"inReplyTo\":\"<CAF=abc123@mail.example.com>\",\"recipient\":{\"email\":\"support@acme.example.com\",\"mailboxHash\":\"support\"},\"subject\":\"Where is my order?\",\"to\":[{\"email\":\"support@acme.example.com\"}]},\"modifiedAt\":\"2020-03-02T10:20:00Z\",\"preview\":\"Hi, my order 1234 has not arrived yet.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"sentiment\":{\"confidence\":0.82,\"polarity\":-1},\"size\":1523,\"status\":\"received\",\"updatedAt\":\"2020-03-02T10:20:00Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}},\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345680\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"message\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:15:01.250Z\",\"direction\":\"in\",\"externalId\":\"0100017a1b2c3d4e-5f6a7b8c-9d0e\",\"lang\":\"en\",\"meta\":{\"cc\":[],\"from\":\"jane@example.com\",\"inReplyTo\":\"<CAF=abc123@mail.example.com>\",\"recipient\":{\"email\":\"support@acme.example.com\",\"mailboxHash\":\"support\"},\"subject\":\"Where is my order?\",\"to\":[{\"email\":\"support@acme.example.com\"}]},\"modifiedAt\":\"2020-03-02T10:20:00Z\",\"preview\":\"Hi, my order 1234 has not arrived yet.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"sentiment\":{\"confidence\":0.82,\"polarity\":-1},\"size\":1523,\"status\":\"received\",\"updatedAt\":\"2020-03-02T10:20:00Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}},\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345680\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"message\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_message,
        empty_segment: Some(("id", empty_get_message)),
    },
    Case {
        operation_id: "updateMessage",
        method: "PUT",
        path_template: "/messages/{id}",
        path: "/messages/5d2f8e3e2f1c4b0012345700",
        query: &[],
        request_body: Some(
            "{\"custom\":{\"reviewedBool\":true},\"reactions\":[{\"createdAt\":\"2020-03-02T11:00:00Z\",\"name\":\"love\",\"subjectId\":\"5d2f8e3e2f1c4b0012345680\",\"subjectType\":\"customer\"}],\"spam\":false,\"status\":\"sent\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:59:00Z\",\"direction\":\"out\",\"lang\":\"en\",\"modifiedAt\":\"2020-03-02T11:05:00Z\",\"preview\":\"Your order 1234 ships today.\",\"sentAt\":\"2020-03-02T11:00:00Z\",\"status\":\"sent\",\"updatedAt\":\"2020-03-02T11:05:00Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"type\":\"message\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:59:00Z\",\"direction\":\"out\",\"lang\":\"en\",\"modifiedAt\":\"2020-03-02T11:05:00Z\",\"preview\":\"Your order 1234 ships today.\",\"sentAt\":\"2020-03-02T11:00:00Z\",\"status\":\"sent\",\"updatedAt\":\"2020-03-02T11:05:00Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"type\":\"message\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_message,
        empty_segment: Some(("id", empty_update_message)),
    },
    Case {
        operation_id: "updateMessageAttributes",
        method: "PATCH",
        path_template: "/messages/{id}",
        path: "/messages/5d2f8e3e2f1c4b0012345700",
        query: &[],
        request_body: Some(
            "{\"custom\":{\"escalatedAt\":\"2020-03-02T12:00:00Z\",\"reviewedBool\":true},\"lang\":\"en\",\"subject\":\"Re: Where is my order?\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"direction\":\"in\",\"lang\":\"en\",\"modifiedAt\":\"2020-03-02T12:00:05Z\",\"status\":\"received\",\"updatedAt\":\"2020-03-02T12:00:05Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"type\":\"message\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"direction\":\"in\",\"lang\":\"en\",\"modifiedAt\":\"2020-03-02T12:00:05Z\",\"status\":\"received\",\"updatedAt\":\"2020-03-02T12:00:05Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"type\":\"message\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_update_message_attributes,
        empty_segment: Some(("id", empty_update_message_attributes)),
    },
    Case {
        operation_id: "redactMessage",
        method: "POST",
        path_template: "/messages/{id}/redactions",
        path: "/messages/5d2f8e3e2f1c4b0012345700/redactions",
        query: &[],
        request_body: Some("{\"preview\":\"My card number is [redacted].\"}"),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"preview\":\"My card number is [redacted].\"},\"id\":\"5d2f8e3e2f1c4b0012345740\",\"relationships\":{\"attachments\":[{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345720\",\"type\":\"attachment\"},\"links\":{\"self\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\"}}],\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"message\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"message\"},\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"redaction\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"preview\":\"My card number is [redacted].\"},\"id\":\"5d2f8e3e2f1c4b0012345740\",\"relationships\":{\"attachments\":[{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345720\",\"type\":\"attachment\"},\"links\":{\"self\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\"}}],\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"message\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"message\"},\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"redaction\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_redact_message,
        empty_segment: Some(("id", empty_redact_message)),
    },
    Case {
        operation_id: "getAttachmentByMessageAndAttachmentId",
        method: "GET",
        path_template: "/messages/{message_id}/attachments/{id}",
        path: "/messages/5d2f8e3e2f1c4b0012345700/attachments/5d2f8e3e2f1c4b0012345720",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\",\"redacted\":false},\"id\":\"5d2f8e3e2f1c4b0012345720\",\"links\":{\"related\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700/attachments/5d2f8e3e2f1c4b0012345720\"},\"relationships\":{\"message\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"message\"},\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\",\"redacted\":false},\"id\":\"5d2f8e3e2f1c4b0012345720\",\"links\":{\"related\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700/attachments/5d2f8e3e2f1c4b0012345720\"},\"relationships\":{\"message\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"message\"},\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_attachment_by_message_and_attachment_id,
        empty_segment: Some((
            "message_id",
            empty_get_attachment_by_message_and_attachment_id,
        )),
    },
    Case {
        operation_id: "getMessagesByConversation",
        method: "GET",
        path_template: "/conversations/{id}/messages",
        path: "/conversations/5d2f8e3e2f1c4b0012345690/messages",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:15:01.250Z\",\"direction\":\"in\",\"externalId\":\"0100017a1b2c3d4e-5f6a7b8c-9d0e\",\"meta\":{\"from\":\"jane@example.com\",\"subject\":\"Where is my order?\",\"to\":[{\"email\":\"support@acme.example.com\"}]},\"preview\":\"Hi, my order 1234 has not arrived yet. Invoice attached.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"sentiment\":{},\"size\":1523,\"status\":\"received\",\"updatedAt\":\"2020-03-02T10:15:01.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"attachments\":{\"data\":[{\"id\":\"5d2f8e3e2f1c4b0012345720\",\"type\":\"attachment\"}],\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700/attachments\"}},\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"message\"}],\"included\":[{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\",\"redacted\":false},\"id\":\"5d2f8e3e2f1c4b0012345720\",\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700/attachments/5d2f8e3e2f1c4b0012345720\"},\"relationships\":{\"message\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"message\"},\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"}}},\"type\":\"attachment\"}],\"links\":{\"first\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690/messages?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690/messages?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:15:01.250Z\",\"direction\":\"in\",\"externalId\":\"0100017a1b2c3d4e-5f6a7b8c-9d0e\",\"meta\":{\"from\":\"jane@example.com\",\"subject\":\"Where is my order?\",\"to\":[{\"email\":\"support@acme.example.com\"}]},\"preview\":\"Hi, my order 1234 has not arrived yet. Invoice attached.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"sentiment\":{},\"size\":1523,\"status\":\"received\",\"updatedAt\":\"2020-03-02T10:15:01.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"attachments\":{\"data\":[{\"id\":\"5d2f8e3e2f1c4b0012345720\",\"type\":\"attachment\"}],\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700/attachments\"}},\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"message\"}],\"included\":[{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\",\"redacted\":false},\"id\":\"5d2f8e3e2f1c4b0012345720\",\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700/attachments/5d2f8e3e2f1c4b0012345720\"},\"relationships\":{\"message\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"message\"},\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"}}},\"type\":\"attachment\"}],\"links\":{\"first\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690/messages?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690/messages?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_messages_by_conversation,
        empty_segment: Some(("id", empty_get_messages_by_conversation)),
    },
    Case {
        operation_id: "createMessageFromConversation",
        method: "POST",
        path_template: "/conversations/{id}/messages",
        path: "/conversations/5d2f8e3e2f1c4b0012345690/messages",
        query: &[],
        request_body: Some(
            "{\"app\":\"twilio\",\"auto\":false,\"channel\":\"sms\",\"custom\":{\"campaignStr\":\"spring-sale\"},\"direction\":\"out\",\"preview\":\"Your order 1234 has shipped.\",\"sentAt\":\"2020-03-02T11:00:00Z\",\"status\":\"sent\"}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"app\":\"twilio\",\"channel\":\"sms\",\"createdAt\":\"2020-03-02T11:00:00.500Z\",\"direction\":\"out\",\"meta\":{},\"modifiedAt\":\"2020-03-02T11:00:00.500Z\",\"sentAt\":\"2020-03-02T11:00:00Z\",\"size\":28,\"status\":\"sent\",\"updatedAt\":\"2020-03-02T11:00:00.500Z\"},\"id\":\"5d2f8e3e2f1c4b0012345701\",\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345701\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}},\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345680\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"message\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"app\":\"twilio\",\"channel\":\"sms\",\"createdAt\":\"2020-03-02T11:00:00.500Z\",\"direction\":\"out\",\"meta\":{},\"modifiedAt\":\"2020-03-02T11:00:00.500Z\",\"sentAt\":\"2020-03-02T11:00:00Z\",\"size\":28,\"status\":\"sent\",\"updatedAt\":\"2020-03-02T11:00:00.500Z\"},\"id\":\"5d2f8e3e2f1c4b0012345701\",\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345701\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}},\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345680\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"message\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_message_from_conversation,
        empty_segment: Some(("id", empty_create_message_from_conversation)),
    },
    Case {
        operation_id: "getConversationAttachments",
        method: "GET",
        path_template: "/conversations/{id}/attachments",
        path: "/conversations/5d2f8e3e2f1c4b0012345690/attachments",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\",\"redacted\":false},\"id\":\"5d2f8e3e2f1c4b0012345720\",\"links\":{\"related\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700/attachments/5d2f8e3e2f1c4b0012345720\"},\"relationships\":{\"message\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"message\"},\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}],\"links\":{\"first\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690/attachments?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690/attachments?page=1&pageSize=100\"}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\",\"redacted\":false},\"id\":\"5d2f8e3e2f1c4b0012345720\",\"links\":{\"related\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700/attachments/5d2f8e3e2f1c4b0012345720\"},\"relationships\":{\"message\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"message\"},\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}],\"links\":{\"first\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690/attachments?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690/attachments?page=1&pageSize=100\"}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_conversation_attachments,
        empty_segment: Some(("id", empty_get_conversation_attachments)),
    },
    Case {
        operation_id: "getMessagesByCustomer",
        method: "GET",
        path_template: "/customers/{id}/messages",
        path: "/customers/5d2f8e3e2f1c4b0012345680/messages",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"app\":\"twilio\",\"channel\":\"sms\",\"createdAt\":\"2020-03-02T11:00:00.500Z\",\"direction\":\"out\",\"meta\":{},\"preview\":\"Your order 1234 has shipped.\",\"sentAt\":\"2020-03-02T11:00:00Z\",\"sentiment\":{},\"size\":28,\"status\":\"sent\",\"updatedAt\":\"2020-03-02T11:00:00.500Z\"},\"id\":\"5d2f8e3e2f1c4b0012345701\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345701\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345680\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680\"}}},\"type\":\"message\"}],\"links\":{\"first\":\"/v1/customers/5d2f8e3e2f1c4b0012345680/messages?page=1&pageSize=100\",\"next\":\"/v1/customers/5d2f8e3e2f1c4b0012345680/messages?page=3&pageSize=100\",\"prev\":\"/v1/customers/5d2f8e3e2f1c4b0012345680/messages?page=1&pageSize=100\",\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680/messages?page=2&pageSize=100\"},\"meta\":{\"page\":2,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"app\":\"twilio\",\"channel\":\"sms\",\"createdAt\":\"2020-03-02T11:00:00.500Z\",\"direction\":\"out\",\"meta\":{},\"preview\":\"Your order 1234 has shipped.\",\"sentAt\":\"2020-03-02T11:00:00Z\",\"sentiment\":{},\"size\":28,\"status\":\"sent\",\"updatedAt\":\"2020-03-02T11:00:00.500Z\"},\"id\":\"5d2f8e3e2f1c4b0012345701\",\"links\":{\"related\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\",\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345701\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345680\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680\"}}},\"type\":\"message\"}],\"links\":{\"first\":\"/v1/customers/5d2f8e3e2f1c4b0012345680/messages?page=1&pageSize=100\",\"next\":\"/v1/customers/5d2f8e3e2f1c4b0012345680/messages?page=3&pageSize=100\",\"prev\":\"/v1/customers/5d2f8e3e2f1c4b0012345680/messages?page=1&pageSize=100\",\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680/messages?page=2&pageSize=100\"},\"meta\":{\"page\":2,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_messages_by_customer,
        empty_segment: Some(("id", empty_get_messages_by_customer)),
    },
    Case {
        operation_id: "createMessageByCustomer",
        method: "POST",
        path_template: "/customers/{id}/messages",
        path: "/customers/5d2f8e3e2f1c4b0012345680/messages",
        query: &[],
        request_body: Some(
            "{\"app\":\"postmark\",\"attachments\":[\"5d2f8e3e2f1c4b0012345720\"],\"channel\":\"email\",\"direction\":\"in\",\"location\":{\"cityName\":\"Springfield\",\"countryCode\":\"US\"},\"preview\":\"Hi, my order 1234 has not arrived yet.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"subject\":\"Where is my order?\"}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:15:01.250Z\",\"direction\":\"in\",\"meta\":{},\"modifiedAt\":\"2020-03-02T10:15:01.250Z\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"size\":1523,\"status\":\"received\",\"updatedAt\":\"2020-03-02T10:15:01.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}},\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345680\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"message\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-02T10:15:01.250Z\",\"direction\":\"in\",\"meta\":{},\"modifiedAt\":\"2020-03-02T10:15:01.250Z\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"size\":1523,\"status\":\"received\",\"updatedAt\":\"2020-03-02T10:15:01.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/messages/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345690\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345690\"}},\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345680\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5d2f8e3e2f1c4b0012345680\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"message\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_message_by_customer,
        empty_segment: Some(("id", empty_create_message_by_customer)),
    },
    Case {
        operation_id: "createAttachment",
        method: "POST",
        path_template: "/attachments",
        path: "/attachments",
        query: &[],
        request_body: Some(
            "{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\",\"redacted\":false,\"uploaded\":false},\"id\":\"5d2f8e3e2f1c4b0012345721\",\"links\":{\"related\":\"/v1/attachments/5d2f8e3e2f1c4b0012345721\",\"self\":\"/v1/attachments/5d2f8e3e2f1c4b0012345721\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"},\"meta\":{\"upload\":{\"fields\":{\"Content-Type\":\"application/pdf\",\"Policy\":\"eyJleHBpcmF0aW9uIjoiMjAyMC0wMy0wMlQxMToxNTowMFoiLCJjb25kaXRpb25zIjpbXX0=\",\"X-Amz-Algorithm\":\"AWS4-HMAC-SHA256\",\"X-Amz-Credential\":\"AKIAIOSFODNN7EXAMPLE/20200302/us-east-1/s3/aws4_request\",\"X-Amz-Date\":\"20200302T101500Z\",\"X-Amz-Meta-Attachment-Id\":\"5d2f8e3e2f1c4b0012345721\",\"X-Amz-Signature\":\"9f2c4e1b7a3d5f60812b4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b\",\"acl\":\"private\",\"bucket\":\"kustomer-attachments-example\",\"key\":\"attachments/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345721/invoice-1234.pdf\"},\"url\":\"https://kustomer-attachments-example.s3.amazonaws.com/\"}}}",
        ),
        expected: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\",\"redacted\":false,\"uploaded\":false},\"id\":\"5d2f8e3e2f1c4b0012345721\",\"links\":{\"related\":\"/v1/attachments/5d2f8e3e2f1c4b0012345721\",\"self\":\"/v1/attachments/5d2f8e3e2f1c4b0012345721\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"},\"meta\":{\"upload\":{\"fields\":{\"Content-Type\":\"application/pdf\",\"Policy\":\"eyJleHBpcmF0aW9uIjoiMjAyMC0wMy0wMlQxMToxNTowMFoiLCJjb25kaXRpb25zIjpbXX0=\",\"X-Amz-Algorithm\":\"AWS4-HMAC-SHA256\",\"X-Amz-Credential\":\"AKIAIOSFODNN7EXAMPLE/20200302/us-east-1/s3/aws4_request\",\"X-Amz-Date\":\"20200302T101500Z\",\"X-Amz-Meta-Attachment-Id\":\"5d2f8e3e2f1c4b0012345721\",\"X-Amz-Signature\":\"9f2c4e1b7a3d5f60812b4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b\",\"acl\":\"private\",\"bucket\":\"kustomer-attachments-example\",\"key\":\"attachments/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345721/invoice-1234.pdf\"},\"url\":\"https://kustomer-attachments-example.s3.amazonaws.com/\"}}}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[
            "AKIAIOSFODNN7EXAMPLE/20200302/us-east-1/s3/aws4_request",
            "eyJleHBpcmF0aW9uIjoiMjAyMC0wMy0wMlQxMToxNTowMFoiLCJjb25kaXRpb25zIjpbXX0=",
            "9f2c4e1b7a3d5f60812b4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b",
        ],
        call: call_create_attachment,
        empty_segment: None,
    },
    Case {
        operation_id: "getAttachmentsById",
        method: "GET",
        path_template: "/attachments/{id}",
        path: "/attachments/5d2f8e3e2f1c4b0012345720",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\",\"redacted\":false,\"uploaded\":true},\"id\":\"5d2f8e3e2f1c4b0012345720\",\"links\":{\"related\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\",\"self\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"},\"meta\":{\"upload\":{\"fields\":{\"Content-Type\":\"application/pdf\",\"Policy\":\"eyJleHBpcmF0aW9uIjoiMjAyMC0wMy0wMlQxMToxNTowMFoiLCJjb25kaXRpb25zIjpbXX0=\",\"X-Amz-Algorithm\":\"AWS4-HMAC-SHA256\",\"X-Amz-Credential\":\"AKIAIOSFODNN7EXAMPLE/20200302/us-east-1/s3/aws4_request\",\"X-Amz-Date\":\"20200302T101500Z\",\"X-Amz-Meta-Attachment-Id\":\"5d2f8e3e2f1c4b0012345720\",\"X-Amz-Signature\":\"9f2c4e1b7a3d5f60812b4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b\",\"acl\":\"private\",\"bucket\":\"kustomer-attachments-example\",\"key\":\"attachments/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345720/invoice-1234.pdf\"},\"url\":\"https://kustomer-attachments-example.s3.amazonaws.com/\"}}}",
        ),
        expected: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\",\"redacted\":false,\"uploaded\":true},\"id\":\"5d2f8e3e2f1c4b0012345720\",\"links\":{\"related\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\",\"self\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"},\"meta\":{\"upload\":{\"fields\":{\"Content-Type\":\"application/pdf\",\"Policy\":\"eyJleHBpcmF0aW9uIjoiMjAyMC0wMy0wMlQxMToxNTowMFoiLCJjb25kaXRpb25zIjpbXX0=\",\"X-Amz-Algorithm\":\"AWS4-HMAC-SHA256\",\"X-Amz-Credential\":\"AKIAIOSFODNN7EXAMPLE/20200302/us-east-1/s3/aws4_request\",\"X-Amz-Date\":\"20200302T101500Z\",\"X-Amz-Meta-Attachment-Id\":\"5d2f8e3e2f1c4b0012345720\",\"X-Amz-Signature\":\"9f2c4e1b7a3d5f60812b4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b\",\"acl\":\"private\",\"bucket\":\"kustomer-attachments-example\",\"key\":\"attachments/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345720/invoice-1234.pdf\"},\"url\":\"https://kustomer-attachments-example.s3.amazonaws.com/\"}}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[
            "AKIAIOSFODNN7EXAMPLE/20200302/us-east-1/s3/aws4_request",
            "eyJleHBpcmF0aW9uIjoiMjAyMC0wMy0wMlQxMToxNTowMFoiLCJjb25kaXRpb25zIjpbXX0=",
            "9f2c4e1b7a3d5f60812b4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b",
        ],
        call: call_get_attachments_by_id,
        empty_segment: Some(("id", empty_get_attachments_by_id)),
    },
    Case {
        operation_id: "upsertAttachment",
        method: "PUT",
        path_template: "/attachments/{id}",
        path: "/attachments/5d2f8e3e2f1c4b0012345720",
        query: &[],
        request_body: Some(
            "{\"contentLength\":48990,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234-corrected.pdf\",\"redacted\":false}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48990,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234-corrected.pdf\",\"redacted\":false,\"uploaded\":true},\"id\":\"5d2f8e3e2f1c4b0012345720\",\"links\":{\"related\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\",\"self\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"},\"meta\":{\"upload\":{\"fields\":{\"Content-Type\":\"application/pdf\",\"Policy\":\"eyJleHBpcmF0aW9uIjoiMjAyMC0wMy0wMlQxMToxNTowMFoiLCJjb25kaXRpb25zIjpbXX0=\",\"X-Amz-Algorithm\":\"AWS4-HMAC-SHA256\",\"X-Amz-Credential\":\"AKIAIOSFODNN7EXAMPLE/20200302/us-east-1/s3/aws4_request\",\"X-Amz-Date\":\"20200302T101500Z\",\"X-Amz-Meta-Attachment-Id\":\"5d2f8e3e2f1c4b0012345720\",\"X-Amz-Signature\":\"9f2c4e1b7a3d5f60812b4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b\",\"acl\":\"private\",\"bucket\":\"kustomer-attachments-example\",\"key\":\"attachments/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345720/invoice-1234-corrected.pdf\"},\"url\":\"https://kustomer-attachments-example.s3.amazonaws.com/\"}}}",
        ),
        expected: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48990,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234-corrected.pdf\",\"redacted\":false,\"uploaded\":true},\"id\":\"5d2f8e3e2f1c4b0012345720\",\"links\":{\"related\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\",\"self\":\"/v1/attachments/5d2f8e3e2f1c4b0012345720\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"},\"meta\":{\"upload\":{\"fields\":{\"Content-Type\":\"application/pdf\",\"Policy\":\"eyJleHBpcmF0aW9uIjoiMjAyMC0wMy0wMlQxMToxNTowMFoiLCJjb25kaXRpb25zIjpbXX0=\",\"X-Amz-Algorithm\":\"AWS4-HMAC-SHA256\",\"X-Amz-Credential\":\"AKIAIOSFODNN7EXAMPLE/20200302/us-east-1/s3/aws4_request\",\"X-Amz-Date\":\"20200302T101500Z\",\"X-Amz-Meta-Attachment-Id\":\"5d2f8e3e2f1c4b0012345720\",\"X-Amz-Signature\":\"9f2c4e1b7a3d5f60812b4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b\",\"acl\":\"private\",\"bucket\":\"kustomer-attachments-example\",\"key\":\"attachments/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345720/invoice-1234-corrected.pdf\"},\"url\":\"https://kustomer-attachments-example.s3.amazonaws.com/\"}}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[
            "AKIAIOSFODNN7EXAMPLE/20200302/us-east-1/s3/aws4_request",
            "eyJleHBpcmF0aW9uIjoiMjAyMC0wMy0wMlQxMToxNTowMFoiLCJjb25kaXRpb25zIjpbXX0=",
            "9f2c4e1b7a3d5f60812b4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b",
        ],
        call: call_upsert_attachment,
        empty_segment: Some(("id", empty_upsert_attachment)),
    },
    Case {
        operation_id: "getNotesForOrg",
        method: "GET",
        path_template: "/notes",
        path: "/notes",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"body\":\"Customer asked for a refund of order 1234; waiting on finance.\",\"createdAt\":\"2020-01-12T10:15:30.125Z\",\"updatedAt\":\"2020-01-12T10:15:30.125Z\"},\"id\":\"5e1a9c3f7b2d4a0011110001\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110001\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"customer\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110300\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}}},\"type\":\"note\"}],\"links\":{\"first\":\"/v1/notes?page=1&pageSize=100\",\"next\":\"/v1/notes?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/notes?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"body\":\"Customer asked for a refund of order 1234; waiting on finance.\",\"createdAt\":\"2020-01-12T10:15:30.125Z\",\"updatedAt\":\"2020-01-12T10:15:30.125Z\"},\"id\":\"5e1a9c3f7b2d4a0011110001\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110001\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"customer\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110300\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}}},\"type\":\"note\"}],\"links\":{\"first\":\"/v1/notes?page=1&pageSize=100\",\"next\":\"/v1/notes?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/notes?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_notes_for_org,
        empty_segment: None,
    },
    Case {
        operation_id: "createNote",
        method: "POST",
        path_template: "/notes",
        path: "/notes",
        query: &[],
        request_body: Some(
            "{\"body\":\"Customer asked for a refund of order 1234; @Finance please check.\",\"externalId\":\"crm-note-981\",\"lang\":\"en\",\"userMentions\":[{\"team\":\"5e1a9c3f7b2d4a0011110500\"}]}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"body\":\"Customer asked for a refund of order 1234; @Finance please check.\",\"createdAt\":\"2020-01-12T10:20:00Z\",\"externalId\":\"crm-note-981\"},\"id\":\"5e1a9c3f7b2d4a0011110002\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110002\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}},\"userMentions\":{\"data\":[{\"id\":\"5e1a9c3f7b2d4a0011110500\",\"type\":\"team\"}]}},\"type\":\"note\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"body\":\"Customer asked for a refund of order 1234; @Finance please check.\",\"createdAt\":\"2020-01-12T10:20:00Z\",\"externalId\":\"crm-note-981\"},\"id\":\"5e1a9c3f7b2d4a0011110002\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110002\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}},\"userMentions\":{\"data\":[{\"id\":\"5e1a9c3f7b2d4a0011110500\",\"type\":\"team\"}]}},\"type\":\"note\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_note,
        empty_segment: None,
    },
    Case {
        operation_id: "bulkBatchUpdateNotes",
        method: "PUT",
        path_template: "/notes/bulk",
        path: "/notes/bulk",
        query: &[],
        request_body: Some(
            "[{\"body\":\"Refund approved by finance.\",\"id\":\"5e1a9c3f7b2d4a0011110001\"},{\"deleted\":true,\"id\":\"5e1a9c3f7b2d4a0011110002\"}]",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"createdAt\":\"2020-01-12T10:30:00Z\",\"ids\":[\"5e1a9c3f7b2d4a0011110001\",\"5e1a9c3f7b2d4a0011110002\"],\"status\":\"pending\",\"updatedAt\":\"2020-01-12T10:30:00Z\",\"v2\":true},\"id\":\"5e1a9c3f7b2d4a0011110701\",\"links\":{\"self\":\"/v1/bulk/5e1a9c3f7b2d4a0011110701\"},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"createdAt\":\"2020-01-12T10:30:00Z\",\"ids\":[\"5e1a9c3f7b2d4a0011110001\",\"5e1a9c3f7b2d4a0011110002\"],\"status\":\"pending\",\"updatedAt\":\"2020-01-12T10:30:00Z\",\"v2\":true},\"id\":\"5e1a9c3f7b2d4a0011110701\",\"links\":{\"self\":\"/v1/bulk/5e1a9c3f7b2d4a0011110701\"},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_bulk_batch_update_notes,
        empty_segment: None,
    },
    Case {
        operation_id: "bulkCreateNotes",
        method: "POST",
        path_template: "/notes/bulk",
        path: "/notes/bulk",
        query: &[],
        request_body: Some(
            "[{\"body\":\"Imported from the previous helpdesk.\",\"conversation\":\"5e1a9c3f7b2d4a0011110400\",\"externalId\":\"legacy-note-1\",\"importedAt\":\"2020-01-10T08:00:00Z\"},{\"attachments\":[{\"_id\":\"5e1a9c3f7b2d4a0011110600\",\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"receipt-1234.pdf\"}],\"body\":\"Refund approved, see the attached receipt.\",\"conversation\":\"5e1a9c3f7b2d4a0011110401\"}]",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"createdAt\":\"2020-01-12T10:25:00Z\",\"ids\":[],\"status\":\"pending\",\"updatedAt\":\"2020-01-12T10:25:00Z\",\"v2\":true},\"id\":\"5e1a9c3f7b2d4a0011110700\",\"links\":{\"self\":\"/v1/bulk/5e1a9c3f7b2d4a0011110700\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}}},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"createdAt\":\"2020-01-12T10:25:00Z\",\"ids\":[],\"status\":\"pending\",\"updatedAt\":\"2020-01-12T10:25:00Z\",\"v2\":true},\"id\":\"5e1a9c3f7b2d4a0011110700\",\"links\":{\"self\":\"/v1/bulk/5e1a9c3f7b2d4a0011110700\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}}},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_bulk_create_notes,
        empty_segment: None,
    },
    Case {
        operation_id: "getNoteById",
        method: "GET",
        path_template: "/notes/{id}",
        path: "/notes/5e1a9c3f7b2d4a0011110001",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"body\":\"Customer asked for a refund of order 1234; waiting on finance.\",\"createdAt\":\"2020-01-12T10:15:30.125Z\",\"updatedAt\":\"2020-01-12T10:15:30.125Z\"},\"id\":\"5e1a9c3f7b2d4a0011110001\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110001\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"customer\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110300\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}}},\"type\":\"note\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"body\":\"Customer asked for a refund of order 1234; waiting on finance.\",\"createdAt\":\"2020-01-12T10:15:30.125Z\",\"updatedAt\":\"2020-01-12T10:15:30.125Z\"},\"id\":\"5e1a9c3f7b2d4a0011110001\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110001\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"customer\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110300\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}}},\"type\":\"note\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_note_by_id,
        empty_segment: Some(("id", empty_get_note_by_id)),
    },
    Case {
        operation_id: "updateNoteById",
        method: "PUT",
        path_template: "/notes/{id}",
        path: "/notes/5e1a9c3f7b2d4a0011110001",
        query: &[],
        request_body: Some(
            "{\"body\":\"Refund approved by finance; customer informed.\",\"conversation\":\"5e1a9c3f7b2d4a0011110400\",\"lang\":\"en\",\"userMentions\":[{\"user\":\"5e1a9c3f7b2d4a0011110201\"}]}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"body\":\"Refund approved by finance; customer informed.\",\"createdAt\":\"2020-01-12T10:15:30.125Z\",\"updatedAt\":\"2020-01-13T09:00:00Z\"},\"id\":\"5e1a9c3f7b2d4a0011110001\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110001\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"customer\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110300\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}},\"userMentions\":{\"data\":[{\"id\":\"5e1a9c3f7b2d4a0011110201\",\"type\":\"user\"}]}},\"type\":\"note\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"body\":\"Refund approved by finance; customer informed.\",\"createdAt\":\"2020-01-12T10:15:30.125Z\",\"updatedAt\":\"2020-01-13T09:00:00Z\"},\"id\":\"5e1a9c3f7b2d4a0011110001\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110001\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"customer\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110300\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}},\"userMentions\":{\"data\":[{\"id\":\"5e1a9c3f7b2d4a0011110201\",\"type\":\"user\"}]}},\"type\":\"note\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_note_by_id,
        empty_segment: Some(("id", empty_update_note_by_id)),
    },
    Case {
        operation_id: "deleteNoteById",
        method: "DELETE",
        path_template: "/notes/{id}",
        path: "/notes/5e1a9c3f7b2d4a0011110001",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_note_by_id,
        empty_segment: Some(("id", empty_delete_note_by_id)),
    },
    Case {
        operation_id: "patchNoteById",
        method: "PATCH",
        path_template: "/notes/{id}",
        path: "/notes/5e1a9c3f7b2d4a0011110001",
        query: &[],
        request_body: Some("{\"body\":\"Refund approved by finance.\"}"),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"body\":\"Refund approved by finance.\",\"createdAt\":\"2020-01-12T10:15:30.125Z\",\"updatedAt\":\"2020-01-13T09:05:00Z\"},\"id\":\"5e1a9c3f7b2d4a0011110001\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110001\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}},\"userMentions\":{\"data\":[]}},\"type\":\"note\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"body\":\"Refund approved by finance.\",\"createdAt\":\"2020-01-12T10:15:30.125Z\",\"updatedAt\":\"2020-01-13T09:05:00Z\"},\"id\":\"5e1a9c3f7b2d4a0011110001\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110001\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}},\"userMentions\":{\"data\":[]}},\"type\":\"note\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_patch_note_by_id,
        empty_segment: Some(("id", empty_patch_note_by_id)),
    },
    Case {
        operation_id: "getNotesByConversation",
        method: "GET",
        path_template: "/conversations/{id}/notes",
        path: "/conversations/5e1a9c3f7b2d4a0011110400/notes",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"body\":\"Customer asked for a refund of order 1234; waiting on finance.\",\"createdAt\":\"2020-01-12T10:15:30.125Z\",\"updatedAt\":\"2020-01-12T10:15:30.125Z\"},\"id\":\"5e1a9c3f7b2d4a0011110001\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110001\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"customer\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110300\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}},\"userMentions\":{\"data\":[{\"id\":\"5e1a9c3f7b2d4a0011110500\",\"type\":\"team\"}]}},\"type\":\"note\"}],\"links\":{\"first\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400/notes?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400/notes?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"body\":\"Customer asked for a refund of order 1234; waiting on finance.\",\"createdAt\":\"2020-01-12T10:15:30.125Z\",\"updatedAt\":\"2020-01-12T10:15:30.125Z\"},\"id\":\"5e1a9c3f7b2d4a0011110001\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110001\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"customer\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110300\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}},\"userMentions\":{\"data\":[{\"id\":\"5e1a9c3f7b2d4a0011110500\",\"type\":\"team\"}]}},\"type\":\"note\"}],\"links\":{\"first\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400/notes?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400/notes?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_notes_by_conversation,
        empty_segment: Some(("id", empty_get_notes_by_conversation)),
    },
    Case {
        operation_id: "createNoteWithinConversation",
        method: "POST",
        path_template: "/conversations/{id}/notes",
        path: "/conversations/5e1a9c3f7b2d4a0011110400/notes",
        query: &[],
        request_body: Some(
            "{\"body\":\"@Sam can you confirm the new shipping address?\",\"lang\":\"en\",\"userMentions\":[{\"user\":\"5e1a9c3f7b2d4a0011110201\"}]}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"body\":\"@Sam can you confirm the new shipping address?\",\"createdAt\":\"2020-01-12T11:00:00Z\",\"updatedAt\":\"2020-01-12T11:00:00Z\"},\"id\":\"5e1a9c3f7b2d4a0011110003\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110003\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"customer\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110300\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}},\"userMentions\":{\"data\":[{\"id\":\"5e1a9c3f7b2d4a0011110201\",\"type\":\"user\"}]}},\"type\":\"note\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"body\":\"@Sam can you confirm the new shipping address?\",\"createdAt\":\"2020-01-12T11:00:00Z\",\"updatedAt\":\"2020-01-12T11:00:00Z\"},\"id\":\"5e1a9c3f7b2d4a0011110003\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110003\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"customer\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110300\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}},\"userMentions\":{\"data\":[{\"id\":\"5e1a9c3f7b2d4a0011110201\",\"type\":\"user\"}]}},\"type\":\"note\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_note_within_conversation,
        empty_segment: Some(("id", empty_create_note_within_conversation)),
    },
    Case {
        operation_id: "getNotesByCustomer",
        method: "GET",
        path_template: "/customers/{id}/notes",
        path: "/customers/5e1a9c3f7b2d4a0011110300/notes",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"body\":\"Customer asked for a refund of order 1234; waiting on finance.\",\"createdAt\":\"2020-01-12T10:15:30.125Z\",\"updatedAt\":\"2020-01-12T10:15:30.125Z\"},\"id\":\"5e1a9c3f7b2d4a0011110001\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110001\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"customer\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110300\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}},\"userMentions\":{\"data\":[]}},\"type\":\"note\"}],\"links\":{\"first\":\"/v1/customers/5e1a9c3f7b2d4a0011110300/notes?page=1&pageSize=100\",\"next\":\"/v1/customers/5e1a9c3f7b2d4a0011110300/notes?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300/notes?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"body\":\"Customer asked for a refund of order 1234; waiting on finance.\",\"createdAt\":\"2020-01-12T10:15:30.125Z\",\"updatedAt\":\"2020-01-12T10:15:30.125Z\"},\"id\":\"5e1a9c3f7b2d4a0011110001\",\"links\":{\"self\":\"/v1/notes/5e1a9c3f7b2d4a0011110001\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110400\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5e1a9c3f7b2d4a0011110400\"}},\"createdBy\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110200\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5e1a9c3f7b2d4a0011110200\"}},\"customer\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110300\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300\"}},\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}},\"userMentions\":{\"data\":[]}},\"type\":\"note\"}],\"links\":{\"first\":\"/v1/customers/5e1a9c3f7b2d4a0011110300/notes?page=1&pageSize=100\",\"next\":\"/v1/customers/5e1a9c3f7b2d4a0011110300/notes?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/customers/5e1a9c3f7b2d4a0011110300/notes?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_notes_by_customer,
        empty_segment: Some(("id", empty_get_notes_by_customer)),
    },
    Case {
        operation_id: "createMedia",
        method: "POST",
        path_template: "/media",
        path: "/media",
        query: &[],
        request_body: Some(
            "{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"receipt-1234.pdf\"}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"createdAt\":\"2020-01-12T10:10:00Z\",\"name\":\"receipt-1234.pdf\",\"redacted\":false,\"updatedAt\":\"2020-01-12T10:10:00Z\",\"uploaded\":false},\"id\":\"5e1a9c3f7b2d4a0011110600\",\"links\":{\"self\":\"/v1/media/5e1a9c3f7b2d4a0011110600\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}}},\"type\":\"media\"},\"meta\":{\"upload\":{\"fields\":{\"Content-Type\":\"application/pdf\",\"Policy\":\"eyJleHBpcmF0aW9uIjoiMjAyMC0wMS0xMlQxMToxMDowMFoifQ==\",\"X-Amz-Algorithm\":\"AWS4-HMAC-SHA256\",\"X-Amz-Credential\":\"AKIAIOSFODNN7EXAMPLE/20200112/us-east-1/s3/aws4_request\",\"X-Amz-Date\":\"20200112T101000Z\",\"X-Amz-Meta-Attachment-Id\":\"5e1a9c3f7b2d4a0011110600\",\"X-Amz-Signature\":\"3f1c9e7a5b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e\",\"acl\":\"private\",\"bucket\":\"example-media-bucket\",\"key\":\"5e1a9c3f7b2d4a0011110100/5e1a9c3f7b2d4a0011110600/receipt-1234.pdf\"},\"url\":\"https://example-media-bucket.s3.amazonaws.com\"}}}",
        ),
        expected: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"createdAt\":\"2020-01-12T10:10:00Z\",\"name\":\"receipt-1234.pdf\",\"redacted\":false,\"updatedAt\":\"2020-01-12T10:10:00Z\",\"uploaded\":false},\"id\":\"5e1a9c3f7b2d4a0011110600\",\"links\":{\"self\":\"/v1/media/5e1a9c3f7b2d4a0011110600\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}}},\"type\":\"media\"},\"meta\":{\"upload\":{\"fields\":{\"Content-Type\":\"application/pdf\",\"Policy\":\"eyJleHBpcmF0aW9uIjoiMjAyMC0wMS0xMlQxMToxMDowMFoifQ==\",\"X-Amz-Algorithm\":\"AWS4-HMAC-SHA256\",\"X-Amz-Credential\":\"AKIAIOSFODNN7EXAMPLE/20200112/us-east-1/s3/aws4_request\",\"X-Amz-Date\":\"20200112T101000Z\",\"X-Amz-Meta-Attachment-Id\":\"5e1a9c3f7b2d4a0011110600\",\"X-Amz-Signature\":\"3f1c9e7a5b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e\",\"acl\":\"private\",\"bucket\":\"example-media-bucket\",\"key\":\"5e1a9c3f7b2d4a0011110100/5e1a9c3f7b2d4a0011110600/receipt-1234.pdf\"},\"url\":\"https://example-media-bucket.s3.amazonaws.com\"}}}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &["3f1c9e7a5b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e"],
        call: call_create_media,
        empty_segment: None,
    },
    Case {
        operation_id: "getMediabyId",
        method: "GET",
        path_template: "/media/{id}",
        path: "/media/5e1a9c3f7b2d4a0011110600",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"createdAt\":\"2020-01-12T10:10:00Z\",\"name\":\"receipt-1234.pdf\",\"redacted\":false,\"updatedAt\":\"2020-01-12T10:11:02Z\",\"uploaded\":true},\"id\":\"5e1a9c3f7b2d4a0011110600\",\"links\":{\"self\":\"/v1/media/5e1a9c3f7b2d4a0011110600\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}}},\"type\":\"media\"}}",
        ),
        expected: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"createdAt\":\"2020-01-12T10:10:00Z\",\"name\":\"receipt-1234.pdf\",\"redacted\":false,\"updatedAt\":\"2020-01-12T10:11:02Z\",\"uploaded\":true},\"id\":\"5e1a9c3f7b2d4a0011110600\",\"links\":{\"self\":\"/v1/media/5e1a9c3f7b2d4a0011110600\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}}},\"type\":\"media\"}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_mediaby_id,
        empty_segment: Some(("id", empty_get_mediaby_id)),
    },
    Case {
        operation_id: "updateMedia",
        method: "PUT",
        path_template: "/media/{id}",
        path: "/media/5e1a9c3f7b2d4a0011110600",
        query: &[],
        request_body: Some("{\"name\":\"receipt-1234-redacted.pdf\",\"redacted\":true}"),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"createdAt\":\"2020-01-12T10:10:00Z\",\"name\":\"receipt-1234-redacted.pdf\",\"redacted\":true,\"updatedAt\":\"2020-01-13T08:30:00Z\",\"uploaded\":true},\"id\":\"5e1a9c3f7b2d4a0011110600\",\"links\":{\"self\":\"/v1/media/5e1a9c3f7b2d4a0011110600\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}}},\"type\":\"media\"}}",
        ),
        expected: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"createdAt\":\"2020-01-12T10:10:00Z\",\"name\":\"receipt-1234-redacted.pdf\",\"redacted\":true,\"updatedAt\":\"2020-01-13T08:30:00Z\",\"uploaded\":true},\"id\":\"5e1a9c3f7b2d4a0011110600\",\"links\":{\"self\":\"/v1/media/5e1a9c3f7b2d4a0011110600\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5e1a9c3f7b2d4a0011110100\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5e1a9c3f7b2d4a0011110100\"}}},\"type\":\"media\"}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_media,
        empty_segment: Some(("id", empty_update_media)),
    },
    Case {
        operation_id: "getAllDraftsByCustomer",
        method: "GET",
        path_template: "/customers/{id}/drafts",
        path: "/customers/5822a4a5aa5f92110005d69a/drafts",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"body\":\"Hi Jane, your order 1234 has shipped.\",\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"modifiedAt\":\"2020-03-01T08:05:30.250Z\",\"payload\":{\"draftJs\":{\"blocks\":[{\"data\":{},\"depth\":0,\"entityRanges\":[],\"inlineStyleRanges\":[],\"key\":\"8f3kq\",\"text\":\"Hi Jane, your order 1234 has shipped.\",\"type\":\"unstyled\"}],\"entityMap\":{}}},\"status\":\"draft\",\"updatedAt\":\"2020-03-01T08:05:30.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345801\",\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345901\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345901\"}},\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"draft\"}],\"included\":[],\"links\":{\"first\":\"/v1/customers/5822a4a5aa5f92110005d69a/drafts?page=1&pageSize=100\",\"next\":\"/v1/customers/5822a4a5aa5f92110005d69a/drafts?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a/drafts?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"body\":\"Hi Jane, your order 1234 has shipped.\",\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"modifiedAt\":\"2020-03-01T08:05:30.250Z\",\"payload\":{\"draftJs\":{\"blocks\":[{\"data\":{},\"depth\":0,\"entityRanges\":[],\"inlineStyleRanges\":[],\"key\":\"8f3kq\",\"text\":\"Hi Jane, your order 1234 has shipped.\",\"type\":\"unstyled\"}],\"entityMap\":{}}},\"status\":\"draft\",\"updatedAt\":\"2020-03-01T08:05:30.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345801\",\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801\"},\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345901\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345901\"}},\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"draft\"}],\"included\":[],\"links\":{\"first\":\"/v1/customers/5822a4a5aa5f92110005d69a/drafts?page=1&pageSize=100\",\"next\":\"/v1/customers/5822a4a5aa5f92110005d69a/drafts?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a/drafts?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_all_drafts_by_customer,
        empty_segment: Some(("id", empty_get_all_drafts_by_customer)),
    },
    Case {
        operation_id: "createDraftByCustomer",
        method: "POST",
        path_template: "/customers/{id}/drafts",
        path: "/customers/5822a4a5aa5f92110005d69a/drafts",
        query: &[],
        request_body: Some(
            "{\"app\":\"postmark\",\"body\":\"Hi Jane, your order 1234 has shipped.\",\"channel\":\"email\",\"conversation\":\"5d2f8e3e2f1c4b0012345901\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"lang\":\"en\",\"subject\":\"Your order 1234\",\"to\":[{\"email\":\"jane@example.com\",\"name\":\"Jane Doe\"}]}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"modifiedAt\":\"2020-03-01T08:00:00.000Z\",\"status\":\"draft\",\"updatedAt\":\"2020-03-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345801\",\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"draft\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"modifiedAt\":\"2020-03-01T08:00:00.000Z\",\"status\":\"draft\",\"updatedAt\":\"2020-03-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345801\",\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"draft\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_draft_by_customer,
        empty_segment: Some(("id", empty_create_draft_by_customer)),
    },
    Case {
        operation_id: "updateDraft",
        method: "PUT",
        path_template: "/drafts/{id}",
        path: "/drafts/5d2f8e3e2f1c4b0012345801",
        query: &[],
        request_body: Some(
            "{\"body\":\"Hi Jane, your order 1234 has shipped and arrives on Friday.\",\"channel\":\"email\",\"sendAt\":\"2020-03-02T15:00:00.000Z\",\"subject\":\"Your order 1234 is on its way\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"body\":\"Hi Jane, your order 1234 has shipped and arrives on Friday.\",\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"modifiedAt\":\"2020-03-01T08:05:30.250Z\",\"status\":\"scheduled\",\"updatedAt\":\"2020-03-01T08:05:30.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345801\",\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"draft\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"body\":\"Hi Jane, your order 1234 has shipped and arrives on Friday.\",\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"modifiedAt\":\"2020-03-01T08:05:30.250Z\",\"status\":\"scheduled\",\"updatedAt\":\"2020-03-01T08:05:30.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345801\",\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"draft\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_draft,
        empty_segment: Some(("id", empty_update_draft)),
    },
    Case {
        operation_id: "deleteDraft",
        method: "DELETE",
        path_template: "/drafts/{id}",
        path: "/drafts/5d2f8e3e2f1c4b0012345801",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_draft,
        empty_segment: Some(("id", empty_delete_draft)),
    },
    Case {
        operation_id: "getDraftAttachments",
        method: "GET",
        path_template: "/drafts/{id}/attachments",
        path: "/drafts/5d2f8e3e2f1c4b0012345801/attachments",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"},\"id\":\"5d2f8e3e2f1c4b0012345811\",\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801/attachments/5d2f8e3e2f1c4b0012345811\"},\"relationships\":{\"draft\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"draft\"},\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"},{\"attributes\":{\"contentLength\":120934,\"contentType\":\"image/jpeg\",\"name\":\"photo.jpg\"},\"id\":\"5d2f8e3e2f1c4b0012345812\",\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801/attachments/5d2f8e3e2f1c4b0012345812\"},\"relationships\":{\"draft\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"draft\"},\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}],\"links\":{\"first\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801/attachments?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801/attachments?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"},\"id\":\"5d2f8e3e2f1c4b0012345811\",\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801/attachments/5d2f8e3e2f1c4b0012345811\"},\"relationships\":{\"draft\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"draft\"},\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"},{\"attributes\":{\"contentLength\":120934,\"contentType\":\"image/jpeg\",\"name\":\"photo.jpg\"},\"id\":\"5d2f8e3e2f1c4b0012345812\",\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801/attachments/5d2f8e3e2f1c4b0012345812\"},\"relationships\":{\"draft\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"draft\"},\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}],\"links\":{\"first\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801/attachments?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801/attachments?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_draft_attachments,
        empty_segment: Some(("id", empty_get_draft_attachments)),
    },
    Case {
        operation_id: "createDraftAttachment",
        method: "POST",
        path_template: "/drafts/{id}/attachments",
        path: "/drafts/5d2f8e3e2f1c4b0012345801/attachments",
        query: &[],
        request_body: Some(
            "{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"},\"id\":\"5d2f8e3e2f1c4b0012345811\",\"links\":{\"related\":\"https://kustomer-prod1-attachments.s3.amazonaws.com/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345811?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200301T080000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=3b1f0c6d2e9a4f7b8c5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b\",\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801/attachments/5d2f8e3e2f1c4b0012345811\"},\"relationships\":{\"draft\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"draft\"},\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"},\"id\":\"5d2f8e3e2f1c4b0012345811\",\"links\":{\"related\":\"https://kustomer-prod1-attachments.s3.amazonaws.com/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345811?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200301T080000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=3b1f0c6d2e9a4f7b8c5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b\",\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801/attachments/5d2f8e3e2f1c4b0012345811\"},\"relationships\":{\"draft\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"draft\"},\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[
            "https://kustomer-prod1-attachments.s3.amazonaws.com/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345811?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200301T080000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=3b1f0c6d2e9a4f7b8c5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b",
        ],
        call: call_create_draft_attachment,
        empty_segment: Some(("id", empty_create_draft_attachment)),
    },
    Case {
        operation_id: "getDraftAttachment",
        method: "GET",
        path_template: "/drafts/{id}/attachments/{attachmentId}",
        path: "/drafts/5d2f8e3e2f1c4b0012345801/attachments/5d2f8e3e2f1c4b0012345811",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"},\"id\":\"5d2f8e3e2f1c4b0012345811\",\"links\":{\"related\":\"https://kustomer-prod1-attachments.s3.amazonaws.com/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345811?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200301T080000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=3b1f0c6d2e9a4f7b8c5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b\",\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801/attachments/5d2f8e3e2f1c4b0012345811\"},\"relationships\":{\"draft\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"draft\"},\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"},\"id\":\"5d2f8e3e2f1c4b0012345811\",\"links\":{\"related\":\"https://kustomer-prod1-attachments.s3.amazonaws.com/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345811?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200301T080000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=3b1f0c6d2e9a4f7b8c5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b\",\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801/attachments/5d2f8e3e2f1c4b0012345811\"},\"relationships\":{\"draft\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345801\",\"type\":\"draft\"},\"links\":{\"self\":\"/v1/drafts/5d2f8e3e2f1c4b0012345801\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[
            "https://kustomer-prod1-attachments.s3.amazonaws.com/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345811?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200301T080000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=3b1f0c6d2e9a4f7b8c5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b",
        ],
        call: call_get_draft_attachment,
        empty_segment: Some(("id", empty_get_draft_attachment)),
    },
    Case {
        operation_id: "deleteDraftAttachment",
        method: "DELETE",
        path_template: "/drafts/{id}/attachments/{attachmentId}",
        path: "/drafts/5d2f8e3e2f1c4b0012345801/attachments/5d2f8e3e2f1c4b0012345811",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_draft_attachment,
        empty_segment: Some(("id", empty_delete_draft_attachment)),
    },
    Case {
        operation_id: "getAllForwardsByConversation",
        method: "GET",
        path_template: "/conversations/{id}/forwards",
        path: "/conversations/5d2f8e3e2f1c4b0012345901/forwards",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"app\":\"postmark\",\"body\":\"Please check the shipping address on this order.\",\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"modifiedAt\":\"2020-03-01T08:05:30.250Z\",\"payload\":{\"draftJs\":{\"blocks\":[{\"data\":{},\"depth\":0,\"entityRanges\":[],\"inlineStyleRanges\":[],\"key\":\"8f3kq\",\"text\":\"Hi Jane, your order 1234 has shipped.\",\"type\":\"unstyled\"}],\"entityMap\":{}}},\"status\":\"sent\",\"to\":[{\"email\":\"warehouse@acme.example.com\",\"name\":\"Warehouse team\"}],\"updatedAt\":\"2020-03-01T08:05:30.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345911\",\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345901\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345901\"}},\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"forward\"}],\"links\":{\"first\":\"/v1/conversations/5d2f8e3e2f1c4b0012345901/forwards?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345901/forwards?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"app\":\"postmark\",\"body\":\"Please check the shipping address on this order.\",\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"modifiedAt\":\"2020-03-01T08:05:30.250Z\",\"payload\":{\"draftJs\":{\"blocks\":[{\"data\":{},\"depth\":0,\"entityRanges\":[],\"inlineStyleRanges\":[],\"key\":\"8f3kq\",\"text\":\"Hi Jane, your order 1234 has shipped.\",\"type\":\"unstyled\"}],\"entityMap\":{}}},\"status\":\"sent\",\"to\":[{\"email\":\"warehouse@acme.example.com\",\"name\":\"Warehouse team\"}],\"updatedAt\":\"2020-03-01T08:05:30.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345911\",\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345901\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345901\"}},\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"forward\"}],\"links\":{\"first\":\"/v1/conversations/5d2f8e3e2f1c4b0012345901/forwards?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345901/forwards?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_all_forwards_by_conversation,
        empty_segment: Some(("id", empty_get_all_forwards_by_conversation)),
    },
    Case {
        operation_id: "createForwardByConversation",
        method: "POST",
        path_template: "/conversations/{id}/forwards",
        path: "/conversations/5d2f8e3e2f1c4b0012345901/forwards",
        query: &[],
        request_body: Some(
            "{\"app\":\"postmark\",\"body\":\"Please check the shipping address on this order.\",\"channel\":\"email\",\"customer\":\"5822a4a5aa5f92110005d69a\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"subject\":\"Fwd: Order 1234\",\"to\":[{\"email\":\"warehouse@acme.example.com\",\"name\":\"Warehouse team\"}]}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"modifiedAt\":\"2020-03-01T08:05:30.250Z\",\"status\":\"draft\",\"to\":[{\"email\":\"warehouse@acme.example.com\",\"name\":\"Warehouse team\"}],\"updatedAt\":\"2020-03-01T08:05:30.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345911\",\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345901\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345901\"}},\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"forward\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"app\":\"postmark\",\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"modifiedAt\":\"2020-03-01T08:05:30.250Z\",\"status\":\"draft\",\"to\":[{\"email\":\"warehouse@acme.example.com\",\"name\":\"Warehouse team\"}],\"updatedAt\":\"2020-03-01T08:05:30.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345911\",\"relationships\":{\"conversation\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345901\",\"type\":\"conversation\"},\"links\":{\"self\":\"/v1/conversations/5d2f8e3e2f1c4b0012345901\"}},\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"forward\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_forward_by_conversation,
        empty_segment: Some(("id", empty_create_forward_by_conversation)),
    },
    Case {
        operation_id: "getaDraftForwardById",
        method: "GET",
        path_template: "/forwards/{id}",
        path: "/forwards/5d2f8e3e2f1c4b0012345911",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"app\":\"postmark\",\"body\":\"Please check the shipping address on this order.\",\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"modifiedAt\":\"2020-03-01T08:05:30.250Z\",\"status\":\"draft\",\"to\":[{\"email\":\"warehouse@acme.example.com\",\"name\":\"Warehouse team\"}],\"updatedAt\":\"2020-03-01T08:05:30.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345911\",\"relationships\":{\"attachments\":[{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345921\",\"type\":\"attachment\"},\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345921\"}}],\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"forward\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"app\":\"postmark\",\"body\":\"Please check the shipping address on this order.\",\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"modifiedAt\":\"2020-03-01T08:05:30.250Z\",\"status\":\"draft\",\"to\":[{\"email\":\"warehouse@acme.example.com\",\"name\":\"Warehouse team\"}],\"updatedAt\":\"2020-03-01T08:05:30.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345911\",\"relationships\":{\"attachments\":[{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345921\",\"type\":\"attachment\"},\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345921\"}}],\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"forward\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_geta_draft_forward_by_id,
        empty_segment: Some(("id", empty_geta_draft_forward_by_id)),
    },
    Case {
        operation_id: "updateDraftForward",
        method: "PUT",
        path_template: "/forwards/{id}",
        path: "/forwards/5d2f8e3e2f1c4b0012345911",
        query: &[],
        request_body: Some(
            "{\"attachments\":[{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"id\":\"5d2f8e3e2f1c4b0012345921\",\"name\":\"invoice-1234.pdf\"}],\"sendAt\":\"2020-03-02T15:00:00.000Z\",\"subject\":\"Fwd: Order 1234 (address check)\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"app\":\"postmark\",\"body\":\"Please check the shipping address on this order.\",\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"modifiedAt\":\"2020-03-01T08:05:30.250Z\",\"sendAt\":\"2020-03-02T15:00:00.000Z\",\"status\":\"scheduled\",\"to\":[{\"email\":\"warehouse@acme.example.com\",\"name\":\"Warehouse team\"}],\"updatedAt\":\"2020-03-01T08:05:30.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345911\",\"relationships\":{\"attachments\":[{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345921\",\"type\":\"attachment\"},\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345921\"}}],\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"forward\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"app\":\"postmark\",\"body\":\"Please check the shipping address on this order.\",\"channel\":\"email\",\"createdAt\":\"2020-03-01T08:00:00.000Z\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"modifiedAt\":\"2020-03-01T08:05:30.250Z\",\"sendAt\":\"2020-03-02T15:00:00.000Z\",\"status\":\"scheduled\",\"to\":[{\"email\":\"warehouse@acme.example.com\",\"name\":\"Warehouse team\"}],\"updatedAt\":\"2020-03-01T08:05:30.250Z\"},\"id\":\"5d2f8e3e2f1c4b0012345911\",\"relationships\":{\"attachments\":[{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345921\",\"type\":\"attachment\"},\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345921\"}}],\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"forward\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_draft_forward,
        empty_segment: Some(("id", empty_update_draft_forward)),
    },
    Case {
        operation_id: "getForwardAttachments",
        method: "GET",
        path_template: "/forwards/{id}/attachments",
        path: "/forwards/5d2f8e3e2f1c4b0012345911/attachments",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"},\"id\":\"5d2f8e3e2f1c4b0012345921\",\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345921\"},\"relationships\":{\"forward\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345911\",\"type\":\"forward\"},\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"},{\"attributes\":{\"contentLength\":120934,\"contentType\":\"image/jpeg\",\"name\":\"photo.jpg\"},\"id\":\"5d2f8e3e2f1c4b0012345922\",\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345922\"},\"relationships\":{\"forward\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345911\",\"type\":\"forward\"},\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}],\"links\":{\"first\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"},\"id\":\"5d2f8e3e2f1c4b0012345921\",\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345921\"},\"relationships\":{\"forward\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345911\",\"type\":\"forward\"},\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"},{\"attributes\":{\"contentLength\":120934,\"contentType\":\"image/jpeg\",\"name\":\"photo.jpg\"},\"id\":\"5d2f8e3e2f1c4b0012345922\",\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345922\"},\"relationships\":{\"forward\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345911\",\"type\":\"forward\"},\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}],\"links\":{\"first\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_forward_attachments,
        empty_segment: Some(("id", empty_get_forward_attachments)),
    },
    Case {
        operation_id: "createForwardAttachment",
        method: "POST",
        path_template: "/forwards/{id}/attachments",
        path: "/forwards/5d2f8e3e2f1c4b0012345911/attachments",
        query: &[],
        request_body: Some(
            "{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"},\"id\":\"5d2f8e3e2f1c4b0012345921\",\"links\":{\"related\":\"https://kustomer-prod1-attachments.s3.amazonaws.com/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345921?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200301T080000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=3b1f0c6d2e9a4f7b8c5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b\",\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345921\"},\"relationships\":{\"forward\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345911\",\"type\":\"forward\"},\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"},\"id\":\"5d2f8e3e2f1c4b0012345921\",\"links\":{\"related\":\"https://kustomer-prod1-attachments.s3.amazonaws.com/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345921?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200301T080000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=3b1f0c6d2e9a4f7b8c5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b\",\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345921\"},\"relationships\":{\"forward\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345911\",\"type\":\"forward\"},\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[
            "https://kustomer-prod1-attachments.s3.amazonaws.com/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345921?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200301T080000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=3b1f0c6d2e9a4f7b8c5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b",
        ],
        call: call_create_forward_attachment,
        empty_segment: Some(("id", empty_create_forward_attachment)),
    },
    Case {
        operation_id: "getForwardAttachment",
        method: "GET",
        path_template: "/forwards/{id}/attachments/{attachmentId}",
        path: "/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345921",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"},\"id\":\"5d2f8e3e2f1c4b0012345921\",\"links\":{\"related\":\"https://kustomer-prod1-attachments.s3.amazonaws.com/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345921?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200301T080000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=3b1f0c6d2e9a4f7b8c5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b\",\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345921\"},\"relationships\":{\"forward\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345911\",\"type\":\"forward\"},\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"},\"id\":\"5d2f8e3e2f1c4b0012345921\",\"links\":{\"related\":\"https://kustomer-prod1-attachments.s3.amazonaws.com/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345921?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200301T080000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=3b1f0c6d2e9a4f7b8c5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b\",\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345921\"},\"relationships\":{\"forward\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345911\",\"type\":\"forward\"},\"links\":{\"self\":\"/v1/forwards/5d2f8e3e2f1c4b0012345911\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"attachment\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[
            "https://kustomer-prod1-attachments.s3.amazonaws.com/5d2f8e3e2f1c4b0012345600/5d2f8e3e2f1c4b0012345921?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200301T080000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=3b1f0c6d2e9a4f7b8c5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b",
        ],
        call: call_get_forward_attachment,
        empty_segment: Some(("id", empty_get_forward_attachment)),
    },
    Case {
        operation_id: "deleteForwardAttachment",
        method: "DELETE",
        path_template: "/forwards/{id}/attachments/{attachmentId}",
        path: "/forwards/5d2f8e3e2f1c4b0012345911/attachments/5d2f8e3e2f1c4b0012345921",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_forward_attachment,
        empty_segment: Some(("id", empty_delete_forward_attachment)),
    },
    Case {
        operation_id: "getOutboundAccounts",
        method: "GET",
        path_template: "/outboundAccounts",
        path: "/outboundAccounts",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"account\":\"support@acme.example.com\",\"channel\":\"email\",\"name\":\"Acme Support\"},\"type\":\"outbound_account\"},{\"attributes\":{\"account\":\"+18005551212\",\"channel\":\"sms\",\"name\":\"Acme SMS\"},\"type\":\"outbound_account\"}],\"links\":{\"next\":null,\"self\":\"/v1/outboundAccounts?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"account\":\"support@acme.example.com\",\"channel\":\"email\",\"name\":\"Acme Support\"},\"type\":\"outbound_account\"},{\"attributes\":{\"account\":\"+18005551212\",\"channel\":\"sms\",\"name\":\"Acme SMS\"},\"type\":\"outbound_account\"}],\"links\":{\"next\":null,\"self\":\"/v1/outboundAccounts?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_outbound_accounts,
        empty_segment: None,
    },
    Case {
        operation_id: "getUsers",
        method: "GET",
        path_template: "/users",
        path: "/users",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"displayName\":\"Alex\",\"email\":\"alex.morgan@example.com\",\"mobile\":\"+14155550123\",\"name\":\"Alex Morgan\",\"roles\":[\"org.admin\",\"org.user\"],\"updatedAt\":\"2020-02-03T14:45:10.500Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345601\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"},{\"attributes\":{\"createdAt\":\"2020-04-02T13:01:44.512Z\",\"displayName\":\"Jamie\",\"email\":\"jamie.rivera@example.com\",\"mobile\":null,\"name\":\"Jamie Rivera\",\"roles\":[\"org.user\",\"org.user.customer.read\",\"org.user.conversation.write\"],\"updatedAt\":\"2020-06-15T08:30:00.000Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345702\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345702\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"},{\"attributes\":{\"createdAt\":\"2020-05-20T10:00:00.000Z\",\"displayName\":null,\"email\":\"zendesk-import@example.com\",\"mobile\":null,\"name\":\"Zendesk import key\",\"roles\":[\"org.user.customer.read\",\"org.user.customer.write\"],\"updatedAt\":\"2020-05-20T10:00:00.000Z\",\"userType\":\"machine\"},\"id\":\"5d2f8e3e2f1c4b0012345703\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345703\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}],\"links\":{\"first\":\"/v1/users?page=1&pageSize=100\",\"next\":\"/v1/users?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/users?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"displayName\":\"Alex\",\"email\":\"alex.morgan@example.com\",\"mobile\":\"+14155550123\",\"name\":\"Alex Morgan\",\"roles\":[\"org.admin\",\"org.user\"],\"updatedAt\":\"2020-02-03T14:45:10.500Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345601\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"},{\"attributes\":{\"createdAt\":\"2020-04-02T13:01:44.512Z\",\"displayName\":\"Jamie\",\"email\":\"jamie.rivera@example.com\",\"mobile\":null,\"name\":\"Jamie Rivera\",\"roles\":[\"org.user\",\"org.user.customer.read\",\"org.user.conversation.write\"],\"updatedAt\":\"2020-06-15T08:30:00.000Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345702\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345702\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"},{\"attributes\":{\"createdAt\":\"2020-05-20T10:00:00.000Z\",\"displayName\":null,\"email\":\"zendesk-import@example.com\",\"mobile\":null,\"name\":\"Zendesk import key\",\"roles\":[\"org.user.customer.read\",\"org.user.customer.write\"],\"updatedAt\":\"2020-05-20T10:00:00.000Z\",\"userType\":\"machine\"},\"id\":\"5d2f8e3e2f1c4b0012345703\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345703\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}],\"links\":{\"first\":\"/v1/users?page=1&pageSize=100\",\"next\":\"/v1/users?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/users?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_users,
        empty_segment: None,
    },
    Case {
        operation_id: "createInviteNewUser",
        method: "POST",
        path_template: "/users",
        path: "/users",
        query: &[],
        request_body: Some(
            "{\"displayName\":\"Sam\",\"email\":\"sam.lee@example.com\",\"mobile\":\"+14155550188\",\"name\":\"Sam Lee\",\"roleGroups\":[\"5d2f8e3e2f1c4b0012345722\"],\"roles\":[\"org.user\",\"org.user.customer.read\"],\"userType\":\"user\"}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"avatarUrl\":\"\",\"createdAt\":\"2020-07-01T12:00:00.000Z\",\"displayName\":\"Sam\",\"email\":\"sam.lee@example.com\",\"emailSignature\":null,\"mobile\":\"+14155550188\",\"name\":\"Sam Lee\",\"password\":{\"allowNew\":true,\"forceNew\":false,\"updatedAt\":\"2020-07-01T12:00:00.000Z\"},\"roleGroups\":[\"5d2f8e3e2f1c4b0012345722\"],\"roles\":[\"org.user\",\"org.user.customer.read\"],\"updatedAt\":\"2020-07-01T12:00:00.000Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345704\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345704\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"avatarUrl\":\"\",\"createdAt\":\"2020-07-01T12:00:00.000Z\",\"displayName\":\"Sam\",\"email\":\"sam.lee@example.com\",\"emailSignature\":null,\"mobile\":\"+14155550188\",\"name\":\"Sam Lee\",\"password\":{\"allowNew\":true,\"forceNew\":false,\"updatedAt\":\"2020-07-01T12:00:00.000Z\"},\"roleGroups\":[\"5d2f8e3e2f1c4b0012345722\"],\"roles\":[\"org.user\",\"org.user.customer.read\"],\"updatedAt\":\"2020-07-01T12:00:00.000Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345704\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345704\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_invite_new_user,
        empty_segment: None,
    },
    Case {
        operation_id: "getCurrentUser",
        method: "GET",
        path_template: "/users/current",
        path: "/users/current",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"avatarUrl\":\"https://cdn.example.com/avatars/alex.png\",\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"displayName\":\"Alex\",\"email\":\"alex.morgan@example.com\",\"emailVerifiedAt\":\"2019-07-18T09:15:02.310Z\",\"mobile\":\"+14155550123\",\"name\":\"Alex Morgan\",\"password\":{\"allowNew\":true,\"forceNew\":false,\"updatedAt\":\"2019-07-18T09:20:11.000Z\"},\"roles\":[\"org.admin\",\"org.user\"],\"updatedAt\":\"2020-02-03T14:45:10.500Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345601\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"avatarUrl\":\"https://cdn.example.com/avatars/alex.png\",\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"displayName\":\"Alex\",\"email\":\"alex.morgan@example.com\",\"emailVerifiedAt\":\"2019-07-18T09:15:02.310Z\",\"mobile\":\"+14155550123\",\"name\":\"Alex Morgan\",\"password\":{\"allowNew\":true,\"forceNew\":false,\"updatedAt\":\"2019-07-18T09:20:11.000Z\"},\"roles\":[\"org.admin\",\"org.user\"],\"updatedAt\":\"2020-02-03T14:45:10.500Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345601\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_current_user,
        empty_segment: None,
    },
    Case {
        operation_id: "updateCurrentUser",
        method: "PUT",
        path_template: "/users/current",
        path: "/users/current",
        query: &[],
        request_body: Some(
            "{\"displayName\":\"Alex M.\",\"emailSignature\":\"Alex Morgan, Support Lead\",\"mobile\":\"+14155550124\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"displayName\":\"Alex M.\",\"email\":\"alex.morgan@example.com\",\"emailSignature\":\"Alex Morgan, Support Lead\",\"mobile\":\"+14155550124\",\"name\":\"Alex Morgan\",\"password\":{\"allowNew\":true,\"forceNew\":false,\"updatedAt\":\"2019-07-18T09:20:11.000Z\"},\"roleGroups\":[\"5d2f8e3e2f1c4b0012345721\"],\"roles\":[\"org.admin\",\"org.user\"],\"updatedAt\":\"2020-08-10T07:45:00.000Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345601\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"displayName\":\"Alex M.\",\"email\":\"alex.morgan@example.com\",\"emailSignature\":\"Alex Morgan, Support Lead\",\"mobile\":\"+14155550124\",\"name\":\"Alex Morgan\",\"password\":{\"allowNew\":true,\"forceNew\":false,\"updatedAt\":\"2019-07-18T09:20:11.000Z\"},\"roleGroups\":[\"5d2f8e3e2f1c4b0012345721\"],\"roles\":[\"org.admin\",\"org.user\"],\"updatedAt\":\"2020-08-10T07:45:00.000Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345601\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_current_user,
        empty_segment: None,
    },
    Case {
        operation_id: "resetUsersPassword",
        method: "POST",
        path_template: "/users/passwordreset",
        path: "/users/passwordreset",
        query: &[],
        request_body: Some(
            "{\"domain\":\"acme\",\"email\":\"jamie.rivera@example.com\"}",
        ),
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_reset_users_password,
        empty_segment: None,
    },
    Case {
        operation_id: "getUserById",
        method: "GET",
        path_template: "/users/{id}",
        path: "/users/5d2f8e3e2f1c4b0012345702",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-04-02T13:01:44.512Z\",\"displayName\":\"Jamie\",\"email\":\"jamie.rivera@example.com\",\"mobile\":null,\"name\":\"Jamie Rivera\",\"roles\":[\"org.user\",\"org.user.customer.read\",\"org.user.conversation.write\"],\"updatedAt\":\"2020-06-15T08:30:00.000Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345702\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345702\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-04-02T13:01:44.512Z\",\"displayName\":\"Jamie\",\"email\":\"jamie.rivera@example.com\",\"mobile\":null,\"name\":\"Jamie Rivera\",\"roles\":[\"org.user\",\"org.user.customer.read\",\"org.user.conversation.write\"],\"updatedAt\":\"2020-06-15T08:30:00.000Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345702\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345702\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_user_by_id,
        empty_segment: Some(("id", empty_get_user_by_id)),
    },
    Case {
        operation_id: "updateUserById",
        method: "PUT",
        path_template: "/users/{id}",
        path: "/users/5d2f8e3e2f1c4b0012345702",
        query: &[],
        request_body: Some(
            "{\"displayName\":\"Jamie R.\",\"roleGroups\":[\"5d2f8e3e2f1c4b0012345722\"],\"roles\":[\"org.user\",\"org.user.customer.read\",\"org.user.conversation.write\"]}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-04-02T13:01:44.512Z\",\"displayName\":\"Jamie R.\",\"email\":\"jamie.rivera@example.com\",\"emailSignature\":null,\"mobile\":null,\"name\":\"Jamie Rivera\",\"password\":{\"allowNew\":true,\"forceNew\":false,\"updatedAt\":\"2020-04-02T13:10:00.000Z\"},\"roleGroups\":[\"5d2f8e3e2f1c4b0012345722\"],\"roles\":[\"org.user\",\"org.user.customer.read\",\"org.user.conversation.write\"],\"updatedAt\":\"2020-08-11T09:00:00.000Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345702\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345702\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-04-02T13:01:44.512Z\",\"displayName\":\"Jamie R.\",\"email\":\"jamie.rivera@example.com\",\"emailSignature\":null,\"mobile\":null,\"name\":\"Jamie Rivera\",\"password\":{\"allowNew\":true,\"forceNew\":false,\"updatedAt\":\"2020-04-02T13:10:00.000Z\"},\"roleGroups\":[\"5d2f8e3e2f1c4b0012345722\"],\"roles\":[\"org.user\",\"org.user.customer.read\",\"org.user.conversation.write\"],\"updatedAt\":\"2020-08-11T09:00:00.000Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345702\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345702\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_user_by_id,
        empty_segment: Some(("id", empty_update_user_by_id)),
    },
    Case {
        operation_id: "getMultipleUsersByIds",
        method: "GET",
        path_template: "/users/{ids}",
        path: "/users/5d2f8e3e2f1c4b0012345702",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2020-04-02T13:01:44.512Z\",\"displayName\":\"Jamie\",\"email\":\"jamie.rivera@example.com\",\"mobile\":null,\"name\":\"Jamie Rivera\",\"roles\":[\"org.user\",\"org.user.customer.read\",\"org.user.conversation.write\"],\"updatedAt\":\"2020-06-15T08:30:00.000Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345702\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345702\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"},{\"attributes\":{\"createdAt\":\"2020-05-20T10:00:00.000Z\",\"displayName\":null,\"email\":\"zendesk-import@example.com\",\"mobile\":null,\"name\":\"Zendesk import key\",\"roles\":[\"org.user.customer.read\",\"org.user.customer.write\"],\"updatedAt\":\"2020-05-20T10:00:00.000Z\",\"userType\":\"machine\"},\"id\":\"5d2f8e3e2f1c4b0012345703\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345703\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}],\"links\":{\"first\":\"/v1/users/5d2f8e3e2f1c4b0012345702,5d2f8e3e2f1c4b0012345703?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345702,5d2f8e3e2f1c4b0012345703?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2020-04-02T13:01:44.512Z\",\"displayName\":\"Jamie\",\"email\":\"jamie.rivera@example.com\",\"mobile\":null,\"name\":\"Jamie Rivera\",\"roles\":[\"org.user\",\"org.user.customer.read\",\"org.user.conversation.write\"],\"updatedAt\":\"2020-06-15T08:30:00.000Z\",\"userType\":\"user\"},\"id\":\"5d2f8e3e2f1c4b0012345702\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345702\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"},{\"attributes\":{\"createdAt\":\"2020-05-20T10:00:00.000Z\",\"displayName\":null,\"email\":\"zendesk-import@example.com\",\"mobile\":null,\"name\":\"Zendesk import key\",\"roles\":[\"org.user.customer.read\",\"org.user.customer.write\"],\"updatedAt\":\"2020-05-20T10:00:00.000Z\",\"userType\":\"machine\"},\"id\":\"5d2f8e3e2f1c4b0012345703\",\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345703\"},\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"user\"}],\"links\":{\"first\":\"/v1/users/5d2f8e3e2f1c4b0012345702,5d2f8e3e2f1c4b0012345703?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345702,5d2f8e3e2f1c4b0012345703?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_multiple_users_by_ids,
        empty_segment: Some(("ids", empty_get_multiple_users_by_ids)),
    },
    Case {
        operation_id: "getUsersTeams",
        method: "GET",
        path_template: "/users/{id}/teams",
        path: "/users/5d2f8e3e2f1c4b0012345702/teams",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\"],\"modifiedAt\":\"2020-06-01T09:30:00.000Z\",\"name\":\"Tier 1 Support\",\"updatedAt\":\"2020-06-01T09:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"},{\"attributes\":{\"createdAt\":\"2020-03-05T11:20:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\"],\"modifiedAt\":\"2020-03-05T11:20:00.000Z\",\"name\":\"Billing\",\"updatedAt\":\"2020-03-05T11:20:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345712\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345712\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}],\"links\":{\"first\":\"/v1/users/5d2f8e3e2f1c4b0012345702/teams?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345702/teams?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\"],\"modifiedAt\":\"2020-06-01T09:30:00.000Z\",\"name\":\"Tier 1 Support\",\"updatedAt\":\"2020-06-01T09:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"},{\"attributes\":{\"createdAt\":\"2020-03-05T11:20:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\"],\"modifiedAt\":\"2020-03-05T11:20:00.000Z\",\"name\":\"Billing\",\"updatedAt\":\"2020-03-05T11:20:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345712\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345712\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}],\"links\":{\"first\":\"/v1/users/5d2f8e3e2f1c4b0012345702/teams?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345702/teams?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_users_teams,
        empty_segment: Some(("id", empty_get_users_teams)),
    },
    Case {
        operation_id: "getTeams",
        method: "GET",
        path_template: "/teams",
        path: "/teams",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\"],\"modifiedAt\":\"2020-06-01T09:30:00.000Z\",\"name\":\"Tier 1 Support\",\"updatedAt\":\"2020-06-01T09:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"},{\"attributes\":{\"createdAt\":\"2020-03-05T11:20:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\"],\"modifiedAt\":\"2020-03-05T11:20:00.000Z\",\"name\":\"Billing\",\"updatedAt\":\"2020-03-05T11:20:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345712\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345712\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}],\"links\":{\"first\":\"/v1/teams?page=1&pageSize=100\",\"next\":\"/v1/teams?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/teams?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\"],\"modifiedAt\":\"2020-06-01T09:30:00.000Z\",\"name\":\"Tier 1 Support\",\"updatedAt\":\"2020-06-01T09:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"},{\"attributes\":{\"createdAt\":\"2020-03-05T11:20:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\"],\"modifiedAt\":\"2020-03-05T11:20:00.000Z\",\"name\":\"Billing\",\"updatedAt\":\"2020-03-05T11:20:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345712\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345712\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}],\"links\":{\"first\":\"/v1/teams?page=1&pageSize=100\",\"next\":\"/v1/teams?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/teams?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_teams,
        empty_segment: None,
    },
    Case {
        operation_id: "createTeam",
        method: "POST",
        path_template: "/teams",
        path: "/teams",
        query: &[],
        request_body: Some(
            "{\"displayName\":\"Escalations (EU)\",\"externalId\":\"crm-team-7\",\"icon\":\"flag\",\"members\":[\"5d2f8e3e2f1c4b0012345702\"],\"name\":\"Escalations\"}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-09-01T08:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\"],\"modifiedAt\":\"2020-09-01T08:00:00.000Z\",\"name\":\"Escalations\",\"updatedAt\":\"2020-09-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345713\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345713\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-09-01T08:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\"],\"modifiedAt\":\"2020-09-01T08:00:00.000Z\",\"name\":\"Escalations\",\"updatedAt\":\"2020-09-01T08:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345713\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345713\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_team,
        empty_segment: None,
    },
    Case {
        operation_id: "getTeamById",
        method: "GET",
        path_template: "/teams/{id}",
        path: "/teams/5d2f8e3e2f1c4b0012345711",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\"],\"modifiedAt\":\"2020-06-01T09:30:00.000Z\",\"name\":\"Tier 1 Support\",\"updatedAt\":\"2020-06-01T09:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\"],\"modifiedAt\":\"2020-06-01T09:30:00.000Z\",\"name\":\"Tier 1 Support\",\"updatedAt\":\"2020-06-01T09:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_team_by_id,
        empty_segment: Some(("id", empty_get_team_by_id)),
    },
    Case {
        operation_id: "updateTeamById",
        method: "PUT",
        path_template: "/teams/{id}",
        path: "/teams/5d2f8e3e2f1c4b0012345711",
        query: &[],
        request_body: Some(
            "{\"displayName\":\"Tier 1\",\"icon\":\"headset\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\",\"5d2f8e3e2f1c4b0012345703\"],\"name\":\"Tier 1 Support\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\",\"5d2f8e3e2f1c4b0012345703\"],\"modifiedAt\":\"2020-09-02T15:00:00.000Z\",\"name\":\"Tier 1 Support\",\"updatedAt\":\"2020-09-02T15:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\",\"5d2f8e3e2f1c4b0012345703\"],\"modifiedAt\":\"2020-09-02T15:00:00.000Z\",\"name\":\"Tier 1 Support\",\"updatedAt\":\"2020-09-02T15:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_team_by_id,
        empty_segment: Some(("id", empty_update_team_by_id)),
    },
    Case {
        operation_id: "deleteTeam",
        method: "DELETE",
        path_template: "/teams/{id}",
        path: "/teams/5d2f8e3e2f1c4b0012345711",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_team,
        empty_segment: Some(("id", empty_delete_team)),
    },
    Case {
        operation_id: "updateTeamAttributes",
        method: "PATCH",
        path_template: "/teams/{id}",
        path: "/teams/5d2f8e3e2f1c4b0012345711",
        query: &[],
        request_body: Some("{\"name\":\"Tier 1 Support (Americas)\"}"),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\"],\"modifiedAt\":\"2020-09-03T12:00:00.000Z\",\"name\":\"Tier 1 Support (Americas)\",\"updatedAt\":\"2020-09-03T12:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\"],\"modifiedAt\":\"2020-09-03T12:00:00.000Z\",\"name\":\"Tier 1 Support (Americas)\",\"updatedAt\":\"2020-09-03T12:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_update_team_attributes,
        empty_segment: Some(("id", empty_update_team_attributes)),
    },
    Case {
        operation_id: "addTeamMember",
        method: "POST",
        path_template: "/teams/{id}/members",
        path: "/teams/5d2f8e3e2f1c4b0012345711/members",
        query: &[],
        request_body: Some("{\"members\":[\"5d2f8e3e2f1c4b0012345703\"]}"),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\",\"5d2f8e3e2f1c4b0012345703\"],\"modifiedAt\":\"2020-09-04T10:00:00.000Z\",\"name\":\"Tier 1 Support\",\"updatedAt\":\"2020-09-04T10:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\",\"5d2f8e3e2f1c4b0012345703\"],\"modifiedAt\":\"2020-09-04T10:00:00.000Z\",\"name\":\"Tier 1 Support\",\"updatedAt\":\"2020-09-04T10:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_add_team_member,
        empty_segment: Some(("id", empty_add_team_member)),
    },
    Case {
        operation_id: "removeTeamMember",
        method: "DELETE",
        path_template: "/teams/{id}/members",
        path: "/teams/5d2f8e3e2f1c4b0012345711/members",
        query: &[],
        request_body: Some("{\"members\":[\"5d2f8e3e2f1c4b0012345601\"]}"),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\"],\"modifiedAt\":\"2020-09-05T10:00:00.000Z\",\"name\":\"Tier 1 Support\",\"updatedAt\":\"2020-09-05T10:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-03-01T10:00:00.000Z\",\"members\":[\"5d2f8e3e2f1c4b0012345702\"],\"modifiedAt\":\"2020-09-05T10:00:00.000Z\",\"name\":\"Tier 1 Support\",\"updatedAt\":\"2020-09-05T10:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/teams/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"modifiedBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"team\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_remove_team_member,
        empty_segment: Some(("id", empty_remove_team_member)),
    },
    Case {
        operation_id: "getAllRoleGroups",
        method: "GET",
        path_template: "/role-groups",
        path: "/role-groups",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"description\":\"Full access to the org's settings and data.\",\"display\":true,\"name\":\"Administrator\",\"roles\":[\"org.admin\",\"org.user\"],\"system\":true,\"updatedAt\":\"2019-07-18T09:12:30.125Z\"},\"id\":\"5d2f8e3e2f1c4b0012345721\",\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"role_group\"},{\"attributes\":{\"createdAt\":\"2020-02-10T12:00:00.000Z\",\"description\":\"Reads customers and works conversations.\",\"display\":true,\"name\":\"Support agent\",\"roles\":[\"org.user.customer.read\",\"org.user.conversation.read\",\"org.user.conversation.write\"],\"system\":false,\"updatedAt\":\"2020-02-10T12:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345722\",\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"role_group\"}],\"links\":{\"first\":\"/v1/role-groups?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/role-groups?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2019-07-18T09:12:30.125Z\",\"description\":\"Full access to the org's settings and data.\",\"display\":true,\"name\":\"Administrator\",\"roles\":[\"org.admin\",\"org.user\"],\"system\":true,\"updatedAt\":\"2019-07-18T09:12:30.125Z\"},\"id\":\"5d2f8e3e2f1c4b0012345721\",\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"role_group\"},{\"attributes\":{\"createdAt\":\"2020-02-10T12:00:00.000Z\",\"description\":\"Reads customers and works conversations.\",\"display\":true,\"name\":\"Support agent\",\"roles\":[\"org.user.customer.read\",\"org.user.conversation.read\",\"org.user.conversation.write\"],\"system\":false,\"updatedAt\":\"2020-02-10T12:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345722\",\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"role_group\"}],\"links\":{\"first\":\"/v1/role-groups?page=1&pageSize=100\",\"next\":null,\"prev\":null,\"self\":\"/v1/role-groups?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_all_role_groups,
        empty_segment: None,
    },
    Case {
        operation_id: "createRoleGroup",
        method: "POST",
        path_template: "/role-groups",
        path: "/role-groups",
        query: &[],
        request_body: Some(
            "{\"description\":\"Support agents who may also read billing data.\",\"display\":true,\"name\":\"Billing agent\",\"roles\":[\"org.user.customer.read\",\"org.user.conversation.write\"]}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-09-10T09:00:00.000Z\",\"description\":\"Support agents who may also read billing data.\",\"display\":true,\"name\":\"Billing agent\",\"roles\":[\"org.user.customer.read\",\"org.user.conversation.write\"],\"system\":false,\"updatedAt\":\"2020-09-10T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345723\",\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"role_group\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-09-10T09:00:00.000Z\",\"description\":\"Support agents who may also read billing data.\",\"display\":true,\"name\":\"Billing agent\",\"roles\":[\"org.user.customer.read\",\"org.user.conversation.write\"],\"system\":false,\"updatedAt\":\"2020-09-10T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345723\",\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"role_group\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_role_group,
        empty_segment: None,
    },
    Case {
        operation_id: "getRoleGroupById",
        method: "GET",
        path_template: "/role-groups/{id}",
        path: "/role-groups/5d2f8e3e2f1c4b0012345722",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-02-10T12:00:00.000Z\",\"description\":\"Reads customers and works conversations.\",\"display\":true,\"name\":\"Support agent\",\"roles\":[\"org.user.customer.read\",\"org.user.conversation.read\",\"org.user.conversation.write\"],\"system\":false,\"updatedAt\":\"2020-02-10T12:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345722\",\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"role_group\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-02-10T12:00:00.000Z\",\"description\":\"Reads customers and works conversations.\",\"display\":true,\"name\":\"Support agent\",\"roles\":[\"org.user.customer.read\",\"org.user.conversation.read\",\"org.user.conversation.write\"],\"system\":false,\"updatedAt\":\"2020-02-10T12:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345722\",\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"role_group\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_role_group_by_id,
        empty_segment: Some(("id", empty_get_role_group_by_id)),
    },
    Case {
        operation_id: "updateRoleGroup",
        method: "PUT",
        path_template: "/role-groups/{id}",
        path: "/role-groups/5d2f8e3e2f1c4b0012345722",
        query: &[],
        request_body: Some(
            "{\"description\":\"Reads customers, works conversations and reads the audit log.\",\"roles\":[\"org.user.customer.read\",\"org.user.conversation.read\",\"org.user.conversation.write\",\"org.user.audit_logs.read\"]}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2020-02-10T12:00:00.000Z\",\"description\":\"Reads customers, works conversations and reads the audit log.\",\"display\":true,\"name\":\"Support agent\",\"roles\":[\"org.user.customer.read\",\"org.user.conversation.read\",\"org.user.conversation.write\",\"org.user.audit_logs.read\"],\"system\":false,\"updatedAt\":\"2020-09-11T10:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345722\",\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"role_group\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2020-02-10T12:00:00.000Z\",\"description\":\"Reads customers, works conversations and reads the audit log.\",\"display\":true,\"name\":\"Support agent\",\"roles\":[\"org.user.customer.read\",\"org.user.conversation.read\",\"org.user.conversation.write\",\"org.user.audit_logs.read\"],\"system\":false,\"updatedAt\":\"2020-09-11T10:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345722\",\"relationships\":{\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"role_group\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_role_group,
        empty_segment: Some(("id", empty_update_role_group)),
    },
    Case {
        operation_id: "deleteRoleGroup",
        method: "DELETE",
        path_template: "/role-groups/{id}",
        path: "/role-groups/5d2f8e3e2f1c4b0012345722",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_role_group,
        empty_segment: Some(("id", empty_delete_role_group)),
    },
    Case {
        operation_id: "getKlasses",
        method: "GET",
        path_template: "/klasses",
        path: "/klasses",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"appDisabled\":false,\"color\":\"#4a90e2\",\"createdAt\":\"2021-03-04T10:15:00.000Z\",\"displayName\":\"Order\",\"icon\":\"cart\",\"mixins\":[],\"name\":\"order\",\"status\":\"enabled\",\"updatedAt\":\"2021-03-04T10:15:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"kobjects\":{\"links\":{\"self\":\"/v1/klasses/order\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"klass\"},{\"attributes\":{\"color\":\"#f5a623\",\"createdAt\":\"2021-05-10T08:00:00.000Z\",\"displayName\":\"Delivery task\",\"icon\":\"truck\",\"klassSchema\":\"task\",\"mixins\":[\"assignable\",\"commentable\"],\"name\":\"delivery_task\",\"status\":\"enabled\",\"updatedAt\":\"2021-06-01T12:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345701\",\"links\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345701\"},\"relationships\":{\"kobjects\":{\"links\":{\"self\":\"/v1/klasses/delivery_task\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"klass\"}],\"links\":{\"first\":\"/v1/klasses?page=1&pageSize=100\",\"next\":\"/v1/klasses?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/klasses?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"appDisabled\":false,\"color\":\"#4a90e2\",\"createdAt\":\"2021-03-04T10:15:00.000Z\",\"displayName\":\"Order\",\"icon\":\"cart\",\"mixins\":[],\"name\":\"order\",\"status\":\"enabled\",\"updatedAt\":\"2021-03-04T10:15:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"kobjects\":{\"links\":{\"self\":\"/v1/klasses/order\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"klass\"},{\"attributes\":{\"color\":\"#f5a623\",\"createdAt\":\"2021-05-10T08:00:00.000Z\",\"displayName\":\"Delivery task\",\"icon\":\"truck\",\"klassSchema\":\"task\",\"mixins\":[\"assignable\",\"commentable\"],\"name\":\"delivery_task\",\"status\":\"enabled\",\"updatedAt\":\"2021-06-01T12:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345701\",\"links\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345701\"},\"relationships\":{\"kobjects\":{\"links\":{\"self\":\"/v1/klasses/delivery_task\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"klass\"}],\"links\":{\"first\":\"/v1/klasses?page=1&pageSize=100\",\"next\":\"/v1/klasses?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/klasses?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_klasses,
        empty_segment: None,
    },
    Case {
        operation_id: "createKlass",
        method: "POST",
        path_template: "/klasses",
        path: "/klasses",
        query: &[],
        request_body: Some(
            "{\"color\":\"#4a90e2\",\"displayName\":\"Order\",\"icon\":\"cart\",\"name\":\"order\",\"status\":\"enabled\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2021-03-04T10:15:00.000Z\",\"name\":\"order\",\"status\":\"enabled\",\"updatedAt\":\"2021-03-04T10:15:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"kobjects\":{\"links\":{\"self\":\"/v1/klasses/order\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"klass\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2021-03-04T10:15:00.000Z\",\"name\":\"order\",\"status\":\"enabled\",\"updatedAt\":\"2021-03-04T10:15:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"kobjects\":{\"links\":{\"self\":\"/v1/klasses/order\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"klass\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_klass,
        empty_segment: None,
    },
    Case {
        operation_id: "getKlass",
        method: "GET",
        path_template: "/klasses/{id}",
        path: "/klasses/5d2f8e3e2f1c4b0012345700",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"appDisabled\":false,\"color\":\"#4a90e2\",\"createdAt\":\"2021-03-04T10:15:00.000Z\",\"displayName\":\"Order\",\"icon\":\"cart\",\"mixins\":[],\"name\":\"order\",\"status\":\"enabled\",\"updatedAt\":\"2021-03-04T10:15:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"kobjects\":{\"links\":{\"self\":\"/v1/klasses/order\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"klass\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"appDisabled\":false,\"color\":\"#4a90e2\",\"createdAt\":\"2021-03-04T10:15:00.000Z\",\"displayName\":\"Order\",\"icon\":\"cart\",\"mixins\":[],\"name\":\"order\",\"status\":\"enabled\",\"updatedAt\":\"2021-03-04T10:15:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"kobjects\":{\"links\":{\"self\":\"/v1/klasses/order\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"klass\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_klass,
        empty_segment: Some(("id", empty_get_klass)),
    },
    Case {
        operation_id: "updateKlass",
        method: "PUT",
        path_template: "/klasses/{id}",
        path: "/klasses/5d2f8e3e2f1c4b0012345700",
        query: &[],
        request_body: Some(
            "{\"color\":\"#7ed321\",\"displayName\":\"Web order\",\"mixins\":[\"commentable\"]}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"appDisabled\":false,\"color\":\"#7ed321\",\"createdAt\":\"2021-03-04T10:15:00.000Z\",\"displayName\":\"Web order\",\"icon\":\"cart\",\"mixins\":[\"commentable\"],\"name\":\"order\",\"status\":\"enabled\",\"updatedAt\":\"2021-08-01T09:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"kobjects\":{\"links\":{\"self\":\"/v1/klasses/order\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"klass\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"appDisabled\":false,\"color\":\"#7ed321\",\"createdAt\":\"2021-03-04T10:15:00.000Z\",\"displayName\":\"Web order\",\"icon\":\"cart\",\"mixins\":[\"commentable\"],\"name\":\"order\",\"status\":\"enabled\",\"updatedAt\":\"2021-08-01T09:30:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345700\",\"links\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"},\"relationships\":{\"kobjects\":{\"links\":{\"self\":\"/v1/klasses/order\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"klass\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_klass,
        empty_segment: Some(("id", empty_update_klass)),
    },
    Case {
        operation_id: "deleteKlass",
        method: "DELETE",
        path_template: "/klasses/{id}",
        path: "/klasses/5d2f8e3e2f1c4b0012345700",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_klass,
        empty_segment: Some(("id", empty_delete_klass)),
    },
    Case {
        operation_id: "getKObjects",
        method: "GET",
        path_template: "/klasses/{name}",
        path: "/klasses/order",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"icon\":\"cart\",\"images\":[],\"klassDisplayName\":\"Order\",\"klassMixins\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-01T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"},{\"attributes\":{\"createdAt\":\"2021-07-02T14:12:00.000Z\",\"custom\":{\"orderNumberNum\":1043,\"orderStatusStr\":\"processing\",\"orderUpdatedAt\":\"2021-07-02T14:10:00.000Z\",\"totalPriceNum\":12.5},\"icon\":\"cart\",\"images\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1043\",\"updatedAt\":\"2021-07-02T14:12:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}],\"links\":{\"first\":\"/v1/klasses/order?page=1&pageSize=100\",\"next\":\"/v1/klasses/order?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/klasses/order?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"icon\":\"cart\",\"images\":[],\"klassDisplayName\":\"Order\",\"klassMixins\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-01T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"},{\"attributes\":{\"createdAt\":\"2021-07-02T14:12:00.000Z\",\"custom\":{\"orderNumberNum\":1043,\"orderStatusStr\":\"processing\",\"orderUpdatedAt\":\"2021-07-02T14:10:00.000Z\",\"totalPriceNum\":12.5},\"icon\":\"cart\",\"images\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1043\",\"updatedAt\":\"2021-07-02T14:12:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}],\"links\":{\"first\":\"/v1/klasses/order?page=1&pageSize=100\",\"next\":\"/v1/klasses/order?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/klasses/order?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_k_objects,
        empty_segment: Some(("name", empty_get_k_objects)),
    },
    Case {
        operation_id: "createKObject",
        method: "POST",
        path_template: "/klasses/{name}",
        path: "/klasses/order",
        query: &[],
        request_body: Some(
            "{\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"customer\":\"5822a4a5aa5f92110005d69a\",\"data\":{\"carrier\":\"UPS\",\"lineItems\":2},\"description\":\"Two pairs of running shoes\",\"externalId\":\"shop-1042\",\"icon\":\"cart\",\"images\":[\"https://cdn.example.com/orders/1042.png\"],\"tags\":[\"5d2f8e3e2f1c4b0012345750\"],\"title\":\"Order #1042\"}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"icon\":\"cart\",\"images\":[\"https://cdn.example.com/orders/1042.png\"],\"rev\":1,\"tags\":[\"5d2f8e3e2f1c4b0012345750\"],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-01T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"icon\":\"cart\",\"images\":[\"https://cdn.example.com/orders/1042.png\"],\"rev\":1,\"tags\":[\"5d2f8e3e2f1c4b0012345750\"],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-01T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_k_object,
        empty_segment: Some(("name", empty_create_k_object)),
    },
    Case {
        operation_id: "bulkBatchUpdateKObjects",
        method: "PUT",
        path_template: "/klasses/{name}/bulk",
        path: "/klasses/order/bulk",
        query: &[],
        request_body: Some(
            "[{\"custom\":{\"orderStatusStr\":\"delivered\"},\"id\":\"5d2f8e3e2f1c4b0012345710\"},{\"custom\":{\"orderStatusStr\":\"shipped\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"rev\":1}]",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"context\":\"kobject\",\"createdAt\":\"2021-07-03T10:00:00.000Z\",\"ids\":[\"5d2f8e3e2f1c4b0012345710\",\"5d2f8e3e2f1c4b0012345711\"],\"payload\":{\"api\":{\"data\":[{\"custom\":{\"orderStatusStr\":\"delivered\"},\"id\":\"5d2f8e3e2f1c4b0012345710\"},{\"custom\":{\"orderStatusStr\":\"shipped\"},\"id\":\"5d2f8e3e2f1c4b0012345711\"}],\"method\":\"PUT\",\"path\":\"/v1/klasses/order/bulk\",\"requestId\":\"3f9c2a1e-8b7d-4c6e-9a21-5d0e7f4b1c2a\",\"service\":\"api\",\"user\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"org\":\"5d2f8e3e2f1c4b0012345600\",\"orgName\":\"acme\",\"roles\":[\"org.user.kobject.write\"],\"subject\":\"5d2f8e3e2f1c4b0012345601\",\"userType\":\"user\"}}},\"status\":\"pending\",\"updatedAt\":\"2021-07-03T10:00:00.000Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345741\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345741\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"context\":\"kobject\",\"createdAt\":\"2021-07-03T10:00:00.000Z\",\"ids\":[\"5d2f8e3e2f1c4b0012345710\",\"5d2f8e3e2f1c4b0012345711\"],\"payload\":{\"api\":{\"data\":[{\"custom\":{\"orderStatusStr\":\"delivered\"},\"id\":\"5d2f8e3e2f1c4b0012345710\"},{\"custom\":{\"orderStatusStr\":\"shipped\"},\"id\":\"5d2f8e3e2f1c4b0012345711\"}],\"method\":\"PUT\",\"path\":\"/v1/klasses/order/bulk\",\"requestId\":\"3f9c2a1e-8b7d-4c6e-9a21-5d0e7f4b1c2a\",\"service\":\"api\",\"user\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"org\":\"5d2f8e3e2f1c4b0012345600\",\"orgName\":\"acme\",\"roles\":[\"org.user.kobject.write\"],\"subject\":\"5d2f8e3e2f1c4b0012345601\",\"userType\":\"user\"}}},\"status\":\"pending\",\"updatedAt\":\"2021-07-03T10:00:00.000Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345741\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345741\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_bulk_batch_update_k_objects,
        empty_segment: Some(("name", empty_bulk_batch_update_k_objects)),
    },
    Case {
        operation_id: "bulkCreateKObjects",
        method: "POST",
        path_template: "/klasses/{name}/bulk",
        path: "/klasses/order/bulk",
        query: &[],
        request_body: Some(
            "[{\"custom\":{\"orderNumberNum\":1042},\"customer\":\"5822a4a5aa5f92110005d69a\",\"externalId\":\"shop-1042\",\"title\":\"Order #1042\"},{\"customer\":\"5822a4a5aa5f92110005d69a\",\"description\":\"Gift card\",\"externalId\":\"shop-1043\",\"title\":\"Order #1043\"}]",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"context\":\"kobject\",\"createdAt\":\"2021-07-03T10:00:00.000Z\",\"ids\":[],\"payload\":{\"api\":{\"data\":[{\"customer\":\"5822a4a5aa5f92110005d69a\",\"description\":\"\",\"externalId\":\"shop-1042\",\"title\":\"Order #1042\"},{\"customer\":\"5822a4a5aa5f92110005d69a\",\"description\":\"Gift card\",\"externalId\":\"shop-1043\",\"title\":\"Order #1043\"}],\"method\":\"POST\",\"path\":\"/v1/klasses/order/bulk\",\"requestId\":\"3f9c2a1e-8b7d-4c6e-9a21-5d0e7f4b1c2a\",\"service\":\"api\",\"user\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"org\":\"5d2f8e3e2f1c4b0012345600\",\"orgName\":\"acme\",\"roles\":[\"org.user.kobject.write\"],\"subject\":\"5d2f8e3e2f1c4b0012345601\",\"userType\":\"user\"}}},\"status\":\"pending\",\"updatedAt\":\"2021-07-03T10:00:00.000Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345740\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345740\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"context\":\"kobject\",\"createdAt\":\"2021-07-03T10:00:00.000Z\",\"ids\":[],\"payload\":{\"api\":{\"data\":[{\"customer\":\"5822a4a5aa5f92110005d69a\",\"description\":\"\",\"externalId\":\"shop-1042\",\"title\":\"Order #1042\"},{\"customer\":\"5822a4a5aa5f92110005d69a\",\"description\":\"Gift card\",\"externalId\":\"shop-1043\",\"title\":\"Order #1043\"}],\"method\":\"POST\",\"path\":\"/v1/klasses/order/bulk\",\"requestId\":\"3f9c2a1e-8b7d-4c6e-9a21-5d0e7f4b1c2a\",\"service\":\"api\",\"user\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"org\":\"5d2f8e3e2f1c4b0012345600\",\"orgName\":\"acme\",\"roles\":[\"org.user.kobject.write\"],\"subject\":\"5d2f8e3e2f1c4b0012345601\",\"userType\":\"user\"}}},\"status\":\"pending\",\"updatedAt\":\"2021-07-03T10:00:00.000Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345740\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345740\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_bulk_create_k_objects,
        empty_segment: Some(("name", empty_bulk_create_k_objects)),
    },
    Case {
        operation_id: "bulkDeleteKObjects",
        method: "DELETE",
        path_template: "/klasses/{name}/bulk",
        path: "/klasses/order/bulk",
        query: &[("ids", "5d2f8e3e2f1c4b0012345710%2C5d2f8e3e2f1c4b0012345711")],
        request_body: None,
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"completed\":false,\"context\":\"kobject\",\"createdAt\":\"2021-07-03T10:00:00.000Z\",\"ids\":[\"5d2f8e3e2f1c4b0012345710\",\"5d2f8e3e2f1c4b0012345711\"],\"payload\":{\"api\":{\"data\":{},\"method\":\"DELETE\",\"path\":\"/v1/klasses/order/bulk\",\"requestId\":\"3f9c2a1e-8b7d-4c6e-9a21-5d0e7f4b1c2a\",\"service\":\"api\",\"user\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"org\":\"5d2f8e3e2f1c4b0012345600\",\"orgName\":\"acme\",\"roles\":[\"org.user.kobject.write\"],\"subject\":\"5d2f8e3e2f1c4b0012345601\",\"userType\":\"user\"}}},\"status\":\"pending\",\"updatedAt\":\"2021-07-03T10:00:00.000Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345742\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345742\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"bulk\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"completed\":false,\"context\":\"kobject\",\"createdAt\":\"2021-07-03T10:00:00.000Z\",\"ids\":[\"5d2f8e3e2f1c4b0012345710\",\"5d2f8e3e2f1c4b0012345711\"],\"payload\":{\"api\":{\"data\":{},\"method\":\"DELETE\",\"path\":\"/v1/klasses/order/bulk\",\"requestId\":\"3f9c2a1e-8b7d-4c6e-9a21-5d0e7f4b1c2a\",\"service\":\"api\",\"user\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"org\":\"5d2f8e3e2f1c4b0012345600\",\"orgName\":\"acme\",\"roles\":[\"org.user.kobject.write\"],\"subject\":\"5d2f8e3e2f1c4b0012345601\",\"userType\":\"user\"}}},\"status\":\"pending\",\"updatedAt\":\"2021-07-03T10:00:00.000Z\",\"v2\":true},\"id\":\"5d2f8e3e2f1c4b0012345742\",\"links\":{\"self\":\"/v1/bulk/5d2f8e3e2f1c4b0012345742\"},\"relationships\":{\"createdBy\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345601\",\"type\":\"user\"},\"links\":{\"self\":\"/v1/users/5d2f8e3e2f1c4b0012345601\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"bulk\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_bulk_delete_k_objects,
        empty_segment: Some(("name", empty_bulk_delete_k_objects)),
    },
    Case {
        operation_id: "getKlassesByNameAndExternalId",
        method: "GET",
        path_template: "/klasses/{name}/externalId={externalId}",
        path: "/klasses/order/externalId=shop-1042",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"icon\":\"cart\",\"images\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-01T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"icon\":\"cart\",\"images\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-01T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}",
        ),
        not_found_is_none: true,
        retried: true,
        secrets: &[],
        call: call_get_klasses_by_name_and_external_id,
        empty_segment: Some(("name", empty_get_klasses_by_name_and_external_id)),
    },
    Case {
        operation_id: "getKObject",
        method: "GET",
        path_template: "/klasses/{name}/{id}",
        path: "/klasses/order/5d2f8e3e2f1c4b0012345710",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"assignedUser\":\"5d2f8e3e2f1c4b0012345601\",\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"doneCount\":1,\"firstDone\":{\"assignedUser\":\"5d2f8e3e2f1c4b0012345601\",\"businessTime\":1800000,\"commentCount\":2,\"createdAt\":\"2021-07-01T10:00:00.000Z\",\"createdBy\":\"5d2f8e3e2f1c4b0012345601\",\"time\":3600000},\"icon\":\"cart\",\"images\":[],\"lastDone\":{\"assignedUser\":\"5d2f8e3e2f1c4b0012345601\",\"businessTime\":1800000,\"commentCount\":2,\"createdAt\":\"2021-07-01T10:00:00.000Z\",\"createdBy\":\"5d2f8e3e2f1c4b0012345601\",\"time\":3600000},\"queue\":\"5d2f8e3e2f1c4b0012345730\",\"reopenCount\":0,\"reopenFromDoneCount\":0,\"rev\":1,\"status\":\"done\",\"tags\":[],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-01T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"assignedUser\":\"5d2f8e3e2f1c4b0012345601\",\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"doneCount\":1,\"firstDone\":{\"assignedUser\":\"5d2f8e3e2f1c4b0012345601\",\"businessTime\":1800000,\"commentCount\":2,\"createdAt\":\"2021-07-01T10:00:00.000Z\",\"createdBy\":\"5d2f8e3e2f1c4b0012345601\",\"time\":3600000},\"icon\":\"cart\",\"images\":[],\"lastDone\":{\"assignedUser\":\"5d2f8e3e2f1c4b0012345601\",\"businessTime\":1800000,\"commentCount\":2,\"createdAt\":\"2021-07-01T10:00:00.000Z\",\"createdBy\":\"5d2f8e3e2f1c4b0012345601\",\"time\":3600000},\"queue\":\"5d2f8e3e2f1c4b0012345730\",\"reopenCount\":0,\"reopenFromDoneCount\":0,\"rev\":1,\"status\":\"done\",\"tags\":[],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-01T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_get_k_object,
        empty_segment: Some(("name", empty_get_k_object)),
    },
    Case {
        operation_id: "updateKObject",
        method: "PUT",
        path_template: "/klasses/{name}/{id}",
        path: "/klasses/order/5d2f8e3e2f1c4b0012345710",
        query: &[],
        request_body: Some(
            "{\"custom\":{\"orderStatusStr\":\"delivered\",\"refundedBool\":false},\"rev\":1,\"title\":\"Order #1042\"}",
        ),
        status: 200u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"delivered\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"refundedBool\":false,\"totalPriceNum\":59.9},\"description\":null,\"icon\":\"cart\",\"images\":[],\"rev\":2,\"tags\":[],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-04T16:20:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"delivered\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"refundedBool\":false,\"totalPriceNum\":59.9},\"description\":null,\"icon\":\"cart\",\"images\":[],\"rev\":2,\"tags\":[],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-04T16:20:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_update_k_object,
        empty_segment: Some(("name", empty_update_k_object)),
    },
    Case {
        operation_id: "deleteKObject",
        method: "DELETE",
        path_template: "/klasses/{name}/{id}",
        path: "/klasses/order/5d2f8e3e2f1c4b0012345710",
        query: &[],
        request_body: None,
        status: 204u16,
        response_body: None,
        expected: None,
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_delete_k_object,
        empty_segment: Some(("name", empty_delete_k_object)),
    },
    Case {
        operation_id: "findCompanyKObjects",
        method: "GET",
        path_template: "/companies/{id}/klasses/{name}",
        path: "/companies/5d2f8e3e2f1c4b0012345720/klasses/order",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"icon\":\"cart\",\"images\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-01T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"company\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345720\",\"type\":\"company\"},\"links\":{\"self\":\"/v1/companies/5d2f8e3e2f1c4b0012345720\"}},\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}],\"links\":{\"first\":\"/v1/companies/5d2f8e3e2f1c4b0012345720/klasses/order?page=1&pageSize=100\",\"next\":\"/v1/companies/5d2f8e3e2f1c4b0012345720/klasses/order?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/companies/5d2f8e3e2f1c4b0012345720/klasses/order?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"icon\":\"cart\",\"images\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-01T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"company\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345720\",\"type\":\"company\"},\"links\":{\"self\":\"/v1/companies/5d2f8e3e2f1c4b0012345720\"}},\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}],\"links\":{\"first\":\"/v1/companies/5d2f8e3e2f1c4b0012345720/klasses/order?page=1&pageSize=100\",\"next\":\"/v1/companies/5d2f8e3e2f1c4b0012345720/klasses/order?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/companies/5d2f8e3e2f1c4b0012345720/klasses/order?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_find_company_k_objects,
        empty_segment: Some(("id", empty_find_company_k_objects)),
    },
    Case {
        operation_id: "findCustomerKObjects",
        method: "GET",
        path_template: "/customers/{id}/klasses/{name}",
        path: "/customers/5822a4a5aa5f92110005d69a/klasses/order",
        query: &[],
        request_body: None,
        status: 200u16,
        response_body: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"description\":\"Two pairs of running shoes\",\"icon\":\"cart\",\"images\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-01T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"},{\"attributes\":{\"createdAt\":\"2021-07-02T14:12:00.000Z\",\"custom\":{\"orderNumberNum\":1043,\"orderStatusStr\":\"processing\",\"orderUpdatedAt\":\"2021-07-02T14:10:00.000Z\",\"totalPriceNum\":12.5},\"icon\":\"cart\",\"images\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1043\",\"updatedAt\":\"2021-07-02T14:12:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}],\"links\":{\"first\":\"/v1/customers/5822a4a5aa5f92110005d69a/klasses/order?page=1&pageSize=100\",\"next\":\"/v1/customers/5822a4a5aa5f92110005d69a/klasses/order?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a/klasses/order?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        expected: Some(
            "{\"data\":[{\"attributes\":{\"createdAt\":\"2021-07-01T09:00:00.000Z\",\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"description\":\"Two pairs of running shoes\",\"icon\":\"cart\",\"images\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1042\",\"updatedAt\":\"2021-07-01T09:00:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345710\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345710\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"},{\"attributes\":{\"createdAt\":\"2021-07-02T14:12:00.000Z\",\"custom\":{\"orderNumberNum\":1043,\"orderStatusStr\":\"processing\",\"orderUpdatedAt\":\"2021-07-02T14:10:00.000Z\",\"totalPriceNum\":12.5},\"icon\":\"cart\",\"images\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1043\",\"updatedAt\":\"2021-07-02T14:12:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}],\"links\":{\"first\":\"/v1/customers/5822a4a5aa5f92110005d69a/klasses/order?page=1&pageSize=100\",\"next\":\"/v1/customers/5822a4a5aa5f92110005d69a/klasses/order?page=2&pageSize=100\",\"prev\":null,\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a/klasses/order?page=1&pageSize=100\"},\"meta\":{\"page\":1,\"pageSize\":100}}",
        ),
        not_found_is_none: false,
        retried: true,
        secrets: &[],
        call: call_find_customer_k_objects,
        empty_segment: Some(("id", empty_find_customer_k_objects)),
    },
    Case {
        operation_id: "createCustomerKObject",
        method: "POST",
        path_template: "/customers/{id}/klasses/{name}",
        path: "/customers/5822a4a5aa5f92110005d69a/klasses/order",
        query: &[],
        request_body: Some(
            "{\"custom\":{\"orderNumberNum\":1043,\"orderStatusStr\":\"processing\",\"orderUpdatedAt\":\"2021-07-02T14:10:00.000Z\",\"totalPriceNum\":12.5},\"externalId\":\"shop-1043\",\"icon\":\"cart\",\"title\":\"Order #1043\"}",
        ),
        status: 201u16,
        response_body: Some(
            "{\"data\":{\"attributes\":{\"createdAt\":\"2021-07-02T14:12:00.000Z\",\"custom\":{\"orderNumberNum\":1043,\"orderStatusStr\":\"processing\",\"orderUpdatedAt\":\"2021-07-02T14:10:00.000Z\",\"totalPriceNum\":12.5},\"icon\":\"cart\",\"images\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1043\",\"updatedAt\":\"2021-07-02T14:12:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}}",
        ),
        expected: Some(
            "{\"attributes\":{\"createdAt\":\"2021-07-02T14:12:00.000Z\",\"custom\":{\"orderNumberNum\":1043,\"orderStatusStr\":\"processing\",\"orderUpdatedAt\":\"2021-07-02T14:10:00.000Z\",\"totalPriceNum\":12.5},\"icon\":\"cart\",\"images\":[],\"rev\":1,\"tags\":[],\"title\":\"Order #1043\",\"updatedAt\":\"2021-07-02T14:12:00.000Z\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"links\":{\"self\":\"/v1/klasses/order/5d2f8e3e2f1c4b0012345711\"},\"relationships\":{\"customer\":{\"data\":{\"id\":\"5822a4a5aa5f92110005d69a\",\"type\":\"customer\"},\"links\":{\"self\":\"/v1/customers/5822a4a5aa5f92110005d69a\"}},\"klass\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345700\",\"type\":\"klass\"},\"link\":{\"self\":\"/v1/klasses/5d2f8e3e2f1c4b0012345700\"}},\"org\":{\"data\":{\"id\":\"5d2f8e3e2f1c4b0012345600\",\"type\":\"org\"},\"links\":{\"self\":\"/v1/orgs/5d2f8e3e2f1c4b0012345600\"}}},\"type\":\"kobject\"}",
        ),
        not_found_is_none: false,
        retried: false,
        secrets: &[],
        call: call_create_customer_k_object,
        empty_segment: Some(("id", empty_create_customer_k_object)),
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
fn call_get_auth_settings(c: Client) -> Call {
    Box::pin(async move { outcome(c.auth().get_settings().await) })
}
fn call_update_auth_settings(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::AuthSettingsUpdate = arg(
            "body",
            "{\"app\":{\"userSessionExpirationMilliseconds\":43200000},\"google\":{\"enabled\":true},\"kustomer\":{\"enabled\":true},\"saml\":{\"enabled\":false}}",
        );
        outcome(c.auth().update_settings(&a0).await)
    })
}
fn call_get_auth_customer_settings(c: Client) -> Call {
    Box::pin(async move { outcome(c.auth().get_customer_settings().await) })
}
fn call_get_public_auth_settings(c: Client) -> Call {
    Box::pin(async move { outcome(c.auth().get_public_settings().await) })
}
fn call_get_auth_tokens(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.auth().list_tokens_page(a0, a1).await)
    })
}
fn call_create_token(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::AuthTokenCreate = arg(
            "body",
            "{\"domain\":\"acme\",\"email\":\"jane@example.com\",\"password\":\"correct-horse-battery-staple\",\"remember\":true}",
        );
        outcome(c.auth().create_token(&a0).await)
    })
}
fn call_get_current_auth_token(c: Client) -> Call {
    Box::pin(async move { outcome(c.auth().get_current_token().await) })
}
fn call_delete_current_auth_token(c: Client) -> Call {
    Box::pin(async move { outcome(c.auth().delete_current_token().await) })
}
fn call_get_auth_token_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345640\"");
        outcome(c.auth().get_token(&a0).await)
    })
}
fn empty_get_auth_token_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.auth().get_token(&a0).await)
    })
}
fn call_delete_auth_token_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345640\"");
        outcome(c.auth().delete_token(&a0).await)
    })
}
fn empty_delete_auth_token_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.auth().delete_token(&a0).await)
    })
}
fn call_get_auth_roles(c: Client) -> Call {
    Box::pin(async move { outcome(c.auth().list_roles().await) })
}
fn call_get_brands(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.brands().list_page(a0, a1).await)
    })
}
fn call_create_brand(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::BrandWrite = arg(
            "body",
            "{\"iconUrl\":\"https://cdn.example.com/brands/acme-outdoors.png\",\"name\":\"Acme Outdoors\"}",
        );
        outcome(c.brands().create(&a0).await)
    })
}
fn call_get_default_brand(c: Client) -> Call {
    Box::pin(async move { outcome(c.brands().get_default().await) })
}
fn call_get_brand_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345611\"");
        outcome(c.brands().get(&a0).await)
    })
}
fn empty_get_brand_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.brands().get(&a0).await)
    })
}
fn call_patch_brand(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345611\"");
        let a1: kustomer_client::types::BrandWrite = arg(
            "body",
            "{\"iconUrl\":\"https://cdn.example.com/brands/acme-outdoor-gear.png\",\"name\":\"Acme Outdoor Gear\"}",
        );
        outcome(c.brands().patch(&a0, &a1).await)
    })
}
fn empty_patch_brand(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::BrandWrite = arg(
            "body",
            "{\"iconUrl\":\"https://cdn.example.com/brands/acme-outdoor-gear.png\",\"name\":\"Acme Outdoor Gear\"}",
        );
        outcome(c.brands().patch(&a0, &a1).await)
    })
}
fn call_get_all_schedules(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.schedules().list_page(a0, a1).await)
    })
}
fn call_create_schedule(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::ScheduleWrite = arg(
            "body",
            "{\"default\":false,\"hours\":{\"0\":null,\"1\":[[540,720],[780,1080]],\"2\":[[540,720],[780,1080]],\"3\":[[540,720],[780,1080]],\"4\":[[540,720],[780,1080]],\"5\":[[540,900]],\"6\":null},\"name\":\"Support hours (EU)\",\"timezone\":\"Europe/Berlin\"}",
        );
        outcome(c.schedules().create(&a0).await)
    })
}
fn call_get_default_schedule(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("include", "null");
        outcome(c.schedules().get_default(a0.as_deref()).await)
    })
}
fn call_get_schedule_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345621\"");
        let a1: ::std::option::Option<::std::string::String> = arg("include", "null");
        outcome(c.schedules().get(&a0, a1.as_deref()).await)
    })
}
fn empty_get_schedule_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::string::String> = arg("include", "null");
        outcome(c.schedules().get(&a0, a1.as_deref()).await)
    })
}
fn call_update_schedule_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345621\"");
        let a1: kustomer_client::types::ScheduleWrite = arg(
            "body",
            "{\"default\":false,\"hours\":{\"0\":null,\"1\":[[540,1080]],\"2\":[[540,1080]],\"3\":[[540,1080]],\"4\":[[540,1080]],\"5\":[[540,900]],\"6\":[[600,840]]},\"name\":\"Support hours (EU)\",\"timezone\":\"Europe/Berlin\"}",
        );
        outcome(c.schedules().update(&a0, &a1).await)
    })
}
fn empty_update_schedule_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::ScheduleWrite = arg(
            "body",
            "{\"default\":false,\"hours\":{\"0\":null,\"1\":[[540,1080]],\"2\":[[540,1080]],\"3\":[[540,1080]],\"4\":[[540,1080]],\"5\":[[540,900]],\"6\":[[600,840]]},\"name\":\"Support hours (EU)\",\"timezone\":\"Europe/Berlin\"}",
        );
        outcome(c.schedules().update(&a0, &a1).await)
    })
}
fn call_delete_schedule_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345621\"");
        outcome(c.schedules().delete(&a0).await)
    })
}
fn empty_delete_schedule_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.schedules().delete(&a0).await)
    })
}
fn call_get_custom_attribute_metadata(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("resource", "\"customer\"");
        outcome(c.metadata().get(&a0).await)
    })
}
fn empty_get_custom_attribute_metadata(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.metadata().get(&a0).await)
    })
}
fn call_update_custom_attribute_metadata(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("resource", "\"customer\"");
        let a1: kustomer_client::types::MetadataUpdate = arg(
            "body",
            "{\"properties\":{\"loyaltyTierStr\":{\"displayName\":\"Loyalty Tier\",\"enumeration\":[\"bronze\",\"silver\",\"gold\"],\"sensitive\":{\"enabled\":true,\"maskType\":\"partial\"}}}}",
        );
        outcome(c.metadata().update(&a0, &a1).await)
    })
}
fn empty_update_custom_attribute_metadata(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::MetadataUpdate = arg(
            "body",
            "{\"properties\":{\"loyaltyTierStr\":{\"displayName\":\"Loyalty Tier\",\"enumeration\":[\"bronze\",\"silver\",\"gold\"],\"sensitive\":{\"enabled\":true,\"maskType\":\"partial\"}}}}",
        );
        outcome(c.metadata().update(&a0, &a1).await)
    })
}
fn call_get_audit_logs(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("after", "null");
        let a1: ::std::option::Option<::std::string::String> = arg("before", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("count", "null");
        let a3: ::std::option::Option<::std::string::String> = arg("filter_end", "null");
        let a4: ::std::option::Option<::std::string::String> = arg(
            "filter_include",
            "null",
        );
        let a5: ::std::option::Option<::std::string::String> = arg(
            "filter_object_id",
            "null",
        );
        let a6: ::std::option::Option<
            kustomer_client::types::GetAuditLogsFilterObjectType,
        > = arg("filter_object_type", "null");
        let a7: ::std::option::Option<::std::string::String> = arg(
            "filter_start",
            "null",
        );
        let a8: ::std::option::Option<::std::string::String> = arg(
            "filter_user_id",
            "null",
        );
        outcome(
            c
                .audit_logs()
                .list(
                    a0.as_deref(),
                    a1.as_deref(),
                    a2,
                    a3.as_deref(),
                    a4.as_deref(),
                    a5.as_deref(),
                    a6,
                    a7.as_deref(),
                    a8.as_deref(),
                )
                .await,
        )
    })
}
fn call_get_companies(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg(
            "external_id",
            "null",
        );
        let a1: ::std::option::Option<::std::string::String> = arg("filter", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.companies().list_page(a0.as_deref(), a1.as_deref(), a2, a3).await)
    })
}
fn call_create_company(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::CompanyWrite = arg(
            "body",
            "{\"custom\":{\"accountTierStr\":\"gold\",\"annualRevenueNum\":1250000,\"renewalAt\":\"2021-01-31T00:00:00.000Z\"},\"domains\":[{\"domain\":\"acme.example.com\"}],\"emails\":[{\"email\":\"info@acme.example.com\",\"type\":\"work\"}],\"employeeCount\":250,\"externalId\":\"acct-1001\",\"locations\":[{\"address\":\"1 Main Street\",\"cityName\":\"Springfield\",\"countryCode\":\"US\",\"type\":\"work\"}],\"name\":\"Acme Corporation\",\"phones\":[{\"phone\":\"+18005550100\",\"type\":\"work\"}],\"tags\":[\"5d2f8e3e2f1c4b0012345710\"],\"urls\":[{\"type\":\"website\",\"url\":\"https://acme.example.com\"}]}",
        );
        outcome(c.companies().create(&a0).await)
    })
}
fn call_bulk_batch_update_companies(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::CompanyBulkUpdate = arg(
            "body",
            "[{\"employeeCount\":300,\"id\":\"5d2f8e3e2f1c4b0012345700\",\"name\":\"Acme Corporation\"},{\"custom\":{\"accountTierStr\":\"gold\"},\"id\":\"5d2f8e3e2f1c4b0012345701\",\"name\":\"Globex Inc\"}]",
        );
        outcome(c.companies().bulk_update(&a0).await)
    })
}
fn call_bulk_create_companies(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::CompanyBulkCreate = arg(
            "body",
            "[{\"domains\":[{\"domain\":\"acme.example.com\"}],\"externalId\":\"acct-1001\",\"name\":\"Acme Corporation\"},{\"custom\":{\"accountTierStr\":\"silver\"},\"externalId\":\"acct-1002\",\"name\":\"Globex Inc\"}]",
        );
        outcome(c.companies().bulk_create(&a0).await)
    })
}
fn call_get_company_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345700\"");
        outcome(c.companies().get(&a0).await)
    })
}
fn empty_get_company_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.companies().get(&a0).await)
    })
}
fn call_update_company_attributes(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345700\"");
        let a1: kustomer_client::types::CompanyUpdate = arg(
            "body",
            "{\"custom\":{\"accountTierStr\":\"platinum\"},\"employeeCount\":300,\"name\":\"Acme Corporation\"}",
        );
        outcome(c.companies().update(&a0, &a1).await)
    })
}
fn empty_update_company_attributes(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::CompanyUpdate = arg(
            "body",
            "{\"custom\":{\"accountTierStr\":\"platinum\"},\"employeeCount\":300,\"name\":\"Acme Corporation\"}",
        );
        outcome(c.companies().update(&a0, &a1).await)
    })
}
fn call_create_customer_merge(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::CustomerMergeWrite = arg(
            "body",
            "{\"source\":\"5d2f8e3e2f1c4b0012345801\",\"target\":\"5d2f8e3e2f1c4b0012345800\"}",
        );
        outcome(c.customer_merges().create(&a0).await)
    })
}
fn call_get_customer_merge(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b00123458a0\"");
        outcome(c.customer_merges().get(&a0).await)
    })
}
fn empty_get_customer_merge(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.customer_merges().get(&a0).await)
    })
}
fn call_get_customer_merges_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345800\"");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.customer_merges().list_by_customer_page(&a0, a1, a2).await)
    })
}
fn empty_get_customer_merges_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.customer_merges().list_by_customer_page(&a0, a1, a2).await)
    })
}
fn call_geta_customer_event(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "customer_id",
            "\"5d2f8e3e2f1c4b0012345800\"",
        );
        let a1: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b00123458b0\"");
        outcome(c.customer_events().get(&a0, &a1).await)
    })
}
fn empty_geta_customer_event(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b00123458b0\"");
        outcome(c.customer_events().get(&a0, &a1).await)
    })
}
fn call_get_all_customer_events(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345800\"");
        let a1: ::std::option::Option<::std::string::String> = arg("name", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.customer_events().list_page(&a0, a1.as_deref(), a2, a3).await)
    })
}
fn empty_get_all_customer_events(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::string::String> = arg("name", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.customer_events().list_page(&a0, a1.as_deref(), a2, a3).await)
    })
}
fn call_get_all_events_by_customer_for_session(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "customer_id",
            "\"5d2f8e3e2f1c4b0012345800\"",
        );
        let a1: ::std::string::String = arg(
            "session_id",
            "\"5d2f8e3e2f1c4b00123458c0\"",
        );
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.customer_events().list_by_session_page(&a0, &a1, a2, a3).await)
    })
}
fn empty_get_all_events_by_customer_for_session(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg(
            "session_id",
            "\"5d2f8e3e2f1c4b00123458c0\"",
        );
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.customer_events().list_by_session_page(&a0, &a1, a2, a3).await)
    })
}
fn call_get_customer_sessions(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345800\"");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.customer_sessions().list_page(&a0, a1, a2).await)
    })
}
fn empty_get_customer_sessions(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.customer_sessions().list_page(&a0, a1, a2).await)
    })
}
fn call_create_unmasking_window_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345800\"");
        outcome(c.unmasking_windows().create_for_customer(&a0).await)
    })
}
fn empty_create_unmasking_window_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.unmasking_windows().create_for_customer(&a0).await)
    })
}
fn call_delete_unmasking_window_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345800\"");
        outcome(c.unmasking_windows().delete_for_customer(&a0).await)
    })
}
fn empty_delete_unmasking_window_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.unmasking_windows().delete_for_customer(&a0).await)
    })
}
fn call_customer_archive_search(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        let a2: kustomer_client::types::ArchiveSearchQuery = arg(
            "body",
            "{\"and\":[{\"customer_updated_at\":{\"gte\":\"2016-01-01\"}}],\"or\":[],\"queryContext\":\"customer\",\"sort\":[{\"customer_updated_at\":\"asc\"}],\"timeZone\":\"America/New_York\"}",
        );
        outcome(c.customers().archive_search_page(a0, a1, &a2).await)
    })
}
fn call_create_tracking_event(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::TrackingEventWrite = arg(
            "body",
            "{\"meta\":{\"planStr\":\"enterprise\",\"seatsNum\":25},\"name\":\"Viewed pricing page\",\"sessionId\":\"5d2f8e3e2f1c4b00123458c0\",\"trackingId\":\"5d2f8e3e2f1c4b00123458e1\"}",
        );
        outcome(c.tracking().create_event(&a0).await)
    })
}
fn call_create_tracking_identity(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::TrackingIdentityWrite = arg(
            "body",
            "{\"custom\":{\"planStr\":\"enterprise\"},\"email\":\"jane@example.com\",\"externalId\":\"crm-42\",\"locale\":\"en_US\",\"name\":\"Jane Doe\",\"sessionId\":\"5d2f8e3e2f1c4b00123458c0\",\"timeZone\":\"America/New_York\",\"trackingId\":\"5d2f8e3e2f1c4b00123458e1\"}",
        );
        outcome(c.tracking().create_identity(&a0).await)
    })
}
fn call_create_tracking_identity_event(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::TrackingIdentityEventWrite = arg(
            "body",
            "{\"event\":{\"meta\":{\"planStr\":\"enterprise\"},\"name\":\"Started trial\",\"sessionId\":\"5d2f8e3e2f1c4b00123458c0\",\"trackingId\":\"5d2f8e3e2f1c4b00123458e1\"},\"identity\":{\"email\":\"jane@example.com\",\"name\":\"Jane Doe\",\"trackingId\":\"5d2f8e3e2f1c4b00123458e1\"}}",
        );
        outcome(c.tracking().create_identity_event(&a0).await)
    })
}
fn call_get_conversations(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        let a2: ::std::option::Option<kustomer_client::types::GetConversationsSort> = arg(
            "sort",
            "null",
        );
        outcome(c.conversations().list_page(a0, a1, a2).await)
    })
}
fn call_create_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::ConversationCreate = arg(
            "body",
            "{\"assignedTeams\":[\"5e1a2b3c4d5e6f0012340020\"],\"custom\":{\"orderNumberStr\":\"1234\",\"refundRequestedBool\":false},\"customer\":\"5e1a2b3c4d5e6f0012340010\",\"defaultLang\":\"en_US\",\"direction\":\"in\",\"externalId\":\"helpdesk-88231\",\"name\":\"Order 1234 has not arrived\",\"priority\":2,\"status\":\"open\",\"tags\":[\"5e1a2b3c4d5e6f0012340030\"]}",
        );
        outcome(c.conversations().create(&a0).await)
    })
}
fn call_bulk_batch_update_conversations(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<
            kustomer_client::types::BulkBatchUpdateConversationsIds,
        > = arg("ids", "null");
        let a1: kustomer_client::types::ConversationBulkUpdate = arg(
            "body",
            "[{\"id\":\"5e1a2b3c4d5e6f0012340100\",\"status\":\"done\"},{\"id\":\"5e1a2b3c4d5e6f0012340101\",\"name\":\"Change my shipping address\",\"priority\":3}]",
        );
        outcome(c.conversations().bulk_update(a0.as_ref(), &a1).await)
    })
}
fn call_bulk_create_conversations(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::ConversationBulkCreate = arg(
            "body",
            "[{\"customer\":\"5e1a2b3c4d5e6f0012340010\",\"externalId\":\"helpdesk-88231\",\"name\":\"Order 1234 has not arrived\"},{\"customer\":\"5e1a2b3c4d5e6f0012340011\",\"externalId\":\"helpdesk-88232\",\"importedAt\":\"2020-03-01T08:00:00Z\",\"name\":\"Change my shipping address\"}]",
        );
        outcome(c.conversations().bulk_create(&a0).await)
    })
}
fn call_get_conversation_by_external_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("external_id", "\"helpdesk-88231\"");
        outcome(c.conversations().get_by_external_id(&a0).await)
    })
}
fn empty_get_conversation_by_external_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.conversations().get_by_external_id(&a0).await)
    })
}
fn call_get_conversation_time_by_ids(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("ids", "\"5e1a2b3c4d5e6f0012340200\"");
        outcome(c.conversation_times().get_by_ids(&a0).await)
    })
}
fn empty_get_conversation_time_by_ids(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.conversation_times().get_by_ids(&a0).await)
    })
}
fn call_get_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a2b3c4d5e6f0012340100\"");
        outcome(c.conversations().get(&a0).await)
    })
}
fn empty_get_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.conversations().get(&a0).await)
    })
}
fn call_update_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a2b3c4d5e6f0012340100\"");
        let a1: ::std::option::Option<bool> = arg("replace", "null");
        let a2: kustomer_client::types::ConversationUpdate = arg(
            "body",
            "{\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"custom\":{\"refundRequestedBool\":true},\"name\":\"Order 1234 has not arrived\",\"rev\":3,\"snooze\":{\"status\":\"scheduled\",\"time\":\"2020-03-03T09:00:00Z\"},\"status\":\"snoozed\"}",
        );
        outcome(c.conversations().update(&a0, a1, &a2).await)
    })
}
fn empty_update_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<bool> = arg("replace", "null");
        let a2: kustomer_client::types::ConversationUpdate = arg(
            "body",
            "{\"assignedUsers\":[\"5e1a2b3c4d5e6f0012340002\"],\"custom\":{\"refundRequestedBool\":true},\"name\":\"Order 1234 has not arrived\",\"rev\":3,\"snooze\":{\"status\":\"scheduled\",\"time\":\"2020-03-03T09:00:00Z\"},\"status\":\"snoozed\"}",
        );
        outcome(c.conversations().update(&a0, a1, &a2).await)
    })
}
fn call_delete_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a2b3c4d5e6f0012340100\"");
        outcome(c.conversations().delete(&a0).await)
    })
}
fn empty_delete_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.conversations().delete(&a0).await)
    })
}
fn call_update_conversation_attributes(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a2b3c4d5e6f0012340100\"");
        let a1: kustomer_client::types::ConversationUpdate = arg(
            "body",
            "{\"priority\":1,\"satisfactionLevel\":{\"channel\":\"email\",\"createdAt\":\"2020-03-02T13:00:00Z\",\"form\":\"5e1a2b3c4d5e6f0012340600\",\"rating\":5,\"status\":\"rated\"},\"sentiment\":{\"confidence\":0.9,\"polarity\":1},\"status\":\"done\"}",
        );
        outcome(c.conversations().patch(&a0, &a1).await)
    })
}
fn empty_update_conversation_attributes(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::ConversationUpdate = arg(
            "body",
            "{\"priority\":1,\"satisfactionLevel\":{\"channel\":\"email\",\"createdAt\":\"2020-03-02T13:00:00Z\",\"form\":\"5e1a2b3c4d5e6f0012340600\",\"rating\":5,\"status\":\"rated\"},\"sentiment\":{\"confidence\":0.9,\"polarity\":1},\"status\":\"done\"}",
        );
        outcome(c.conversations().patch(&a0, &a1).await)
    })
}
fn call_get_conversation_events(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a2b3c4d5e6f0012340100\"");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        let a3: ::std::option::Option<::std::string::String> = arg("sort", "null");
        outcome(c.conversations().list_events_page(&a0, a1, a2, a3.as_deref()).await)
    })
}
fn empty_get_conversation_events(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        let a3: ::std::option::Option<::std::string::String> = arg("sort", "null");
        outcome(c.conversations().list_events_page(&a0, a1, a2, a3.as_deref()).await)
    })
}
fn call_append_tags_to_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a2b3c4d5e6f0012340100\"");
        let a1: kustomer_client::types::ConversationTagList = arg(
            "body",
            "[\"shipping\",\"5e1a2b3c4d5e6f0012340031\"]",
        );
        outcome(c.conversations().append_tags(&a0, &a1).await)
    })
}
fn empty_append_tags_to_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::ConversationTagList = arg(
            "body",
            "[\"shipping\",\"5e1a2b3c4d5e6f0012340031\"]",
        );
        outcome(c.conversations().append_tags(&a0, &a1).await)
    })
}
fn call_remove_tags_from_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a2b3c4d5e6f0012340100\"");
        let a1: kustomer_client::types::ConversationTagList = arg(
            "body",
            "[\"shipping\"]",
        );
        outcome(c.conversations().remove_tags(&a0, &a1).await)
    })
}
fn empty_remove_tags_from_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::ConversationTagList = arg(
            "body",
            "[\"shipping\"]",
        );
        outcome(c.conversations().remove_tags(&a0, &a1).await)
    })
}
fn call_get_conversation_times_by_conversation_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a2b3c4d5e6f0012340100\"");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.conversation_times().list_by_conversation_page(&a0, a1, a2).await)
    })
}
fn empty_get_conversation_times_by_conversation_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.conversation_times().list_by_conversation_page(&a0, a1, a2).await)
    })
}
fn call_get_conversations_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a2b3c4d5e6f0012340010\"");
        let a1: ::std::option::Option<::std::string::String> = arg("from_date", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(
            c.conversations().list_by_customer_page(&a0, a1.as_deref(), a2, a3).await,
        )
    })
}
fn empty_get_conversations_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::string::String> = arg("from_date", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(
            c.conversations().list_by_customer_page(&a0, a1.as_deref(), a2, a3).await,
        )
    })
}
fn call_create_conversation_for_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a2b3c4d5e6f0012340010\"");
        let a1: kustomer_client::types::ConversationCustomerCreate = arg(
            "body",
            "{\"custom\":{\"orderNumberStr\":\"1234\"},\"direction\":\"out\",\"name\":\"Follow-up on order 1234\",\"priority\":2,\"queue\":{\"id\":\"5e1a2b3c4d5e6f0012340040\"},\"status\":\"open\"}",
        );
        outcome(c.conversations().create_for_customer(&a0, &a1).await)
    })
}
fn empty_create_conversation_for_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::ConversationCustomerCreate = arg(
            "body",
            "{\"custom\":{\"orderNumberStr\":\"1234\"},\"direction\":\"out\",\"name\":\"Follow-up on order 1234\",\"priority\":2,\"queue\":{\"id\":\"5e1a2b3c4d5e6f0012340040\"},\"status\":\"open\"}",
        );
        outcome(c.conversations().create_for_customer(&a0, &a1).await)
    })
}
fn call_get_spam_senders(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.spam().list_senders_page(a0, a1).await)
    })
}
fn call_upsert_spam_sender(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::SpamSenderWrite = arg(
            "body",
            "{\"channel\":\"email\",\"list\":\"blacklist\",\"sender\":\"deals@promo.example.net\"}",
        );
        outcome(c.spam().upsert_sender(&a0).await)
    })
}
fn call_delete_spam_sender(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a2b3c4d5e6f0012340500\"");
        outcome(c.spam().delete_sender(&a0).await)
    })
}
fn empty_delete_spam_sender(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.spam().delete_sender(&a0).await)
    })
}
fn call_get_satisfaction(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.satisfaction().list_page(a0, a1).await)
    })
}
fn call_get_sla_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a2b3c4d5e6f0012340700\"");
        let a1: ::std::option::Option<kustomer_client::types::GetSlaByIdVersions> = arg(
            "versions",
            "null",
        );
        outcome(c.slas().get(&a0, a1).await)
    })
}
fn empty_get_sla_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<kustomer_client::types::GetSlaByIdVersions> = arg(
            "versions",
            "null",
        );
        outcome(c.slas().get(&a0, a1).await)
    })
}
fn call_get_messages(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::string::String> = arg("include", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        let a3: ::std::option::Option<::std::string::String> = arg("sort", "null");
        outcome(c.messages().list_page(a0.as_deref(), a1, a2, a3.as_deref()).await)
    })
}
fn call_create_message(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::MessageWrite = arg(
            "body",
            "{\"app\":\"postmark\",\"channel\":\"email\",\"conversation\":\"5d2f8e3e2f1c4b0012345690\",\"custom\":{\"orderNumberStr\":\"1234\",\"priorityNum\":2},\"customer\":\"5d2f8e3e2f1c4b0012345680\",\"direction\":\"in\",\"externalId\":\"0100017a1b2c3d4e-5f6a7b8c-9d0e\",\"lang\":\"en\",\"meta\":{\"from\":\"jane@example.com\",\"to\":[{\"email\":\"support@acme.example.com\"}]},\"preview\":\"Hi, my order 1234 has not arrived yet.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"status\":\"received\",\"subject\":\"Where is my order?\"}",
        );
        outcome(c.messages().create(&a0).await)
    })
}
fn call_bulk_batch_update_messages(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<
            kustomer_client::types::BulkBatchUpdateMessagesIds,
        > = arg("ids", "null");
        let a1: kustomer_client::types::MessageBulkUpdate = arg(
            "body",
            "[{\"custom\":{\"reviewedBool\":true},\"id\":\"5d2f8e3e2f1c4b0012345700\"},{\"custom\":{\"reviewedBool\":true},\"id\":\"5d2f8e3e2f1c4b0012345701\",\"status\":\"sent\"}]",
        );
        outcome(c.messages().bulk_update(a0.as_ref(), &a1).await)
    })
}
fn call_bulk_create_messages(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::MessageBulkCreate = arg(
            "body",
            "[{\"app\":\"chat\",\"channel\":\"chat\",\"conversation\":\"5d2f8e3e2f1c4b0012345690\",\"direction\":\"in\",\"importedAt\":\"2020-03-05T08:00:00Z\",\"preview\":\"Hello, is anyone there?\",\"sentAt\":\"2020-03-02T10:15:00Z\"},{\"app\":\"chat\",\"channel\":\"chat\",\"conversation\":\"5d2f8e3e2f1c4b0012345690\",\"direction\":\"out\",\"importedAt\":\"2020-03-05T08:00:00Z\",\"preview\":\"Hi Jane, how can I help?\",\"sentAt\":\"2020-03-02T10:16:30Z\"}]",
        );
        outcome(c.messages().bulk_create(&a0).await)
    })
}
fn call_get_message_by_external_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "external_id",
            "\"0100017a1b2c3d4e-5f6a7b8c-9d0e\"",
        );
        outcome(c.messages().get_by_external_id(&a0).await)
    })
}
fn empty_get_message_by_external_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.messages().get_by_external_id(&a0).await)
    })
}
fn call_get_message(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345700\"");
        outcome(c.messages().get(&a0).await)
    })
}
fn empty_get_message(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.messages().get(&a0).await)
    })
}
fn call_update_message(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345700\"");
        let a1: ::std::option::Option<bool> = arg("replace", "null");
        let a2: kustomer_client::types::MessageUpdate = arg(
            "body",
            "{\"custom\":{\"reviewedBool\":true},\"reactions\":[{\"createdAt\":\"2020-03-02T11:00:00Z\",\"name\":\"love\",\"subjectId\":\"5d2f8e3e2f1c4b0012345680\",\"subjectType\":\"customer\"}],\"spam\":false,\"status\":\"sent\"}",
        );
        outcome(c.messages().update(&a0, a1, &a2).await)
    })
}
fn empty_update_message(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<bool> = arg("replace", "null");
        let a2: kustomer_client::types::MessageUpdate = arg(
            "body",
            "{\"custom\":{\"reviewedBool\":true},\"reactions\":[{\"createdAt\":\"2020-03-02T11:00:00Z\",\"name\":\"love\",\"subjectId\":\"5d2f8e3e2f1c4b0012345680\",\"subjectType\":\"customer\"}],\"spam\":false,\"status\":\"sent\"}",
        );
        outcome(c.messages().update(&a0, a1, &a2).await)
    })
}
fn call_update_message_attributes(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345700\"");
        let a1: kustomer_client::types::MessagePatch = arg(
            "body",
            "{\"custom\":{\"escalatedAt\":\"2020-03-02T12:00:00Z\",\"reviewedBool\":true},\"lang\":\"en\",\"subject\":\"Re: Where is my order?\"}",
        );
        outcome(c.messages().patch(&a0, &a1).await)
    })
}
fn empty_update_message_attributes(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::MessagePatch = arg(
            "body",
            "{\"custom\":{\"escalatedAt\":\"2020-03-02T12:00:00Z\",\"reviewedBool\":true},\"lang\":\"en\",\"subject\":\"Re: Where is my order?\"}",
        );
        outcome(c.messages().patch(&a0, &a1).await)
    })
}
fn call_redact_message(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345700\"");
        let a1: kustomer_client::types::MessageRedactionWrite = arg(
            "body",
            "{\"preview\":\"My card number is [redacted].\"}",
        );
        outcome(c.messages().redact(&a0, &a1).await)
    })
}
fn empty_redact_message(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::MessageRedactionWrite = arg(
            "body",
            "{\"preview\":\"My card number is [redacted].\"}",
        );
        outcome(c.messages().redact(&a0, &a1).await)
    })
}
fn call_get_attachment_by_message_and_attachment_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg(
            "message_id",
            "\"5d2f8e3e2f1c4b0012345700\"",
        );
        let a1: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345720\"");
        outcome(c.attachments().get_by_message(&a0, &a1).await)
    })
}
fn empty_get_attachment_by_message_and_attachment_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345720\"");
        outcome(c.attachments().get_by_message(&a0, &a1).await)
    })
}
fn call_get_messages_by_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345690\"");
        let a1: ::std::option::Option<
            kustomer_client::types::GetMessagesByConversationInclude,
        > = arg("include", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.messages().list_by_conversation_page(&a0, a1, a2, a3).await)
    })
}
fn empty_get_messages_by_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<
            kustomer_client::types::GetMessagesByConversationInclude,
        > = arg("include", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.messages().list_by_conversation_page(&a0, a1, a2, a3).await)
    })
}
fn call_create_message_from_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345690\"");
        let a1: kustomer_client::types::MessageConversationWrite = arg(
            "body",
            "{\"app\":\"twilio\",\"auto\":false,\"channel\":\"sms\",\"custom\":{\"campaignStr\":\"spring-sale\"},\"direction\":\"out\",\"preview\":\"Your order 1234 has shipped.\",\"sentAt\":\"2020-03-02T11:00:00Z\",\"status\":\"sent\"}",
        );
        outcome(c.messages().create_for_conversation(&a0, &a1).await)
    })
}
fn empty_create_message_from_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::MessageConversationWrite = arg(
            "body",
            "{\"app\":\"twilio\",\"auto\":false,\"channel\":\"sms\",\"custom\":{\"campaignStr\":\"spring-sale\"},\"direction\":\"out\",\"preview\":\"Your order 1234 has shipped.\",\"sentAt\":\"2020-03-02T11:00:00Z\",\"status\":\"sent\"}",
        );
        outcome(c.messages().create_for_conversation(&a0, &a1).await)
    })
}
fn call_get_conversation_attachments(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345690\"");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.attachments().list_by_conversation_page(&a0, a1, a2).await)
    })
}
fn empty_get_conversation_attachments(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.attachments().list_by_conversation_page(&a0, a1, a2).await)
    })
}
fn call_get_messages_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345680\"");
        let a1: ::std::option::Option<::std::string::String> = arg("include", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.messages().list_by_customer_page(&a0, a1.as_deref(), a2, a3).await)
    })
}
fn empty_get_messages_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::string::String> = arg("include", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.messages().list_by_customer_page(&a0, a1.as_deref(), a2, a3).await)
    })
}
fn call_create_message_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345680\"");
        let a1: kustomer_client::types::MessageCustomerWrite = arg(
            "body",
            "{\"app\":\"postmark\",\"attachments\":[\"5d2f8e3e2f1c4b0012345720\"],\"channel\":\"email\",\"direction\":\"in\",\"location\":{\"cityName\":\"Springfield\",\"countryCode\":\"US\"},\"preview\":\"Hi, my order 1234 has not arrived yet.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"subject\":\"Where is my order?\"}",
        );
        outcome(c.messages().create_for_customer(&a0, &a1).await)
    })
}
fn empty_create_message_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::MessageCustomerWrite = arg(
            "body",
            "{\"app\":\"postmark\",\"attachments\":[\"5d2f8e3e2f1c4b0012345720\"],\"channel\":\"email\",\"direction\":\"in\",\"location\":{\"cityName\":\"Springfield\",\"countryCode\":\"US\"},\"preview\":\"Hi, my order 1234 has not arrived yet.\",\"sentAt\":\"2020-03-02T10:15:00Z\",\"subject\":\"Where is my order?\"}",
        );
        outcome(c.messages().create_for_customer(&a0, &a1).await)
    })
}
fn call_create_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::AttachmentWrite = arg(
            "body",
            "{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"}",
        );
        outcome(c.attachments().create(&a0).await)
    })
}
fn call_get_attachments_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345720\"");
        outcome(c.attachments().get(&a0).await)
    })
}
fn empty_get_attachments_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.attachments().get(&a0).await)
    })
}
fn call_upsert_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345720\"");
        let a1: kustomer_client::types::AttachmentUpdate = arg(
            "body",
            "{\"contentLength\":48990,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234-corrected.pdf\",\"redacted\":false}",
        );
        outcome(c.attachments().upsert(&a0, &a1).await)
    })
}
fn empty_upsert_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::AttachmentUpdate = arg(
            "body",
            "{\"contentLength\":48990,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234-corrected.pdf\",\"redacted\":false}",
        );
        outcome(c.attachments().upsert(&a0, &a1).await)
    })
}
fn call_get_notes_for_org(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.notes().list_page(a0, a1).await)
    })
}
fn call_create_note(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::NoteWrite = arg(
            "body",
            "{\"body\":\"Customer asked for a refund of order 1234; @Finance please check.\",\"externalId\":\"crm-note-981\",\"lang\":\"en\",\"userMentions\":[{\"team\":\"5e1a9c3f7b2d4a0011110500\"}]}",
        );
        outcome(c.notes().create(&a0).await)
    })
}
fn call_bulk_batch_update_notes(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<kustomer_client::types::BulkBatchUpdateNotesIds> = arg(
            "ids",
            "null",
        );
        let a1: kustomer_client::types::NoteBulkUpdate = arg(
            "body",
            "[{\"body\":\"Refund approved by finance.\",\"id\":\"5e1a9c3f7b2d4a0011110001\"},{\"deleted\":true,\"id\":\"5e1a9c3f7b2d4a0011110002\"}]",
        );
        outcome(c.notes().bulk_update(a0.as_ref(), &a1).await)
    })
}
fn call_bulk_create_notes(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::NoteBulkCreate = arg(
            "body",
            "[{\"body\":\"Imported from the previous helpdesk.\",\"conversation\":\"5e1a9c3f7b2d4a0011110400\",\"externalId\":\"legacy-note-1\",\"importedAt\":\"2020-01-10T08:00:00Z\"},{\"attachments\":[{\"_id\":\"5e1a9c3f7b2d4a0011110600\",\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"receipt-1234.pdf\"}],\"body\":\"Refund approved, see the attached receipt.\",\"conversation\":\"5e1a9c3f7b2d4a0011110401\"}]",
        );
        outcome(c.notes().bulk_create(&a0).await)
    })
}
fn call_get_note_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a9c3f7b2d4a0011110001\"");
        outcome(c.notes().get(&a0).await)
    })
}
fn empty_get_note_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.notes().get(&a0).await)
    })
}
fn call_update_note_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a9c3f7b2d4a0011110001\"");
        let a1: ::std::option::Option<bool> = arg("replace", "null");
        let a2: kustomer_client::types::NoteUpdate = arg(
            "body",
            "{\"body\":\"Refund approved by finance; customer informed.\",\"conversation\":\"5e1a9c3f7b2d4a0011110400\",\"lang\":\"en\",\"userMentions\":[{\"user\":\"5e1a9c3f7b2d4a0011110201\"}]}",
        );
        outcome(c.notes().update(&a0, a1, &a2).await)
    })
}
fn empty_update_note_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<bool> = arg("replace", "null");
        let a2: kustomer_client::types::NoteUpdate = arg(
            "body",
            "{\"body\":\"Refund approved by finance; customer informed.\",\"conversation\":\"5e1a9c3f7b2d4a0011110400\",\"lang\":\"en\",\"userMentions\":[{\"user\":\"5e1a9c3f7b2d4a0011110201\"}]}",
        );
        outcome(c.notes().update(&a0, a1, &a2).await)
    })
}
fn call_delete_note_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a9c3f7b2d4a0011110001\"");
        outcome(c.notes().delete(&a0).await)
    })
}
fn empty_delete_note_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.notes().delete(&a0).await)
    })
}
fn call_patch_note_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a9c3f7b2d4a0011110001\"");
        let a1: kustomer_client::types::NotePatch = arg(
            "body",
            "{\"body\":\"Refund approved by finance.\"}",
        );
        outcome(c.notes().patch(&a0, &a1).await)
    })
}
fn empty_patch_note_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::NotePatch = arg(
            "body",
            "{\"body\":\"Refund approved by finance.\"}",
        );
        outcome(c.notes().patch(&a0, &a1).await)
    })
}
fn call_get_notes_by_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a9c3f7b2d4a0011110400\"");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.notes().list_by_conversation_page(&a0, a1, a2).await)
    })
}
fn empty_get_notes_by_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.notes().list_by_conversation_page(&a0, a1, a2).await)
    })
}
fn call_create_note_within_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a9c3f7b2d4a0011110400\"");
        let a1: kustomer_client::types::NoteConversationWrite = arg(
            "body",
            "{\"body\":\"@Sam can you confirm the new shipping address?\",\"lang\":\"en\",\"userMentions\":[{\"user\":\"5e1a9c3f7b2d4a0011110201\"}]}",
        );
        outcome(c.notes().create_in_conversation(&a0, &a1).await)
    })
}
fn empty_create_note_within_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::NoteConversationWrite = arg(
            "body",
            "{\"body\":\"@Sam can you confirm the new shipping address?\",\"lang\":\"en\",\"userMentions\":[{\"user\":\"5e1a9c3f7b2d4a0011110201\"}]}",
        );
        outcome(c.notes().create_in_conversation(&a0, &a1).await)
    })
}
fn call_get_notes_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a9c3f7b2d4a0011110300\"");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.notes().list_by_customer_page(&a0, a1, a2).await)
    })
}
fn empty_get_notes_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.notes().list_by_customer_page(&a0, a1, a2).await)
    })
}
fn call_create_media(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::MediaWrite = arg(
            "body",
            "{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"receipt-1234.pdf\"}",
        );
        outcome(c.media().create(&a0).await)
    })
}
fn call_get_mediaby_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a9c3f7b2d4a0011110600\"");
        outcome(c.media().get(&a0).await)
    })
}
fn empty_get_mediaby_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.media().get(&a0).await)
    })
}
fn call_update_media(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5e1a9c3f7b2d4a0011110600\"");
        let a1: kustomer_client::types::MediaUpdate = arg(
            "body",
            "{\"name\":\"receipt-1234-redacted.pdf\",\"redacted\":true}",
        );
        outcome(c.media().update(&a0, &a1).await)
    })
}
fn empty_update_media(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::MediaUpdate = arg(
            "body",
            "{\"name\":\"receipt-1234-redacted.pdf\",\"redacted\":true}",
        );
        outcome(c.media().update(&a0, &a1).await)
    })
}
fn call_get_all_drafts_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5822a4a5aa5f92110005d69a\"");
        let a1: ::std::option::Option<::std::string::String> = arg("include", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.drafts().list_by_customer_page(&a0, a1.as_deref(), a2, a3).await)
    })
}
fn empty_get_all_drafts_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::string::String> = arg("include", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.drafts().list_by_customer_page(&a0, a1.as_deref(), a2, a3).await)
    })
}
fn call_create_draft_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5822a4a5aa5f92110005d69a\"");
        let a1: kustomer_client::types::DraftCreate = arg(
            "body",
            "{\"app\":\"postmark\",\"body\":\"Hi Jane, your order 1234 has shipped.\",\"channel\":\"email\",\"conversation\":\"5d2f8e3e2f1c4b0012345901\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"lang\":\"en\",\"subject\":\"Your order 1234\",\"to\":[{\"email\":\"jane@example.com\",\"name\":\"Jane Doe\"}]}",
        );
        outcome(c.drafts().create_for_customer(&a0, &a1).await)
    })
}
fn empty_create_draft_by_customer(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::DraftCreate = arg(
            "body",
            "{\"app\":\"postmark\",\"body\":\"Hi Jane, your order 1234 has shipped.\",\"channel\":\"email\",\"conversation\":\"5d2f8e3e2f1c4b0012345901\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"lang\":\"en\",\"subject\":\"Your order 1234\",\"to\":[{\"email\":\"jane@example.com\",\"name\":\"Jane Doe\"}]}",
        );
        outcome(c.drafts().create_for_customer(&a0, &a1).await)
    })
}
fn call_update_draft(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345801\"");
        let a1: kustomer_client::types::DraftUpdate = arg(
            "body",
            "{\"body\":\"Hi Jane, your order 1234 has shipped and arrives on Friday.\",\"channel\":\"email\",\"sendAt\":\"2020-03-02T15:00:00.000Z\",\"subject\":\"Your order 1234 is on its way\"}",
        );
        outcome(c.drafts().update(&a0, &a1).await)
    })
}
fn empty_update_draft(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::DraftUpdate = arg(
            "body",
            "{\"body\":\"Hi Jane, your order 1234 has shipped and arrives on Friday.\",\"channel\":\"email\",\"sendAt\":\"2020-03-02T15:00:00.000Z\",\"subject\":\"Your order 1234 is on its way\"}",
        );
        outcome(c.drafts().update(&a0, &a1).await)
    })
}
fn call_delete_draft(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345801\"");
        outcome(c.drafts().delete(&a0).await)
    })
}
fn empty_delete_draft(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.drafts().delete(&a0).await)
    })
}
fn call_get_draft_attachments(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345801\"");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.drafts().list_attachments_page(&a0, a1, a2).await)
    })
}
fn empty_get_draft_attachments(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.drafts().list_attachments_page(&a0, a1, a2).await)
    })
}
fn call_create_draft_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345801\"");
        let a1: kustomer_client::types::DraftAttachmentCreate = arg(
            "body",
            "{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"}",
        );
        outcome(c.drafts().create_attachment(&a0, &a1).await)
    })
}
fn empty_create_draft_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::DraftAttachmentCreate = arg(
            "body",
            "{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"}",
        );
        outcome(c.drafts().create_attachment(&a0, &a1).await)
    })
}
fn call_get_draft_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345801\"");
        let a1: ::std::string::String = arg(
            "attachment_id",
            "\"5d2f8e3e2f1c4b0012345811\"",
        );
        outcome(c.drafts().get_attachment(&a0, &a1).await)
    })
}
fn empty_get_draft_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg(
            "attachment_id",
            "\"5d2f8e3e2f1c4b0012345811\"",
        );
        outcome(c.drafts().get_attachment(&a0, &a1).await)
    })
}
fn call_delete_draft_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345801\"");
        let a1: ::std::string::String = arg(
            "attachment_id",
            "\"5d2f8e3e2f1c4b0012345811\"",
        );
        outcome(c.drafts().delete_attachment(&a0, &a1).await)
    })
}
fn empty_delete_draft_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg(
            "attachment_id",
            "\"5d2f8e3e2f1c4b0012345811\"",
        );
        outcome(c.drafts().delete_attachment(&a0, &a1).await)
    })
}
fn call_get_all_forwards_by_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345901\"");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.forwards().list_by_conversation_page(&a0, a1, a2).await)
    })
}
fn empty_get_all_forwards_by_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.forwards().list_by_conversation_page(&a0, a1, a2).await)
    })
}
fn call_create_forward_by_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345901\"");
        let a1: kustomer_client::types::ForwardCreate = arg(
            "body",
            "{\"app\":\"postmark\",\"body\":\"Please check the shipping address on this order.\",\"channel\":\"email\",\"customer\":\"5822a4a5aa5f92110005d69a\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"subject\":\"Fwd: Order 1234\",\"to\":[{\"email\":\"warehouse@acme.example.com\",\"name\":\"Warehouse team\"}]}",
        );
        outcome(c.forwards().create_for_conversation(&a0, &a1).await)
    })
}
fn empty_create_forward_by_conversation(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::ForwardCreate = arg(
            "body",
            "{\"app\":\"postmark\",\"body\":\"Please check the shipping address on this order.\",\"channel\":\"email\",\"customer\":\"5822a4a5aa5f92110005d69a\",\"from\":{\"email\":\"support@acme.example.com\",\"name\":\"Acme Support\"},\"subject\":\"Fwd: Order 1234\",\"to\":[{\"email\":\"warehouse@acme.example.com\",\"name\":\"Warehouse team\"}]}",
        );
        outcome(c.forwards().create_for_conversation(&a0, &a1).await)
    })
}
fn call_geta_draft_forward_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345911\"");
        outcome(c.forwards().get(&a0).await)
    })
}
fn empty_geta_draft_forward_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.forwards().get(&a0).await)
    })
}
fn call_update_draft_forward(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345911\"");
        let a1: kustomer_client::types::ForwardUpdate = arg(
            "body",
            "{\"attachments\":[{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"id\":\"5d2f8e3e2f1c4b0012345921\",\"name\":\"invoice-1234.pdf\"}],\"sendAt\":\"2020-03-02T15:00:00.000Z\",\"subject\":\"Fwd: Order 1234 (address check)\"}",
        );
        outcome(c.forwards().update(&a0, &a1).await)
    })
}
fn empty_update_draft_forward(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::ForwardUpdate = arg(
            "body",
            "{\"attachments\":[{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"id\":\"5d2f8e3e2f1c4b0012345921\",\"name\":\"invoice-1234.pdf\"}],\"sendAt\":\"2020-03-02T15:00:00.000Z\",\"subject\":\"Fwd: Order 1234 (address check)\"}",
        );
        outcome(c.forwards().update(&a0, &a1).await)
    })
}
fn call_get_forward_attachments(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345911\"");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.forwards().list_attachments_page(&a0, a1, a2).await)
    })
}
fn empty_get_forward_attachments(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.forwards().list_attachments_page(&a0, a1, a2).await)
    })
}
fn call_create_forward_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345911\"");
        let a1: kustomer_client::types::ForwardAttachmentCreate = arg(
            "body",
            "{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"}",
        );
        outcome(c.forwards().create_attachment(&a0, &a1).await)
    })
}
fn empty_create_forward_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::ForwardAttachmentCreate = arg(
            "body",
            "{\"contentLength\":48213,\"contentType\":\"application/pdf\",\"name\":\"invoice-1234.pdf\"}",
        );
        outcome(c.forwards().create_attachment(&a0, &a1).await)
    })
}
fn call_get_forward_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345911\"");
        let a1: ::std::string::String = arg(
            "attachment_id",
            "\"5d2f8e3e2f1c4b0012345921\"",
        );
        outcome(c.forwards().get_attachment(&a0, &a1).await)
    })
}
fn empty_get_forward_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg(
            "attachment_id",
            "\"5d2f8e3e2f1c4b0012345921\"",
        );
        outcome(c.forwards().get_attachment(&a0, &a1).await)
    })
}
fn call_delete_forward_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345911\"");
        let a1: ::std::string::String = arg(
            "attachment_id",
            "\"5d2f8e3e2f1c4b0012345921\"",
        );
        outcome(c.forwards().delete_attachment(&a0, &a1).await)
    })
}
fn empty_delete_forward_attachment(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg(
            "attachment_id",
            "\"5d2f8e3e2f1c4b0012345921\"",
        );
        outcome(c.forwards().delete_attachment(&a0, &a1).await)
    })
}
fn call_get_outbound_accounts(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.outbound_accounts().list_page(a0, a1).await)
    })
}
fn call_get_users(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<bool> = arg("deleted", "null");
        let a1: ::std::option::Option<::std::string::String> = arg("email", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        let a4: ::std::option::Option<bool> = arg("pending", "null");
        let a5: ::std::option::Option<kustomer_client::types::GetUsersUserType> = arg(
            "user_type",
            "null",
        );
        outcome(c.users().list_page(a0, a1.as_deref(), a2, a3, a4, a5).await)
    })
}
fn call_create_invite_new_user(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::UserCreate = arg(
            "body",
            "{\"displayName\":\"Sam\",\"email\":\"sam.lee@example.com\",\"mobile\":\"+14155550188\",\"name\":\"Sam Lee\",\"roleGroups\":[\"5d2f8e3e2f1c4b0012345722\"],\"roles\":[\"org.user\",\"org.user.customer.read\"],\"userType\":\"user\"}",
        );
        outcome(c.users().create(&a0).await)
    })
}
fn call_get_current_user(c: Client) -> Call {
    Box::pin(async move { outcome(c.users().get_current().await) })
}
fn call_update_current_user(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::UserUpdate = arg(
            "body",
            "{\"displayName\":\"Alex M.\",\"emailSignature\":\"Alex Morgan, Support Lead\",\"mobile\":\"+14155550124\"}",
        );
        outcome(c.users().update_current(&a0).await)
    })
}
fn call_reset_users_password(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::UserPasswordReset = arg(
            "body",
            "{\"domain\":\"acme\",\"email\":\"jamie.rivera@example.com\"}",
        );
        outcome(c.users().reset_password(&a0).await)
    })
}
fn call_get_user_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345702\"");
        outcome(c.users().get(&a0).await)
    })
}
fn empty_get_user_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.users().get(&a0).await)
    })
}
fn call_update_user_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345702\"");
        let a1: kustomer_client::types::UserUpdate = arg(
            "body",
            "{\"displayName\":\"Jamie R.\",\"roleGroups\":[\"5d2f8e3e2f1c4b0012345722\"],\"roles\":[\"org.user\",\"org.user.customer.read\",\"org.user.conversation.write\"]}",
        );
        outcome(c.users().update(&a0, &a1).await)
    })
}
fn empty_update_user_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::UserUpdate = arg(
            "body",
            "{\"displayName\":\"Jamie R.\",\"roleGroups\":[\"5d2f8e3e2f1c4b0012345722\"],\"roles\":[\"org.user\",\"org.user.customer.read\",\"org.user.conversation.write\"]}",
        );
        outcome(c.users().update(&a0, &a1).await)
    })
}
fn call_get_multiple_users_by_ids(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("ids", "\"5d2f8e3e2f1c4b0012345702\"");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.users().get_many_page(&a0, a1, a2).await)
    })
}
fn empty_get_multiple_users_by_ids(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.users().get_many_page(&a0, a1, a2).await)
    })
}
fn call_get_users_teams(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345702\"");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.teams().list_by_user_page(&a0, a1, a2).await)
    })
}
fn empty_get_users_teams(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.teams().list_by_user_page(&a0, a1, a2).await)
    })
}
fn call_get_teams(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.teams().list_page(a0, a1).await)
    })
}
fn call_create_team(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::TeamWrite = arg(
            "body",
            "{\"displayName\":\"Escalations (EU)\",\"externalId\":\"crm-team-7\",\"icon\":\"flag\",\"members\":[\"5d2f8e3e2f1c4b0012345702\"],\"name\":\"Escalations\"}",
        );
        outcome(c.teams().create(&a0).await)
    })
}
fn call_get_team_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345711\"");
        outcome(c.teams().get(&a0).await)
    })
}
fn empty_get_team_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.teams().get(&a0).await)
    })
}
fn call_update_team_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345711\"");
        let a1: kustomer_client::types::TeamUpdate = arg(
            "body",
            "{\"displayName\":\"Tier 1\",\"icon\":\"headset\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\",\"5d2f8e3e2f1c4b0012345703\"],\"name\":\"Tier 1 Support\"}",
        );
        outcome(c.teams().update(&a0, &a1).await)
    })
}
fn empty_update_team_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::TeamUpdate = arg(
            "body",
            "{\"displayName\":\"Tier 1\",\"icon\":\"headset\",\"members\":[\"5d2f8e3e2f1c4b0012345702\",\"5d2f8e3e2f1c4b0012345601\",\"5d2f8e3e2f1c4b0012345703\"],\"name\":\"Tier 1 Support\"}",
        );
        outcome(c.teams().update(&a0, &a1).await)
    })
}
fn call_delete_team(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345711\"");
        outcome(c.teams().delete(&a0).await)
    })
}
fn empty_delete_team(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.teams().delete(&a0).await)
    })
}
fn call_update_team_attributes(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345711\"");
        let a1: kustomer_client::types::TeamPatch = arg(
            "body",
            "{\"name\":\"Tier 1 Support (Americas)\"}",
        );
        outcome(c.teams().patch(&a0, &a1).await)
    })
}
fn empty_update_team_attributes(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::TeamPatch = arg(
            "body",
            "{\"name\":\"Tier 1 Support (Americas)\"}",
        );
        outcome(c.teams().patch(&a0, &a1).await)
    })
}
fn call_add_team_member(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345711\"");
        let a1: kustomer_client::types::TeamMembersWrite = arg(
            "body",
            "{\"members\":[\"5d2f8e3e2f1c4b0012345703\"]}",
        );
        outcome(c.teams().add_members(&a0, &a1).await)
    })
}
fn empty_add_team_member(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::TeamMembersWrite = arg(
            "body",
            "{\"members\":[\"5d2f8e3e2f1c4b0012345703\"]}",
        );
        outcome(c.teams().add_members(&a0, &a1).await)
    })
}
fn call_remove_team_member(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345711\"");
        let a1: kustomer_client::types::TeamMembersWrite = arg(
            "body",
            "{\"members\":[\"5d2f8e3e2f1c4b0012345601\"]}",
        );
        outcome(c.teams().remove_members(&a0, &a1).await)
    })
}
fn empty_remove_team_member(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::TeamMembersWrite = arg(
            "body",
            "{\"members\":[\"5d2f8e3e2f1c4b0012345601\"]}",
        );
        outcome(c.teams().remove_members(&a0, &a1).await)
    })
}
fn call_get_all_role_groups(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.role_groups().list_page(a0, a1).await)
    })
}
fn call_create_role_group(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::RoleGroupWrite = arg(
            "body",
            "{\"description\":\"Support agents who may also read billing data.\",\"display\":true,\"name\":\"Billing agent\",\"roles\":[\"org.user.customer.read\",\"org.user.conversation.write\"]}",
        );
        outcome(c.role_groups().create(&a0).await)
    })
}
fn call_get_role_group_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345722\"");
        outcome(c.role_groups().get(&a0).await)
    })
}
fn empty_get_role_group_by_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.role_groups().get(&a0).await)
    })
}
fn call_update_role_group(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345722\"");
        let a1: kustomer_client::types::RoleGroupUpdate = arg(
            "body",
            "{\"description\":\"Reads customers, works conversations and reads the audit log.\",\"roles\":[\"org.user.customer.read\",\"org.user.conversation.read\",\"org.user.conversation.write\",\"org.user.audit_logs.read\"]}",
        );
        outcome(c.role_groups().update(&a0, &a1).await)
    })
}
fn empty_update_role_group(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::RoleGroupUpdate = arg(
            "body",
            "{\"description\":\"Reads customers, works conversations and reads the audit log.\",\"roles\":[\"org.user.customer.read\",\"org.user.conversation.read\",\"org.user.conversation.write\",\"org.user.audit_logs.read\"]}",
        );
        outcome(c.role_groups().update(&a0, &a1).await)
    })
}
fn call_delete_role_group(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345722\"");
        outcome(c.role_groups().delete(&a0).await)
    })
}
fn empty_delete_role_group(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.role_groups().delete(&a0).await)
    })
}
fn call_get_klasses(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a1: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        let a2: ::std::option::Option<kustomer_client::types::GetKlassesStatus> = arg(
            "status",
            "null",
        );
        outcome(c.klasses().list_page(a0, a1, a2).await)
    })
}
fn call_create_klass(c: Client) -> Call {
    Box::pin(async move {
        let a0: kustomer_client::types::KlassCreate = arg(
            "body",
            "{\"color\":\"#4a90e2\",\"displayName\":\"Order\",\"icon\":\"cart\",\"name\":\"order\",\"status\":\"enabled\"}",
        );
        outcome(c.klasses().create(&a0).await)
    })
}
fn call_get_klass(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345700\"");
        outcome(c.klasses().get(&a0).await)
    })
}
fn empty_get_klass(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.klasses().get(&a0).await)
    })
}
fn call_update_klass(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345700\"");
        let a1: kustomer_client::types::KlassUpdate = arg(
            "body",
            "{\"color\":\"#7ed321\",\"displayName\":\"Web order\",\"mixins\":[\"commentable\"]}",
        );
        outcome(c.klasses().update(&a0, &a1).await)
    })
}
fn empty_update_klass(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::KlassUpdate = arg(
            "body",
            "{\"color\":\"#7ed321\",\"displayName\":\"Web order\",\"mixins\":[\"commentable\"]}",
        );
        outcome(c.klasses().update(&a0, &a1).await)
    })
}
fn call_delete_klass(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345700\"");
        outcome(c.klasses().delete(&a0).await)
    })
}
fn empty_delete_klass(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        outcome(c.klasses().delete(&a0).await)
    })
}
fn call_get_k_objects(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("name", "\"order\"");
        let a1: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>> = arg(
            "from_date",
            "null",
        );
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.kobjects().list_page(&a0, a1.as_ref(), a2, a3).await)
    })
}
fn empty_get_k_objects(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>> = arg(
            "from_date",
            "null",
        );
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.kobjects().list_page(&a0, a1.as_ref(), a2, a3).await)
    })
}
fn call_create_k_object(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("name", "\"order\"");
        let a1: kustomer_client::types::KObjectWrite = arg(
            "body",
            "{\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"customer\":\"5822a4a5aa5f92110005d69a\",\"data\":{\"carrier\":\"UPS\",\"lineItems\":2},\"description\":\"Two pairs of running shoes\",\"externalId\":\"shop-1042\",\"icon\":\"cart\",\"images\":[\"https://cdn.example.com/orders/1042.png\"],\"tags\":[\"5d2f8e3e2f1c4b0012345750\"],\"title\":\"Order #1042\"}",
        );
        outcome(c.kobjects().create(&a0, &a1).await)
    })
}
fn empty_create_k_object(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::KObjectWrite = arg(
            "body",
            "{\"custom\":{\"orderNumberNum\":1042,\"orderStatusStr\":\"shipped\",\"orderUpdatedAt\":\"2021-07-01T08:55:00.000Z\",\"totalPriceNum\":59.9},\"customer\":\"5822a4a5aa5f92110005d69a\",\"data\":{\"carrier\":\"UPS\",\"lineItems\":2},\"description\":\"Two pairs of running shoes\",\"externalId\":\"shop-1042\",\"icon\":\"cart\",\"images\":[\"https://cdn.example.com/orders/1042.png\"],\"tags\":[\"5d2f8e3e2f1c4b0012345750\"],\"title\":\"Order #1042\"}",
        );
        outcome(c.kobjects().create(&a0, &a1).await)
    })
}
fn call_bulk_batch_update_k_objects(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("name", "\"order\"");
        let a1: ::std::option::Option<
            kustomer_client::types::BulkBatchUpdateKObjectsIds,
        > = arg("ids", "null");
        let a2: kustomer_client::types::KObjectBulkUpdate = arg(
            "body",
            "[{\"custom\":{\"orderStatusStr\":\"delivered\"},\"id\":\"5d2f8e3e2f1c4b0012345710\"},{\"custom\":{\"orderStatusStr\":\"shipped\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"rev\":1}]",
        );
        outcome(c.kobjects().bulk_update(&a0, a1.as_ref(), &a2).await)
    })
}
fn empty_bulk_batch_update_k_objects(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::option::Option<
            kustomer_client::types::BulkBatchUpdateKObjectsIds,
        > = arg("ids", "null");
        let a2: kustomer_client::types::KObjectBulkUpdate = arg(
            "body",
            "[{\"custom\":{\"orderStatusStr\":\"delivered\"},\"id\":\"5d2f8e3e2f1c4b0012345710\"},{\"custom\":{\"orderStatusStr\":\"shipped\"},\"id\":\"5d2f8e3e2f1c4b0012345711\",\"rev\":1}]",
        );
        outcome(c.kobjects().bulk_update(&a0, a1.as_ref(), &a2).await)
    })
}
fn call_bulk_create_k_objects(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("name", "\"order\"");
        let a1: kustomer_client::types::KObjectBulkCreate = arg(
            "body",
            "[{\"custom\":{\"orderNumberNum\":1042},\"customer\":\"5822a4a5aa5f92110005d69a\",\"externalId\":\"shop-1042\",\"title\":\"Order #1042\"},{\"customer\":\"5822a4a5aa5f92110005d69a\",\"description\":\"Gift card\",\"externalId\":\"shop-1043\",\"title\":\"Order #1043\"}]",
        );
        outcome(c.kobjects().bulk_create(&a0, &a1).await)
    })
}
fn empty_bulk_create_k_objects(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::KObjectBulkCreate = arg(
            "body",
            "[{\"custom\":{\"orderNumberNum\":1042},\"customer\":\"5822a4a5aa5f92110005d69a\",\"externalId\":\"shop-1042\",\"title\":\"Order #1042\"},{\"customer\":\"5822a4a5aa5f92110005d69a\",\"description\":\"Gift card\",\"externalId\":\"shop-1043\",\"title\":\"Order #1043\"}]",
        );
        outcome(c.kobjects().bulk_create(&a0, &a1).await)
    })
}
fn call_bulk_delete_k_objects(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("name", "\"order\"");
        let a1: kustomer_client::types::BulkDeleteKObjectsIds = arg(
            "ids",
            "\"5d2f8e3e2f1c4b0012345710,5d2f8e3e2f1c4b0012345711\"",
        );
        outcome(c.kobjects().bulk_delete(&a0, &a1).await)
    })
}
fn empty_bulk_delete_k_objects(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: kustomer_client::types::BulkDeleteKObjectsIds = arg(
            "ids",
            "\"5d2f8e3e2f1c4b0012345710,5d2f8e3e2f1c4b0012345711\"",
        );
        outcome(c.kobjects().bulk_delete(&a0, &a1).await)
    })
}
fn call_get_klasses_by_name_and_external_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("name", "\"order\"");
        let a1: ::std::string::String = arg("external_id", "\"shop-1042\"");
        outcome(c.kobjects().get_by_external_id(&a0, &a1).await)
    })
}
fn empty_get_klasses_by_name_and_external_id(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("external_id", "\"shop-1042\"");
        outcome(c.kobjects().get_by_external_id(&a0, &a1).await)
    })
}
fn call_get_k_object(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("name", "\"order\"");
        let a1: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345710\"");
        outcome(c.kobjects().get(&a0, &a1).await)
    })
}
fn empty_get_k_object(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345710\"");
        outcome(c.kobjects().get(&a0, &a1).await)
    })
}
fn call_update_k_object(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("name", "\"order\"");
        let a1: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345710\"");
        let a2: kustomer_client::types::KObjectUpdate = arg(
            "body",
            "{\"custom\":{\"orderStatusStr\":\"delivered\",\"refundedBool\":false},\"rev\":1,\"title\":\"Order #1042\"}",
        );
        outcome(c.kobjects().update(&a0, &a1, &a2).await)
    })
}
fn empty_update_k_object(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345710\"");
        let a2: kustomer_client::types::KObjectUpdate = arg(
            "body",
            "{\"custom\":{\"orderStatusStr\":\"delivered\",\"refundedBool\":false},\"rev\":1,\"title\":\"Order #1042\"}",
        );
        outcome(c.kobjects().update(&a0, &a1, &a2).await)
    })
}
fn call_delete_k_object(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("name", "\"order\"");
        let a1: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345710\"");
        outcome(c.kobjects().delete(&a0, &a1).await)
    })
}
fn empty_delete_k_object(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345710\"");
        outcome(c.kobjects().delete(&a0, &a1).await)
    })
}
fn call_find_company_k_objects(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5d2f8e3e2f1c4b0012345720\"");
        let a1: ::std::string::String = arg("name", "\"order\"");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.kobjects().list_by_company_page(&a0, &a1, a2, a3).await)
    })
}
fn empty_find_company_k_objects(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("name", "\"order\"");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.kobjects().list_by_company_page(&a0, &a1, a2, a3).await)
    })
}
fn call_find_customer_k_objects(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5822a4a5aa5f92110005d69a\"");
        let a1: ::std::string::String = arg("name", "\"order\"");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.kobjects().list_by_customer_page(&a0, &a1, a2, a3).await)
    })
}
fn empty_find_customer_k_objects(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("name", "\"order\"");
        let a2: ::std::option::Option<::std::num::NonZeroU64> = arg("page", "null");
        let a3: ::std::option::Option<::std::num::NonZeroU64> = arg("page_size", "null");
        outcome(c.kobjects().list_by_customer_page(&a0, &a1, a2, a3).await)
    })
}
fn call_create_customer_k_object(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = arg("id", "\"5822a4a5aa5f92110005d69a\"");
        let a1: ::std::string::String = arg("name", "\"order\"");
        let a2: kustomer_client::types::KObjectWrite = arg(
            "body",
            "{\"custom\":{\"orderNumberNum\":1043,\"orderStatusStr\":\"processing\",\"orderUpdatedAt\":\"2021-07-02T14:10:00.000Z\",\"totalPriceNum\":12.5},\"externalId\":\"shop-1043\",\"icon\":\"cart\",\"title\":\"Order #1043\"}",
        );
        outcome(c.kobjects().create_for_customer(&a0, &a1, &a2).await)
    })
}
fn empty_create_customer_k_object(c: Client) -> Call {
    Box::pin(async move {
        let a0: ::std::string::String = ::std::string::String::new();
        let a1: ::std::string::String = arg("name", "\"order\"");
        let a2: kustomer_client::types::KObjectWrite = arg(
            "body",
            "{\"custom\":{\"orderNumberNum\":1043,\"orderStatusStr\":\"processing\",\"orderUpdatedAt\":\"2021-07-02T14:10:00.000Z\",\"totalPriceNum\":12.5},\"externalId\":\"shop-1043\",\"icon\":\"cart\",\"title\":\"Order #1043\"}",
        );
        outcome(c.kobjects().create_for_customer(&a0, &a1, &a2).await)
    })
}
