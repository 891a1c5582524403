-- Where a project's mentors are reached (evaluation reminders); optional per mentor, given by coordinators.
-- That each key is one of the project's mentors is checked by the service (Hibernate rewrites both collections).
create table project_mentor_email (
    project_id uuid         not null references project (id) on delete cascade,
    mentor_id  varchar(120) not null,
    email      varchar(320) not null,
    primary key (project_id, mentor_id)
);
