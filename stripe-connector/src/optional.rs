//! [`OptionalString`]: what the generated builders' setters of optional text fields take, so
//! that `.caption("Warm")` and `.caption(Some(caption))` both compile.

/// A value for an optional text field: a string (`&str`, `String`), or an `Option` of one
/// (`None` leaves the field out).
///
/// ```
/// use stripe_connector::types;
///
/// let given: Option<String> = None;
/// types::UpdateProductParams::builder()
///     .caption("Warm")
///     .description(given);
/// ```
pub trait OptionalString {
    /// The field's value, or `None` to leave it out.
    fn into_option(self) -> Option<String>;
}

impl OptionalString for &str {
    fn into_option(self) -> Option<String> {
        Some(self.to_string())
    }
}

impl OptionalString for String {
    fn into_option(self) -> Option<String> {
        Some(self)
    }
}

impl OptionalString for &String {
    fn into_option(self) -> Option<String> {
        Some(self.clone())
    }
}

impl OptionalString for Option<String> {
    fn into_option(self) -> Option<String> {
        self
    }
}

impl OptionalString for Option<&str> {
    fn into_option(self) -> Option<String> {
        self.map(str::to_string)
    }
}
