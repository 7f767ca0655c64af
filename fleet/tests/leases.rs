//! Leases and the shared throttle against PostgreSQL and the fake Stripe, in one process: a
//! poll whose lease is taken over makes no further call, a drain many leases long keeps its
//! lease while it progresses (two workers, no takeover, no search restarted), a commit made
//! after a takeover writes nothing (the next holder delivers it all, once), and calls woken
//! too late for their slots (the worker's runtime frozen) reserve again instead of bursting.

mod common;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fake_stripe::{FakeStripe, Faults};
use stripe_connector::triggers::OnNewCustomer;
use stripe_connector::{Connection, Start, metadata, types};
use stripe_connector_fleet::{Event, Fleet, TriggerKind, Worker, WorkerSettings};
use tokio::sync::oneshot;

const KEY: &str = "sk_test_leases0123";

/// Customers spread over about a year of the fake's clock, a few a time: a search from the
/// beginning costs a few dozen calls.
async fn old_account(fake: &FakeStripe) -> usize {
    let stripe = Connection::builder(KEY)
        .base_url(fake.base_url())
        .throttle(None)
        .build()
        .expect("a connection");
    fake.set_time(1_500_000_000);
    let mut rng = fastrand::Rng::with_seed(18);
    let mut created = 0;
    for _ in 0..8 {
        for _ in 0..rng.usize(1..4) {
            stripe
                .create_customer(types::CreateCustomerParams::builder())
                .await
                .expect("created");
            created += 1;
        }
        fake.advance(rng.i64(1..4_000_000));
    }
    created
}

/// Starts a worker of `fleet` with `settings`, reporting to `on_event`; send on the returned
/// channel to stop it.
fn start_worker(
    fleet: &Fleet,
    settings: WorkerSettings,
    on_event: impl Fn(&Event) + Send + Sync + 'static,
) -> (oneshot::Sender<()>, tokio::task::JoinHandle<()>) {
    let worker = Worker::new(fleet.clone(), common::kek(), settings, Arc::new(on_event));
    let (stop, stopped) = oneshot::channel::<()>();
    let running = tokio::spawn(worker.run(async move { drop(stopped.await) }));
    (stop, running)
}

