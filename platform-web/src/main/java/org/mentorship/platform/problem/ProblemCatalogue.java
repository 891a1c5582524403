package org.mentorship.platform.problem;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every problem type one service can answer: {@link PlatformProblems} and the service's own enum, named by
 * {@value #PROPERTY} (e.g. {@code org.mentorship.application.problem.ApplicationProblems}). A slug is one type: two
 * entries with the same slug are refused when the catalogue is read (at build, by the OpenAPI filter).
 */
public final class ProblemCatalogue {

    public static final String PROPERTY = "mentorship.problems.catalogue";

    private final Map<String, ProblemType> bySlug = new LinkedHashMap<>();

    @SafeVarargs
    public static ProblemCatalogue of(Class<? extends ProblemType>... catalogues) {
        ProblemCatalogue catalogue = new ProblemCatalogue();
        catalogue.addAll(Arrays.asList(PlatformProblems.values()));
        for (Class<? extends ProblemType> type : catalogues) {
            if (!type.isEnum()) {
                throw new IllegalArgumentException(type.getName() + " is not an enum of problem types");
            }
            catalogue.addAll(Arrays.asList(type.getEnumConstants()));
        }
        return catalogue;
    }

    /** The platform's types and those of the enum the service's configuration names. */
    public static ProblemCatalogue configured() {
        Optional<String> name = ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class);
        if (name.isEmpty()) {
            return of();
        }
        try {
            Class<?> type =
                    Class.forName(name.get(), true, Thread.currentThread().getContextClassLoader());
            return of(type.asSubclass(ProblemType.class));
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException(
                    PROPERTY + " names " + name.get() + ", which is no enum of problem types", e);
        }
    }

    private void addAll(Collection<? extends ProblemType> types) {
        for (ProblemType type : types) {
            ProblemType earlier = bySlug.putIfAbsent(type.slug(), type);
            if (earlier != null) {
                throw new IllegalStateException("Problem type " + type.slug() + " is both " + name(earlier) + " and "
                        + name(type) + ": a slug names one kind of error");
            }
        }
    }

    private static String name(ProblemType type) {
        return type.getClass().getSimpleName() + "." + type;
    }

    public Optional<ProblemType> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public Collection<ProblemType> types() {
        return Collections.unmodifiableCollection(bySlug.values());
    }
}
