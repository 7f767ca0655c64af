//! What a call through [`Connection`] costs beside the floor: bare reqwest sending the same
//! request and decoding the same answer into a plain `#[derive(Deserialize)]` struct of the whole
//! customer (`floor/mod.rs`), for one customer (`GET /v1/customers/{id}`) and for a page of 100
//! (`GET /v1/customers?limit=100`, the trigger's poll), at 1 and 16 concurrent callers, in one
//! run (ratios, so a noisy machine cancels out).
//!
//! The answers are Stripe's own fixture customer of 2019-10-08 (`tests/data/stripe-openapi/`,
//! all 26 fields), served by a child process (this binary again, with the argument `serve`) from
//! bytes rendered once, so this process's CPU clock holds the client's work alone. A third side,
//! bare reqwest decoding into the crate's own `types::Customer`, splits what the connection's
//! call path costs from what its types cost to decode. The throttle is off (one row has it on,
//! with a rule that never makes a call wait, so its bookkeeping is measured, not its waiting);
//! retries are on but never needed. No client has a timeout (reqwest's timer per request would
//! be counted against the connection alone).
//!
//! Each round runs every side in turn (the order rotates from round to round); each round's
//! ratio is taken, and the median over rounds is reported, for two measures:
//!
//! - **latency**: the median duration of a call in the round;
//! - **CPU per call**: the process's CPU time (user and system, `CLOCK_PROCESS_CPUTIME_ID`) over
//!   the round, divided by its calls; for the page also per customer.
//!
//! `cargo bench -p stripe-connector --bench get_customer`
//!
//! **One caller, and the runtime.** Both processes (the client and the child serving) run on a
//! current-thread tokio runtime. With the multi-thread runtime of two workers that this bench
//! used before, the one-caller figures were bimodal on the 2-vCPU development machine: the same
//! binary, run again and again, gave a median call of 38-39 µs in some runs and 49-79 µs in
//! others, with CPU per call following it (24-25 µs against 37-64 µs), so the slow mode is work,
//! not waiting. Pinning both processes to one CPU (`taskset -c 0`) kept it bimodal (39-62 µs),
//! so CPU placement and frequency are not the cause; neither is Nagle's algorithm with delayed
//! ACKs (that costs 40 ms, not tens of µs; reqwest sets `TCP_NODELAY`) nor the pool (`strace`
//! shows one `connect` for the whole run, and the same system calls per call on each side). On
//! current-thread runtimes ten runs in a row, pinned or not, gave 36.0-38.7 µs and 23-31 µs of
//! CPU. So the runtime is the cause: most likely its second worker, woken (at a context switch
//! each time) to look for work that the first one then runs itself, in the runs where the task
//! and the I/O driver happen to settle on different workers, which they keep for the whole run. `BENCH_RUNTIME=multi` brings
//! the old runtime back, and `latency SIDE SHAPE CALLS` prints one caller's percentiles, to see it
//! again:
//!
//! ```text
//! B=target/release/deps/get_customer-HASH   # after `cargo bench --bench get_customer --no-run`
//! for i in 1 2 3 4 5; do BENCH_RUNTIME=multi $B latency plain customer 3000; done
//! ```
//!
//! One caller's CPU per call also follows the load of the machine (each call waits for the
//! server, and other processes run meanwhile): compare the ratios of one run, not absolute times.
//!
//! **Instruction counts** (callgrind), from the same binary:
//!
//! ```text
//! # decoding alone, no network: N decodes of the fixture's bytes into each type
//! for side in plain typed; do for n in 20 40; do
//!   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.$side.$n $B decode $side page $n
//! done; done
//! # whole calls, the server in its child process (not traced): `alone SIDE SHAPE CALLERS CALLS`
//! for side in connection plain; do for n in 200 400; do
//!   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.$side.$n $B alone $side customer 1 $n
//! done; done
//! ```
//!
//! The difference between two runs with different counts, divided by the difference of the
//! counts, is the cost of one (the start-up cancels out); `callgrind_annotate` on one of them
//! lists where it goes.

mod child;
#[allow(dead_code, reason = "the floor's fields are decoded, not read")]
mod floor;

