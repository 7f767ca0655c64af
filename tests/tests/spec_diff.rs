//! The report of `cargo xtask spec-diff`, one snapshot per kind of change: each pair is the real
//! spec and a small edit of it (or the reverse), so the snapshot shows what a reviewer reads and
//! the test pins whether the change counts as breaking.

use std::path::Path;
use std::process::Command;

use spec_diff::{self as diff, Format, Report, Source};
use spec_model::SPEC_PATH;
use tests::{edited_spec as edited, spec_text as spec};

const EDITED: &str = "spec/stripe.yaml (edited)";

/// The report between two spec texts, both of which must be valid.
fn report(old: (&str, &str), new: (&str, &str)) -> Report {
    diff::diff_texts(old.0, old.1, new.0, new.1).unwrap_or_else(|e| panic!("{e}"))
}

/// Compares, checks the verdict and exit status, and snapshots the text report.
fn check(name: &str, report: Report, breaking: bool) {
    let text = report.render(Format::Text);
    assert!(!report.is_empty(), "{name}: no change found");
    assert_eq!(
        report.is_breaking(),
        breaking,
        "{name}: wrong verdict\n{text}"
    );
    assert_eq!(report.exit_code(), u8::from(breaking), "{name}");
    insta::assert_snapshot!(name, text);
}

/// `case!(name, from, to, breaking)`: the real spec → the edited one.
/// `case!(name, reversed, from, to, breaking)`: the edited spec → the real one.
macro_rules! case {
    ($name:ident, $from:expr, $to:expr, $breaking:expr) => {
        #[test]
        fn $name() {
            let new = edited($from, $to);
            let report = report((SPEC_PATH, &spec()), (EDITED, &new));
            check(stringify!($name), report, $breaking);
        }
    };
    ($name:ident, reversed, $from:expr, $to:expr, $breaking:expr) => {
        #[test]
        fn $name() {
            let old = edited($from, $to);
            let report = report((EDITED, &old), (SPEC_PATH, &spec()));
            check(stringify!($name), report, $breaking);
        }
    };
}

const DELETE_PRODUCT: &str = "  /v1/products/{id}:
    delete:
      operationId: DeleteProduct
      summary: Delete a product
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          $ref: '#/components/responses/Product'
        '4XX':
          $ref: '#/components/responses/Error'
        '5XX':
          $ref: '#/components/responses/Error'
";

// Operations.
case!(
    operation_added,
    "  /v1/products/{id}:\n",
    DELETE_PRODUCT,
    false
);
case!(
    operation_removed,
    reversed,
    "  /v1/products/{id}:\n",
    DELETE_PRODUCT,
    true
);
case!(
    endpoint_changed,
    "  /v1/orders:\n",
    "  /v1/legacy/orders:\n",
    true
);
case!(
    summary_changed,
    "summary: Create a product",
    "summary: Create a new product",
    false
);

// Parameters (the first of the four lists is ListCustomers's; `Limit` is shared by all four).
case!(
    parameter_removed,
    "        - $ref: '#/components/parameters/CreatedGt'\n",
    "",
    true
);
case!(
    parameter_added_optional,
    "      parameters:\n        - $ref: '#/components/parameters/Limit'\n",
    "      parameters:\n        - $ref: '#/components/parameters/Limit'\n        - {name: email, in: query, schema: {type: string, maxLength: 512}}\n",
    false
);
case!(
    parameter_now_required,
    "      name: limit\n      in: query\n",
    "      name: limit\n      in: query\n      required: true\n",
    true
);
case!(
    parameter_format_changed,
    "        type: integer\n        format: unix-time\n",
    "        type: integer\n        format: int64\n",
    true
);
case!(
    parameter_rust_type_changed,
    "        minimum: 1\n",
    "        minimum: 0\n",
    true
);

