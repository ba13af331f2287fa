//! Client overhead, measured A/B: `kaiten-client` and the raw-reqwest floor
//! take turns (alternating which goes first) against the same in-process
//! loopback server, so drift in machine load hits both alike. For each
//! workload it prints the median time per request of each client over the
//! rounds, the ratio of the medians, and the spread of the per-round ratios.
//!
//! `cargo run --release -p bench --bin overhead -- [rounds] [requests-per-round]`

use std::time::Instant;

use bench::raw::{CustomerCreate as RawCreate, Floor};
use bench::run_all;
use kaiten_client::CustomerCreate;

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Get,
    Create,
}

async fn round_floor(
    floor: &Floor,
    op: Op,
    n: usize,
    concurrency: usize,
    body: &RawCreate<'_>,
) -> f64 {
    let started = Instant::now();
    for _ in 0..n / concurrency {
        run_all((0..concurrency).map(|_| async {
            match op {
                Op::Get => drop(floor.get("awesome-customer").await.expect("get")),
                Op::Create => drop(floor.create(body).await.expect("create")),
            }
        }))
        .await;
    }
    started.elapsed().as_secs_f64() * 1e6 / n as f64
}

async fn round_kaiten(
    k: &kaiten_client::Client,
    op: Op,
    n: usize,
    concurrency: usize,
    body: &CustomerCreate,
) -> f64 {
    let started = Instant::now();
    let customers = k.customers();
    for _ in 0..n / concurrency {
        run_all((0..concurrency).map(|_| async {
            match op {
                Op::Get => drop(customers.get("awesome-customer").await.expect("get")),
                Op::Create => drop(customers.create(body).await.expect("create")),
            }
        }))
        .await;
    }
    started.elapsed().as_secs_f64() * 1e6 / n as f64
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(31);
    let per_round: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(800);
    let url = bench::server_thread(10);
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
    println!(
        "| workload | raw reqwest (median µs/request) | kaiten-client (median µs/request) | ratio of medians | per-round ratios p10–p90 |"
    );
    println!("|---|---|---|---|---|");
    for (name, op, concurrency) in [
        ("get, 1 connection", Op::Get, 1),
        ("get, 16 concurrent", Op::Get, 16),
        ("create, 1 connection", Op::Create, 1),
        ("create, 16 concurrent", Op::Create, 16),
    ] {
        let (mut f, mut k, mut r) = (Vec::new(), Vec::new(), Vec::new());
        rt.block_on(async {
            // Warm-up round for both.
            round_floor(&floor, op, per_round / 4, concurrency, &raw_body).await;
            round_kaiten(&kaiten, op, per_round / 4, concurrency, &body).await;
            for i in 0..rounds {
                let (a, b) = if i % 2 == 0 {
                    let a = round_floor(&floor, op, per_round, concurrency, &raw_body).await;
                    (
                        a,
                        round_kaiten(&kaiten, op, per_round, concurrency, &body).await,
                    )
                } else {
                    let b = round_kaiten(&kaiten, op, per_round, concurrency, &body).await;
                    (
                        round_floor(&floor, op, per_round, concurrency, &raw_body).await,
                        b,
                    )
                };
                f.push(a);
                k.push(b);
                r.push(b / a);
            }
        });
        let (mf, mk) = (median(&mut f), median(&mut k));
        r.sort_by(|a, b| a.total_cmp(b));
        let p = |q: f64| r[((r.len() - 1) as f64 * q).round() as usize];
        println!(
            "| {name} | {mf:.1} | {mk:.1} | {:.3}x | {:.3}–{:.3} |",
            mk / mf,
            p(0.1),
            p(0.9)
        );
    }
}
