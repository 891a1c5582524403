package org.mentorship.stipend.rest;

import org.mentorship.platform.problem.ProblemException;

/** Page and size from the query, size capped so no request can ask for everything at once. */
final class Paging {

    static final int DEFAULT_SIZE = 20;

    static int size(Integer size, int max) {
        int value = size == null ? DEFAULT_SIZE : size;
        if (value < 1) {
            throw ProblemException.unprocessable("invalid-page", "Invalid page", "size must be at least 1");
        }
        return Math.min(value, max);
    }

    static int page(Integer page) {
        int value = page == null ? 0 : page;
        if (value < 0) {
            throw ProblemException.unprocessable("invalid-page", "Invalid page", "page must be 0 or more");
        }
        return value;
    }

    private Paging() {
    }
}
