create table payment (
    id            uuid        primary key,
    mentorship_id uuid        not null,
    installment   int         not null check (installment >= 1),
    evaluation_id uuid        not null,
    status        varchar(12) not null check (status in ('SCHEDULED', 'APPROVED', 'PAID', 'FAILED', 'CANCELLED')),
    scheduled_at  timestamptz not null,
    version       bigint      not null default 0,
    -- Never more than one payment for one installment of one mentorship, whatever is redelivered or retried.
    constraint payment_once unique (mentorship_id, installment)
);
