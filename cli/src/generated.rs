// Generated from spec/stripe.yaml by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
//! The command line's actions and trigger names, generated from the connector's OpenAPI description.

use clap::{Args, Subcommand};
use stripe_connector::metadata::{Trigger, TriggerInfo};
use stripe_connector::{Connection, triggers, types};
use crate::runtime::{self, Failure};
/// The actions of the spec, in groups as a person types them (`x-action.command`).
#[derive(Subcommand, Debug)]
pub enum Action {
    #[command(name = "product", subcommand, about = "Create or update a product.")]
    Product(ProductAction),
    #[command(
        name = "customer",
        subcommand,
        about = "Create, get or update a customer."
    )]
    Customer(CustomerAction),
}
impl Action {
    /// Runs the action through `stripe` (which checks its input before sending) and
    /// prints Stripe's answer as JSON.
    pub async fn run(self, stripe: &Connection) -> Result<(), Failure> {
        match self {
            Self::Product(ProductAction::Create(args)) => {
                let args = *args;
                let params = types::CreateProductParams::builder()
                    .id(args.id)
                    .active(args.active)
                    .caption(args.caption)
                    .description(args.description)
                    .images(args.images)
                    .name(args.name)
                    .shippable(args.shippable)
                    .url(args.url)
                    .attributes(args.attributes)
                    .deactivate_on(args.deactivate_on)
                    .expand(args.expand)
                    .metadata(
                        args
                            .metadata
                            .into_iter()
                            .collect::<::std::collections::BTreeMap<_, _>>(),
                    )
                    .package_dimensions(args.package_dimensions)
                    .statement_descriptor(args.statement_descriptor)
                    .unit_label(args.unit_label);
                let params = match args.type_ {
                    Some(value) => params.type_(value),
                    None => params,
                };
                runtime::print(&stripe.create_product(params).await?)
            }
            Self::Product(ProductAction::Update(args)) => {
                let args = *args;
                let params = types::UpdateProductParams::builder()
                    .active(args.active)
                    .caption(args.caption)
                    .description(args.description)
                    .name(args.name)
                    .shippable(args.shippable)
                    .url(args.url)
                    .deactivate_on(args.deactivate_on)
                    .expand(args.expand)
                    .metadata(
                        args
                            .metadata
                            .into_iter()
                            .collect::<::std::collections::BTreeMap<_, _>>(),
                    )
                    .statement_descriptor(args.statement_descriptor)
                    .unit_label(args.unit_label);
                let params = match args.clear_images {
                    true => params.images(stripe_connector::Clearable::Clear),
                    false => {
                        params.images((!args.images.is_empty()).then_some(args.images))
                    }
                };
                let params = match args.clear_attributes {
                    true => params.attributes(stripe_connector::Clearable::Clear),
                    false => {
                        params
                            .attributes(
                                (!args.attributes.is_empty()).then_some(args.attributes),
                            )
                    }
                };
                let params = match args.clear_package_dimensions {
                    true => params.package_dimensions(stripe_connector::Clearable::Clear),
                    false => params.package_dimensions(args.package_dimensions),
                };
                runtime::print(&stripe.update_product(&args.id, params).await?)
            }
            Self::Customer(CustomerAction::Create(args)) => {
                let args = *args;
                let params = types::CreateCustomerParams::builder()
                    .description(args.description)
                    .email(args.email)
                    .account_balance(args.account_balance)
                    .balance(args.balance)
                    .coupon(args.coupon)
                    .expand(args.expand)
                    .invoice_prefix(args.invoice_prefix)
                    .invoice_settings(args.invoice_settings)
                    .metadata(
                        args
                            .metadata
                            .into_iter()
                            .collect::<::std::collections::BTreeMap<_, _>>(),
                    )
                    .name(args.name)
                    .payment_method(args.payment_method)
                    .phone(args.phone)
                    .preferred_locales(args.preferred_locales)
                    .source(args.source)
                    .tax_id_data(args.tax_id_data)
                    .tax_info(args.tax_info);
                let params = match args.clear_address {
                    true => params.address(stripe_connector::Clearable::Clear),
                    false => params.address(args.address),
                };
                let params = match args.clear_shipping {
                    true => params.shipping(stripe_connector::Clearable::Clear),
                    false => params.shipping(args.shipping),
                };
                let params = match args.clear_tax_exempt {
                    true => params.tax_exempt(stripe_connector::Clearable::Clear),
                    false => params.tax_exempt(args.tax_exempt),
                };
                runtime::print(&stripe.create_customer(params).await?)
            }
            Self::Customer(CustomerAction::Get(args)) => {
                let args = *args;
                runtime::print(
                    &stripe
                        .get_customer(
                            &args.id,
                            &args.expand.iter().map(String::as_str).collect::<Vec<_>>(),
                        )
                        .await?,
                )
            }
            Self::Customer(CustomerAction::Update(args)) => {
                let args = *args;
                let params = types::UpdateCustomerParams::builder()
                    .description(args.description)
                    .email(args.email)
                    .account_balance(args.account_balance)
                    .balance(args.balance)
                    .bank_account(args.bank_account)
                    .card(args.card)
                    .coupon(args.coupon)
                    .default_alipay_account(args.default_alipay_account)
                    .default_bank_account(args.default_bank_account)
                    .default_card(args.default_card)
                    .default_source(args.default_source)
                    .expand(args.expand)
                    .invoice_prefix(args.invoice_prefix)
                    .invoice_settings(args.invoice_settings)
                    .metadata(
                        args
                            .metadata
                            .into_iter()
                            .collect::<::std::collections::BTreeMap<_, _>>(),
                    )
                    .name(args.name)
                    .phone(args.phone)
                    .preferred_locales(args.preferred_locales)
                    .source(args.source)
                    .tax_info(args.tax_info)
                    .trial_end(args.trial_end);
                let params = match args.clear_address {
                    true => params.address(stripe_connector::Clearable::Clear),
                    false => params.address(args.address),
                };
                let params = match args.clear_shipping {
                    true => params.shipping(stripe_connector::Clearable::Clear),
                    false => params.shipping(args.shipping),
                };
                let params = match args.clear_tax_exempt {
                    true => params.tax_exempt(stripe_connector::Clearable::Clear),
                    false => params.tax_exempt(args.tax_exempt),
                };
                runtime::print(&stripe.update_customer(&args.id, params).await?)
            }
        }
    }
}
/// `product ...`: the actions on a product.
#[derive(Subcommand, Debug)]
pub enum ProductAction {
    #[command(
        name = "create",
        about = "Create a product",
        long_about = "Create a product (POST /v1/products)\n\nCreates a new product object."
    )]
    Create(Box<CreateProduct>),
    #[command(
        name = "update",
        about = "Update a product",
        long_about = "Update a product (POST /v1/products/{id})\n\nUpdates the specific product by setting the values of the parameters passed. Any parameters not provided will be left unchanged."
    )]
    Update(Box<UpdateProduct>),
}
/// `customer ...`: the actions on a customer.
#[derive(Subcommand, Debug)]
pub enum CustomerAction {
    #[command(
        name = "create",
        about = "Create a customer",
        long_about = "Create a customer (POST /v1/customers)\n\nCreates a new customer object."
    )]
    Create(Box<CreateCustomer>),
    #[command(
        name = "get",
        about = "Get a customer",
        long_about = "Get a customer (GET /v1/customers/{customer})\n\nRetrieves the details of an existing customer."
    )]
    Get(Box<GetCustomer>),
    #[command(
        name = "update",
        about = "Update a customer",
        long_about = "Update a customer (POST /v1/customers/{customer})\n\nUpdates the specified customer by setting the values of the parameters passed. Any parameters not provided will be left unchanged."
    )]
    Update(Box<UpdateCustomer>),
}
/// `product create`: Create a product (`POST /v1/products`).
#[derive(Args, Debug)]
pub struct CreateProduct {
    #[arg(
        long = "id",
        help = "An identifier will be randomly generated by Stripe. You can optionally override this ID, but the ID must be unique across all products in your Stripe account. Applicable to both `service` and `good` types."
    )]
    id: Option<String>,
    #[arg(
        long = "active",
        value_name = "BOOL",
        action = clap::ArgAction::Set,
        help = "Whether the product is currently available for purchase. Defaults to `true`."
    )]
    active: Option<bool>,
    #[arg(
        long = "caption",
        help = "A short one-line description of the product, meant to be displayable to the customer. May only be set if type=`good`."
    )]
    caption: Option<String>,
    #[arg(
        long = "description",
        help = "The product's description, meant to be displayable to the customer. May only be set if type=`good`."
    )]
    description: Option<String>,
    #[arg(
        long = "image",
        value_name = "URL",
        help = "A list of up to 8 URLs of images for this product, meant to be displayable to the customer. May only be set if type=`good`. Repeat the option for each one."
    )]
    images: Vec<String>,
    #[arg(
        long = "name",
        help = "The product's name, meant to be displayable to the customer. Applicable to both `service` and `good` types."
    )]
    name: String,
    #[arg(
        long = "shippable",
        value_name = "BOOL",
        action = clap::ArgAction::Set,
        help = "Whether this product is shipped (i.e., physical goods). Defaults to `true`. May only be set if type=`good`."
    )]
    shippable: Option<bool>,
    #[arg(
        long = "url",
        value_name = "URL",
        help = "A URL of a publicly-accessible webpage for this product. May only be set if type=`good`."
    )]
    url: Option<String>,
    #[arg(
        long = "attributes",
        help_heading = "More Stripe fields",
        help = "A list of up to 5 alphanumeric attributes. Applicable to both `service` and `good` types. Repeat the option for each one."
    )]
    attributes: Vec<String>,
    #[arg(
        long = "deactivate-on",
        help_heading = "More Stripe fields",
        help = "An array of Connect application names or identifiers that should not be able to order the SKUs for this product. May only be set if type=`good`. Repeat the option for each one."
    )]
    deactivate_on: Vec<String>,
    #[arg(
        long = "expand",
        help_heading = "More Stripe fields",
        help = "Specifies which fields in the response should be expanded. Repeat the option for each one."
    )]
    expand: Vec<String>,
    #[arg(
        long = "metadata",
        value_name = "KEY=VALUE",
        value_parser = crate::runtime::key_value,
        help_heading = "More Stripe fields",
        help = "A set of key-value pairs that you can attach to a product object. It can be useful for storing additional information about the product in a structured format. Applicable to both `service` and `good` types. Repeat the option for each one."
    )]
    metadata: Vec<(String, String)>,
    #[arg(
        long = "package-dimensions",
        value_name = "JSON",
        value_parser = crate::runtime::json::<types::PackageDimensionsParams>,
        help_heading = "More Stripe fields",
        help = "The dimensions of this product for shipping purposes. A SKU associated with this product can override this value by having its own `package_dimensions`. May only be set if type=`good`."
    )]
    package_dimensions: Option<types::PackageDimensionsParams>,
    #[arg(
        long = "statement-descriptor",
        help_heading = "More Stripe fields",
        help = "An arbitrary string to be displayed on your customer's credit card statement. This may be up to 22 characters. The statement description may not include <>\"' characters, and will appear on your customer's statement in capital letters. Non-ASCII characters are automatically stripped. While most banks display this information consistently, some may display it incorrectly or not at all. It must contain at least one letter. May only be set if type=`service`."
    )]
    statement_descriptor: Option<String>,
    #[arg(
        long = "type",
        value_name = "VALUE",
        value_parser = crate::runtime::parsed::<types::CreateProductParamsType>,
        help_heading = "More Stripe fields",
        help = "The type of the product. The product is either of type `service`, which is eligible for use with Subscriptions and Plans or `good`, which is eligible for use with Orders and SKUs. Defaults to `good`, the type whose fields (caption, images, shippable, url) the original connector exposes; it is always sent, so callers need not set it."
    )]
    type_: Option<types::CreateProductParamsType>,
    #[arg(
        long = "unit-label",
        help_heading = "More Stripe fields",
        help = "A label that represents units of this product, such as seat(s), in Stripe and on customers’ receipts and invoices. Only available on products of type=`service`."
    )]
    unit_label: Option<String>,
}
/// `product update`: Update a product (`POST /v1/products/{id}`).
#[derive(Args, Debug)]
pub struct UpdateProduct {
    #[arg(value_name = "ID", help = "The identifier of the product to update.")]
    id: String,
    #[arg(
        long = "active",
        value_name = "BOOL",
        action = clap::ArgAction::Set,
        help = "Whether the product is available for purchase."
    )]
    active: Option<bool>,
    #[arg(
        long = "caption",
        help = "A short one-line description of the product, meant to be displayable to the customer."
    )]
    caption: Option<String>,
    #[arg(
        long = "description",
        help = "The product's description, meant to be displayable to the customer."
    )]
    description: Option<String>,
    #[arg(
        long = "image",
        value_name = "URL",
        help = "A list of up to 8 URLs of images for this product, meant to be displayable to the customer. Repeat the option for each one."
    )]
    images: Vec<String>,
    #[arg(
        long = "clear-images",
        conflicts_with = "images",
        help = "A list of up to 8 URLs of images for this product, meant to be displayable to the customer. This flag unsets it at Stripe (sends it empty)."
    )]
    clear_images: bool,
    #[arg(
        long = "name",
        help = "The product's name, meant to be displayable to the customer. Applicable to both `service` and `good` types."
    )]
    name: Option<String>,
    #[arg(
        long = "shippable",
        value_name = "BOOL",
        action = clap::ArgAction::Set,
        help = "Whether this product is shipped (i.e., physical goods). Defaults to `true`."
    )]
    shippable: Option<bool>,
    #[arg(
        long = "url",
        value_name = "URL",
        help = "A URL of a publicly-accessible webpage for this product; `\"\"` removes it."
    )]
    url: Option<String>,
    #[arg(
        long = "attributes",
        help_heading = "More Stripe fields",
        help = "A list of up to 5 alphanumeric attributes that each SKU can provide values for (e.g., `[\"color\", \"size\"]`). If a value for `attributes` is specified, the list specified will replace the existing attributes list on this product. Any attributes not present after the update will be deleted from the SKUs for this product. Repeat the option for each one."
    )]
    attributes: Vec<String>,
    #[arg(
        long = "clear-attributes",
        conflicts_with = "attributes",
        help_heading = "More Stripe fields",
        help = "A list of up to 5 alphanumeric attributes that each SKU can provide values for (e.g., `[\"color\", \"size\"]`). If a value for `attributes` is specified, the list specified will replace the existing attributes list on this product. Any attributes not present after the update will be deleted from the SKUs for this product. This flag unsets it at Stripe (sends it empty)."
    )]
    clear_attributes: bool,
    #[arg(
        long = "deactivate-on",
        help_heading = "More Stripe fields",
        help = "An array of Connect application names or identifiers that should not be able to order the SKUs for this product. Repeat the option for each one."
    )]
    deactivate_on: Vec<String>,
    #[arg(
        long = "expand",
        help_heading = "More Stripe fields",
        help = "Specifies which fields in the response should be expanded. Repeat the option for each one."
    )]
    expand: Vec<String>,
    #[arg(
        long = "metadata",
        value_name = "KEY=VALUE",
        value_parser = crate::runtime::key_value,
        help_heading = "More Stripe fields",
        help = "A set of key-value pairs that you can attach to a product object. It can be useful for storing additional information about the product in a structured format. Repeat the option for each one."
    )]
    metadata: Vec<(String, String)>,
    #[arg(
        long = "package-dimensions",
        value_name = "JSON",
        value_parser = crate::runtime::json::<types::PackageDimensionsParams>,
        help_heading = "More Stripe fields",
        help = "The dimensions of this product for shipping purposes. A SKU associated with this product can override this value by having its own `package_dimensions`."
    )]
    package_dimensions: Option<types::PackageDimensionsParams>,
    #[arg(
        long = "clear-package-dimensions",
        conflicts_with = "package_dimensions",
        help_heading = "More Stripe fields",
        help = "The dimensions of this product for shipping purposes. A SKU associated with this product can override this value by having its own `package_dimensions`. This flag unsets it at Stripe (sends it empty)."
    )]
    clear_package_dimensions: bool,
    #[arg(
        long = "statement-descriptor",
        help_heading = "More Stripe fields",
        help = "An arbitrary string to be displayed on your customer's credit card statement. This may be up to 22 characters. The statement description may not include <>\"' characters, and will appear on your customer's statement in capital letters. Non-ASCII characters are automatically stripped. While most banks display this information consistently, some may display it incorrectly or not at all. It must contain at least one letter. May only be set if type=`service`."
    )]
    statement_descriptor: Option<String>,
    #[arg(
        long = "unit-label",
        help_heading = "More Stripe fields",
        help = "A label that represents units of this product, such as seat(s), in Stripe and on customers’ receipts and invoices. Only available on products of type=`service`."
    )]
    unit_label: Option<String>,
}
/// `customer create`: Create a customer (`POST /v1/customers`).
#[derive(Args, Debug)]
pub struct CreateCustomer {
    #[arg(
        long = "description",
        help = "An arbitrary string that you can attach to a customer object. It is displayed alongside the customer in the dashboard."
    )]
    description: Option<String>,
    #[arg(
        long = "email",
        help = "Customer's email address. It's displayed alongside the customer in your dashboard and can be useful for searching and tracking. This may be up to *512 characters*."
    )]
    email: Option<String>,
    #[arg(
        long = "account-balance",
        value_name = "N",
        help_heading = "More Stripe fields",
        help = "This field has been renamed to `balance` and will be removed in a future API version."
    )]
    account_balance: Option<i64>,
    #[arg(
        long = "address",
        value_name = "JSON",
        value_parser = crate::runtime::json::<types::AddressParams>,
        help_heading = "More Stripe fields",
        help = "The customer's address."
    )]
    address: Option<types::AddressParams>,
    #[arg(
        long = "clear-address",
        conflicts_with = "address",
        help_heading = "More Stripe fields",
        help = "The customer's address. This flag unsets it at Stripe (sends it empty)."
    )]
    clear_address: bool,
    #[arg(
        long = "balance",
        value_name = "N",
        help_heading = "More Stripe fields",
        help = "An integer amount in %s that represents the customer's current balance, which affect the customer's future invoices. A negative amount represents a credit that decreases the amount due on an invoice; a positive amount increases the amount due on an invoice."
    )]
    balance: Option<i64>,
    #[arg(
        long = "coupon",
        help_heading = "More Stripe fields",
        help = "The code of a coupon to apply to the customer's recurring charges."
    )]
    coupon: Option<String>,
    #[arg(
        long = "expand",
        help_heading = "More Stripe fields",
        help = "Specifies which fields in the response should be expanded. Repeat the option for each one."
    )]
    expand: Vec<String>,
    #[arg(
        long = "invoice-prefix",
        help_heading = "More Stripe fields",
        help = "The prefix for the customer used to generate unique invoice numbers. Must be 3–12 uppercase letters or numbers."
    )]
    invoice_prefix: Option<String>,
    #[arg(
        long = "invoice-settings",
        value_name = "JSON",
        value_parser = crate::runtime::json::<types::InvoiceSettingsParams>,
        help_heading = "More Stripe fields",
        help = "Default invoice settings for this customer."
    )]
    invoice_settings: Option<types::InvoiceSettingsParams>,
    #[arg(
        long = "metadata",
        value_name = "KEY=VALUE",
        value_parser = crate::runtime::key_value,
        help_heading = "More Stripe fields",
        help = "A set of key-value pairs that you can attach to a customer object. It can be useful for storing additional information about the customer in a structured format. Repeat the option for each one."
    )]
    metadata: Vec<(String, String)>,
    #[arg(
        long = "name",
        help_heading = "More Stripe fields",
        help = "The customer's full name or business name."
    )]
    name: Option<String>,
    #[arg(
        long = "payment-method",
        help_heading = "More Stripe fields",
        help = "The id of a PaymentMethod to attach to the customer."
    )]
    payment_method: Option<String>,
    #[arg(
        long = "phone",
        help_heading = "More Stripe fields",
        help = "The customer's phone number."
    )]
    phone: Option<String>,
    #[arg(
        long = "preferred-locales",
        help_heading = "More Stripe fields",
        help = "Customer's preferred languages, ordered by preference. Repeat the option for each one."
    )]
    preferred_locales: Vec<String>,
    #[arg(
        long = "shipping",
        value_name = "JSON",
        value_parser = crate::runtime::json::<types::ShippingParams>,
        help_heading = "More Stripe fields",
        help = "The customer's shipping information. Appears on invoices emailed to this customer."
    )]
    shipping: Option<types::ShippingParams>,
    #[arg(
        long = "clear-shipping",
        conflicts_with = "shipping",
        help_heading = "More Stripe fields",
        help = "The customer's shipping information. Appears on invoices emailed to this customer. This flag unsets it at Stripe (sends it empty)."
    )]
    clear_shipping: bool,
    #[arg(
        long = "source",
        help_heading = "More Stripe fields",
        help = "A payment source for the customer, such as the token `tok_visa`; it becomes the customer's default source."
    )]
    source: Option<String>,
    #[arg(
        long = "tax-exempt",
        value_name = "VALUE",
        value_parser = crate::runtime::parsed::<types::CreateCustomerParamsTaxExempt>,
        help_heading = "More Stripe fields",
        help = "The customer's tax exemption. One of `none`, `exempt`, or `reverse`."
    )]
    tax_exempt: Option<types::CreateCustomerParamsTaxExempt>,
    #[arg(
        long = "clear-tax-exempt",
        conflicts_with = "tax_exempt",
        help_heading = "More Stripe fields",
        help = "The customer's tax exemption. One of `none`, `exempt`, or `reverse`. This flag unsets it at Stripe (sends it empty)."
    )]
    clear_tax_exempt: bool,
    #[arg(
        long = "tax-id-data",
        value_name = "JSON",
        value_parser = crate::runtime::json::<types::TaxIdDataParams>,
        help_heading = "More Stripe fields",
        help = "The customer's tax IDs. Repeat the option for each one."
    )]
    tax_id_data: Vec<types::TaxIdDataParams>,
    #[arg(
        long = "tax-info",
        value_name = "JSON",
        value_parser = crate::runtime::json::<types::TaxInfoParams>,
        help_heading = "More Stripe fields",
        help = "The customer's tax information. Appears on invoices emailed to this customer. This parameter has been deprecated and will be removed in a future API version, for further information view the [migration guide](https://stripe.com/docs/billing/migration/taxes#moving-from-taxinfo-to-customer-tax-ids)."
    )]
    tax_info: Option<types::TaxInfoParams>,
}
/// `customer get`: Get a customer (`GET /v1/customers/{customer}`).
#[derive(Args, Debug)]
pub struct GetCustomer {
    #[arg(
        value_name = "ID",
        help = "The identifier of the customer, such as `cus_GbD5X8yW3k7rQF`."
    )]
    id: String,
    #[arg(
        long = "expand",
        help = "Specifies which fields in the response should be expanded, such as `default_source`: an expanded field holds the object instead of its id. Repeat the option for each one."
    )]
    expand: Vec<String>,
}
/// `customer update`: Update a customer (`POST /v1/customers/{customer}`).
#[derive(Args, Debug)]
pub struct UpdateCustomer {
    #[arg(
        value_name = "ID",
        help = "The identifier of the customer, such as `cus_GbD5X8yW3k7rQF`."
    )]
    id: String,
    #[arg(
        long = "description",
        help = "An arbitrary string that you can attach to a customer object. It is displayed alongside the customer in the dashboard."
    )]
    description: Option<String>,
    #[arg(
        long = "email",
        help = "Customer's email address. It's displayed alongside the customer in your dashboard and can be useful for searching and tracking. This may be up to *512 characters*."
    )]
    email: Option<String>,
    #[arg(
        long = "account-balance",
        value_name = "N",
        help_heading = "More Stripe fields",
        help = "This field has been renamed to `balance` and will be removed in a future API version."
    )]
    account_balance: Option<i64>,
    #[arg(
        long = "address",
        value_name = "JSON",
        value_parser = crate::runtime::json::<types::AddressParams>,
        help_heading = "More Stripe fields",
        help = "The customer's address."
    )]
    address: Option<types::AddressParams>,
    #[arg(
        long = "clear-address",
        conflicts_with = "address",
        help_heading = "More Stripe fields",
        help = "The customer's address. This flag unsets it at Stripe (sends it empty)."
    )]
    clear_address: bool,
    #[arg(
        long = "balance",
        value_name = "N",
        help_heading = "More Stripe fields",
        help = "An integer amount in %s that represents the customer's current balance, which affect the customer's future invoices. A negative amount represents a credit that decreases the amount due on an invoice; a positive amount increases the amount due on an invoice."
    )]
    balance: Option<i64>,
    #[arg(
        long = "bank-account",
        help_heading = "More Stripe fields",
        help = "Either a token, like the ones returned by [Stripe.js](https://stripe.com/docs/stripe.js), or a dictionary containing a user's bank account details."
    )]
    bank_account: Option<String>,
    #[arg(
        long = "card",
        help_heading = "More Stripe fields",
        help = "A token, like the ones returned by [Stripe.js](https://stripe.com/docs/stripe.js)."
    )]
    card: Option<String>,
    #[arg(
        long = "coupon",
        help_heading = "More Stripe fields",
        help = "The code of a coupon to apply to the customer's recurring charges."
    )]
    coupon: Option<String>,
    #[arg(
        long = "default-alipay-account",
        help_heading = "More Stripe fields",
        help = "ID of Alipay account to make the customer's new default for invoice payments."
    )]
    default_alipay_account: Option<String>,
    #[arg(
        long = "default-bank-account",
        help_heading = "More Stripe fields",
        help = "ID of bank account to make the customer's new default for invoice payments."
    )]
    default_bank_account: Option<String>,
    #[arg(
        long = "default-card",
        help_heading = "More Stripe fields",
        help = "ID of card to make the customer's new default for invoice payments."
    )]
    default_card: Option<String>,
    #[arg(
        long = "default-source",
        help_heading = "More Stripe fields",
        help = "Provide the ID of a payment source already attached to this customer to make it this customer's default payment source. If you want to add a new payment source and make it the default, see the [source](https://stripe.com/docs/api/customers/update#update_customer-source) property."
    )]
    default_source: Option<String>,
    #[arg(
        long = "expand",
        help_heading = "More Stripe fields",
        help = "Specifies which fields in the response should be expanded. Repeat the option for each one."
    )]
    expand: Vec<String>,
    #[arg(
        long = "invoice-prefix",
        help_heading = "More Stripe fields",
        help = "The prefix for the customer used to generate unique invoice numbers. Must be 3–12 uppercase letters or numbers."
    )]
    invoice_prefix: Option<String>,
    #[arg(
        long = "invoice-settings",
        value_name = "JSON",
        value_parser = crate::runtime::json::<types::InvoiceSettingsParams>,
        help_heading = "More Stripe fields",
        help = "Default invoice settings for this customer."
    )]
    invoice_settings: Option<types::InvoiceSettingsParams>,
    #[arg(
        long = "metadata",
        value_name = "KEY=VALUE",
        value_parser = crate::runtime::key_value,
        help_heading = "More Stripe fields",
        help = "A set of key-value pairs that you can attach to a customer object. It can be useful for storing additional information about the customer in a structured format. Repeat the option for each one."
    )]
    metadata: Vec<(String, String)>,
    #[arg(
        long = "name",
        help_heading = "More Stripe fields",
        help = "The customer's full name or business name."
    )]
    name: Option<String>,
    #[arg(
        long = "phone",
        help_heading = "More Stripe fields",
        help = "The customer's phone number."
    )]
    phone: Option<String>,
    #[arg(
        long = "preferred-locales",
        help_heading = "More Stripe fields",
        help = "Customer's preferred languages, ordered by preference. Repeat the option for each one."
    )]
    preferred_locales: Vec<String>,
    #[arg(
        long = "shipping",
        value_name = "JSON",
        value_parser = crate::runtime::json::<types::ShippingParams>,
        help_heading = "More Stripe fields",
        help = "The customer's shipping information. Appears on invoices emailed to this customer."
    )]
    shipping: Option<types::ShippingParams>,
    #[arg(
        long = "clear-shipping",
        conflicts_with = "shipping",
        help_heading = "More Stripe fields",
        help = "The customer's shipping information. Appears on invoices emailed to this customer. This flag unsets it at Stripe (sends it empty)."
    )]
    clear_shipping: bool,
    #[arg(
        long = "source",
        help_heading = "More Stripe fields",
        help = "A payment source for the customer, such as the token `tok_visa`; it replaces the customer's default source."
    )]
    source: Option<String>,
    #[arg(
        long = "tax-exempt",
        value_name = "VALUE",
        value_parser = crate::runtime::parsed::<types::UpdateCustomerParamsTaxExempt>,
        help_heading = "More Stripe fields",
        help = "The customer's tax exemption. One of `none`, `exempt`, or `reverse`."
    )]
    tax_exempt: Option<types::UpdateCustomerParamsTaxExempt>,
    #[arg(
        long = "clear-tax-exempt",
        conflicts_with = "tax_exempt",
        help_heading = "More Stripe fields",
        help = "The customer's tax exemption. One of `none`, `exempt`, or `reverse`. This flag unsets it at Stripe (sends it empty)."
    )]
    clear_tax_exempt: bool,
    #[arg(
        long = "tax-info",
        value_name = "JSON",
        value_parser = crate::runtime::json::<types::TaxInfoParams>,
        help_heading = "More Stripe fields",
        help = "The customer's tax information. Appears on invoices emailed to this customer. This parameter has been deprecated and will be removed in a future API version, for further information view the [migration guide](https://stripe.com/docs/billing/migration/taxes#moving-from-taxinfo-to-customer-tax-ids)."
    )]
    tax_info: Option<types::TaxInfoParams>,
    #[arg(
        long = "trial-end",
        value_name = "UNIX_TIME",
        help_heading = "More Stripe fields",
        help = "Unix timestamp representing the end of the trial period the customer will get before being charged for the first time. This will always overwrite any trials that might apply via a subscribed plan. If set, trial_end will override the default trial period of the plan the customer is being subscribed to. The special value `now` can be provided to end the customer's trial immediately. Can be at most two years from `billing_cycle_anchor`."
    )]
    trial_end: Option<stripe_connector::Timestamp>,
}
/// The triggers of the spec (`x-trigger`), as `watch` names them: by the objects they
/// deliver.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum TriggerName {
    #[value(name = "customer", help = "When a customer is added")]
    Customer,
    #[value(name = "order", help = "When an order is added")]
    Order,
    #[value(name = "charge", help = "When a charge is added")]
    Charge,
    #[value(name = "invoice-item", help = "When an invoice item is added")]
    InvoiceItem,
}
impl TriggerName {
    /// The trigger's name, summary and list from the spec.
    pub fn info(self) -> TriggerInfo {
        match self {
            Self::Customer => triggers::OnNewCustomer::INFO,
            Self::Order => triggers::OnNewOrder::INFO,
            Self::Charge => triggers::OnNewCharge::INFO,
            Self::InvoiceItem => triggers::OnNewInvoiceItem::INFO,
        }
    }
    /// The name on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Customer => "customer",
            Self::Order => "order",
            Self::Charge => "charge",
            Self::InvoiceItem => "invoice-item",
        }
    }
}
/// `with_trigger!(name, |T| body)` evaluates `body` with `T` the trigger type that the
/// [`TriggerName`] `name` picks, such as `triggers::OnNewOrder`.
macro_rules! with_trigger {
    ($name:expr, | $trigger:ident | $body:expr) => {
        match $name { $crate::generated::TriggerName::Customer => { type $trigger =
        stripe_connector::triggers::OnNewCustomer; $body }
        $crate::generated::TriggerName::Order => { type $trigger =
        stripe_connector::triggers::OnNewOrder; $body }
        $crate::generated::TriggerName::Charge => { type $trigger =
        stripe_connector::triggers::OnNewCharge; $body }
        $crate::generated::TriggerName::InvoiceItem => { type $trigger =
        stripe_connector::triggers::OnNewInvoiceItem; $body } }
    };
}
pub(crate) use with_trigger;
