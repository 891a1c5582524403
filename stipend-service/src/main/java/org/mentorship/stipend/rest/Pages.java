package org.mentorship.stipend.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorship.platform.web.PageOf;
import org.mentorship.stipend.service.StipendQueries;

/** The page schemas of this service's lists: one shape (platform's {@link PageOf}), one name per item type. */
final class Pages {

    @Schema(name = "StipendAgreementPage", description = "A page of stipend agreements")
    static final class StipendAgreementPage extends PageOf<AgreementDto> {}

    @Schema(name = "ParkedEventPage", description = "A page of parked events")
    static final class ParkedEventPage extends PageOf<StipendResource.ParkedEventDto> {}

    @Schema(name = "PaymentPage", description = "A page of payments")
    static final class PaymentPage extends PageOf<PaymentDto> {}

    @Schema(name = "StipendPlanPage", description = "A page of stipend plans")
    static final class StipendPlanPage extends PageOf<PlanDto> {}

    @Schema(name = "StipendTotalsPage", description = "A page of totals")
    static final class StipendTotalsPage extends PageOf<StipendQueries.Totals> {}

    private Pages() {}
}
