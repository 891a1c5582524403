package org.mentorship.platform.problem;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every problem type one service can answer: {@link PlatformProblems} and the constants of the service's own holder class, named by
 * {@value #PROPERTY} (e.g. {@code org.mentorship.application.problem.ApplicationProblems}). A slug is one type: two
 * entries with the same slug are refused when the catalogue is read (at build, by the OpenAPI filter).
 */
public final class ProblemCatalogue {

    public static final String PROPERTY = "mentorship.problems.catalogue";

    private final Map<String, ProblemType> bySlug = new LinkedHashMap<>();

    /** The platform's types and those of each holder: its public static final {@link ProblemType} constants. */
    public static ProblemCatalogue of(Class<?>... holders) {
        ProblemCatalogue catalogue = new ProblemCatalogue();
        catalogue.addAll(constants(PlatformProblems.class));
        for (Class<?> holder : holders) {
            List<ProblemType> types = constants(holder);
            if (types.isEmpty()) {
                throw new IllegalArgumentException(holder.getName() + " holds no problem types");
            }
            catalogue.addAll(types);
        }
        return catalogue;
    }

    private static List<ProblemType> constants(Class<?> holder) {
        List<ProblemType> types = new ArrayList<>();
        for (Field field : holder.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == ProblemType.class
                    && Modifier.isStatic(modifiers)
                    && Modifier.isPublic(modifiers)
                    && Modifier.isFinal(modifiers)) {
                try {
                    types.add((ProblemType) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(holder.getName() + "." + field.getName() + " cannot be read", e);
                }
            }
        }
        return types;
    }

    /** The platform's types and those of the class the service's configuration names. */
    public static ProblemCatalogue configured() {
        Optional<String> name = ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class);
        if (name.isEmpty()) {
            return of();
        }
        try {
            Class<?> type =
                    Class.forName(name.get(), true, Thread.currentThread().getContextClassLoader());
            return of(type);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(PROPERTY + " names " + name.get() + ", which is not on the class path", e);
        }
    }

    private void addAll(List<ProblemType> types) {
        for (ProblemType type : types) {
            ProblemType earlier = bySlug.putIfAbsent(type.slug(), type);
            if (earlier != null) {
                throw new IllegalStateException("Problem type " + type.slug() + " is listed twice (" + earlier.title()
                        + ", " + type.title() + "): a slug names one kind of error");
            }
        }
    }

    public Optional<ProblemType> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public Collection<ProblemType> types() {
        return Collections.unmodifiableCollection(bySlug.values());
    }
}
