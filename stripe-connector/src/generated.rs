// Generated from spec/stripe.yaml by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
//! The Stripe client generated from the connector's OpenAPI description.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A postal address.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Address {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line1: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line2: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub postal_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    ///A postal address, as a form field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AddressParams {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        pub line1: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line2: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub postal_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    impl AddressParams {
        pub fn builder() -> builder::AddressParams {
            Default::default()
        }
    }
    ///What went wrong: the error's type, code, the parameter at fault and a message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ApiError {
        ///For some errors that could be handled programmatically, a short string indicating the [error code](https://stripe.com/docs/error-codes) reported.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///For card errors resulting from a card issuer decline, a short string indicating the [card issuer's reason for the decline](https://stripe.com/docs/declines#issuer-declines) if they provide one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub decline_code: ::std::option::Option<::std::string::String>,
        ///A URL to more information about the [error code](https://stripe.com/docs/error-codes) reported.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub doc_url: ::std::option::Option<::std::string::String>,
        ///A human-readable message providing more details about the error. For card errors, these messages can be shown to your users.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///If the error is parameter-specific, the parameter related to the error. For example, you can use this to display a message near the correct form field.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub param: ::std::option::Option<::std::string::String>,
        ///The type of error returned. One of `api_connection_error`, `api_error`, `authentication_error`, `card_error`, `idempotency_error`, `invalid_request_error`, or `rate_limit_error`
        #[serde(rename = "type")]
        pub type_: ApiErrorType,
    }
    ///The type of a Stripe error; a type Stripe added after 2019-10-08 arrives as `Other`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ApiErrorType {
        #[serde(rename = "api_connection_error")]
        ApiConnectionError,
        #[serde(rename = "api_error")]
        ApiError,
        #[serde(rename = "authentication_error")]
        AuthenticationError,
        #[serde(rename = "card_error")]
        CardError,
        #[serde(rename = "idempotency_error")]
        IdempotencyError,
        #[serde(rename = "invalid_request_error")]
        InvalidRequestError,
        #[serde(rename = "rate_limit_error")]
        RateLimitError,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl ::std::fmt::Display for ApiErrorType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::ApiConnectionError => f.write_str("api_connection_error"),
                Self::ApiError => f.write_str("api_error"),
                Self::AuthenticationError => f.write_str("authentication_error"),
                Self::CardError => f.write_str("card_error"),
                Self::IdempotencyError => f.write_str("idempotency_error"),
                Self::InvalidRequestError => f.write_str("invalid_request_error"),
                Self::RateLimitError => f.write_str("rate_limit_error"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for ApiErrorType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "api_connection_error" => Ok(Self::ApiConnectionError),
                "api_error" => Ok(Self::ApiError),
                "authentication_error" => Ok(Self::AuthenticationError),
                "card_error" => Ok(Self::CardError),
                "idempotency_error" => Ok(Self::IdempotencyError),
                "invalid_request_error" => Ok(Self::InvalidRequestError),
                "rate_limit_error" => Ok(Self::RateLimitError),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ApiErrorType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ApiErrorType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A bank account.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BankAccount {
        ///Name of the bank associated with the routing number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_name: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///The last four digits of the account number.
        pub last4: ::std::string::String,
        ///Always `bank_account`.
        pub object: BankAccountObject,
    }
    ///Always `bank_account`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum BankAccountObject {
        #[serde(rename = "bank_account")]
        BankAccount,
    }
    impl ::std::fmt::Display for BankAccountObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::BankAccount => f.write_str("bank_account"),
            }
        }
    }
    impl ::std::str::FromStr for BankAccountObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "bank_account" => Ok(Self::BankAccount),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BankAccountObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BankAccountObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A credit or debit card.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Card {
        ///Card brand, such as `Visa`.
        pub brand: ::std::string::String,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///The last four digits of the card.
        pub last4: ::std::string::String,
        ///Always `card`.
        pub object: CardObject,
    }
    ///Always `card`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CardObject {
        #[serde(rename = "card")]
        Card,
    }
    impl ::std::fmt::Display for CardObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Card => f.write_str("card"),
            }
        }
    }
    impl ::std::str::FromStr for CardObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "card" => Ok(Self::Card),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CardObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CardObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A payment taken from a card or another source, and its outcome.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Charge {
        ///A positive integer representing how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
        pub amount: i64,
        ///Amount in %s refunded (can be less than the amount attribute on the charge if a partial refund was issued).
        pub amount_refunded: i64,
        ///If the charge was created without capturing, this Boolean represents whether it is still uncaptured or has since been captured.
        pub captured: bool,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        pub currency: ::std::string::String,
        ///ID of the customer this charge is for if one exists.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<
            crate::Expandable<crate::types::CustomerOrDeleted>,
        >,
        ///An arbitrary string attached to the object. Often useful for displaying to users.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Error code explaining reason for charge failure if available (see [the errors section](https://stripe.com/docs/api#errors) for a list of codes).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failure_code: ::std::option::Option<::std::string::String>,
        ///Message to user further explaining reason for charge failure if available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///ID of the invoice this charge is for if one exists.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice: ::std::option::Option<crate::Expandable<crate::types::Invoice>>,
        ///ID of the order this charge is for if one exists.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<::std::string::String>,
        ///Details about whether the payment was accepted, and why. See [understanding declines](https://stripe.com/docs/declines) for details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub outcome: ::std::option::Option<ChargeOutcome>,
        ///`true` if the charge succeeded, or was successfully authorized for later capture.
        pub paid: bool,
        ///This is the email address that the receipt for this charge was sent to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receipt_email: ::std::option::Option<::std::string::String>,
        ///This is the transaction number that appears on email receipts sent for this charge. This attribute will be `null` until a receipt has been sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receipt_number: ::std::option::Option<::std::string::String>,
        ///Whether the charge has been fully refunded. If the charge is only partially refunded, this attribute will still be false.
        pub refunded: bool,
        ///For card charges, use `statement_descriptor_suffix` instead. Otherwise, you can use this value as the complete description of a charge on your customers’ statements. Must contain at least one letter, maximum 22 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor: ::std::option::Option<::std::string::String>,
        ///The status of the payment is either `succeeded`, `pending`, or `failed`.
        pub status: ::std::string::String,
    }
    ///A page of a list of Charge objects, newest first.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ChargeList {
        pub data: ::std::vec::Vec<Charge>,
        ///True if this list has another page of items after this one that can be fetched.
        pub has_more: bool,
        ///Always has the value `list`.
        pub object: ChargeListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///Always has the value `list`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ChargeListObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for ChargeListObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for ChargeListObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChargeListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChargeListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Whether a payment was accepted, and why.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ChargeOutcome {
        ///Possible values are `approved_by_network`, `declined_by_network`, `not_sent_to_network`, and `reversed_after_approval`. The value `reversed_after_approval` indicates the payment was [blocked by Stripe](https://stripe.com/docs/declines#blocked-payments) after bank authorization, and may temporarily appear as "pending" on a cardholder's statement.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network_status: ::std::option::Option<::std::string::String>,
        ///An enumerated value providing a more detailed explanation of the outcome's `type`. Charges blocked by Radar's default block rule have the value `highest_risk_level`. Charges placed in review by Radar's default review rule have the value `elevated_risk_level`. Charges authorized, blocked, or placed in review by custom rules have the value `rule`. See [understanding declines](https://stripe.com/docs/declines) for more details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
        ///Stripe's evaluation of the riskiness of the payment. Possible values for evaluated payments are `normal`, `elevated`, `highest`. For non-card payments, and card-based payments predating the public assignment of risk levels, this field will have the value `not_assessed`. In the event of an error in the evaluation, this field will have the value `unknown`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub risk_level: ::std::option::Option<::std::string::String>,
        ///A human-readable description of the outcome type and reason, designed for you (the recipient of the payment), not your customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seller_message: ::std::option::Option<::std::string::String>,
        ///Possible values are `authorized`, `manual_review`, `issuer_declined`, `blocked`, and `invalid`. See [understanding declines](https://stripe.com/docs/declines) and [Radar reviews](radar/review) for details.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    ///A percentage or amount off, and for how long it applies.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Coupon {
        ///Amount (in the `currency` specified) that will be taken off the subtotal of any invoices for this customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_off: ::std::option::Option<i64>,
        ///One of `forever`, `once`, and `repeating`. Describes how long a customer who applies this coupon will get the discount.
        pub duration: CouponDuration,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///Name of the coupon displayed to customers on for instance invoices or receipts.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Percent that will be taken off the subtotal of any invoices for this customer for the duration of the coupon. For example, a coupon with percent_off of 50 will make a %s100 invoice %s50 instead.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub percent_off: ::std::option::Option<f64>,
    }
    ///One of `forever`, `once`, and `repeating`. Describes how long a customer who applies this coupon will get the discount.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CouponDuration {
        #[serde(rename = "forever")]
        Forever,
        #[serde(rename = "once")]
        Once,
        #[serde(rename = "repeating")]
        Repeating,
    }
    impl ::std::fmt::Display for CouponDuration {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Forever => f.write_str("forever"),
                Self::Once => f.write_str("once"),
                Self::Repeating => f.write_str("repeating"),
            }
        }
    }
    impl ::std::str::FromStr for CouponDuration {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "forever" => Ok(Self::Forever),
                "once" => Ok(Self::Once),
                "repeating" => Ok(Self::Repeating),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CouponDuration {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CouponDuration {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///What a new product is made of.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateProductParams {
        ///Whether the product is currently available for purchase. Defaults to `true`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///A short one-line description of the product, meant to be displayable to the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caption: ::std::option::Option<::std::string::String>,
        ///The product's description, meant to be displayable to the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Specifies which fields in the response should be expanded.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub expand: ::std::vec::Vec<::std::string::String>,
        ///An identifier will be randomly generated by Stripe. You can optionally override this ID, but the ID must be unique across all products in your Stripe account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///A list of up to 8 URLs of images for this product, meant to be displayable to the customer.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub images: ::std::vec::Vec<::std::string::String>,
        ///Set of key-value pairs that you can attach to a product. A key sent with an empty value is removed.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The product's name, meant to be displayable to the customer.
        pub name: ::std::string::String,
        ///Whether this product is shipped (i.e., physical goods). Defaults to `true`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shippable: ::std::option::Option<bool>,
        ///The type of the product. Always `good`, the type whose fields (caption, images, shippable, url) the connector exposes.
        #[serde(rename = "type", default = "defaults::create_product_params_type")]
        pub type_: CreateProductParamsType,
        ///A URL of a publicly-accessible webpage for this product.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl CreateProductParams {
        pub fn builder() -> builder::CreateProductParams {
            Default::default()
        }
    }
    ///The type of the product. Always `good`, the type whose fields (caption, images, shippable, url) the connector exposes.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CreateProductParamsType {
        #[serde(rename = "good")]
        Good,
    }
    impl ::std::fmt::Display for CreateProductParamsType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Good => f.write_str("good"),
            }
        }
    }
    impl ::std::str::FromStr for CreateProductParamsType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "good" => Ok(Self::Good),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateProductParamsType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateProductParamsType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for CreateProductParamsType {
        fn default() -> Self {
            CreateProductParamsType::Good
        }
    }
    ///A customer of the account, with its balance, currency, discount and email.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Customer {
        ///This field has been renamed to `balance` and will be removed in a future API version.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_balance: ::std::option::Option<i64>,
        ///The customer's address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<Address>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) the customer can be charged in for recurring billing purposes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///ID of the default payment source for the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_source: ::std::option::Option<
            crate::Expandable<crate::types::PaymentSource>,
        >,
        ///When the customer's latest invoice is billed by charging automatically, delinquent is true if the invoice's latest charge is failed. When the customer's latest invoice is billed by sending an invoice, delinquent is true if the invoice is not paid by its due date.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delinquent: ::std::option::Option<bool>,
        ///An arbitrary string attached to the object. Often useful for displaying to users.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Describes the current discount active on the customer, if there is one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub discount: ::std::option::Option<Discount>,
        ///The customer's email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///Set of key-value pairs attached to the object.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///String representing the object's type. Always `customer`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<CustomerObject>,
    }
    ///A page of a list of Customer objects, newest first.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CustomerList {
        pub data: ::std::vec::Vec<Customer>,
        ///True if this list has another page of items after this one that can be fetched.
        pub has_more: bool,
        ///Always has the value `list`.
        pub object: CustomerListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///Always has the value `list`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CustomerListObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for CustomerListObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for CustomerListObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CustomerListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CustomerListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///String representing the object's type. Always `customer`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CustomerObject {
        #[serde(rename = "customer")]
        Customer,
    }
    impl ::std::fmt::Display for CustomerObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Customer => f.write_str("customer"),
            }
        }
    }
    impl ::std::str::FromStr for CustomerObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "customer" => Ok(Self::Customer),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CustomerObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CustomerObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A customer, or what is left of it once deleted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum CustomerOrDeleted {
        Customer(Customer),
        DeletedCustomer(DeletedCustomer),
    }
    impl ::std::convert::From<Customer> for CustomerOrDeleted {
        fn from(value: Customer) -> Self {
            Self::Customer(value)
        }
    }
    impl ::std::convert::From<DeletedCustomer> for CustomerOrDeleted {
        fn from(value: DeletedCustomer) -> Self {
            Self::DeletedCustomer(value)
        }
    }
    ///The customer fields to set; fields left out keep their value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CustomerParams {
        ///The customer's address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<
            crate::Clearable<crate::types::AddressParams>,
        >,
        ///An arbitrary string that you can attach to a customer object. It is displayed alongside the customer in the dashboard.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Customer's email address. It's displayed alongside the customer in your dashboard and can be useful for searching and tracking. This may be up to *512 characters*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Specifies which fields in the response should be expanded.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub expand: ::std::vec::Vec<::std::string::String>,
        ///Set of key-value pairs that you can attach to a customer. A key sent with an empty value is removed.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The customer's shipping information. Appears on invoices emailed to this customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shipping: ::std::option::Option<
            crate::Clearable<crate::types::ShippingParams>,
        >,
        ///The customer's tax exemption. One of `none`, `exempt`, or `reverse`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_exempt: ::std::option::Option<CustomerParamsTaxExempt>,
        ///The customer's tax IDs.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tax_id_data: ::std::vec::Vec<TaxIdData>,
    }
    impl CustomerParams {
        pub fn builder() -> builder::CustomerParams {
            Default::default()
        }
    }
    ///The customer's tax exemption. One of `none`, `exempt`, or `reverse`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CustomerParamsTaxExempt {
        #[serde(rename = "exempt")]
        Exempt,
        #[serde(rename = "none")]
        None,
        #[serde(rename = "reverse")]
        Reverse,
    }
    impl ::std::fmt::Display for CustomerParamsTaxExempt {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Exempt => f.write_str("exempt"),
                Self::None => f.write_str("none"),
                Self::Reverse => f.write_str("reverse"),
            }
        }
    }
    impl ::std::str::FromStr for CustomerParamsTaxExempt {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "exempt" => Ok(Self::Exempt),
                "none" => Ok(Self::None),
                "reverse" => Ok(Self::Reverse),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CustomerParamsTaxExempt {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CustomerParamsTaxExempt {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///What Stripe answers for a customer that was deleted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeletedCustomer {
        ///Always true for a deleted object.
        pub deleted: bool,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///Always `customer`.
        pub object: DeletedCustomerObject,
    }
    ///Always `customer`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum DeletedCustomerObject {
        #[serde(rename = "customer")]
        Customer,
    }
    impl ::std::fmt::Display for DeletedCustomerObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Customer => f.write_str("customer"),
            }
        }
    }
    impl ::std::str::FromStr for DeletedCustomerObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "customer" => Ok(Self::Customer),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeletedCustomerObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeletedCustomerObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A coupon applied to a customer or a subscription.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Discount {
        pub coupon: Coupon,
        ///The id of the customer this discount applies to, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<::std::string::String>,
        ///If the coupon has a duration of `repeating`, the date that this discount will end. If the coupon has a duration of `once` or `forever`, this attribute will be null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end: ::std::option::Option<crate::Timestamp>,
        ///Date that the coupon was applied.
        pub start: crate::Timestamp,
        ///The subscription that this coupon is applied to, if it is applied to a particular subscription.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription: ::std::option::Option<::std::string::String>,
    }
    ///An error response from the Stripe API
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ErrorResponse {
        pub error: ApiError,
    }
    ///An invoice, as Stripe sends it; the connector does not model its fields.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct Invoice(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for Invoice {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<Invoice>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: Invoice) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for Invoice {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///An amount added to a customer's next invoice.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct InvoiceItem {
        ///Amount (in the `currency` specified) of the invoice item. This should always be equal to `unit_amount * quantity`.
        pub amount: i64,
        ///Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        pub currency: ::std::string::String,
        ///The ID of the customer who will be billed when this invoice item is billed.
        pub customer: ::std::string::String,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub date: crate::Timestamp,
        ///An arbitrary string attached to the object. Often useful for displaying to users.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///If true, discounts will apply to this invoice item. Always false for prorations.
        pub discountable: bool,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///The ID of the invoice this invoice item belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice: ::std::option::Option<::std::string::String>,
        ///Whether the invoice item was created automatically as a proration adjustment when the customer switched plans.
        pub proration: bool,
        ///Quantity of units for the invoice item. If the invoice item is a proration, the quantity of the subscription that the proration was computed for.
        pub quantity: i64,
        ///The subscription that this invoice item has been created for, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription: ::std::option::Option<::std::string::String>,
    }
    ///A page of a list of InvoiceItem objects, newest first.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct InvoiceItemList {
        pub data: ::std::vec::Vec<InvoiceItem>,
        ///True if this list has another page of items after this one that can be fetched.
        pub has_more: bool,
        ///Always has the value `list`.
        pub object: InvoiceItemListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///Always has the value `list`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum InvoiceItemListObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for InvoiceItemListObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for InvoiceItemListObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for InvoiceItemListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for InvoiceItemListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A legacy order: the goods a customer buys, its amount and its status.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Order {
        ///A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount for the order.
        pub amount: i64,
        ///The total amount that was returned to the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_returned: ::std::option::Option<i64>,
        ///The ID of the payment used to pay for the order. Present if the order status is `paid`, `fulfilled`, or `refunded`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub charge: ::std::option::Option<::std::string::String>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        pub currency: ::std::string::String,
        ///The customer used for the order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<::std::string::String>,
        ///The email address of the customer placing the order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///The shipping method that is currently selected for this order, if any. If present, it is equal to one of the `id`s of shipping methods in the `shipping_methods` array. At order creation time, if there are multiple shipping methods, Stripe will automatically selected the first method.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub selected_shipping_method: ::std::option::Option<::std::string::String>,
        ///Current order status. One of `created`, `paid`, `canceled`, `fulfilled`, or `returned`. More details in the [Orders Guide](https://stripe.com/docs/orders/guide#understanding-order-statuses).
        pub status: ::std::string::String,
        ///Time at which the object was last updated. Measured in seconds since the Unix epoch.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<crate::Timestamp>,
    }
    ///A page of a list of Order objects, newest first.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrderList {
        pub data: ::std::vec::Vec<Order>,
        ///True if this list has another page of items after this one that can be fetched.
        pub has_more: bool,
        ///Always has the value `list`.
        pub object: OrderListObject,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///Always has the value `list`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum OrderListObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for OrderListObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for OrderListObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "list" => Ok(Self::List),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OrderListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OrderListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The dimensions of a product for shipping purposes, in inches and ounces.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PackageDimensions {
        ///Height, in inches.
        pub height: f64,
        ///Length, in inches.
        pub length: f64,
        ///Weight, in ounces.
        pub weight: f64,
        ///Width, in inches.
        pub width: f64,
    }
    impl PackageDimensions {
        pub fn builder() -> builder::PackageDimensions {
            Default::default()
        }
    }
    ///A payment source of a customer, told apart by its `object`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum PaymentSource {
        Card(Card),
        BankAccount(BankAccount),
    }
    impl ::std::convert::From<Card> for PaymentSource {
        fn from(value: Card) -> Self {
            Self::Card(value)
        }
    }
    impl ::std::convert::From<BankAccount> for PaymentSource {
        fn from(value: BankAccount) -> Self {
            Self::BankAccount(value)
        }
    }
    ///A good for sale: its name, caption, description, images and whether it ships.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Product {
        ///Whether the product is currently available for purchase.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///A short one-line description of the product, meant to be displayable to the customer. Only applicable to products of `type=good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caption: ::std::option::Option<::std::string::String>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///The product's description, meant to be displayable to the customer. Only applicable to products of `type=good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///A list of up to 8 URLs of images for this product, meant to be displayable to the customer. Only applicable to products of `type=good`.
        pub images: ::std::vec::Vec<::std::string::String>,
        ///The product's name, meant to be displayable to the customer. Applicable to both `service` and `good` types.
        pub name: ::std::string::String,
        ///Whether this product is a shipped good. Only applicable to products of `type=good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shippable: ::std::option::Option<bool>,
        ///Time at which the object was last updated. Measured in seconds since the Unix epoch.
        pub updated: crate::Timestamp,
        ///A URL of a publicly-accessible webpage for this product. Only applicable to products of `type=good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///Where and to whom goods are shipped, as a form field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ShippingParams {
        pub address: AddressParams,
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
    }
    impl ShippingParams {
        pub fn builder() -> builder::ShippingParams {
            Default::default()
        }
    }
    ///A tax id of a customer, as a form field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TaxIdData {
        ///Type of the tax ID.
        #[serde(rename = "type")]
        pub type_: TaxIdDataType,
        ///Value of the tax ID.
        pub value: ::std::string::String,
    }
    impl TaxIdData {
        pub fn builder() -> builder::TaxIdData {
            Default::default()
        }
    }
    ///Type of the tax ID.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum TaxIdDataType {
        #[serde(rename = "au_abn")]
        AuAbn,
        #[serde(rename = "ch_vat")]
        ChVat,
        #[serde(rename = "eu_vat")]
        EuVat,
        #[serde(rename = "in_gst")]
        InGst,
        #[serde(rename = "no_vat")]
        NoVat,
        #[serde(rename = "nz_gst")]
        NzGst,
        #[serde(rename = "za_vat")]
        ZaVat,
    }
    impl ::std::fmt::Display for TaxIdDataType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::AuAbn => f.write_str("au_abn"),
                Self::ChVat => f.write_str("ch_vat"),
                Self::EuVat => f.write_str("eu_vat"),
                Self::InGst => f.write_str("in_gst"),
                Self::NoVat => f.write_str("no_vat"),
                Self::NzGst => f.write_str("nz_gst"),
                Self::ZaVat => f.write_str("za_vat"),
            }
        }
    }
    impl ::std::str::FromStr for TaxIdDataType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "au_abn" => Ok(Self::AuAbn),
                "ch_vat" => Ok(Self::ChVat),
                "eu_vat" => Ok(Self::EuVat),
                "in_gst" => Ok(Self::InGst),
                "no_vat" => Ok(Self::NoVat),
                "nz_gst" => Ok(Self::NzGst),
                "za_vat" => Ok(Self::ZaVat),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TaxIdDataType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TaxIdDataType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The product fields to change; fields left out keep their value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateProductParams {
        ///Whether the product is available for purchase.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///A short one-line description of the product, meant to be displayable to the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caption: ::std::option::Option<::std::string::String>,
        ///The product's description, meant to be displayable to the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Specifies which fields in the response should be expanded.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub expand: ::std::vec::Vec<::std::string::String>,
        ///A list of up to 8 URLs of images for this product, meant to be displayable to the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub images: ::std::option::Option<
            crate::Clearable<::std::vec::Vec<::std::string::String>>,
        >,
        ///Set of key-value pairs that you can attach to a product. A key sent with an empty value is removed.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The product's name, meant to be displayable to the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The dimensions of this product for shipping purposes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub package_dimensions: ::std::option::Option<
            crate::Clearable<crate::types::PackageDimensions>,
        >,
        ///Whether this product is shipped (i.e., physical goods).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shippable: ::std::option::Option<bool>,
        ///A URL of a publicly-accessible webpage for this product.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl UpdateProductParams {
        pub fn builder() -> builder::UpdateProductParams {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AddressParams {
            city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            line1: ::std::result::Result<::std::string::String, ::std::string::String>,
            line2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            postal_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddressParams {
            fn default() -> Self {
                Self {
                    city: Ok(Default::default()),
                    country: Ok(Default::default()),
                    line1: Err("no value supplied for line1".to_string()),
                    line2: Ok(Default::default()),
                    postal_code: Ok(Default::default()),
                    state: Ok(Default::default()),
                }
            }
        }
        impl AddressParams {
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.city = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.country = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn line1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.line1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line1: {e}")
                    });
                self
            }
            pub fn line2<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.line2 = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn postal_code<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.postal_code = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.state = Ok(crate::OptionalString::into_option(value));
                self
            }
        }
        impl ::std::convert::TryFrom<AddressParams> for super::AddressParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddressParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    city: value.city?,
                    country: value.country?,
                    line1: value.line1?,
                    line2: value.line2?,
                    postal_code: value.postal_code?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::AddressParams> for AddressParams {
            fn from(value: super::AddressParams) -> Self {
                Self {
                    city: Ok(value.city),
                    country: Ok(value.country),
                    line1: Ok(value.line1),
                    line2: Ok(value.line2),
                    postal_code: Ok(value.postal_code),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateProductParams {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            caption: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expand: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            images: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            shippable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::CreateProductParamsType,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateProductParams {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    caption: Ok(Default::default()),
                    description: Ok(Default::default()),
                    expand: Ok(Default::default()),
                    id: Ok(Default::default()),
                    images: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    shippable: Ok(Default::default()),
                    type_: Ok(super::defaults::create_product_params_type()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl CreateProductParams {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn caption<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.caption = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.description = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn expand<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expand = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expand: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.id = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn images<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.images = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for images: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn shippable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.shippable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for shippable: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateProductParamsType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.url = Ok(crate::OptionalString::into_option(value));
                self
            }
        }
        impl ::std::convert::TryFrom<CreateProductParams>
        for super::CreateProductParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateProductParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    caption: value.caption?,
                    description: value.description?,
                    expand: value.expand?,
                    id: value.id?,
                    images: value.images?,
                    metadata: value.metadata?,
                    name: value.name?,
                    shippable: value.shippable?,
                    type_: value.type_?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::CreateProductParams> for CreateProductParams {
            fn from(value: super::CreateProductParams) -> Self {
                Self {
                    active: Ok(value.active),
                    caption: Ok(value.caption),
                    description: Ok(value.description),
                    expand: Ok(value.expand),
                    id: Ok(value.id),
                    images: Ok(value.images),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    shippable: Ok(value.shippable),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerParams {
            address: ::std::result::Result<
                ::std::option::Option<crate::Clearable<crate::types::AddressParams>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expand: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            shipping: ::std::result::Result<
                ::std::option::Option<crate::Clearable<crate::types::ShippingParams>>,
                ::std::string::String,
            >,
            tax_exempt: ::std::result::Result<
                ::std::option::Option<super::CustomerParamsTaxExempt>,
                ::std::string::String,
            >,
            tax_id_data: ::std::result::Result<
                ::std::vec::Vec<super::TaxIdData>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerParams {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    description: Ok(Default::default()),
                    email: Ok(Default::default()),
                    expand: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    shipping: Ok(Default::default()),
                    tax_exempt: Ok(Default::default()),
                    tax_id_data: Ok(Default::default()),
                }
            }
        }
        impl CustomerParams {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: crate::ClearableValue<crate::types::AddressParams>,
            {
                self.address = Ok(crate::ClearableValue::into_clearable(value));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.description = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.email = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn expand<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expand = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expand: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn shipping<T>(mut self, value: T) -> Self
            where
                T: crate::ClearableValue<crate::types::ShippingParams>,
            {
                self.shipping = Ok(crate::ClearableValue::into_clearable(value));
                self
            }
            pub fn tax_exempt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomerParamsTaxExempt>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax_exempt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_exempt: {e}")
                    });
                self
            }
            pub fn tax_id_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TaxIdData>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_id_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_id_data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerParams> for super::CustomerParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    description: value.description?,
                    email: value.email?,
                    expand: value.expand?,
                    metadata: value.metadata?,
                    shipping: value.shipping?,
                    tax_exempt: value.tax_exempt?,
                    tax_id_data: value.tax_id_data?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerParams> for CustomerParams {
            fn from(value: super::CustomerParams) -> Self {
                Self {
                    address: Ok(value.address),
                    description: Ok(value.description),
                    email: Ok(value.email),
                    expand: Ok(value.expand),
                    metadata: Ok(value.metadata),
                    shipping: Ok(value.shipping),
                    tax_exempt: Ok(value.tax_exempt),
                    tax_id_data: Ok(value.tax_id_data),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PackageDimensions {
            height: ::std::result::Result<f64, ::std::string::String>,
            length: ::std::result::Result<f64, ::std::string::String>,
            weight: ::std::result::Result<f64, ::std::string::String>,
            width: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for PackageDimensions {
            fn default() -> Self {
                Self {
                    height: Err("no value supplied for height".to_string()),
                    length: Err("no value supplied for length".to_string()),
                    weight: Err("no value supplied for weight".to_string()),
                    width: Err("no value supplied for width".to_string()),
                }
            }
        }
        impl PackageDimensions {
            pub fn height<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.height = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for height: {e}")
                    });
                self
            }
            pub fn length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.length = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for length: {e}")
                    });
                self
            }
            pub fn weight<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.weight = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for weight: {e}")
                    });
                self
            }
            pub fn width<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.width = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for width: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PackageDimensions> for super::PackageDimensions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PackageDimensions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    height: value.height?,
                    length: value.length?,
                    weight: value.weight?,
                    width: value.width?,
                })
            }
        }
        impl ::std::convert::From<super::PackageDimensions> for PackageDimensions {
            fn from(value: super::PackageDimensions) -> Self {
                Self {
                    height: Ok(value.height),
                    length: Ok(value.length),
                    weight: Ok(value.weight),
                    width: Ok(value.width),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShippingParams {
            address: ::std::result::Result<super::AddressParams, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShippingParams {
            fn default() -> Self {
                Self {
                    address: Err("no value supplied for address".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    phone: Ok(Default::default()),
                }
            }
        }
        impl ShippingParams {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AddressParams>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.phone = Ok(crate::OptionalString::into_option(value));
                self
            }
        }
        impl ::std::convert::TryFrom<ShippingParams> for super::ShippingParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShippingParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    name: value.name?,
                    phone: value.phone?,
                })
            }
        }
        impl ::std::convert::From<super::ShippingParams> for ShippingParams {
            fn from(value: super::ShippingParams) -> Self {
                Self {
                    address: Ok(value.address),
                    name: Ok(value.name),
                    phone: Ok(value.phone),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TaxIdData {
            type_: ::std::result::Result<super::TaxIdDataType, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TaxIdData {
            fn default() -> Self {
                Self {
                    type_: Err("no value supplied for type_".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl TaxIdData {
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TaxIdDataType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TaxIdData> for super::TaxIdData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaxIdData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    type_: value.type_?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::TaxIdData> for TaxIdData {
            fn from(value: super::TaxIdData) -> Self {
                Self {
                    type_: Ok(value.type_),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateProductParams {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            caption: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expand: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            images: ::std::result::Result<
                ::std::option::Option<
                    crate::Clearable<::std::vec::Vec<::std::string::String>>,
                >,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            package_dimensions: ::std::result::Result<
                ::std::option::Option<crate::Clearable<crate::types::PackageDimensions>>,
                ::std::string::String,
            >,
            shippable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateProductParams {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    caption: Ok(Default::default()),
                    description: Ok(Default::default()),
                    expand: Ok(Default::default()),
                    images: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Ok(Default::default()),
                    package_dimensions: Ok(Default::default()),
                    shippable: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl UpdateProductParams {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn caption<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.caption = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.description = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn expand<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expand = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expand: {e}")
                    });
                self
            }
            pub fn images<T>(mut self, value: T) -> Self
            where
                T: crate::ClearableValue<::std::vec::Vec<::std::string::String>>,
            {
                self.images = Ok(crate::ClearableValue::into_clearable(value));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.name = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn package_dimensions<T>(mut self, value: T) -> Self
            where
                T: crate::ClearableValue<crate::types::PackageDimensions>,
            {
                self.package_dimensions = Ok(
                    crate::ClearableValue::into_clearable(value),
                );
                self
            }
            pub fn shippable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.shippable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for shippable: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.url = Ok(crate::OptionalString::into_option(value));
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateProductParams>
        for super::UpdateProductParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateProductParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    caption: value.caption?,
                    description: value.description?,
                    expand: value.expand?,
                    images: value.images?,
                    metadata: value.metadata?,
                    name: value.name?,
                    package_dimensions: value.package_dimensions?,
                    shippable: value.shippable?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateProductParams> for UpdateProductParams {
            fn from(value: super::UpdateProductParams) -> Self {
                Self {
                    active: Ok(value.active),
                    caption: Ok(value.caption),
                    description: Ok(value.description),
                    expand: Ok(value.expand),
                    images: Ok(value.images),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    package_dimensions: Ok(value.package_dimensions),
                    shippable: Ok(value.shippable),
                    url: Ok(value.url),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn create_product_params_type() -> super::CreateProductParamsType {
            super::CreateProductParamsType::Good
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Stripe connector

The actions and polling triggers of the Stripe connector of Logic Apps and Power Automate, pinned to Stripe API version 2019-10-08.

Version: 2019-10-08*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::Policy,
}
impl Client {
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub(crate) fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::Policy,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::Policy> for Client {
    fn api_version() -> &'static str {
        "2019-10-08"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::Policy {
        &self.inner
    }
}
impl ClientHooks<crate::Policy> for &Client {}
impl Client {
    /**Create a product

Creates a new product object.

Sends a `POST` request to `/v1/products`

```ignore
let response = client.create_product()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_product(&self) -> builder::CreateProduct<'_> {
        builder::CreateProduct::new(self)
    }
    /**Update a product

Updates the specific product by setting the values of the parameters passed. Any parameters not provided will be left unchanged.

Sends a `POST` request to `/v1/products/{id}`

Arguments:
- `id`: The identifier of the product to update.
- `body`
```ignore
let response = client.update_product()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_product(&self) -> builder::UpdateProduct<'_> {
        builder::UpdateProduct::new(self)
    }
    /**List customers

Returns a list of your customers. The customers are returned sorted by creation date, with the most recent customers appearing first.

Sends a `GET` request to `/v1/customers`

Arguments:
- `created_gt`: Only objects created after this time.
- `created_gte`: Only objects created at or after this time.
- `created_lt`: Only objects created before this time.
- `created_lte`: Only objects created at or before this time.
- `ending_before`: A cursor for use in pagination: an object id. The page holds the objects created just after it (the previous page of a list read newest first).
- `limit`: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
- `starting_after`: A cursor for use in pagination: an object id. The page holds the objects created just before it (the next page of a list read newest first).
```ignore
let response = client.list_customers()
    .created_gt(created_gt)
    .created_gte(created_gte)
    .created_lt(created_lt)
    .created_lte(created_lte)
    .ending_before(ending_before)
    .limit(limit)
    .starting_after(starting_after)
    .send()
    .await;
```*/
    pub fn list_customers(&self) -> builder::ListCustomers<'_> {
        builder::ListCustomers::new(self)
    }
    /**Create a customer

Creates a new customer object.

Sends a `POST` request to `/v1/customers`

```ignore
let response = client.create_customer()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_customer(&self) -> builder::CreateCustomer<'_> {
        builder::CreateCustomer::new(self)
    }
    /**Get a customer

Retrieves the details of an existing customer.

Sends a `GET` request to `/v1/customers/{customer}`

Arguments:
- `customer`: The identifier of the customer, such as `cus_GbD5X8yW3k7rQF`.
- `expand`: Specifies which fields in the response should be expanded.
```ignore
let response = client.get_customer()
    .customer(customer)
    .expand(expand)
    .send()
    .await;
```*/
    pub fn get_customer(&self) -> builder::GetCustomer<'_> {
        builder::GetCustomer::new(self)
    }
    /**Update a customer

Updates the specified customer by setting the values of the parameters passed. Any parameters not provided will be left unchanged.

Sends a `POST` request to `/v1/customers/{customer}`

Arguments:
- `customer`: The identifier of the customer, such as `cus_GbD5X8yW3k7rQF`.
- `body`
```ignore
let response = client.update_customer()
    .customer(customer)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_customer(&self) -> builder::UpdateCustomer<'_> {
        builder::UpdateCustomer::new(self)
    }
    /**List orders

Returns a list of your orders. The orders are returned sorted by creation date, with the most recently created orders appearing first.

Sends a `GET` request to `/v1/orders`

Arguments:
- `created_gt`: Only objects created after this time.
- `created_gte`: Only objects created at or after this time.
- `created_lt`: Only objects created before this time.
- `created_lte`: Only objects created at or before this time.
- `ending_before`: A cursor for use in pagination: an object id. The page holds the objects created just after it (the previous page of a list read newest first).
- `limit`: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
- `starting_after`: A cursor for use in pagination: an object id. The page holds the objects created just before it (the next page of a list read newest first).
```ignore
let response = client.list_orders()
    .created_gt(created_gt)
    .created_gte(created_gte)
    .created_lt(created_lt)
    .created_lte(created_lte)
    .ending_before(ending_before)
    .limit(limit)
    .starting_after(starting_after)
    .send()
    .await;
```*/
    pub fn list_orders(&self) -> builder::ListOrders<'_> {
        builder::ListOrders::new(self)
    }
    /**List charges

Returns a list of charges you've previously created. The charges are returned in sorted order, with the most recent charges appearing first.

Sends a `GET` request to `/v1/charges`

Arguments:
- `created_gt`: Only objects created after this time.
- `created_gte`: Only objects created at or after this time.
- `created_lt`: Only objects created before this time.
- `created_lte`: Only objects created at or before this time.
- `ending_before`: A cursor for use in pagination: an object id. The page holds the objects created just after it (the previous page of a list read newest first).
- `limit`: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
- `starting_after`: A cursor for use in pagination: an object id. The page holds the objects created just before it (the next page of a list read newest first).
```ignore
let response = client.list_charges()
    .created_gt(created_gt)
    .created_gte(created_gte)
    .created_lt(created_lt)
    .created_lte(created_lte)
    .ending_before(ending_before)
    .limit(limit)
    .starting_after(starting_after)
    .send()
    .await;
```*/
    pub fn list_charges(&self) -> builder::ListCharges<'_> {
        builder::ListCharges::new(self)
    }
    /**List invoice items

Returns a list of your invoice items. Invoice items are returned sorted by creation date, with the most recently created invoice items appearing first.

Sends a `GET` request to `/v1/invoiceitems`

Arguments:
- `created_gt`: Only objects created after this time.
- `created_gte`: Only objects created at or after this time.
- `created_lt`: Only objects created before this time.
- `created_lte`: Only objects created at or before this time.
- `ending_before`: A cursor for use in pagination: an object id. The page holds the objects created just after it (the previous page of a list read newest first).
- `limit`: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
- `starting_after`: A cursor for use in pagination: an object id. The page holds the objects created just before it (the next page of a list read newest first).
```ignore
let response = client.list_invoice_items()
    .created_gt(created_gt)
    .created_gte(created_gte)
    .created_lt(created_lt)
    .created_lte(created_lte)
    .ending_before(ending_before)
    .limit(limit)
    .starting_after(starting_after)
    .send()
    .await;
```*/
    pub fn list_invoice_items(&self) -> builder::ListInvoiceItems<'_> {
        builder::ListInvoiceItems::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::create_product`]

[`Client::create_product`]: super::Client::create_product*/
    #[derive(Debug, Clone)]
    pub struct CreateProduct<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateProductParams, String>,
    }
    impl<'a> CreateProduct<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProductParams>,
            <V as std::convert::TryInto<
                types::CreateProductParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateProductParams` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateProductParams,
            ) -> types::builder::CreateProductParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/products`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Product>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateProductParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/products", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = crate::form::encode(
                    client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            ::reqwest::header::HeaderValue::from_static(
                                "application/json",
                            ),
                        ),
                    &body,
                )?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_product",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_product`]

[`Client::update_product`]: super::Client::update_product*/
    #[derive(Debug, Clone)]
    pub struct UpdateProduct<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateProductParams, String>,
    }
    impl<'a> UpdateProduct<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateProductParams>,
            <V as std::convert::TryInto<
                types::UpdateProductParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateProductParams` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateProductParams,
            ) -> types::builder::UpdateProductParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/products/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Product>, Error<types::ErrorResponse>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateProductParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/products/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = crate::form::encode(
                    client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            ::reqwest::header::HeaderValue::from_static(
                                "application/json",
                            ),
                        ),
                    &body,
                )?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_product",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_customers`]

[`Client::list_customers`]: super::Client::list_customers*/
    #[derive(Debug, Clone)]
    pub struct ListCustomers<'a> {
        client: &'a super::Client,
        created_gt: Result<Option<crate::Timestamp>, String>,
        created_gte: Result<Option<crate::Timestamp>, String>,
        created_lt: Result<Option<crate::Timestamp>, String>,
        created_lte: Result<Option<crate::Timestamp>, String>,
        ending_before: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListCustomers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                created_gt: Ok(None),
                created_gte: Ok(None),
                created_lt: Ok(None),
                created_lte: Ok(None),
                ending_before: Ok(None),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn created_gt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_gt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_gt failed"
                        .to_string()
                });
            self
        }
        pub fn created_gte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_gte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_gte failed"
                        .to_string()
                });
            self
        }
        pub fn created_lt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_lt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_lt failed"
                        .to_string()
                });
            self
        }
        pub fn created_lte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_lte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_lte failed"
                        .to_string()
                });
            self
        }
        pub fn ending_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ending_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ending_before failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/customers`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerList>, Error<types::ErrorResponse>> {
            let Self {
                client,
                created_gt,
                created_gte,
                created_lt,
                created_lte,
                ending_before,
                limit,
                starting_after,
            } = self;
            let created_gt = created_gt.map_err(Error::InvalidRequest)?;
            let created_gte = created_gte.map_err(Error::InvalidRequest)?;
            let created_lt = created_lt.map_err(Error::InvalidRequest)?;
            let created_lte = created_lte.map_err(Error::InvalidRequest)?;
            let ending_before = ending_before.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/customers", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("created[gt]", &created_gt))
                .query(&progenitor_client::QueryParam::new("created[gte]", &created_gte))
                .query(&progenitor_client::QueryParam::new("created[lt]", &created_lt))
                .query(&progenitor_client::QueryParam::new("created[lte]", &created_lte))
                .query(
                    &progenitor_client::QueryParam::new("ending_before", &ending_before),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "starting_after",
                        &starting_after,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_customers",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_customer`]

