package dev.hourglass.store;

import dev.hourglass.model.plan.MonthlyRetention;
import dev.hourglass.model.plan.NewArrRule;
import dev.hourglass.model.plan.PlanGoal;
import dev.hourglass.model.plan.PlanInputs;
import dev.hourglass.model.plan.PlanMonth;
import dev.hourglass.model.plan.PlanNote;
import dev.hourglass.model.plan.PlanReport;
import dev.hourglass.model.plan.PlanTotals;
import dev.hourglass.model.plan.RevenuePlan;
import dev.hourglass.model.plan.RevenuePlanner;
import dev.hourglass.model.plan.SourceFunnel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The plan_version tables (format 8): saved revenue plans with their inputs, sources, notes and months. */
final class PlanVersionTable {
    private PlanVersionTable() {
    }

    static long insert(Connection c, String name, String scenario, PlanReport report, Instant savedAt)
            throws SQLException {
        PlanInputs in = report.inputs();
        long id;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO plan_version (name, saved_at, scenario, "
                + "start_month, months, opening_arr, monthly_churn, monthly_contraction, monthly_expansion, "
                + "sales_cycle_months, required_coverage, acv, cac, productivity_per_seller, post_sale_share, goal, "
                + "goal_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, name);
            insert.setString(2, savedAt.toString());
            insert.setString(3, scenario);
            insert.setInt(4, monthIndex(in.start()));
            insert.setInt(5, in.months());
            insert.setDouble(6, in.openingArr());
            insert.setDouble(7, in.retention().churn());
            insert.setDouble(8, in.retention().contraction());
            insert.setDouble(9, in.retention().expansion());
            insert.setInt(10, in.salesCycleMonths());
            insert.setDouble(11, in.requiredCoverage());
            insert.setDouble(12, in.acv());
            setOptional(insert, 13, in.cac());
            setOptional(insert, 14, in.productivityPerSeller());
            insert.setDouble(15, in.postSaleShare());
            insert.setString(16, goalKind(report.goal()));
            insert.setDouble(17, goalValue(report.goal()));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        try (PreparedStatement source = c.prepareStatement("INSERT INTO plan_version_source VALUES (?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)")) {
            for (int i = 0; i < in.sources().size(); i++) {
                SourceFunnel s = in.sources().get(i);
                source.setLong(1, id);
                source.setInt(2, i);
                source.setString(3, s.source());
                source.setDouble(4, s.customerShare());
                setOptional(source, 5, s.leadToMql());
                setOptional(source, 6, s.mqlToSql());
                setOptional(source, 7, s.sqlToSal());
                setOptional(source, 8, s.salToWon());
                setOptional(source, 9, s.costPerLead());
                source.addBatch();
            }
            source.executeBatch();
        }
        try (PreparedStatement note = c.prepareStatement("INSERT INTO plan_version_note VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < report.notes().size(); i++) {
                note.setLong(1, id);
                note.setInt(2, i);
                note.setString(3, report.notes().get(i).rate());
                note.setString(4, PlanNoteColumn.write(report.notes().get(i)));
                note.addBatch();
            }
            note.executeBatch();
        }
        try (PreparedStatement month = c.prepareStatement("INSERT INTO plan_version_month VALUES (?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PlanMonth m : report.plan().months()) {
                month.setLong(1, id);
                month.setInt(2, monthIndex(m.month()));
                double[] figures = {m.openingArr(), m.churned(), m.contracted(), m.expanded(), m.newArr(),
                    m.closingArr(), m.bookings(), m.pipelineCreated(), m.sals(), m.sqls(), m.mqls(), m.leads(),
                    m.acquisitionSpend(), m.postSaleSpend(), m.sellers()};
                for (int i = 0; i < figures.length; i++) {
                    if (Double.isNaN(figures[i])) {
                        month.setNull(3 + i, Types.REAL);
                    } else {
                        month.setDouble(3 + i, figures[i]);
                    }
                }
                month.addBatch();
            }
            month.executeBatch();
        }
        return id;
    }

    /** Every saved plan, oldest first. */
    static List<PlanVersion> all(Connection c) throws SQLException {
        List<PlanVersion> versions = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, name, saved_at, scenario, start_month, months, "
                + "opening_arr, monthly_churn, monthly_contraction, monthly_expansion, sales_cycle_months, "
                + "required_coverage, acv, cac, productivity_per_seller, post_sale_share, goal, goal_value "
                + "FROM plan_version ORDER BY id");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                long id = row.getLong(1);
                PlanInputs in = new PlanInputs(yearMonth(row.getInt(5)), row.getInt(6), row.getDouble(7),
                        new MonthlyRetention(row.getDouble(8), row.getDouble(9), row.getDouble(10)), row.getInt(11),
                        row.getDouble(12), row.getDouble(13), sources(c, id), optional(row, 14), optional(row, 15),
                        row.getDouble(16));
                PlanGoal goal = goal(row.getString(17), row.getDouble(18));
                RevenuePlan plan = months(c, id);
                PlanReport report = new PlanReport(in, goal, newArrRule(plan), plan, RevenuePlanner.sources(in, plan),
                        RevenuePlanner.pipelineBeforeStart(in, plan), notes(c, id));
                versions.add(new PlanVersion(id, row.getString(2), Instant.parse(row.getString(3)), row.getString(4),
                        report));
            }
        }
        return versions;
    }

    private static List<SourceFunnel> sources(Connection c, long id) throws SQLException {
        List<SourceFunnel> sources = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT source, customer_share, lead_to_mql, mql_to_sql, "
                + "sql_to_sal, sal_to_won, cost_per_lead FROM plan_version_source WHERE plan_id = ? ORDER BY position")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    sources.add(new SourceFunnel(row.getString(1), row.getDouble(2), optional(row, 3), optional(row, 4),
                            optional(row, 5), optional(row, 6), optional(row, 7)));
                }
            }
        }
        return sources;
    }

    private static List<PlanNote> notes(Connection c, long id) throws SQLException {
        List<PlanNote> notes = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT rate, origin FROM plan_version_note WHERE plan_id = ? "
                + "ORDER BY position")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    notes.add(PlanNoteColumn.read(row.getString(1), row.getString(2)));
                }
            }
        }
        return notes;
    }

    private static RevenuePlan months(Connection c, long id) throws SQLException {
        List<PlanMonth> months = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT * FROM plan_version_month WHERE plan_id = ? "
                + "ORDER BY month")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    double[] f = new double[15];
                    for (int i = 0; i < f.length; i++) {
                        f[i] = row.getDouble(3 + i);
                        if (row.wasNull()) {
                            f[i] = Double.NaN;
                        }
                    }
                    months.add(new PlanMonth(yearMonth(row.getInt(2)), f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7],
                            f[8], f[9], f[10], f[11], f[12], f[13], f[14]));
                }
            }
        }
        double newArr = 0;
        double spend = 0;
        double leads = 0;
        for (PlanMonth m : months) {
            newArr += m.newArr();
            spend += m.acquisitionSpend();
            leads += m.leads();
        }
        return new RevenuePlan(months, new PlanTotals(newArr, spend, leads));
    }

    /**
     * The new ARR rule the saved months follow (not stored: the months show it): the same amount every month, or
     * the same share of each month's opening ARR.
     */
    private static NewArrRule newArrRule(RevenuePlan plan) {
        List<PlanMonth> months = plan.months();
        if (months.isEmpty()) {
            return NewArrRule.flat(0);
        }
        PlanMonth first = months.get(0);
        boolean flat = months.size() < 2 || first.openingArr() == 0
                || Math.abs(months.get(1).newArr() - first.newArr()) <= 1e-9 * Math.max(1, first.newArr());
        return flat ? NewArrRule.flat(first.newArr()) : new NewArrRule(0, first.newArr() / first.openingArr());
    }

    private static String goalKind(PlanGoal goal) {
        if (goal instanceof PlanGoal.TargetArr) {
            return "targetArr";
        }
        return goal instanceof PlanGoal.Growth ? "growth" : "budget";
    }

    private static double goalValue(PlanGoal goal) {
        if (goal instanceof PlanGoal.TargetArr t) {
            return t.arr();
        }
        return goal instanceof PlanGoal.Growth g ? g.share() : ((PlanGoal.Budget) goal).total();
    }

    private static PlanGoal goal(String kind, double value) {
        return switch (kind) {
            case "targetArr" -> new PlanGoal.TargetArr(value);
            case "growth" -> new PlanGoal.Growth(value);
            default -> new PlanGoal.Budget(value);
        };
    }

    private static void setOptional(PreparedStatement statement, int index, OptionalDouble value) throws SQLException {
        if (value.isPresent()) {
            statement.setDouble(index, value.getAsDouble());
        } else {
            statement.setNull(index, Types.REAL);
        }
    }

    private static OptionalDouble optional(ResultSet row, int index) throws SQLException {
        double value = row.getDouble(index);
        return row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static int monthIndex(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static YearMonth yearMonth(int index) {
        return YearMonth.of(index / 12, index % 12 + 1);
    }
}
