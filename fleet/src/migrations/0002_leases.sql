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

-- Reserves the next start time under connection `conn`'s throttle for a call of the poll that
-- holds subscription `sub` with lease `token`, if it still holds it (the token matches and the
-- deadline has not passed); extends that lease to `renew` seconds from now when given; and
-- moves the reservation at `moved` (a slot its caller woke too late for) instead of adding one.
--
-- Returns the wait in seconds until the slot, the tolerance in seconds (how late after its slot
-- a call may still start), the slot, and how many seconds the lease has left; all NULL when the
-- lease is lost, and then nothing is reserved (and the moved slot is given back).
--
-- N+1 consecutive slots span at least the period plus the tolerance, so calls that each start
-- within the tolerance after their slot keep to N in any period. The row lock on the connection
-- queues callers from any worker, first come first served; the times come from the database's
-- clock alone.
CREATE FUNCTION reserve_slot(
    conn bigint, sub bigint, token bigint, renew double precision, moved timestamptz
) RETURNS TABLE (wait double precision, tolerance double precision, slot timestamptz,
                 lease_left double precision)
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    rule_calls  integer;
    rule_period interval;
    margin      interval;
    now_        timestamptz;
    deadline    timestamptz;
    nth_latest  timestamptz;
    old_row     tid;
    slot_       timestamptz;
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
    UPDATE subscriptions SET due_at = CASE
            WHEN renew IS NULL THEN due_at
            ELSE greatest(due_at, now_ + renew * interval '1 second') END
        WHERE id = sub AND lease_token = token AND due_at > now_
        RETURNING due_at INTO deadline;
    IF deadline IS NULL THEN
        DELETE FROM calls WHERE ctid = old_row;
        RETURN QUERY SELECT NULL::float8, NULL::float8, NULL::timestamptz, NULL::float8;
        RETURN;
    END IF;
    IF rule_calls = 0 THEN
        RETURN QUERY SELECT 0::float8, 0::float8, now_, extract(epoch FROM deadline - now_)::float8;
        RETURN;
    END IF;
    margin := least(interval '1 second', rule_period / 40);
    DELETE FROM calls WHERE connection_id = conn AND at <= now_ - rule_period - margin;
    SELECT at INTO nth_latest FROM calls
        WHERE connection_id = conn AND ctid IS DISTINCT FROM old_row
        ORDER BY at DESC OFFSET rule_calls - 1 LIMIT 1;
    slot_ := greatest(now_, nth_latest + rule_period + margin);
    UPDATE calls SET at = slot_ WHERE ctid = old_row AND connection_id = conn;
    IF NOT FOUND THEN
        INSERT INTO calls (connection_id, at) VALUES (conn, slot_);
    END IF;
    RETURN QUERY SELECT extract(epoch FROM slot_ - now_)::float8,
        extract(epoch FROM margin)::float8, slot_, extract(epoch FROM deadline - now_)::float8;
END
$$;
