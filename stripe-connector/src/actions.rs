//! What the generated actions share: turning their parameters into the body type, and their
//! answer into this crate's terms.
//!
//! Each action is a method of [`Connection`](crate::Connection) generated from its `x-action`
//! in the spec (see `generated.rs`): it checks the path parameters and the body against the
//! spec's limits ([`crate::input`]), then calls the generated client through these two helpers.

use std::fmt::Display;

use crate::{Error, types};

/// Turns a typify builder (or a finished value) into the parameters, or says which is missing;
/// `field` names the parameters in the error (`product`, `customer`).
pub(crate) fn params<P, T>(field: &'static str, value: P) -> Result<T, Error>
where
    P: TryInto<T>,
    P::Error: Display,
{
    value.try_into().map_err(|e| Error::InvalidInput {
        field,
        reason: e.to_string(),
    })
}

/// The value of a generated call, or its error in this crate's terms.
///
/// Not an `async fn`: that would hold the call's result twice (its argument and its local, rust-
/// lang/rust#62958) beside the future that reads an error, over 4 KB that every action's future
/// carries and copies; here the result is held once, and the rare error's future is boxed.
pub(crate) fn finish<T>(
    call: Result<
        progenitor_client::ResponseValue<T>,
        progenitor_client::Error<types::ErrorResponse>,
    >,
) -> impl Future<Output = Result<T, Error>> {
    let outcome = call.map(progenitor_client::ResponseValue::into_inner);
    async move {
        match outcome {
            Ok(value) => Ok(value),
            Err(error) => Err(Box::pin(Error::from_client(error)).await),
        }
    }
}