[`Client::create_customer`]: super::Client::create_customer*/
    #[derive(Debug, Clone)]
    pub struct CreateCustomer<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CustomerParams, String>,
    }
    impl<'a> CreateCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomerParams>,
            <V as std::convert::TryInto<
                types::CustomerParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CustomerParams` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CustomerParams,
            ) -> types::builder::CustomerParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/customers`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Customer>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CustomerParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/customers", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = crate::form::encode(
                    client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            ::reqwest::header::HeaderValue::from_static(
                                "application/json",
                            ),
                        ),
                    &body,
                )?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_customer`]

[`Client::get_customer`]: super::Client::get_customer*/
    #[derive(Debug, Clone)]
    pub struct GetCustomer<'a> {
        client: &'a super::Client,
        customer: Result<::std::string::String, String>,
        expand: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
    }
    impl<'a> GetCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer: Err("customer was not initialized".to_string()),
                expand: Ok(None),
            }
        }
        pub fn customer<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer failed"
                        .to_string()
                });
            self
        }
        pub fn expand<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.expand = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for expand failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/customers/{customer}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Customer>, Error<types::ErrorResponse>> {
            let Self { client, customer, expand } = self;
            let customer = customer.map_err(Error::InvalidRequest)?;
            let expand = expand.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/customers/{}", client.baseurl, encode_path(& customer
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("expand[]", &expand))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_customer`]

