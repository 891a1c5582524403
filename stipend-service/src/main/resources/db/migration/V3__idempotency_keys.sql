-- POSTs that create or pay accept an Idempotency-Key: the first answer is kept and replayed for the same key.
create table idempotency_key (
    caller      varchar(200) not null,
    key         varchar(200) not null,
    operation   varchar(300) not null,
    status      int,
    body        text,
    created_at  timestamptz  not null,
    primary key (caller, key)
);
