package org.custodian.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results with the total, enough for a pager.
 */
public record Page<T>(List<T> content, int page, int size, long total) {

    public Page {
        content = List.copyOf(content);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(content.stream().map(mapper).toList(), page, size, total);
    }
}