[`Client::update_customer`]: super::Client::update_customer*/
    #[derive(Debug, Clone)]
    pub struct UpdateCustomer<'a> {
        client: &'a super::Client,
        customer: Result<::std::string::String, String>,
        body: Result<types::builder::CustomerParams, String>,
    }
    impl<'a> UpdateCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer: Err("customer was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn customer<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.customer = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for customer failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomerParams>,
            <V as std::convert::TryInto<
                types::CustomerParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CustomerParams` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CustomerParams,
            ) -> types::builder::CustomerParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/customers/{customer}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Customer>, Error<types::ErrorResponse>> {
            let Self { client, customer, body } = self;
            let customer = customer.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CustomerParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/customers/{}", client.baseurl, encode_path(& customer
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = crate::form::encode(
                    client
                        .client
                        .post(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            ::reqwest::header::HeaderValue::from_static(
                                "application/json",
                            ),
                        ),
                    &body,
                )?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_orders`]

[`Client::list_orders`]: super::Client::list_orders*/
    #[derive(Debug, Clone)]
    pub struct ListOrders<'a> {
        client: &'a super::Client,
        created_gt: Result<Option<crate::Timestamp>, String>,
        created_gte: Result<Option<crate::Timestamp>, String>,
        created_lt: Result<Option<crate::Timestamp>, String>,
        created_lte: Result<Option<crate::Timestamp>, String>,
        ending_before: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListOrders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                created_gt: Ok(None),
                created_gte: Ok(None),
                created_lt: Ok(None),
                created_lte: Ok(None),
                ending_before: Ok(None),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn created_gt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_gt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_gt failed"
                        .to_string()
                });
            self
        }
        pub fn created_gte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_gte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_gte failed"
                        .to_string()
                });
            self
        }
        pub fn created_lt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_lt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_lt failed"
                        .to_string()
                });
            self
        }
        pub fn created_lte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_lte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_lte failed"
                        .to_string()
                });
            self
        }
        pub fn ending_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ending_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ending_before failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/orders`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrderList>, Error<types::ErrorResponse>> {
            let Self {
                client,
                created_gt,
                created_gte,
                created_lt,
                created_lte,
                ending_before,
                limit,
                starting_after,
            } = self;
            let created_gt = created_gt.map_err(Error::InvalidRequest)?;
            let created_gte = created_gte.map_err(Error::InvalidRequest)?;
            let created_lt = created_lt.map_err(Error::InvalidRequest)?;
            let created_lte = created_lte.map_err(Error::InvalidRequest)?;
            let ending_before = ending_before.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/orders", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("created[gt]", &created_gt))
                .query(&progenitor_client::QueryParam::new("created[gte]", &created_gte))
                .query(&progenitor_client::QueryParam::new("created[lt]", &created_lt))
                .query(&progenitor_client::QueryParam::new("created[lte]", &created_lte))
                .query(
                    &progenitor_client::QueryParam::new("ending_before", &ending_before),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "starting_after",
                        &starting_after,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_orders",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_charges`]

