package dev.hourglass.store;

import dev.hourglass.model.EchoedText;
import dev.hourglass.model.scenario.Scenario;
import dev.hourglass.store.WorkbookException.Detail;
import dev.hourglass.store.WorkbookException.Reason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scenarios, their drafts and their saved history (tables scenario and scenario_version). */
final class ScenarioTable {
    private static final String COLUMNS = "id, name, description, position, inputs, modified_at, draft, draft_saved_at";

    private final Connection connection;
    private final ScenarioCodec codec;
    private final String fileName;

    ScenarioTable(Connection connection, ScenarioCodec codec, String fileName) {
        this.connection = connection;
        this.codec = codec;
        this.fileName = fileName;
    }

    ScenarioCodec codec() {
        return codec;
    }

    List<StoredScenario> all() throws SQLException, WorkbookException {
        List<StoredScenario> scenarios = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM scenario ORDER BY position, id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                scenarios.add(read(rows));
            }
        }
        return scenarios;
    }

    Optional<StoredScenario> byId(long id) throws SQLException, WorkbookException {
        return one("SELECT " + COLUMNS + " FROM scenario WHERE id = ?", id);
    }

    Optional<StoredScenario> byName(String name) throws SQLException, WorkbookException {
        return one("SELECT " + COLUMNS + " FROM scenario WHERE name = ?", name);
    }

    StoredScenario require(long id) throws SQLException, WorkbookException {
        return byId(id).orElseThrow(() -> new WorkbookException(Detail.NO_SUCH_SCENARIO,
                fileName + " has no scenario with id " + id, null, fileName, id));
    }

    /** A name not yet used: the wanted one, else "name (2)", "name (3)", … */
    String freeName(String wanted) throws SQLException, WorkbookException {
        String candidate = wanted;
        for (int n = 2; byName(candidate).isPresent(); n++) {
            candidate = Scenario.suffixedName(wanted, " (" + n + ")");
        }
        return candidate;
    }

    long insert(Scenario scenario, Instant now, String note) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scenario "
                + "(name, description, position, inputs, modified_at) VALUES (?, ?, "
                + "(SELECT coalesce(max(position), -1) + 1 FROM scenario), ?, ?)")) {
            insert.setString(1, scenario.name());
            insert.setString(2, scenario.description());
            insert.setString(3, codec.encode(scenario));
            insert.setString(4, now.toString());
            insert.executeUpdate();
        }
        id = lastRowId();
        addVersion(id, scenario, now, note);
        return id;
    }

    void save(long id, Scenario scenario, Instant now, String note) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE scenario SET name = ?, description = ?, "
                + "inputs = ?, modified_at = ?, draft = NULL, draft_saved_at = NULL WHERE id = ?")) {
            update.setString(1, scenario.name());
            update.setString(2, scenario.description());
            update.setString(3, codec.encode(scenario));
            update.setString(4, now.toString());
            update.setLong(5, id);
            update.executeUpdate();
        }
        addVersion(id, scenario, now, note);
    }

    void saveDraft(long id, Scenario draft, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE scenario SET draft = ?, draft_saved_at = ? WHERE id = ?")) {
            update.setString(1, codec.encode(draft));
            update.setString(2, now.toString());
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    void discardDraft(long id) throws SQLException {
        update("UPDATE scenario SET draft = NULL, draft_saved_at = NULL WHERE id = ?", id);
    }

    void delete(long id) throws SQLException {
        update("DELETE FROM scenario WHERE id = ?", id);
        renumber();
    }

    /** Moves a scenario to a place in the navigator (0 = first), shifting the others. */
    void move(long id, int position) throws SQLException, WorkbookException {
        List<StoredScenario> order = new ArrayList<>(all());
        StoredScenario moving = order.stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new WorkbookException(Detail.NO_SUCH_SCENARIO,
                        fileName + " has no scenario with id " + id, null, fileName, id));
        order.remove(moving);
        order.add(Math.max(0, Math.min(position, order.size())), moving);
        try (PreparedStatement update = connection.prepareStatement("UPDATE scenario SET position = ? WHERE id = ?")) {
            for (int i = 0; i < order.size(); i++) {
                update.setInt(1, i);
                update.setLong(2, order.get(i).id());
                update.executeUpdate();
            }
        }
    }

    List<ScenarioVersion> history(long id) throws SQLException {
        List<ScenarioVersion> versions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, saved_at, note FROM scenario_version "
                + "WHERE scenario_id = ? ORDER BY id DESC")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(new ScenarioVersion(rows.getLong(1), id, Instant.parse(rows.getString(2)),
                            rows.getString(3)));
                }
            }
        }
        return versions;
    }

    Scenario version(long versionId) throws SQLException, WorkbookException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT v.inputs, s.name, s.description FROM scenario_version v JOIN scenario s ON s.id = v.scenario_id "
                        + "WHERE v.id = ?")) {
            select.setLong(1, versionId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new WorkbookException(Detail.NO_SUCH_VERSION, fileName + " has no saved version " + versionId,
                            null, fileName, versionId);
                }
                return decode(rows.getString(1), rows.getString(2)).withName(rows.getString(2));
            }
        }
    }

    /**
     * Writes every scenario text again (inputs, draft, saved versions) as the codec writes it now, so an upgraded
     * workbook holds one format. A text the codec cannot read is left as it was: reading that scenario reports it,
     * as it would have before the upgrade, and nothing else is held back by it.
     */
    void rewriteInputs() throws SQLException {
        rewrite("SELECT id, inputs FROM scenario", "UPDATE scenario SET inputs = ? WHERE id = ?");
        rewrite("SELECT id, draft FROM scenario WHERE draft IS NOT NULL", "UPDATE scenario SET draft = ? WHERE id = ?");
        rewrite("SELECT id, inputs FROM scenario_version", "UPDATE scenario_version SET inputs = ? WHERE id = ?");
    }

    private void rewrite(String select, String update) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(select); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
                texts.add(rows.getString(2));
            }
        }
        try (PreparedStatement write = connection.prepareStatement(update)) {
            for (int i = 0; i < ids.size(); i++) {
                String rewritten;
                try {
                    rewritten = codec.encode(codec.decode(texts.get(i)));
                } catch (RuntimeException unreadable) {
                    continue;
                }
                write.setString(1, rewritten);
                write.setLong(2, ids.get(i));
                write.executeUpdate();
            }
        }
    }

    private void addVersion(long id, Scenario scenario, Instant now, String note) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO scenario_version (scenario_id, saved_at, note, inputs) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, now.toString());
            insert.setString(3, note == null ? "" : note);
            insert.setString(4, codec.encode(scenario));
            insert.executeUpdate();
        }
    }

    private void renumber() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM scenario ORDER BY position, id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE scenario SET position = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                update.setInt(1, i);
                update.setLong(2, ids.get(i));
                update.executeUpdate();
            }
        }
    }

    private Optional<StoredScenario> one(String sql, Object key) throws SQLException, WorkbookException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private StoredScenario read(ResultSet row) throws SQLException, WorkbookException {
        try {
            return readUnchecked(row);
        } catch (RuntimeException e) {
            throw new WorkbookException(Reason.DAMAGED, fileName + ": a scenario row cannot be read (" + e.getMessage()
                    + ")", e);
        }
    }

    private StoredScenario readUnchecked(ResultSet row) throws SQLException, WorkbookException {
        String name = row.getString(2);
        String description = row.getString(3);
        Scenario saved = decode(row.getString(5), name).withName(name).withDescription(description);
        String draftText = row.getString(7);
        Optional<Scenario> draft = Optional.empty();
        Optional<Instant> draftSavedAt = Optional.empty();
        if (draftText != null) {
            draft = Optional.of(decode(draftText, name));
            draftSavedAt = Optional.of(Instant.parse(row.getString(8)));
        }
        return new StoredScenario(row.getLong(1), row.getInt(4), saved, Instant.parse(row.getString(6)), draft,
                draftSavedAt);
    }

    private Scenario decode(String text, String scenarioName) throws WorkbookException {
        try {
            return codec.decode(text);
        } catch (RuntimeException e) {
            throw new WorkbookException(Reason.DAMAGED, fileName + ": the inputs of scenario '" + EchoedText.of(scenarioName)
                    + "' cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private void update(String sql, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }

    private long lastRowId() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
