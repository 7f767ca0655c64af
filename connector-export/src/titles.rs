//! The `x-ms-summary` titles of fields and parameters when the spec gives no `title`: the name
//! in Title Case, as Microsoft's schema recommends, with Stripe's abbreviations spelled the way
//! people write them (`id` → `ID`, `url` → `URL`), a number apart (`line1` → `Line 1`) and its
//! range operators read as words (`created[gt]` → `Created After`).

/// The title of a field or parameter named `name`.
pub(crate) fn title(name: &str) -> String {
    name.split(['_', '[', ']', '.', '-'])
        .filter(|word| !word.is_empty())
        .map(word)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The title of the `n`-th item (from 1) of a list whose items are called `item`, such as
/// `Image 2`.
pub(crate) fn item_title(item: &str, n: usize) -> String {
    format!("{} {n}", title(item))
}

/// The words people read for a Stripe object's name: `InvoiceItem` → `invoice item`.
pub(crate) fn noun(schema: &str) -> String {
    spec_model::names::kebab(schema).replace('-', " ")
}

fn word(word: &str) -> String {
    match word.to_ascii_lowercase().as_str() {
        "id" => "ID".to_string(),
        "url" => "URL".to_string(),
        "gt" => "After".to_string(),
        "gte" => "From".to_string(),
        "lt" => "Before".to_string(),
        "lte" => "Until".to_string(),
        lower => {
            // A number at the end is a word of its own: `line1` → `Line 1`.
            let letters = lower.trim_end_matches(|c: char| c.is_ascii_digit());
            let digits = &lower[letters.len()..];
            let mut chars = letters.chars();
            let capitalized: String = chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            match (capitalized.is_empty(), digits.is_empty()) {
                (false, false) => format!("{capitalized} {digits}"),
                (true, _) => digits.to_string(),
                (false, true) => capitalized,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_as_titles() {
        assert_eq!(title("account_balance"), "Account Balance");
        assert_eq!(title("id"), "ID");
        assert_eq!(title("url"), "URL");
        assert_eq!(title("created[gt]"), "Created After");
        assert_eq!(
            title("selected_shipping_method"),
            "Selected Shipping Method"
        );
        assert_eq!(item_title("image", 2), "Image 2");
        assert_eq!(title("address[line1]"), "Address Line 1");
        assert_eq!(title("2019"), "2019");
        assert_eq!(noun("InvoiceItem"), "invoice item");
        assert_eq!(noun("Customer"), "customer");
    }
}
