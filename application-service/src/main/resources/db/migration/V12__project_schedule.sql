-- Issue 18, item 7: a project's own schedule within its term. Null means "as the term": starts_on the term's
-- program start, length_weeks until the term's program end; hours is the project's size (unset: not stated).
alter table project add column hours        integer check (hours between 10 and 1000);
alter table project add column length_weeks integer check (length_weeks > 0);
alter table project add column starts_on    date;
