//! Compatibility with Stripe's official Python SDK (`stripe==16.1.0`): runs
//! `tests/sdk/python_sdk.py` against a fake started in-process, once plainly and once with 500s
//! and dropped connections injected, so the SDK's own retries must be answered by idempotent
//! replays.
//!
//! Without the SDK installed the test says it was skipped and passes, unless
//! `FAKE_STRIPE_REQUIRE_SDK=1` (set by `.ci/run`), where it fails.

use std::path::PathBuf;
use std::process::Command;

use fake_stripe::Faults;

const INSTALL: &str = "python3 -m pip install stripe==16.1.0";

/// Why the SDK cannot be used, if it cannot.
fn sdk_missing() -> Option<String> {
    match Command::new("python3")
        .args(["-c", "import stripe"])
        .output()
    {
        Ok(out) if out.status.success() => None,
        Ok(out) => Some(format!(
            "`python3 -c \"import stripe\"` failed: {}",
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .rfind(|l| !l.trim().is_empty())
                .unwrap_or("no output")
                .trim()
        )),
        Err(e) => Some(format!("python3 could not be run: {e}")),
    }
}

/// Runs the script against `base_url` on a blocking thread (the fake serves on this runtime).
async fn run_script(base_url: String, extra: &[&str]) {
    let script: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "sdk", "python_sdk.py"]
        .iter()
        .collect();
    let extra: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    let shown = format!(
        "python3 {} {base_url} {}",
        script.display(),
        extra.join(" ")
    );
    let out = tokio::task::spawn_blocking(move || {
        Command::new("python3")
            .arg(&script)
            .arg(&base_url)
            .args(&extra)
            .output()
    })
    .await
    .expect("join")
    .expect("run python3");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "`{shown}` failed ({})\n--- stdout\n{stdout}--- stderr\n{stderr}",
        out.status
    );
    print!("{stdout}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn official_python_sdk() {
    if let Some(why) = sdk_missing() {
        if std::env::var("FAKE_STRIPE_REQUIRE_SDK").as_deref() == Ok("1") {
            panic!(
                "FAKE_STRIPE_REQUIRE_SDK=1 but Stripe's Python SDK is not available ({why}); install it with `{INSTALL}`"
            );
        }
        println!(
            "SKIPPED official_python_sdk: Stripe's Python SDK is not available ({why}); run `{INSTALL}` to run this test"
        );
        return;
    }

    let fake = fake_stripe::start().await.expect("start fake");
    run_script(fake.base_url(), &[]).await;

    let faulty = fake_stripe::start().await.expect("start fake");
    faulty.reseed(7);
    faulty.set_faults(Faults {
        server_error_rate: 0.2,
        drop_after_effect_rate: 0.3,
        ..Default::default()
    });
    run_script(faulty.base_url(), &["--retries"]).await;
}
