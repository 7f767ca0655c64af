//! What the fleet's scenario tests share: old accounts seeded on the fake, the fake's request
//! log read back by connection and by worker process (the local port of each of a worker's
//! sockets, read from `/proc`), and the fleet's history of leases, checkpoints and throttle slots,
//! kept by triggers in tables of the test's own.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use fake_stripe::{History, key_fingerprint};
use stripe_connector::connector::TRIGGERS;

use super::Fake;
use super::fleet::Db;

/// Now, in unix seconds, on the clock the fake's log and PostgreSQL also read.
pub fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

/// One request the fake logged.
#[derive(Clone, Debug)]
pub struct Call {
    /// When it arrived, in unix seconds.
    pub time: f64,
    /// The fingerprint of its API key.
    pub key: Option<String>,
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    /// The client's local port: which process sent it.
    pub port: u16,
}

impl Call {
    /// Whether it is a probe of the search for the oldest second: a list call for one object.
    pub fn is_probe(&self) -> bool {
        self.method == "GET"
            && self
                .query
                .as_deref()
                .is_some_and(|query| query.split('&').any(|pair| pair == "limit=1"))
    }
}

/// The calls of the request log at `path`, in order of arrival.
pub fn read_log(path: &Path) -> Vec<Call> {
    let text = std::fs::read_to_string(path).expect("the request log");
    let mut calls: Vec<Call> = text
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let text = |field: &str| v[field].as_str().map(str::to_string);
            Call {
                time: v["time"].as_f64().expect("a time"),
                key: text("key"),
                method: text("method").expect("a method"),
                path: text("path").expect("a path"),
                query: text("query"),
                port: text("peer")
                    .and_then(|peer| peer.rsplit(':').next()?.parse().ok())
                    .expect("a peer"),
            }
        })
        .collect();
    calls.sort_by(|a, b| a.time.total_cmp(&b.time));
    calls
}

/// The trigger (its spec name) whose list is at `path`.
pub fn trigger_of(path: &str) -> Option<&'static str> {
    TRIGGERS
        .iter()
        .find(|trigger| trigger.path == path)
        .map(|t| t.name)
}

/// A subscription as the tests name it: (connection, trigger).
pub type Sub = (String, String);

/// Seeds `history` (seed n for the n-th) into the account of each `(connection, key)`; the ids
/// each subscription to a trigger should deliver.
pub fn seed(
    fake: &Fake,
    accounts: &[(String, String)],
    history: &History,
) -> HashMap<Sub, Vec<String>> {
    let mut expected: HashMap<Sub, Vec<String>> = HashMap::new();
    for (n, (connection, key)) in accounts.iter().enumerate() {
        let history = History {
            seed: n as u64,
            ..history.clone()
        };
        let seeded = fake
            .runtime
            .block_on(fake.fake.seed_history(key, &history))
            .expect("seeded");
        for object in seeded {
            if let Some(trigger) = trigger_of(object.list) {
                expected
                    .entry((connection.clone(), trigger.to_string()))
                    .or_default()
                    .push(object.id);
            }
        }
    }
    expected
}

/// The fingerprint of each connection's key, and back.
pub fn fingerprints(accounts: &[(String, String)]) -> HashMap<String, String> {
    accounts
        .iter()
        .map(|(connection, key)| (key_fingerprint(key), connection.clone()))
        .collect()
}

/// The subscription a call is for, if it is a trigger's list call of a known connection.
pub fn sub_of(call: &Call, connections: &HashMap<String, String>) -> Option<Sub> {
    let connection = connections.get(call.key.as_deref()?)?;
    Some((connection.clone(), trigger_of(&call.path)?.to_string()))
}