[`Client::list_charges`]: super::Client::list_charges*/
    #[derive(Debug, Clone)]
    pub struct ListCharges<'a> {
        client: &'a super::Client,
        created_gt: Result<Option<crate::Timestamp>, String>,
        created_gte: Result<Option<crate::Timestamp>, String>,
        created_lt: Result<Option<crate::Timestamp>, String>,
        created_lte: Result<Option<crate::Timestamp>, String>,
        ending_before: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListCharges<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                created_gt: Ok(None),
                created_gte: Ok(None),
                created_lt: Ok(None),
                created_lte: Ok(None),
                ending_before: Ok(None),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn created_gt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_gt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_gt failed"
                        .to_string()
                });
            self
        }
        pub fn created_gte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_gte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_gte failed"
                        .to_string()
                });
            self
        }
        pub fn created_lt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_lt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_lt failed"
                        .to_string()
                });
            self
        }
        pub fn created_lte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_lte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_lte failed"
                        .to_string()
                });
            self
        }
        pub fn ending_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ending_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ending_before failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/charges`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ChargeList>, Error<types::ErrorResponse>> {
            let Self {
                client,
                created_gt,
                created_gte,
                created_lt,
                created_lte,
                ending_before,
                limit,
                starting_after,
            } = self;
            let created_gt = created_gt.map_err(Error::InvalidRequest)?;
            let created_gte = created_gte.map_err(Error::InvalidRequest)?;
            let created_lt = created_lt.map_err(Error::InvalidRequest)?;
            let created_lte = created_lte.map_err(Error::InvalidRequest)?;
            let ending_before = ending_before.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/charges", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("created[gt]", &created_gt))
                .query(&progenitor_client::QueryParam::new("created[gte]", &created_gte))
                .query(&progenitor_client::QueryParam::new("created[lt]", &created_lt))
                .query(&progenitor_client::QueryParam::new("created[lte]", &created_lte))
                .query(
                    &progenitor_client::QueryParam::new("ending_before", &ending_before),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "starting_after",
                        &starting_after,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_charges",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_invoice_items`]