/// Waits for `what`, at most a minute.
async fn until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done() {
        assert!(Instant::now() < deadline, "never: {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_poll_whose_lease_is_taken_over_makes_no_further_call_and_writes_nothing() {
    let Some(test) = common::fleet(8).await else {
        return;
    };
    let fake = fake_stripe::start().await.expect("a fake Stripe");
    old_account(&fake).await;
    let fleet = &test.fleet;
    let never_waits = metadata::Throttle {
        calls: 1_000_000,
        period: Duration::from_secs(60),
    };
    fleet
        .add_connection(
            &common::kek(),
            "old",
            KEY,
            &fake.base_url(),
            Some(never_waits),
        )
        .await
        .expect("added");
    fleet
        .subscribe("old", common::trigger_named("customer"), Start::Beginning)
        .await
        .expect("subscribed");
    fake.set_faults(Faults {
        latency: Duration::from_millis(300),
        ..Faults::default()
    });
    let fenced = Arc::new(AtomicBool::new(false));
    let mut settings = WorkerSettings::new("holder");
    settings.lease = Duration::from_secs(30);
    settings.slice = 1000;
    let seen = fenced.clone();
    let (stop, running) = start_worker(fleet, settings, move |event| {
        if matches!(event, Event::Fenced { .. }) {
            seen.store(true, Ordering::SeqCst);
        }
    });
    until("three calls of the search", || fake.list_requests() >= 3).await;
    // Another worker's claim, as the claim makes it: a new token and deadline.
    let client = test.client().await;
    client
        .batch_execute(
            "UPDATE subscriptions SET lease_token = nextval('lease_tokens'), leased_by = 'thief',
                 due_at = clock_timestamp() + interval '1 hour'",
        )
        .await
        .expect("taken over");
    let at_takeover = fake.list_requests();
    until("the holder notices", || fenced.load(Ordering::SeqCst)).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let after = fake.list_requests() - at_takeover;
    stop.send(()).expect("running");
    running.await.expect("stops");
    assert!(
        after <= 1,
        "{after} calls after the takeover: only the one on the wire may end"
    );
    let row = client
        .query_one(
            "SELECT count(*) FROM deliveries WHERE delivered_by = 'holder'",
            &[],
        )
        .await
        .expect("counted");
    assert_eq!(
        row.get::<_, i64>(0),
        0,
        "nothing written by the fenced poll"
    );
}

/// The fleet's deliveries in order, each as (object id, worker that delivered it).
async fn deliveries_of(test: &common::TestFleet) -> Vec<(String, String)> {
    let rows = test
        .client()
        .await
        .query(
            "SELECT object_id, delivered_by FROM deliveries ORDER BY position",
            &[],
        )
        .await
        .expect("read");
    rows.iter().map(|row| (row.get(0), row.get(1))).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_commit_after_the_lease_was_taken_over_writes_neither_objects_nor_checkpoint() {
    let Some(test) = common::fleet(8).await else {
        return;
    };
    let fake = fake_stripe::start().await.expect("a fake Stripe");
    let stripe = Connection::builder(KEY)
        .base_url(fake.base_url())
        .throttle(None)
        .build()
        .expect("a connection");
    for _ in 0..3 {
        stripe
            .create_customer(types::CreateCustomerParams::builder())
            .await
            .expect("created");
    }
    let fleet = &test.fleet;
    fleet
        .add_connection(&common::kek(), "late", KEY, &fake.base_url(), None)
        .await
        .expect("added");
    fleet
        .subscribe("late", common::trigger_named("customer"), Start::Beginning)
        .await
        .expect("subscribed");
    let client = test.client().await;
    let checkpoint = "SELECT state::text, delivered FROM subscriptions";
    let before = client.query_one(checkpoint, &[]).await.expect("read");
    // The poll's one call finds all three customers, its answer held back a second: the lease
    // changes hands while the answer is on its way, so only the commit's fence can stop it.
    fake.set_faults(Faults {
        latency: Duration::from_secs(1),
        ..Faults::default()
    });
    let outcome = Arc::new(Mutex::new(None));
    let seen = outcome.clone();
    let mut settings = WorkerSettings::new("holder");
    settings.lease = Duration::from_secs(30);
    settings.interval = Duration::from_secs(3600);
    let (stop, running) = start_worker(fleet, settings, move |event| {
        let ended = match event {
            Event::Fenced { .. } => "fenced",
            Event::Committed { .. } => "committed",
            _ => return,
        };
        seen.lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_or_insert(ended);
    });
    until("the poll's call is on the wire", || {
        fake.list_requests() == 1
    })
    .await;
    client
        .batch_execute(
            "UPDATE subscriptions SET lease_token = nextval('lease_tokens'), leased_by = 'thief',
                 due_at = clock_timestamp() + interval '1 hour'",
        )
        .await
        .expect("taken over");
    let ended = || *outcome.lock().unwrap_or_else(|e| e.into_inner());
    until("the holder's commit ends", || ended().is_some()).await;
    stop.send(()).expect("running");
    running.await.expect("stops");
    assert_eq!(ended(), Some("fenced"), "the holder's commit was refused");
    assert_eq!(
        fake.list_requests(),
        1,
        "one call, made before the takeover"
    );
    assert_eq!(deliveries_of(&test).await, [], "no object written");
    let after = client.query_one(checkpoint, &[]).await.expect("read");
    assert_eq!(
        (after.get::<_, Option<String>>(0), after.get::<_, i64>(1)),
        (before.get::<_, Option<String>>(0), before.get::<_, i64>(1)),
        "the checkpoint is as it was before the poll"
    );
    // The thief's lease runs out: the next holder delivers the three, once each.
    fake.set_faults(Faults::default());
    client
        .batch_execute("UPDATE subscriptions SET leased_by = NULL, due_at = clock_timestamp()")
        .await
        .expect("released");
    let (stop, running) = start_worker(fleet, WorkerSettings::new("heir"), |_| {});
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut delivered = deliveries_of(&test).await;
    while delivered.len() < 3 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
        delivered = deliveries_of(&test).await;
    }
    stop.send(()).expect("running");
    running.await.expect("stops");
    let by_heir = delivered.iter().filter(|(_, by)| by == "heir").count();
    assert_eq!(
        (delivered.len(), by_heir),
        (3, 3),
        "each customer delivered once, by the next holder: {delivered:?}"
    );
}

/// The list calls of one poller draining trigger `customer` from the beginning with the
/// library alone, as a baseline.
async fn calls_of_one_drain(fake: &FakeStripe) -> u64 {
    let stripe = Connection::builder(KEY)
        .base_url(fake.base_url())
        .throttle(None)
        .build()
        .expect("a connection");
    let before = fake.list_requests();
    let mut state = stripe_connector::PollState::from_beginning();
    loop {
        let polled = stripe_connector::poll::<OnNewCustomer>(&stripe, Some(&state))
            .await
            .expect("polls");
        state = polled.state;
        if polled.caught_up {
            return fake.list_requests() - before;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_drain_many_leases_long_keeps_its_lease_while_it_progresses_and_never_restarts() {
    let Some(test) = common::fleet(8).await else {
        return;
    };
    let fake = fake_stripe::start().await.expect("a fake Stripe");
    let created = old_account(&fake).await;
    let baseline = calls_of_one_drain(&fake).await;
    let fleet = &test.fleet;
    fleet
        .add_connection(&common::kek(), "slow", KEY, &fake.base_url(), None)
        .await
        .expect("added");
    fleet
        .subscribe("slow", common::trigger_named("customer"), Start::Beginning)
        .await
        .expect("subscribed");
    fake.set_faults(Faults {
        latency: Duration::from_millis(150),
        ..Faults::default()
    });
    let delivered = Arc::new(AtomicU64::new(0));
    let fenced = Arc::new(AtomicBool::new(false));
    let before = fake.list_requests();
    let began = Instant::now();
    let mut workers = Vec::new();
    for name in ["a", "b"] {
        let mut settings = WorkerSettings::new(name);
        settings.lease = Duration::from_secs(1);
        settings.interval = Duration::from_secs(3600);
        settings.slice = 1000;
        let (counted, seen) = (delivered.clone(), fenced.clone());
        workers.push(start_worker(fleet, settings, move |event| match event {
            Event::Committed { delivered, .. } => {
                counted.fetch_add(*delivered as u64, Ordering::SeqCst);
            }
            Event::Fenced { .. } => seen.store(true, Ordering::SeqCst),
            _ => {}
        }));
    }
    until("every customer is delivered", || {
        delivered.load(Ordering::SeqCst) == created as u64
    })
    .await;
    let took = began.elapsed();
    for (stop, running) in workers {
        stop.send(()).expect("running");
        running.await.expect("stops");
    }
    let calls = fake.list_requests() - before;
    eprintln!(
        "{created} customers in {took:?} under leases of 1 s: {calls} list calls, {baseline} for \
         the library alone"
    );
    assert!(
        took > Duration::from_secs(3),
        "the drain outlasted several leases"
    );
    assert!(
        !fenced.load(Ordering::SeqCst),
        "never taken over while it progressed"
    );
    assert!(
        calls <= baseline + 1,
        "{calls} calls against {baseline}: the search was restarted"
    );
}

/// Every request's arrival at the fake, as seen by sampling its counter from another thread.
fn sample_arrivals(
    fake: &Arc<FakeStripe>,
    stop: Arc<AtomicBool>,
) -> std::thread::JoinHandle<Vec<Instant>> {
    let counter = fake.clone();
    std::thread::spawn(move || {
        let mut arrivals = Vec::new();
        let mut seen = counter.list_requests();
        while !stop.load(Ordering::SeqCst) {
            let now = counter.list_requests();
            arrivals.extend((seen..now).map(|_| Instant::now()));
            seen = now;
            std::thread::sleep(Duration::from_micros(500));
        }
        arrivals
    })
}

#[test]
fn calls_woken_too_late_for_their_slots_reserve_again_instead_of_bursting() {
    let test_runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let Some(test) = test_runtime.block_on(common::fleet(8)) else {
        return;
    };
    let fake = test_runtime.block_on(async {
        let fake = fake_stripe::start().await.expect("a fake Stripe");
        old_account(&fake).await;
        Arc::new(fake)
    });
    // Slots half a second apart; each freeze is shorter than the period, so the slots it
    // makes late are still in the window, and moved.
    let rule = metadata::Throttle {
        calls: 4,
        period: Duration::from_secs(2),
    };
    test_runtime.block_on(async {
        let fleet = &test.fleet;
        fleet
            .add_connection(&common::kek(), "hot", KEY, &fake.base_url(), Some(rule))
            .await
            .expect("added");
        for trigger in TriggerKind::all() {
            fleet
                .subscribe("hot", trigger, Start::Beginning)
                .await
                .expect("subscribed");
        }
        test.client()
            .await
            .batch_execute(
                "CREATE TABLE moves (at timestamptz);
                 CREATE FUNCTION log_move() RETURNS trigger LANGUAGE plpgsql AS $$
                     BEGIN INSERT INTO moves VALUES (NEW.at); RETURN NEW; END $$;
                 CREATE TRIGGER log_moves AFTER UPDATE ON calls
                     FOR EACH ROW EXECUTE FUNCTION log_move();",
            )
            .await
            .expect("a log of moved slots");
    });
    let stop_sampling = Arc::new(AtomicBool::new(false));
    let sampler = sample_arrivals(&fake, stop_sampling.clone());
    // The worker on a runtime of its own, on one thread: a task that blocks that thread
    // freezes every poll of the worker, as SIGSTOP would, while the fake answers on. Three
    // freezes of 0.9 s, 2.5 s apart from 2 s on, when every poll has been claimed and most
    // sleep towards a reserved slot.
    let fleet = test.fleet.clone();
    let freezes = Arc::new(Mutex::new(Vec::<(Instant, Instant)>::new()));
    let thawed = freezes.clone();
    let worker = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async move {
            let mut settings = WorkerSettings::new("frozen");
            settings.interval = Duration::from_secs(3600);
            settings.slice = 3;
            let (stop, running) = start_worker(&fleet, settings, |_| {});
            let started = tokio::time::Instant::now();
            tokio::spawn(async move {
                for n in 0..3 {
                    let at = started + Duration::from_millis(2000 + 2500 * n);
                    tokio::time::sleep_until(at).await;
                    let began = Instant::now();
                    std::thread::sleep(Duration::from_millis(900));
                    let mut frozen = freezes.lock().unwrap_or_else(|e| e.into_inner());
                    frozen.push((began, Instant::now()));
                }
            });
            tokio::time::sleep(Duration::from_secs(12)).await;
            stop.send(()).expect("running");
            running.await.expect("stops");
        });
    });
    worker.join().expect("the worker ran");
    stop_sampling.store(true, Ordering::SeqCst);
    let arrivals = sampler.join().expect("sampled");
    let thawed = thawed.lock().unwrap_or_else(|e| e.into_inner()).clone();
    // A call that passed its last check just before a freeze is written to the socket when the
    // freeze ends (the one thing no local check can catch, as the README says): at most one per
    // poll, arriving at once. The rule is checked on every other call.
    let (at_thaw, on_time): (Vec<Instant>, Vec<Instant>) = arrivals.iter().partition(|at| {
        thawed
            .iter()
            .any(|(_, end)| **at >= *end && **at - *end < Duration::from_millis(15))
    });
    let moved: i64 = test_runtime.block_on(async {
        test.client()
            .await
            .query_one("SELECT count(*) FROM moves", &[])
            .await
            .expect("counted")
            .get(0)
    });
    let closest = on_time
        .windows(rule.calls as usize + 1)
        .map(|calls| calls[rule.calls as usize] - calls[0])
        .min()
        .expect("more calls than the rule allows at once");
    eprintln!(
        "{} freezes, {} calls, {} of them at the end of a freeze; {moved} slots moved after a freeze; the \
         closest {} other calls span {closest:?}",
        thawed.len(),
        arrivals.len(),
        at_thaw.len(),
        rule.calls + 1
    );
    assert!(moved > 0, "the freezes left calls late for their slots");
    assert!(
        at_thaw.len() <= thawed.len() * TriggerKind::all().len(),
        "at most one call per poll was under way at each freeze"
    );
    // Sampled every half millisecond or so: a few milliseconds of slack.
    assert!(
        closest >= rule.period - Duration::from_millis(5),
        "{} calls within {closest:?}",
        rule.calls + 1
    );
}
