//! `listen`: an instant trigger. Serves Stripe's webhooks on a port, verifies each, hands over
//! the object it announces at once, and reconciles with `/v1/events` every `--reconcile`
//! seconds to hand over what the webhooks missed. On stdout (one JSON line per object) each
//! object once per run ([`Instant`], in memory); with `--into DB` (the `sqlite` feature) exactly
//! once into SQLite across restarts, with a poll of the trigger's list besides (`durable`).
//!
//! The signing secret is `--secret-file`'s, or, with `--public-url`, the secret of an endpoint
//! the command creates for the trigger's event types: on stdout deleted at Ctrl-C, with `--into`
//! remembered for the next start and deleted by `--remove-endpoint` (`endpoint`).

#[cfg(feature = "sqlite")]
mod durable;
#[cfg(feature = "sqlite")]
mod endpoint;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use clap::Args;
use serde::Serialize;
use serde::de::DeserializeOwned;
#[cfg(feature = "sqlite")]
use stripe_connector::Start;
use stripe_connector::metadata::Trigger;
use stripe_connector::types::Event;
use stripe_connector::webhook::{SIGNATURE_HEADER, SigningSecret, Verifier};
use stripe_connector::{Connection, Instant, Timestamp, endpoints};
#[cfg(feature = "sqlite")]
use stripe_connector_sqlite::SqliteSink;
use tokio::sync::Mutex;

#[cfg(feature = "sqlite")]
use crate::args::parse_start;
use crate::fail::Failure;
use crate::generated::{TriggerName, with_trigger};
use crate::output;
#[cfg(feature = "sqlite")]
use durable::{Durable, Intervals};

/// The largest webhook body read; a larger one is refused (413) before it is read whole.
pub(crate) const BODY_LIMIT: usize = 1 << 20;

/// What `listen --help` says beyond its one line: its paragraphs, `--into`'s only with the
/// `sqlite` feature.
pub fn help() -> String {
    [
        HELP,
        #[cfg(feature = "sqlite")]
        INTO_HELP,
    ]
    .join("\n\n")
}

/// `listen`'s delivery on stdout.
const HELP: &str = "\
Run a trigger from Stripe's webhooks: each object its webhook announces is handed over at once; \
a reconciliation with /v1/events every --reconcile seconds hands over what the webhooks missed.

On stdout: one JSON line per object, each once per run; the endpoint created at --public-url is \
deleted at Ctrl-C (a killed run leaves it behind).";

/// `listen --into`'s delivery into SQLite.
#[cfg(feature = "sqlite")]
const INTO_HELP: &str = "\
With --into DB: each object exactly once in the table `objects` of the SQLite database DB (as \
`watch --into` writes it), whichever of the webhook, the reconciliation or a poll of the \
trigger's list (every --poll seconds, at start, and at once when Stripe no longer keeps the events since \
the last reconciliation, after 30 days) found it first, across crashes and restarts: the \
reconciliation's cursor and the poll's checkpoint commit with the objects. The endpoint created \
at --public-url is remembered beside DB (DB.<Trigger>-endpoint.json, readable by its owner only) \
and reused on the next start; it stays at exit until removed with --remove-endpoint.";

/// `listen`'s arguments.
#[derive(Args, Debug)]
pub struct ListenArgs {
    /// The trigger to run.
    #[arg(value_enum)]
    pub trigger: TriggerName,
    /// The port on 127.0.0.1 to receive webhooks on (put a tunnel or a proxy in front for
    /// Stripe's own servers).
    #[cfg_attr(
        feature = "sqlite",
        arg(long, required_unless_present = "remove_endpoint")
    )]
    #[cfg_attr(not(feature = "sqlite"), arg(long, required = true))]
    pub port: Option<u16>,
    /// Receive at a webhook endpoint at this URL for the trigger's event types: created at
    /// start and deleted at Ctrl-C.
    #[cfg_attr(
        feature = "sqlite",
        doc = "With --into, remembered and reused on the next start instead.",
        arg(
            long,
            value_name = "URL",
            required_unless_present_any = ["secret_file", "remove_endpoint"]
        )
    )]
    #[cfg_attr(
        not(feature = "sqlite"),
        arg(long, value_name = "URL", required_unless_present = "secret_file")
    )]
    pub public_url: Option<String>,
    /// Read the signing secret (`whsec_…`) of an existing endpoint from this file instead.
    #[arg(long, value_name = "PATH", conflicts_with = "public_url")]
    pub secret_file: Option<PathBuf>,
    /// Seconds between two reconciliations with `/v1/events`.
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub reconcile: u64,
    /// Deliver exactly once into the SQLite database DB (created when missing), resuming
    /// where the last run stopped.
    #[cfg(feature = "sqlite")]
    #[arg(long, value_name = "DB")]
    pub into: Option<PathBuf>,
    /// With --into: seconds between two polls of the trigger's list, which finds what Stripe
    /// no longer keeps events of.
    #[cfg(feature = "sqlite")]
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 3600,
        requires = "into"
    )]
    pub poll: u64,
    /// With --into, on the first run: where the list poll starts: `now`, `beginning` (every
    /// object, oldest first) or a Unix timestamp in seconds.
    #[cfg(feature = "sqlite")]
    #[arg(long, value_name = "now|beginning|TIMESTAMP", default_value = "now", value_parser = parse_start, requires = "into")]
    pub from: Start,
    /// Delete the webhook endpoint remembered for --into's database (and, with --public-url,
    /// any endpoint at that URL), forget it, and exit.
    #[cfg(feature = "sqlite")]
    #[arg(long, requires = "into", conflicts_with = "secret_file")]
    pub remove_endpoint: bool,
}

