//! A scriptable HTTP/1.1 server on 127.0.0.1, for tests and the demo.
//!
//! It records every request exactly as it arrived (method, target, headers,
//! body) and answers from a queue of scripted [`Reply`]s, falling back to a
//! handler function. Replies can also be faults: a dropped connection after
//! the request was read, a connection reset (RST) before the response or in
//! the middle of its body, a server that never answers, a body cut short, a
//! body dripped slowly, raw bytes, a redirect. It binds only to loopback.

pub mod optable;
pub mod schemas;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// One request as the server received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// The request method, e.g. `POST`.
    pub method: String,
    /// The request target as sent: path and query, e.g. `/api/customers?limit=200`.
    pub target: String,
    /// Header names (lower-cased) and values, in arrival order.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
    /// When the request had been read completely.
    pub received_at: Instant,
}

impl Recorded {
    /// The path part of the target (before `?`).
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or("")
    }

    /// The query part of the target (after `?`), if any.
    pub fn query(&self) -> Option<&str> {
        self.target.split_once('?').map(|(_, q)| q)
    }

    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of header `name` (case-insensitive).
    pub fn header_all(&self, name: &str) -> Vec<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .filter(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The body as UTF-8 (lossy).
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// What the server does with one request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete response. `Content-Length` is added unless `headers` has one.
    Respond {
        /// Status code.
        status: u16,
        /// Extra headers.
        headers: Vec<(String, String)>,
        /// Body bytes.
        body: Vec<u8>,
    },
    /// Read the request, then close the connection without answering.
    Drop,
    /// Read the request, then neither answer nor close (until the test ends).
    Hang,
    /// Send the head with `Content-Length: declared`, then `body` (shorter), then close.
    Truncate {
        /// Status code.
        status: u16,
        /// Content-Length to declare.
        declared: usize,
        /// The bytes actually sent.
        body: Vec<u8>,
    },
    /// Send the head, then the body one byte per `every`.
    Drip {
        /// Status code.
        status: u16,
        /// Body bytes.
        body: Vec<u8>,
        /// Delay between bytes.
        every: Duration,
    },
    /// Send raw bytes as the whole response, then close.
    Raw(Vec<u8>),
    /// Read the request, then reset the connection (`SO_LINGER` 0, so the
    /// client sees an RST, not an orderly close) without answering.
    Reset,
    /// Send the head with `Content-Length: declared` and the first bytes of
    /// the body (`body`, shorter), then reset the connection (RST).
    ResetMidBody {
        /// Status code.
        status: u16,
        /// Content-Length to declare.
        declared: usize,
        /// The bytes sent before the reset.
        body: Vec<u8>,
    },
}

impl Reply {
    /// A JSON response with `Content-Type: application/json`.
    pub fn json(status: u16, body: &str) -> Reply {
        Reply::with_type(status, "application/json", body)
    }

    /// A response with the given content type.
    pub fn with_type(status: u16, content_type: &str, body: &str) -> Reply {
        Reply::Respond {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.as_bytes().to_vec(),
        }
    }

    /// A response with no body.
    pub fn status(status: u16) -> Reply {
        Reply::Respond {
            status,
            headers: vec![],
            body: vec![],
        }
    }

    /// A redirect (`301`, `302`, `303`, `307`, `308`) to `location`, with
    /// an empty body.
    pub fn redirect(status: u16, location: &str) -> Reply {
        Reply::status(status).header("location", location)
    }

    /// Adds a header to a [`Reply::Respond`] (other replies are unchanged).
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Respond { headers, .. } = &mut self {
            headers.push((name.to_string(), value.to_string()));
        }
        self
    }
}

type Handler = Arc<dyn Fn(&Recorded) -> Reply + Send + Sync>;

struct State {
    requests: Vec<Recorded>,
    /// Keep each request in `requests` (off for benchmarks and load tests,
    /// whose memory must stay flat).
    record: bool,
    count: usize,
    queue: VecDeque<Reply>,
    handler: Handler,
}

