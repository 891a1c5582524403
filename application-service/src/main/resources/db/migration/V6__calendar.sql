-- Calendar feeds (package calendar). What other services tell by events is kept here, keyed by mentorship, because
-- the events of one mentorship come on three topics in no fixed order: a payment may be told before the mentorship's
-- start names its mentee. Who sees an entry is found through calendar_person (the mentee and the mentors of each
-- mentorship) and the entry's audience. Dates of this service's own (review end, prerequisites) are read from its
-- tables when a feed is served, so they are never stale.
create table calendar_entry (
    uid           varchar(200) primary key,
    mentorship_id uuid         not null,
    audience      varchar(16)  not null check (audience in ('MENTEE', 'MENTOR', 'EVERYONE')),
    kind          varchar(40)  not null,
    summary       varchar(500) not null,
    description   text         not null,
    starts_at     timestamptz  not null,
    ends_at       timestamptz,
    all_day       boolean      not null default false,
    sequence      integer      not null default 0,
    status        varchar(16)  not null check (status in ('CONFIRMED', 'CANCELLED')),
    -- The time of the event that last set the entry: an older one changes nothing.
    told_at       timestamptz  not null,
    updated_at    timestamptz  not null
);
create index calendar_entry_mentorship on calendar_entry (mentorship_id);

create table calendar_person (
    mentorship_id uuid         not null,
    person_id     varchar(200) not null,
    role          varchar(16)  not null check (role in ('MENTEE', 'MENTOR')),
    primary key (mentorship_id, person_id)
);
create index calendar_person_person on calendar_person (person_id);

-- One feed per person. Only the SHA-256 of the token is kept: a database copy opens no one's calendar.
create table calendar_feed (
    person_id  varchar(200) primary key,
    token_hash bytea        not null unique,
    created_at timestamptz  not null
);
