package org.mentorship.stipend.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.stipend.model.TaxForm;

/** The program's confirmation of a mentee's tax form: the first one, kept as it was. */
@Schema(name = "TaxForm")
public record TaxFormDto(
        String menteeId, String confirmedBy, Instant confirmedAt, TaxForm.Source source, String reference) {

    static TaxFormDto of(TaxForm t) {
        return new TaxFormDto(t.menteeId, t.confirmedBy, t.confirmedAt, t.source, t.reference);
    }
}
