package org.mentorship.application.rest;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list: {@code page} starts at 0, {@code total} counts every match. */
public record PageDto<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageDto<T> of(PanacheQuery<E> query, int page, int size, Function<E, T> map) {
        return new PageDto<>(query.list().stream().map(map).toList(), page, size, query.count());
    }
}
