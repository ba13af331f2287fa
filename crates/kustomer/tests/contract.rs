//! Contract tests: every operation of [`kustomer_client::Client`] against
//! `prism mock`, which serves `specs/kustomer.yaml` and checks every request
//! the client sends against it.
//!
//! Run them with `cargo xtask contract` (also part of `cargo xtask ci`): it
//! starts Prism, sets `KUSTOMER_PRISM_URL`, runs this target with
//! `--include-ignored`, and afterwards fails if Prism logged any request
//! that breaks the spec. A plain `cargo test` lists them as ignored; run
//! by hand without Prism, they fail (the variable is missing).
//!
//! Every operation runs from the generated operations table
//! (`tests/generated/operations.rs`, written by `cargo xtask codegen` from
//! the spec): its success with the spec's examples, and every documented
//! error status as a typed error of that status (a lookup's 404 as
//! `Ok(None)`). The hand-written tests below go further:
//! for each operation, the success is decoded into the typed model, and
//! every error status the spec documents for it is requested with
//! `Prefer: code=NNN` and decoded into the typed [`Error`] with a parsed
//! [`kustomer_client::ErrorBody`] (a lookup's 404 is `Ok(None)` by design).

#[allow(dead_code, unused_imports, clippy::all)]
mod generated {
    include!("generated/operations.rs");
}

use std::future::Future;
use std::num::NonZeroU64;

use futures::TryStreamExt;
use kustomer_client::types::CustomerBulkCreate;
use kustomer_client::{Client, CustomerSearchQuery, CustomerUpdate, CustomerWrite, Error};
use serde_json::{Value, json};

const PRISM_ENV: &str = "KUSTOMER_PRISM_URL";
const ID: &str = "5822a4a5aa5f92110005d69a";
const OTHER_ID: &str = "5822a4a5aa5f92110005d69b";

fn prism_url() -> String {
    match std::env::var(PRISM_ENV) {
        Ok(url) if !url.trim().is_empty() => url,
        _ => panic!(
            "{PRISM_ENV} is not set: these tests need Prism; run `cargo xtask contract`, which starts it and sets {PRISM_ENV}"
        ),
    }
}

/// The Prism that serves `operation_id`: the second one (`cargo xtask
/// contract` starts it for the paths that repeat another's template with
/// other parameter names, such as `/klasses/{name}` beside `/klasses/{id}`,
/// which one Prism would route to the first) when the operation is among
/// `KUSTOMER_PRISM_SHADOWED_OPS`, else the main one.
fn prism_url_for(operation_id: &str) -> String {
    let shadowed = std::env::var("KUSTOMER_PRISM_SHADOWED_OPS").unwrap_or_default();
    if shadowed.split(',').any(|op| op == operation_id) {
        std::env::var("KUSTOMER_PRISM_SHADOWED_URL")
            .expect("KUSTOMER_PRISM_SHADOWED_URL is set with KUSTOMER_PRISM_SHADOWED_OPS")
    } else {
        prism_url()
    }
}

/// A client for Prism; with `prefer`, every call asks Prism for that status.
fn client(prefer: Option<u16>) -> Client {
    client_at(&prism_url(), prefer)
}

/// [`client`] for the Prism at `url`.
fn client_at(url: &str, prefer: Option<u16>) -> Client {
    let mut builder = Client::builder()
        .base_url(url)
        .api_key("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjb250cmFjdCJ9.c2lnbmF0dXJl")
        // Prism answers error statuses on request: nothing to retry.
        .max_retries(0);
    if let Some(code) = prefer {
        builder = builder.default_header("Prefer", format!("code={code}"));
    }
    builder.build().expect("a client for Prism")
}

/// The spec, parsed once (it is large: every test and case shares it).
fn spec() -> &'static Value {
    static SPEC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    SPEC.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/kustomer.yaml");
        let text = std::fs::read_to_string(path).expect("specs/kustomer.yaml");
        serde_yaml_ng::from_str(&text).expect("specs/kustomer.yaml parses")
    })
}

