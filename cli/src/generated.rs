// Generated from spec/stripe.yaml by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
//! The command line's actions and trigger names, generated from the connector's OpenAPI description.

use clap::{Args, Subcommand};
use stripe_connector::metadata::{Trigger, TriggerInfo};
use stripe_connector::{Connection, triggers, types};
use crate::fail::Failure;
use crate::output;
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
                    .name(args.name)
                    .id(args.id)
                    .active(args.active)
                    .caption(args.caption)
                    .description(args.description)
                    .images(args.images)
                    .shippable(args.shippable)
                    .url(args.url)
                    .metadata(
                        args
                            .metadata
                            .into_iter()
                            .collect::<::std::collections::BTreeMap<_, _>>(),
                    )
                    .expand(args.expand);
                output::print(&stripe.create_product(params).await?)
            }
            Self::Product(ProductAction::Update(args)) => {
                let args = *args;
                let params = types::UpdateProductParams::builder()
                    .name(args.name)
                    .active(args.active)
                    .caption(args.caption)
                    .description(args.description)
                    .shippable(args.shippable)
                    .url(args.url)
                    .metadata(
                        args
                            .metadata
                            .into_iter()
                            .collect::<::std::collections::BTreeMap<_, _>>(),
                    )
                    .expand(args.expand);
                let params = match args.clear_images {
                    true => params.images(stripe_connector::Clearable::Clear),
                    false => {
                        params.images((!args.images.is_empty()).then_some(args.images))
                    }
                };
                let params = match args.clear_package_dimensions {
                    true => params.package_dimensions(stripe_connector::Clearable::Clear),
                    false => params.package_dimensions(args.package_dimensions),
                };
                output::print(&stripe.update_product(&args.id, params).await?)
            }
            Self::Customer(CustomerAction::Create(args)) => {
                let args = *args;
                let params = types::CustomerParams::builder()
                    .description(args.description)
                    .email(args.email)
                    .metadata(
                        args
                            .metadata
                            .into_iter()
                            .collect::<::std::collections::BTreeMap<_, _>>(),
                    )
                    .tax_exempt(args.tax_exempt)
                    .tax_id_data(args.tax_id_data)
                    .expand(args.expand);
                let params = match args.clear_address {
                    true => params.address(stripe_connector::Clearable::Clear),
                    false => params.address(args.address),
                };
                let params = match args.clear_shipping {
                    true => params.shipping(stripe_connector::Clearable::Clear),
                    false => params.shipping(args.shipping),
                };
                output::print(&stripe.create_customer(params).await?)
            }
            Self::Customer(CustomerAction::Get(args)) => {
                let args = *args;
                output::print(
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
                let params = types::CustomerParams::builder()
                    .description(args.description)
                    .email(args.email)
                    .metadata(
                        args
                            .metadata
                            .into_iter()
                            .collect::<::std::collections::BTreeMap<_, _>>(),
                    )
                    .tax_exempt(args.tax_exempt)
                    .tax_id_data(args.tax_id_data)
                    .expand(args.expand);
                let params = match args.clear_address {
                    true => params.address(stripe_connector::Clearable::Clear),
                    false => params.address(args.address),
                };
                let params = match args.clear_shipping {
                    true => params.shipping(stripe_connector::Clearable::Clear),
                    false => params.shipping(args.shipping),
                };
                output::print(&stripe.update_customer(&args.id, params).await?)
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
        long = "name",
        help = "The product's name, meant to be displayable to the customer."
    )]
    name: String,
    #[arg(
        long = "id",
        help = "An identifier will be randomly generated by Stripe. You can optionally override this ID, but the ID must be unique across all products in your Stripe account."
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
        long = "shippable",
        value_name = "BOOL",
        action = clap::ArgAction::Set,
        help = "Whether this product is shipped (i.e., physical goods). Defaults to `true`."
    )]
    shippable: Option<bool>,
    #[arg(
        long = "url",
        value_name = "URL",
        help = "A URL of a publicly-accessible webpage for this product."
    )]
    url: Option<String>,
    #[arg(
        long = "metadata",
        value_name = "KEY=VALUE",
        value_parser = crate::values::key_value,
        help_heading = "More Stripe fields",
        help = "Set of key-value pairs that you can attach to a product. A key sent with an empty value is removed. Repeat the option for each one."
    )]
    metadata: Vec<(String, String)>,
    #[arg(
        long = "expand",
        help_heading = "More Stripe fields",
        help = "Specifies which fields in the response should be expanded. Repeat the option for each one."
    )]
    expand: Vec<String>,
}
/// `product update`: Update a product (`POST /v1/products/{id}`).
#[derive(Args, Debug)]
pub struct UpdateProduct {
    #[arg(value_name = "ID", help = "The identifier of the product to update.")]
    id: String,
    #[arg(
        long = "name",
        help = "The product's name, meant to be displayable to the customer."
    )]
    name: Option<String>,
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
        long = "shippable",
        value_name = "BOOL",
        action = clap::ArgAction::Set,
        help = "Whether this product is shipped (i.e., physical goods)."
    )]
    shippable: Option<bool>,
    #[arg(
        long = "url",
        value_name = "URL",
        help = "A URL of a publicly-accessible webpage for this product."
    )]
    url: Option<String>,
    #[arg(
        long = "metadata",
        value_name = "KEY=VALUE",
        value_parser = crate::values::key_value,
        help_heading = "More Stripe fields",
        help = "Set of key-value pairs that you can attach to a product. A key sent with an empty value is removed. Repeat the option for each one."
    )]
    metadata: Vec<(String, String)>,
    #[arg(
        long = "package-dimensions",
        value_name = "JSON",
        value_parser = crate::values::json::<types::PackageDimensions>,
        help_heading = "More Stripe fields",
        help = "The dimensions of this product for shipping purposes."
    )]
    package_dimensions: Option<types::PackageDimensions>,
    #[arg(
        long = "clear-package-dimensions",
        conflicts_with = "package_dimensions",
        help_heading = "More Stripe fields",
        help = "The dimensions of this product for shipping purposes. This flag unsets it at Stripe (sends it empty)."
    )]
    clear_package_dimensions: bool,
    #[arg(
        long = "expand",
        help_heading = "More Stripe fields",
        help = "Specifies which fields in the response should be expanded. Repeat the option for each one."
    )]
    expand: Vec<String>,
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
        long = "address",
        value_name = "JSON",
        value_parser = crate::values::json::<types::AddressParams>,
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
        long = "metadata",
        value_name = "KEY=VALUE",
        value_parser = crate::values::key_value,
        help_heading = "More Stripe fields",
        help = "Set of key-value pairs that you can attach to a customer. A key sent with an empty value is removed. Repeat the option for each one."
    )]
    metadata: Vec<(String, String)>,
    #[arg(
        long = "shipping",
        value_name = "JSON",
        value_parser = crate::values::json::<types::ShippingParams>,
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
        long = "tax-exempt",
        value_name = "VALUE",
        value_parser = crate::values::parsed::<types::CustomerParamsTaxExempt>,
        help_heading = "More Stripe fields",
        help = "The customer's tax exemption. One of `none`, `exempt`, or `reverse`."
    )]
    tax_exempt: Option<types::CustomerParamsTaxExempt>,
    #[arg(
        long = "tax-id-data",
        value_name = "JSON",
        value_parser = crate::values::json::<types::TaxIdData>,
        help_heading = "More Stripe fields",
        help = "The customer's tax IDs. Repeat the option for each one."
    )]
    tax_id_data: Vec<types::TaxIdData>,
    #[arg(
        long = "expand",
        help_heading = "More Stripe fields",
        help = "Specifies which fields in the response should be expanded. Repeat the option for each one."
    )]
    expand: Vec<String>,
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
        help = "Specifies which fields in the response should be expanded. Repeat the option for each one."
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
        long = "address",
        value_name = "JSON",
        value_parser = crate::values::json::<types::AddressParams>,
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
        long = "metadata",
        value_name = "KEY=VALUE",
        value_parser = crate::values::key_value,
        help_heading = "More Stripe fields",
        help = "Set of key-value pairs that you can attach to a customer. A key sent with an empty value is removed. Repeat the option for each one."
    )]
    metadata: Vec<(String, String)>,
    #[arg(
        long = "shipping",
        value_name = "JSON",
        value_parser = crate::values::json::<types::ShippingParams>,
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
        long = "tax-exempt",
        value_name = "VALUE",
        value_parser = crate::values::parsed::<types::CustomerParamsTaxExempt>,
        help_heading = "More Stripe fields",
        help = "The customer's tax exemption. One of `none`, `exempt`, or `reverse`."
    )]
    tax_exempt: Option<types::CustomerParamsTaxExempt>,
    #[arg(
        long = "tax-id-data",
        value_name = "JSON",
        value_parser = crate::values::json::<types::TaxIdData>,
        help_heading = "More Stripe fields",
        help = "The customer's tax IDs. Repeat the option for each one."
    )]
    tax_id_data: Vec<types::TaxIdData>,
    #[arg(
        long = "expand",
        help_heading = "More Stripe fields",
        help = "Specifies which fields in the response should be expanded. Repeat the option for each one."
    )]
    expand: Vec<String>,
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
