package org.mentorship.platform.web;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * One page of a list, the same shape in every service: {@code page} counts from 0, {@code size} is capped at
 * {@link #MAX_SIZE}, {@code total} counts every match.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    /** Runs the query for one page (page and size clamped to what is allowed) and maps its rows. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, int page, int size, Function<E, T> map) {
        int p = Math.max(page, 0);
        int s = Math.min(Math.max(size, 1), MAX_SIZE);
        List<T> items = query.page(io.quarkus.panache.common.Page.of(p, s)).list().stream().map(map).toList();
        return new Page<>(items, p, s, query.count());
    }

    /** A page of a list already in memory (small lists, e.g. a plan's milestones). */
    public static <T> Page<T> slice(List<T> all, int page, int size) {
        int p = Math.max(page, 0);
        int s = Math.min(Math.max(size, 1), MAX_SIZE);
        int from = (int) Math.min((long) p * s, all.size());
        return new Page<>(all.subList(from, Math.min(from + s, all.size())), p, s, all.size());
    }

    /** Every item as one page. */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, 0, items.size(), items.size());
    }
}