use std::num::NonZeroU64;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, AUTHORIZATION};
use serde::de::DeserializeOwned;
use stripe_connector::{Connection, connector, metadata, types};

const KEY: &str = "sk_test_bench";
/// The id of Stripe's fixture customer (the server answers it for any id).
const ID: &str = "cus_Fwynm3WSrERwqD";
const ROUNDS: usize = 20;
/// Customers in a page: the most a list call returns, as the trigger asks.
const PAGE: usize = 100;
/// The spec's 100 calls, in a window so short that no call waits: after the first 100 calls the
/// throttle keeps a full window, as for any caller that stays under its rule, and checks it on
/// every call (a full window of 100 calls over loopback takes far longer than 1 µs).
const FULL_BUT_NEVER_WAITING: metadata::Throttle = metadata::Throttle {
    calls: 100,
    period: Duration::from_micros(1),
};

/// What a call asks for.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    /// `GET /v1/customers/{id}`.
    Customer,
    /// `GET /v1/customers?limit=100`.
    Page,
}

impl Shape {
    fn parse(arg: &str) -> Self {
        match arg {
            "customer" => Shape::Customer,
            "page" => Shape::Page,
            _ => panic!("SHAPE is customer or page"),
        }
    }

    /// Calls per caller in a round: about as long for each shape.
    fn calls(self) -> usize {
        match self {
            Shape::Customer => 250,
            Shape::Page => 12,
        }
    }

    /// Customers in an answer.
    fn objects(self) -> usize {
        match self {
            Shape::Customer => 1,
            Shape::Page => PAGE,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Shape::Customer => "customer",
            Shape::Page => "page of 100",
        }
    }
}

/// Who makes the call.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    /// The connection: the generated call, its hooks and the crate's types.
    Connection,
    /// Bare reqwest into the crate's `types::Customer`.
    Typed,
    /// Bare reqwest into the plain struct: the floor.
    Plain,
}

const SIDES: [Side; 3] = [Side::Connection, Side::Typed, Side::Plain];

impl Side {
    fn parse(arg: &str) -> Self {
        match arg {
            "connection" => Side::Connection,
            "typed" => Side::Typed,
            "plain" => Side::Plain,
            _ => panic!("SIDE is connection, typed or plain"),
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| arg != "--bench")
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args[..] {
        ["serve"] => serve(),
        [] => compare(),
        ["alone", side, shape, callers, calls] => alone(
            Side::parse(side),
            Shape::parse(shape),
            callers.parse().expect("CALLERS is a number"),
            calls.parse().expect("CALLS is a number"),
        ),
        ["latency", side, shape, calls] => latency(
            Side::parse(side),
            Shape::parse(shape),
            calls.parse().expect("CALLS is a number"),
        ),
        ["decode", side, shape, times] => decode(
            Side::parse(side),
            Shape::parse(shape),
            times.parse().expect("N is a number"),
        ),
        _ => panic!(
            "usage: get_customer [serve | alone SIDE SHAPE CALLERS CALLS | latency SIDE SHAPE CALLS \
             | decode SIDE SHAPE N]"
        ),
    }
}

/// The runtime of both processes: current-thread (see the module's comment for why), or with
/// `BENCH_RUNTIME=multi` the multi-thread runtime with two workers that the bench used before.
fn runtime() -> tokio::runtime::Runtime {
    let mut builder = match std::env::var("BENCH_RUNTIME").as_deref() {
        Ok("multi") => {
            let mut multi = tokio::runtime::Builder::new_multi_thread();
            multi.worker_threads(2);
            multi
        }
        _ => tokio::runtime::Builder::new_current_thread(),
    };
    builder.enable_all().build().expect("a runtime")
}

/// Stripe's fixture customer, as its JSON object.
fn fixture_customer() -> serde_json::Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/data/stripe-openapi/fixtures3.2019-10-08.json"
    );
    let text = std::fs::read_to_string(path).expect("Stripe's fixtures");
    let mut fixtures: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    fixtures["resources"]["customer"].take()
}

