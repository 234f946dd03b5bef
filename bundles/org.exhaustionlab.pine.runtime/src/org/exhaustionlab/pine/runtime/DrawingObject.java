package org.exhaustionlab.pine.runtime;

import java.util.Map;

/**
 * A drawing a script made (line, label, box, table, polyline, linefill), as plain data at the end of the run.
 * {@code properties} holds the creation arguments by TradingView parameter name ({@code x1}, {@code y1},
 * {@code text}, {@code color}, ...), updated by the {@code set_*} calls ({@code set_xy1} sets {@code x1} and
 * {@code y1}); table cells are under {@code cell:<column>:<row>} as maps, merged table cells (table.merge_cells) under
 * {@code merge:<start_column>:<start_row>} as maps with {@code start_column}, {@code start_row}, {@code end_column},
 * {@code end_row} (the merged cell shows the top-left cell). Values: Double (na = NaN), Long (colours 0xAARRGGBB; a
 * reference to another drawing, such as a linefill's {@code line1}, is that drawing's id), Boolean, String or null.
 *
 * @param deleted true when the script deleted it, or it was the oldest beyond its limit (max_lines_count,
 *     max_labels_count, max_boxes_count, max_polylines_count of the declaration, default 50; 500 for tables and
 *     linefills)
 */
public record DrawingObject(String type, int id, int createdBar, boolean deleted, Map<String, Object> properties) {
}
