-- The mentee's evaluation of the mentorship at each evaluation (issue 18, item 5): the mentor's support (1 to 5) and
-- the hours she worked, with an optional comment; once per evaluation, for coordinators and herself, never the mentors
-- (so it is kept here only, not in the evaluation's history, which mentors read).
alter table evaluation
    add column mentor_support      int check (mentor_support between 1 and 5),
    add column hours_worked        int check (hours_worked between 0 and 2000),
    add column mentee_comment      varchar(4000),
    add column mentee_feedback_at  timestamptz,
    add constraint evaluation_mentee_feedback check (
        (mentee_feedback_at is null) = (mentor_support is null) and (mentor_support is null) = (hours_worked is null));
