//! Runs N gets (or creates) with either client against an in-process
//! server, for profiling with callgrind or perf:
//! `profile-get <kaiten|floor> <n> [get|create] [concurrency]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let which = args.next().unwrap_or_else(|| "kaiten".into());
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20_000);
    let create = args.next().as_deref() == Some("create");
    let concurrency: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1).max(1);
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("rt");
    let server = server_rt.block_on(bench::kaiten_server(10));
    let url = server.url();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("rt");
    rt.block_on(async {
        let started = std::time::Instant::now();
        if which == "floor" {
            let f = bench::raw::Floor::new(&format!("{url}/api"));
            let body = bench::raw::CustomerCreate {
                external_customer_id: Some("external-customer-id-12345"),
                name: "Awesome Customer",
            };
            for _ in 0..n / concurrency {
                bench::run_all((0..concurrency).map(|_| async {
                    if create {
                        drop(f.create(&body).await.expect("create"));
                    } else {
                        drop(f.get("awesome-customer").await.expect("get"));
                    }
                }))
                .await;
            }
        } else {
            let k = bench::kaiten_client(&url);
            let mut body = kaiten_client::CustomerCreate::named("Awesome Customer");
            body.external_customer_id = Some("external-customer-id-12345".into());
            let customers = k.customers();
            for _ in 0..n / concurrency {
                bench::run_all((0..concurrency).map(|_| async {
                    if create {
                        drop(customers.create(&body).await.expect("create"));
                    } else {
                        drop(customers.get("awesome-customer").await.expect("get"));
                    }
                }))
                .await;
            }
        }
        eprintln!(
            "{which}: {:.1} µs/request",
            started.elapsed().as_secs_f64() * 1e6 / n as f64
        );
    });
}
