//! The objects of OpenAPI 3.0 that codegen reads, each with its fields and what they hold, and
//! the few rules on keys and values that their fields alone do not say (path names, status
//! codes, component names, where a parameter may be).

use serde_json::{Map, Value};

use super::shape::{Expect, Field, check_fields};
use crate::error::{Location, Problem};
use crate::extensions::Host;

/// A kind of object in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Node {
    Document,
    Info,
    Server,
    Paths,
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    MediaType,
    Responses,
    Response,
    Header,
    Components,
    Schema,
    Tag,
    ExternalDocs,
    Discriminator,
}

const fn optional(name: &'static str, expect: Expect) -> Field {
    Field {
        name,
        expect,
        required: false,
    }
}

const fn required(name: &'static str, expect: Expect) -> Field {
    Field {
        name,
        expect,
        required: true,
    }
}

use Expect::*;

const DOCUMENT: &[Field] = &[
    required("openapi", Text),
    required("info", One(Node::Info)),
    optional("servers", ListOf(Node::Server)),
    required("paths", One(Node::Paths)),
    optional("components", One(Node::Components)),
    optional("security", Anything),
    optional("tags", ListOf(Node::Tag)),
    optional("externalDocs", One(Node::ExternalDocs)),
];
const INFO: &[Field] = &[
    required("title", Text),
    optional("description", Text),
    optional("termsOfService", Text),
    optional("contact", Anything),
    optional("license", Anything),
    required("version", Text),
];
const SERVER: &[Field] = &[
    required("url", Text),
    optional("description", Text),
    optional("variables", Anything),
];
const PATH_ITEM: &[Field] = &[
    optional("summary", Text),
    optional("description", Text),
    optional("get", One(Node::Operation)),
    optional("put", One(Node::Operation)),
    optional("post", One(Node::Operation)),
    optional("delete", One(Node::Operation)),
    optional("options", One(Node::Operation)),
    optional("head", One(Node::Operation)),
    optional("patch", One(Node::Operation)),
    optional("trace", One(Node::Operation)),
    optional("servers", ListOf(Node::Server)),
    optional("parameters", ListOfRefs(Node::Parameter)),
];
const OPERATION: &[Field] = &[
    optional("tags", Texts),
    optional("summary", Text),
    optional("description", Text),
    optional("externalDocs", One(Node::ExternalDocs)),
    optional("operationId", Text),
    optional("parameters", ListOfRefs(Node::Parameter)),
    optional("requestBody", Ref(Node::RequestBody)),
    required("responses", One(Node::Responses)),
    optional("callbacks", Anything),
    optional("deprecated", Flag),
    optional("security", Anything),
    optional("servers", ListOf(Node::Server)),
];
const PARAMETER: &[Field] = &[
    required("name", Text),
    required("in", Text),
    optional("description", Text),
    optional("required", Flag),
    optional("deprecated", Flag),
    optional("allowEmptyValue", Flag),
    optional("style", Text),
    optional("explode", Flag),
    optional("allowReserved", Flag),
    optional("schema", Ref(Node::Schema)),
    optional("example", Anything),
    optional("examples", Anything),
    optional("content", MapOf(Node::MediaType)),
];
const REQUEST_BODY: &[Field] = &[
    optional("description", Text),
    required("content", MapOf(Node::MediaType)),
    optional("required", Flag),
];
const MEDIA_TYPE: &[Field] = &[
    optional("schema", Ref(Node::Schema)),
    optional("example", Anything),
    optional("examples", Anything),
    optional("encoding", Anything),
];
const RESPONSE: &[Field] = &[
    required("description", Text),
    optional("headers", MapOfRefs(Node::Header)),
    optional("content", MapOf(Node::MediaType)),
    optional("links", Anything),
];
const HEADER: &[Field] = &[
    optional("description", Text),
    optional("required", Flag),
    optional("deprecated", Flag),
    optional("style", Text),
    optional("explode", Flag),
    optional("schema", Ref(Node::Schema)),
    optional("example", Anything),
    optional("examples", Anything),
    optional("content", MapOf(Node::MediaType)),
];
const COMPONENTS: &[Field] = &[
    optional("schemas", Components(Node::Schema)),
    optional("responses", Components(Node::Response)),
    optional("parameters", Components(Node::Parameter)),
    optional("examples", Anything),
    optional("requestBodies", Components(Node::RequestBody)),
    optional("headers", Components(Node::Header)),
    optional("securitySchemes", Anything),
    optional("links", Anything),
    optional("callbacks", Anything),
];
const TAG: &[Field] = &[
    required("name", Text),
    optional("description", Text),
    optional("externalDocs", One(Node::ExternalDocs)),
];
const EXTERNAL_DOCS: &[Field] = &[required("url", Text), optional("description", Text)];
const DISCRIMINATOR: &[Field] = &[
    required("propertyName", Text),
    optional("mapping", Anything),
];

