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
    "$ref: '#/components/schemas/CreateCustomerParams'",
    "$ref: '#/components/schemas/CustomerParam'"
);
broken!(
    external_ref,
    "$ref: '#/components/schemas/CreateCustomerParams'",
    "$ref: 'customer.yaml#/CreateCustomerParams'"
);
broken!(
    trigger_not_a_list,
    "$ref: '#/components/schemas/OrderList'",
    "$ref: '#/components/schemas/Order'"
);
broken!(
    trigger_on_a_post,
    "      x-action:\n        command: [product, create]\n",
    "      x-trigger: {name: OnNewProduct, summary: When a product is added, events: [product.created]}\n"
);
broken!(
    trigger_without_events,
    "        events: [customer.created]\n",
    ""
);
broken!(
    trigger_events_empty,
    "events: [customer.created]",
    "events: []"
);
broken!(
    trigger_event_not_an_event_type,
    "events: [customer.created]",
    "events: [Customer-Created]"
);
broken!(
    trigger_event_of_another_object,
    "events: [order.created]",
    "events: [customer.created]"
);
broken!(
    trigger_event_named_twice,
    "events: [charge.succeeded, charge.failed, charge.pending]",
    "events: [charge.succeeded, charge.failed, charge.succeeded]"
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
    "        shippable:\n          type: boolean\n          description: >-\n            Whether this product is shipped (i.e., physical goods). Defaults to `true`. May",
    "        shippable:\n          oneOf: [{type: boolean}, {type: string}]\n          description: >-\n            Whether this product is shipped (i.e., physical goods). Defaults to `true`. May"
);
broken!(
    json_body,
    "application/x-www-form-urlencoded:\n            schema:\n              $ref: '#/components/schemas/CreateCustomerParams'",
    "application/json:\n            schema:\n              $ref: '#/components/schemas/CreateCustomerParams'"
);
broken!(
    deep_object_parameter,
    "      name: limit\n      in: query\n",
    "      name: limit\n      in: query\n      style: deepObject\n"
);
broken!(
    missing_connector_metadata,
    "  x-connector:\n    throttle:\n      calls: 100\n      period-seconds: 60\n    poll-interval-seconds: 120\n",
    ""
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
    "required: [coupon, object, start]",
    "required: [coupon, end, object, start]"
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

// What progenitor and typify cannot take in a schema, refused where it is written.
broken!(
    unknown_type,
    "        currency:\n          nullable: true\n          type: string\n",
    "        currency:\n          type: strin\n          nullable: true\n"
);
broken!(
    missing_type,
    "        currency:\n          nullable: true\n          type: string\n",
    "        currency:\n          nullable: true\n"
);
broken!(
    type_not_a_name,
    "        currency:\n          nullable: true\n          type: string\n",
    "        currency:\n          type: [string, 'null']\n"
);
broken!(
    unknown_keyword,
    "        currency:\n          nullable: true\n          type: string\n",
    "        currency:\n          type: string\n          nulable: true\n"
);
broken!(
    keyword_of_another_type,
    "        currency:\n          nullable: true\n          type: string\n",
    "        currency:\n          nullable: true\n          type: string\n          maxItems: 3\n"
);
broken!(
    array_without_items,
    "          items:\n            type: string\n            format: uri\n          x-original: true\n          x-flag: image\n          maxItems: 8\n",
    "          x-original: true\n          x-flag: image\n          maxItems: 8\n"
);
broken!(
    not_schema,
    "        currency:\n          nullable: true\n          type: string\n",
    "        currency:\n          not: {type: integer}\n"
);
broken!(
    enum_value_of_another_type,
    "enum: [forever, once, repeating]",
    "enum: [forever, once, 3]"
);
broken!(empty_enum, "enum: [forever, once, repeating]", "enum: []");
broken!(
    default_of_another_type,
    "          default: good\n",
    "          default: 1\n"
);
broken!(
    default_out_of_bounds,
    "        minimum: 1\n        maximum: 100\n",
    "        minimum: 1\n        maximum: 100\n        default: 1000\n"
);
broken!(
    exclusive_minimum_without_minimum,
    "        minimum: 1\n        maximum: 100\n",
    "        exclusiveMinimum: true\n        maximum: 100\n"
);
broken!(
    required_names_no_property,
    "required: [coupon, object, start]",
    "required: [coupon, object, start, ends]"
);
broken!(
    invalid_pattern,
    "        currency:\n          nullable: true\n          type: string\n",
    "        currency:\n          nullable: true\n          type: string\n          pattern: '^[a-z{3}$'\n"
);
broken!(
    foreign_format,
    "        currency:\n          nullable: true\n          type: string\n",
    "        currency:\n          type: string\n          format: date-time\n          nullable: true\n"
);

// The structure of the document, checked field by field before openapiv3 reads it.
broken!(
    unknown_field,
    "      summary: Create a product\n",
    "      sumary: Create a product\n"
);
broken!(
    missing_field,
    "    Product:\n      description: The product.\n",
    "    Product:\n"
);
broken!(
    wrong_kind_of_value,
    "      summary: Create a product\n",
    "      summary: [Create, a, product]\n"
);
broken!(not_a_status_code, "        '4XX':\n", "        '4xx':\n");
broken!(path_without_slash, "  /v1/orders:\n", "  v1/orders:\n");
broken!(
    component_name_with_a_space,
    "    ErrorResponse:\n",
    "    Error Envelope:\n      type: string\n    ErrorResponse:\n"
);
broken!(
    parameter_in_the_body,
    "      name: limit\n      in: query\n",
    "      name: limit\n      in: body\n"
);
broken!(
    parameter_without_schema,
    "      name: customer\n      in: path\n      required: true\n      description: The identifier of the customer, such as `cus_GbD5X8yW3k7rQF`.\n      schema:\n        type: string\n        maxLength: 5000\n",
    "      name: customer\n      in: path\n      required: true\n      description: The identifier of the customer, such as `cus_GbD5X8yW3k7rQF`.\n      content:\n        text/plain:\n          schema:\n            type: string\n            maxLength: 5000\n"
);

// `$ref`s that name no single component of the kind their place expects.
broken!(
    ref_to_a_section,
    "$ref: '#/components/schemas/CreateCustomerParams'",
    "$ref: '#/components/schemas'"
);
broken!(
    ref_to_another_kind,
    "$ref: '#/components/schemas/CreateCustomerParams'",
    "$ref: '#/components/responses/Customer'"
);
broken!(
    ref_inside_a_component,
    "          $ref: '#/components/schemas/ApiError'",
    "          $ref: '#/components/schemas/ErrorResponse/properties/error'"
);
broken!(
    ref_with_a_sibling,
    "          $ref: '#/components/schemas/ApiError'\n",
    "          $ref: '#/components/schemas/ApiError'\n          description: What went wrong.\n"
);
broken!(
    ref_loop,
    "    ErrorResponse:\n",
    "    Failure:\n      $ref: '#/components/schemas/Problem'\n    Problem:\n      $ref: '#/components/schemas/Failure'\n    ErrorResponse:\n"
);

// Rust names derived from the spec (as progenitor derives them) that collide or are taken.
broken!(
    method_names_collide,
    "operationId: ListCharges",
    "operationId: list_orders"
);
broken!(
    method_name_taken_by_the_client,
    "operationId: GetCustomer",
    "operationId: New"
);
broken!(
    type_names_collide,
    "    ErrorResponse:\n",
    "    order_list:\n      type: string\n    ErrorResponse:\n"
);
broken!(
    field_names_collide,
    "        account_balance:\n",
    "        accountBalance:\n          type: integer\n        account_balance:\n"
);
broken!(
    variant_names_collide,
    "enum: [forever, once, repeating]",
    "enum: [forever, once, repeating, Once]"
);
broken!(
    parameter_names_collide,
    "        - $ref: '#/components/parameters/CreatedGt'\n",
    "        - $ref: '#/components/parameters/CreatedGt'\n        - {name: created_gt, in: query, schema: {type: integer}}\n"
);
broken!(
    parameter_name_taken_by_the_builder,
    "        - $ref: '#/components/parameters/CreatedGt'\n",
    "        - $ref: '#/components/parameters/CreatedGt'\n        - {name: body, in: query, schema: {type: string}}\n"
);
broken!(
    trigger_names_collide,
    "name: OnNewCharge",
    "name: on_new_order"
);

// Parameters progenitor cannot generate.
broken!(
    path_parameter_not_in_the_path,
    "  /v1/customers/{customer}:\n",
    "  /v1/customers/{id}:\n"
);
broken!(
    path_parameter_not_required,
    "      name: customer\n      in: path\n      required: true\n",
    "      name: customer\n      in: path\n"
);
broken!(
    path_template_unclosed,
    "  /v1/customers/{customer}:\n",
    "  /v1/customers/{customer:\n"
);
broken!(
    pipe_delimited_parameter,
    "      name: limit\n      in: query\n",
    "      name: limit\n      in: query\n      style: pipeDelimited\n"
);
broken!(
    cookie_parameter,
    "      name: limit\n      in: query\n",
    "      name: limit\n      in: cookie\n"
);
broken!(
    object_parameter,
    "      schema:\n        type: integer\n        minimum: 1\n        maximum: 100\n",
    "      schema:\n        type: object\n        properties: {max: {type: integer}}\n"
);

// Bodies and answers progenitor or the crate cannot take.
broken!(
    error_answer_not_the_envelope,
    "        '4XX':\n          $ref: '#/components/responses/Error'\n",
    "        '4XX':\n          $ref: '#/components/responses/Product'\n"
);
broken!(
    no_5xx_answer,
    "      responses:\n        '200':\n          $ref: '#/components/responses/Product'\n        '4XX':\n          $ref: '#/components/responses/Error'\n        '5XX':\n          $ref: '#/components/responses/Error'\n",
    "      responses:\n        '200':\n          $ref: '#/components/responses/Product'\n        '4XX':\n          $ref: '#/components/responses/Error'\n"
);
broken!(
    redirect_answer,
    "        '5XX':\n          $ref: '#/components/responses/Error'\n",
    "        '5XX':\n          $ref: '#/components/responses/Error'\n        '302':\n          description: Moved.\n"
);
broken!(
    json_answer_without_schema,
    "    Product:\n      description: The product.\n      content:\n        application/json:\n          schema:\n            $ref: '#/components/schemas/Product'\n",
    "    Product:\n      description: The product.\n      content:\n        application/json: {}\n"
);
broken!(
    answer_not_json,
    "    Product:\n      description: The product.\n      content:\n        application/json:\n",
    "    Product:\n      description: The product.\n      content:\n        text/plain:\n"
);
broken!(
    body_with_an_encoding,
    "              $ref: '#/components/schemas/CreateProductParams'\n",
    "              $ref: '#/components/schemas/CreateProductParams'\n            encoding:\n              images: {style: deepObject}\n"
);
broken!(
    body_without_content,
    "      requestBody:\n        required: true\n        content:\n          application/x-www-form-urlencoded:\n            schema:\n              $ref: '#/components/schemas/CreateProductParams'\n",
    "      requestBody:\n        required: true\n        content: {}\n"
);

// Types the trigger templates rely on.
broken!(
    trigger_cursor_not_a_string,
    "        before it (the next page of a list read newest first).\n      schema:\n        type: string\n",
    "        before it (the next page of a list read newest first).\n      schema:\n        type: integer\n"
);
broken!(
    trigger_item_id_not_a_string,
    "      required: [created, id, livemode, object, sources]\n      properties:\n        id:\n          type: string\n",
    "      required: [created, id, livemode, object, sources]\n      properties:\n        id:\n          type: integer\n"
);
broken!(
    trigger_created_not_a_timestamp,
    "        date:\n          type: integer\n          format: unix-time\n",
    "        date:\n          type: integer\n"
);
broken!(
    trigger_page_without_has_more,
    "required: [data, has_more, object, url]",
    "required: [data, object, url]"
);

// Connector extensions are located down to the field at fault.
broken!(
    malformed_trigger_field,
    "        created-field: date\n",
    "        created-field: [date]\n"
);

#[test]
fn empty_document() {
    insta::assert_snapshot!(error("# nothing but a comment\n"));
}

#[test]
fn truncated_document() {
    let spec = spec();
    let cut = spec
        .find("$ref: '#/components/resp")
        .expect("the spec refers to a response")
        + 24;
    insta::assert_snapshot!(error(&spec[..cut]));
}

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
fn a_hash_without_forbidden_key_characters_still_refuses_brackets() {
    let text = spec().replace("          x-key-forbidden: '[]'\n", "");
    let generated = codegen::generate_from_text(SPEC_PATH, &text).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        generated
            .code
            .contains(r#"crate::runtime::check_key_characters("metadata", key, "[]")?;"#),
        "the form's brackets are forbidden in keys anyway"
    );
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
broken!(
    expandable_without_its_id,
    "            - type: string\n            - $ref: '#/components/schemas/PaymentSource'",
    "            - $ref: '#/components/schemas/PaymentSource'"
);
broken!(
    expandable_into_an_object_without_an_id,
    "    StripeObject:\n      description: A Stripe object the connector does not model, kept as JSON.\n      type: object\n      additionalProperties: true",
    "    StripeObject:\n      description: A Stripe object without an id.\n      type: object\n      properties:\n        total:\n          type: integer"
);
broken!(
    clearable_hash,
    "          maxProperties: 50\n          x-key-max-length: 40\n",
    "          maxProperties: 50\n          x-key-max-length: 40\n          x-clearable: true\n"
);
broken!(
    key_max_length_not_a_number,
    "          x-key-max-length: 40",
    "          x-key-max-length: forty"
);
broken!(
    forbidden_key_characters_without_a_bracket,
    "          x-key-forbidden: '[]'",
    "          x-key-forbidden: '['"
);
broken!(
    forbidden_key_characters_not_a_string,
    "          x-key-forbidden: '[]'",
    "          x-key-forbidden: [91, 93]"
);
broken!(
    min_properties_on_a_hash,
    "          maxProperties: 50\n          x-key-max-length: 40\n",
    "          minProperties: 1\n          x-key-max-length: 40\n"
);
broken!(
    mark_beside_a_ref,
    "        invoice_settings:\n          allOf:\n            - $ref: '#/components/schemas/InvoiceSettingsParams'\n",
    "        invoice_settings:\n          $ref: '#/components/schemas/InvoiceSettingsParams'\n          x-clearable: true\n"
);
broken!(
    schema_written_twice,
    "    DeletedProduct:\n",
    "    CreateCustomerParams:\n      type: object\n      properties:\n        email:\n          type: string\n    DeletedProduct:\n"
);
broken!(
    property_written_twice,
    "        caption:\n          type: string\n",
    "        caption:\n          type: string\n        caption:\n          type: integer\n"
);
broken!(
    extension_misspelt,
    "      x-action:\n        command: [product, create]",
    "      x-actions:\n        command: [product, create]"
);
broken!(
    extension_misplaced,
    "      operationId: CreateProduct\n",
    "      operationId: CreateProduct\n      x-flag: product\n"
);
broken!(
    extension_unknown_on_a_schema,
    "          x-flag: image",
    "          x-cli-flag: image"
);
broken!(
    extension_renamed,
    "  x-connector:\n",
    "  x-connector-old:\n"
);
broken!(
    trigger_without_summary,
    "        name: OnNewCustomer\n        summary: When a customer is added\n",
    "        name: OnNewCustomer\n"
);
broken!(
    trigger_summary_empty,
    "        summary: When a customer is added\n",
    "        summary: ''\n"
);
broken!(
    operation_summary_empty,
    "      summary: Create a customer\n",
    "      summary: ' '\n"
);
