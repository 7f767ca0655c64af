//! How fast a trigger drains a backlog, and what memory it takes.
//!
//! 1. Throttle off: objects delivered per second by `poll::<OnNewCustomer>` draining a backlog
//!    of full customers (every field of 2019-10-08, as the fake answers them) from the
//!    beginning, from a fake Stripe in a child process (this binary again, with the arguments
//!    `serve SIZE`), against a bare reqwest loop paging through the same backlog with
//!    `starting_after` and decoding each page into a plain `#[derive(Deserialize)]` struct of
//!    the whole customer (`floor/mod.rs`, the floor), in the same run (a ratio, so machine noise
//!    cancels out), in objects per second and in this process's CPU time per object (the
//!    fake's work is the child's); and the bare loop decoding into the crate's
//!    `types::Customer` instead, which splits what the trigger's path costs from what its types
//!    cost. The same through `Watch` with a `FileStore`, acknowledging each batch: one atomic,
//!    fsynced save per page, the price of a checkpoint that survives `kill -9`. This process
//!    runs on a current-thread runtime, as the get_customer bench does.
//! 2. Peak heap of this process while draining 1,000 and 100,000 objects, from a counting
//!    allocator.
//! 3. Throttle on (100 calls in any 60 s), on tokio's paused clock: the delivery rate against
//!    the 100 × 100 objects a minute that the rule allows.
//! 4. Calls to drain a backlog from the beginning, counted by the fake, against the bound of
//!    ceil(n/100) pages plus the search for the oldest second; for backlogs spread over time
//!    (100 objects a second) and for backlogs whose oldest second holds half of them.
//!
//! `cargo bench -p stripe-connector --bench drain`; `-- 20000` for a smaller backlog.

mod child;
#[allow(dead_code, reason = "the floor's fields are decoded, not read")]
mod floor;

use std::alloc::{GlobalAlloc, Layout, System};
use std::num::NonZeroU64;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fake_stripe::FakeStripe;
use serde::de::DeserializeOwned;
use stripe_connector::triggers::OnNewCustomer;
use stripe_connector::{
    CheckpointStore, Connection, FileStore, PollState, RetryPolicy, Watch, connector, poll, types,
};

const KEY: &str = "sk_test_drain";
/// Measurements of each kind, alternating, of which the median counts.
const ROUNDS: usize = 5;

/// The global allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, passed on unchanged.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` was allocated by `System` with this layout, as the caller guarantees.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| arg != "--bench")
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let backlog = match args[..] {
        ["serve", size] => return serve(size.parse().expect("SIZE is a number")),
        [size] => size.parse().expect("the backlog is a number"),
        _ => 100_000,
    };
    let current = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    current.block_on(unthrottled(backlog));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    let paused = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .expect("a runtime");
    paused.block_on(throttled(backlog.min(30_000)));
    runtime.block_on(calls_per_backlog(backlog));
}

/// Calls to drain from the beginning, against ceil(n/100) pages plus the search.
async fn calls_per_backlog(backlog: usize) {
    println!("calls to drain from the beginning (counted by the fake):");
    for size in [1_000, 10_000, backlog] {
        for oldest_second in [1, size / 2] {
            let (fake, stripe) = backlog_from(size, oldest_second).await;
            let before = fake.list_requests();
            assert_eq!(drain(&stripe, PollState::from_beginning()).await, size);
            let calls = fake.list_requests() - before;
            let pages = size.div_ceil(100);
            println!(
                "  {size:>7} objects, {oldest_second:>6} in the oldest second: {calls:>5} calls = \
                 {pages} pages + {} to find the start and cross into the next second",
                calls as usize - pages
            );
        }
    }
}

/// A fake holding `size` customers from 2019-10-02 on: `oldest_second` of them in the first
/// second, then 100 a second.
async fn backlog_from(size: usize, oldest_second: usize) -> (FakeStripe, Connection) {
    let (fake, stripe) = empty_fake().await;
    for n in 0..size {
        if n >= oldest_second && (n - oldest_second).is_multiple_of(100) {
            fake.advance(1);
        }
        stripe
            .create_customer(types::CreateCustomerParams::builder())
            .await
            .expect("created");
    }
    (fake, stripe)
}

/// A fake whose clock stands at 2019-10-02, and a connection to it with no throttle.
async fn empty_fake() -> (FakeStripe, Connection) {
    let fake = fake_stripe::start().await.expect("the fake starts");
    fake.set_time(1_570_000_000);
    let stripe = Connection::builder(KEY)
        .base_url(fake.base_url())
        .throttle(None)
        .timeout(None)
        .retry(RetryPolicy::none())
        .build()
        .expect("valid");
    (fake, stripe)
}

/// The child process: a fake holding `size` customers (see [`backlog_from`]); prints its base
/// URL and serves until its standard input closes (when the benchmark ends, however it ends).
fn serve(size: usize) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let (fake, _) = backlog_from(size, 1).await;
        child::announce_and_wait(&fake.base_url()).await;
    });
}

