-- Looking after a fleet: pausing subscriptions, telling since when one fails, pruning deliveries.

-- A paused subscription is never claimed, until resumed.
ALTER TABLE subscriptions ADD COLUMN paused_at timestamptz;
-- Since when its polls fail in a row (NULL while they succeed): `fleet status` tells it.
ALTER TABLE subscriptions ADD COLUMN failing_since timestamptz;

-- Claims at most `lim` due subscriptions, as in 0002, skipping paused subscriptions besides
-- those of parked connections.
CREATE OR REPLACE FUNCTION claim_due(lim bigint, lease double precision, worker text)
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
            WHERE s.due_at <= clock_timestamp() AND c.parked IS NULL AND s.paused_at IS NULL
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
