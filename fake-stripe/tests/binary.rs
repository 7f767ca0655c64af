//! The `fake-stripe` binary prints its base URL first and serves requests there; asked to, it
//! seeds old accounts first and logs the requests.

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

#[tokio::test]
async fn binary_seeds_old_accounts_and_logs_requests_when_asked() {
    let log = std::env::temp_dir().join(format!("fake-stripe-bin-{}.jsonl", std::process::id()));
    let mut child = Command::new(env!("CARGO_BIN_EXE_fake-stripe"))
        .args([
            "--port",
            "0",
            "--old-account",
            "sk_test_old",
            "--history-years",
            "2",
        ])
        .args(["--history-objects", "120", "--history-in-one-second", "110"])
        .arg("--request-log")
        .arg(&log)
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn fake-stripe");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .expect("first line");
    let base = line.trim().to_owned();
    let client = common::http_client();
    let mut pages = Vec::new();
    for query in [
        &[("limit", "100")][..],
        &[("limit", "100"), ("created[lt]", "1600000000")],
    ] {
        let resp = client
            .get(format!("{base}/v1/charges"))
            .bearer_auth("sk_test_old")
            .query(query)
            .send()
            .await
            .expect("response");
        let body: serde_json::Value = resp.json().await.expect("json");
        pages.push((
            body["data"].as_array().unwrap().len(),
            body["has_more"].clone(),
        ));
    }
    child.kill().expect("kill");
    child.wait().expect("wait");
    let logged = std::fs::read_to_string(&log).expect("the log");
    std::fs::remove_file(&log).ok();
    assert_eq!(pages[0], (100, true.into()), "120 charges in the account");
    assert_eq!(
        pages[1],
        (0, false.into()),
        "none before the account's first second"
    );
    assert_eq!(logged.lines().count(), 2, "{logged}");
    assert!(!logged.contains("sk_test_old"), "{logged}");
}

#[test]
fn binary_refuses_an_impossible_history_before_serving() {
    let output = Command::new(env!("CARGO_BIN_EXE_fake-stripe"))
        .args(["--port", "0", "--old-account", "sk_test_old"])
        .args(["--history-objects", "5", "--history-in-one-second", "6"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("--old-account") && stderr.contains("more than"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty(), "no URL: nothing served");
}
