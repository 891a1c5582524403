-- Stage 5 in full: plans, agreements, payee details, parked events, the payment ledger and payout batches.

-- A plan is immutable once written: finance "changes" a project's plan by adding its next revision, so an
-- agreement can point at exactly the terms it was created with.
create table stipend_plan (
    id           uuid        primary key,
    project_id   uuid        not null,
    revision     int         not null check (revision >= 1),
    amount_minor bigint      not null check (amount_minor > 0),
    currency     char(3)     not null,
    floor_minor  bigint      check (floor_minor >= 0),
    cap_minor    bigint      check (cap_minor > 0),
    created_by   varchar(200) not null,
    created_at   timestamptz not null,
    constraint stipend_plan_revision unique (project_id, revision),
    constraint stipend_plan_floor_below_cap check (floor_minor is null or cap_minor is null or floor_minor <= cap_minor)
);

-- after_evaluation null = the final evaluation, whatever its number.
create table stipend_plan_installment (
    plan_id          uuid not null references stipend_plan (id),
    number           int  not null check (number >= 1),
    after_evaluation int  check (after_evaluation >= 1),
    percent          int  not null check (percent between 1 and 100),
    primary key (plan_id, number)
);

-- Percent of the plan's amount paid to payees of a country, before floor and cap.
create table stipend_plan_country (
    plan_id uuid    not null references stipend_plan (id),
    country char(2) not null,
    percent int     not null check (percent between 1 and 1000),
    primary key (plan_id, country)
);

create table stipend_agreement (
    mentorship_id    uuid        primary key,
    plan_id          uuid        not null references stipend_plan (id),
    project_id       uuid        not null,
    term_id          uuid        not null,
    term_name        varchar(200) not null,
    project_title    varchar(300) not null,
    mentee_id        varchar(200) not null,
    mentee_name      varchar(300) not null,
    amount_minor     bigint      not null check (amount_minor > 0),
    currency         char(3)     not null,
    evaluation_count int         not null check (evaluation_count >= 1),
    program_start    date        not null,
    program_end      date        not null,
    status           varchar(12) not null check (status in ('ACTIVE', 'ENDED')),
    ended_reason     varchar(500),
    created_at       timestamptz not null,
    version          bigint      not null default 0
);
create index stipend_agreement_mentee on stipend_agreement (mentee_id);
create index stipend_agreement_project on stipend_agreement (project_id);

-- One row per installment of an agreement: what is expected, when; the payment (if any) carries the rest.
create table stipend_installment (
    id               uuid        primary key,
    mentorship_id    uuid        not null references stipend_agreement (mentorship_id),
    number           int         not null,
    after_evaluation int,
    percent          int         not null,
    expected_on      date        not null,
    cancelled_at     timestamptz,
    cancel_reason    varchar(500),
    constraint stipend_installment_once unique (mentorship_id, number)
);

-- Evaluation outcomes seen so far: eligibility means every one of them passed.
create table stipend_evaluation (
    mentorship_id uuid        not null,
    number        int         not null,
    outcome       varchar(8)  not null check (outcome in ('PASSED', 'FAILED')),
    recorded_at   timestamptz not null,
    primary key (mentorship_id, number)
);

-- Payee details: the account is stored encrypted (AES-GCM); only its masked form is ever returned.
create table payee (
    mentee_id          varchar(200) primary key,
    payout_method      varchar(20)  not null check (payout_method in ('BANK_TRANSFER', 'PAYPAL', 'WISE')),
    account_holder     varchar(200) not null,
    account_encrypted  text         not null,
    account_masked     varchar(64)  not null,
    bank_code          varchar(11),
    country            char(2)      not null,
    tax_form_received  boolean      not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0
);

-- Events that arrived before what they depend on (the agreement, the plan, the payee details).
create table pending_event (
    seq           bigserial    primary key,
    event_id      uuid         not null,
    event_type    varchar(100) not null,
    mentorship_id uuid         not null,
    project_id    uuid,
    waiting_for   varchar(20)  not null check (waiting_for in ('PLAN', 'AGREEMENT', 'PAYEE')),
    payload       text         not null,
    parked_at     timestamptz  not null
);
create index pending_event_mentorship on pending_event (mentorship_id);
create index pending_event_project on pending_event (project_id) where project_id is not null;

create table export_batch (
    id          uuid        primary key,
    format      varchar(10) not null,
    exported_by varchar(200) not null,
    exported_at timestamptz not null,
    payments    int         not null
);

alter table payment
    add column amount_minor       bigint       not null default 0,
    add column currency           char(3)      not null default 'XXX',
    add column expected_on        date,
    add column approved_by        varchar(200),
    add column approved_at        timestamptz,
    add column paid_at            timestamptz,
    add column provider_reference varchar(200),
    add column failure_reason     varchar(500),
    add column attempts           int          not null default 1,
    add column export_batch_id    uuid references export_batch (id),
    add column updated_at         timestamptz;
create index payment_status on payment (status);

-- Every change of every payment, append-only: who, when, from, to, amount, why.
create table payment_ledger (
    seq           bigserial    primary key,
    payment_id    uuid         not null references payment (id),
    mentorship_id uuid         not null,
    installment   int          not null,
    actor         varchar(200) not null,
    at            timestamptz  not null,
    from_status   varchar(12),
    to_status     varchar(12)  not null,
    amount_minor  bigint       not null,
    currency      char(3)      not null,
    reason        varchar(500) not null
);
create index payment_ledger_payment on payment_ledger (payment_id, seq);

create function payment_ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'payment_ledger is append-only';
end $$;
create trigger payment_ledger_no_change before update or delete on payment_ledger
    for each row execute function payment_ledger_append_only();
