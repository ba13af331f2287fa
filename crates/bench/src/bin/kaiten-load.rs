//! The Rust side of the Python SDK comparison: `kaiten-client` running the
//! same create/get workload as `scripts/kaitencloud_load.py`, against the
//! same `bench-server` process, with the same concurrency.
//!
//! `kaiten-load <base-url> <requests> <concurrency> [kaiten|floor]` prints
//! JSON; `floor` runs the raw-reqwest floor instead, for reference.

use futures::future::join_all;
use kaiten_client::CustomerCreate;

/// CPU time (user + system) this process has used, in seconds: the sum of
/// its threads' run time from `/proc/self/task/*/schedstat` (nanoseconds,
/// what Python's `time.process_time()` reads too), or, where that is
/// missing, `/proc/self/stat` in clock ticks (10 ms).
fn cpu_seconds() -> f64 {
    let schedstat_ns: Option<u64> = std::fs::read_dir("/proc/self/task").ok().map(|tasks| {
        tasks
            .flatten()
            .filter_map(|t| std::fs::read_to_string(t.path().join("schedstat")).ok())
            .filter_map(|s| s.split_whitespace().next()?.parse::<u64>().ok())
            .sum()
    });
    if let Some(ns) = schedstat_ns.filter(|ns| *ns > 0) {
        return ns as f64 / 1e9;
    }
    // /proc/self/stat fields 14 and 15: utime and stime in clock ticks.
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn main() {
    let mut args = std::env::args().skip(1);
    let url = args
        .next()
        .expect("usage: kaiten-load <base-url> <requests> <concurrency>");
    let requests: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(2000);
    let concurrency: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1).max(1);
    let floor = args.next().as_deref() == Some("floor");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let mut cpu = 0.0;
    let seconds = rt.block_on(async {
        let per_worker = requests / concurrency;
        if floor {
            let raw = bench::raw::Floor::new(&format!("{url}/api"));
            let body = bench::raw::CustomerCreate {
                external_customer_id: Some("external-customer-id-12345"),
                name: "Awesome Customer",
            };
            raw.get("warm").await.expect("warm-up");
            cpu = cpu_seconds();
            let started = std::time::Instant::now();
            join_all((0..concurrency).map(|_| async {
                for i in 0..per_worker {
                    if i % 2 == 0 {
                        raw.create(&body).await.expect("create");
                    } else {
                        raw.get("awesome-customer").await.expect("get");
                    }
                }
            }))
            .await;
            return started.elapsed().as_secs_f64();
        }
        let kaiten = bench::kaiten_client(&url);
        let mut body = CustomerCreate::named("Awesome Customer");
        body.external_customer_id = Some("external-customer-id-12345".into());
        kaiten.customers().get("warm").await.expect("warm-up");
        cpu = cpu_seconds();
        let started = std::time::Instant::now();
        // Half creates, half gets, `concurrency` in flight.
        join_all((0..concurrency).map(|_| {
            let kaiten = kaiten.clone();
            let body = body.clone();
            async move {
                for i in 0..per_worker {
                    if i % 2 == 0 {
                        kaiten.customers().create(&body).await.expect("create");
                    } else {
                        kaiten
                            .customers()
                            .get("awesome-customer")
                            .await
                            .expect("get");
                    }
                }
            }
        }))
        .await;
        started.elapsed().as_secs_f64()
    });
    let cpu = cpu_seconds() - cpu;
    let done = (requests / concurrency) * concurrency;
    println!(
        "{{\"client\": \"{}\", \"requests\": {done}, \"concurrency\": {concurrency}, \"seconds\": {seconds:.3}, \"requests_per_second\": {:.0}, \"client_cpu_us_per_request\": {:.1}}}",
        if floor {
            "raw reqwest floor (Rust)"
        } else {
            "kaiten-client (Rust)"
        },
        done as f64 / seconds,
        cpu * 1e6 / done as f64
    );
}
