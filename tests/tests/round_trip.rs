//! Every field of the actions' bodies through the connector and back, against `fake-stripe`:
//! a customer and a product created with every field set, read back, changed in every field,
//! then cleared by Stripe's "empty string unsets" rule (`description=`, `address=`,
//! `images=`, `metadata[key]=`), each step checked on the object Stripe answers with.

use std::collections::BTreeMap;

use fake_stripe::FakeStripe;
use stripe_connector::{Clearable, Connection, types};

/// A connection to a fresh fake, without the throttle (the fake is local).
async fn connect() -> (FakeStripe, Connection) {
    let fake = fake_stripe::start().await.expect("the fake starts");
    let stripe = Connection::builder("sk_test_roundtrip")
        .base_url(fake.base_url())
        .throttle(None)
        .build()
        .expect("a loopback base URL and a test key are accepted");
    (fake, stripe)
}

fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn address(line1: &str, city: &str) -> types::AddressParams {
    types::AddressParams::builder()
        .line1(line1)
        .city(city)
        .postal_code("94107")
        .country("US")
        .try_into()
        .expect("line1 is given")
}

fn shipping(name: &str, line1: &str) -> types::ShippingParams {
    types::ShippingParams::builder()
        .name(name)
        .phone("+15555550100")
        .address(address(line1, "San Francisco"))
        .try_into()
        .expect("name and address are given")
}

