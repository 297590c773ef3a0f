package cn.scorecard.core.staff;

import java.util.List;

/** A rule-set file that cannot be used, with every problem found (each naming the item and what is wrong). */
public class StaffRuleSetException extends RuntimeException {
    private final String file;
    private final List<String> problems;

    public StaffRuleSetException(String file, List<String> problems) {
        super(file + ": " + String.join("\n" + file + ": ", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }
}
