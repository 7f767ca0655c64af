//! Checks on the arguments of the actions, made before any request is sent.

use reqwest::Url;

use crate::Error;

/// The most images a product may have (`maxItems` of `images` in the spec).
pub const MAX_IMAGES: usize = 8;

/// An object id goes into the URL path: it must be non-empty and free of `/`, `?`, `#`, spaces
/// and control characters.
pub(crate) fn check_id(field: &'static str, id: &str) -> Result<(), Error> {
    let refuse = |reason: &str| {
        Err(Error::InvalidInput {
            field,
            reason: reason.to_string(),
        })
    };
    if id.is_empty() {
        return refuse("the id is empty");
    }
    match id
        .chars()
        .find(|c| matches!(c, '/' | '?' | '#') || c.is_whitespace() || c.is_control())
    {
        Some(c) => refuse(&format!(
            "the id {id:?} contains {c:?}, which no Stripe id has"
        )),
        None => Ok(()),
    }
}

/// A name the user will see must say something.
pub(crate) fn check_name(name: &str) -> Result<(), Error> {
    if name.trim().is_empty() {
        return Err(Error::InvalidInput {
            field: "name",
            reason: "the name is empty".to_string(),
        });
    }
    Ok(())
}

/// At most [`MAX_IMAGES`] images, each an absolute http(s) URL.
pub(crate) fn check_images(images: &[String]) -> Result<(), Error> {
    if images.len() > MAX_IMAGES {
        return Err(Error::InvalidInput {
            field: "images",
            reason: format!(
                "{} images given; a product has at most {MAX_IMAGES}",
                images.len()
            ),
        });
    }
    images
        .iter()
        .try_for_each(|image| check_url("images", image))
}

/// An absolute http or https URL.
pub(crate) fn check_url(field: &'static str, url: &str) -> Result<(), Error> {
    let refuse = |reason: String| Err(Error::InvalidInput { field, reason });
    match Url::parse(url) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https") => Ok(()),
        Ok(parsed) => refuse(format!(
            "{url:?} is a {} URL; Stripe takes http or https",
            parsed.scheme()
        )),
        Err(e) => refuse(format!("{url:?} is not a URL: {e}")),
    }
}
