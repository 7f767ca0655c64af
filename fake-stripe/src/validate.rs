//! Checks a request's parameters against an endpoint's table in [`crate::schema`] the way Stripe
//! does (unknown names, missing required ones, types, enums, `maxLength`, required keys of
//! hashes, the `""` that unsets), naming the offending parameter in bracket form
//! (`shipping[address][line1]`), and reads checked values back as typed JSON.

use serde_json::{Map, Value, json};

use crate::errors::{ApiError, ApiResult};
use crate::form::Node;
use crate::params::Params;
use crate::schema::{Field, Shape};

/// Refuses the first parameter `fields` does not list, or whose value does not fit its shape,
/// then the first required one that is missing.
pub fn check(params: &Params, fields: &[Field]) -> ApiResult<()> {
    for (name, node) in &params.items {
        let field = fields
            .iter()
            .find(|f| f.name == name)
            .ok_or_else(|| ApiError::unknown_param(name))?;
        check_node(&field.shape, node, name)?;
    }
    match fields.iter().find(|f| f.required && !params.has(f.name)) {
        Some(f) => Err(ApiError::missing_param(f.name)),
        None => Ok(()),
    }
}

fn shown(node: &Node) -> String {
    match node {
        Node::Str(s) if s.chars().count() > 40 => {
            format!("{}...", s.chars().take(40).collect::<String>())
        }
        Node::Str(s) => s.clone(),
        Node::Map(_) => "a hash".into(),
    }
}

fn invalid(code: &'static str, param: &str, what: &str, node: &Node) -> ApiError {
    ApiError::invalid(
        code,
        Some(param),
        format!("Invalid {what}: {}", shown(node)),
    )
}

/// A string leaf of `node`, or the error for a hash where a `what` was expected.
fn leaf<'a>(node: &'a Node, code: &'static str, param: &str, what: &str) -> ApiResult<&'a str> {
    node.as_str()
        .ok_or_else(|| invalid(code, param, what, node))
}

/// Checks one value against its shape; `param` is its name in bracket form.
fn check_node(shape: &Shape, node: &Node, param: &str) -> ApiResult<()> {
    match shape {
        Shape::Str(max) => {
            let s = leaf(node, "parameter_invalid_string", param, "string")?;
            match max {
                Some(max) if s.chars().count() > *max => Err(ApiError::invalid(
                    "parameter_invalid_string",
                    Some(param),
                    format!(
                        "Invalid string: {}; must be at most {max} characters",
                        shown(node)
                    ),
                )),
                _ => Ok(()),
            }
        }
        Shape::Enum(values) => {
            let s = leaf(node, "parameter_invalid_string", param, "string")?;
            if values.contains(&s) {
                return Ok(());
            }
            let listed: Vec<&str> = values.iter().copied().filter(|v| !v.is_empty()).collect();
            let mut e = ApiError::invalid(
                "parameter_invalid_string",
                Some(param),
                format!("Invalid {param}: must be one of {}", listed.join(", ")),
            );
            e.code = None;
            Err(e)
        }
        Shape::Int => {
            let s = leaf(node, "parameter_invalid_integer", param, "integer")?;
            s.parse::<i64>()
                .map(drop)
                .map_err(|_| invalid("parameter_invalid_integer", param, "integer", node))
        }
        Shape::Num => {
            let s = leaf(node, "parameter_invalid_decimal", param, "decimal")?;
            match s.parse::<f64>() {
                Ok(n) if n.is_finite() => Ok(()),
                _ => Err(invalid("parameter_invalid_decimal", param, "decimal", node)),
            }
        }
        Shape::Bool => match leaf(node, "parameter_invalid_boolean", param, "boolean")? {
            "true" | "false" => Ok(()),
            _ => Err(invalid("parameter_invalid_boolean", param, "boolean", node)),
        },
        Shape::Hash(fields) => check_hash(fields, node, param),
        Shape::Metadata => match node {
            Node::Str(s) if s.is_empty() => Ok(()),
            Node::Str(_) => Err(invalid("parameter_invalid_hash", param, "hash", node)),
            Node::Map(_) => Ok(()),
        },
        Shape::Array(item) => {
            let list = node
                .as_list()
                .ok_or_else(|| invalid("parameter_invalid_array", param, "array", node))?;
            for (i, n) in list.into_iter().enumerate() {
                check_node(item, n, &format!("{param}[{i}]"))?;
            }
            Ok(())
        }
        Shape::Emptyable(inner) => match node {
            Node::Str(s) if s.is_empty() => Ok(()),
            _ => check_node(inner, node, param),
        },
        Shape::AnyOf(shapes) => {
            let mut first = None;
            for s in *shapes {
                match check_node(s, node, param) {
                    Ok(()) => return Ok(()),
                    Err(e) if fits_kind(s, node) => return Err(e),
                    Err(e) => first = first.or(Some(e)),
                }
            }
            Err(first.unwrap_or_else(|| invalid("parameter_invalid_string", param, "value", node)))
        }
    }
}

