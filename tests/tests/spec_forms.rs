//! Two ways of writing the same thing in the spec give the same client: what codegen accepts
//! in one form it accepts in every form OpenAPI allows for it.

use codegen::SPEC_PATH;
use tests::{edited_spec, spec_text};

/// The generated client and command line of `text`, which must be accepted.
fn generated(text: &str) -> (String, String) {
    let generated = codegen::generate_from_text(SPEC_PATH, text).unwrap_or_else(|e| panic!("{e}"));
    (generated.code, generated.cli)
}

#[test]
fn a_trigger_whose_answer_is_a_shared_response_generates_as_one_written_in_place() {
    let in_place = "        '200':
          description: A page of customers, newest first.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/CustomerList'
";
    let shared = "        '200':
          $ref: '#/components/responses/CustomerList'
";
    let response = "\n  responses:
    CustomerList:
      description: A page of customers, newest first.
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/CustomerList'
";
    let edited = edited_spec(in_place, shared).replacen("\n  responses:\n", response, 1);
    assert_eq!(generated(&edited), generated(&spec_text()));
}
