//! Overhead of the connection: GetCustomer through [`Connection`] against a bare reqwest call
//! that sends the same request and decodes the same JSON, at 1 and 16 concurrent callers, in one
//! run (ratios, so a noisy machine cancels out). The throttle is off, then on with a rule that
//! never makes a call wait (so its bookkeeping is measured, not its waiting); retries are on but
//! never needed. Neither client has a timeout (reqwest's own timer per request would be counted against
//! the connection alone), and both build the URL of each call from the customer's id.
//!
//! Rounds alternate between the two clients; each round's ratio is taken, and the median over
//! rounds is reported, for two measures:
//!
//! - **latency**: the median duration of a call in the round;
//! - **CPU per request**: the process's CPU time (user and system, `CLOCK_PROCESS_CPUTIME_ID`)
//!   spent over the round, divided by its calls. The fake Stripe runs in a child process (this
//!   binary again, with the argument `serve`), so this process's CPU is the client's alone: the
//!   caller tasks, reqwest's connection tasks and the runtime's own work, which both sides pay
//!   alike for each request.
//!
//! `cargo bench -p stripe-connector --bench get_customer`
//!
//! For a profiler, `get_customer ours|ours-throttled|bare CALLERS CALLS` runs one side alone (after one call per
//! caller to open the connections), e.g. under
//! `valgrind --tool=callgrind target/release/deps/get_customer-… ours 16 200`; the difference
//! between two such runs with different `CALLS` is the cost of the calls in between.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, AUTHORIZATION};
use stripe_connector::{Connection, connector, metadata, types};

const KEY: &str = "sk_test_bench";
/// Calls per caller in each round; rounds alternate between the two clients.
const CALLS: usize = 250;
const ROUNDS: usize = 20;
/// The spec's 100 calls, in a window so short that no call waits: after the first 100 calls the
/// throttle keeps a full window, as for any caller that stays under its rule, and checks it on
/// every call (a full window of 100 calls over loopback takes far longer than 1 µs).
const FULL_BUT_NEVER_WAITING: metadata::Throttle = metadata::Throttle {
    calls: 100,
    period: Duration::from_micros(1),
};

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| arg != "--bench")
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args[..] {
        ["serve"] => serve(),
        [] => compare(),
        [side @ ("ours" | "ours-throttled" | "bare"), callers, calls] => {
            let callers = callers.parse().expect("CALLERS is a number");
            let calls = calls.parse().expect("CALLS is a number");
            let (side, throttled) = match side.strip_suffix("-throttled") {
                Some(side) => (side, true),
                None => (side, false),
            };
            alone(side, throttled, callers, calls);
        }
        _ => panic!("usage: get_customer [serve | ours|ours-throttled|bare CALLERS CALLS]"),
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime")
}

/// The child process: serves a fake Stripe, prints its base URL, and stops when its standard
/// input closes (when the benchmark ends, however it ends).
fn serve() {
    let runtime = runtime();
    let fake = runtime
        .block_on(fake_stripe::start())
        .expect("the fake starts");
    println!("{}", fake.base_url());
    std::io::stdout().flush().expect("stdout");
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
}

/// A fake Stripe in a child process, and its base URL; it stops when the child is dropped.
fn fake_in_child() -> (Child, String) {
    let mut child = Command::new(std::env::current_exe().expect("this binary"))
        .arg("serve")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the fake starts");
    let mut base = String::new();
    BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut base)
        .expect("the fake's URL");
    (child, base.trim().to_string())
}

/// A connection to the fake, with or without its throttle.
fn connect(base: &str, throttled: bool) -> Connection {
    Connection::builder(KEY)
        .base_url(base)
        .throttle(throttled.then_some(FULL_BUT_NEVER_WAITING))
        .timeout(None)
        .build()
        .expect("valid")
}

/// The bare client, and a customer to get.
async fn bare_and_customer(base: &str) -> (Arc<Bare>, String) {
    let customer = connect(base, false)
        .create_customer(types::CreateCustomerParams::builder())
        .await
        .expect("created");
    let bare = Arc::new(Bare {
        http: stripe_connector::client_builder()
            .build()
            .expect("a client"),
        base: base.to_string(),
    });
    (bare, customer.id)
}

fn compare() {
    let (_fake, base) = fake_in_child();
    runtime().block_on(async {
        let (bare, id) = bare_and_customer(&base).await;
        println!(
            "{ROUNDS} alternating rounds of {CALLS} calls per caller; each ratio is the median \
             over rounds of the round's ratio;\n\
             CPU time is this process's, and the fake Stripe runs in another"
        );
        println!(
            "{:17} | {:30} | CPU time per call",
            "", "latency (median call)"
        );
        println!(
            "{:>8} {:>8} | {:>10} {:>10} {:>7} | {:>10} {:>10} {:>7}",
            "throttle", "callers", "connection", "bare", "ratio", "connection", "bare", "ratio"
        );
        for throttled in [false, true] {
            let stripe = connect(&base, throttled);
            for callers in [1, 16] {
                let mut warm = Round::default();
                warm.run(&stripe, &bare, &id, callers).await;
                let mut rounds = Vec::with_capacity(ROUNDS);
                for _ in 0..ROUNDS {
                    let mut round = Round::default();
                    round.run(&stripe, &bare, &id, callers).await;
                    rounds.push(round);
                }
                print_row(throttled, callers, &mut rounds);
            }
        }
    });
}

