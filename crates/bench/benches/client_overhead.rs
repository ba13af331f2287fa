//! Client overhead: `kaiten-client` against the floor (raw reqwest with
//! hand-written serde structs) on the same loopback server, in the same run.
//! Single connection (one request at a time) and 16 concurrent requests.
//!
//! `cargo bench -p bench --bench client_overhead`; ratios: `scripts/bench-ratios.py`.

use std::time::Duration;

use bench::raw::{CustomerCreate as RawCreate, Floor};
use bench::run_all;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use kaiten_client::CustomerCreate;

fn benches(c: &mut Criterion) {
    let url = bench::server_thread(10_000);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let kaiten = bench::kaiten_client(&url);
    let floor = Floor::new(&format!("{url}/api"));
    let mut body = CustomerCreate::named("Awesome Customer");
    body.external_customer_id = Some("external-customer-id-12345".into());
    let raw_body = RawCreate {
        external_customer_id: Some("external-customer-id-12345"),
        name: "Awesome Customer",
    };
    // Warm both pools.
    rt.block_on(async {
        kaiten.customers().get("warm").await.expect("kaiten get");
        floor.get("warm").await.expect("floor get");
    });

    let mut g = c.benchmark_group("get_customer");
    g.measurement_time(Duration::from_secs(8));
    g.bench_function(BenchmarkId::new("raw-reqwest", 1), |b| {
        b.to_async(&rt)
            .iter(|| async { floor.get("awesome-customer").await.expect("get") })
    });
    g.bench_function(BenchmarkId::new("kaiten-client", 1), |b| {
        b.to_async(&rt).iter(|| async {
            kaiten
                .customers()
                .get("awesome-customer")
                .await
                .expect("get")
        })
    });
    g.bench_function(BenchmarkId::new("raw-reqwest", 16), |b| {
        b.to_async(&rt).iter(|| async {
            run_all((0..16).map(|_| floor.get("awesome-customer")))
                .await
                .into_iter()
                .for_each(|r| {
                    r.expect("get");
                })
        })
    });
    g.bench_function(BenchmarkId::new("kaiten-client", 16), |b| {
        b.to_async(&rt).iter(|| async {
            let customers = kaiten.customers();
            run_all((0..16).map(|_| customers.get("awesome-customer")))
                .await
                .into_iter()
                .for_each(|r| {
                    r.expect("get");
                })
        })
    });
    g.finish();

    let mut g = c.benchmark_group("create_customer");
    g.measurement_time(Duration::from_secs(8));
    g.bench_function(BenchmarkId::new("raw-reqwest", 1), |b| {
        b.to_async(&rt)
            .iter(|| async { floor.create(&raw_body).await.expect("create") })
    });
    g.bench_function(BenchmarkId::new("kaiten-client", 1), |b| {
        b.to_async(&rt)
            .iter(|| async { kaiten.customers().create(&body).await.expect("create") })
    });
    g.bench_function(BenchmarkId::new("raw-reqwest", 16), |b| {
        b.to_async(&rt).iter(|| async {
            run_all((0..16).map(|_| floor.create(&raw_body)))
                .await
                .into_iter()
                .for_each(|r| {
                    r.expect("create");
                })
        })
    });
    g.bench_function(BenchmarkId::new("kaiten-client", 16), |b| {
        b.to_async(&rt).iter(|| async {
            let customers = kaiten.customers();
            run_all((0..16).map(|_| customers.create(&body)))
                .await
                .into_iter()
                .for_each(|r| {
                    r.expect("create");
                })
        })
    });
    g.finish();
}

criterion_group!(client_overhead, benches);
criterion_main!(client_overhead);
