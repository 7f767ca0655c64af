//! Parser for Stripe's form encoding with bracket notation.
//!
//! `a=1&m[k]=v&l[0]=x&l[]=y` becomes a tree of [`Node`]s. Brackets may be percent-encoded
//! (`created%5Bgt%5D=1`) and `+` means a space. Arrays (`l[0]`, `l[]`) and hashes (`m[k]`) are
//! both kept as ordered maps; [`Node::as_list`] and [`Node::as_map`] read them back.

use percent_encoding::percent_decode_str;

/// One parsed value: a string leaf or a map of children in the order first seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// A scalar value (`a=1`).
    Str(String),
    /// A structured value (`a[x]=1`, `a[0]=1`, `a[]=1`); `[]` children get keys `""`-prefixed counters.
    Map(Vec<(String, Node)>),
}

/// Key given to the n-th `[]` child so it sorts after explicit indices in order of appearance.
fn append_key(n: usize) -> String {
    format!("[]{n:09}")
}

impl Node {
    /// The string, if this is a leaf.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::Str(s) => Some(s),
            Node::Map(_) => None,
        }
    }

    /// Children as a list: numeric keys in numeric order, then `[]` children in order.
    /// `None` if any key is neither a number nor an append.
    pub fn as_list(&self) -> Option<Vec<&Node>> {
        let Node::Map(children) = self else {
            return None;
        };
        let mut keyed: Vec<(u64, usize, &Node)> = Vec::new();
        for (i, (k, v)) in children.iter().enumerate() {
            if let Some(rest) = k.strip_prefix("[]") {
                keyed.push((u64::MAX, rest.parse().unwrap_or(i), v));
            } else {
                keyed.push((k.parse().ok()?, i, v));
            }
        }
        keyed.sort_by_key(|(n, i, _)| (*n, *i));
        Some(keyed.into_iter().map(|(_, _, v)| v).collect())
    }

    /// Children as key/value pairs, if this is a map.
    pub fn as_map(&self) -> Option<&[(String, Node)]> {
        match self {
            Node::Map(m) => Some(m),
            Node::Str(_) => None,
        }
    }

    /// A child by key, if this is a map.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.as_map()?
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }
}

/// Decodes one form component: `+` is a space, then percent-decoding.
fn decode(s: &str) -> String {
    percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

/// Splits `a[b][]` into `["a", "b", ""]`; a key without brackets is one segment.
fn segments(key: &str) -> Vec<String> {
    let Some(open) = key.find('[') else {
        return vec![key.to_owned()];
    };
    let mut out = vec![key[..open].to_owned()];
    let mut rest = &key[open..];
    while let Some(stripped) = rest.strip_prefix('[') {
        match stripped.find(']') {
            Some(close) => {
                out.push(stripped[..close].to_owned());
                rest = &stripped[close + 1..];
            }
            None => {
                out.push(stripped.to_owned());
                rest = "";
            }
        }
    }
    out
}

/// Inserts `value` at `path` below `children`, creating maps on the way.
fn insert(children: &mut Vec<(String, Node)>, path: &[String], value: String) {
    let (first, rest) = path.split_first().expect("non-empty path");
    let key = if first.is_empty() {
        // `[]`: a new element each time it ends the path; a nested `a[][x]` also starts a new one
        append_key(children.len())
    } else {
        first.clone()
    };
    if rest.is_empty() {
        if let Some(slot) = children.iter_mut().find(|(k, _)| *k == key) {
            slot.1 = Node::Str(value);
        } else {
            children.push((key, Node::Str(value)));
        }
        return;
    }
    let pos = match children.iter().position(|(k, _)| *k == key) {
        Some(pos) => {
            if matches!(children[pos].1, Node::Str(_)) {
                children[pos].1 = Node::Map(Vec::new());
            }
            pos
        }
        None => {
            children.push((key, Node::Map(Vec::new())));
            children.len() - 1
        }
    };
    if let Node::Map(inner) = &mut children[pos].1 {
        insert(inner, rest, value);
    }
}

/// Parses a whole `application/x-www-form-urlencoded` string (body or query) into top-level params.
pub fn parse(input: &str) -> Vec<(String, Node)> {
    let mut top = Vec::new();
    for pair in input.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(k);
        let segs = segments(&key);
        if segs[0].is_empty() {
            continue;
        }
        insert(&mut top, &segs, decode(v));
    }
    top
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Node {
        Node::Str(v.into())
    }

    #[test]
    fn scalars_and_spaces() {
        assert_eq!(
            parse("a=1&b=x+y%21"),
            vec![("a".into(), s("1")), ("b".into(), s("x y!"))]
        );
    }

    #[test]
    fn nested_encoded_and_lists() {
        let p = parse("created%5Bgt%5D=5&images[]=a&images[]=b&l[1]=y&l[0]=x&m[k]=v");
        assert_eq!(p[0].1.get("gt"), Some(&s("5")));
        let imgs: Vec<_> = p[1].1.as_list().unwrap().into_iter().cloned().collect();
        assert_eq!(imgs, vec![s("a"), s("b")]);
        let l: Vec<_> = p[2].1.as_list().unwrap().into_iter().cloned().collect();
        assert_eq!(l, vec![s("x"), s("y")]);
        assert_eq!(p[3].1.get("k"), Some(&s("v")));
        assert!(p[3].1.as_list().is_none());
    }

    #[test]
    fn list_of_hashes() {
        let p = parse("items[0][amount]=5&items[0][type]=sku&items[1][amount]=7");
        let items = p[0].1.as_list().unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].get("type"), Some(&s("sku")));
        assert_eq!(items[1].get("amount"), Some(&s("7")));
    }
}
