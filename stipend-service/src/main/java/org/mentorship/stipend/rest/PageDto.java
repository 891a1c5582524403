package org.mentorship.stipend.rest;

import java.util.List;

/** One page of a list: {@code page} is 0-based, {@code size} capped by the service. */
public record PageDto<T>(List<T> items, int page, int size, long total) {
}
