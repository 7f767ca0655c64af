//! The request parameters of the connector's four write endpoints, as Stripe 2019-10-08's own
//! OpenAPI description lists them (`POST /v1/products`, `/v1/products/{id}`, `/v1/customers`,
//! `/v1/customers/{customer}`): names, types, enums, `maxLength`, required keys of hashes, and
//! the `""` alternative that unsets a field. [`crate::validate`] checks requests against them; a
//! unit test checks them against the spec file itself.

/// The shape of one parameter's value.
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    /// A string of at most `max` characters, when Stripe sets a limit.
    Str(Option<usize>),
    /// A string among these values.
    Enum(&'static [&'static str]),
    /// An integer.
    Int,
    /// A decimal number (`1.5`).
    Num,
    /// `true` or `false`.
    Bool,
    /// A hash with these keys.
    Hash(&'static [Field]),
    /// `metadata`: a hash of strings under any keys.
    Metadata,
    /// An array (`a[0]=x`, `a[]=x`) of values of one shape.
    Array(&'static Shape),
    /// The shape, or the empty string that unsets the field (Stripe's `anyOf [X, enum [""]]`).
    Emptyable(&'static Shape),
    /// Any one of these shapes (Stripe's other `anyOf`s: a token or a hash, `now` or a time).
    AnyOf(&'static [Shape]),
}

/// One named parameter or hash key.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The parameter's name.
    pub name: &'static str,
    /// Its value's shape.
    pub shape: Shape,
    /// Whether the endpoint or the enclosing hash requires it.
    pub required: bool,
}

const fn opt(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        required: false,
    }
}

const fn req(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        required: true,
    }
}

const S5000: Shape = Shape::Str(Some(5000));
const STRINGS: Shape = Shape::Array(&S5000);
const EXPAND: Field = opt("expand", STRINGS);

const ADDRESS: &[Field] = &[
    opt("city", S5000),
    opt("country", S5000),
    req("line1", S5000),
    opt("line2", S5000),
    opt("postal_code", S5000),
    opt("state", S5000),
];

const SHIPPING: &[Field] = &[
    req("address", Shape::Hash(ADDRESS)),
    req("name", S5000),
    opt("phone", S5000),
];

const PACKAGE_DIMENSIONS: &[Field] = &[
    req("height", Shape::Num),
    req("length", Shape::Num),
    req("weight", Shape::Num),
    req("width", Shape::Num),
];

const CUSTOM_FIELD: &[Field] = &[
    req("name", Shape::Str(Some(30))),
    req("value", Shape::Str(Some(30))),
];

const INVOICE_SETTINGS: &[Field] = &[
    opt(
        "custom_fields",
        Shape::Emptyable(&Shape::Array(&Shape::Hash(CUSTOM_FIELD))),
    ),
    opt("default_payment_method", S5000),
    opt("footer", S5000),
];

/// The tax id types Stripe 2019-10-08 knows.
pub const TAX_ID_TYPES: &[&str] = &[
    "au_abn", "ch_vat", "eu_vat", "in_gst", "no_vat", "nz_gst", "za_vat",
];

const TAX_ID_DATA: &[Field] = &[
    req("type", Shape::Enum(TAX_ID_TYPES)),
    req("value", Shape::Str(None)),
];

const TAX_INFO: &[Field] = &[req("tax_id", S5000), req("type", Shape::Enum(&["vat"]))];

const BANK_ACCOUNT: &[Field] = &[
    opt("account_holder_name", S5000),
    opt(
        "account_holder_type",
        Shape::Enum(&["company", "individual"]),
    ),
    req("account_number", S5000),
    req("country", S5000),
    opt("currency", Shape::Str(None)),
    opt("object", Shape::Enum(&["bank_account"])),
    opt("routing_number", S5000),
];

const CARD: &[Field] = &[
    opt("address_city", S5000),
    opt("address_country", S5000),
    opt("address_line1", S5000),
    opt("address_line2", S5000),
    opt("address_state", S5000),
    opt("address_zip", S5000),
    opt("cvc", S5000),
    req("exp_month", Shape::Int),
    req("exp_year", Shape::Int),
    opt("metadata", Shape::Metadata),
    opt("name", S5000),
    req("number", S5000),
    opt("object", Shape::Enum(&["card"])),
];

