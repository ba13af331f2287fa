//! The Kustomer client against a real HTTP server on 127.0.0.1: the exact
//! request on the wire and the typed result for every operation; error
//! shapes, custom attributes, limits, rate limits, pagination, secrets.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures::TryStreamExt;
use kustomer_client::types::CustomerBulkCreate;
use kustomer_client::{
    Client, CustomAttributes, CustomValue, CustomerSearchQuery, CustomerUpdate, CustomerWrite,
    Error, Nullable, Region, RetryPolicy, types,
};
use serde_json::{Value, json};
use testkit::{Recorded, Reply, TestServer};

const KEY: &str = "eyJhbGciOiJIUzI1NiJ9.s3cr3t-kustomer-key";
const ID: &str = "5822a4a5aa5f92110005d69a";

/// The spec's 201 example for createCustomer, which instantiates every
/// attribute of the typedoc page's return type.
fn created_customer() -> Value {
    json!({"data": {
        "type": "customer",
        "id": ID,
        "attributes": {
            "activeUsers": [],
            "conversationCounts": {"all": 0, "done": 0, "open": 0, "snoozed": 0},
            "createdAt": "2016-11-09T04:23:01.925Z",
            "defaultLang": "pt",
            "displayColor": "green",
            "displayIcon": "compass",
            "displayName": "Jane Doe",
            "emails": [{"email": "jane@example.com", "id": null, "type": "work", "verified": false}],
            "externalIds": [],
            "gender": "f",
            "lastActivityAt": "2016-11-09T04:23:01.925Z",
            "lastConversation": {"tags": []},
            "locale": "en_US",
            "locations": [{"address": "1 Main Street, Springfield", "id": null, "type": "home"}],
            "modifiedAt": "2016-11-09T04:23:01.925Z",
            "name": "Jane Doe",
            "phones": [{"id": null, "phone": "+18005551212", "type": "mobile", "verified": false}],
            "progressiveStatus": null,
            "recentLocation": {"updatedAt": "2016-11-09T04:23:01.925Z"},
            "rev": 1,
            "sharedEmails": [],
            "sharedExternalIds": [],
            "sharedPhones": [],
            "sharedSocials": [],
            "socials": [{"id": null, "type": "twitter", "url": "https://twitter.com/janedoe", "userid": "12345",
                         "username": "janedoe", "verified": false}],
            "tags": ["5822a4a5aa5f92110005d6a0"],
            "updatedAt": "2016-11-09T04:23:01.925Z",
            "urls": [{"id": null, "type": "website", "url": "https://jane.example.com"}],
            "verified": false,
            "watchers": []
        },
        "relationships": {
            "createdBy": {"data": {"id": "5822a4a5aa5f92110005d600", "type": "user"},
                          "links": {"self": "/v1/users/5822a4a5aa5f92110005d600"}},
            "messages": {"links": {"self": "/v1/customers/5822a4a5aa5f92110005d69a/messages"}},
            "modifiedBy": {"data": {"id": "5822a4a5aa5f92110005d600", "type": "user"},
                           "links": {"self": "/v1/users/5822a4a5aa5f92110005d600"}},
            "org": {"data": {"id": "5822a4a5aa5f92110005d500", "type": "org"},
                    "links": {"self": "/v1/orgs/5822a4a5aa5f92110005d500"}}
        },
        "links": {"self": "/v1/customers/5822a4a5aa5f92110005d69a"}
    }})
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        initial_backoff: Duration::from_millis(5),
        max_backoff: Duration::from_millis(20),
        honour_rate_limit_reset: true,
        ..RetryPolicy::default()
    }
}

fn client(server: &TestServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .api_key(KEY)
        .retry_policy(fast_retries())
        .build()
        .expect("client")
}

fn body_json(r: &Recorded) -> Value {
    serde_json::from_slice(&r.body).expect("request body is JSON")
}

fn ok(v: &Value) -> Reply {
    Reply::json(200, &v.to_string())
}

