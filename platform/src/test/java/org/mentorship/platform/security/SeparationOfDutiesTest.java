package org.mentorship.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

/** The one rule every service's acting endpoints run: nobody acts on their own case. */
class SeparationOfDutiesTest {

    @Test
    void actingOnYourOwnCaseIsRefusedAs403SelfDealing() {
        assertThatThrownBy(() -> SeparationOfDuties.requireNotSelf("ann", "ann", "approve this prerequisite"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(403);
                    assertThat(p.slug()).isEqualTo("self-dealing");
                    assertThat(p.getMessage()).endsWith("someone else must approve this prerequisite");
                });
    }

    @Test
    void actingOnSomeoneElsesCaseOrOneWithoutASubjectPasses() {
        assertThatCode(() -> SeparationOfDuties.requireNotSelf("mia", "ann", "approve it"))
                .doesNotThrowAnyException();
        assertThatCode(() -> SeparationOfDuties.requireNotSelf(null, null, "approve it"))
                .doesNotThrowAnyException();
        assertThat(SeparationOfDuties.isSelf("mia", null)).isFalse();
    }
}
