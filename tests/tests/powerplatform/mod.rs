//! An offline validator and emulator of Power Platform custom connectors, shared by the tests
//! of the exported connector. It reads only the two files Power Platform imports, never the
//! spec: what it finds wrong, the platform would find wrong too.
//!
//! - [`schemas`]: both files against Microsoft's JSON schemas (`tests/data/powerplatform/`);
//! - [`rules`]: Microsoft's written rules that no schema checks;
//! - [`cross`]: what one file says about the other (policies, connection parameters, triggers);
//! - [`emulator`]: the request the platform builds for an operation, its policies applied,
//!   and the `pollingtrigger` policy's state from one poll to the next;
//! - [`expr`]: the few workflow expressions the policies use (`@triggerBody().data[0].created`).

#![allow(dead_code)]

pub mod cross;
pub mod emulator;
pub mod expr;
pub mod rules;
pub mod schemas;

use std::path::Path;

use serde_json::Value;

/// The two files of a connector, parsed.
#[derive(Clone, Debug)]
pub struct Connector {
    /// `apiDefinition.swagger.json`.
    pub definition: Value,
    /// `apiProperties.json`.
    pub properties: Value,
}

impl Connector {
    /// Reads `apiDefinition.swagger.json` and `apiProperties.json` from `dir`.
    pub fn read(dir: &Path) -> Connector {
        let read = |name: &str| -> Value {
            let path = dir.join(name);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{} is readable: {e}", path.display()));
            serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{} is JSON: {e}", path.display()))
        };
        Connector {
            definition: read("apiDefinition.swagger.json"),
            properties: read("apiProperties.json"),
        }
    }

    /// The exported connector, `power-platform/` at the workspace root.
    pub fn exported() -> Connector {
        Connector::read(&tests::workspace_root().join("power-platform"))
    }

    /// Every operation: its path, its method and the operation object.
    pub fn operations(&self) -> Vec<(String, String, &Value)> {
        let mut out = Vec::new();
        let paths = self.definition["paths"].as_object().into_iter().flatten();
        for (path, item) in paths {
            for (method, op) in item.as_object().into_iter().flatten() {
                if op.get("operationId").is_some() {
                    out.push((path.clone(), method.clone(), op));
                }
            }
        }
        out
    }

    /// The operation with this operationId: its path, method and object.
    pub fn operation(&self, id: &str) -> Option<(String, String, &Value)> {
        self.operations()
            .into_iter()
            .find(|(_, _, op)| op["operationId"] == id)
    }

    /// The policy template instances of `apiProperties.json`.
    pub fn policies(&self) -> Vec<&Value> {
        self.properties["properties"]["policyTemplateInstances"]
            .as_array()
            .map(|p| p.iter().collect())
            .unwrap_or_default()
    }

    /// Every finding of the three validations, each naming its file and place.
    pub fn problems(&self) -> Vec<String> {
        let mut out = schemas::errors(self);
        out.extend(rules::errors(&self.definition));
        out.extend(cross::errors(self));
        out
    }
}

/// Removes `//` comments outside strings: Microsoft's schemas are JSON with comments.
pub fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let (mut in_string, mut escaped) = (false, false);
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '/' if chars.peek() == Some(&'/') => {
                for next in chars.by_ref() {
                    if next == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}
