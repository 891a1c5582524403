create table evaluation (
    id            uuid        primary key,
    mentorship_id uuid        not null,
    number        int         not null check (number between 1 and 4),
    total         int         not null check (total between 3 and 4 and number <= total),
    outcome       varchar(10) not null check (outcome in ('PASS', 'FAIL', 'EXTEND')),
    submitted_at  timestamptz not null,
    version       bigint      not null default 0,
    -- One evaluation per number per mentorship: a double submit is a conflict, not a second event.
    constraint evaluation_once unique (mentorship_id, number)
);
