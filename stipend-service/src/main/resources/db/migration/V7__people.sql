-- Issue 19. The mentee's address from MenteeOnboarded, so a reminder reaches a mentee who has given no payout
-- details yet (the payee's address is the one after that); null for agreements made before, and after an erasure.
alter table stipend_agreement add column mentee_email varchar(320);

-- One reminder per earned installment whose mentee has no usable payout details: the key makes a redelivered or
-- replayed pass remind nobody twice.
create table payee_reminder (
    mentorship_id uuid         not null,
    installment   int          not null,
    mentee_id     varchar(200) not null,
    reminded_at   timestamptz  not null,
    primary key (mentorship_id, installment)
);
create index payee_reminder_mentee on payee_reminder (mentee_id);
