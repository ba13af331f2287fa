//! Shared pieces of the benchmarks: the loopback Kaiten server every client
//! under test talks to, and the raw-reqwest floor the generated client is
//! compared with. See BENCHMARKS.md at the workspace root.

use serde::{Deserialize, Serialize};
use testkit::{Reply, TestServer};

/// The Kaiten docs page's example customer (the body every create/get answers).
pub const CUSTOMER: &str = r#"{"createdAt":"2023-10-01T12:00:00Z","createdBy":{"id":"123e4567-e89b-12d3-a456-426614174000","name":"John Doe"},"externalCustomerId":"external-customer-id-12345","id":"123e4567-e89b-12d3-a456-426614174000","name":"Awesome Customer","slug":"awesome-customer","updatedAt":"2023-10-01T12:00:00Z","updatedBy":{"id":"123e4567-e89b-12d3-a456-426614174000","name":"John Doe"}}"#;

/// The token both clients send.
pub const TOKEN: &str = "ksh_bench_token";

/// One page of `total` synthetic customers, `limit` per page, starting at
/// the offset encoded in `cursor` (`o<N>`).
pub fn customer_page(cursor: Option<&str>, limit: usize, total: usize) -> String {
    let start = cursor
        .and_then(|c| c.strip_prefix('o'))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0);
    let end = (start + limit).min(total);
    let mut out = String::with_capacity((end - start) * 380 + 64);
    out.push_str(r#"{"items":["#);
    for i in start..end {
        if i > start {
            out.push(',');
        }
        out.push_str(&CUSTOMER.replacen("awesome-customer", &format!("customer-{i}"), 1));
    }
    let more = end < total;
    out.push_str(&format!(
        r#"],"hasMore":{more},"nextCursor":{}}}"#,
        if more {
            format!("\"o{end}\"")
        } else {
            "null".into()
        }
    ));
    out
}

fn query_param<'a>(query: Option<&'a str>, name: &str) -> Option<&'a str> {
    query?
        .split('&')
        .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
}

/// A loopback server for the Kaiten customers API: `POST /api/customers`
/// answers 201 with [`CUSTOMER`], `GET /api/customers/<slug>` 200 with it,
/// and `GET /api/customers` pages through `total_customers` synthetic ones.
/// Requests are counted, not kept, so memory stays flat.
pub async fn kaiten_server(total_customers: usize) -> TestServer {
    let server = TestServer::with_handler(move |r| match (r.method.as_str(), r.path()) {
        ("POST", "/api/customers") => Reply::json(201, CUSTOMER),
        ("GET", "/api/customers") => {
            let limit = query_param(r.query(), "limit")
                .and_then(|l| l.parse().ok())
                .unwrap_or(200);
            Reply::json(
                200,
                &customer_page(query_param(r.query(), "cursor"), limit, total_customers),
            )
        }
        ("GET", p) if p.starts_with("/api/customers/") => Reply::json(200, CUSTOMER),
        _ => Reply::json(404, r#"{"title":"Not Found"}"#),
    })
    .await;
    server.set_recording(false);
    server
}

/// Starts [`kaiten_server`] on a thread and runtime of its own (so it does
/// not compete with the client's executor for polls) and returns its URL.
/// The server runs until the process exits.
pub fn server_thread(total_customers: usize) -> String {
    let (url_tx, url_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let server = kaiten_server(total_customers).await;
            url_tx.send(server.url()).expect("send url");
            std::future::pending::<()>().await;
        });
    });
    url_rx.recv().expect("server url")
}

/// Runs the futures concurrently, polling only those that were woken (as
/// `tokio::spawn` or `buffer_unordered` would; `join_all` re-polls all of
/// them on every wake-up), and returns their outputs.
pub async fn run_all<F: std::future::Future>(
    futures: impl IntoIterator<Item = F>,
) -> Vec<F::Output> {
    use futures::stream::{FuturesUnordered, StreamExt};
    futures
        .into_iter()
        .collect::<FuturesUnordered<F>>()
        .collect()
        .await
}

/// Hand-written serde structs for the floor: the same fields the generated
/// `Customer` has.
pub mod raw {
    use super::*;

    /// `createdBy` / `updatedBy`.
    #[derive(Debug, Deserialize)]
    pub struct User {
        /// Id.
        pub id: String,
        /// Name.
        pub name: Option<String>,
    }

    /// A customer.
    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Customer {
        /// Created at.
        pub created_at: chrono::DateTime<chrono::Utc>,
        /// Created by.
        pub created_by: User,
        /// Domain.
        pub domain: Option<String>,
        /// External id.
        pub external_customer_id: Option<String>,
        /// Id.
        pub id: String,
        /// Integrations.
        pub integrations: Option<serde_json::Map<String, serde_json::Value>>,
        /// Name.
        pub name: String,
        /// Slug.
        pub slug: Option<String>,
        /// Updated at.
        pub updated_at: chrono::DateTime<chrono::Utc>,
        /// Updated by.
        pub updated_by: User,
    }

    /// The create body.
    #[derive(Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    pub struct CustomerCreate<'a> {
        /// External id.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub external_customer_id: Option<&'a str>,
        /// Name.
        pub name: &'a str,
    }

    /// The floor: a plain reqwest client with the same timeouts and headers
    /// as the generated client, and no retries, spans or checks.
    #[derive(Clone)]
    pub struct Floor {
        http: reqwest::Client,
        base: String,
        auth: reqwest::header::HeaderValue,
    }

    impl Floor {
        /// A floor client for `base` (e.g. `http://127.0.0.1:1234/api`).
        pub fn new(base: &str) -> Floor {
            let http = reqwest::Client::builder()
                .connect_timeout(std::time::Duration::from_secs(10))
                .timeout(std::time::Duration::from_secs(30))
                .user_agent("raw-reqwest")
                .build()
                .expect("reqwest client");
            let mut auth =
                reqwest::header::HeaderValue::from_str(&format!("Bearer {TOKEN}")).expect("header");
            auth.set_sensitive(true);
            Floor {
                http,
                base: base.to_string(),
                auth,
            }
        }

        /// POST /customers.
        pub async fn create(&self, body: &CustomerCreate<'_>) -> Result<Customer, reqwest::Error> {
            self.http
                .post(format!("{}/customers", self.base))
                .header(reqwest::header::AUTHORIZATION, self.auth.clone())
                .header(
                    reqwest::header::ACCEPT,
                    "application/json, application/problem+json",
                )
                .json(body)
                .send()
                .await?
                .error_for_status()?
                .json()
                .await
        }

        /// GET /customers/{slug}.
        pub async fn get(&self, slug: &str) -> Result<Customer, reqwest::Error> {
            self.http
                .get(format!("{}/customers/{slug}", self.base))
                .header(reqwest::header::AUTHORIZATION, self.auth.clone())
                .header(
                    reqwest::header::ACCEPT,
                    "application/json, application/problem+json",
                )
                .send()
                .await?
                .error_for_status()?
                .json()
                .await
        }
    }
}

/// The generated client, configured like the floor (retries stay on: they
/// cost nothing when nothing fails).
pub fn kaiten_client(server_url: &str) -> kaiten_client::Client {
    kaiten_client::Client::builder()
        .base_url(server_url)
        .token(TOKEN)
        .build()
        .expect("client")
}

/// Peak resident memory of this process, in KiB (`VmHWM`), where /proc has it.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}
