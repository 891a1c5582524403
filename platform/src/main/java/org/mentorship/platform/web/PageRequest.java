package org.mentorship.platform.web;

import org.mentorship.platform.problem.PlatformProblems;

/**
 * The page a caller asks a list for, the same rules in every service: {@code page} counts from 0 (0 when left out),
 * {@code size} from 1 (20 when left out) and is capped at {@link Page#MAX_SIZE}. A negative page, a size below 1 or a
 * page deeper than {@link #MAX_OFFSET} items is 400 {@code invalid-page}, never a clamp nor a 500.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    /** Deeper than this is a scan no person pages through: narrow the list with its filters instead. */
    public static final long MAX_OFFSET = 100_000;

    public static final String INVALID = PlatformProblems.INVALID_PAGE.slug();

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || s < 1) {
            throw PlatformProblems.INVALID_PAGE.with("page must be 0 or more and size 1 or more");
        }
        int capped = Math.min(s, Page.MAX_SIZE);
        if ((long) p * capped > MAX_OFFSET) {
            throw PlatformProblems.INVALID_PAGE.with(
                    "page " + p + " lies beyond the first " + MAX_OFFSET + " items: narrow the list with its filters");
        }
        return new PageRequest(p, capped);
    }

    /** The items before this page. */
    public int offset() {
        return page * size;
    }
}
