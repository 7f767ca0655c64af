// Generated from spec/stripe.yaml by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
//! The Stripe client generated from the connector's OpenAPI description.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Address`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Address {
        ///City/District/Suburb/Town/Village.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        ///2-letter country code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///Address line 1 (Street address/PO Box/Company name).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line1: ::std::option::Option<::std::string::String>,
        ///Address line 2 (Apartment/Suite/Unit/Building).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line2: ::std::option::Option<::std::string::String>,
        ///ZIP or postal code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub postal_code: ::std::option::Option<::std::string::String>,
        ///State/County/Province/Region.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    ///A postal address, as sent to Stripe.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AddressParams {
        ///City, district, suburb, town, or village.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        ///Two-letter country code (ISO 3166-1 alpha-2).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///Address line 1 (street, PO Box, or company name).
        pub line1: ::std::string::String,
        ///Address line 2 (apartment, suite, unit, or building).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line2: ::std::option::Option<::std::string::String>,
        ///ZIP or postal code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub postal_code: ::std::option::Option<::std::string::String>,
        ///State, county, province, or region.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    impl AddressParams {
        pub fn builder() -> builder::AddressParams {
            Default::default()
        }
    }
    ///`AlipayAccount`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AlipayAccount {
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<
            crate::Expandable<crate::types::CustomerOrDeletedCustomer>,
        >,
        ///Uniquely identifies the account and will be the same across all Alipay account objects that are linked to the same Alipay account.
        pub fingerprint: ::std::string::String,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: AlipayAccountObject,
        ///If the Alipay account object is not reusable, the exact amount that you can create a charge for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_amount: ::std::option::Option<i64>,
        ///If the Alipay account object is not reusable, the exact currency that you can create a charge for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_currency: ::std::option::Option<::std::string::String>,
        ///True if you can create multiple payments using this account. If the account is reusable, then you can freely choose the amount of each payment.
        pub reusable: bool,
        ///Whether this Alipay account object has ever been used for a payment.
        pub used: bool,
        ///The username for the Alipay account.
        pub username: ::std::string::String,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum AlipayAccountObject {
        #[serde(rename = "alipay_account")]
        AlipayAccount,
    }
    impl ::std::fmt::Display for AlipayAccountObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::AlipayAccount => f.write_str("alipay_account"),
            }
        }
    }
    impl ::std::str::FromStr for AlipayAccountObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "alipay_account" => Ok(Self::AlipayAccount),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AlipayAccountObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AlipayAccountObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
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
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
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
    impl<'de> ::serde::Deserialize<'de> for ApiErrorType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
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
    ///`BankAccount`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BankAccount {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///The name of the person or business that owns the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_holder_name: ::std::option::Option<::std::string::String>,
        ///The type of entity that holds the account. This can be either `individual` or `company`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_holder_type: ::std::option::Option<::std::string::String>,
        ///Name of the bank associated with the routing number (e.g., `WELLS FARGO`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_name: ::std::option::Option<::std::string::String>,
        ///Two-letter ISO code representing the country the bank account is located in.
        pub country: ::std::string::String,
        ///Three-letter [ISO code for the currency](https://stripe.com/docs/payouts) paid out to the bank account.
        pub currency: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<
            crate::Expandable<crate::types::CustomerOrDeletedCustomer>,
        >,
        ///Whether this bank account is the default external account for its currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_for_currency: ::std::option::Option<bool>,
        ///Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fingerprint: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        pub last4: ::std::string::String,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<
            ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: BankAccountObject,
        ///The routing transit number for the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub routing_number: ::std::option::Option<::std::string::String>,
        ///For bank accounts, possible values are `new`, `validated`, `verified`, `verification_failed`, or `errored`. A bank account that hasn't had any activity or validation performed is `new`. If Stripe can determine that the bank account exists, its status will be `validated`. Note that there often isn’t enough information to know (e.g., for smaller credit unions), and the validation is not always run. If customer bank account verification has succeeded, the bank account status will be `verified`. If the verification failed for any reason, such as microdeposit failure, the status will be `verification_failed`. If a transfer sent to this bank account fails, we'll set the status to `errored` and will not continue to send transfers until the bank details are updated. For external accounts, possible values are `new` and `errored`. Validations aren't run against external accounts because they're only used for payouts. This means the other statuses don't apply. If a transfer fails, the status is set to `errored` and transfers are stopped until account details are updated.
        pub status: ::std::string::String,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    ///`BillingDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BillingDetails {
        ///Billing address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<Address>,
        ///Email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Full name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Billing phone number (including extension).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
    }
    ///`BitcoinReceiver`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BitcoinReceiver {
        ///True when this bitcoin receiver has received a non-zero amount of bitcoin.
        pub active: bool,
        ///The amount of `currency` that you are collecting as payment.
        pub amount: i64,
        ///The amount of `currency` to which `bitcoin_amount_received` has been converted.
        pub amount_received: i64,
        ///The amount of bitcoin that the customer should send to fill the receiver. The `bitcoin_amount` is denominated in Satoshi: there are 10^8 Satoshi in one bitcoin.
        pub bitcoin_amount: i64,
        ///The amount of bitcoin that has been sent by the customer to this receiver.
        pub bitcoin_amount_received: i64,
        ///This URI can be displayed to the customer as a clickable link (to activate their bitcoin client) or as a QR code (for mobile wallets).
        pub bitcoin_uri: ::std::string::String,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) to which the bitcoin will be converted.
        pub currency: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<::std::string::String>,
        ///An arbitrary string attached to the object. Often useful for displaying to users.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The customer's email address, set by the API call that creates the receiver.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///This flag is initially false and updates to true when the customer sends the `bitcoin_amount` to this receiver.
        pub filled: bool,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///A bitcoin address that is specific to this receiver. The customer can send bitcoin to this address to fill the receiver.
        pub inbound_address: ::std::string::String,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: BitcoinReceiverObject,
        ///The ID of the payment created from the receiver, if any. Hidden when viewing the receiver with a publishable key.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_address: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transactions: ::std::option::Option<BitcoinReceiverTransactions>,
        ///This receiver contains uncaptured funds that can be used for a payment or refunded.
        pub uncaptured_funds: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub used_for_payment: ::std::option::Option<bool>,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum BitcoinReceiverObject {
        #[serde(rename = "bitcoin_receiver")]
        BitcoinReceiver,
    }
    impl ::std::fmt::Display for BitcoinReceiverObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::BitcoinReceiver => f.write_str("bitcoin_receiver"),
            }
        }
    }
    impl ::std::str::FromStr for BitcoinReceiverObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "bitcoin_receiver" => Ok(Self::BitcoinReceiver),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BitcoinReceiverObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BitcoinReceiverObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A list with one entry for each time that the customer sent bitcoin to the receiver. Hidden when viewing the receiver with a publishable key.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BitcoinReceiverTransactions {
        pub data: ::std::vec::Vec<BitcoinTransaction>,
        ///True if this list has another page of items after this one that can be fetched.
        pub has_more: bool,
        ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
        pub object: BitcoinReceiverTransactionsObject,
        ///The number of objects in the whole list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i64>,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
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
    pub enum BitcoinReceiverTransactionsObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for BitcoinReceiverTransactionsObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for BitcoinReceiverTransactionsObject {
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
    impl ::std::convert::TryFrom<&str> for BitcoinReceiverTransactionsObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for BitcoinReceiverTransactionsObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`BitcoinTransaction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BitcoinTransaction {
        ///The amount of `currency` that the transaction was converted to in real-time.
        pub amount: i64,
        ///The amount of bitcoin contained in the transaction.
        pub bitcoin_amount: i64,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) to which this transaction was converted.
        pub currency: ::std::string::String,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: BitcoinTransactionObject,
        ///The receiver to which this transaction was sent.
        pub receiver: ::std::string::String,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum BitcoinTransactionObject {
        #[serde(rename = "bitcoin_transaction")]
        BitcoinTransaction,
    }
    impl ::std::fmt::Display for BitcoinTransactionObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::BitcoinTransaction => f.write_str("bitcoin_transaction"),
            }
        }
    }
    impl ::std::str::FromStr for BitcoinTransactionObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "bitcoin_transaction" => Ok(Self::BitcoinTransaction),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BitcoinTransactionObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BitcoinTransactionObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Card`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Card {
        ///The account this card belongs to. This attribute will not be in the card object if the card belongs to a customer or recipient instead.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///City/District/Suburb/Town/Village.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_city: ::std::option::Option<::std::string::String>,
        ///Billing address country, if provided when creating card.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_country: ::std::option::Option<::std::string::String>,
        ///Address line 1 (Street address/PO Box/Company name).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_line1: ::std::option::Option<::std::string::String>,
        ///If `address_line1` was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_line1_check: ::std::option::Option<::std::string::String>,
        ///Address line 2 (Apartment/Suite/Unit/Building).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_line2: ::std::option::Option<::std::string::String>,
        ///State/County/Province/Region.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_state: ::std::option::Option<::std::string::String>,
        ///ZIP or postal code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_zip: ::std::option::Option<::std::string::String>,
        ///If `address_zip` was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_zip_check: ::std::option::Option<::std::string::String>,
        ///A set of available payout methods for this card. Will be either `["standard"]` or `["standard", "instant"]`. Only values from this set should be passed as the `method` when creating a transfer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub available_payout_methods: ::std::option::Option<
            ::std::vec::Vec<CardAvailablePayoutMethodsItem>,
        >,
        ///Card brand. Can be `American Express`, `Diners Club`, `Discover`, `JCB`, `MasterCard`, `UnionPay`, `Visa`, or `Unknown`.
        pub brand: ::std::string::String,
        ///Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///The customer that this card belongs to. This attribute will not be in the card object if the card belongs to an account or recipient instead.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<
            crate::Expandable<crate::types::CustomerOrDeletedCustomer>,
        >,
        ///If a CVC was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvc_check: ::std::option::Option<::std::string::String>,
        ///Whether this card is the default external account for its currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_for_currency: ::std::option::Option<bool>,
        ///(For tokenized numbers only.) The last four digits of the device account number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dynamic_last4: ::std::option::Option<::std::string::String>,
        ///Two-digit number representing the card's expiration month.
        pub exp_month: i64,
        ///Four-digit number representing the card's expiration year.
        pub exp_year: i64,
        ///Uniquely identifies this particular card number. You can use this attribute to check whether two customers who've signed up with you are using the same card number, for example.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fingerprint: ::std::option::Option<::std::string::String>,
        ///Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`.
        pub funding: ::std::string::String,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///The last four digits of the card.
        pub last4: ::std::string::String,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Cardholder name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: CardObject,
        ///The recipient that this card belongs to. This attribute will not be in the card object if the card belongs to a customer or account instead.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recipient: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///If the card number is tokenized, this is the method that was used. Can be `apple_pay` or `google_pay`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tokenization_method: ::std::option::Option<::std::string::String>,
    }
    ///`CardAvailablePayoutMethodsItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum CardAvailablePayoutMethodsItem {
        #[serde(rename = "instant")]
        Instant,
        #[serde(rename = "standard")]
        Standard,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for CardAvailablePayoutMethodsItem {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for CardAvailablePayoutMethodsItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Instant => f.write_str("instant"),
                Self::Standard => f.write_str("standard"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for CardAvailablePayoutMethodsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "instant" => Ok(Self::Instant),
                "standard" => Ok(Self::Standard),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CardAvailablePayoutMethodsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CardAvailablePayoutMethodsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
        ///ID of the Connect application that created the charge.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub application: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///The application fee (if any) for the charge. [See the Connect documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub application_fee: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///The amount of the application fee (if any) for the charge. [See the Connect documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub application_fee_amount: ::std::option::Option<i64>,
        ///ID of the balance transaction that describes the impact of this charge on your account balance (not including refunds or disputes).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balance_transaction: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        pub billing_details: BillingDetails,
        ///If the charge was created without capturing, this Boolean represents whether it is still uncaptured or has since been captured.
        pub captured: bool,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        pub currency: ::std::string::String,
        ///ID of the customer this charge is for if one exists.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<
            crate::Expandable<crate::types::CustomerOrDeletedCustomer>,
        >,
        ///An arbitrary string attached to the object. Often useful for displaying to users.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Details about the dispute if the charge has been disputed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dispute: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///Error code explaining reason for charge failure if available (see [the errors section](https://stripe.com/docs/api#errors) for a list of codes).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failure_code: ::std::option::Option<::std::string::String>,
        ///Message to user further explaining reason for charge failure if available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failure_message: ::std::option::Option<::std::string::String>,
        ///Information on fraud assessments for the charge.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fraud_details: ::std::option::Option<ChargeFraudDetails>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///ID of the invoice this charge is for if one exists.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: ChargeObject,
        ///The account (if any) the charge was made on behalf of without triggering an automatic transfer. See the [Connect documentation](https://stripe.com/docs/connect/charges-transfers) for details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub on_behalf_of: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///ID of the order this charge is for if one exists.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<crate::Expandable<crate::types::Order>>,
        ///Details about whether the payment was accepted, and why. See [understanding declines](https://stripe.com/docs/declines) for details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub outcome: ::std::option::Option<ChargeOutcome>,
        ///`true` if the charge succeeded, or was successfully authorized for later capture.
        pub paid: bool,
        ///ID of the PaymentIntent associated with this charge, if one exists.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_intent: ::std::option::Option<::std::string::String>,
        ///ID of the payment method used in this charge.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method: ::std::option::Option<::std::string::String>,
        ///Details about the payment method at the time of the transaction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_details: ::std::option::Option<PaymentMethodDetails>,
        ///This is the email address that the receipt for this charge was sent to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receipt_email: ::std::option::Option<::std::string::String>,
        ///This is the transaction number that appears on email receipts sent for this charge. This attribute will be `null` until a receipt has been sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receipt_number: ::std::option::Option<::std::string::String>,
        ///This is the URL to view the receipt for this charge. The receipt is kept up-to-date to the latest state of the charge, including any refunds. If the charge is for an Invoice, the receipt will be stylized as an Invoice receipt.
        pub receipt_url: ::std::string::String,
        ///Whether the charge has been fully refunded. If the charge is only partially refunded, this attribute will still be false.
        pub refunded: bool,
        pub refunds: ChargeRefunds,
        ///ID of the review associated with this charge if one exists.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub review: ::std::option::Option<crate::Expandable<crate::types::StripeObject>>,
        ///Shipping information for the charge.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shipping: ::std::option::Option<Shipping>,
        ///The transfer ID which created this charge. Only present if the charge came from another Stripe account. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source_transfer: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///For card charges, use `statement_descriptor_suffix` instead. Otherwise, you can use this value as the complete description of a charge on your customers’ statements. Must contain at least one letter, maximum 22 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor: ::std::option::Option<::std::string::String>,
        ///Provides information about the charge that customers see on their statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor_suffix: ::std::option::Option<::std::string::String>,
        ///The status of the payment is either `succeeded`, `pending`, or `failed`.
        pub status: ::std::string::String,
        ///ID of the transfer to the `destination` account (only applicable if the charge was created using the `destination` parameter).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transfer: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///An optional dictionary including the account to automatically transfer to as part of a destination charge. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transfer_data: ::std::option::Option<ChargeTransferData>,
        ///A string that identifies this transaction as part of a group. See the [Connect documentation](https://stripe.com/docs/connect/charges-transfers#grouping-transactions) for details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transfer_group: ::std::option::Option<::std::string::String>,
    }
    ///`ChargeFraudDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ChargeFraudDetails {
        ///Assessments from Stripe. If set, the value is `fraudulent`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stripe_report: ::std::option::Option<::std::string::String>,
        ///Assessments reported by you. If set, possible values of are `safe` and `fraudulent`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_report: ::std::option::Option<::std::string::String>,
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
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum ChargeObject {
        #[serde(rename = "charge")]
        Charge,
    }
    impl ::std::fmt::Display for ChargeObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Charge => f.write_str("charge"),
            }
        }
    }
    impl ::std::str::FromStr for ChargeObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "charge" => Ok(Self::Charge),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChargeObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChargeObject {
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
        ///Stripe's evaluation of the riskiness of the payment. Possible values for evaluated payments are between 0 and 100. For non-card payments, card-based payments predating the public assignment of risk scores, or in the event of an error during evaluation, this field will not be present. This field is only available with Radar for Fraud Teams.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub risk_score: ::std::option::Option<i64>,
        ///The ID of the Radar rule that matched the payment, if applicable.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rule: ::std::option::Option<crate::Expandable<crate::types::StripeObject>>,
        ///A human-readable description of the outcome type and reason, designed for you (the recipient of the payment), not your customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seller_message: ::std::option::Option<::std::string::String>,
        ///Possible values are `authorized`, `manual_review`, `issuer_declined`, `blocked`, and `invalid`. See [understanding declines](https://stripe.com/docs/declines) and [Radar reviews](radar/review) for details.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    ///A list of refunds that have been applied to the charge.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ChargeRefunds {
        pub data: ::std::vec::Vec<Refund>,
        ///True if this list has another page of items after this one that can be fetched.
        pub has_more: bool,
        ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
        pub object: ChargeRefundsObject,
        ///The number of objects in the whole list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i64>,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
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
    pub enum ChargeRefundsObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for ChargeRefundsObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for ChargeRefundsObject {
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
    impl ::std::convert::TryFrom<&str> for ChargeRefundsObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChargeRefundsObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ChargeTransferData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ChargeTransferData {
        ///The amount transferred to the destination account, if specified. By default, the entire charge amount is transferred to the destination account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<i64>,
        ///ID of an existing, connected Stripe account to transfer funds to if `transfer_data` was specified in the charge request.
        pub destination: crate::Expandable<crate::types::StripeObject>,
    }
    ///A percentage or amount off, and for how long it applies.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Coupon {
        ///Amount (in the `currency` specified) that will be taken off the subtotal of any invoices for this customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_off: ::std::option::Option<i64>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///If `amount_off` has been set, the three-letter [ISO code for the currency](https://stripe.com/docs/currencies) of the amount to take off.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///One of `forever`, `once`, and `repeating`. Describes how long a customer who applies this coupon will get the discount.
        pub duration: CouponDuration,
        ///If `duration` is `repeating`, the number of months the coupon applies. Null if coupon `duration` is `forever` or `once`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_in_months: ::std::option::Option<i64>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///Maximum number of times this coupon can be redeemed, in total, across all customers, before it is no longer valid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_redemptions: ::std::option::Option<i64>,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Name of the coupon displayed to customers on for instance invoices or receipts.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: CouponObject,
        ///Percent that will be taken off the subtotal of any invoices for this customer for the duration of the coupon. For example, a coupon with percent_off of 50 will make a %s100 invoice %s50 instead.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub percent_off: ::std::option::Option<f64>,
        ///Date after which the coupon can no longer be redeemed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redeem_by: ::std::option::Option<crate::Timestamp>,
        ///Number of times this coupon has been applied to a customer.
        pub times_redeemed: i64,
        ///Taking account of the above properties, whether this coupon can still be applied to a customer.
        pub valid: bool,
    }
    ///One of `forever`, `once`, and `repeating`. Describes how long a customer who applies this coupon will get the discount.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum CouponDuration {
        #[serde(rename = "forever")]
        Forever,
        #[serde(rename = "once")]
        Once,
        #[serde(rename = "repeating")]
        Repeating,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for CouponDuration {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for CouponDuration {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Forever => f.write_str("forever"),
                Self::Once => f.write_str("once"),
                Self::Repeating => f.write_str("repeating"),
                Self::Other(value) => f.write_str(value),
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
                _ => Ok(Self::Other(value.to_string())),
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
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum CouponObject {
        #[serde(rename = "coupon")]
        Coupon,
    }
    impl ::std::fmt::Display for CouponObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Coupon => f.write_str("coupon"),
            }
        }
    }
    impl ::std::str::FromStr for CouponObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "coupon" => Ok(Self::Coupon),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CouponObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CouponObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///What a new customer is made of; every field may be left out.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CreateCustomerParams {
        ///This field has been renamed to `balance` and will be removed in a future API version.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_balance: ::std::option::Option<i64>,
        ///The customer's address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<
            crate::Clearable<crate::types::AddressParams>,
        >,
        ///An integer amount in %s that represents the customer's current balance, which affect the customer's future invoices. A negative amount represents a credit that decreases the amount due on an invoice; a positive amount increases the amount due on an invoice.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balance: ::std::option::Option<i64>,
        ///The code of a coupon to apply to the customer's recurring charges.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub coupon: ::std::option::Option<::std::string::String>,
        ///An arbitrary string that you can attach to a customer object. It is displayed alongside the customer in the dashboard.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Customer's email address. It's displayed alongside the customer in your dashboard and can be useful for searching and tracking. This may be up to *512 characters*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Specifies which fields in the response should be expanded.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub expand: ::std::vec::Vec<::std::string::String>,
        ///The prefix for the customer used to generate unique invoice numbers. Must be 3–12 uppercase letters or numbers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_prefix: ::std::option::Option<::std::string::String>,
        ///Default invoice settings for this customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_settings: ::std::option::Option<InvoiceSettingsParams>,
        ///A set of key-value pairs that you can attach to a customer object. It can be useful for storing additional information about the customer in a structured format.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The customer's full name or business name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The id of a PaymentMethod to attach to the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method: ::std::option::Option<::std::string::String>,
        ///The customer's phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///Customer's preferred languages, ordered by preference.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub preferred_locales: ::std::vec::Vec<::std::string::String>,
        ///The customer's shipping information. Appears on invoices emailed to this customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shipping: ::std::option::Option<
            crate::Clearable<crate::types::ShippingParams>,
        >,
        ///A payment source for the customer, such as the token `tok_visa`; it becomes the customer's default source.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<::std::string::String>,
        ///The customer's tax exemption. One of `none`, `exempt`, or `reverse`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_exempt: ::std::option::Option<
            crate::Clearable<crate::types::CreateCustomerParamsTaxExempt>,
        >,
        ///The customer's tax IDs.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tax_id_data: ::std::vec::Vec<TaxIdDataParams>,
        ///The customer's tax information. Appears on invoices emailed to this customer. This parameter has been deprecated and will be removed in a future API version, for further information view the [migration guide](https://stripe.com/docs/billing/migration/taxes#moving-from-taxinfo-to-customer-tax-ids).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_info: ::std::option::Option<TaxInfoParams>,
    }
    impl CreateCustomerParams {
        pub fn builder() -> builder::CreateCustomerParams {
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
    pub enum CreateCustomerParamsTaxExempt {
        #[serde(rename = "exempt")]
        Exempt,
        #[serde(rename = "none")]
        None,
        #[serde(rename = "reverse")]
        Reverse,
    }
    impl ::std::fmt::Display for CreateCustomerParamsTaxExempt {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Exempt => f.write_str("exempt"),
                Self::None => f.write_str("none"),
                Self::Reverse => f.write_str("reverse"),
            }
        }
    }
    impl ::std::str::FromStr for CreateCustomerParamsTaxExempt {
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
    impl ::std::convert::TryFrom<&str> for CreateCustomerParamsTaxExempt {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateCustomerParamsTaxExempt {
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
        ///A list of up to 5 alphanumeric attributes. Applicable to both `service` and `good` types.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub attributes: ::std::vec::Vec<::std::string::String>,
        ///A short one-line description of the product, meant to be displayable to the customer. May only be set if type=`good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caption: ::std::option::Option<::std::string::String>,
        ///An array of Connect application names or identifiers that should not be able to order the SKUs for this product. May only be set if type=`good`.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub deactivate_on: ::std::vec::Vec<::std::string::String>,
        ///The product's description, meant to be displayable to the customer. May only be set if type=`good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Specifies which fields in the response should be expanded.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub expand: ::std::vec::Vec<::std::string::String>,
        ///An identifier will be randomly generated by Stripe. You can optionally override this ID, but the ID must be unique across all products in your Stripe account. Applicable to both `service` and `good` types.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///A list of up to 8 URLs of images for this product, meant to be displayable to the customer. May only be set if type=`good`.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub images: ::std::vec::Vec<::std::string::String>,
        ///A set of key-value pairs that you can attach to a product object. It can be useful for storing additional information about the product in a structured format. Applicable to both `service` and `good` types.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The product's name, meant to be displayable to the customer. Applicable to both `service` and `good` types.
        pub name: ::std::string::String,
        ///The dimensions of this product for shipping purposes. A SKU associated with this product can override this value by having its own `package_dimensions`. May only be set if type=`good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub package_dimensions: ::std::option::Option<PackageDimensionsParams>,
        ///Whether this product is shipped (i.e., physical goods). Defaults to `true`. May only be set if type=`good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shippable: ::std::option::Option<bool>,
        ///An arbitrary string to be displayed on your customer's credit card statement. This may be up to 22 characters. The statement description may not include <>"' characters, and will appear on your customer's statement in capital letters. Non-ASCII characters are automatically stripped. While most banks display this information consistently, some may display it incorrectly or not at all. It must contain at least one letter. May only be set if type=`service`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor: ::std::option::Option<::std::string::String>,
        ///The type of the product. The product is either of type `service`, which is eligible for use with Subscriptions and Plans or `good`, which is eligible for use with Orders and SKUs. Defaults to `good`, the type whose fields (caption, images, shippable, url) the original connector exposes; it is always sent, so callers need not set it.
        #[serde(rename = "type", default = "defaults::create_product_params_type")]
        pub type_: CreateProductParamsType,
        ///A label that represents units of this product, such as seat(s), in Stripe and on customers’ receipts and invoices. Only available on products of type=`service`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit_label: ::std::option::Option<::std::string::String>,
        ///A URL of a publicly-accessible webpage for this product. May only be set if type=`good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl CreateProductParams {
        pub fn builder() -> builder::CreateProductParams {
            Default::default()
        }
    }
    ///The type of the product. The product is either of type `service`, which is eligible for use with Subscriptions and Plans or `good`, which is eligible for use with Orders and SKUs. Defaults to `good`, the type whose fields (caption, images, shippable, url) the original connector exposes; it is always sent, so callers need not set it.
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
        #[serde(rename = "service")]
        Service,
    }
    impl ::std::fmt::Display for CreateProductParamsType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Good => f.write_str("good"),
                Self::Service => f.write_str("service"),
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
                "service" => Ok(Self::Service),
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
    ///Where a new webhook endpoint sends events, and which.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CreateWebhookEndpointParams {
        ///The list of events to enable for this endpoint. You may specify `['*']` to enable all events.
        pub enabled_events: ::std::vec::Vec<::std::string::String>,
        ///The URL of the webhook endpoint.
        pub url: ::std::string::String,
    }
    impl CreateWebhookEndpointParams {
        pub fn builder() -> builder::CreateWebhookEndpointParams {
            Default::default()
        }
    }
    ///A custom field shown on invoices, with a name and a value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CustomFieldParams {
        ///The name of the custom field.
        pub name: ::std::string::String,
        ///The value of the custom field.
        pub value: ::std::string::String,
    }
    impl CustomFieldParams {
        pub fn builder() -> builder::CustomFieldParams {
            Default::default()
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
        ///Current balance, if any, being stored on the customer. If negative, the customer has credit to apply to their next invoice. If positive, the customer has an amount owed that will be added to their next invoice. The balance does not refer to any unpaid invoices; it solely takes into account amounts that have yet to be successfully applied to any invoice. This balance is only taken into account as invoices are finalized.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balance: ::std::option::Option<i64>,
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
        ///The prefix for the customer used to generate unique invoice numbers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_prefix: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_settings: ::std::option::Option<InvoiceSettingCustomerSetting>,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The customer's full name or business name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: CustomerObject,
        ///The customer's phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///The customer's preferred locales (languages), ordered by preference.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub preferred_locales: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        ///Mailing and shipping address for the customer. Appears on invoices emailed to this customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shipping: ::std::option::Option<Shipping>,
        pub sources: CustomerSources,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscriptions: ::std::option::Option<CustomerSubscriptions>,
        ///Describes the customer's tax exemption status. One of `none`, `exempt`, or `reverse`. When set to `reverse`, invoice and receipt PDFs include the text **"Reverse charge"**.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_exempt: ::std::option::Option<CustomerTaxExempt>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_ids: ::std::option::Option<CustomerTaxIds>,
        ///The customer's tax information. Appears on invoices emailed to this customer. This field has been deprecated and will be removed in a future API version, for further information view the [migration guide](https://stripe.com/docs/billing/migration/taxes#moving-from-taxinfo-to-customer-tax-ids).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_info: ::std::option::Option<TaxInfo>,
        ///Describes the status of looking up the tax ID provided in `tax_info`. This field has been deprecated and will be removed in a future API version, for further information view the [migration guide](https://stripe.com/docs/billing/migration/taxes#moving-from-taxinfo-to-customer-tax-ids).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_info_verification: ::std::option::Option<TaxInfoVerification>,
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
    ///String representing the object's type. Objects of the same type share the same value.
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
    ///One of: `customer`, `deleted_customer`.
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum CustomerOrDeletedCustomer {
        Customer(Customer),
        DeletedCustomer(DeletedCustomer),
    }
    impl crate::runtime::Tagged for CustomerOrDeletedCustomer {
        const NAME: &'static str = "CustomerOrDeletedCustomer";
        const OBJECTS: &'static [&'static str] = &["customer"];
        fn shared(object: &str) -> bool {
            matches!(object, "customer")
        }
        fn variant<'de, D: ::serde::Deserializer<'de>>(
            object: &str,
            deleted: bool,
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            match (object, deleted) {
                ("customer", false) => {
                    ::serde::Deserialize::deserialize(deserializer).map(Self::Customer)
                }
                ("customer", true) => {
                    ::serde::Deserialize::deserialize(deserializer)
                        .map(Self::DeletedCustomer)
                }
                _ => Err(::serde::de::Error::unknown_variant(object, Self::OBJECTS)),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CustomerOrDeletedCustomer {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_tagged(deserializer)
        }
    }
    impl ::std::convert::From<Customer> for CustomerOrDeletedCustomer {
        fn from(value: Customer) -> Self {
            Self::Customer(value)
        }
    }
    impl ::std::convert::From<DeletedCustomer> for CustomerOrDeletedCustomer {
        fn from(value: DeletedCustomer) -> Self {
            Self::DeletedCustomer(value)
        }
    }
    ///The customer's payment sources, if any.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CustomerSources {
        ///The list contains all payment sources that have been attached to the customer.
        pub data: ::std::vec::Vec<PaymentSource>,
        ///True if this list has another page of items after this one that can be fetched.
        pub has_more: bool,
        ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
        pub object: CustomerSourcesObject,
        ///The number of objects in the whole list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i64>,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
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
    pub enum CustomerSourcesObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for CustomerSourcesObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for CustomerSourcesObject {
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
    impl ::std::convert::TryFrom<&str> for CustomerSourcesObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CustomerSourcesObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The customer's current subscriptions, if any.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CustomerSubscriptions {
        pub data: ::std::vec::Vec<Subscription>,
        ///True if this list has another page of items after this one that can be fetched.
        pub has_more: bool,
        ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
        pub object: CustomerSubscriptionsObject,
        ///The number of objects in the whole list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i64>,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
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
    pub enum CustomerSubscriptionsObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for CustomerSubscriptionsObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for CustomerSubscriptionsObject {
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
    impl ::std::convert::TryFrom<&str> for CustomerSubscriptionsObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CustomerSubscriptionsObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Describes the customer's tax exemption status. One of `none`, `exempt`, or `reverse`. When set to `reverse`, invoice and receipt PDFs include the text **"Reverse charge"**.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum CustomerTaxExempt {
        #[serde(rename = "exempt")]
        Exempt,
        #[serde(rename = "none")]
        None,
        #[serde(rename = "reverse")]
        Reverse,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for CustomerTaxExempt {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for CustomerTaxExempt {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Exempt => f.write_str("exempt"),
                Self::None => f.write_str("none"),
                Self::Reverse => f.write_str("reverse"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for CustomerTaxExempt {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "exempt" => Ok(Self::Exempt),
                "none" => Ok(Self::None),
                "reverse" => Ok(Self::Reverse),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CustomerTaxExempt {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CustomerTaxExempt {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The customer's tax IDs.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CustomerTaxIds {
        pub data: ::std::vec::Vec<TaxId>,
        ///True if this list has another page of items after this one that can be fetched.
        pub has_more: bool,
        ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
        pub object: CustomerTaxIdsObject,
        ///The number of objects in the whole list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i64>,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
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
    pub enum CustomerTaxIdsObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for CustomerTaxIdsObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for CustomerTaxIdsObject {
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
    impl ::std::convert::TryFrom<&str> for CustomerTaxIdsObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CustomerTaxIdsObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`DeletedCustomer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeletedCustomer {
        ///Always true for a deleted object
        pub deleted: bool,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: DeletedCustomerObject,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    ///`DeletedProduct`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeletedProduct {
        ///Always true for a deleted object
        pub deleted: bool,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: DeletedProductObject,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum DeletedProductObject {
        #[serde(rename = "product")]
        Product,
    }
    impl ::std::fmt::Display for DeletedProductObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Product => f.write_str("product"),
            }
        }
    }
    impl ::std::str::FromStr for DeletedProductObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "product" => Ok(Self::Product),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeletedProductObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeletedProductObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`DeletedWebhookEndpoint`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeletedWebhookEndpoint {
        ///Always true for a deleted object
        pub deleted: bool,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: DeletedWebhookEndpointObject,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum DeletedWebhookEndpointObject {
        #[serde(rename = "webhook_endpoint")]
        WebhookEndpoint,
    }
    impl ::std::fmt::Display for DeletedWebhookEndpointObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::WebhookEndpoint => f.write_str("webhook_endpoint"),
            }
        }
    }
    impl ::std::str::FromStr for DeletedWebhookEndpointObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "webhook_endpoint" => Ok(Self::WebhookEndpoint),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeletedWebhookEndpointObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for DeletedWebhookEndpointObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`DeliveryEstimate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeliveryEstimate {
        ///If `type` is `"exact"`, `date` will be the expected delivery date in the format YYYY-MM-DD.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date: ::std::option::Option<::std::string::String>,
        ///If `type` is `"range"`, `earliest` will be be the earliest delivery date in the format YYYY-MM-DD.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub earliest: ::std::option::Option<::std::string::String>,
        ///If `type` is `"range"`, `latest` will be the latest delivery date in the format YYYY-MM-DD.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub latest: ::std::option::Option<::std::string::String>,
        ///The type of estimate. Must be either `"range"` or `"exact"`.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    ///A coupon applied to a customer or a subscription.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Discount {
        pub coupon: Coupon,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<
            crate::Expandable<crate::types::CustomerOrDeletedCustomer>,
        >,
        ///If the coupon has a duration of `repeating`, the date that this discount will end. If the coupon has a duration of `once` or `forever`, this attribute will be null.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end: ::std::option::Option<crate::Timestamp>,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: DiscountObject,
        ///Date that the coupon was applied.
        pub start: crate::Timestamp,
        ///The subscription that this coupon is applied to, if it is applied to a particular subscription.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription: ::std::option::Option<::std::string::String>,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum DiscountObject {
        #[serde(rename = "discount")]
        Discount,
    }
    impl ::std::fmt::Display for DiscountObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Discount => f.write_str("discount"),
            }
        }
    }
    impl ::std::str::FromStr for DiscountObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "discount" => Ok(Self::Discount),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DiscountObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DiscountObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An error response from the Stripe API
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ErrorResponse {
        pub error: ApiError,
    }
    ///`Event`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Event {
        ///The Stripe API version used to render `data`. *Note: This property is populated only for events on or after October 31, 2014*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_version: ::std::option::Option<::std::string::String>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        pub data: NotificationEventData,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: EventObject,
        ///Number of webhooks that have yet to be successfully delivered (i.e., to return a 20x response) to the URLs you've specified.
        pub pending_webhooks: i64,
        ///Information on the API request that instigated the event.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request: ::std::option::Option<NotificationEventRequest>,
        ///Description of the event (e.g., `invoice.created` or `charge.refunded`).
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    ///A page of a list of Event objects, newest first.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct EventList {
        pub data: ::std::vec::Vec<Event>,
        ///True if this list has another page of items after this one that can be fetched.
        pub has_more: bool,
        ///Always has the value `list`.
        pub object: EventListObject,
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
    pub enum EventListObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for EventListObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for EventListObject {
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
    impl ::std::convert::TryFrom<&str> for EventListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EventListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum EventObject {
        #[serde(rename = "event")]
        Event,
    }
    impl ::std::fmt::Display for EventObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Event => f.write_str("event"),
            }
        }
    }
    impl ::std::str::FromStr for EventObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "event" => Ok(Self::Event),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for EventObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EventObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
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
        pub customer: crate::Expandable<crate::types::CustomerOrDeletedCustomer>,
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
        pub invoice: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: InvoiceItemObject,
        pub period: InvoiceLineItemPeriod,
        ///If the invoice item is a proration, the plan of the subscription that the proration was computed for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub plan: ::std::option::Option<Plan>,
        ///Whether the invoice item was created automatically as a proration adjustment when the customer switched plans.
        pub proration: bool,
        ///Quantity of units for the invoice item. If the invoice item is a proration, the quantity of the subscription that the proration was computed for.
        pub quantity: i64,
        ///The subscription that this invoice item has been created for, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription: ::std::option::Option<
            crate::Expandable<crate::types::Subscription>,
        >,
        ///The subscription item that this invoice item has been created for, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_item: ::std::option::Option<::std::string::String>,
        ///The tax rates which apply to the invoice item. When set, the `default_tax_rates` on the invoice do not apply to this invoice item.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_rates: ::std::option::Option<::std::vec::Vec<TaxRate>>,
        ///For prorations this indicates whether Stripe automatically grouped multiple related debit and credit line items into a single combined line item.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unified_proration: ::std::option::Option<bool>,
        ///Unit Amount (in the `currency` specified) of the invoice item.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit_amount: ::std::option::Option<i64>,
        ///Same as `unit_amount`, but contains a decimal value with at most 12 decimal places.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit_amount_decimal: ::std::option::Option<::std::string::String>,
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
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum InvoiceItemObject {
        #[serde(rename = "invoiceitem")]
        Invoiceitem,
    }
    impl ::std::fmt::Display for InvoiceItemObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Invoiceitem => f.write_str("invoiceitem"),
            }
        }
    }
    impl ::std::str::FromStr for InvoiceItemObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "invoiceitem" => Ok(Self::Invoiceitem),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for InvoiceItemObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for InvoiceItemObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`InvoiceLineItemPeriod`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct InvoiceLineItemPeriod {
        ///End of the line item's billing period
        pub end: i64,
        ///Start of the line item's billing period
        pub start: i64,
    }
    ///`InvoiceSettingCustomField`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct InvoiceSettingCustomField {
        ///The name of the custom field.
        pub name: ::std::string::String,
        ///The value of the custom field.
        pub value: ::std::string::String,
    }
    ///`InvoiceSettingCustomerSetting`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct InvoiceSettingCustomerSetting {
        ///Default custom fields to be displayed on invoices for this customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_fields: ::std::option::Option<
            ::std::vec::Vec<InvoiceSettingCustomField>,
        >,
        ///ID of the default payment method used for subscriptions and invoices for the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_payment_method: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///Default footer to be displayed on invoices for this customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub footer: ::std::option::Option<::std::string::String>,
    }
    ///The default invoice settings of a customer, as sent to Stripe.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct InvoiceSettingsParams {
        ///The custom fields shown on the customer's invoices; an empty value removes them.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_fields: ::std::option::Option<
            crate::Clearable<::std::vec::Vec<crate::types::CustomFieldParams>>,
        >,
        ///The id of the PaymentMethod used by default for the customer's subscriptions and invoices.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_payment_method: ::std::option::Option<::std::string::String>,
        ///The default footer of the customer's invoices.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub footer: ::std::option::Option<::std::string::String>,
    }
    impl InvoiceSettingsParams {
        pub fn builder() -> builder::InvoiceSettingsParams {
            Default::default()
        }
    }
    ///`NotificationEventData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct NotificationEventData {
        ///Object containing the API resource relevant to the event. For example, an `invoice.created` event will have a full [invoice object](#invoice_object) as the value of the object key.
        pub object: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Object containing the names of the attributes that have changed, and their previous values (sent along only with *.updated events).
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub previous_attributes: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
    }
    ///`NotificationEventRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct NotificationEventRequest {
        ///ID of the API request that caused the event. If null, the event was automatic (e.g., Stripe's automatic subscription handling). Request logs are available in the [dashboard](https://dashboard.stripe.com/logs), but currently not in the API.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The idempotency key transmitted during the request, if any. *Note: This property is populated only for events on or after May 23, 2017*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub idempotency_key: ::std::option::Option<::std::string::String>,
    }
    ///A legacy order: the goods a customer buys, its amount and its status.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Order {
        ///A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount for the order.
        pub amount: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_returned: ::std::option::Option<i64>,
        ///ID of the Connect Application that created the order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub application: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub application_fee: ::std::option::Option<i64>,
        ///The ID of the payment used to pay for the order. Present if the order status is `paid`, `fulfilled`, or `refunded`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub charge: ::std::option::Option<crate::Expandable<crate::types::Charge>>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        pub currency: ::std::string::String,
        ///The customer used for the order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<
            crate::Expandable<crate::types::CustomerOrDeletedCustomer>,
        >,
        ///The email address of the customer placing the order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_coupon_code: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///List of items constituting the order. An order can have up to 25 items.
        pub items: ::std::vec::Vec<OrderItem>,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: OrderObject,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub returns: ::std::option::Option<OrderReturns>,
        ///The shipping method that is currently selected for this order, if any. If present, it is equal to one of the `id`s of shipping methods in the `shipping_methods` array. At order creation time, if there are multiple shipping methods, Stripe will automatically selected the first method.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub selected_shipping_method: ::std::option::Option<::std::string::String>,
        ///The shipping address for the order. Present if the order is for goods to be shipped.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shipping: ::std::option::Option<Shipping>,
        ///A list of supported shipping methods for this order. The desired shipping method can be specified either by updating the order, or when paying it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shipping_methods: ::std::option::Option<::std::vec::Vec<ShippingMethod>>,
        ///Current order status. One of `created`, `paid`, `canceled`, `fulfilled`, or `returned`. More details in the [Orders Guide](https://stripe.com/docs/orders/guide#understanding-order-statuses).
        pub status: ::std::string::String,
        ///The timestamps at which the order status was updated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status_transitions: ::std::option::Option<StatusTransitions>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<crate::Timestamp>,
        ///The user's order ID if it is different from the Stripe order ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub upstream_id: ::std::option::Option<::std::string::String>,
    }
    ///`OrderItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrderItem {
        ///A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount for the line item.
        pub amount: i64,
        ///Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        pub currency: ::std::string::String,
        ///Description of the line item, meant to be displayable to the user (e.g., `"Express shipping"`).
        pub description: ::std::string::String,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: OrderItemObject,
        ///The ID of the associated object for this line item. Expandable if not null (e.g., expandable to a SKU).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent: ::std::option::Option<crate::Expandable<crate::types::StripeObject>>,
        ///A positive integer representing the number of instances of `parent` that are included in this order item. Applicable/present only if `type` is `sku`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<i64>,
        ///The type of line item. One of `sku`, `tax`, `shipping`, or `discount`.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum OrderItemObject {
        #[serde(rename = "order_item")]
        OrderItem,
    }
    impl ::std::fmt::Display for OrderItemObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::OrderItem => f.write_str("order_item"),
            }
        }
    }
    impl ::std::str::FromStr for OrderItemObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "order_item" => Ok(Self::OrderItem),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OrderItemObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OrderItemObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
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
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum OrderObject {
        #[serde(rename = "order")]
        Order,
    }
    impl ::std::fmt::Display for OrderObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Order => f.write_str("order"),
            }
        }
    }
    impl ::std::str::FromStr for OrderObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "order" => Ok(Self::Order),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OrderObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OrderObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`OrderReturn`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrderReturn {
        ///A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount for the returned line item.
        pub amount: i64,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        pub currency: ::std::string::String,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///The items included in this order return.
        pub items: ::std::vec::Vec<OrderItem>,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: OrderReturnObject,
        ///The order that this return includes items from.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<crate::Expandable<crate::types::Order>>,
        ///The ID of the refund issued for this return.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund: ::std::option::Option<crate::Expandable<crate::types::Refund>>,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum OrderReturnObject {
        #[serde(rename = "order_return")]
        OrderReturn,
    }
    impl ::std::fmt::Display for OrderReturnObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::OrderReturn => f.write_str("order_return"),
            }
        }
    }
    impl ::std::str::FromStr for OrderReturnObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "order_return" => Ok(Self::OrderReturn),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OrderReturnObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OrderReturnObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`OrderReturns`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrderReturns {
        pub data: ::std::vec::Vec<OrderReturn>,
        ///True if this list has another page of items after this one that can be fetched.
        pub has_more: bool,
        ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
        pub object: OrderReturnsObject,
        ///The number of objects in the whole list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i64>,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
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
    pub enum OrderReturnsObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for OrderReturnsObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for OrderReturnsObject {
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
    impl ::std::convert::TryFrom<&str> for OrderReturnsObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OrderReturnsObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PackageDimensions`
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
    ///The dimensions of a product for shipping, as sent to Stripe.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PackageDimensionsParams {
        ///Height, in inches, with at most two decimal places.
        pub height: f64,
        ///Length, in inches, with at most two decimal places.
        pub length: f64,
        ///Weight, in ounces, with at most two decimal places.
        pub weight: f64,
        ///Width, in inches, with at most two decimal places.
        pub width: f64,
    }
    impl PackageDimensionsParams {
        pub fn builder() -> builder::PackageDimensionsParams {
            Default::default()
        }
    }
    ///`PaymentMethodDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaymentMethodDetails {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ach_credit_transfer: ::std::option::Option<
            PaymentMethodDetailsAchCreditTransfer,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ach_debit: ::std::option::Option<PaymentMethodDetailsAchDebit>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alipay: ::std::option::Option<PaymentMethodDetailsAlipay>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bancontact: ::std::option::Option<PaymentMethodDetailsBancontact>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card: ::std::option::Option<PaymentMethodDetailsCard>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card_present: ::std::option::Option<PaymentMethodDetailsCardPresent>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub eps: ::std::option::Option<PaymentMethodDetailsEps>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub giropay: ::std::option::Option<PaymentMethodDetailsGiropay>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ideal: ::std::option::Option<PaymentMethodDetailsIdeal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub klarna: ::std::option::Option<PaymentMethodDetailsKlarna>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub multibanco: ::std::option::Option<PaymentMethodDetailsMultibanco>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub p24: ::std::option::Option<PaymentMethodDetailsP24>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sepa_debit: ::std::option::Option<PaymentMethodDetailsSepaDebit>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sofort: ::std::option::Option<PaymentMethodDetailsSofort>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stripe_account: ::std::option::Option<PaymentMethodDetailsStripeAccount>,
        ///The type of transaction-specific details of the payment method used in the payment, one of `ach_credit_transfer`, `ach_debit`, `alipay`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `klarna`, `multibanco`, `p24`, `sepa_debit`, `sofort`, `stripe_account`, or `wechat`. An additional hash is included on `payment_method_details` with a name matching this value. It contains information specific to the payment method.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wechat: ::std::option::Option<PaymentMethodDetailsWechat>,
    }
    ///`PaymentMethodDetailsAchCreditTransfer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsAchCreditTransfer {
        ///Account number to transfer funds to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_number: ::std::option::Option<::std::string::String>,
        ///Name of the bank associated with the routing number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_name: ::std::option::Option<::std::string::String>,
        ///Routing transit number for the bank account to transfer funds to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub routing_number: ::std::option::Option<::std::string::String>,
        ///SWIFT code of the bank associated with the routing number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub swift_code: ::std::option::Option<::std::string::String>,
    }
    ///`PaymentMethodDetailsAchDebit`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsAchDebit {
        ///Type of entity that holds the account. This can be either `individual` or `company`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_holder_type: ::std::option::Option<
            PaymentMethodDetailsAchDebitAccountHolderType,
        >,
        ///Name of the bank associated with the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_name: ::std::option::Option<::std::string::String>,
        ///Two-letter ISO code representing the country the bank account is located in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fingerprint: ::std::option::Option<::std::string::String>,
        ///Last four digits of the bank account number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last4: ::std::option::Option<::std::string::String>,
        ///Routing transit number of the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub routing_number: ::std::option::Option<::std::string::String>,
    }
    ///Type of entity that holds the account. This can be either `individual` or `company`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum PaymentMethodDetailsAchDebitAccountHolderType {
        #[serde(rename = "company")]
        Company,
        #[serde(rename = "individual")]
        Individual,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de>
    for PaymentMethodDetailsAchDebitAccountHolderType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for PaymentMethodDetailsAchDebitAccountHolderType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Company => f.write_str("company"),
                Self::Individual => f.write_str("individual"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodDetailsAchDebitAccountHolderType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "company" => Ok(Self::Company),
                "individual" => Ok(Self::Individual),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str>
    for PaymentMethodDetailsAchDebitAccountHolderType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for PaymentMethodDetailsAchDebitAccountHolderType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PaymentMethodDetailsAlipay`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PaymentMethodDetailsAlipay(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for PaymentMethodDetailsAlipay {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<PaymentMethodDetailsAlipay>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: PaymentMethodDetailsAlipay) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for PaymentMethodDetailsAlipay {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///`PaymentMethodDetailsBancontact`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsBancontact {
        ///Bank code of bank associated with the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_code: ::std::option::Option<::std::string::String>,
        ///Name of the bank associated with the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_name: ::std::option::Option<::std::string::String>,
        ///Bank Identifier Code of the bank associated with the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bic: ::std::option::Option<::std::string::String>,
        ///Last four characters of the IBAN.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iban_last4: ::std::option::Option<::std::string::String>,
        ///Preferred language of the Bancontact authorization page that the customer is redirected to. Can be one of `en`, `de`, `fr`, or `nl`
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub preferred_language: ::std::option::Option<
            PaymentMethodDetailsBancontactPreferredLanguage,
        >,
        ///Owner's verified full name. Values are verified or provided by Bancontact directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_name: ::std::option::Option<::std::string::String>,
    }
    ///Preferred language of the Bancontact authorization page that the customer is redirected to. Can be one of `en`, `de`, `fr`, or `nl`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum PaymentMethodDetailsBancontactPreferredLanguage {
        #[serde(rename = "de")]
        De,
        #[serde(rename = "en")]
        En,
        #[serde(rename = "fr")]
        Fr,
        #[serde(rename = "nl")]
        Nl,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de>
    for PaymentMethodDetailsBancontactPreferredLanguage {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for PaymentMethodDetailsBancontactPreferredLanguage {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::De => f.write_str("de"),
                Self::En => f.write_str("en"),
                Self::Fr => f.write_str("fr"),
                Self::Nl => f.write_str("nl"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodDetailsBancontactPreferredLanguage {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "de" => Ok(Self::De),
                "en" => Ok(Self::En),
                "fr" => Ok(Self::Fr),
                "nl" => Ok(Self::Nl),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str>
    for PaymentMethodDetailsBancontactPreferredLanguage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for PaymentMethodDetailsBancontactPreferredLanguage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PaymentMethodDetailsCard`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsCard {
        ///Card brand. Can be `amex`, `diners`, `discover`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub brand: ::std::option::Option<::std::string::String>,
        ///Check results by Card networks on Card address and CVC at time of payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub checks: ::std::option::Option<PaymentMethodDetailsCardChecks>,
        ///Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///Two-digit number representing the card's expiration month.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_month: ::std::option::Option<i64>,
        ///Four-digit number representing the card's expiration year.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_year: ::std::option::Option<i64>,
        ///Uniquely identifies this particular card number. You can use this attribute to check whether two customers who've signed up with you are using the same card number, for example.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fingerprint: ::std::option::Option<::std::string::String>,
        ///Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub funding: ::std::option::Option<::std::string::String>,
        ///The last four digits of the card.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last4: ::std::option::Option<::std::string::String>,
        ///Populated if this transaction used 3D Secure authentication.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub three_d_secure: ::std::option::Option<ThreeDSecureDetails>,
        ///If this Card is part of a card wallet, this contains the details of the card wallet.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wallet: ::std::option::Option<PaymentMethodDetailsCardWallet>,
    }
    ///`PaymentMethodDetailsCardChecks`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsCardChecks {
        ///If a address line1 was provided, results of the check, one of 'pass', 'failed', 'unavailable' or 'unchecked'.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_line1_check: ::std::option::Option<::std::string::String>,
        ///If a address postal code was provided, results of the check, one of 'pass', 'failed', 'unavailable' or 'unchecked'.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_postal_code_check: ::std::option::Option<::std::string::String>,
        ///If a CVC was provided, results of the check, one of 'pass', 'failed', 'unavailable' or 'unchecked'.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvc_check: ::std::option::Option<::std::string::String>,
    }
    ///`PaymentMethodDetailsCardPresent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsCardPresent {
        ///Card brand. Can be `amex`, `diners`, `discover`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub brand: ::std::option::Option<::std::string::String>,
        ///Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///Authorization response cryptogram.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub emv_auth_data: ::std::option::Option<::std::string::String>,
        ///Two-digit number representing the card's expiration month.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_month: ::std::option::Option<i64>,
        ///Four-digit number representing the card's expiration year.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_year: ::std::option::Option<i64>,
        ///Uniquely identifies this particular card number. You can use this attribute to check whether two customers who've signed up with you are using the same card number, for example.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fingerprint: ::std::option::Option<::std::string::String>,
        ///Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub funding: ::std::option::Option<::std::string::String>,
        ///ID of a card PaymentMethod generated from the card_present PaymentMethod that may be attached to a Customer for future transactions. Only present if it was possible to generate a card PaymentMethod.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub generated_card: ::std::option::Option<::std::string::String>,
        ///The last four digits of the card.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last4: ::std::option::Option<::std::string::String>,
        ///How were card details read in this transaction. Can be contact_emv, contactless_emv, magnetic_stripe_fallback, magnetic_stripe_track2, or contactless_magstripe_mode
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub read_method: ::std::option::Option<::std::string::String>,
        ///A collection of fields required to be displayed on receipts. Only required for EMV transactions.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receipt: ::std::option::Option<PaymentMethodDetailsCardPresentReceipt>,
    }
    ///`PaymentMethodDetailsCardPresentReceipt`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsCardPresentReceipt {
        ///EMV tag 9F26, cryptogram generated by the integrated circuit chip.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub application_cryptogram: ::std::option::Option<::std::string::String>,
        ///Mnenomic of the Application Identifier.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub application_preferred_name: ::std::option::Option<::std::string::String>,
        ///Identifier for this transaction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorization_code: ::std::option::Option<::std::string::String>,
        ///EMV tag 8A. A code returned by the card issuer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorization_response_code: ::std::option::Option<::std::string::String>,
        ///How the cardholder verified ownership of the card.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cardholder_verification_method: ::std::option::Option<::std::string::String>,
        ///EMV tag 84. Similar to the application identifier stored on the integrated circuit chip.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dedicated_file_name: ::std::option::Option<::std::string::String>,
        ///The outcome of a series of EMV functions performed by the card reader.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub terminal_verification_results: ::std::option::Option<::std::string::String>,
        ///An indication of various EMV functions performed during the transaction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_status_information: ::std::option::Option<::std::string::String>,
    }
    ///`PaymentMethodDetailsCardWallet`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PaymentMethodDetailsCardWallet {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amex_express_checkout: ::std::option::Option<
            PaymentMethodDetailsCardWalletAmexExpressCheckout,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub apple_pay: ::std::option::Option<PaymentMethodDetailsCardWalletApplePay>,
        ///(For tokenized numbers only.) The last four digits of the device account number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dynamic_last4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub google_pay: ::std::option::Option<PaymentMethodDetailsCardWalletGooglePay>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub masterpass: ::std::option::Option<PaymentMethodDetailsCardWalletMasterpass>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub samsung_pay: ::std::option::Option<PaymentMethodDetailsCardWalletSamsungPay>,
        ///The type of the card wallet, one of `amex_express_checkout`, `apple_pay`, `google_pay`, `masterpass`, `samsung_pay`, or `visa_checkout`. An additional hash is included on the Wallet subhash with a name matching this value. It contains additional information specific to the card wallet type.
        #[serde(rename = "type")]
        pub type_: PaymentMethodDetailsCardWalletType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub visa_checkout: ::std::option::Option<
            PaymentMethodDetailsCardWalletVisaCheckout,
        >,
    }
    ///`PaymentMethodDetailsCardWalletAmexExpressCheckout`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PaymentMethodDetailsCardWalletAmexExpressCheckout(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for PaymentMethodDetailsCardWalletAmexExpressCheckout {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<PaymentMethodDetailsCardWalletAmexExpressCheckout>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: PaymentMethodDetailsCardWalletAmexExpressCheckout) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for PaymentMethodDetailsCardWalletAmexExpressCheckout {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///`PaymentMethodDetailsCardWalletApplePay`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PaymentMethodDetailsCardWalletApplePay(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for PaymentMethodDetailsCardWalletApplePay {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<PaymentMethodDetailsCardWalletApplePay>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: PaymentMethodDetailsCardWalletApplePay) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for PaymentMethodDetailsCardWalletApplePay {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///`PaymentMethodDetailsCardWalletGooglePay`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PaymentMethodDetailsCardWalletGooglePay(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for PaymentMethodDetailsCardWalletGooglePay {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<PaymentMethodDetailsCardWalletGooglePay>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: PaymentMethodDetailsCardWalletGooglePay) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for PaymentMethodDetailsCardWalletGooglePay {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///`PaymentMethodDetailsCardWalletMasterpass`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsCardWalletMasterpass {
        ///Owner's verified billing address. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billing_address: ::std::option::Option<Address>,
        ///Owner's verified email. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Owner's verified full name. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Owner's verified shipping address. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shipping_address: ::std::option::Option<Address>,
    }
    ///`PaymentMethodDetailsCardWalletSamsungPay`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PaymentMethodDetailsCardWalletSamsungPay(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for PaymentMethodDetailsCardWalletSamsungPay {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<PaymentMethodDetailsCardWalletSamsungPay>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: PaymentMethodDetailsCardWalletSamsungPay) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for PaymentMethodDetailsCardWalletSamsungPay {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///The type of the card wallet, one of `amex_express_checkout`, `apple_pay`, `google_pay`, `masterpass`, `samsung_pay`, or `visa_checkout`. An additional hash is included on the Wallet subhash with a name matching this value. It contains additional information specific to the card wallet type.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum PaymentMethodDetailsCardWalletType {
        #[serde(rename = "amex_express_checkout")]
        AmexExpressCheckout,
        #[serde(rename = "apple_pay")]
        ApplePay,
        #[serde(rename = "google_pay")]
        GooglePay,
        #[serde(rename = "masterpass")]
        Masterpass,
        #[serde(rename = "samsung_pay")]
        SamsungPay,
        #[serde(rename = "visa_checkout")]
        VisaCheckout,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentMethodDetailsCardWalletType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for PaymentMethodDetailsCardWalletType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::AmexExpressCheckout => f.write_str("amex_express_checkout"),
                Self::ApplePay => f.write_str("apple_pay"),
                Self::GooglePay => f.write_str("google_pay"),
                Self::Masterpass => f.write_str("masterpass"),
                Self::SamsungPay => f.write_str("samsung_pay"),
                Self::VisaCheckout => f.write_str("visa_checkout"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodDetailsCardWalletType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "amex_express_checkout" => Ok(Self::AmexExpressCheckout),
                "apple_pay" => Ok(Self::ApplePay),
                "google_pay" => Ok(Self::GooglePay),
                "masterpass" => Ok(Self::Masterpass),
                "samsung_pay" => Ok(Self::SamsungPay),
                "visa_checkout" => Ok(Self::VisaCheckout),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PaymentMethodDetailsCardWalletType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for PaymentMethodDetailsCardWalletType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PaymentMethodDetailsCardWalletVisaCheckout`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsCardWalletVisaCheckout {
        ///Owner's verified billing address. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billing_address: ::std::option::Option<Address>,
        ///Owner's verified email. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Owner's verified full name. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Owner's verified shipping address. Values are verified or provided by the wallet directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shipping_address: ::std::option::Option<Address>,
    }
    ///`PaymentMethodDetailsEps`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsEps {
        ///Owner's verified full name. Values are verified or provided by EPS directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_name: ::std::option::Option<::std::string::String>,
    }
    ///`PaymentMethodDetailsGiropay`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsGiropay {
        ///Bank code of bank associated with the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_code: ::std::option::Option<::std::string::String>,
        ///Name of the bank associated with the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_name: ::std::option::Option<::std::string::String>,
        ///Bank Identifier Code of the bank associated with the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bic: ::std::option::Option<::std::string::String>,
        ///Owner's verified full name. Values are verified or provided by Giropay directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_name: ::std::option::Option<::std::string::String>,
    }
    ///`PaymentMethodDetailsIdeal`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsIdeal {
        ///The customer's bank. Can be one of `abn_amro`, `asn_bank`, `bunq`, `handelsbanken`, `ing`, `knab`, `moneyou`, `rabobank`, `regiobank`, `sns_bank`, `triodos_bank`, or `van_lanschot`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank: ::std::option::Option<PaymentMethodDetailsIdealBank>,
        ///The Bank Identifier Code of the customer's bank.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bic: ::std::option::Option<PaymentMethodDetailsIdealBic>,
        ///Last four characters of the IBAN.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iban_last4: ::std::option::Option<::std::string::String>,
        ///Owner's verified full name. Values are verified or provided by iDEAL directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_name: ::std::option::Option<::std::string::String>,
    }
    ///The customer's bank. Can be one of `abn_amro`, `asn_bank`, `bunq`, `handelsbanken`, `ing`, `knab`, `moneyou`, `rabobank`, `regiobank`, `sns_bank`, `triodos_bank`, or `van_lanschot`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum PaymentMethodDetailsIdealBank {
        #[serde(rename = "abn_amro")]
        AbnAmro,
        #[serde(rename = "asn_bank")]
        AsnBank,
        #[serde(rename = "bunq")]
        Bunq,
        #[serde(rename = "handelsbanken")]
        Handelsbanken,
        #[serde(rename = "ing")]
        Ing,
        #[serde(rename = "knab")]
        Knab,
        #[serde(rename = "moneyou")]
        Moneyou,
        #[serde(rename = "rabobank")]
        Rabobank,
        #[serde(rename = "regiobank")]
        Regiobank,
        #[serde(rename = "sns_bank")]
        SnsBank,
        #[serde(rename = "triodos_bank")]
        TriodosBank,
        #[serde(rename = "van_lanschot")]
        VanLanschot,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentMethodDetailsIdealBank {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for PaymentMethodDetailsIdealBank {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::AbnAmro => f.write_str("abn_amro"),
                Self::AsnBank => f.write_str("asn_bank"),
                Self::Bunq => f.write_str("bunq"),
                Self::Handelsbanken => f.write_str("handelsbanken"),
                Self::Ing => f.write_str("ing"),
                Self::Knab => f.write_str("knab"),
                Self::Moneyou => f.write_str("moneyou"),
                Self::Rabobank => f.write_str("rabobank"),
                Self::Regiobank => f.write_str("regiobank"),
                Self::SnsBank => f.write_str("sns_bank"),
                Self::TriodosBank => f.write_str("triodos_bank"),
                Self::VanLanschot => f.write_str("van_lanschot"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodDetailsIdealBank {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "abn_amro" => Ok(Self::AbnAmro),
                "asn_bank" => Ok(Self::AsnBank),
                "bunq" => Ok(Self::Bunq),
                "handelsbanken" => Ok(Self::Handelsbanken),
                "ing" => Ok(Self::Ing),
                "knab" => Ok(Self::Knab),
                "moneyou" => Ok(Self::Moneyou),
                "rabobank" => Ok(Self::Rabobank),
                "regiobank" => Ok(Self::Regiobank),
                "sns_bank" => Ok(Self::SnsBank),
                "triodos_bank" => Ok(Self::TriodosBank),
                "van_lanschot" => Ok(Self::VanLanschot),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PaymentMethodDetailsIdealBank {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for PaymentMethodDetailsIdealBank {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The Bank Identifier Code of the customer's bank.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum PaymentMethodDetailsIdealBic {
        #[serde(rename = "ABNANL2A")]
        Abnanl2a,
        #[serde(rename = "ASNBNL21")]
        Asnbnl21,
        #[serde(rename = "BUNQNL2A")]
        Bunqnl2a,
        #[serde(rename = "FVLBNL22")]
        Fvlbnl22,
        #[serde(rename = "HANDNL2A")]
        Handnl2a,
        #[serde(rename = "INGBNL2A")]
        Ingbnl2a,
        #[serde(rename = "KNABNL2H")]
        Knabnl2h,
        #[serde(rename = "MOYONL21")]
        Moyonl21,
        #[serde(rename = "RABONL2U")]
        Rabonl2u,
        #[serde(rename = "RBRBNL21")]
        Rbrbnl21,
        #[serde(rename = "SNSBNL2A")]
        Snsbnl2a,
        #[serde(rename = "TRIONL2U")]
        Trionl2u,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentMethodDetailsIdealBic {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for PaymentMethodDetailsIdealBic {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Abnanl2a => f.write_str("ABNANL2A"),
                Self::Asnbnl21 => f.write_str("ASNBNL21"),
                Self::Bunqnl2a => f.write_str("BUNQNL2A"),
                Self::Fvlbnl22 => f.write_str("FVLBNL22"),
                Self::Handnl2a => f.write_str("HANDNL2A"),
                Self::Ingbnl2a => f.write_str("INGBNL2A"),
                Self::Knabnl2h => f.write_str("KNABNL2H"),
                Self::Moyonl21 => f.write_str("MOYONL21"),
                Self::Rabonl2u => f.write_str("RABONL2U"),
                Self::Rbrbnl21 => f.write_str("RBRBNL21"),
                Self::Snsbnl2a => f.write_str("SNSBNL2A"),
                Self::Trionl2u => f.write_str("TRIONL2U"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for PaymentMethodDetailsIdealBic {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ABNANL2A" => Ok(Self::Abnanl2a),
                "ASNBNL21" => Ok(Self::Asnbnl21),
                "BUNQNL2A" => Ok(Self::Bunqnl2a),
                "FVLBNL22" => Ok(Self::Fvlbnl22),
                "HANDNL2A" => Ok(Self::Handnl2a),
                "INGBNL2A" => Ok(Self::Ingbnl2a),
                "KNABNL2H" => Ok(Self::Knabnl2h),
                "MOYONL21" => Ok(Self::Moyonl21),
                "RABONL2U" => Ok(Self::Rabonl2u),
                "RBRBNL21" => Ok(Self::Rbrbnl21),
                "SNSBNL2A" => Ok(Self::Snsbnl2a),
                "TRIONL2U" => Ok(Self::Trionl2u),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PaymentMethodDetailsIdealBic {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for PaymentMethodDetailsIdealBic {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PaymentMethodDetailsKlarna`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PaymentMethodDetailsKlarna(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for PaymentMethodDetailsKlarna {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<PaymentMethodDetailsKlarna>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: PaymentMethodDetailsKlarna) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for PaymentMethodDetailsKlarna {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///`PaymentMethodDetailsMultibanco`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsMultibanco {
        ///Entity number associated with this Multibanco payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub entity: ::std::option::Option<::std::string::String>,
        ///Reference number associated with this Multibanco payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<::std::string::String>,
    }
    ///`PaymentMethodDetailsP24`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsP24 {
        ///Unique reference for this Przelewy24 payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<::std::string::String>,
        ///Owner's verified full name. Values are verified or provided by Przelewy24 directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_name: ::std::option::Option<::std::string::String>,
    }
    ///`PaymentMethodDetailsSepaDebit`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsSepaDebit {
        ///Bank code of bank associated with the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_code: ::std::option::Option<::std::string::String>,
        ///Branch code of bank associated with the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_code: ::std::option::Option<::std::string::String>,
        ///Two-letter ISO code representing the country the bank account is located in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fingerprint: ::std::option::Option<::std::string::String>,
        ///Last four characters of the IBAN.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last4: ::std::option::Option<::std::string::String>,
        ///ID of the mandate used to make this payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mandate: ::std::option::Option<::std::string::String>,
    }
    ///`PaymentMethodDetailsSofort`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PaymentMethodDetailsSofort {
        ///Bank code of bank associated with the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_code: ::std::option::Option<::std::string::String>,
        ///Name of the bank associated with the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_name: ::std::option::Option<::std::string::String>,
        ///Bank Identifier Code of the bank associated with the bank account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bic: ::std::option::Option<::std::string::String>,
        ///Two-letter ISO code representing the country the bank account is located in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///Last four characters of the IBAN.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iban_last4: ::std::option::Option<::std::string::String>,
        ///Owner's verified full name. Values are verified or provided by SOFORT directly (if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_name: ::std::option::Option<::std::string::String>,
    }
    ///`PaymentMethodDetailsStripeAccount`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PaymentMethodDetailsStripeAccount(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for PaymentMethodDetailsStripeAccount {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<PaymentMethodDetailsStripeAccount>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: PaymentMethodDetailsStripeAccount) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for PaymentMethodDetailsStripeAccount {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///`PaymentMethodDetailsWechat`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PaymentMethodDetailsWechat(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for PaymentMethodDetailsWechat {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<PaymentMethodDetailsWechat>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: PaymentMethodDetailsWechat) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for PaymentMethodDetailsWechat {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///One of: `alipay_account`, `bank_account`, `bitcoin_receiver`, `card`, `source`.
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum PaymentSource {
        AlipayAccount(AlipayAccount),
        BankAccount(BankAccount),
        BitcoinReceiver(BitcoinReceiver),
        Card(Card),
        Source(Source),
    }
    impl crate::runtime::Tagged for PaymentSource {
        const NAME: &'static str = "PaymentSource";
        const OBJECTS: &'static [&'static str] = &[
            "alipay_account",
            "bank_account",
            "bitcoin_receiver",
            "card",
            "source",
        ];
        fn shared(_object: &str) -> bool {
            false
        }
        fn variant<'de, D: ::serde::Deserializer<'de>>(
            object: &str,
            deleted: bool,
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            match (object, deleted) {
                ("alipay_account", _) => {
                    ::serde::Deserialize::deserialize(deserializer)
                        .map(Self::AlipayAccount)
                }
                ("bank_account", _) => {
                    ::serde::Deserialize::deserialize(deserializer)
                        .map(Self::BankAccount)
                }
                ("bitcoin_receiver", _) => {
                    ::serde::Deserialize::deserialize(deserializer)
                        .map(Self::BitcoinReceiver)
                }
                ("card", _) => {
                    ::serde::Deserialize::deserialize(deserializer).map(Self::Card)
                }
                ("source", _) => {
                    ::serde::Deserialize::deserialize(deserializer).map(Self::Source)
                }
                _ => Err(::serde::de::Error::unknown_variant(object, Self::OBJECTS)),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentSource {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_tagged(deserializer)
        }
    }
    impl ::std::convert::From<AlipayAccount> for PaymentSource {
        fn from(value: AlipayAccount) -> Self {
            Self::AlipayAccount(value)
        }
    }
    impl ::std::convert::From<BankAccount> for PaymentSource {
        fn from(value: BankAccount) -> Self {
            Self::BankAccount(value)
        }
    }
    impl ::std::convert::From<BitcoinReceiver> for PaymentSource {
        fn from(value: BitcoinReceiver) -> Self {
            Self::BitcoinReceiver(value)
        }
    }
    impl ::std::convert::From<Card> for PaymentSource {
        fn from(value: Card) -> Self {
            Self::Card(value)
        }
    }
    impl ::std::convert::From<Source> for PaymentSource {
        fn from(value: Source) -> Self {
            Self::Source(value)
        }
    }
    ///`Plan`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Plan {
        ///Whether the plan is currently available for new subscriptions.
        pub active: bool,
        ///Specifies a usage aggregation strategy for plans of `usage_type=metered`. Allowed values are `sum` for summing up all usage during a period, `last_during_period` for picking the last usage record reported within a period, `last_ever` for picking the last usage record ever (across period bounds) or `max` which picks the usage record with the maximum reported usage during a period. Defaults to `sum`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub aggregate_usage: ::std::option::Option<PlanAggregateUsage>,
        ///The amount in %s to be charged on the interval specified.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<i64>,
        ///Same as `amount`, but contains a decimal value with at most 12 decimal places.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_decimal: ::std::option::Option<::std::string::String>,
        ///Describes how to compute the price per period. Either `per_unit` or `tiered`. `per_unit` indicates that the fixed amount (specified in `amount`) will be charged per unit in `quantity` (for plans with `usage_type=licensed`), or per unit of total usage (for plans with `usage_type=metered`). `tiered` indicates that the unit pricing will be computed using a tiering strategy as defined using the `tiers` and `tiers_mode` attributes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billing_scheme: ::std::option::Option<PlanBillingScheme>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        pub currency: ::std::string::String,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///One of `day`, `week`, `month` or `year`. The frequency with which a subscription should be billed.
        pub interval: PlanInterval,
        ///The number of intervals (specified in the `interval` property) between subscription billings. For example, `interval=month` and `interval_count=3` bills every 3 months.
        pub interval_count: i64,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///A brief description of the plan, hidden from customers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nickname: ::std::option::Option<::std::string::String>,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: PlanObject,
        ///The product whose pricing this plan determines.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product: ::std::option::Option<
            crate::Expandable<crate::types::ProductOrDeletedProduct>,
        >,
        ///Each element represents a pricing tier. This parameter requires `billing_scheme` to be set to `tiered`. See also the documentation for `billing_scheme`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tiers: ::std::option::Option<::std::vec::Vec<PlanTier>>,
        ///Defines if the tiering price should be `graduated` or `volume` based. In `volume`-based tiering, the maximum quantity within a period determines the per unit price, in `graduated` tiering pricing can successively change as the quantity grows.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tiers_mode: ::std::option::Option<PlanTiersMode>,
        ///Apply a transformation to the reported usage or set quantity before computing the billed price. Cannot be combined with `tiers`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transform_usage: ::std::option::Option<TransformUsage>,
        ///Default number of trial days when subscribing a customer to this plan using [`trial_from_plan=true`](https://stripe.com/docs/api#create_subscription-trial_from_plan).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trial_period_days: ::std::option::Option<i64>,
        ///Configures how the quantity per period should be determined, can be either `metered` or `licensed`. `licensed` will automatically bill the `quantity` set for a plan when adding it to a subscription, `metered` will aggregate the total usage based on usage records. Defaults to `licensed`.
        pub usage_type: PlanUsageType,
    }
    ///Specifies a usage aggregation strategy for plans of `usage_type=metered`. Allowed values are `sum` for summing up all usage during a period, `last_during_period` for picking the last usage record reported within a period, `last_ever` for picking the last usage record ever (across period bounds) or `max` which picks the usage record with the maximum reported usage during a period. Defaults to `sum`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum PlanAggregateUsage {
        #[serde(rename = "last_during_period")]
        LastDuringPeriod,
        #[serde(rename = "last_ever")]
        LastEver,
        #[serde(rename = "max")]
        Max,
        #[serde(rename = "sum")]
        Sum,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for PlanAggregateUsage {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for PlanAggregateUsage {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::LastDuringPeriod => f.write_str("last_during_period"),
                Self::LastEver => f.write_str("last_ever"),
                Self::Max => f.write_str("max"),
                Self::Sum => f.write_str("sum"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for PlanAggregateUsage {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "last_during_period" => Ok(Self::LastDuringPeriod),
                "last_ever" => Ok(Self::LastEver),
                "max" => Ok(Self::Max),
                "sum" => Ok(Self::Sum),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PlanAggregateUsage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PlanAggregateUsage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Describes how to compute the price per period. Either `per_unit` or `tiered`. `per_unit` indicates that the fixed amount (specified in `amount`) will be charged per unit in `quantity` (for plans with `usage_type=licensed`), or per unit of total usage (for plans with `usage_type=metered`). `tiered` indicates that the unit pricing will be computed using a tiering strategy as defined using the `tiers` and `tiers_mode` attributes.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum PlanBillingScheme {
        #[serde(rename = "per_unit")]
        PerUnit,
        #[serde(rename = "tiered")]
        Tiered,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for PlanBillingScheme {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for PlanBillingScheme {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::PerUnit => f.write_str("per_unit"),
                Self::Tiered => f.write_str("tiered"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for PlanBillingScheme {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "per_unit" => Ok(Self::PerUnit),
                "tiered" => Ok(Self::Tiered),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PlanBillingScheme {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PlanBillingScheme {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///One of `day`, `week`, `month` or `year`. The frequency with which a subscription should be billed.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum PlanInterval {
        #[serde(rename = "day")]
        Day,
        #[serde(rename = "month")]
        Month,
        #[serde(rename = "week")]
        Week,
        #[serde(rename = "year")]
        Year,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for PlanInterval {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for PlanInterval {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Day => f.write_str("day"),
                Self::Month => f.write_str("month"),
                Self::Week => f.write_str("week"),
                Self::Year => f.write_str("year"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for PlanInterval {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "day" => Ok(Self::Day),
                "month" => Ok(Self::Month),
                "week" => Ok(Self::Week),
                "year" => Ok(Self::Year),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PlanInterval {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PlanInterval {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum PlanObject {
        #[serde(rename = "plan")]
        Plan,
    }
    impl ::std::fmt::Display for PlanObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Plan => f.write_str("plan"),
            }
        }
    }
    impl ::std::str::FromStr for PlanObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "plan" => Ok(Self::Plan),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PlanObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PlanObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PlanTier`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PlanTier {
        ///Price for the entire tier.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flat_amount: ::std::option::Option<i64>,
        ///Same as `flat_amount`, but contains a decimal value with at most 12 decimal places.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flat_amount_decimal: ::std::option::Option<::std::string::String>,
        ///Per unit price for units relevant to the tier.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit_amount: ::std::option::Option<i64>,
        ///Same as `unit_amount`, but contains a decimal value with at most 12 decimal places.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit_amount_decimal: ::std::option::Option<::std::string::String>,
        ///Up to and including to this quantity will be contained in the tier.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub up_to: ::std::option::Option<i64>,
    }
    ///Defines if the tiering price should be `graduated` or `volume` based. In `volume`-based tiering, the maximum quantity within a period determines the per unit price, in `graduated` tiering pricing can successively change as the quantity grows.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum PlanTiersMode {
        #[serde(rename = "graduated")]
        Graduated,
        #[serde(rename = "volume")]
        Volume,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for PlanTiersMode {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for PlanTiersMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Graduated => f.write_str("graduated"),
                Self::Volume => f.write_str("volume"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for PlanTiersMode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "graduated" => Ok(Self::Graduated),
                "volume" => Ok(Self::Volume),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PlanTiersMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PlanTiersMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Configures how the quantity per period should be determined, can be either `metered` or `licensed`. `licensed` will automatically bill the `quantity` set for a plan when adding it to a subscription, `metered` will aggregate the total usage based on usage records. Defaults to `licensed`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum PlanUsageType {
        #[serde(rename = "licensed")]
        Licensed,
        #[serde(rename = "metered")]
        Metered,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for PlanUsageType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for PlanUsageType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Licensed => f.write_str("licensed"),
                Self::Metered => f.write_str("metered"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for PlanUsageType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "licensed" => Ok(Self::Licensed),
                "metered" => Ok(Self::Metered),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PlanUsageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PlanUsageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A good for sale: its name, caption, description, images and whether it ships.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Product {
        ///Whether the product is currently available for purchase.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///A list of up to 5 attributes that each SKU can provide values for (e.g., `["color", "size"]`). Only applicable to products of `type=good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///A short one-line description of the product, meant to be displayable to the customer. Only applicable to products of `type=good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caption: ::std::option::Option<::std::string::String>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///An array of connect application identifiers that cannot purchase this product. Only applicable to products of `type=good`.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub deactivate_on: ::std::vec::Vec<::std::string::String>,
        ///The product's description, meant to be displayable to the customer. Only applicable to products of `type=good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///A list of up to 8 URLs of images for this product, meant to be displayable to the customer. Only applicable to products of `type=good`.
        pub images: ::std::vec::Vec<::std::string::String>,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The product's name, meant to be displayable to the customer. Applicable to both `service` and `good` types.
        pub name: ::std::string::String,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: ProductObject,
        ///The dimensions of this product for shipping purposes. A SKU associated with this product can override this value by having its own `package_dimensions`. Only applicable to products of `type=good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub package_dimensions: ::std::option::Option<PackageDimensions>,
        ///Whether this product is a shipped good. Only applicable to products of `type=good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shippable: ::std::option::Option<bool>,
        ///Extra information about a product which will appear on your customer's credit card statement. In the case that multiple products are billed at once, the first statement descriptor will be used. Only available on products of type=`service`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor: ::std::option::Option<::std::string::String>,
        ///The type of the product. The product is either of type `good`, which is eligible for use with Orders and SKUs, or `service`, which is eligible for use with Subscriptions and Plans.
        #[serde(rename = "type")]
        pub type_: ProductType,
        ///A label that represents units of this product, such as seat(s), in Stripe and on customers’ receipts and invoices. Only available on products of type=`service`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit_label: ::std::option::Option<::std::string::String>,
        pub updated: crate::Timestamp,
        ///A URL of a publicly-accessible webpage for this product. Only applicable to products of `type=good`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum ProductObject {
        #[serde(rename = "product")]
        Product,
    }
    impl ::std::fmt::Display for ProductObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Product => f.write_str("product"),
            }
        }
    }
    impl ::std::str::FromStr for ProductObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "product" => Ok(Self::Product),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ProductObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ProductObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///One of: `product`, `deleted_product`.
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ProductOrDeletedProduct {
        Product(Product),
        DeletedProduct(DeletedProduct),
    }
    impl crate::runtime::Tagged for ProductOrDeletedProduct {
        const NAME: &'static str = "ProductOrDeletedProduct";
        const OBJECTS: &'static [&'static str] = &["product"];
        fn shared(object: &str) -> bool {
            matches!(object, "product")
        }
        fn variant<'de, D: ::serde::Deserializer<'de>>(
            object: &str,
            deleted: bool,
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            match (object, deleted) {
                ("product", false) => {
                    ::serde::Deserialize::deserialize(deserializer).map(Self::Product)
                }
                ("product", true) => {
                    ::serde::Deserialize::deserialize(deserializer)
                        .map(Self::DeletedProduct)
                }
                _ => Err(::serde::de::Error::unknown_variant(object, Self::OBJECTS)),
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProductOrDeletedProduct {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_tagged(deserializer)
        }
    }
    impl ::std::convert::From<Product> for ProductOrDeletedProduct {
        fn from(value: Product) -> Self {
            Self::Product(value)
        }
    }
    impl ::std::convert::From<DeletedProduct> for ProductOrDeletedProduct {
        fn from(value: DeletedProduct) -> Self {
            Self::DeletedProduct(value)
        }
    }
    ///The type of the product. The product is either of type `good`, which is eligible for use with Orders and SKUs, or `service`, which is eligible for use with Subscriptions and Plans.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum ProductType {
        #[serde(rename = "good")]
        Good,
        #[serde(rename = "service")]
        Service,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for ProductType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for ProductType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Good => f.write_str("good"),
                Self::Service => f.write_str("service"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for ProductType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "good" => Ok(Self::Good),
                "service" => Ok(Self::Service),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ProductType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ProductType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Refund`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Refund {
        ///Amount, in %s.
        pub amount: i64,
        ///Balance transaction that describes the impact on your account balance.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balance_transaction: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///ID of the charge that was refunded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub charge: ::std::option::Option<crate::Expandable<crate::types::Charge>>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        pub currency: ::std::string::String,
        ///An arbitrary string attached to the object. Often useful for displaying to users. (Available on non-card refunds only)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///If the refund failed, this balance transaction describes the adjustment made on your account balance that reverses the initial balance transaction.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failure_balance_transaction: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///If the refund failed, the reason for refund failure if known. Possible values are `lost_or_stolen_card`, `expired_or_canceled_card`, or `unknown`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failure_reason: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: RefundObject,
        ///Reason for the refund. If set, possible values are `duplicate`, `fraudulent`, and `requested_by_customer`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
        ///This is the transaction number that appears on email receipts sent for this refund.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receipt_number: ::std::option::Option<::std::string::String>,
        ///The transfer reversal that is associated with the refund. Only present if the charge came from another Stripe account. See the Connect documentation for details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source_transfer_reversal: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///Status of the refund. For credit card refunds, this can be `pending`, `succeeded`, or `failed`. For other types of refunds, it can be `pending`, `succeeded`, `failed`, or `canceled`. Refer to our [refunds](https://stripe.com/docs/refunds#failed-refunds) documentation for more details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///If the accompanying transfer was reversed, the transfer reversal object. Only applicable if the charge was created using the destination parameter.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transfer_reversal: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum RefundObject {
        #[serde(rename = "refund")]
        Refund,
    }
    impl ::std::fmt::Display for RefundObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Refund => f.write_str("refund"),
            }
        }
    }
    impl ::std::str::FromStr for RefundObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "refund" => Ok(Self::Refund),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for RefundObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RefundObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Shipping`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Shipping {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<Address>,
        ///The delivery service that shipped a physical product, such as Fedex, UPS, USPS, etc.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub carrier: ::std::option::Option<::std::string::String>,
        ///Recipient name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Recipient phone (including extension).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///The tracking number for a physical product, obtained from the delivery service. If multiple tracking numbers were generated for this purchase, please separate them with commas.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tracking_number: ::std::option::Option<::std::string::String>,
    }
    ///`ShippingMethod`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ShippingMethod {
        ///A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount for the line item.
        pub amount: i64,
        ///Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        pub currency: ::std::string::String,
        ///The estimated delivery date for the given shipping method. Can be either a specific date or a range.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delivery_estimate: ::std::option::Option<DeliveryEstimate>,
        ///An arbitrary string attached to the object. Often useful for displaying to users.
        pub description: ::std::string::String,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
    }
    ///Where and to whom to ship, as sent to Stripe.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ShippingParams {
        ///The address to ship to.
        pub address: AddressParams,
        ///The recipient's name.
        pub name: ::std::string::String,
        ///The recipient's phone number, with its extension.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
    }
    impl ShippingParams {
        pub fn builder() -> builder::ShippingParams {
            Default::default()
        }
    }
    ///`Source`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Source {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ach_credit_transfer: ::std::option::Option<SourceTypeAchCreditTransfer>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ach_debit: ::std::option::Option<SourceTypeAchDebit>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alipay: ::std::option::Option<SourceTypeAlipay>,
        ///A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount associated with the source. This is the amount for which the source will be chargeable once ready. Required for `single_use` sources.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bancontact: ::std::option::Option<SourceTypeBancontact>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card: ::std::option::Option<SourceTypeCard>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card_present: ::std::option::Option<SourceTypeCardPresent>,
        ///The client secret of the source. Used for client-side retrieval using a publishable key.
        pub client_secret: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code_verification: ::std::option::Option<SourceCodeVerificationFlow>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) associated with the source. This is the currency for which the source will be chargeable once ready. Required for `single_use` sources.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///The ID of the customer to which this source is attached. This will not be present when the source has not been attached to a customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub eps: ::std::option::Option<SourceTypeEps>,
        ///The authentication `flow` of the source. `flow` is one of `redirect`, `receiver`, `code_verification`, `none`.
        pub flow: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub giropay: ::std::option::Option<SourceTypeGiropay>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ideal: ::std::option::Option<SourceTypeIdeal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub klarna: ::std::option::Option<SourceTypeKlarna>,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<
            ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub multibanco: ::std::option::Option<SourceTypeMultibanco>,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: SourceObject,
        ///Information about the owner of the payment instrument that may be used or required by particular source types.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner: ::std::option::Option<SourceOwner>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub p24: ::std::option::Option<SourceTypeP24>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receiver: ::std::option::Option<SourceReceiverFlow>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect: ::std::option::Option<SourceRedirectFlow>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sepa_debit: ::std::option::Option<SourceTypeSepaDebit>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sofort: ::std::option::Option<SourceTypeSofort>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source_order: ::std::option::Option<SourceOrder>,
        ///Extra information about a source. This will appear on your customer's statement every time you charge the source.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor: ::std::option::Option<::std::string::String>,
        ///The status of the source, one of `canceled`, `chargeable`, `consumed`, `failed`, or `pending`. Only `chargeable` sources can be used to create a charge.
        pub status: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub three_d_secure: ::std::option::Option<SourceTypeThreeDSecure>,
        ///The `type` of the source. The `type` is a payment method, one of `ach_credit_transfer`, `ach_debit`, `alipay`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `multibanco`, `klarna`, `p24`, `sepa_debit`, `sofort`, `three_d_secure`, or `wechat`. An additional hash is included on the source with a name matching this value. It contains additional information specific to the [payment method](https://stripe.com/docs/sources) used.
        #[serde(rename = "type")]
        pub type_: SourceType,
        ///Either `reusable` or `single_use`. Whether this source should be reusable or not. Some source types may or may not be reusable by construction, while others may leave the option at creation. If an incompatible value is passed, an error will be returned.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wechat: ::std::option::Option<SourceTypeWechat>,
    }
    ///`SourceCodeVerificationFlow`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SourceCodeVerificationFlow {
        ///The number of attempts remaining to authenticate the source object with a verification code.
        pub attempts_remaining: i64,
        ///The status of the code verification, either `pending` (awaiting verification, `attempts_remaining` should be greater than 0), `succeeded` (successful verification) or `failed` (failed verification, cannot be verified anymore as `attempts_remaining` should be 0).
        pub status: ::std::string::String,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum SourceObject {
        #[serde(rename = "source")]
        Source,
    }
    impl ::std::fmt::Display for SourceObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Source => f.write_str("source"),
            }
        }
    }
    impl ::std::str::FromStr for SourceObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "source" => Ok(Self::Source),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SourceObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SourceObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SourceOrder`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SourceOrder {
        ///A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount for the order.
        pub amount: i64,
        ///Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
        pub currency: ::std::string::String,
        ///The email address of the customer placing the order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///List of items constituting the order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<::std::vec::Vec<SourceOrderItem>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shipping: ::std::option::Option<Shipping>,
    }
    ///`SourceOrderItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceOrderItem {
        ///The amount (price) for this order item.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<i64>,
        ///This currency of this order item. Required when `amount` is present.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///Human-readable description for this order item.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The quantity of this order item. When type is `sku`, this is the number of instances of the SKU to be ordered.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<i64>,
        ///The type of this order item. Must be `sku`, `tax`, or `shipping`.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    ///`SourceOwner`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceOwner {
        ///Owner's address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<Address>,
        ///Owner's email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Owner's full name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Owner's phone number (including extension).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///Verified owner's address. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_address: ::std::option::Option<Address>,
        ///Verified owner's email address. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_email: ::std::option::Option<::std::string::String>,
        ///Verified owner's full name. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_name: ::std::option::Option<::std::string::String>,
        ///Verified owner's phone number (including extension). Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_phone: ::std::option::Option<::std::string::String>,
    }
    ///`SourceReceiverFlow`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SourceReceiverFlow {
        ///The address of the receiver source. This is the value that should be communicated to the customer to send their funds to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<::std::string::String>,
        ///The total amount that was charged by you. The amount charged is expressed in the source's currency.
        pub amount_charged: i64,
        ///The total amount received by the receiver source. `amount_received = amount_returned + amount_charged` is true at all time. The amount received is expressed in the source's currency.
        pub amount_received: i64,
        ///The total amount that was returned to the customer. The amount returned is expressed in the source's currency.
        pub amount_returned: i64,
        ///Type of refund attribute method, one of `email`, `manual`, or `none`.
        pub refund_attributes_method: ::std::string::String,
        ///Type of refund attribute status, one of `missing`, `requested`, or `available`.
        pub refund_attributes_status: ::std::string::String,
    }
    ///`SourceRedirectFlow`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SourceRedirectFlow {
        ///The failure reason for the redirect, either `user_abort` (the customer aborted or dropped out of the redirect flow), `declined` (the authentication failed or the transaction was declined), or `processing_error` (the redirect failed due to a technical error). Present only if the redirect status is `failed`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub failure_reason: ::std::option::Option<::std::string::String>,
        ///The URL you provide to redirect the customer to after they authenticated their payment.
        pub return_url: ::std::string::String,
        ///The status of the redirect, either `pending` (ready to be used by your customer to authenticate the transaction), `succeeded` (succesful authentication, cannot be reused) or `not_required` (redirect should not be used) or `failed` (failed authentication, cannot be reused).
        pub status: ::std::string::String,
        ///The URL provided to you to redirect a customer to as part of a `redirect` authentication flow.
        pub url: ::std::string::String,
    }
    ///The `type` of the source. The `type` is a payment method, one of `ach_credit_transfer`, `ach_debit`, `alipay`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `multibanco`, `klarna`, `p24`, `sepa_debit`, `sofort`, `three_d_secure`, or `wechat`. An additional hash is included on the source with a name matching this value. It contains additional information specific to the [payment method](https://stripe.com/docs/sources) used.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum SourceType {
        #[serde(rename = "ach_credit_transfer")]
        AchCreditTransfer,
        #[serde(rename = "ach_debit")]
        AchDebit,
        #[serde(rename = "alipay")]
        Alipay,
        #[serde(rename = "bancontact")]
        Bancontact,
        #[serde(rename = "card")]
        Card,
        #[serde(rename = "card_present")]
        CardPresent,
        #[serde(rename = "eps")]
        Eps,
        #[serde(rename = "giropay")]
        Giropay,
        #[serde(rename = "ideal")]
        Ideal,
        #[serde(rename = "klarna")]
        Klarna,
        #[serde(rename = "multibanco")]
        Multibanco,
        #[serde(rename = "p24")]
        P24,
        #[serde(rename = "sepa_debit")]
        SepaDebit,
        #[serde(rename = "sofort")]
        Sofort,
        #[serde(rename = "three_d_secure")]
        ThreeDSecure,
        #[serde(rename = "wechat")]
        Wechat,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for SourceType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for SourceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::AchCreditTransfer => f.write_str("ach_credit_transfer"),
                Self::AchDebit => f.write_str("ach_debit"),
                Self::Alipay => f.write_str("alipay"),
                Self::Bancontact => f.write_str("bancontact"),
                Self::Card => f.write_str("card"),
                Self::CardPresent => f.write_str("card_present"),
                Self::Eps => f.write_str("eps"),
                Self::Giropay => f.write_str("giropay"),
                Self::Ideal => f.write_str("ideal"),
                Self::Klarna => f.write_str("klarna"),
                Self::Multibanco => f.write_str("multibanco"),
                Self::P24 => f.write_str("p24"),
                Self::SepaDebit => f.write_str("sepa_debit"),
                Self::Sofort => f.write_str("sofort"),
                Self::ThreeDSecure => f.write_str("three_d_secure"),
                Self::Wechat => f.write_str("wechat"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for SourceType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ach_credit_transfer" => Ok(Self::AchCreditTransfer),
                "ach_debit" => Ok(Self::AchDebit),
                "alipay" => Ok(Self::Alipay),
                "bancontact" => Ok(Self::Bancontact),
                "card" => Ok(Self::Card),
                "card_present" => Ok(Self::CardPresent),
                "eps" => Ok(Self::Eps),
                "giropay" => Ok(Self::Giropay),
                "ideal" => Ok(Self::Ideal),
                "klarna" => Ok(Self::Klarna),
                "multibanco" => Ok(Self::Multibanco),
                "p24" => Ok(Self::P24),
                "sepa_debit" => Ok(Self::SepaDebit),
                "sofort" => Ok(Self::Sofort),
                "three_d_secure" => Ok(Self::ThreeDSecure),
                "wechat" => Ok(Self::Wechat),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SourceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SourceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SourceTypeAchCreditTransfer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeAchCreditTransfer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fingerprint: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_account_holder_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_account_holder_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_routing_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub routing_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub swift_code: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeAchDebit`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeAchDebit {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fingerprint: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub routing_number: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeAlipay`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeAlipay {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_string: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub native_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeBancontact`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeBancontact {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bic: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iban_last4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub preferred_language: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeCard`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeCard {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_line1_check: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_zip_check: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub brand: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvc_check: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dynamic_last4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_month: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_year: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fingerprint: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub funding: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub three_d_secure: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tokenization_method: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeCardPresent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeCardPresent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub application_cryptogram: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub application_preferred_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorization_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorization_response_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub brand: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvm_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dedicated_file_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub emv_auth_data: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub evidence_customer_signature: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub evidence_transaction_certificate: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_month: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_year: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fingerprint: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub funding: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pos_device_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pos_entry_mode: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub read_method: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reader: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub terminal_verification_results: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_status_information: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeEps`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeEps {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeGiropay`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeGiropay {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bic: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeIdeal`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeIdeal {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bic: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iban_last4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeKlarna`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeKlarna {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub background_image_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_token: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locale: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_later_asset_urls_descriptive: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_later_asset_urls_standard: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_later_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_later_redirect_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_now_asset_urls_descriptive: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_now_asset_urls_standard: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_now_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_now_redirect_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_over_time_asset_urls_descriptive: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_over_time_asset_urls_standard: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_over_time_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_over_time_redirect_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_categories: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchase_country: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchase_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shipping_first_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shipping_last_name: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeMultibanco`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeMultibanco {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub entity: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_account_holder_address_city: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_account_holder_address_country: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_account_holder_address_line1: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_account_holder_address_line2: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_account_holder_address_postal_code: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_account_holder_address_state: ::std::option::Option<
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_account_holder_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_iban: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeP24`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeP24 {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeSepaDebit`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeSepaDebit {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub branch_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fingerprint: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mandate_reference: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mandate_url: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeSofort`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeSofort {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bic: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iban_last4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub preferred_language: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeThreeDSecure`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeThreeDSecure {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_line1_check: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_zip_check: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authenticated: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub brand: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cvc_check: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dynamic_last4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_month: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exp_year: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fingerprint: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub funding: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last4: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub three_d_secure: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tokenization_method: ::std::option::Option<::std::string::String>,
    }
    ///`SourceTypeWechat`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SourceTypeWechat {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prepay_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub qr_code_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor: ::std::option::Option<::std::string::String>,
    }
    ///`StatusTransitions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct StatusTransitions {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub canceled: ::std::option::Option<crate::Timestamp>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fulfiled: ::std::option::Option<crate::Timestamp>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paid: ::std::option::Option<crate::Timestamp>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub returned: ::std::option::Option<crate::Timestamp>,
    }
    ///A Stripe object the connector does not model, kept as JSON.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct StripeObject(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for StripeObject {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<StripeObject>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: StripeObject) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for StripeObject {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///`Subscription`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Subscription {
        ///A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice subtotal that will be transferred to the application owner's Stripe account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub application_fee_percent: ::std::option::Option<f64>,
        ///This field has been renamed to `collection_method` and will be removed in a future API version.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billing: ::std::option::Option<SubscriptionBilling>,
        ///Determines the date of the first full invoice, and, for plans with `month` or `year` intervals, the day of the month for subsequent invoices.
        pub billing_cycle_anchor: crate::Timestamp,
        ///Define thresholds at which an invoice will be sent, and the subscription advanced to a new billing period
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billing_thresholds: ::std::option::Option<SubscriptionBillingThresholds>,
        ///A date in the future at which the subscription will automatically get canceled
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cancel_at: ::std::option::Option<crate::Timestamp>,
        ///If the subscription has been canceled with the `at_period_end` flag set to `true`, `cancel_at_period_end` on the subscription will be true. You can use this attribute to determine whether a subscription that has a status of active is scheduled to be canceled at the end of the current period.
        pub cancel_at_period_end: bool,
        ///If the subscription has been canceled, the date of that cancellation. If the subscription was canceled with `cancel_at_period_end`, `canceled_at` will still reflect the date of the initial cancellation request, not the end of the subscription period when the subscription is automatically moved to a canceled state.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub canceled_at: ::std::option::Option<crate::Timestamp>,
        ///Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay this subscription at the end of the cycle using the default source attached to the customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub collection_method: ::std::option::Option<SubscriptionCollectionMethod>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///End of the current period that the subscription has been invoiced for. At the end of this period, a new invoice will be created.
        pub current_period_end: crate::Timestamp,
        ///Start of the current period that the subscription has been invoiced for.
        pub current_period_start: crate::Timestamp,
        ///ID of the customer who owns the subscription.
        pub customer: crate::Expandable<crate::types::CustomerOrDeletedCustomer>,
        ///Number of days a customer has to pay invoices generated by this subscription. This value will be `null` for subscriptions where `collection_method=charge_automatically`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub days_until_due: ::std::option::Option<i64>,
        ///ID of the default payment method for the subscription. It must belong to the customer associated with the subscription. If not set, invoices will use the default payment method in the customer's invoice settings.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_payment_method: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///ID of the default payment source for the subscription. It must belong to the customer associated with the subscription and be in a chargeable state. If not set, defaults to the customer's default source.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_source: ::std::option::Option<
            crate::Expandable<crate::types::PaymentSource>,
        >,
        ///The tax rates that will apply to any subscription item that does not have `tax_rates` set. Invoices created will have their `default_tax_rates` populated from the subscription.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_tax_rates: ::std::option::Option<::std::vec::Vec<TaxRate>>,
        ///Describes the current discount applied to this subscription, if there is one. When billing, a discount applied to a subscription overrides a discount applied on a customer-wide basis.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub discount: ::std::option::Option<Discount>,
        ///If the subscription has ended, the date the subscription ended.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ended_at: ::std::option::Option<crate::Timestamp>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        pub items: SubscriptionItems,
        ///The most recent invoice this subscription has generated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub latest_invoice: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: SubscriptionObject,
        ///You can use this [SetupIntent](https://stripe.com/docs/api/setup_intents) to collect user authentication when creating a subscription without immediate payment or updating a subscription's payment method, allowing you to optimize for off-session payments. Learn more in the [SCA Migration Guide](https://stripe.com/docs/billing/migration/strong-customer-authentication#scenario-2).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pending_setup_intent: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///Hash describing the plan the customer is subscribed to. Only set if the subscription contains a single plan.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub plan: ::std::option::Option<Plan>,
        ///The quantity of the plan to which the customer is subscribed. For example, if your plan is $10/user/month, and your customer has 5 users, you could pass 5 as the quantity to have the customer charged $50 (5 x $10) monthly. Only set if the subscription contains a single plan.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<i64>,
        ///The schedule attached to the subscription
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schedule: ::std::option::Option<
            crate::Expandable<crate::types::StripeObject>,
        >,
        ///Date of the last substantial change to this subscription. For example, a change to the items array, or a change of status, will reset this timestamp.
        pub start: crate::Timestamp,
        ///Date when the subscription was first created. The date might differ from the `created` date due to backdating.
        pub start_date: crate::Timestamp,
        ///Possible values are `incomplete`, `incomplete_expired`, `trialing`, `active`, `past_due`, `canceled`, or `unpaid`. For `collection_method=charge_automatically` a subscription moves into `incomplete` if the initial payment attempt fails. A subscription in this state can only have metadata and default_source updated. Once the first invoice is paid, the subscription moves into an `active` state. If the first invoice is not paid within 23 hours, the subscription transitions to `incomplete_expired`. This is a terminal state, the open invoice will be voided and no further invoices will be generated. A subscription that is currently in a trial period is `trialing` and moves to `active` when the trial period is over. If subscription `collection_method=charge_automatically` it becomes `past_due` when payment to renew it fails and `canceled` or `unpaid` (depending on your subscriptions settings) when Stripe has exhausted all payment retry attempts. If subscription `collection_method=send_invoice` it becomes `past_due` when its invoice is not paid by the due date, and `canceled` or `unpaid` if it is still not paid by an additional deadline after that. Note that when a subscription has a status of `unpaid`, no subsequent invoices will be attempted (invoices will be created, but then immediately automatically closed). After receiving updated payment information from a customer, you may choose to reopen and pay their closed invoices.
        pub status: SubscriptionStatus,
        ///If provided, each invoice created by this subscription will apply the tax rate, increasing the amount billed to the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_percent: ::std::option::Option<f64>,
        ///If the subscription has a trial, the end of that trial.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trial_end: ::std::option::Option<crate::Timestamp>,
        ///If the subscription has a trial, the beginning of that trial.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trial_start: ::std::option::Option<crate::Timestamp>,
    }
    ///This field has been renamed to `collection_method` and will be removed in a future API version.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum SubscriptionBilling {
        #[serde(rename = "charge_automatically")]
        ChargeAutomatically,
        #[serde(rename = "send_invoice")]
        SendInvoice,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for SubscriptionBilling {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for SubscriptionBilling {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::ChargeAutomatically => f.write_str("charge_automatically"),
                Self::SendInvoice => f.write_str("send_invoice"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for SubscriptionBilling {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "charge_automatically" => Ok(Self::ChargeAutomatically),
                "send_invoice" => Ok(Self::SendInvoice),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SubscriptionBilling {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SubscriptionBilling {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SubscriptionBillingThresholds`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SubscriptionBillingThresholds {
        ///Monetary threshold that triggers the subscription to create an invoice
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_gte: ::std::option::Option<i64>,
        ///Indicates if the `billing_cycle_anchor` should be reset when a threshold is reached. If true, `billing_cycle_anchor` will be updated to the date/time the threshold was last reached; otherwise, the value will remain unchanged. This value may not be `true` if the subscription contains items with plans that have `aggregate_usage=last_ever`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reset_billing_cycle_anchor: ::std::option::Option<bool>,
    }
    ///Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay this subscription at the end of the cycle using the default source attached to the customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum SubscriptionCollectionMethod {
        #[serde(rename = "charge_automatically")]
        ChargeAutomatically,
        #[serde(rename = "send_invoice")]
        SendInvoice,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for SubscriptionCollectionMethod {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for SubscriptionCollectionMethod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::ChargeAutomatically => f.write_str("charge_automatically"),
                Self::SendInvoice => f.write_str("send_invoice"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for SubscriptionCollectionMethod {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "charge_automatically" => Ok(Self::ChargeAutomatically),
                "send_invoice" => Ok(Self::SendInvoice),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SubscriptionCollectionMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SubscriptionCollectionMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SubscriptionItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SubscriptionItem {
        ///Define thresholds at which an invoice will be sent, and the related subscription advanced to a new billing period
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billing_thresholds: ::std::option::Option<SubscriptionItemBillingThresholds>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: i64,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: SubscriptionItemObject,
        pub plan: Plan,
        ///The [quantity](https://stripe.com/docs/subscriptions/quantities) of the plan to which the customer should be subscribed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<i64>,
        ///The `subscription` this `subscription_item` belongs to.
        pub subscription: ::std::string::String,
        ///The tax rates which apply to this `subscription_item`. When set, the `default_tax_rates` on the subscription do not apply to this `subscription_item`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_rates: ::std::option::Option<::std::vec::Vec<TaxRate>>,
    }
    ///`SubscriptionItemBillingThresholds`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SubscriptionItemBillingThresholds {
        ///Usage threshold that triggers the subscription to create an invoice
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage_gte: ::std::option::Option<i64>,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum SubscriptionItemObject {
        #[serde(rename = "subscription_item")]
        SubscriptionItem,
    }
    impl ::std::fmt::Display for SubscriptionItemObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::SubscriptionItem => f.write_str("subscription_item"),
            }
        }
    }
    impl ::std::str::FromStr for SubscriptionItemObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "subscription_item" => Ok(Self::SubscriptionItem),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SubscriptionItemObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SubscriptionItemObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///List of subscription items, each with an attached plan.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SubscriptionItems {
        pub data: ::std::vec::Vec<SubscriptionItem>,
        ///True if this list has another page of items after this one that can be fetched.
        pub has_more: bool,
        ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
        pub object: SubscriptionItemsObject,
        ///The number of objects in the whole list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i64>,
        ///The URL where this list can be accessed.
        pub url: ::std::string::String,
    }
    ///String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
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
    pub enum SubscriptionItemsObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for SubscriptionItemsObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for SubscriptionItemsObject {
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
    impl ::std::convert::TryFrom<&str> for SubscriptionItemsObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SubscriptionItemsObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum SubscriptionObject {
        #[serde(rename = "subscription")]
        Subscription,
    }
    impl ::std::fmt::Display for SubscriptionObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Subscription => f.write_str("subscription"),
            }
        }
    }
    impl ::std::str::FromStr for SubscriptionObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "subscription" => Ok(Self::Subscription),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SubscriptionObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SubscriptionObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Possible values are `incomplete`, `incomplete_expired`, `trialing`, `active`, `past_due`, `canceled`, or `unpaid`. For `collection_method=charge_automatically` a subscription moves into `incomplete` if the initial payment attempt fails. A subscription in this state can only have metadata and default_source updated. Once the first invoice is paid, the subscription moves into an `active` state. If the first invoice is not paid within 23 hours, the subscription transitions to `incomplete_expired`. This is a terminal state, the open invoice will be voided and no further invoices will be generated. A subscription that is currently in a trial period is `trialing` and moves to `active` when the trial period is over. If subscription `collection_method=charge_automatically` it becomes `past_due` when payment to renew it fails and `canceled` or `unpaid` (depending on your subscriptions settings) when Stripe has exhausted all payment retry attempts. If subscription `collection_method=send_invoice` it becomes `past_due` when its invoice is not paid by the due date, and `canceled` or `unpaid` if it is still not paid by an additional deadline after that. Note that when a subscription has a status of `unpaid`, no subsequent invoices will be attempted (invoices will be created, but then immediately automatically closed). After receiving updated payment information from a customer, you may choose to reopen and pay their closed invoices.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum SubscriptionStatus {
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "canceled")]
        Canceled,
        #[serde(rename = "incomplete")]
        Incomplete,
        #[serde(rename = "incomplete_expired")]
        IncompleteExpired,
        #[serde(rename = "past_due")]
        PastDue,
        #[serde(rename = "trialing")]
        Trialing,
        #[serde(rename = "unpaid")]
        Unpaid,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for SubscriptionStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for SubscriptionStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Active => f.write_str("active"),
                Self::Canceled => f.write_str("canceled"),
                Self::Incomplete => f.write_str("incomplete"),
                Self::IncompleteExpired => f.write_str("incomplete_expired"),
                Self::PastDue => f.write_str("past_due"),
                Self::Trialing => f.write_str("trialing"),
                Self::Unpaid => f.write_str("unpaid"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for SubscriptionStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "active" => Ok(Self::Active),
                "canceled" => Ok(Self::Canceled),
                "incomplete" => Ok(Self::Incomplete),
                "incomplete_expired" => Ok(Self::IncompleteExpired),
                "past_due" => Ok(Self::PastDue),
                "trialing" => Ok(Self::Trialing),
                "unpaid" => Ok(Self::Unpaid),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SubscriptionStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SubscriptionStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`TaxId`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TaxId {
        ///Two-letter ISO code representing the country of the tax ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///ID of the customer.
        pub customer: crate::Expandable<crate::types::Customer>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: TaxIdObject,
        ///Type of the tax ID, one of `au_abn`, `ch_vat`, `eu_vat`, `in_gst`, `no_vat`, `nz_gst`, `unknown`, or `za_vat`
        #[serde(rename = "type")]
        pub type_: TaxIdType,
        ///Value of the tax ID.
        pub value: ::std::string::String,
        pub verification: TaxIdVerification,
    }
    ///A tax id of a customer, with its type and value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TaxIdDataParams {
        ///The type of the tax ID, such as `eu_vat`.
        #[serde(rename = "type")]
        pub type_: TaxIdDataParamsType,
        ///The value of the tax ID.
        pub value: ::std::string::String,
    }
    impl TaxIdDataParams {
        pub fn builder() -> builder::TaxIdDataParams {
            Default::default()
        }
    }
    ///The type of the tax ID, such as `eu_vat`.
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
    pub enum TaxIdDataParamsType {
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
    impl ::std::fmt::Display for TaxIdDataParamsType {
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
    impl ::std::str::FromStr for TaxIdDataParamsType {
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
    impl ::std::convert::TryFrom<&str> for TaxIdDataParamsType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TaxIdDataParamsType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum TaxIdObject {
        #[serde(rename = "tax_id")]
        TaxId,
    }
    impl ::std::fmt::Display for TaxIdObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::TaxId => f.write_str("tax_id"),
            }
        }
    }
    impl ::std::str::FromStr for TaxIdObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "tax_id" => Ok(Self::TaxId),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TaxIdObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TaxIdObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Type of the tax ID, one of `au_abn`, `ch_vat`, `eu_vat`, `in_gst`, `no_vat`, `nz_gst`, `unknown`, or `za_vat`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum TaxIdType {
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
        #[serde(rename = "unknown")]
        Unknown,
        #[serde(rename = "za_vat")]
        ZaVat,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for TaxIdType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for TaxIdType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::AuAbn => f.write_str("au_abn"),
                Self::ChVat => f.write_str("ch_vat"),
                Self::EuVat => f.write_str("eu_vat"),
                Self::InGst => f.write_str("in_gst"),
                Self::NoVat => f.write_str("no_vat"),
                Self::NzGst => f.write_str("nz_gst"),
                Self::Unknown => f.write_str("unknown"),
                Self::ZaVat => f.write_str("za_vat"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for TaxIdType {
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
                "unknown" => Ok(Self::Unknown),
                "za_vat" => Ok(Self::ZaVat),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TaxIdType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TaxIdType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`TaxIdVerification`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TaxIdVerification {
        ///Verification status, one of `pending`, `unavailable`, `unverified`, or `verified`.
        pub status: TaxIdVerificationStatus,
        ///Verified address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_address: ::std::option::Option<::std::string::String>,
        ///Verified name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_name: ::std::option::Option<::std::string::String>,
    }
    ///Verification status, one of `pending`, `unavailable`, `unverified`, or `verified`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum TaxIdVerificationStatus {
        #[serde(rename = "pending")]
        Pending,
        #[serde(rename = "unavailable")]
        Unavailable,
        #[serde(rename = "unverified")]
        Unverified,
        #[serde(rename = "verified")]
        Verified,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for TaxIdVerificationStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for TaxIdVerificationStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Pending => f.write_str("pending"),
                Self::Unavailable => f.write_str("unavailable"),
                Self::Unverified => f.write_str("unverified"),
                Self::Verified => f.write_str("verified"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for TaxIdVerificationStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "pending" => Ok(Self::Pending),
                "unavailable" => Ok(Self::Unavailable),
                "unverified" => Ok(Self::Unverified),
                "verified" => Ok(Self::Verified),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TaxIdVerificationStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TaxIdVerificationStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`TaxInfo`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TaxInfo {
        ///The customer's tax ID number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_id: ::std::option::Option<::std::string::String>,
        ///The type of ID number.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    ///Deprecated tax information of a customer, as sent to Stripe.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TaxInfoParams {
        ///The customer's tax ID number.
        pub tax_id: ::std::string::String,
        ///The type of the tax ID number; always `vat`.
        #[serde(rename = "type")]
        pub type_: TaxInfoParamsType,
    }
    impl TaxInfoParams {
        pub fn builder() -> builder::TaxInfoParams {
            Default::default()
        }
    }
    ///The type of the tax ID number; always `vat`.
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
    pub enum TaxInfoParamsType {
        #[serde(rename = "vat")]
        Vat,
    }
    impl ::std::fmt::Display for TaxInfoParamsType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Vat => f.write_str("vat"),
            }
        }
    }
    impl ::std::str::FromStr for TaxInfoParamsType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "vat" => Ok(Self::Vat),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TaxInfoParamsType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TaxInfoParamsType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`TaxInfoVerification`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TaxInfoVerification {
        ///The state of verification for this customer. Possible values are `unverified`, `pending`, or `verified`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///The official name associated with the tax ID returned from the external provider.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified_name: ::std::option::Option<::std::string::String>,
    }
    ///`TaxRate`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TaxRate {
        ///Defaults to `true`. When set to `false`, this tax rate cannot be applied to objects in the API, but will still be applied to subscriptions and invoices that already have it set.
        pub active: bool,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///An arbitrary string attached to the tax rate for your internal use only. It will not be visible to your customers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The display name of the tax rates as it will appear to your customer on their receipt email, PDF, and the hosted invoice page.
        pub display_name: ::std::string::String,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///This specifies if the tax rate is inclusive or exclusive.
        pub inclusive: bool,
        ///The jurisdiction for the tax rate.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jurisdiction: ::std::option::Option<::std::string::String>,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: TaxRateObject,
        ///This represents the tax rate percent out of 100.
        pub percentage: f64,
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum TaxRateObject {
        #[serde(rename = "tax_rate")]
        TaxRate,
    }
    impl ::std::fmt::Display for TaxRateObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::TaxRate => f.write_str("tax_rate"),
            }
        }
    }
    impl ::std::str::FromStr for TaxRateObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "tax_rate" => Ok(Self::TaxRate),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TaxRateObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TaxRateObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ThreeDSecureDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ThreeDSecureDetails {
        ///Whether or not authentication was performed. 3D Secure will succeed without authentication when the card is not enrolled.
        pub authenticated: bool,
        ///Whether or not 3D Secure succeeded.
        pub succeeded: bool,
        ///The version of 3D Secure that was used for this payment.
        pub version: ::std::string::String,
    }
    ///`TransformUsage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TransformUsage {
        ///Divide usage by this number.
        pub divide_by: i64,
        ///After division, either round the result `up` or `down`.
        pub round: TransformUsageRound,
    }
    ///After division, either round the result `up` or `down`.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum TransformUsageRound {
        #[serde(rename = "down")]
        Down,
        #[serde(rename = "up")]
        Up,
        /// A value this spec does not list (one Stripe added later), as Stripe sent it.
        #[serde(untagged)]
        Other(::std::string::String),
    }
    impl<'de> ::serde::Deserialize<'de> for TransformUsageRound {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::runtime::deserialize_open_enum(deserializer)
        }
    }
    impl ::std::fmt::Display for TransformUsageRound {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Down => f.write_str("down"),
                Self::Up => f.write_str("up"),
                Self::Other(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for TransformUsageRound {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "down" => Ok(Self::Down),
                "up" => Ok(Self::Up),
                _ => Ok(Self::Other(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TransformUsageRound {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TransformUsageRound {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The customer fields to change; fields left out keep their value.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateCustomerParams {
        ///This field has been renamed to `balance` and will be removed in a future API version.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_balance: ::std::option::Option<i64>,
        ///The customer's address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<
            crate::Clearable<crate::types::AddressParams>,
        >,
        ///An integer amount in %s that represents the customer's current balance, which affect the customer's future invoices. A negative amount represents a credit that decreases the amount due on an invoice; a positive amount increases the amount due on an invoice.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balance: ::std::option::Option<i64>,
        ///Either a token, like the ones returned by [Stripe.js](https://stripe.com/docs/stripe.js), or a dictionary containing a user's bank account details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_account: ::std::option::Option<::std::string::String>,
        ///A token, like the ones returned by [Stripe.js](https://stripe.com/docs/stripe.js).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card: ::std::option::Option<::std::string::String>,
        ///The code of a coupon to apply to the customer's recurring charges.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub coupon: ::std::option::Option<::std::string::String>,
        ///ID of Alipay account to make the customer's new default for invoice payments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_alipay_account: ::std::option::Option<::std::string::String>,
        ///ID of bank account to make the customer's new default for invoice payments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_bank_account: ::std::option::Option<::std::string::String>,
        ///ID of card to make the customer's new default for invoice payments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_card: ::std::option::Option<::std::string::String>,
        ///Provide the ID of a payment source already attached to this customer to make it this customer's default payment source. If you want to add a new payment source and make it the default, see the [source](https://stripe.com/docs/api/customers/update#update_customer-source) property.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_source: ::std::option::Option<::std::string::String>,
        ///An arbitrary string that you can attach to a customer object. It is displayed alongside the customer in the dashboard.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Customer's email address. It's displayed alongside the customer in your dashboard and can be useful for searching and tracking. This may be up to *512 characters*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Specifies which fields in the response should be expanded.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub expand: ::std::vec::Vec<::std::string::String>,
        ///The prefix for the customer used to generate unique invoice numbers. Must be 3–12 uppercase letters or numbers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_prefix: ::std::option::Option<::std::string::String>,
        ///Default invoice settings for this customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_settings: ::std::option::Option<InvoiceSettingsParams>,
        ///A set of key-value pairs that you can attach to a customer object. It can be useful for storing additional information about the customer in a structured format.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The customer's full name or business name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The customer's phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///Customer's preferred languages, ordered by preference.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub preferred_locales: ::std::vec::Vec<::std::string::String>,
        ///The customer's shipping information. Appears on invoices emailed to this customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shipping: ::std::option::Option<
            crate::Clearable<crate::types::ShippingParams>,
        >,
        ///A payment source for the customer, such as the token `tok_visa`; it replaces the customer's default source.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<::std::string::String>,
        ///The customer's tax exemption. One of `none`, `exempt`, or `reverse`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_exempt: ::std::option::Option<
            crate::Clearable<crate::types::UpdateCustomerParamsTaxExempt>,
        >,
        ///The customer's tax information. Appears on invoices emailed to this customer. This parameter has been deprecated and will be removed in a future API version, for further information view the [migration guide](https://stripe.com/docs/billing/migration/taxes#moving-from-taxinfo-to-customer-tax-ids).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_info: ::std::option::Option<TaxInfoParams>,
        ///Unix timestamp representing the end of the trial period the customer will get before being charged for the first time. This will always overwrite any trials that might apply via a subscribed plan. If set, trial_end will override the default trial period of the plan the customer is being subscribed to. The special value `now` can be provided to end the customer's trial immediately. Can be at most two years from `billing_cycle_anchor`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trial_end: ::std::option::Option<crate::Timestamp>,
    }
    impl UpdateCustomerParams {
        pub fn builder() -> builder::UpdateCustomerParams {
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
    pub enum UpdateCustomerParamsTaxExempt {
        #[serde(rename = "exempt")]
        Exempt,
        #[serde(rename = "none")]
        None,
        #[serde(rename = "reverse")]
        Reverse,
    }
    impl ::std::fmt::Display for UpdateCustomerParamsTaxExempt {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Exempt => f.write_str("exempt"),
                Self::None => f.write_str("none"),
                Self::Reverse => f.write_str("reverse"),
            }
        }
    }
    impl ::std::str::FromStr for UpdateCustomerParamsTaxExempt {
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
    impl ::std::convert::TryFrom<&str> for UpdateCustomerParamsTaxExempt {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateCustomerParamsTaxExempt {
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
        ///A list of up to 5 alphanumeric attributes that each SKU can provide values for (e.g., `["color", "size"]`). If a value for `attributes` is specified, the list specified will replace the existing attributes list on this product. Any attributes not present after the update will be deleted from the SKUs for this product.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<
            crate::Clearable<::std::vec::Vec<::std::string::String>>,
        >,
        ///A short one-line description of the product, meant to be displayable to the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caption: ::std::option::Option<::std::string::String>,
        ///An array of Connect application names or identifiers that should not be able to order the SKUs for this product.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub deactivate_on: ::std::vec::Vec<::std::string::String>,
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
        ///A set of key-value pairs that you can attach to a product object. It can be useful for storing additional information about the product in a structured format.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub metadata: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The product's name, meant to be displayable to the customer. Applicable to both `service` and `good` types.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The dimensions of this product for shipping purposes. A SKU associated with this product can override this value by having its own `package_dimensions`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub package_dimensions: ::std::option::Option<
            crate::Clearable<crate::types::PackageDimensionsParams>,
        >,
        ///Whether this product is shipped (i.e., physical goods). Defaults to `true`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shippable: ::std::option::Option<bool>,
        ///An arbitrary string to be displayed on your customer's credit card statement. This may be up to 22 characters. The statement description may not include <>"' characters, and will appear on your customer's statement in capital letters. Non-ASCII characters are automatically stripped. While most banks display this information consistently, some may display it incorrectly or not at all. It must contain at least one letter. May only be set if type=`service`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statement_descriptor: ::std::option::Option<::std::string::String>,
        ///A label that represents units of this product, such as seat(s), in Stripe and on customers’ receipts and invoices. Only available on products of type=`service`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit_label: ::std::option::Option<::std::string::String>,
        ///A URL of a publicly-accessible webpage for this product; `""` removes it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl UpdateProductParams {
        pub fn builder() -> builder::UpdateProductParams {
            Default::default()
        }
    }
    ///`WebhookEndpoint`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WebhookEndpoint {
        ///The API version events are rendered as for this webhook endpoint.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_version: ::std::option::Option<::std::string::String>,
        ///The ID of the associated Connect application.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub application: ::std::option::Option<::std::string::String>,
        ///Time at which the object was created. Measured in seconds since the Unix epoch.
        pub created: crate::Timestamp,
        ///The list of events to enable for this endpoint. You may specify `['*']` to enable all events.
        pub enabled_events: ::std::vec::Vec<::std::string::String>,
        ///Unique identifier for the object.
        pub id: ::std::string::String,
        ///Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
        pub livemode: bool,
        ///String representing the object's type. Objects of the same type share the same value.
        pub object: WebhookEndpointObject,
        ///The endpoint's secret, used to generate [webhook signatures](https://stripe.com/docs/webhooks/signatures). Only returned at creation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secret: ::std::option::Option<::std::string::String>,
        ///The status of the webhook. It can be `enabled` or `disabled`.
        pub status: ::std::string::String,
        ///The URL of the webhook endpoint.
        pub url: ::std::string::String,
    }
    ///A page of a list of WebhookEndpoint objects, newest first.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WebhookEndpointList {
        pub data: ::std::vec::Vec<WebhookEndpoint>,
        ///True if this list has another page of items after this one that can be fetched.
        pub has_more: bool,
        ///Always has the value `list`.
        pub object: WebhookEndpointListObject,
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
    pub enum WebhookEndpointListObject {
        #[serde(rename = "list")]
        List,
    }
    impl ::std::fmt::Display for WebhookEndpointListObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::List => f.write_str("list"),
            }
        }
    }
    impl ::std::str::FromStr for WebhookEndpointListObject {
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
    impl ::std::convert::TryFrom<&str> for WebhookEndpointListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookEndpointListObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///String representing the object's type. Objects of the same type share the same value.
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
    pub enum WebhookEndpointObject {
        #[serde(rename = "webhook_endpoint")]
        WebhookEndpoint,
    }
    impl ::std::fmt::Display for WebhookEndpointObject {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::WebhookEndpoint => f.write_str("webhook_endpoint"),
            }
        }
    }
    impl ::std::str::FromStr for WebhookEndpointObject {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "webhook_endpoint" => Ok(Self::WebhookEndpoint),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhookEndpointObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookEndpointObject {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
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
        pub struct CreateCustomerParams {
            account_balance: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            address: ::std::result::Result<
                ::std::option::Option<crate::Clearable<crate::types::AddressParams>>,
                ::std::string::String,
            >,
            balance: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            coupon: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
            invoice_prefix: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_settings: ::std::result::Result<
                ::std::option::Option<super::InvoiceSettingsParams>,
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
            payment_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            preferred_locales: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            shipping: ::std::result::Result<
                ::std::option::Option<crate::Clearable<crate::types::ShippingParams>>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tax_exempt: ::std::result::Result<
                ::std::option::Option<
                    crate::Clearable<crate::types::CreateCustomerParamsTaxExempt>,
                >,
                ::std::string::String,
            >,
            tax_id_data: ::std::result::Result<
                ::std::vec::Vec<super::TaxIdDataParams>,
                ::std::string::String,
            >,
            tax_info: ::std::result::Result<
                ::std::option::Option<super::TaxInfoParams>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateCustomerParams {
            fn default() -> Self {
                Self {
                    account_balance: Ok(Default::default()),
                    address: Ok(Default::default()),
                    balance: Ok(Default::default()),
                    coupon: Ok(Default::default()),
                    description: Ok(Default::default()),
                    email: Ok(Default::default()),
                    expand: Ok(Default::default()),
                    invoice_prefix: Ok(Default::default()),
                    invoice_settings: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Ok(Default::default()),
                    payment_method: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    preferred_locales: Ok(Default::default()),
                    shipping: Ok(Default::default()),
                    source: Ok(Default::default()),
                    tax_exempt: Ok(Default::default()),
                    tax_id_data: Ok(Default::default()),
                    tax_info: Ok(Default::default()),
                }
            }
        }
        impl CreateCustomerParams {
            pub fn account_balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_balance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_balance: {e}"
                        )
                    });
                self
            }
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: crate::ClearableValue<crate::types::AddressParams>,
            {
                self.address = Ok(crate::ClearableValue::into_clearable(value));
                self
            }
            pub fn balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.balance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance: {e}")
                    });
                self
            }
            pub fn coupon<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.coupon = Ok(crate::OptionalString::into_option(value));
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
            pub fn invoice_prefix<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.invoice_prefix = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn invoice_settings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::InvoiceSettingsParams>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_settings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_settings: {e}"
                        )
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
                T: crate::OptionalString,
            {
                self.name = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn payment_method<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.payment_method = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.phone = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn preferred_locales<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.preferred_locales = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for preferred_locales: {e}"
                        )
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
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.source = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn tax_exempt<T>(mut self, value: T) -> Self
            where
                T: crate::ClearableValue<crate::types::CreateCustomerParamsTaxExempt>,
            {
                self.tax_exempt = Ok(crate::ClearableValue::into_clearable(value));
                self
            }
            pub fn tax_id_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TaxIdDataParams>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_id_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_id_data: {e}")
                    });
                self
            }
            pub fn tax_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TaxInfoParams>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_info: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateCustomerParams>
        for super::CreateCustomerParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateCustomerParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_balance: value.account_balance?,
                    address: value.address?,
                    balance: value.balance?,
                    coupon: value.coupon?,
                    description: value.description?,
                    email: value.email?,
                    expand: value.expand?,
                    invoice_prefix: value.invoice_prefix?,
                    invoice_settings: value.invoice_settings?,
                    metadata: value.metadata?,
                    name: value.name?,
                    payment_method: value.payment_method?,
                    phone: value.phone?,
                    preferred_locales: value.preferred_locales?,
                    shipping: value.shipping?,
                    source: value.source?,
                    tax_exempt: value.tax_exempt?,
                    tax_id_data: value.tax_id_data?,
                    tax_info: value.tax_info?,
                })
            }
        }
        impl ::std::convert::From<super::CreateCustomerParams> for CreateCustomerParams {
            fn from(value: super::CreateCustomerParams) -> Self {
                Self {
                    account_balance: Ok(value.account_balance),
                    address: Ok(value.address),
                    balance: Ok(value.balance),
                    coupon: Ok(value.coupon),
                    description: Ok(value.description),
                    email: Ok(value.email),
                    expand: Ok(value.expand),
                    invoice_prefix: Ok(value.invoice_prefix),
                    invoice_settings: Ok(value.invoice_settings),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    payment_method: Ok(value.payment_method),
                    phone: Ok(value.phone),
                    preferred_locales: Ok(value.preferred_locales),
                    shipping: Ok(value.shipping),
                    source: Ok(value.source),
                    tax_exempt: Ok(value.tax_exempt),
                    tax_id_data: Ok(value.tax_id_data),
                    tax_info: Ok(value.tax_info),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateProductParams {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            attributes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            caption: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deactivate_on: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
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
            package_dimensions: ::std::result::Result<
                ::std::option::Option<super::PackageDimensionsParams>,
                ::std::string::String,
            >,
            shippable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            statement_descriptor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::CreateProductParamsType,
                ::std::string::String,
            >,
            unit_label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
                    attributes: Ok(Default::default()),
                    caption: Ok(Default::default()),
                    deactivate_on: Ok(Default::default()),
                    description: Ok(Default::default()),
                    expand: Ok(Default::default()),
                    id: Ok(Default::default()),
                    images: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    package_dimensions: Ok(Default::default()),
                    shippable: Ok(Default::default()),
                    statement_descriptor: Ok(Default::default()),
                    type_: Ok(super::defaults::create_product_params_type()),
                    unit_label: Ok(Default::default()),
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
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
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
            pub fn deactivate_on<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deactivate_on = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deactivate_on: {e}")
                    });
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
            pub fn package_dimensions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PackageDimensionsParams>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.package_dimensions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for package_dimensions: {e}"
                        )
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
            pub fn statement_descriptor<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.statement_descriptor = Ok(
                    crate::OptionalString::into_option(value),
                );
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
            pub fn unit_label<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.unit_label = Ok(crate::OptionalString::into_option(value));
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
                    attributes: value.attributes?,
                    caption: value.caption?,
                    deactivate_on: value.deactivate_on?,
                    description: value.description?,
                    expand: value.expand?,
                    id: value.id?,
                    images: value.images?,
                    metadata: value.metadata?,
                    name: value.name?,
                    package_dimensions: value.package_dimensions?,
                    shippable: value.shippable?,
                    statement_descriptor: value.statement_descriptor?,
                    type_: value.type_?,
                    unit_label: value.unit_label?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::CreateProductParams> for CreateProductParams {
            fn from(value: super::CreateProductParams) -> Self {
                Self {
                    active: Ok(value.active),
                    attributes: Ok(value.attributes),
                    caption: Ok(value.caption),
                    deactivate_on: Ok(value.deactivate_on),
                    description: Ok(value.description),
                    expand: Ok(value.expand),
                    id: Ok(value.id),
                    images: Ok(value.images),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    package_dimensions: Ok(value.package_dimensions),
                    shippable: Ok(value.shippable),
                    statement_descriptor: Ok(value.statement_descriptor),
                    type_: Ok(value.type_),
                    unit_label: Ok(value.unit_label),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateWebhookEndpointParams {
            enabled_events: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateWebhookEndpointParams {
            fn default() -> Self {
                Self {
                    enabled_events: Err(
                        "no value supplied for enabled_events".to_string(),
                    ),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl CreateWebhookEndpointParams {
            pub fn enabled_events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled_events = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enabled_events: {e}"
                        )
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateWebhookEndpointParams>
        for super::CreateWebhookEndpointParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateWebhookEndpointParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled_events: value.enabled_events?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::CreateWebhookEndpointParams>
        for CreateWebhookEndpointParams {
            fn from(value: super::CreateWebhookEndpointParams) -> Self {
                Self {
                    enabled_events: Ok(value.enabled_events),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomFieldParams {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomFieldParams {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl CustomFieldParams {
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
        impl ::std::convert::TryFrom<CustomFieldParams> for super::CustomFieldParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomFieldParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::CustomFieldParams> for CustomFieldParams {
            fn from(value: super::CustomFieldParams) -> Self {
                Self {
                    name: Ok(value.name),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceSettingsParams {
            custom_fields: ::std::result::Result<
                ::std::option::Option<
                    crate::Clearable<::std::vec::Vec<crate::types::CustomFieldParams>>,
                >,
                ::std::string::String,
            >,
            default_payment_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            footer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceSettingsParams {
            fn default() -> Self {
                Self {
                    custom_fields: Ok(Default::default()),
                    default_payment_method: Ok(Default::default()),
                    footer: Ok(Default::default()),
                }
            }
        }
        impl InvoiceSettingsParams {
            pub fn custom_fields<T>(mut self, value: T) -> Self
            where
                T: crate::ClearableValue<
                    ::std::vec::Vec<crate::types::CustomFieldParams>,
                >,
            {
                self.custom_fields = Ok(crate::ClearableValue::into_clearable(value));
                self
            }
            pub fn default_payment_method<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.default_payment_method = Ok(
                    crate::OptionalString::into_option(value),
                );
                self
            }
            pub fn footer<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.footer = Ok(crate::OptionalString::into_option(value));
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceSettingsParams>
        for super::InvoiceSettingsParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceSettingsParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom_fields: value.custom_fields?,
                    default_payment_method: value.default_payment_method?,
                    footer: value.footer?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceSettingsParams>
        for InvoiceSettingsParams {
            fn from(value: super::InvoiceSettingsParams) -> Self {
                Self {
                    custom_fields: Ok(value.custom_fields),
                    default_payment_method: Ok(value.default_payment_method),
                    footer: Ok(value.footer),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PackageDimensionsParams {
            height: ::std::result::Result<f64, ::std::string::String>,
            length: ::std::result::Result<f64, ::std::string::String>,
            weight: ::std::result::Result<f64, ::std::string::String>,
            width: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for PackageDimensionsParams {
            fn default() -> Self {
                Self {
                    height: Err("no value supplied for height".to_string()),
                    length: Err("no value supplied for length".to_string()),
                    weight: Err("no value supplied for weight".to_string()),
                    width: Err("no value supplied for width".to_string()),
                }
            }
        }
        impl PackageDimensionsParams {
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
        impl ::std::convert::TryFrom<PackageDimensionsParams>
        for super::PackageDimensionsParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PackageDimensionsParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    height: value.height?,
                    length: value.length?,
                    weight: value.weight?,
                    width: value.width?,
                })
            }
        }
        impl ::std::convert::From<super::PackageDimensionsParams>
        for PackageDimensionsParams {
            fn from(value: super::PackageDimensionsParams) -> Self {
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
        pub struct TaxIdDataParams {
            type_: ::std::result::Result<
                super::TaxIdDataParamsType,
                ::std::string::String,
            >,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TaxIdDataParams {
            fn default() -> Self {
                Self {
                    type_: Err("no value supplied for type_".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl TaxIdDataParams {
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TaxIdDataParamsType>,
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
        impl ::std::convert::TryFrom<TaxIdDataParams> for super::TaxIdDataParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaxIdDataParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    type_: value.type_?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::TaxIdDataParams> for TaxIdDataParams {
            fn from(value: super::TaxIdDataParams) -> Self {
                Self {
                    type_: Ok(value.type_),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TaxInfoParams {
            tax_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                super::TaxInfoParamsType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TaxInfoParams {
            fn default() -> Self {
                Self {
                    tax_id: Err("no value supplied for tax_id".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl TaxInfoParams {
            pub fn tax_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_id: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TaxInfoParamsType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TaxInfoParams> for super::TaxInfoParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaxInfoParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    tax_id: value.tax_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::TaxInfoParams> for TaxInfoParams {
            fn from(value: super::TaxInfoParams) -> Self {
                Self {
                    tax_id: Ok(value.tax_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateCustomerParams {
            account_balance: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            address: ::std::result::Result<
                ::std::option::Option<crate::Clearable<crate::types::AddressParams>>,
                ::std::string::String,
            >,
            balance: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            bank_account: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            card: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            coupon: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            default_alipay_account: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            default_bank_account: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            default_card: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            default_source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
            invoice_prefix: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_settings: ::std::result::Result<
                ::std::option::Option<super::InvoiceSettingsParams>,
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
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            preferred_locales: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            shipping: ::std::result::Result<
                ::std::option::Option<crate::Clearable<crate::types::ShippingParams>>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tax_exempt: ::std::result::Result<
                ::std::option::Option<
                    crate::Clearable<crate::types::UpdateCustomerParamsTaxExempt>,
                >,
                ::std::string::String,
            >,
            tax_info: ::std::result::Result<
                ::std::option::Option<super::TaxInfoParams>,
                ::std::string::String,
            >,
            trial_end: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateCustomerParams {
            fn default() -> Self {
                Self {
                    account_balance: Ok(Default::default()),
                    address: Ok(Default::default()),
                    balance: Ok(Default::default()),
                    bank_account: Ok(Default::default()),
                    card: Ok(Default::default()),
                    coupon: Ok(Default::default()),
                    default_alipay_account: Ok(Default::default()),
                    default_bank_account: Ok(Default::default()),
                    default_card: Ok(Default::default()),
                    default_source: Ok(Default::default()),
                    description: Ok(Default::default()),
                    email: Ok(Default::default()),
                    expand: Ok(Default::default()),
                    invoice_prefix: Ok(Default::default()),
                    invoice_settings: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    preferred_locales: Ok(Default::default()),
                    shipping: Ok(Default::default()),
                    source: Ok(Default::default()),
                    tax_exempt: Ok(Default::default()),
                    tax_info: Ok(Default::default()),
                    trial_end: Ok(Default::default()),
                }
            }
        }
        impl UpdateCustomerParams {
            pub fn account_balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_balance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_balance: {e}"
                        )
                    });
                self
            }
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: crate::ClearableValue<crate::types::AddressParams>,
            {
                self.address = Ok(crate::ClearableValue::into_clearable(value));
                self
            }
            pub fn balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.balance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance: {e}")
                    });
                self
            }
            pub fn bank_account<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.bank_account = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn card<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.card = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn coupon<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.coupon = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn default_alipay_account<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.default_alipay_account = Ok(
                    crate::OptionalString::into_option(value),
                );
                self
            }
            pub fn default_bank_account<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.default_bank_account = Ok(
                    crate::OptionalString::into_option(value),
                );
                self
            }
            pub fn default_card<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.default_card = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn default_source<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.default_source = Ok(crate::OptionalString::into_option(value));
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
            pub fn invoice_prefix<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.invoice_prefix = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn invoice_settings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::InvoiceSettingsParams>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_settings = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_settings: {e}"
                        )
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
                T: crate::OptionalString,
            {
                self.name = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.phone = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn preferred_locales<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.preferred_locales = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for preferred_locales: {e}"
                        )
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
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.source = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn tax_exempt<T>(mut self, value: T) -> Self
            where
                T: crate::ClearableValue<crate::types::UpdateCustomerParamsTaxExempt>,
            {
                self.tax_exempt = Ok(crate::ClearableValue::into_clearable(value));
                self
            }
            pub fn tax_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TaxInfoParams>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_info: {e}")
                    });
                self
            }
            pub fn trial_end<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.trial_end = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trial_end: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateCustomerParams>
        for super::UpdateCustomerParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateCustomerParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_balance: value.account_balance?,
                    address: value.address?,
                    balance: value.balance?,
                    bank_account: value.bank_account?,
                    card: value.card?,
                    coupon: value.coupon?,
                    default_alipay_account: value.default_alipay_account?,
                    default_bank_account: value.default_bank_account?,
                    default_card: value.default_card?,
                    default_source: value.default_source?,
                    description: value.description?,
                    email: value.email?,
                    expand: value.expand?,
                    invoice_prefix: value.invoice_prefix?,
                    invoice_settings: value.invoice_settings?,
                    metadata: value.metadata?,
                    name: value.name?,
                    phone: value.phone?,
                    preferred_locales: value.preferred_locales?,
                    shipping: value.shipping?,
                    source: value.source?,
                    tax_exempt: value.tax_exempt?,
                    tax_info: value.tax_info?,
                    trial_end: value.trial_end?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateCustomerParams> for UpdateCustomerParams {
            fn from(value: super::UpdateCustomerParams) -> Self {
                Self {
                    account_balance: Ok(value.account_balance),
                    address: Ok(value.address),
                    balance: Ok(value.balance),
                    bank_account: Ok(value.bank_account),
                    card: Ok(value.card),
                    coupon: Ok(value.coupon),
                    default_alipay_account: Ok(value.default_alipay_account),
                    default_bank_account: Ok(value.default_bank_account),
                    default_card: Ok(value.default_card),
                    default_source: Ok(value.default_source),
                    description: Ok(value.description),
                    email: Ok(value.email),
                    expand: Ok(value.expand),
                    invoice_prefix: Ok(value.invoice_prefix),
                    invoice_settings: Ok(value.invoice_settings),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    phone: Ok(value.phone),
                    preferred_locales: Ok(value.preferred_locales),
                    shipping: Ok(value.shipping),
                    source: Ok(value.source),
                    tax_exempt: Ok(value.tax_exempt),
                    tax_info: Ok(value.tax_info),
                    trial_end: Ok(value.trial_end),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateProductParams {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            attributes: ::std::result::Result<
                ::std::option::Option<
                    crate::Clearable<::std::vec::Vec<::std::string::String>>,
                >,
                ::std::string::String,
            >,
            caption: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deactivate_on: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
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
                ::std::option::Option<
                    crate::Clearable<crate::types::PackageDimensionsParams>,
                >,
                ::std::string::String,
            >,
            shippable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            statement_descriptor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            unit_label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
                    attributes: Ok(Default::default()),
                    caption: Ok(Default::default()),
                    deactivate_on: Ok(Default::default()),
                    description: Ok(Default::default()),
                    expand: Ok(Default::default()),
                    images: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Ok(Default::default()),
                    package_dimensions: Ok(Default::default()),
                    shippable: Ok(Default::default()),
                    statement_descriptor: Ok(Default::default()),
                    unit_label: Ok(Default::default()),
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
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: crate::ClearableValue<::std::vec::Vec<::std::string::String>>,
            {
                self.attributes = Ok(crate::ClearableValue::into_clearable(value));
                self
            }
            pub fn caption<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.caption = Ok(crate::OptionalString::into_option(value));
                self
            }
            pub fn deactivate_on<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deactivate_on = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deactivate_on: {e}")
                    });
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
                T: crate::ClearableValue<crate::types::PackageDimensionsParams>,
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
            pub fn statement_descriptor<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.statement_descriptor = Ok(
                    crate::OptionalString::into_option(value),
                );
                self
            }
            pub fn unit_label<T>(mut self, value: T) -> Self
            where
                T: crate::OptionalString,
            {
                self.unit_label = Ok(crate::OptionalString::into_option(value));
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
                    attributes: value.attributes?,
                    caption: value.caption?,
                    deactivate_on: value.deactivate_on?,
                    description: value.description?,
                    expand: value.expand?,
                    images: value.images?,
                    metadata: value.metadata?,
                    name: value.name?,
                    package_dimensions: value.package_dimensions?,
                    shippable: value.shippable?,
                    statement_descriptor: value.statement_descriptor?,
                    unit_label: value.unit_label?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateProductParams> for UpdateProductParams {
            fn from(value: super::UpdateProductParams) -> Self {
                Self {
                    active: Ok(value.active),
                    attributes: Ok(value.attributes),
                    caption: Ok(value.caption),
                    deactivate_on: Ok(value.deactivate_on),
                    description: Ok(value.description),
                    expand: Ok(value.expand),
                    images: Ok(value.images),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    package_dimensions: Ok(value.package_dimensions),
                    shippable: Ok(value.shippable),
                    statement_descriptor: Ok(value.statement_descriptor),
                    unit_label: Ok(value.unit_label),
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
- `expand`: Specifies which fields in the response should be expanded, such as `default_source`: an expanded field holds the object instead of its id.
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
    /**List events

List events, going back up to 30 days, newest first. Each event's data is rendered in the Stripe API version of its creation (its `api_version`), not in the version of the request.

Sends a `GET` request to `/v1/events`

Arguments:
- `created_gt`: Only objects created after this time.
- `created_gte`: Only objects created at or after this time.
- `created_lt`: Only objects created before this time.
- `created_lte`: Only objects created at or before this time.
- `delivery_success`: Filter events by whether all webhooks were successfully delivered. If false, events which are still pending or have failed all delivery attempts to a webhook endpoint will be returned.
- `ending_before`: A cursor for use in pagination: an object id. The page holds the objects created just after it (the previous page of a list read newest first).
- `limit`: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
- `starting_after`: A cursor for use in pagination: an object id. The page holds the objects created just before it (the next page of a list read newest first).
- `type_`: A string containing a specific event name, or group of events using * as a wildcard. The list will be filtered to include only events with a matching event property.
- `types`: An array of up to 20 strings containing specific event names. The list will be filtered to include only events with a matching event property. You may pass either `type` or `types`, but not both.
```ignore
let response = client.list_events()
    .created_gt(created_gt)
    .created_gte(created_gte)
    .created_lt(created_lt)
    .created_lte(created_lte)
    .delivery_success(delivery_success)
    .ending_before(ending_before)
    .limit(limit)
    .starting_after(starting_after)
    .type_(type_)
    .types(types)
    .send()
    .await;
```*/
    pub fn list_events(&self) -> builder::ListEvents<'_> {
        builder::ListEvents::new(self)
    }
    /**Get an event

Retrieves the details of an event. Supply the unique identifier of the event, which you might have received in a webhook.

Sends a `GET` request to `/v1/events/{id}`

Arguments:
- `id`: The identifier of the event, such as `evt_1FdJ2xKZ4lZ5cQdS`.
```ignore
let response = client.get_event()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_event(&self) -> builder::GetEvent<'_> {
        builder::GetEvent::new(self)
    }
    /**List webhook endpoints

Returns a list of your webhook endpoints.

Sends a `GET` request to `/v1/webhook_endpoints`

Arguments:
- `ending_before`: A cursor for use in pagination: an object id. The page holds the objects created just after it (the previous page of a list read newest first).
- `limit`: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
- `starting_after`: A cursor for use in pagination: an object id. The page holds the objects created just before it (the next page of a list read newest first).
```ignore
let response = client.list_webhook_endpoints()
    .ending_before(ending_before)
    .limit(limit)
    .starting_after(starting_after)
    .send()
    .await;
```*/
    pub fn list_webhook_endpoints(&self) -> builder::ListWebhookEndpoints<'_> {
        builder::ListWebhookEndpoints::new(self)
    }
    /**Create a webhook endpoint

A webhook endpoint must have a `url` and a list of `enabled_events`. Its signing secret is in the answer to this call, and never again.

Sends a `POST` request to `/v1/webhook_endpoints`

```ignore
let response = client.create_webhook_endpoint()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_webhook_endpoint(&self) -> builder::CreateWebhookEndpoint<'_> {
        builder::CreateWebhookEndpoint::new(self)
    }
    /**Delete a webhook endpoint

Deletes a webhook endpoint; Stripe stops sending it events at once.

Sends a `DELETE` request to `/v1/webhook_endpoints/{webhook_endpoint}`

Arguments:
- `webhook_endpoint`: The identifier of the webhook endpoint, such as `we_1FdJ2xKZ4lZ5cQdS`.
```ignore
let response = client.delete_webhook_endpoint()
    .webhook_endpoint(webhook_endpoint)
    .send()
    .await;
```*/
    pub fn delete_webhook_endpoint(&self) -> builder::DeleteWebhookEndpoint<'_> {
        builder::DeleteWebhookEndpoint::new(self)
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
            let url = crate::runtime::url(
                &client.baseurl,
                &[crate::runtime::Piece::Fixed("/v1/products")],
            );
            #[allow(unused_mut)]
            let mut request = crate::runtime::encode_form(
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
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "create_product",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
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
            let url = crate::runtime::url(
                &client.baseurl,
                &[
                    crate::runtime::Piece::Fixed("/v1/products/"),
                    crate::runtime::Piece::Param(id.as_str()),
                ],
            );
            #[allow(unused_mut)]
            let mut request = crate::runtime::encode_form(
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
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "update_product",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
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
            let url = crate::runtime::url(
                &client.baseurl,
                &[crate::runtime::Piece::Fixed("/v1/customers")],
            );
            #[allow(unused_mut)]
            let mut request = crate::runtime::add_query(
                    crate::runtime::add_query(
                        crate::runtime::add_query(
                            crate::runtime::add_query(
                                crate::runtime::add_query(
                                    crate::runtime::add_query(
                                        crate::runtime::add_query(
                                            client
                                                .client
                                                .get(url)
                                                .header(
                                                    ::reqwest::header::ACCEPT,
                                                    ::reqwest::header::HeaderValue::from_static(
                                                        "application/json",
                                                    ),
                                                ),
                                            "created[gt]",
                                            &created_gt,
                                        ),
                                        "created[gte]",
                                        &created_gte,
                                    ),
                                    "created[lt]",
                                    &created_lt,
                                ),
                                "created[lte]",
                                &created_lte,
                            ),
                            "ending_before",
                            &ending_before,
                        ),
                        "limit",
                        &limit,
                    ),
                    "starting_after",
                    &starting_after,
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "list_customers",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
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
        body: Result<types::builder::CreateCustomerParams, String>,
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
            V: std::convert::TryInto<types::CreateCustomerParams>,
            <V as std::convert::TryInto<
                types::CreateCustomerParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateCustomerParams` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateCustomerParams,
            ) -> types::builder::CreateCustomerParams,
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
                    types::CreateCustomerParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = crate::runtime::url(
                &client.baseurl,
                &[crate::runtime::Piece::Fixed("/v1/customers")],
            );
            #[allow(unused_mut)]
            let mut request = crate::runtime::encode_form(
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
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "create_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
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
            let url = crate::runtime::url(
                &client.baseurl,
                &[
                    crate::runtime::Piece::Fixed("/v1/customers/"),
                    crate::runtime::Piece::Param(customer.as_str()),
                ],
            );
            #[allow(unused_mut)]
            let mut request = crate::runtime::add_query(
                    client
                        .client
                        .get(url)
                        .header(
                            ::reqwest::header::ACCEPT,
                            ::reqwest::header::HeaderValue::from_static(
                                "application/json",
                            ),
                        ),
                    "expand[]",
                    &expand,
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "get_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
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
        body: Result<types::builder::UpdateCustomerParams, String>,
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
            V: std::convert::TryInto<types::UpdateCustomerParams>,
            <V as std::convert::TryInto<
                types::UpdateCustomerParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateCustomerParams` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateCustomerParams,
            ) -> types::builder::UpdateCustomerParams,
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
                    types::UpdateCustomerParams::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = crate::runtime::url(
                &client.baseurl,
                &[
                    crate::runtime::Piece::Fixed("/v1/customers/"),
                    crate::runtime::Piece::Param(customer.as_str()),
                ],
            );
            #[allow(unused_mut)]
            let mut request = crate::runtime::encode_form(
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
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "update_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
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
            let url = crate::runtime::url(
                &client.baseurl,
                &[crate::runtime::Piece::Fixed("/v1/orders")],
            );
            #[allow(unused_mut)]
            let mut request = crate::runtime::add_query(
                    crate::runtime::add_query(
                        crate::runtime::add_query(
                            crate::runtime::add_query(
                                crate::runtime::add_query(
                                    crate::runtime::add_query(
                                        crate::runtime::add_query(
                                            client
                                                .client
                                                .get(url)
                                                .header(
                                                    ::reqwest::header::ACCEPT,
                                                    ::reqwest::header::HeaderValue::from_static(
                                                        "application/json",
                                                    ),
                                                ),
                                            "created[gt]",
                                            &created_gt,
                                        ),
                                        "created[gte]",
                                        &created_gte,
                                    ),
                                    "created[lt]",
                                    &created_lt,
                                ),
                                "created[lte]",
                                &created_lte,
                            ),
                            "ending_before",
                            &ending_before,
                        ),
                        "limit",
                        &limit,
                    ),
                    "starting_after",
                    &starting_after,
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "list_orders",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
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
            let url = crate::runtime::url(
                &client.baseurl,
                &[crate::runtime::Piece::Fixed("/v1/charges")],
            );
            #[allow(unused_mut)]
            let mut request = crate::runtime::add_query(
                    crate::runtime::add_query(
                        crate::runtime::add_query(
                            crate::runtime::add_query(
                                crate::runtime::add_query(
                                    crate::runtime::add_query(
                                        crate::runtime::add_query(
                                            client
                                                .client
                                                .get(url)
                                                .header(
                                                    ::reqwest::header::ACCEPT,
                                                    ::reqwest::header::HeaderValue::from_static(
                                                        "application/json",
                                                    ),
                                                ),
                                            "created[gt]",
                                            &created_gt,
                                        ),
                                        "created[gte]",
                                        &created_gte,
                                    ),
                                    "created[lt]",
                                    &created_lt,
                                ),
                                "created[lte]",
                                &created_lte,
                            ),
                            "ending_before",
                            &ending_before,
                        ),
                        "limit",
                        &limit,
                    ),
                    "starting_after",
                    &starting_after,
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "list_charges",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
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
            let url = crate::runtime::url(
                &client.baseurl,
                &[crate::runtime::Piece::Fixed("/v1/invoiceitems")],
            );
            #[allow(unused_mut)]
            let mut request = crate::runtime::add_query(
                    crate::runtime::add_query(
                        crate::runtime::add_query(
                            crate::runtime::add_query(
                                crate::runtime::add_query(
                                    crate::runtime::add_query(
                                        crate::runtime::add_query(
                                            client
                                                .client
                                                .get(url)
                                                .header(
                                                    ::reqwest::header::ACCEPT,
                                                    ::reqwest::header::HeaderValue::from_static(
                                                        "application/json",
                                                    ),
                                                ),
                                            "created[gt]",
                                            &created_gt,
                                        ),
                                        "created[gte]",
                                        &created_gte,
                                    ),
                                    "created[lt]",
                                    &created_lt,
                                ),
                                "created[lte]",
                                &created_lte,
                            ),
                            "ending_before",
                            &ending_before,
                        ),
                        "limit",
                        &limit,
                    ),
                    "starting_after",
                    &starting_after,
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "list_invoice_items",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_events`]

[`Client::list_events`]: super::Client::list_events*/
    #[derive(Debug, Clone)]
    pub struct ListEvents<'a> {
        client: &'a super::Client,
        created_gt: Result<Option<crate::Timestamp>, String>,
        created_gte: Result<Option<crate::Timestamp>, String>,
        created_lt: Result<Option<crate::Timestamp>, String>,
        created_lte: Result<Option<crate::Timestamp>, String>,
        delivery_success: Result<Option<bool>, String>,
        ending_before: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
        type_: Result<Option<::std::string::String>, String>,
        types: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
    }
    impl<'a> ListEvents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                created_gt: Ok(None),
                created_gte: Ok(None),
                created_lt: Ok(None),
                created_lte: Ok(None),
                delivery_success: Ok(None),
                ending_before: Ok(None),
                limit: Ok(None),
                starting_after: Ok(None),
                type_: Ok(None),
                types: Ok(None),
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
        pub fn delivery_success<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.delivery_success = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for delivery_success failed".to_string()
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
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.type_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for type_ failed"
                        .to_string()
                });
            self
        }
        pub fn types<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.types = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for types failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/events`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::EventList>, Error<types::ErrorResponse>> {
            let Self {
                client,
                created_gt,
                created_gte,
                created_lt,
                created_lte,
                delivery_success,
                ending_before,
                limit,
                starting_after,
                type_,
                types,
            } = self;
            let created_gt = created_gt.map_err(Error::InvalidRequest)?;
            let created_gte = created_gte.map_err(Error::InvalidRequest)?;
            let created_lt = created_lt.map_err(Error::InvalidRequest)?;
            let created_lte = created_lte.map_err(Error::InvalidRequest)?;
            let delivery_success = delivery_success.map_err(Error::InvalidRequest)?;
            let ending_before = ending_before.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let types = types.map_err(Error::InvalidRequest)?;
            let url = crate::runtime::url(
                &client.baseurl,
                &[crate::runtime::Piece::Fixed("/v1/events")],
            );
            #[allow(unused_mut)]
            let mut request = crate::runtime::add_query(
                    crate::runtime::add_query(
                        crate::runtime::add_query(
                            crate::runtime::add_query(
                                crate::runtime::add_query(
                                    crate::runtime::add_query(
                                        crate::runtime::add_query(
                                            crate::runtime::add_query(
                                                crate::runtime::add_query(
                                                    crate::runtime::add_query(
                                                        client
                                                            .client
                                                            .get(url)
                                                            .header(
                                                                ::reqwest::header::ACCEPT,
                                                                ::reqwest::header::HeaderValue::from_static(
                                                                    "application/json",
                                                                ),
                                                            ),
                                                        "created[gt]",
                                                        &created_gt,
                                                    ),
                                                    "created[gte]",
                                                    &created_gte,
                                                ),
                                                "created[lt]",
                                                &created_lt,
                                            ),
                                            "created[lte]",
                                            &created_lte,
                                        ),
                                        "delivery_success",
                                        &delivery_success,
                                    ),
                                    "ending_before",
                                    &ending_before,
                                ),
                                "limit",
                                &limit,
                            ),
                            "starting_after",
                            &starting_after,
                        ),
                        "type",
                        &type_,
                    ),
                    "types[]",
                    &types,
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "list_events",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_event`]

[`Client::get_event`]: super::Client::get_event*/
    #[derive(Debug, Clone)]
    pub struct GetEvent<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetEvent<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
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
        ///Sends a `GET` request to `/v1/events/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Event>, Error<types::ErrorResponse>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = crate::runtime::url(
                &client.baseurl,
                &[
                    crate::runtime::Piece::Fixed("/v1/events/"),
                    crate::runtime::Piece::Param(id.as_str()),
                ],
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "get_event",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_webhook_endpoints`]

[`Client::list_webhook_endpoints`]: super::Client::list_webhook_endpoints*/
    #[derive(Debug, Clone)]
    pub struct ListWebhookEndpoints<'a> {
        client: &'a super::Client,
        ending_before: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        starting_after: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListWebhookEndpoints<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ending_before: Ok(None),
                limit: Ok(None),
                starting_after: Ok(None),
            }
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
        ///Sends a `GET` request to `/v1/webhook_endpoints`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::WebhookEndpointList>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, ending_before, limit, starting_after } = self;
            let ending_before = ending_before.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let starting_after = starting_after.map_err(Error::InvalidRequest)?;
            let url = crate::runtime::url(
                &client.baseurl,
                &[crate::runtime::Piece::Fixed("/v1/webhook_endpoints")],
            );
            #[allow(unused_mut)]
            let mut request = crate::runtime::add_query(
                    crate::runtime::add_query(
                        crate::runtime::add_query(
                            client
                                .client
                                .get(url)
                                .header(
                                    ::reqwest::header::ACCEPT,
                                    ::reqwest::header::HeaderValue::from_static(
                                        "application/json",
                                    ),
                                ),
                            "ending_before",
                            &ending_before,
                        ),
                        "limit",
                        &limit,
                    ),
                    "starting_after",
                    &starting_after,
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "list_webhook_endpoints",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_webhook_endpoint`]

[`Client::create_webhook_endpoint`]: super::Client::create_webhook_endpoint*/
    #[derive(Debug, Clone)]
    pub struct CreateWebhookEndpoint<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateWebhookEndpointParams, String>,
    }
    impl<'a> CreateWebhookEndpoint<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateWebhookEndpointParams>,
            <V as std::convert::TryInto<
                types::CreateWebhookEndpointParams,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateWebhookEndpointParams` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateWebhookEndpointParams,
            ) -> types::builder::CreateWebhookEndpointParams,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/webhook_endpoints`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WebhookEndpoint>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateWebhookEndpointParams::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = crate::runtime::url(
                &client.baseurl,
                &[crate::runtime::Piece::Fixed("/v1/webhook_endpoints")],
            );
            #[allow(unused_mut)]
            let mut request = crate::runtime::encode_form(
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
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "create_webhook_endpoint",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_webhook_endpoint`]

[`Client::delete_webhook_endpoint`]: super::Client::delete_webhook_endpoint*/
    #[derive(Debug, Clone)]
    pub struct DeleteWebhookEndpoint<'a> {
        client: &'a super::Client,
        webhook_endpoint: Result<::std::string::String, String>,
    }
    impl<'a> DeleteWebhookEndpoint<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                webhook_endpoint: Err("webhook_endpoint was not initialized".to_string()),
            }
        }
        pub fn webhook_endpoint<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.webhook_endpoint = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for webhook_endpoint failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v1/webhook_endpoints/{webhook_endpoint}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DeletedWebhookEndpoint>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, webhook_endpoint } = self;
            let webhook_endpoint = webhook_endpoint.map_err(Error::InvalidRequest)?;
            let url = crate::runtime::url(
                &client.baseurl,
                &[
                    crate::runtime::Piece::Fixed("/v1/webhook_endpoints/"),
                    crate::runtime::Piece::Param(webhook_endpoint.as_str()),
                ],
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("stripe-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_webhook_endpoint",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => crate::runtime::read_answer(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            crate::runtime::error_response(response).await?,
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
    use crate::AnyTrigger;
    use crate::metadata::{
        ActionInfo, InputInfo, InputShape, Limits, Throttle, TriggerInfo,
    };
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
                    name: "id",
                    description: "An identifier will be randomly generated by Stripe. You can optionally override this ID, but the ID must be unique across all products in your Stripe account. Applicable to both `service` and `good` types.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("id"),
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "active",
                    description: "Whether the product is currently available for purchase. Defaults to `true`.",
                    required: false,
                    shape: InputShape::Boolean,
                    flag: Some("active"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "attributes",
                    description: "A list of up to 5 alphanumeric attributes. Applicable to both `service` and `good` types.",
                    required: false,
                    shape: InputShape::List(&InputShape::Text),
                    flag: Some("attributes"),
                    limits: Limits {
                        items: Some(
                            &Limits {
                                max_length: Some(5000),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "caption",
                    description: "A short one-line description of the product, meant to be displayable to the customer. May only be set if type=`good`.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("caption"),
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "deactivate_on",
                    description: "An array of Connect application names or identifiers that should not be able to order the SKUs for this product. May only be set if type=`good`.",
                    required: false,
                    shape: InputShape::List(&InputShape::Text),
                    flag: Some("deactivate-on"),
                    limits: Limits {
                        items: Some(
                            &Limits {
                                max_length: Some(5000),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "description",
                    description: "The product's description, meant to be displayable to the customer. May only be set if type=`good`.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("description"),
                    limits: Limits {
                        max_length: Some(40000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "expand",
                    description: "Specifies which fields in the response should be expanded.",
                    required: false,
                    shape: InputShape::List(&InputShape::Text),
                    flag: Some("expand"),
                    limits: Limits {
                        items: Some(
                            &Limits {
                                min_length: Some(1),
                                max_length: Some(5000),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "images",
                    description: "A list of up to 8 URLs of images for this product, meant to be displayable to the customer. May only be set if type=`good`.",
                    required: false,
                    shape: InputShape::List(&InputShape::Text),
                    flag: Some("image"),
                    limits: Limits {
                        max_items: Some(8),
                        items: Some(
                            &Limits {
                                uri: true,
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "metadata",
                    description: "A set of key-value pairs that you can attach to a product object. It can be useful for storing additional information about the product in a structured format. Applicable to both `service` and `good` types.",
                    required: false,
                    shape: InputShape::Map(&InputShape::Text),
                    flag: Some("metadata"),
                    limits: Limits {
                        max_entries: Some(50),
                        key_max_length: Some(40),
                        key_forbidden: Some("[]"),
                        values: Some(
                            &Limits {
                                max_length: Some(500),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "name",
                    description: "The product's name, meant to be displayable to the customer. Applicable to both `service` and `good` types.",
                    required: true,
                    shape: InputShape::Text,
                    flag: Some("name"),
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(5000),
                        pattern: Some("\\S"),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "package_dimensions",
                    description: "The dimensions of this product for shipping purposes. A SKU associated with this product can override this value by having its own `package_dimensions`. May only be set if type=`good`.",
                    required: false,
                    shape: InputShape::Object(
                        &[
                            InputInfo {
                                name: "height",
                                description: "Height, in inches, with at most two decimal places.",
                                required: true,
                                shape: InputShape::Number,
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                            InputInfo {
                                name: "length",
                                description: "Length, in inches, with at most two decimal places.",
                                required: true,
                                shape: InputShape::Number,
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                            InputInfo {
                                name: "weight",
                                description: "Weight, in ounces, with at most two decimal places.",
                                required: true,
                                shape: InputShape::Number,
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                            InputInfo {
                                name: "width",
                                description: "Width, in inches, with at most two decimal places.",
                                required: true,
                                shape: InputShape::Number,
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                        ],
                    ),
                    flag: Some("package-dimensions"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "shippable",
                    description: "Whether this product is shipped (i.e., physical goods). Defaults to `true`. May only be set if type=`good`.",
                    required: false,
                    shape: InputShape::Boolean,
                    flag: Some("shippable"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "statement_descriptor",
                    description: "An arbitrary string to be displayed on your customer's credit card statement. This may be up to 22 characters. The statement description may not include <>\"' characters, and will appear on your customer's statement in capital letters. Non-ASCII characters are automatically stripped. While most banks display this information consistently, some may display it incorrectly or not at all. It must contain at least one letter. May only be set if type=`service`.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("statement-descriptor"),
                    limits: Limits {
                        max_length: Some(22),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "type",
                    description: "The type of the product. The product is either of type `service`, which is eligible for use with Subscriptions and Plans or `good`, which is eligible for use with Orders and SKUs. Defaults to `good`, the type whose fields (caption, images, shippable, url) the original connector exposes; it is always sent, so callers need not set it.",
                    required: false,
                    shape: InputShape::Choice(&["good", "service"]),
                    flag: Some("type"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "unit_label",
                    description: "A label that represents units of this product, such as seat(s), in Stripe and on customers’ receipts and invoices. Only available on products of type=`service`.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("unit-label"),
                    limits: Limits {
                        max_length: Some(12),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "url",
                    description: "A URL of a publicly-accessible webpage for this product. May only be set if type=`good`.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("url"),
                    limits: Limits {
                        max_length: Some(5000),
                        uri: true,
                        ..Limits::NONE
                    },
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
                    shape: InputShape::Text,
                    flag: None,
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "active",
                    description: "Whether the product is available for purchase.",
                    required: false,
                    shape: InputShape::Boolean,
                    flag: Some("active"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "attributes",
                    description: "A list of up to 5 alphanumeric attributes that each SKU can provide values for (e.g., `[\"color\", \"size\"]`). If a value for `attributes` is specified, the list specified will replace the existing attributes list on this product. Any attributes not present after the update will be deleted from the SKUs for this product.",
                    required: false,
                    shape: InputShape::List(&InputShape::Text),
                    flag: Some("attributes"),
                    limits: Limits {
                        items: Some(
                            &Limits {
                                max_length: Some(5000),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "caption",
                    description: "A short one-line description of the product, meant to be displayable to the customer.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("caption"),
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "deactivate_on",
                    description: "An array of Connect application names or identifiers that should not be able to order the SKUs for this product.",
                    required: false,
                    shape: InputShape::List(&InputShape::Text),
                    flag: Some("deactivate-on"),
                    limits: Limits {
                        items: Some(
                            &Limits {
                                max_length: Some(5000),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "description",
                    description: "The product's description, meant to be displayable to the customer.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("description"),
                    limits: Limits {
                        max_length: Some(40000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "expand",
                    description: "Specifies which fields in the response should be expanded.",
                    required: false,
                    shape: InputShape::List(&InputShape::Text),
                    flag: Some("expand"),
                    limits: Limits {
                        items: Some(
                            &Limits {
                                min_length: Some(1),
                                max_length: Some(5000),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "images",
                    description: "A list of up to 8 URLs of images for this product, meant to be displayable to the customer.",
                    required: false,
                    shape: InputShape::List(&InputShape::Text),
                    flag: Some("image"),
                    limits: Limits {
                        max_items: Some(8),
                        items: Some(
                            &Limits {
                                uri: true,
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "metadata",
                    description: "A set of key-value pairs that you can attach to a product object. It can be useful for storing additional information about the product in a structured format.",
                    required: false,
                    shape: InputShape::Map(&InputShape::Text),
                    flag: Some("metadata"),
                    limits: Limits {
                        max_entries: Some(50),
                        key_max_length: Some(40),
                        key_forbidden: Some("[]"),
                        values: Some(
                            &Limits {
                                max_length: Some(500),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "name",
                    description: "The product's name, meant to be displayable to the customer. Applicable to both `service` and `good` types.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("name"),
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(5000),
                        pattern: Some("\\S"),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "package_dimensions",
                    description: "The dimensions of this product for shipping purposes. A SKU associated with this product can override this value by having its own `package_dimensions`.",
                    required: false,
                    shape: InputShape::Object(
                        &[
                            InputInfo {
                                name: "height",
                                description: "Height, in inches, with at most two decimal places.",
                                required: true,
                                shape: InputShape::Number,
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                            InputInfo {
                                name: "length",
                                description: "Length, in inches, with at most two decimal places.",
                                required: true,
                                shape: InputShape::Number,
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                            InputInfo {
                                name: "weight",
                                description: "Weight, in ounces, with at most two decimal places.",
                                required: true,
                                shape: InputShape::Number,
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                            InputInfo {
                                name: "width",
                                description: "Width, in inches, with at most two decimal places.",
                                required: true,
                                shape: InputShape::Number,
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                        ],
                    ),
                    flag: Some("package-dimensions"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "shippable",
                    description: "Whether this product is shipped (i.e., physical goods). Defaults to `true`.",
                    required: false,
                    shape: InputShape::Boolean,
                    flag: Some("shippable"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "statement_descriptor",
                    description: "An arbitrary string to be displayed on your customer's credit card statement. This may be up to 22 characters. The statement description may not include <>\"' characters, and will appear on your customer's statement in capital letters. Non-ASCII characters are automatically stripped. While most banks display this information consistently, some may display it incorrectly or not at all. It must contain at least one letter. May only be set if type=`service`.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("statement-descriptor"),
                    limits: Limits {
                        max_length: Some(22),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "unit_label",
                    description: "A label that represents units of this product, such as seat(s), in Stripe and on customers’ receipts and invoices. Only available on products of type=`service`.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("unit-label"),
                    limits: Limits {
                        max_length: Some(12),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "url",
                    description: "A URL of a publicly-accessible webpage for this product; `\"\"` removes it.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("url"),
                    limits: Limits {
                        uri: true,
                        empty_clears: true,
                        ..Limits::NONE
                    },
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
                    name: "account_balance",
                    description: "This field has been renamed to `balance` and will be removed in a future API version.",
                    required: false,
                    shape: InputShape::Integer,
                    flag: Some("account-balance"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "address",
                    description: "The customer's address.",
                    required: false,
                    shape: InputShape::Object(
                        &[
                            InputInfo {
                                name: "city",
                                description: "City, district, suburb, town, or village.",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "country",
                                description: "Two-letter country code (ISO 3166-1 alpha-2).",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "line1",
                                description: "Address line 1 (street, PO Box, or company name).",
                                required: true,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "line2",
                                description: "Address line 2 (apartment, suite, unit, or building).",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "postal_code",
                                description: "ZIP or postal code.",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "state",
                                description: "State, county, province, or region.",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                        ],
                    ),
                    flag: Some("address"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "balance",
                    description: "An integer amount in %s that represents the customer's current balance, which affect the customer's future invoices. A negative amount represents a credit that decreases the amount due on an invoice; a positive amount increases the amount due on an invoice.",
                    required: false,
                    shape: InputShape::Integer,
                    flag: Some("balance"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "coupon",
                    description: "The code of a coupon to apply to the customer's recurring charges.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("coupon"),
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "description",
                    description: "An arbitrary string that you can attach to a customer object. It is displayed alongside the customer in the dashboard.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("description"),
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "email",
                    description: "Customer's email address. It's displayed alongside the customer in your dashboard and can be useful for searching and tracking. This may be up to *512 characters*.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("email"),
                    limits: Limits {
                        max_length: Some(512),
                        pattern: Some("^[^@]+@[^@]*\\.[^@]*$"),
                        empty_clears: true,
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "expand",
                    description: "Specifies which fields in the response should be expanded.",
                    required: false,
                    shape: InputShape::List(&InputShape::Text),
                    flag: Some("expand"),
                    limits: Limits {
                        items: Some(
                            &Limits {
                                min_length: Some(1),
                                max_length: Some(5000),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "invoice_prefix",
                    description: "The prefix for the customer used to generate unique invoice numbers. Must be 3–12 uppercase letters or numbers.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("invoice-prefix"),
                    limits: Limits {
                        max_length: Some(5000),
                        pattern: Some("^[A-Z0-9]{3,12}$"),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "invoice_settings",
                    description: "Default invoice settings for this customer.",
                    required: false,
                    shape: InputShape::Object(
                        &[
                            InputInfo {
                                name: "custom_fields",
                                description: "The custom fields shown on the customer's invoices; an empty value removes them.",
                                required: false,
                                shape: InputShape::List(
                                    &InputShape::Object(
                                        &[
                                            InputInfo {
                                                name: "name",
                                                description: "The name of the custom field.",
                                                required: true,
                                                shape: InputShape::Text,
                                                flag: None,
                                                limits: Limits {
                                                    max_length: Some(30),
                                                    ..Limits::NONE
                                                },
                                            },
                                            InputInfo {
                                                name: "value",
                                                description: "The value of the custom field.",
                                                required: true,
                                                shape: InputShape::Text,
                                                flag: None,
                                                limits: Limits {
                                                    max_length: Some(30),
                                                    ..Limits::NONE
                                                },
                                            },
                                        ],
                                    ),
                                ),
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                            InputInfo {
                                name: "default_payment_method",
                                description: "The id of the PaymentMethod used by default for the customer's subscriptions and invoices.",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "footer",
                                description: "The default footer of the customer's invoices.",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                        ],
                    ),
                    flag: Some("invoice-settings"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "metadata",
                    description: "A set of key-value pairs that you can attach to a customer object. It can be useful for storing additional information about the customer in a structured format.",
                    required: false,
                    shape: InputShape::Map(&InputShape::Text),
                    flag: Some("metadata"),
                    limits: Limits {
                        max_entries: Some(50),
                        key_max_length: Some(40),
                        key_forbidden: Some("[]"),
                        values: Some(
                            &Limits {
                                max_length: Some(500),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "name",
                    description: "The customer's full name or business name.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("name"),
                    limits: Limits {
                        max_length: Some(256),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "payment_method",
                    description: "The id of a PaymentMethod to attach to the customer.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("payment-method"),
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "phone",
                    description: "The customer's phone number.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("phone"),
                    limits: Limits {
                        max_length: Some(20),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "preferred_locales",
                    description: "Customer's preferred languages, ordered by preference.",
                    required: false,
                    shape: InputShape::List(&InputShape::Text),
                    flag: Some("preferred-locales"),
                    limits: Limits {
                        items: Some(
                            &Limits {
                                max_length: Some(5000),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "shipping",
                    description: "The customer's shipping information. Appears on invoices emailed to this customer.",
                    required: false,
                    shape: InputShape::Object(
                        &[
                            InputInfo {
                                name: "address",
                                description: "The address to ship to.",
                                required: true,
                                shape: InputShape::Object(
                                    &[
                                        InputInfo {
                                            name: "city",
                                            description: "City, district, suburb, town, or village.",
                                            required: false,
                                            shape: InputShape::Text,
                                            flag: None,
                                            limits: Limits {
                                                max_length: Some(5000),
                                                ..Limits::NONE
                                            },
                                        },
                                        InputInfo {
                                            name: "country",
                                            description: "Two-letter country code (ISO 3166-1 alpha-2).",
                                            required: false,
                                            shape: InputShape::Text,
                                            flag: None,
                                            limits: Limits {
                                                max_length: Some(5000),
                                                ..Limits::NONE
                                            },
                                        },
                                        InputInfo {
                                            name: "line1",
                                            description: "Address line 1 (street, PO Box, or company name).",
                                            required: true,
                                            shape: InputShape::Text,
                                            flag: None,
                                            limits: Limits {
                                                max_length: Some(5000),
                                                ..Limits::NONE
                                            },
                                        },
                                        InputInfo {
                                            name: "line2",
                                            description: "Address line 2 (apartment, suite, unit, or building).",
                                            required: false,
                                            shape: InputShape::Text,
                                            flag: None,
                                            limits: Limits {
                                                max_length: Some(5000),
                                                ..Limits::NONE
                                            },
                                        },
                                        InputInfo {
                                            name: "postal_code",
                                            description: "ZIP or postal code.",
                                            required: false,
                                            shape: InputShape::Text,
                                            flag: None,
                                            limits: Limits {
                                                max_length: Some(5000),
                                                ..Limits::NONE
                                            },
                                        },
                                        InputInfo {
                                            name: "state",
                                            description: "State, county, province, or region.",
                                            required: false,
                                            shape: InputShape::Text,
                                            flag: None,
                                            limits: Limits {
                                                max_length: Some(5000),
                                                ..Limits::NONE
                                            },
                                        },
                                    ],
                                ),
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                            InputInfo {
                                name: "name",
                                description: "The recipient's name.",
                                required: true,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "phone",
                                description: "The recipient's phone number, with its extension.",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                        ],
                    ),
                    flag: Some("shipping"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "source",
                    description: "A payment source for the customer, such as the token `tok_visa`; it becomes the customer's default source.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("source"),
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "tax_exempt",
                    description: "The customer's tax exemption. One of `none`, `exempt`, or `reverse`.",
                    required: false,
                    shape: InputShape::Choice(&["exempt", "none", "reverse"]),
                    flag: Some("tax-exempt"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "tax_id_data",
                    description: "The customer's tax IDs.",
                    required: false,
                    shape: InputShape::List(
                        &InputShape::Object(
                            &[
                                InputInfo {
                                    name: "type",
                                    description: "The type of the tax ID, such as `eu_vat`.",
                                    required: true,
                                    shape: InputShape::Choice(
                                        &[
                                            "au_abn",
                                            "ch_vat",
                                            "eu_vat",
                                            "in_gst",
                                            "no_vat",
                                            "nz_gst",
                                            "za_vat",
                                        ],
                                    ),
                                    flag: None,
                                    limits: Limits { ..Limits::NONE },
                                },
                                InputInfo {
                                    name: "value",
                                    description: "The value of the tax ID.",
                                    required: true,
                                    shape: InputShape::Text,
                                    flag: None,
                                    limits: Limits { ..Limits::NONE },
                                },
                            ],
                        ),
                    ),
                    flag: Some("tax-id-data"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "tax_info",
                    description: "The customer's tax information. Appears on invoices emailed to this customer. This parameter has been deprecated and will be removed in a future API version, for further information view the [migration guide](https://stripe.com/docs/billing/migration/taxes#moving-from-taxinfo-to-customer-tax-ids).",
                    required: false,
                    shape: InputShape::Object(
                        &[
                            InputInfo {
                                name: "tax_id",
                                description: "The customer's tax ID number.",
                                required: true,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "type",
                                description: "The type of the tax ID number; always `vat`.",
                                required: true,
                                shape: InputShape::Choice(&["vat"]),
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                        ],
                    ),
                    flag: Some("tax-info"),
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
                    shape: InputShape::Text,
                    flag: None,
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "expand[]",
                    description: "Specifies which fields in the response should be expanded, such as `default_source`: an expanded field holds the object instead of its id.",
                    required: false,
                    shape: InputShape::List(&InputShape::Text),
                    flag: Some("expand"),
                    limits: Limits {
                        items: Some(
                            &Limits {
                                min_length: Some(1),
                                max_length: Some(5000),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
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
                    shape: InputShape::Text,
                    flag: None,
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "account_balance",
                    description: "This field has been renamed to `balance` and will be removed in a future API version.",
                    required: false,
                    shape: InputShape::Integer,
                    flag: Some("account-balance"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "address",
                    description: "The customer's address.",
                    required: false,
                    shape: InputShape::Object(
                        &[
                            InputInfo {
                                name: "city",
                                description: "City, district, suburb, town, or village.",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "country",
                                description: "Two-letter country code (ISO 3166-1 alpha-2).",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "line1",
                                description: "Address line 1 (street, PO Box, or company name).",
                                required: true,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "line2",
                                description: "Address line 2 (apartment, suite, unit, or building).",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "postal_code",
                                description: "ZIP or postal code.",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "state",
                                description: "State, county, province, or region.",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                        ],
                    ),
                    flag: Some("address"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "balance",
                    description: "An integer amount in %s that represents the customer's current balance, which affect the customer's future invoices. A negative amount represents a credit that decreases the amount due on an invoice; a positive amount increases the amount due on an invoice.",
                    required: false,
                    shape: InputShape::Integer,
                    flag: Some("balance"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "bank_account",
                    description: "Either a token, like the ones returned by [Stripe.js](https://stripe.com/docs/stripe.js), or a dictionary containing a user's bank account details.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("bank-account"),
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "card",
                    description: "A token, like the ones returned by [Stripe.js](https://stripe.com/docs/stripe.js).",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("card"),
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "coupon",
                    description: "The code of a coupon to apply to the customer's recurring charges.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("coupon"),
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "default_alipay_account",
                    description: "ID of Alipay account to make the customer's new default for invoice payments.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("default-alipay-account"),
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(500),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "default_bank_account",
                    description: "ID of bank account to make the customer's new default for invoice payments.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("default-bank-account"),
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(500),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "default_card",
                    description: "ID of card to make the customer's new default for invoice payments.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("default-card"),
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(500),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "default_source",
                    description: "Provide the ID of a payment source already attached to this customer to make it this customer's default payment source. If you want to add a new payment source and make it the default, see the [source](https://stripe.com/docs/api/customers/update#update_customer-source) property.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("default-source"),
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(500),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "description",
                    description: "An arbitrary string that you can attach to a customer object. It is displayed alongside the customer in the dashboard.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("description"),
                    limits: Limits {
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "email",
                    description: "Customer's email address. It's displayed alongside the customer in your dashboard and can be useful for searching and tracking. This may be up to *512 characters*.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("email"),
                    limits: Limits {
                        max_length: Some(512),
                        pattern: Some("^[^@]+@[^@]*\\.[^@]*$"),
                        empty_clears: true,
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "expand",
                    description: "Specifies which fields in the response should be expanded.",
                    required: false,
                    shape: InputShape::List(&InputShape::Text),
                    flag: Some("expand"),
                    limits: Limits {
                        items: Some(
                            &Limits {
                                min_length: Some(1),
                                max_length: Some(5000),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "invoice_prefix",
                    description: "The prefix for the customer used to generate unique invoice numbers. Must be 3–12 uppercase letters or numbers.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("invoice-prefix"),
                    limits: Limits {
                        max_length: Some(5000),
                        pattern: Some("^[A-Z0-9]{3,12}$"),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "invoice_settings",
                    description: "Default invoice settings for this customer.",
                    required: false,
                    shape: InputShape::Object(
                        &[
                            InputInfo {
                                name: "custom_fields",
                                description: "The custom fields shown on the customer's invoices; an empty value removes them.",
                                required: false,
                                shape: InputShape::List(
                                    &InputShape::Object(
                                        &[
                                            InputInfo {
                                                name: "name",
                                                description: "The name of the custom field.",
                                                required: true,
                                                shape: InputShape::Text,
                                                flag: None,
                                                limits: Limits {
                                                    max_length: Some(30),
                                                    ..Limits::NONE
                                                },
                                            },
                                            InputInfo {
                                                name: "value",
                                                description: "The value of the custom field.",
                                                required: true,
                                                shape: InputShape::Text,
                                                flag: None,
                                                limits: Limits {
                                                    max_length: Some(30),
                                                    ..Limits::NONE
                                                },
                                            },
                                        ],
                                    ),
                                ),
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                            InputInfo {
                                name: "default_payment_method",
                                description: "The id of the PaymentMethod used by default for the customer's subscriptions and invoices.",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "footer",
                                description: "The default footer of the customer's invoices.",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                        ],
                    ),
                    flag: Some("invoice-settings"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "metadata",
                    description: "A set of key-value pairs that you can attach to a customer object. It can be useful for storing additional information about the customer in a structured format.",
                    required: false,
                    shape: InputShape::Map(&InputShape::Text),
                    flag: Some("metadata"),
                    limits: Limits {
                        max_entries: Some(50),
                        key_max_length: Some(40),
                        key_forbidden: Some("[]"),
                        values: Some(
                            &Limits {
                                max_length: Some(500),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "name",
                    description: "The customer's full name or business name.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("name"),
                    limits: Limits {
                        max_length: Some(256),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "phone",
                    description: "The customer's phone number.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("phone"),
                    limits: Limits {
                        max_length: Some(20),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "preferred_locales",
                    description: "Customer's preferred languages, ordered by preference.",
                    required: false,
                    shape: InputShape::List(&InputShape::Text),
                    flag: Some("preferred-locales"),
                    limits: Limits {
                        items: Some(
                            &Limits {
                                max_length: Some(5000),
                                ..Limits::NONE
                            },
                        ),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "shipping",
                    description: "The customer's shipping information. Appears on invoices emailed to this customer.",
                    required: false,
                    shape: InputShape::Object(
                        &[
                            InputInfo {
                                name: "address",
                                description: "The address to ship to.",
                                required: true,
                                shape: InputShape::Object(
                                    &[
                                        InputInfo {
                                            name: "city",
                                            description: "City, district, suburb, town, or village.",
                                            required: false,
                                            shape: InputShape::Text,
                                            flag: None,
                                            limits: Limits {
                                                max_length: Some(5000),
                                                ..Limits::NONE
                                            },
                                        },
                                        InputInfo {
                                            name: "country",
                                            description: "Two-letter country code (ISO 3166-1 alpha-2).",
                                            required: false,
                                            shape: InputShape::Text,
                                            flag: None,
                                            limits: Limits {
                                                max_length: Some(5000),
                                                ..Limits::NONE
                                            },
                                        },
                                        InputInfo {
                                            name: "line1",
                                            description: "Address line 1 (street, PO Box, or company name).",
                                            required: true,
                                            shape: InputShape::Text,
                                            flag: None,
                                            limits: Limits {
                                                max_length: Some(5000),
                                                ..Limits::NONE
                                            },
                                        },
                                        InputInfo {
                                            name: "line2",
                                            description: "Address line 2 (apartment, suite, unit, or building).",
                                            required: false,
                                            shape: InputShape::Text,
                                            flag: None,
                                            limits: Limits {
                                                max_length: Some(5000),
                                                ..Limits::NONE
                                            },
                                        },
                                        InputInfo {
                                            name: "postal_code",
                                            description: "ZIP or postal code.",
                                            required: false,
                                            shape: InputShape::Text,
                                            flag: None,
                                            limits: Limits {
                                                max_length: Some(5000),
                                                ..Limits::NONE
                                            },
                                        },
                                        InputInfo {
                                            name: "state",
                                            description: "State, county, province, or region.",
                                            required: false,
                                            shape: InputShape::Text,
                                            flag: None,
                                            limits: Limits {
                                                max_length: Some(5000),
                                                ..Limits::NONE
                                            },
                                        },
                                    ],
                                ),
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                            InputInfo {
                                name: "name",
                                description: "The recipient's name.",
                                required: true,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "phone",
                                description: "The recipient's phone number, with its extension.",
                                required: false,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                        ],
                    ),
                    flag: Some("shipping"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "source",
                    description: "A payment source for the customer, such as the token `tok_visa`; it replaces the customer's default source.",
                    required: false,
                    shape: InputShape::Text,
                    flag: Some("source"),
                    limits: Limits {
                        min_length: Some(1),
                        max_length: Some(5000),
                        ..Limits::NONE
                    },
                },
                InputInfo {
                    name: "tax_exempt",
                    description: "The customer's tax exemption. One of `none`, `exempt`, or `reverse`.",
                    required: false,
                    shape: InputShape::Choice(&["exempt", "none", "reverse"]),
                    flag: Some("tax-exempt"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "tax_info",
                    description: "The customer's tax information. Appears on invoices emailed to this customer. This parameter has been deprecated and will be removed in a future API version, for further information view the [migration guide](https://stripe.com/docs/billing/migration/taxes#moving-from-taxinfo-to-customer-tax-ids).",
                    required: false,
                    shape: InputShape::Object(
                        &[
                            InputInfo {
                                name: "tax_id",
                                description: "The customer's tax ID number.",
                                required: true,
                                shape: InputShape::Text,
                                flag: None,
                                limits: Limits {
                                    max_length: Some(5000),
                                    ..Limits::NONE
                                },
                            },
                            InputInfo {
                                name: "type",
                                description: "The type of the tax ID number; always `vat`.",
                                required: true,
                                shape: InputShape::Choice(&["vat"]),
                                flag: None,
                                limits: Limits { ..Limits::NONE },
                            },
                        ],
                    ),
                    flag: Some("tax-info"),
                    limits: Limits { ..Limits::NONE },
                },
                InputInfo {
                    name: "trial_end",
                    description: "Unix timestamp representing the end of the trial period the customer will get before being charged for the first time. This will always overwrite any trials that might apply via a subscribed plan. If set, trial_end will override the default trial period of the plan the customer is being subscribed to. The special value `now` can be provided to end the customer's trial immediately. Can be at most two years from `billing_cycle_anchor`.",
                    required: false,
                    shape: InputShape::Timestamp,
                    flag: Some("trial-end"),
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
    /// The polling triggers, in the order of the spec, each with a poll that hands its
    /// objects over as JSON: for programs that serve every trigger alike.
    pub const REGISTRY: &[AnyTrigger] = &[
        AnyTrigger::of::<super::triggers::OnNewCustomer>(),
        AnyTrigger::of::<super::triggers::OnNewOrder>(),
        AnyTrigger::of::<super::triggers::OnNewCharge>(),
        AnyTrigger::of::<super::triggers::OnNewInvoiceItem>(),
    ];
    /// The trigger whose objects events of type `event_type` (such as
    /// `charge.succeeded`) announce, from the triggers' `x-trigger.events`.
    pub fn trigger_for_event(event_type: &str) -> Option<&'static TriggerInfo> {
        match event_type {
            "customer.created" => {
                Some(&<super::triggers::OnNewCustomer as crate::metadata::Trigger>::INFO)
            }
            "order.created" => {
                Some(&<super::triggers::OnNewOrder as crate::metadata::Trigger>::INFO)
            }
            "charge.succeeded" | "charge.failed" | "charge.pending" => {
                Some(&<super::triggers::OnNewCharge as crate::metadata::Trigger>::INFO)
            }
            "invoiceitem.created" => {
                Some(
                    &<super::triggers::OnNewInvoiceItem as crate::metadata::Trigger>::INFO,
                )
            }
            _ => None,
        }
    }
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
            command: "customer",
            summary: "When a customer is added",
            events: &["customer.created"],
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
            crate::runtime::check_range(
                "limit",
                crate::runtime::Number::to_f64(value),
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
            crate::runtime::finish_action(call.send().await).await
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
            command: "order",
            summary: "When an order is added",
            events: &["order.created"],
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
            crate::runtime::check_range(
                "limit",
                crate::runtime::Number::to_f64(value),
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
            crate::runtime::finish_action(call.send().await).await
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
            command: "charge",
            summary: "When a charge is added",
            events: &["charge.succeeded", "charge.failed", "charge.pending"],
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
            crate::runtime::check_range(
                "limit",
                crate::runtime::Number::to_f64(value),
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
            crate::runtime::finish_action(call.send().await).await
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
            command: "invoice-item",
            summary: "When an invoice item is added",
            events: &["invoiceitem.created"],
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
            crate::runtime::check_range(
                "limit",
                crate::runtime::Number::to_f64(value),
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
            crate::runtime::finish_action(call.send().await).await
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
        let params: types::CreateProductParams = crate::runtime::action_params(
            "product",
            params,
        )?;
        crate::runtime::Check::check(&params)?;
        let request = self.client().create_product().body(params);
        crate::runtime::finish_action(request.send().await).await
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
        crate::runtime::check_id("id", id)?;
        crate::runtime::check_length("id", id, None, Some(5000))?;
        let params: types::UpdateProductParams = crate::runtime::action_params(
            "product",
            params,
        )?;
        crate::runtime::Check::check(&params)?;
        let request = self.client().update_product().id(id).body(params);
        crate::runtime::finish_action(request.send().await).await
    }
    /// **Create a customer** (`POST /v1/customers`).
    ///
    /// Creates a new customer object.
    ///
    /// Takes [`types::CreateCustomerParams`] or its builder (`types::CreateCustomerParams::builder()`); its fields are checked against the spec's limits before anything is sent.
    pub async fn create_customer<P>(
        &self,
        params: P,
    ) -> ::std::result::Result<types::Customer, crate::Error>
    where
        P: ::std::convert::TryInto<types::CreateCustomerParams>,
        P::Error: ::std::fmt::Display,
    {
        let params: types::CreateCustomerParams = crate::runtime::action_params(
            "customer",
            params,
        )?;
        crate::runtime::Check::check(&params)?;
        let request = self.client().create_customer().body(params);
        crate::runtime::finish_action(request.send().await).await
    }
    /// **Get a customer** (`GET /v1/customers/{customer}`).
    ///
    /// Retrieves the details of an existing customer.
    ///
    /// `expand`: Specifies which fields in the response should be expanded, such as `default_source`: an expanded field holds the object instead of its id. Empty leaves it out.
    pub async fn get_customer(
        &self,
        id: &str,
        expand: &[&str],
    ) -> ::std::result::Result<types::Customer, crate::Error> {
        crate::runtime::check_id("id", id)?;
        crate::runtime::check_length("id", id, None, Some(5000))?;
        for item in expand {
            crate::runtime::check_length("expand", item, Some(1), Some(5000))?;
        }
        let request = self.client().get_customer().customer(id);
        let request = match expand {
            [] => request,
            list => {
                request
                    .expand(list.iter().map(|item| item.to_string()).collect::<Vec<_>>())
            }
        };
        crate::runtime::finish_action(request.send().await).await
    }
    /// **Update a customer** (`POST /v1/customers/{customer}`).
    ///
    /// Updates the specified customer by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// Takes [`types::UpdateCustomerParams`] or its builder (`types::UpdateCustomerParams::builder()`); its fields are checked against the spec's limits before anything is sent.
    pub async fn update_customer<P>(
        &self,
        id: &str,
        params: P,
    ) -> ::std::result::Result<types::Customer, crate::Error>
    where
        P: ::std::convert::TryInto<types::UpdateCustomerParams>,
        P::Error: ::std::fmt::Display,
    {
        crate::runtime::check_id("id", id)?;
        crate::runtime::check_length("id", id, None, Some(5000))?;
        let params: types::UpdateCustomerParams = crate::runtime::action_params(
            "customer",
            params,
        )?;
        crate::runtime::Check::check(&params)?;
        let request = self.client().update_customer().customer(id).body(params);
        crate::runtime::finish_action(request.send().await).await
    }
    /// Runs the action `operation_id` (one of [`connector::ACTIONS`](crate::connector::ACTIONS))
    /// with `inputs`, a JSON object of its inputs by the names Stripe reads (path
    /// parameters, query lists such as `expand`, form fields), as a flow passes them; its
    /// inputs are checked like the method's, and its answer is the object Stripe returns.
    pub async fn run_action(
        &self,
        operation_id: &str,
        inputs: ::serde_json::Value,
    ) -> ::std::result::Result<::serde_json::Value, crate::Error> {
        let mut inputs = crate::runtime::Inputs::new(inputs)?;
        match operation_id {
            "CreateProduct" => {
                let params: types::CreateProductParams = inputs
                    .body(
                        "product",
                        &[
                            "id",
                            "active",
                            "attributes",
                            "caption",
                            "deactivate_on",
                            "description",
                            "expand",
                            "images",
                            "metadata",
                            "name",
                            "package_dimensions",
                            "shippable",
                            "statement_descriptor",
                            "type",
                            "unit_label",
                            "url",
                        ],
                    )?;
                crate::runtime::answer_as_json(self.create_product(params).await?)
            }
            "UpdateProduct" => {
                let id = inputs.text("id")?;
                let params: types::UpdateProductParams = inputs
                    .body(
                        "product",
                        &[
                            "active",
                            "attributes",
                            "caption",
                            "deactivate_on",
                            "description",
                            "expand",
                            "images",
                            "metadata",
                            "name",
                            "package_dimensions",
                            "shippable",
                            "statement_descriptor",
                            "unit_label",
                            "url",
                        ],
                    )?;
                crate::runtime::answer_as_json(self.update_product(&id, params).await?)
            }
            "CreateCustomer" => {
                let params: types::CreateCustomerParams = inputs
                    .body(
                        "customer",
                        &[
                            "account_balance",
                            "address",
                            "balance",
                            "coupon",
                            "description",
                            "email",
                            "expand",
                            "invoice_prefix",
                            "invoice_settings",
                            "metadata",
                            "name",
                            "payment_method",
                            "phone",
                            "preferred_locales",
                            "shipping",
                            "source",
                            "tax_exempt",
                            "tax_id_data",
                            "tax_info",
                        ],
                    )?;
                crate::runtime::answer_as_json(self.create_customer(params).await?)
            }
            "GetCustomer" => {
                let id = inputs.text("customer")?;
                let expand = inputs.list("expand[]")?;
                let expand: Vec<&str> = expand.iter().map(String::as_str).collect();
                inputs.finish()?;
                crate::runtime::answer_as_json(self.get_customer(&id, &expand).await?)
            }
            "UpdateCustomer" => {
                let id = inputs.text("customer")?;
                let params: types::UpdateCustomerParams = inputs
                    .body(
                        "customer",
                        &[
                            "account_balance",
                            "address",
                            "balance",
                            "bank_account",
                            "card",
                            "coupon",
                            "default_alipay_account",
                            "default_bank_account",
                            "default_card",
                            "default_source",
                            "description",
                            "email",
                            "expand",
                            "invoice_prefix",
                            "invoice_settings",
                            "metadata",
                            "name",
                            "phone",
                            "preferred_locales",
                            "shipping",
                            "source",
                            "tax_exempt",
                            "tax_info",
                            "trial_end",
                        ],
                    )?;
                crate::runtime::answer_as_json(self.update_customer(&id, params).await?)
            }
            other => Err(crate::runtime::unknown_operation(other)),
        }
    }
}
/// The limits `spec/stripe.yaml` puts on the fields of `CreateProductParams`.
impl crate::runtime::Check for types::CreateProductParams {
    fn check(&self) -> ::std::result::Result<(), crate::Error> {
        if let Some(value) = &self.id {
            crate::runtime::check_length("id", value, Some(1), Some(5000))?;
        }
        {
            let value = &self.attributes;
            for item in value {
                crate::runtime::check_length("attributes", item, None, Some(5000))?;
            }
        }
        if let Some(value) = &self.caption {
            crate::runtime::check_length("caption", value, None, Some(5000))?;
        }
        {
            let value = &self.deactivate_on;
            for item in value {
                crate::runtime::check_length("deactivate_on", item, None, Some(5000))?;
            }
        }
        if let Some(value) = &self.description {
            crate::runtime::check_length("description", value, None, Some(40000))?;
        }
        {
            let value = &self.expand;
            for item in value {
                crate::runtime::check_length("expand", item, Some(1), Some(5000))?;
            }
        }
        {
            let value = &self.images;
            crate::runtime::check_items("images", value.len(), None, Some(8))?;
            for item in value {
                crate::runtime::check_url("images", item)?;
            }
        }
        {
            let value = &self.metadata;
            crate::runtime::check_entries("metadata", value.len(), Some(50))?;
            for (key, value) in value {
                crate::runtime::check_key_characters("metadata", key, "[]")?;
                crate::runtime::check_key("metadata", key, 40)?;
                crate::runtime::check_entry(
                    key,
                    || {
                        crate::runtime::check_length(
                            "metadata",
                            value,
                            None,
                            Some(500),
                        )?;
                        Ok(())
                    },
                )?;
            }
        }
        {
            let value = &self.name;
            crate::runtime::check_length("name", value, Some(1), Some(5000))?;
            crate::runtime::check_pattern("name", value, "\\S")?;
        }
        if let Some(value) = &self.statement_descriptor {
            crate::runtime::check_length("statement_descriptor", value, None, Some(22))?;
        }
        if let Some(value) = &self.unit_label {
            crate::runtime::check_length("unit_label", value, None, Some(12))?;
        }
        if let Some(value) = &self.url {
            crate::runtime::check_length("url", value, None, Some(5000))?;
            crate::runtime::check_url("url", value)?;
        }
        Ok(())
    }
}
/// The limits `spec/stripe.yaml` puts on the fields of `UpdateProductParams`.
impl crate::runtime::Check for types::UpdateProductParams {
    fn check(&self) -> ::std::result::Result<(), crate::Error> {
        if let Some(crate::Clearable::Set(value)) = &self.attributes {
            for item in value {
                crate::runtime::check_length("attributes", item, None, Some(5000))?;
            }
        }
        if let Some(value) = &self.caption {
            crate::runtime::check_length("caption", value, None, Some(5000))?;
        }
        {
            let value = &self.deactivate_on;
            for item in value {
                crate::runtime::check_length("deactivate_on", item, None, Some(5000))?;
            }
        }
        if let Some(value) = &self.description {
            crate::runtime::check_length("description", value, None, Some(40000))?;
        }
        {
            let value = &self.expand;
            for item in value {
                crate::runtime::check_length("expand", item, Some(1), Some(5000))?;
            }
        }
        if let Some(crate::Clearable::Set(value)) = &self.images {
            crate::runtime::check_items("images", value.len(), None, Some(8))?;
            for item in value {
                crate::runtime::check_url("images", item)?;
            }
        }
        {
            let value = &self.metadata;
            crate::runtime::check_entries("metadata", value.len(), Some(50))?;
            for (key, value) in value {
                crate::runtime::check_key_characters("metadata", key, "[]")?;
                crate::runtime::check_key("metadata", key, 40)?;
                crate::runtime::check_entry(
                    key,
                    || {
                        crate::runtime::check_length(
                            "metadata",
                            value,
                            None,
                            Some(500),
                        )?;
                        Ok(())
                    },
                )?;
            }
        }
        if let Some(value) = &self.name {
            crate::runtime::check_length("name", value, Some(1), Some(5000))?;
            crate::runtime::check_pattern("name", value, "\\S")?;
        }
        if let Some(value) = &self.statement_descriptor {
            crate::runtime::check_length("statement_descriptor", value, None, Some(22))?;
        }
        if let Some(value) = &self.unit_label {
            crate::runtime::check_length("unit_label", value, None, Some(12))?;
        }
        if let Some(value) = &self.url {
            crate::runtime::unless_cleared(
                value,
                || {
                    crate::runtime::check_url("url", value)?;
                    Ok(())
                },
            )?;
        }
        Ok(())
    }
}
/// The limits `spec/stripe.yaml` puts on the fields of `CreateCustomerParams`.
impl crate::runtime::Check for types::CreateCustomerParams {
    fn check(&self) -> ::std::result::Result<(), crate::Error> {
        if let Some(crate::Clearable::Set(value)) = &self.address {
            if let Some(value) = &value.city {
                crate::runtime::check_length("address.city", value, None, Some(5000))?;
            }
            if let Some(value) = &value.country {
                crate::runtime::check_length(
                    "address.country",
                    value,
                    None,
                    Some(5000),
                )?;
            }
            {
                let value = &value.line1;
                crate::runtime::check_length("address.line1", value, None, Some(5000))?;
            }
            if let Some(value) = &value.line2 {
                crate::runtime::check_length("address.line2", value, None, Some(5000))?;
            }
            if let Some(value) = &value.postal_code {
                crate::runtime::check_length(
                    "address.postal_code",
                    value,
                    None,
                    Some(5000),
                )?;
            }
            if let Some(value) = &value.state {
                crate::runtime::check_length("address.state", value, None, Some(5000))?;
            }
        }
        if let Some(value) = &self.coupon {
            crate::runtime::check_length("coupon", value, None, Some(5000))?;
        }
        if let Some(value) = &self.description {
            crate::runtime::check_length("description", value, None, Some(5000))?;
        }
        if let Some(value) = &self.email {
            crate::runtime::unless_cleared(
                value,
                || {
                    crate::runtime::check_length("email", value, None, Some(512))?;
                    crate::runtime::check_pattern(
                        "email",
                        value,
                        "^[^@]+@[^@]*\\.[^@]*$",
                    )?;
                    Ok(())
                },
            )?;
        }
        {
            let value = &self.expand;
            for item in value {
                crate::runtime::check_length("expand", item, Some(1), Some(5000))?;
            }
        }
        if let Some(value) = &self.invoice_prefix {
            crate::runtime::check_length("invoice_prefix", value, None, Some(5000))?;
            crate::runtime::check_pattern("invoice_prefix", value, "^[A-Z0-9]{3,12}$")?;
        }
        if let Some(value) = &self.invoice_settings {
            if let Some(crate::Clearable::Set(value)) = &value.custom_fields {
                for value in value {
                    {
                        let value = &value.name;
                        crate::runtime::check_length(
                            "invoice_settings.custom_fields.name",
                            value,
                            None,
                            Some(30),
                        )?;
                    }
                    {
                        let value = &value.value;
                        crate::runtime::check_length(
                            "invoice_settings.custom_fields.value",
                            value,
                            None,
                            Some(30),
                        )?;
                    }
                }
            }
            if let Some(value) = &value.default_payment_method {
                crate::runtime::check_length(
                    "invoice_settings.default_payment_method",
                    value,
                    None,
                    Some(5000),
                )?;
            }
            if let Some(value) = &value.footer {
                crate::runtime::check_length(
                    "invoice_settings.footer",
                    value,
                    None,
                    Some(5000),
                )?;
            }
        }
        {
            let value = &self.metadata;
            crate::runtime::check_entries("metadata", value.len(), Some(50))?;
            for (key, value) in value {
                crate::runtime::check_key_characters("metadata", key, "[]")?;
                crate::runtime::check_key("metadata", key, 40)?;
                crate::runtime::check_entry(
                    key,
                    || {
                        crate::runtime::check_length(
                            "metadata",
                            value,
                            None,
                            Some(500),
                        )?;
                        Ok(())
                    },
                )?;
            }
        }
        if let Some(value) = &self.name {
            crate::runtime::check_length("name", value, None, Some(256))?;
        }
        if let Some(value) = &self.payment_method {
            crate::runtime::check_length("payment_method", value, Some(1), Some(5000))?;
        }
        if let Some(value) = &self.phone {
            crate::runtime::check_length("phone", value, None, Some(20))?;
        }
        {
            let value = &self.preferred_locales;
            for item in value {
                crate::runtime::check_length(
                    "preferred_locales",
                    item,
                    None,
                    Some(5000),
                )?;
            }
        }
        if let Some(crate::Clearable::Set(value)) = &self.shipping {
            {
                let value = &value.address;
                if let Some(value) = &value.city {
                    crate::runtime::check_length(
                        "shipping.address.city",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                if let Some(value) = &value.country {
                    crate::runtime::check_length(
                        "shipping.address.country",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                {
                    let value = &value.line1;
                    crate::runtime::check_length(
                        "shipping.address.line1",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                if let Some(value) = &value.line2 {
                    crate::runtime::check_length(
                        "shipping.address.line2",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                if let Some(value) = &value.postal_code {
                    crate::runtime::check_length(
                        "shipping.address.postal_code",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                if let Some(value) = &value.state {
                    crate::runtime::check_length(
                        "shipping.address.state",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
            }
            {
                let value = &value.name;
                crate::runtime::check_length("shipping.name", value, None, Some(5000))?;
            }
            if let Some(value) = &value.phone {
                crate::runtime::check_length("shipping.phone", value, None, Some(5000))?;
            }
        }
        if let Some(value) = &self.source {
            crate::runtime::check_length("source", value, Some(1), Some(5000))?;
        }
        if let Some(value) = &self.tax_info {
            {
                let value = &value.tax_id;
                crate::runtime::check_length(
                    "tax_info.tax_id",
                    value,
                    None,
                    Some(5000),
                )?;
            }
        }
        Ok(())
    }
}
/// The limits `spec/stripe.yaml` puts on the fields of `UpdateCustomerParams`.
impl crate::runtime::Check for types::UpdateCustomerParams {
    fn check(&self) -> ::std::result::Result<(), crate::Error> {
        if let Some(crate::Clearable::Set(value)) = &self.address {
            if let Some(value) = &value.city {
                crate::runtime::check_length("address.city", value, None, Some(5000))?;
            }
            if let Some(value) = &value.country {
                crate::runtime::check_length(
                    "address.country",
                    value,
                    None,
                    Some(5000),
                )?;
            }
            {
                let value = &value.line1;
                crate::runtime::check_length("address.line1", value, None, Some(5000))?;
            }
            if let Some(value) = &value.line2 {
                crate::runtime::check_length("address.line2", value, None, Some(5000))?;
            }
            if let Some(value) = &value.postal_code {
                crate::runtime::check_length(
                    "address.postal_code",
                    value,
                    None,
                    Some(5000),
                )?;
            }
            if let Some(value) = &value.state {
                crate::runtime::check_length("address.state", value, None, Some(5000))?;
            }
        }
        if let Some(value) = &self.bank_account {
            crate::runtime::check_length("bank_account", value, Some(1), Some(5000))?;
        }
        if let Some(value) = &self.card {
            crate::runtime::check_length("card", value, Some(1), Some(5000))?;
        }
        if let Some(value) = &self.coupon {
            crate::runtime::check_length("coupon", value, None, Some(5000))?;
        }
        if let Some(value) = &self.default_alipay_account {
            crate::runtime::check_length(
                "default_alipay_account",
                value,
                Some(1),
                Some(500),
            )?;
        }
        if let Some(value) = &self.default_bank_account {
            crate::runtime::check_length(
                "default_bank_account",
                value,
                Some(1),
                Some(500),
            )?;
        }
        if let Some(value) = &self.default_card {
            crate::runtime::check_length("default_card", value, Some(1), Some(500))?;
        }
        if let Some(value) = &self.default_source {
            crate::runtime::check_length("default_source", value, Some(1), Some(500))?;
        }
        if let Some(value) = &self.description {
            crate::runtime::check_length("description", value, None, Some(5000))?;
        }
        if let Some(value) = &self.email {
            crate::runtime::unless_cleared(
                value,
                || {
                    crate::runtime::check_length("email", value, None, Some(512))?;
                    crate::runtime::check_pattern(
                        "email",
                        value,
                        "^[^@]+@[^@]*\\.[^@]*$",
                    )?;
                    Ok(())
                },
            )?;
        }
        {
            let value = &self.expand;
            for item in value {
                crate::runtime::check_length("expand", item, Some(1), Some(5000))?;
            }
        }
        if let Some(value) = &self.invoice_prefix {
            crate::runtime::check_length("invoice_prefix", value, None, Some(5000))?;
            crate::runtime::check_pattern("invoice_prefix", value, "^[A-Z0-9]{3,12}$")?;
        }
        if let Some(value) = &self.invoice_settings {
            if let Some(crate::Clearable::Set(value)) = &value.custom_fields {
                for value in value {
                    {
                        let value = &value.name;
                        crate::runtime::check_length(
                            "invoice_settings.custom_fields.name",
                            value,
                            None,
                            Some(30),
                        )?;
                    }
                    {
                        let value = &value.value;
                        crate::runtime::check_length(
                            "invoice_settings.custom_fields.value",
                            value,
                            None,
                            Some(30),
                        )?;
                    }
                }
            }
            if let Some(value) = &value.default_payment_method {
                crate::runtime::check_length(
                    "invoice_settings.default_payment_method",
                    value,
                    None,
                    Some(5000),
                )?;
            }
            if let Some(value) = &value.footer {
                crate::runtime::check_length(
                    "invoice_settings.footer",
                    value,
                    None,
                    Some(5000),
                )?;
            }
        }
        {
            let value = &self.metadata;
            crate::runtime::check_entries("metadata", value.len(), Some(50))?;
            for (key, value) in value {
                crate::runtime::check_key_characters("metadata", key, "[]")?;
                crate::runtime::check_key("metadata", key, 40)?;
                crate::runtime::check_entry(
                    key,
                    || {
                        crate::runtime::check_length(
                            "metadata",
                            value,
                            None,
                            Some(500),
                        )?;
                        Ok(())
                    },
                )?;
            }
        }
        if let Some(value) = &self.name {
            crate::runtime::check_length("name", value, None, Some(256))?;
        }
        if let Some(value) = &self.phone {
            crate::runtime::check_length("phone", value, None, Some(20))?;
        }
        {
            let value = &self.preferred_locales;
            for item in value {
                crate::runtime::check_length(
                    "preferred_locales",
                    item,
                    None,
                    Some(5000),
                )?;
            }
        }
        if let Some(crate::Clearable::Set(value)) = &self.shipping {
            {
                let value = &value.address;
                if let Some(value) = &value.city {
                    crate::runtime::check_length(
                        "shipping.address.city",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                if let Some(value) = &value.country {
                    crate::runtime::check_length(
                        "shipping.address.country",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                {
                    let value = &value.line1;
                    crate::runtime::check_length(
                        "shipping.address.line1",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                if let Some(value) = &value.line2 {
                    crate::runtime::check_length(
                        "shipping.address.line2",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                if let Some(value) = &value.postal_code {
                    crate::runtime::check_length(
                        "shipping.address.postal_code",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
                if let Some(value) = &value.state {
                    crate::runtime::check_length(
                        "shipping.address.state",
                        value,
                        None,
                        Some(5000),
                    )?;
                }
            }
            {
                let value = &value.name;
                crate::runtime::check_length("shipping.name", value, None, Some(5000))?;
            }
            if let Some(value) = &value.phone {
                crate::runtime::check_length("shipping.phone", value, None, Some(5000))?;
            }
        }
        if let Some(value) = &self.source {
            crate::runtime::check_length("source", value, Some(1), Some(5000))?;
        }
        if let Some(value) = &self.tax_info {
            {
                let value = &value.tax_id;
                crate::runtime::check_length(
                    "tax_info.tax_id",
                    value,
                    None,
                    Some(5000),
                )?;
            }
        }
        Ok(())
    }
}
impl crate::Identified for types::AlipayAccount {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::BankAccount {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::BitcoinReceiver {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::BitcoinTransaction {
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
impl crate::Identified for types::CustomerOrDeletedCustomer {
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
impl crate::Identified for types::DeletedProduct {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::DeletedWebhookEndpoint {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::Event {
    fn id(&self) -> &str {
        &self.id
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
impl crate::Identified for types::OrderReturn {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::PaymentSource {
    fn id(&self) -> &str {
        match self {
            Self::AlipayAccount(object) => crate::Identified::id(object),
            Self::BankAccount(object) => crate::Identified::id(object),
            Self::BitcoinReceiver(object) => crate::Identified::id(object),
            Self::Card(object) => crate::Identified::id(object),
            Self::Source(object) => crate::Identified::id(object),
        }
    }
}
impl crate::Identified for types::Plan {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::Product {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::ProductOrDeletedProduct {
    fn id(&self) -> &str {
        match self {
            Self::Product(object) => crate::Identified::id(object),
            Self::DeletedProduct(object) => crate::Identified::id(object),
        }
    }
}
impl crate::Identified for types::Refund {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::ShippingMethod {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::Source {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::StripeObject {
    fn id(&self) -> &str {
        self.0.get("id").and_then(::serde_json::Value::as_str).unwrap_or_default()
    }
}
impl crate::Identified for types::Subscription {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::SubscriptionItem {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::TaxId {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::TaxRate {
    fn id(&self) -> &str {
        &self.id
    }
}
impl crate::Identified for types::WebhookEndpoint {
    fn id(&self) -> &str {
        &self.id
    }
}