/// Whether a node is of the kind a shape takes (a hash for hashes, a string otherwise), so
/// that the error of the matching `anyOf` alternative is the one reported.
fn fits_kind(shape: &Shape, node: &Node) -> bool {
    let structured = matches!(shape, Shape::Hash(_) | Shape::Array(_) | Shape::Metadata);
    structured == matches!(node, Node::Map(_))
}

fn check_hash(fields: &[Field], node: &Node, param: &str) -> ApiResult<()> {
    let Node::Map(entries) = node else {
        return Err(invalid("parameter_invalid_hash", param, "hash", node));
    };
    for (key, value) in entries {
        let name = format!("{param}[{key}]");
        let field = fields
            .iter()
            .find(|f| f.name == key)
            .ok_or_else(|| ApiError::unknown_param(&name))?;
        check_node(&field.shape, value, &name)?;
    }
    match fields
        .iter()
        .find(|f| f.required && node.get(f.name).is_none())
    {
        Some(f) => Err(ApiError::missing_param(&format!("{param}[{}]", f.name))),
        None => Ok(()),
    }
}

/// A checked value as typed JSON: numbers and booleans as such, hashes as objects of the keys
/// sent, arrays as arrays, and the `""` of an unsettable field as `null`.
pub fn typed(shape: &Shape, node: &Node) -> Value {
    match (shape, node) {
        (Shape::Emptyable(_), Node::Str(s)) if s.is_empty() => Value::Null,
        (Shape::Emptyable(inner), _) => typed(inner, node),
        (Shape::Int, Node::Str(s)) => s.parse::<i64>().map_or(Value::Null, Value::from),
        (Shape::Num, Node::Str(s)) => s.parse::<f64>().map_or(Value::Null, Value::from),
        (Shape::Bool, Node::Str(s)) => json!(s == "true"),
        (Shape::Array(item), _) => Value::Array(
            node.as_list()
                .unwrap_or_default()
                .into_iter()
                .map(|n| typed(item, n))
                .collect(),
        ),
        (Shape::Hash(fields), Node::Map(entries)) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| {
                    let shape = fields.iter().find(|f| f.name == k).map(|f| &f.shape);
                    (k.clone(), shape.map_or(Value::Null, |s| typed(s, v)))
                })
                .collect(),
        ),
        (Shape::AnyOf(shapes), _) => shapes
            .iter()
            .find(|s| fits_kind(s, node))
            .map_or(Value::Null, |s| typed(s, node)),
        (_, Node::Str(s)) => json!(s),
        (_, Node::Map(entries)) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), typed(&Shape::Str(None), v)))
                .collect::<Map<_, _>>(),
        ),
    }
}

/// The typed value of parameter `name` as `fields` describes it, if it was sent.
pub fn param(params: &Params, fields: &[Field], name: &str) -> Option<Value> {
    let field = fields.iter().find(|f| f.name == name)?;
    params.get(name).map(|node| typed(&field.shape, node))
}

