package org.mentorship.application.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorship.application.config.AdmissionsConfig;
import org.mentorship.platform.problem.ProblemException;

/** Page numbers start at 0; the size is capped so no list can be dumped in one call. */
@ApplicationScoped
public class Paging {

    private final AdmissionsConfig config;

    Paging(AdmissionsConfig config) {
        this.config = config;
    }

    public record Request(int page, int size) {
    }

    public Request of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0 || s < 1) {
            throw new ProblemException(400, "invalid-page", "Invalid page", "page must be >= 0 and size >= 1");
        }
        return new Request(p, Math.min(s, config.maxPageSize()));
    }
}
