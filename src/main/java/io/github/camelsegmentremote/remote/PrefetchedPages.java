package io.github.camelsegmentremote.remote;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import io.github.camelsegmentremote.client.Page;

/**
 * A list's pages with the next one read ahead on another thread: while the route works on one page (the polling
 * consumer with {@code pageExchanges}), the next is on its way, so a poll takes about as long as the slower of the
 * two rather than both. Pages are still read one after the other, in order; a failed read fails the iteration.
 */
final class PrefetchedPages implements Iterable<Page> {

    private final Iterable<Page> pages;
    private final ExecutorService executor;

    PrefetchedPages(Iterable<Page> pages, ExecutorService executor) {
        this.pages = pages;
        this.executor = executor;
    }

    @Override
    public Iterator<Page> iterator() {
        Iterator<Page> source = pages.iterator();
        return new Iterator<>() {
            private Future<Page> next = fetch();

            private Future<Page> fetch() {
                return source.hasNext() ? executor.submit(source::next) : null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Page next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Page page;
                try {
                    page = next.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    next.cancel(true);
                    next = null;
                    throw new IllegalStateException("interrupted while reading the next page", e);
                } catch (ExecutionException e) {
                    next = null;
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
                next = fetch();
                return page;
            }
        };
    }
}
