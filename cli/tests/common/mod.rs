//! What the command-line tests share: the binary, a fake Stripe in this process, and a reader of
//! a child's output lines with a deadline.

#![allow(dead_code)] // each test file uses its own part of this module

pub mod fleet;
pub mod scenario;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use fake_stripe::FakeStripe;
use stripe_connector::Connection;
use tokio::runtime::Runtime;

/// The key the tests use; the fake accepts any well-formed test key.
pub const KEY: &str = "sk_test_cli";

/// The exit codes `--help` documents.
pub const EXIT_STRIPE: i32 = 1;
pub const EXIT_INPUT: i32 = 2;
pub const EXIT_TRANSPORT: i32 = 3;

/// A fake Stripe served by a runtime of this test; the fake stops first when dropped.
pub struct Fake {
    pub fake: FakeStripe,
    pub runtime: Runtime,
}

impl Fake {
    /// Starts a fake on a free loopback port.
    pub fn start() -> Self {
        let runtime = Runtime::new().expect("a tokio runtime");
        let fake = runtime
            .block_on(fake_stripe::start())
            .expect("the fake starts");
        Self { fake, runtime }
    }

    pub fn url(&self) -> String {
        self.fake.base_url()
    }

    /// A connection to the fake with no throttle, to set up data quickly.
    pub fn connection(&self) -> Connection {
        Connection::builder(KEY)
            .base_url(self.url())
            .throttle(None)
            .build()
            .expect("a connection to the fake")
    }

    /// Runs the binary against the fake with `args` and waits for it.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("the binary runs")
    }

    /// The binary, pointed at the fake, with `args`.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = binary();
        command.arg("--base-url").arg(self.url()).args(args);
        command
    }
}

/// The binary with the test key in its environment.
pub fn binary() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_stripe-connector"));
    command.env("STRIPE_API_KEY", KEY);
    command
}

/// Stdout as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Stderr as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The one JSON value a piped action prints, checking that it is on one line.
pub fn json(output: &Output) -> serde_json::Value {
    assert!(
        output.status.success(),
        "failed: {:?}\n{}",
        output.status,
        stderr(output)
    );
    let text = stdout(output);
    assert_eq!(text.lines().count(), 1, "piped output is one line: {text}");
    serde_json::from_str(&text).expect("stdout is JSON")
}

/// A child started with piped stdout and stderr, its lines read on threads.
pub struct Running {
    pub child: Child,
    pub lines: Receiver<String>,
    pub errors: Receiver<String>,
}

impl Running {
    /// Starts `command` with its output piped.
    pub fn spawn(mut command: Command) -> Self {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        let lines = read_lines(child.stdout.take().expect("piped stdout"));
        let errors = read_lines(child.stderr.take().expect("piped stderr"));
        Self {
            child,
            lines,
            errors,
        }
    }

    /// The next stdout line, or `None` when none comes before `deadline`.
    pub fn next_line(&self, deadline: Instant) -> Option<String> {
        let left = deadline.saturating_duration_since(Instant::now());
        self.lines.recv_timeout(left).ok()
    }

    /// Sends SIGINT (what Ctrl-C sends) and waits for the exit; returns whether it succeeded.
    pub fn interrupt(&mut self) -> bool {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-INT", &pid]).status();
        assert!(sent.is_ok_and(|s| s.success()), "kill -INT {pid}");
        self.wait(Duration::from_secs(20))
    }

    /// Waits for the exit at most `limit`, killing the child after it; whether it succeeded.
    pub fn wait(&mut self, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return status.success();
            }
            thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("the child did not exit within {limit:?}");
    }

    /// Every stdout line still to read, after the child exited.
    pub fn rest(&self) -> Vec<String> {
        self.lines.iter().collect()
    }

    /// Every stderr line, after the child exited.
    pub fn stderr(&self) -> String {
        self.errors.iter().collect::<Vec<_>>().join("\n")
    }
}

impl Drop for Running {
    /// Kills a child that a failed test left running; one that exited is left alone.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn read_lines(stream: impl Read + Send + 'static) -> Receiver<String> {
    let (send, receive) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if send.send(line).is_err() {
                break;
            }
        }
    });
    receive
}

/// The id of a JSON line the command printed.
pub fn id_of(line: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
    value["id"].as_str().expect("an id").to_string()
}

/// The ids in the table `objects` of the SQLite database `database` (`--into`'s), in the order
/// delivered.
pub fn rows(database: &std::path::Path) -> Vec<String> {
    let db = rusqlite::Connection::open(database).expect("readable");
    let mut query = db
        .prepare("SELECT id FROM objects ORDER BY seq")
        .expect("a query");
    query
        .query_map([], |row| row.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("ids")
}

/// A free port on loopback.
pub fn free_port() -> u16 {
    let socket = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    socket.local_addr().expect("its address").port()
}

/// Creates `n` customers through `stripe`, one after the other; their ids.
pub fn create_customers(fake: &Fake, stripe: &Connection, n: usize) -> Vec<String> {
    fake.runtime.block_on(async {
        let mut ids = Vec::with_capacity(n);
        for _ in 0..n {
            let params = stripe_connector::types::CreateCustomerParams::builder();
            ids.push(stripe.create_customer(params).await.expect("created").id);
        }
        ids
    })
}
