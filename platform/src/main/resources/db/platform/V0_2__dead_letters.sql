-- Dead letters: every record a consumer gave up on, kept where ops can list and replay it (GET /api/v1/dead-letters,
-- POST /api/v1/dead-letters/{id}/replay). The record also goes to the dead-letter topic; this row is what is acted on.
create table dead_letter (
    id               uuid         primary key,
    consumer         varchar(100) not null,
    -- The CloudEvent envelope as it arrived; any of it may be missing or malformed (that may be why it is here).
    ce_id            varchar(200),
    ce_type          varchar(200),
    ce_subject       varchar(200),
    topic            varchar(200) not null,
    kafka_partition  integer      not null,
    kafka_offset     bigint       not null,
    record_key       text,
    reason           text         not null,
    dead_lettered_at timestamptz  not null,
    headers          jsonb        not null,
    payload          text,
    replayed_at      timestamptz,
    replayed_by      varchar(200),
    replay_outcome   varchar(30)
);
create index dead_letter_recent on dead_letter (dead_lettered_at desc);
-- The same record dead-lettered again (redelivered before its offset was committed) is one dead letter.
create unique index dead_letter_once on dead_letter (consumer, topic, kafka_partition, kafka_offset);
