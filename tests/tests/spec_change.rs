//! The design's promise, measured: a change to the connector is a change to `spec/stripe.yaml`
//! plus `cargo xtask codegen`.
//!
//! The test copies the workspace's sources (not `target/` or `.git/`) to
//! `target/spec-change/workspace`, adds an action (`DeleteCustomer`, run as `customer delete ID`)
//! and a trigger (`OnNewProduct`, run as `watch product`) to the copy's spec, runs
//! `cargo xtask codegen` there, and lists the files of the copy that then differ from the
//! original: only the spec and the generated files may. It then builds the copy's
//! `stripe-connector` command into this workspace's own target directory (so only the copy's
//! own crates compile, and only when they changed), serves the fake Stripe with it and runs the
//! new action and the new trigger against it; then subscribes a connection of a fleet to the new
//! trigger with the same command and reads its object from the deliveries of that command's
//! worker (skipped without a database, as the fleet's tests are).
//!
//! A second test, ignored by default, runs the whole workspace's tests on the changed copy in a
//! target directory of its own.
//!
//! Sharing one target directory between two copies of a workspace needs care: cargo names a
//! workspace crate's artifacts by its path relative to the workspace root, so the copy's
//! `stripe-connector` would take the original's artifacts for its own (and the other way
//! round) and skip rebuilding. The copy's builds therefore give the workspace's crates a profile
//! setting of no consequence (`codegen-units = 255`), which gives them artifacts of their own
//! while every registry dependency is shared, already built. The copy lives at a fixed place and
//! files are rewritten only when their text changed, so a second run rebuilds nothing. The
//! copy's `xtask` and `stripe-connector` binaries still land at the same names as this
//! workspace's (`target/debug/stripe-connector`); the test puts the originals back, even when
//! it fails.

use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use tests::workspace_root;

/// The files the change may touch: the spec and what codegen writes from it.
const EXPECTED: [&str; 3] = [
    "spec/stripe.yaml",
    "stripe-connector/src/generated.rs",
    "cli/src/generated.rs",
];

/// `DELETE /v1/customers/{customer}`, inserted at the end of that path's operations.
const DELETE_CUSTOMER: &str = "    delete:
      operationId: DeleteCustomer
      x-action:
        command: [customer, delete]
      summary: Delete a customer
      description: >-
        Permanently deletes a customer. It cannot be undone.
      parameters:
        - $ref: '#/components/parameters/CustomerId'
      responses:
        '200':
          description: What is left of the deleted customer.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/DeletedCustomer'
        '4XX':
          $ref: '#/components/responses/Error'
        '5XX':
          $ref: '#/components/responses/Error'
";

/// `GET /v1/products`, polled by the trigger `OnNewProduct`.
const LIST_PRODUCTS: &str = "    get:
      operationId: ListProducts
      summary: List products
      description: >-
        Returns a list of your products. The products are returned sorted by creation date, with
        the most recently created products appearing first.
      x-trigger:
        name: OnNewProduct
        summary: When a product is added
        events: [product.created]
      parameters:
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/StartingAfter'
        - $ref: '#/components/parameters/EndingBefore'
        - $ref: '#/components/parameters/CreatedGt'
        - $ref: '#/components/parameters/CreatedGte'
        - $ref: '#/components/parameters/CreatedLt'
        - $ref: '#/components/parameters/CreatedLte'
      responses:
        '200':
          description: A page of products, newest first.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ProductList'
        '4XX':
          $ref: '#/components/responses/Error'
        '5XX':
          $ref: '#/components/responses/Error'
";

/// The page of the product list (the spec already has Stripe's stub of a deleted customer,
/// which `DeleteCustomer` answers).
const SCHEMAS: &str = "    ProductList:
      description: A page of a list of Product objects, newest first.
      type: object
      required: [data, has_more, object, url]
      properties:
        data:
          type: array
          items:
            $ref: '#/components/schemas/Product'
        has_more:
          type: boolean
          description: >-
            True if this list has another page of items after this one that can be fetched.
        object:
          type: string
          enum: [list]
          description: Always has the value `list`.
        url:
          type: string
          description: The URL where this list can be accessed.
