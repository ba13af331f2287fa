//! The loopback Kaiten server as its own process, for clients in other
//! languages (the Python SDK comparison). Prints its base URL, then serves
//! until stdin closes.
//!
//! `cargo run --release -p bench --bin bench-server`

use std::io::Read;

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let server = rt.block_on(bench::kaiten_server(10_000));
    println!("{}", server.url());
    let mut sink = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut sink);
    drop(server);
}
