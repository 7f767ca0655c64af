//! Request parameters: the [`Params`] extractor (query string plus form body) and typed readers
//! that fail the way Stripe does (`parameter_unknown`, `parameter_missing`, `parameter_invalid_*`).

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::Method;
use serde_json::{Map, Value};

use crate::errors::{ApiError, ApiResult};
use crate::form::{self, Node};

/// All parameters of one request, in the order first seen.
#[derive(Debug, Clone, Default)]
pub struct Params {
    /// Top-level parameters.
    pub items: Vec<(String, Node)>,
}

impl<S: Send + Sync> FromRequest<S> for Params {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let mut items = form::parse(req.uri().query().unwrap_or("")).map_err(unreadable)?;
        if req.method() != Method::GET {
            let body = Bytes::from_request(req, state).await.map_err(|_| {
                ApiError::invalid("parameter_invalid_string", None, "Could not read body")
            })?;
            let text = std::str::from_utf8(&body).map_err(|_| {
                ApiError::invalid("parameter_invalid_string", None, "Body is not UTF-8")
            })?;
            items.extend(form::parse(text).map_err(unreadable)?);
        }
        Ok(Params { items })
    }
}

/// A 400 naming the parameter that Stripe could not be known to read as it was sent.
fn unreadable(error: form::FormError) -> ApiError {
    let mut e = ApiError::invalid(
        "parameter_invalid_string",
        Some(&error.param),
        error.message,
    );
    e.code = None;
    e
}

fn invalid(code: &'static str, name: &str, what: &str, got: &Node) -> ApiError {
    let shown = match got {
        Node::Str(s) => s.clone(),
        Node::Map(_) => "a hash".into(),
    };
    ApiError::invalid(code, Some(name), format!("Invalid {what}: {shown}"))
}

impl Params {
    /// Fails with `parameter_unknown` on the first parameter not in `allowed` (`expand` is always allowed).
    pub fn check_allowed(&self, allowed: &[&str]) -> ApiResult<()> {
        match self
            .items
            .iter()
            .find(|(k, _)| k != "expand" && !allowed.contains(&k.as_str()))
        {
            Some((k, _)) => Err(ApiError::unknown_param(k)),
            None => Ok(()),
        }
    }

    /// The raw node of a parameter.
    pub fn get(&self, name: &str) -> Option<&Node> {
        self.items.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// Whether the parameter was sent at all.
    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// A string parameter; a hash where a string is expected is `parameter_invalid_string`.
    pub fn str(&self, name: &str) -> ApiResult<Option<String>> {
        match self.get(name) {
            None => Ok(None),
            Some(Node::Str(s)) => Ok(Some(s.clone())),
            Some(n) => Err(invalid("parameter_invalid_string", name, "string", n)),
        }
    }

    /// A clearable string: `Some(None)` when sent empty (Stripe's way to unset a field).
    pub fn nullable_str(&self, name: &str) -> ApiResult<Option<Option<String>>> {
        Ok(self.str(name)?.map(|s| (!s.is_empty()).then_some(s)))
    }

    /// An integer parameter (`parameter_invalid_integer` otherwise).
    pub fn int(&self, name: &str) -> ApiResult<Option<i64>> {
        match self.get(name) {
            None => Ok(None),
            Some(Node::Str(s)) => s.parse().map(Some).map_err(|_| {
                invalid(
                    "parameter_invalid_integer",
                    name,
                    "integer",
                    &Node::Str(s.clone()),
                )
            }),
            Some(n) => Err(invalid("parameter_invalid_integer", name, "integer", n)),
        }
    }

    /// A boolean parameter: `true` or `false` (`parameter_invalid_boolean` otherwise).
    pub fn bool(&self, name: &str) -> ApiResult<Option<bool>> {
        match self.get(name) {
            None => Ok(None),
            Some(Node::Str(s)) if s == "true" => Ok(Some(true)),
            Some(Node::Str(s)) if s == "false" => Ok(Some(false)),
            Some(n) => Err(invalid("parameter_invalid_boolean", name, "boolean", n)),
        }
    }

    /// An array of strings (`a[0]=x`, `a[]=x`); sent empty (`a=`) it is the empty array.
    pub fn str_list(&self, name: &str) -> ApiResult<Option<Vec<String>>> {
        let Some(node) = self.get(name) else {
            return Ok(None);
        };
        if node == &Node::Str(String::new()) {
            return Ok(Some(Vec::new()));
        }
        let bad = || invalid("parameter_invalid_array", name, "array", node);
        let list = node.as_list().ok_or_else(bad)?;
        list.into_iter()
            .map(|n| n.as_str().map(str::to_owned).ok_or_else(bad))
            .collect::<ApiResult<Vec<_>>>()
            .map(Some)
    }

    /// Applies `metadata[...]` to `meta`: `metadata=` clears all, `metadata[k]=` removes `k`.
    /// Stripe's limits hold after the change: at most 50 keys, keys of at most 40 characters,
    /// values of at most 500, each refused with `param` `metadata` and Stripe's wording.
    pub fn apply_metadata(&self, meta: &mut Map<String, Value>) -> ApiResult<()> {
        let refuse = |message: String| {
            let mut e = ApiError::invalid("parameter_invalid_string", Some("metadata"), message);
            e.code = None;
            e
        };
        match self.get("metadata") {
            None => {}
            Some(Node::Str(s)) if s.is_empty() => meta.clear(),
            Some(Node::Map(entries)) => {
                for (k, v) in entries {
                    let Node::Str(v) = v else {
                        return Err(refuse(format!(
                            "Invalid val: a hash given for {k} must be a string under 500 characters"
                        )));
                    };
                    if k.is_empty() || k.starts_with("[]") || k.chars().count() > 40 {
                        return Err(refuse(format!(
                            "Invalid key: {k} must be a string under 40 characters"
                        )));
                    }
                    if v.chars().count() > 500 {
                        return Err(refuse(format!(
                            "Invalid val: {v} must be a string under 500 characters"
                        )));
                    }
                    if v.is_empty() {
                        meta.remove(k);
                    } else {
                        meta.insert(k.clone(), Value::String(v.clone()));
                    }
                }
                if meta.len() > 50 {
                    return Err(refuse(format!(
                        "Invalid metadata: {} keys given; metadata can have at most 50 keys",
                        meta.len()
                    )));
                }
            }
            Some(n) => return Err(invalid("parameter_invalid_hash", "metadata", "hash", n)),
        }
        Ok(())
    }
}

/// Unwraps a required parameter or fails with `parameter_missing`.
pub fn require<T>(value: Option<T>, name: &str) -> ApiResult<T> {
    value.ok_or_else(|| ApiError::missing_param(name))
}
