-- Issue 18, mentors as people with a lifecycle: a project's mentors as application-service announces them
-- (MentorAssigned, MentorRemoved; keyed by the project), one row per project and mentor with the time of her last
-- change. Running mentorships of the project follow at once. A MenteeOnboarded is keyed by its mentorship (another
-- partition), so it may be read after a change it predates: its mentorship then takes the changes made since.
create table project_mentor (
    project_id uuid         not null,
    mentor_id  varchar(200) not null,
    email      varchar(320),
    active     boolean      not null,
    changed_at timestamptz  not null,
    primary key (project_id, mentor_id)
);
create index mentorship_of_project on mentorship (project_id);
