//! `cargo xtask demo`: creates a customer at Kaiten and at Kustomer with the
//! generated clients and shows one typed error from each.
//!
//! Without credentials it talks to an embedded loopback server that answers
//! with the specs' own examples. With `KAITEN_BASE_URL` + `KAITEN_AUTH_TOKEN`
//! (Kaiten) or `KUSTOMER_API_KEY` + `KUSTOMER_ORG`/`KUSTOMER_BASE_URL`
//! (Kustomer) set, it talks to the real vendor instead: that creates a real
//! customer.

mod examples;

use std::process::ExitCode;

const KAITEN_SPEC: &str = include_str!("../specs/kaiten.yaml");
const KUSTOMER_SPEC: &str = include_str!("../specs/kustomer.yaml");

#[tokio::main]
async fn main() -> ExitCode {
    let mut failed = false;
    if let Err(e) = kaiten().await {
        eprintln!("kaiten: {e}");
        failed = true;
    }
    println!();
    if let Err(e) = kustomer().await {
        eprintln!("kustomer: {e}");
        failed = true;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

async fn kaiten() -> Result<(), String> {
    use kaiten_client::{Client, CustomerCreate};
    let live = std::env::var_os("KAITEN_BASE_URL").is_some()
        && std::env::var_os("KAITEN_AUTH_TOKEN").is_some();
    let _server;
    let (client, failing) = if live {
        println!(
            "Kaiten: talking to {} (KAITEN_BASE_URL)",
            std::env::var("KAITEN_BASE_URL").unwrap_or_default()
        );
        (Client::from_env().map_err(|e| e.to_string())?, None)
    } else {
        let server = examples::serve(KAITEN_SPEC, "/api").await?;
        println!(
            "Kaiten: no KAITEN_BASE_URL/KAITEN_AUTH_TOKEN, so using the embedded example server at {}",
            server.url()
        );
        let build = |prefer: Option<&str>| {
            let mut b = Client::builder()
                .base_url(server.url())
                .token("ksh_demo_token");
            if let Some(p) = prefer {
                b = b.default_header("Prefer", p);
            }
            b.build().map_err(|e| e.to_string())
        };
        let ok = build(None)?;
        let failing = build(Some("code=409"))?;
        _server = server;
        (ok, Some(failing))
    };
    let mut new = CustomerCreate::named("Awesome Customer");
    new.external_customer_id = Some("external-customer-id-12345".into());
    println!(
        "POST {}/customers  {}",
        client.base_url(),
        serde_json::to_string(&new).unwrap_or_default()
    );
    let c = client
        .customers()
        .create(&new)
        .await
        .map_err(|e| e.to_string())?;
    println!("  -> kaiten_client::Customer");
    println!("     id          {}", c.id);
    println!("     name        {}", c.name);
    println!("     slug        {}", c.slug.as_deref().unwrap_or("-"));
    println!(
        "     external id {}",
        c.external_customer_id.as_deref().unwrap_or("-")
    );
    println!(
        "     created     {} by {}",
        c.created_at,
        c.created_by.name.as_deref().unwrap_or(&c.created_by.id)
    );
    let err = match &failing {
        Some(f) => {
            println!(
                "POST {}/customers again, the server answering 409 (Prefer: code=409)",
                f.base_url()
            );
            f.customers().create(&new).await.err()
        }
        None => {
            println!("GET {}/customers/no-such-customer-demo", client.base_url());
            client.customers().get("no-such-customer-demo").await.err()
        }
    };
    match err {
        Some(e) => {
            println!("  -> kaiten_client::Error: {e}");
            if let Some(p) = e.body() {
                println!(
                    "     status {:?}, title {:?}, detail {:?}",
                    e.status().map(|s| s.as_u16()),
                    p.title,
                    p.detail
                );
            }
        }
        None => println!("  -> unexpectedly succeeded"),
    }
    Ok(())
}

async fn kustomer() -> Result<(), String> {
    use kustomer_client::{Client, CustomAttributes, CustomValue, CustomerWrite};
    let live = std::env::var_os("KUSTOMER_API_KEY").is_some();
    let _server;
    let (client, failing) = if live {
        let c = Client::from_env().map_err(|e| e.to_string())?;
        println!("Kustomer: talking to {} (KUSTOMER_API_KEY)", c.base_url());
        (c, None)
    } else {
        let server = examples::serve(KUSTOMER_SPEC, "/v1").await?;
        println!(
            "Kustomer: no KUSTOMER_API_KEY, so using the embedded example server at {}",
            server.url()
        );
        let build = |prefer: Option<&str>| {
            let mut b = Client::builder()
                .base_url(server.url())
                .api_key("demo-api-key");
            if let Some(p) = prefer {
                b = b.default_header("Prefer", p);
            }
            b.build().map_err(|e| e.to_string())
        };
        let ok = build(None)?;
        let failing = build(Some("code=404"))?;
        _server = server;
        (ok, Some(failing))
    };
    let custom = CustomAttributes::new()
        .with("latestCsatNum", CustomValue::Num(5.0))
        .and_then(|c| c.with("acceptsMarketingBool", CustomValue::Bool(true)))
        .map_err(|e| e.to_string())?;
    let mut new = CustomerWrite::named("Jane Doe")
        .map_err(|e| e.to_string())?
        .with_custom(&custom);
    new.external_id = Some("crm-42".parse().map_err(|e| format!("{e}"))?);
    println!(
        "POST {}/customers  {}",
        client.base_url(),
        serde_json::to_string(&new).unwrap_or_default()
    );
    let c = client
        .customers()
        .create(&new)
        .await
        .map_err(|e| e.to_string())?;
    let a = c
        .attributes
        .clone()
        .ok_or("the created customer has no attributes")?;
    println!("  -> kustomer_client::Customer");
    println!("     id           {}", c.id.as_deref().unwrap_or("-"));
    println!("     name         {}", a.name.as_deref().unwrap_or("-"));
    println!(
        "     display name {}",
        a.display_name.as_deref().unwrap_or("-")
    );
    println!(
        "     emails       {:?}",
        a.emails
            .iter()
            .filter_map(|e| e.email.clone())
            .collect::<Vec<_>>()
    );
    println!(
        "     custom       {}",
        serde_json::Value::Object(a.custom.clone())
    );
    println!(
        "     created      {}",
        a.created_at.map(|t| t.to_string()).unwrap_or_default()
    );
    let err = match &failing {
        Some(f) => {
            println!(
                "GET {}/customers/000000000000000000000000, the server answering 404 (Prefer: code=404)",
                f.base_url()
            );
            f.customers().get("000000000000000000000000").await.err()
        }
        None => {
            println!(
                "GET {}/customers/000000000000000000000000",
                client.base_url()
            );
            client
                .customers()
                .get("000000000000000000000000")
                .await
                .err()
        }
    };
    match err {
        Some(e) => println!("  -> kustomer_client::Error: {e}"),
        None => println!("  -> unexpectedly succeeded"),
    }
    if let Some(rl) = client.rate_limit() {
        println!("rate limit seen: {rl:?}");
    }
    Ok(())
}
