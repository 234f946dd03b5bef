package org.exhaustionlab.meta;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The {@code meta_knowledge} table: approved and crawled strategies with their quality, one row per content id. */
final class KnowledgeRows {

    private KnowledgeRows() {
    }

    static void save(Connection c, List<KnowledgeEntry> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO meta_knowledge (id, origin, name, url,"
                + " tags, quality, source, added_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (KnowledgeEntry e : entries) {
                ps.setString(1, e.id());
                ps.setString(2, e.origin().name());
                ps.setString(3, e.name());
                ps.setString(4, e.url());
                ps.setString(5, String.join(",", e.tags()));
                ps.setDouble(6, e.quality());
                ps.setString(7, e.source());
                ps.setLong(8, System.currentTimeMillis());
                ps.executeUpdate();
            }
        }
    }

    static List<KnowledgeEntry> all(Connection c) throws SQLException {
        List<KnowledgeEntry> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, origin, name, url, tags,"
                + " quality, source FROM meta_knowledge ORDER BY added_ms, id")) {
            while (rs.next()) {
                LinkedHashSet<String> tags = new LinkedHashSet<>();
                for (String t : rs.getString(5).split(",")) {
                    if (!t.isBlank()) {
                        tags.add(t);
                    }
                }
                out.add(new KnowledgeEntry(rs.getString(1), KnowledgeEntry.Origin.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), tags, rs.getDouble(6), rs.getString(7)));
            }
        }
        return out;
    }
}
