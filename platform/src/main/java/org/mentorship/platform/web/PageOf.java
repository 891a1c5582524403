package org.mentorship.platform.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of {@link Page}, for the OpenAPI document only: OpenAPI has no generics, so each list names
 * its page once, {@code @Schema(name = "ApplicationPage") class ApplicationPage extends PageOf<ApplicationDto>},
 * and every page of every service has exactly these four fields (PageOfTest holds them to {@link Page}'s).
 */
public abstract class PageOf<T> {

    @Schema(required = true, maxItems = Page.MAX_SIZE, description = "This page's items, at most size of them")
    public List<T> items;

    @Schema(required = true, minimum = "0", maximum = "2147483647", description = "The page number, counting from 0")
    public int page;

    @Schema(required = true, minimum = "1", maximum = "" + Page.MAX_SIZE, description = "The page size (capped)")
    public int size;

    @Schema(
            required = true,
            minimum = "0",
            maximum = "9223372036854775807",
            description = "How many items match in all")
    public long total;
}
