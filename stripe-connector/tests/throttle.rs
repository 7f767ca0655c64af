//! The original connector's throttle, on tokio's paused clock: exact and fast.

use std::sync::Arc;
use std::time::Duration;

use stripe_connector::metadata::Throttle as Rule;
use stripe_connector::{Throttle, connector};
use tokio::time::Instant;

const MINUTE: Duration = Duration::from_secs(60);

/// `calls` acquisitions from `tasks` concurrent tasks; the start time of each, sorted.
async fn acquire_all(throttle: Arc<Throttle>, tasks: usize, calls: usize) -> Vec<Duration> {
    let start = Instant::now();
    let handles: Vec<_> = (0..tasks)
        .map(|task| {
            let throttle = throttle.clone();
            let mine = (task..calls).step_by(tasks).count();
            tokio::spawn(async move {
                let mut times = Vec::with_capacity(mine);
                for _ in 0..mine {
                    throttle.acquire().await;
                    times.push(start.elapsed());
                }
                times
            })
        })
        .collect();
    let mut times = Vec::with_capacity(calls);
    for handle in handles {
        times.extend(handle.await.expect("no task panics"));
    }
    times.sort();
    times
}

/// The most calls that started within any window of `period`.
fn busiest_window(times: &[Duration], period: Duration) -> usize {
    let mut first = 0;
    let mut most = 0;
    for (last, time) in times.iter().enumerate() {
        while *time - times[first] >= period {
            first += 1;
        }
        most = most.max(last - first + 1);
    }
    most
}

#[tokio::test(start_paused = true)]
async fn a_thousand_calls_from_fifty_tasks_keep_to_a_hundred_a_minute() {
    assert_eq!(
        connector::THROTTLE,
        Rule {
            calls: 100,
            period: MINUTE
        },
        "the spec's rule"
    );
    let throttle = Arc::new(Throttle::new(connector::THROTTLE));
    let times = acquire_all(throttle, 50, 1000).await;
    assert_eq!(times.len(), 1000);
    assert_eq!(busiest_window(&times, MINUTE), 100);
    // The rule allows call n (from 0) at minute n / 100 at the earliest: call 999 at 9 minutes.
    let minimum = MINUTE * 9;
    let total = *times.last().expect("calls were made");
    assert!(total >= minimum, "{total:?} breaks the rule");
    assert!(
        total.as_secs_f64() <= minimum.as_secs_f64() * 1.01,
        "{total:?} is more than 1% above {minimum:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn waiting_callers_are_served_in_arrival_order() {
    let throttle = Arc::new(Throttle::new(Rule {
        calls: 1,
        period: MINUTE,
    }));
    throttle.acquire().await;
    let (sender, mut order) = tokio::sync::mpsc::unbounded_channel();
    for caller in 0..5 {
        let (throttle, sender) = (throttle.clone(), sender.clone());
        tokio::spawn(async move {
            throttle.acquire().await;
            sender.send(caller).expect("the test listens");
        });
        tokio::task::yield_now().await;
    }
    drop(sender);
    let mut served = Vec::new();
    while let Some(caller) = order.recv().await {
        served.push(caller);
    }
    assert_eq!(served, [0, 1, 2, 3, 4]);
}

#[tokio::test(start_paused = true)]
async fn a_caller_that_gives_up_takes_no_place() {
    let throttle = Arc::new(Throttle::new(Rule {
        calls: 1,
        period: MINUTE,
    }));
    throttle.acquire().await;
    let impatient = tokio::time::timeout(Duration::from_secs(10), throttle.acquire()).await;
    assert!(impatient.is_err(), "the window is full for a minute");
    let start = Instant::now();
    throttle.acquire().await;
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(50),
        "the next caller gets the freed minute"
    );
}
