package org.mentorship.application.calendar;

import static org.mentorship.application.problem.ApplicationProblems.UNKNOWN_CALENDAR_FEED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's calendar feed. Calendar apps cannot send a bearer token, so the feed URL carries its own: 32 random
 * bytes, base64url, shown once when made. Only its SHA-256 is stored; making a new one replaces the old one, which
 * stops working, and revoking deletes it.
 */
@ApplicationScoped
public class CalendarFeeds {

    static final String PATH = "/api/v1/me/calendar.ics";
    static final String NAME = "Mentorship program";
    /** 32 bytes in base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The feed's URL (holding the token: shown once) and when it was made. */
    public record Feed(String url, Instant createdAt) {}

    private final EntityManager em;
    private final Clock clock;
    private final CalendarEntries entries;
    private final AdmissionDates admissions;
    private final String publicUrl;

    CalendarFeeds(
            EntityManager em,
            Clock clock,
            CalendarEntries entries,
            AdmissionDates admissions,
            @ConfigProperty(name = "mentorship.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.em = em;
        this.clock = clock;
        this.entries = entries;
        this.admissions = admissions;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A new feed for the person; the one they had stops working. */
    @Transactional
    public Feed rotate(String personId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        em.createNativeQuery("""
                insert into calendar_feed (person_id, token_hash, created_at) values (?1, ?2, ?3)
                on conflict (person_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""")
                .setParameter(1, personId)
                .setParameter(2, hash(token))
                .setParameter(3, now)
                .executeUpdate();
        return new Feed(publicUrl + PATH + "?token=" + token, now);
    }

    /** The person's feed stops working (nothing to do if they had none). */
    @Transactional
    public void revoke(String personId) {
        em.createNativeQuery("delete from calendar_feed where person_id = ?1")
                .setParameter(1, personId)
                .executeUpdate();
    }

    /**
     * Forgets the person here (their erasure, in its transaction): the feed stops working and no mentorship's
     * calendar names them any more. The mentorship's entries stay for its other people.
     */
    @Transactional
    public void erase(String personId) {
        revoke(personId);
        em.createNativeQuery("delete from calendar_person where person_id = ?1")
                .setParameter(1, personId)
                .executeUpdate();
    }

    /** The calendar the token opens; unknown, malformed and revoked tokens are refused alike. */
    public String calendar(String token) {
        String person = owner(token).orElseThrow(() -> UNKNOWN_CALENDAR_FEED.with("No calendar feed has this token"));
        return IcsWriter.calendar(NAME, clock.instant(), entriesOf(person));
    }

    /** Every entry the person sees, each UID once, by start. */
    List<CalendarEntry> entriesOf(String personId) {
        Map<String, CalendarEntry> byUid = new LinkedHashMap<>();
        for (CalendarEntry entry : admissions.of(personId)) {
            byUid.putIfAbsent(entry.uid(), entry);
        }
        for (CalendarEntry entry : entries.of(personId)) {
            byUid.putIfAbsent(entry.uid(), entry);
        }
        List<CalendarEntry> all = new ArrayList<>(byUid.values());
        all.sort(Comparator.comparing(CalendarEntry::startsAt).thenComparing(CalendarEntry::uid));
        return all;
    }

    /**
     * Found by the token's hash (the index), then compared in constant time. A lookup's timing tells at most
     * something about a hash, which does not help anyone find a token that has it.
     */
    private Optional<String> owner(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        byte[] presented = hash(token);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select person_id, token_hash from calendar_feed where token_hash = ?1")
                .setParameter(1, presented)
                .getResultList();
        return rows.stream()
                .filter(row -> MessageDigest.isEqual(presented, (byte[]) row[1]))
                .map(row -> (String) row[0])
                .findFirst();
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
