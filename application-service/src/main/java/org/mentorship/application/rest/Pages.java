package org.mentorship.application.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.application.rest.ApplicationDtos.ApplicationDto;
import org.mentorship.application.rest.OnboardingDtos.CallTaskDto;
import org.mentorship.application.rest.ProjectDtos.ProjectDto;
import org.mentorship.application.rest.TermDtos.TermDto;
import org.mentorship.platform.web.PageOf;

/** The page schemas of this service's lists: one shape (platform's {@link PageOf}), one name per item type. */
final class Pages {

    @Schema(name = "ApplicationPage", description = "A page of applications")
    static final class ApplicationPage extends PageOf<ApplicationDto> {}

    @Schema(name = "CallTaskPage", description = "A page of call tasks")
    static final class CallTaskPage extends PageOf<CallTaskDto> {}

    @Schema(name = "ErasureRequestPage", description = "A page of erasure requests")
    static final class ErasureRequestPage extends PageOf<ErasureDtos.ErasureRequestDto> {}

    @Schema(name = "ProjectPage", description = "A page of projects")
    static final class ProjectPage extends PageOf<ProjectDto> {}

    @Schema(name = "TermPage", description = "A page of terms")
    static final class TermPage extends PageOf<TermDto> {}

    private Pages() {}
}
