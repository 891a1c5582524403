package org.mentorship.application.policy;

import static org.mentorship.application.problem.ApplicationProblems.BATCH_INVALID;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a bulk request is (decisions, HR steps): 1 to {@link #MAX} items, each naming its application once (the same
 * application twice in one batch would be decided once and refused once). Anything else is 422 batch-invalid before
 * any item is touched. Each item of a valid batch then meets every rule of its single endpoint: a batch is no way
 * around one.
 */
public final class BatchPolicy {

    public static final int MAX = 200;

    /** 422 batch-invalid unless the batch names 1 to {@link #MAX} applications, each once and none null. */
    public static List<UUID> requireBatch(List<UUID> applicationIds) {
        if (applicationIds == null || applicationIds.isEmpty()) {
            throw BATCH_INVALID.with("Name at least one application");
        }
        if (applicationIds.size() > MAX) {
            throw BATCH_INVALID.with(
                    "A batch takes at most " + MAX + " applications; this one names " + applicationIds.size());
        }
        if (applicationIds.stream().anyMatch(Objects::isNull)) {
            throw BATCH_INVALID.with("An item names no application (an empty entry or applicationId)");
        }
        Set<UUID> seen = new HashSet<>();
        Set<UUID> twice = new LinkedHashSet<>();
        applicationIds.forEach(id -> {
            if (!seen.add(id)) {
                twice.add(id);
            }
        });
        if (!twice.isEmpty()) {
            throw BATCH_INVALID.with("Name each application once; named more than once: "
                    + String.join(", ", twice.stream().map(UUID::toString).toList()));
        }
        return List.copyOf(applicationIds);
    }

    private BatchPolicy() {}
}
