package io.github.camelsegmentremote.client;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The items of a list call across all its pages, fetched lazily: a page is requested only when the iteration
 * reaches it, and only one page is held at a time. Each {@link #iterator()} starts again from the first page.
 */
public final class PagedIterable implements Iterable<JsonNode> {

    private final ApiClient client;
    private final Pagination pagination;
    private final ApiRequest first;

    PagedIterable(ApiClient client, Pagination pagination, ApiRequest first) {
        this.client = client;
        this.pagination = pagination;
        this.first = first;
    }

    /** The first page only. */
    public Page firstPage() {
        return fetch(first, 1);
    }

    /** The pages, fetched one at a time as iterated. */
    public Iterable<Page> pages() {
        return PageIterator::new;
    }

    /**
     * The items of {@code page}, already fetched (by {@link #firstPage()}, say), then those of the pages after it,
     * fetched lazily as the iteration reaches them.
     */
    public Iterable<JsonNode> from(Page page) {
        return () -> items(new PageIterator(page));
    }

    @Override
    public Iterator<JsonNode> iterator() {
        return items(new PageIterator());
    }

    private static Iterator<JsonNode> items(Iterator<Page> pages) {
        return new Iterator<>() {
            private Iterator<JsonNode> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pages.hasNext()) {
                    current = pages.next().items().iterator();
                }
                return current.hasNext();
            }

            @Override
            public JsonNode next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    public Stream<JsonNode> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    private Page fetch(ApiRequest request, int ordinal) {
        Page page = pagination.read(client.execute(request));
        return page.number() > 0 ? page
                : new Page(page.items(), page.next(), ordinal, page.totalPages(), page.totalCount(), page.cursor());
    }

    private final class PageIterator implements Iterator<Page> {
        private ApiRequest next;
        private int ordinal;
        private Page fetched;

        PageIterator() {
            this.next = first;
        }

        /** Starts with a page already fetched, then continues after it. */
        PageIterator(Page start) {
            this.fetched = start;
            this.next = start.next();
            this.ordinal = start.number();
        }

        @Override
        public boolean hasNext() {
            return fetched != null || next != null;
        }

        @Override
        public Page next() {
            if (fetched != null) {
                Page page = fetched;
                fetched = null;
                return page;
            }
            if (next == null) {
                throw new NoSuchElementException();
            }
            Page page = fetch(next, ++ordinal);
            if (page.next() != null && page.next().pathAndQuery().equals(next.pathAndQuery())) {
                throw new IllegalStateException("the API answered " + next.operation()
                        + " with the same page again; stopping to avoid an endless loop");
            }
            next = page.next();
            return page;
        }
    }
}
