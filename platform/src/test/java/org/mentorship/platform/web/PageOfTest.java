package org.mentorship.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The documented page is the page the services answer: the same fields, in the same order, of the same types. */
class PageOfTest {

    @Test
    void documentsExactlyTheFieldsOfPage() {
        var documented = Arrays.stream(PageOf.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(f -> f.getName() + ":" + f.getType().getSimpleName())
                .toList();
        var answered = Arrays.stream(Page.class.getRecordComponents())
                .map(c -> c.getName() + ":" + c.getType().getSimpleName())
                .toList();
        assertThat(documented).isEqualTo(answered);
        assertThat(Arrays.stream(Page.class.getRecordComponents()).map(RecordComponent::getName))
                .contains("items");
    }
}
