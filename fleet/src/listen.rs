//! [`Listener`]: a connection of its own that `LISTEN`s on the fleet's channel and turns each
//! notification into a wake-up. A notification is only a hint: readers go back to the table.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::task::JoinHandle;
use tokio_postgres::{AsyncMessage, Client, NoTls};

use crate::{Database, Error};

/// Wakes its owner when a commit announces new deliveries; stops listening when dropped.
pub(crate) struct Listener {
    /// Kept open: dropping it would close the connection.
    _client: Client,
    wake: Arc<Notify>,
    task: JoinHandle<()>,
}

impl Listener {
    /// Listens on `database`'s channel; returns once the `LISTEN` is in effect, so that no
    /// commit after this call goes unannounced.
    pub(crate) async fn start(database: &Database) -> Result<Self, Error> {
        let (client, mut connection) = database.config.connect(NoTls).await?;
        let wake = Arc::new(Notify::new());
        let woken = wake.clone();
        let task = tokio::spawn(async move {
            while let Some(message) = std::future::poll_fn(|cx| connection.poll_message(cx)).await {
                match message {
                    Ok(AsyncMessage::Notification(_)) => woken.notify_one(),
                    Ok(_) => {}
                    Err(error) => {
                        tracing::warn!(%error, "the listening connection failed");
                        break;
                    }
                }
            }
            // The reader finds the listener gone instead of waiting for a wake-up that never comes.
            woken.notify_one();
        });
        client
            .batch_execute(&format!("LISTEN {}", database.channel()))
            .await?;
        Ok(Self {
            _client: client,
            wake,
            task,
        })
    }

    /// Waits for a notification (or one that came since the last wait), at most `limit`.
    pub(crate) async fn wait(&self, limit: Duration) {
        let _ = tokio::time::timeout(limit, self.wake.notified()).await;
    }

    /// Whether the connection still listens.
    pub(crate) fn is_listening(&self) -> bool {
        !self.task.is_finished()
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.task.abort();
    }
}
