//! How the generated `oneOf` types of Stripe objects (`PaymentSource`,
//! `CustomerOrDeletedCustomer`, …) decode: by the object's `object` field, which names its type,
//! straight into the one variant it names.
//!
//! serde's untagged enums buffer the whole object, then try each variant in turn and, when none
//! fits, say only that none did. Here the keys before `object` (Stripe sends `id` first) are
//! buffered, the variant is chosen, and it decodes from those keys and then the rest of the map
//! in place; an error names the type, the variant and the field, such as
//! ``PaymentSource `card`, field `exp_month`: invalid type: …``. A deleted object shares its
//! `object` with the live one (`{"id": "cus_1", "object": "customer", "deleted": true}`): such
//! variants are told apart by `deleted`, for which the whole (small, or rare) object is buffered.
//! codegen (`codegen/src/tagged.rs`) implements [`Tagged`] for each such type and writes its
//! `Deserialize` as a call of [`deserialize`].

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::value::{BorrowedStrDeserializer, MapAccessDeserializer, StrDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

/// The key that names a Stripe object's type.
const OBJECT: &str = "object";
/// The key that a deleted object carries, `true`.
const DELETED: &str = "deleted";

/// A `oneOf` of Stripe objects, told apart by their `object` (and `deleted`).
pub(crate) trait Tagged: Sized {
    /// The type's name, for errors.
    const NAME: &'static str;
    /// Every value of `object` a variant takes, for errors.
    const OBJECTS: &'static [&'static str];

    /// Whether two variants share `object`, a deleted object and a live one, so that `deleted`
    /// must be read before choosing.
    fn shared(object: &str) -> bool;

    /// The variant that `object` and `deleted` name, decoded from `deserializer`.
    fn variant<'de, D: Deserializer<'de>>(
        object: &str,
        deleted: bool,
        deserializer: D,
    ) -> Result<Self, D::Error>;
}

/// Decodes a [`Tagged`] type from a map.
pub(crate) fn deserialize<'de, D: Deserializer<'de>, T: Tagged>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ByObject(PhantomData))
}

/// Sees a map, reads its `object`, and decodes the variant it names.
struct ByObject<T>(PhantomData<T>);

impl<'de, T: Tagged> Visitor<'de> for ByObject<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: an object whose `object` is one of {}",
            T::NAME,
            T::OBJECTS.join(", ")
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut buffered = Vec::new();
        let mut object = None;
        let mut deleted = false;
        let more = map_after_object::<T, A>(&mut map, &mut buffered, &mut object, &mut deleted)?;
        let Some(object) = object else {
            return Err(de::Error::custom(format_args!(
                "{}: no `{OBJECT}` field, which tells its variants ({}) apart",
                T::NAME,
                T::OBJECTS.join(", ")
            )));
        };
        let mut context = Context::default();
        let chain = Chain {
            buffered: buffered.into_iter(),
            pending: None,
            rest: more.then_some(map),
            context: &mut context,
        };
        let name = object.as_str();
        T::variant(name, deleted, MapAccessDeserializer::new(chain)).map_err(|error| {
            let field = match context.in_value {
                true => format!(", field `{}`", context.key.as_str()),
                false => String::new(),
            };
            de::Error::custom(format_args!(
                "{} `{name}`{field}: {}",
                T::NAME,
                without_position(&error.to_string())
            ))
        })
    }
}

/// Reads `map` until its `object` is known (and its `deleted`, when `object` is shared),
/// buffering the entries on the way, `object` included; whether entries remain in `map`.
fn map_after_object<'de, T: Tagged, A: MapAccess<'de>>(
    map: &mut A,
    buffered: &mut Vec<(Key<'de>, Replay<'de>)>,
    object: &mut Option<Key<'de>>,
    deleted: &mut bool,
) -> Result<bool, A::Error> {
    while let Some(key) = map.next_key::<Key<'de>>()? {
        if key.as_str() == OBJECT && object.is_none() {
            let value: Key<'de> = map.next_value()?;
            let shared = T::shared(value.as_str());
            buffered.push((key, Replay::Str(value.clone())));
            *object = Some(value);
            if !shared {
                return Ok(true);
            }
            continue;
        }
        let value: serde_json::Value = map.next_value()?;
        if key.as_str() == DELETED {
            *deleted = value.as_bool() == Some(true);
        }
        buffered.push((key, Replay::Value(value)));
    }
    Ok(false)
}

/// `message` without serde_json's ` at line L column C`, which the error this becomes gets
/// again where it ends.
fn without_position(message: &str) -> &str {
    match message.rsplit_once(" at line ") {
        Some((before, position))
            if position
                .split_once(" column ")
                .is_some_and(|(line, column)| all_digits(line) && all_digits(column)) =>
        {
            before
        }
        _ => message,
    }
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// A key or a string value as the deserializer gave it: borrowed from the input when it can.
#[derive(Clone, Debug)]
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Default for Key<'_> {
    fn default() -> Self {
        Key::Borrowed("")
    }
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(text) => text,
            Key::Owned(text) => text,
        }
    }
}

impl<'de> Key<'de> {
    /// Hands the string to `seed`, as a deserializer of it would.
    fn feed<S: DeserializeSeed<'de>, E: de::Error>(&self, seed: S) -> Result<S::Value, E> {
        match self {
            Key::Borrowed(text) => seed.deserialize(BorrowedStrDeserializer::new(text)),
            Key::Owned(text) => seed.deserialize(StrDeserializer::new(text)),
        }
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Key<'de>, E> {
        Ok(Key::Borrowed(text))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Key<'de>, E> {
        Ok(Key::Owned(text.to_string()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Key<'de>, E> {
        Ok(Key::Owned(text))
    }
}

/// A buffered value, given again to the variant.
enum Replay<'de> {
    /// The value of `object`.
    Str(Key<'de>),
    /// Any other value.
    Value(serde_json::Value),
}

/// Where the variant's decoding is, for its error: the last key, and whether its value was
/// being decoded.
#[derive(Default)]
struct Context<'de> {
    key: Key<'de>,
    in_value: bool,
}

