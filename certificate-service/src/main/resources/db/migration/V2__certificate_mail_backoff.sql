-- Letters of Completion are mailed by a job that claims due mails in a short transaction (a lease), sends outside
-- any transaction and marks each in its own: a transaction timeout can no longer undo mailed_at after the mail left.
-- A failed send waits longer each time; after the last attempt the mail is FAILED, with the reason kept.
alter table certificate
    add column mail_next_attempt_at timestamptz,   -- null: never tried, due at once
    add column mail_claimed_by      varchar(100),  -- the replica sending it now
    add column mail_lease_until     timestamptz,   -- database time; after it another replica may take the mail over
    add column mail_last_error      varchar(1000),
    add column mail_failed_at       timestamptz;   -- gave up after the last attempt
drop index certificate_unmailed;
create index certificate_mail_due on certificate (issued_at) where mailed_at is null and mail_failed_at is null;
