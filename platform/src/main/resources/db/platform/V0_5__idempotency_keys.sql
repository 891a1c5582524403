-- Idempotency-Key, one way for every service (platform.idempotency): the first answer to a caller's key, kept with
-- what identified the request, so a retry replays it and the same key on another request is refused (422
-- idempotency-key-reused). The row is inserted before the work, in the work's transaction: a concurrent duplicate's
-- insert waits on the primary key until the first commits (then replays) or rolls back (then does the work itself).
-- Named idempotent_request: stipend-service had its own idempotency_key table (dropped by its V7).
create table idempotent_request (
    caller           varchar(200)  not null,
    idempotency_key  varchar(200)  not null,
    request_method   varchar(10)   not null,
    -- Path and query as sent; with the method and the body's hash the request's fingerprint.
    request_path     varchar(2000) not null,
    body_sha256      char(64)      not null,
    -- The answer; null only inside the claiming transaction (never seen committed).
    status           integer,
    -- The answer's headers as the operation set them (Location, Content-Type, ...): a JSON object of arrays.
    headers          text,
    body             bytea,
    created_at       timestamptz   not null,
    expires_at       timestamptz   not null,
    primary key (caller, idempotency_key)
);
-- The cleanup job deletes expired rows (IdempotencyCleanup).
create index idempotent_request_expiry on idempotent_request (expires_at);
