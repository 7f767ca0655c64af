//! How much a poll costs the database, and how many subscriptions workers keep on schedule.
//!
//! Against the in-process fake Stripe and the PostgreSQL at `DATABASE_URL` (the machine's test
//! database by default; without one the bench says so and stops), 200 subscriptions (50
//! connections × 4 triggers), each caught up, are polled by 1, 2 and 4 workers in this process.
//!
//! - **Round trips per poll**: the workers reach PostgreSQL through a proxy that counts the
//!   server's ReadyForQuery messages, one per round trip, divided by the polls committed.
//! - **Subscriptions on schedule**: time is scaled by polling flat out (an interval of 0) instead
//!   of waiting 120 s between polls: a caught-up poll costs the same whatever the interval, so
//!   workers that commit P polls a second keep P × 120 subscriptions polled every 120 s.
//!
//! Both without latency (the cost of the fleet itself, on a machine that also runs the fake and
//! PostgreSQL) and with 100 ms added to every Stripe call (closer to Stripe over the internet,
//! where a worker's concurrency, 16 polls at once, bounds it).
//!
//! - **Beside PostgreSQL's own rate**: `pgbench -N` (simple update: an UPDATE, a SELECT and an
//!   INSERT per transaction) with 16 clients, measured in the same run in a scratch schema, so
//!   each worker's polls per second are also printed as a ratio of it, which holds on a noisy
//!   machine where the absolute rates do not. Without `pgbench` on the PATH that ratio is
//!   skipped with a line saying so.
//!
//! Each connection's throttle is on, with a rule so large (a million calls a minute) that it
//! never waits: every call still reserves its slot in the database, as in production, where at
//! one poll per 120 s a connection's four subscriptions stay far below 100 calls a minute.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use stripe_connector::{Start, metadata};
use stripe_connector_fleet::{
    Database, Event, Fleet, KeyEncryptionKey, TriggerKind, Worker, WorkerSettings,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const CONNECTIONS: usize = 50;
const MEASURE: Duration = Duration::from_secs(8);
const KEK: &str = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let url = std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_string());
    let round_trips = Arc::new(AtomicU64::new(0));
    let proxy = proxy(&url, round_trips.clone()).await;
    let schema = format!("fleet_bench_{}", std::process::id());
    let fleet = match Fleet::open(Database::new(&proxy, &schema).expect("valid"), 4).await {
        Ok(fleet) => fleet,
        Err(error) => {
            return println!("skipped: no PostgreSQL at {url} ({error}); set DATABASE_URL");
        }
    };
    let fake = fake_stripe::start().await.expect("a fake Stripe");
    set_up(&fleet, &fake.base_url()).await;
    let pgbench = pgbench_rate(&url).await;
    println!(
        "200 caught-up subscriptions of 50 connections; fake Stripe in process; 2 cores shared"
    );
    for latency in [0, 100] {
        println!("each Stripe call answered after {latency} ms:");
        let latency = Duration::from_millis(latency);
        fake.set_faults(fake_stripe::Faults {
            latency,
            ..Default::default()
        });
        for workers in [1, 2, 4] {
            let per_worker = measure(&proxy, &schema, workers, &round_trips).await;
            if let Some(tps) = pgbench {
                println!(
                    "    polls/s per worker = {:.3} × pgbench -N transactions/s",
                    per_worker / tps
                );
            }
        }
    }
    drop_schema(&url, &schema).await;
}

/// Adds the connections, an object of each kind for each, and the subscriptions, anchored now.
async fn set_up(fleet: &Fleet, base_url: &str) {
    let kek = KeyEncryptionKey::from_hex(KEK).expect("a key");
    let never_waits = metadata::Throttle {
        calls: 1_000_000,
        period: Duration::from_secs(60),
    };
    for n in 0..CONNECTIONS {
        let (name, key) = (format!("conn{n}"), format!("sk_test_bench{n}"));
        fleet
            .add_connection(&kek, &name, &key, base_url, Some(never_waits))
            .await
            .expect("added");
        for trigger in TriggerKind::all() {
            fleet
                .subscribe(&name, trigger, Start::Now)
                .await
                .expect("subscribed");
        }
    }
}

