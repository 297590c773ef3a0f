package cn.scorecard.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.AppTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Keyboard and contrast (WCAG 2.1 AA) on the pages each role works on: every text has a contrast of at least 4.5:1
 * with what is behind it (3:1 when large), every form field has a name, every action is a link with an address or a
 * button, and the keyboard's focus is always visible.
 */
@AppTest
class AccessibilityBrowserTest {
    /**
     * For every visible text of the page: its colour against the background painted behind it (the element's and its
     * ancestors' backgrounds and Bootstrap's inset box-shadows, composited), as “ratio · text · selector”, when below
     * the WCAG AA minimum. Texts over a gradient or an image are left out (the navigation's red is checked apart).
     */
    static final String CONTRAST = """
            function rgba(s) { var m = s.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
              var p = m[1].split(',').map(function (x) { return parseFloat(x); }); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; }
            function over(top, under) { var a = top.a + under.a * (1 - top.a); if (a === 0) return {r: 0, g: 0, b: 0, a: 0};
              return {r: (top.r * top.a + under.r * under.a * (1 - top.a)) / a, g: (top.g * top.a + under.g * under.a * (1 - top.a)) / a,
                      b: (top.b * top.a + under.b * under.a * (1 - top.a)) / a, a: a}; }
            function lum(c) { function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
              return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b); }
            function layers(el) { var out = []; for (var e = el; e && e.nodeType === 1; e = e.parentElement) {
                var st = getComputedStyle(e); if (st.backgroundImage !== 'none') return null;
                var shadow = st.boxShadow; if (shadow && shadow.indexOf('inset') >= 0) { var c = rgba(shadow); if (c && c.a > 0) out.push(c); }
                var bg = rgba(st.backgroundColor); if (bg && bg.a > 0) out.push(bg);
                if (bg && bg.a >= 1) return out; }
              out.push({r: 255, g: 255, b: 255, a: 1}); return out; }
            function behind(el) { var ls = layers(el); if (!ls) return null; var c = ls[ls.length - 1];
              for (var i = ls.length - 2; i >= 0; i--) c = over(ls[i], c); return c; }
            var bad = [];
            var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            var seen = new Set();
            while (walker.nextNode()) {
              var t = walker.currentNode; if (!t.textContent.trim()) continue;
              var el = t.parentElement; if (seen.has(el)) continue; seen.add(el);
              if (el.closest('.app-nav, .skip-link, [hidden], [aria-hidden=true], .disabled, :disabled, option, select, .chart')) continue;
              var r = el.getBoundingClientRect(); if (r.width === 0 || r.height === 0) continue;
              var st = getComputedStyle(el); if (st.visibility === 'hidden' || parseFloat(st.opacity) === 0) continue;
              var back = behind(el); if (!back) continue;
              var fg = over(rgba(st.color), back);
              var l1 = lum(fg), l2 = lum(back); var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
              var size = parseFloat(st.fontSize), weight = parseInt(st.fontWeight, 10);
              var large = size >= 24 || (size >= 18.66 && weight >= 700);
              if (ratio < (large ? 3 : 4.5) - 0.005) bad.push(ratio.toFixed(2) + ' · ' + t.textContent.trim().slice(0, 30)
                  + ' · ' + el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().replace(/\\s+/g, '.') : ''));
            }
            return bad;
            """;

    /** Form fields without a name a screen reader can say, links without an address, clickable things that are not buttons. */
    static final String KEYBOARD = """
            var bad = [];
            document.querySelectorAll('input, select, textarea').forEach(function (f) {
              if (f.type === 'hidden' || f.type === 'submit' || f.type === 'button') return;
              var named = f.getAttribute('aria-label') || f.getAttribute('aria-labelledby') || f.title || f.closest('label')
                  || (f.id && document.querySelector('label[for="' + f.id + '"]'));
              if (!named) bad.push('无标签的输入框 ' + (f.name || f.id) + ' ' + f.outerHTML.slice(0, 80));
            });
            document.querySelectorAll('a').forEach(function (a) { if (!a.hasAttribute('href')) bad.push('无地址的链接 ' + a.outerHTML.slice(0, 80)); });
            document.querySelectorAll('[onclick], div[data-tree-toggle], span[data-tree-toggle], th[data-sort]:not(:has(button))')
              .forEach(function (e) { bad.push('不能用键盘操作 ' + e.outerHTML.slice(0, 80)); });
            return bad;
            """;

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(WebDriver d, String script) {
        return (List<String>) Browser.script(script);
    }

    private List<String> check(String user, String... paths) {
        Browser.login(base(), user, "demo2026");
        WebDriver d = Browser.driver();
        List<String> found = new ArrayList<>();
        for (String path : paths) {
            Browser.open(d, base() + path);
            for (String p : problems(d, CONTRAST)) found.add(path + " 对比度 " + p);
            for (String p : problems(d, KEYBOARD)) found.add(path + " " + p);
        }
        return found;
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        Browser.login(base(), "assessor", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base() + "/evaluation/ranking?level=BASIC&year=2025");
        Browser.script("var p = document.createElement('p'); p.textContent = '浅灰色的字'; p.style.color = '#aaa';"
                + " document.getElementById('main').prepend(p);"
                + " var i = document.createElement('input'); i.name = 'nameless'; document.getElementById('main').prepend(i);");
        assertThat(problems(d, CONTRAST)).anyMatch(p -> p.startsWith("2.32 · 浅灰色的字"));
        assertThat(problems(d, KEYBOARD)).anyMatch(p -> p.contains("nameless"));
    }

    @Test
    void everyTextHasEnoughContrastAndEveryFieldANameOnThePagesOfEachRole() {
        List<String> found = new ArrayList<>();
        found.addAll(check("assessor", "/evaluation/ranking?level=BASIC&year=2025", "/evaluation/courts/江0102?year=2025",
                "/evaluation/courts/江0102/indicators/B4.02.1/records?year=2025", "/evaluation/compare?a=江0102&b=mean",
                "/evidence?year=2025", "/evidence/江0102?year=2025", "/evidence/江0102/B1.01.1?year=2025", "/periods",
                "/import"));
        found.addAll(check("chengdong", "/evaluation/courts/江0102?year=2025", "/warnings?court=江0102", "/audit"));
        found.addAll(check("kaohe", "/staff/ranking?court=江0102&month=2025-06", "/staff/versions?court=江0102&month=2025-06",
                "/staff/records?court=江0102&month=2025-06", "/staff/objections"));
        found.addAll(check("sunxueyan", "/staff/me?month=2025-06", "/warnings", "/notifications"));
        found.addAll(check("admin", "/admin/users", "/audit"));
        assertThat(found).isEmpty();
    }

    @Test
    void theKeyboardReachesTheContentAndItsFocusIsVisible() {
        Browser.login(base(), "assessor", "demo2026");
        WebDriver d = Browser.driver();
        Browser.open(d, base() + "/evaluation/ranking?level=BASIC&year=2025");
        d.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = d.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("跳到正文");
        assertThat(skip.isDisplayed()).isTrue();
        skip.sendKeys(Keys.ENTER);
        assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        // on through the page: every focused control shows a ring
        for (int i = 0; i < 12; i++) {
            WebElement focused = d.switchTo().activeElement();
            focused.sendKeys(Keys.TAB);
            WebElement next = d.switchTo().activeElement();
            if (next.getTagName().equals("body")) break;
            assertThat(Browser.computed(next, "outline-style")).as("focus ring of " + next.getText()).isNotEqualTo("none");
        }
    }
}
