-- A row this build cannot encode (e.g. an event type unknown after a deploy rollback) is parked instead of
-- being retried for ever: it keeps its reason, the relay skips it and holds back the later rows of the same
-- aggregate (so that aggregate's order survives), and every other aggregate flows on. The relay un-parks all
-- rows when it becomes the active relay, so the next deploy retries them by itself.
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column parked_reason text;

-- The relay's read still uses outbox_event_unsent (parked rows are few); this finds the aggregates held back.
create index outbox_event_parked on outbox_event (aggregateid) where sent_at is null and parked_at is not null;

-- When the row was written by the database's clock (timestamp is the program clock, which tests and the local run
-- move forward): what outbox lag is measured from.
alter table outbox_event add column recorded_at timestamptz not null default now();