fn operations(spec: &Value) -> impl Iterator<Item = &Value> {
    spec["paths"]
        .as_object()
        .into_iter()
        .flat_map(|paths| paths.values())
        .flat_map(|item| item.as_object().into_iter().flat_map(|o| o.values()))
        .filter(|op| op.get("operationId").is_some())
}

/// The 4xx/5xx statuses the spec documents for `operation_id`.
fn error_statuses(operation_id: &str) -> Vec<u16> {
    let spec = spec();
    let op = operations(spec)
        .find(|op| op["operationId"] == operation_id)
        .unwrap_or_else(|| panic!("no operation {operation_id} in specs/kustomer.yaml"));
    let codes: Vec<u16> = op["responses"]
        .as_object()
        .expect("responses")
        .keys()
        .filter_map(|k| k.parse().ok())
        .filter(|c| *c >= 400)
        .collect();
    assert!(!codes.is_empty(), "{operation_id} documents no error");
    codes
}

/// What a call under `Prefer: code=NNN` must produce.
#[derive(Clone, Copy, PartialEq)]
enum NotFound {
    /// 404 is an error like any other status.
    IsError,
    /// 404 means "no such customer": the lookup returns `Ok(None)`.
    IsNone,
}

/// Requests every documented error status of `operation_id` and checks it
/// arrives as a typed API error with a parsed `ErrorBody`. The call returns
/// `Ok(true)` when it got something, `Ok(false)` for a lookup's "none".
async fn each_error<F, Fut>(operation_id: &str, not_found: NotFound, call: F)
where
    F: Fn(Client) -> Fut,
    Fut: Future<Output = Result<bool, Error>>,
{
    for code in error_statuses(operation_id) {
        let result = call(client(Some(code))).await;
        if code == 404 && not_found == NotFound::IsNone {
            assert!(
                matches!(result, Ok(false)),
                "{operation_id}, Prefer code=404: a lookup miss must be Ok(None), got {:?}",
                result.map(drop)
            );
            continue;
        }
        let err = match result {
            Ok(_) => panic!("{operation_id}, Prefer code={code}: succeeded"),
            Err(e) => e,
        };
        assert_eq!(
            err.status().map(|s| s.as_u16()),
            Some(code),
            "{operation_id}, Prefer code={code}: {err:?}"
        );
        assert!(
            err.body().is_some(),
            "{operation_id} {code}: the body did not decode as an ErrorBody: {err:?}"
        );
    }
}

fn write(value: Value) -> CustomerWrite {
    serde_json::from_value(value).expect("a valid CustomerWrite")
}

fn jane() -> CustomerWrite {
    write(json!({
        "name": "Jane Doe",
        "externalId": "crm-42",
        "emails": [{"email": "jane@example.com", "type": "work"}],
        "phones": [{"phone": "+18005551212", "type": "mobile"}],
        "custom": {"latestCsatNum": 5, "acceptsMarketingBool": true}
    }))
}

fn search_query() -> CustomerSearchQuery {
    serde_json::from_value(json!({
        "queryContext": "customer",
        "and": [{"customer_updated_at": {"gte": "2016-01-01"}}],
        "sort": [{"customer_updated_at": "desc"}]
    }))
    .expect("a valid search query")
}

