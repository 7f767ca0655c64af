//! Keys written twice in one mapping. YAML parsers keep the last value and drop the first
//! without a word (a second `CreateInvoiceItemParams` under `components.schemas` would replace
//! the first whole), so the text is read once more as a stream of events, with their lines, to
//! name both places.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser};

use crate::error::{Location, Problem};

/// One collection open in the event stream.
enum Open {
    /// A mapping: where it is, the lines of the keys seen, and the key whose value comes next.
    Mapping {
        at: Location,
        keys: HashMap<String, usize>,
        value_of: Option<String>,
    },
    /// A sequence: where it is and the index of its next item.
    Sequence { at: Location, next: usize },
}

/// Refuses the first key that a mapping of `text` holds twice, naming both of its lines.
///
/// Text the event parser cannot read passes: the YAML parser proper has read it already and
/// reports its own errors.
pub(super) fn check(text: &str) -> Result<(), Problem> {
    let mut open: Vec<Open> = Vec::new();
    for event in Parser::new_from_str(text) {
        let Ok((event, span)) = event else {
            return Ok(());
        };
        match event {
            Event::MappingStart(..) => {
                let at = next_place(&mut open);
                open.push(Open::Mapping {
                    at,
                    keys: HashMap::new(),
                    value_of: None,
                });
            }
            Event::SequenceStart(..) => {
                let at = next_place(&mut open);
                open.push(Open::Sequence { at, next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                open.pop();
            }
            Event::Scalar(value, ..) => {
                key_or_value(&mut open, &value, span.start.line())?;
            }
            Event::Alias(_) => {
                next_place(&mut open);
            }
            _ => {}
        }
    }
    Ok(())
}

/// A scalar: a key of the innermost mapping (checked against its other keys), or a value.
fn key_or_value(open: &mut [Open], scalar: &str, line: usize) -> Result<(), Problem> {
    let Some(Open::Mapping {
        at,
        keys,
        value_of: value_of @ None,
    }) = open.last_mut()
    else {
        next_place(open);
        return Ok(());
    };
    if let Some(first) = keys.insert(scalar.to_string(), line) {
        return Err(Problem::new(
            at.key(scalar),
            format!(
                "`{scalar}` is written twice in one mapping, at line {first} and at line {line}; \
                 YAML keeps only the second, silently"
            ),
        )
        .help("keep one of the two: merge them, or rename one"));
    }
    *value_of = Some(scalar.to_string());
    Ok(())
}

/// Where the next value of the innermost collection stands, moving past it: a mapping's value
/// is under its key, a sequence's item under its index. A collection used as a mapping's key
/// (which OpenAPI never does) is placed at the mapping itself.
fn next_place(open: &mut [Open]) -> Location {
    match open.last_mut() {
        None => Location::root(),
        Some(Open::Mapping { at, value_of, .. }) => match value_of.take() {
            Some(key) => at.key(key),
            None => at.clone(),
        },
        Some(Open::Sequence { at, next }) => {
            *next += 1;
            at.index(*next - 1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn a_key_twice_in_a_list_item_is_located_by_its_index() {
        let problem = check("a:\n  - b: 1\n    b: 2\n").expect_err("b is written twice");
        assert_eq!(problem.location.to_string(), "a[0].b");
        assert!(
            problem.message.contains("at line 2 and at line 3"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn one_key_in_sibling_mappings_is_no_duplicate() {
        assert!(check("a:\n  b: 1\nc:\n  b: 2\nd: [{b: 1}, {b: 2}]\n").is_ok());
    }

    #[test]
    fn a_key_equal_to_a_value_is_no_duplicate() {
        assert!(check("a: b\nb: a\n").is_ok());
    }
}
