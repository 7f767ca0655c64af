//! The `fake-stripe` binary prints its base URL first and serves requests there.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[tokio::test]
async fn binary_prints_base_url_and_serves() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fake-stripe"))
        .args(["--port", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn fake-stripe");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .expect("first line");
    let base = line.trim().to_owned();
    assert!(base.starts_with("http://127.0.0.1:"), "{base}");
    let resp = common::http_client()
        .post(format!("{base}/v1/customers"))
        .bearer_auth("sk_test_bin")
        .form(&[("email", "bin@example.com")])
        .send()
        .await
        .expect("response");
    let status = resp.status();
    child.kill().expect("kill");
    child.wait().expect("wait");
    assert_eq!(status, 200);
}
