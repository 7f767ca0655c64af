//! The `fake-stripe` binary: serves the fake on a port and prints its base URL first on stdout,
//! then serves until interrupted. Faults can be switched on from the command line.

use std::io::Write;
use std::net::SocketAddr;
use std::time::Duration;

use clap::Parser;
use fake_stripe::Faults;

/// Command line of `fake-stripe`.
#[derive(Parser, Debug)]
#[command(version, about = "A stateful fake of Stripe API 2019-10-08")]
struct Args {
    /// Port on 127.0.0.1 to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 12111)]
    port: u16,
    /// Seed of the fault RNG.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Share of requests answered 500 (0.0-1.0).
    #[arg(long, default_value_t = 0.0)]
    server_error_rate: f64,
    /// Share of requests answered 429 (0.0-1.0).
    #[arg(long, default_value_t = 0.0)]
    too_many_requests_rate: f64,
    /// Share of connections dropped before the request takes effect (0.0-1.0).
    #[arg(long, default_value_t = 0.0)]
    drop_rate: f64,
    /// Share of connections dropped after the request took effect (0.0-1.0).
    #[arg(long, default_value_t = 0.0)]
    drop_after_effect_rate: f64,
    /// Milliseconds added before every request.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Requests per second allowed; the rest get 429.
    #[arg(long)]
    rate_limit: Option<u32>,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let fake = fake_stripe::start_on(SocketAddr::from(([127, 0, 0, 1], args.port))).await?;
    fake.reseed(args.seed);
    fake.set_faults(Faults {
        server_error_rate: args.server_error_rate,
        too_many_requests_rate: args.too_many_requests_rate,
        drop_rate: args.drop_rate,
        drop_after_effect_rate: args.drop_after_effect_rate,
        latency: Duration::from_millis(args.latency_ms),
        rate_limit_per_second: args.rate_limit,
    });
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", fake.base_url())?;
    out.flush()?;
    drop(out);
    tokio::signal::ctrl_c().await?;
    Ok(())
}
