//! The five actions: command-line arguments into the generated parameter builders, through
//! [`Connection`]'s actions (which check the input first), and the answer printed as JSON.

use stripe_connector::{Connection, types};

use crate::args::{
    CreateProduct, CustomerCommand, CustomerFields, ProductCommand, ProductFields, UpdateProduct,
};
use crate::fail::Failure;
use crate::output;

/// Runs `product create` or `product update`.
pub async fn product(stripe: &Connection, command: ProductCommand) -> Result<(), Failure> {
    let product = match command {
        ProductCommand::Create(args) => stripe.create_product(create_product(args)).await?,
        ProductCommand::Update(UpdateProduct { id, name, fields }) => {
            stripe
                .update_product(&id, update_product(name, fields))
                .await?
        }
    };
    output::print(&product)
}

/// Runs `customer create`, `customer get` or `customer update`.
pub async fn customer(stripe: &Connection, command: CustomerCommand) -> Result<(), Failure> {
    let customer = match command {
        CustomerCommand::Create(fields) => stripe.create_customer(customer_params(fields)).await?,
        CustomerCommand::Get(args) => stripe.get_customer(&args.customer).await?,
        CustomerCommand::Update(args) => {
            stripe
                .update_customer(&args.customer, customer_params(args.fields))
                .await?
        }
    };
    output::print(&customer)
}

fn create_product(args: CreateProduct) -> types::builder::CreateProductParams {
    let ProductFields {
        images,
        caption,
        description,
        active,
        shippable,
        url,
    } = args.fields;
    types::CreateProductParams::builder()
        .name(args.name)
        .id(args.id)
        .images(images)
        .caption(caption)
        .description(description)
        .active(active)
        .shippable(shippable)
        .url(url)
}

fn update_product(
    name: Option<String>,
    fields: ProductFields,
) -> types::builder::UpdateProductParams {
    let ProductFields {
        images,
        caption,
        description,
        active,
        shippable,
        url,
    } = fields;
    types::UpdateProductParams::builder()
        .name(name)
        .images(images)
        .caption(caption)
        .description(description)
        .active(active)
        .shippable(shippable)
        .url(url)
}

fn customer_params(fields: CustomerFields) -> types::builder::CustomerParams {
    types::CustomerParams::builder()
        .email(fields.email)
        .description(fields.description)
}