/// The wall-clock time and this process's CPU time of `work`, with its value.
async fn timed<T>(work: impl Future<Output = T>) -> (Duration, Duration, T) {
    let (started, cpu) = (Instant::now(), child::process_cpu());
    let value = work.await;
    (started.elapsed(), child::process_cpu() - cpu, value)
}

/// One round's measures of one side: wall-clock time and CPU time.
#[derive(Default)]
struct Side {
    wall: Vec<Duration>,
    cpu: Vec<Duration>,
}

impl Side {
    fn push(&mut self, (wall, cpu): (Duration, Duration)) {
        self.wall.push(wall);
        self.cpu.push(cpu);
    }
}

/// The median over the rounds of `a[n] / b[n]`.
fn median_ratio(a: &[Duration], b: &[Duration]) -> f64 {
    let mut ratios: Vec<f64> = a
        .iter()
        .zip(b)
        .map(|(a, b)| a.as_secs_f64() / b.as_secs_f64())
        .collect();
    ratios.sort_by(f64::total_cmp);
    ratios[ratios.len() / 2]
}

async fn unthrottled(backlog: usize) {
    println!(
        "throttle off: draining a backlog from the beginning, against bare reqwest loops paging \
         through it into a plain struct (the floor) and into the crate's types"
    );
    println!("(median of {ROUNDS} alternating rounds; peak heap above the start, while draining)");
    for size in [1_000, backlog] {
        let (_fake, base) = child::spawn(&["serve", &size.to_string()]);
        let stripe = Connection::builder(KEY)
            .base_url(&base)
            .throttle(None)
            .timeout(None)
            .retry(RetryPolicy::none())
            .build()
            .expect("valid");
        // Built once, as the connection is: a client's start (its root certificates) is not a
        // page's cost.
        let http = stripe_connector::client_builder()
            .build()
            .expect("a client");
        let (mut ours, mut plain, mut typed) = (Side::default(), Side::default(), Side::default());
        let (mut watched, mut peaks) = (vec![], vec![]);
        for _ in 0..ROUNDS {
            let (wall, cpu, ()) = timed(bare_pages::<floor::List<floor::Customer>>(
                &http, &base, size,
            ))
            .await;
            plain.push((wall, cpu));
            let (wall, cpu, ()) =
                timed(bare_pages::<types::CustomerList>(&http, &base, size)).await;
            typed.push((wall, cpu));
            watched.push(watch_with_file_store(&stripe, size).await);
            let before = IN_USE.load(Ordering::Relaxed);
            PEAK.store(before, Ordering::Relaxed);
            let (wall, cpu, delivered) = timed(drain(&stripe, PollState::from_beginning())).await;
            assert_eq!(delivered, size, "every object is delivered");
            ours.push((wall, cpu));
            peaks.push(PEAK.load(Ordering::Relaxed).saturating_sub(before));
        }
        let rate = |runs: &[Duration]| {
            let mut runs = runs.to_vec();
            runs.sort();
            size as f64 / runs[runs.len() / 2].as_secs_f64()
        };
        let cpu_per_object = |side: &Side| {
            let mut runs = side.cpu.clone();
            runs.sort();
            runs[runs.len() / 2].as_secs_f64() * 1e6 / size as f64
        };
        let peak = peaks.into_iter().max().unwrap_or_default();
        println!(
            "  {size:>7} objects: trigger {:>7.0}/s = {:.3}x bare into the plain struct ({:.0}/s; \
             into the crate's types {:.0}/s = {:.3}x), peak heap {:.2} MiB",
            rate(&ours.wall),
            median_ratio(&plain.wall, &ours.wall),
            rate(&plain.wall),
            rate(&typed.wall),
            median_ratio(&plain.wall, &typed.wall),
            peak as f64 / (1024.0 * 1024.0),
        );
        println!(
            "  {size:>7} objects: CPU per object: trigger {:.2} µs = {:.3}x the plain struct's \
             {:.2} µs (the crate's types: {:.2} µs = {:.3}x)",
            cpu_per_object(&ours),
            median_ratio(&ours.cpu, &plain.cpu),
            cpu_per_object(&plain),
            cpu_per_object(&typed),
            median_ratio(&typed.cpu, &plain.cpu),
        );
        println!(
            "  {size:>7} objects: Watch + FileStore, acknowledging each batch: {:>8.0}/s ({:.1}% of bare)",
            rate(&watched),
            100.0 * rate(&watched) / rate(&plain.wall),
        );
    }
}