";

#[test]
fn an_action_and_a_trigger_need_only_the_spec_and_codegen() {
    let started = Instant::now();
    let root = workspace_root();
    let target = target_dir();
    let copy = target.join("spec-change").join("workspace");
    sync(&root, &copy);
    write_if_changed(&copy.join(EXPECTED[0]), &edited_spec(&root));

    let restore = Restore::save(&target, &["xtask", "stripe-connector"]);
    let codegen = cargo(&copy, &target, "run")
        .args(["--quiet", "--package", "xtask", "--", "codegen"])
        .output()
        .expect("cargo runs");
    assert_success("cargo xtask codegen in the copy", &codegen);

    let changed = changed_files(&root, &copy);
    println!(
        "files of the copy that differ from the original after adding DeleteCustomer and OnNewProduct:"
    );
    for file in &changed {
        println!("  {file}");
    }
    let expected: BTreeSet<String> = EXPECTED.iter().map(ToString::to_string).collect();
    assert_eq!(
        changed, expected,
        "adding an action and a trigger touched other files than the spec and the generated ones"
    );

    let binary = build_copy(&copy, &target);
    drop(restore);
    println!("regenerated and built in {:?}", started.elapsed());
    run_new_action_and_trigger(&binary);
}

/// The hand-written tests need no edit either: the whole workspace's tests pass on the changed
/// copy, regenerated (`cargo xtask codegen` and `export-connector`), with the snapshots of
/// generated output accepted as a reviewer would (`INSTA_UPDATE=always`; how many moved is
/// printed). The copy builds in a target directory of its own, seeded once with this one's
/// dependencies so that only the workspace's crates compile, and this workspace's binaries are
/// left alone. Ignored by default: a second build and run of every test, about 20 minutes on
/// two cores (`cargo test -p tests --test spec_change -- --ignored`).
#[test]
#[ignore = "a second build and run of the whole workspace's tests; run it with --ignored"]
fn the_whole_workspaces_tests_pass_on_the_changed_copy() {
    let root = workspace_root();
    let target = target_dir();
    let place = target.join("spec-change").join("whole");
    let copy = place.join("workspace");
    let own = place.join("target");
    sync(&root, &copy);
    write_if_changed(&copy.join(EXPECTED[0]), &edited_spec(&root));
    seed(&target, &own);
    for task in ["codegen", "export-connector"] {
        let run = plain_cargo(&copy, &own)
            .args(["run", "--quiet", "--package", "xtask", "--", task])
            .output()
            .expect("cargo runs");
        assert_success(&format!("cargo xtask {task} in the copy"), &run);
    }
    let started = Instant::now();
    let run = plain_cargo(&copy, &own)
        .env("INSTA_UPDATE", "always")
        .args(["test", "--workspace", "--no-fail-fast", "--"])
        // The proof is this test's own, not the copy's.
        .args([
            "--skip",
            "an_action_and_a_trigger_need_only_the_spec_and_codegen",
        ])
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let (passed, failed) = tally(&stdout);
    let moved = changed_files(&root, &copy)
        .into_iter()
        .filter(|file| file.ends_with(".snap"))
        .count();
    println!(
        "the changed copy's tests: {passed} passed, {failed} failed in {:?}; {moved} snapshots \
         of generated output moved; files changed: {:?}",
        started.elapsed(),
        changed_files(&root, &copy)
    );
    assert_success("the whole workspace's tests on the changed copy", &run);
    assert!(passed > 0, "no test ran:\n{stdout}");
}

/// `cargo` in the copy `dir`, building into `target`, offline.
fn plain_cargo(dir: &Path, target: &Path) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .args(["--offline", "--locked"]);
    command
}

