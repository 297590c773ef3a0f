package cn.scorecard.core.catalog;

/**
 * A catalog file that cannot be used: unreadable YAML, an unknown key, a wrong weight sum, an unknown metric …
 * The message names the file, the indicator code (when the problem belongs to one) and what is wrong.
 */
public class CatalogValidationException extends RuntimeException {
    private final String file;
    private final String code;
    private final String problem;

    public CatalogValidationException(String file, String code, String problem) {
        this(file, code, problem, null);
    }

    public CatalogValidationException(String file, String code, String problem, Throwable cause) {
        super(file + ": " + (code == null ? "" : "指标 " + code + ": ") + problem, cause);
        this.file = file;
        this.code = code;
        this.problem = problem;
    }

    /** The file (or classpath resource) the problem was found in. */
    public String file() {
        return file;
    }

    /** The indicator code, or null when the problem is not about one indicator. */
    public String code() {
        return code;
    }

    /** What is wrong, without the file and code. */
    public String problem() {
        return problem;
    }
}
