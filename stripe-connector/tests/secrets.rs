//! The API key never shows: not in Debug output, error messages or log lines, whatever happens.

use std::io::Write;
use std::sync::{Arc, Mutex};

use fake_stripe::Faults;
use stripe_connector::{ApiKey, Connection, RetryPolicy, types};
use tracing_subscriber::fmt::MakeWriter;

/// A key whose secret part is easy to search for.
const KEY: &str = "sk_test_SECRETsecret0123456789";
const SECRET: &str = "SECRETsecret0123456789";

/// Every log line written while it is the default subscriber.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .expect("not poisoned")
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("not poisoned")).into_owned()
    }
}

/// Everything a user could print about a run: each outcome's Display and Debug.
fn shown<T: std::fmt::Debug, E: std::fmt::Debug + std::fmt::Display>(
    outcome: &Result<T, E>,
) -> String {
    match outcome {
        Ok(value) => format!("{value:?}"),
        Err(error) => format!("{error} {error:?}"),
    }
}

#[tokio::test(start_paused = true)]
async fn the_key_never_appears_in_logs_errors_or_debug_output() {
    let logs = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(logs.clone())
        .with_ansi(false)
        .finish();
    let _default = tracing::subscriber::set_default(subscriber);

    let fake = fake_stripe::start().await.expect("the fake starts");
    fake.set_faults(Faults {
        server_error_rate: 0.3,
        drop_rate: 0.2,
        ..Faults::default()
    });
    let stripe = Connection::builder(KEY)
        .base_url(fake.base_url())
        .retry(RetryPolicy {
            max_retries: 4,
            ..RetryPolicy::default()
        })
        .timeout(None)
        .build()
        .expect("valid settings");
    let mut seen = vec![format!("{stripe:?}"), format!("{:?}", ApiKey::new(KEY))];
    for n in 0..20 {
        let created = stripe
            .create_customer(types::CreateCustomerParams::builder().description(format!("n{n}")))
            .await;
        seen.push(shown(&created));
    }
    fake.clear_faults();
    seen.push(shown(&stripe.get_customer("cus_missing", &[]).await));
    seen.push(shown(
        &stripe
            .create_product(types::CreateProductParams::builder().name(""))
            .await,
    ));
    let unreachable = Connection::builder(KEY)
        .base_url("http://127.0.0.1:9")
        .timeout(None)
        .build()
        .expect("valid");
    seen.push(shown(&unreachable.get_customer("cus_1", &[]).await));
    seen.push(shown(&Connection::new(format!("pk_test_{SECRET}"))));
    seen.push(shown(&Connection::new(format!("{KEY} "))));

    let logs = logs.text();
    assert!(
        logs.contains("retrying"),
        "the faults caused retries, which are logged:\n{logs}"
    );
    assert!(!logs.contains(SECRET), "a log line shows the key:\n{logs}");
    for text in seen {
        assert!(!text.contains(SECRET), "the key shows in: {text}");
    }
}
