package cn.scorecard.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links to the page being shown with one parameter changed (the view switch, a list's sort, page size and page),
 * so a template need not rebuild every parameter of its own address. Templates call it as {@code @links}; the
 * address is the request's path and query, without scheme and host.
 */
@Component("links")
public class PageLinks {

    /** This page with {@code name} set to {@code value} (removed when the value is null or empty). */
    public String with(String name, Object value) {
        return builder(name, value).build().toUriString();
    }

    /** This page with {@code name} set and back on its first page (a new sort or filter starts from the top). */
    public String restart(String name, Object value) {
        return builder(name, value).replaceQueryParam("page").build().toUriString();
    }

    /** This page sorted by a column: the other order when it is the sorted one, from the first page. */
    public String sorted(ListState list, String key) {
        return builder("sort", key).replaceQueryParam("dir", list.nextDir(key)).replaceQueryParam("page").build().toUriString();
    }

    /**
     * The parameters of this page other than {@code except}, as name and value pairs: the hidden fields of a form that
     * changes some parameters and must keep the others (a list's search keeps the court and the month).
     */
    public List<String[]> hidden(String... except) {
        List<String> skip = List.of(except);
        List<String[]> out = new ArrayList<>();
        request().getParameterMap().forEach((name, values) -> {
            if (skip.contains(name)) return;
            for (String v : values) if (v != null && !v.isEmpty()) out.add(new String[] {name, v});
        });
        return out;
    }

    /** This page at another path (a download of the same list), with the same parameters. */
    public String at(String path) {
        HttpServletRequest request = request();
        String query = request.getQueryString();
        return request.getContextPath() + path + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private static UriComponentsBuilder builder(String name, Object value) {
        HttpServletRequest request = request();
        String query = request.getQueryString();
        UriComponentsBuilder b = UriComponentsBuilder.fromUriString(request.getRequestURI()
                + (query == null || query.isEmpty() ? "" : "?" + query));
        String v = value == null ? "" : value.toString();
        return v.isEmpty() ? b.replaceQueryParam(name)
                : b.replaceQueryParam(name, UriUtils.encodeQueryParam(v, StandardCharsets.UTF_8));
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
