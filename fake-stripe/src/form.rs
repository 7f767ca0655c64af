//! Parser for Stripe's form encoding with bracket notation.
//!
//! `a=1&m[k]=v&l[0]=x&l[]=y` becomes a tree of [`Node`]s. Brackets may be percent-encoded
//! (`created%5Bgt%5D=1`) and `+` means a space. Arrays (`l[0]`, `l[]`) and hashes (`m[k]`) are
//! both kept as ordered maps; [`Node::as_list`] and [`Node::as_map`] read them back. What Stripe
//! (a Rack application) could read otherwise than as sent, such as a bracket inside a key
//! (`metadata[x]]`), a broken `%` escape or bytes that are not UTF-8, is refused with the
//! parameter it is about, so that what the fake stores is what Stripe would store.

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

/// Why a form could not be read, and the parameter (as sent, decoded) it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    /// The parameter's name as decoded, such as `metadata[x]]`.
    pub param: String,
    /// What is wrong, in Stripe's manner.
    pub message: String,
}

/// Decodes one form component as Rack does: `+` is a space, then `%XX` escapes; a `%` without
/// two hex digits, or bytes that are not UTF-8, are refused (Rack raises on the first, and
/// Stripe's strings are UTF-8), never guessed at.
fn decode(s: &str) -> Result<String, String> {
    let spaced = s.replace('+', " ");
    let escape = |i: usize| {
        spaced
            .get(i + 1..i + 3)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    if spaced.match_indices('%').any(|(i, _)| escape(i).is_none()) {
        return Err(format!("Invalid %-encoding: {s}"));
    }
    percent_decode_str(&spaced)
        .decode_utf8()
        .map(|text| text.into_owned())
        .map_err(|_| format!("Invalid UTF-8: {s}"))
}

/// Splits `a[b][]` into `["a", "b", ""]`: a name without brackets, then bracketed segments
/// without brackets inside, and nothing else.
///
/// That is the syntax on which Rack 2 and Rack 3 (Stripe is a Rack application) agree. Any other
/// key is refused rather than guessed at: Rack 2 reads `metadata[x]]` as `metadata[x]` and Rack 3
/// as `metadata[x][]]`, both read `metadata[k[0]]` as `metadata[k][0]`, and Stripe's
/// documentation forbids square brackets in metadata keys.
fn segments(key: &str) -> Result<Vec<String>, String> {
    let malformed = || {
        format!(
            "Invalid parameter name: {key}; a `[` or `]` may only open or close a bracketed key \
             (`metadata[key]`), and metadata keys may not contain square brackets"
        )
    };
    let (name, mut rest) = key.split_at(key.find('[').unwrap_or(key.len()));
    if name.is_empty() || name.contains(']') {
        return Err(malformed());
    }
    let mut out = vec![name.to_owned()];
    while !rest.is_empty() {
        let inner = rest.strip_prefix('[').ok_or_else(malformed)?;
        let close = inner.find(']').ok_or_else(malformed)?;
        let segment = &inner[..close];
        if segment.contains('[') {
            return Err(malformed());
        }
        out.push(segment.to_owned());
        rest = &inner[close + 1..];
    }
    Ok(out)
}

/// Inserts `value` at `path` below `children`, creating maps on the way.
fn insert(children: &mut Vec<(String, Node)>, path: &[String], value: String) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
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

/// Parses a whole `application/x-www-form-urlencoded` string (body or query) into top-level
/// params, or the first parameter that Stripe could not be known to read as sent.
pub fn parse(input: &str) -> Result<Vec<(String, Node)>, FormError> {
    let mut top = Vec::new();
    for pair in input.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let refuse = |param: String| move |message| FormError { param, message };
        let key = decode(k).map_err(refuse(k.to_owned()))?;
        let value = decode(v).map_err(refuse(key.clone()))?;
        let segs = segments(&key).map_err(refuse(key.clone()))?;
        insert(&mut top, &segs, value);
    }
    Ok(top)
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
            parse("a=1&b=x+y%21").unwrap(),
            vec![("a".into(), s("1")), ("b".into(), s("x y!"))]
        );
    }

    #[test]
    fn nested_encoded_and_lists() {
        let p = parse("created%5Bgt%5D=5&images[]=a&images[]=b&l[1]=y&l[0]=x&m[k]=v").unwrap();
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
        let p = parse("items[0][amount]=5&items[0][type]=sku&items[1][amount]=7").unwrap();
        let items = p[0].1.as_list().unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].get("type"), Some(&s("sku")));
        assert_eq!(items[1].get("amount"), Some(&s("7")));
    }

    #[test]
    fn keys_and_values_arrive_as_sent_or_not_at_all() {
        let p = parse("metadata[%C3%A9+%26%3D%2B%25]=a%26b%3Dc%2B%25%0A").unwrap();
        assert_eq!(p[0].1.get("é &=+%"), Some(&s("a&b=c+%\n")));
        for (form, param) in [
            ("metadata[x]]=1", "metadata[x]]"),
            ("metadata%5Bx%5D%5D=1", "metadata[x]]"),
            ("metadata[k[0]]=v", "metadata[k[0]]"),
            ("a][b=1", "a][b"),
            ("metadata[x=1", "metadata[x"),
            ("[a]=1", "[a]"),
            ("metadata[a]b=1", "metadata[a]b"),
            ("a=%zz", "a"),
            ("a=%C3", "a"),
            ("a%=1", "a%"),
        ] {
            assert_eq!(
                parse(form).map_err(|e| e.param),
                Err(param.to_owned()),
                "{form}"
            );
        }
    }
}
