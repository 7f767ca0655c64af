//! [`ErrorCode`]: the codes of Stripe's errors a program most often matches on, typed, beside the
//! raw `code` string that [`StripeError`](crate::StripeError) keeps for every other one.

use std::fmt;
use std::str::FromStr;

/// Declares the typed codes with the string Stripe sends for each.
macro_rules! error_codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $code:literal,)*) => {
        /// A code of Stripe's error envelope (`error.code`), for the common cases.
        ///
        /// Stripe has hundreds of codes and adds more; those not listed here are
        /// [`ErrorCode::Other`], and [`StripeError::code`](crate::StripeError::code) always has
        /// the string as sent.
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ErrorCode {
            $($(#[doc = $doc])* $variant,)*
            /// A code not listed above, as Stripe sent it.
            Other(String),
        }

        impl ErrorCode {
            /// The code as Stripe spells it, such as `resource_missing`.
            pub fn as_str(&self) -> &str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                    ErrorCode::Other(code) => code,
                }
            }
        }

        impl FromStr for ErrorCode {
            type Err = std::convert::Infallible;

            fn from_str(code: &str) -> Result<Self, Self::Err> {
                Ok(match code {
                    $($code => ErrorCode::$variant,)*
                    other => ErrorCode::Other(other.to_string()),
                })
            }
        }
    };
}

error_codes! {
    /// The object named in the URL or a parameter does not exist (404).
    ResourceMissing = "resource_missing",
    /// The object to create already exists, such as a product with a chosen `id`.
    ResourceAlreadyExists = "resource_already_exists",
    /// A required parameter is missing.
    ParameterMissing = "parameter_missing",
    /// A parameter Stripe does not know was sent.
    ParameterUnknown = "parameter_unknown",
    /// An integer parameter is not an integer.
    ParameterInvalidInteger = "parameter_invalid_integer",
    /// A string parameter is not a valid string.
    ParameterInvalidString = "parameter_invalid_string",
    /// A parameter that must not be empty is.
    ParameterInvalidEmpty = "parameter_invalid_empty",
    /// Two parameters that exclude each other were both sent.
    ParametersExclusive = "parameters_exclusive",
    /// An email address is not valid.
    EmailInvalid = "email_invalid",
    /// A URL is not valid.
    UrlInvalid = "url_invalid",
    /// Another request with the same `Idempotency-Key` is still running.
    IdempotencyKeyInUse = "idempotency_key_in_use",
    /// Too many requests: slow down (429).
    RateLimit = "rate_limit",
    /// Another request holds a lock on the same object: try again.
    LockTimeout = "lock_timeout",
    /// The API key has expired.
    ApiKeyExpired = "api_key_expired",
    /// The card was declined; `decline_code` says why.
    CardDeclined = "card_declined",
    /// The card has expired.
    ExpiredCard = "expired_card",
    /// The card's security code is wrong.
    IncorrectCvc = "incorrect_cvc",
    /// The card could not be processed: try again.
    ProcessingError = "processing_error",
    /// The amount is below the minimum for its currency.
    AmountTooSmall = "amount_too_small",
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_both_ways_and_unknown_ones_keep_their_string() {
        for code in [
            "resource_missing",
            "idempotency_key_in_use",
            "card_declined",
        ] {
            let typed: ErrorCode = code.parse().expect("infallible");
            assert!(!matches!(typed, ErrorCode::Other(_)), "{code}");
            assert_eq!(typed.as_str(), code);
        }
        assert_eq!(
            "brand_new".parse::<ErrorCode>(),
            Ok(ErrorCode::Other("brand_new".to_string()))
        );
        assert_eq!(ErrorCode::ResourceMissing.to_string(), "resource_missing");
    }
}