fn assert_headers(r: &Recorded, with_body: bool) {
    assert_eq!(
        r.header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
    assert_eq!(r.header("accept"), Some("application/json"));
    assert!(
        r.header("user-agent")
            .unwrap()
            .starts_with("kustomer-client-rust/")
    );
    assert_eq!(r.header("api-version"), None);
    if with_body {
        assert_eq!(r.header("content-type"), Some("application/json"));
    } else {
        assert!(r.body.is_empty());
    }
}

#[tokio::test]
async fn create_wire_format_and_the_typedoc_201_field_by_field() {
    let server = TestServer::start().await;
    server.enqueue([Reply::json(201, &created_customer().to_string())]);
    let custom = CustomAttributes::new()
        .with(
            "salesForceIdStr",
            CustomValue::Str("0015g00000XyZaB".into()),
        )
        .unwrap()
        .with("latestCsatNum", CustomValue::Num(5.0))
        .unwrap()
        .with("acceptsMarketingBool", CustomValue::Bool(true))
        .unwrap();
    let mut new = CustomerWrite::named("Jane Doe")
        .unwrap()
        .with_custom(&custom);
    new.external_id = Some("crm-42".parse().unwrap());
    new.emails = Some(vec![types::EmailWrite {
        email: "jane@example.com".into(),
        type_: Some(types::EmailWriteType::Work),
        verified: None,
    }]);
    let c = client(&server).customers().create(&new).await.unwrap();

    let r = &server.requests()[0];
    assert_eq!(
        (r.method.as_str(), r.target.as_str()),
        ("POST", "/v1/customers")
    );
    assert_headers(r, true);
    assert_eq!(
        body_json(r),
        json!({"name": "Jane Doe", "externalId": "crm-42",
               "emails": [{"email": "jane@example.com", "type": "work"}],
               "custom": {"salesForceIdStr": "0015g00000XyZaB", "latestCsatNum": 5.0, "acceptsMarketingBool": true}})
    );

    assert_eq!(c.id.as_deref(), Some(ID));
    assert_eq!(c.type_.as_deref(), Some("customer"));
    assert_eq!(
        c.links.as_ref().unwrap().self_.as_deref(),
        Some("/v1/customers/5822a4a5aa5f92110005d69a")
    );
    let a = c.attributes.as_ref().unwrap();
    assert!(a.active_users.is_empty());
    let counts = a.conversation_counts.as_ref().unwrap();
    assert_eq!(
        (counts.all, counts.done, counts.open, counts.snoozed),
        (Some(0), Some(0), Some(0), Some(0))
    );
    assert_eq!(
        a.created_at.unwrap().to_rfc3339(),
        "2016-11-09T04:23:01.925+00:00"
    );
    assert_eq!(a.default_lang.as_deref(), Some("pt"));
    assert_eq!(a.display_color.as_deref(), Some("green"));
    assert_eq!(a.display_icon.as_deref(), Some("compass"));
    assert_eq!(a.display_name.as_deref(), Some("Jane Doe"));
    assert_eq!(a.emails.len(), 1);
    assert_eq!(a.emails[0].email.as_deref(), Some("jane@example.com"));
    assert_eq!(a.emails[0].id, None);
    assert_eq!(a.emails[0].type_.as_deref(), Some("work"));
    assert_eq!(a.emails[0].verified, Some(false));
    assert!(a.external_ids.is_empty());
    assert_eq!(a.gender.as_deref(), Some("f"));
    assert!(a.last_activity_at.is_some());
    assert!(a.last_conversation.as_ref().unwrap().tags.is_empty());
    assert_eq!(a.locale.as_deref(), Some("en_US"));
    assert_eq!(
        a.locations[0].address.as_deref(),
        Some("1 Main Street, Springfield")
    );
    assert_eq!(a.locations[0].type_.as_deref(), Some("home"));
    assert!(a.modified_at.is_some());
    assert_eq!(a.name.as_deref(), Some("Jane Doe"));
    assert_eq!(a.phones[0].phone.as_deref(), Some("+18005551212"));
    assert_eq!(a.phones[0].type_.as_deref(), Some("mobile"));
    assert_eq!(a.progressive_status, None);
    assert!(a.recent_location.as_ref().unwrap().updated_at.is_some());
    assert_eq!(a.rev, Some(1.0));
    assert!(a.shared_emails.is_empty() && a.shared_external_ids.is_empty());
    assert!(a.shared_phones.is_empty() && a.shared_socials.is_empty());
    let s = &a.socials[0];
    assert_eq!(
        (
            s.type_.as_deref(),
            s.url.as_deref(),
            s.userid.as_deref(),
            s.username.as_deref(),
            s.verified
        ),
        (
            Some("twitter"),
            Some("https://twitter.com/janedoe"),
            Some("12345"),
            Some("janedoe"),
            Some(false)
        )
    );
    assert_eq!(a.tags, ["5822a4a5aa5f92110005d6a0"]);
    assert!(a.updated_at.is_some());
    assert_eq!(a.urls[0].url.as_deref(), Some("https://jane.example.com"));
    assert_eq!(a.verified, Some(false));
    assert!(a.watchers.is_empty());
    let rel = c.relationships.as_ref().unwrap();
    let created_by = rel.created_by.as_ref().unwrap();
    assert_eq!(
        created_by.data.as_ref().unwrap().id.as_deref(),
        Some("5822a4a5aa5f92110005d600")
    );
    assert_eq!(
        created_by.data.as_ref().unwrap().type_.as_deref(),
        Some("user")
    );
    assert_eq!(
        rel.messages
            .as_ref()
            .unwrap()
            .links
            .as_ref()
            .unwrap()
            .self_
            .as_deref(),
        Some("/v1/customers/5822a4a5aa5f92110005d69a/messages")
    );
    assert!(rel.modified_by.is_some());
    assert_eq!(
        rel.org
            .as_ref()
            .unwrap()
            .data
            .as_ref()
            .unwrap()
            .type_
            .as_deref(),
        Some("org")
    );
}

#[tokio::test]
async fn unknown_response_fields_are_kept() {
    let mut v = created_customer();
    v["data"]["brandNew"] = json!(1);
    v["data"]["attributes"]["newAttribute"] = json!({"x": [1]});
    let server = TestServer::start().await;
    server.enqueue([ok(&v)]);
    let c = client(&server).customers().get(ID).await.unwrap();
    assert_eq!(c.extra.get("brandNew"), Some(&json!(1)));
    assert_eq!(
        c.attributes.unwrap().extra.get("newAttribute"),
        Some(&json!({"x": [1]}))
    );
}

#[tokio::test]
async fn get_put_patch_delete_wire_format() {
    let server = TestServer::start().await;
    server.enqueue([
        ok(&created_customer()),
        ok(&created_customer()),
        ok(&created_customer()),
        Reply::status(204),
    ]);
    let kustomer = client(&server);
    let c = kustomer.customers().get(ID).await.unwrap();
    assert_eq!(c.id.as_deref(), Some(ID));

    let mut fields = CustomerWrite::named("Jane Roe").unwrap();
    fields.company = Some("5822a4a5aa5f92110005d800".into());
    kustomer
        .customers()
        .update(ID, Some(true), &CustomerUpdate::new(fields))
        .await
        .unwrap();

    let fields = CustomerWrite {
        locale: Some("en_GB".parse().unwrap()),
        ..Default::default()
    };
    let patch = CustomerUpdate::new(fields)
        .set_null(Nullable::AvatarUrl)
        .set_null(Nullable::Company);
    kustomer.customers().patch(ID, &patch).await.unwrap();
    kustomer.customers().delete(ID).await.unwrap();

    let reqs = server.requests();
    assert_eq!(
        (reqs[0].method.as_str(), reqs[0].target.as_str()),
        ("GET", "/v1/customers/5822a4a5aa5f92110005d69a")
    );
    assert_headers(&reqs[0], false);
    assert_eq!(
        (reqs[1].method.as_str(), reqs[1].target.as_str()),
        ("PUT", "/v1/customers/5822a4a5aa5f92110005d69a?replace=true")
    );
    assert_headers(&reqs[1], true);
    assert_eq!(
        body_json(&reqs[1]),
        json!({"name": "Jane Roe", "company": "5822a4a5aa5f92110005d800"})
    );
    assert_eq!(
        (reqs[2].method.as_str(), reqs[2].target.as_str()),
        ("PATCH", "/v1/customers/5822a4a5aa5f92110005d69a")
    );
    // Left out vs set to null: only locale is sent with a value; the two
    // cleared fields are explicit nulls; nothing else appears.
    assert_eq!(
        body_json(&reqs[2]),
        json!({"locale": "en_GB", "avatarUrl": null, "company": null})
    );
    assert_eq!(
        (reqs[3].method.as_str(), reqs[3].target.as_str()),
        ("DELETE", "/v1/customers/5822a4a5aa5f92110005d69a")
    );
    assert_headers(&reqs[3], false);
}

#[tokio::test]
async fn a_field_both_set_and_nulled_is_refused() {
    let server = TestServer::start().await;
    let fields = CustomerWrite {
        company: Some("c1".into()),
        ..Default::default()
    };
    let err = client(&server)
        .customers()
        .patch(ID, &CustomerUpdate::new(fields).set_null(Nullable::Company))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(e) if e.field() == "company"),
        "{err:?}"
    );
    assert_eq!(server.request_count(), 0);
}