/// Runs the trigger `args` names until Ctrl-C, or removes its endpoint.
pub async fn run(stripe: Connection, args: ListenArgs) -> Result<(), Failure> {
    with_trigger!(args.trigger, |T| start::<T>(stripe, &args).await)
}

/// Where the webhook handler hands objects over: the same as the reconciliation's.
enum Delivery<T: Trigger> {
    /// Printed, each once per run.
    Stdout(Arc<Mutex<Instant<T>>>),
    /// Into SQLite, exactly once.
    #[cfg(feature = "sqlite")]
    Database(Arc<Durable<T>>),
}

/// What the webhook handler needs: the verifier of signatures and where objects go.
struct Listener<T: Trigger> {
    verifier: Verifier,
    delivery: Delivery<T>,
}

/// The command that removes the endpoint remembered for `args`' database.
#[cfg(feature = "sqlite")]
fn removal(args: &ListenArgs) -> String {
    let db = args.into.as_deref().unwrap_or(std::path::Path::new("DB"));
    format!(
        "stripe-connector listen {} --into {} --remove-endpoint",
        args.trigger.as_str(),
        db.display()
    )
}

/// Listens into `--into`'s database when given, else to stdout.
async fn start<T>(stripe: Connection, args: &ListenArgs) -> Result<(), Failure>
where
    T: Trigger + Send + Sync + 'static,
    T::Item: Serialize + DeserializeOwned + Send + Sync + 'static,
{
    #[cfg(feature = "sqlite")]
    if let Some(db) = &args.into {
        return listen_into::<T>(stripe, args, db).await;
    }
    listen_to_stdout::<T>(stripe, args).await
}

/// Listens into the SQLite database `db`, or removes its endpoint.
#[cfg(feature = "sqlite")]
async fn listen_into<T>(
    stripe: Connection,
    args: &ListenArgs,
    db: &std::path::Path,
) -> Result<(), Failure>
where
    T: Trigger + Send + Sync + 'static,
    T::Item: Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let sink = SqliteSink::open(db, T::INFO.name).map_err(|e| Failure::Local(e.to_string()))?;
    if args.remove_endpoint {
        return endpoint::remove::<T>(&stripe, db, args.public_url.as_deref()).await;
    }
    let secret = match (&args.secret_file, &args.public_url) {
        (Some(path), _) => read_secret(path)?,
        (None, url) => {
            let url = url.as_deref().unwrap_or_default();
            endpoint::reuse_or_create::<T>(&stripe, url, db, &removal(args)).await?
        }
    };
    let durable = Arc::new(Durable::<T>::new(stripe, sink));
    let state = durable.state(args.from).await?;
    let listener = Arc::new(Listener {
        verifier: Verifier::new(secret),
        delivery: Delivery::Database(durable.clone()),
    });
    let intervals = Intervals {
        reconcile: Duration::from_secs(args.reconcile),
        poll: Duration::from_secs(args.poll),
    };
    let outcome = serve(args, listener, durable.run(state, intervals)).await;
    if args.public_url.is_some() {
        eprintln!(
            "the webhook endpoint stays for the next run; remove it with `{}`",
            removal(args)
        );
    }
    outcome
}

/// Listens to stdout, deleting at the end the endpoint created at start, if any.
async fn listen_to_stdout<T>(stripe: Connection, args: &ListenArgs) -> Result<(), Failure>
where
    T: Trigger + Send + Sync + 'static,
    T::Item: Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let since = Timestamp::now();
    let (secret, endpoint) = secret::<T>(&stripe, args).await?;
    let instant = Arc::new(Mutex::new(Instant::<T>::new(stripe.clone(), since)));
    let listener = Arc::new(Listener {
        verifier: Verifier::new(secret),
        delivery: Delivery::Stdout(instant.clone()),
    });
    let interval = Duration::from_secs(args.reconcile);
    let outcome = serve(args, listener, reconcile(&instant, interval)).await;
    if let Some(id) = endpoint {
        delete_endpoint(&stripe, &id).await?;
    }
    outcome
}

