-- What every service knows of a person beyond its own records: their time zone and how each kind of notice reaches
-- them (kept from PersonSettingsChanged; application-service, where people set them, writes it directly), and the
-- person's feed of notices (every mail or call task this service makes lands here too: GET /api/v1/me/notices).
create table person_setting (
    person_id  varchar(200) primary key,
    time_zone  varchar(64)  not null,
    -- notice kind -> email | phone | feed; a kind not named goes by e-mail
    channels   jsonb        not null,
    changed_at timestamptz  not null
);

create table notice (
    id         uuid         primary key,
    person_id  varchar(200) not null,
    kind       varchar(40)  not null,
    subject    varchar(300) not null,
    text       text         not null,
    -- how it went out besides the feed: email, phone or feed (only here)
    channel    varchar(10)  not null,
    created_at timestamptz  not null,
    read_at    timestamptz
);
create index notice_person_recent on notice (person_id, created_at desc);
