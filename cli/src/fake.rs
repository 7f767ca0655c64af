//! `fake-stripe`: the built-in fake Stripe, for trying the tool with no account and no network,
//! and for seeing how it copes with failures injected by the `fake-stripe` binary's fault flags;
//! its test setup flags (old accounts, the request log) too.

use std::io::{self, Write};
use std::net::SocketAddr;

use crate::args::FakeArgs;
use crate::fail::Failure;

/// Serves the fake on 127.0.0.1 with the faults `args` ask for until Ctrl-C; its base URL is the
/// first line on stdout, and which faults are on (if any) is said on stderr.
pub async fn serve(args: FakeArgs) -> Result<(), Failure> {
    let fake = fake_stripe::start_on(SocketAddr::from(([127, 0, 0, 1], args.port)))
        .await
        .map_err(|e| {
            Failure::Local(format!(
                "cannot listen on 127.0.0.1:{}: {e}; pick another --port, or 0 for a free one",
                args.port
            ))
        })?;
    args.faults.apply(&fake);
    args.setup.apply(&fake).await.map_err(Failure::Input)?;
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
    for said in [args.faults.describe(), args.setup.describe()]
        .into_iter()
        .flatten()
    {
        eprintln!("{said}");
    }
    tokio::signal::ctrl_c()
        .await
        .map_err(|e| Failure::Local(format!("cannot wait for Ctrl-C: {e}")))
}