/// Receives webhooks on `args.port` while `work` runs, until Ctrl-C or `work` fails.
async fn serve<T>(
    args: &ListenArgs,
    listener: Arc<Listener<T>>,
    work: impl Future<Output = Result<(), Failure>>,
) -> Result<(), Failure>
where
    T: Trigger + Send + Sync + 'static,
    T::Item: Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let port = args.port.unwrap_or_default();
    let socket = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .map_err(|e| Failure::Local(format!("cannot listen on 127.0.0.1:{port}: {e}")))?;
    eprintln!(
        "listening for {} webhooks on http://127.0.0.1:{port}/ ({}); reconciling every {} s",
        T::INFO.name,
        T::INFO.events.join(", "),
        args.reconcile
    );
    let app = Router::new()
        .route("/", post(receive::<T>))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(listener);
    let served = axum::serve(socket, app).with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    });
    tokio::select! {
        served = served => served.map_err(|e| Failure::Local(format!("the listener failed: {e}"))),
        failed = work => failed,
    }
}

/// The signing secret in the file at `path`.
pub(crate) fn read_secret(path: &std::path::Path) -> Result<SigningSecret, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Local(format!("cannot read {}: {e}", path.display())))?;
    SigningSecret::new(text.trim()).map_err(|e| Failure::Input(format!("signing secret: {e}")))
}

/// The signing secret, and the id of the endpoint created for it, if one was.
async fn secret<T: Trigger>(
    stripe: &Connection,
    args: &ListenArgs,
) -> Result<(SigningSecret, Option<String>), Failure> {
    if let Some(path) = &args.secret_file {
        return Ok((read_secret(path)?, None));
    }
    let url = args.public_url.as_deref().unwrap_or_default();
    let endpoint = endpoints::create_endpoint::<T>(stripe, url).await?;
    eprintln!(
        "created webhook endpoint {} (deleted at Ctrl-C)",
        endpoint.id
    );
    Ok((endpoint.secret, Some(endpoint.id)))
}

async fn delete_endpoint(stripe: &Connection, id: &str) -> Result<(), Failure> {
    endpoints::delete_endpoint(stripe, id).await?;
    eprintln!("deleted webhook endpoint {id}");
    Ok(())
}

/// One webhook: 200 once verified (and its object handed over if new), 400 when refused, 503
/// when its object could not be handed over (Stripe sends it again).
async fn receive<T>(
    State(listener): State<Arc<Listener<T>>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode
where
    T: Trigger,
    T::Item: Serialize + DeserializeOwned + Send + 'static,
{
    let header = headers
        .get(SIGNATURE_HEADER)
        .and_then(|value| value.to_str().ok());
    let event = match listener.verifier.verify(header, &body) {
        Ok(event) => event,
        Err(refused) => {
            eprintln!("refused a webhook: {refused}");
            return StatusCode::BAD_REQUEST;
        }
    };
    let handed = match &listener.delivery {
        Delivery::Stdout(instant) => print_new(instant, &event).await,
        #[cfg(feature = "sqlite")]
        Delivery::Database(durable) => durable.webhook(&event).await,
    };
    match handed {
        Ok(true) => StatusCode::OK,
        // Not handed over: Stripe sends it again, or the next reconciliation hands it over.
        Ok(false) => StatusCode::SERVICE_UNAVAILABLE,
        Err(refused) => {
            eprintln!("refused a webhook: {refused}");
            StatusCode::BAD_REQUEST
        }
    }
}

/// Prints the object `event` announces unless printed already: whether it went out.
async fn print_new<T>(
    instant: &Mutex<Instant<T>>,
    event: &Event,
) -> Result<bool, stripe_connector::webhook::WebhookError>
where
    T: Trigger,
    T::Item: Serialize + DeserializeOwned,
{
    let mut instant = instant.lock().await;
    Ok(match instant.webhook(event)? {
        Some(item) => output::print_lines(&[item]).is_ok(),
        None => true,
    })
}

/// Reconciles every `interval`, printing what the webhooks missed; returns only on a failure
/// no retry can fix.
async fn reconcile<T>(instant: &Mutex<Instant<T>>, interval: Duration) -> Result<(), Failure>
where
    T: Trigger,
    T::Item: Serialize + DeserializeOwned,
{
    loop {
        tokio::time::sleep(interval).await;
        let mut instant = instant.lock().await;
        match instant.reconcile().await {
            Ok(missed) => output::print_lines(&missed)
                .map_err(|e| Failure::Local(format!("cannot write to standard output: {e}")))?,
            Err(e) if e.is_transient() => eprintln!("reconciliation failed, retried later: {e}"),
            Err(e) => return Err(e.into()),
        }
    }
}
