-- The event backbone every service shares: written by the platform library, not by a service.

-- Transactional outbox, in Debezium's outbox shape (id, aggregatetype, aggregateid, type, payload, timestamp)
-- so a CDC relay can take over later. seq gives the publish order; sent_at is set by the relay.
create table outbox_event (
    seq           bigserial    primary key,
    id            uuid         not null unique,
    aggregatetype varchar(100) not null,
    aggregateid   varchar(100) not null,
    type          varchar(100) not null,
    payload       jsonb        not null,
    timestamp     timestamptz  not null,
    sent_at       timestamptz
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;

-- Wakes the relay when a transaction that wrote outbox rows commits (NOTIFY is delivered on commit only).
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end $$;
create trigger outbox_event_inserted after insert on outbox_event
    for each statement execute function outbox_event_notify();

-- Inbox: one row per (consumer, event) written in the same transaction as the consumer's effect;
-- the primary key turns a redelivery into "already done".
create table inbox_message (
    consumer    varchar(100) not null,
    event_id    uuid         not null,
    event_type  varchar(100) not null,
    received_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