/// Seeds the target directory `own` with the built dependencies of `target` once (without its
/// incremental caches), so that the copy compiles only the workspace's crates.
fn seed(target: &Path, own: &Path) {
    let profile = target_dir_profile();
    let into = own.join(&profile);
    if into.exists() {
        return;
    }
    fs::create_dir_all(&into).expect("the copy's target is made");
    for part in ["deps", "build", ".fingerprint"] {
        let copied = Command::new("cp")
            .arg("-a")
            .arg(target.join(&profile).join(part))
            .arg(&into)
            .output()
            .expect("cp runs");
        assert_success(&format!("seeding the copy's target with {part}"), &copied);
    }
}

/// The tests passed and failed, summed over cargo's `test result:` lines.
fn tally(stdout: &str) -> (u64, u64) {
    let number = |words: &[&str], after: &str| -> u64 {
        words
            .windows(2)
            .find(|pair| pair[1].trim_end_matches(';') == after)
            .and_then(|pair| pair[0].parse().ok())
            .unwrap_or(0)
    };
    stdout
        .lines()
        .filter(|line| line.starts_with("test result:"))
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            (number(&words, "passed"), number(&words, "failed"))
        })
        .fold((0, 0), |(p, f), (dp, df)| (p + dp, f + df))
}

/// The target directory this test was built in: `<target>/<profile>/deps/<test>`.
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test knows its path");
    let deps = exe.parent().expect("the test sits in deps/");
    let profile = deps.parent().expect("deps/ sits in the profile's folder");
    profile
        .parent()
        .expect("the profile's folder sits in the target directory")
        .to_path_buf()
}

/// The workspace's crates, which the copy builds from its own sources.
const MEMBERS: [&str; 10] = [
    "spec-model",
    "connector-export",
    "spec-diff",
    "codegen",
    "xtask",
    "stripe-connector",
    "stripe-connector-sqlite",
    "stripe-connector-fleet",
    "fake-stripe",
    "stripe-connector-cli",
];

/// `cargo <subcommand>` (the cargo running the tests) in the copy `dir`, building into `target`
/// with artifacts of the copy's own for the workspace's crates.
fn cargo(dir: &Path, target: &Path, subcommand: &str) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .arg(subcommand);
    let profile = match target_dir_profile().as_str() {
        "debug" => "dev".to_string(),
        other => other.to_string(),
    };
    for member in MEMBERS {
        command.arg("--config").arg(format!(
            "profile.{profile}.package.\"{member}\".codegen-units = 255"
        ));
    }
    if profile != "dev" {
        command.args(["--profile", &profile]);
    }
    command.args(["--offline", "--locked"]);
    command
}

fn assert_success(what: &str, output: &Output) {
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The spec with the action, the trigger and their schemas added.
fn edited_spec(root: &Path) -> String {
    let spec = fs::read_to_string(root.join(EXPECTED[0])).expect("the spec exists");
    let insert = |spec: String, before: &str, text: &str| {
        assert!(
            spec.contains(before),
            "the spec no longer contains {before:?}; update this test"
        );
        spec.replacen(before, &format!("{text}{before}"), 1)
    };
    let spec = insert(spec, "  /v1/orders:\n", DELETE_CUSTOMER);
    let spec = insert(spec, "  /v1/products/{id}:\n", LIST_PRODUCTS);
    insert(
        spec,
        "    Product:\n      x-stripe-schema: product\n",
        SCHEMAS,
    )
}

/// Whether a path of the workspace is a source to copy: not build output, not git's.
fn is_source(relative: &Path) -> bool {
    !matches!(
        relative
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str()),
        Some("target" | ".git")
    )
}

/// The relative paths of the source files under `root`.
fn sources(root: &Path) -> BTreeSet<PathBuf> {
    let mut files = BTreeSet::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("the folder reads") {
            let path = entry.expect("an entry").path();
            let relative = path.strip_prefix(root).expect("under root").to_path_buf();
            if !is_source(&relative) {
                continue;
            }
            if path.is_dir() {
                folders.push(path);
            } else {
                files.insert(relative);
            }
        }
    }
    files
}

