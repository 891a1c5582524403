package org.mentorship.certificate.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.mentorship.platform.web.Page;
import org.mentorship.platform.web.PageRequest;

/** One page of a query's results (entities or views, before the resource maps them to DTOs) and its total count. */
public record Slice<T>(List<T> items, PageRequest page, long total) {

    public static <E, T> Slice<T> of(PanacheQuery<E> query, PageRequest page, Function<E, T> map) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(map)
                .toList();
        return new Slice<>(items, page, query.count());
    }

    /** The page a client sees: these items mapped to their DTOs. */
    public <R> Page<R> toPage(Function<T, R> map) {
        return Page.of(items.stream().map(map).toList(), page, total);
    }
}