/// A running server. Dropping it stops accepting connections.
pub struct TestServer {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    connections: Arc<AtomicUsize>,
    accept_task: JoinHandle<()>,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.accept_task.abort();
    }
}

impl TestServer {
    /// Starts a server on an ephemeral port of 127.0.0.1 that answers 404
    /// to anything not scripted.
    pub async fn start() -> TestServer {
        TestServer::with_handler(|_| Reply::json(404, r#"{"title":"no reply scripted"}"#)).await
    }

    /// Starts a server whose unscripted requests are answered by `handler`.
    pub async fn with_handler(
        handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static,
    ) -> TestServer {
        TestServer::bind("127.0.0.1:0".parse().expect("loopback address"), handler)
            .await
            .expect("bind 127.0.0.1")
    }

    /// Starts a server on `addr` (which must be a loopback address).
    pub async fn bind(
        addr: SocketAddr,
        handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static,
    ) -> std::io::Result<TestServer> {
        if !addr.ip().is_loopback() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "testkit binds to loopback only",
            ));
        }
        let listener = TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(Mutex::new(State {
            requests: Vec::new(),
            record: true,
            count: 0,
            queue: VecDeque::new(),
            handler: Arc::new(handler),
        }));
        let connections = Arc::new(AtomicUsize::new(0));
        let st = state.clone();
        let conns = connections.clone();
        let accept_task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                conns.fetch_add(1, Ordering::SeqCst);
                let st = st.clone();
                tokio::spawn(async move {
                    let _ = serve_connection(stream, st).await;
                });
            }
        });
        Ok(TestServer {
            addr,
            state,
            connections,
            accept_task,
        })
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Queues replies, served in order before the handler is consulted.
    pub fn enqueue(&self, replies: impl IntoIterator<Item = Reply>) {
        self.state.lock().expect("state lock").queue.extend(replies);
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.state.lock().expect("state lock").requests.clone()
    }

    /// How many requests were received (recorded or not).
    pub fn request_count(&self) -> usize {
        self.state.lock().expect("state lock").count
    }

    /// Stops (or resumes) keeping received requests for [`TestServer::requests`];
    /// they are still counted. For benchmarks and load tests.
    pub fn set_recording(&self, record: bool) {
        self.state.lock().expect("state lock").record = record;
    }

    /// How many TCP connections were accepted.
    pub fn connection_count(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

fn find_head_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n").map(|p| p + 4)
}

