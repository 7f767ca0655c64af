-- Calls made without a lease (`fleet add-endpoint`, `set-endpoint-secret` and `remove-endpoint`
-- read the events and make or delete the endpoint) share the connection's throttle as well.

-- Reserves the next start time under connection `conn`'s throttle for a call that holds no
-- lease, as reserve_slot does for one that holds a lease, moving the reservation at `moved` (a
-- slot its caller woke too late for) instead of adding one. Returns the wait in seconds until
-- the slot, the tolerance in seconds and the slot; with the throttle off, no wait.
CREATE FUNCTION reserve_unleased_slot(conn bigint, moved timestamptz)
RETURNS TABLE (wait double precision, tolerance double precision, slot timestamptz)
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    rule_calls  integer;
    rule_period interval;
    now_        timestamptz;
    old_row     tid;
    next        record;
BEGIN
    SELECT throttle_calls, throttle_period INTO rule_calls, rule_period
        FROM connections WHERE id = conn FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no connection with id %', conn;
    END IF;
    now_ := clock_timestamp();
    IF rule_calls = 0 THEN
        RETURN QUERY SELECT 0::float8, 0::float8, now_;
        RETURN;
    END IF;
    IF moved IS NOT NULL THEN
        SELECT ctid INTO old_row FROM calls
            WHERE connection_id = conn AND at = moved LIMIT 1;
    END IF;
    SELECT * INTO next FROM next_slot(conn, rule_calls, rule_period, now_, old_row);
    RETURN QUERY SELECT extract(epoch FROM next.slot - now_)::float8,
        extract(epoch FROM next.margin)::float8, next.slot;
END
$$;