/// One line of results: medians, and the median of the rounds' ratios.
fn print_row(throttled: bool, callers: usize, rounds: &mut [Round]) {
    let calls = (callers * CALLS) as f64;
    let latency = |durations: &mut Vec<Duration>| micros(median(durations));
    let cpu = |cpu: Duration| micros(cpu) / calls;
    let mut latency_ratios: Vec<f64> = rounds
        .iter_mut()
        .map(|r| latency(&mut r.ours) / latency(&mut r.bare))
        .collect();
    let mut cpu_ratios: Vec<f64> = rounds
        .iter()
        .map(|r| r.ours_cpu.as_secs_f64() / r.bare_cpu.as_secs_f64())
        .collect();
    let mut ours_cpu: Vec<f64> = rounds.iter().map(|r| cpu(r.ours_cpu)).collect();
    let mut bare_cpu: Vec<f64> = rounds.iter().map(|r| cpu(r.bare_cpu)).collect();
    let mut ours: Vec<Duration> = rounds.iter().flat_map(|r| r.ours.clone()).collect();
    let mut theirs: Vec<Duration> = rounds.iter().flat_map(|r| r.bare.clone()).collect();
    println!(
        "{:>8} {callers:>8} | {:>7.1} µs {:>7.1} µs {:>6.3}x | {:>7.1} µs {:>7.1} µs {:>6.3}x",
        if throttled { "on" } else { "off" },
        latency(&mut ours),
        latency(&mut theirs),
        median_f64(&mut latency_ratios),
        median_f64(&mut ours_cpu),
        median_f64(&mut bare_cpu),
        median_f64(&mut cpu_ratios),
    );
}

/// One side alone, for a profiler: `callers` callers making `calls` calls each.
fn alone(side: &str, throttled: bool, callers: usize, calls: usize) {
    let (_fake, base) = fake_in_child();
    runtime().block_on(async {
        let (bare, id) = bare_and_customer(&base).await;
        let stripe = connect(&base, throttled);
        let ours = side == "ours";
        let run = |calls| run_side(ours, &stripe, &bare, &id, callers, calls);
        run(1).await;
        run(calls).await;
    });
}

/// The same request by hand: what the connection sends, decoded into the same type.
struct Bare {
    http: reqwest::Client,
    base: String,
}

impl Bare {
    async fn get_customer(&self, id: &str) -> types::Customer {
        let response = self
            .http
            .get(format!("{}/v1/customers/{id}", self.base))
            .header(AUTHORIZATION, format!("Bearer {KEY}"))
            .header("stripe-version", connector::STRIPE_VERSION)
            .header(ACCEPT, "application/json")
            .send()
            .await
            .expect("the fake answers");
        response.json().await.expect("a customer")
    }
}

/// What one round of each client took: each call's duration and the process's CPU time.
#[derive(Default)]
struct Round {
    ours: Vec<Duration>,
    bare: Vec<Duration>,
    ours_cpu: Duration,
    bare_cpu: Duration,
}

impl Round {
    /// One round of each client with `callers` concurrent callers of [`CALLS`] calls each.
    async fn run(&mut self, stripe: &Connection, bare: &Arc<Bare>, id: &str, callers: usize) {
        let start = process_cpu();
        self.ours = run_side(true, stripe, bare, id, callers, CALLS).await;
        let middle = process_cpu();
        self.bare = run_side(false, stripe, bare, id, callers, CALLS).await;
        self.ours_cpu = middle - start;
        self.bare_cpu = process_cpu() - middle;
    }
}

/// `callers` concurrent callers of `calls` calls each through one client; each call's duration.
async fn run_side(
    ours: bool,
    stripe: &Connection,
    bare: &Arc<Bare>,
    id: &str,
    callers: usize,
    calls: usize,
) -> Vec<Duration> {
    let tasks: Vec<_> = (0..callers)
        .map(|_| {
            let id = id.to_string();
            if ours {
                let stripe = stripe.clone();
                tokio::spawn(async move { timed(calls, || stripe.get_customer(&id, &[])).await })
            } else {
                let bare = bare.clone();
                tokio::spawn(async move {
                    timed(calls, || async {
                        Ok::<_, ()>(bare.get_customer(&id).await)
                    })
                    .await
                })
            }
        })
        .collect();
    let mut durations = Vec::with_capacity(callers * calls);
    for task in tasks {
        durations.extend(task.await.expect("no panic"));
    }
    durations
}

/// The duration of each of `calls` sequential calls.
async fn timed<F, Fut, T, E>(calls: usize, call: F) -> Vec<Duration>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<T, E>>,
    E: std::fmt::Debug,
{
    let mut durations = Vec::with_capacity(calls);
    for _ in 0..calls {
        let start = Instant::now();
        std::hint::black_box(call().await.expect("the call succeeds"));
        durations.push(start.elapsed());
    }
    durations
}

/// The CPU time this process has used so far, in all its threads, user and system.
fn process_cpu() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable timespec for the call's duration.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "the process CPU clock is readable");
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

fn median(durations: &mut [Duration]) -> Duration {
    durations.sort();
    durations[durations.len() / 2]
}

fn median_f64(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}
