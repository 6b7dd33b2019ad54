package dev.hourglass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts a dataset repeats (stages, segments, owners, customers …), each stored once in dataset_text and
 * referred to by its code from the rows.
 */
final class DatasetTexts {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    /** The code of a text, given a new one the first time it is seen. */
    int code(String text) {
        Integer code = codes.get(text);
        if (code == null) {
            code = texts.size();
            codes.put(text, code);
            texts.add(text);
        }
        return code;
    }

    void write(Connection connection, long datasetId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO dataset_text (dataset_id, code, text) VALUES (?, ?, ?)")) {
            for (int code = 0; code < texts.size(); code++) {
                insert.setLong(1, datasetId);
                insert.setInt(2, code);
                insert.setString(3, texts.get(code));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The dataset's texts by code; a gap in the codes is a damaged file. */
    static String[] read(Connection connection, long datasetId) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT code, text FROM dataset_text WHERE dataset_id = ? ORDER BY code")) {
            select.setLong(1, datasetId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (rows.getInt(1) != texts.size()) {
                        throw new IllegalStateException("text code " + texts.size() + " of dataset " + datasetId
                                + " is missing");
                    }
                    texts.add(rows.getString(2));
                }
            }
        }
        return texts.toArray(String[]::new);
    }

    /** The first and last row key of a dataset's rows: its id in the high 32 bits. */
    static long firstKey(long datasetId) {
        return datasetId << 32;
    }

    static long lastKey(long datasetId) {
        return (datasetId << 32) | 0xFFFF_FFFFL;
    }
}
