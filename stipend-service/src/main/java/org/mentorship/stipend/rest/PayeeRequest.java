package org.mentorship.stipend.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mentorship.stipend.model.PayoutMethod;

/**
 * The mentee's payout details; {@code account} is an IBAN for BANK_TRANSFER, the provider's account id otherwise.
 * {@code email} is where payout notices go (optional; when left out the address on record stays). No tax-form
 * field: the program confirms the tax form (sending one is 400 unknown-field, as any unknown field).
 */
public record PayeeRequest(
        @NotNull PayoutMethod payoutMethod,

        @NotBlank
        @Size(max = 140)
        @Pattern(regexp = "[^\\p{Cntrl}\\u2028\\u2029]*", message = "must be one line of text")
        String accountHolder,

        @NotBlank @Size(min = 5, max = 64) String account,

        @Pattern(regexp = "[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "must be a BIC")
        String bankCode,

        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code")
        String country,

        @Email @Size(max = 320) String email) {}
