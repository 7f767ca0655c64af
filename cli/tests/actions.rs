//! The action subcommands, run as a user would against a fake Stripe in this process: each
//! action, piped output, the key's sources, and the failures with their exit codes.

mod common;

use std::fs;

use common::{EXIT_INPUT, EXIT_STRIPE, EXIT_TRANSPORT, Fake, binary, json, stderr, stdout};

#[test]
fn product_create_then_update() {
    let fake = Fake::start();
    let created = json(&fake.run(&[
        "product",
        "create",
        "--name",
        "Hat",
        "--image",
        "https://example.com/hat.png",
        "--image",
        "https://example.com/hat-back.png",
        "--caption",
        "Warm",
        "--shippable",
        "false",
    ]));
    assert_eq!(created["name"], "Hat");
    assert_eq!(created["caption"], "Warm");
    assert_eq!(created["shippable"], false);
    assert_eq!(created["images"].as_array().map(Vec::len), Some(2));

    let id = created["id"].as_str().expect("an id");
    let updated = json(&fake.run(&[
        "product",
        "update",
        id,
        "--description",
        "A woollen hat",
        "--active",
        "false",
    ]));
    assert_eq!(updated["id"], id);
    assert_eq!(updated["description"], "A woollen hat");
    assert_eq!(updated["active"], false);
    assert_eq!(
        updated["caption"], "Warm",
        "fields left out keep their value"
    );
}

#[test]
fn product_create_with_a_chosen_id() {
    let fake = Fake::start();
    let created = json(&fake.run(&["product", "create", "--name", "Scarf", "--id", "scarf"]));
    assert_eq!(created["id"], "scarf");
}

#[test]
fn customer_create_get_update() {
    let fake = Fake::start();
    let created = json(&fake.run(&["customer", "create", "--email", "jenny@example.com"]));
    let id = created["id"].as_str().expect("an id");
    assert_eq!(created["email"], "jenny@example.com");

    let got = json(&fake.run(&["customer", "get", id]));
    assert_eq!(got, created);

    let updated = json(&fake.run(&["customer", "update", id, "--description", "Jenny Rosen"]));
    assert_eq!(updated["description"], "Jenny Rosen");
    assert_eq!(updated["email"], "jenny@example.com");
}

#[test]
fn getting_a_deleted_customer_says_it_was_deleted() {
    let fake = Fake::start();
    let created = json(&fake.run(&["customer", "create"]));
    let id = created["id"].as_str().expect("an id");
    let deleted = fake.runtime.block_on(async {
        stripe_connector::client_builder()
            .build()
            .expect("a client")
            .delete(format!("{}/v1/customers/{id}", fake.url()))
            .bearer_auth(common::KEY)
            .send()
            .await
            .expect("the fake answers")
            .status()
    });
    assert!(deleted.is_success(), "{deleted}");

    let output = fake.run(&["customer", "get", id]);
    assert_eq!(output.status.code(), Some(EXIT_STRIPE));
    assert_eq!(
        stderr(&output).trim(),
        format!("error: customer {id} was deleted")
    );
}

#[test]
fn a_stripe_error_shows_its_message_and_request_id() {
    let fake = Fake::start();
    let output = fake.run(&["customer", "get", "cus_missing"]);
    assert_eq!(output.status.code(), Some(EXIT_STRIPE));
    assert!(stdout(&output).is_empty());
    let text = stderr(&output);
    assert!(text.contains("No such customer"), "{text}");
    assert!(text.contains("request id: req_"), "{text}");
}

#[test]
fn a_publishable_key_is_refused_before_sending() {
    let fake = Fake::start();
    let output = fake
        .command(&["customer", "get", "cus_1"])
        .env("STRIPE_API_KEY", "pk_test_x")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(EXIT_INPUT));
    let text = stderr(&output);
    assert!(text.contains("secret or restricted key"), "{text}");
    assert!(!text.contains("pk_test_x"), "the key never shows: {text}");
}

#[test]
fn a_missing_key_says_where_to_put_one() {
    let output = binary()
        .env_remove("STRIPE_API_KEY")
        .args(["customer", "get", "cus_1"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(EXIT_INPUT));
    let text = stderr(&output);
    assert!(
        text.contains("STRIPE_API_KEY") && text.contains("--api-key-file"),
        "{text}"
    );
}

#[test]
fn the_key_can_come_from_a_file() {
    let fake = Fake::start();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let file = folder.path().join("key");
    fs::write(&file, format!("  {}\n", common::KEY)).expect("writes the key");
    let output = fake
        .command(&["customer", "create", "--api-key-file"])
        .arg(&file)
        .env_remove("STRIPE_API_KEY")
        .output()
        .expect("runs");
    assert!(json(&output)["id"].as_str().is_some());
}

#[test]
fn input_is_checked_before_sending() {
    let fake = Fake::start();
    let output = fake.run(&["product", "create", "--name", "Hat", "--image", "ftp://x"]);
    assert_eq!(output.status.code(), Some(EXIT_INPUT));
    assert!(
        stderr(&output).contains("invalid images"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn plain_http_is_only_for_loopback() {
    let output = binary()
        .args([
            "--base-url",
            "http://example.com",
            "customer",
            "get",
            "cus_1",
        ])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(EXIT_INPUT));
    assert!(stderr(&output).contains("loopback"), "{}", stderr(&output));
}

#[test]
fn no_server_is_a_transport_failure() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let output = binary()
        .args(["--base-url", &format!("http://127.0.0.1:{port}")])
        .args(["customer", "get", "cus_1"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(EXIT_TRANSPORT));
    assert!(
        stderr(&output).contains("--base-url"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn help_comes_from_the_spec() {
    let help = |args: &[&str]| stdout(&binary().args(args).output().expect("runs"));
    let create = help(&["product", "create", "--help"]);
    assert!(
        create.contains("Create a product (POST /v1/products)"),
        "{create}"
    );
    assert!(create.contains("Creates a new product object."), "{create}");
    assert!(
        create.contains("The product's name, meant to be displayable"),
        "{create}"
    );
    let get = help(&["customer", "get", "--help"]);
    assert!(get.contains("The identifier of the customer"), "{get}");
    let watch = help(&["watch", "--help"]);
    assert!(watch.contains("When an invoice item is added"), "{watch}");
    assert!(watch.contains("delivery is at least once"), "{watch}");
    assert!(watch.contains("delivery is exactly once"), "{watch}");
    let top = help(&["--help"]);
    assert!(top.contains("Exit codes"), "{top}");
}