#[tokio::test]
async fn lookups_encode_the_value_and_map_404_to_none() {
    let not_found =
        json!({"errors": [{"status": 404, "code": "not_found", "title": "Not Found"}]}).to_string();
    let server = TestServer::start().await;
    server.enqueue([
        ok(&created_customer()),
        Reply::json(404, &not_found),
        ok(&created_customer()),
        ok(&created_customer()),
    ]);
    let kustomer = client(&server);
    let found = kustomer
        .customers()
        .get_by_email("jane+tag@example.com")
        .await
        .unwrap();
    assert_eq!(found.unwrap().id.as_deref(), Some(ID));
    assert!(
        kustomer
            .customers()
            .get_by_email("nobody@example.com")
            .await
            .unwrap()
            .is_none()
    );
    kustomer
        .customers()
        .get_by_external_id("crm/42 #a?b%c")
        .await
        .unwrap()
        .unwrap();
    kustomer
        .customers()
        .get_by_phone("+18005551212")
        .await
        .unwrap()
        .unwrap();
    let targets: Vec<_> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/v1/customers/email=jane+tag@example.com",
            "/v1/customers/email=nobody@example.com",
            "/v1/customers/externalId=crm%2F42%20%23a%3Fb%25c",
            "/v1/customers/phone=+18005551212",
        ]
    );
    // Other errors are still errors.
    server.enqueue([Reply::json(
        500,
        &json!({"errors": [{"code": "boom"}]}).to_string(),
    )]);
    let kustomer = Client::builder()
        .base_url(server.url())
        .api_key(KEY)
        .max_retries(0)
        .build()
        .unwrap();
    assert_eq!(
        kustomer
            .customers()
            .get_by_phone("1")
            .await
            .unwrap_err()
            .status()
            .unwrap(),
        500
    );
    let err = kustomer.customers().get_by_email("").await.unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(e) if e.field() == "email"),
        "{err:?}"
    );
}