/// The buffered entries, then the rest of the map: what the variant decodes from.
struct Chain<'a, 'de, A> {
    buffered: std::vec::IntoIter<(Key<'de>, Replay<'de>)>,
    /// The value of the buffered key just given.
    pending: Option<Replay<'de>>,
    /// The rest of the map, until it ends.
    rest: Option<A>,
    context: &'a mut Context<'de>,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Chain<'_, 'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let key = match self.buffered.next() {
            Some((key, value)) => {
                self.pending = Some(value);
                key
            }
            None => match self.rest.as_mut().map(MapAccess::next_key).transpose()? {
                Some(Some(key)) => key,
                _ => {
                    self.rest = None;
                    return Ok(None);
                }
            },
        };
        self.context.key = key;
        self.context.key.feed(seed).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.context.in_value = true;
        let value = match (self.pending.take(), self.rest.as_mut()) {
            (Some(Replay::Str(text)), _) => text.feed(seed)?,
            (Some(Replay::Value(value)), _) => {
                seed.deserialize(value).map_err(de::Error::custom)?
            }
            (None, Some(rest)) => rest.next_value_seed(seed)?,
            (None, None) => return Err(de::Error::custom("a value asked for after the map ended")),
        };
        self.context.in_value = false;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use crate::types::{Customer, CustomerOrDeletedCustomer, PaymentSource};

    /// Stripe's fixture object of `kind` (its keys in alphabetical order: `object` comes late).
    fn fixture(kind: &str) -> Value {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/data/stripe-openapi/fixtures3.2019-10-08.json"
        );
        let text = std::fs::read_to_string(path).expect("Stripe's fixtures");
        let mut fixtures: Value = serde_json::from_str(&text).expect("JSON");
        fixtures["resources"][kind].take()
    }

    /// `value` as text with `id` and `object` first, as Stripe sends them.
    fn id_first(value: &Value) -> String {
        let map = value.as_object().expect("an object");
        let mut text = format!(r#"{{"id":{},"object":{}"#, map["id"], map["object"]);
        for (key, value) in map
            .iter()
            .filter(|(k, _)| !["id", "object"].contains(&k.as_str()))
        {
            text.push_str(&format!(",{}:{value}", Value::from(key.as_str())));
        }
        text + "}"
    }

    #[test]
    fn a_malformed_default_source_card_names_its_variant_and_field() {
        let mut card = fixture("card");
        card["exp_month"] = json!("twelve");
        let mut customer = fixture("customer");
        for text in [id_first(&card), card.to_string()] {
            customer["default_source"] = serde_json::from_str(&text).expect("JSON");
            let error = serde_json::from_value::<Customer>(customer.clone())
                .expect_err("a month in words")
                .to_string();
            assert!(
                error.starts_with("PaymentSource `card`, field `exp_month`: invalid type"),
                "{error}"
            );
            let error = serde_json::from_str::<PaymentSource>(&text)
                .expect_err("a month in words")
                .to_string();
            assert!(error.contains("field `exp_month`"), "{error}");
            assert_eq!(error.matches(" at line ").count(), 1, "{error}");
        }
    }

    #[test]
    fn each_object_decodes_as_the_variant_it_names_in_any_key_order() {
        for kind in ["card", "bank_account", "source", "alipay_account"] {
            let object = fixture(kind);
            for text in [id_first(&object), object.to_string()] {
                let source: PaymentSource = serde_json::from_str(&text).expect(kind);
                assert_eq!(serde_json::to_value(&source).expect("JSON")["object"], kind);
                assert_eq!(crate::Identified::id(&source), object["id"]);
            }
        }
    }

    #[test]
    fn a_deleted_customer_is_told_apart_by_deleted() {
        let deleted = fixture("deleted_customer");
        let text = id_first(&deleted);
        let decoded: CustomerOrDeletedCustomer = serde_json::from_str(&text).expect("deleted");
        assert!(matches!(
            decoded,
            CustomerOrDeletedCustomer::DeletedCustomer(_)
        ));
        let live: CustomerOrDeletedCustomer =
            serde_json::from_str(&id_first(&fixture("customer"))).expect("live");
        assert!(matches!(live, CustomerOrDeletedCustomer::Customer(_)));
    }

    #[test]
    fn an_object_without_or_with_an_unknown_object_is_refused_clearly() {
        let error = serde_json::from_str::<PaymentSource>(r#"{"id":"card_1"}"#)
            .expect_err("no object")
            .to_string();
        assert!(
            error.starts_with("PaymentSource: no `object` field, which tells its variants"),
            "{error}"
        );
        let error = serde_json::from_str::<PaymentSource>(r#"{"id":"x_1","object":"coupon"}"#)
            .expect_err("not a source")
            .to_string();
        assert!(
            error.starts_with("PaymentSource `coupon`: unknown variant `coupon`"),
            "{error}"
        );
        let error = serde_json::from_str::<PaymentSource>(r#""card_1""#)
            .expect_err("an id")
            .to_string();
        assert!(
            error.contains("PaymentSource: an object whose `object`"),
            "{error}"
        );
    }
}
