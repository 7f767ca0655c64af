//! What `listen` buys over `watch`, measured on the real commands (this crate's release binary)
//! against a fake Stripe served in this process, in one run:
//!
//! 1. Latency from the create request to the object's line on stdout, p50 and p99 over 1,000
//!    customers created one every 5 ms, for `listen customer` (webhooks; `--reconcile 60`, so
//!    every line comes from a webhook) beside `watch customer --interval 1` (the polling trigger
//!    polling every second instead of the connector's 120 s).
//! 2. The calls each spends while nothing happens, counted per API key in the fake's request log
//!    over a 12 s window with short intervals (`listen --into --reconcile 1 --poll 4` against
//!    `watch --interval 1`) and checked against the intervals' arithmetic, then that arithmetic
//!    at the defaults: per hour, `listen` 3600/60 reconciliations + 3600/3600 list polls, `watch`
//!    3600/120 polls.
//!
//! `cargo bench -p stripe-connector-cli --bench listen`; `-- 200` for fewer objects.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fake_stripe::FakeStripe;
use stripe_connector::{Connection, connector, types};

/// The idle window of part 2, in seconds.
const WINDOW: u64 = 12;
/// `listen`'s default `--reconcile` and `--poll`, in seconds.
const RECONCILE: u64 = 60;
const LIST_POLL: u64 = 3600;

fn main() {
    let objects: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000);
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let fake = runtime
        .block_on(fake_stripe::start())
        .expect("the fake starts");
    let folder = tempfile::tempdir().expect("a temporary folder");
    latency(&runtime, &fake, objects);
    idle_calls(&fake, folder.path());
}

/// A child of the binary with `key`, pointed at the fake, its output piped.
fn spawn(fake: &FakeStripe, key: &str, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_stripe-connector"))
        .env("STRIPE_API_KEY", key)
        .arg("--base-url")
        .arg(fake.base_url())
        .arg("--no-throttle")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts")
}

/// The lines of `stream`, each with the instant it was read.
fn lines(stream: impl std::io::Read + Send + 'static) -> Receiver<(Instant, String)> {
    let (send, receive) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if send.send((Instant::now(), line)).is_err() {
                break;
            }
        }
    });
    receive
}

/// Waits for a line of `errors` that contains `text`.
fn wait_for(errors: &Receiver<(Instant, String)>, text: &str) {
    let mut seen = Vec::new();
    loop {
        match errors.recv_timeout(Duration::from_secs(30)) {
            Ok((_, line)) if line.contains(text) => return,
            Ok((_, line)) => seen.push(line),
            Err(_) => panic!("no {text:?} on stderr: {}", seen.join("\n")),
        }
    }
}

/// A free port on loopback.
fn free_port() -> u16 {
    let socket = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    socket.local_addr().expect("its address").port()
}

/// Part 1: create-to-stdout latency of `listen` and `watch --interval 1`.
fn latency(runtime: &tokio::runtime::Runtime, fake: &FakeStripe, objects: usize) {
    const KEY: &str = "sk_test_latency";
    let port = free_port().to_string();
    let url = format!("http://127.0.0.1:{port}/");
    let listen_args = ["listen", "customer", "--port", &port, "--public-url", &url];
    let mut listen = spawn(fake, KEY, &listen_args);
    let mut watch = spawn(fake, KEY, &["watch", "customer", "--interval", "1"]);
    let listened = lines(listen.stdout.take().expect("stdout"));
    let watched = lines(watch.stdout.take().expect("stdout"));
    // Kept until the end: a child whose stderr is closed fails at its next line.
    let errors = [&mut listen, &mut watch].map(|c| lines(c.stderr.take().expect("stderr")));
    wait_for(&errors[0], "listening for");
    wait_for(&errors[1], "watch customer");
    // The watch anchors at its first poll, just after it starts.
    thread::sleep(Duration::from_millis(1500));

    let stripe = Connection::builder(KEY)
        .base_url(fake.base_url())
        .throttle(None)
        .build()
        .expect("a connection");
    let sent = runtime.block_on(create_paced(&stripe, objects));
    let deadline = Instant::now() + Duration::from_secs(15);
    let webhook = arrivals(&listened, objects, deadline);
    let polled = arrivals(&watched, objects, deadline);
    for child in [&mut listen, &mut watch] {
        let _ = child.kill();
        let _ = child.wait();
    }
    println!("latency from create to stdout, {objects} customers created one every 5 ms:");
    report("listen (webhooks)", &sent, &webhook);
    report("watch --interval 1 (polling)", &sent, &polled);
}

/// Creates `n` customers, one every 5 ms: each id with the instant before its request.
async fn create_paced(stripe: &Connection, n: usize) -> HashMap<String, Instant> {
    let mut tick = tokio::time::interval(Duration::from_millis(5));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut sent = HashMap::with_capacity(n);
    for _ in 0..n {
        tick.tick().await;
        let at = Instant::now();
        let params = types::CreateCustomerParams::builder();
        let customer = stripe.create_customer(params).await.expect("created");
        sent.insert(customer.id, at);
    }
    sent
}

