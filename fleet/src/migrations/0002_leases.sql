-- Leases that follow progress, throttle slots used on time or not at all, backoff, parking.

-- How many polls of the subscription failed in a row: the next waits about 2^failures seconds,
-- capped (the worker's backoff).
ALTER TABLE subscriptions ADD COLUMN failures integer NOT NULL DEFAULT 0;

-- Why the connection is parked (Stripe refused its key), or NULL while it is polled. Replacing
-- its key clears it and counts a new key_serial, by which workers drop the key they opened.
ALTER TABLE connections ADD COLUMN parked text;
ALTER TABLE connections ADD COLUMN key_serial integer NOT NULL DEFAULT 1;

-- Only reserve_slot reserves from now on: it spaces slots by the rule's period plus the
-- tolerance by which a call may start after its slot, which reserve_call did not.
DROP FUNCTION reserve_call(bigint);

-- The next slot under connection `conn`'s rule (`rule_calls` in any `rule_period`), at or after
-- `now_`, for a caller that holds the connection's row lock; moves the reservation at row
-- `old_row` there instead of adding one. Returns the slot and the tolerance.
--
-- N+1 consecutive slots span at least the period plus the tolerance, so calls that each start
-- within the tolerance after their slot keep to N in any period.
CREATE FUNCTION next_slot(
    conn bigint, rule_calls integer, rule_period interval, now_ timestamptz, old_row tid,
    OUT slot timestamptz, OUT margin interval
)
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    nth_latest timestamptz;
BEGIN
    margin := least(interval '1 second', rule_period / 40);
    DELETE FROM calls WHERE connection_id = conn AND at <= now_ - rule_period - margin;
    SELECT at INTO nth_latest FROM calls
        WHERE connection_id = conn AND ctid IS DISTINCT FROM old_row
        ORDER BY at DESC OFFSET rule_calls - 1 LIMIT 1;
    slot := greatest(now_, nth_latest + rule_period + margin);
    UPDATE calls SET at = slot WHERE ctid = old_row AND connection_id = conn;
    IF NOT FOUND THEN
        INSERT INTO calls (connection_id, at) VALUES (conn, slot);
    END IF;
END
$$;

-- Reserves the next start time under connection `conn`'s throttle for a call of the poll that
-- holds subscription `sub` with lease `token`, if it still holds it (the token matches, the
-- deadline has not passed, and no other worker is claiming or committing it); extends that
-- lease to `renew` seconds from now when given; and moves the reservation at `moved` (a slot
-- its caller woke too late for) instead of adding one.
--
-- Returns the wait in seconds until the slot, the tolerance in seconds (how late after its slot
-- a call may still start), the slot, and how many seconds the lease has left; all NULL when the
-- lease is lost, and then nothing is reserved (and the moved slot is given back). The row lock
-- on the connection queues callers from any worker, first come first served; the times come
-- from the database's clock alone. The subscription's row is never waited for (SKIP LOCKED),
-- so that a claim, which locks subscriptions then connections, cannot deadlock with this.
CREATE FUNCTION reserve_slot(
    conn bigint, sub bigint, token bigint, renew double precision, moved timestamptz
) RETURNS TABLE (wait double precision, tolerance double precision, slot timestamptz,
                 lease_left double precision)
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    rule_calls  integer;
    rule_period interval;
    now_        timestamptz;
    deadline    timestamptz;
    old_row     tid;
    next        record;
BEGIN
    SELECT throttle_calls, throttle_period INTO rule_calls, rule_period
        FROM connections WHERE id = conn FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no connection with id %', conn;
    END IF;
    now_ := clock_timestamp();
    IF moved IS NOT NULL THEN
        SELECT ctid INTO old_row FROM calls
            WHERE connection_id = conn AND at = moved LIMIT 1;
    END IF;
    WITH held AS (
        SELECT id FROM subscriptions
        WHERE id = sub AND lease_token = token AND due_at > now_
        FOR UPDATE SKIP LOCKED
    )
    UPDATE subscriptions s SET due_at = CASE
            WHEN renew IS NULL THEN s.due_at
            ELSE greatest(s.due_at, now_ + renew * interval '1 second') END
        FROM held WHERE s.id = held.id
        RETURNING s.due_at INTO deadline;
    IF deadline IS NULL THEN
        DELETE FROM calls WHERE ctid = old_row;
        RETURN QUERY SELECT NULL::float8, NULL::float8, NULL::timestamptz, NULL::float8;
        RETURN;
    END IF;
    IF rule_calls = 0 THEN
        RETURN QUERY SELECT 0::float8, 0::float8, now_, extract(epoch FROM deadline - now_)::float8;
        RETURN;
    END IF;
    SELECT * INTO next FROM next_slot(conn, rule_calls, rule_period, now_, old_row);
    RETURN QUERY SELECT extract(epoch FROM next.slot - now_)::float8,
        extract(epoch FROM next.margin)::float8, next.slot,
        extract(epoch FROM deadline - now_)::float8;
END
$$;

-- Claims at most `lim` due subscriptions of connections that are not parked, oldest due first,
-- for worker `worker`, for `lease` seconds (their `due_at` becomes the lease's deadline, so
-- that they fall due again, for any worker, when it runs out), and reserves the first call of
-- each under its connection's throttle: one round trip for both. Connections are locked in the
-- order of their ids, so that claims never deadlock with each other.
CREATE FUNCTION claim_due(lim bigint, lease double precision, worker text)
RETURNS TABLE (id bigint, connection_id bigint, trigger text, state jsonb, lease_token bigint,
               failures integer, key_serial integer, wait double precision,
               tolerance double precision, slot timestamptz)
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    claimed     record;
    conn        record;
    now_        timestamptz;
    next        record;
BEGIN
    FOR claimed IN
        WITH due AS (
            SELECT s.id FROM subscriptions s JOIN connections c ON c.id = s.connection_id
            WHERE s.due_at <= clock_timestamp() AND c.parked IS NULL
            ORDER BY s.due_at
            LIMIT lim
            FOR UPDATE OF s SKIP LOCKED
        ), taken AS (
            UPDATE subscriptions s
            SET due_at = clock_timestamp() + lease * interval '1 second',
                lease_token = nextval('lease_tokens'),
                leased_by = worker
            FROM due WHERE s.id = due.id
            RETURNING s.id, s.connection_id, s.trigger, s.state, s.lease_token, s.failures
        )
        SELECT * FROM taken ORDER BY taken.connection_id, taken.id
    LOOP
        SELECT c.throttle_calls, c.throttle_period, c.key_serial INTO conn
            FROM connections c WHERE c.id = claimed.connection_id FOR UPDATE;
        id := claimed.id;
        connection_id := claimed.connection_id;
        trigger := claimed.trigger;
        state := claimed.state;
        lease_token := claimed.lease_token;
        failures := claimed.failures;
        key_serial := conn.key_serial;
        wait := NULL;
        tolerance := NULL;
        slot := NULL;
        IF conn.throttle_calls > 0 THEN
            now_ := clock_timestamp();
            SELECT * INTO next FROM next_slot(claimed.connection_id, conn.throttle_calls,
                                              conn.throttle_period, now_, NULL);
            wait := extract(epoch FROM next.slot - now_);
            tolerance := extract(epoch FROM next.margin);
            slot := next.slot;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