fn list_page(ids: &[&str], page: u64, next: Option<&str>) -> Reply {
    let data: Vec<Value> = ids
        .iter()
        .map(|id| json!({"type": "customer", "id": id, "attributes": {"name": id}}))
        .collect();
    ok(&json!({
        "meta": {"page": page, "pageSize": 2, "total": 5, "totalPages": 3},
        "data": data,
        "links": {"self": format!("/v1/customers?page={page}&pageSize=2"), "first": "/v1/customers?page=1&pageSize=2",
                  "prev": null, "next": next, "last": "/v1/customers?page=3&pageSize=2"}
    }))
}

#[tokio::test]
async fn list_follows_links_next_over_three_pages() {
    let server = TestServer::start().await;
    server.enqueue([
        list_page(&["a", "b"], 1, Some("/v1/customers?page=2&pageSize=2")),
        list_page(&["c", "d"], 2, Some("/v1/customers?page=3&pageSize=2")),
        list_page(&["e"], 3, None),
    ]);
    let all: Vec<_> = client(&server)
        .customers()
        .list()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = all.iter().map(|c| c.id.clone().unwrap()).collect();
    assert_eq!(ids, ["a", "b", "c", "d", "e"]);
    let targets: Vec<_> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/v1/customers?page=1&pageSize=100",
            "/v1/customers?page=2&pageSize=2",
            "/v1/customers?page=3&pageSize=2"
        ]
    );
}

#[tokio::test]
async fn a_next_link_to_another_host_or_path_is_not_followed() {
    for bad in [
        "https://evil.example/v1/customers?page=2&pageSize=2",
        "/v1/users?page=2&pageSize=2",
        "/v1/customers?page=2&pageSize=2&q=x",
    ] {
        let server = TestServer::start().await;
        server.enqueue([list_page(&["a"], 1, Some(bad))]);
        let err = client(&server)
            .customers()
            .list()
            .try_collect::<Vec<_>>()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Pagination(_)), "{bad}: {err:?}");
        assert_eq!(server.request_count(), 1);
    }
}

#[tokio::test]
async fn search_posts_the_dsl_and_pages_by_links_next() {
    let server = TestServer::start().await;
    let page = |ids: &[&str], next: Option<&str>| {
        let data: Vec<Value> = ids
            .iter()
            .map(|id| json!({"type": "customer", "id": id}))
            .collect();
        ok(
            &json!({"meta": {"page": 1, "pageSize": 100, "aggregations": {}}, "data": data, "links": {"next": next}}),
        )
    };
    server.enqueue([
        page(&["a"], Some("/v1/customers/search?page=2&pageSize=100")),
        page(&["b"], None),
    ]);
    let query: CustomerSearchQuery = serde_json::from_value(json!({
        "queryContext": "customer",
        "and": [{"customer_updated_at": {"gte": "2016-01-01"}}],
        "sort": [{"customer_updated_at": "asc"}],
        "timeZone": "UTC"
    }))
    .unwrap();
    let found: Vec<_> = client(&server)
        .customers()
        .search(&query)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(found.len(), 2);
    let reqs = server.requests();
    assert_eq!(reqs[0].method, "POST");
    assert_eq!(reqs[0].target, "/v1/customers/search?page=1&pageSize=100");
    assert_eq!(reqs[1].target, "/v1/customers/search?page=2&pageSize=100");
    assert_headers(&reqs[0], true);
    for r in &reqs {
        assert_eq!(body_json(r), serde_json::to_value(&query).unwrap());
    }
    assert_eq!(
        body_json(&reqs[0]),
        json!({"queryContext": "customer", "and": [{"customer_updated_at": {"gte": "2016-01-01"}}],
               "sort": [{"customer_updated_at": "asc"}], "timeZone": "UTC"})
    );
}