/// Drains `backlog` objects with the throttle on, after filling its window with 100 calls, so
/// every page of the drain waits its turn: the steady rate the rule allows.
async fn throttled(backlog: usize) {
    let (fake, setup, anchor) = backlog_behind_anchor(backlog).await;
    let any_id = setup
        .client()
        .list_customers()
        .limit(NonZeroU64::MIN)
        .send()
        .await
        .expect("a page")
        .into_inner();
    let any_id = &any_id.data[0].id;
    let stripe = Connection::builder(KEY)
        .base_url(fake.base_url())
        .timeout(None)
        .build()
        .expect("valid");
    let rule = connector::THROTTLE;
    for _ in 0..rule.calls {
        stripe
            .get_customer(any_id, &[])
            .await
            .expect("fills the window");
    }
    let started = tokio::time::Instant::now();
    let delivered = drain(&stripe, anchor).await;
    let seconds = started.elapsed().as_secs_f64();
    let allowed = rule.calls as f64 * 100.0 / rule.period.as_secs_f64();
    let rate = delivered as f64 / seconds;
    println!(
        "throttle on ({} calls in any {:?}), paused clock, window full at the start:",
        rule.calls, rule.period
    );
    println!(
        "  {delivered} objects in {seconds:.0} s: {rate:.1} objects/s, {:.1}% of the {allowed:.1}/s the rule allows",
        100.0 * rate / allowed
    );
}

/// A fake holding one customer, a trigger anchored after it, then `size` more customers,
/// about 100 a second as Stripe's own rate limit would spread them.
async fn backlog_behind_anchor(size: usize) -> (FakeStripe, Connection, PollState) {
    let (fake, stripe) = empty_fake().await;
    stripe
        .create_customer(types::CreateCustomerParams::builder())
        .await
        .expect("created");
    let anchor = poll::<OnNewCustomer>(&stripe, None)
        .await
        .expect("the anchor")
        .state;
    for n in 0..size {
        if n % 100 == 0 {
            fake.advance(1);
        }
        stripe
            .create_customer(types::CreateCustomerParams::builder())
            .await
            .expect("created");
    }
    (fake, stripe, anchor)
}

/// How long a `Watch` with a `FileStore` starting from the beginning takes to hand over and
/// acknowledge `size` objects, batch by batch.
async fn watch_with_file_store(stripe: &Connection, size: usize) -> Duration {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = FileStore::open(folder.path().join("state.json")).expect("a store");
    store
        .save(&PollState::from_beginning())
        .expect("the start saved");
    let mut watch = Watch::<OnNewCustomer>::new(stripe.clone(), store);
    let started = Instant::now();
    let mut delivered = 0;
    while delivered < size {
        delivered += watch.next_batch().await.expect("a batch").len();
        watch.ack().await.expect("saved");
    }
    started.elapsed()
}

/// Polls from `state` until caught up; the number of objects delivered.
async fn drain(stripe: &Connection, mut state: PollState) -> usize {
    let mut delivered = 0;
    loop {
        let polled = poll::<OnNewCustomer>(stripe, Some(&state))
            .await
            .expect("a poll");
        delivered += polled.items.len();
        state = polled.state;
        if polled.caught_up {
            return delivered;
        }
    }
}

/// A page of customers as a bare loop decodes it: its items' ids, and whether more follow.
trait Page: DeserializeOwned {
    fn last_id(&self) -> Option<&str>;
    fn len(&self) -> usize;
    fn has_more(&self) -> bool;
}

impl Page for floor::List<floor::Customer> {
    fn last_id(&self) -> Option<&str> {
        self.data.last().map(|c| c.id.as_str())
    }
    fn len(&self) -> usize {
        self.data.len()
    }
    fn has_more(&self) -> bool {
        self.has_more
    }
}

impl Page for types::CustomerList {
    fn last_id(&self) -> Option<&str> {
        self.data.last().map(|c| c.id.as_str())
    }
    fn len(&self) -> usize {
        self.data.len()
    }
    fn has_more(&self) -> bool {
        self.has_more
    }
}

/// A bare loop with `http` paging through every customer of the fake at `base`, 100 a page,
/// decoding each page into `P`; it checks that it saw all `size`.
async fn bare_pages<P: Page>(http: &reqwest::Client, base: &str, size: usize) {
    let url = format!("{base}/v1/customers");
    let limit = NonZeroU64::new(100).expect("not zero").to_string();
    let mut after: Option<String> = None;
    let mut seen = 0;
    loop {
        let mut request = http
            .get(&url)
            .bearer_auth(KEY)
            .header("stripe-version", connector::STRIPE_VERSION)
            .query(&[("limit", limit.as_str())]);
        if let Some(id) = &after {
            request = request.query(&[("starting_after", id)]);
        }
        let page: P = request
            .send()
            .await
            .expect("a page")
            .json()
            .await
            .expect("a list");
        seen += page.len();
        match page.last_id() {
            Some(last) if page.has_more() => after = Some(last.to_string()),
            _ => {
                assert_eq!(seen, size, "every object is paged through");
                return;
            }
        }
    }
}