const PRODUCT_TYPES: &[&str] = &["good", "service"];
const TAX_EXEMPT: &[&str] = &["", "exempt", "none", "reverse"];

/// `POST /v1/products`: 16 parameters.
pub const PRODUCT_CREATE: &[Field] = &[
    opt("active", Shape::Bool),
    opt("attributes", STRINGS),
    opt("caption", S5000),
    opt("deactivate_on", STRINGS),
    opt("description", Shape::Str(Some(40000))),
    EXPAND,
    opt("id", S5000),
    opt("images", Shape::Array(&Shape::Str(None))),
    opt("metadata", Shape::Metadata),
    req("name", S5000),
    opt("package_dimensions", Shape::Hash(PACKAGE_DIMENSIONS)),
    opt("shippable", Shape::Bool),
    opt("statement_descriptor", Shape::Str(Some(22))),
    req("type", Shape::Enum(PRODUCT_TYPES)),
    opt("unit_label", Shape::Str(Some(12))),
    opt("url", S5000),
];

/// `POST /v1/products/{id}`: 14 parameters.
pub const PRODUCT_UPDATE: &[Field] = &[
    opt("active", Shape::Bool),
    opt("attributes", Shape::Emptyable(&STRINGS)),
    opt("caption", S5000),
    opt("deactivate_on", STRINGS),
    opt("description", Shape::Str(Some(40000))),
    EXPAND,
    opt("images", Shape::Emptyable(&Shape::Array(&Shape::Str(None)))),
    opt("metadata", Shape::Metadata),
    opt("name", S5000),
    opt(
        "package_dimensions",
        Shape::Emptyable(&Shape::Hash(PACKAGE_DIMENSIONS)),
    ),
    opt("shippable", Shape::Bool),
    opt("statement_descriptor", Shape::Str(Some(22))),
    opt("unit_label", Shape::Str(Some(12))),
    opt("url", Shape::Str(None)),
];

/// `POST /v1/customers`: 19 parameters.
pub const CUSTOMER_CREATE: &[Field] = &[
    opt("account_balance", Shape::Int),
    opt("address", Shape::Emptyable(&Shape::Hash(ADDRESS))),
    opt("balance", Shape::Int),
    opt("coupon", S5000),
    opt("description", S5000),
    opt("email", Shape::Str(Some(512))),
    EXPAND,
    opt("invoice_prefix", S5000),
    opt("invoice_settings", Shape::Hash(INVOICE_SETTINGS)),
    opt("metadata", Shape::Metadata),
    opt("name", Shape::Str(Some(256))),
    opt("payment_method", S5000),
    opt("phone", Shape::Str(Some(20))),
    opt("preferred_locales", STRINGS),
    opt("shipping", Shape::Emptyable(&Shape::Hash(SHIPPING))),
    opt("source", S5000),
    opt("tax_exempt", Shape::Enum(TAX_EXEMPT)),
    opt("tax_id_data", Shape::Array(&Shape::Hash(TAX_ID_DATA))),
    opt("tax_info", Shape::Hash(TAX_INFO)),
];

/// `POST /v1/customers/{customer}`: 24 parameters.
pub const CUSTOMER_UPDATE: &[Field] = &[
    opt("account_balance", Shape::Int),
    opt("address", Shape::Emptyable(&Shape::Hash(ADDRESS))),
    opt("balance", Shape::Int),
    opt(
        "bank_account",
        Shape::AnyOf(&[Shape::Hash(BANK_ACCOUNT), S5000]),
    ),
    opt("card", Shape::AnyOf(&[Shape::Hash(CARD), S5000])),
    opt("coupon", S5000),
    opt("default_alipay_account", Shape::Str(Some(500))),
    opt("default_bank_account", Shape::Str(Some(500))),
    opt("default_card", Shape::Str(Some(500))),
    opt("default_source", Shape::Str(Some(500))),
    opt("description", S5000),
    opt("email", Shape::Str(Some(512))),
    EXPAND,
    opt("invoice_prefix", S5000),
    opt("invoice_settings", Shape::Hash(INVOICE_SETTINGS)),
    opt("metadata", Shape::Metadata),
    opt("name", Shape::Str(Some(256))),
    opt("phone", Shape::Str(Some(20))),
    opt("preferred_locales", STRINGS),
    opt("shipping", Shape::Emptyable(&Shape::Hash(SHIPPING))),
    opt("source", S5000),
    opt("tax_exempt", Shape::Enum(TAX_EXEMPT)),
    opt("tax_info", Shape::Hash(TAX_INFO)),
    opt(
        "trial_end",
        Shape::AnyOf(&[Shape::Enum(&["now"]), Shape::Int]),
    ),
];

