//! What the fleet's tests share: the harness of `stripe-connector-fleet-testing` (a fleet in a
//! scratch schema, or a skip that says why), under the names these tests use.

#![allow(dead_code)] // each test file uses its own part of this module

pub use fleet_testing::{Scratch as TestFleet, kek, trigger_named};

/// A fleet with a pool of `pool` clients in a scratch schema, or `None` when no database
/// answers (see `fleet_testing::scratch`).
pub async fn fleet(pool: usize) -> Option<TestFleet> {
    fleet_testing::scratch("fleet_test", pool).await
}