/// Runs `workers` workers flat out for [`MEASURE`] after every subscription was polled once,
/// prints what they did, and returns their polls per second per worker.
async fn measure(url: &str, schema: &str, workers: usize, round_trips: &Arc<AtomicU64>) -> f64 {
    let polls = Arc::new(AtomicU64::new(0));
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let mut running = Vec::new();
    for n in 0..workers {
        let fleet = Fleet::open(Database::new(url, schema).expect("valid"), 20)
            .await
            .expect("opened");
        let mut settings = WorkerSettings::new(format!("bench{n}"));
        settings.interval = Duration::ZERO;
        let counted = polls.clone();
        let on_event = Arc::new(move |event: &Event| {
            if matches!(event, Event::Committed { .. }) {
                counted.fetch_add(1, Ordering::Relaxed);
            }
        });
        let kek = KeyEncryptionKey::from_hex(KEK).expect("a key");
        let mut stopped = stopped.clone();
        let worker = Worker::new(fleet, kek, settings, on_event);
        running.push(tokio::spawn(
            worker.run(async move { drop(stopped.wait_for(|s| *s).await) }),
        ));
    }
    while polls.load(Ordering::Relaxed) < 4 * CONNECTIONS as u64 {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (polls_before, trips_before, began) = (
        polls.load(Ordering::Relaxed),
        round_trips.load(Ordering::Relaxed),
        Instant::now(),
    );
    tokio::time::sleep(MEASURE).await;
    let (polled, trips) = (
        polls.load(Ordering::Relaxed) - polls_before,
        round_trips.load(Ordering::Relaxed) - trips_before,
    );
    let per_second = polled as f64 / began.elapsed().as_secs_f64();
    stop.send(true).expect("workers listen");
    for worker in running {
        worker.await.expect("a worker stops");
    }
    println!(
        "  {workers} worker(s): {per_second:.0} polls/s ({:.0} per worker), {:.2} database round \
         trips per poll; at the 120 s interval: {:.0} subscriptions on schedule ({:.0} per worker)",
        per_second / workers as f64,
        trips as f64 / polled as f64,
        per_second * 120.0,
        per_second * 120.0 / workers as f64,
    );
    per_second / workers as f64
}

/// PostgreSQL's own simple-update rate on this machine now, in transactions per second:
/// `pgbench -N` with 16 clients (a worker's polls at once) on 2 threads for [`MEASURE`], on
/// scale-1 tables in a scratch schema dropped after. `None`, said on stdout, when pgbench is
/// missing or fails.
async fn pgbench_rate(url: &str) -> Option<f64> {
    let schema = format!("fleet_pgbench_{}", std::process::id());
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .expect("connects");
    tokio::spawn(connection);
    client
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .await
        .expect("a scratch schema");
    let seconds = MEASURE.as_secs().to_string();
    let (url, path) = (url.to_string(), format!("-c search_path={schema}"));
    let measured = tokio::task::spawn_blocking(move || {
        let pgbench = |args: &[&str]| {
            std::process::Command::new("pgbench")
                .env("PGOPTIONS", &path)
                .args(args)
                .arg(&url)
                .output()
                .map_err(|e| format!("cannot run pgbench: {e}"))
                .and_then(|out| match out.status.success() {
                    true => Ok(String::from_utf8_lossy(&out.stdout).into_owned()),
                    false => Err(String::from_utf8_lossy(&out.stderr).into_owned()),
                })
        };
        pgbench(&["-i", "-q", "-s", "1"])?;
        let report = pgbench(&["-N", "-n", "-c", "16", "-j", "2", "-T", &seconds])?;
        report
            .lines()
            .find_map(|line| line.strip_prefix("tps = ")?.split(' ').next()?.parse().ok())
            .ok_or_else(|| format!("no tps in pgbench's report: {report}"))
    })
    .await
    .expect("pgbench's thread");
    client
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .await
        .expect("dropped");
    match measured {
        Ok(tps) => {
            println!("pgbench -N, 16 clients: {tps:.0} transactions/s");
            Some(tps)
        }
        Err(error) => {
            println!("skipped the ratio to pgbench: {}", error.trim());
            None
        }
    }
}

/// A proxy to the database at `url` that counts the server's ReadyForQuery messages; returns
/// the URL through it.
async fn proxy(url: &str, round_trips: Arc<AtomicU64>) -> String {
    let config: tokio_postgres::Config = url.parse().expect("a database URL");
    let target = match (config.get_hosts().first(), config.get_ports().first()) {
        (Some(tokio_postgres::config::Host::Tcp(host)), port) => {
            format!("{host}:{}", port.unwrap_or(&5432))
        }
        _ => "127.0.0.1:5432".to_string(),
    };
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let port = listener.local_addr().expect("an address").port();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let (target, counter) = (target.clone(), round_trips.clone());
            tokio::spawn(async move {
                if let Ok(server) = TcpStream::connect(&target).await {
                    relay(client, server, counter).await;
                }
            });
        }
    });
    let user = config.get_user().unwrap_or("postgres");
    let dbname = config.get_dbname().unwrap_or("test");
    format!("postgres://{user}@127.0.0.1:{port}/{dbname}")
}

/// Relays both ways, counting the server's `Z` messages.
async fn relay(client: TcpStream, server: TcpStream, round_trips: Arc<AtomicU64>) {
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = server.into_split();
    let upstream =
        tokio::spawn(async move { tokio::io::copy(&mut client_read, &mut server_write).await });
    let mut buffer = vec![0u8; 64 * 1024];
    let mut parser = Messages::default();
    while let Ok(read) = server_read.read(&mut buffer).await {
        if read == 0 || client_write.write_all(&buffer[..read]).await.is_err() {
            break;
        }
        round_trips.fetch_add(parser.ready_for_query(&buffer[..read]), Ordering::Relaxed);
    }
    upstream.abort();
}

/// Splits the server's byte stream into messages (a type byte, then a length that counts
/// itself).
#[derive(Default)]
struct Messages {
    header: Vec<u8>,
    skip: usize,
}

impl Messages {
    /// How many ReadyForQuery messages begin in `bytes`.
    fn ready_for_query(&mut self, mut bytes: &[u8]) -> u64 {
        let mut found = 0;
        while !bytes.is_empty() {
            if self.skip > 0 {
                let skipped = self.skip.min(bytes.len());
                self.skip -= skipped;
                bytes = &bytes[skipped..];
                continue;
            }
            let wanted = (5 - self.header.len()).min(bytes.len());
            self.header.extend_from_slice(&bytes[..wanted]);
            bytes = &bytes[wanted..];
            if self.header.len() == 5 {
                let length = u32::from_be_bytes([
                    self.header[1],
                    self.header[2],
                    self.header[3],
                    self.header[4],
                ]);
                found += u64::from(self.header[0] == b'Z');
                self.skip = (length as usize).saturating_sub(4);
                self.header.clear();
            }
        }
        found
    }
}

async fn drop_schema(url: &str, schema: &str) {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .expect("connects");
    tokio::spawn(connection);
    client
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .await
        .expect("dropped");
}
