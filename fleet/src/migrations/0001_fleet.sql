-- The fleet's tables, in the schema the fleet was opened with (the search path).

-- One Stripe account's API key, encrypted, and its throttle rule.
CREATE TABLE connections (
    id                 bigserial PRIMARY KEY,
    name               text NOT NULL UNIQUE,
    base_url           text NOT NULL,
    -- XChaCha20-Poly1305 of the API key under the key-encryption key, with the name as
    -- associated data: a ciphertext copied to another row does not decrypt.
    key_nonce          bytea NOT NULL,
    key_ciphertext     bytea NOT NULL,
    -- The kind of key only (`sk_test_`), to tell keys apart without showing them.
    key_kind           text NOT NULL,
    -- At most throttle_calls calls in any throttle_period; 0 calls turns the throttle off.
    throttle_calls     integer NOT NULL CHECK (throttle_calls >= 0),
    throttle_period    interval NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now()
);

-- The start times reserved by the calls of each connection in its current window.
CREATE TABLE calls (
    connection_id      bigint NOT NULL REFERENCES connections ON DELETE CASCADE,
    at                 timestamptz NOT NULL
);
CREATE INDEX calls_by_connection ON calls (connection_id, at);

-- One trigger of one connection, with its checkpoint and its lease.
CREATE TABLE subscriptions (
    id                 bigserial PRIMARY KEY,
    connection_id      bigint NOT NULL REFERENCES connections ON DELETE CASCADE,
    trigger            text NOT NULL,
    -- The library's PollState as JSON; NULL until the first poll anchors a start from now.
    state              jsonb,
    -- When the next poll is due. While leased, the lease's deadline: a lease that runs out
    -- makes the subscription due again, for any worker to take over.
    due_at             timestamptz NOT NULL DEFAULT now(),
    -- The fencing token of the latest lease: a commit must present it.
    lease_token        bigint,
    leased_by          text,
    -- How many objects were delivered: the position of the last delivery.
    delivered          bigint NOT NULL DEFAULT 0,
    polls              bigint NOT NULL DEFAULT 0,
    polled_at          timestamptz,
    last_error         text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (connection_id, trigger)
);
CREATE INDEX subscriptions_by_due ON subscriptions (due_at);
CREATE SEQUENCE lease_tokens;

-- The objects delivered, once each, in order per subscription.
CREATE TABLE deliveries (
    subscription_id    bigint NOT NULL REFERENCES subscriptions ON DELETE CASCADE,
    position           bigint NOT NULL,
    object_id          text NOT NULL,
    created            bigint NOT NULL,
    object             jsonb NOT NULL,
    delivered_by       text NOT NULL,
    delivered_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subscription_id, position),
    UNIQUE (subscription_id, object_id)
);

-- How far each consumer has acknowledged each subscription's deliveries.
CREATE TABLE cursors (
    consumer           text NOT NULL,
    subscription_id    bigint NOT NULL REFERENCES subscriptions ON DELETE CASCADE,
    acked              bigint NOT NULL,
    PRIMARY KEY (consumer, subscription_id)
);

-- Reserves the next start time under connection `conn`'s throttle and returns how many seconds
-- from now it is. The row lock on the connection queues concurrent callers, from any worker,
-- first come first served; the times come from the database's clock alone.
CREATE FUNCTION reserve_call(conn bigint) RETURNS double precision
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    rule_calls  integer;
    rule_period interval;
    nth_latest  timestamptz;
    now_        timestamptz;
    slot        timestamptz;
BEGIN
    SELECT throttle_calls, throttle_period INTO rule_calls, rule_period
        FROM connections WHERE id = conn FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no connection with id %', conn;
    END IF;
    IF rule_calls = 0 THEN
        RETURN 0;
    END IF;
    now_ := clock_timestamp();
    DELETE FROM calls WHERE connection_id = conn AND at <= now_ - rule_period;
    SELECT at INTO nth_latest FROM calls WHERE connection_id = conn
        ORDER BY at DESC OFFSET rule_calls - 1 LIMIT 1;
    slot := greatest(now_, nth_latest + rule_period);
    INSERT INTO calls (connection_id, at) VALUES (conn, slot);
    RETURN extract(epoch FROM slot - now_);
END
$$;