/// `value`'s keys `keys` in that order, `null` where absent: the response form of a hash
/// (an address always has its six keys). `null` stays `null`.
pub fn with_keys(value: Value, keys: &[&str]) -> Value {
    let Value::Object(mut given) = value else {
        return value;
    };
    Value::Object(
        keys.iter()
            .map(|k| ((*k).to_owned(), given.remove(*k).unwrap_or(Value::Null)))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form;
    use crate::schema::{CUSTOMER_CREATE, CUSTOMER_UPDATE, PRODUCT_CREATE, PRODUCT_UPDATE};

    fn params(query: &str) -> Params {
        Params {
            items: form::parse(query).expect("a well-formed form"),
        }
    }

    fn refused(fields: &[Field], query: &str) -> (String, String) {
        let e = check(&params(query), fields).expect_err(query);
        (e.param.unwrap_or_default(), e.message)
    }

    #[test]
    fn nested_errors_name_the_bracketed_param() {
        let c = CUSTOMER_CREATE;
        assert_eq!(
            refused(c, "shipping[name]=a&shipping[address][city]=x").0,
            "shipping[address][line1]"
        );
        assert_eq!(
            refused(c, "address[line1]=a&address[planet]=x"),
            (
                "address[planet]".into(),
                "Received unknown parameter: address[planet]".into()
            )
        );
        assert_eq!(
            refused(c, "tax_id_data[0][type]=xx_vat&tax_id_data[0][value]=1").0,
            "tax_id_data[0][type]"
        );
        let long = "n".repeat(31);
        let (param, msg) = refused(
            c,
            &format!(
                "invoice_settings[custom_fields][0][name]={long}&invoice_settings[custom_fields][0][value]=v"
            ),
        );
        assert_eq!(param, "invoice_settings[custom_fields][0][name]");
        assert!(msg.ends_with("must be at most 30 characters"), "{msg}");
        assert_eq!(refused(c, "phone=123456789012345678901").0, "phone");
        assert_eq!(refused(c, "balance=1.5").1, "Invalid integer: 1.5");
        assert_eq!(refused(c, "preferred_locales=").0, "preferred_locales");
        assert_eq!(refused(CUSTOMER_UPDATE, "trial_end=later").0, "trial_end");
        assert_eq!(
            refused(CUSTOMER_UPDATE, "card[number]=4242").0,
            "card[exp_month]"
        );
    }

    #[test]
    fn empty_string_only_where_stripe_allows_it() {
        assert!(
            check(
                &params("images=&attributes=&package_dimensions="),
                PRODUCT_UPDATE
            )
            .is_ok()
        );
        assert_eq!(
            refused(PRODUCT_CREATE, "name=a&type=good&images=").0,
            "images"
        );
        assert_eq!(
            refused(PRODUCT_CREATE, "name=a&type=good&package_dimensions=").0,
            "package_dimensions"
        );
        assert!(check(&params("address=&shipping=&metadata="), CUSTOMER_UPDATE).is_ok());
        assert!(check(&params("card=tok_visa&trial_end=now"), CUSTOMER_UPDATE).is_ok());
    }

    #[test]
    fn typed_values() {
        let p = params("package_dimensions[height]=1.5&package_dimensions[width]=2&active=false");
        assert_eq!(
            param(&p, PRODUCT_UPDATE, "package_dimensions"),
            Some(json!({"height": 1.5, "width": 2.0}))
        );
        assert_eq!(param(&p, PRODUCT_UPDATE, "active"), Some(json!(false)));
        let p = params("images=");
        assert_eq!(param(&p, PRODUCT_UPDATE, "images"), Some(Value::Null));
        assert_eq!(
            with_keys(json!({"b": 1, "z": 2}), &["a", "b"]),
            json!({"a": null, "b": 1})
        );
    }
}
