-- Money the payee cannot steer: the tax form confirmed by the program, amounts fixed once per installment, and the
-- approvals of large payments by two people.

-- 1. The tax form counts as received when the program confirms it: the coordinator's tax-form HR step
--    (TaxFormConfirmed) or finance. The first confirmation is kept (who, when, how); later ones change nothing.
--    The payee's own flag is dropped, not carried over: it was self-declared.
create table tax_form (
    mentee_id    varchar(200) primary key,
    confirmed_by varchar(200) not null,
    confirmed_at timestamptz  not null,
    source       varchar(10)  not null check (source in ('HR_STEP', 'FINANCE')),
    reference    varchar(500) not null
);
alter table payee drop column tax_form_received;

-- 2. Every installment's amount and currency, fixed when the agreement is made from the plan revision and the
--    country verified at onboarding (the signed contract's). Nothing the payee edits changes them.
alter table stipend_agreement
    add column country             char(2),
    add column country_verified_by varchar(200),
    add column country_verified_at timestamptz;
alter table stipend_installment
    add column amount_minor bigint,
    add column currency     char(3);

-- Agreements made before this had no verified country: their amounts were shown from the payee's country, so that
-- country is fixed now (marked as the migration's, for finance to re-verify); a payment that exists keeps its amount.
update stipend_agreement a set country = p.country, country_verified_by = 'migration:V4 (payee country, not verified)',
    country_verified_at = now()
from payee p where p.mentee_id = a.mentee_id;
with totals as (
    select a.mentorship_id,
           least(coalesce(pl.cap_minor, 9223372036854775807),
                 greatest(coalesce(pl.floor_minor, 0), round(a.amount_minor * coalesce(c.percent, 100) / 100.0)::bigint)) as total
    from stipend_agreement a
    join stipend_plan pl on pl.id = a.plan_id
    left join stipend_plan_country c on c.plan_id = a.plan_id and c.country = a.country
), shares as (
    select i.id, i.mentorship_id, t.total, t.total * i.percent / 100 as share,
           row_number() over (partition by i.mentorship_id order by i.number desc) as from_last
    from stipend_installment i join totals t on t.mentorship_id = i.mentorship_id
), amounts as (
    -- each share rounds down, the last takes the remainder (as Money.split)
    select id, case when from_last = 1 then total - sum(share) over (partition by mentorship_id) + share else share end as amount
    from shares
)
update stipend_installment i set amount_minor = m.amount, currency = a.currency
from amounts m, stipend_agreement a where m.id = i.id and a.mentorship_id = i.mentorship_id;
update stipend_installment i set amount_minor = p.amount_minor
from payment p where p.mentorship_id = i.mentorship_id and p.installment = i.number;
alter table stipend_installment
    alter column amount_minor set not null,
    alter column currency set not null,
    add constraint stipend_installment_amount check (amount_minor >= 0);

-- Changes of an agreement itself (amounts fixed, country re-verified), append-only like the payment ledger.
create table agreement_ledger (
    seq           bigserial    primary key,
    mentorship_id uuid         not null references stipend_agreement (mentorship_id),
    actor         varchar(200) not null,
    at            timestamptz  not null,
    reason        varchar(2000) not null
);
create index agreement_ledger_mentorship on agreement_ledger (mentorship_id, seq);
create function agreement_ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'agreement_ledger is append-only';
end $$;
create trigger agreement_ledger_no_change before update or delete on agreement_ledger
    for each row execute function agreement_ledger_append_only();
insert into agreement_ledger (mentorship_id, actor, at, reason)
select mentorship_id, 'migration:V4', now(),
       'Installment amounts fixed from the payee''s country at this migration (' || coalesce(country, 'none')
       || '), or the existing payment''s amount'
from stipend_agreement;

-- 6. A payment above the dual-approval amount needs two different finance users: the first approval is kept here
--    while the payment stays SCHEDULED.
alter table payment
    add column first_approved_by varchar(200),
    add column first_approved_at timestamptz;