/// The answers: one customer, and a page of 100 customers (the fixture with ids of their own).
fn answers() -> (Vec<u8>, Vec<u8>) {
    let customer = fixture_customer();
    let data: Vec<serde_json::Value> = (0..PAGE)
        .map(|n| {
            let id = format!("cus_bench{n:09}");
            let mut copy = customer.clone();
            for list in ["sources", "subscriptions", "tax_ids"] {
                copy[list]["url"] = format!("/v1/customers/{id}/{list}").into();
            }
            copy["id"] = id.into();
            copy
        })
        .collect();
    let page = serde_json::json!({
        "object": "list", "data": data, "has_more": true, "url": "/v1/customers",
    });
    let render = |value: &serde_json::Value| serde_json::to_vec(value).expect("JSON");
    (render(&customer), render(&page))
}

/// The child process: serves the fixture answers, prints its base URL, and stops when its
/// standard input closes (when the benchmark ends, however it ends).
fn serve() {
    use axum::http::HeaderName;
    use axum::http::header::CONTENT_TYPE;
    use axum::routing::get;

    const REQUEST_ID: HeaderName = HeaderName::from_static("request-id");

    let (customer, page) = answers();
    let json = |body: Vec<u8>| {
        let body = axum::body::Bytes::from(body);
        move || {
            let body = body.clone();
            async move {
                (
                    [
                        (CONTENT_TYPE, "application/json"),
                        (REQUEST_ID, "req_bench"),
                    ],
                    body,
                )
            }
        }
    };
    let app = axum::Router::new()
        .route("/v1/customers/{id}", get(json(customer)))
        .route("/v1/customers", get(json(page)));
    let runtime = runtime();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a port");
        let base_url = format!("http://{}", listener.local_addr().expect("an address"));
        tokio::spawn(async move { axum::serve(listener, app).await });
        child::announce_and_wait(&base_url).await;
    });
}

/// The clients of a run.
struct Clients {
    connection: Connection,
    throttled: Connection,
    bare: Arc<Bare>,
}

impl Clients {
    fn new(base: &str) -> Self {
        let connect = |throttle| {
            Connection::builder(KEY)
                .base_url(base)
                .throttle(throttle)
                .timeout(None)
                .build()
                .expect("valid")
        };
        Clients {
            connection: connect(None),
            throttled: connect(Some(FULL_BUT_NEVER_WAITING)),
            bare: Arc::new(Bare {
                http: stripe_connector::client_builder()
                    .build()
                    .expect("a client"),
                base: base.to_string(),
            }),
        }
    }
}

/// One row of the table: a shape, a number of callers, the throttle off or on.
#[derive(Clone, Copy)]
struct Row {
    shape: Shape,
    callers: usize,
    throttled: bool,
}

fn compare() {
    let (_server, base) = child::spawn(&["serve"]);
    let clients = Clients::new(&base);
    println!(
        "{ROUNDS} rounds of each side; each ratio is the median over rounds of the round's ratio;\n\
         CPU time is this process's, the server runs in another. Sides: the connection, bare \
         reqwest into the crate's types (typed), bare reqwest into a plain struct (plain, the floor)"
    );
    println!(
        "{:>11} {:>7} {:>8} | {:>27} | {:>53} | {:>8}",
        "", "", "", "latency (median call)", "CPU per call", "CPU/obj"
    );
    println!(
        "{:>11} {:>7} {:>8} | {:>8} {:>8} {:>9} | {:>8} {:>8} {:>8} {:>12} {:>12} | {:>8}",
        "answer",
        "callers",
        "throttle",
        "conn.",
        "plain",
        "conn/pl.",
        "conn.",
        "typed",
        "plain",
        "conn/plain",
        "typed/plain",
        "conn."
    );
    let rows = [
        (Shape::Customer, 1, false),
        (Shape::Customer, 16, false),
        (Shape::Page, 1, false),
        (Shape::Page, 16, false),
        (Shape::Customer, 16, true),
    ];
    runtime().block_on(async {
        for (shape, callers, throttled) in rows {
            let row = Row {
                shape,
                callers,
                throttled,
            };
            Round::run(&clients, row, 0).await;
            let rounds: Vec<Round> = {
                let mut rounds = Vec::with_capacity(ROUNDS);
                for n in 0..ROUNDS {
                    rounds.push(Round::run(&clients, row, n).await);
                }
                rounds
            };
            print_row(row, &rounds);
        }
    });
}

