package org.mentorship.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

/** The one mechanism of object-level access: who is let in, and whether a refusal says 404 or 403. */
class ObjectAccessTest {

    private static final String ANOTHER_PROJECT = "You do not mentor this project";

    @Test
    void aGrantedRoleIsLetIn() {
        assertThatCode(() -> mentorshipRule(caller("cora", Roles.COORDINATOR)).require())
                .doesNotThrowAnyException();
    }

    @Test
    void theSubjectIsLetInWhateverHerRoles() {
        assertThatCode(() -> ObjectAccess.to(caller("ann", Roles.FINANCE), "Application", 7)
                        .self("ann")
                        .require())
                .doesNotThrowAnyException();
    }

    @Test
    void theSubjectInARoleIsLetInOnlyWithThatRole() {
        assertThat(ObjectAccess.to(caller("ann", Roles.MENTEE), "Mentorship", 7)
                        .self(Roles.MENTEE, "ann")
                        .allowed())
                .isTrue();
        assertThat(ObjectAccess.to(caller("ann", Roles.MENTOR), "Mentorship", 7)
                        .self(Roles.MENTEE, "ann")
                        .allowed())
                .isFalse();
    }

    @Test
    void aMemberIsLetInOnlyInTheMembersRole() {
        assertThat(mentorshipRule(caller("mia", Roles.MENTOR)).allowed()).isTrue();
        assertThat(mentorshipRule(caller("mia", Roles.MENTEE)).allowed()).isFalse();
        assertThat(mentorshipRule(caller("max", Roles.MENTOR)).allowed()).isFalse();
    }

    @Test
    void anyoneElseIsToldTheObjectDoesNotExist() {
        assertThatThrownBy(() -> mentorshipRule(caller("bob", Roles.MENTEE)).require())
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(404);
                    assertThat(p.slug()).isEqualTo("not-found");
                    assertThat(p.getMessage()).isEqualTo("Mentorship 7 does not exist");
                });
    }

    @Test
    void aRefusalForARoleAnswers403Forbidden() {
        assertThatThrownBy(() -> mentorshipRule(caller("max", Roles.MENTOR)).require())
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(403);
                    assertThat(p.slug()).isEqualTo("forbidden");
                    assertThat(p.getMessage()).isEqualTo(ANOTHER_PROJECT);
                });
    }

    @Test
    void theFirstRefusalThatAppliesWins() {
        ObjectAccess rule = ObjectAccess.to(caller("max", Roles.MENTOR, Roles.COORDINATOR), "Mentorship", 7)
                .forbiddenWhen(() -> false, "never")
                .forbiddenFor("first", Roles.COORDINATOR)
                .forbiddenFor("second", Roles.MENTOR);
        assertThat(rule.refusal().getMessage()).isEqualTo("first");
    }

    @Test
    void aGrantIsTriedOnlyWhenTheOnesBeforeDidNotLetTheCallerIn() {
        AtomicInteger reads = new AtomicInteger();
        ObjectAccess.to(caller("cora", Roles.COORDINATOR, Roles.MENTOR), "Application", 7)
                .role(Roles.COORDINATOR)
                .member(Roles.MENTOR, id -> reads.incrementAndGet() > 0)
                .require();
        ObjectAccess.to(caller("ann", Roles.MENTEE), "Application", 7)
                .self("ann")
                .self(() -> "read " + reads.incrementAndGet())
                .require();
        assertThat(reads).hasValue(0);
        assertThatThrownBy(() -> ObjectAccess.to(caller("bob", Roles.MENTEE), "Application", 7)
                        .member(Roles.MENTOR, id -> reads.incrementAndGet() > 0)
                        .require())
                .isInstanceOf(ProblemException.class);
        assertThat(reads)
                .as("the member check runs only for a caller in the role")
                .hasValue(0);
    }

    @Test
    void noSubjectLetsNobodyIn() {
        assertThat(ObjectAccess.to(caller("ann", Roles.MENTEE), "Stipend agreement", 7)
                        .self(() -> null)
                        .allowed())
                .isFalse();
    }

    private static ObjectAccess mentorshipRule(Caller caller) {
        return ObjectAccess.to(caller, "Mentorship", 7)
                .role(Roles.COORDINATOR)
                .member(Roles.MENTOR, List.of("mia"))
                .self(Roles.MENTEE, "ann")
                .forbiddenFor(ANOTHER_PROJECT, Roles.MENTOR);
    }

    private static Caller caller(String userId, String... roles) {
        QuarkusSecurityIdentity.Builder identity =
                QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(userId));
        for (String role : roles) {
            identity.addRole(role);
        }
        return new Caller(identity.build(), null);
    }
}
