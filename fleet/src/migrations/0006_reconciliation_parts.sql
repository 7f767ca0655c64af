-- A reconciliation commits what it read page by page, and holds its lease while it reads on:
-- a backlog of events longer than one lease to read is caught up in parts instead of being
-- read again from the same cursor by worker after worker.

-- Commits a part of the reconciliation of connection `conn`'s events that goes on: the objects
-- announced (`triggers`, `ids`, `created`, `objects`, as in commit_reconciliation) and the
-- cursor after them, if lease `token` is still held and its deadline has not passed, and
-- extends the lease to `renew` seconds from now. Returns how many objects were new and how many
-- seconds the lease has left; both NULL when the lease is lost, and then nothing is written.
CREATE FUNCTION commit_reconciliation_part(
    conn bigint, token bigint, cursor jsonb, renew double precision, triggers text[],
    ids text[], created bigint[], objects jsonb[], worker text, channel text
) RETURNS TABLE (delivered bigint, lease_left double precision)
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    deadline timestamptz;
BEGIN
    UPDATE endpoints SET
        events_cursor = cursor,
        due_at = greatest(due_at, clock_timestamp() + renew * interval '1 second')
        WHERE connection_id = conn AND lease_token = token AND due_at > clock_timestamp()
        RETURNING due_at INTO deadline;
    IF deadline IS NULL THEN
        RETURN QUERY SELECT NULL::bigint, NULL::float8;
        RETURN;
    END IF;
    RETURN QUERY SELECT deliver_new(conn, triggers, ids, created, objects, worker, channel),
        extract(epoch FROM deadline - clock_timestamp())::float8;
END
$$;
