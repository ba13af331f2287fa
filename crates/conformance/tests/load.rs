//! Load: one client, 1,000 concurrent requests to a loopback server, ten
//! rounds, for each vendor. Every request succeeds, the TCP connections the
//! server accepts stay bounded (the pool reuses them across rounds), and
//! no file descriptor leaks (counted in /proc/self/fd).
//!
//! Its own test binary with a single test, because file descriptors are
//! counted for the whole process.

use std::time::{Duration, Instant};

use conformance::{AnyClient, Kind, Opts, Vendor, assert_no_panics};
use testkit::{Reply, TestServer};

const CONCURRENT: usize = 1_000;
const ROUNDS: usize = 10;

fn open_fds() -> usize {
    std::fs::read_dir("/proc/self/fd")
        .expect("/proc/self/fd (Linux)")
        .count()
}

/// Polls `f` until it holds or `within` passes (for teardown that happens
/// in background tasks); returns whether it held.
async fn eventually(within: Duration, mut f: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + within;
    loop {
        if f() {
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_client_1000_concurrent_requests_ten_rounds_bounded_connections_no_fd_leak() {
    let baseline = open_fds();
    for v in Vendor::ALL {
        let body = v.customer_json().to_string();
        let server = TestServer::with_handler(move |_| Reply::json(200, &body)).await;
        server.set_recording(false);
        let client = AnyClient::new(v, &server, &Opts::default().retries(0));
        let mut after_round = Vec::new();
        for round in 0..ROUNDS {
            let mut calls = tokio::task::JoinSet::new();
            for _ in 0..CONCURRENT {
                let c = client.clone();
                calls.spawn(async move { c.get().await });
            }
            let mut ok = 0;
            while let Some(done) = calls.join_next().await {
                let o = done.expect("no call panicked");
                assert_eq!(o.kind, Kind::Ok, "{v:?} round {round}: {o:?}");
                ok += 1;
            }
            assert_eq!(ok, CONCURRENT);
            after_round.push((server.connection_count(), open_fds()));
        }
        assert_eq!(server.request_count(), CONCURRENT * ROUNDS);
        let (first_conns, first_fds) = after_round[0];
        let (last_conns, last_fds) = after_round[ROUNDS - 1];
        eprintln!(
            "{v:?}: (connections, open fds) after each round: {after_round:?}; baseline fds {baseline}"
        );
        // Bounded: at most the client's concurrency limit.
        assert!(
            last_conns <= client_runtime::DEFAULT_MAX_CONCURRENT_REQUESTS * 2,
            "{v:?}: {last_conns} connections for {} requests",
            CONCURRENT * ROUNDS
        );
        // Reused: rounds 2..10 open (almost) no new connections.
        assert!(
            last_conns - first_conns <= first_conns / 2,
            "{v:?}: connections grew from {first_conns} to {last_conns}"
        );
        // No leak: fds after the last round are what the open connections
        // explain (two ends each), not a per-request residue.
        assert!(
            last_fds <= first_fds + 2 * (last_conns - first_conns) + 8,
            "{v:?}: fds grew from {first_fds} to {last_fds}"
        );
        drop(client);
        drop(server);
        // Everything is closed once the client and server are gone.
        let settled = eventually(Duration::from_secs(10), || open_fds() <= baseline + 8).await;
        assert!(
            settled,
            "{v:?}: {} fds open after teardown, {baseline} before",
            open_fds()
        );
    }
    assert_no_panics();
}
