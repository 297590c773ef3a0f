package cn.scorecard.app.web;

import java.util.List;

/** A list after its controls: every matching row in order (for the export) and the rows of the page shown. */
public record Listing<T>(List<T> matching, List<T> rows, ListState state, List<ListColumn<T>> columns) {
}
