package org.mentorship.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.mentorship.platform.problem.ProblemException;

/**
 * The one way a service decides whether the caller may see or act on one object, and how a refusal answers.
 * A rule lists who is let in (roles, the person the record is about, the members of its project or mentorship);
 * anyone else is told the object does not exist (404 not-found), so a mentee cannot probe for others' records,
 * unless a refusal says the caller may know it exists (403 forbidden: a mentor of another project). Each service
 * names its own rules in the program's words ("a mentor of this project") on top of this.
 *
 * <pre>{@code
 * ObjectAccess.to(caller, "Mentorship", m.id)
 *         .role(Roles.COORDINATOR).member(Roles.MENTOR, m::isMentor).self(Roles.MENTEE, m.menteeId)
 *         .forbiddenFor("Mentorship " + m.id + " is not one you mentor", Roles.MENTOR)
 *         .require();
 * }</pre>
 *
 * Grants and refusals are tried in the order written and only as far as needed, so a grant that reads the database
 * (the mentors of a project) runs only for a caller the cheaper ones did not let in.
 */
public final class ObjectAccess {

    private final Caller caller;
    private final String what;
    private final Object id;
    private final List<BooleanSupplier> grants = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();

    private record Refusal(BooleanSupplier applies, String detail) {}

    private ObjectAccess(Caller caller, String what, Object id) {
        this.caller = caller;
        this.what = what;
        this.id = id;
    }

    /**
     * A rule for one object.
     *
     * @param what the object's name in a not-found answer, e.g. "Application" ("Application 42 does not exist")
     */
    public static ObjectAccess to(Caller caller, String what, Object id) {
        return new ObjectAccess(caller, what, id);
    }

    /** Lets in whoever holds any of these roles (coordinators see everything, finance every stipend). */
    public ObjectAccess role(String... roles) {
        grants.add(() -> caller.isAny(roles));
        return this;
    }

    /** Lets in the person the record is about (its applicant, mentee or payee), whatever roles her token holds. */
    public ObjectAccess self(String subjectUserId) {
        grants.add(() -> caller.isSelf(subjectUserId));
        return this;
    }

    /** As {@link #self(String)}, the subject read only when the grants before did not let the caller in. */
    public ObjectAccess self(Supplier<String> subjectUserId) {
        grants.add(() -> caller.isSelf(subjectUserId.get()));
        return this;
    }

    /** Lets in the record's subject acting in this role (the mentee of a mentorship, as a mentee). */
    public ObjectAccess self(String role, String subjectUserId) {
        grants.add(() -> caller.is(role) && caller.isSelf(subjectUserId));
        return this;
    }

    /** Lets in a member in this role: {@code isMember} gets the caller's user id, only when she holds the role. */
    public ObjectAccess member(String role, Predicate<String> isMember) {
        grants.add(() -> caller.is(role) && isMember.test(caller.userId()));
        return this;
    }

    /** Lets in a member in this role (a mentor among the mentors of a mentorship). */
    public ObjectAccess member(String role, Collection<String> members) {
        return member(role, members::contains);
    }

    /**
     * Lets in an {@code org-admin} of the organisation that owns the object (its project's organisation); read only
     * when the grants before did not let the caller in. Outside her organisations an org-admin is told the object
     * does not exist (404), as anyone else.
     */
    public ObjectAccess orgAdmin(Supplier<String> organization) {
        grants.add(() -> caller.is(Roles.ORG_ADMIN) && caller.administers(organization.get()));
        return this;
    }

    /** As {@link #orgAdmin(Supplier)}, for an organisation already known. */
    public ObjectAccess orgAdmin(String organization) {
        return orgAdmin(() -> organization);
    }

    /** Refuses with 403 forbidden instead of 404 when {@code applies} (checked only for a caller not let in). */
    public ObjectAccess forbiddenWhen(BooleanSupplier applies, String detail) {
        refusals.add(new Refusal(applies, detail));
        return this;
    }

    /** Refuses with 403 forbidden instead of 404 when the caller holds any of these roles. */
    public ObjectAccess forbiddenFor(String detail, String... roles) {
        String[] copy = Arrays.copyOf(roles, roles.length);
        return forbiddenWhen(() -> caller.isAny(copy), detail);
    }

    /** Whether a grant lets the caller in. */
    public boolean allowed() {
        return grants.stream().anyMatch(BooleanSupplier::getAsBoolean);
    }

    /** Returns when a grant lets the caller in; else throws the first refusal that applies, or 404 not-found. */
    public void require() {
        if (allowed()) {
            return;
        }
        throw refusal();
    }

    /** The answer for a caller not let in: the first refusal that applies, or 404 not-found. */
    public ProblemException refusal() {
        return refusals.stream()
                .filter(r -> r.applies().getAsBoolean())
                .findFirst()
                .map(r -> ProblemException.forbidden(r.detail()))
                .orElseGet(() -> ProblemException.notFound(what, id));
    }
}