impl Node {
    /// The fields of this kind of object (schemas and maps of names have their own rules).
    pub(super) fn fields(self) -> &'static [Field] {
        match self {
            Node::Document => DOCUMENT,
            Node::Info => INFO,
            Node::Server => SERVER,
            Node::PathItem => PATH_ITEM,
            Node::Operation => OPERATION,
            Node::Parameter => PARAMETER,
            Node::RequestBody => REQUEST_BODY,
            Node::MediaType => MEDIA_TYPE,
            Node::Response => RESPONSE,
            Node::Header => HEADER,
            Node::Components => COMPONENTS,
            Node::Tag => TAG,
            Node::ExternalDocs => EXTERNAL_DOCS,
            Node::Discriminator => DISCRIMINATOR,
            Node::Paths | Node::Responses | Node::Schema => &[],
        }
    }

    /// This kind of object in a sentence: `an operation`.
    pub(super) fn describe(self) -> &'static str {
        match self {
            Node::Document => "the document",
            Node::Info => "`info`",
            Node::Server => "a server",
            Node::Paths => "`paths`",
            Node::PathItem => "a path item",
            Node::Operation => "an operation",
            Node::Parameter => "a parameter",
            Node::RequestBody => "a request body",
            Node::MediaType => "a media type",
            Node::Responses => "`responses`",
            Node::Response => "a response",
            Node::Header => "a header",
            Node::Components => "`components`",
            Node::Schema => "a schema",
            Node::Tag => "a tag",
            Node::ExternalDocs => "`externalDocs`",
            Node::Discriminator => "a discriminator",
        }
    }

    /// The kind of object this is, for the table of extensions.
    pub(super) fn host(self) -> Host {
        match self {
            Node::Info => Host::Info,
            Node::Operation => Host::Operation,
            Node::Parameter => Host::Parameter,
            Node::Schema => Host::Schema,
            _ => Host::Other,
        }
    }

    /// The section of `components` that holds this kind of object, for those a `$ref` may name.
    pub(super) fn section(self) -> Option<&'static str> {
        match self {
            Node::Schema => Some("schemas"),
            Node::Parameter => Some("parameters"),
            Node::Response => Some("responses"),
            Node::RequestBody => Some("requestBodies"),
            Node::Header => Some("headers"),
            _ => None,
        }
    }

    /// The rules on a key of a map of names: a path, or a status code.
    pub(super) fn check_key(self, key: &str, at: &Location) -> Result<(), Problem> {
        match self {
            Node::Paths if !key.starts_with('/') => Err(Problem::new(
                at.clone(),
                format!("`{key}` is not a path: a path starts with `/`"),
            )
            .help("write the path as Stripe's URL has it after the host, such as `/v1/customers`")),
            Node::Responses if !is_status(key) => Err(Problem::new(
                at.clone(),
                format!("`{key}` is not a status code"),
            )
            .help("write a code such as '200', a range such as '4XX', or `default`")),
            _ => Ok(()),
        }
    }
}

fn is_status(key: &str) -> bool {
    let bytes = key.as_bytes();
    key == "default"
        || matches!(bytes, [b'1'..=b'5', b'X', b'X'])
        || (bytes.len() == 3
            && bytes.iter().all(u8::is_ascii_digit)
            && (b'1'..=b'5').contains(&bytes[0]))
}

/// A component's name must be one a `$ref` can spell and progenitor can look up.
pub(super) fn component_name(name: &str, at: &Location) -> Result<(), Problem> {
    let spellable = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    match spellable {
        true => Ok(()),
        false => Err(
            Problem::new(at.clone(), format!("`{name}` is not a component name"))
                .help("name components with letters, digits, `.`, `-` and `_` only"),
        ),
    }
}

/// Where a parameter may be, and the styles each place allows (progenitor generates only the
/// first of each).
const PLACES: &[(&str, &[&str])] = &[
    ("path", &["simple", "label", "matrix"]),
    (
        "query",
        &["form", "spaceDelimited", "pipeDelimited", "deepObject"],
    ),
    ("header", &["simple"]),
    ("cookie", &["form"]),
];

/// A parameter's `in` and `style` name a place and a style OpenAPI knows, and it has a schema.
pub(super) fn check_parameter(fields: &Map<String, Value>, at: &Location) -> Result<(), Problem> {
    check_fields(fields, at, Node::Parameter)?;
    let place = fields.get("in").and_then(Value::as_str).unwrap_or_default();
    let Some((_, styles)) = PLACES.iter().find(|(name, _)| *name == place) else {
        let places: Vec<&str> = PLACES.iter().map(|(name, _)| *name).collect();
        return Err(Problem::new(
            at.key("in"),
            format!(
                "'{place}' is not a place for a parameter; expected one of {}",
                places.join(", ")
            ),
        )
        .help("a form field belongs in the request body's schema, not among the parameters"));
    };
    if let Some(style) = fields.get("style").and_then(Value::as_str)
        && !styles.contains(&style)
    {
        return Err(Problem::new(
            at.key("style"),
            format!(
                "'{style}' is not a style of a {place} parameter; expected one of {}",
                styles.join(", ")
            ),
        ));
    }
    if !fields.contains_key("schema") {
        return Err(Problem::new(
            at.key("schema"),
            "missing: a parameter needs a `schema` (progenitor cannot generate one described by `content`)",
        ));
    }
    Ok(())
}
