package cn.scorecard.core.court;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The court hierarchy of one data set, indexed 0..n-1 in the order given. */
public final class Courts {
    private final List<Court> courts;
    private final Map<String, Integer> indexByCode = new HashMap<>();
    private final List<List<Integer>> children = new ArrayList<>();
    private final int[] parent;

    public Courts(List<Court> courts) {
        this.courts = List.copyOf(courts);
        for (int i = 0; i < this.courts.size(); i++) {
            Court c = this.courts.get(i);
            if (indexByCode.put(c.code(), i) != null) {
                throw new IllegalArgumentException("法院代码重复: " + c.code());
            }
            children.add(new ArrayList<>());
        }
        parent = new int[this.courts.size()];
        for (int i = 0; i < this.courts.size(); i++) {
            Court c = this.courts.get(i);
            parent[i] = -1;
            if (c.hasParent()) {
                Integer p = indexByCode.get(c.parentCode());
                if (p == null) {
                    throw new IllegalArgumentException("法院 " + c.code() + " 的上级法院 " + c.parentCode() + " 不存在");
                }
                if (this.courts.get(p).level().ordinal() + 1 != c.level().ordinal()) {
                    throw new IllegalArgumentException("法院 " + c.code() + " 的上级法院 " + c.parentCode() + " 层级不符");
                }
                parent[i] = p;
                children.get(p).add(i);
            }
        }
    }

    public int size() {
        return courts.size();
    }

    public Court get(int index) {
        return courts.get(index);
    }

    public List<Court> all() {
        return courts;
    }

    /** Index of a court code, or -1. */
    public int indexOf(String code) {
        Integer i = indexByCode.get(code);
        return i == null ? -1 : i;
    }

    public int parentOf(int index) {
        return parent[index];
    }

    public List<Integer> childrenOf(int index) {
        return Collections.unmodifiableList(children.get(index));
    }

    /** Every court below, depth first: each child, then the courts below it (the order the subordinate metrics list). */
    public List<Integer> descendantsOf(int index) {
        List<Integer> out = new java.util.ArrayList<>();
        addDescendants(index, out);
        return out;
    }

    private void addDescendants(int index, List<Integer> out) {
        for (int child : children.get(index)) {
            out.add(child);
            addDescendants(child, out);
        }
    }
}