/// Makes `copy` hold the sources of `root`: changed files rewritten, others left alone (so
/// cargo sees them unchanged), files the original no longer has removed. The spec and the
/// generated files of an earlier run stay: the test writes the one and codegen the others.
fn sync(root: &Path, copy: &Path) {
    let originals = sources(root);
    for relative in &originals {
        let target = copy.join(relative);
        if EXPECTED.iter().any(|e| relative == Path::new(e)) && target.exists() {
            continue;
        }
        let text = fs::read(root.join(relative)).expect("the source reads");
        if fs::read(&target).ok().as_deref() != Some(text.as_slice()) {
            fs::create_dir_all(target.parent().expect("a folder")).expect("the folder is made");
            fs::write(&target, text).expect("the copy is written");
        }
    }
    if copy.exists() {
        for stale in sources(copy).difference(&originals) {
            fs::remove_file(copy.join(stale)).expect("a stale file goes");
        }
    }
}

fn write_if_changed(path: &Path, text: &str) {
    if fs::read_to_string(path).ok().as_deref() != Some(text) {
        fs::write(path, text).expect("the file is written");
    }
}

/// The sources of `copy` that differ from, or are missing in, `root`.
fn changed_files(root: &Path, copy: &Path) -> BTreeSet<String> {
    sources(copy)
        .into_iter()
        .filter(|relative| fs::read(root.join(relative)).ok() != fs::read(copy.join(relative)).ok())
        .map(|relative| relative.to_string_lossy().replace('\\', "/"))
        .collect()
}

/// The workspace's own binaries (and their `.d` files), kept while the copy's builds put theirs
/// at the same names, and put back when dropped.
struct Restore {
    /// (kept, original place) pairs.
    saved: Vec<(PathBuf, PathBuf)>,
    /// The places the copy's builds write to.
    places: Vec<PathBuf>,
}

impl Restore {
    /// Keeps the binaries `names` of the test's profile folder of `target`.
    fn save(target: &Path, names: &[&str]) -> Self {
        let folder = target.join(target_dir_profile());
        let spare = target.join("spec-change");
        fs::create_dir_all(&spare).expect("the spare folder is made");
        let mut restore = Restore {
            saved: Vec::new(),
            places: Vec::new(),
        };
        for name in names {
            for file in [name.to_string(), format!("{name}.d")] {
                let place = folder.join(&file);
                let kept = spare.join(format!("original-{file}"));
                let _ = fs::remove_file(&kept);
                // A hard link keeps the original's contents whatever the build does to the name.
                if place.exists() && fs::hard_link(&place, &kept).is_ok() {
                    restore.saved.push((kept, place.clone()));
                }
                restore.places.push(place);
            }
        }
        restore
    }
}

impl Drop for Restore {
    fn drop(&mut self) {
        for place in &self.places {
            let _ = fs::remove_file(place);
        }
        for (kept, place) in &self.saved {
            let _ = fs::hard_link(kept, place).or_else(|_| fs::copy(kept, place).map(|_| ()));
            let _ = fs::remove_file(kept);
        }
    }
}

/// Builds the copy's command and returns where its binary was kept.
fn build_copy(copy: &Path, target: &Path) -> PathBuf {
    let build = cargo(copy, target, "build")
        .args([
            "--package",
            "stripe-connector-cli",
            "--bin",
            "stripe-connector",
        ])
        .output()
        .expect("cargo runs");
    assert_success("building the copy's command", &build);
    let built = target.join(target_dir_profile()).join("stripe-connector");
    let kept = target.join("spec-change").join("stripe-connector");
    let _ = fs::remove_file(&kept);
    fs::hard_link(&built, &kept)
        .or_else(|_| fs::copy(&built, &kept).map(|_| ()))
        .expect("the copy's binary is kept");
    kept
}

