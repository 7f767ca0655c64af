//! The spec's `x-` keys: each one codegen, the export or the conformance test reads, and the
//! kind of object it may stand on. Anything else starting with `x-` is refused where it stands,
//! since a misspelt or misplaced extension would otherwise be skipped without a word (an
//! `x-actions:` makes its action vanish).

/// A kind of object an extension may stand on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Host {
    /// `info`.
    Info,
    /// An operation.
    Operation,
    /// A parameter.
    Parameter,
    /// A schema, a property's included.
    Schema,
    /// Any other object of the document.
    Other,
    /// Any object of the document: only in [`Extension::on`].
    Any,
}

impl Host {
    /// How the error messages name this kind of object.
    fn describe(self) -> &'static str {
        match self {
            Host::Info => "`info`",
            Host::Operation => "an operation",
            Host::Parameter => "a parameter",
            Host::Schema => "a schema",
            Host::Other => "another object",
            Host::Any => "any object",
        }
    }
}

/// One extension of the spec: its key, where it may stand and what it says.
#[derive(Debug)]
pub struct Extension {
    /// The key, `x-` included.
    pub name: &'static str,
    /// The kinds of object it may stand on.
    pub on: &'static [Host],
}

/// The extension that marks the connector's rules on `info`.
pub const CONNECTOR: &str = "x-connector";
/// The extension that makes a list operation the list of a polling trigger.
pub const TRIGGER: &str = "x-trigger";
/// The extension that marks an input or output of the original connector.
pub const ORIGINAL: &str = "x-original";
/// The extension that names the Stripe schema a component mirrors.
pub const STRIPE_SCHEMA: &str = "x-stripe-schema";
/// The extension that says why a place differs from Stripe's description.
pub const DEVIATION: &str = "x-deviation";
/// The extension that makes an operation an action.
pub const ACTION: &str = "x-action";
/// The extension that names a form field's command-line flag, such as `x-flag: image`.
pub const FLAG: &str = "x-flag";
/// The extension that marks a form field Stripe unsets when it is sent empty.
pub const CLEARABLE: &str = "x-clearable";
/// The extension that limits the length of a hash's keys.
pub const KEY_MAX_LENGTH: &str = "x-key-max-length";
/// The extension that lists the characters a hash's keys may not contain.
pub const KEY_FORBIDDEN: &str = "x-key-forbidden";
/// The extension that marks a response property Stripe can expand into an object.
pub const EXPANDABLE: &str = "x-expandable";
/// The extension that opens a component string enum to values Stripe adds later.
pub const OPEN_ENUM: &str = "x-open-enum";

/// Every extension the spec may carry; the spec's header describes each.
pub const EXTENSIONS: &[Extension] = &[
    Extension {
        name: CONNECTOR,
        on: &[Host::Info],
    },
    Extension {
        name: ACTION,
        on: &[Host::Operation],
    },
    Extension {
        name: TRIGGER,
        on: &[Host::Operation],
    },
    Extension {
        name: ORIGINAL,
        on: &[Host::Parameter, Host::Schema],
    },
    Extension {
        name: STRIPE_SCHEMA,
        on: &[Host::Schema],
    },
    Extension {
        name: FLAG,
        on: &[Host::Schema],
    },
    Extension {
        name: CLEARABLE,
        on: &[Host::Schema],
    },
    Extension {
        name: KEY_MAX_LENGTH,
        on: &[Host::Schema],
    },
    Extension {
        name: KEY_FORBIDDEN,
        on: &[Host::Schema],
    },
    Extension {
        name: EXPANDABLE,
        on: &[Host::Schema],
    },
    Extension {
        name: OPEN_ENUM,
        on: &[Host::Schema],
    },
    Extension {
        name: DEVIATION,
        on: &[Host::Any],
    },
];

/// Why `key`, an `x-` key on an object of kind `host` (which the messages call `object`), is
/// not one the spec may carry there, and what to do: `None` when it is.
pub(crate) fn refusal(key: &str, host: Host, object: &str) -> Option<(String, String)> {
    let allowed = |e: &Extension| e.on.iter().any(|on| *on == host || *on == Host::Any);
    if let Some(known) = EXTENSIONS.iter().find(|e| e.name == key) {
        if allowed(known) {
            return None;
        }
        let places: Vec<&str> = known.on.iter().map(|on| on.describe()).collect();
        return Some((
            format!("`{key}` has no meaning on {object}: codegen would ignore it here"),
            format!("`{key}` goes on {}", places.join(" or ")),
        ));
    }
    let here: Vec<&str> = EXTENSIONS
        .iter()
        .filter(|e| allowed(e))
        .map(|e| e.name)
        .collect();
    let closest = EXTENSIONS
        .iter()
        .map(|e| (strsim::levenshtein(key, e.name), e.name))
        .min()
        .filter(|(distance, _)| *distance <= (key.len() / 3).max(2));
    let hint = match closest {
        Some((_, name)) => format!("did you mean `{name}`? "),
        None => String::new(),
    };
    Some((
        format!("unknown extension `{key}`: codegen would ignore it"),
        format!(
            "{hint}the extensions of {object} are {} (the spec's header describes each)",
            here.join(", ")
        ),
    ))
}
