package cn.scorecard.app.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The controls every list page binds (see {@link ListSpec}): {@code q} the search text, {@code sort} a column's key,
 * {@code dir} asc or desc, {@code page} from 1, {@code size} rows per page. Bound and validated like every parameter:
 * a page of 0 or a size of 10000 is a 400 naming the parameter.
 */
public record ListQuery(@Size(max = 100) String q, @Pattern(regexp = "[A-Za-z0-9_]{0,40}") String sort,
                        @Pattern(regexp = "(asc|desc)?") String dir, @Min(1) Integer page, @Min(10) @Max(500) Integer size) {
    /** The page sizes the controls offer. */
    public static final int[] SIZES = {20, 50, 100, 200};

    public static ListQuery none() {
        return new ListQuery(null, null, null, null, null);
    }

    /** The search text, trimmed; null when empty. */
    public String text() {
        return q == null || q.isBlank() ? null : q.trim();
    }
}