#[test]
fn every_operation_of_the_spec_is_in_the_generated_table() {
    let spec = spec();
    let mut in_spec: Vec<String> = operations(spec)
        .filter_map(|op| op["operationId"].as_str().map(str::to_string))
        .collect();
    in_spec.sort();
    let mut table: Vec<String> = generated::OPERATIONS
        .iter()
        .map(|c| c.operation_id.to_string())
        .collect();
    table.sort();
    assert_eq!(
        table, in_spec,
        "tests/generated/operations.rs is stale: run `cargo xtask codegen`"
    );
    assert_eq!(generated::OPERATIONS.len(), operations(spec).count());
    assert_eq!(generated::OPERATION_COUNT, operations(spec).count());
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn every_operation_of_the_table_succeeds_and_fails_as_documented() {
    use futures::StreamExt;
    // Eight operations at a time (Prism answers concurrently); each
    // operation's own calls stay in order.
    let per_case = futures::stream::iter(generated::OPERATIONS.iter().map(|case| async move {
        let mut failures = Vec::new();
        // Success only: the example body is checked by operations_wire.rs.
        // Prism may route a request to a sibling operation whose template
        // also matches (it serves `/customers/email={email}` from
        // `/customers/{id}`), and then answers with that one's example.
        let url = prism_url_for(case.operation_id);
        let out = (case.call)(client_at(&url, None)).await;
        if let Some(e) = &out.error {
            failures.push(format!("{}: the success failed: {e}", case.operation_id));
        }
        for code in error_statuses(case.operation_id) {
            let out = (case.call)(client_at(&url, Some(code))).await;
            if code == 404 && case.not_found_is_none {
                if out.value != Some(Value::Null) {
                    failures.push(format!(
                        "{}: Prefer code=404 is not Ok(None): {out:?}",
                        case.operation_id
                    ));
                }
            } else if out.status != Some(code) {
                failures.push(format!(
                    "{}: Prefer code={code} came back as {:?}",
                    case.operation_id,
                    out.error.as_deref().unwrap_or("a success")
                ));
            }
        }
        failures
    }))
    .buffered(8)
    .collect::<Vec<_>>()
    .await;
    let failures: Vec<String> = per_case.into_iter().flatten().collect();
    assert!(
        failures.is_empty(),
        "{} problems over {} operations:\n{}",
        failures.len(),
        generated::OPERATIONS.len(),
        failures.join("\n")
    );
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn create_customer() {
    let created = client(None)
        .customers()
        .create(&jane())
        .await
        .expect("create");
    assert_eq!(created.id.as_deref(), Some(ID));
    let attributes = created.attributes.expect("attributes");
    assert_eq!(attributes.display_name.as_deref(), Some("Jane Doe"));
    each_error("createCustomer", NotFound::IsError, |c| async move {
        c.customers().create(&jane()).await.map(|_| true)
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn get_customers() {
    let c = client(None);
    let page = c
        .customers()
        .list_page(NonZeroU64::new(2), NonZeroU64::new(100))
        .await
        .expect("a page");
    assert_eq!(page.data[0].id.as_deref(), Some(ID));
    assert_eq!(page.meta.as_ref().and_then(|m| m.total_pages), Some(43));
    // The mock serves the same page for every page number, so take one
    // customer rather than following `links.next` forever.
    let first: Vec<_> = c.customers().list_max(1).try_collect().await.expect("list");
    assert_eq!(first.len(), 1);
    each_error("getCustomers", NotFound::IsError, |c| async move {
        c.customers()
            .list_page(NonZeroU64::new(1), NonZeroU64::new(100))
            .await
            .map(|_| true)
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn get_customer_by_id() {
    let customer = client(None).customers().get(ID).await.expect("get");
    let attributes = customer.attributes.expect("attributes");
    assert_eq!(attributes.external_id.as_deref(), Some("crm-42"));
    each_error("getCustomerById", NotFound::IsError, |c| async move {
        c.customers().get(ID).await.map(|_| true)
    })
    .await;
}

fn update() -> CustomerUpdate {
    CustomerUpdate::new(write(
        json!({"name": "Jane Doe", "externalId": "crm-42", "tags": ["vip"]}),
    ))
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn update_customer() {
    let c = client(None);
    let updated = c
        .customers()
        .update(ID, Some(true), &update())
        .await
        .expect("update (replace)");
    assert_eq!(updated.id.as_deref(), Some(ID));
    c.customers()
        .update(ID, Some(false), &update())
        .await
        .expect("update (merge)");
    each_error("updateCustomer", NotFound::IsError, |c| async move {
        c.customers()
            .update(ID, Some(true), &update())
            .await
            .map(|_| true)
    })
    .await;
}

fn patch() -> CustomerUpdate {
    CustomerUpdate::new(write(json!({
        "locale": "en_GB",
        "timeZone": "Europe/London",
        "custom": {"acceptsMarketingBool": false}
    })))
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn update_customer_attributes() {
    let patched = client(None)
        .customers()
        .patch(ID, &patch())
        .await
        .expect("patch");
    let attributes = patched.attributes.expect("attributes");
    assert_eq!(attributes.locale.as_deref(), Some("en_GB"));
    each_error(
        "updateCustomerAttributes",
        NotFound::IsError,
        |c| async move { c.customers().patch(ID, &patch()).await.map(|_| true) },
    )
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn delete_customer() {
    client(None).customers().delete(ID).await.expect("delete");
    each_error("deleteCustomer", NotFound::IsError, |c| async move {
        c.customers().delete(ID).await.map(|()| true)
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn get_customer_by_email() {
    let found = client(None)
        .customers()
        .get_by_email("jane@example.com")
        .await
        .expect("lookup")
        .expect("a customer");
    assert_eq!(found.id.as_deref(), Some(ID));
    each_error("getCustomerByEmail", NotFound::IsNone, |c| async move {
        c.customers()
            .get_by_email("jane@example.com")
            .await
            .map(|o| o.is_some())
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn get_customer_by_external_id() {
    let found = client(None)
        .customers()
        .get_by_external_id("crm-42")
        .await
        .expect("lookup")
        .expect("a customer");
    assert_eq!(found.id.as_deref(), Some(ID));
    each_error(
        "getCustomerByExternalId",
        NotFound::IsNone,
        |c| async move {
            c.customers()
                .get_by_external_id("crm-42")
                .await
                .map(|o| o.is_some())
        },
    )
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn get_customer_by_phone() {
    let found = client(None)
        .customers()
        .get_by_phone("+18005551212")
        .await
        .expect("lookup")
        .expect("a customer");
    assert_eq!(found.id.as_deref(), Some(ID));
    each_error("getCustomerByPhone", NotFound::IsNone, |c| async move {
        c.customers()
            .get_by_phone("+18005551212")
            .await
            .map(|o| o.is_some())
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn customer_search() {
    let c = client(None);
    let page = c
        .customers()
        .search_page(NonZeroU64::new(1), NonZeroU64::new(100), &search_query())
        .await
        .expect("a search page");
    assert_eq!(page.data[0].id.as_deref(), Some(ID));
    let first: Vec<_> = c
        .customers()
        .search_max(&search_query(), 1)
        .try_collect()
        .await
        .expect("search");
    assert_eq!(first.len(), 1);
    each_error("customerSearch", NotFound::IsError, |c| async move {
        c.customers()
            .search_page(NonZeroU64::new(1), NonZeroU64::new(100), &search_query())
            .await
            .map(|_| true)
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn bulk_create_customers() {
    let job = client(None)
        .customers()
        .bulk_create(&CustomerBulkCreate(vec![
            jane(),
            write(json!({"name": "Sam Smith", "externalId": "crm-43"})),
        ]))
        .await
        .expect("bulk create");
    assert_eq!(job.id.as_deref(), Some("5822a4a5aa5f92110005d900"));
    each_error("bulkCreateCustomers", NotFound::IsError, |c| async move {
        c.customers()
            .bulk_create(&CustomerBulkCreate(vec![jane()]))
            .await
            .map(|_| true)
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn bulk_batch_update_customers() {
    let tags = || write(json!({"tags": ["vip"]}));
    let job = client(None)
        .customers()
        .bulk_update(&[ID, OTHER_ID], &tags())
        .await
        .expect("bulk update");
    assert_eq!(job.id.as_deref(), Some("5822a4a5aa5f92110005d901"));
    each_error(
        "bulkBatchUpdateCustomers",
        NotFound::IsError,
        |c| async move {
            c.customers()
                .bulk_update(&[ID, OTHER_ID], &tags())
                .await
                .map(|_| true)
        },
    )
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: run `cargo xtask contract`"]
async fn bulk_delete_customers() {
    let job = client(None)
        .customers()
        .bulk_delete(&[ID, OTHER_ID])
        .await
        .expect("bulk delete");
    assert_eq!(job.id.as_deref(), Some("5822a4a5aa5f92110005d902"));
    each_error("bulkDeleteCustomers", NotFound::IsError, |c| async move {
        c.customers()
            .bulk_delete(&[ID, OTHER_ID])
            .await
            .map(|_| true)
    })
    .await;
}
