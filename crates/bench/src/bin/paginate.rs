//! Pagination at scale: walks N synthetic customers (200 per page) from a
//! loopback server with `kaiten-client`'s list stream, without collecting
//! them, and prints items/s and the process's peak memory.
//!
//! `cargo run --release -p bench --bin paginate -- 10000`

use futures::TryStreamExt;

fn main() {
    let total: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let server = server_rt.block_on(bench::kaiten_server(total));
    let url = server.url();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let rss_before = bench::peak_rss_kib().unwrap_or(0);
    let started = std::time::Instant::now();
    let (count, bytes) = rt.block_on(async {
        let kaiten = bench::kaiten_client(&url);
        let mut stream = std::pin::pin!(kaiten.customers().list());
        let mut count = 0usize;
        let mut name_bytes = 0usize;
        while let Some(c) = stream.try_next().await.expect("page") {
            count += 1;
            name_bytes += c.slug.map_or(0, |s| s.len());
        }
        (count, name_bytes)
    });
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(count, total, "every customer exactly once");
    println!(
        "{{\"customers\": {count}, \"pages\": {}, \"seconds\": {secs:.3}, \"items_per_second\": {:.0}, \"peak_rss_kib\": {}, \"peak_rss_kib_before_walk\": {rss_before}, \"slug_bytes\": {bytes}}}",
        count.div_ceil(200),
        count as f64 / secs,
        bench::peak_rss_kib().unwrap_or(0)
    );
}
