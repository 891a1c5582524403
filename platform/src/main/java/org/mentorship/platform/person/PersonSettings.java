package org.mentorship.platform.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mentorship.contracts.events.PersonSettingsChanged;

/**
 * A person's time zone and how each kind of notice reaches them, the same in every service: application-service,
 * where people set them, saves them and publishes PersonSettingsChanged; every other service applies that event.
 * A person nobody heard from is in UTC and gets e-mail.
 */
@ApplicationScoped
public class PersonSettings {

    private final EntityManager entityManager;

    PersonSettings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What is known of a person. */
    public record Setting(String personId, ZoneId timeZone, Map<NoticeKind, Channel> channels, Instant changedAt) {}

    public Optional<Setting> find(String personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(entityManager.find(PersonSetting.class, personId))
                .map(s -> new Setting(s.personId, zone(s.timeZone), channels(s.channels), s.changedAt));
    }

    /** The person's zone; UTC when unknown. */
    public ZoneId zoneOf(String personId) {
        return find(personId).map(Setting::timeZone).orElse(ZoneOffset.UTC);
    }

    /** The channel the person chose for this kind; e-mail when they chose none. */
    public Channel channelFor(String personId, NoticeKind kind) {
        return find(personId)
                .map(s -> s.channels().getOrDefault(kind, Channel.EMAIL))
                .orElse(Channel.EMAIL);
    }

    /** Saves the person's settings (application-service, in the transaction that publishes PersonSettingsChanged). */
    public void save(String personId, ZoneId zone, Map<NoticeKind, Channel> channels, Instant at) {
        Map<String, String> wire = new LinkedHashMap<>();
        channels.forEach((kind, channel) -> wire.put(kind.wire(), channel.wire()));
        store(personId, zone.getId(), wire, at);
    }

    /** Applies the event in the caller's (inbox) transaction; an event older than what is kept changes nothing. */
    public void apply(PersonSettingsChanged changed) {
        store(changed.personId(), changed.timeZone(), changed.channels(), changed.changedAt());
    }

    /** Forgets the person's settings and feed (PersonErased). */
    public void erase(String personId) {
        entityManager
                .createQuery("delete from PersonSetting s where s.personId = :p")
                .setParameter("p", personId)
                .executeUpdate();
        entityManager
                .createQuery("delete from Notice n where n.personId = :p")
                .setParameter("p", personId)
                .executeUpdate();
    }

    private void store(String personId, String zone, Map<String, String> channels, Instant at) {
        PersonSetting s = entityManager.find(PersonSetting.class, personId);
        if (s == null) {
            s = new PersonSetting();
            s.personId = personId;
        } else if (s.changedAt.isAfter(at)) {
            return;
        }
        s.timeZone = zone;
        s.channels = new LinkedHashMap<>(channels);
        s.changedAt = at;
        entityManager.merge(s);
    }

    /** A zone id as stored; one no longer known to this JVM's zone rules counts as UTC rather than failing a read. */
    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    static Map<NoticeKind, Channel> channels(Map<String, String> wire) {
        Map<NoticeKind, Channel> channels = new LinkedHashMap<>();
        if (wire != null) {
            wire.forEach((kind, channel) ->
                    NoticeKind.of(kind).ifPresent(k -> Channel.of(channel).ifPresent(c -> channels.put(k, c))));
        }
        return channels;
    }
}
