//! The errors a broken spec produces, one per kind of breakage, each made by a small edit of
//! the real spec so the snapshot shows the file, the location and the advice a user gets.

use codegen::SPEC_PATH;
use tests::{edited_spec as edited, spec_text as spec};

/// The error message codegen gives for `text`; it must fail.
fn error(text: &str) -> String {
    match codegen::generate_from_text(SPEC_PATH, text) {
        Ok(_) => panic!("codegen accepted a broken spec"),
        Err(e) => e.to_string(),
    }
}

macro_rules! broken {
    ($name:ident, $from:expr, $to:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(error(&edited($from, $to)));
        }
    };
}

broken!(swagger_2, "openapi: 3.0.3", "swagger: '2.0'");
broken!(openapi_3_1, "openapi: 3.0.3", "openapi: 3.1.0");
broken!(
    yaml_syntax,
    "  title: Stripe connector",
    "  title: [Stripe connector"
);
broken!(not_openapi, "  version: '2019-10-08'", "  version: [2019]");
broken!(missing_operation_id, "      operationId: GetCustomer\n", "");
broken!(
    duplicate_operation_id,
    "operationId: UpdateCustomer",
    "operationId: GetCustomer"
);
broken!(missing_summary, "      summary: Create a customer\n", "");
broken!(
    default_response,
    "      responses:\n        '200':\n          $ref: '#/components/responses/Product'\n        '4XX':",
    "      responses:\n        '200':\n          $ref: '#/components/responses/Product'\n        default:"
);
broken!(
    unknown_ref,
    "$ref: '#/components/schemas/CustomerParams'",
    "$ref: '#/components/schemas/CustomerParam'"
);
broken!(
    external_ref,
    "$ref: '#/components/schemas/CustomerParams'",
    "$ref: 'customer.yaml#/CustomerParams'"
);
broken!(
    trigger_not_a_list,
    "$ref: '#/components/schemas/OrderList'",
    "$ref: '#/components/schemas/Order'"
);
broken!(
    trigger_on_a_post,
    "      x-action:\n        command: [product, create]\n",
    "      x-trigger: {name: OnNewProduct, summary: When a product is added}\n"
);
broken!(
    trigger_list_without_a_cursor,
    "        - $ref: '#/components/parameters/EndingBefore'\n",
    ""
);
broken!(
    trigger_item_without_created,
    "        created-field: date\n",
    ""
);
broken!(
    form_field_binary,
    "        caption:\n          type: string\n",
    "        caption:\n          type: string\n          format: binary\n"
);
broken!(
    form_field_composed,
    "        shippable:\n          type: boolean\n          description: Whether this product is shipped (i.e., physical goods). Defaults",
    "        shippable:\n          oneOf: [{type: boolean}, {type: string}]\n          description: Whether this product is shipped (i.e., physical goods). Defaults"
);
broken!(
    json_body,
    "application/x-www-form-urlencoded:\n            schema:\n              $ref: '#/components/schemas/CustomerParams'",
    "application/json:\n            schema:\n              $ref: '#/components/schemas/CustomerParams'"
);
broken!(
    deep_object_parameter,
    "      name: limit\n      in: query\n",
    "      name: limit\n      in: query\n      style: deepObject\n"
);
broken!(
    missing_connector_metadata,
    "  x-connector:\n",
    "  x-connector-old:\n"
);
broken!(
    zero_poll_interval,
    "poll-interval-seconds: 120",
    "poll-interval-seconds: 0"
);
broken!(
    version_not_a_date,
    "  version: '2019-10-08'",
    "  version: '1.0'"
);
broken!(
    required_nullable_timestamp,
    "required: [coupon, start]",
    "required: [coupon, end, start]"
);
broken!(
    open_enum_not_a_string_enum,
    "    ErrorResponse:\n",
    "    ErrorResponse:\n      x-open-enum: true\n"
);
broken!(
    open_enum_in_place,
    "          enum: [forever, once, repeating]\n",
    "          enum: [forever, once, repeating]\n          x-open-enum: true\n"
);
broken!(
    open_enum_not_a_boolean,
    "      x-open-enum: true\n",
    "      x-open-enum: yes please\n"
);
broken!(
    open_enum_with_a_value_named_other,
    "        - rate_limit_error\n",
    "        - rate_limit_error\n        - other\n"
);

broken!(
    action_and_trigger_list,
    "      operationId: ListOrders\n",
    "      operationId: ListOrders\n      x-action:\n        command: [order, list]\n"
);
broken!(
    action_command_taken,
    "        command: [customer, get]",
    "        command: [customer, create]"
);
broken!(
    action_command_not_two_words,
    "        command: [customer, get]",
    "        command: [customer]"
);
broken!(
    action_command_reserved,
    "        command: [customer, get]",
    "        command: [watch, customer]"
);
broken!(
    action_malformed,
    "        command: [customer, get]",
    "        commands: [customer, get]"
);
broken!(
    pattern_not_a_regex,
    "          pattern: '\\S'",
    "          pattern: '[a-'"
);
broken!(
    unchecked_limit,
    "          maxItems: 8\n",
    "          maxItems: 8\n          uniqueItems: true\n"
);
broken!(
    limits_that_no_value_passes,
    "          minLength: 1\n",
    "          minLength: 6000\n"
);
broken!(
    flag_not_a_word,
    "          x-flag: image",
    "          x-flag: --image"
);
broken!(
    trigger_list_without_a_page_limit,
    "        minimum: 1\n        maximum: 100\n",
    "        minimum: 1\n"
);

#[test]
fn the_real_spec_is_valid() {
    codegen::generate_from_text(SPEC_PATH, &spec()).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn errors_name_the_file_first() {
    let message = error(&edited(
        "operationId: UpdateCustomer",
        "operationId: GetCustomer",
    ));
    assert!(
        message.starts_with("spec/stripe.yaml: paths./v1/customers/{customer}.post.operationId: "),
        "{message}"
    );
}
