package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.Db;
import org.mentorship.testsupport.TestSmtp;

/**
 * Payout notices leave through the mail outbox, sent outside any transaction under a lease (issue 12 H3): a mail whose
 * mark fails, or that another sender holds, is not sent again while the lease holds, then once more with the same
 * Message-ID; a failed send backs off, doubling, then gives up. Real SMTP (GreenMail), and the module's own sender job
 * runs meanwhile (every second in tests), as a second sender would.
 */
@QuarkusTest
class MailLeaseTest {

    /** A few runs of the job (every second in tests) and of {@link MailSender#runNow}. */
    private static final Duration SOME_RUNS = Duration.ofMillis(2500);

    @Inject
    MailSender sender;

    @Inject
    Db db;

    @Inject
    EntityManager em;

    @Test
    void aMailWhoseMarkFailsIsNotSentAgainWhileItsLeaseHoldsThenOnceMoreWithTheSameMessageId() throws Exception {
        String to = "mark-fails-" + UUID.randomUUID() + "@example.org";
        // The database refuses to record SENT for this address, as a database in trouble after the mail left would.
        db.update("""
                create or replace function test_refuse_mark() returns trigger language plpgsql as $$
                begin
                  if new.state = 'SENT' and new.recipient like 'mark-fails-%' then
                    raise exception 'the mark is refused (test)';
                  end if;
                  return new;
                end $$""");
        db.update(
                "create trigger test_refuse_mark before update on mail_outbox for each row execute function test_refuse_mark()");
        try {
            UUID id = queue(to);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> TestSmtp.messagesTo(to).size() == 1);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> db.count(
                                    "select count(*) from mail_outbox where id = ?1 and state = 'PENDING' and lease_until > now()",
                                    id)
                            == 1);

            runs();
            assertThat(TestSmtp.messagesTo(to))
                    .as("sent again while its lease holds")
                    .hasSize(1);
        } finally {
            db.update("drop trigger if exists test_refuse_mark on mail_outbox");
            db.update("drop function if exists test_refuse_mark()");
        }
        UUID id = id(to);
        // As if the lease ran out (5 minutes by default): the mail is taken over and sent once more.
        db.update("update mail_outbox set lease_until = now() - interval '1 second' where id = ?1", id);
        await().atMost(Duration.ofSeconds(20)).until(() -> state(id).equals("SENT"));

        List<MimeMessage> received = TestSmtp.messagesTo(to);
        assertThat(received).hasSize(2);
        for (MimeMessage message : received) {
            assertThat(message.getMessageID()).isEqualTo("<stipend-mail-" + id + "@mentorship.example.org>");
        }
        assertThat(db.count(
                        "select attempts from mail_outbox where id = ?1 and claimed_by is null and lease_until is null",
                        id))
                .isEqualTo(2);
    }

    @Test
    void aMailLeasedByAnotherSenderIsLeftToItUntilTheLeaseRunsOut() {
        String to = "leased-" + UUID.randomUUID() + "@example.org";
        // Written and claimed by another replica in one transaction, so this module's own job never sees it free.
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            sender.queue(to, "Your stipend payout details were changed", "A notice");
            em.flush();
            em.createNativeQuery("""
                    update mail_outbox set claimed_by = 'another-replica', lease_until = now() + interval '1 hour', attempts = 1
                    where recipient = ?1""").setParameter(1, to).executeUpdate();
            return (UUID) em.createNativeQuery("select id from mail_outbox where recipient = ?1")
                    .setParameter(1, to)
                    .getSingleResult();
        });

        runs();
        assertThat(TestSmtp.messagesTo(to))
                .as("sent while another sender holds it")
                .isEmpty();
        assertThat(state(id)).isEqualTo("PENDING");

        db.update("update mail_outbox set lease_until = now() - interval '1 second' where id = ?1", id);
        await().atMost(Duration.ofSeconds(20)).until(() -> state(id).equals("SENT"));
        assertThat(TestSmtp.messagesTo(to)).hasSize(1);
        assertThat(db.count("select attempts from mail_outbox where id = ?1", id))
                .isEqualTo(2);
    }

    @Test
    void aFailedSendBacksOffDoublingThenTheMailIsFailed() {
        // An address no mail server takes: every send fails (the mail outbox keeps whatever the change wrote).
        String to = "no address " + UUID.randomUUID();
        UUID id = queue(to);
        await().atMost(Duration.ofSeconds(20)).until(() -> attempts(id) == 1 && unleased(id));
        assertThat(state(id)).isEqualTo("PENDING");
        assertThat(db.count("select count(*) from mail_outbox where id = ?1 and last_error is not null", id))
                .isEqualTo(1);
        // The first wait is 30 s from the program's now: nothing is tried meanwhile.
        assertThat(db.count(
                        "select count(*) from mail_outbox where id = ?1 and next_attempt_at > now() + interval '20 seconds'",
                        id))
                .isEqualTo(1);
        runs();
        assertThat(attempts(id)).as("tried again before its wait was over").isEqualTo(1);

        // The wait over: attempt 2 fails and waits twice as long (60 s).
        db.update("update mail_outbox set next_attempt_at = next_attempt_at - interval '1 hour' where id = ?1", id);
        await().atMost(Duration.ofSeconds(20)).until(() -> attempts(id) == 2 && unleased(id));
        assertThat(db.count(
                        "select count(*) from mail_outbox where id = ?1 and next_attempt_at > now() + interval '50 seconds'",
                        id))
                .isEqualTo(1);

        // The last of its 8 attempts fails: FAILED, tried no more.
        db.update(
                "update mail_outbox set attempts = 7, next_attempt_at = next_attempt_at - interval '1 hour' where id = ?1",
                id);
        await().atMost(Duration.ofSeconds(20)).until(() -> state(id).equals("FAILED"));
        runs();
        assertThat(attempts(id)).isEqualTo(8);
    }

    private UUID queue(String to) {
        QuarkusTransaction.requiringNew()
                .run(() -> sender.queue(to, "Your stipend payout details were changed", "A notice"));
        return id(to);
    }

    private void runs() {
        long until = System.nanoTime() + SOME_RUNS.toNanos();
        while (System.nanoTime() < until) {
            sender.runNow();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private UUID id(String to) {
        return (UUID)
                db.column("select id from mail_outbox where recipient = ?1", to).get(0);
    }

    private String state(UUID id) {
        return (String)
                db.column("select state from mail_outbox where id = ?1", id).get(0);
    }

    private long attempts(UUID id) {
        return db.count("select attempts from mail_outbox where id = ?1", id);
    }

    private boolean unleased(UUID id) {
        return db.count("select count(*) from mail_outbox where id = ?1 and claimed_by is null", id) == 1;
    }
}
