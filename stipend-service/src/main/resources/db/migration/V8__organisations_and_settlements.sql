-- Issue 18 (items 1, 5, 6). Each agreement's organisation, from MenteeOnboarded.organization, for the org-admins who
-- see its stipend and payments (rows made before it stay null: finance and coordinators only see them).
alter table stipend_agreement add column organization varchar(300);
create index stipend_agreement_organization on stipend_agreement (organization);

-- "Terminate and pay the earned installment": the evaluation MentorshipTerminated(PAY_EARNED) named, kept with the
-- agreement so whatever ends it (the termination, a fail before or after it) leaves that installment to be paid.
alter table stipend_agreement add column settled_evaluation int check (settled_evaluation >= 1);

-- A payment the settlement schedules has no passing evaluation behind it (the termination names only its number).
alter table payment alter column evaluation_id drop not null;
