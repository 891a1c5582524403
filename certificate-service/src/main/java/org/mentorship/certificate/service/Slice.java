package org.mentorship.certificate.service;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** One page of a query's results and the query's total count. */
public record Slice<T>(List<T> items, long total) {

    public static <E, T> Slice<T> of(PanacheQuery<E> query, int page, int size, Function<E, T> map) {
        List<T> items = query.page(Page.of(page, size)).list().stream().map(map).toList();
        return new Slice<>(items, query.count());
    }

    /** The page a client sees: these items mapped to their DTOs. */
    public <R> org.mentorship.platform.web.Page<R> toPage(int page, int size, Function<T, R> map) {
        return new org.mentorship.platform.web.Page<>(items.stream().map(map).toList(), page, size, total);
    }
}