/// The first arrival of each id among `lines`, until `n` ids or `deadline`.
fn arrivals(
    lines: &Receiver<(Instant, String)>,
    n: usize,
    deadline: Instant,
) -> HashMap<String, Instant> {
    let mut seen = HashMap::with_capacity(n);
    while seen.len() < n {
        let left = deadline.saturating_duration_since(Instant::now());
        let Ok((at, line)) = lines.recv_timeout(left) else {
            break;
        };
        let value: serde_json::Value = serde_json::from_str(&line).expect("a JSON line");
        let id = value["id"].as_str().expect("an id").to_string();
        seen.entry(id).or_insert(at);
    }
    seen
}

/// Prints p50, p99 and the maximum of the latencies of one path.
fn report(path: &str, sent: &HashMap<String, Instant>, arrived: &HashMap<String, Instant>) {
    let mut millis: Vec<f64> = arrived
        .iter()
        .filter_map(|(id, at)| Some(at.duration_since(*sent.get(id)?).as_secs_f64() * 1e3))
        .collect();
    millis.sort_by(f64::total_cmp);
    let at = |share: f64| millis[((millis.len() as f64 * share) as usize).min(millis.len() - 1)];
    println!(
        "  {path:<30} {:>5} delivered   p50 {:>7.1} ms   p99 {:>7.1} ms   max {:>7.1} ms",
        millis.len(),
        at(0.50),
        at(0.99),
        at(1.0)
    );
}

/// Part 2: the calls spent while idle, from the fake's request log.
fn idle_calls(fake: &FakeStripe, folder: &Path) {
    const LISTENER: &str = "sk_test_idlelisten";
    const WATCHER: &str = "sk_test_idlewatch";
    let log = folder.join("requests.jsonl");
    fake.log_requests(&log).expect("a request log");
    let port = free_port().to_string();
    let url = format!("http://127.0.0.1:{port}/");
    let database = folder.join("idle.db");
    let database = database.to_str().expect("a UTF-8 path");
    let listen_args = [
        "listen",
        "customer",
        "--port",
        &port,
        "--public-url",
        &url,
        "--into",
        database,
        "--reconcile",
        "1",
        "--poll",
        "4",
    ];
    let mut listen = spawn(fake, LISTENER, &listen_args);
    let mut watch = spawn(fake, WATCHER, &["watch", "customer", "--interval", "1"]);
    let errors = [&mut listen, &mut watch].map(|c| lines(c.stderr.take().expect("stderr")));
    wait_for(&errors[0], "listening for");
    wait_for(&errors[1], "watch customer");
    thread::sleep(Duration::from_millis(2500));
    let start = unix_now();
    thread::sleep(Duration::from_secs(WINDOW));
    let end = unix_now();
    for child in [&mut listen, &mut watch] {
        let _ = child.kill();
        let _ = child.wait();
    }
    let count = |key: &str| calls(&log, key, start, end);
    let (listened, watched) = (count(LISTENER), count(WATCHER));
    let (listen_expected, watch_expected) = (WINDOW + WINDOW / 4, WINDOW);
    println!("calls while idle, counted in the fake's request log over {WINDOW} s:");
    line(
        "listen --reconcile 1 --poll 4",
        listened,
        &format!("/v1/events every 1 s + /v1/customers every 4 s: {listen_expected}"),
    );
    line(
        "watch --interval 1",
        watched,
        &format!("/v1/customers every 1 s: {watch_expected}"),
    );
    for (counted, expected) in [(listened, listen_expected), (watched, watch_expected)] {
        assert!(
            counted.abs_diff(expected as usize) <= 1,
            "{counted} calls counted where the intervals make {expected}"
        );
    }
    let per_hour = |seconds: u64| 3600 / seconds;
    let (reconcile, list_poll) = (per_hour(RECONCILE), per_hour(LIST_POLL));
    let polling = per_hour(connector::POLL_INTERVAL.as_secs()) as usize;
    let seconds = connector::POLL_INTERVAL.as_secs();
    println!("per idle hour at the defaults, by the same arithmetic:");
    line(
        "listen --into, one trigger",
        (reconcile + list_poll) as usize,
        &format!("--reconcile {RECONCILE} --poll {LIST_POLL}"),
    );
    line(
        "listen to stdout, one trigger",
        reconcile as usize,
        "no list poll",
    );
    line("watch, one trigger", polling, &format!("every {seconds} s"));
    line("watch, the four triggers", 4 * polling, "");
}

/// One line of the table of calls.
fn line(what: &str, calls: usize, why: &str) {
    println!("  {what:<32} {calls:>4}   {why}");
}

/// The requests made with `key` from `start` to `end` (unix seconds), by the log at `path`.
fn calls(path: &Path, key: &str, start: f64, end: f64) -> usize {
    let fingerprint = fake_stripe::key_fingerprint(key);
    let text = std::fs::read_to_string(path).expect("the request log");
    text.lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|r| r["key"] == fingerprint.as_str())
        .filter(|r| {
            r["time"]
                .as_f64()
                .is_some_and(|t| (start..end).contains(&t))
        })
        .count()
}

fn unix_now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}
