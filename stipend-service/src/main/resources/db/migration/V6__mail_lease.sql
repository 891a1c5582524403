-- Mail is sent outside any transaction: a sender claims due mails in a short transaction by leasing them
-- (claimed_by, lease_until on the database's clock; each claim counts in attempts), sends, then marks each in its own
-- transaction. Before, the sends ran inside the job's one transaction: a timeout rolled SENT back after the mails had
-- left, so they went out again on every run. A lease that ran out (the sender died between send and mark) lets another
-- sender take the mail over; the resend carries the mail's fixed Message-ID, so it is recognisable as the same message.
alter table mail_outbox
    add column claimed_by  varchar(100),
    add column lease_until timestamptz;
