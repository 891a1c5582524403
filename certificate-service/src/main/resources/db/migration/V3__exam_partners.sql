-- The partner systems (learning platforms) a coordinator registered to record attempts of an exam. A partner
-- token records results only for the exams it is registered for (and, by the exam, only for its project).
create table exam_partner (
    exam_id     uuid         not null references exam_definition (id),
    partner_id  varchar(200) not null,
    granted_by  varchar(200) not null,
    granted_at  timestamptz  not null,
    primary key (exam_id, partner_id)
);
