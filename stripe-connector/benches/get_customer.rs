//! Overhead of the connection: median time per GetCustomer through [`Connection`] against a bare
//! reqwest call that sends the same request and decodes the same JSON, at 1 and 16 concurrent
//! callers, against one in-process fake Stripe, in one run (a ratio, so a noisy machine cancels
//! out). The throttle is off; retries are on but never needed. Neither client has a timeout
//! (reqwest's own timer per request would be counted against the connection alone), and both
//! build the URL of each call from the customer's id.
//!
//! `cargo bench -p stripe-connector --bench get_customer`

use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, AUTHORIZATION};
use stripe_connector::{Connection, connector, types};

const KEY: &str = "sk_test_bench";
/// Calls per caller in each round; rounds alternate between the two clients.
const CALLS: usize = 250;
const ROUNDS: usize = 10;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(run());
}

async fn run() {
    let fake = fake_stripe::start().await.expect("the fake starts");
    let base = fake.base_url();
    let stripe = Connection::builder(KEY)
        .base_url(&base)
        .throttle(None)
        .timeout(None)
        .build()
        .expect("valid");
    let customer = stripe
        .create_customer(types::CustomerParams::builder())
        .await
        .expect("created");
    let bare = Arc::new(Bare {
        http: stripe_connector::client_builder()
            .build()
            .expect("a client"),
        base: base.clone(),
    });
    println!(
        "median time per GetCustomer over {ROUNDS} alternating rounds of {CALLS} calls per caller;\n\
         overhead: the median over rounds of each round's ratio of medians"
    );
    println!(
        "{:>8} {:>14} {:>14} {:>9}",
        "callers", "connection", "bare reqwest", "overhead"
    );
    for callers in [1, 16] {
        let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        let (mut warm_ours, mut warm_theirs) = (Vec::new(), Vec::new());
        measure(
            &stripe,
            &bare,
            &customer.id,
            callers,
            &mut warm_ours,
            &mut warm_theirs,
        )
        .await;
        for _ in 0..ROUNDS {
            let (mut round_ours, mut round_theirs) = (Vec::new(), Vec::new());
            measure(
                &stripe,
                &bare,
                &customer.id,
                callers,
                &mut round_ours,
                &mut round_theirs,
            )
            .await;
            ratios.push(
                median(&mut round_ours).as_secs_f64() / median(&mut round_theirs).as_secs_f64(),
            );
            ours.extend(round_ours);
            theirs.extend(round_theirs);
        }
        ratios.sort_by(f64::total_cmp);
        let overhead = ratios[ratios.len() / 2] - 1.0;
        println!(
            "{callers:>8} {:>11.1} µs {:>11.1} µs {:>8.1}%",
            micros(median(&mut ours)),
            micros(median(&mut theirs)),
            overhead * 100.0
        );
    }
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

/// One round of each client with `callers` concurrent callers, appending each call's duration.
async fn measure(
    stripe: &Connection,
    bare: &Arc<Bare>,
    id: &str,
    callers: usize,
    ours: &mut Vec<Duration>,
    theirs: &mut Vec<Duration>,
) {
    let tasks: Vec<_> = (0..callers)
        .map(|_| {
            let (stripe, id) = (stripe.clone(), id.to_string());
            tokio::spawn(async move { timed(|| stripe.get_customer(&id)).await })
        })
        .collect();
    for task in tasks {
        ours.extend(task.await.expect("no panic"));
    }
    let tasks: Vec<_> = (0..callers)
        .map(|_| {
            let (bare, id) = (bare.clone(), id.to_string());
            tokio::spawn(async move {
                timed(|| async { Ok::<_, ()>(bare.get_customer(&id).await) }).await
            })
        })
        .collect();
    for task in tasks {
        theirs.extend(task.await.expect("no panic"));
    }
}

/// The duration of each of [`CALLS`] sequential calls.
async fn timed<F, Fut, T, E>(call: F) -> Vec<Duration>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<T, E>>,
    E: std::fmt::Debug,
{
    let mut durations = Vec::with_capacity(CALLS);
    for _ in 0..CALLS {
        let start = Instant::now();
        std::hint::black_box(call().await.expect("the call succeeds"));
        durations.push(start.elapsed());
    }
    durations
}

fn median(durations: &mut [Duration]) -> Duration {
    durations.sort();
    durations[durations.len() / 2]
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}
