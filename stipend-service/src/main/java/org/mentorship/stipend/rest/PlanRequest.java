package org.mentorship.stipend.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A project's stipend plan (its next revision). Money is in integer minor units of {@code currency}.
 * Without {@code installments}: 50% after evaluation 2, 50% after the final one.
 */
public record PlanRequest(
        @NotNull UUID projectId,
        @NotNull @Positive Long amountMinor,

        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
        String currency,

        @Valid @Size(max = 10) List<@NotNull @Valid Share> installments,
        @Valid @Size(max = 250) List<@NotNull @Valid CountryAdjustment> countryAdjustments,
        @PositiveOrZero Long floorMinor,
        @Positive Long capMinor) {

    /** {@code afterEvaluation} null = after the final evaluation. */
    public record Share(
            @NotNull @Min(1) Integer number,
            @Min(1) Integer afterEvaluation,
            @NotNull @Min(1) @Max(100) Integer percent) {}

    /** The country's payees get {@code percent} of the amount (then floor and cap apply). */
    public record CountryAdjustment(
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code")
            String country,

            @NotNull @Min(1) @Max(1000) Integer percent) {}
}
