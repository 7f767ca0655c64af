//! The result of a comparison: changes grouped by the connector, each operation and each schema.

use super::render::{self, Format};

/// Everything that changed between two specs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// How the old spec was named (a path or a git revision).
    pub old: String,
    /// How the new spec was named.
    pub new: String,
    /// The groups that hold at least one change: connector first, then operations, then schemas.
    pub groups: Vec<Group>,
}

impl Report {
    /// True when the two specs describe the same client.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Every change, group after group.
    pub fn changes(&self) -> impl Iterator<Item = &Change> {
        self.groups.iter().flat_map(|g| g.changes.iter())
    }

    /// How many changes are breaking.
    pub fn breaking_count(&self) -> usize {
        self.changes().filter(|c| c.breaking).count()
    }

    /// True when any change breaks users of the generated crate.
    pub fn is_breaking(&self) -> bool {
        self.breaking_count() > 0
    }

    /// The exit status of `cargo xtask spec-diff`: 1 when anything is breaking, 0 otherwise.
    pub fn exit_code(&self) -> u8 {
        u8::from(self.is_breaking())
    }

    /// The report as text or Markdown.
    pub fn render(&self, format: Format) -> String {
        render::render(self, format)
    }
}

/// What a group of changes is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupKind {
    /// The connector metadata: version, throttle, poll interval, triggers.
    Connector,
    /// One operation, by `operationId`.
    Operation,
    /// One component schema, by name.
    Schema,
    /// The flows built on the exported Power Platform connector.
    PowerPlatform,
}

/// The changes to one operation, one schema, or the connector metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// What the group is about.
    pub kind: GroupKind,
    /// The operationId or schema name (empty for the connector).
    pub name: String,
    /// A word on where it is, such as `POST /v1/products` or `used in responses`.
    pub context: String,
    /// The changes, in the order of the spec.
    pub changes: Vec<Change>,
}

impl Group {
    pub(crate) fn new(kind: GroupKind, name: &str, context: String) -> Self {
        Self {
            kind,
            name: name.to_string(),
            context,
            changes: Vec::new(),
        }
    }

    /// The group's heading, such as `operation ListOrders (GET /v1/orders)`.
    pub fn heading(&self) -> String {
        let kind = match self.kind {
            GroupKind::Connector => return "connector".to_string(),
            GroupKind::PowerPlatform => {
                return format!("flows on the Power Platform connector ({})", self.context);
            }
            GroupKind::Operation => "operation",
            GroupKind::Schema => "schema",
        };
        format!("{kind} {} ({})", self.name, self.context)
    }
}

/// Whether something appeared, disappeared or changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// New in the new spec.
    Added,
    /// Gone from the new spec.
    Removed,
    /// In both, different.
    Changed,
}

/// One difference, the Rust item it touches and whether it breaks callers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// Added, removed or changed.
    pub kind: ChangeKind,
    /// What changed, such as ``field `email` `` or `throttle`.
    pub subject: String,
    /// How: `nullable: false → true`, or what was added (`optional string`); may be empty.
    pub detail: String,
    /// The Rust item affected, such as `types::Customer::email`.
    pub item: String,
    /// True when the change breaks users of the generated crate.
    pub breaking: bool,
    /// Why it is, or is not, breaking.
    pub reason: String,
}

impl Change {
    /// The change in one line, such as ``field `email`: nullable false → true``.
    pub fn summary(&self) -> String {
        let tail = |verb: &str| match self.detail.as_str() {
            "" => format!("{} {verb}", self.subject),
            detail => format!("{} {verb}: {detail}", self.subject),
        };
        match self.kind {
            ChangeKind::Added => tail("added"),
            ChangeKind::Removed => tail("removed"),
            ChangeKind::Changed => format!("{}: {}", self.subject, self.detail),
        }
    }

    /// `+`, `-` or `~`.
    pub fn sign(&self) -> char {
        match self.kind {
            ChangeKind::Added => '+',
            ChangeKind::Removed => '-',
            ChangeKind::Changed => '~',
        }
    }
}

/// A verdict: breaking or not, and why.
pub(crate) type Verdict = (bool, String);

impl Change {
    /// A change with its verdict.
    pub(crate) fn new(
        kind: ChangeKind,
        subject: impl Into<String>,
        detail: impl Into<String>,
        item: &str,
        (breaking, reason): Verdict,
    ) -> Self {
        Self {
            kind,
            subject: subject.into(),
            detail: detail.into(),
            item: item.to_string(),
            breaking,
            reason,
        }
    }
}

/// A breaking verdict.
pub(crate) fn breaking(why: &str) -> Verdict {
    (true, why.to_string())
}

/// A verdict that is not breaking.
pub(crate) fn fine(why: &str) -> Verdict {
    (false, why.to_string())
}
