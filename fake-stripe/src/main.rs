//! The `fake-stripe` binary: serves the fake on a port and prints its base URL first on stdout,
//! then serves until interrupted. Faults can be switched on from the command line
//! ([`FaultArgs`]), old accounts seeded and requests logged ([`SetupArgs`]); what is on is said
//! on stderr.

use std::io::Write;
use std::net::SocketAddr;

use clap::Parser;
use fake_stripe::{FaultArgs, SetupArgs};

/// Command line of `fake-stripe`.
#[derive(Parser, Debug)]
#[command(version, about = "A stateful fake of Stripe API 2019-10-08")]
struct Args {
    /// Port on 127.0.0.1 to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 12111)]
    port: u16,
    /// The faults to inject.
    #[command(flatten)]
    faults: FaultArgs,
    /// Old accounts and the request log.
    #[command(flatten)]
    setup: SetupArgs,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let fake = fake_stripe::start_on(SocketAddr::from(([127, 0, 0, 1], args.port))).await?;
    args.faults.apply(&fake);
    if let Err(error) = args.setup.apply(&fake).await {
        eprintln!("fake-stripe: {error}");
        std::process::exit(2);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", fake.base_url())?;
    out.flush()?;
    drop(out);
    for said in [args.faults.describe(), args.setup.describe()]
        .into_iter()
        .flatten()
    {
        eprintln!("{said}");
    }
    tokio::signal::ctrl_c().await?;
    Ok(())
}
