//! `fleet worker --webhooks ADDRESS`: one listener for the webhooks of every connection with an
//! endpoint, at `POST /<connection>`, served by axum; each is verified and delivered by the
//! fleet's [`Inbox`]. Answers 200 once the object is committed, 400 for a webhook refused
//! (another connection's secret, an altered body, no or an old signature), 404 for a connection
//! without an endpoint, 413 for a body over 1 MiB (refused before it is read whole), and 503
//! when the database failed (Stripe sends it again; the reconciliation finds it anyway).

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use stripe_connector::webhook::SIGNATURE_HEADER;
use stripe_connector_fleet::Inbox;
use tokio::task::JoinHandle;

use crate::fail::Failure;
use crate::listen::BODY_LIMIT;

/// The listener, stopped when dropped.
pub struct Listening(JoinHandle<()>);

impl Drop for Listening {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// What the listener calls after each webhook it committed, before answering it.
pub type AfterCommit = Arc<dyn Fn() + Send + Sync>;

/// What each request shares.
struct Shared {
    inbox: Inbox,
    after_commit: AfterCommit,
}

/// Serves `inbox` at `address` until the result is dropped, calling `after_commit` after each
/// webhook committed; says where on stderr.
pub async fn serve(
    inbox: Inbox,
    address: SocketAddr,
    worker: &str,
    after_commit: AfterCommit,
) -> Result<Listening, Failure> {
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|e| Failure::Local(format!("--webhooks {address}: cannot listen there: {e}")))?;
    let bound = listener
        .local_addr()
        .map_err(|e| Failure::Local(format!("--webhooks {address}: {e}")))?;
    eprintln!("fleet worker {worker}: webhooks at http://{bound}/<connection>");
    let app = Router::new()
        .route("/{connection}", post(receive))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(Arc::new(Shared {
            inbox,
            after_commit,
        }));
    Ok(Listening(tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, app).await {
            eprintln!("fleet worker: the webhook listener stopped: {error}");
        }
    })))
}

/// One webhook for `connection`.
async fn receive(
    State(shared): State<Arc<Shared>>,
    Path(connection): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let signature = headers
        .get(SIGNATURE_HEADER)
        .and_then(|value| value.to_str().ok());
    match shared.inbox.receive(&connection, signature, &body).await {
        Ok(_) => {
            (shared.after_commit)();
            StatusCode::OK
        }
        Err(refusal) => {
            eprintln!("fleet webhooks: refused: {refusal}");
            StatusCode::from_u16(refusal.status()).unwrap_or(StatusCode::BAD_REQUEST)
        }
    }
}