async fn serve_connection(mut stream: TcpStream, state: Arc<Mutex<State>>) -> std::io::Result<()> {
    let mut buf: Vec<u8> = Vec::new();
    loop {
        // Read one request head.
        let head_end = loop {
            if let Some(end) = find_head_end(&buf) {
                break end;
            }
            let mut chunk = [0u8; 8192];
            let n = stream.read(&mut chunk).await?;
            if n == 0 {
                return Ok(());
            }
            buf.extend_from_slice(&chunk[..n]);
            if buf.len() > 1 << 20 {
                return Ok(());
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        let mut lines = head.split("\r\n");
        let request_line = lines.next().unwrap_or("");
        let mut parts = request_line.split(' ');
        let method = parts.next().unwrap_or("").to_string();
        let target = parts.next().unwrap_or("").to_string();
        let headers: Vec<(String, String)> = lines
            .filter(|l| !l.is_empty())
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let content_length = headers
            .iter()
            .find(|(n, _)| n == "content-length")
            .and_then(|(_, v)| v.parse::<usize>().ok())
            .unwrap_or(0);
        let chunked = headers
            .iter()
            .any(|(n, v)| n == "transfer-encoding" && v.to_ascii_lowercase().contains("chunked"));
        buf.drain(..head_end);
        let body = if chunked {
            read_chunked(&mut stream, &mut buf).await?
        } else {
            while buf.len() < content_length {
                let mut chunk = [0u8; 8192];
                let n = stream.read(&mut chunk).await?;
                if n == 0 {
                    return Ok(());
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            buf.drain(..content_length).collect()
        };
        let recorded = Recorded {
            method,
            target,
            headers,
            body,
            received_at: Instant::now(),
        };
        let reply = {
            let mut st = state.lock().expect("state lock");
            st.count += 1;
            if st.record {
                st.requests.push(recorded.clone());
            }
            match st.queue.pop_front() {
                Some(r) => r,
                None => {
                    let h = st.handler.clone();
                    drop(st);
                    h(&recorded)
                }
            }
        };
        match reply {
            Reply::Respond {
                status,
                headers,
                body,
            } => {
                let mut out = format!("HTTP/1.1 {status} {}\r\n", reason(status));
                let has_len = headers
                    .iter()
                    .any(|(n, _)| n.eq_ignore_ascii_case("content-length"));
                for (n, v) in &headers {
                    out.push_str(&format!("{n}: {v}\r\n"));
                }
                if !has_len {
                    out.push_str(&format!("content-length: {}\r\n", body.len()));
                }
                out.push_str("\r\n");
                let mut bytes = out.into_bytes();
                bytes.extend_from_slice(&body);
                stream.write_all(&bytes).await?;
                stream.flush().await?;
            }
            Reply::Drop => return Ok(()),
            Reply::Hang => {
                tokio::time::sleep(Duration::from_secs(3600)).await;
                return Ok(());
            }
            Reply::Truncate {
                status,
                declared,
                body,
            } => {
                let head = format!(
                    "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {declared}\r\n\r\n",
                    reason(status)
                );
                stream.write_all(head.as_bytes()).await?;
                stream.write_all(&body).await?;
                stream.flush().await?;
                return Ok(());
            }
            Reply::Drip {
                status,
                body,
                every,
            } => {
                let head = format!(
                    "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                    reason(status),
                    body.len()
                );
                stream.write_all(head.as_bytes()).await?;
                for b in body {
                    tokio::time::sleep(every).await;
                    stream.write_all(&[b]).await?;
                    stream.flush().await?;
                }
            }
            Reply::Raw(bytes) => {
                stream.write_all(&bytes).await?;
                stream.flush().await?;
                return Ok(());
            }
            Reply::Reset => {
                reset(stream);
                return Ok(());
            }
            Reply::ResetMidBody {
                status,
                declared,
                body,
            } => {
                let head = format!(
                    "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {declared}\r\n\r\n",
                    reason(status)
                );
                stream.write_all(head.as_bytes()).await?;
                stream.write_all(&body).await?;
                stream.flush().await?;
                // Let the client read what was sent before the reset
                // discards it.
                tokio::time::sleep(Duration::from_millis(50)).await;
                reset(stream);
                return Ok(());
            }
        }
    }
}

/// Closes `stream` with `SO_LINGER` 0: the kernel sends an RST.
fn reset(stream: TcpStream) {
    // If the option cannot be set the close is orderly instead: the client
    // still sees the connection end without a (complete) response.
    let _ = stream.set_zero_linger();
    drop(stream);
}

/// An address on 127.0.0.1 where nothing listens (a listener was bound to
/// an ephemeral port and closed again), for connection-refused tests.
pub fn unused_loopback_addr() -> std::io::Result<SocketAddr> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    listener.local_addr()
}

async fn read_chunked(stream: &mut TcpStream, buf: &mut Vec<u8>) -> std::io::Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line_end = loop {
            if let Some(p) = buf.windows(2).position(|w| w == b"\r\n") {
                break p;
            }
            let mut chunk = [0u8; 8192];
            let n = stream.read(&mut chunk).await?;
            if n == 0 {
                return Ok(body);
            }
            buf.extend_from_slice(&chunk[..n]);
        };
        let size_line = String::from_utf8_lossy(&buf[..line_end]).into_owned();
        let size = usize::from_str_radix(size_line.split(';').next().unwrap_or("0").trim(), 16)
            .unwrap_or(0);
        buf.drain(..line_end + 2);
        while buf.len() < size + 2 {
            let mut chunk = [0u8; 8192];
            let n = stream.read(&mut chunk).await?;
            if n == 0 {
                return Ok(body);
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        body.extend_from_slice(&buf[..size]);
        buf.drain(..size + 2);
        if size == 0 {
            return Ok(body);
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        307 => "Temporary Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Payload Too Large",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}

/// An in-memory writer for `tracing-subscriber`'s `fmt` layer (and anything
/// else that writes bytes), for tests that check what was logged, e.g. that
/// a secret never was.
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    /// Appends bytes.
    pub fn append(&self, bytes: &[u8]) {
        self.0
            .lock()
            .expect("capture lock")
            .extend_from_slice(bytes);
    }

    /// Everything written so far, as text (lossy UTF-8).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("capture lock")).into_owned()
    }
}

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.append(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// Where `actual` does not contain `expected`, as `path: why` lines (empty
/// when it does): every object key of `expected` must be in `actual` with a
/// value that contains the expected one (an explicit `null` may be absent),
/// arrays must have the same length and contain element by element, numbers
/// are compared as numbers (`1` and `1.0` agree), and anything else must be
/// equal. Keys of `actual` that `expected` lacks are fine.
pub fn json_subset(expected: &serde_json::Value, actual: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(expected, actual, "", false, &mut out);
    out
}

/// [`json_subset`] for a typed result re-serialized against the example it
/// was decoded from: also an empty array or object of the example may be
/// absent (the generated types skip empty collections when serializing),
/// and two RFC 3339 timestamps agree when they differ only in how they
/// write the same instant (`.000Z` and `Z`, `+00:00` and `Z`).
pub fn typed_subset(example: &serde_json::Value, typed: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(example, typed, "", true, &mut out);
    out
}

/// A UTC RFC 3339 timestamp without a zero fraction and with `Z`, or `None`
/// when `s` is not one.
fn utc_timestamp(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let shape = b.len() >= 20
        && b[4] == b'-'
        && b[7] == b'-'
        && (b[10] == b'T' || b[10] == b't')
        && b[13] == b':'
        && b[16] == b':';
    if !shape {
        return None;
    }
    let (head, zone) = if let Some(h) = s.strip_suffix('Z').or_else(|| s.strip_suffix('z')) {
        (h, "Z")
    } else if let Some(h) = s.strip_suffix("+00:00") {
        (h, "Z")
    } else {
        return None;
    };
    let (secs, frac) = head.split_at(19);
    let frac = frac.strip_prefix('.').unwrap_or(frac).trim_end_matches('0');
    if !frac.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(if frac.is_empty() {
        format!("{secs}{zone}")
    } else {
        format!("{secs}.{frac}{zone}")
    })
}

fn walk(
    e: &serde_json::Value,
    a: &serde_json::Value,
    at: &str,
    typed: bool,
    out: &mut Vec<String>,
) {
    use serde_json::Value;
    let empty = |v: &Value| match v {
        Value::Null => true,
        Value::Array(x) => typed && x.is_empty(),
        Value::Object(x) => typed && x.is_empty(),
        _ => false,
    };
    match (e, a) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let here = format!("{at}/{k}");
                match a.get(k) {
                    Some(av) => walk(ev, av, &here, typed, out),
                    None if empty(ev) => {}
                    None => out.push(format!("{here}: missing (expected {ev})")),
                }
            }
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => {
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                walk(ev, av, &format!("{at}/{i}"), typed, out);
            }
        }
        (Value::Number(e), Value::Number(a)) if e.as_f64() == a.as_f64() => {}
        (Value::String(es), Value::String(as_))
            if typed && utc_timestamp(es).is_some() && utc_timestamp(es) == utc_timestamp(as_) => {}
        _ if e == a => {}
        _ => out.push(format!(
            "{}: expected {e}, got {a}",
            if at.is_empty() { "/" } else { at }
        )),
    }
}
