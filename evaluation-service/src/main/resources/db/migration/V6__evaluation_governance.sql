-- Evaluation governance (issue 18, item 5). A mentor's FAIL is held UNDER_REVIEW until review_ends_at: the mentee may
-- appeal once with a statement, a coordinator confirms or overturns it (or the window ends unappealed and the job
-- confirms it); only then do its outcome events follow. A coordinator may submit for an absent mentor (on_behalf).
alter table evaluation drop constraint evaluation_status_check;
alter table evaluation
    add constraint evaluation_status_check check (status in ('SCHEDULED', 'SUBMITTED', 'REOPENED', 'UNDER_REVIEW')),
    add column review_ends_at    timestamptz,
    -- The outcome a reopened evaluation had before the FAIL under review: its change is announced once it is final.
    add column replaced_outcome  varchar(10) check (replaced_outcome in ('PASS', 'FAIL', 'EXTEND')),
    add column appeal_statement  varchar(4000),
    add column appealed_at       timestamptz,
    add column review_decision   varchar(10) check (review_decision in ('CONFIRM', 'OVERTURN')),
    add column reviewed_by       varchar(200),
    add column review_reason     varchar(2000),
    add column reviewed_at       timestamptz,
    add column on_behalf         boolean not null default false,
    add column on_behalf_reason  varchar(2000),
    add constraint evaluation_review_window check (status <> 'UNDER_REVIEW' or review_ends_at is not null),
    add constraint evaluation_on_behalf_reason check (not on_behalf or on_behalf_reason is not null);

-- Neither submitted nor under review: what reminders and summaries call pending.
drop index evaluation_pending_due;
create index evaluation_pending_due on evaluation (due_at) where status not in ('SUBMITTED', 'UNDER_REVIEW');
create index evaluation_under_review on evaluation (review_ends_at) where status = 'UNDER_REVIEW';

alter table evaluation_history add column on_behalf boolean not null default false;
