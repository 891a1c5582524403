package org.mentorship.certificate.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.certificate.rest.CertificateDtos.CertificateDto;
import org.mentorship.certificate.rest.ExamDtos.Definition;
import org.mentorship.platform.web.PageOf;

/** The page schemas of this service's lists: one shape (platform's {@link PageOf}), one name per item type. */
final class Pages {

    @Schema(name = "CertificatePage", description = "A page of Letters of Completion")
    static final class CertificatePage extends PageOf<CertificateDto> {}

    @Schema(name = "CompletionPage", description = "A page of completion records")
    static final class CompletionPage extends PageOf<CompletionDto> {}

    @Schema(name = "ExamDefinitionPage", description = "A page of exam definitions")
    static final class ExamDefinitionPage extends PageOf<Definition> {}

    private Pages() {}
}
