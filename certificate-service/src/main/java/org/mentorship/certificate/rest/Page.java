package org.mentorship.certificate.rest;

import java.util.List;
import java.util.function.Function;

import org.mentorship.certificate.service.Slice;

/** One page of a list: {@code page} counts from 0, {@code size} is capped at {@link #MAX_SIZE}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public static <E, T> Page<T> of(Slice<E> slice, int page, int size, Function<E, T> map) {
        return new Page<>(slice.items().stream().map(map).toList(), page, size, slice.total());
    }
}