// Request body fields.
case!(
    body_field_added_optional,
    "    CreateCustomerParams:\n      description: What a new customer is made of; every field may be left out.\n      type: object\n      properties:\n",
    "    CreateCustomerParams:\n      description: What a new customer is made of; every field may be left out.\n      type: object\n      properties:\n        nickname:\n          type: string\n          maxLength: 20\n",
    false
);
case!(
    body_field_now_required,
    "    CreateCustomerParams:\n      description: What a new customer is made of; every field may be left out.\n      type: object\n",
    "    CreateCustomerParams:\n      description: What a new customer is made of; every field may be left out.\n      type: object\n      required: [email]\n",
    true
);
case!(
    body_field_now_nullable,
    "        email:\n          type: string\n          maxLength: 512\n          description: >-\n            Customer's email address.",
    "        email:\n          type: string\n          maxLength: 512\n          nullable: true\n          description: >-\n            Customer's email address.",
    false
);
case!(
    body_field_no_longer_nullable,
    reversed,
    "        email:\n          type: string\n          maxLength: 512\n          description: >-\n            Customer's email address.",
    "        email:\n          type: string\n          maxLength: 512\n          nullable: true\n          description: >-\n            Customer's email address.",
    true
);
case!(
    body_field_default_removed,
    "          default: good\n",
    "",
    true
);
case!(
    body_enum_value_added,
    "enum: [exempt, none, reverse]",
    "enum: [exempt, none, partial, reverse]",
    false
);
// The first `maxItems: 8` is CreateProductParams.images.
case!(
    body_constraint_tightened,
    "maxItems: 8",
    "maxItems: 4",
    true
);
case!(
    parameter_constraint_loosened,
    "        maximum: 100\n",
    "        maximum: 1000\n",
    false
);

// Response fields.
case!(
    response_field_removed,
    "        account_balance:\n          type: integer\n          description: >-\n            This field has been renamed to `balance` and will be removed in a future API version.\n          x-original: true\n",
    "",
    true
);
case!(
    response_field_now_optional,
    "required: [created, id, images, livemode, metadata, name, object, type, updated]",
    "required: [created, id, images, livemode, metadata, object, type, updated]",
    true
);
case!(
    response_field_now_nullable,
    "        name:\n          type: string\n          description: >-\n            The product's name, meant to be displayable to the customer. Applicable to both",
    "        name:\n          type: string\n          nullable: true\n          description: >-\n            The product's name, meant to be displayable to the customer. Applicable to both",
    true
);
case!(
    response_type_changed,
    "        percent_off:\n          nullable: true\n          type: number\n",
    "        percent_off:\n          nullable: true\n          type: integer\n",
    true
);
case!(
    response_enum_value_removed,
    "        - rate_limit_error\n",
    "",
    true
);
case!(
    response_enum_value_added,
    "enum: [forever, once, repeating]",
    "enum: [forever, once, repeating, until_date]",
    true
);
case!(enum_closed, "      x-open-enum: true\n", "", true);
case!(enum_opened, reversed, "      x-open-enum: true\n", "", true);

// Schemas.
case!(
    schema_added,
    "  schemas:\n",
    "  schemas:\n    Payout:\n      description: Money sent to a bank account.\n      type: object\n      required: [id]\n      properties:\n        id:\n          type: string\n",
    false
);

// Connector metadata.
case!(throttle_tightened, "calls: 100", "calls: 50", true);
case!(
    poll_interval_changed,
    "poll-interval-seconds: 120",
    "poll-interval-seconds: 60",
    false
);
case!(
    stripe_version_changed,
    "  version: '2019-10-08'",
    "  version: '2020-03-02'",
    true
);
case!(
    trigger_removed,
    "      x-trigger:\n        name: OnNewCustomer\n        summary: When a customer is added\n",
    "",
    true
);
case!(
    trigger_added,
    reversed,
    "      x-trigger:\n        name: OnNewCustomer\n        summary: When a customer is added\n",
    "",
    false
);

// Flows built on the exported Power Platform connector.
case!(
    flows_operation_renamed,
    "operationId: GetCustomer",
    "operationId: RetrieveCustomer",
    true
);
case!(
    flows_parameter_renamed,
    "        description:\n          type: string\n          maxLength: 5000\n          description: >-\n            An arbitrary string",
    "        note:\n          type: string\n          maxLength: 5000\n          description: >-\n            An arbitrary string",
    true
);
case!(
    flows_output_renamed,
    "        email:\n          nullable: true\n          type: string\n",
    "        email_address:\n          nullable: true\n          type: string\n",
    true
);

