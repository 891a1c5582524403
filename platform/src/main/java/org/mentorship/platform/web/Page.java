package org.mentorship.platform.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the same shape in every service: {@code page} counts from 0, {@code size} is capped at
 * {@link #MAX_SIZE}, {@code total} counts every match. What a caller may ask for is {@link PageRequest}'s rule.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    /** Runs the query for one page and maps its rows. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest page, Function<E, T> map) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(map)
                .toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }

    /** A page of rows the caller fetched for it (e.g. with its own SQL), and the count of every match. */
    public static <T> Page<T> of(List<T> items, PageRequest page, long total) {
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** A page of a list already in memory (small lists, e.g. a plan's milestones). */
    public static <T> Page<T> slice(List<T> all, PageRequest page) {
        int from = Math.min(page.offset(), all.size());
        return new Page<>(
                all.subList(from, Math.min(from + page.size(), all.size())), page.page(), page.size(), all.size());
    }

    /** The same page with each item mapped (e.g. a service's entities to the resource's DTOs). */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Every item as one page. */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, 0, items.size(), items.size());
    }
}
