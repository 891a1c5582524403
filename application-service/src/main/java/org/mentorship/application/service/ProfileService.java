package org.mentorship.application.service;

import static org.mentorship.application.problem.ApplicationProblems.PHONE_NOT_OFFERED;
import static org.mentorship.application.problem.ApplicationProblems.PHONE_REQUIRED;
import static org.mentorship.application.problem.ApplicationProblems.UNKNOWN_CHANNEL;
import static org.mentorship.application.problem.ApplicationProblems.UNKNOWN_NOTICE_KIND;
import static org.mentorship.application.problem.ApplicationProblems.UNKNOWN_TIME_ZONE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mentorship.application.model.Applicant;
import org.mentorship.application.model.ContactPreference;
import org.mentorship.application.repository.ApplicantRepository;
import org.mentorship.contracts.events.PersonSettingsChanged;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.platform.person.Channel;
import org.mentorship.platform.person.NoticeKind;
import org.mentorship.platform.person.PersonSettings;

/**
 * Every person's time zone and channel per notice kind, whatever their role. The platform's {@link PersonSettings}
 * is the one truth: this profile and the applicant profile (its time zone and preferred contact, which is the
 * channel of decisions) both write it, the later write wins, and each change is published as
 * {@code PersonSettingsChanged} in its transaction. The applicant row's time_zone and preferred_contact columns are
 * kept in step as a copy; nothing reads them.
 */
@ApplicationScoped
public class ProfileService {

    /**
     * The kinds someone can be told by phone: application-service's coordinators call applicants about decisions
     * (call tasks); no other service makes calls.
     */
    public static final Set<NoticeKind> CALLABLE = Set.of(NoticeKind.DECISION);

    /** A person's settings as the API shows them: every kind with its channel (e-mail when not chosen). */
    public record Profile(String personId, ZoneId timeZone, Map<NoticeKind, Channel> channels, Instant changedAt) {}

    private final PersonSettings settings;
    private final ApplicantRepository applicants;
    private final Outbox outbox;
    private final Clock clock;

    ProfileService(PersonSettings settings, ApplicantRepository applicants, Outbox outbox, Clock clock) {
        this.settings = settings;
        this.applicants = applicants;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Profile get(String personId) {
        var known = settings.find(personId);
        Map<NoticeKind, Channel> channels = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            channels.put(
                    kind,
                    known.map(s -> s.channels().getOrDefault(kind, Channel.EMAIL))
                            .orElse(Channel.EMAIL));
        }
        return new Profile(
                personId,
                known.map(PersonSettings.Setting::timeZone).orElse(ZoneOffset.UTC),
                channels,
                known.map(PersonSettings.Setting::changedAt).orElse(null));
    }

    /** Replaces the person's settings: a kind not named goes by e-mail. Refused (422) as a whole, changing nothing. */
    @Transactional
    public Profile save(String personId, String timeZone, Map<String, String> wireChannels) {
        ZoneId zone = ianaZone(timeZone);
        Map<NoticeKind, Channel> channels = new EnumMap<>(NoticeKind.class);
        (wireChannels == null ? Map.<String, String>of() : wireChannels).forEach((wireKind, wireChannel) -> {
            NoticeKind kind = NoticeKind.of(wireKind)
                    .orElseThrow(() -> UNKNOWN_NOTICE_KIND.with(
                            "'" + wireKind + "' is no kind of notice; the kinds: " + String.join(", ", kindNames())));
            Channel channel = Channel.of(wireChannel)
                    .orElseThrow(() -> UNKNOWN_CHANNEL.with(
                            "'" + wireChannel + "' for " + wireKind + " is not email, phone or feed"));
            channels.put(kind, channel);
        });
        Applicant applicant = applicants.lock(personId).orElse(null);
        channels.forEach((kind, channel) -> {
            if (channel == Channel.PHONE && !CALLABLE.contains(kind)) {
                throw PHONE_NOT_OFFERED.with("Nobody calls about " + kind.wire() + ": choose email or feed");
            }
            if (channel == Channel.PHONE && (applicant == null || applicant.phone == null)) {
                throw PHONE_REQUIRED.with("A call needs a phone number: give one in your applicant profile first");
            }
        });
        if (applicant != null) {
            applicant.timeZone = zone.getId();
            applicant.preferredContact = channels.get(NoticeKind.DECISION) == Channel.PHONE
                    ? ContactPreference.PHONE
                    : ContactPreference.EMAIL;
        }
        store(personId, zone, channels);
        return get(personId);
    }

    /**
     * The applicant profile's write-through (in its transaction): its time zone, and its preferred contact as the
     * channel of decisions; the person's other choices stay.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fromApplicant(Applicant applicant) {
        Map<NoticeKind, Channel> channels = new EnumMap<>(NoticeKind.class);
        settings.find(applicant.userId).ifPresent(s -> channels.putAll(s.channels()));
        channels.put(
                NoticeKind.DECISION,
                applicant.preferredContact == ContactPreference.PHONE ? Channel.PHONE : Channel.EMAIL);
        store(applicant.userId, ZoneId.of(applicant.timeZone), channels);
    }

    /** The applicant profile as read: the time zone and the decisions' channel come from the settings. */
    public ContactPreference preferredContact(String personId) {
        return settings.channelFor(personId, NoticeKind.DECISION) == Channel.PHONE
                ? ContactPreference.PHONE
                : ContactPreference.EMAIL;
    }

    public ZoneId zoneOf(String personId) {
        return settings.zoneOf(personId);
    }

    private void store(String personId, ZoneId zone, Map<NoticeKind, Channel> channels) {
        Instant now = clock.instant();
        settings.save(personId, zone, channels, now);
        Map<String, String> wire = new LinkedHashMap<>();
        channels.forEach((kind, channel) -> wire.put(kind.wire(), channel.wire()));
        outbox.publish(new PersonSettingsChanged(personId, zone.getId(), wire, now));
    }

    /** An IANA region id such as Europe/Berlin (or UTC); offsets like +02:00 are no time zone a person lives in. */
    static ZoneId ianaZone(String timeZone) {
        if (timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw UNKNOWN_TIME_ZONE.with("'" + timeZone + "' is not an IANA time zone such as Europe/Berlin");
        }
        return ZoneId.of(timeZone);
    }

    private static java.util.List<String> kindNames() {
        return java.util.Arrays.stream(NoticeKind.values())
                .map(NoticeKind::wire)
                .toList();
    }
}
