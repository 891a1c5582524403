-- Issue 18 (items 1, 5, 6): a FAIL under review may be decided TERMINATE_AND_PAY ("confirm the end, but pay the
-- installment this evaluation would have earned"); a terminated mentorship keeps its settlement; org-admins' lists,
-- exports and statistics read by organisation.
alter table evaluation alter column review_decision type varchar(20);
alter table evaluation drop constraint evaluation_review_decision_check;
alter table evaluation add constraint evaluation_review_decision_check
    check (review_decision in ('CONFIRM', 'OVERTURN', 'TERMINATE_AND_PAY'));

alter table mentorship
    add column settlement        varchar(16) check (settlement in ('CANCEL_UNPAID', 'PAY_EARNED')),
    add column earned_evaluation int         check (earned_evaluation between 1 and 4),
    add constraint mentorship_pay_earned_names_evaluation
        check (settlement is distinct from 'PAY_EARNED' or earned_evaluation is not null);

create index mentorship_organization on mentorship (organization, created_at desc, id desc);