/// Keeps the history of leases (each claim: subscription, token, worker, time), of
/// checkpoints (each change of a subscription's state: subscription, the token of the lease it
/// was committed under, time) and of the throttle's slots (each reserved or moved: connection,
/// slot, when reserved) in tables of the test's own, since the fleet keeps only the latest.
pub fn keep_history(db: &Db) {
    db.runtime
        .block_on(db.client.batch_execute(
            "CREATE TABLE lease_log (subscription bigint, token bigint, worker text, at timestamptz);
             CREATE TABLE state_log (subscription bigint, token bigint, at timestamptz);
             CREATE FUNCTION log_lease() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
                 INSERT INTO lease_log
                     VALUES (NEW.id, NEW.lease_token, NEW.leased_by, clock_timestamp());
                 RETURN NEW; END $$;
             CREATE FUNCTION log_state() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
                 INSERT INTO state_log VALUES (NEW.id, NEW.lease_token, clock_timestamp());
                 RETURN NEW; END $$;
             CREATE TRIGGER log_leases AFTER UPDATE ON subscriptions FOR EACH ROW
                 WHEN (OLD.lease_token IS DISTINCT FROM NEW.lease_token)
                 EXECUTE FUNCTION log_lease();
             CREATE TRIGGER log_states AFTER UPDATE ON subscriptions FOR EACH ROW
                 WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION log_state();
             CREATE TABLE slot_log (connection bigint, slot timestamptz, reserved timestamptz);
             CREATE FUNCTION log_slot() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
                 INSERT INTO slot_log VALUES (NEW.connection_id, NEW.at, clock_timestamp());
                 RETURN NEW; END $$;
             CREATE TRIGGER log_slots AFTER INSERT OR UPDATE ON calls FOR EACH ROW
                 EXECUTE FUNCTION log_slot();",
        ))
        .expect("history tables");
}

/// One claim of a subscription, or one checkpoint committed under a claim.
#[derive(Clone, Debug)]
pub struct Claim {
    pub sub: Sub,
    pub token: i64,
    pub worker: String,
    pub at: f64,
}

/// Every claim, in order.
pub fn claims(db: &Db) -> Vec<Claim> {
    let rows = db
        .runtime
        .block_on(db.client.query(
            "SELECT c.name, s.trigger, l.token, l.worker, extract(epoch FROM l.at)::float8
             FROM lease_log l JOIN subscriptions s ON s.id = l.subscription
             JOIN connections c ON c.id = s.connection_id ORDER BY l.at",
            &[],
        ))
        .expect("the claims");
    rows.iter()
        .map(|row| Claim {
            sub: (row.get(0), row.get(1)),
            token: row.get::<_, Option<i64>>(2).unwrap_or_default(),
            worker: row.get::<_, Option<String>>(3).unwrap_or_default(),
            at: row.get(4),
        })
        .collect()
}

/// Each checkpoint committed, in order: subscription, the token it was committed under, time.
pub fn checkpoints(db: &Db) -> Vec<(Sub, i64, f64)> {
    let rows = db
        .runtime
        .block_on(db.client.query(
            "SELECT c.name, s.trigger, l.token, extract(epoch FROM l.at)::float8
             FROM state_log l JOIN subscriptions s ON s.id = l.subscription
             JOIN connections c ON c.id = s.connection_id ORDER BY l.at",
            &[],
        ))
        .expect("the checkpoints");
    rows.iter()
        .map(|row| {
            let token: Option<i64> = row.get(2);
            (
                (row.get(0), row.get(1)),
                token.unwrap_or_default(),
                row.get(3),
            )
        })
        .collect()
}

/// For each connection, the last slot a call had to wait for (reserved more than 10 ms before
/// it): until then the connection had calls waiting on its rule.
pub fn last_waited_slot(db: &Db) -> HashMap<String, f64> {
    let rows = db
        .runtime
        .block_on(db.client.query(
            "SELECT c.name, extract(epoch FROM max(l.slot))::float8
             FROM slot_log l JOIN connections c ON c.id = l.connection
             WHERE l.slot > l.reserved + interval '10 milliseconds' GROUP BY c.name",
            &[],
        ))
        .expect("the slots");
    rows.iter().map(|row| (row.get(0), row.get(1))).collect()
}

/// What was delivered to each subscription: its ids in order, and when its last one was
/// committed (unix seconds).
pub fn delivered(db: &Db) -> HashMap<Sub, (Vec<String>, f64)> {
    let rows = db
        .runtime
        .block_on(db.client.query(
            "SELECT c.name, s.trigger, d.object_id, extract(epoch FROM d.delivered_at)::float8
             FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id
             JOIN connections c ON c.id = s.connection_id ORDER BY d.subscription_id, d.position",
            &[],
        ))
        .expect("the deliveries");
    let mut found: HashMap<Sub, (Vec<String>, f64)> = HashMap::new();
    for row in rows {
        let entry = found.entry((row.get(0), row.get(1))).or_default();
        entry.0.push(row.get(2));
        entry.1 = entry.1.max(row.get(3));
    }
    found
}