#[tokio::test]
async fn search_beyond_the_100_page_cap_is_an_error_not_truncation() {
    let server = TestServer::with_handler(|r| {
        let page: u64 = r
            .query()
            .unwrap_or("")
            .split('&')
            .find_map(|kv| kv.strip_prefix("page="))
            .and_then(|p| p.parse().ok())
            .unwrap_or(1);
        ok(&json!({"data": [{"id": format!("c{page}")}],
                   "links": {"next": format!("/v1/customers/search?page={}&pageSize=1", page + 1)}}))
    })
    .await;
    let results: Vec<Result<_, Error>> = futures::StreamExt::collect(
        client(&server)
            .customers()
            .search_max(&CustomerSearchQuery::default(), usize::MAX),
    )
    .await;
    assert_eq!(results.len(), 101);
    assert!(results[..100].iter().all(|r| r.is_ok()));
    assert!(
        matches!(&results[100], Err(Error::Pagination(p)) if p.message().contains("100 pages")),
        "{:?}",
        results[100]
    );
    assert_eq!(server.request_count(), 100);
}

#[tokio::test]
async fn bulk_operations_wire_format() {
    let job = json!({"data": {"type": "bulk", "id": "b1", "attributes": {"status": "pending", "ids": []}}});
    let server = TestServer::start().await;
    server.enqueue([
        Reply::json(201, &job.to_string()),
        Reply::json(201, &job.to_string()),
        Reply::json(201, &job.to_string()),
    ]);
    let kustomer = client(&server);
    let a = CustomerWrite::named("A").unwrap();
    let b = CustomerWrite::named("B").unwrap();
    let j = kustomer
        .customers()
        .bulk_create(&CustomerBulkCreate(vec![a, b]))
        .await
        .unwrap();
    assert_eq!(j.id.as_deref(), Some("b1"));
    kustomer
        .customers()
        .bulk_update(&["id1", "id2"], &CustomerWrite::named("Same").unwrap())
        .await
        .unwrap();
    kustomer
        .customers()
        .bulk_delete(&["id1", "id2"])
        .await
        .unwrap();
    let reqs = server.requests();
    assert_eq!(
        (reqs[0].method.as_str(), reqs[0].target.as_str()),
        ("POST", "/v1/customers/bulk")
    );
    assert_eq!(body_json(&reqs[0]), json!([{"name": "A"}, {"name": "B"}]));
    assert_eq!(
        (reqs[1].method.as_str(), reqs[1].target.as_str()),
        ("PUT", "/v1/customers/bulk?ids=id1%2Cid2")
    );
    assert_eq!(body_json(&reqs[1]), json!({"name": "Same"}));
    assert_eq!(
        (reqs[2].method.as_str(), reqs[2].target.as_str()),
        ("DELETE", "/v1/customers/bulk?ids=id1%2Cid2")
    );
    assert!(reqs[2].body.is_empty());

    for bad in [vec![], vec!["a,b"], vec![" "]] {
        let err = kustomer.customers().bulk_delete(&bad).await.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidInput(e) if e.field() == "ids"),
            "{bad:?}: {err:?}"
        );
    }
    assert_eq!(server.request_count(), 3);
}

#[tokio::test]
async fn every_documented_error_shape_is_decoded() {
    let shapes = [
        (
            400,
            json!({"errors": [{"code": "bad_request", "message": "Invalid request body or parameters.", "meta": {}}]}),
            "Kustomer API error (400 Bad Request) [bad_request]: Invalid request body or parameters.",
        ),
        (
            404,
            json!({"errors": [{"status": 404, "code": "not_found", "title": "Not Found", "detail": "no customer",
                                 "source": {"pointer": "/id"}}]}),
            "Kustomer API error (404 Not Found) [not_found]: Not Found: no customer (at /id)",
        ),
        (
            409,
            json!({"errors": [{"status": "409", "code": "conflict", "title": "Conflict",
                                 "source": {"parameter": "rev"}}]}),
            "Kustomer API error (409 Conflict) [conflict]: Conflict (at rev)",
        ),
        (
            401,
            json!({"error": "Unauthorized", "errorCode": "auth_failed", "message": "Expired token"}),
            "Kustomer API error (401 Unauthorized) [auth_failed]: Unauthorized: Expired token",
        ),
    ];
    for (status, body, message) in shapes {
        let server = TestServer::start().await;
        server.enqueue([Reply::json(status, &body.to_string())]);
        let err = client(&server).customers().get(ID).await.unwrap_err();
        let Error::Api(api) = &err else {
            panic!("{status}: {err:?}")
        };
        assert_eq!(api.status().as_u16(), status);
        assert!(api.body().is_some(), "{status}");
        assert_eq!(api.raw(), body.to_string().as_bytes());
        assert_eq!(err.to_string(), message);
    }
    // A JSON:API status as a string and as a number both decode.
    let server = TestServer::start().await;
    server.enqueue([Reply::json(
        400,
        r#"{"errors":[{"status":"400"},{"status":400}]}"#,
    )]);
    let err = client(&server).customers().get(ID).await.unwrap_err();
    let items = &err.body().unwrap().errors;
    assert!(matches!(items[0].status, Some(types::ErrorItemStatus::String(ref s)) if s == "400"));
    assert!(matches!(
        items[1].status,
        Some(types::ErrorItemStatus::Integer(400))
    ));
    // Empty and non-JSON bodies keep the raw body.
    for raw in ["", "<html>502 Bad Gateway</html>"] {
        let server = TestServer::start().await;
        server.enqueue([Reply::with_type(502, "text/html", raw)]);
        let kustomer = Client::builder()
            .base_url(server.url())
            .api_key(KEY)
            .max_retries(0)
            .build()
            .unwrap();
        let err = kustomer.customers().get(ID).await.unwrap_err();
        let Error::Api(api) = &err else {
            panic!("{err:?}")
        };
        assert!(api.body().is_none());
        assert_eq!(api.raw(), raw.as_bytes());
    }
}

