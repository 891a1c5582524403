-- Where each mentor of a mentorship is reached, from MenteeOnboarded.mentorContacts (optional per mentor).
create table mentorship_mentor_email (
    mentorship_id uuid         not null references mentorship (id),
    mentor_id     varchar(200) not null,
    email         varchar(320) not null,
    primary key (mentorship_id, mentor_id)
);

-- A mentor without an address still gets the reminder, listed in the app only (no mail).
alter table reminder alter column email drop not null;
