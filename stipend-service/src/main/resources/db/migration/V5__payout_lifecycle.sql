-- Money you can trust (issue 11, items 3 to 5): a payment in a bank file is EXPORTED and is never silently
-- cancelled (RECALL_REQUESTED instead); the account paid is the one approved (a snapshot on the payment); each
-- export attempt has its own EndToEndId; provider callbacks are remembered by their webhook-id; mail goes through
-- an outbox of its own.

-- RECALL_REQUESTED is 16 characters.
alter table payment alter column status type varchar(20);
alter table payment drop constraint payment_status_check;
alter table payment add constraint payment_status_check check (status in
    ('SCHEDULED', 'APPROVED', 'EXPORTED', 'PAID', 'FAILED', 'CANCELLED', 'RECALL_REQUESTED'));
alter table payment_ledger alter column from_status type varchar(20);
alter table payment_ledger alter column to_status type varchar(20);

-- The payout details as approved (the account encrypted as on payee); export and re-download read these only.
alter table payment
    add column payout_method            varchar(20),
    add column payout_account_holder    varchar(200),
    add column payout_account_encrypted text,
    add column payout_account_masked    varchar(64),
    add column payout_bank_code         varchar(11),
    add column payout_country           char(2),
    add column recall_requested_at      timestamptz,
    add column recall_reason            varchar(500),
    -- The provider reported PAID after a recall was asked for: the money left, finance has to get it back.
    add column paid_after_recall        boolean not null default false;

-- Payments already in a file were left APPROVED: they are EXPORTED.
update payment set status = 'EXPORTED' where status = 'APPROVED' and export_batch_id is not null;
-- Approved before approvals kept their details: what the next file would have used until now is what they keep.
update payment p
set payout_method = e.payout_method, payout_account_holder = e.account_holder,
    payout_account_encrypted = e.account_encrypted, payout_account_masked = e.account_masked,
    payout_bank_code = e.bank_code, payout_country = e.country
from stipend_agreement a join payee e on e.mentee_id = a.mentee_id
where a.mentorship_id = p.mentorship_id and p.status in ('APPROVED', 'EXPORTED', 'FAILED');

-- The file as first produced, encrypted like the payee's account (it carries whole account numbers), so a
-- re-download is byte-for-byte the same whatever changed since. Batches written before this have none.
alter table export_batch add column content_encrypted text;

-- One row per time a payment went out in a file. end_to_end_id names it in the file and in the provider's report.
create table payment_attempt (
    payment_id         uuid         not null references payment (id),
    attempt            int          not null check (attempt between 1 and 99),
    end_to_end_id      varchar(35)  not null,
    export_batch_id    uuid         not null references export_batch (id),
    exported_at        timestamptz  not null,
    outcome            varchar(8)   check (outcome in ('PAID', 'FAILED')),
    provider_reference varchar(200),
    failure_reason     varchar(500),
    reported_at        timestamptz,
    primary key (payment_id, attempt),
    constraint payment_attempt_end_to_end unique (end_to_end_id)
);
-- Files written before this carried the payment id without dashes as EndToEndId: their reports still match.
insert into payment_attempt (payment_id, attempt, end_to_end_id, export_batch_id, exported_at)
select id, attempts, replace(id::text, '-', ''), export_batch_id, coalesce(updated_at, scheduled_at)
from payment where status = 'EXPORTED';

-- Every provider callback applied, by its webhook-id: inserted first in the transaction of its effect, so a
-- replay (even a simultaneous one) finds the row and changes nothing.
create table payout_callback (
    webhook_id    varchar(200) primary key,
    end_to_end_id varchar(35)  not null,
    received_at   timestamptz  not null
);

-- Where payout notices go (a change of payout details is mailed to the old and the new address).
alter table payee add column email varchar(320);

-- Mail waiting to be sent: written in the transaction of the change, sent by a job, so a mail server that is down
-- neither fails nor delays the change, and a change rolled back sends nothing.
create table mail_outbox (
    id              uuid          primary key,
    recipient       varchar(320)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    state           varchar(8)    not null check (state in ('PENDING', 'SENT', 'FAILED')),
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    last_error      varchar(1000)
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where state = 'PENDING';