#[tokio::test]
async fn a_region_mismatch_is_its_own_error_with_a_hint() {
    let server = TestServer::start().await;
    server.enqueue([Reply::json(
        401,
        &json!({"errors": [{"status": 401, "code": "unauthorized",
                            "title": "Auth token associated with pod prod2 but request is being handled by prod1"}]})
        .to_string(),
    )]);
    let err = client(&server).customers().get(ID).await.unwrap_err();
    let Error::WrongRegion { hint, api } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.status(), 401);
    assert!(
        hint.contains("Region::Eu") && hint.contains("org host"),
        "{hint}"
    );
    assert!(err.to_string().contains("Region::Eu"), "{err}");
}

#[tokio::test]
async fn custom_attribute_violations_are_refused_before_any_request() {
    let server = TestServer::start().await;
    let kustomer = client(&server);
    let cases: Vec<(Value, &str)> = vec![
        (json!({"orderCount": 1}), "custom.orderCount"),
        (json!({"format": "x"}), "custom.format"),
        (json!({"orderCountNum": "3"}), "custom.orderCountNum"),
        (json!({"lastOrderAt": "last tuesday"}), "custom.lastOrderAt"),
        (
            json!({"lastOrderAt": "2024-01-01T10:00:00+02:00"}),
            "custom.lastOrderAt",
        ),
        (
            json!({"homepageUrl": "www.example.com"}),
            "custom.homepageUrl",
        ),
        (json!({"activeBool": "yes"}), "custom.activeBool"),
    ];
    for (custom, field) in cases {
        let mut w = CustomerWrite::named("x").unwrap();
        w.custom = serde_json::from_value(custom.clone()).unwrap();
        let err = kustomer.customers().create(&w).await.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidInput(e) if e.field() == field),
            "{custom}: {err:?}"
        );
    }
    let mut too_many = CustomerWrite::named("x").unwrap();
    too_many.custom = Some(
        (0..101)
            .map(|i| {
                (
                    format!("k{i}Num"),
                    types::CustomAttributeValue::Variant0(Some(1.0)),
                )
            })
            .collect(),
    );
    let err = kustomer.customers().create(&too_many).await.unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(e) if e.field() == "custom"),
        "{err:?}"
    );
    // Good keys of every suffix, and nulls, are accepted and sent.
    server.enqueue([Reply::json(201, &created_customer().to_string())]);
    let good = CustomAttributes::new()
        .with("aNum", CustomValue::Num(-1.5))
        .unwrap()
        .with(
            "bAt",
            CustomValue::At("2024-05-01T08:30:00Z".parse().unwrap()),
        )
        .unwrap()
        .with("cStr", CustomValue::Str("x".repeat(1024)))
        .unwrap()
        .with("dTxt", CustomValue::Null)
        .unwrap()
        .with("eBool", CustomValue::Bool(false))
        .unwrap()
        .with("fUrl", CustomValue::Url("https://example.com/a?b=c".into()))
        .unwrap();
    kustomer
        .customers()
        .create(&CustomerWrite::named("x").unwrap().with_custom(&good))
        .await
        .unwrap();
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1, "only the valid create reached the server");
    assert_eq!(
        body_json(&reqs[0])["custom"]["bAt"],
        json!("2024-05-01T08:30:00.000Z")
    );
    assert_eq!(body_json(&reqs[0])["custom"]["dTxt"], Value::Null);
}

