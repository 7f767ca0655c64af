//! The contract between generated and hand-written code: every private item that
//! `generated.rs` calls, re-exported under one name. Codegen writes `crate::runtime::…` for these
//! and the crate's public API for the rest; `tests/tests/generated_client.rs` checks that the
//! generated file reaches no other private module, so the hand-written layer can change behind
//! this list without a regeneration noticing.

pub(crate) use crate::actions::{finish as finish_action, params as action_params};
pub(crate) use crate::error::error_response;
pub(crate) use crate::form::encode as encode_form;
pub(crate) use crate::http::{Piece, answer as read_answer, query as add_query, url};
pub(crate) use crate::input::{
    Check, Number, check_entries, check_entry, check_id, check_items, check_key,
    check_key_characters, check_length, check_pattern, check_range, check_url, unless_cleared,
};
pub(crate) use crate::open_enum::deserialize as deserialize_open_enum;
pub(crate) use crate::run::{Inputs, answer as answer_as_json, unknown as unknown_operation};
pub(crate) use crate::tagged::{Tagged, deserialize as deserialize_tagged};
