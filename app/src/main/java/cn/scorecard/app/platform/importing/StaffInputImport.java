package cn.scorecard.app.platform.importing;

import cn.scorecard.app.platform.store.RowValues;
import cn.scorecard.app.platform.store.Table;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.io.DataImportException;
import cn.scorecard.core.io.ImportError;
import cn.scorecard.core.io.Rows;
import cn.scorecard.core.io.TableInput;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffInputsReader;
import cn.scorecard.core.staff.StaffRuleSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The staff-assessment tables of an import (考核事件, 结案指标, 一票否决, 书记员季度考评): checked by the core's
 * {@link StaffInputsReader} against the roster of the database and of this import, then written. They are a
 * few thousand rows at most, so each table is handed to the reader as CSV text (a workbook sheet too).
 */
final class StaffInputImport {
    private final StaffRuleSet rules;
    private final List<StaffMember> roster = new ArrayList<>();

    StaffInputImport(StaffRuleSet rules, Map<String, StaffRole> stored, List<Rows.Staff> imported) {
        this.rules = rules;
        Map<String, StaffRole> roles = new LinkedHashMap<>(stored);
        for (Rows.Staff s : imported) roles.put(s.id(), s.role());
        roles.forEach((id, role) -> roster.add(new StaffMember(id, id, -1, role, null, null, false, true, null, null)));
    }

    /** Checks the tables; writes them through the sink when the sink may write. Returns the errors. */
    List<ImportError> run(Map<String, TableInput> tables, StoreSink sink, boolean write) {
        Map<String, byte[]> files = new HashMap<>();
        List<ImportError> errors = new ArrayList<>();
        for (Map.Entry<String, TableInput> e : tables.entrySet()) {
            try {
                files.put(e.getKey(), csv(e.getValue()));
            } catch (IOException | RuntimeException ex) {
                errors.add(new ImportError(e.getValue().file(), e.getValue().sheet(), 0, null, null, "无法读取文件：" + ex.getMessage()));
            }
        }
        StaffInputs inputs;
        try {
            inputs = new StaffInputsReader(rules, roster).read(files);
        } catch (DataImportException ex) {
            for (ImportError err : ex.errors()) {
                TableInput t = tables.get(err.file());
                errors.add(t == null ? err : new ImportError(t.file(), t.sheet(), err.row(), err.column(), err.value(), err.reason()));
            }
            return errors;
        }
        if (errors.isEmpty() && write) write(inputs, tables, sink);
        return errors;
    }

    private void write(StaffInputs inputs, Map<String, TableInput> tables, StoreSink sink) {
        if (tables.containsKey(StaffInputsReader.INCIDENTS)) {
            sink.begin(Table.INCIDENT);
            for (StaffInputs.Incident i : inputs.incidents()) sink.put(Table.INCIDENT, RowValues.of(i, id(i.staff()), sink.seq(Table.INCIDENT)));
            sink.end(Table.INCIDENT);
        }
        if (tables.containsKey(StaffInputsReader.QUOTAS)) {
            sink.begin(Table.QUOTA);
            for (StaffInputs.ClosureQuota q : inputs.quotas()) sink.put(Table.QUOTA, RowValues.of(q, id(q.staff()), sink.seq(Table.QUOTA)));
            sink.end(Table.QUOTA);
        }
        if (tables.containsKey(StaffInputsReader.VETOES)) {
            sink.begin(Table.VETO);
            for (StaffInputs.VetoRecord v : inputs.vetoes()) sink.put(Table.VETO, RowValues.of(v, id(v.staff()), sink.seq(Table.VETO)));
            sink.end(Table.VETO);
        }
        if (tables.containsKey(StaffInputsReader.CLERK_EVALUATIONS)) {
            sink.begin(Table.CLERK_EVALUATION);
            for (StaffInputs.ClerkEvaluation e : inputs.clerkEvaluations()) {
                sink.put(Table.CLERK_EVALUATION, RowValues.of(e, id(e.staff()), sink.seq(Table.CLERK_EVALUATION)));
            }
            sink.end(Table.CLERK_EVALUATION);
        }
    }

    private String id(int staff) {
        return roster.get(staff).id();
    }

    /** The table as CSV text; rows a sheet skips are written as empty rows so that row numbers stay. */
    static byte[] csv(TableInput t) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter out = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            long[] next = {1};
            IOException[] failure = {null};
            t.rows((number, cells) -> {
                try {
                    for (; next[0] < number; next[0]++) out.printRecord("", "");
                    out.printRecord((Object[]) cells);
                    next[0] = number + 1;
                    return true;
                } catch (IOException e) {
                    failure[0] = e;
                    return false;
                }
            });
            if (failure[0] != null) throw failure[0];
        }
        return bytes.toByteArray();
    }
}
