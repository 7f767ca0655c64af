//! `listen`, run as a child process against fake-stripe: it creates its webhook endpoint,
//! prints each new customer once, whether its webhook arrived or was dropped (the
//! reconciliation finds those), refuses a forged webhook, and deletes its endpoint at Ctrl-C.

#![cfg(unix)]

mod common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use common::{Fake, Running};
use fake_stripe::WebhookFaults;
use stripe_connector::types;

/// A free port on loopback.
fn free_port() -> u16 {
    let socket = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    socket.local_addr().expect("its address").port()
}

fn id_of(line: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
    value["id"].as_str().expect("an id").to_string()
}

#[test]
fn listen_prints_each_new_customer_once_and_cleans_up() {
    let fake = Fake::start();
    fake.fake.set_webhook_faults(WebhookFaults {
        drop_rate: 0.5,
        duplicate_rate: 0.3,
        ..WebhookFaults::default()
    });
    let port = free_port().to_string();
    let url = format!("http://127.0.0.1:{port}/");
    let mut listen = Running::spawn(fake.command(&[
        "--no-throttle",
        "listen",
        "customer",
        "--port",
        &port,
        "--public-url",
        &url,
        "--reconcile",
        "1",
    ]));
    let stripe = fake.connection();
    let endpoints = || {
        fake.runtime.block_on(async {
            let page = stripe.client().list_webhook_endpoints().send().await;
            page.expect("the endpoints").into_inner().data.len()
        })
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while endpoints() == 0 {
        assert!(
            Instant::now() < deadline,
            "no endpoint: {}",
            listen.stderr()
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    let created: HashSet<String> = fake.runtime.block_on(async {
        let mut ids = HashSet::new();
        for n in 0..20 {
            let params = types::CreateCustomerParams::builder().email(format!("c{n}@example.com"));
            ids.insert(stripe.create_customer(params).await.expect("created").id);
        }
        ids
    });
    let forged = fake.runtime.block_on(async {
        stripe_connector::client_builder()
            .build()
            .expect("a client")
            .post(&url)
            .header("Stripe-Signature", "t=1,v1=00")
            .body("{}")
            .send()
            .await
            .expect("an answer")
            .status()
    });
    assert_eq!(forged, 400);

    let mut printed = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(15);
    while printed.len() < created.len() {
        match listen.next_line(deadline) {
            Some(line) => printed.push(id_of(&line)),
            None => panic!("{} of {} printed", printed.len(), created.len()),
        }
    }
    // Two more reconciliations: nothing more comes.
    let later = listen.next_line(Instant::now() + Duration::from_millis(2500));
    assert_eq!(later, None, "printed again");
    assert!(listen.interrupt(), "exits cleanly at Ctrl-C");
    assert_eq!(printed.iter().cloned().collect::<HashSet<_>>(), created);
    assert_eq!(printed.len(), created.len());
    assert_eq!(endpoints(), 0, "the endpoint is left behind");
    assert!(listen.stderr().contains("refused a webhook"));
}
