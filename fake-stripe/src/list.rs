//! List endpoints: `limit`, `starting_after` / `ending_before` cursors, `created[...]` filters,
//! equality filters, and Stripe's list envelope. Lists are newest first: by `created`, then by
//! creation sequence within a second.

use serde_json::{Value, json};

use crate::errors::{ApiError, ApiResult};
use crate::form::Node;
use crate::params::Params;
use crate::store::{Entry, Kind, Store};

/// What a list endpoint accepts besides the common parameters.
pub struct ListSpec<'a> {
    /// The resource listed.
    pub kind: Kind,
    /// Filters `(param, field)`: keep objects whose `field` equals the param's string value.
    pub filters: &'a [(&'a str, &'a str)],
    /// Parameters accepted but not applied.
    pub ignored: &'a [&'a str],
}

/// Bounds from `created`: `created=N` or `created[gt|gte|lt|lte]=N`.
#[derive(Debug, Default)]
struct Range {
    gt: Option<i64>,
    gte: Option<i64>,
    lt: Option<i64>,
    lte: Option<i64>,
}

impl Range {
    fn from_params(params: &Params) -> ApiResult<Range> {
        let mut r = Range::default();
        match params.get("created") {
            None => {}
            Some(Node::Str(_)) => {
                let v = params.int("created")?;
                r.gte = v;
                r.lte = v;
            }
            Some(Node::Map(entries)) => {
                for (op, v) in entries {
                    let name = format!("created[{op}]");
                    let n = match v {
                        Node::Str(s) => s.parse::<i64>().map_err(|_| {
                            ApiError::invalid(
                                "parameter_invalid_integer",
                                Some(&name),
                                format!("Invalid integer: {s}"),
                            )
                        })?,
                        Node::Map(_) => {
                            return Err(ApiError::invalid(
                                "parameter_invalid_integer",
                                Some(&name),
                                "Invalid integer: a hash",
                            ));
                        }
                    };
                    match op.as_str() {
                        "gt" => r.gt = Some(n),
                        "gte" => r.gte = Some(n),
                        "lt" => r.lt = Some(n),
                        "lte" => r.lte = Some(n),
                        _ => return Err(ApiError::unknown_param(&name)),
                    }
                }
            }
        }
        Ok(r)
    }

    fn contains(&self, t: i64) -> bool {
        self.gt.is_none_or(|b| t > b)
            && self.gte.is_none_or(|b| t >= b)
            && self.lt.is_none_or(|b| t < b)
            && self.lte.is_none_or(|b| t <= b)
    }
}

fn limit(params: &Params) -> ApiResult<usize> {
    match params.int("limit")? {
        None => Ok(10),
        Some(n) if (1..=100).contains(&n) => Ok(n as usize),
        Some(n) => Err(ApiError::invalid(
            "parameter_invalid_integer",
            Some("limit"),
            format!("Invalid limit: {n}. Must be between 1 and 100."),
        )),
    }
}

/// Looks a cursor up: it must be an existing object of the listed kind.
fn cursor(store: &Store, kind: Kind, params: &Params, name: &str) -> ApiResult<Option<Entry>> {
    let Some(id) = params.str(name)? else {
        return Ok(None);
    };
    store
        .entry(kind, &id)
        .map(Some)
        .ok_or_else(|| ApiError::missing_resource(kind.object(), &id, Some(name)))
}

/// Serves one list request, returning Stripe's list envelope.
pub fn list(store: &Store, spec: &ListSpec, params: &Params) -> ApiResult<Value> {
    let mut allowed = vec!["limit", "starting_after", "ending_before", "created"];
    allowed.extend(spec.filters.iter().map(|(p, _)| *p));
    allowed.extend(spec.ignored);
    params.check_allowed(&allowed)?;
    let limit = limit(params)?;
    let range = Range::from_params(params)?;
    if params.has("starting_after") && params.has("ending_before") {
        return Err(ApiError::invalid(
            "parameters_exclusive",
            Some("ending_before"),
            "You may only specify one of these parameters: ending_before, starting_after.",
        ));
    }
    let after = cursor(store, spec.kind, params, "starting_after")?;
    let before = cursor(store, spec.kind, params, "ending_before")?;
    let mut wanted = Vec::new();
    for (param, field) in spec.filters {
        if let Some(v) = params.str(param)? {
            wanted.push((*field, v));
        }
    }

    let mut entries: Vec<Entry> = store
        .all(spec.kind)
        .into_iter()
        .filter(|e| range.contains(e.created))
        .filter(|e| wanted.iter().all(|(f, v)| e.obj[*f].as_str() == Some(v)))
        .collect();
    entries.sort_by_key(|e| std::cmp::Reverse(e.key()));

    let (page, has_more) = if let Some(b) = before {
        // the `limit` objects just newer than the cursor, still newest first
        let newer: Vec<Entry> = entries.into_iter().filter(|e| e.key() > b.key()).collect();
        let skip = newer.len().saturating_sub(limit);
        (newer[skip..].to_vec(), skip > 0)
    } else {
        let older: Vec<Entry> = match after {
            Some(a) => entries.into_iter().filter(|e| e.key() < a.key()).collect(),
            None => entries,
        };
        let has_more = older.len() > limit;
        (older.into_iter().take(limit).collect(), has_more)
    };
    Ok(json!({
        "object": "list",
        "url": spec.kind.url(),
        "has_more": has_more,
        "data": page.into_iter().map(|e| e.obj).collect::<Vec<_>>(),
    }))
}