/// One line of results: medians, and the medians of the rounds' ratios.
fn print_row(row: Row, rounds: &[Round]) {
    let calls = (row.callers * row.shape.calls()) as f64;
    let side = |side: Side| SIDES.iter().position(|s| *s == side).expect("a side");
    let (conn, typed, plain) = (side(Side::Connection), side(Side::Typed), side(Side::Plain));
    let median_of = |f: &dyn Fn(&Round) -> f64| {
        let mut values: Vec<f64> = rounds.iter().map(f).collect();
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    let cpu = |side: usize| median_of(&|r: &Round| micros(r.cpu[side]) / calls);
    let latency = |side: usize| median_of(&|r: &Round| micros(r.latency[side]));
    let cpu_ratio = |a: usize, b: usize| {
        median_of(&|r: &Round| r.cpu[a].as_secs_f64() / r.cpu[b].as_secs_f64())
    };
    let latency_ratio =
        median_of(&|r: &Round| r.latency[conn].as_secs_f64() / r.latency[plain].as_secs_f64());
    println!(
        "{:>11} {:>7} {:>8} | {:>5.1} µs {:>5.1} µs {:>8.3}x | {:>5.1} µs {:>5.1} µs {:>5.1} µs {:>11.3}x {:>11.3}x | {:>5.2} µs",
        row.shape.name(),
        row.callers,
        if row.throttled { "on" } else { "off" },
        latency(conn),
        latency(plain),
        latency_ratio,
        cpu(conn),
        cpu(typed),
        cpu(plain),
        cpu_ratio(conn, plain),
        cpu_ratio(typed, plain),
        cpu(conn) / row.shape.objects() as f64,
    );
}

/// One side alone, for a profiler: `callers` callers making `calls` calls each.
fn alone(side: Side, shape: Shape, callers: usize, calls: usize) {
    let (_server, base) = child::spawn(&["serve"]);
    let clients = Clients::new(&base);
    let row = Row {
        shape,
        callers,
        throttled: false,
    };
    runtime().block_on(async {
        run_side(&clients, side, row, 1).await;
        run_side(&clients, side, row, calls).await;
    });
}

/// One caller alone on one side: the 10th, 50th and 90th percentiles of its calls' durations,
/// and the CPU per call (to tell the runtimes apart, see the module's comment).
fn latency(side: Side, shape: Shape, calls: usize) {
    let (_server, base) = child::spawn(&["serve"]);
    let clients = Clients::new(&base);
    let row = Row {
        shape,
        callers: 1,
        throttled: false,
    };
    runtime().block_on(async {
        run_side(&clients, side, row, calls / 10).await;
        let start = child::process_cpu();
        let mut durations = run_side(&clients, side, row, calls).await;
        let cpu = micros(child::process_cpu() - start) / calls as f64;
        durations.sort();
        let at = |p: usize| micros(durations[durations.len() * p / 100]);
        println!(
            "p10 {:.1} µs, p50 {:.1} µs, p90 {:.1} µs; CPU {cpu:.1} µs per call",
            at(10),
            at(50),
            at(90)
        );
    });
}

/// `times` decodes of the answer of `shape` into the type of `side`, without any network: for
/// callgrind's instruction counts of decoding alone.
fn decode(side: Side, shape: Shape, times: usize) {
    let (customer, page) = answers();
    let bytes = match shape {
        Shape::Customer => customer,
        Shape::Page => page,
    };
    for _ in 0..times {
        match (side, shape) {
            (Side::Plain, Shape::Customer) => decode_one::<floor::Customer>(&bytes),
            (Side::Plain, Shape::Page) => decode_one::<floor::List<floor::Customer>>(&bytes),
            (_, Shape::Customer) => decode_one::<types::Customer>(&bytes),
            (_, Shape::Page) => decode_one::<types::CustomerList>(&bytes),
        }
    }
}

fn decode_one<T: DeserializeOwned>(bytes: &[u8]) {
    let value: T = serde_json::from_slice(std::hint::black_box(bytes)).expect("decodes");
    std::hint::black_box(value);
}

/// The same request by hand: what the connection sends, decoded into a type of the caller's.
struct Bare {
    http: reqwest::Client,
    base: String,
}

impl Bare {
    async fn get<T: DeserializeOwned>(&self, shape: Shape) -> T {
        let request = match shape {
            Shape::Customer => self.http.get(format!("{}/v1/customers/{ID}", self.base)),
            Shape::Page => self
                .http
                .get(format!("{}/v1/customers", self.base))
                .query(&[("limit", PAGE)]),
        };
        let response = request
            .header(AUTHORIZATION, format!("Bearer {KEY}"))
            .header("stripe-version", connector::STRIPE_VERSION)
            .header(ACCEPT, "application/json")
            .send()
            .await
            .expect("the server answers");
        response.json().await.expect("decodes")
    }
}

/// What one round took on each side, in the order of [`SIDES`].
struct Round {
    /// The median call.
    latency: [Duration; 3],
    /// The process's CPU time.
    cpu: [Duration; 3],
}

impl Round {
    /// One round of each side; the `n`th round starts with the `n`th side (modulo their number).
    async fn run(clients: &Clients, row: Row, n: usize) -> Self {
        let mut round = Round {
            latency: [Duration::ZERO; 3],
            cpu: [Duration::ZERO; 3],
        };
        for turn in 0..SIDES.len() {
            let index = (n + turn) % SIDES.len();
            let start = child::process_cpu();
            let mut durations = run_side(clients, SIDES[index], row, row.shape.calls()).await;
            round.cpu[index] = child::process_cpu() - start;
            durations.sort();
            round.latency[index] = durations[durations.len() / 2];
        }
        round
    }
}

/// `row.callers` concurrent callers of `calls` calls each on one side; each call's duration.
async fn run_side(clients: &Clients, side: Side, row: Row, calls: usize) -> Vec<Duration> {
    let stripe = Arc::new(match row.throttled {
        true => clients.throttled.clone(),
        false => clients.connection.clone(),
    });
    let bare = &clients.bare;
    let (callers, shape) = (row.callers, row.shape);
    match (side, shape) {
        (Side::Connection, Shape::Customer) => {
            callers_of(callers, calls, stripe, |stripe| async move {
                stripe.get_customer(ID, &[]).await.expect("a customer")
            })
            .await
        }
        (Side::Connection, Shape::Page) => {
            callers_of(callers, calls, stripe, |stripe| async move {
                let limit = NonZeroU64::new(PAGE as u64).expect("not zero");
                let page = stripe.client().list_customers().limit(limit).send();
                page.await.expect("a page").into_inner()
            })
            .await
        }
        (Side::Typed, Shape::Customer) => {
            callers_of(callers, calls, bare.clone(), move |bare| async move {
                bare.get::<types::Customer>(shape).await
            })
            .await
        }
        (Side::Typed, Shape::Page) => {
            callers_of(callers, calls, bare.clone(), move |bare| async move {
                bare.get::<types::CustomerList>(shape).await
            })
            .await
        }
        (Side::Plain, Shape::Customer) => {
            callers_of(callers, calls, bare.clone(), move |bare| async move {
                bare.get::<floor::Customer>(shape).await
            })
            .await
        }
        (Side::Plain, Shape::Page) => {
            callers_of(callers, calls, bare.clone(), move |bare| async move {
                bare.get::<floor::List<floor::Customer>>(shape).await
            })
            .await
        }
    }
}

/// `callers` concurrent tasks, each making `calls` sequential calls with `client` (an `Arc`, so
/// that each call's clone costs every side the same); the duration of each call. What a call decoded is dropped after its clock stopped.
async fn callers_of<C, F, Fut>(callers: usize, calls: usize, client: C, call: F) -> Vec<Duration>
where
    C: Clone + Send + 'static,
    F: Fn(C) -> Fut + Copy + Send + 'static,
    Fut: Future<Output: Send> + Send,
{
    let tasks: Vec<_> = (0..callers)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                let mut durations = Vec::with_capacity(calls);
                for _ in 0..calls {
                    let start = Instant::now();
                    let answer = call(client.clone()).await;
                    durations.push(start.elapsed());
                    drop(std::hint::black_box(answer));
                }
                durations
            })
        })
        .collect();
    let mut durations = Vec::with_capacity(callers * calls);
    for task in tasks {
        durations.extend(task.await.expect("no panic"));
    }
    durations
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}
