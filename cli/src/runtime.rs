//! The contract between the generated command line (`generated.rs`) and the hand-written one:
//! everything generated code calls, re-exported under one name, so that nothing generated
//! reaches into another module and those modules can change behind this list.

pub(crate) use crate::fail::Failure;
pub(crate) use crate::output::print;
pub(crate) use crate::values::{json, key_value, parsed};
