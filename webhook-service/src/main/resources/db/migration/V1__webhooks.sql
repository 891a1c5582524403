-- Endpoints partner systems registered: where to POST which event types. The secret is kept as issued (not hashed):
-- each request is signed with it (HMAC-SHA256), so this service needs the secret itself, not a way to check it.
create table webhook_endpoint (
    id                   uuid          primary key,
    owner_id             varchar(200)  not null,
    url                  varchar(2000) not null,
    description          varchar(500),
    secret               varchar(100)  not null,
    enabled              boolean       not null,
    -- Failed attempts in a row, across the endpoint's deliveries; a success resets it.
    consecutive_failures int           not null default 0,
    disabled_at          timestamptz,
    disabled_reason      varchar(1000),
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0
);
create index webhook_endpoint_owner on webhook_endpoint (owner_id, created_at);

create table webhook_endpoint_type (
    endpoint_id uuid         not null references webhook_endpoint (id) on delete cascade,
    event_type  varchar(100) not null,
    primary key (endpoint_id, event_type)
);
create index webhook_endpoint_type_by_type on webhook_endpoint_type (event_type);

-- One delivery per endpoint and event, whatever is redelivered on Kafka. body is the structured-mode CloudEvent as
-- sent (fixed at creation, so every attempt signs the same bytes under the same webhook-id).
create table webhook_delivery (
    id               uuid          primary key,
    endpoint_id      uuid          not null references webhook_endpoint (id) on delete cascade,
    event_id         uuid          not null,
    event_type       varchar(100)  not null,
    body             text          not null,
    status           varchar(10)   not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         int           not null default 0,
    created_at       timestamptz   not null,
    first_attempt_at timestamptz,
    next_attempt_at  timestamptz   not null,
    last_attempt_at  timestamptz,
    delivered_at     timestamptz,
    last_error       varchar(1000),
    claimed_by       varchar(200),
    lease_until      timestamptz,
    constraint webhook_delivery_once unique (endpoint_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_of on webhook_delivery (endpoint_id, created_at);

-- Every attempt: the answer's status (none when the request failed), how long it took, the start of the answer.
create table webhook_attempt (
    id               uuid          primary key,
    delivery_id      uuid          not null references webhook_delivery (id) on delete cascade,
    attempted_at     timestamptz   not null,
    status_code      int,
    duration_ms      bigint        not null,
    response_excerpt varchar(500),
    error            varchar(1000),
    on_request       boolean       not null
);
create index webhook_attempt_of on webhook_attempt (delivery_id, attempted_at);
