package org.custodian.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of results with the total, enough for a pager. On a large table the total may be counted only up to a
 * cap (counting a million rows for every page costs more than the page itself): {@code totalCapped} then says that
 * there are more than {@code total} results.
 */
public record Page<T>(List<T> content, int page, int size, long total, boolean totalCapped) {

    /** How many page links a numbered pager shows on each side of the current page. */
    private static final int NEIGHBOURS = 2;

    public Page {
        content = List.copyOf(content);
    }

    /** A page whose total is exact. */
    public Page(List<T> content, int page, int size, long total) {
        this(content, page, size, total, false);
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

    /**
     * The zero-based page numbers a numbered pager shows: the first, the current one with its neighbours, and the
     * last when the total is exact; {@code -1} stands for a gap ("…").
     */
    public List<Integer> pageNumbers() {
        var last = totalPages() - 1;
        var from = Math.max(0, page - NEIGHBOURS);
        var to = Math.min(last, page + NEIGHBOURS);
        var numbers = new ArrayList<Integer>();
        if (from > 0) {
            numbers.add(0);
            if (from > 1) {
                numbers.add(-1);
            }
        }
        for (var number = from; number <= to; number++) {
            numbers.add(number);
        }
        if (totalCapped) {
            numbers.add(-1);
        } else if (to < last) {
            if (to < last - 1) {
                numbers.add(-1);
            }
            numbers.add(last);
        }
        return numbers;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(content.stream().map(mapper).toList(), page, size, total, totalCapped);
    }
}