[`Client::list_invoice_items`]: super::Client::list_invoice_items*/
    #[derive(Debug, Clone)]
    pub struct ListInvoiceItems<'a> {
        client: &'a super::Client,
        created_gt: Result<Option<crate::Timestamp>, String>,
        created_gte: Result<Option<crate::Timestamp>, String>,
        created_lt: Result<Option<crate::Timestamp>, String>,
        created_lte: Result<Option<crate::Timestamp>, String>,
        ending_before: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListInvoiceItems<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                created_gt: Ok(None),
                created_gte: Ok(None),
                created_lt: Ok(None),
                created_lte: Ok(None),
                ending_before: Ok(None),
                limit: Ok(None),
                starting_after: Ok(None),
            }
        }
        pub fn created_gt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_gt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_gt failed"
                        .to_string()
                });
            self
        }
        pub fn created_gte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_gte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_gte failed"
                        .to_string()
                });
            self
        }
        pub fn created_lt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_lt = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_lt failed"
                        .to_string()
                });
            self
        }
        pub fn created_lte<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.created_lte = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Timestamp` for created_lte failed"
                        .to_string()
                });
            self
        }
        pub fn ending_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ending_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ending_before failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn starting_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.starting_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for starting_after failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/invoiceitems`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::InvoiceItemList>, Error<types::ErrorResponse>> {
            let Self {
                client,
                created_gt,
                created_gte,
                created_lt,
                created_lte,
                ending_before,
                limit,
                starting_after,
            } = self;
            let created_gt = created_gt.map_err(Error::InvalidRequest)?;
            let created_gte = created_gte.map_err(Error::InvalidRequest)?;
            let created_lt = created_lt.map_err(Error::InvalidRequest)?;
            let created_lte = created_lte.map_err(Error::InvalidRequest)?;
            let ending_before = ending_before.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/invoiceitems", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("created[gt]", &created_gt))
                .query(&progenitor_client::QueryParam::new("created[gte]", &created_gte))
                .query(&progenitor_client::QueryParam::new("created[lt]", &created_lt))
                .query(&progenitor_client::QueryParam::new("created[lte]", &created_lte))
                .query(
                    &progenitor_client::QueryParam::new("ending_before", &ending_before),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "starting_after",
                        &starting_after,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_invoice_items",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::error::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The connection rules and the catalogue of the connector, from the spec's metadata.
pub mod connector {
    use std::time::Duration;
    use crate::metadata::{ActionInfo, InputInfo, Limits, Throttle, TriggerInfo};
    /// The Stripe API version every request is pinned to (`info.version`).
    pub const STRIPE_VERSION: &str = "2019-10-08";
    /// The most calls one connection may make in any sliding window
    /// (`info.x-connector.throttle`).
    pub const THROTTLE: Throttle = Throttle {
        calls: 100,
        period: Duration::from_secs(60),
    };
    /// How often a trigger polls unless told otherwise
    /// (`info.x-connector.poll-interval-seconds`).
    pub const POLL_INTERVAL: Duration = Duration::from_secs(120);
    /// The actions (`x-action`), in the order of the spec.
    pub const ACTIONS: &[ActionInfo] = &[
        ActionInfo {
            operation_id: "CreateProduct",
            method_name: "create_product",
            http_method: "POST",
            path: "/v1/products",
            summary: "Create a product",
            description: "Creates a new product object.",
            command: ["product", "create"],
            inputs: &[
                InputInfo {
                    name: "name",
                    description: "The product's name, meant to be displayable to the customer.",
                    required: true,
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(5000),
                        pattern: Some("\\S"),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "type",
                    description: "The type of the product. Always `good`, the type whose fields (caption, images, shippable, url) the connector exposes.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "id",
                    description: "An identifier will be randomly generated by Stripe. You can optionally override this ID, but the ID must be unique across all products in your Stripe account.",
                    required: false,
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "active",
                    description: "Whether the product is currently available for purchase. Defaults to `true`.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "caption",
                    description: "A short one-line description of the product, meant to be displayable to the customer.",
                    required: false,
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "description",
                    description: "The product's description, meant to be displayable to the customer.",
                    required: false,
                    limits: Limits {
                        max_length: Some(40000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "images",
                    description: "A list of up to 8 URLs of images for this product, meant to be displayable to the customer.",
                    required: false,
                    limits: Limits {
                        max_items: Some(8),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "shippable",
                    description: "Whether this product is shipped (i.e., physical goods). Defaults to `true`.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "url",
                    description: "A URL of a publicly-accessible webpage for this product.",
                    required: false,
                    limits: Limits {
                        max_length: Some(5000),
                        uri: true,
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "metadata",
                    description: "Set of key-value pairs that you can attach to a product. A key sent with an empty value is removed.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "expand",
                    description: "Specifies which fields in the response should be expanded.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
            ],
        },
        ActionInfo {
            operation_id: "UpdateProduct",
            method_name: "update_product",
            http_method: "POST",
            path: "/v1/products/{id}",
            summary: "Update a product",
            description: "Updates the specific product by setting the values of the parameters passed. Any parameters not provided will be left unchanged.",
            command: ["product", "update"],
            inputs: &[
                InputInfo {
                    name: "id",
                    description: "The identifier of the product to update.",
                    required: true,
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "name",
                    description: "The product's name, meant to be displayable to the customer.",
                    required: false,
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(5000),
                        pattern: Some("\\S"),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "active",
                    description: "Whether the product is available for purchase.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "caption",
                    description: "A short one-line description of the product, meant to be displayable to the customer.",
                    required: false,
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "description",
                    description: "The product's description, meant to be displayable to the customer.",
                    required: false,
                    limits: Limits {
                        max_length: Some(40000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "images",
                    description: "A list of up to 8 URLs of images for this product, meant to be displayable to the customer.",
                    required: false,
                    limits: Limits {
                        max_items: Some(8),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "shippable",
                    description: "Whether this product is shipped (i.e., physical goods).",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "url",
                    description: "A URL of a publicly-accessible webpage for this product.",
                    required: false,
                    limits: Limits {
                        uri: true,
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "metadata",
                    description: "Set of key-value pairs that you can attach to a product. A key sent with an empty value is removed.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "package_dimensions",
                    description: "The dimensions of this product for shipping purposes.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "expand",
                    description: "Specifies which fields in the response should be expanded.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
            ],
        },
        ActionInfo {
            operation_id: "CreateCustomer",
            method_name: "create_customer",
            http_method: "POST",
            path: "/v1/customers",
            summary: "Create a customer",
            description: "Creates a new customer object.",
            command: ["customer", "create"],
            inputs: &[
                InputInfo {
                    name: "description",
                    description: "An arbitrary string that you can attach to a customer object. It is displayed alongside the customer in the dashboard.",
                    required: false,
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "email",
                    description: "Customer's email address. It's displayed alongside the customer in your dashboard and can be useful for searching and tracking. This may be up to *512 characters*.",
                    required: false,
                    limits: Limits {
                        max_length: Some(512),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "address",
                    description: "The customer's address.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "metadata",
                    description: "Set of key-value pairs that you can attach to a customer. A key sent with an empty value is removed.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "shipping",
                    description: "The customer's shipping information. Appears on invoices emailed to this customer.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "tax_exempt",
                    description: "The customer's tax exemption. One of `none`, `exempt`, or `reverse`.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "tax_id_data",
                    description: "The customer's tax IDs.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "expand",
                    description: "Specifies which fields in the response should be expanded.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
            ],
        },
        ActionInfo {
            operation_id: "GetCustomer",
            method_name: "get_customer",
            http_method: "GET",
            path: "/v1/customers/{customer}",
            summary: "Get a customer",
            description: "Retrieves the details of an existing customer.",
            command: ["customer", "get"],
            inputs: &[
                InputInfo {
                    name: "customer",
                    description: "The identifier of the customer, such as `cus_GbD5X8yW3k7rQF`.",
                    required: true,
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "expand[]",
                    description: "Specifies which fields in the response should be expanded.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
            ],
        },
        ActionInfo {
            operation_id: "UpdateCustomer",
            method_name: "update_customer",
            http_method: "POST",
            path: "/v1/customers/{customer}",
            summary: "Update a customer",
            description: "Updates the specified customer by setting the values of the parameters passed. Any parameters not provided will be left unchanged.",
            command: ["customer", "update"],
            inputs: &[
                InputInfo {
                    name: "customer",
                    description: "The identifier of the customer, such as `cus_GbD5X8yW3k7rQF`.",
                    required: true,
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "description",
                    description: "An arbitrary string that you can attach to a customer object. It is displayed alongside the customer in the dashboard.",
                    required: false,
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "email",
                    description: "Customer's email address. It's displayed alongside the customer in your dashboard and can be useful for searching and tracking. This may be up to *512 characters*.",
                    required: false,
                    limits: Limits {
                        max_length: Some(512),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "address",
                    description: "The customer's address.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "metadata",
                    description: "Set of key-value pairs that you can attach to a customer. A key sent with an empty value is removed.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "shipping",
                    description: "The customer's shipping information. Appears on invoices emailed to this customer.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "tax_exempt",
                    description: "The customer's tax exemption. One of `none`, `exempt`, or `reverse`.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "tax_id_data",
                    description: "The customer's tax IDs.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "expand",
                    description: "Specifies which fields in the response should be expanded.",
                    required: false,
                    limits: Limits { ..Limits::NONE },
                },
            ],
        },
    ];
    /// The polling triggers, in the order of the spec.
    pub const TRIGGERS: &[TriggerInfo] = &[
        <super::triggers::OnNewCustomer as crate::metadata::Trigger>::INFO,
        <super::triggers::OnNewOrder as crate::metadata::Trigger>::INFO,
        <super::triggers::OnNewCharge as crate::metadata::Trigger>::INFO,
        <super::triggers::OnNewInvoiceItem as crate::metadata::Trigger>::INFO,
    ];
}
/// The polling triggers, one type each, from the spec's `x-trigger` extensions.
pub mod triggers {
    use super::types;
    use crate::metadata::{ListQuery, TriggerInfo};
    ///When a customer is added: polls `GET /v1/customers` ([`Client::list_customers`](super::Client::list_customers)).
    #[derive(Clone, Copy, Debug, Default)]
    pub struct OnNewCustomer;
    impl crate::metadata::Trigger for OnNewCustomer {
        type Item = types::Customer;
        type Page = types::CustomerList;
        const INFO: TriggerInfo = TriggerInfo {
            name: "OnNewCustomer",
            summary: "When a customer is added",
            operation_id: "ListCustomers",
            method_name: "list_customers",
            path: "/v1/customers",
            page_limit: match ::std::num::NonZeroU64::new(100) {
                Some(limit) => limit,
                None => ::std::num::NonZeroU64::MIN,
            },
        };
        async fn list(
            client: &super::Client,
            query: &ListQuery,
        ) -> Result<types::CustomerList, crate::Error> {
            let value = &query.limit;
            crate::input::check_range(
                "limit",
                crate::input::Number::to_f64(value),
                Some(1.0),
                Some(100.0),
            )?;
            let mut call = client.list_customers().limit(query.limit);
            if let Some(id) = &query.ending_before {
                call = call.ending_before(id.clone());
            }
            if let Some(id) = &query.starting_after {
                call = call.starting_after(id.clone());
            }
            if let Some(time) = query.created_gte {
                call = call.created_gte(time);
            }
            if let Some(time) = query.created_lte {
                call = call.created_lte(time);
            }
            if let Some(time) = query.created_lt {
                call = call.created_lt(time);
            }
            crate::actions::finish(call.send().await).await
        }
    }
    ///When an order is added: polls `GET /v1/orders` ([`Client::list_orders`](super::Client::list_orders)).
    #[derive(Clone, Copy, Debug, Default)]
    pub struct OnNewOrder;
    impl crate::metadata::Trigger for OnNewOrder {
        type Item = types::Order;
        type Page = types::OrderList;
        const INFO: TriggerInfo = TriggerInfo {
            name: "OnNewOrder",
            summary: "When an order is added",
            operation_id: "ListOrders",
            method_name: "list_orders",
            path: "/v1/orders",
            page_limit: match ::std::num::NonZeroU64::new(100) {
                Some(limit) => limit,
                None => ::std::num::NonZeroU64::MIN,
            },
        };
        async fn list(
            client: &super::Client,
            query: &ListQuery,
        ) -> Result<types::OrderList, crate::Error> {
            let value = &query.limit;
            crate::input::check_range(
                "limit",
                crate::input::Number::to_f64(value),
                Some(1.0),
                Some(100.0),
            )?;
            let mut call = client.list_orders().limit(query.limit);
            if let Some(id) = &query.ending_before {
                call = call.ending_before(id.clone());
            }
            if let Some(id) = &query.starting_after {
                call = call.starting_after(id.clone());
            }
            if let Some(time) = query.created_gte {
                call = call.created_gte(time);
            }
            if let Some(time) = query.created_lte {
                call = call.created_lte(time);
            }
            if let Some(time) = query.created_lt {
                call = call.created_lt(time);
            }
            crate::actions::finish(call.send().await).await
        }
    }
    ///When a charge is added: polls `GET /v1/charges` ([`Client::list_charges`](super::Client::list_charges)).
    #[derive(Clone, Copy, Debug, Default)]
    pub struct OnNewCharge;
    impl crate::metadata::Trigger for OnNewCharge {
        type Item = types::Charge;
        type Page = types::ChargeList;
        const INFO: TriggerInfo = TriggerInfo {
            name: "OnNewCharge",
            summary: "When a charge is added",
            operation_id: "ListCharges",
            method_name: "list_charges",
            path: "/v1/charges",
            page_limit: match ::std::num::NonZeroU64::new(100) {
                Some(limit) => limit,
                None => ::std::num::NonZeroU64::MIN,
            },
        };
        async fn list(
            client: &super::Client,
            query: &ListQuery,
        ) -> Result<types::ChargeList, crate::Error> {
            let value = &query.limit;
            crate::input::check_range(
                "limit",
                crate::input::Number::to_f64(value),
                Some(1.0),
                Some(100.0),
            )?;
            let mut call = client.list_charges().limit(query.limit);
            if let Some(id) = &query.ending_before {
                call = call.ending_before(id.clone());
            }
            if let Some(id) = &query.starting_after {
                call = call.starting_after(id.clone());
            }
            if let Some(time) = query.created_gte {
                call = call.created_gte(time);
            }
            if let Some(time) = query.created_lte {
                call = call.created_lte(time);
            }
            if let Some(time) = query.created_lt {
                call = call.created_lt(time);
            }
            crate::actions::finish(call.send().await).await
        }
    }
    ///When an invoice item is added: polls `GET /v1/invoiceitems` ([`Client::list_invoice_items`](super::Client::list_invoice_items)).
    #[derive(Clone, Copy, Debug, Default)]
    pub struct OnNewInvoiceItem;
    impl crate::metadata::Trigger for OnNewInvoiceItem {
        type Item = types::InvoiceItem;
        type Page = types::InvoiceItemList;
        const INFO: TriggerInfo = TriggerInfo {
            name: "OnNewInvoiceItem",
            summary: "When an invoice item is added",
            operation_id: "ListInvoiceItems",
            method_name: "list_invoice_items",
            path: "/v1/invoiceitems",
            page_limit: match ::std::num::NonZeroU64::new(100) {
                Some(limit) => limit,
                None => ::std::num::NonZeroU64::MIN,
            },
        };
        async fn list(
            client: &super::Client,
            query: &ListQuery,
        ) -> Result<types::InvoiceItemList, crate::Error> {
            let value = &query.limit;
            crate::input::check_range(
                "limit",
                crate::input::Number::to_f64(value),
                Some(1.0),
                Some(100.0),
            )?;
            let mut call = client.list_invoice_items().limit(query.limit);
            if let Some(id) = &query.ending_before {
                call = call.ending_before(id.clone());
            }
            if let Some(id) = &query.starting_after {
                call = call.starting_after(id.clone());
            }
            if let Some(time) = query.created_gte {
                call = call.created_gte(time);
            }
            if let Some(time) = query.created_lte {
                call = call.created_lte(time);
            }
            if let Some(time) = query.created_lt {
                call = call.created_lt(time);
            }
            crate::actions::finish(call.send().await).await
        }
    }
}
impl crate::metadata::Page for types::CustomerList {
    type Item = types::Customer;
    fn into_parts(self) -> (Vec<types::Customer>, bool) {
        (self.data, self.has_more)
    }
}
impl crate::metadata::Listed for types::Customer {
    fn id(&self) -> &str {
        &self.id
    }
    fn created(&self) -> crate::Timestamp {
        self.created
    }
}
impl crate::metadata::Page for types::OrderList {
    type Item = types::Order;
    fn into_parts(self) -> (Vec<types::Order>, bool) {
        (self.data, self.has_more)
    }
}
impl crate::metadata::Listed for types::Order {
    fn id(&self) -> &str {
        &self.id
    }
    fn created(&self) -> crate::Timestamp {
        self.created
    }
}
impl crate::metadata::Page for types::ChargeList {
    type Item = types::Charge;
    fn into_parts(self) -> (Vec<types::Charge>, bool) {
        (self.data, self.has_more)
    }
}
impl crate::metadata::Listed for types::Charge {
    fn id(&self) -> &str {
        &self.id
    }
    fn created(&self) -> crate::Timestamp {
        self.created
    }
}
impl crate::metadata::Page for types::InvoiceItemList {
    type Item = types::InvoiceItem;
    fn into_parts(self) -> (Vec<types::InvoiceItem>, bool) {
        (self.data, self.has_more)
    }
}
impl crate::metadata::Listed for types::InvoiceItem {
    fn id(&self) -> &str {
        &self.id
    }
    fn created(&self) -> crate::Timestamp {
        self.date
    }
}
/// The actions of the spec (`x-action`): inputs checked before sending, errors in this
/// crate's terms.
impl crate::Connection {
    /// **Create a product** (`POST /v1/products`).
    ///
    /// Creates a new product object.
    ///
    /// Takes [`types::CreateProductParams`] or its builder (`types::CreateProductParams::builder()`); its fields are checked against the spec's limits before anything is sent.
    pub async fn create_product<P>(
        &self,
        params: P,
    ) -> ::std::result::Result<types::Product, crate::Error>
    where
        P: ::std::convert::TryInto<types::CreateProductParams>,
        P::Error: ::std::fmt::Display,
    {
        let params: types::CreateProductParams = crate::actions::params(
            "product",
            params,
        )?;
        crate::input::Check::check(&params)?;
        let request = self.client().create_product().body(params);
        crate::actions::finish(request.send().await).await
    }
    /// **Update a product** (`POST /v1/products/{id}`).
    ///
    /// Updates the specific product by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// Takes [`types::UpdateProductParams`] or its builder (`types::UpdateProductParams::builder()`); its fields are checked against the spec's limits before anything is sent.
    pub async fn update_product<P>(
        &self,
        id: &str,
        params: P,
    ) -> ::std::result::Result<types::Product, crate::Error>
    where
        P: ::std::convert::TryInto<types::UpdateProductParams>,
        P::Error: ::std::fmt::Display,
    {
        crate::input::check_id("id", id)?;
        crate::input::check_length("id", id, None, Some(5000))?;
        let params: types::UpdateProductParams = crate::actions::params(
            "product",
            params,
        )?;
        crate::input::Check::check(&params)?;
        let request = self.client().update_product().id(id).body(params);
        crate::actions::finish(request.send().await).await
    }
    /// **Create a customer** (`POST /v1/customers`).
    ///
    /// Creates a new customer object.
    ///
    /// Takes [`types::CustomerParams`] or its builder (`types::CustomerParams::builder()`); its fields are checked against the spec's limits before anything is sent.
    pub async fn create_customer<P>(
        &self,
        params: P,
    ) -> ::std::result::Result<types::Customer, crate::Error>
    where
        P: ::std::convert::TryInto<types::CustomerParams>,
        P::Error: ::std::fmt::Display,
    {
        let params: types::CustomerParams = crate::actions::params("customer", params)?;
        crate::input::Check::check(&params)?;
        let request = self.client().create_customer().body(params);
        crate::actions::finish(request.send().await).await
    }
    /// **Get a customer** (`GET /v1/customers/{customer}`).
    ///
    /// Retrieves the details of an existing customer.
    ///
    /// `expand`: Specifies which fields in the response should be expanded. Empty leaves it out.
    pub async fn get_customer(
        &self,
        id: &str,
        expand: &[&str],
    ) -> ::std::result::Result<types::Customer, crate::Error> {
        crate::input::check_id("id", id)?;
        crate::input::check_length("id", id, None, Some(5000))?;
        for item in expand {
            crate::input::check_length("expand", item, None, Some(5000))?;
        }
        let request = self.client().get_customer().customer(id);
        let request = match expand {
            [] => request,
            list => {
                request
                    .expand(list.iter().map(|item| item.to_string()).collect::<Vec<_>>())
            }
        };
        crate::actions::finish(request.send().await).await
    }
    /// **Update a customer** (`POST /v1/customers/{customer}`).
    ///
    /// Updates the specified customer by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// Takes [`types::CustomerParams`] or its builder (`types::CustomerParams::builder()`); its fields are checked against the spec's limits before anything is sent.
    pub async fn update_customer<P>(
        &self,
        id: &str,
        params: P,
    ) -> ::std::result::Result<types::Customer, crate::Error>
    where
        P: ::std::convert::TryInto<types::CustomerParams>,
        P::Error: ::std::fmt::Display,
    {
        crate::input::check_id("id", id)?;
        crate::input::check_length("id", id, None, Some(5000))?;
        let params: types::CustomerParams = crate::actions::params("customer", params)?;
        crate::input::Check::check(&params)?;
        let request = self.client().update_customer().customer(id).body(params);
        crate::actions::finish(request.send().await).await
    }
}
/// The limits `spec/stripe.yaml` puts on the fields of `CreateProductParams`.
impl crate::input::Check for types::CreateProductParams {
    fn check(&self) -> ::std::result::Result<(), crate::Error> {
        {
            let value = &self.name;
            crate::input::check_length("name", value, Some(1), Some(5000))?;
            crate::input::check_pattern("name", value, "\\S")?;
        }
        if let Some(value) = &self.id {
            crate::input::check_length("id", value, None, Some(5000))?;
        }
        if let Some(value) = &self.caption {
            crate::input::check_length("caption", value, None, Some(5000))?;
        }
        if let Some(value) = &self.description {
            crate::input::check_length("description", value, None, Some(40000))?;
        }
        {
            let value = &self.images;
            crate::input::check_items("images", value.len(), None, Some(8))?;
            for item in value {
                crate::input::check_url("images", item)?;
            }
        }
        if let Some(value) = &self.url {
            crate::input::check_length("url", value, None, Some(5000))?;
            crate::input::check_url("url", value)?;
        }
        {
            let value = &self.metadata;
            crate::input::check_entries("metadata", value.len(), Some(50))?;
            for (key, value) in value {
                crate::input::check_key("metadata", key, 40)?;
                crate::input::check_entry(
                    key,
                    || {
                        crate::input::check_length("metadata", value, None, Some(500))?;
                        Ok(())
                    },
                )?;
            }
        }
        {
            let value = &self.expand;
            for item in value {
                crate::input::check_length("expand", item, None, Some(5000))?;
            }
        }
        Ok(())
    }
}
/// The limits `spec/stripe.yaml` puts on the fields of `UpdateProductParams`.
impl crate::input::Check for types::UpdateProductParams {
    fn check(&self) -> ::std::result::Result<(), crate::Error> {
        if let Some(value) = &self.name {
            crate::input::check_length("name", value, Some(1), Some(5000))?;
            crate::input::check_pattern("name", value, "\\S")?;
        }
        if let Some(value) = &self.caption {
            crate::input::check_length("caption", value, None, Some(5000))?;
        }
        if let Some(value) = &self.description {
            crate::input::check_length("description", value, None, Some(40000))?;
        }
        if let Some(crate::Clearable::Set(value)) = &self.images {
            crate::input::check_items("images", value.len(), None, Some(8))?;
            for item in value {
                crate::input::check_url("images", item)?;
            }
        }
        if let Some(value) = &self.url {
            crate::input::check_url("url", value)?;
        }
        {
            let value = &self.metadata;
            crate::input::check_entries("metadata", value.len(), Some(50))?;
            for (key, value) in value {
                crate::input::check_key("metadata", key, 40)?;
                crate::input::check_entry(
                    key,
                    || {
                        crate::input::check_length("metadata", value, None, Some(500))?;
                        Ok(())
                    },
                )?;
            }
        }
        if let Some(crate::Clearable::Set(value)) = &self.package_dimensions {
            {
                let value = &value.height;
                crate::input::check_range(
                    "package_dimensions.height",
                    crate::input::Number::to_f64(value),
                    Some(0.0),
                    None,
                )?;
            }
            {
                let value = &value.length;
                crate::input::check_range(
                    "package_dimensions.length",
                    crate::input::Number::to_f64(value),
                    Some(0.0),
                    None,
                )?;
            }
            {
                let value = &value.weight;
                crate::input::check_range(
                    "package_dimensions.weight",
                    crate::input::Number::to_f64(value),
                    Some(0.0),
                    None,
                )?;
            }
            {
                let value = &value.width;
                crate::input::check_range(
                    "package_dimensions.width",
                    crate::input::Number::to_f64(value),
                    Some(0.0),
                    None,
                )?;
            }
        }
        {
            let value = &self.expand;
            for item in value {
                crate::input::check_length("expand", item, None, Some(5000))?;
            }
        }
        Ok(())
    }
}
/// The limits `spec/stripe.yaml` puts on the fields of `CustomerParams`.
impl crate::input::Check for types::CustomerParams {
    fn check(&self) -> ::std::result::Result<(), crate::Error> {
        if let Some(value) = &self.description {
            crate::input::check_length("description", value, None, Some(5000))?;
        }
        if let Some(value) = &self.email {
            crate::input::check_length("email", value, None, Some(512))?;
        }
        if let Some(crate::Clearable::Set(value)) = &self.address {
            if let Some(value) = &value.city {
                crate::input::check_length("address.city", value, None, Some(5000))?;
            }
            if let Some(value) = &value.country {
                crate::input::check_length("address.country", value, None, Some(5000))?;
            }
            {
                let value = &value.line1;
                crate::input::check_length("address.line1", value, None, Some(5000))?;
            }
            if let Some(value) = &value.line2 {
                crate::input::check_length("address.line2", value, None, Some(5000))?;
            }
            if let Some(value) = &value.postal_code {
                crate::input::check_length(
                    "address.postal_code",
                    value,
                    None,
                    Some(5000),
                )?;
            }
            if let Some(value) = &value.state {
                crate::input::check_length("address.state", value, None, Some(5000))?;
            }
        }
        {
            let value = &self.metadata;
            crate::input::check_entries("metadata", value.len(), Some(50))?;
            for (key, value) in value {
                crate::input::check_key("metadata", key, 40)?;
                crate::input::check_entry(
                    key,
                    || {
                        crate::input::check_length("metadata", value, None, Some(500))?;
                        Ok(())
                    },
                )?;
            }
        }
        if let Some(crate::Clearable::Set(value)) = &self.shipping {
            {
                let value = &value.address;
                if let Some(value) = &value.city {
                    crate::input::check_length(
                        "shipping.address.city",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                if let Some(value) = &value.country {
                    crate::input::check_length(
                        "shipping.address.country",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                {
                    let value = &value.line1;
                    crate::input::check_length(
                        "shipping.address.line1",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                if let Some(value) = &value.line2 {
                    crate::input::check_length(
                        "shipping.address.line2",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                if let Some(value) = &value.postal_code {
                    crate::input::check_length(
                        "shipping.address.postal_code",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                if let Some(value) = &value.state {
                    crate::input::check_length(
                        "shipping.address.state",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
            }
            {
                let value = &value.name;
                crate::input::check_length("shipping.name", value, None, Some(5000))?;
            }
            if let Some(value) = &value.phone {
                crate::input::check_length("shipping.phone", value, None, Some(5000))?;
            }
        }
        {
            let value = &self.expand;
            for item in value {
                crate::input::check_length("expand", item, None, Some(5000))?;
            }
        }
        Ok(())
    }
}
impl crate::Identified for types::BankAccount {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::Card {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::Charge {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::Coupon {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::Customer {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::CustomerOrDeleted {
    fn id(&self) -> &str {
        match self {
            Self::Customer(object) => crate::Identified::id(object),
            Self::DeletedCustomer(object) => crate::Identified::id(object),
        }
    }
}
impl crate::Identified for types::DeletedCustomer {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::Invoice {
    fn id(&self) -> &str {
        self.0.get("id").and_then(::serde_json::Value::as_str).unwrap_or_default()
    }
}
impl crate::Identified for types::InvoiceItem {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::Order {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::PaymentSource {
    fn id(&self) -> &str {
        match self {
            Self::Card(object) => crate::Identified::id(object),
            Self::BankAccount(object) => crate::Identified::id(object),
        }
    }
}
impl crate::Identified for types::Product {
    fn id(&self) -> &str {
        &self.id
    }
}
