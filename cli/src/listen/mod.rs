//! `listen`: an instant trigger. Serves Stripe's webhooks on a port, verifies each, prints the
//! object it announces at once (one JSON line), and reconciles with `/v1/events` every
//! `--reconcile` seconds to print what the webhooks missed; each object once per run
//! ([`Instant`]).
//!
//! The signing secret is `--secret-file`'s, or, with `--public-url`, the secret of an endpoint
//! the command creates for the trigger's event types at start and deletes at Ctrl-C.

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
use stripe_connector::metadata::Trigger;
use stripe_connector::webhook::{SIGNATURE_HEADER, SigningSecret, Verifier};
use stripe_connector::{Connection, Instant, Timestamp, endpoints};
use tokio::sync::Mutex;

use crate::fail::Failure;
use crate::generated::{TriggerName, with_trigger};
use crate::output;

/// The largest webhook body read; a larger one is refused before it is read whole.
const BODY_LIMIT: usize = 1 << 20;

/// `listen`'s arguments.
#[derive(Args, Debug)]
pub struct ListenArgs {
    /// The trigger to run.
    #[arg(value_enum)]
    pub trigger: TriggerName,
    /// The port on 127.0.0.1 to receive webhooks on (put a tunnel or a proxy in front for
    /// Stripe's own servers).
    #[arg(long)]
    pub port: u16,
    /// Create a webhook endpoint at this URL for the trigger's event types at start, and delete
    /// it at Ctrl-C (a killed command leaves it behind: `stripe-connector` lists none yet).
    #[arg(long, value_name = "URL", required_unless_present = "secret_file")]
    pub public_url: Option<String>,
    /// Read the signing secret (`whsec_…`) of an existing endpoint from this file instead.
    #[arg(long, value_name = "PATH", conflicts_with = "public_url")]
    pub secret_file: Option<PathBuf>,
    /// Seconds between two reconciliations with `/v1/events`.
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub reconcile: u64,
}

/// Runs the trigger `args` names until Ctrl-C.
pub async fn run(stripe: Connection, args: ListenArgs) -> Result<(), Failure> {
    with_trigger!(args.trigger, |T| listen::<T>(stripe, &args).await)
}

/// What the webhook handler shares with the reconciliation.
struct Listener<T: Trigger> {
    verifier: Verifier,
    instant: Mutex<Instant<T>>,
}

async fn listen<T>(stripe: Connection, args: &ListenArgs) -> Result<(), Failure>
where
    T: Trigger + Send + Sync + 'static,
    T::Item: Serialize + DeserializeOwned + Sync,
{
    let since = Timestamp::now();
    let (secret, endpoint) = secret::<T>(&stripe, args).await?;
    let listener = Arc::new(Listener {
        verifier: Verifier::new(secret),
        instant: Mutex::new(Instant::<T>::new(stripe.clone(), since)),
    });
    let socket = tokio::net::TcpListener::bind(("127.0.0.1", args.port))
        .await
        .map_err(|e| Failure::Local(format!("cannot listen on 127.0.0.1:{}: {e}", args.port)))?;
    eprintln!(
        "listening for {} webhooks on http://127.0.0.1:{}/ ({}); reconciling every {} s",
        T::INFO.name,
        args.port,
        T::INFO.events.join(", "),
        args.reconcile
    );
    let app = Router::new()
        .route("/", post(receive::<T>))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(listener.clone());
    let served = axum::serve(socket, app).with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    });
    let outcome = tokio::select! {
        served = served => served.map_err(|e| Failure::Local(format!("the listener failed: {e}"))),
        failed = reconcile(&listener, Duration::from_secs(args.reconcile)) => failed,
    };
    if let Some(id) = endpoint {
        delete_endpoint(&stripe, &id).await?;
    }
    outcome
}

/// The signing secret, and the id of the endpoint created for it, if one was.
async fn secret<T: Trigger>(
    stripe: &Connection,
    args: &ListenArgs,
) -> Result<(SigningSecret, Option<String>), Failure> {
    let invalid = |e| Failure::Input(format!("signing secret: {e}"));
    if let Some(path) = &args.secret_file {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure::Local(format!("cannot read {}: {e}", path.display())))?;
        return Ok((SigningSecret::new(text.trim()).map_err(invalid)?, None));
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

/// One webhook: 200 once verified (and its object printed if new), 400 when refused.
async fn receive<T>(
    State(listener): State<Arc<Listener<T>>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode
where
    T: Trigger,
    T::Item: Serialize + DeserializeOwned,
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
    let mut instant = listener.instant.lock().await;
    match instant.webhook(&event) {
        Ok(Some(item)) => match output::print_lines(&[item]) {
            Ok(()) => StatusCode::OK,
            // Not printed: Stripe sends it again, or the next reconciliation hands it over.
            Err(_) => StatusCode::SERVICE_UNAVAILABLE,
        },
        Ok(None) => StatusCode::OK,
        Err(refused) => {
            eprintln!("refused a webhook: {refused}");
            StatusCode::BAD_REQUEST
        }
    }
}

/// Reconciles every `interval`, printing what the webhooks missed; returns only on a failure
/// no retry can fix.
async fn reconcile<T>(listener: &Listener<T>, interval: Duration) -> Result<(), Failure>
where
    T: Trigger,
    T::Item: Serialize + DeserializeOwned,
{
    loop {
        tokio::time::sleep(interval).await;
        let mut instant = listener.instant.lock().await;
        match instant.reconcile().await {
            Ok(missed) => output::print_lines(&missed)
                .map_err(|e| Failure::Local(format!("cannot write to standard output: {e}")))?,
            Err(e) if e.is_transient() => eprintln!("reconciliation failed, retried later: {e}"),
            Err(e) => return Err(e.into()),
        }
    }
}