#[test]
fn the_spec_against_itself_is_empty() {
    let spec = spec();
    let report = report((SPEC_PATH, &spec), (SPEC_PATH, &spec));
    assert!(report.is_empty(), "{}", report.render(Format::Text));
    assert_eq!(report.exit_code(), 0);
    assert_eq!(
        report.render(Format::Text),
        "spec-diff: spec/stripe.yaml → spec/stripe.yaml\nno changes\n"
    );
}

#[test]
fn markdown_for_a_pull_request() {
    let new = edited("calls: 100", "calls: 50").replacen(
        "      name: limit\n      in: query\n",
        "      name: limit\n      in: query\n      required: true\n",
        1,
    );
    let new = new.replacen(
        "enum: [exempt, none, reverse]",
        "enum: [exempt, none, partial, reverse]",
        1,
    );
    let report = report((SPEC_PATH, &spec()), (EDITED, &new));
    insta::assert_snapshot!(report.render(Format::Markdown));
}

#[test]
fn an_invalid_spec_gets_the_codegen_error_under_its_name() {
    let broken = edited("operationId: UpdateCustomer", "operationId: GetCustomer");
    let error = diff::diff_texts(SPEC_PATH, &spec(), EDITED, &broken)
        .expect_err("a duplicate operationId fails validation")
        .to_string();
    let codegen_error = spec_model::Spec::parse(EDITED, &broken)
        .expect_err("codegen refuses it too")
        .to_string();
    assert_eq!(error, codegen_error);
    assert!(
        error.starts_with(
            "spec/stripe.yaml (edited): paths./v1/customers/{customer}.post.operationId: "
        ),
        "{error}"
    );
}

/// Runs git in `dir` with a throwaway identity, and fails the test if git does.
fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "user.name=spec-diff",
            "-c",
            "user.email=spec-diff@example.com",
        ])
        .args(["-c", "commit.gpgsign=false"])
        .args(args)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?} failed");
}

#[test]
fn revisions_are_read_from_git() {
    let repo = tempfile::tempdir().expect("a temporary directory");
    let dir = repo.path();
    let path = dir.join("spec.yaml");
    git(dir, &["init", "--quiet"]);
    std::fs::write(&path, spec()).expect("write the first version");
    git(dir, &["add", "spec.yaml"]);
    git(dir, &["commit", "--quiet", "--message", "first"]);
    std::fs::write(&path, edited("calls: 100", "calls: 50")).expect("write the second version");
    git(dir, &["commit", "--quiet", "--all", "--message", "second"]);

    let old = Source::parse("HEAD~1:spec.yaml", dir);
    let new = Source::parse("HEAD:spec.yaml", dir);
    assert_eq!(old, Source::Revision("HEAD~1:spec.yaml".to_string()));
    let report = diff::diff_sources(&old, &new, dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.exit_code(), 1);
    insta::assert_snapshot!(report.render(Format::Text));

    let working_tree = Source::parse("spec.yaml", dir);
    assert_eq!(working_tree, Source::File("spec.yaml".into()));
    let same = diff::diff_sources(&new, &working_tree, dir).unwrap_or_else(|e| panic!("{e}"));
    assert!(same.is_empty(), "{}", same.render(Format::Text));
}

#[test]
fn a_file_whose_name_holds_a_colon_is_a_file() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(dir.path().join("old:spec.yaml"), spec()).expect("write the file");
    assert_eq!(
        Source::parse("old:spec.yaml", dir.path()),
        Source::File("old:spec.yaml".into())
    );
}

#[test]
fn an_unknown_revision_is_a_read_error() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    git(dir.path(), &["init", "--quiet"]);
    let error = Source::parse("HEAD:spec.yaml", dir.path())
        .read(dir.path())
        .expect_err("an empty repository has no HEAD");
    assert!(
        error
            .to_string()
            .starts_with("cannot read HEAD:spec.yaml: `git show HEAD:spec.yaml` failed"),
        "{error}"
    );
}