/// The name of the profile's folder this test was built in (`debug` for the dev profile).
fn target_dir_profile() -> String {
    let exe = std::env::current_exe().expect("the test knows its path");
    exe.parent()
        .and_then(Path::parent)
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
        .unwrap_or("debug")
        .to_string()
}

/// A child whose stdout lines arrive on a channel; interrupted and reaped when dropped.
struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Running {
    fn spawn(mut command: Command) -> Self {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the binary starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let (send, lines) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Self { child, lines }
    }

    fn next_line(&self) -> String {
        self.lines
            .recv_timeout(Duration::from_secs(60))
            .expect("a line within a minute")
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-INT", &pid]).status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `customer create`, `customer delete ID` and `watch product --from beginning` with the
/// copy's command against the fake it serves.
fn run_new_action_and_trigger(binary: &Path) {
    let command = |args: &[&str]| {
        let mut command = Command::new(binary);
        command
            .env("STRIPE_API_KEY", "sk_test_specchange")
            .args(args);
        command
    };
    let fake = Running::spawn(command(&["fake-stripe", "--port", "0"]));
    let url = fake.next_line();
    let run = |args: &[&str]| -> serde_json::Value {
        let output = command(&[&["--base-url", url.as_str()], args].concat())
            .output()
            .expect("the command runs");
        assert_success(&args.join(" "), &output);
        serde_json::from_slice(&output.stdout).expect("the answer is JSON")
    };

    let created = run(&["customer", "create", "--email", "gone@example.com"]);
    let id = created["id"].as_str().expect("a customer id");
    let deleted = run(&["customer", "delete", id]);
    println!("customer delete {id}: {deleted}");
    assert_eq!(deleted["id"], id);
    assert_eq!(deleted["object"], "customer");
    assert_eq!(deleted["deleted"], true);

    let hat = run(&["product", "create", "--name", "Hat"]);
    let watch = Running::spawn(command(&[
        "--base-url",
        &url,
        "watch",
        "product",
        "--from",
        "beginning",
        "--interval",
        "1",
    ]));
    let delivered: serde_json::Value =
        serde_json::from_str(&watch.next_line()).expect("a JSON line");
    println!("watch product delivered: {delivered}");
    assert_eq!(delivered["id"], hat["id"]);
    assert_eq!(delivered["name"], "Hat");

    subscribe_the_new_trigger_in_the_fleet(&command, &url, &hat);
}

/// Subscribes a connection of a fleet to `product` with the copy's command and reads `hat`
/// back from the deliveries a worker of that command writes (skipped without a database, as the
/// fleet's tests are).
fn subscribe_the_new_trigger_in_the_fleet(
    command: &dyn Fn(&[&str]) -> Command,
    url: &str,
    hat: &serde_json::Value,
) {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let Some(scratch) = runtime.block_on(fleet_testing::scratch("spec_change", 2)) else {
        return;
    };
    let fleet = |args: &[&str]| {
        let mut fleet = command(&[&["fleet", "--schema", scratch.schema.as_str()], args].concat());
        fleet
            .env("DATABASE_URL", &scratch.url)
            .env("STRIPE_FLEET_KEK", fleet_testing::KEK);
        fleet
    };
    let run = |args: &[&str]| {
        let output = fleet(args).output().expect("the command runs");
        assert_success(&args.join(" "), &output);
    };
    run(&["add-connection", "shop", "--base-url", url]);
    run(&["subscribe", "shop", "product", "--from", "beginning"]);
    let _worker = Running::spawn(fleet(&[
        "worker",
        "--name",
        "spec-change",
        "--interval",
        "1",
    ]));
    let deliveries = Running::spawn(fleet(&["deliveries", "--follow"]));
    let delivered: serde_json::Value =
        serde_json::from_str(&deliveries.next_line()).expect("a JSON line");
    println!("the fleet delivered: {delivered}");
    assert_eq!(delivered["trigger"], "OnNewProduct");
    assert_eq!(delivered["object"]["id"], hat["id"]);
}