#[tokio::test]
async fn write_limits_are_checked_before_io() {
    let server = TestServer::start().await;
    let kustomer = client(&server);
    let mut w = CustomerWrite::named("x").unwrap();
    w.urls = Some(
        (0..11)
            .map(|i| types::UrlWrite {
                url: format!("https://x.example/{i}"),
                type_: None,
            })
            .collect(),
    );
    let err = kustomer.customers().create(&w).await.unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(e) if e.field() == "urls"),
        "{err:?}"
    );
    let mut w = CustomerWrite::named("x").unwrap();
    w.tags = Some((0..21).map(|i| format!("t{i}").parse().unwrap()).collect());
    let err = kustomer.customers().create(&w).await.unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(e) if e.field() == "tags"),
        "{err:?}"
    );
    assert!(
        "bad tag!".parse::<types::CustomerWriteTagsItem>().is_err(),
        "the tag pattern is enforced"
    );
    assert!(
        "x".repeat(257).parse::<types::CustomerWriteName>().is_err(),
        "maxLength is enforced"
    );
    assert_eq!(server.request_count(), 0);
}

#[tokio::test]
async fn bodies_over_100_kb_are_refused_locally() {
    let server = TestServer::start().await;
    let kustomer = client(&server);
    let mut w = CustomerWrite::named("x").unwrap();
    // The bulk endpoint takes up to 100 customers; ~1.6 kB each exceeds 100 kb.
    let loc = types::LocationWrite {
        address: Some("a".repeat(256).parse().unwrap()),
        address2: Some("b".repeat(256).parse().unwrap()),
        address3: Some("c".repeat(256).parse().unwrap()),
        ..Default::default()
    };
    w.locations = Some(vec![loc.clone(), loc]);
    let one = serde_json::to_vec(&w).unwrap().len() + 1;
    let over = 102_400 / one + 1;
    let under = (102_400 - 2) / one;
    assert!(over <= 100);
    let many = vec![w; over];
    let err = kustomer
        .customers()
        .bulk_create(&CustomerBulkCreate(many.clone()))
        .await
        .unwrap_err();
    let Error::InvalidInput(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.field(), "body");
    assert!(e.message().contains("102400"), "{e}");
    assert_eq!(server.request_count(), 0, "nothing was sent");
    // Just under the limit goes out.
    server.enqueue([Reply::json(201, r#"{"data":{"id":"b1"}}"#)]);
    kustomer
        .customers()
        .bulk_create(&CustomerBulkCreate(many[..under].to_vec()))
        .await
        .unwrap();
    assert!(server.requests()[0].body.len() < 102_400);
}

#[tokio::test]
async fn a_429_waits_for_the_rate_limit_reset_then_succeeds_with_two_requests() {
    let server = TestServer::start().await;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let reset = now + 1;
    server.enqueue([
        Reply::json(429, r#"{"errors":[{"code":"rate_limited"}]}"#)
            .header("x-ratelimit-limit", "1000")
            .header("x-ratelimit-remaining", "0")
            .header("x-ratelimit-reset", &reset.to_string()),
        ok(&created_customer())
            .header("x-ratelimit-limit", "1000")
            .header("x-ratelimit-remaining", "999")
            .header("x-ratelimit-reset", &(reset + 60).to_string()),
    ]);
    let kustomer = client(&server);
    kustomer.customers().get(ID).await.unwrap();
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    // The retry came once the reset second had begun (the wall-clock time
    // of the second request, as the server saw it).
    let since_second = std::time::Instant::now() - reqs[1].received_at;
    let second_at = SystemTime::now().duration_since(UNIX_EPOCH).unwrap() - since_second;
    assert!(
        second_at + Duration::from_millis(20) >= Duration::from_secs(reset),
        "retried at {second_at:?}, before the reset at {reset}s"
    );
    let rl = kustomer.rate_limit().unwrap();
    assert_eq!(
        (rl.limit, rl.remaining, rl.reset_epoch_secs),
        (Some(1000), Some(999), Some(reset + 60))
    );
}

#[tokio::test]
async fn a_429_on_create_is_not_retried() {
    let server = TestServer::start().await;
    server.enqueue([Reply::json(429, r#"{"errors":[{"code":"rate_limited"}]}"#)
        .header("x-ratelimit-reset", "0")]);
    let err = client(&server)
        .customers()
        .create(&CustomerWrite::named("x").unwrap())
        .await
        .unwrap_err();
    assert_eq!(err.status().unwrap(), 429);
    assert!(err.is_retryable());
    assert_eq!(server.request_count(), 1);
}

#[test]
fn regions_and_base_urls() {
    let url = |r: Region| {
        Client::builder()
            .region(r)
            .api_key(KEY)
            .build()
            .map(|c| c.base_url().to_string())
    };
    assert_eq!(
        url(Region::Org("Acme".into())).unwrap(),
        "https://acme.api.kustomerapp.com/v1"
    );
    assert_eq!(url(Region::Us).unwrap(), "https://api.kustomerapp.com/v1");
    assert_eq!(
        url(Region::Eu).unwrap(),
        "https://api.prod2.kustomerapp.com/v1"
    );
    assert_eq!(
        url(Region::India).unwrap(),
        "https://api.prod4.kustomerapp.com/v1"
    );
    assert_eq!(
        url(Region::Custom("https://proxy.example/kustomer/".into())).unwrap(),
        "https://proxy.example/kustomer/v1"
    );
    assert_eq!(
        url(Region::Custom("https://proxy.example/v1".into())).unwrap(),
        "https://proxy.example/v1"
    );
    for bad in ["", "acme.kustomerapp.com", "-acme", "ac me"] {
        let err = url(Region::Org(bad.into())).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidInput(e) if e.field() == "org"),
            "{bad}: {err:?}"
        );
    }
    let err = url(Region::Custom("http://kustomer.example".into())).unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(e) if e.field() == "base_url"),
        "{err:?}"
    );
    let err = Client::builder().api_key(KEY).build().unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(e) if e.field() == "org"),
        "{err:?}"
    );
    let err = Client::builder()
        .org("acme")
        .api_key(" ")
        .build()
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(e) if e.field() == "api_key"),
        "{err:?}"
    );
}

