-- Instant triggers: a webhook endpoint per connection, its signing secret sealed like the API
-- key, and one reconciliation of the connection's events for all of its subscriptions.

-- A connection's webhook endpoint: where Stripe sends its events, and where the
-- reconciliation of `/v1/events` stands. At most one per connection.
CREATE TABLE endpoints (
    connection_id      bigint PRIMARY KEY REFERENCES connections ON DELETE CASCADE,
    -- Stripe's id of the endpoint (`we_…`) and its URL; NULL for an endpoint made elsewhere,
    -- of which only the signing secret was given.
    stripe_id          text,
    url                text,
    -- XChaCha20-Poly1305 of the signing secret under the key-encryption key, with
    -- `webhook secret of <name>` as associated data: neither an API key's ciphertext nor
    -- another connection's decrypts here.
    secret_nonce       bytea NOT NULL,
    secret_ciphertext  bytea NOT NULL,
    -- The library's EventCursor as JSON: where the next reconciliation resumes.
    events_cursor      jsonb NOT NULL,
    -- When the next reconciliation is due; while leased, the lease's deadline.
    due_at             timestamptz NOT NULL DEFAULT now(),
    lease_token        bigint,
    leased_by          text,
    failures           integer NOT NULL DEFAULT 0,
    last_error         text,
    reconciled_at      timestamptz,
    reconciliations    bigint NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX endpoints_by_due ON endpoints (due_at);

-- The deadline of the lease `token` held on subscription `sub`, or, with `sub` NULL, on the
-- reconciliation of connection `conn`'s endpoint, extended to `renew` seconds from `now_` when
-- given; NULL when the lease is lost. The leased row is never waited for (SKIP LOCKED).
CREATE FUNCTION hold_lease(
    conn bigint, sub bigint, token bigint, renew double precision, now_ timestamptz
) RETURNS timestamptz
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    deadline timestamptz;
BEGIN
    IF sub IS NULL THEN
        WITH held AS (
            SELECT connection_id FROM endpoints
            WHERE connection_id = conn AND lease_token = token AND due_at > now_
            FOR UPDATE SKIP LOCKED
        )
        UPDATE endpoints e SET due_at = CASE
                WHEN renew IS NULL THEN e.due_at
                ELSE greatest(e.due_at, now_ + renew * interval '1 second') END
            FROM held WHERE e.connection_id = held.connection_id
            RETURNING e.due_at INTO deadline;
    ELSE
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
    END IF;
    RETURN deadline;
END
$$;

-- As in 0002, for the holder of either kind of lease (see hold_lease): a reconciliation's
-- calls share the connection's throttle with its polls.
CREATE OR REPLACE FUNCTION reserve_slot(
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
    deadline := hold_lease(conn, sub, token, renew, now_);
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

-- Delivers the objects (`ids`, `created`, `objects`) announced to triggers `triggers` (one
-- entry per object) to connection `conn`'s subscriptions of those triggers, each after the
-- subscription's last delivery, as delivered by `worker`, skipping the paused subscriptions and
-- every object a subscription has already: whichever path found an object first (webhook,
-- reconciliation, poll), it is delivered once. Notifies `channel` for each subscription that
-- got any; returns how many objects were delivered.
--
-- The subscriptions are locked in the order of their ids, as a poll's commit locks its one, so
-- that positions follow commit order; each statement here reads after those locks (a VOLATILE
-- function takes a new snapshot per statement), so an object committed meanwhile by another
-- path is seen.
CREATE FUNCTION deliver_new(
    conn bigint, triggers text[], ids text[], created bigint[], objects jsonb[], worker text,
    channel text
) RETURNS bigint
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    sub      record;
    written  bigint;
    total    bigint := 0;
BEGIN
    FOR sub IN
        SELECT s.id, s.trigger, s.delivered FROM subscriptions s
        WHERE s.connection_id = conn AND s.trigger = ANY(triggers) AND s.paused_at IS NULL
        ORDER BY s.id FOR UPDATE
    LOOP
        WITH fresh AS (
            SELECT DISTINCT ON (item.object_id) item.object_id, item.created, item.object, item.n
            FROM unnest(triggers, ids, created, objects) WITH ORDINALITY
                AS item(trigger, object_id, created, object, n)
            WHERE item.trigger = sub.trigger
              AND NOT EXISTS (SELECT 1 FROM deliveries d
                              WHERE d.subscription_id = sub.id AND d.object_id = item.object_id)
            ORDER BY item.object_id, item.n
        ), numbered AS (
            SELECT fresh.*, row_number() OVER (ORDER BY fresh.n) AS k FROM fresh
        ), inserted AS (
            INSERT INTO deliveries (subscription_id, position, object_id, created, object,
                                    delivered_by)
            SELECT sub.id, sub.delivered + numbered.k, numbered.object_id, numbered.created,
                   numbered.object, worker
            FROM numbered
            RETURNING 1
        )
        SELECT count(*) INTO written FROM inserted;
        IF written > 0 THEN
            UPDATE subscriptions SET delivered = delivered + written WHERE id = sub.id;
            PERFORM pg_notify(channel, sub.id::text);
            total := total + written;
        END IF;
    END LOOP;
    RETURN total;
END
$$;

-- Ends the reconciliation of connection `conn`'s endpoint that holds lease `token`: delivers
-- what it read (as deliver_new), moves its cursor to `cursor` (unchanged when NULL), and makes
-- it due again `due_in` seconds from now, after the failure `failure` if there was one. When
-- `expired` (Stripe no longer kept the events since the cursor), the connection's
-- subscriptions are polled at once, to find through their lists what no event tells any more.
-- Returns the objects delivered, or NULL when another worker holds the lease (nothing is
-- written).
CREATE FUNCTION commit_reconciliation(
    conn bigint, token bigint, cursor jsonb, due_in double precision, failure text,
    expired boolean, triggers text[], ids text[], created bigint[], objects jsonb[],
    worker text, channel text
) RETURNS bigint
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    held bigint;
BEGIN
    SELECT connection_id INTO held FROM endpoints
        WHERE connection_id = conn AND lease_token = token FOR UPDATE;
    IF held IS NULL THEN
        RETURN NULL;
    END IF;
    UPDATE endpoints SET
        events_cursor = coalesce(cursor, events_cursor),
        due_at = clock_timestamp() + due_in * interval '1 second',
        leased_by = NULL,
        failures = CASE WHEN failure IS NULL THEN 0 ELSE failures + 1 END,
        last_error = failure,
        reconciled_at = clock_timestamp(),
        reconciliations = reconciliations + 1
        WHERE connection_id = conn;
    IF expired THEN
        UPDATE subscriptions SET due_at = least(due_at, clock_timestamp())
            WHERE connection_id = conn AND leased_by IS NULL;
    END IF;
    RETURN deliver_new(conn, triggers, ids, created, objects, worker, channel);
END
$$;

-- Claims at most `lim` due reconciliations of connections that are not parked, oldest due
-- first, for worker `worker`, for `lease` seconds.
CREATE FUNCTION claim_reconciliations(lim bigint, lease double precision, worker text)
RETURNS TABLE (connection_id bigint, events_cursor jsonb, lease_token bigint,
               failures integer, key_serial integer)
LANGUAGE sql SET search_path FROM CURRENT AS $$
    WITH due AS (
        SELECT e.connection_id FROM endpoints e JOIN connections c ON c.id = e.connection_id
        WHERE e.due_at <= clock_timestamp() AND c.parked IS NULL
        ORDER BY e.due_at
        LIMIT lim
        FOR UPDATE OF e SKIP LOCKED
    )
    UPDATE endpoints e
    SET due_at = clock_timestamp() + lease * interval '1 second',
        lease_token = nextval('lease_tokens'),
        leased_by = worker
    FROM due, connections c
    WHERE e.connection_id = due.connection_id AND c.id = e.connection_id
    RETURNING e.connection_id, e.events_cursor, e.lease_token, e.failures, c.key_serial
$$;

-- A poll's commit (it was one statement in the worker until now): moves subscription `sub` to
-- state `new_state` (unchanged when NULL) if it still holds lease `token`, and then: while
-- `keep` and the lease's deadline has not passed, extends the lease to `renew` seconds from
-- now; otherwise releases it, due again `due_in` seconds from now, with the error `failure`
-- (NULL: none, and the count of failures starts again; else one more failure). Writes the
-- objects after the last delivery, as delivered by `worker`, skipping those the subscription
-- has already (a webhook or a reconciliation delivered them first), and notifies `channel`
-- when any are new.
--
-- Returns whether the lease was held (false: nothing was written), whether it was still in
-- time, and how many objects were new. The lock on the subscription's row comes first and
-- orders every delivery to it; the statements after it read what committed before it was
-- granted (a new snapshot each), so positions follow commit order without gaps.
CREATE FUNCTION commit_poll(
    sub bigint, token bigint, new_state jsonb, keep boolean, renew double precision,
    due_in double precision, failure text, ids text[], created bigint[], objects jsonb[],
    worker text, channel text,
    OUT held boolean, OUT in_time boolean, OUT written bigint
)
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    base bigint;
BEGIN
    SELECT s.delivered, s.due_at > clock_timestamp() INTO base, in_time
        FROM subscriptions s WHERE s.id = sub AND s.lease_token = token FOR UPDATE;
    held := FOUND;
    written := 0;
    IF NOT held THEN
        in_time := NULL;
        RETURN;
    END IF;
    WITH fresh AS (
        SELECT DISTINCT ON (item.object_id) item.object_id, item.created, item.object, item.n
        FROM unnest(ids, created, objects) WITH ORDINALITY AS item(object_id, created, object, n)
        WHERE NOT EXISTS (SELECT 1 FROM deliveries d
                          WHERE d.subscription_id = sub AND d.object_id = item.object_id)
        ORDER BY item.object_id, item.n
    ), numbered AS (
        SELECT fresh.*, row_number() OVER (ORDER BY fresh.n) AS k FROM fresh
    ), inserted AS (
        INSERT INTO deliveries (subscription_id, position, object_id, created, object,
                                delivered_by)
        SELECT sub, base + numbered.k, numbered.object_id, numbered.created, numbered.object,
               worker
        FROM numbered
        RETURNING 1
    )
    SELECT count(*) INTO written FROM inserted;
    UPDATE subscriptions s
    SET state = coalesce(new_state, s.state), delivered = s.delivered + written,
        due_at = clock_timestamp() + CASE WHEN keep AND in_time THEN renew
                                          ELSE due_in END * interval '1 second',
        leased_by = CASE WHEN keep AND in_time THEN s.leased_by END,
        failures = CASE WHEN failure IS NULL THEN 0 ELSE s.failures + 1 END,
        last_error = failure,
        failing_since = CASE WHEN failure IS NULL THEN NULL
                             ELSE coalesce(s.failing_since, clock_timestamp()) END,
        polls = s.polls + 1, polled_at = clock_timestamp()
    WHERE s.id = sub;
    IF written > 0 THEN
        PERFORM pg_notify(channel, sub::text);
    END IF;
END
$$;
