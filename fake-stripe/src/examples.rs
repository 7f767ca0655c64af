//! What it takes to create an object on each list the fake serves: the form of a minimal valid
//! creation. Tests and account histories create objects of any trigger's list through it, so a
//! test that goes over every trigger of the spec needs no table of its own.

/// The lists the fake serves whose objects can be created, in the order histories seed them
/// (customers first: an invoice item needs one).
pub const LISTS: [&str; 5] = [
    "/v1/customers",
    "/v1/charges",
    "/v1/invoiceitems",
    "/v1/orders",
    "/v1/products",
];

/// The form that creates an example object on `list` (such as `/v1/charges`), or `None` for a
/// list the fake does not serve. An invoice item goes to the customer `customer`.
pub fn example_form(list: &str, customer: &str) -> Option<String> {
    Some(match list {
        "/v1/customers" => String::new(),
        "/v1/charges" => "amount=100&currency=usd&source=tok_visa".to_string(),
        "/v1/invoiceitems" => format!("amount=100&currency=usd&customer={customer}"),
        "/v1/orders" => "currency=usd".to_string(),
        "/v1/products" => "name=Example&type=good".to_string(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_a_form_and_others_none() {
        for list in LISTS {
            assert!(example_form(list, "cus_1").is_some(), "{list}");
        }
        assert_eq!(example_form("/v1/ponies", "cus_1"), None);
    }
}
