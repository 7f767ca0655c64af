//! `fake-stripe`: the built-in fake Stripe, for trying the tool with no account and no network.

use std::io::{self, Write};
use std::net::SocketAddr;

use crate::args::FakeArgs;
use crate::fail::Failure;

/// Serves the fake on 127.0.0.1 until Ctrl-C; its base URL is the first line on stdout.
pub async fn serve(args: FakeArgs) -> Result<(), Failure> {
    let fake = fake_stripe::start_on(SocketAddr::from(([127, 0, 0, 1], args.port)))
        .await
        .map_err(|e| {
            Failure::Local(format!(
                "cannot listen on 127.0.0.1:{}: {e}; pick another --port, or 0 for a free one",
                args.port
            ))
        })?;
    let url = fake.base_url();
    let mut out = io::stdout().lock();
    writeln!(out, "{url}")
        .and_then(|()| out.flush())
        .map_err(|e| Failure::Local(format!("cannot write to standard output: {e}")))?;
    drop(out);
    eprintln!(
        "fake Stripe serving at {url} until Ctrl-C; try:\n  \
         STRIPE_API_KEY=sk_test_fake stripe-connector --base-url {url} customer create --email jenny@example.com"
    );
    tokio::signal::ctrl_c()
        .await
        .map_err(|e| Failure::Local(format!("cannot wait for Ctrl-C: {e}")))
}
