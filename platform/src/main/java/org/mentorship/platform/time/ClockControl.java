package org.mentorship.platform.time;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.security.Roles;

/**
 * Moves this service's program clock forward, so weeks of a program (a 14-day review, evaluations weeks apart)
 * can pass in a test or a demo. Off unless {@code mentorship.clock.control-enabled} is true: production never
 * sets it, and then the control answers 404 as if it did not exist.
 */
@Path("/api/v1/clock")
@Tag(name = "Program clock (non-production)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClockControl {

    /** What the clock reads and how far it has been moved. */
    public record ClockState(Instant now, Duration offset) {}

    /** How far to move the clock, as an ISO 8601 duration (e.g. {@code P14D}, {@code PT6H}). */
    public record Advance(@NotNull Duration by) {}

    private final ProgramClock clock;
    private final boolean enabled;

    ClockControl(
            ProgramClock clock,
            @ConfigProperty(name = "mentorship.clock.control-enabled", defaultValue = "false") boolean enabled) {
        this.clock = clock;
        this.enabled = enabled;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "readProgramClock", summary = "Read the program clock")
    public ClockState read() {
        requireEnabled();
        return new ClockState(clock.instant(), clock.offset());
    }

    @POST
    @Path("/advance")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "advanceProgramClock", summary = "Move the program clock forward (not in production)")
    public ClockState advance(@Valid @NotNull Advance request) {
        requireEnabled();
        if (request.by().isNegative() || request.by().isZero()) {
            throw PlatformProblems.CLOCK_BACKWARDS.with("Give a positive duration, e.g. P14D");
        }
        clock.advance(request.by());
        return new ClockState(clock.instant(), clock.offset());
    }

    private void requireEnabled() {
        if (!enabled) {
            throw PlatformProblems.NOT_FOUND.with("No resource at this path");
        }
    }
}
