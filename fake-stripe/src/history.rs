//! Old accounts: objects created in the past (years of history, hundreds of them in one
//! second), for testing what a trigger started from the beginning does on a real account.
//! Each object is created by the same handler as the API's creations, with the clock backdated
//! for that creation only, so a seeded object is exactly what the API would have created then.

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::examples::{LISTS, example_form};
use crate::{auth, clock, store};

/// Seconds in a year of 365 days.
const YEAR: i64 = 365 * 24 * 60 * 60;

/// An account's past, as [`FakeStripe::seed_history`](crate::FakeStripe::seed_history) creates it
/// for each kind of object the fake serves (customers, charges, invoice items, orders and
/// products): `objects` of each, `in_one_second` of them in the account's first second, the
/// rest at random times (drawn from `seed`) between then and now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct History {
    /// How long ago the account's first second was, in years of 365 days (at least 1).
    pub years: u32,
    /// How many objects of each kind.
    pub objects: usize,
    /// How many of them were created in the account's first second.
    pub in_one_second: usize,
    /// Seed of the random creation times: the same seed gives the same times.
    pub seed: u64,
}

impl Default for History {
    /// Five years, 1,000 objects of each kind, 500 of them in the first second.
    fn default() -> Self {
        Self {
            years: 5,
            objects: 1000,
            in_one_second: 500,
            seed: 0,
        }
    }
}

/// One object seeded into an account's past.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seeded {
    /// The list it is in, such as `/v1/customers`.
    pub list: &'static str,
    /// Its id.
    pub id: String,
    /// Its creation time, in unix seconds.
    pub created: i64,
}

/// Why an account's past could not be seeded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeedError(String);

impl std::fmt::Display for SeedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SeedError {}

/// Seeds `history` into the account of `api_key`, ending at `now`; returns the objects seeded,
/// kind by kind, oldest first.
pub(crate) async fn seed(
    router: &Router,
    now: i64,
    api_key: &str,
    history: &History,
) -> Result<Vec<Seeded>, SeedError> {
    check(api_key, history)?;
    let first = now - i64::from(history.years) * YEAR;
    let mut rng = fastrand::Rng::with_seed(history.seed);
    let mut seeded = Vec::new();
    let mut customer = String::new();
    for list in LISTS {
        let mut times = vec![first; history.in_one_second];
        times.extend((history.in_one_second..history.objects).map(|_| rng.i64(first + 1..=now)));
        times.sort_unstable();
        for created in times {
            // Each invoice item goes to the account's first customer, which exists by then.
            let form = example_form(list, &customer).expect("the fake serves its own lists");
            let id = create(router, api_key, list, form, created).await?;
            if customer.is_empty() && list == "/v1/customers" {
                customer.clone_from(&id);
            }
            seeded.push(Seeded { list, id, created });
        }
    }
    Ok(seeded)
}

/// Refuses a key the fake would refuse, and a history that cannot be.
fn check(api_key: &str, history: &History) -> Result<(), SeedError> {
    if !auth::valid_key(api_key) {
        return Err(SeedError(
            "the API key is not one the fake accepts; give one such as sk_test_old".to_string(),
        ));
    }
    if history.years == 0 {
        return Err(SeedError("a history spans at least 1 year".to_string()));
    }
    if history.in_one_second > history.objects {
        return Err(SeedError(format!(
            "{} objects in one second is more than the {} objects of each kind",
            history.in_one_second, history.objects
        )));
    }
    Ok(())
}

/// Creates one object on `list` with `form` as of `created`, through the router; its id.
async fn create(
    router: &Router,
    api_key: &str,
    list: &str,
    form: String,
    created: i64,
) -> Result<String, SeedError> {
    let request = Request::builder()
        .method(Method::POST)
        .uri(list)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .map_err(|e| SeedError(format!("cannot build a creation on {list}: {e}")))?;
    let served = router.clone().oneshot(request);
    let response =
        match store::as_account(api_key.to_string(), clock::backdated(created, served)).await {
            Ok(response) => response,
            Err(never) => match never {},
        };
    let status = response.status();
    let body = response
        .into_body()
        .collect()
        .await
        .map_err(|e| SeedError(format!("cannot read the creation on {list}: {e}")))?
        .to_bytes();
    let object: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    match object["id"].as_str() {
        Some(id) if status.is_success() => Ok(id.to_string()),
        _ => Err(SeedError(format!(
            "the creation on {list} was refused ({status}): {}",
            String::from_utf8_lossy(&body)
        ))),
    }
}
