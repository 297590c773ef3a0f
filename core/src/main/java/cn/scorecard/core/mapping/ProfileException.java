package cn.scorecard.core.mapping;

import java.util.List;

/** A profile that cannot be used, with every problem found in it (in Chinese, each saying where). */
public class ProfileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ProfileException(String source, List<String> problems) {
        super("导入配置 " + source + " 有 " + problems.size() + " 处错误：\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