/// Objects lost and repeated, over all subscriptions.
pub fn lost_and_repeated(
    expected: &HashMap<Sub, Vec<String>>,
    found: &HashMap<Sub, (Vec<String>, f64)>,
) -> (usize, usize) {
    let mut lost = 0;
    let mut repeated = 0;
    for (sub, ids) in expected {
        let got = found.get(sub).map(|f| f.0.clone()).unwrap_or_default();
        let unique: HashSet<&String> = got.iter().collect();
        repeated += got.len() - unique.len();
        lost += ids.iter().filter(|id| !unique.contains(id)).count();
    }
    (lost, repeated)
}

/// The shortest time spanned by `calls + 1` consecutive times of `times` (sorted); infinite
/// when there are no more than `calls`.
pub fn closest(times: &[f64], calls: usize) -> f64 {
    times
        .windows(calls + 1)
        .map(|w| w[calls] - w[0])
        .fold(f64::INFINITY, f64::min)
}

/// How much of a rule of `calls` per `period` seconds the `times` (sorted) used, over the
/// whole periods from the first: the calls in them over what the rule allows in them; and
/// how many periods.
pub fn utilisation(times: &[f64], calls: usize, period: f64) -> (f64, usize) {
    let (Some(first), Some(last)) = (times.first(), times.last()) else {
        return (0.0, 0);
    };
    let periods = ((last - first) / period).floor() as usize;
    let within = times
        .iter()
        .filter(|&&t| t < first + periods as f64 * period)
        .count();
    (within as f64 / (periods * calls).max(1) as f64, periods)
}

/// Which worker each local port connected to the fake belonged to, read from `/proc` every
/// 20 ms while the workers run: a worker keeps its connections to the fake open between calls,
/// so each is seen.
pub struct PortOwners {
    workers: Arc<Mutex<Vec<(String, u32)>>>,
    owners: Arc<Mutex<HashMap<u16, String>>>,
    running: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl PortOwners {
    /// Starts watching the sockets to the fake on `fake_port`.
    pub fn start(fake_port: u16) -> Self {
        let workers: Arc<Mutex<Vec<(String, u32)>>> = Arc::default();
        let owners: Arc<Mutex<HashMap<u16, String>>> = Arc::default();
        let running = Arc::new(AtomicBool::new(true));
        let thread = {
            let (workers, owners, running) = (workers.clone(), owners.clone(), running.clone());
            thread::spawn(move || {
                while running.load(Ordering::Relaxed) {
                    let ports = ports_to(fake_port);
                    for (name, pid) in workers.lock().unwrap().iter() {
                        for inode in socket_inodes(*pid) {
                            if let Some(port) = ports.get(&inode) {
                                owners.lock().unwrap().insert(*port, name.clone());
                            }
                        }
                    }
                    thread::sleep(Duration::from_millis(20));
                }
            })
        };
        Self {
            workers,
            owners,
            running,
            thread: Some(thread),
        }
    }

    /// Watches the process `pid` of worker `name` from now on.
    pub fn watch(&self, name: &str, pid: u32) {
        self.workers.lock().unwrap().push((name.to_string(), pid));
    }

    /// Stops watching; the owner of each port seen.
    pub fn finish(mut self) -> HashMap<u16, String> {
        self.running.store(false, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            thread.join().expect("the watcher");
        }
        self.owners.lock().unwrap().clone()
    }
}

/// The inodes of process `pid`'s sockets.
fn socket_inodes(pid: u32) -> Vec<u64> {
    let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
        return Vec::new();
    };
    fds.flatten()
        .filter_map(|fd| {
            let target = std::fs::read_link(fd.path()).ok()?;
            let target = target.to_str()?;
            target
                .strip_prefix("socket:[")?
                .strip_suffix(']')?
                .parse()
                .ok()
        })
        .collect()
}

/// The local port of each TCP socket connected to `port`, by inode.
fn ports_to(port: u16) -> HashMap<u64, u16> {
    let mut found = HashMap::new();
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let Ok(text) = std::fs::read_to_string(table) else {
            continue;
        };
        for line in text.lines().skip(1) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let port_of = |address: &str| {
                u16::from_str_radix(address.rsplit(':').next().unwrap_or_default(), 16).ok()
            };
            if fields.len() > 9
                && port_of(fields[2]) == Some(port)
                && let (Some(local), Ok(inode)) = (port_of(fields[1]), fields[9].parse())
            {
                found.insert(inode, local);
            }
        }
    }
    found
}
