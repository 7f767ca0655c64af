//! The connector's five actions, as methods of [`Connection`]: arguments checked before sending,
//! errors in this crate's [`Error`].

use std::fmt::Display;

use crate::input::{check_id, check_images, check_name, check_url};
use crate::{Connection, Error, types};

/// Turns a typify builder (or a finished value) into the parameters, or says which is missing.
fn params<P, T>(field: &'static str, value: P) -> Result<T, Error>
where
    P: TryInto<T>,
    P::Error: Display,
{
    value.try_into().map_err(|e| Error::InvalidInput {
        field,
        reason: e.to_string(),
    })
}

impl Connection {
    /// **Create a product** (`POST /v1/products`), always of type `good`.
    ///
    /// Takes [`types::CreateProductParams`] or its builder:
    /// `types::CreateProductParams::builder().name("Hat")`.
    pub async fn create_product<P>(&self, product: P) -> Result<types::Product, Error>
    where
        P: TryInto<types::CreateProductParams>,
        P::Error: Display,
    {
        let product: types::CreateProductParams = params("product", product)?;
        check_name(&product.name)?;
        check_images(&product.images)?;
        product
            .url
            .as_deref()
            .map_or(Ok(()), |url| check_url("url", url))?;
        let call = self.client().create_product().body(product).send().await;
        finish(call).await
    }

    /// **Update a product** (`POST /v1/products/{id}`): the fields given change, the rest stay.
    pub async fn update_product<P>(&self, id: &str, changes: P) -> Result<types::Product, Error>
    where
        P: TryInto<types::UpdateProductParams>,
        P::Error: Display,
    {
        check_id("id", id)?;
        let changes: types::UpdateProductParams = params("product", changes)?;
        changes.name.as_deref().map_or(Ok(()), check_name)?;
        check_images(&changes.images)?;
        changes
            .url
            .as_deref()
            .map_or(Ok(()), |url| check_url("url", url))?;
        let call = self
            .client()
            .update_product()
            .id(id)
            .body(changes)
            .send()
            .await;
        finish(call).await
    }

    /// **Create a customer** (`POST /v1/customers`).
    pub async fn create_customer<P>(&self, customer: P) -> Result<types::Customer, Error>
    where
        P: TryInto<types::CustomerParams>,
        P::Error: Display,
    {
        let customer: types::CustomerParams = params("customer", customer)?;
        let call = self.client().create_customer().body(customer).send().await;
        finish(call).await
    }

    /// **Get a customer** (`GET /v1/customers/{customer}`).
    pub async fn get_customer(&self, id: &str) -> Result<types::Customer, Error> {
        check_id("id", id)?;
        finish(self.client().get_customer().customer(id).send().await).await
    }

    /// **Update a customer** (`POST /v1/customers/{customer}`): the fields given change.
    pub async fn update_customer<P>(&self, id: &str, changes: P) -> Result<types::Customer, Error>
    where
        P: TryInto<types::CustomerParams>,
        P::Error: Display,
    {
        check_id("id", id)?;
        let changes: types::CustomerParams = params("customer", changes)?;
        let call = self
            .client()
            .update_customer()
            .customer(id)
            .body(changes)
            .send()
            .await;
        finish(call).await
    }
}

/// The value of a generated call, or its error in this crate's terms.
pub(crate) async fn finish<T>(
    call: Result<
        progenitor_client::ResponseValue<T>,
        progenitor_client::Error<types::ErrorResponse>,
    >,
) -> Result<T, Error> {
    match call {
        Ok(value) => Ok(value.into_inner()),
        Err(error) => Err(Error::from_client(error).await),
    }
}