#[cfg(test)]
mod tests {
    //! The tables above against Stripe's spec file, shape for shape.

    use super::*;
    use serde_json::Value;

    fn spec() -> Value {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/data/stripe-openapi/spec3.2019-10-08.json"
        );
        serde_json::from_str(&std::fs::read_to_string(path).expect("spec file")).expect("json")
    }

    /// Compares one shape with the spec's schema at `at`, describing any difference.
    fn compare(shape: &Shape, schema: &Value, at: &str, errors: &mut Vec<String>) {
        let max = schema["maxLength"].as_u64().map(|m| m as usize);
        let enumerated = schema["enum"]
            .as_array()
            .map(|values| values.iter().filter_map(Value::as_str).collect::<Vec<_>>());
        match (shape, schema["type"].as_str()) {
            (Shape::Emptyable(inner), _) => {
                let any = schema["anyOf"].as_array().cloned().unwrap_or_default();
                let empty = serde_json::json!({"enum": [""], "type": "string"});
                if any.len() != 2 || any[1] != empty {
                    errors.push(format!("{at}: not X-or-empty in the spec"));
                } else {
                    compare(inner, &any[0], at, errors);
                }
            }
            (Shape::AnyOf(shapes), _) => {
                let any = schema["anyOf"].as_array().cloned().unwrap_or_default();
                if any.len() != shapes.len() {
                    errors.push(format!("{at}: anyOf of {} in the spec", any.len()));
                }
                for (i, (s, sch)) in shapes.iter().zip(&any).enumerate() {
                    compare(s, sch, &format!("{at}.anyOf[{i}]"), errors);
                }
            }
            (Shape::Enum(values), Some("string")) if enumerated.as_deref() == Some(values) => {}
            (Shape::Str(m), Some("string")) if enumerated.is_none() && *m == max => {}
            (Shape::Int, Some("integer")) | (Shape::Num, Some("number")) => {}
            (Shape::Bool, Some("boolean")) => {}
            (Shape::Metadata, Some("object"))
                if schema["additionalProperties"]["type"] == "string" => {}
            (Shape::Array(item), Some("array")) => {
                compare(item, &schema["items"], &format!("{at}[]"), errors)
            }
            (Shape::Hash(fields), Some("object")) => compare_fields(fields, schema, at, errors),
            (shape, _) => errors.push(format!("{at}: {shape:?} here, spec says {schema}")),
        }
    }

    fn compare_fields(fields: &[Field], schema: &Value, at: &str, errors: &mut Vec<String>) {
        let props = schema["properties"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        let required: Vec<&str> = schema["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut ours: Vec<&str> = fields.iter().map(|f| f.name).collect();
        let mut theirs: Vec<&str> = props.keys().map(String::as_str).collect();
        ours.sort_unstable();
        theirs.sort_unstable();
        if ours != theirs {
            errors.push(format!("{at}: names {ours:?} here, {theirs:?} in the spec"));
        }
        for f in fields {
            if f.required != required.contains(&f.name) {
                errors.push(format!("{at}.{}: required {} here", f.name, f.required));
            }
            if let Some(s) = props.get(f.name) {
                compare(&f.shape, s, &format!("{at}.{}", f.name), errors);
            }
        }
    }

    #[test]
    fn tables_match_stripe_spec() {
        let spec = spec();
        let mut errors = Vec::new();
        for (path, fields) in [
            ("/v1/products", PRODUCT_CREATE),
            ("/v1/products/{id}", PRODUCT_UPDATE),
            ("/v1/customers", CUSTOMER_CREATE),
            ("/v1/customers/{customer}", CUSTOMER_UPDATE),
        ] {
            let schema = &spec["paths"][path]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
                ["schema"];
            compare_fields(fields, schema, path, &mut errors);
        }
        assert!(errors.is_empty(), "{}", errors.join("\n"));
        assert_eq!(
            [
                PRODUCT_CREATE,
                PRODUCT_UPDATE,
                CUSTOMER_CREATE,
                CUSTOMER_UPDATE
            ]
            .map(<[_]>::len),
            [16, 14, 19, 24]
        );
    }
}
