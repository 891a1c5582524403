-- Mail is sent outside any transaction: a sender claims due notifications in a short transaction by leasing them
-- (claimed_by, lease_until on the database's clock), sends, then marks each in its own transaction. A lease that
-- ran out (the sender died between send and mark) lets another sender take the mail over; the resend carries the
-- notification's fixed Message-ID, so it is recognisable as the same message.
alter table notification
    add column claimed_by  varchar(100),
    add column lease_until timestamptz;