#[tokio::test]
async fn the_key_never_appears_in_debug_or_errors() {
    let server = TestServer::start().await;
    server.enqueue([
        Reply::json(401, r#"{"error":"Unauthorized","message":"Expired token"}"#),
        Reply::Drop,
    ]);
    let kustomer = Client::builder()
        .base_url(server.url())
        .api_key(KEY)
        .max_retries(0)
        .build()
        .unwrap();
    let mut texts = vec![
        format!("{kustomer:?}"),
        format!("{:?}", Client::builder().api_key(KEY).org("acme")),
    ];
    for e in [
        kustomer.customers().get(ID).await.unwrap_err(),
        kustomer.customers().get(ID).await.unwrap_err(),
        Client::builder()
            .api_key(format!("{KEY} x"))
            .org("acme")
            .build()
            .unwrap_err(),
    ] {
        texts.push(format!("{e}"));
        texts.push(format!("{e:?}"));
    }
    for t in texts {
        assert!(!t.contains("s3cr3t"), "key leaked: {t}");
    }
    assert_eq!(
        server.requests()[0].header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
}

/// Every resource with custom attributes checks them as customers do, before
/// any request, naming the field: a company, a bulk company update item, a
/// conversation, a tracking identity nested in an identity event; and a
/// valid map goes out unchanged.
#[tokio::test]
async fn custom_attributes_of_every_resource_are_checked_before_io() {
    use kustomer_client::types;
    let server = TestServer::start().await;
    let c = client(&server);
    let company: types::CompanyWrite =
        serde_json::from_value(json!({"name": "Acme", "custom": {"tierNope": "gold"}})).unwrap();
    let e = c.companies().create(&company).await.unwrap_err();
    assert!(e.to_string().contains("custom.tierNope"), "{e}");
    let bulk: types::CompanyBulkUpdate = serde_json::from_value(json!([
        {"id": "5d2f8e3e2f1c4b0012345678", "custom": {"seatsNum": 3}},
        {"id": "5d2f8e3e2f1c4b0012345679", "custom": {"seatsNum": "three"}}
    ]))
    .unwrap();
    let e = c.companies().bulk_update(&bulk).await.unwrap_err();
    assert!(e.to_string().contains("[1].custom.seatsNum"), "{e}");
    let conv: types::ConversationCustomerCreate =
        serde_json::from_value(json!({"name": "Refund", "custom": {"openedAt": "yesterday"}}))
            .unwrap();
    let e = c
        .conversations()
        .create_for_customer(KUSTOMER_ID_FOR_CHECKS, &conv)
        .await
        .unwrap_err();
    assert!(e.to_string().contains("custom.openedAt"), "{e}");
    assert_eq!(server.request_count(), 0, "a request was sent");

    server.enqueue([Reply::json(201, r#"{"data":{"type":"company","id":"5d2f8e3e2f1c4b0012345678","attributes":{"name":"Acme"}}}"#)]);
    let good: types::CompanyWrite = serde_json::from_value(
        json!({"name": "Acme", "custom": {"tierStr": "gold", "seatsNum": 3}}),
    )
    .unwrap();
    c.companies().create(&good).await.unwrap();
    let sent = body_json(&server.requests()[0]);
    // Numbers are f64 in `CustomAttributeValue`: 3 goes out as 3.0, the same JSON number.
    assert_eq!(sent["custom"], json!({"tierStr": "gold", "seatsNum": 3.0}));
}

const KUSTOMER_ID_FOR_CHECKS: &str = "5822a4a5aa5f92110005d69a";
