//! What the benches share to keep the server's work out of their measures: a server run in a
//! child process of the bench's own binary, which prints its base URL and lives until its
//! standard input closes (when the bench ends, however it ends), and this process's CPU time.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Runs this binary again with `args` (which make it serve), and returns the child and the base
/// URL it printed; the child stops when it is dropped and its stdin closes.
pub fn spawn(args: &[&str]) -> (Child, String) {
    let mut child = Command::new(std::env::current_exe().expect("this binary"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the server starts");
    let mut base = String::new();
    BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut base)
        .expect("the server's URL");
    (child, base.trim().to_string())
}

/// In the child: prints `base_url` for [`spawn`], then waits until standard input closes.
pub async fn announce_and_wait(base_url: &str) {
    println!("{base_url}");
    std::io::stdout().flush().expect("stdout");
    tokio::task::spawn_blocking(|| std::io::stdin().read_to_end(&mut Vec::new()))
        .await
        .expect("stdin read")
        .ok();
}

/// The CPU time this process has used so far, in all its threads, user and system.
pub fn process_cpu() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable timespec for the call's duration.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "the process CPU clock is readable");
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}