#[tokio::test]
async fn a_customer_keeps_every_field_it_is_given_and_loses_those_cleared() {
    let (_fake, stripe) = connect().await;
    let tax_id: types::TaxIdDataParams = types::TaxIdDataParams::builder()
        .type_(types::TaxIdDataParamsType::EuVat)
        .value("DE123456789")
        .try_into()
        .expect("type and value are given");
    let footer: types::InvoiceSettingsParams = types::InvoiceSettingsParams::builder()
        .footer("Thank you")
        .try_into()
        .expect("every field is optional");
    let new = types::CreateCustomerParams::builder()
        .name("Jenny Rosen")
        .email("jenny@example.com")
        .description("A regular")
        .phone("+15555550123")
        .address(address("1 Main St", "Springfield"))
        .shipping(shipping("Jenny Rosen", "2 Dock Rd"))
        .metadata(map(&[("plan", "gold"), ("ref", "42")]))
        .preferred_locales(vec!["fr".to_string(), "en".to_string()])
        .invoice_prefix("JENNY")
        .invoice_settings(footer)
        .tax_exempt(types::CreateCustomerParamsTaxExempt::Reverse)
        .tax_id_data(vec![tax_id])
        .balance(-500)
        .source("tok_visa");
    let created = stripe.create_customer(new).await.expect("created");
    let jenny = stripe
        .get_customer(&created.id, &["default_source"])
        .await
        .expect("read back");
    assert_eq!(jenny.name.as_deref(), Some("Jenny Rosen"));
    assert_eq!(jenny.email.as_deref(), Some("jenny@example.com"));
    assert_eq!(jenny.description.as_deref(), Some("A regular"));
    assert_eq!(jenny.phone.as_deref(), Some("+15555550123"));
    let home = jenny.address.as_ref().expect("an address");
    assert_eq!(
        (home.line1.as_deref(), home.city.as_deref()),
        (Some("1 Main St"), Some("Springfield"))
    );
    let ship = jenny.shipping.as_ref().expect("shipping");
    assert_eq!(ship.name.as_deref(), Some("Jenny Rosen"));
    assert_eq!(
        ship.address.as_ref().and_then(|a| a.line1.as_deref()),
        Some("2 Dock Rd")
    );
    assert_eq!(jenny.metadata, map(&[("plan", "gold"), ("ref", "42")]));
    assert_eq!(
        jenny.preferred_locales,
        Some(vec!["fr".into(), "en".into()])
    );
    assert_eq!(jenny.invoice_prefix.as_deref(), Some("JENNY"));
    let settings = jenny.invoice_settings.as_ref().expect("invoice settings");
    assert_eq!(settings.footer.as_deref(), Some("Thank you"));
    assert_eq!(jenny.tax_exempt, Some(types::CustomerTaxExempt::Reverse));
    let tax_ids = jenny.tax_ids.as_ref().expect("tax ids");
    assert_eq!(tax_ids.data.len(), 1);
    assert_eq!(tax_ids.data[0].value, "DE123456789");
    assert_eq!(jenny.balance, Some(-500));
    let source = jenny.default_source.as_ref().expect("a default source");
    match source.as_object() {
        Some(types::PaymentSource::Card(card)) => assert_eq!(card.last4, "4242"),
        other => panic!("expanded to a card, got {other:?}"),
    }

    let changes = types::UpdateCustomerParams::builder()
        .name("Jenny R.")
        .email("jr@example.com")
        .description("A friend")
        .phone("+15555550199")
        .address(address("3 High St", "Shelbyville"))
        .shipping(shipping("J. Rosen", "4 Pier Ave"))
        .metadata(map(&[("plan", "platinum")]))
        .preferred_locales(vec!["de".to_string()])
        .invoice_prefix("JROSEN")
        .tax_exempt(types::UpdateCustomerParamsTaxExempt::Exempt)
        .balance(250);
    let changed = stripe
        .update_customer(&jenny.id, changes)
        .await
        .expect("updated");
    assert_eq!(changed.name.as_deref(), Some("Jenny R."));
    assert_eq!(changed.email.as_deref(), Some("jr@example.com"));
    assert_eq!(changed.description.as_deref(), Some("A friend"));
    assert_eq!(changed.phone.as_deref(), Some("+15555550199"));
    assert_eq!(
        changed.address.as_ref().and_then(|a| a.city.as_deref()),
        Some("Shelbyville")
    );
    assert_eq!(
        changed.shipping.as_ref().and_then(|s| s.name.as_deref()),
        Some("J. Rosen")
    );
    assert_eq!(
        changed.metadata,
        map(&[("plan", "platinum"), ("ref", "42")])
    );
    assert_eq!(changed.preferred_locales, Some(vec!["de".into()]));
    assert_eq!(changed.invoice_prefix.as_deref(), Some("JROSEN"));
    assert_eq!(changed.tax_exempt, Some(types::CustomerTaxExempt::Exempt));
    assert_eq!(changed.balance, Some(250));

    let cleared = types::UpdateCustomerParams::builder()
        .description("")
        .phone("")
        .address(Clearable::Clear)
        .shipping(Clearable::Clear)
        .metadata(map(&[("plan", "")]));
    let cleared = stripe
        .update_customer(&jenny.id, cleared)
        .await
        .expect("updated");
    assert_eq!(cleared.description, None);
    assert_eq!(cleared.phone, None);
    assert!(cleared.address.is_none(), "{:?}", cleared.address);
    assert!(cleared.shipping.is_none(), "{:?}", cleared.shipping);
    assert_eq!(cleared.metadata, map(&[("ref", "42")]));
    assert_eq!(cleared.name.as_deref(), Some("Jenny R."), "left alone");
}

#[tokio::test]
async fn a_product_keeps_every_field_it_is_given_and_loses_those_cleared() {
    let (_fake, stripe) = connect().await;
    let box_: types::PackageDimensionsParams = types::PackageDimensionsParams::builder()
        .height(2.5)
        .length(10.0)
        .weight(8.25)
        .width(4.0)
        .try_into()
        .expect("every dimension is given");
    let new = types::CreateProductParams::builder()
        .id("prod_hat")
        .name("Hat")
        .caption("Warm")
        .description("A woollen hat")
        .active(false)
        .shippable(true)
        .url("https://example.com/hat")
        .images(vec!["https://example.com/hat.png".to_string()])
        .attributes(vec!["size".to_string(), "colour".to_string()])
        .package_dimensions(box_)
        .metadata(map(&[("sku", "H-1")]));
    let hat = stripe.create_product(new).await.expect("created");
    assert_eq!(hat.id, "prod_hat");
    assert_eq!(hat.type_, types::ProductType::Good, "the default type");
    assert_eq!(hat.caption.as_deref(), Some("Warm"));
    assert_eq!(hat.description.as_deref(), Some("A woollen hat"));
    assert_eq!(hat.active, Some(false));
    assert_eq!(hat.shippable, Some(true));
    assert_eq!(hat.url.as_deref(), Some("https://example.com/hat"));
    assert_eq!(hat.images, ["https://example.com/hat.png"]);
    assert_eq!(hat.attributes, Some(vec!["size".into(), "colour".into()]));
    let size = hat.package_dimensions.as_ref().expect("dimensions");
    assert_eq!((size.height, size.weight), (2.5, 8.25));
    assert_eq!(hat.metadata, map(&[("sku", "H-1")]));

    let changes = types::UpdateProductParams::builder()
        .name("Cap")
        .caption("Light")
        .description("A cotton cap")
        .active(true)
        .shippable(false)
        .url("https://example.com/cap")
        .images(vec![
            "https://example.com/cap.png".to_string(),
            "https://example.com/cap-2.png".to_string(),
        ])
        .attributes(vec!["size".to_string()])
        .metadata(map(&[("sku", "C-1")]));
    let cap = stripe
        .update_product(&hat.id, changes)
        .await
        .expect("updated");
    assert_eq!(cap.name, "Cap");
    assert_eq!(cap.caption.as_deref(), Some("Light"));
    assert_eq!(cap.description.as_deref(), Some("A cotton cap"));
    assert_eq!((cap.active, cap.shippable), (Some(true), Some(false)));
    assert_eq!(cap.url.as_deref(), Some("https://example.com/cap"));
    assert_eq!(cap.images.len(), 2);
    assert_eq!(cap.attributes, Some(vec!["size".into()]));
    assert_eq!(cap.metadata, map(&[("sku", "C-1")]));

    let cleared = types::UpdateProductParams::builder()
        .description("")
        .images(Clearable::Clear)
        .attributes(Clearable::Clear)
        .package_dimensions(Clearable::Clear)
        .url("")
        .metadata(map(&[("sku", "")]));
    let bare = stripe
        .update_product(&hat.id, cleared)
        .await
        .expect("updated");
    assert_eq!(bare.description, None);
    assert!(bare.images.is_empty(), "{:?}", bare.images);
    assert!(
        bare.attributes.as_ref().is_none_or(Vec::is_empty),
        "{:?}",
        bare.attributes
    );
    assert!(bare.package_dimensions.is_none());
    assert_eq!(
        bare.url, None,
        "\"\" clears the URL despite its format check"
    );
    assert!(bare.metadata.is_empty(), "{:?}", bare.metadata);
    assert_eq!(bare.caption.as_deref(), Some("Light"), "left alone");
}

#[tokio::test]
async fn metadata_arrives_as_written_or_is_refused_before_sending() {
    let (fake, stripe) = connect().await;
    let written = map(&[
        ("é", "ü"),
        ("a b", "c d"),
        ("k", "v&description=X"),
        ("%41", "%41"),
        ("+plus", "+plus"),
        ("line", "one\ntwo"),
        ("a=b", "=&="),
    ]);
    let customer = types::CreateCustomerParams::builder().metadata(written.clone());
    let created = stripe.create_customer(customer).await.expect("created");
    assert_eq!(created.metadata, written);
    assert_eq!(
        created.description, None,
        "a value cannot reach another field"
    );

    let before = fake.requests();
    for (key, character) in [("x]", ']'), ("k[0]", '['), ("a][b", ']')] {
        let customer = types::CreateCustomerParams::builder().metadata(map(&[(key, "1")]));
        let error = stripe.create_customer(customer).await.unwrap_err();
        assert_eq!(
            error.to_string(),
            format!(
                "invalid metadata: the key {key:?} contains {character:?}, which Stripe's form syntax cannot carry"
            )
        );
    }
    let customer = types::CreateCustomerParams::builder().metadata(map(&[("", "1")]));
    let error = stripe.create_customer(customer).await.unwrap_err();
    assert!(error.to_string().contains("empty key"), "{error}");
    assert_eq!(fake.requests(), before, "nothing was sent");
}
